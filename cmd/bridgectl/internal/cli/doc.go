// Package cli is bridgectl: the command line for users, dapps and operators
// of a Kakehashi bridge. New builds the cobra command tree; Execute runs it
// in-process (tests use it) and prints errors as one line, or as
// {"error", "code"} with --json. docs/bridgectl.md is the manual.
//
// Every command that sends something first checks it against the chains —
// asset and route known, recipient well-formed, amount within the
// per-transfer limit and the window's capacity, bridge not paused, balance
// sufficient — and refuses with one line that says what to do, before any
// transaction is signed.
//
// # Errors
//
// Errors wrap one of the sentinels in errors.go (ErrUnknownAsset,
// ErrAboveLimit, ErrRecipient, ErrInsufficientBalance, ErrPaused,
// ErrLocktime, …); Code maps each to the stable code printed with --json.
package cli
