package relay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/rs/zerolog"
)

// ErrCompleted is what an Accountant returns for a transfer whose
// execution its ledger already holds: a late copy of a completed transfer
// (another operator's watcher republishing, a redelivery). It wraps
// ErrInvariant — it is never signed — but it is routine, so the signer
// skips it quietly (debug log; counted as refusal reason and invariant
// check "completed") instead of raising an invariant alarm.
var ErrCompleted = fmt.Errorf("%w: transfer already completed", ErrInvariant)

// SignerConfig configures the signer role.
type SignerConfig struct {
	// Self is this operator's address; it must be in Operators.
	Self      common.Address
	Operators OperatorSet
	// Verifiers re-read events from this operator's own nodes, by source chain.
	Verifiers map[chains.ChainID]Verifier
	// Authorizers sign for each destination chain.
	Authorizers map[chains.ChainID]Authorizer
	Policy      Policy
	Accountant  Accountant
	// Batchers sign batch proposals, by destination chain (optional).
	Batchers map[chains.ChainID]Batcher
	// RetryDelay is the first redelivery delay when the event is not yet
	// visible or final on this operator's node; it doubles per delivery up
	// to MaxRetryDelay. Defaults 500ms and 30s.
	RetryDelay    time.Duration
	MaxRetryDelay time.Duration
	// Signed is the durable signed set (optional: nil keeps it in memory
	// only, for tests; relayd always sets it). Its entries are loaded by
	// NewSigner; each new one is fsynced before its share is published.
	Signed *SignedStore
}

// Option configures the roles of this package.
type Option func(*roleOpts)

type roleOpts struct {
	log     zerolog.Logger
	metrics *Metrics
	now     func() time.Time
	pauser  ChainPauser // Watch: fed the bridge's final Paused/Unpaused events
}

// WithPauser makes Watch report the final Paused and Unpaused events of
// this operator's own watcher to p (ChainPauser).
func WithPauser(p ChainPauser) Option { return func(o *roleOpts) { o.pauser = p } }

// WithLogger sets the logger; each role adds its "component" field.
func WithLogger(l zerolog.Logger) Option { return func(o *roleOpts) { o.log = l } }

// WithMetrics sets the shared metrics.
func WithMetrics(m *Metrics) Option { return func(o *roleOpts) { o.metrics = m } }

// WithClock replaces time.Now (tests).
func WithClock(now func() time.Time) Option { return func(o *roleOpts) { o.now = now } }

func applyOpts(component string, opts []Option) roleOpts {
	o := roleOpts{log: zerolog.Nop(), now: time.Now}
	for _, f := range opts {
		f(&o)
	}
	o.log = o.log.With().Str("component", component).Logger()
	o.metrics = mustMetrics(o.metrics)
	return o
}

// Signer is the signer role: for each final Locked/Burned event on the
// bus it re-reads the event from this operator's own node, checks it
// against policy and the supply invariant, signs the authorization and
// publishes the share. It trusts nothing on the bus but the reference.
type Signer struct {
	cfg SignerConfig
	pub Publisher
	roleOpts

	mu       sync.Mutex
	signed   map[chains.TransferID]signedEntry
	working  map[chains.TransferID]bool // being handled by another worker
	changed  chan struct{}              // closed (and replaced) whenever signed or working changes
	prunedAt time.Time                  // last prune of the durable signed set
	pruning  bool
}

type signedEntry struct {
	at   time.Time
	hash [32]byte // Authorization.Hash of what was signed
	// published: this process published the share. An entry loaded from
	// the durable set is not, so a redelivered event is signed again (the
	// same hash) and its share re-published in case it was lost.
	published bool
}

