package explorer

import "errors"

// Sentinel errors; every error the package returns wraps one of them or a
// *audit.VerifyError (a block that does not verify).
var (
	// ErrConfig: an invalid Config passed to New.
	ErrConfig = errors.New("invalid configuration")
	// ErrUnchanged: a Replica's Open can tell cheaply that it holds
	// nothing beyond the explorer's head; Refresh skips it.
	ErrUnchanged = errors.New("replica unchanged")
	// ErrReplica: a replica could not be read (unreachable, bad answer).
	ErrReplica = errors.New("replica unreadable")
	// ErrDiverged: a replica holds, at a height the explorer has
	// verified, a different block — two quorum-attested blocks for one
	// height, or a replica serving something else than the chain.
	ErrDiverged = errors.New("replica diverges from the verified chain")
	// ErrNoChain: Refresh found no block that verifies in any replica.
	ErrNoChain = errors.New("no verified audit block")
	// ErrAnchors: an AnchorSource could not be read (its node is down,
	// unreachable, or answers what no AuditAnchor emits).
	ErrAnchors = errors.New("anchors unreadable")
)
