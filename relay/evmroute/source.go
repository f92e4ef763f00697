package evmroute

import (
	"context"
	"errors"
	"fmt"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/ledger"
)

// Source is the relay's EventSource over an EVM watcher: the final events
// of each range the watcher scans are first recorded in the operator's own
// audit ledger (when an Accountant is set) in one audit block
// (ledger.Accountant.RecordEvents, the watcher's RangeHook), then handed to the
// relay for publication. The watcher saves its cursor only after the sink
// accepted the events, so a crash between the two replays them, and the
// ledger skips what it holds.
type Source struct {
	W          *evm.Watcher
	Accountant *ledger.Accountant
}

// Run implements relay.EventSource.
func (s *Source) Run(ctx context.Context, out chan<- chains.Event) error {
	send := evm.ChanSink(out)
	if s.Accountant == nil {
		return s.W.Run(ctx, send)
	}
	return s.W.RunRange(ctx, s.Accountant.RecordEvents, func(ctx context.Context, ev chains.Event) error {
		if ev.Reorged {
			s.Accountant.Alarm(ev)
		}
		return send(ctx, ev)
	})
}

// Verifier adapts evm.Verifier to relay.Verifier: the relay's sentinels
// (ErrNotFound, ErrNotFinal) wrap the adapter's errors so that the
// signer's metrics name the reason; every adapter error is retried.
type Verifier struct{ V *evm.Verifier }

// Verify implements relay.Verifier.
func (v Verifier) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	ev, err := v.V.Verify(ctx, ref)
	switch {
	case err == nil:
		return ev, nil
	case errors.Is(err, evm.ErrTxNotFound), errors.Is(err, evm.ErrLogNotFound):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFound, err)
	case errors.Is(err, evm.ErrNotFinal):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFinal, err)
	case errors.Is(err, evm.ErrNotCanonical):
		return ev, fmt.Errorf("%w: %w", relay.ErrReorged, err)
	}
	return ev, err
}
