package relay

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// ChainRoles is what this operator runs for one chain. A nil field means
// the role is off for that chain.
type ChainRoles struct {
	Chain chains.ChainID
	// Source is the chain's watcher; its events are published on the bus.
	Source EventSource
	// Verifier re-reads events of this chain for the signer.
	Verifier Verifier
	// Authorizer signs (and verifies) authorizations whose destination is
	// this chain.
	Authorizer Authorizer
	// Submitter, when set, makes this operator a coordinator candidate for
	// this chain.
	Submitter Submitter
	// Batcher, when set, executes batches under one quorum signature on
	// this chain: the signer signs proposals for it and the coordinator
	// proposes batches (see CoordinatorConfig.Batcher).
	Batcher Batcher
	// RoundInterval is how often the coordinator leader asks a Batcher
	// that has Rounds for its rounds (CoordinatorConfig.RoundInterval).
	RoundInterval time.Duration
}

// NodeConfig assembles the roles of one operator.
type NodeConfig struct {
	Self      common.Address
	Operators OperatorSet
	Chains    []ChainRoles
	// Sign enables the signer role (needs Policy and Accountant).
	Sign       bool
	Policy     Policy
	Accountant Accountant
	// Batching and leader lease of the coordinators (MaxIdle, MaxGather
	// and MaxInflight: see CoordinatorConfig; zero takes their defaults).
	MaxBatch    int
	MaxWait     time.Duration
	MaxIdle     time.Duration
	MaxGather   time.Duration
	MaxInflight int
	LeaseTTL    time.Duration // default 5s
	// SignerRetry and SignerMaxRetry are the signer's first and longest
	// retry delays (SignerConfig.RetryDelay, MaxRetryDelay); SignerMaxDeliver
	// bounds the deliveries of one event to it (default 20): then the bus
	// gives up on the message and the reconciliation takes the transfer
	// over.
	SignerRetry, SignerMaxRetry time.Duration
	SignerMaxDeliver            int
	// Open, when set with Sign, runs the reconciliation (Reconciler) over
	// this operator's open transfers, every ReconcileInterval for those
	// open longer than ReconcileAfter (zero: the defaults).
	Open                              OpenLister
	ReconcileInterval, ReconcileAfter time.Duration
	// Signed is the signer's durable signed set (SignerConfig.Signed).
	Signed *SignedStore
	// ResubmitAfter and PassOverAfter, see CoordinatorConfig.
	ResubmitAfter, PassOverAfter time.Duration
}

// Bus is what a Node needs from the bus; *bus.Bus implements it.
type Bus interface {
	Publisher
	Consume(ctx context.Context, spec bus.ConsumerSpec, h bus.Handler) (*bus.Subscription, error)
	NewLease(ctx context.Context, name string, ttl time.Duration) (*bus.Lease, error)
}

// Node runs one operator's roles on the bus: watchers publish events, the
// signer signs, coordinators collect and submit, and the tracker follows
// every transfer.
type Node struct {
	cfg     NodeConfig
	bus     Bus
	opts    []Option
	ro      roleOpts
	signer  *Signer
	recon   *Reconciler
	coords  map[chains.ChainID]*Coordinator
	leases  map[chains.ChainID]*pendingLease // each coordinator's Leadership, opened by Run
	tracker *Tracker

	mu      sync.Mutex
	ready   bool
	running map[string]error
}

