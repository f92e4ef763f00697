package anchor

import "errors"

// Errors. Checker failures additionally wrap audit.ErrChainCheck (and are
// an *audit.MismatchError when the chain contradicts the record).
var (
	ErrConfig   = errors.New("anchor: invalid config")
	ErrPayload  = errors.New("anchor: malformed anchor payload")
	ErrFunds    = errors.New("anchor: insufficient funds")
	ErrNode     = errors.New("anchor: node")
	ErrNotFinal = errors.New("anchor: transaction not final")
	ErrDropped  = errors.New("anchor: transaction dropped or reverted")
)
