package auditchain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// Why an attestation is withheld.
var (
	// ErrNotSeen: a proposed record is not (yet) in this operator's own
	// ledger. Not an alarm: the leader proposes again, and this operator
	// attests once its own watchers have recorded it.
	ErrNotSeen = errors.New("auditchain: record not in this operator's own ledger")
	// ErrDivergent: a proposed record contradicts this operator's own
	// record of the same chain event.
	ErrDivergent = errors.New("auditchain: record contradicts this operator's own ledger")
)

// LocalLedger is this operator's own ledger (relay/ledger.Accountant).
type LocalLedger interface {
	// LocalBlocks calls fn for each block of the own ledger from height
	// from, in order.
	LocalBlocks(ctx context.Context, from uint64, fn func(*audit.Block) error) error
}

// Bus is what the chain needs of the relay's bus.
type Bus interface {
	Publish(ctx context.Context, subject, id string, payload []byte) (bus.PublishResult, error)
	Consume(ctx context.Context, spec bus.ConsumerSpec, h bus.Handler) (*bus.Subscription, error)
	NewLease(ctx context.Context, name string, ttl time.Duration) (*bus.Lease, error)
}

// Config configures a Chain.
type Config struct {
	// Key is the operator's key: it proposes and attests. Signer, if set,
	// signs instead (the authorisation key in an HSM, relay/keys).
	Key    *ecdsa.PrivateKey
	Signer audit.Signer
	// Path is the replica's store (one bbolt file of its own).
	Path string
	// Genesis are the records of the shared genesis: the federation's
	// SIGNERSET, then the deployment's DEFINEs (Genesis builds them).
	Genesis []*audit.Record
	Local   LocalLedger
	Bus     Bus
	// Interval is the leader's proposal round (default 2 s): how long it
	// waits for attestations before it proposes again.
	Interval time.Duration
	// LeaseTTL is the bus's lease duration (relayd's lease.ttl).
	LeaseTTL time.Duration
	// MaxRecords bounds one block (default 256).
	MaxRecords int
	// Peers are other operators' relayd HTTP endpoints (relayd's
	// audit.peers): a replica that lacks blocks — started late, down
	// longer than the bus keeps the audit stream, or shown a gap — fetches
	// them from GET <peer>/v1/audit/blocks?from=N and verifies each before
	// it stores it. Empty: the bus stream alone.
	Peers []string
	// HTTP is the client for Peers (default: 30 s timeout).
	HTTP       *http.Client
	Now        func() time.Time
	Logger     zerolog.Logger
	Registerer prometheus.Registerer
}

// Chain is one operator's part in the shared audit chain: its replica,
// its attester and, while it holds the lease, the leader.
type Chain struct {
	cfg    Config
	log    zerolog.Logger
	store  *audit.Store
	ledger *audit.Ledger
	prop   *audit.Proposer
	att    *audit.Attester
	m      *metrics

	mu sync.Mutex
	// shared and local are the record hashes (SHA-256 of the encoding) in
	// the shared chain and in this operator's own ledger; byEvent maps each
	// own chain record (kind and event) to its hash, to name divergences.
	shared, local map[[32]byte]bool
	byEvent       map[eventKey][32]byte
	// backlog are own records not yet in the shared chain, in own order;
	// localNext the next own-ledger height to read.
	backlog   []*audit.Record
	localNext uint64
	// collect receives attestations for the leader's open proposal, at
	// most one per sending operator (open, answered): an operator flooding
	// kkh.audit.attest cannot crowd the others out.
	collect  chan audit.AttestationMsg
	open     *audit.AttestationMsg // height and hash of the open proposal
	answered map[common.Address]bool
	// diverged is set once a final block holds a record that contradicts
	// this operator's own ledger: it stops attesting until an operator
	// looks (the alarm kakehashi_audit_shared_diverged); divergence says
	// where (GET /v1/audit/head).
	diverged   bool
	divergence *Divergence
	// seenAt holds, for own records not yet in the shared chain, when the
	// own ledger recorded them.
	seenAt map[[32]byte]time.Time
	// behind is signalled when a final block arrives above head + 1: the
	// catch-up loop then asks the peers.
	behind chan struct{}
	// lease is the lease "audit" while Run runs (Leading).
	lease atomic.Pointer[bus.Lease]
}

