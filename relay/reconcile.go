package relay

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// ReconcilerConfig configures the reconciliation of one operator.
type ReconcilerConfig struct {
	// Open lists the transfers open in this operator's own ledger (the
	// ledger's Accountant).
	Open OpenLister
	// Signer re-offers them (Signer.Reoffer).
	Signer *Signer
	// Interval between passes (default 30s).
	Interval time.Duration
	// After is how long a transfer must have been open before it is
	// re-offered (default 2m): younger ones are left to the bus, where
	// they normally complete within seconds.
	After time.Duration
	// MaxBackoff bounds the wait between two re-offers of a transfer that
	// stays open (default 1h). A transfer re-offered k times waits
	// After × 2^k before the next one; one that could not be signed (its
	// node unreachable, its route paused) is tried again after Interval,
	// doubling per failure up to 4 × After, so that it is signed within
	// minutes of the node's return or the unpause; one refused for good
	// after MaxBackoff.
	MaxBackoff time.Duration
	// Workers is how many re-offers run at once (default 4).
	Workers int
}

// Reconciler is the reconciliation loop (issue 14, M1): nothing that
// falls through the bus stays open. Every Interval it lists the transfers
// this operator's own ledger holds as open (source final, no execution)
// for longer than After and re-offers each to its own signer, which
// re-verifies it on its own node, signs it again — the same
// authorization, under the destination's current signer epoch — and
// publishes the share again. That completes, without any operator's
// intervention, a transfer whose event ran out of bus deliveries while
// this operator's node was unreachable, whose shares the coordinators lost
// (all restarted together; they keep shares in memory), or whose shares
// name an epoch retired by a signer-set rotation. A transfer is re-offered
// until it executes or is refused for good; the refusal (its reason in
// the signer's log and kakehashi_relay_reconcile_reoffers_total) is tried
// again after MaxBackoff.
type Reconciler struct {
	cfg ReconcilerConfig
	roleOpts

	mu     sync.Mutex
	state  map[chains.TransferID]*reofferState
	chains map[chains.ChainID]bool // source chains whose open gauge was set
}

type reofferState struct {
	offers, fails int
	next          time.Time
	refused       string
}

// NewReconciler validates cfg and returns the reconciler.
func NewReconciler(cfg ReconcilerConfig, opts ...Option) (*Reconciler, error) {
	var probs []string
	if cfg.Open == nil {
		probs = append(probs, "no open-transfer list (the ledger)")
	}
	if cfg.Signer == nil {
		probs = append(probs, "no signer")
	}
	if cfg.Interval < 0 || cfg.After < 0 || cfg.MaxBackoff < 0 || cfg.Workers < 0 {
		probs = append(probs, "negative interval, after, backoff or workers")
	}
	if len(probs) > 0 {
		return nil, fmt.Errorf("%w: reconciler: %s", ErrConfig, strings.Join(probs, "; "))
	}
	if cfg.Interval == 0 {
		cfg.Interval = 30 * time.Second
	}
	if cfg.After == 0 {
		cfg.After = 2 * time.Minute
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = time.Hour
	}
	if cfg.Workers == 0 {
		cfg.Workers = 4
	}
	return &Reconciler{cfg: cfg, roleOpts: applyOpts("reconciler", opts),
		state: map[chains.TransferID]*reofferState{}, chains: map[chains.ChainID]bool{}}, nil
}

// Run passes every Interval until ctx is done.
func (r *Reconciler) Run(ctx context.Context) error {
	t := time.NewTicker(r.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			r.Pass(ctx)
		}
	}
}

// PassResult counts what one pass did.
type PassResult struct {
	Open, Signed, Retry, Refused int
}

// Pass re-offers every open transfer that is due and returns the counts.
func (r *Reconciler) Pass(ctx context.Context) PassResult {
	now := r.now()
	open := r.cfg.Open.OpenTransfers(now.Add(-r.cfg.After))
	res := PassResult{Open: len(open)}
	r.setOpenGauge(open)

	r.mu.Lock()
	keep := make(map[chains.TransferID]*reofferState, len(open))
	var due []OpenTransfer
	for _, o := range open {
		st := r.state[o.ID]
		if st == nil {
			st = &reofferState{}
		}
		keep[o.ID] = st
		if !st.next.After(now) {
			due = append(due, o)
		}
	}
	r.state = keep // executed transfers are forgotten
	r.mu.Unlock()
	if len(due) == 0 {
		return res
	}

	var wg sync.WaitGroup
	var rmu sync.Mutex
	slots := make(chan struct{}, r.cfg.Workers)
	for _, o := range due {
		if ctx.Err() != nil {
			break
		}
		slots <- struct{}{}
		wg.Add(1)
		go func(o OpenTransfer) {
			defer func() { <-slots; wg.Done() }()
			result := r.offer(ctx, o)
			rmu.Lock()
			switch result {
			case "signed":
				res.Signed++
			case "retry":
				res.Retry++
			default:
				res.Refused++
			}
			rmu.Unlock()
		}(o)
	}
	wg.Wait()
	r.log.Info().Int("open", res.Open).Int("reoffered", res.Signed).Int("retry", res.Retry).Int("refused", res.Refused).
		Msg("reconciliation pass: open transfers re-offered")
	return res
}

// offer re-offers o once and schedules the next re-offer; it returns the
// result label (signed, retry, refused).
func (r *Reconciler) offer(ctx context.Context, o OpenTransfer) string {
	err := r.cfg.Signer.Reoffer(ctx, o)
	now := r.now()
	var re *bus.RetryError
	result := "refused"
	switch {
	case err == nil:
		result = "signed"
	case errors.As(err, &re):
		result = "retry"
	}
	r.metrics.Reoffers.WithLabelValues(fmt.Sprint(o.Source.Chain), result).Inc()

	r.mu.Lock()
	defer r.mu.Unlock()
	st := r.state[o.ID]
	if st == nil {
		return result // executed meanwhile
	}
	l := r.log.Info()
	switch result {
	case "signed":
		st.offers++
		st.fails, st.refused = 0, ""
		st.next = now.Add(backoff(r.cfg.After, st.offers, r.cfg.MaxBackoff))
	case "retry":
		st.fails++
		st.next = now.Add(backoff(r.cfg.Interval, st.fails-1, min(r.cfg.MaxBackoff, 4*r.cfg.After)))
	default:
		if st.refused == "" {
			l = r.log.Warn()
		}
		st.refused = err.Error()
		st.next = now.Add(r.cfg.MaxBackoff)
	}
	l.Err(err).Str("transfer", o.ID.String()).Str("ref", o.Source.String()).Str("result", result).
		Dur("open_for", now.Sub(o.Since)).Time("next", st.next).Msg("re-offered open transfer")
	return result
}

// backoff is base × 2^k, at most limit.
func backoff(base time.Duration, k int, limit time.Duration) time.Duration {
	d := base
	for i := 0; i < k && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// setOpenGauge sets kakehashi_relay_reconcile_open per source chain, the
// chains with none left to 0.
func (r *Reconciler) setOpenGauge(open []OpenTransfer) {
	count := map[chains.ChainID]int{}
	for _, o := range open {
		count[o.Source.Chain]++
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for c := range count {
		r.chains[c] = true
	}
	for c := range r.chains {
		r.metrics.OpenTransfers.WithLabelValues(fmt.Sprint(c)).Set(float64(count[c]))
	}
}