// NewNode validates cfg and builds the roles.
func NewNode(cfg NodeConfig, b Bus, opts ...Option) (*Node, error) {
	n := &Node{cfg: cfg, bus: b, opts: opts, ro: applyOpts("node", opts), coords: map[chains.ChainID]*Coordinator{}, leases: map[chains.ChainID]*pendingLease{}, running: map[string]error{}}
	if !cfg.Operators.Contains(cfg.Self) {
		return nil, fmt.Errorf("%w: this operator %s is not in the operator set %v: add it to operators.addresses", ErrConfig, cfg.Self, cfg.Operators.Addresses())
	}
	if cfg.LeaseTTL == 0 {
		n.cfg.LeaseTTL = 5 * time.Second
	}
	seen := map[chains.ChainID]bool{}
	verifiers := map[chains.ChainID]Verifier{}
	auths := map[chains.ChainID]Authorizer{}
	batchers := map[chains.ChainID]Batcher{}
	for _, c := range cfg.Chains {
		if seen[c.Chain] {
			return nil, fmt.Errorf("%w: chain %d configured twice", ErrConfig, c.Chain)
		}
		seen[c.Chain] = true
		if c.Verifier != nil {
			verifiers[c.Chain] = c.Verifier
		}
		if c.Authorizer != nil {
			auths[c.Chain] = c.Authorizer
		}
		if c.Batcher != nil {
			batchers[c.Chain] = c.Batcher
		}
		if c.Submitter != nil || c.Batcher != nil {
			if c.Authorizer == nil {
				return nil, fmt.Errorf("%w: chain %d coordinates without an authorizer to check shares", ErrConfig, c.Chain)
			}
			lead := &pendingLease{}
			co, err := NewCoordinator(CoordinatorConfig{
				Chain: c.Chain, Self: cfg.Self, Operators: cfg.Operators, Authorizer: c.Authorizer, Submitter: c.Submitter, Batcher: c.Batcher, RoundInterval: c.RoundInterval,
				MaxBatch: cfg.MaxBatch, MaxWait: cfg.MaxWait, MaxIdle: cfg.MaxIdle, MaxGather: cfg.MaxGather, MaxInflight: cfg.MaxInflight, ResubmitAfter: cfg.ResubmitAfter, PassOverAfter: cfg.PassOverAfter,
			}, b, lead, opts...)
			if err != nil {
				return nil, err
			}
			n.coords[c.Chain], n.leases[c.Chain] = co, lead
		}
	}
	if cfg.Sign {
		s, err := NewSigner(SignerConfig{
			Self: cfg.Self, Operators: cfg.Operators, Verifiers: verifiers, Authorizers: auths,
			Policy: cfg.Policy, Accountant: cfg.Accountant, RetryDelay: cfg.SignerRetry, MaxRetryDelay: cfg.SignerMaxRetry, Batchers: batchers,
			Signed: cfg.Signed,
		}, b, opts...)
		if err != nil {
			return nil, err
		}
		n.signer = s
		if cfg.Open != nil {
			if n.recon, err = NewReconciler(ReconcilerConfig{Open: cfg.Open, Signer: s, Interval: cfg.ReconcileInterval, After: cfg.ReconcileAfter}, opts...); err != nil {
				return nil, err
			}
		}
	}
	n.tracker = NewTracker(cfg.Operators, opts...)
	return n, nil
}

// signerWorkers is how many events a signer handles at once. Verifying an
// event is a few round trips to this operator's node, so a block that makes
// dozens of transfers final is verified concurrently rather than eight at a
// time; claims keep one worker per transfer.
const signerWorkers = 32

// pendingLease is the Leadership of a coordinator before Run has opened
// its lease.
type pendingLease struct {
	mu sync.Mutex
	l  Leadership
}

func (p *pendingLease) Held() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.l != nil && p.l.Held()
}

func (p *pendingLease) set(l Leadership) {
	p.mu.Lock()
	p.l = l
	p.mu.Unlock()
}

// Tracker returns the transfer state machine.
func (n *Node) Tracker() *Tracker { return n.tracker }

// Coordinator returns the coordinator of a chain, if this node runs one.
func (n *Node) Coordinator(c chains.ChainID) *Coordinator { return n.coords[c] }

// Ready returns nil once every consumer is subscribed and no role stopped
// with an error.
func (n *Node) Ready() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.ready {
		return errors.New("relay: roles starting")
	}
	var bad []string
	for name, err := range n.running {
		if err != nil {
			bad = append(bad, name+": "+err.Error())
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("relay: roles failed: %s", strings.Join(bad, "; "))
	}
	return nil
}

