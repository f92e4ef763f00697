package btcroute

import (
	"context"
	"errors"
	"fmt"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/relay"
)

// Verifier adapts watcher.Verifier to relay.Verifier: its errors
// also wrap the relay's ErrNotFound and ErrNotFinal so the signer's
// metrics name the reason. A deposit too close to its refund locktime
// (watcher.ErrTooLate) is an error, so it is never signed; the signer
// retries it until its delivery limit and then drops it.
type Verifier struct{ V EventReader }

// EventReader is what Verifier needs: *watcher.Verifier.
type EventReader interface {
	Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error)
}

// Verify implements relay.Verifier.
func (v Verifier) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	ev, err := v.V.Verify(ctx, ref)
	switch {
	case err == nil:
		return ev, nil
	case errors.Is(err, watcher.ErrNotFound):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFound, err)
	case errors.Is(err, watcher.ErrNotFinal):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFinal, err)
	}
	return ev, err
}
