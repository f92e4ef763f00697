package relay

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

// completedAccountant reports every transfer as executed in its ledger.
type completedAccountant struct{}

func (completedAccountant) Check(_ context.Context, a Authorization) error {
	return fmt.Errorf("%w: transfer %s", ErrCompleted, a.TransferID)
}

func gaugeValue(g prometheus.Gauge) float64 {
	var m dto.Metric
	if err := g.Write(&m); err != nil {
		return -1
	}
	return m.GetGauge().GetValue()
}

func eventMsg(t *testing.T, ev chains.Event, from common.Address) bus.Msg {
	t.Helper()
	p, err := EncodeEvent(ev)
	if err != nil {
		t.Fatal(err)
	}
	return bus.Msg{Subject: EventSubject(ev.Ref.Chain, ev.Kind), ID: EventID(ev, from), From: from, Time: time.Now(), Payload: p, Delivered: 1}
}

func TestSigner(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	good := lockEvent(1)
	notFinal := lockEvent(2)
	notFinal.Final, notFinal.Confirmations = false, 1
	reorged := lockEvent(3)
	reorged.Reorged = true
	unknownAsset := lockEvent(4)
	unknownAsset.AssetID = chains.ComputeAssetID(chainA, nil)
	overLimit := lockEvent(5)
	overLimit.Amount = big.NewInt(2_000_000)
	invariant := lockEvent(6)

	type want int
	const (
		signed want = iota
		skipped
		retried
		refused
	)
	for _, tc := range []struct {
		name    string
		onChain *chains.Event // what this operator's node returns (nil: not found)
		onBus   chains.Event  // what was published
		subject string        // override
		mutate  func(*Signer) // extra setup
		want    want
		wantErr error
	}{
		{name: "final lock is signed", onChain: &good, onBus: good, want: signed},
		{name: "bus says not final: ignored", onChain: &good, onBus: notFinal, want: skipped},
		{name: "transaction unknown to my node", onChain: nil, onBus: good, want: retried, wantErr: ErrNotFound},
		{name: "not final on my node", onChain: &notFinal, onBus: func() chains.Event { e := notFinal; e.Final = true; return e }(), want: retried, wantErr: ErrNotFinal},
		{name: "reorged on my node", onChain: &reorged, onBus: func() chains.Event { e := reorged; e.Reorged = false; return e }(), want: retried, wantErr: ErrReorged},
		{name: "amount differs from chain", onChain: &good, onBus: func() chains.Event { e := good; e.Amount = big.NewInt(999999); return e }(), want: refused, wantErr: ErrMismatch},
		{name: "recipient differs from chain", onChain: &good, onBus: func() chains.Event { e := good; e.Recipient = common.HexToAddress("0xBAD").Bytes(); return e }(), want: refused, wantErr: ErrMismatch},
		{name: "destination differs from chain", onChain: &good, onBus: func() chains.Event { e := good; e.DstChain = 31339; return e }(), want: refused, wantErr: ErrMismatch},
		{name: "transfer id differs from chain", onChain: &good, onBus: func() chains.Event { e := good; e.TransferID[0] ^= 1; return e }(), want: refused, wantErr: ErrMismatch},
		{name: "published on another chain's subject", onChain: &good, onBus: good, subject: EventSubject(chainB, chains.KindLocked), want: refused, wantErr: ErrDecode},
		{name: "unknown asset", onChain: &unknownAsset, onBus: unknownAsset, want: refused, wantErr: ErrUnknownAsset},
		{name: "over per-transfer limit", onChain: &overLimit, onBus: overLimit, want: refused, wantErr: ErrLimit},
		{name: "paused asset is retried", onChain: &good, onBus: good, mutate: func(s *Signer) { _ = s.cfg.Policy.(*AssetTable).SetPaused(assetX, true) }, want: retried, wantErr: ErrPaused},
		{name: "supply invariant would break", onChain: &invariant, onBus: invariant, mutate: func(s *Signer) {
			s.cfg.Accountant.(*fakeAccountant).refuse[invariant.TransferID] = true
		}, want: refused, wantErr: ErrInvariant},
		{name: "transfer already completed in my ledger: skipped quietly", onChain: &invariant, onBus: invariant, mutate: func(s *Signer) {
			s.cfg.Accountant = completedAccountant{}
		}, want: skipped},
		{name: "no verifier for source chain", onChain: &good, onBus: good, mutate: func(s *Signer) { delete(s.cfg.Verifiers, chainA) }, want: refused, wantErr: ErrNoVerifier},
		{name: "no authorizer for destination", onChain: &good, onBus: good, mutate: func(s *Signer) { delete(s.cfg.Authorizers, chainB) }, want: refused, wantErr: ErrNoAuthorizer},
		{name: "minted event is not for the signer", onChain: &good, onBus: func() chains.Event { e := good; e.Kind = chains.KindMinted; return e }(), want: skipped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			node := newFakeChain()
			if tc.onChain != nil {
				node.put(*tc.onChain)
			}
			auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
			pub := &recorder{}
			m, _ := NewMetrics(nil)
			s, err := NewSigner(SignerConfig{
				Self: keys[0].addr, Operators: ops,
				Verifiers:   map[chains.ChainID]Verifier{chainA: node},
				Authorizers: map[chains.ChainID]Authorizer{chainB: auth},
				Policy:      assets(), Accountant: &fakeAccountant{refuse: map[chains.TransferID]bool{}},
			}, pub, WithMetrics(m))
			if err != nil {
				t.Fatal(err)
			}
			if tc.mutate != nil {
				tc.mutate(s)
			}
			msg := eventMsg(t, tc.onBus, keys[1].addr)
			if tc.subject != "" {
				msg.Subject = tc.subject
			}
			err = s.Handle(context.Background(), msg)
			var re *bus.RetryError
			switch tc.want {
			case signed, skipped:
				if err != nil {
					t.Fatalf("Handle = %v, want nil", err)
				}
			case retried:
				if !errors.As(err, &re) || !errors.Is(err, tc.wantErr) {
					t.Fatalf("Handle = %v, want retry of %v", err, tc.wantErr)
				}
			case refused:
				if err == nil || errors.As(err, &re) || !errors.Is(err, tc.wantErr) {
					t.Fatalf("Handle = %v, want refusal %v", err, tc.wantErr)
				}
			}
			if _, done := s.cfg.Accountant.(completedAccountant); done {
				if n := counterValue(m.Refusals.WithLabelValues("completed")); n != 1 {
					t.Fatalf("refusals{reason=completed} = %v, want 1", n)
				}
				if n := counterValue(m.Refusals.WithLabelValues("invariant")); n != 0 {
					t.Fatalf("refusals{reason=invariant} = %v, want 0", n)
				}
			}
			shares := pub.all()
			if tc.want != signed {
				if len(shares) != 0 {
					t.Fatalf("published %d shares, want none", len(shares))
				}
				return
			}
			if len(shares) != 1 || shares[0].Subject != ShareSubject(chainB) {
				t.Fatalf("published %+v", shares)
			}
			sh, err := DecodeShare(shares[0].Payload)
			if err != nil {
				t.Fatal(err)
			}
			a := sh.Authorization
			if a.Action != ActionMint || a.TransferID != good.TransferID || a.Amount.Cmp(good.Amount) != 0 || a.DstChain != chainB || sh.Signer != keys[0].addr {
				t.Fatalf("share %+v", sh)
			}
			if err := auth.Verify(a, keys[0].addr, sh.Signature); err != nil {
				t.Fatalf("share signature: %v", err)
			}
			// The same event again (another operator's publication): not signed twice.
			if err := s.Handle(context.Background(), eventMsg(t, tc.onBus, keys[2].addr)); err != nil || len(pub.all()) != 1 {
				t.Fatalf("second publication: err=%v shares=%d", err, len(pub.all()))
			}
		})
	}
}