// Run subscribes the roles and runs watchers, leases and coordinators
// until ctx is done. It returns an error only if it cannot start.
func (n *Node) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var subs []*bus.Subscription
	defer func() { stopAll(subs) }()
	for _, c := range n.consumers() {
		s, err := n.bus.Consume(ctx, c.spec, c.h)
		if err != nil {
			return err
		}
		subs = append(subs, s)
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	for chain, co := range n.coords {
		name := fmt.Sprintf("coordinator-%d", chain)
		lease, err := n.bus.NewLease(ctx, name, n.cfg.LeaseTTL)
		if err != nil {
			return err
		}
		n.leases[chain].set(lease)
		n.goRole(ctx, &wg, name+"-lease", lease.Run)
		n.goRole(ctx, &wg, name, co.Run)
	}
	if n.recon != nil {
		n.goRole(ctx, &wg, "reconciler", n.recon.Run)
	}
	n.runWatchers(ctx, &wg)
	n.mu.Lock()
	n.ready = true
	n.mu.Unlock()
	n.ro.log.Info().Int("coordinators", len(n.coords)).Bool("signer", n.signer != nil).Msg("relay roles running")
	<-ctx.Done()
	return nil
}

// stopAll stops the subscriptions at once: each may wait for its drain
// (up to the bus's drain timeout when the server is gone), and one after
// the other they made a shutdown take that wait once per consumer.
func stopAll(subs []*bus.Subscription) {
	var wg sync.WaitGroup
	for _, s := range subs {
		wg.Add(1)
		go func() { defer wg.Done(); s.Stop() }()
	}
	wg.Wait()
}

type consumer struct {
	spec bus.ConsumerSpec
	h    bus.Handler
}

// consumers are the bus subscriptions of the roles: the tracker's ordered
// consumers, which replay every stream from the start (of the shares
// stream only kkh.share.>, not proposals and batch shares), then the
// signer's and each coordinator's durable consumers.
func (n *Node) consumers() []consumer {
	self := n.cfg.Self
	out := []consumer{
		{bus.ConsumerSpec{Stream: bus.StreamEvents}, n.tracker.HandleEvent},
		{bus.ConsumerSpec{Stream: bus.StreamShares, Filters: []string{"kkh.share.>"}}, n.tracker.HandleShare},
		{bus.ConsumerSpec{Stream: bus.StreamSubmissions}, n.tracker.HandleSubmission},
	}
	if n.signer != nil {
		out = append(out,
			consumer{bus.ConsumerSpec{Stream: bus.StreamEvents, Durable: bus.DurableName("signer", self), Filters: n.signer.Filters(),
				Workers: signerWorkers, MaxDeliver: n.cfg.SignerMaxDeliver}, n.signer.Handle},
			consumer{bus.ConsumerSpec{Stream: bus.StreamShares, Durable: bus.DurableName("signer-proposals", self), Filters: n.signer.ProposalFilters(),
				MaxDeliver: 10, Workers: 4}, n.signer.HandleProposal})
	}
	for chain, co := range n.coords {
		name := fmt.Sprintf("coordinator-%d", chain)
		out = append(out,
			consumer{bus.ConsumerSpec{Stream: bus.StreamShares, Durable: bus.DurableName(name+"-shares", self), Filters: co.ShareFilters(), Workers: 2}, co.HandleShare},
			consumer{bus.ConsumerSpec{Stream: bus.StreamSubmissions, Durable: bus.DurableName(name+"-subs", self), Filters: co.SubmissionFilters()}, co.HandleSubmission},
			consumer{bus.ConsumerSpec{Stream: bus.StreamEvents, Durable: bus.DurableName(name+"-exec", self), Filters: co.ExecutedFilters()}, co.HandleExecuted})
		if co.cfg.Batcher != nil {
			out = append(out, consumer{bus.ConsumerSpec{Stream: bus.StreamShares, Durable: bus.DurableName(name+"-bshares", self), Filters: co.BatchShareFilters(), Workers: 2}, co.HandleBatchShare})
		}
	}
	return out
}

