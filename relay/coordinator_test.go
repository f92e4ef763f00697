package relay

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

func authOf(t *testing.T, ev chains.Event) Authorization {
	t.Helper()
	a, err := assets().Authorization(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func shareMsg(t *testing.T, a Authorization, k opKey, from common.Address) bus.Msg {
	t.Helper()
	auth, _ := NewECDSAAuthorizer(k, HashDigest)
	sig, err := auth.Sign(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := EncodeShare(Share{Authorization: a, Signer: k.addr, Signature: sig, ObservedAt: time.Now()})
	return bus.Msg{Subject: ShareSubject(a.DstChain), ID: ShareID(a, k.addr), From: from, Time: time.Now(), Payload: p}
}

type leaseFlag struct{ v atomic.Bool }

func (l *leaseFlag) Held() bool { return l.v.Load() }

func newCoord(t *testing.T, ops OperatorSet, self common.Address, sub Submitter, lead Leadership, maxBatch int, maxWait time.Duration) (*Coordinator, *recorder) {
	t.Helper()
	pub := &recorder{}
	verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
	c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: self, Operators: ops, Authorizer: verifier, Submitter: sub,
		MaxBatch: maxBatch, MaxWait: maxWait, RetryBackoff: 20 * time.Millisecond}, pub, lead)
	if err != nil {
		t.Fatal(err)
	}
	return c, pub
}

func TestCoordinatorShareChecks(t *testing.T) {
	keys := newOpKeys(4) // keys[3] is not an operator
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest := newFakeDest(ops)
	c, _ := newCoord(t, ops, keys[0].addr, dest.submitter(nil), staticLease(false), 10, time.Hour)
	a := authOf(t, lockEvent(1))
	other := a
	other.Amount = new(big.Int).Mul(a.Amount, big.NewInt(2))

	tamper := shareMsg(t, a, keys[1], keys[1].addr)
	sh, _ := DecodeShare(tamper.Payload)
	sh.Authorization.Amount = other.Amount // signature no longer matches
	tamper.Payload, _ = EncodeShare(sh)

	wrongChain := a
	wrongChain.DstChain = 31339

	for _, tc := range []struct {
		name string
		msg  bus.Msg
		want error
	}{
		{"from a non-operator", shareMsg(t, a, keys[3], keys[3].addr), ErrNotOperator},
		{"relayed by another operator", shareMsg(t, a, keys[1], keys[2].addr), ErrBadShare},
		{"signature over other content", tamper, ErrBadShare},
		{"for another chain", shareMsg(t, wrongChain, keys[1], keys[1].addr), ErrBadShare},
		{"garbage", bus.Msg{From: keys[1].addr, Payload: []byte("{")}, ErrDecode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := c.HandleShare(context.Background(), tc.msg); !errors.Is(err, tc.want) {
				t.Fatalf("HandleShare = %v, want %v", err, tc.want)
			}
		})
	}
	if p := c.Pending(); len(p) != 0 {
		t.Fatalf("invalid shares created state: %v", p)
	}
	// Two shares over different content never make a quorum together.
	if err := c.HandleShare(context.Background(), shareMsg(t, a, keys[0], keys[0].addr)); err != nil {
		t.Fatal(err)
	}
	if err := c.HandleShare(context.Background(), shareMsg(t, other, keys[1], keys[1].addr)); err != nil {
		t.Fatal(err)
	}
	// A duplicate share of the same signer does not count twice.
	if err := c.HandleShare(context.Background(), shareMsg(t, a, keys[0], keys[0].addr)); err != nil {
		t.Fatal(err)
	}
	if p := c.Pending(); p["collecting"] != 1 || p["ready"] != 0 {
		t.Fatalf("pending %v, want 1 collecting", p)
	}
	if err := c.HandleShare(context.Background(), shareMsg(t, a, keys[2], keys[2].addr)); err != nil {
		t.Fatal(err)
	}
	if p := c.Pending(); p["ready"] != 1 {
		t.Fatalf("pending %v, want 1 ready", p)
	}
}