// The signer builds the authorization from the chain's copy of the event:
// even fields it does not compare (block) come from the verifier.
func TestSignerUsesChainCopy(t *testing.T) {
	keys := newOpKeys(1)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr}, 1)
	ev := lockEvent(9)
	node := newFakeChain()
	node.put(ev)
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	pub := &recorder{}
	s, _ := NewSigner(SignerConfig{Self: keys[0].addr, Operators: ops, Verifiers: map[chains.ChainID]Verifier{chainA: node},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Policy: assets(), Accountant: &fakeAccountant{}}, pub)
	bus := ev
	bus.BlockNum = 1 // stale block number on the bus: fine
	if err := s.Handle(context.Background(), eventMsg(t, bus, keys[0].addr)); err != nil {
		t.Fatal(err)
	}
	if node.calls != 1 || len(pub.all()) != 1 {
		t.Fatalf("verifier calls %d, shares %d", node.calls, len(pub.all()))
	}
}

func TestNewSignerValidates(t *testing.T) {
	keys := newOpKeys(2)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr}, 1)
	_, err := NewSigner(SignerConfig{Self: keys[1].addr, Operators: ops}, &recorder{})
	if !errors.Is(err, ErrConfig) {
		t.Fatalf("err = %v", err)
	}
}

func TestSignerProposals(t *testing.T) {
	keys := newOpKeys(2)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr}, 2)
	node := newFakeChain()
	ev1, ev2 := lockEvent(1), lockEvent(2)
	node.put(ev1)
	node.put(ev2)
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	pub := &recorder{}
	batcher := &fakeBatcher{key: keys[0]}
	s, err := NewSigner(SignerConfig{Self: keys[0].addr, Operators: ops, Verifiers: map[chains.ChainID]Verifier{chainA: node},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Batchers: map[chains.ChainID]Batcher{chainB: batcher},
		Policy: assets(), Accountant: &fakeAccountant{}}, pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Handle(context.Background(), eventMsg(t, ev1, keys[1].addr)); err != nil {
		t.Fatal(err)
	}
	signed := authOf(t, ev1)
	unsigned := authOf(t, ev2)
	altered := signed
	altered.Recipient = common.HexToAddress("0xBAD").Bytes()
	msg := func(items []Authorization, leader, from common.Address, subject string) bus.Msg {
		p, _ := EncodeProposal(Proposal{Batch: Batch{Chain: chainB, Items: items}, Leader: leader})
		if subject == "" {
			subject = ProposalSubject(chainB)
		}
		return bus.Msg{Subject: subject, From: from, Payload: p}
	}
	for _, tc := range []struct {
		name string
		m    bus.Msg
		want error
	}{
		{"item not signed (yet): retried", msg([]Authorization{signed, unsigned}, keys[1].addr, keys[1].addr, ""), ErrNotSigned},
		{"item signed with other content", msg([]Authorization{altered}, keys[1].addr, keys[1].addr, ""), ErrNotSigned},
		{"relayed proposal", msg([]Authorization{signed}, keys[1].addr, keys[0].addr, ""), ErrBadShare},
		{"wrong subject", msg([]Authorization{signed}, keys[1].addr, keys[1].addr, ProposalSubject(31339)), ErrDecode},
		{"duplicate item", msg([]Authorization{signed, signed}, keys[1].addr, keys[1].addr, ""), ErrDecode},
		{"signed items", msg([]Authorization{signed}, keys[1].addr, keys[1].addr, ""), nil},
		{"no items, no data", roundMsg(nil, keys[1].addr), ErrDecode},
		{"a round for a batcher without rounds", roundMsg([]byte("sweep"), keys[1].addr), ErrDecode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(pub.all())
			err := s.HandleProposal(context.Background(), tc.m)
			if tc.want == nil {
				if err != nil || len(pub.all()) != before+1 || pub.all()[before].Subject != BatchShareSubject(chainB) {
					t.Fatalf("err %v, published %d", err, len(pub.all())-before)
				}
				return
			}
			if !errors.Is(err, tc.want) || len(pub.all()) != before {
				t.Fatalf("err = %v, want %v (published %d)", err, tc.want, len(pub.all())-before)
			}
		})
	}
}

