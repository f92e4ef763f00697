package evmroute

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// EpochReader reads the bridge's signer-set epoch (Epochs).
// Every share and batch signature needs it, so a read is kept for MaxAge
// (default DefaultEpochMaxAge), so that the signing path does not pay
// one eth_call per signature. The epoch changes only when the signer
// set is rotated (an admin transaction): within MaxAge after a rotation a
// signature may still name the old epoch, which the bridge refuses like
// any signature of a retired set (WrongEpoch) — nothing executes on it.
// Such a transfer then needs signing again, as one whose shares were made
// just before a rotation always did (not automated yet: docs/relay.md).
type EpochReader struct {
	Bridge *bindings.BridgeCaller
	MaxAge time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time

	mu    sync.Mutex
	epoch uint64
	at    time.Time // when epoch was read; zero: never
}

// DefaultEpochMaxAge is how long an EpochReader trusts its last read.
const DefaultEpochMaxAge = time.Second

// Epoch implements Epochs. Concurrent callers share one read.
func (r *EpochReader) Epoch(ctx context.Context) (uint64, error) {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	maxAge := r.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultEpochMaxAge
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.at.IsZero() && now().Sub(r.at) < maxAge {
		return r.epoch, nil
	}
	start := now()
	cfg, err := r.Bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("evmroute: read bridge config: %w", err)
	}
	r.epoch, r.at = cfg.Epoch, start
	return cfg.Epoch, nil
}
