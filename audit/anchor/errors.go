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
	// ErrAttestations: an anchor's attestations are malformed, do not
	// reach the threshold of the signer set in force, or do not include
	// the operator the anchor names.
	ErrAttestations = errors.New("anchor: attestations do not make the anchor valid")
	// ErrConflict: an anchor's hash is not the hash of the block at its
	// height in the verified audit chain (*ConflictError names the
	// operator).
	ErrConflict = errors.New("anchor: anchored hash contradicts the verified audit chain")
	// ErrBeyondHead: an anchor of a height the verified chain does not
	// reach yet; it cannot be checked against it.
	ErrBeyondHead = errors.New("anchor: anchored height beyond the verified head")
)
