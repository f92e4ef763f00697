package auditanchor

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// clock is a fake clock the tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock               { return &clock{t: time.Unix(1_700_000_000, 0)} }

func TestScheduleBlocksOrTime(t *testing.T) {
	c := newClock()
	s := schedule{everyBlocks: 10, every: 30 * time.Second, since: c.now()}
	steps := []struct {
		name    string
		advance time.Duration
		head    uint64
		due     bool
		anchor  bool // record an anchor at head when due
	}{
		{"genesis alone, at once", 0, 0, false, false},
		{"nine blocks since genesis", time.Second, 8, false, false},
		{"ten blocks since genesis", 0, 9, true, true},
		{"nothing new", 15 * time.Second, 9, false, false},
		{"one new block, period not over", 10 * time.Second, 10, false, false},
		{"nine new blocks", 0, 18, false, false},
		{"ten new blocks before the period", 0, 19, true, true},
		{"one new block, period over", 30 * time.Second, 20, true, true},
		{"period over, idle chain", 5 * time.Minute, 20, false, false},
		{"new block after a long idle: period long over", 0, 21, true, true},
	}
	for _, st := range steps {
		c.add(st.advance)
		if got := s.due(c.now(), st.head); got != st.due {
			t.Fatalf("%s: due = %v, want %v (schedule %+v)", st.name, got, st.due, s)
		}
		if st.anchor {
			s.done(c.now(), st.head)
		}
	}
}

func TestScheduleFailureHoldsOff(t *testing.T) {
	c := newClock()
	s := schedule{everyBlocks: 10, every: 30 * time.Second, since: c.now()}
	if !s.due(c.now(), 12) {
		t.Fatal("12 blocks since genesis: due")
	}
	s.failed(c.now())
	for _, d := range []time.Duration{time.Second, 28 * time.Second} {
		c.add(d)
		if s.due(c.now(), 40) {
			t.Fatalf("%s after a failure: not due yet", c.now().Sub(time.Unix(1_700_000_000, 0)))
		}
	}
	c.add(time.Second)
	if !s.due(c.now(), 40) {
		t.Fatal("a period after the failure: due again")
	}
	s.done(c.now(), 40)
	if s.due(c.now(), 41) || !s.retryAt.IsZero() {
		t.Fatalf("after an anchor the failure is forgotten, one block is not due: %+v", s)
	}
}

func TestScheduleTimeOnly(t *testing.T) {
	c := newClock()
	s := schedule{everyBlocks: 1000, every: time.Minute, since: c.now()}
	c.add(59 * time.Second)
	if s.due(c.now(), 3) {
		t.Fatal("before the period")
	}
	c.add(time.Second)
	if !s.due(c.now(), 3) {
		t.Fatal("at the period")
	}
}

// fakeChain is the shared audit chain: a head block and leadership.
type fakeChain struct {
	mu      sync.Mutex
	leading bool
	head    *audit.Block
}

func (f *fakeChain) Leading() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.leading
}

func (f *fakeChain) FinalHead(context.Context) (*audit.Block, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.head, f.head != nil, nil
}

// fakeTarget records anchors and fails on demand.
type fakeTarget struct {
	id      chains.ChainID
	latest  uint64
	has     bool
	anchors []uint64
	packed  [][]byte
	fail    error
}

func (f *fakeTarget) ID() chains.ChainID { return f.id }

func (f *fakeTarget) Latest(context.Context, common.Address) (uint64, bool, error) {
	return f.latest, f.has, nil
}

func (f *fakeTarget) Anchor(_ context.Context, _ common.Address, h *audit.Header, atts []byte) (Sent, error) {
	if f.fail != nil {
		return Sent{}, f.fail
	}
	f.anchors = append(f.anchors, h.Height)
	f.packed = append(f.packed, atts)
	f.latest, f.has = h.Height, true
	return Sent{GasUsed: 85_000}, nil
}

// block is a final block of height h attested by keys.
func block(t *testing.T, h uint64, keys ...audit.Signer) *audit.Block {
	t.Helper()
	b := &audit.Block{Header: audit.Header{Height: h, Time: h, RecordCount: 1}}
	for _, k := range keys {
		a, err := audit.AttestWith(k, b.Header.Hash())
		if err != nil {
			t.Fatal(err)
		}
		b.Attestations = append(b.Attestations, a)
	}
	return b
}

func signer(t *testing.T, name string) audit.Signer {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(name)))
	if err != nil {
		t.Fatal(err)
	}
	return audit.KeySigner(k)
}

