package relay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// CoordinatorConfig configures the coordinator of one destination chain.
type CoordinatorConfig struct {
	Chain      chains.ChainID
	Self       common.Address
	Operators  OperatorSet
	Authorizer Authorizer // verifies shares for Chain
	Submitter  Submitter
	// MaxBatch authorizations per submission (default 64); a batch leaves
	// when it is full, when its oldest authorization has waited MaxWait
	// (default 100ms), or as soon as no further authorization has become
	// ready for MaxIdle (default MaxWait/10) and no transfer that got its
	// first share within MaxGather (default 2×MaxIdle, at most MaxWait) is
	// still short of its quorum. Transfers made final by one source block
	// are signed together, so waiting out MaxWait after such a burst only
	// adds latency: the batch leaves once the burst is over, and MaxWait
	// still bounds the wait under a steady stream. A transfer whose quorum
	// takes longer than MaxGather after its first share (an operator
	// lagging) does not hold batches back; it goes in a later one.
	MaxBatch  int
	MaxWait   time.Duration
	MaxIdle   time.Duration
	MaxGather time.Duration
	// MaxInflight bounds the submissions (Submit, SubmitBatch) running at
	// once (default 16). A submission returns when its transaction is
	// executed (the EVM submitter waits for the receipt), so with one at a
	// time every batch waited for the previous one's block; with several,
	// the next batch is sent while earlier ones wait for theirs. Each
	// transfer is in at most one submission at a time (it is in flight
	// until that submission settles); the Submitter must be safe for
	// concurrent use (the EVM submitter's nonce manager is).
	MaxInflight int
	// ResubmitAfter is how long a submitted transfer may stay without an
	// executed event (Minted/Unlocked/Payout on Chain) before it is
	// submitted again (default 2m). Resubmission is harmless: the chain
	// answers "already processed".
	ResubmitAfter time.Duration
	// PassOverAfter is how long a transfer may stay ready (t shares) on
	// an operator that does not hold the lease before it submits the
	// transfer itself (default 30s; negative: never). The lease only
	// avoids duplicate work; it must not let its holder stall the
	// federation by holding it and submitting nothing (issue 14). The
	// operators go one after another: the i-th in the operator set waits
	// (i+1) × PassOverAfter, so an honest leader's submission record, or
	// an earlier operator's, reaches the others first. A duplicate
	// submission is harmless: the chain answers "already processed".
	PassOverAfter time.Duration
	// RetryBackoff is the first delay after a failed submission, doubling
	// per failure up to 30s (default 1s).
	RetryBackoff time.Duration
	// SubmitTimeout bounds one Submit call (default 2m).
	SubmitTimeout time.Duration
	// Batcher, if set, makes the leader propose batches that signers sign
	// as a whole (a second round) and submit them with SubmitBatch. A
	// proposal without t batch signatures within ProposalTimeout (default
	// 3s) falls back to Submitter with the individual signatures, or is
	// retried when there is no Submitter.
	Batcher         Batcher
	ProposalTimeout time.Duration
	// RoundInterval is how often the lease holder asks a Batcher that has
	// Rounds for its rounds (default 5s); a round proposal waits up to
	// RoundTimeout (default 30s) for t batch signatures: a signer whose
	// own data lags the leader's retries its check (rounds.go).
	RoundInterval time.Duration
	RoundTimeout  time.Duration
	// ExpiryMargin: an authorization whose deadline (Authorization.Deadline)
	// is less than this far ahead is dropped, never submitted or retried
	// again (default 30s): a transaction sent then could land after the
	// deadline, where the bridge refuses it. It covers the clock
	// difference to the destination chain and the time to be mined.
	ExpiryMargin time.Duration
}

type proposal struct {
	batch    Batch
	items    []*ctransfer
	sigs     map[common.Address][]byte
	deadline time.Time
	ready    bool
	started  time.Time
}

type cstate uint8

const (
	stCollecting cstate = iota
	stReady
	stInflight
	stSubmitted
)

var cstateNames = [...]string{"collecting", "ready", "inflight", "submitted"}

type shareGroup struct {
	auth Authorization
	sigs map[common.Address][]byte
	// seq orders the signatures by arrival: assemble takes the latest t,
	// so that after a rotation the re-offered ones (one epoch) win over
	// older ones.
	seq  map[common.Address]uint64
	next uint64
}

// put stores signer's signature as the latest.
func (g *shareGroup) put(signer common.Address, sig []byte) {
	g.next++
	g.sigs[signer], g.seq[signer] = sig, g.next
}

type ctransfer struct {
	id          chains.TransferID
	groups      map[[32]byte]*shareGroup
	firstShare  time.Time
	observedAt  time.Time
	state       cstate
	signed      SignedAuthorization
	readyAt     time.Time
	notBefore   time.Time
	attempts    int
	submittedAt time.Time
	txID        string
	qgen        uint64 // queue compaction generation that last kept it
	// isolate bounds the batch this transfer may go in (0: MaxBatch):
	// halved each time a batch holding it is rejected (ErrRejected), so
	// one item the destination refuses ends up alone and the others go on.
	isolate int
	// rejected is why the destination refused it alone (reported once
	// per reason).
	rejected string
}

// Coordinator collects signature shares for one destination chain until t
// distinct operators signed the same authorization, batches the ready
// authorizations and, while it holds the leader lease, submits them.
// Coordinators that do not lead keep the same state, so the one that takes
// over submits whatever the previous leader had not confirmed.
type Coordinator struct {
	cfg  CoordinatorConfig
	pub  Publisher
	lead Leadership
	roleOpts

	mu        sync.Mutex
	transfers map[chains.TransferID]*ctransfer
	queue     []*ctransfer
	done      map[chains.TransferID]time.Time
	kick      chan struct{}
	lastPrune time.Time
	gen       uint64
	proposals map[[32]byte]*proposal
	lastReady time.Time // when a transfer last became ready (MaxIdle)

	slots    chan struct{} // one token per running submission (MaxInflight)
	inflight sync.WaitGroup
}