// NewSigner validates cfg and returns the signer.
func NewSigner(cfg SignerConfig, pub Publisher, opts ...Option) (*Signer, error) {
	var probs []string
	if !cfg.Operators.Contains(cfg.Self) {
		probs = append(probs, fmt.Sprintf("self %s is not in the operator set", cfg.Self))
	}
	if cfg.Policy == nil {
		probs = append(probs, "no policy (asset definitions and limits)")
	}
	if cfg.Accountant == nil {
		probs = append(probs, "no accountant (supply invariant)")
	}
	if pub == nil {
		probs = append(probs, "no publisher")
	}
	if len(probs) > 0 {
		return nil, fmt.Errorf("%w: signer: %s", ErrConfig, strings.Join(probs, "; "))
	}
	if cfg.RetryDelay <= 0 {
		cfg.RetryDelay = 500 * time.Millisecond
	}
	if cfg.MaxRetryDelay <= 0 {
		cfg.MaxRetryDelay = 30 * time.Second
	}
	s := &Signer{cfg: cfg, pub: pub, roleOpts: applyOpts("signer", opts), signed: map[chains.TransferID]signedEntry{}, working: map[chains.TransferID]bool{}, changed: make(chan struct{})}
	if err := s.loadSigned(); err != nil {
		return nil, err
	}
	return s, nil
}

// Filters are the event subjects the signer consumes.
func (s *Signer) Filters() []string {
	return []string{"kkh.event.*." + chains.KindLocked.String(), "kkh.event.*." + chains.KindBurned.String()}
}

// Handle is the bus handler for kkh.event.*.{locked,burned}. It returns
// nil when the event is signed or deliberately skipped, a bus.Retry error
// when the event is not (yet) visible or final on this operator's node,
// and a plain error when it refuses the event for good.
func (s *Signer) Handle(ctx context.Context, m bus.Msg) error {
	ev, err := DecodeEvent(m.Payload)
	if err != nil {
		return s.refuse(m, chains.Event{}, "decode", err)
	}
	if want := EventSubject(ev.Ref.Chain, ev.Kind); m.Subject != want {
		return s.refuse(m, ev, "subject", fmt.Errorf("%w: event for %s published on %s", ErrDecode, want, m.Subject))
	}
	chain, kind := fmt.Sprint(ev.Ref.Chain), ev.Kind.String()
	if ev.Kind != chains.KindLocked && ev.Kind != chains.KindBurned {
		return nil
	}
	if ev.Reorged {
		s.metrics.SignerEvents.WithLabelValues(chain, kind, "skipped").Inc()
		s.log.Error().Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String()).Str("from", m.From.Hex()).
			Msg("watcher reports a published event reorged out")
		return nil
	}
	if !ev.Final {
		return nil // observed, not final: the watcher publishes again once final
	}
	return s.signEvent(ctx, m, ev, false)
}

// Reoffer signs an open transfer of this operator's own ledger again and
// publishes its share again, for the reconciliation (Reconciler): the
// transfer's messages may have run out of deliveries while this
// operator's node was unreachable, the coordinators may have lost the
// shares (restarted together), or the shares may name a signer epoch
// the destination retired. It runs every check Handle runs — the source
// re-read from this operator's node, policy, invariant, the signed set
// (the same authorization only, so a re-offer never signs a second one
// for a transfer) — and re-signs under the destination's current epoch.
// A mint whose deadline is less than ReofferExpiryMargin ahead is refused
// (ErrExpired). The result is Handle's: nil (signed and published), a
// bus.Retry error (not signable now) or an error (refused for good).
func (s *Signer) Reoffer(ctx context.Context, o OpenTransfer) error {
	m := bus.Msg{ID: "reconcile." + o.ID.String(), From: s.cfg.Self, Time: s.now(), Delivered: 1}
	return s.signEvent(ctx, m, chains.Event{Kind: o.Kind, Ref: o.Source, TransferID: o.ID, Finality: chains.Finality{Final: true}}, true)
}

// ReofferExpiryMargin is how far ahead a mint's deadline must be for
// Reoffer to sign it again: a coordinator drops it within its
// ExpiryMargin (default 30s) anyway.
const ReofferExpiryMargin = time.Minute

