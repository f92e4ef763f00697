package relay

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
)

// One item the destination refuses (an unlock to a recipient that
// reverts) does not block the batches it lands in: a rejected batch is
// split until the item is alone, every other transfer executes exactly
// once, the bad one is never executed, and its reason is published for
// the trackers (issue 15, M2).
func TestCoordinatorIsolatesRejectedItem(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	bad := authOf(t, lockEvent(5)).TransferID
	var mu sync.Mutex
	executed := map[chains.TransferID]int{}
	calls, sizes := 0, []int{}
	sub := submitFunc(func(_ context.Context, batch []SignedAuthorization) (SubmitResult, error) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		sizes = append(sizes, len(batch))
		for _, sa := range batch {
			if sa.TransferID == bad {
				return SubmitResult{}, Rejected(errors.New("evm: execution reverted: NativeTransferFailed[0x00000000000000000000000000000000000000Ba]"))
			}
		}
		var res SubmitResult
		for _, sa := range batch {
			executed[sa.TransferID]++
			res.Submitted = append(res.Submitted, sa.TransferID)
		}
		res.TxID = fmt.Sprintf("0x%064x", calls)
		return res, nil
	})
	pub := &recorder{}
	m, _ := NewMetrics(nil)
	verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
	c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[0].addr, Operators: ops, Authorizer: verifier, Submitter: sub,
		MaxBatch: 16, MaxWait: 20 * time.Millisecond, RetryBackoff: 10 * time.Millisecond}, pub, staticLease(true), WithMetrics(m))
	if err != nil {
		t.Fatal(err)
	}
	feedQuorum(t, c, keys, 1, 12)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = c.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	waitUntil(t, 5*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(executed) == 11
	})
	time.Sleep(100 * time.Millisecond) // the bad one is retried meanwhile: never executed
	mu.Lock()
	for i := uint64(1); i <= 12; i++ {
		id := authOf(t, lockEvent(i)).TransferID
		want := 1
		if id == bad {
			want = 0
		}
		if executed[id] != want {
			t.Errorf("transfer %d executed %d times, want %d", i, executed[id], want)
		}
	}
	t.Logf("submissions by size: %v", sizes)
	if sizes[0] != 12 || calls > 12 {
		t.Errorf("submission sizes %v: want the whole batch first, then halves, without one call per item for all", sizes)
	}
	mu.Unlock()
	if n := counterValue(m.Splits.WithLabelValues(fmt.Sprint(chainB))); n < 2 {
		t.Errorf("batch_splits_total = %v, want ≥ 2 (12 → 6 → 3 → …)", n)
	}
	c.setPendingGauge()
	if g := gaugeValue(m.Rejected.WithLabelValues(fmt.Sprint(chainB))); g != 1 {
		t.Errorf("rejected_transfers = %v, want 1", g)
	}
	reported := 0
	for _, msg := range pub.all() {
		var s Submission
		if msg.Subject != SubmissionSubject(chainB) || json.Unmarshal(msg.Payload, &s) != nil {
			continue
		}
		for _, l := range s.LeftOut {
			if l.TransferID != bad || !strings.HasPrefix(l.Reason, "rejected_by_destination: evm: execution reverted: NativeTransferFailed") {
				t.Errorf("left out %+v", l)
			}
			reported++
		}
	}
	if reported != 1 {
		t.Errorf("the bad transfer's reason was published %d times, want once", reported)
	}
}

// A batch-wide failure (not ErrRejected: the node down, a paused bridge)
// is retried whole, not split.
func TestCoordinatorDoesNotSplitOnOtherErrors(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	var mu sync.Mutex
	sizes := []int{}
	sub := submitFunc(func(_ context.Context, batch []SignedAuthorization) (SubmitResult, error) {
		mu.Lock()
		defer mu.Unlock()
		sizes = append(sizes, len(batch))
		if len(sizes) < 3 {
			return SubmitResult{}, fmt.Errorf("evm: rpc unavailable")
		}
		var res SubmitResult
		for _, sa := range batch {
			res.Submitted = append(res.Submitted, sa.TransferID)
		}
		return res, nil
	})
	verifier, _ := NewECDSAAuthorizer(nil, HashDigest)
	c, err := NewCoordinator(CoordinatorConfig{Chain: chainB, Self: keys[0].addr, Operators: ops, Authorizer: verifier, Submitter: sub,
		MaxBatch: 16, MaxWait: 20 * time.Millisecond, RetryBackoff: 5 * time.Millisecond}, &recorder{}, staticLease(true))
	if err != nil {
		t.Fatal(err)
	}
	feedQuorum(t, c, keys, 1, 8)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = c.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	waitUntil(t, 5*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(sizes) >= 3
	})
	mu.Lock()
	defer mu.Unlock()
	for _, n := range sizes[:3] {
		if n != 8 {
			t.Fatalf("submission sizes %v: want the whole batch each time", sizes)
		}
	}
}