// NewCoordinator validates cfg and returns the coordinator.
func NewCoordinator(cfg CoordinatorConfig, pub Publisher, lead Leadership, opts ...Option) (*Coordinator, error) {
	var probs []string
	if cfg.Chain == 0 {
		probs = append(probs, "no destination chain")
	}
	if !cfg.Operators.Contains(cfg.Self) {
		probs = append(probs, fmt.Sprintf("self %s is not in the operator set", cfg.Self))
	}
	if cfg.Authorizer == nil {
		probs = append(probs, "no authorizer to verify shares")
	}
	if cfg.Submitter == nil && cfg.Batcher == nil {
		probs = append(probs, "no submitter or batcher")
	}
	if pub == nil || lead == nil {
		probs = append(probs, "no publisher or leadership")
	}
	if cfg.MaxBatch < 0 || cfg.MaxWait < 0 || cfg.MaxIdle < 0 || cfg.MaxGather < 0 || cfg.MaxInflight < 0 {
		probs = append(probs, "negative batch size, wait, idle or gather time, or in-flight limit")
	}
	if len(probs) > 0 {
		return nil, fmt.Errorf("%w: coordinator %d: %s", ErrConfig, cfg.Chain, strings.Join(probs, "; "))
	}
	if cfg.MaxBatch == 0 {
		cfg.MaxBatch = 64
	}
	if cfg.MaxWait == 0 {
		cfg.MaxWait = 100 * time.Millisecond
	}
	if cfg.MaxIdle == 0 {
		cfg.MaxIdle = cfg.MaxWait / 10
	}
	if cfg.MaxGather == 0 {
		cfg.MaxGather = min(2*cfg.MaxIdle, cfg.MaxWait)
	}
	if cfg.MaxInflight == 0 {
		cfg.MaxInflight = 16
	}
	if cfg.PassOverAfter == 0 {
		cfg.PassOverAfter = 30 * time.Second
	}
	if cfg.ResubmitAfter <= 0 {
		cfg.ResubmitAfter = 2 * time.Minute
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = time.Second
	}
	if cfg.SubmitTimeout <= 0 {
		cfg.SubmitTimeout = 2 * time.Minute
	}
	if cfg.ProposalTimeout <= 0 {
		cfg.ProposalTimeout = 3 * time.Second
	}
	if cfg.ExpiryMargin <= 0 {
		cfg.ExpiryMargin = 30 * time.Second
	}
	if cfg.RoundInterval <= 0 {
		cfg.RoundInterval = 5 * time.Second
	}
	if cfg.RoundTimeout <= 0 {
		cfg.RoundTimeout = 30 * time.Second
	}
	return &Coordinator{
		cfg: cfg, pub: pub, lead: lead, roleOpts: applyOpts("coordinator", opts),
		transfers: map[chains.TransferID]*ctransfer{}, done: map[chains.TransferID]time.Time{},
		kick: make(chan struct{}, 1), proposals: map[[32]byte]*proposal{},
		slots: make(chan struct{}, cfg.MaxInflight),
	}, nil
}

// ShareFilters, SubmissionFilters and ExecutedFilters are the subjects the
// coordinator consumes from the shares, submissions and events streams.
func (c *Coordinator) ShareFilters() []string      { return []string{ShareSubject(c.cfg.Chain)} }
func (c *Coordinator) SubmissionFilters() []string { return []string{SubmissionSubject(c.cfg.Chain)} }
func (c *Coordinator) ExecutedFilters() []string {
	return []string{
		EventSubject(c.cfg.Chain, chains.KindMinted),
		EventSubject(c.cfg.Chain, chains.KindUnlocked),
		EventSubject(c.cfg.Chain, chains.KindPayout),
		EventSubject(c.cfg.Chain, chains.KindCancelled), // never executable here again
		refundSubjects, // a refunded deposit is never minted (HandleExecuted)
	}
}