// signEvent verifies, checks and signs a final event and publishes the
// share (Handle, Reoffer): verify on this operator's node, authorize
// (policy and supply invariant), then sign and publish. A re-offer
// (reoffer) is signed and published again even if this process published
// its share before, and has no bus copy to compare with the node's: only
// its kind and transfer id, which come from this operator's own ledger,
// are compared.
func (s *Signer) signEvent(ctx context.Context, m bus.Msg, ev chains.Event, reoffer bool) error {
	chain, kind := fmt.Sprint(ev.Ref.Chain), ev.Kind.String()
	switch s.awaitClaim(ctx, ev.TransferID, reoffer) {
	case claimDone:
		s.metrics.SignerEvents.WithLabelValues(chain, kind, "skipped").Inc()
		return nil
	case claimBusy: // another worker still handles another operator's copy
		return bus.Retry(fmt.Errorf("transfer %s being handled", ev.TransferID), 50*time.Millisecond)
	}
	defer s.release(ev.TransferID)
	got, err := s.verify(ctx, m, ev, reoffer)
	if err != nil {
		return err
	}
	a, err := s.authorize(ctx, m, ev, got, reoffer)
	if errors.Is(err, errSkip) {
		return nil
	}
	if err != nil {
		return err
	}
	signed := false
	if w, ok := s.cfg.Policy.(WindowPolicy); ok {
		// The window is charged once, for a transfer this signer signed;
		// a refusal or a retry frees what Authorization held.
		defer func() {
			if signed {
				w.Charge(a.TransferID)
			} else {
				w.Release(a.TransferID)
			}
		}()
	}
	signed, err = s.signAndPublish(ctx, m, ev, a, reoffer)
	return err
}

// errSkip is authorize's answer for an event deliberately not signed
// (already completed): the message is done, without a refusal.
var errSkip = errors.New("relay: skipped")

// verify re-reads ev on this operator's own node and returns the node's
// copy once it is final and agrees with ev.
func (s *Signer) verify(ctx context.Context, m bus.Msg, ev chains.Event, reoffer bool) (chains.Event, error) {
	v := s.cfg.Verifiers[ev.Ref.Chain]
	if v == nil {
		return chains.Event{}, s.refuse(m, ev, "no_verifier", fmt.Errorf("%w %d", ErrNoVerifier, ev.Ref.Chain))
	}
	got, err := v.Verify(ctx, ev.Ref)
	if err != nil {
		return chains.Event{}, s.retry(m, ev, "unverified", err)
	}
	if got.Reorged {
		return chains.Event{}, s.retry(m, ev, "reorged", fmt.Errorf("%w: %s", ErrReorged, ev.Ref))
	}
	if !got.Final {
		return chains.Event{}, s.retry(m, ev, "not_final", fmt.Errorf("%w: %s has %d confirmations", ErrNotFinal, ev.Ref, got.Confirmations))
	}
	same := SameEvent(ev, got)
	if reoffer {
		same = sameSource(ev, got)
	}
	if same != nil {
		return chains.Event{}, s.refuse(m, ev, "mismatch", same)
	}
	return got, nil
}

// authorize asks the Policy for the authorization of the node's copy got
// and the Accountant whether executing it keeps the supply invariant. A
// WindowPolicy's hold is released here when it returns an error; on
// success the caller charges or releases it.
func (s *Signer) authorize(ctx context.Context, m bus.Msg, ev, got chains.Event, reoffer bool) (a Authorization, err error) {
	a, err = s.cfg.Policy.Authorization(ctx, got)
	switch {
	case errors.Is(err, ErrPaused):
		return a, s.retry(m, ev, "paused", err)
	case errors.Is(err, ErrRateLimited):
		return a, s.retry(m, ev, "rate_limited", err)
	case err != nil:
		return a, s.refuse(m, ev, "policy", err)
	}
	if w, ok := s.cfg.Policy.(WindowPolicy); ok {
		defer func() {
			if err != nil {
				w.Release(a.TransferID)
			}
		}()
	}
	if err := a.Validate(); err != nil {
		return a, s.refuse(m, ev, "policy", err)
	}
	if a.TransferID != got.TransferID || a.Source != got.Ref {
		return a, s.refuse(m, ev, "policy", fmt.Errorf("%w: policy built an authorization for another transfer", ErrConfig))
	}
	if reoffer && a.Expired(s.now(), ReofferExpiryMargin) {
		return a, s.refuse(m, ev, "expired", fmt.Errorf("%w: %s deadline %d", ErrExpired, a.TransferID, a.Deadline))
	}
	return a, s.checkInvariant(ctx, m, ev, a)
}

