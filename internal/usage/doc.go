// Package usage makes the usage errors of a cobra command tree one line
// that says the fix: a misspelt flag or command names the closest one, a
// flag given to the wrong command names the command that has it, and a
// group command (one with subcommands only) refuses an unknown
// subcommand instead of printing its help and exiting 0.
//
// relayd and bridgectl call Apply on their root command.
//
// # Errors
//
// Every error it returns wraps ErrUsage, so a caller can classify it
// (bridgectl's "usage" code) with errors.Is.
package usage