// HandleShare is the bus handler for kkh.share.<chain>.
func (c *Coordinator) HandleShare(_ context.Context, m bus.Msg) error {
	chain := fmt.Sprint(c.cfg.Chain)
	sh, err := DecodeShare(m.Payload)
	if err == nil {
		err = c.checkShare(m, sh)
	}
	if err != nil {
		c.metrics.SharesReceived.WithLabelValues(chain, "invalid").Inc()
		return fmt.Errorf("coordinator %d: share %s from %s: %w", c.cfg.Chain, m.ID, m.From.Hex(), err)
	}
	a := sh.Authorization
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.done[a.TransferID]; ok {
		c.metrics.SharesReceived.WithLabelValues(chain, "late").Inc()
		return nil
	}
	t := c.transfers[a.TransferID]
	if t == nil {
		t = &ctransfer{id: a.TransferID, groups: map[[32]byte]*shareGroup{}, firstShare: now, observedAt: sh.ObservedAt}
		c.transfers[a.TransferID] = t
	}
	if !sh.ObservedAt.IsZero() && (t.observedAt.IsZero() || sh.ObservedAt.Before(t.observedAt)) {
		t.observedAt = sh.ObservedAt
	}
	h := a.Hash()
	g := t.groups[h]
	if g == nil {
		g = &shareGroup{auth: a, sigs: map[common.Address][]byte{}, seq: map[common.Address]uint64{}}
		t.groups[h] = g
		if len(t.groups) > 1 {
			c.metrics.Errors.WithLabelValues("coordinator_disagreement").Inc()
			c.log.Error().Str("transfer", a.TransferID.String()).Int("versions", len(t.groups)).Str("signer", sh.Signer.Hex()).
				Msg("operators signed different authorizations for one transfer")
		}
	}
	if old, dup := g.sigs[sh.Signer]; dup {
		if bytes.Equal(old, sh.Signature) {
			c.metrics.SharesReceived.WithLabelValues(chain, "duplicate").Inc()
			return nil
		}
		// The same authorization signed again (a re-offer, Reconciler):
		// after a signer-set rotation the old signature names a retired
		// epoch, so the newest one counts. It is checked like any share.
		g.put(sh.Signer, sh.Signature)
		c.metrics.SharesReceived.WithLabelValues(chain, "replaced").Inc()
		if t.state == stReady || t.state == stSubmitted {
			c.reassembleLocked(t)
		}
		return nil
	}
	g.put(sh.Signer, sh.Signature)
	c.metrics.SharesReceived.WithLabelValues(chain, "accepted").Inc()
	if t.state == stCollecting && len(g.sigs) >= c.cfg.Operators.Threshold() {
		t.signed = c.assemble(g)
		t.state, t.readyAt = stReady, now
		c.lastReady = now
		c.queue = append(c.queue, t)
		c.metrics.QuorumLatency.WithLabelValues(chain).Observe(now.Sub(t.firstShare).Seconds())
		c.signal()
	}
	return nil
}

func (c *Coordinator) checkShare(m bus.Msg, sh Share) error {
	switch {
	case sh.Signer != m.From:
		return fmt.Errorf("%w: share of %s relayed by %s", ErrBadShare, sh.Signer, m.From)
	case !c.cfg.Operators.Contains(sh.Signer):
		return fmt.Errorf("%w: %s", ErrNotOperator, sh.Signer)
	case sh.Authorization.DstChain != c.cfg.Chain:
		return fmt.Errorf("%w: share for chain %d on %s", ErrBadShare, sh.Authorization.DstChain, m.Subject)
	}
	return c.cfg.Authorizer.Verify(sh.Authorization, sh.Signer, sh.Signature)
}

// assemble picks the t latest signatures, sorted by signer address
// ascending.
func (c *Coordinator) assemble(g *shareGroup) SignedAuthorization {
	signers := make([]common.Address, 0, len(g.sigs))
	for a := range g.sigs {
		signers = append(signers, a)
	}
	sort.Slice(signers, func(i, j int) bool { return g.seq[signers[i]] > g.seq[signers[j]] })
	signers = signers[:c.cfg.Operators.Threshold()]
	sort.Slice(signers, func(i, j int) bool { return bytes.Compare(signers[i][:], signers[j][:]) < 0 })
	out := SignedAuthorization{Authorization: g.auth}
	for _, s := range signers {
		out.Signatures = append(out.Signatures, OperatorSig{Signer: s, Signature: g.sigs[s]})
	}
	return out
}

// reassembleLocked takes t's signatures afresh from its share group, so
// that a signature replaced by a re-offer is the one submitted next.
// Submissions in flight read t.signed without the lock: the caller holds
// mu and t is not in flight.
func (c *Coordinator) reassembleLocked(t *ctransfer) {
	if g := t.groups[t.signed.Hash()]; g != nil && len(g.sigs) >= c.cfg.Operators.Threshold() {
		t.signed = c.assemble(g)
	}
}

// HandleSubmission is the bus handler for kkh.submission.<chain>: another
// (or this) leader's report of what it submitted.
func (c *Coordinator) HandleSubmission(_ context.Context, m bus.Msg) error {
	var s Submission
	if err := json.Unmarshal(m.Payload, &s); err != nil {
		return fmt.Errorf("%w: submission: %v", ErrDecode, err)
	}
	if s.Chain != c.cfg.Chain {
		return fmt.Errorf("%w: submission for chain %d on %s", ErrDecode, s.Chain, m.Subject)
	}
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range s.Submitted {
		c.hintSubmitted(id, s.TxID, now)
	}
	for _, id := range s.AlreadyProcessed {
		if m.From == c.cfg.Self {
			c.finish(id, now)
		} else {
			c.hintSubmitted(id, s.TxID, now)
		}
	}
	return nil
}

// hintSubmitted takes a transfer off the queue on another operator's word
// that it was submitted or executed; if no execution is confirmed within
// ResubmitAfter it is submitted again. Only this operator's own records
// and watcher finish a transfer, so a rogue operator's false records can
// delay a transfer by ResubmitAfter at most. The caller holds mu.
func (c *Coordinator) hintSubmitted(id chains.TransferID, tx string, now time.Time) {
	if t := c.transfers[id]; t != nil && t.state != stInflight && t.state != stCollecting {
		t.state, t.submittedAt, t.txID = stSubmitted, now, tx
	}
}