// Divergence names the first record of the shared chain that contradicts
// this operator's own ledger: what `bridgectl audit verify --url` reports
// for this operator.
type Divergence struct {
	Height   uint64            `json:"height"`
	Record   int               `json:"record"`
	Kind     string            `json:"kind"`
	Event    chains.EventRef   `json:"event"`
	Transfer chains.TransferID `json:"transfer"`
	Reason   string            `json:"reason"`
}

type eventKey struct {
	kind audit.Kind
	ref  chains.EventRef
}

// New opens (or creates) the replica and replays it, verifying every block.
func New(ctx context.Context, cfg Config) (*Chain, error) {
	if cfg.Signer == nil && cfg.Key != nil {
		cfg.Signer = audit.KeySigner(cfg.Key)
	}
	if cfg.Signer == nil || cfg.Local == nil || cfg.Bus == nil || cfg.Path == "" || len(cfg.Genesis) == 0 {
		return nil, fmt.Errorf("auditchain: %w: Key, Local, Bus, Path and Genesis are required", audit.ErrConfig)
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 2 * time.Second
	}
	if cfg.MaxRecords <= 0 || cfg.MaxRecords > audit.MaxBlockRecords {
		cfg.MaxRecords = 256
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	c := &Chain{cfg: cfg, log: cfg.Logger.With().Str("component", "auditchain").Logger(),
		shared: map[[32]byte]bool{}, local: map[[32]byte]bool{}, seenAt: map[[32]byte]time.Time{}, byEvent: map[eventKey][32]byte{},
		collect: make(chan audit.AttestationMsg, 64), behind: make(chan struct{}, 1)}
	if c.cfg.HTTP == nil {
		c.cfg.HTTP = &http.Client{Timeout: 30 * time.Second}
	}
	var err error
	if c.store, err = audit.NewStore(audit.StoreConfig{Path: cfg.Path}); err != nil {
		return nil, err
	}
	if c.ledger, err = audit.NewLedger(ctx, audit.LedgerConfig{Store: c.store, Logger: cfg.Logger}); err != nil {
		c.store.Close()
		return nil, err
	}
	if c.prop, err = audit.NewProposer(audit.ProposerConfig{Signer: cfg.Signer, Ledger: c.ledger, MaxRecords: cfg.MaxRecords, Now: cfg.Now, Logger: cfg.Logger}); err == nil {
		c.att, err = audit.NewAttester(audit.AttesterConfig{Signer: cfg.Signer, Ledger: c.ledger, Checker: checker{c}, Now: cfg.Now, Logger: cfg.Logger})
	}
	if err == nil {
		c.m, err = newMetrics(cfg.Registerer)
	}
	if err != nil {
		c.store.Close()
		return nil, err
	}
	for _, r := range cfg.Genesis {
		if err := c.noteLocal(r, time.Time{}); err != nil {
			c.store.Close()
			return nil, err
		}
	}
	if err := c.store.Blocks(ctx, 0, func(b *audit.Block) error { c.noteShared(b); return nil }); err != nil {
		c.store.Close()
		return nil, err
	}
	c.backlog = nil // the genesis records are not proposed again after genesis
	return c, nil
}

// Close closes the replica's store.
func (c *Chain) Close() error { return c.store.Close() }

// Head returns the replica's head: height, hash and its attestations'
// signers; ok is false before genesis.
func (c *Chain) Head() (Head, bool) {
	h, hash, ok := c.ledger.Head()
	if !ok {
		return Head{}, false
	}
	out := Head{Height: h, Hash: fmt.Sprintf("%x", hash)}
	c.mu.Lock()
	out.Diverged = c.divergence
	c.mu.Unlock()
	if set := c.ledger.Signers(); set != nil {
		out.Threshold, out.Epoch = int(set.Threshold), set.Epoch
	}
	_ = c.store.Blocks(context.Background(), h, func(b *audit.Block) error {
		for _, a := range b.Attestations {
			if addr, err := a.Signer(b.Header.Hash()); err == nil {
				out.AttestedBy = append(out.AttestedBy, addr.Hex())
			}
		}
		return nil
	})
	return out, true
}

// Leading reports whether this operator holds the lease "audit" now: it
// proposes the blocks and anchors the chain (relay/auditanchor).
func (c *Chain) Leading() bool {
	l := c.lease.Load()
	return l != nil && l.Held()
}

// Operator is this operator's address (its attestations' signer).
func (c *Chain) Operator() common.Address { return c.cfg.Signer.Address() }

// FinalHead returns the replica's newest final block, with the
// attestations that made it final; ok is false before genesis.
func (c *Chain) FinalHead(ctx context.Context) (b *audit.Block, ok bool, err error) {
	h, _, ok := c.ledger.Head()
	if !ok {
		return nil, false, nil
	}
	b, err = c.store.Block(ctx, h)
	if err != nil {
		return nil, false, err
	}
	return b, true, nil
}

// Head is what GET /v1/audit/head answers.
type Head struct {
	Height     uint64   `json:"height"`
	Hash       string   `json:"hash"`
	AttestedBy []string `json:"attestedBy"`
	Threshold  int      `json:"threshold"`
	Epoch      uint64   `json:"epoch"`
	// Diverged is set when the shared chain contradicts this operator's
	// own ledger (it then attests nothing).
	Diverged *Divergence `json:"diverged,omitempty"`
}

// Run takes part in the chain until ctx ends: it applies final blocks,
// attests proposals and, while it holds the lease "audit", leads.
func (c *Chain) Run(ctx context.Context) error {
	subs := []struct {
		subject string
		h       bus.Handler
	}{{audit.SubjectFinal, c.onFinal}, {audit.SubjectBlock, c.onProposal}, {audit.SubjectAttest, c.onAttest}}
	for _, s := range subs {
		sub, err := c.cfg.Bus.Consume(ctx, bus.ConsumerSpec{Stream: bus.StreamAudit, Filters: []string{s.subject}}, s.h)
		if err != nil {
			return fmt.Errorf("auditchain: consume %s: %w", s.subject, err)
		}
		defer sub.Stop()
	}
	c.catchUp(ctx)
	if err := c.checkReplica(ctx); err != nil {
		return fmt.Errorf("auditchain: compare the replica with the own ledger: %w", err)
	}
	go c.catchUpLoop(ctx)
	lease, err := c.cfg.Bus.NewLease(ctx, "audit", c.cfg.LeaseTTL)
	if err != nil {
		return fmt.Errorf("auditchain: lease: %w", err)
	}
	// A diverged operator steps out of the lease for good: it would only
	// propose its own contradicting records, which the others refuse, and
	// the chain would stall while it held the lease.
	leaseCtx, stopLease := context.WithCancel(ctx)
	defer stopLease()
	go func() { _ = lease.Run(leaseCtx) }()
	c.lease.Store(lease)
	defer c.lease.Store(nil)
	t := time.NewTicker(c.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if c.isDiverged() {
			stopLease()
			continue
		}
		if !lease.Held() {
			continue
		}
		if err := c.lead(ctx); err != nil && ctx.Err() == nil {
			c.log.Warn().Err(err).Msg("proposal round failed")
		}
	}
}

// lead runs one proposal round: the next block from this operator's own
// records the shared chain lacks, published, attested, made final.
func (c *Chain) lead(ctx context.Context) error {
	if err := c.refreshLocal(ctx); err != nil {
		return err
	}
	recs := c.candidates()
	if len(recs) == 0 {
		return nil
	}
	b, rejected, err := c.prop.Propose(ctx, recs)
	if err != nil {
		return err
	}
	c.dropRejected(rejected)
	if b == nil {
		return nil
	}
	hash := b.Header.Hash()
	set, err := c.ledger.NextSigners(b)
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.open, c.answered = &audit.AttestationMsg{Height: b.Header.Height, Hash: hash}, map[common.Address]bool{}
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.open = nil
		c.mu.Unlock()
	}()
	for len(c.collect) > 0 { // answers to an earlier proposal
		<-c.collect
	}
	if _, err := c.cfg.Bus.Publish(ctx, audit.SubjectBlock, fmt.Sprintf("audit-proposal-%d-%x", b.Header.Height, hash), b.Encode()); err != nil {
		return err
	}
	timeout := time.NewTimer(c.cfg.Interval)
	defer timeout.Stop()
	for len(b.Attestations) < int(set.Threshold) {
		select {
		case <-ctx.Done():
			return nil
		case <-timeout.C:
			c.m.rounds.WithLabelValues("not_final").Inc()
			c.log.Debug().Uint64("height", b.Header.Height).Int("attestations", len(b.Attestations)).Int("threshold", int(set.Threshold)).Msg("proposal not attested by a quorum in this round")
			return nil
		case msg := <-c.collect:
			if msg.Height != b.Header.Height || msg.Hash != hash {
				continue
			}
			if _, err := audit.AddAttestation(set, b, msg.Attestation); err != nil {
				c.log.Warn().Err(err).Uint64("height", msg.Height).Msg("attestation refused")
			}
		}
	}
	// Published only: the leader applies it from kkh.audit.final like
	// every replica, so that all replicas take final blocks in the one
	// stream order — two final blocks for one height (a lease handover, or
	// a faulty signer attesting two proposals) resolve the same way
	// everywhere: the first in the stream wins.
	if _, err := c.cfg.Bus.Publish(ctx, audit.SubjectFinal, audit.BlockMsgID(b), b.Encode()); err != nil {
		return err
	}
	c.m.rounds.WithLabelValues("final").Inc()
	return nil
}

