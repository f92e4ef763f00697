package relay

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// openList is an OpenLister over a fixed set (the ledger in production).
type openList struct {
	mu   sync.Mutex
	open map[chains.TransferID]OpenTransfer
}

func (l *openList) OpenTransfers(olderThan time.Time) []OpenTransfer {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []OpenTransfer
	for _, o := range l.open {
		if o.Since.Before(olderThan) {
			out = append(out, o)
		}
	}
	return out
}

func (l *openList) remove(id chains.TransferID) {
	l.mu.Lock()
	delete(l.open, id)
	l.mu.Unlock()
}

func openOf(ev chains.Event, since time.Time) OpenTransfer {
	return OpenTransfer{ID: ev.TransferID, Kind: ev.Kind, Source: ev.Ref, Since: since}
}

type reconcileScene struct {
	keys   []opKey
	ops    OperatorSet
	node   *fakeChain
	pub    *recorder
	signer *Signer
	open   *openList
	rec    *Reconciler
	now    time.Time
	m      *Metrics
}

func newReconcileScene(t *testing.T) *reconcileScene {
	t.Helper()
	s := &reconcileScene{keys: newOpKeys(3), node: newFakeChain(), pub: &recorder{}, open: &openList{open: map[chains.TransferID]OpenTransfer{}},
		now: time.Unix(1_800_000_000, 0)}
	s.ops, _ = NewOperatorSet([]common.Address{s.keys[0].addr, s.keys[1].addr, s.keys[2].addr}, 2)
	auth, _ := NewECDSAAuthorizer(s.keys[0], HashDigest)
	s.m, _ = NewMetrics(nil)
	clock := WithClock(func() time.Time { return s.now })
	var err error
	s.signer, err = NewSigner(SignerConfig{Self: s.keys[0].addr, Operators: s.ops,
		Verifiers: map[chains.ChainID]Verifier{chainA: s.node}, Authorizers: map[chains.ChainID]Authorizer{chainB: auth},
		Policy: assets(), Accountant: &fakeAccountant{refuse: map[chains.TransferID]bool{}}}, s.pub, WithMetrics(s.m), clock)
	if err != nil {
		t.Fatal(err)
	}
	s.rec, err = NewReconciler(ReconcilerConfig{Open: s.open, Signer: s.signer, Interval: time.Second, After: 10 * time.Second, MaxBackoff: time.Minute},
		WithMetrics(s.m), clock)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A transfer this signer signed long ago, still open in its ledger (the
// coordinators lost its shares), is signed again — the same authorization
// — and its share published under a new id; one the signer never saw (its
// event ran out of deliveries) is signed for the first time. Younger ones
// are left to the bus; re-offers back off; executed ones are forgotten.
func TestReconcilerReoffersOpenTransfers(t *testing.T) {
	s := newReconcileScene(t)
	ctx := context.Background()
	signedBefore, neverSigned, young := lockEvent(1), lockEvent(2), lockEvent(3)
	for _, ev := range []chains.Event{signedBefore, neverSigned, young} {
		s.node.put(ev)
	}
	if err := s.signer.Handle(ctx, eventMsg(t, signedBefore, s.keys[1].addr)); err != nil {
		t.Fatal(err)
	}
	first := s.pub.all()
	if len(first) != 1 {
		t.Fatalf("first signature: %d shares", len(first))
	}
	s.open.open[signedBefore.TransferID] = openOf(signedBefore, s.now)
	s.open.open[neverSigned.TransferID] = openOf(neverSigned, s.now)
	s.open.open[young.TransferID] = openOf(young, s.now.Add(5*time.Second))

	s.now = s.now.Add(11 * time.Second)
	if got := s.rec.Pass(ctx); got != (PassResult{Open: 2, Signed: 2}) {
		t.Fatalf("pass = %+v, want 2 open, 2 signed (the young one left to the bus)", got)
	}
	shares := s.pub.all()[1:]
	if len(shares) != 2 {
		t.Fatalf("re-offer published %d shares, want 2", len(shares))
	}
	byID := map[chains.TransferID]string{}
	for _, m := range shares {
		sh, err := DecodeShare(m.Payload)
		if err != nil {
			t.Fatal(err)
		}
		byID[sh.Authorization.TransferID] = m.ID
		if !strings.HasPrefix(m.ID, ShareID(sh.Authorization, s.keys[0].addr)+".r") {
			t.Fatalf("re-offer id %q: want ShareID.r<ns>, so that the bus's duplicate window does not drop it", m.ID)
		}
	}
	if byID[signedBefore.TransferID] == first[0].ID || byID[signedBefore.TransferID] == "" || byID[neverSigned.TransferID] == "" {
		t.Fatalf("re-offered ids %v, first share id %s", byID, first[0].ID)
	}
	if n := counterValue(s.m.Reoffers.WithLabelValues(fmt.Sprint(chainA), "signed")); n != 2 {
		t.Fatalf("reoffers{signed} = %v, want 2", n)
	}
	if g := gaugeValue(s.m.OpenTransfers.WithLabelValues(fmt.Sprint(chainA))); g != 2 {
		t.Fatalf("reconcile_open = %v, want 2", g)
	}

	// Backoff: the next re-offer of the same transfer waits After × 2.
	s.now = s.now.Add(5 * time.Second)
	if got := s.rec.Pass(ctx); got.Signed != 1 || got.Open != 3 {
		t.Fatalf("pass 5s later = %+v, want only the young one signed", got)
	}
	s.now = s.now.Add(16 * time.Second)
	if got := s.rec.Pass(ctx); got.Signed != 2 {
		t.Fatalf("pass after the backoff = %+v, want the first two again", got)
	}

	// Executed (gone from the ledger's open list): forgotten, gauge down.
	for id := range s.open.open {
		s.open.remove(id)
	}
	if got := s.rec.Pass(ctx); got != (PassResult{}) || len(s.rec.state) != 0 {
		t.Fatalf("pass after execution = %+v, state %d", got, len(s.rec.state))
	}
	if g := gaugeValue(s.m.OpenTransfers.WithLabelValues(fmt.Sprint(chainA))); g != 0 {
		t.Fatalf("reconcile_open = %v after execution, want 0", g)
	}
}

// A re-offer runs every check of the signer: a node that does not know the
// event is retried at Interval (doubling), a ledger entry the node
// contradicts is refused, an expired mint is refused, and a re-offer
// never signs another authorization than the one signed before.
func TestReconcilerReofferChecks(t *testing.T) {
	ctx := context.Background()
	t.Run("node unreachable: retried, then signed once it answers", func(t *testing.T) {
		s := newReconcileScene(t)
		ev := lockEvent(1)
		s.open.open[ev.TransferID] = openOf(ev, s.now)
		s.now = s.now.Add(time.Minute)
		if got := s.rec.Pass(ctx); got.Retry != 1 {
			t.Fatalf("pass = %+v, want a retry (ErrNotFound)", got)
		}
		s.node.put(ev)
		if got := s.rec.Pass(ctx); got.Signed != 0 {
			t.Fatalf("pass at once = %+v: the retry waits Interval", got)
		}
		s.now = s.now.Add(time.Second)
		if got := s.rec.Pass(ctx); got.Signed != 1 {
			t.Fatalf("pass after Interval = %+v, want signed", got)
		}
	})
	t.Run("ledger and node disagree: refused", func(t *testing.T) {
		s := newReconcileScene(t)
		ev := lockEvent(1)
		s.node.put(ev)
		o := openOf(ev, s.now)
		o.ID[0] ^= 1
		s.open.open[o.ID] = o
		s.now = s.now.Add(time.Minute)
		if got := s.rec.Pass(ctx); got.Refused != 1 || len(s.pub.all()) != 0 {
			t.Fatalf("pass = %+v, shares %d: want refused, nothing published", got, len(s.pub.all()))
		}
		if err := s.signer.Reoffer(ctx, o); !errors.Is(err, ErrMismatch) {
			t.Fatalf("Reoffer = %v, want ErrMismatch", err)
		}
	})
	t.Run("deadline passed: refused", func(t *testing.T) {
		s := newReconcileScene(t)
		ev := lockEvent(1)
		ev.Deadline = uint64(s.now.Add(30 * time.Second).Unix())
		s.node.put(ev)
		if err := s.signer.Reoffer(ctx, openOf(ev, s.now)); !errors.Is(err, ErrExpired) {
			t.Fatalf("Reoffer = %v, want ErrExpired", err)
		}
	})
	t.Run("another authorization signed before: refused", func(t *testing.T) {
		s := newReconcileScene(t)
		ev := lockEvent(1)
		s.node.put(ev)
		if err := s.signer.Handle(ctx, eventMsg(t, ev, s.keys[1].addr)); err != nil {
			t.Fatal(err)
		}
		// The node now reports another amount (it was reorged and the
		// transaction re-mined differently): the signed set refuses.
		other := ev
		other.Amount = other.Amount.Add(other.Amount, other.Amount)
		s.node.put(other)
		if err := s.signer.Reoffer(ctx, openOf(ev, s.now)); !errors.Is(err, ErrSignedOther) {
			t.Fatalf("Reoffer = %v, want ErrSignedOther", err)
		}
		if len(s.pub.all()) != 1 {
			t.Fatalf("%d shares published, want only the first", len(s.pub.all()))
		}
	})
}

// epochs models a destination's signer-set epoch: signatures are
// epoch ‖ ECDSA(keccak(epoch ‖ authorization hash)), and the destination
// accepts only the current epoch's (the EVM bridge's WrongEpoch).
type epochs struct{ cur atomic.Uint64 }

func (e *epochs) digest(epoch uint64, a Authorization) [32]byte {
	h := a.Hash()
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, epoch), h[:])
}