// HandleExecuted is the bus handler for Minted/Unlocked/Payout events on
// the coordinator's chain: reported by this operator's own watcher, the
// transfer is done; reported by another operator, it is treated as
// submitted (see hintSubmitted). A Cancelled event on the chain seen by
// this operator's own watcher drops the transfer too. A refund on any source chain seen by
// this operator's own watcher drops the refunded deposit's mint
// (dropRefunded).
func (c *Coordinator) HandleExecuted(_ context.Context, m bus.Msg) error {
	ev, err := DecodeEvent(m.Payload)
	if err != nil {
		return err
	}
	if ev.Kind == chains.KindRefund {
		c.dropRefunded(ev, m.From)
		return nil
	}
	if ev.Ref.Chain != c.cfg.Chain || ev.Reorged {
		return nil
	}
	switch ev.Kind {
	case chains.KindCancelled:
		// Only this operator's own watcher: a rogue operator must not be
		// able to drop a transfer by claiming it was cancelled.
		if m.From == c.cfg.Self {
			c.mu.Lock()
			if c.transfers[ev.TransferID] != nil {
				c.log.Warn().Str("transfer", ev.TransferID.String()).Str("cancel", ev.Ref.String()).Msg("cancelled by the quorum: dropping it")
				c.finish(ev.TransferID, c.now())
			}
			c.mu.Unlock()
		}
	case chains.KindMinted, chains.KindUnlocked, chains.KindPayout:
		c.mu.Lock()
		if m.From == c.cfg.Self { // this operator's own watcher saw it on its own node
			c.finish(ev.TransferID, c.now())
		} else {
			c.hintSubmitted(ev.TransferID, "", c.now())
		}
		c.mu.Unlock()
	}
	return nil
}

// finish forgets a transfer; the caller holds mu.
func (c *Coordinator) finish(id chains.TransferID, now time.Time) {
	if t := c.transfers[id]; t != nil {
		delete(c.transfers, id)
		t.state = stSubmitted // no longer queued; queue entries are skipped lazily
		t.notBefore = now.Add(100 * 365 * 24 * time.Hour)
	}
	c.done[id] = now
}

func (c *Coordinator) signal() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// Pending returns how many transfers the coordinator holds, by state.
func (c *Coordinator) Pending() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]int{}
	for _, t := range c.transfers {
		out[cstateNames[t.state]]++
	}
	return out
}

// setPendingGauge sets the pending gauge of every state, those with no
// transfer left to 0 (a state missing from Pending would otherwise keep
// its last count after every transfer executed).
func (c *Coordinator) setPendingGauge() {
	pending := c.Pending()
	chain := fmt.Sprint(c.cfg.Chain)
	for _, st := range cstateNames {
		c.metrics.PendingTransfers.WithLabelValues(chain, st).Set(float64(pending[st]))
	}
	c.metrics.OldestPending.WithLabelValues(chain).Set(c.oldestPending().Seconds())
	c.metrics.Rejected.WithLabelValues(chain).Set(float64(c.rejectedCount()))
}

// rejectedCount is how many transfers held were rejected alone by the
// destination (still retried).
func (c *Coordinator) rejectedCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, t := range c.transfers {
		if t.rejected != "" {
			n++
		}
	}
	return n
}

// oldestPending is the age of the oldest transfer held, since its first
// share (0 when none is held).
func (c *Coordinator) oldestPending() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	var oldest time.Duration
	for _, t := range c.transfers {
		if !t.firstShare.IsZero() {
			oldest = max(oldest, now.Sub(t.firstShare))
		}
	}
	return oldest
}