func TestCoordinatorBatching(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	for _, tc := range []struct {
		name      string
		n         int
		maxBatch  int
		maxWait   time.Duration
		wantCalls int
		within    time.Duration
	}{
		{"full batches leave at once", 10, 5, time.Hour, 2, 2 * time.Second},
		{"a partial batch leaves after max wait", 3, 64, 400 * time.Millisecond, 1, 3 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dest := newFakeDest(ops)
			var batches []int
			sub := dest.submitter(func(b []SignedAuthorization) { batches = append(batches, len(b)) })
			c, pub := newCoord(t, ops, keys[0].addr, sub, staticLease(true), tc.maxBatch, tc.maxWait)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan struct{})
			go func() { _ = c.Run(ctx); close(done) }()
			var msgs []bus.Msg // signed up front, so feeding them is quick
			for i := 0; i < tc.n; i++ {
				a := authOf(t, lockEvent(uint64(i)))
				for _, k := range keys[:2] {
					msgs = append(msgs, shareMsg(t, a, k, k.addr))
				}
			}
			for _, m := range msgs {
				if err := c.HandleShare(ctx, m); err != nil {
					t.Fatal(err)
				}
			}
			deadline := time.Now().Add(tc.within)
			for dest.total() < tc.n && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			cancel()
			<-done
			if dest.total() != tc.n || dest.callCount() != tc.wantCalls {
				t.Fatalf("executed %d in %d calls (%v), want %d in %d", dest.total(), dest.callCount(), batches, tc.n, tc.wantCalls)
			}
			if subs := pub.all(); len(subs) != tc.wantCalls || subs[0].Subject != SubmissionSubject(chainB) {
				t.Fatalf("submission records %+v", subs)
			}
		})
	}
}

func TestCoordinatorLeadershipAndRetry(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest := newFakeDest(ops)
	var fail atomic.Int32
	fail.Store(2)
	inner := dest.submitter(nil)
	sub := submitFunc(func(ctx context.Context, b []SignedAuthorization) (SubmitResult, error) {
		if fail.Add(-1) >= 0 {
			return SubmitResult{}, errors.New("rpc: connection refused")
		}
		return inner.Submit(ctx, b)
	})
	lead := &leaseFlag{}
	c, _ := newCoord(t, ops, keys[0].addr, sub, lead, 8, 10*time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = c.Run(ctx) }()
	a := authOf(t, lockEvent(7))
	for _, k := range keys {
		if err := c.HandleShare(ctx, shareMsg(t, a, k, k.addr)); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(300 * time.Millisecond)
	if dest.callCount() != 0 {
		t.Fatal("submitted without the lease")
	}
	lead.v.Store(true)
	deadline := time.Now().Add(3 * time.Second)
	for dest.count(a.TransferID) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if dest.count(a.TransferID) != 1 || fail.Load() >= 0 {
		t.Fatalf("executed %d times after %d failures left", dest.count(a.TransferID), fail.Load())
	}
	if p := c.Pending(); p["submitted"] != 1 {
		t.Fatalf("pending %v", p)
	}
	// The executed event on the destination closes it.
	ev := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chainB, TxHash: [32]byte{1}}, TransferID: a.TransferID}
	p, _ := EncodeEvent(ev)
	// Reported by another operator: only a hint (it could lie).
	_ = c.HandleExecuted(ctx, bus.Msg{Payload: p, From: keys[1].addr})
	if p := c.Pending(); p["submitted"] != 1 {
		t.Fatalf("pending after another operator's report %v", p)
	}
	// Seen by this operator's own watcher: done.
	_ = c.HandleExecuted(ctx, bus.Msg{Payload: p, From: keys[0].addr})
	if p := c.Pending(); len(p) != 0 {
		t.Fatalf("pending after execution %v", p)
	}
	// A late share for a finished transfer is ignored.
	if err := c.HandleShare(ctx, shareMsg(t, a, keys[2], keys[2].addr)); err != nil || len(c.Pending()) != 0 {
		t.Fatalf("late share: %v %v", err, c.Pending())
	}
}

// Another leader's submission record takes transfers off this
// coordinator's queue; only this operator's own word finishes them.
func TestCoordinatorFollowsOtherLeader(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest := newFakeDest(ops)
	c, _ := newCoord(t, ops, keys[0].addr, dest.submitter(nil), staticLease(false), 8, time.Millisecond)
	a1, a2 := authOf(t, lockEvent(1)), authOf(t, lockEvent(2))
	for _, a := range []Authorization{a1, a2} {
		for _, k := range keys[:2] {
			_ = c.HandleShare(context.Background(), shareMsg(t, a, k, k.addr))
		}
	}
	sub := Submission{Chain: chainB, TxID: "0xabc", Leader: keys[1].addr, Submitted: []chains.TransferID{a1.TransferID}, AlreadyProcessed: []chains.TransferID{a2.TransferID}}
	p, _ := jsonMarshal(sub)
	if err := c.HandleSubmission(context.Background(), bus.Msg{Payload: p, From: keys[1].addr}); err != nil {
		t.Fatal(err)
	}
	// Both leave the queue, but another operator's word finishes nothing:
	// they are submitted again if no execution is seen.
	if p := c.Pending(); p["submitted"] != 2 || p["ready"] != 0 || len(p) != 1 {
		t.Fatalf("pending %v", p)
	}
	// The same record from this operator finishes the already-processed one.
	if err := c.HandleSubmission(context.Background(), bus.Msg{Payload: p, From: keys[0].addr}); err != nil {
		t.Fatal(err)
	}
	if p := c.Pending(); p["submitted"] != 1 || len(p) != 1 {
		t.Fatalf("pending %v", p)
	}
}
