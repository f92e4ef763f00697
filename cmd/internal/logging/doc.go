// Package logging builds the one zerolog logger a Kakehashi command uses.
//
// Output is JSON by default, which is what log shippers expect from a
// daemon; it switches to zerolog's human console writer when the output is
// a terminal, or when asked with Format "console". Libraries never build
// their own logger: they receive a zerolog.Logger from the command, with a
// "component" field added by the caller (logger.With().Str("component", …)).
//
// # Errors
//
// New returns an error naming the bad value when the level or the format is
// not one it knows.
package logging