// Run batches and submits until ctx is done, then waits for the
// submissions it started to settle. Up to MaxInflight submissions run at
// once, each in its own goroutine; batching and proposing stay on Run's
// goroutine.
func (c *Coordinator) Run(ctx context.Context) error {
	defer c.inflight.Wait()
	if r, ok := c.cfg.Batcher.(Rounds); ok {
		c.inflight.Add(1)
		go func() { defer c.inflight.Done(); c.runRounds(ctx, r) }()
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	lastGauge := time.Time{}
	for {
		wait := idleWait
		if c.acquire() {
			if c.runProposals(ctx) {
				continue // the slot went to a submission or was released
			}
			batch, w := c.nextBatch()
			if len(batch) > 0 {
				if c.cfg.Batcher != nil {
					c.propose(ctx, batch)
					<-c.slots
				} else {
					c.async(func() { c.submit(ctx, batch) })
				}
				continue
			}
			<-c.slots // Run's own release: nothing to wake
			wait = w
		}
		// Without a free slot, the next release wakes the loop (signal).
		now := c.now()
		c.mu.Lock()
		for _, p := range c.proposals {
			if len(p.items) > 0 {
				wait = min(wait, 20*time.Millisecond)
			} else {
				wait = min(wait, max(p.deadline.Sub(now), 20*time.Millisecond)) // a round: its shares wake Run
			}
		}
		c.mu.Unlock()
		if now.Sub(lastGauge) > time.Second {
			lastGauge = now
			c.setPendingGauge()
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return nil
		case <-c.kick:
		case <-timer.C:
		}
	}
}

const idleWait = 250 * time.Millisecond

// acquire takes a submission slot if one is free.
func (c *Coordinator) acquire() bool {
	select {
	case c.slots <- struct{}{}:
		return true
	default:
		return false
	}
}

// release frees a submission's slot and wakes Run, which may have work
// waiting for it. (Run frees a slot it did not use with a plain receive.)
func (c *Coordinator) release() {
	<-c.slots
	c.signal()
}

// async runs f, which owns the slot Run acquired, in its own goroutine.
func (c *Coordinator) async(f func()) {
	c.inflight.Add(1)
	go func() {
		defer c.inflight.Done()
		defer c.release()
		f()
	}()
}

// collectingTTL is how long shares that never reach a quorum are kept.
const collectingTTL = 24 * time.Hour

// nextBatch returns the batch to submit now, or how long to wait.
func (c *Coordinator) nextBatch() ([]*ctransfer, time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if now.Sub(c.lastPrune) > time.Minute {
		c.lastPrune = now
		c.pruneLocked(now)
	}
	c.compactQueueLocked()
	leader := c.lead.Held()
	if !leader && c.cfg.PassOverAfter < 0 {
		return nil, idleWait
	}
	eligible, limit, soonest := c.eligibleLocked(now, leader)
	if len(eligible) == 0 {
		return nil, soonest
	}
	if !leader {
		// The lease holder (if any) has not submitted these: do it here.
		c.metrics.PassOvers.WithLabelValues(fmt.Sprint(c.cfg.Chain)).Add(float64(len(eligible)))
		c.log.Warn().Int("transfers", len(eligible)).Dur("ready_for", now.Sub(eligible[0].readyAt)).
			Msg("passing over the leader: ready transfers not submitted by the lease holder, submitting them here")
		for _, t := range eligible {
			t.state = stInflight
		}
		return eligible, 0
	}
	oldest := eligible[0].readyAt
	if w := now.Sub(oldest); len(eligible) < limit && w < c.cfg.MaxWait {
		if idle := now.Sub(c.lastReady); idle < c.cfg.MaxIdle {
			return nil, min(soonest, c.cfg.MaxWait-w, c.cfg.MaxIdle-idle)
		}
		if g := c.gatheringLocked(now); g > 0 {
			// Its quorum wakes Run (signal); otherwise look again when its
			// MaxGather is over. MaxWait still bounds the wait.
			return nil, min(soonest, c.cfg.MaxWait-w, g)
		}
	}
	wait := c.metrics.BatchWait.WithLabelValues(fmt.Sprint(c.cfg.Chain))
	for _, t := range eligible {
		t.state = stInflight
		wait.Observe(now.Sub(t.readyAt).Seconds())
	}
	return eligible, 0
}

// pruneLocked forgets finished transfers after an hour and shares that
// never reached a quorum after collectingTTL, and queues again what was
// submitted ResubmitAfter ago with no execution seen. The caller holds mu.
func (c *Coordinator) pruneLocked(now time.Time) {
	for id, t := range c.done {
		if now.Sub(t) > time.Hour {
			delete(c.done, id)
		}
	}
	for id, t := range c.transfers {
		if t.state == stCollecting && now.Sub(t.firstShare) > collectingTTL {
			c.log.Warn().Str("transfer", id.String()).Int("versions", len(t.groups)).Msg("no quorum after a day: forgetting the shares")
			delete(c.transfers, id)
			continue
		}
		if t.state == stSubmitted && now.Sub(t.submittedAt) > c.cfg.ResubmitAfter {
			c.log.Warn().Str("transfer", t.id.String()).Str("tx", t.txID).Msg("no execution seen: submitting again")
			t.state, t.readyAt = stReady, now
			c.queue = append(c.queue, t)
		}
	}
}

// compactQueueLocked keeps the transfers still ready, once each, in
// order. The caller holds mu.
func (c *Coordinator) compactQueueLocked() {
	c.gen++
	live := c.queue[:0]
	for _, t := range c.queue {
		if t.state == stReady && c.transfers[t.id] == t && t.qgen != c.gen {
			t.qgen = c.gen
			live = append(live, t)
		}
	}
	for i := len(live); i < len(c.queue); i++ {
		c.queue[i] = nil
	}
	c.queue = live
}

// eligibleLocked picks, in queue order, the transfers that may be sent
// now — not expired (those are dropped), not backing off, ready for the
// pass-over delay when this operator does not lead — up to limit: MaxBatch,
// or less when one of them was in rejected batches (isolate). soonest is
// when one that is not eligible yet becomes so. The caller holds mu.
func (c *Coordinator) eligibleLocked(now time.Time, leader bool) (eligible []*ctransfer, limit int, soonest time.Duration) {
	limit, soonest = c.cfg.MaxBatch, idleWait
	passOver := c.passOverDelay()
	for _, t := range c.queue {
		if t.signed.Expired(now, c.cfg.ExpiryMargin) {
			c.expireLocked(t, now)
			continue
		}
		if !leader {
			if age := now.Sub(t.readyAt); age < passOver {
				soonest = min(soonest, passOver-age)
				continue
			}
		}
		if t.notBefore.After(now) {
			soonest = min(soonest, t.notBefore.Sub(now))
			continue
		}
		if t.isolate > 0 && len(eligible) >= t.isolate {
			continue // in a smaller batch: it was in rejected ones
		}
		if t.isolate > 0 {
			limit = min(limit, t.isolate)
		}
		eligible = append(eligible, t)
		if len(eligible) >= limit {
			break
		}
	}
	return eligible, limit, soonest
}

// passOverDelay is how long a ready transfer waits on this operator,
// without the lease, before it submits it: (i+1) × PassOverAfter for the
// i-th operator of the set.
func (c *Coordinator) passOverDelay() time.Duration {
	rank := 0
	for i, a := range c.cfg.Operators.Addresses() {
		if a == c.cfg.Self {
			rank = i
		}
	}
	return time.Duration(rank+1) * c.cfg.PassOverAfter
}

// gatheringLocked returns how much longer a transfer that got its first
// share less than MaxGather ago may hold the batch back while it is still
// short of its quorum (zero: none is): it will most likely join the batch
// within milliseconds (transfers of one source block are signed together).
// Older ones (an operator lagging or refusing) do not hold batches back.
// The caller holds mu.
func (c *Coordinator) gatheringLocked(now time.Time) time.Duration {
	var left time.Duration
	for _, t := range c.transfers {
		if t.state == stCollecting {
			left = max(left, c.cfg.MaxGather-now.Sub(t.firstShare))
		}
	}
	return left
}

func (c *Coordinator) submit(ctx context.Context, batch []*ctransfer) {
	// Leave out what was dropped since the batch was formed (a refunded
	// deposit's mint must not be sent).
	c.mu.Lock()
	live := batch[:0:0]
	for _, t := range batch {
		if c.transfers[t.id] == t {
			live = append(live, t)
		}
	}
	c.mu.Unlock()
	if batch = live; len(batch) == 0 {
		return
	}
	items := make([]SignedAuthorization, len(batch))
	for i, t := range batch {
		items[i] = t.signed
	}
	sctx, cancel := context.WithTimeout(ctx, c.cfg.SubmitTimeout)
	start := c.now()
	res, err := c.cfg.Submitter.Submit(sctx, items)
	cancel()
	c.settle(ctx, batch, res, err, start)
}

// settle records the outcome of a submission of batch.
func (c *Coordinator) settle(ctx context.Context, batch []*ctransfer, res SubmitResult, err error, start time.Time) {
	chain := fmt.Sprint(c.cfg.Chain)
	now := c.now()
	c.metrics.SubmitLatency.WithLabelValues(chain).Observe(now.Sub(start).Seconds())
	c.metrics.BatchSize.WithLabelValues(chain).Observe(float64(len(batch)))

	c.mu.Lock()
	if err != nil {
		c.metrics.Submissions.WithLabelValues(chain, "error").Add(float64(len(batch)))
		c.metrics.Errors.WithLabelValues("submitter").Inc()
		if errors.Is(err, ErrRejected) {
			report := c.isolateLocked(batch, err, now)
			c.mu.Unlock()
			c.reportRejected(ctx, report)
			return
		}
		for _, t := range batch {
			c.retryLocked(t, now)
		}
		c.mu.Unlock()
		c.log.Warn().Err(err).Int("batch", len(batch)).Msg("submission failed; will retry")
		return
	}
	inBatch := make(map[chains.TransferID]*ctransfer, len(batch))
	for _, t := range batch {
		inBatch[t.id] = t
	}
	for _, id := range res.Submitted {
		t := inBatch[id]
		if t == nil {
			continue
		}
		delete(inBatch, id)
		if t.state == stInflight {
			t.state, t.submittedAt, t.txID = stSubmitted, now, res.TxID
		}
		if !t.observedAt.IsZero() {
			c.metrics.PipelineLatency.WithLabelValues(chain).Observe(now.Sub(t.observedAt).Seconds())
		}
	}
	for _, id := range res.AlreadyProcessed {
		delete(inBatch, id)
		c.finish(id, now)
	}
	for _, t := range inBatch { // neither sent nor known: try again later
		c.retryLocked(t, now)
	}
	c.mu.Unlock()
	c.metrics.Submissions.WithLabelValues(chain, "submitted").Add(float64(len(res.Submitted)))
	c.metrics.Submissions.WithLabelValues(chain, "already_processed").Add(float64(len(res.AlreadyProcessed)))
	if len(inBatch) > 0 {
		c.log.Warn().Int("skipped", len(inBatch)).Msg("submitter neither sent nor recognised some authorizations; will retry")
	}
	c.log.Debug().Str("tx", res.TxID).Int("submitted", len(res.Submitted)).Int("already", len(res.AlreadyProcessed)).Msg("submitted batch")

	sub := Submission{Chain: c.cfg.Chain, TxID: res.TxID, Leader: c.cfg.Self, Submitted: res.Submitted,
		AlreadyProcessed: res.AlreadyProcessed, At: now.UTC()}
	payload, _ := json.Marshal(sub)
	if _, err := c.pub.Publish(ctx, SubmissionSubject(c.cfg.Chain), SubmissionID(sub), payload); err != nil {
		c.metrics.Errors.WithLabelValues("coordinator").Inc()
		c.log.Warn().Err(err).Str("tx", res.TxID).Msg("could not publish submission record")
	}
}

// propose asks the Batcher to group batch and publishes the proposals.
func (c *Coordinator) propose(ctx context.Context, batch []*ctransfer) {
	items := make([]SignedAuthorization, len(batch))
	byID := make(map[chains.TransferID]*ctransfer, len(batch))
	for i, t := range batch {
		items[i] = t.signed
		byID[t.id] = t
	}
	batches, err := c.cfg.Batcher.Propose(ctx, items)
	now := c.now()
	failed := map[chains.TransferID]bool{}
	if err != nil {
		c.metrics.Errors.WithLabelValues("batcher").Inc()
		c.log.Warn().Err(err).Int("items", len(batch)).Msg("batcher could not propose; will retry")
		c.mu.Lock()
		for _, t := range batch {
			c.retryLocked(t, now)
		}
		c.mu.Unlock()
		return
	}
	for _, b := range batches {
		p := &proposal{batch: b, sigs: map[common.Address][]byte{}, deadline: now.Add(c.cfg.ProposalTimeout), started: now}
		for _, it := range b.Items {
			if t := byID[it.TransferID]; t != nil && it.Hash() == t.signed.Hash() {
				p.items = append(p.items, t)
				delete(byID, it.TransferID)
			}
		}
		if len(p.items) != len(b.Items) {
			c.log.Error().Int("items", len(b.Items)).Msg("batcher proposed items that were not ready or differ; dropping the batch")
			for _, t := range p.items {
				byID[t.id] = t
				failed[t.id] = true
			}
			continue
		}
		if err := c.publishProposal(ctx, p); err != nil {
			c.metrics.Errors.WithLabelValues("coordinator").Inc()
			c.log.Warn().Err(err).Msg("could not publish proposal; will retry")
			for _, t := range p.items {
				byID[t.id] = t
				failed[t.id] = true
			}
		}
	}
	c.mu.Lock()
	for _, t := range byID { // not in any published proposal
		if failed[t.id] {
			c.retryLocked(t, now)
			continue
		}
		// Left out by the batcher (for Bitcoin: no final custody output
		// can pay it yet): not a failure, so no growing backoff — it is
		// offered again after RetryBackoff, together with whatever became
		// ready meanwhile, instead of in ever smaller, later groups.
		c.deferLocked(t, now)
	}
	c.mu.Unlock()
	c.reportLeftOut(ctx)
}

// publishProposal keeps p as this coordinator's proposal and publishes
// it on kkh.proposal.<chain>; it forgets p again if that fails.
func (c *Coordinator) publishProposal(ctx context.Context, p *proposal) error {
	payload, err := EncodeProposal(Proposal{Batch: p.batch, Leader: c.cfg.Self})
	if err != nil {
		return err
	}
	h := p.batch.Hash()
	c.mu.Lock()
	c.proposals[h] = p
	c.mu.Unlock()
	// The publication id names this attempt: a proposal that timed out
	// and is proposed again unchanged must reach the signers again, not
	// be dropped by the bus's duplicate window.
	if _, err := c.pub.Publish(ctx, ProposalSubject(c.cfg.Chain), ProposalID(c.cfg.Chain, h, p.started), payload); err != nil {
		c.mu.Lock()
		delete(c.proposals, h)
		c.mu.Unlock()
		return err
	}
	return nil
}

// BatchShareFilters are the batch-share subjects of the coordinator's chain.
func (c *Coordinator) BatchShareFilters() []string { return []string{BatchShareSubject(c.cfg.Chain)} }

// HandleBatchShare is the bus handler for kkh.bshare.<chain>: a signature
// over a batch this coordinator proposed.
func (c *Coordinator) HandleBatchShare(_ context.Context, m bus.Msg) error {
	var bs BatchShare
	if err := json.Unmarshal(m.Payload, &bs); err != nil {
		return fmt.Errorf("%w: batch share: %v", ErrDecode, err)
	}
	if bs.Signer != m.From || !c.cfg.Operators.Contains(bs.Signer) || bs.Chain != c.cfg.Chain {
		return fmt.Errorf("%w: batch share of %s from %s for chain %d", ErrBadShare, bs.Signer, m.From, bs.Chain)
	}
	c.mu.Lock()
	p := c.proposals[bs.BatchHash]
	c.mu.Unlock()
	if p == nil || c.cfg.Batcher == nil {
		return nil // another leader's proposal, or already settled
	}
	if err := c.cfg.Batcher.VerifyBatch(p.batch, bs.Signer, bs.Signature); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.proposals[bs.BatchHash] != p {
		// runProposals took the proposal while the share was verified and
		// reads p.sigs without the lock from then on: a late share (the
		// t+1-th) must not write it.
		return nil
	}
	p.sigs[bs.Signer] = bs.Signature
	if !p.ready && len(p.sigs) >= c.cfg.Operators.Threshold() {
		p.ready = true
		c.metrics.ProposalLatency.WithLabelValues(fmt.Sprint(c.cfg.Chain)).Observe(c.now().Sub(p.started).Seconds())
		c.signal()
	}
	return nil
}

// runProposals submits a proposal that reached t batch signatures, or falls
// back for one that timed out. It is called holding a submission slot and
// reports whether it did anything; if so, the slot went to the submission
// it started or was released.
func (c *Coordinator) runProposals(ctx context.Context) bool {
	now := c.now()
	c.mu.Lock()
	var due *proposal
	var dueHash [32]byte
	for h, p := range c.proposals {
		if p.ready || now.After(p.deadline) {
			due, dueHash = p, h
			break
		}
	}
	if due != nil {
		delete(c.proposals, dueHash)
	}
	c.mu.Unlock()
	if due == nil {
		return false
	}
	if due.ready && (c.expiredItems(due, now) || c.droppedItems(due.items, now)) {
		<-c.slots
		return true
	}
	if due.ready {
		signers := make([]common.Address, 0, len(due.sigs))
		for a := range due.sigs {
			signers = append(signers, a)
		}
		sort.Slice(signers, func(i, j int) bool { return bytes.Compare(signers[i][:], signers[j][:]) < 0 })
		sigs := make([]OperatorSig, 0, c.cfg.Operators.Threshold())
		for _, a := range signers[:c.cfg.Operators.Threshold()] {
			sigs = append(sigs, OperatorSig{Signer: a, Signature: due.sigs[a]})
		}
		if len(due.items) == 0 {
			c.async(func() { c.submitRound(ctx, due.batch, sigs) })
			return true
		}
		c.async(func() {
			sctx, cancel := context.WithTimeout(ctx, c.cfg.SubmitTimeout)
			res, err := c.cfg.Batcher.SubmitBatch(sctx, due.batch, sigs)
			cancel()
			c.settle(ctx, due.items, res, err, due.started)
		})
		return true
	}
	c.metrics.Errors.WithLabelValues("proposal_timeout").Inc()
	if len(due.items) == 0 {
		c.log.Warn().Int("signatures", len(due.sigs)).Msg("round proposal timed out; the batcher proposes it again")
		<-c.slots
		return true
	}
	c.log.Warn().Int("items", len(due.items)).Int("signatures", len(due.sigs)).Msg("batch proposal timed out")
	if c.cfg.Submitter != nil {
		c.async(func() { c.submit(ctx, due.items) })
		return true
	}
	c.mu.Lock()
	for _, t := range due.items {
		c.retryLocked(t, now)
	}
	c.mu.Unlock()
	<-c.slots
	return true
}

// droppedItems settles a batch holding an item that was finished or
// dropped while the batch was being proposed (its deposit refunded, its
// deadline passed, executed by another leader): the whole batch is signed
// and cannot lose an item, and the item must not be sent, so the others
// are offered again. It reports whether it did so.
func (c *Coordinator) droppedItems(items []*ctransfer, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	var gone []*ctransfer
	for _, t := range items {
		if c.transfers[t.id] != t {
			gone = append(gone, t)
		}
	}
	if len(gone) == 0 {
		return false
	}
	for _, t := range items {
		if c.transfers[t.id] == t {
			c.deferLocked(t, now)
		}
	}
	c.log.Info().Int("items", len(items)).Int("dropped", len(gone)).Str("transfer", gone[0].id.String()).
		Msg("batch not sent: an item was dropped while it was proposed; the others are offered again")
	return true
}

// expiredItems settles a signed proposal holding an item past its deadline
// (the bridge would refuse the whole batch): that item is dropped, the
// others are offered again. It reports whether it did so.
func (c *Coordinator) expiredItems(p *proposal, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	var expired bool
	for _, t := range p.items {
		expired = expired || t.signed.Expired(now, c.cfg.ExpiryMargin)
	}
	if !expired {
		return false
	}
	for _, t := range p.items {
		if t.signed.Expired(now, c.cfg.ExpiryMargin) {
			c.expireLocked(t, now)
		} else {
			c.deferLocked(t, now)
		}
	}
	return true
}

// expireLocked drops a transfer whose deadline is past or within
// ExpiryMargin: the bridge would refuse it, and a Bitcoin deposit may be
// refunded from then on. It is not retried. Nothing is recorded for it:
// the deposit's LOCK stays in flight in the audit ledger until the
// watcher sees the depositor's refund on chain and records the REFUND. The
// caller holds mu.
func (c *Coordinator) expireLocked(t *ctransfer, now time.Time) {
	c.metrics.Expired.WithLabelValues(fmt.Sprint(c.cfg.Chain)).Inc()
	c.log.Warn().Str("transfer", t.id.String()).Uint64("deadline", t.signed.Deadline).Int("attempts", t.attempts).
		Msg("mint deadline passed: dropping the authorization, the deposit is left to its depositor's refund")
	c.finish(t.id, now)
}

// isolateLocked handles a batch the destination rejected (ErrRejected):
// a batch of several is split — each item goes in batches of at most
// half its size, offered again after RetryBackoff — so the others are
// not held back by the one at fault; an item rejected alone is retried
// with backoff (the destination may accept it later: a refilled rate
// bucket) and returned to be reported with the reason. The caller holds
// mu.
func (c *Coordinator) isolateLocked(batch []*ctransfer, err error, now time.Time) []LeftOut {
	chain := fmt.Sprint(c.cfg.Chain)
	if len(batch) > 1 {
		half := (len(batch) + 1) / 2
		for _, t := range batch {
			if t.isolate == 0 || t.isolate > half {
				t.isolate = half
			}
			c.deferLocked(t, now)
		}
		c.metrics.Splits.WithLabelValues(chain).Inc()
		c.log.Warn().Err(err).Int("batch", len(batch)).Int("into", half).Msg("destination rejected the batch: splitting it to isolate the item at fault")
		return nil
	}
	t := batch[0]
	c.retryLocked(t, now)
	reason := "rejected_by_destination: " + rejection(err)
	c.log.Error().Err(err).Str("transfer", t.id.String()).Int("attempts", t.attempts).
		Msg("destination rejects the transfer on its own; the others go on without it, it is retried with backoff")
	if t.rejected == reason {
		return nil
	}
	t.rejected = reason
	return []LeftOut{{TransferID: t.id, Reason: reason}}
}

// rejection is the destination's reason in err (a RejectedError's), at
// most 200 bytes.
func rejection(err error) string {
	msg := err.Error()
	var re *RejectedError
	if errors.As(err, &re) {
		msg = re.Reason.Error()
	}
	if len(msg) > 200 {
		msg = msg[:200]
	}
	return msg
}

// reportRejected publishes the transfers the destination rejected alone,
// with the reason, as a Submission record (Submission.LeftOut), so that
// every tracker and `bridgectl status` show why it is not executed.
func (c *Coordinator) reportRejected(ctx context.Context, items []LeftOut) {
	if len(items) == 0 {
		return
	}
	sub := Submission{Chain: c.cfg.Chain, Leader: c.cfg.Self, LeftOut: items, At: c.now().UTC()}
	payload, _ := json.Marshal(sub)
	if _, err := c.pub.Publish(ctx, SubmissionSubject(c.cfg.Chain), SubmissionID(sub), payload); err != nil {
		c.metrics.Errors.WithLabelValues("coordinator").Inc()
		c.log.Warn().Err(err).Msg("could not publish a rejected transfer's reason")
	}
}

// deferLocked offers t again after RetryBackoff without counting an attempt.
func (c *Coordinator) deferLocked(t *ctransfer, now time.Time) {
	if c.transfers[t.id] != t {
		return // finished meanwhile
	}
	t.state, t.notBefore = stReady, now.Add(c.cfg.RetryBackoff)
	c.reassembleLocked(t)
	c.queue = append(c.queue, t)
}

func (c *Coordinator) retryLocked(t *ctransfer, now time.Time) {
	if c.transfers[t.id] != t {
		return // finished meanwhile
	}
	t.attempts++
	d := c.cfg.RetryBackoff
	for i := 1; i < t.attempts && d < 30*time.Second; i++ {
		d *= 2
	}
	t.state, t.notBefore = stReady, now.Add(min(d, 30*time.Second))
	c.reassembleLocked(t)
	c.queue = append(c.queue, t)
}
