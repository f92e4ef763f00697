package relay

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
	dto "github.com/prometheus/client_model/go"
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
			var (
				mu      sync.Mutex
				batches []int
			)
			sub := dest.submitter(func(b []SignedAuthorization) { mu.Lock(); batches = append(batches, len(b)); mu.Unlock() })
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
			mu.Lock()
			defer mu.Unlock()
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
	c.setPendingGauge()
	if v := gaugeValue(c.metrics.PendingTransfers.WithLabelValues(fmt.Sprint(chainB), "submitted")); v != 1 {
		t.Fatalf("coordinator_pending{state=submitted} = %v, want 1", v)
	}
	if v := gaugeValue(c.metrics.OldestPending.WithLabelValues(fmt.Sprint(chainB))); v < 0.3 { // shares arrived before the 300 ms without the lease
		t.Fatalf("coordinator_oldest_pending_seconds = %v with a transfer held for 300 ms", v)
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
	// The gauge follows: the state the transfer left reads 0 (issue 20:
	// it kept its last count after every transfer executed).
	c.setPendingGauge()
	if v := gaugeValue(c.metrics.PendingTransfers.WithLabelValues(fmt.Sprint(chainB), "submitted")); v != 0 {
		t.Fatalf("coordinator_pending{state=submitted} = %v after execution, want 0", v)
	}
	if v := gaugeValue(c.metrics.OldestPending.WithLabelValues(fmt.Sprint(chainB))); v != 0 {
		t.Fatalf("coordinator_oldest_pending_seconds = %v after execution, want 0", v)
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

// feedQuorum hands c shares of keys[0] and keys[1] for lock events from..to.
func feedQuorum(t *testing.T, c *Coordinator, keys []opKey, from, to uint64) {
	t.Helper()
	var msgs []bus.Msg // signed up front, so feeding them is quick
	for i := from; i <= to; i++ {
		a := authOf(t, lockEvent(i))
		for _, k := range keys[:2] {
			msgs = append(msgs, shareMsg(t, a, k, k.addr))
		}
	}
	for _, m := range msgs {
		if err := c.HandleShare(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
}

// A burst of transfers that reached quorum together leaves as one batch
// once no more arrive for MaxIdle, long before MaxWait.
func TestCoordinatorMaxIdle(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest := newFakeDest(ops)
	verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
	c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[0].addr, Operators: ops, Authorizer: verifier,
		Submitter: dest.submitter(nil), MaxBatch: 64, MaxWait: time.Hour, MaxIdle: 50 * time.Millisecond}, &recorder{}, staticLease(true))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() { _ = c.Run(ctx); close(done) }()
	feedQuorum(t, c, keys, 1, 5)
	deadline := time.Now().Add(3 * time.Second)
	for dest.total() < 5 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if dest.total() != 5 || dest.callCount() != 1 {
		t.Fatalf("executed %d in %d calls, want 5 in 1", dest.total(), dest.callCount())
	}
}

// Submissions run concurrently up to MaxInflight: the next batch does not
// wait for the previous one's Submit (its receipt) to return, and no
// transfer is in two submissions at once.
func TestCoordinatorPipelinesSubmissions(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	for _, tc := range []struct {
		name        string
		maxInflight int
		wantRunning int // submissions running at once before any returns
	}{
		{"two batches in flight", 4, 2},
		{"one at a time", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dest := newFakeDest(ops)
			inner := dest.submitter(nil)
			gate := make(chan struct{})
			var running, peak atomic.Int32
			var mu sync.Mutex
			inFlight := map[chains.TransferID]bool{}
			sub := submitFunc(func(ctx context.Context, b []SignedAuthorization) (SubmitResult, error) {
				mu.Lock()
				for _, sa := range b {
					if inFlight[sa.TransferID] {
						mu.Unlock()
						t.Errorf("transfer %s in two submissions at once", sa.TransferID)
						return SubmitResult{}, errors.New("double")
					}
					inFlight[sa.TransferID] = true
				}
				mu.Unlock()
				n := running.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				<-gate // the receipt
				running.Add(-1)
				mu.Lock()
				for _, sa := range b {
					delete(inFlight, sa.TransferID)
				}
				mu.Unlock()
				return inner.Submit(ctx, b)
			})
			verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
			c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[0].addr, Operators: ops, Authorizer: verifier,
				Submitter: sub, MaxBatch: 2, MaxWait: time.Hour, MaxInflight: tc.maxInflight}, &recorder{}, staticLease(true))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan struct{})
			go func() { _ = c.Run(ctx); close(done) }()
			feedQuorum(t, c, keys, 1, 4) // two full batches
			deadline := time.Now().Add(2 * time.Second)
			for peak.Load() < int32(tc.wantRunning) && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(100 * time.Millisecond) // a third, wrong, call would show here
			if got := peak.Load(); got != int32(tc.wantRunning) {
				t.Fatalf("%d submissions ran at once, want %d", got, tc.wantRunning)
			}
			close(gate)
			deadline = time.Now().Add(3 * time.Second)
			for dest.total() < 4 && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			cancel()
			<-done // Run returns only after its submissions settled
			if running.Load() != 0 {
				t.Fatal("Run returned with a submission still running")
			}
			for i := uint64(1); i <= 4; i++ {
				if id := lockEvent(i).TransferID; dest.count(id) != 1 {
					t.Fatalf("transfer %d executed %d times", i, dest.count(id))
				}
			}
		})
	}
}

