package btcroute

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/rs/zerolog"
)

// Source is the relay's EventSource over the Bitcoin watcher. Each
// final event is recorded in the operator's own audit ledger (when an
// Accountant is set) — a deposit as a LOCK of its gross amount with the
// deposit fee withheld (RecordLock, audit format v2: its MINT carries
// the net amount), a refund with the whole amount — and published as the
// chain shows it. Sweeps and payouts go through Payouts (SWEEP, UNLOCK
// with fee share).
//
// The audit chain takes a chain's source records (LOCK, LOCK_REJECTED) in
// (block, index, txid) order (docs/audit-format.md §5.2), while the
// watcher reports a block's deposits in transaction order, and two
// deposits of one block often share an index (vout 0). So source events
// are held until the block's last event was delivered and recorded in
// that order when the watcher saves its cursor (Cursor wraps the file
// cursor): the cursor only advances once they are in the ledger, so a
// crash or a store failure replays the block, and the ledger skips what
// it holds.
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

	mu   sync.Mutex
	held []chains.Event
}

// Cursor wraps inner so that the held source events of a block are
// recorded before the watcher's position moves past it. Pass it to
// watcher.New for s.W.
func (s *Source) Cursor(inner watcher.Cursor) watcher.Cursor {
	return recordingCursor{Cursor: inner, flush: s.flush}
}

type recordingCursor struct {
	watcher.Cursor
	flush func(context.Context) error
}

func (c recordingCursor) Save(ctx context.Context, pos watcher.Position) error {
	if err := c.flush(ctx); err != nil {
		return err
	}
	return c.Cursor.Save(ctx, pos)
}

// Run implements relay.EventSource.
func (s *Source) Run(ctx context.Context, out chan<- chains.Event) error {
	s.mu.Lock()
	s.held = nil // a block left half-delivered by a previous Run is delivered again
	s.mu.Unlock()
	return s.W.Run(ctx, s.sink(out))
}

func (s *Source) sink(out chan<- chains.Event) watcher.Sink {
	return func(ctx context.Context, ev chains.Event) error {
		if s.Payouts != nil {
			var err error
			if ev, err = s.Payouts.Apply(ctx, ev); err != nil {
				return err
			}
		}
		if s.Accountant != nil {
			if (ev.Kind == chains.KindLocked || ev.Kind == chains.KindDepositRejected) && ev.Final && !ev.Reorged {
				s.mu.Lock()
				s.held = append(s.held, ev)
				s.mu.Unlock()
			} else if err := s.Accountant.Record(ctx, ev); err != nil {
				return err
			}
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

// flush records the held source events in the audit chain's order.
// They are dropped either way: on an error the watcher does not save its
// cursor and delivers the block again.
func (s *Source) flush(ctx context.Context) error {
	s.mu.Lock()
	held := s.held
	s.held = nil
	s.mu.Unlock()
	// One audit block for all of them (ledger.Accountant.RecordAll).
	recs := make([]*audit.Record, 0, len(held))
	for _, ev := range held {
		var r *audit.Record
		if ev.Kind == chains.KindLocked && ev.Ref.Chain == s.Chain {
			r = s.lockRecord(ev, big.NewInt(s.Fee.Sats))
		} else {
			r = s.Accountant.RecordOf(ev)
		}
		if r != nil {
			recs = append(recs, r)
		}
	}
	if len(recs) == 0 {
		return nil
	}
	if err := s.Accountant.RecordAll(ctx, recs); err != nil {
		return fmt.Errorf("btcroute: record %d deposits from block %d: %w", len(recs), held[0].BlockNum, err)
	}
	return nil
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
