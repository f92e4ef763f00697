package audit

import (
	"bytes"
	"context"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/chains"
)

// EventReader re-reads one event from this operator's own node and returns
// it decoded, with its finality. chains/evm's Verifier implements it (the
// relay's Verifier interface has the same method).
type EventReader interface {
	Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error)
}

// EventChecker checks records that stand for one bridge event — LOCK,
// LOCK_REJECTED, BURN, MINT, UNLOCK, REFUND — by re-reading the event
// through Reader and comparing it field by field with the record: kind,
// finality, position (transaction, index, block number and, when the event
// carries it, block hash), transfer id, asset, amount (for UNLOCK, amount −
// fee; for LOCK the gross amount, as the event shows it), the LOCK's
// deposit fee (see LockFees), and the parties (sender, destination chain, recipient, nonce for
// source events; recipient for MINT, UNLOCK and REFUND). Records of any other kind
// (SWEEP, ANCHOR, PAUSE, RESUME, DEFINE, SIGNERSET) and Bitcoin payouts
// need chain-specific checks: they go to Other, and are refused if Other is
// nil. It serves as a ChainChecker (`--chains`) and as the attester's
// RecordChecker. Errors wrap ErrChainCheck; a disagreement is a
// *MismatchError.
type EventChecker struct {
	Reader EventReader
	Other  ChainChecker
	// LockFees is set by the checker of a chain whose deposits are credited
	// net of a deposit fee (Bitcoin): a LOCK's Fee must then not exceed
	// its Amount. Unset, a LOCK with a non-zero Fee is a "fee" mismatch:
	// an EVM lock mints all it locked.
	LockFees bool
}

// MismatchError says which field of a record the chain contradicts.
type MismatchError struct {
	Field        string
	Record, Node string
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("%v: %s: record says %s, the node says %s", ErrChainCheck, e.Field, e.Record, e.Node)
}

func (e *MismatchError) Unwrap() error { return ErrChainCheck }

var eventKindOf = map[Kind]chains.EventKind{
	KindLock: chains.KindLocked, KindLockRejected: chains.KindDepositRejected, KindBurn: chains.KindBurned,
	KindMint: chains.KindMinted, KindUnlock: chains.KindUnlocked, KindRefund: chains.KindRefund,
}

// CheckRecord implements ChainChecker and RecordChecker.
func (c EventChecker) CheckRecord(ctx context.Context, r *Record) error {
	want, ok := eventKindOf[r.Kind]
	if !ok {
		if c.Other == nil {
			return fmt.Errorf("%w: no checker for %s records", ErrChainCheck, r.Kind)
		}
		return c.Other.CheckRecord(ctx, r)
	}
	if c.Reader == nil {
		return fmt.Errorf("%w: EventChecker without a Reader", ErrConfig)
	}
	ev, err := c.Reader.Verify(ctx, r.Ref.EventRef)
	if err != nil {
		return fmt.Errorf("%w: %s %s: %w", ErrChainCheck, r.Kind, r.Ref.EventRef, err)
	}
	mismatch := func(field string, rec, node any) error {
		return &MismatchError{Field: field, Record: fmt.Sprint(rec), Node: fmt.Sprint(node)}
	}
	if ev.Kind != want {
		return mismatch("kind", want, ev.Kind)
	}
	if !ev.Final || ev.Reorged {
		return mismatch("finality", "final", fmt.Sprintf("confirmations %d, final %v, reorged %v", ev.Confirmations, ev.Final, ev.Reorged))
	}
	if ev.Ref != r.Ref.EventRef {
		return mismatch("event reference", r.Ref.EventRef, ev.Ref)
	}
	if ev.BlockNum != r.Ref.BlockNum {
		return mismatch("block number", r.Ref.BlockNum, ev.BlockNum)
	}
	if ev.BlockHash != ([32]byte{}) && ev.BlockHash != r.Ref.BlockHash {
		return mismatch("block hash", fmt.Sprintf("%x", r.Ref.BlockHash), fmt.Sprintf("%x", ev.BlockHash))
	}
	if ev.TransferID != r.TransferID {
		return mismatch("transfer id", r.TransferID, ev.TransferID)
	}
	if ev.AssetID != r.AssetID {
		return mismatch("asset id", r.AssetID, ev.AssetID)
	}
	amount := r.Amount
	if r.Kind == KindUnlock {
		amount.Sub(&r.Amount, &r.Fee)
	}
	got, overflow := uint256.FromBig(ev.Amount)
	if ev.Amount == nil || ev.Amount.Sign() < 0 || overflow || !got.Eq(&amount) {
		return mismatch("amount", amount.Dec(), ev.Amount)
	}
	if r.Kind == KindLock && !r.Fee.IsZero() {
		if !c.LockFees {
			return mismatch("fee", r.Fee.Dec(), "0 (this chain's deposits carry no deposit fee)")
		}
		if r.Fee.Gt(&r.Amount) {
			return mismatch("fee", r.Fee.Dec(), fmt.Sprintf("at most the amount %s", r.Amount.Dec()))
		}
	}
	switch r.Kind {
	case KindLock, KindLockRejected, KindBurn:
		if !bytes.Equal(ev.Sender, r.Sender) {
			return mismatch("sender", fmt.Sprintf("0x%x", r.Sender), fmt.Sprintf("0x%x", ev.Sender))
		}
		if ev.DstChain != r.DstChain {
			return mismatch("destination chain", r.DstChain, ev.DstChain)
		}
		if ev.Nonce != r.Nonce {
			return mismatch("nonce", r.Nonce, ev.Nonce)
		}
		fallthrough
	case KindMint, KindUnlock, KindRefund:
		if !bytes.Equal(ev.Recipient, r.Recipient) {
			return mismatch("recipient", fmt.Sprintf("0x%x", r.Recipient), fmt.Sprintf("0x%x", ev.Recipient))
		}
	}
	return nil
}