// gatherCoordinator runs a coordinator of chain B, 2-of-3, MaxIdle 10 ms,
// that has transfer 1 ready and transfer 2 gathering (one share of two).
// It returns transfer 2's missing share and stop, which ends Run.
func gatherCoordinator(t *testing.T, maxGather time.Duration) (c *Coordinator, dest *fakeDest, last bus.Msg, stop func()) {
	t.Helper()
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest = newFakeDest(ops)
	verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
	c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[0].addr, Operators: ops, Authorizer: verifier,
		Submitter: dest.submitter(nil), MaxBatch: 64, MaxWait: time.Hour, MaxIdle: 10 * time.Millisecond, MaxGather: maxGather}, &recorder{}, staticLease(true))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = c.Run(ctx); close(done) }()
	a2 := authOf(t, lockEvent(2))
	last = shareMsg(t, a2, keys[1], keys[1].addr)
	if err := c.HandleShare(ctx, shareMsg(t, a2, keys[0], keys[0].addr)); err != nil { // one of two
		t.Fatal(err)
	}
	feedQuorum(t, c, keys, 1, 1)
	return c, dest, last, func() { cancel(); <-done }
}

// waitExecuted waits up to 3 s for dest to have executed n transfers.
func waitExecuted(dest *fakeDest, n int) {
	deadline := time.Now().Add(3 * time.Second)
	for dest.total() < n && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
}

// A batch holds back, past MaxIdle, for a transfer that is still gathering
// its shares (within MaxGather), and leaves with it once it reaches its
// quorum.
func TestCoordinatorWaitsForGatheringTransfer(t *testing.T) {
	c, dest, last, stop := gatherCoordinator(t, time.Hour)
	defer stop()
	time.Sleep(200 * time.Millisecond)
	if n := dest.callCount(); n != 0 {
		t.Fatalf("%d submissions while transfer 2 was gathering shares", n)
	}
	if err := c.HandleShare(context.Background(), last); err != nil {
		t.Fatal(err)
	}
	waitExecuted(dest, 2)
	stop()
	if dest.total() != 2 || dest.callCount() != 1 {
		t.Fatalf("executed %d in %d calls, want 2 in 1", dest.total(), dest.callCount())
	}
}

// A transfer still short of its quorum MaxGather after its first share (an
// operator lagging) no longer holds a batch back: the ready one leaves
// without it, and it follows in a batch of its own once it has its quorum.
func TestCoordinatorStopsWaitingAfterMaxGather(t *testing.T) {
	c, dest, last, stop := gatherCoordinator(t, 50*time.Millisecond)
	defer stop()
	waitExecuted(dest, 1)
	if dest.total() != 1 {
		t.Fatalf("executed %d, want transfer 1 alone once transfer 2 gathered for longer than MaxGather", dest.total())
	}
	if err := c.HandleShare(context.Background(), last); err != nil {
		t.Fatal(err)
	}
	waitExecuted(dest, 2)
	stop()
	if dest.total() != 2 || dest.callCount() != 2 {
		t.Fatalf("executed %d in %d calls, want 2 in 2", dest.total(), dest.callCount())
	}
}

// takingBatcher lets the coordinator's leader take the proposal while a
// share is being verified: the window in which a late share (the t+1-th)
// used to write the signature map the leader was already reading.
type takingBatcher struct {
	*fakeBatcher
	c *Coordinator
}