// checkInvariant asks the Accountant about a, waiting briefly for this
// operator's own watcher to record the source when it lags.
func (s *Signer) checkInvariant(ctx context.Context, m bus.Msg, ev chains.Event, a Authorization) error {
	err := s.cfg.Accountant.Check(ctx, a)
	if errors.Is(err, ErrNotRecorded) {
		// Verified final on this operator's node, but its own watcher
		// (which another operator's watcher beat to the bus) has not
		// recorded it yet: it normally does within milliseconds.
		if w, ok := s.cfg.Accountant.(SourceWaiter); ok && w.AwaitSource(ctx, a.TransferID, ownRecordGrace) {
			err = s.cfg.Accountant.Check(ctx, a)
		}
	}
	switch {
	case errors.Is(err, ErrCompleted):
		// A late copy of a transfer this operator's ledger holds as
		// executed: routine under load, nothing to sign, nothing wrong.
		s.metrics.InvariantChecks.WithLabelValues("completed").Inc()
		s.metrics.Refusals.WithLabelValues("completed").Inc()
		s.metrics.SignerEvents.WithLabelValues(fmt.Sprint(ev.Ref.Chain), ev.Kind.String(), "skipped").Inc()
		s.log.Debug().Err(err).Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String()).
			Str("from", m.From.Hex()).Str("id", m.ID).Msg("not signing: transfer already completed")
		return errSkip
	case errors.Is(err, ErrInvariant):
		s.metrics.InvariantChecks.WithLabelValues("fail").Inc()
		return s.refuse(m, ev, "invariant", err)
	case errors.Is(err, ErrNotRecorded):
		s.metrics.InvariantChecks.WithLabelValues("not_recorded").Inc()
		return s.retry(m, ev, "not_recorded", err)
	case err != nil:
		s.metrics.InvariantChecks.WithLabelValues("error").Inc()
		return s.retry(m, ev, "accountant", err)
	}
	s.metrics.InvariantChecks.WithLabelValues("pass").Inc()
	return nil
}

// signAndPublish signs a with the destination's Authorizer, makes the
// signed-set entry durable and publishes the share; signed reports whether
// the signature was made and recorded (the rate window is then charged).
func (s *Signer) signAndPublish(ctx context.Context, m bus.Msg, ev chains.Event, a Authorization, reoffer bool) (signed bool, err error) {
	auth := s.cfg.Authorizers[a.DstChain]
	if auth == nil {
		return false, s.refuse(m, ev, "no_authorizer", fmt.Errorf("%w %d", ErrNoAuthorizer, a.DstChain))
	}
	if err := s.signedOther(a); err != nil {
		return false, s.refuseSignedOther(m, ev, err)
	}
	sig, err := auth.Sign(ctx, a)
	if err != nil {
		s.metrics.Errors.WithLabelValues("signer").Inc()
		return false, s.retry(m, ev, "sign", err)
	}
	payload, err := EncodeShare(Share{Authorization: a, Signer: s.cfg.Self, Signature: sig, ObservedAt: m.Time})
	if err != nil {
		return false, s.refuse(m, ev, "encode", err)
	}
	// The entry is on disk before the share leaves the process.
	switch err := s.record(ctx, a); {
	case errors.Is(err, ErrSignedOther):
		return false, s.refuseSignedOther(m, ev, err)
	case err != nil:
		s.metrics.Errors.WithLabelValues("signer").Inc()
		return false, s.retry(m, ev, "store", err)
	}
	id := ShareID(a, s.cfg.Self)
	if reoffer {
		id = ReofferShareID(a, s.cfg.Self, s.now())
	}
	if _, err := s.pub.Publish(ctx, ShareSubject(a.DstChain), id, payload); err != nil {
		s.metrics.Errors.WithLabelValues("signer").Inc()
		return true, s.retry(m, ev, "publish", err)
	}
	s.markPublished(a)
	dst := fmt.Sprint(a.DstChain)
	s.metrics.Signatures.WithLabelValues(dst).Inc()
	s.metrics.SignerEvents.WithLabelValues(fmt.Sprint(ev.Ref.Chain), ev.Kind.String(), "signed").Inc()
	if !reoffer {
		s.metrics.SignLatency.WithLabelValues(dst).Observe(s.now().Sub(m.Time).Seconds())
	}
	s.log.Debug().Str("transfer", a.TransferID.String()).Stringer("action", a.Action).Uint64("dst", uint64(a.DstChain)).
		Str("amount", a.Amount.String()).Msg("signed")
	return true, nil
}

