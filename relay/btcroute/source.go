package btcroute

import (
	"context"
	"fmt"
	"math/big"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/rs/zerolog"
)

// Source is the relay's EventSource over the Bitcoin watcher. The final
// events of each block are first recorded in the operator's own audit
// ledger (when an Accountant is set), in one RecordAll: a deposit as a
// LOCK of its gross amount with the deposit fee withheld (audit format
// v2: its MINT carries the net amount), a rejected deposit as
// LOCK_REJECTED, a refund with the whole amount. Then each event goes
// through Payouts (SWEEP records, payout UNLOCKs with their fee share,
// custody outputs) and the deposit book, and is published as the chain
// shows it. Nothing is published before it is in the ledger, as on the
// EVM route.
//
// The watcher gives a block's events to the record hook before any of
// them goes to the sink and saves its cursor only after the sink took
// them all, so a crash or a store failure replays the block, and the
// ledger skips what it holds. The ledger puts a delivery's source records
// in the audit chain's order (block, index, txid), which is not the
// watcher's transaction order when two deposits of a block share an
// index (vout 0).
type Source struct {
	W          *watcher.Watcher
	Chain      chains.ChainID
	Fee        bitcoin.DepositFee
	Accountant *ledger.Accountant
	Log        zerolog.Logger
	// Book, when set, is fed every event too (deposits, sweeps, refunds).
	Book *DepositBook
	// Payouts, when set, names and records payouts (UNLOCK with fee
	// share) and tracks custody outputs before an event is published.
	Payouts *PayoutFeed
}

// Run implements relay.EventSource.
func (s *Source) Run(ctx context.Context, out chan<- chains.Event) error {
	if s.Accountant == nil {
		return s.W.Run(ctx, s.sink(out))
	}
	return s.W.RunRange(ctx, s.record, s.sink(out))
}

// record is the watcher's range hook: one block's final events into the
// ledger. An error (the store could not be written) leaves the block to
// the watcher's next poll.
func (s *Source) record(ctx context.Context, evs []chains.Event) error {
	recs := make([]*audit.Record, 0, len(evs))
	for _, ev := range evs {
		var r *audit.Record
		if ev.Kind == chains.KindLocked && ev.Ref.Chain == s.Chain && ev.Final && !ev.Reorged {
			r = s.lockRecord(ev, big.NewInt(s.Fee.Sats))
		} else {
			r = s.Accountant.RecordOf(ev)
		}
		if r != nil {
			recs = append(recs, r)
		}
	}
	if err := s.Accountant.RecordAll(ctx, recs); err != nil {
		return fmt.Errorf("btcroute: record %d events of block %d: %w", len(recs), evs[0].BlockNum, err)
	}
	return nil
}

func (s *Source) sink(out chan<- chains.Event) chains.Sink {
	return func(ctx context.Context, ev chains.Event) error {
		if s.Payouts != nil {
			var err error
			if ev, err = s.Payouts.Apply(ctx, ev); err != nil {
				return err
			}
		}
		if s.Accountant != nil && ev.Reorged {
			s.Accountant.Alarm(ev)
		}
		if s.Book != nil {
			if err := s.Book.Apply(ev); err != nil {
				return err
			}
		}
		select {
		case out <- ev:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// lockRecord returns the LOCK of a final deposit with the deposit fee
// withheld from it (audit.LockWithFee: Amount the gross value as on
// chain, Fee the deposit fee; its MINT must carry Amount − Fee, a REFUND
// the whole Amount), or nil (logged) when it is not recorded: a deposit
// whose amount does not exceed the fee is never minted (NetPolicy refuses
// it) and its depositor refunds (New refuses a minimum deposit that does
// not exceed the fee, so such a deposit is a LOCK_REJECTED anyway).
func (s *Source) lockRecord(ev chains.Event, fee *big.Int) *audit.Record {
	if ev.Amount == nil || fee == nil || ev.Amount.Cmp(fee) <= 0 {
		s.Log.Warn().Str("event", ev.Ref.String()).Str("amount", fmt.Sprint(ev.Amount)).Str("fee", fmt.Sprint(fee)).
			Msg("deposit does not exceed its deposit fee: not recorded, never minted")
		return nil
	}
	r, err := audit.LockWithFee(ev, fee)
	if err != nil {
		s.Log.Error().Err(err).Str("event", ev.Ref.String()).Msg("deposit not recordable")
		return nil
	}
	return r
}