type epochAuthorizer struct {
	e   *epochs
	key opKey
}

func (x epochAuthorizer) Sign(_ context.Context, a Authorization) ([]byte, error) {
	ep := x.e.cur.Load()
	d := x.e.digest(ep, a)
	sig, err := x.key.SignHash(d[:])
	return append(binary.BigEndian.AppendUint64(nil, ep), sig...), err
}

func (x epochAuthorizer) Verify(a Authorization, signer common.Address, sig []byte) error {
	if len(sig) != 8+65 {
		return fmt.Errorf("%w: length", ErrBadShare)
	}
	d := x.e.digest(binary.BigEndian.Uint64(sig[:8]), a)
	pub, err := crypto.SigToPub(d[:], sig[8:])
	if err != nil || crypto.PubkeyToAddress(*pub) != signer {
		return fmt.Errorf("%w: recovers to another signer", ErrBadShare)
	}
	return nil
}

// A rotation between share and submission: the coordinator holds t
// shares of the retired epoch, which the destination refuses; the
// re-offered shares (the same authorization, the new epoch) replace them
// and the transfer executes, once.
func TestCoordinatorTakesReofferedSignatures(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	ep := &epochs{}
	ep.cur.Store(1)
	var mu sync.Mutex
	executed := map[chains.TransferID]int{}
	sub := submitFunc(func(_ context.Context, batch []SignedAuthorization) (SubmitResult, error) {
		mu.Lock()
		defer mu.Unlock()
		var res SubmitResult
		for _, sa := range batch {
			for _, s := range sa.Signatures {
				if got := binary.BigEndian.Uint64(s.Signature[:8]); got != ep.cur.Load() {
					return SubmitResult{}, fmt.Errorf("WrongEpoch(%d, %d)", got, ep.cur.Load())
				}
			}
			executed[sa.TransferID]++
			res.Submitted = append(res.Submitted, sa.TransferID)
		}
		return res, nil
	})
	c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[0].addr, Operators: ops, Authorizer: epochAuthorizer{e: ep},
		Submitter: sub, MaxBatch: 8, MaxWait: 10 * time.Millisecond, RetryBackoff: 10 * time.Millisecond}, &recorder{}, staticLease(true))
	if err != nil {
		t.Fatal(err)
	}
	a := authOf(t, lockEvent(1))
	share := func(k opKey) {
		t.Helper()
		sig, err := epochAuthorizer{e: ep, key: k}.Sign(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := EncodeShare(Share{Authorization: a, Signer: k.addr, Signature: sig, ObservedAt: time.Now()})
		if err := c.HandleShare(context.Background(), busMsg(ShareSubject(chainB), ShareID(a, k.addr), k.addr, p)); err != nil {
			t.Fatal(err)
		}
	}
	share(keys[0])
	share(keys[1])
	ep.cur.Store(2) // rotated before the coordinator ran
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = c.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	n := executed[a.TransferID]
	mu.Unlock()
	if n != 0 {
		t.Fatal("executed with signatures of the retired epoch")
	}
	// The reconciliation re-offers: the same shares again change nothing,
	// signatures of the new epoch replace the old ones.
	share(keys[2])
	share(keys[1])
	waitUntil(t, 5*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return executed[a.TransferID] == 1
	})
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if executed[a.TransferID] != 1 {
		t.Fatalf("executed %d times, want once", executed[a.TransferID])
	}
}

func busMsg(subject, id string, from common.Address, payload []byte) bus.Msg {
	return bus.Msg{Subject: subject, ID: id, From: from, Time: time.Now(), Payload: payload}
}

func waitUntil(t *testing.T, within time.Duration, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(within); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("condition not met within %s", within)
		}
	}
}