func (b takingBatcher) VerifyBatch(bt Batch, signer common.Address, sig []byte) error {
	b.c.mu.Lock()
	delete(b.c.proposals, bt.Hash())
	b.c.mu.Unlock()
	return b.fakeBatcher.VerifyBatch(bt, signer, sig)
}

func TestCoordinatorLateBatchShare(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	c, _ := newCoord(t, ops, keys[0].addr, newFakeDest(ops).submitter(nil), staticLease(true), 10, time.Hour)
	c.cfg.Batcher = takingBatcher{fakeBatcher: &fakeBatcher{dest: newFakeDest(ops), key: keys[2]}, c: c}
	b := Batch{Chain: chainB, Items: []Authorization{authOf(t, lockEvent(1))}}
	h := b.Hash()
	p := &proposal{batch: b, sigs: map[common.Address][]byte{}, deadline: time.Now().Add(time.Hour), ready: true}
	c.mu.Lock()
	c.proposals[h] = p
	c.mu.Unlock()

	sig, err := keys[2].SignHash(h[:])
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := json.Marshal(BatchShare{Chain: chainB, BatchHash: h, Signer: keys[2].addr, Signature: sig})
	if err := c.HandleBatchShare(context.Background(), bus.Msg{From: keys[2].addr, Payload: payload}); err != nil {
		t.Fatal(err)
	}
	if len(p.sigs) != 0 {
		t.Fatalf("a share that arrived after the leader took the proposal was written into it: %d signatures", len(p.sigs))
	}
}