type claimResult uint8

const (
	claimed claimResult = iota
	claimDone
	claimBusy
)

// claim marks a transfer as being handled unless it is signed already
// (and not a re-offer, again) or another worker is on it.
func (s *Signer) claim(id chains.TransferID, again bool) claimResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.signed[id]; ok && e.published && !again {
		return claimDone
	}
	if s.working[id] {
		return claimBusy
	}
	s.working[id] = true
	return claimed
}

func (s *Signer) release(id chains.TransferID) {
	s.mu.Lock()
	delete(s.working, id)
	s.notifyLocked()
	s.mu.Unlock()
}

// notifyLocked wakes everyone waiting for signed or working to change. The
// caller holds mu.
func (s *Signer) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// claimGrace is how long a copy of an event waits for another worker that
// handles another operator's copy of it: that worker either signs (this
// copy is then done) or fails (often because this operator's own watcher
// had not recorded the event yet, which this copy, published by that
// watcher, now finds recorded).
const claimGrace = 200 * time.Millisecond

// ownRecordGrace is how long a verified event waits for this operator's
// own watcher to record its source (SourceWaiter) before it is left for a
// redelivery. The copy of the event that watcher publishes finds the
// transfer claimed and waits for this one (claimGrace), so it is not
// verified a second time.
const ownRecordGrace = 300 * time.Millisecond

// awaitClaim is claim, waiting up to claimGrace while another worker holds
// the transfer instead of having the message redelivered later.
func (s *Signer) awaitClaim(ctx context.Context, id chains.TransferID, again bool) claimResult {
	var grace <-chan time.Time
	for {
		s.mu.Lock()
		changed := s.changed
		s.mu.Unlock()
		r := s.claim(id, again)
		if r != claimBusy {
			return r
		}
		if grace == nil {
			t := time.NewTimer(claimGrace)
			defer t.Stop()
			grace = t.C
		}
		select {
		case <-changed:
		case <-grace:
			return claimBusy
		case <-ctx.Done():
			return claimBusy
		}
	}
}

// mark records in memory that a was signed (its entry durable when the
// signer has a store) and wakes proposals waiting for it.
func (s *Signer) mark(a Authorization) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.signed[a.TransferID]
	s.signed[a.TransferID] = signedEntry{at: s.now(), hash: a.Hash(), published: e.published}
	s.notifyLocked()
}

// markPublished records that this process published a's share: further
// copies of the event are skipped.
func (s *Signer) markPublished(a Authorization) {
	s.mu.Lock()
	now := s.now()
	s.signed[a.TransferID] = signedEntry{at: now, hash: a.Hash(), published: true}
	s.notifyLocked()
	if s.cfg.Signed == nil && len(s.signed) > 100_000 {
		// Without a durable set, forget the oldest day; a re-sign is
		// harmless, just wasted.
		for k, e := range s.signed {
			if now.Sub(e.at) > 24*time.Hour && !s.working[k] {
				delete(s.signed, k)
			}
		}
	}
	s.mu.Unlock()
	s.maybePrune(now)
}

// ProposalFilters are the subjects of batch proposals the signer signs.
func (s *Signer) ProposalFilters() []string { return []string{"kkh.proposal.>"} }