// candidates returns the next records to propose: the genesis before
// there is one, else the oldest own records the shared chain lacks.
func (c *Chain) candidates() []*audit.Record {
	if _, _, ok := c.ledger.Head(); !ok {
		return c.cfg.Genesis
	}
	var out []*audit.Record
	if r := c.rotation(); r != nil {
		out = append(out, r)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	kept := c.backlog[:0]
	for _, r := range c.backlog {
		if raw, err := r.Encode(); err == nil && !c.shared[sha256.Sum256(raw)] {
			kept = append(kept, r)
		}
	}
	c.backlog = kept
	return append(out, c.backlog[:min(len(c.backlog), c.cfg.MaxRecords-len(out))]...)
}

// configured is the federation this relayd runs with: the SIGNERSET of
// the genesis it was given (relayd builds it from operators.addresses and
// operators.threshold).
func (c *Chain) configured() *audit.SignerSet {
	if len(c.cfg.Genesis) == 0 || c.cfg.Genesis[0].Kind != audit.KindSignerSet {
		return nil
	}
	return c.cfg.Genesis[0].SignerSet
}

// rotation is the SIGNERSET record that moves the shared chain to this
// relayd's configured federation, when the chain's current set differs
// (the federation rotated: operators.addresses or operators.threshold
// changed, issue 18): the next epoch, proposed by the leader and attested
// by the current set's quorum, each attester checking it against its own
// configuration. Nil when they agree.
func (c *Chain) rotation() *audit.Record {
	want, cur := c.configured(), c.ledger.Signers()
	if want == nil || cur == nil || sameSet(want, cur) {
		return nil
	}
	return &audit.Record{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: cur.Epoch + 1, Threshold: want.Threshold,
		Signers: append([]common.Address(nil), want.Signers...)}}
}

