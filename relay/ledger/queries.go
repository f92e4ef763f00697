package ledger

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// Executed reports whether the ledger holds the execution (MINT, UNLOCK
// or REFUND) of transfer id, recorded from this operator's own watchers.
func (a *Accountant) Executed(id chains.TransferID) bool {
	a.seen.RLock()
	defer a.seen.RUnlock()
	return a.done[id]
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
	want, ov := uint256.FromBig(amount)
	if ov {
		return chains.TransferID{}, false, nil
	}
	var found []chains.TransferID
	err = a.EachRecord(ctx, func(r *audit.Record) {
		if r.Kind == audit.KindBurn && r.DstChain == chain && r.Amount.Eq(want) && bytes.Equal(r.Recipient, recipient) {
			found = append(found, r.TransferID)
		}
	})
	if err != nil {
		return chains.TransferID{}, false, err
	}
	var open []chains.TransferID
	for _, id := range found {
		if !a.Executed(id) {
			open = append(open, id)
		}
	}
	if len(open) != 1 {
		return chains.TransferID{}, false, nil
	}
	return open[0], true, nil
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