// roundMsg is a proposal of a batch of no items for chain B, from leader.
func roundMsg(data []byte, leader common.Address) bus.Msg {
	p, _ := json.Marshal(proposalJSON{Chain: chainB, Data: data, Leader: leader})
	return bus.Msg{Subject: ProposalSubject(chainB), From: leader, Payload: p}
}

// A batch of no items is signed by the chain's Batcher alone when it has
// Rounds: there is no item the signer must have signed.
func TestSignerRounds(t *testing.T) {
	keys := newOpKeys(2)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr}, 2)
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	pub := &recorder{}
	batcher := &roundBatcher{fakeBatcher: &fakeBatcher{key: keys[0]}, schedule: &roundSchedule{}}
	s, err := NewSigner(SignerConfig{Self: keys[0].addr, Operators: ops, Authorizers: map[chains.ChainID]Authorizer{chainB: auth},
		Batchers: map[chains.ChainID]Batcher{chainB: batcher}, Policy: assets(), Accountant: &fakeAccountant{}}, pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.HandleProposal(context.Background(), roundMsg([]byte("sweep"), keys[1].addr)); err != nil || len(pub.all()) != 1 {
		t.Fatalf("HandleProposal = %v, published %d; want the round signed", err, len(pub.all()))
	}
	batcher.setRefuse(true)
	if err := s.HandleProposal(context.Background(), roundMsg([]byte("sweep 2"), keys[1].addr)); err == nil || len(pub.all()) != 1 {
		t.Fatalf("HandleProposal = %v, published %d; want the batcher's refusal", err, len(pub.all()))
	}
}