func sameSet(a, b *audit.SignerSet) bool {
	if a.Threshold != b.Threshold || len(a.Signers) != len(b.Signers) {
		return false
	}
	for i := range a.Signers {
		if a.Signers[i] != b.Signers[i] {
			return false
		}
	}
	return true
}

// checkSignerSet is the attester's rule for a SIGNERSET: the next epoch
// of the chain's set, naming exactly the federation this operator is
// configured with. Another set is not refused as a divergence: the
// operator may simply not have its new configuration yet.
func (c *Chain) checkSignerSet(r *audit.Record) error {
	want, cur := c.configured(), c.ledger.Signers()
	nextEpoch := uint64(1)
	if cur != nil {
		nextEpoch = cur.Epoch + 1
	}
	if want == nil || r.SignerSet == nil || r.SignerSet.Epoch != nextEpoch || !sameSet(want, r.SignerSet) {
		return fmt.Errorf("%w: SIGNERSET is not epoch %d of this operator's configured federation (operators.addresses, operators.threshold)", ErrNotSeen, nextEpoch)
	}
	return nil
}

// dropRejected takes out of the backlog the records the shared state
// refuses (logged: this operator's ledger and the shared chain disagree).
func (c *Chain) dropRejected(rejected []audit.Rejected) {
	if len(rejected) == 0 {
		return
	}
	bad := map[*audit.Record]bool{}
	for _, x := range rejected {
		bad[x.Record] = true
		c.m.leftOut.Inc()
		c.log.Error().Err(x.Err).Str("kind", x.Record.Kind.String()).Str("transfer", x.Record.TransferID.String()).Msg("own record refused by the shared chain's state: not proposed")
	}
	c.mu.Lock()
	kept := c.backlog[:0]
	for _, r := range c.backlog {
		if !bad[r] {
			kept = append(kept, r)
		}
	}
	c.backlog = kept
	c.mu.Unlock()
}