// A mint past its deadline (a Bitcoin deposit whose refund window is
// closing) is dropped, counted and never submitted; one with time left
// goes through.
func TestCoordinatorDropsExpired(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest := newFakeDest(ops)
	c, _ := newCoord(t, ops, keys[0].addr, dest.submitter(nil), staticLease(true), 8, 10*time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() { _ = c.Run(ctx); close(done) }()
	expired := authOf(t, lockEvent(1))
	expired.Deadline = uint64(time.Now().Add(10 * time.Second).Unix()) // inside the default 30 s margin
	live := authOf(t, lockEvent(2))
	live.Deadline = uint64(time.Now().Add(time.Hour).Unix())
	for _, a := range []Authorization{expired, live} {
		for _, k := range keys[:2] {
			if err := c.HandleShare(ctx, shareMsg(t, a, k, k.addr)); err != nil {
				t.Fatal(err)
			}
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for dest.count(live.TransferID) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	cancel()
	<-done
	if dest.count(live.TransferID) != 1 || dest.count(expired.TransferID) != 0 {
		t.Fatalf("executed live %d, expired %d times; want 1 and 0", dest.count(live.TransferID), dest.count(expired.TransferID))
	}
	var m dto.Metric
	if err := c.metrics.Expired.WithLabelValues(fmt.Sprint(chainB)).Write(&m); err != nil || m.GetCounter().GetValue() != 1 {
		t.Fatalf("expired_total = %v (%v), want 1", m.GetCounter().GetValue(), err)
	}
	// A late share of the dropped transfer does not bring it back.
	if err := c.HandleShare(context.Background(), shareMsg(t, expired, keys[2], keys[2].addr)); err != nil {
		t.Fatal(err)
	}
	if p := c.Pending(); p["ready"] != 0 || p["collecting"] != 0 {
		t.Fatalf("pending %v after a late share of an expired transfer", p)
	}
}

func TestAuthorizationDeadline(t *testing.T) {
	a := authOf(t, lockEvent(3))
	h0 := a.Hash()
	if a.Expired(time.Now(), time.Hour) {
		t.Fatal("an authorization without a deadline expired")
	}
	a.Deadline = 1_700_000_000
	if a.Hash() == h0 {
		t.Fatal("the deadline is not part of the hash")
	}
	if !a.Expired(time.Unix(1_700_000_000, 0), time.Second) || a.Expired(time.Unix(1_699_999_000, 0), time.Minute) {
		t.Fatal("Expired")
	}
	s, err := EncodeShare(Share{Authorization: a, Signer: common.Address{1}, Signature: []byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeShare(s)
	if err != nil || back.Authorization.Deadline != a.Deadline || back.Authorization.Hash() != a.Hash() {
		t.Fatalf("round trip: %+v %v", back.Authorization, err)
	}
}

// eventsSource emits its events, then waits for ctx.
type eventsSource []chains.Event

func (s eventsSource) Run(ctx context.Context, out chan<- chains.Event) error {
	for _, ev := range s {
		out <- ev
	}
	<-ctx.Done()
	return nil
}

// A final event the watcher later reports reorged out is counted as a
// reorg alarm (for the deep-reorg alert), and still published.
func TestWatchCountsReorgAlarms(t *testing.T) {
	keys := newOpKeys(1)
	ok, reorged := lockEvent(1), lockEvent(2)
	reorged.Final, reorged.Reorged = false, true
	m, _ := NewMetrics(nil)
	pub := &recorder{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Watch(ctx, eventsSource{ok, reorged}, pub, keys[0].addr, WithMetrics(m)) }()
	deadline := time.Now().Add(3 * time.Second)
	for len(pub.all()) < 2 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := len(pub.all()); n != 2 {
		t.Fatalf("published %d events, want 2", n)
	}
	if v := counterValue(m.ReorgAlarms.WithLabelValues(fmt.Sprint(chainA))); v != 1 {
		t.Fatalf("reorg_alarms_total = %v, want 1", v)
	}
}

// A lease holder that holds the lease and submits nothing cannot stall
// the federation (issue 14): an operator without the lease submits a
// ready transfer itself after (its rank + 1) × PassOverAfter, unless a
// submission record arrived first.
func TestCoordinatorPassesOverSilentLeader(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	start := func(self int, passOver time.Duration) (*Coordinator, *fakeDest, context.CancelFunc) {
		dest := newFakeDest(ops)
		verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
		m, _ := NewMetrics(nil)
		c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[self].addr, Operators: ops, Authorizer: verifier,
			Submitter: dest.submitter(nil), MaxBatch: 8, MaxWait: 10 * time.Millisecond, PassOverAfter: passOver},
			&recorder{}, staticLease(false), WithMetrics(m))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		go func() { _ = c.Run(ctx) }()
		return c, dest, cancel
	}
	feed := func(c *Coordinator, a Authorization) {
		for _, k := range keys[:2] {
			if err := c.HandleShare(context.Background(), shareMsg(t, a, k, k.addr)); err != nil {
				t.Fatal(err)
			}
		}
	}
	waitCount := func(dest *fakeDest, id chains.TransferID, d time.Duration) int {
		deadline := time.Now().Add(d)
		for dest.count(id) == 0 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		return dest.count(id)
	}

	// The operator at index 1 of the set waits 2 × 100 ms, then submits
	// without the lease.
	second := 0
	for i, k := range keys {
		if k.addr == ops.Addresses()[1] {
			second = i
		}
	}
	c, dest, stop := start(second, 100*time.Millisecond)
	defer stop()
	a := authOf(t, lockEvent(1))
	began := time.Now()
	feed(c, a)
	if n := waitCount(dest, a.TransferID, 150*time.Millisecond); n != 0 {
		t.Fatalf("submitted after %s, before its turn (200 ms)", time.Since(began))
	}
	if n := waitCount(dest, a.TransferID, 2*time.Second); n != 1 {
		t.Fatalf("a ready transfer was not passed over to the second operator (executed %d times)", n)
	}
	if v := counterValue(c.metrics.PassOvers.WithLabelValues(fmt.Sprint(chainB))); v != 1 {
		t.Fatalf("pass_overs_total = %v, want 1", v)
	}

	// A leader's submission record before the turn: nothing submitted here.
	c2, dest2, stop2 := start(0, 100*time.Millisecond)
	defer stop2()
	b := authOf(t, lockEvent(2))
	feed(c2, b)
	rec, _ := json.Marshal(Submission{Chain: chainB, TxID: "0xabc", Leader: keys[2].addr, Submitted: []chains.TransferID{b.TransferID}})
	if err := c2.HandleSubmission(context.Background(), bus.Msg{Payload: rec, From: keys[2].addr}); err != nil {
		t.Fatal(err)
	}
	if n := waitCount(dest2, b.TransferID, 400*time.Millisecond); n != 0 {
		t.Fatal("submitted a transfer the leader reported as submitted")
	}

	// PassOverAfter < 0 keeps the old behaviour: only the lease holder submits.
	c3, dest3, stop3 := start(0, -1)
	defer stop3()
	d := authOf(t, lockEvent(3))
	feed(c3, d)
	if n := waitCount(dest3, d.TransferID, 300*time.Millisecond); n != 0 {
		t.Fatal("submitted without the lease with pass-over off")
	}
}