// A proposal arriving while this signer is signing one of its items (its
// share published, not yet recorded) waits for it instead of being
// redelivered later; one it is not working on is retried at once.
func TestSignerProposalWaitsForOwnShare(t *testing.T) {
	keys := newOpKeys(2)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr}, 2)
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	pub := &recorder{}
	s, err := NewSigner(SignerConfig{Self: keys[0].addr, Operators: ops, Verifiers: map[chains.ChainID]Verifier{chainA: newFakeChain()},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Batchers: map[chains.ChainID]Batcher{chainB: &fakeBatcher{key: keys[0]}},
		Policy: assets(), Accountant: &fakeAccountant{}}, pub)
	if err != nil {
		t.Fatal(err)
	}
	a1, a2 := authOf(t, lockEvent(1)), authOf(t, lockEvent(2))
	msg := func(items ...Authorization) bus.Msg {
		p, _ := EncodeProposal(Proposal{Batch: Batch{Chain: chainB, Items: items}, Leader: keys[1].addr})
		return bus.Msg{Subject: ProposalSubject(chainB), From: keys[1].addr, Payload: p}
	}

	// Not being signed here: retried without waiting.
	start := time.Now()
	if err := s.HandleProposal(context.Background(), msg(a2)); !errors.Is(err, ErrNotSigned) {
		t.Fatalf("err = %v, want ErrNotSigned", err)
	}
	if d := time.Since(start); d > proposalGrace/2 {
		t.Fatalf("waited %s for an item nobody is signing", d)
	}

	// Being signed right now: the proposal waits and is signed.
	if s.claim(a1.TransferID, false) != claimed {
		t.Fatal("claim")
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		s.mark(a1)
		s.release(a1.TransferID)
	}()
	if err := s.HandleProposal(context.Background(), msg(a1)); err != nil {
		t.Fatalf("err = %v, want the batch signed", err)
	}
	if all := pub.all(); len(all) != 1 || all[0].Subject != BatchShareSubject(chainB) {
		t.Fatalf("published %+v", all)
	}
}