// onProposal attests a proposed block that follows the shared head and
// holds only records of this operator's own ledger.
func (c *Chain) onProposal(ctx context.Context, m bus.Msg) error {
	if c.stale(m) {
		return nil
	}
	b, err := audit.DecodeBlock(m.Payload)
	if err != nil {
		c.log.Warn().Err(err).Str("from", m.From.Hex()).Msg("undecodable proposal")
		return nil
	}
	if b.Header.Proposer != m.From {
		c.log.Warn().Str("from", m.From.Hex()).Str("proposer", b.Header.Proposer.Hex()).Msg("proposal sent by another operator than its proposer")
		return nil
	}
	if h, _, ok := c.ledger.Head(); (ok && b.Header.Height != h+1) || (!ok && b.Header.Height != 0) {
		return nil // not on our head: the final stream brings us there first
	}
	c.mu.Lock()
	diverged := c.diverged
	c.mu.Unlock()
	if diverged {
		c.m.attest.WithLabelValues("diverged").Inc()
		return nil
	}
	if err := c.refreshLocal(ctx); err != nil {
		return err
	}
	att, err := c.att.Attest(ctx, b)
	switch {
	case errors.Is(err, ErrNotSeen):
		c.m.attest.WithLabelValues("not_seen").Inc()
		c.log.Debug().Err(err).Uint64("height", b.Header.Height).Msg("proposal not attested yet")
		return nil
	case errors.Is(err, ErrDivergent):
		c.m.attest.WithLabelValues("divergent").Inc()
		c.log.Error().Err(err).Uint64("height", b.Header.Height).Str("proposer", m.From.Hex()).Msg("AUDIT DIVERGENCE: proposal contradicts this operator's own ledger: not attested")
		return nil
	case err != nil:
		c.m.attest.WithLabelValues("refused").Inc()
		c.log.Warn().Err(err).Uint64("height", b.Header.Height).Str("proposer", m.From.Hex()).Msg("proposal refused")
		return nil
	}
	c.m.attest.WithLabelValues("attested").Inc()
	msg := audit.AttestationMsg{Height: b.Header.Height, Hash: b.Header.Hash(), Attestation: att}
	id := fmt.Sprintf("audit-attest-%d-%x-%s", msg.Height, msg.Hash, c.cfg.Signer.Address().Hex())
	_, err = c.cfg.Bus.Publish(ctx, audit.SubjectAttest, id, msg.Encode())
	return err
}

// onAttest hands an attestation to the leader's open proposal.
func (c *Chain) onAttest(_ context.Context, m bus.Msg) error {
	if c.stale(m) {
		return nil
	}
	msg, err := audit.DecodeAttestationMsg(m.Payload)
	if err != nil {
		return nil
	}
	c.mu.Lock()
	wanted := c.open != nil && msg.Height == c.open.Height && msg.Hash == c.open.Hash && !c.answered[m.From]
	if wanted {
		c.answered[m.From] = true
	}
	c.mu.Unlock()
	if !wanted {
		return nil // not leading, another proposal, or this operator already answered
	}
	select {
	case c.collect <- msg:
	default: // full (more operators than its room): the leader asks again next round
	}
	return nil
}

