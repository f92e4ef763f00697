package auditanchor

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
)

// ErrConfig: New was given an invalid Config.
var ErrConfig = errors.New("auditanchor: invalid configuration")

// Defaults of Config.
const (
	DefaultEveryBlocks = 10
	DefaultEvery       = 30 * time.Second
	DefaultPoll        = time.Second
)

// Chain is the shared audit chain as the anchorer sees it;
// *auditchain.Chain implements it.
type Chain interface {
	// Leading reports whether this operator leads the chain now.
	Leading() bool
	// FinalHead returns the newest final block with its attestations.
	FinalHead(ctx context.Context) (*audit.Block, bool, error)
}

// Target is one chain anchors are written to (EVMTarget).
type Target interface {
	ID() chains.ChainID
	// Latest returns the newest height operator anchored there; ok is
	// false before its first anchor.
	Latest(ctx context.Context, operator common.Address) (height uint64, ok bool, err error)
	// Anchor writes the block of header, with its packed attestations, in
	// operator's name and returns once it is mined. Errors are *Failure.
	Anchor(ctx context.Context, operator common.Address, header *audit.Header, attestations []byte) (Sent, error)
}

// Sent is a mined anchor.
type Sent struct {
	TxHash  common.Hash
	GasUsed uint64
}

// Failure is a failed anchor: what happened, and what the operator can do.
type Failure struct {
	// Result is the metric label: "refused" (the contract refused it) or
	// "error" (the node, the fee, the key's funds…).
	Result string
	// Fix says what to do, for the log.
	Fix string
	// AlreadyAnchored is set when the contract already holds an anchor of
	// this operator at or above the height (a second relayd of the same
	// operator, or someone relaying its anchor): nothing to fix.
	AlreadyAnchored bool
	Err             error
}

func (f *Failure) Error() string { return f.Err.Error() }
func (f *Failure) Unwrap() error { return f.Err }

// Config configures an Anchorer.
type Config struct {
	Chain Chain
	// Signer is the operator's authorisation signer (its audit
	// attestations): it attests the anchored block when the block became
	// final without this operator's attestation. Its address is the
	// operator the anchors are in the name of.
	Signer  audit.Signer
	Targets []Target
	// EveryBlocks and Every: an anchor is due after EveryBlocks new final
	// blocks or Every, whichever first (defaults 10 and 30 s).
	EveryBlocks uint64
	Every       time.Duration
	// Poll is how often the schedule is looked at (default 1 s, at most
	// Every).
	Poll       time.Duration
	Now        func() time.Time
	Logger     zerolog.Logger
	Registerer prometheus.Registerer
}

// Anchorer is the anchoring loop: one schedule per target.
type Anchorer struct {
	cfg Config
	log zerolog.Logger
	m   *metrics

	mu   sync.Mutex // own attestation of the latest block, signed once for every target
	own  audit.Attestation
	ownH [32]byte
}

// New validates cfg and returns an Anchorer.
func New(cfg Config) (*Anchorer, error) {
	if cfg.Chain == nil || cfg.Signer == nil || len(cfg.Targets) == 0 {
		return nil, fmt.Errorf("%w: Chain, Signer and at least one Target are required", ErrConfig)
	}
	if cfg.EveryBlocks == 0 {
		cfg.EveryBlocks = DefaultEveryBlocks
	}
	if cfg.Every <= 0 {
		cfg.Every = DefaultEvery
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	cfg.Poll = min(cfg.Poll, cfg.Every)
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	return &Anchorer{cfg: cfg, log: cfg.Logger.With().Str("component", "auditanchor").Logger(), m: m}, nil
}

// Run anchors until ctx ends, each target on its own schedule.
func (a *Anchorer) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, t := range a.cfg.Targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.runTarget(ctx, t)
		}()
	}
	wg.Wait()
	return nil
}

func (a *Anchorer) runTarget(ctx context.Context, t Target) {
	st := &state{target: t, schedule: schedule{everyBlocks: a.cfg.EveryBlocks, every: a.cfg.Every}}
	tick := time.NewTicker(a.cfg.Poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		a.step(ctx, st)
	}
}

// state is one target's schedule while this operator leads.
type state struct {
	target  Target
	leading bool
	schedule
}

// step anchors on st's target if this operator leads and an anchor is due.
func (a *Anchorer) step(ctx context.Context, st *state) {
	if !a.cfg.Chain.Leading() {
		st.leading = false
		return
	}
	b, ok, err := a.cfg.Chain.FinalHead(ctx)
	if err != nil || !ok {
		if err != nil && ctx.Err() == nil {
			a.log.Warn().Err(err).Msg("cannot read the shared audit chain's head: not anchoring")
		}
		return
	}
	now := a.cfg.Now()
	if !st.leading {
		a.takeOver(ctx, st, now)
	}
	if !st.due(now, b.Header.Height) {
		return
	}
	a.anchor(ctx, st, b, now)
}