// runWatchers starts each chain's watcher; with a ChainPauser policy this
// operator's own watchers also tell its signer when a bridge is paused or
// resumed.
func (n *Node) runWatchers(ctx context.Context, wg *sync.WaitGroup) {
	watchOpts := n.opts
	if p, ok := n.cfg.Policy.(ChainPauser); ok && n.cfg.Sign {
		watchOpts = append(append([]Option(nil), n.opts...), WithPauser(p))
	}
	for _, c := range n.cfg.Chains {
		if c.Source == nil {
			continue
		}
		src := c.Source
		n.goRole(ctx, wg, fmt.Sprintf("watcher-%d", c.Chain), func(ctx context.Context) error {
			return Watch(ctx, src, n.bus, n.cfg.Self, watchOpts...)
		})
	}
}

func (n *Node) goRole(ctx context.Context, wg *sync.WaitGroup, name string, run func(context.Context) error) {
	n.mu.Lock()
	n.running[name] = nil
	n.mu.Unlock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		err := run(ctx)
		if ctx.Err() != nil {
			return
		}
		if err == nil {
			err = errors.New("stopped")
		}
		n.ro.metrics.Errors.WithLabelValues(name).Inc()
		n.ro.log.Error().Err(err).Str("role", name).Msg("role stopped")
		n.mu.Lock()
		n.running[name] = err
		n.mu.Unlock()
	}()
}

// watchPublishers bounds the publications a watcher has waiting for the
// bus's acknowledgement at once.
const watchPublishers = 32

// Watch runs a watcher and publishes each event it emits, signed by this
// operator, on kkh.event.<chain>.<kind>. Events are published as they
// come, up to watchPublishers at once, so the last event of a block does
// not wait for the acknowledgements of all before it (nothing on the bus
// depends on their order: every consumer handles events in any order). A
// failed publication is retried with capped backoff until it succeeds or
// ctx is done.
func Watch(ctx context.Context, src EventSource, pub Publisher, self common.Address, opts ...Option) error {
	o := applyOpts("watcher", opts)
	out := make(chan chains.Event, 256)
	errc := make(chan error, 1)
	go func() { errc <- src.Run(ctx, out) }()
	slots := make(chan struct{}, watchPublishers)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-errc:
			return err
		case ev := <-out:
			if ev.Reorged {
				o.metrics.ReorgAlarms.WithLabelValues(fmt.Sprint(ev.Ref.Chain)).Inc()
			}
			if o.pauser != nil {
				followPause(ev, o)
			}
			payload, err := EncodeEvent(ev)
			if err != nil {
				o.metrics.Errors.WithLabelValues("watcher").Inc()
				o.log.Error().Err(err).Str("ref", ev.Ref.String()).Msg("cannot encode event")
				continue
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return nil
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-slots }()
				publishEvent(ctx, pub, self, ev, payload, o)
			}()
		}
	}
}

// followPause reports a final Paused or Unpaused event of a bridge (a
// KindAdmin event whose Reason starts with the event's name) to the
// policy.
func followPause(ev chains.Event, o roleOpts) {
	if ev.Kind != chains.KindAdmin || !ev.Final || ev.Reorged {
		return
	}
	name, _, _ := strings.Cut(ev.Reason, " ")
	switch name {
	case "Paused", "Unpaused":
		paused := name == "Paused"
		o.pauser.SetChainPaused(ev.Ref.Chain, paused)
		o.log.Warn().Uint64("chain", uint64(ev.Ref.Chain)).Bool("paused", paused).Str("event", ev.Reason).
			Msg("bridge pause state changed: signing for the chain follows it")
	}
}

// publishEvent publishes one event, retrying until it succeeds or ctx is
// done.
func publishEvent(ctx context.Context, pub Publisher, self common.Address, ev chains.Event, payload []byte, o roleOpts) {
	for backoff := 100 * time.Millisecond; ; backoff = min(2*backoff, 10*time.Second) {
		_, err := pub.Publish(ctx, EventSubject(ev.Ref.Chain, ev.Kind), EventID(ev, self), payload)
		if err == nil {
			o.metrics.EventsPublished.WithLabelValues(fmt.Sprint(ev.Ref.Chain), ev.Kind.String()).Inc()
			return
		}
		if ctx.Err() != nil {
			return
		}
		o.metrics.Errors.WithLabelValues("watcher").Inc()
		o.log.Warn().Err(err).Str("ref", ev.Ref.String()).Dur("retry_in", backoff).Msg("publish event")
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
	}
}