// onFinal applies a final block that extends the replica.
func (c *Chain) onFinal(ctx context.Context, m bus.Msg) error {
	b, err := audit.DecodeBlock(m.Payload)
	if err != nil {
		c.log.Warn().Err(err).Str("from", m.From.Hex()).Msg("undecodable final block")
		return nil
	}
	h, _, ok := c.ledger.Head()
	switch {
	case ok && b.Header.Height <= h:
		return nil
	case ok && b.Header.Height > h+1, !ok && b.Header.Height > 0:
		c.log.Warn().Uint64("height", b.Header.Height).Uint64("head", h).Bool("empty", !ok).Msg("final block above the replica's head: catching up from the peers")
		c.signalBehind()
		return nil
	}
	if err := c.apply(ctx, b); err != nil {
		c.m.finalRefused.Inc()
		c.log.Error().Err(err).Uint64("height", b.Header.Height).Str("from", m.From.Hex()).Msg("final block does not verify: not applied")
		return nil
	}
	c.checkFinal(ctx, b)
	return nil
}

// checkFinal compares a final block with this operator's own ledger: a
// record that contradicts one of its own (t operators attested what this
// operator's watchers saw otherwise) raises the divergence alarm and
// stops its attestations.
func (c *Chain) checkFinal(ctx context.Context, b *audit.Block) bool {
	for i, raw := range b.Records {
		r, err := audit.DecodeRecord(raw)
		if err != nil {
			continue
		}
		if err := (checker{c}).CheckRecord(ctx, r); errors.Is(err, ErrDivergent) {
			d := &Divergence{Height: b.Header.Height, Record: i, Kind: r.Kind.String(), Event: r.Ref.EventRef, Transfer: r.TransferID, Reason: err.Error()}
			c.mu.Lock()
			c.diverged = true
			if c.divergence == nil {
				c.divergence = d
			}
			c.mu.Unlock()
			c.m.diverged.Set(1)
			c.log.Error().Err(err).Uint64("height", b.Header.Height).Int("record", i).
				Msg("AUDIT DIVERGENCE: the federation's attested chain contradicts this operator's own ledger: attestations stopped")
			return true
		}
	}
	return false
}

func (c *Chain) isDiverged() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.diverged
}

// ErrGenesis: a block 0 that is not the genesis this operator builds from
// its own configuration.
var ErrGenesis = errors.New("auditchain: not this federation's genesis")

// checkGenesis refuses a block 0 whose records are not, byte for byte, the
// configured genesis (the federation's SIGNERSET and the deployment's
// DEFINEs). A genesis is self-describing — it names the set that attests
// everything after it — so an empty replica must not take one from a peer
// or the bus on trust: a modified operator could otherwise hand a new
// replica a chain of its own, attested by keys of its own.
func (c *Chain) checkGenesis(b *audit.Block) error {
	if b.Header.Height != 0 {
		return nil
	}
	if len(b.Records) != len(c.cfg.Genesis) {
		return fmt.Errorf("%w: %d records, the configured genesis has %d", ErrGenesis, len(b.Records), len(c.cfg.Genesis))
	}
	for i, r := range c.cfg.Genesis {
		raw, err := r.Encode()
		if err != nil {
			return err
		}
		if !bytes.Equal(raw, b.Records[i]) {
			return fmt.Errorf("%w: record %d (%s) differs from the configured one (operators.addresses, operators.threshold, the deployment's assets)", ErrGenesis, i, r.Kind)
		}
	}
	return nil
}