// HandleProposal is the bus handler for kkh.proposal.<dst>: it signs a
// proposed batch only if this operator itself signed every item, with
// exactly the same content, and the chain's Batcher accepts it. A batch
// of no items is signed only for a chain whose Batcher has Rounds, whose
// SignBatch checks it alone.
func (s *Signer) HandleProposal(ctx context.Context, m bus.Msg) error {
	p, err := DecodeProposal(m.Payload)
	if err != nil {
		s.metrics.Refusals.WithLabelValues("proposal").Inc()
		return err
	}
	switch {
	case p.Leader != m.From:
		err = fmt.Errorf("%w: proposal of %s relayed by %s", ErrBadShare, p.Leader, m.From)
	case m.Subject != ProposalSubject(p.Batch.Chain):
		err = fmt.Errorf("%w: proposal for chain %d on %s", ErrDecode, p.Batch.Chain, m.Subject)
	case s.cfg.Batchers[p.Batch.Chain] == nil:
		err = fmt.Errorf("%w %d (batches)", ErrNoAuthorizer, p.Batch.Chain)
	case len(p.Batch.Items) == 0 && !hasRounds(s.cfg.Batchers[p.Batch.Chain]):
		err = fmt.Errorf("%w: a batch of no items for chain %d, which has no rounds", ErrDecode, p.Batch.Chain)
	}
	missing := 0
	if err == nil {
		missing, err = s.awaitOwnShares(ctx, p.Batch)
	}
	if err == nil && missing > 0 {
		// This operator's own signer may simply be behind on those events:
		// look again shortly (bounded by the consumer's MaxDeliver).
		s.metrics.Refusals.WithLabelValues("proposal_pending").Inc()
		return bus.Retry(fmt.Errorf("%w: %d of %d items not (yet) signed here", ErrNotSigned, missing, len(p.Batch.Items)), s.cfg.RetryDelay/2)
	}
	if err != nil {
		s.metrics.Refusals.WithLabelValues("proposal").Inc()
		s.log.Warn().Err(err).Str("from", m.From.Hex()).Int("items", len(p.Batch.Items)).Msg("refused to sign batch")
		return err
	}
	b := s.cfg.Batchers[p.Batch.Chain]
	sig, err := b.SignBatch(ctx, p.Batch)
	if err != nil {
		s.metrics.Refusals.WithLabelValues("proposal").Inc()
		s.log.Warn().Err(err).Str("from", m.From.Hex()).Int("items", len(p.Batch.Items)).Msg("batcher refused batch")
		return err
	}
	h := p.Batch.Hash()
	payload, _ := json.Marshal(BatchShare{Chain: p.Batch.Chain, BatchHash: h, Signer: s.cfg.Self, Signature: sig})
	if _, err := s.pub.Publish(ctx, BatchShareSubject(p.Batch.Chain), BatchShareID(m.ID, s.cfg.Self), payload); err != nil {
		s.metrics.Errors.WithLabelValues("signer").Inc()
		return bus.Retry(err, s.cfg.RetryDelay)
	}
	s.metrics.Signatures.WithLabelValues(fmt.Sprint(p.Batch.Chain)).Inc()
	return nil
}

func hasRounds(b Batcher) bool { _, ok := b.(Rounds); return ok }

// proposalGrace is how long a proposal waits for items this signer is
// signing at that very moment (its share published, not yet recorded).
const proposalGrace = 200 * time.Millisecond

// awaitOwnShares checks that this signer signed every item of b with the
// same content. Items it has not signed are counted as missing, except
// that while every missing item is being signed by one of its workers
// right now it waits for them (up to proposalGrace) instead of having
// the proposal redelivered later: the leader can only propose once t
// shares arrived, which may be just before this signer records its own.
func (s *Signer) awaitOwnShares(ctx context.Context, b Batch) (missing int, err error) {
	var grace <-chan time.Time
	for {
		busy := true
		s.mu.Lock()
		missing = 0
		for _, it := range b.Items {
			e, ok := s.signed[it.TransferID]
			if !ok {
				missing++
				busy = busy && s.working[it.TransferID]
				continue
			}
			if e.hash != it.Hash() {
				s.mu.Unlock()
				return 0, fmt.Errorf("%w: %s with other content", ErrNotSigned, it.TransferID)
			}
		}
		changed := s.changed
		s.mu.Unlock()
		if missing == 0 || !busy {
			return missing, nil
		}
		if grace == nil {
			t := time.NewTimer(proposalGrace)
			defer t.Stop()
			grace = t.C
		}
		select {
		case <-changed:
		case <-grace:
			return missing, nil
		case <-ctx.Done():
			return missing, nil
		}
	}
}

