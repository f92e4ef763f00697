package audit

import (
	"context"
)

// Anchorer writes a block hash into an external chain so that operators
// cannot rewrite the audit chain unseen: a Bitcoin transaction with an
// OP_RETURN output, or a call to an anchor contract on an EVM chain (the
// exact payloads are in docs/audit-format.md §8). Anchor returns once the
// write is final, with the reference of the transaction (for Bitcoin the
// OP_RETURN output index, for EVM the log index of the anchor event); the
// caller then proposes an ANCHOR record with it:
//
//	ref, err := anchorer.Anchor(ctx, height, hash)
//	rec := &audit.Record{Kind: audit.KindAnchor, Ref: ref, AnchorHeight: height, AnchorHash: hash}
//
// Verification of anchors goes through ChainChecker: for an ANCHOR record
// the chain's checker confirms that Ref's transaction is final and carries
// AnchorHash; Verify itself confirms that AnchorHash is the hash of the
// block at AnchorHeight.
//
// Implementations and the anchor checkers are in package audit/anchor
// (BitcoinAnchorer; EVMAnchorer takes the block's attestations too, which
// the contract checks, and so has its own signature); none is provided in
// this package.
type Anchorer interface {
	Anchor(ctx context.Context, height uint64, hash [32]byte) (Ref, error)
}