// checkReplica compares the whole replica with the own ledger, once at
// start: a ledger altered while relayd was down (or a replica received
// while its watchers saw otherwise) is found before this operator attests
// anything.
func (c *Chain) checkReplica(ctx context.Context) error {
	if err := c.refreshLocal(ctx); err != nil {
		return err
	}
	errStop := errors.New("stop")
	err := c.store.Blocks(ctx, 0, func(b *audit.Block) error {
		if c.checkFinal(ctx, b) {
			return errStop
		}
		return nil
	})
	if errors.Is(err, errStop) {
		return nil
	}
	return err
}

// apply verifies b (its t attestations included) against the replica's
// head and stores it.
func (c *Chain) apply(ctx context.Context, b *audit.Block) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, _, ok := c.ledger.Head(); ok && b.Header.Height <= h {
		return nil
	}
	if err := c.checkGenesis(b); err != nil {
		return err
	}
	if err := c.ledger.Apply(ctx, b); err != nil {
		return err
	}
	c.noteSharedLocked(b)
	c.m.height.Set(float64(b.Header.Height))
	c.log.Info().Uint64("height", b.Header.Height).Int("records", len(b.Records)).Int("attestations", len(b.Attestations)).Msg("shared audit block final")
	return nil
}

// stale reports a proposal or attestation older than two rounds: what an
// ordered consumer replays from the stream's start after a restart.
func (c *Chain) stale(m bus.Msg) bool {
	return c.cfg.Now().Sub(m.Time) > 2*c.cfg.Interval+c.cfg.LeaseTTL
}

func (c *Chain) noteShared(b *audit.Block) {
	c.mu.Lock()
	c.noteSharedLocked(b)
	c.mu.Unlock()
}

func (c *Chain) noteSharedLocked(b *audit.Block) {
	now := c.cfg.Now()
	for _, raw := range b.Records {
		h := sha256.Sum256(raw)
		c.shared[h] = true
		if t, ok := c.seenAt[h]; ok {
			c.m.recordFinal.Observe(now.Sub(t).Seconds())
			delete(c.seenAt, h)
		}
	}
}

// refreshLocal reads the own ledger's blocks not read yet.
func (c *Chain) refreshLocal(ctx context.Context) error {
	c.mu.Lock()
	from := c.localNext
	c.mu.Unlock()
	return c.cfg.Local.LocalBlocks(ctx, from, func(b *audit.Block) error {
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			if r.Kind == audit.KindSignerSet {
				continue // the own ledger's 1-of-1 signer set is not the federation's
			}
			if err := c.noteLocal(r, time.UnixMilli(int64(b.Header.Time))); err != nil {
				return err
			}
		}
		c.mu.Lock()
		c.localNext = b.Header.Height + 1
		c.mu.Unlock()
		return nil
	})
}

// noteLocal adds one own record to the local index and, unless shared,
// to the backlog.
// seenAt is when the own ledger recorded it (its local block's time):
// the start of the record's wait for the shared chain
// (kakehashi_audit_shared_record_final_seconds); zero for the genesis.
func (c *Chain) noteLocal(r *audit.Record, seenAt time.Time) error {
	raw, err := r.Encode()
	if err != nil {
		return err
	}
	h := sha256.Sum256(raw)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.local[h] {
		return nil
	}
	c.local[h] = true
	if r.Ref.EventRef != (chains.EventRef{}) {
		c.byEvent[eventKey{r.Kind, r.Ref.EventRef}] = h
	}
	if !c.shared[h] {
		c.backlog = append(c.backlog, r)
		if !seenAt.IsZero() {
			c.seenAt[h] = seenAt
		}
	}
	return nil
}

// checker is the attester's RecordChecker: a record must be, byte for
// byte, one of this operator's own.
type checker struct{ c *Chain }

func (k checker) CheckRecord(ctx context.Context, r *audit.Record) error {
	if r.Kind == audit.KindSignerSet {
		return k.c.checkSignerSet(r)
	}
	raw, err := r.Encode()
	if err != nil {
		return err
	}
	h := sha256.Sum256(raw)
	k.c.mu.Lock()
	ok := k.c.local[h]
	own, known := k.c.byEvent[eventKey{r.Kind, r.Ref.EventRef}]
	k.c.mu.Unlock()
	switch {
	case ok:
		return nil
	case known && own != h:
		return fmt.Errorf("%w: %s of event %s (transfer %s)", ErrDivergent, r.Kind, r.Ref.EventRef, r.TransferID)
	}
	return fmt.Errorf("%w: %s of event %s (transfer %s)", ErrNotSeen, r.Kind, r.Ref.EventRef, r.TransferID)
}

