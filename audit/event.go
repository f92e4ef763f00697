package audit

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/chains"
)

// FromEvent turns a final chain event from a watcher into the record the
// proposer puts in a block: Locked → LOCK (fee 0: use LockWithFee for a
// deposit credited net of a fee), DepositRejected → LOCK_REJECTED,
// Burned → BURN, Minted → MINT, Unlocked → UNLOCK (fee 0), Refund → REFUND.
// It refuses an event that is not final or is reorged, and the kinds that
// need more than one event to describe (a Bitcoin payout becomes an UNLOCK
// whose Amount is the burn amount and Fee the miner fee share; a sweep
// lists the deposits it spends): build those records directly.
func FromEvent(ev chains.Event) (*Record, error) {
	if !ev.Final || ev.Reorged {
		return nil, fmt.Errorf("audit: %w: %s event %s is not final (confirmations %d, reorged %v)", ErrEvent, ev.Kind, ev.Ref, ev.Confirmations, ev.Reorged)
	}
	r := &Record{
		Ref:        Ref{EventRef: ev.Ref, BlockNum: ev.BlockNum, BlockHash: ev.BlockHash},
		TransferID: ev.TransferID,
		AssetID:    ev.AssetID,
		Recipient:  bytes.Clone(ev.Recipient),
	}
	if ev.Amount == nil || ev.Amount.Sign() < 0 {
		return nil, fmt.Errorf("audit: %w: %s event %s has no amount", ErrEvent, ev.Kind, ev.Ref)
	}
	a, overflow := uint256.FromBig(ev.Amount)
	if overflow {
		return nil, fmt.Errorf("audit: %w: %s event %s amount exceeds 256 bits", ErrEvent, ev.Kind, ev.Ref)
	}
	r.Amount = *a
	switch ev.Kind {
	case chains.KindLocked, chains.KindDepositRejected, chains.KindBurned:
		r.Kind = map[chains.EventKind]Kind{chains.KindLocked: KindLock, chains.KindDepositRejected: KindLockRejected, chains.KindBurned: KindBurn}[ev.Kind]
		r.Sender, r.DstChain, r.Nonce = bytes.Clone(ev.Sender), ev.DstChain, ev.Nonce
		if ev.Kind == chains.KindDepositRejected {
			r.Reason = ev.Reason
		}
	case chains.KindMinted:
		r.Kind = KindMint
	case chains.KindUnlocked:
		r.Kind = KindUnlock
	case chains.KindRefund:
		r.Kind = KindRefund
	default:
		return nil, fmt.Errorf("audit: %w: %s events are recorded with a record built by the caller", ErrEvent, ev.Kind)
	}
	if _, err := r.Encode(); err != nil {
		return nil, fmt.Errorf("audit: %s event %s: %w", ev.Kind, ev.Ref, err)
	}
	return r, nil
}

// LockWithFee is FromEvent for a deposit credited net of a deposit fee (a
// Bitcoin deposit, docs/decisions.md "Value accounting"): the LOCK record
// of the Locked event ev, with Amount the gross amount as on chain and Fee
// the fee withheld for the sweep, so that the transfer's MINT must carry
// Amount − Fee and a REFUND the whole Amount. A nil or zero fee gives
// FromEvent's record. It refuses (ErrEvent) an event of another kind, a
// negative fee and a fee above the amount.
func LockWithFee(ev chains.Event, fee *big.Int) (*Record, error) {
	if ev.Kind != chains.KindLocked {
		return nil, fmt.Errorf("audit: %w: %s event %s: only a Locked event carries a deposit fee", ErrEvent, ev.Kind, ev.Ref)
	}
	r, err := FromEvent(ev)
	if err != nil {
		return nil, err
	}
	if fee == nil {
		return r, nil
	}
	if fee.Sign() < 0 {
		return nil, fmt.Errorf("audit: %w: deposit %s: negative fee %v", ErrEvent, ev.Ref, fee)
	}
	f, overflow := uint256.FromBig(fee)
	if overflow || f.Gt(&r.Amount) {
		return nil, fmt.Errorf("audit: %w: deposit %s: fee %v above amount %s", ErrEvent, ev.Ref, fee, r.Amount.Dec())
	}
	r.Fee = *f
	return r, nil
}