// takeOver starts st's schedule when this operator becomes the leader:
// from its own latest anchor on the target (a restart or a handover
// neither repeats a height nor waits a whole period for it).
func (a *Anchorer) takeOver(ctx context.Context, st *state, now time.Time) {
	st.leading = true
	st.since = now
	h, ok, err := st.target.Latest(ctx, a.cfg.Signer.Address())
	switch {
	case err != nil:
		a.log.Warn().Err(err).Uint64("chain", uint64(st.target.ID())).Msg("cannot read this operator's latest anchor; anchoring from the head")
	case ok:
		st.anchored, st.last = true, h
		a.m.height.WithLabelValues(chainLabel(st.target)).Set(float64(h))
	}
}

// anchor writes b on st's target and moves its schedule on.
func (a *Anchorer) anchor(ctx context.Context, st *state, b *audit.Block, now time.Time) {
	chain := chainLabel(st.target)
	log := a.log.With().Uint64("chain", uint64(st.target.ID())).Uint64("height", b.Header.Height).Logger()
	packed, err := a.attestations(b)
	if err == nil {
		var sent Sent
		sent, err = st.target.Anchor(ctx, a.cfg.Signer.Address(), &b.Header, packed)
		if err == nil {
			st.done(now, b.Header.Height)
			a.m.anchors.WithLabelValues(chain, "ok").Inc()
			a.m.height.WithLabelValues(chain).Set(float64(b.Header.Height))
			hash := b.Header.Hash()
			log.Info().Hex("hash", hash[:]).Str("tx", sent.TxHash.Hex()).Uint64("gas", sent.GasUsed).Msg("audit chain anchored")
			return
		}
	}
	if ctx.Err() != nil {
		return
	}
	var f *Failure
	if !errors.As(err, &f) {
		f = &Failure{Result: "error", Fix: "see the error", Err: err}
	}
	a.m.anchors.WithLabelValues(chain, f.Result).Inc()
	if f.AlreadyAnchored {
		a.takeOver(ctx, st, now) // learn the height from the contract
		log.Info().Err(err).Msg("already anchored at or above this height in this operator's name")
		return
	}
	st.failed(now)
	log.Error().Err(err).Str("fix", f.Fix).Dur("retry_in", a.cfg.Every).Msg("audit anchor failed")
}

// attestations are b's attestations packed for the contract, with this
// operator's own added when b lacks it.
func (a *Anchorer) attestations(b *audit.Block) ([]byte, error) {
	hash := b.Header.Hash()
	op := a.cfg.Signer.Address()
	atts := b.Attestations
	for _, at := range atts {
		if by, err := at.Signer(hash); err == nil && by == op {
			return packed(hash, atts, op)
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.ownH != hash {
		own, err := audit.AttestWith(a.cfg.Signer, hash)
		if err != nil {
			return nil, &Failure{Result: "error", Fix: "check the authorisation key (HSM reachable?)", Err: err}
		}
		a.own, a.ownH = own, hash
	}
	return packed(hash, append(append([]audit.Attestation(nil), atts...), a.own), op)
}

// packed is anchor.PackAttestations, failing as a *Failure.
func packed(hash [32]byte, atts []audit.Attestation, operator common.Address) ([]byte, error) {
	b, err := anchor.PackAttestations(hash, atts, operator)
	if err != nil {
		return nil, &Failure{Result: "error", Fix: "the final block's attestations do not pack: report it (a replica that verified them cannot hold this)", Err: err}
	}
	return b, nil
}

func chainLabel(t Target) string { return fmt.Sprint(uint64(t.ID())) }

// schedule decides when an anchor is due on one target.
type schedule struct {
	everyBlocks uint64
	every       time.Duration
	// anchored: last is the height of this operator's latest anchor.
	anchored bool
	last     uint64
	// since is when the period runs from (the last anchor, or becoming
	// the leader); retryAt holds off after a failure.
	since, retryAt time.Time
}

// due reports whether the final head should be anchored now.
func (s *schedule) due(now time.Time, head uint64) bool {
	if s.anchored && head <= s.last {
		return false
	}
	if now.Before(s.retryAt) {
		return false
	}
	blocks := head + 1 // since genesis
	if s.anchored {
		blocks = head - s.last
	}
	return blocks >= s.everyBlocks || now.Sub(s.since) >= s.every
}

// done records an anchor of height at now.
func (s *schedule) done(now time.Time, height uint64) {
	s.anchored, s.last, s.since, s.retryAt = true, height, now, time.Time{}
}

// failed holds off for a period: a failure that persists (no gas money)
// is retried, and logged, once per Every rather than once per poll.
func (s *schedule) failed(now time.Time) { s.retryAt = now.Add(s.every) }