func TestStepLeaderOnlyAndOwnAttestation(t *testing.T) {
	c := newClock()
	me, other, third := signer(t, "me"), signer(t, "other"), signer(t, "third")
	ch := &fakeChain{}
	tgt := &fakeTarget{id: 31337}
	reg := prometheus.NewRegistry()
	a, err := New(Config{Chain: ch, Signer: me, Targets: []Target{tgt}, EveryBlocks: 3, Every: 30 * time.Second, Now: c.now, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	st := &state{target: tgt, schedule: schedule{everyBlocks: 3, every: 30 * time.Second}}
	ctx := context.Background()

	ch.head = block(t, 5, other, third) // final without this operator's attestation
	a.step(ctx, st)
	if len(tgt.anchors) != 0 {
		t.Fatal("anchored without leading")
	}
	ch.leading = true
	a.step(ctx, st)
	if len(tgt.anchors) != 1 || tgt.anchors[0] != 5 {
		t.Fatalf("leader, 6 blocks since genesis: anchors %v", tgt.anchors)
	}
	if n := len(tgt.packed[0]) / audit.AttestationSize; n != 3 {
		t.Fatalf("packed %d attestations, want the two of the block and this operator's", n)
	}
	ch.head = block(t, 6, me, other)
	a.step(ctx, st)
	if len(tgt.anchors) != 1 {
		t.Fatal("one new block: not due")
	}
	c.add(30 * time.Second)
	a.step(ctx, st)
	if len(tgt.anchors) != 2 || len(tgt.packed[1]) != 2*audit.AttestationSize {
		t.Fatalf("period over: anchors %v, packed %d bytes (own attestation present: not added)", tgt.anchors, len(tgt.packed[1]))
	}
	if got := testutil.ToFloat64(a.m.anchors.WithLabelValues("31337", "ok")); got != 2 {
		t.Fatalf("ok anchors %v", got)
	}
	if got := testutil.ToFloat64(a.m.height.WithLabelValues("31337")); got != 6 {
		t.Fatalf("anchored height gauge %v", got)
	}
}

func TestStepTakeOverAndFailures(t *testing.T) {
	c := newClock()
	me := signer(t, "me")
	ch := &fakeChain{leading: true, head: block(t, 12, me)}
	// This operator anchored 11 before a restart: 12 is one block on.
	tgt := &fakeTarget{id: 31338, latest: 11, has: true}
	a, err := New(Config{Chain: ch, Signer: me, Targets: []Target{tgt}, EveryBlocks: 10, Every: time.Minute, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	st := &state{target: tgt, schedule: schedule{everyBlocks: 10, every: time.Minute}}
	ctx := context.Background()
	a.step(ctx, st)
	if len(tgt.anchors) != 0 {
		t.Fatal("taken over at 11: one block is not due")
	}

	// No gas money: counted, held off for a period, then retried.
	ch.head = block(t, 30, me)
	tgt.fail = &Failure{Result: "error", Fix: "fund the transactions key", Err: errors.New("insufficient funds")}
	a.step(ctx, st)
	c.add(59 * time.Second)
	a.step(ctx, st)
	if got := testutil.ToFloat64(a.m.anchors.WithLabelValues("31338", "error")); got != 1 {
		t.Fatalf("error anchors %v: a failure is retried once a period", got)
	}
	tgt.fail = nil
	c.add(time.Second)
	a.step(ctx, st)
	if len(tgt.anchors) != 1 || tgt.anchors[0] != 30 {
		t.Fatalf("retried after the period: %v", tgt.anchors)
	}

	// Someone anchored 45 in this operator's name meanwhile: learnt, not retried.
	ch.head = block(t, 45, me)
	tgt.latest = 45
	tgt.fail = &Failure{Result: "refused", AlreadyAnchored: true, Err: errors.New("HeightNotIncreasing")}
	a.step(ctx, st)
	if !st.anchored || st.last != 45 || !st.retryAt.IsZero() {
		t.Fatalf("already anchored: schedule %+v", st.schedule)
	}
	// Leadership lost and won back: the latest anchor is read again.
	ch.leading = false
	a.step(ctx, st)
	if st.leading {
		t.Fatal("still leading")
	}
}

func TestNewConfig(t *testing.T) {
	me := signer(t, "me")
	if _, err := New(Config{Signer: me}); !errors.Is(err, ErrConfig) {
		t.Fatalf("no chain: %v", err)
	}
	a, err := New(Config{Chain: &fakeChain{}, Signer: me, Targets: []Target{&fakeTarget{id: 1}}, Every: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if a.cfg.EveryBlocks != DefaultEveryBlocks || a.cfg.Poll != 200*time.Millisecond {
		t.Fatalf("defaults: %+v", a.cfg)
	}
}

// TestRunStopsWithContext: Run anchors on every target and returns when
// its context ends.
func TestRunStopsWithContext(t *testing.T) {
	me := signer(t, "me")
	ch := &fakeChain{leading: true, head: block(t, 20, me)}
	var targets []Target
	for i := range 2 {
		targets = append(targets, &syncTarget{fakeTarget: fakeTarget{id: chains.ChainID(31337 + i)}})
	}
	a, err := New(Config{Chain: ch, Signer: me, Targets: targets, Poll: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	for _, tg := range targets {
		st := tg.(*syncTarget)
		for st.count() == 0 && ctx.Err() == nil {
			time.Sleep(5 * time.Millisecond)
		}
		if st.count() != 1 {
			t.Fatalf("chain %d: %d anchors", st.id, st.count())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

type syncTarget struct {
	mu sync.Mutex
	fakeTarget
}

func (s *syncTarget) Anchor(ctx context.Context, op common.Address, h *audit.Header, atts []byte) (Sent, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fakeTarget.Anchor(ctx, op, h, atts)
}

func (s *syncTarget) Latest(ctx context.Context, op common.Address) (uint64, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fakeTarget.Latest(ctx, op)
}

func (s *syncTarget) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.anchors)
}
