package audit

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error the package returns wraps exactly one of
// them (test with errors.Is); Verify and Ledger.Apply wrap them further in a
// *VerifyError naming the block, the record and the reason.
var (
	// ErrEncoding: bytes that are not a canonical encoding.
	ErrEncoding = errors.New("malformed encoding")
	// ErrReadable: a decoded (readable) field of a JSONL export that says something else than the hex it was derived from (an edited amount, recipient, …).
	ErrReadable = errors.New("readable field contradicts the hex")
	// ErrLinkage: a block whose height or previous hash does not follow its predecessor (a dropped, repeated or foreign block).
	ErrLinkage = errors.New("block does not link to its predecessor")
	// ErrTime: a block time earlier than its predecessor's.
	ErrTime = errors.New("block time goes backwards")
	// ErrRecordsRoot: the records do not hash to the header's Merkle root (a changed, added, dropped or reordered record).
	ErrRecordsRoot = errors.New("records Merkle root mismatch")
	// ErrStateHash: the header's state hash differs from the state replay derives.
	ErrStateHash = errors.New("state hash mismatch")
	// ErrAttestation: a signature that does not verify, is malleable, is by a non-member, or is out of order or repeated.
	ErrAttestation = errors.New("bad attestation")
	// ErrQuorum: fewer valid attestations than the signer set's threshold.
	ErrQuorum = errors.New("attestation quorum not met")
	// ErrGenesis: a genesis block that does not open with a SIGNERSET, or whose hash differs from the pinned one.
	ErrGenesis = errors.New("bad genesis block")
	// ErrTransition: a record that is not valid in the current state (unknown asset, wrong chain, duplicate transfer, out-of-order source event, mismatched amount or recipient, ...).
	ErrTransition = errors.New("invalid record for the current state")
	// ErrInvariant: a record that would break locked = Σ outstanding + in flight, for example a mint or unlock with no final lock or burn behind it.
	ErrInvariant = errors.New("supply invariant violated")
	// ErrPaused: the accountant refuses a mint or unlock in a paused scope.
	ErrPaused = errors.New("route paused")
	// ErrLimit: the accountant refuses a mint above the asset's per-transfer limit.
	ErrLimit = errors.New("over the per-transfer limit")
	// ErrAnchor: an ANCHOR record whose hash is not the chain's hash at that height, or an anchor the chain does not hold.
	ErrAnchor = errors.New("anchor mismatch")
	// ErrChainCheck: a record the real chain does not confirm (wrapped by ChainChecker implementations).
	ErrChainCheck = errors.New("record not confirmed by the chain")
	// ErrClosed: use of a closed Store or Ledger.
	ErrClosed = errors.New("closed")
	// ErrNotFound: Store.Block for a height not stored.
	ErrNotFound = errors.New("not found")
	// ErrEvent: FromEvent for an event that cannot become a record on its own (not final, reorged, no amount, or a kind needing more than one event).
	ErrEvent = errors.New("event cannot be recorded")
	// ErrConfig: an invalid Config passed to a constructor.
	ErrConfig = errors.New("invalid configuration")
)

// NoRecord is the Record value of a VerifyError about a whole block.
const NoRecord = -1

// VerifyError names where verification failed: the block height, the
// record index within the block (NoRecord for the header, linkage,
// attestations or state hash) and the reason, which wraps a sentinel.
type VerifyError struct {
	Height uint64
	Record int
	Kind   Kind // kind of the record, when Record != NoRecord and it decoded
	Err    error
}

func (e *VerifyError) Error() string {
	if e.Record == NoRecord {
		return fmt.Sprintf("audit: block %d: %v", e.Height, e.Err)
	}
	if e.Kind != 0 {
		return fmt.Sprintf("audit: block %d record %d (%s): %v", e.Height, e.Record, e.Kind, e.Err)
	}
	return fmt.Sprintf("audit: block %d record %d: %v", e.Height, e.Record, e.Err)
}

func (e *VerifyError) Unwrap() error { return e.Err }

func blockErr(h uint64, err error) *VerifyError {
	return &VerifyError{Height: h, Record: NoRecord, Err: err}
}