func (s *Signer) refuse(m bus.Msg, ev chains.Event, reason string, err error) error {
	s.metrics.Refusals.WithLabelValues(reason).Inc()
	s.metrics.SignerEvents.WithLabelValues(fmt.Sprint(ev.Ref.Chain), ev.Kind.String(), "refused").Inc()
	lvl := s.log.Warn()
	if reason == "mismatch" || reason == "invariant" {
		lvl = s.log.Error() // someone published an event the chain does not back, or the books would not balance
	}
	lvl.Err(err).Str("reason", reason).Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String()).
		Str("from", m.From.Hex()).Str("id", m.ID).Msg("refused to sign")
	return fmt.Errorf("signer refused %s: %w", m.ID, err)
}

func (s *Signer) retry(m bus.Msg, ev chains.Event, reason string, err error) error {
	s.metrics.Refusals.WithLabelValues(reason).Inc()
	s.metrics.SignerEvents.WithLabelValues(fmt.Sprint(ev.Ref.Chain), ev.Kind.String(), "retry").Inc()
	d := s.cfg.RetryDelay
	for i := uint64(1); i < m.Delivered && d < s.cfg.MaxRetryDelay; i++ {
		d *= 2
	}
	d = min(d, s.cfg.MaxRetryDelay)
	s.log.Info().Err(err).Str("reason", reason).Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String()).
		Uint64("delivered", m.Delivered).Dur("retry_in", d).Msg("not signing yet")
	return bus.Retry(err, d)
}

// sameSource compares what a re-offer knows from the ledger — kind and
// transfer id at the reference — with the node's event.
func sameSource(ledger, chain chains.Event) error {
	var diff []string
	if ledger.Kind != chain.Kind {
		diff = append(diff, fmt.Sprintf("kind %s≠%s", ledger.Kind, chain.Kind))
	}
	if ledger.TransferID != chain.TransferID {
		diff = append(diff, "transferId")
	}
	if len(diff) > 0 {
		return fmt.Errorf("%w: ledger's %s: %s", ErrMismatch, ledger.Ref, strings.Join(diff, ", "))
	}
	return nil
}

// SameEvent returns an error wrapping ErrMismatch naming every field in
// which the bus copy of an event differs from the verifier's copy. Block
// number and hash are not compared (a reorg may move a transaction to
// another block; what matters is that it is final on this node now), nor
// is finality, which the verifier decides.
func SameEvent(bus, chain chains.Event) error {
	var diff []string
	if bus.Kind != chain.Kind {
		diff = append(diff, fmt.Sprintf("kind %s≠%s", bus.Kind, chain.Kind))
	}
	if bus.Ref != chain.Ref {
		diff = append(diff, fmt.Sprintf("ref %s≠%s", bus.Ref, chain.Ref))
	}
	if bus.TransferID != chain.TransferID {
		diff = append(diff, "transferId")
	}
	if bus.AssetID != chain.AssetID {
		diff = append(diff, "assetId")
	}
	if (bus.Amount == nil) != (chain.Amount == nil) || bus.Amount != nil && bus.Amount.Cmp(chain.Amount) != 0 {
		diff = append(diff, fmt.Sprintf("amount %v≠%v", bus.Amount, chain.Amount))
	}
	if !bytes.Equal(bus.Sender, chain.Sender) {
		diff = append(diff, "sender")
	}
	if bus.DstChain != chain.DstChain {
		diff = append(diff, fmt.Sprintf("dstChain %d≠%d", bus.DstChain, chain.DstChain))
	}
	if !bytes.Equal(bus.Recipient, chain.Recipient) {
		diff = append(diff, "recipient")
	}
	if bus.Nonce != chain.Nonce {
		diff = append(diff, "nonce")
	}
	if len(diff) > 0 {
		return fmt.Errorf("%w: %s", ErrMismatch, strings.Join(diff, ", "))
	}
	return nil
}
