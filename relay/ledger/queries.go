package ledger

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/holiman/uint256"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay"
)

// Executed reports whether the ledger holds the execution (MINT, UNLOCK
// or REFUND) of transfer id, recorded from this operator's own watchers.
func (a *Accountant) Executed(id chains.TransferID) bool {
	a.seen.RLock()
	defer a.seen.RUnlock()
	return a.done[id]
}

// OpenTransfers implements relay.OpenLister: the LOCKs and BURNs the
// ledger holds without their MINT, UNLOCK or REFUND, known to this
// process since before olderThan (transfers recorded before it started
// count from its start), in transfer-id order. It reads memory only.
func (a *Accountant) OpenTransfers(olderThan time.Time) []relay.OpenTransfer {
	a.seen.RLock()
	out := make([]relay.OpenTransfer, 0, len(a.open))
	for _, o := range a.open {
		if o.Since.Before(olderThan) {
			out = append(out, o.OpenTransfer)
		}
	}
	a.seen.RUnlock()
	slices.SortFunc(out, func(x, y relay.OpenTransfer) int { return bytes.Compare(x.ID[:], y.ID[:]) })
	return out
}

// Sweeps returns the sweep transactions (Ref.TxHash) the ledger holds.
func (a *Accountant) Sweeps(ctx context.Context) (map[[32]byte]bool, error) {
	out := map[[32]byte]bool{}
	err := a.EachRecord(ctx, func(r *audit.Record) {
		if r.Kind == audit.KindSweep {
			out[r.Ref.TxHash] = true
		}
	})
	return out, err
}

// OpenBurn finds the single BURN of the ledger to chain, not executed,
// with this recipient and amount; ok is false when there is none or
// more than one.
func (a *Accountant) OpenBurn(ctx context.Context, chain chains.ChainID, recipient []byte, amount *big.Int) (id chains.TransferID, ok bool, err error) {
	open, err := a.OpenBurns(ctx, chain, recipient, amount)
	if err != nil || len(open) != 1 {
		return chains.TransferID{}, false, err
	}
	return open[0], true, nil
}

// OpenBurns returns the BURNs of the ledger to chain, not executed, with
// this recipient and amount, in transfer-id order. It reads memory only.
func (a *Accountant) OpenBurns(_ context.Context, chain chains.ChainID, recipient []byte, amount *big.Int) ([]chains.TransferID, error) {
	want, ov := uint256.FromBig(amount)
	if ov {
		return nil, nil
	}
	var open []chains.TransferID
	a.seen.RLock()
	for id, o := range a.open {
		if o.Kind == chains.KindBurned && o.dst == chain && o.amount.Eq(want) && bytes.Equal(o.recipient, recipient) {
			open = append(open, id)
		}
	}
	a.seen.RUnlock()
	slices.SortFunc(open, func(x, y chains.TransferID) int { return bytes.Compare(x[:], y[:]) })
	return open, nil
}

// ExecutionAt returns the transfer whose execution (MINT, UNLOCK or
// REFUND) the ledger holds with this event reference (a payout output,
// a mint log), if any. It reads memory only.
func (a *Accountant) ExecutionAt(_ context.Context, ref chains.EventRef) (chains.TransferID, bool, error) {
	a.seen.RLock()
	defer a.seen.RUnlock()
	id, ok := a.execAt[ref]
	return id, ok, nil
}

// EachRecord calls f with every record of the stored chain, in order.
func (a *Accountant) EachRecord(ctx context.Context, f func(*audit.Record)) error {
	err := a.store.Blocks(ctx, 0, func(b *audit.Block) error {
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			f(r)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("ledger: audit store: %w", err)
	}
	return nil
}

// LocalBlocks calls fn for each block of this operator's own ledger from
// height from, in order (the shared audit chain's source, relay/auditchain).
func (a *Accountant) LocalBlocks(ctx context.Context, from uint64, fn func(*audit.Block) error) error {
	return a.store.Blocks(ctx, from, fn)
}