// A copy of an event that another worker is handling waits for that
// worker: done if it signed, claimed if it gave up; still busy after
// claimGrace, the copy is redelivered.
func TestSignerAwaitClaim(t *testing.T) {
	keys := newOpKeys(2)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr}, 2)
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	s, err := NewSigner(SignerConfig{Self: keys[0].addr, Operators: ops, Verifiers: map[chains.ChainID]Verifier{chainA: newFakeChain()},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Policy: assets(), Accountant: &fakeAccountant{}}, &recorder{})
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range []struct {
		name  string
		other func(a Authorization) // what the other worker does
		want  claimResult
	}{
		{"other worker signs", func(a Authorization) { s.markPublished(a); s.release(a.TransferID) }, claimDone},
		{"other worker gives up", func(a Authorization) { s.release(a.TransferID) }, claimed},
		{"other worker too slow", nil, claimBusy},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := authOf(t, lockEvent(uint64(100+i)))
			if s.claim(a.TransferID, false) != claimed {
				t.Fatal("first claim")
			}
			if tc.other != nil {
				go func() { time.Sleep(20 * time.Millisecond); tc.other(a) }()
			}
			start := time.Now()
			if got := s.awaitClaim(context.Background(), a.TransferID, false); got != tc.want {
				t.Fatalf("awaitClaim = %d, want %d", got, tc.want)
			}
			if tc.other == nil && time.Since(start) < claimGrace {
				t.Fatalf("gave up after %s, before claimGrace", time.Since(start))
			}
			s.release(a.TransferID)
		})
	}
}

// lateAccountant is an operator's ledger whose own watcher records the
// lock some time after another operator's copy of the event arrived.
type lateAccountant struct {
	recorded chan struct{}
}

func (l *lateAccountant) Check(_ context.Context, a Authorization) error {
	select {
	case <-l.recorded:
		return nil
	default:
		return fmt.Errorf("%w: transfer %s", ErrNotRecorded, a.TransferID)
	}
}

func (l *lateAccountant) AwaitSource(ctx context.Context, _ chains.TransferID, d time.Duration) bool {
	select {
	case <-l.recorded:
		return true
	case <-time.After(d):
		return false
	case <-ctx.Done():
		return false
	}
}

// An event verified on this operator's node whose source its own watcher
// has not recorded yet waits for that record (SourceWaiter) and is signed
// then, verified once; one never recorded is left for a redelivery.
func TestSignerWaitsForOwnRecord(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	for _, tc := range []struct {
		name     string
		recordIn time.Duration // <0: never
		want     bool          // signed
	}{
		{"own watcher records soon after", 30 * time.Millisecond, true},
		{"own watcher never records", -1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			chain := newFakeChain()
			ev := lockEvent(7)
			chain.put(ev)
			acct := &lateAccountant{recorded: make(chan struct{})}
			if tc.recordIn >= 0 {
				time.AfterFunc(tc.recordIn, func() { close(acct.recorded) })
			}
			pub := &recorder{}
			s, err := NewSigner(SignerConfig{Self: keys[0].addr, Operators: ops, Verifiers: map[chains.ChainID]Verifier{chainA: chain},
				Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Policy: assets(), Accountant: acct}, pub)
			if err != nil {
				t.Fatal(err)
			}
			err = s.Handle(context.Background(), eventMsg(t, ev, keys[1].addr)) // another operator's copy
			signed := len(pub.all()) == 1
			if signed != tc.want {
				t.Fatalf("signed = %v (err %v), want %v", signed, err, tc.want)
			}
			if tc.want && (err != nil || chain.calls != 1) {
				t.Fatalf("err = %v, %d verifications; want nil and 1", err, chain.calls)
			}
			var r *bus.RetryError
			if !tc.want && (!errors.As(err, &r) || !errors.Is(err, ErrNotRecorded)) {
				t.Fatalf("err = %v, want a retried ErrNotRecorded", err)
			}
		})
	}
}