// Step is one record of a transfer in the shared chain, with the block
// that holds it.
type Step struct {
	Height uint64          `json:"height"`
	Block  string          `json:"block"`
	Kind   string          `json:"kind"`
	Event  chains.EventRef `json:"event"`
	Amount string          `json:"amount"`
}

// Transfer returns every record of transfer id in the replica, in chain
// order (a scan of the replica: an auditor's query, not a hot path).
func (c *Chain) Transfer(ctx context.Context, id chains.TransferID) ([]Step, error) {
	var out []Step
	err := c.store.Blocks(ctx, 0, func(b *audit.Block) error {
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			in := r.TransferID == id
			for _, s := range r.Swept {
				in = in || s == id
			}
			if in {
				out = append(out, Step{Height: b.Header.Height, Block: fmt.Sprintf("%x", b.Header.Hash()), Kind: r.Kind.String(), Event: r.Ref.EventRef, Amount: r.Amount.Dec()})
			}
		}
		return nil
	})
	return out, err
}

// Export writes the replica in the documented JSONL export format
// (docs/audit-format.md), from genesis: what GET /v1/audit/blocks serves
// and 'bridgectl audit verify --url' checks.
func (c *Chain) Export(ctx context.Context, w io.Writer) error {
	return audit.Export(ctx, w, c.store, audit.FormatJSONL)
}

// ExportFrom writes the replica's blocks from height from on
// (GET /v1/audit/blocks?from=N): what a peer catching up asks for.
func (c *Chain) ExportFrom(ctx context.Context, w io.Writer, from uint64) error {
	return audit.ExportFrom(ctx, w, c.store, audit.FormatJSONL, from)
}

func (c *Chain) signalBehind() {
	select {
	case c.behind <- struct{}{}:
	default:
	}
}

// catchUpLoop asks the peers whenever a gap shows, at most every few
// seconds.
func (c *Chain) catchUpLoop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-c.behind:
		}
		c.catchUp(ctx)
		select {
		case <-ctx.Done():
			return
		case <-time.After(2 * time.Second):
		}
	}
}

// catchUp fetches the blocks above the replica's head from each peer in
// turn; each block is verified (its link to the head, its t attestations
// against the signer set, its state) before it is stored, and compared
// with the own ledger like any final block. A peer that serves a block
// that does not verify is named in the log and the next one is asked.
func (c *Chain) catchUp(ctx context.Context) {
	for _, peer := range c.cfg.Peers {
		n, err := c.catchUpFrom(ctx, peer)
		if n > 0 {
			h, _, _ := c.ledger.Head()
			c.log.Info().Str("peer", peer).Int("blocks", n).Uint64("head", h).Msg("caught up from a peer")
		}
		if err != nil && ctx.Err() == nil {
			c.m.catchUp.WithLabelValues("failed").Inc()
			c.log.Warn().Err(err).Str("peer", peer).Msg("catch-up from this peer failed: trying the next")
			continue
		}
		if n > 0 {
			c.m.catchUp.WithLabelValues("blocks").Add(float64(n))
		}
	}
}

// catchUpFrom applies what peer has above the replica's head.
func (c *Chain) catchUpFrom(ctx context.Context, peer string) (int, error) {
	from := uint64(0)
	if h, _, ok := c.ledger.Head(); ok {
		from = h + 1
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/audit/blocks?from=%d", strings.TrimSuffix(peer, "/"), from), nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("GET /v1/audit/blocks: %s", resp.Status)
	}
	n := 0
	err = audit.NewJSONLSource(resp.Body).Blocks(ctx, from, func(b *audit.Block) error {
		if err := c.apply(ctx, b); err != nil {
			return fmt.Errorf("block %d does not verify: %w", b.Header.Height, err)
		}
		c.checkFinal(ctx, b)
		n++
		return nil
	})
	return n, err
}
