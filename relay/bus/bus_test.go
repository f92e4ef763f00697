package bus

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"
)

type testKey struct {
	addr common.Address
	sign func([]byte) ([]byte, error)
}

func (k testKey) Address() common.Address           { return k.addr }
func (k testKey) SignHash(h []byte) ([]byte, error) { return k.sign(h) }

func newKey(t testing.TB) testKey {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return testKey{addr: crypto.PubkeyToAddress(priv.PublicKey), sign: func(h []byte) ([]byte, error) { return crypto.Sign(h, priv) }}
}

func TestEnvelopeVerify(t *testing.T) {
	k, other := newKey(t), newKey(t)
	seal := func() *Envelope {
		e := &Envelope{Subject: "kkh.event.31337.locked", ID: "id-1", Time: time.Unix(1, 2), Payload: []byte(`{"a":1}`)}
		if err := e.Seal(k); err != nil {
			t.Fatal(err)
		}
		return e
	}
	for _, tc := range []struct {
		name   string
		mutate func(e *Envelope)
		want   error
	}{
		{"valid", func(*Envelope) {}, nil},
		{"payload changed", func(e *Envelope) { e.Payload = []byte(`{"a":2}`) }, ErrBadSignature},
		{"replayed on another subject", func(e *Envelope) { e.Subject = "kkh.share.31338" }, ErrBadSignature},
		{"id changed", func(e *Envelope) { e.ID = "id-2" }, ErrBadSignature},
		{"time changed", func(e *Envelope) { e.Time = e.Time.Add(time.Nanosecond) }, ErrBadSignature},
		{"sender claims another key", func(e *Envelope) { e.From = other.addr }, ErrBadSignature},
		{"short signature", func(e *Envelope) { e.Sig = e.Sig[:64] }, ErrBadSignature},
		{"high-s signature", func(e *Envelope) {
			// s' = n - s is the malleated twin; strict checking refuses it.
			n := crypto.S256().Params().N
			s := new(big.Int).SetBytes(e.Sig[32:64])
			s.Sub(n, s)
			copy(e.Sig[32:64], common.LeftPadBytes(s.Bytes(), 32))
			e.Sig[64] ^= 1
		}, ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := seal()
			tc.mutate(e)
			// Round trip through the wire form first.
			m := e.ToMsg()
			back, err := FromMsg(e.Subject, m.Header, m.Data)
			if err != nil {
				t.Fatal(err)
			}
			err = back.Verify()
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestFromMsgMalformed(t *testing.T) {
	k := newKey(t)
	e := &Envelope{Subject: "s", ID: "i", Time: time.Now(), Payload: []byte("p")}
	_ = e.Seal(k)
	for _, tc := range []struct{ name, header, value string }{
		{"no version", HeaderVersion, ""},
		{"future version", HeaderVersion, "2"},
		{"no id", HeaderMsgID, ""},
		{"bad from", HeaderFrom, "0x12"},
		{"bad time", HeaderTime, "yesterday"},
		{"bad sig hex", HeaderSig, "0xzz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := e.ToMsg()
			m.Header.Set(tc.header, tc.value)
			if _, err := FromMsg("s", m.Header, m.Data); !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v, want ErrMalformed", err)
			}
		})
	}
}

// ---- tests against a real NATS server embedded in the test process ----

type node struct {
	bus *Bus
	reg *prometheus.Registry
	key testKey
}

func startBus(t *testing.T, key testKey, ops []common.Address, urls []string, storeDir string) node {
	t.Helper()
	reg := prometheus.NewRegistry()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	b, err := New(ctx, Config{
		URLs:      urls,
		Embedded:  Embedded{StoreDir: storeDir},
		Name:      "test-" + key.addr.Hex()[:8],
		Operators: ops,
	}, key, WithRegisterer(reg), WithLogger(zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)))
	if err != nil {
		t.Fatal(err)
	}
	return node{bus: b, reg: reg, key: key}
}

type collector struct {
	mu   sync.Mutex
	msgs []Msg
	ch   chan Msg
}

func newCollector() *collector { return &collector{ch: make(chan Msg, 100)} }

func (c *collector) handle(_ context.Context, m Msg) error {
	c.mu.Lock()
	c.msgs = append(c.msgs, m)
	c.mu.Unlock()
	c.ch <- m
	return nil
}

func (c *collector) next(t *testing.T, within time.Duration) (Msg, bool) {
	t.Helper()
	select {
	case m := <-c.ch:
		return m, true
	case <-time.After(within):
		return Msg{}, false
	}
}

func TestPublishDedupe(t *testing.T) {
	k := newKey(t)
	n := startBus(t, k, []common.Address{k.addr}, nil, t.TempDir())
	defer n.bus.Close()
	ctx := context.Background()
	first, err := n.bus.Publish(ctx, "kkh.event.31337.locked", "ev-1", []byte("one"))
	if err != nil || first.Duplicate || first.Stream != StreamEvents {
		t.Fatalf("first publish: %+v %v", first, err)
	}
	again, err := n.bus.Publish(ctx, "kkh.event.31337.locked", "ev-1", []byte("one, again"))
	if err != nil || !again.Duplicate || again.Sequence != first.Sequence {
		t.Fatalf("second publish: %+v %v", again, err)
	}
	if got := counterValue(n.bus.m.duplicates.WithLabelValues(StreamEvents)); got != 1 {
		t.Fatalf("duplicates metric %v, want 1", got)
	}
	c := newCollector()
	sub, err := n.bus.Consume(ctx, ConsumerSpec{Stream: StreamEvents, Durable: DurableName("test", k.addr)}, c.handle)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Stop()
	m, ok := c.next(t, 5*time.Second)
	if !ok || string(m.Payload) != "one" || m.From != k.addr || m.ID != "ev-1" {
		t.Fatalf("got %+v ok=%v", m, ok)
	}
	if _, ok := c.next(t, 300*time.Millisecond); ok {
		t.Fatal("duplicate was delivered")
	}
}

// A durable consumer resumes after the last acknowledged message when the
// process — here the whole embedded server too — restarts.
func TestDurableResumeAfterRestart(t *testing.T) {
	k := newKey(t)
	dir := t.TempDir()
	ctx := context.Background()
	durable := DurableName("signer", k.addr)

	n := startBus(t, k, []common.Address{k.addr}, nil, dir)
	for i := 1; i <= 3; i++ {
		if _, err := n.bus.Publish(ctx, "kkh.event.1.locked", fmt.Sprint("a", i), []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	c := newCollector()
	sub, err := n.bus.Consume(ctx, ConsumerSpec{Stream: StreamEvents, Durable: durable}, c.handle)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		if m, ok := c.next(t, 5*time.Second); !ok || string(m.Payload) != fmt.Sprint(i) {
			t.Fatalf("before restart: message %d: %+v", i, m)
		}
	}
	sub.Stop()
	n.bus.Close()

	n = startBus(t, k, []common.Address{k.addr}, nil, dir)
	defer n.bus.Close()
	if _, err := n.bus.Publish(ctx, "kkh.event.1.locked", "a4", []byte("4")); err != nil {
		t.Fatal(err)
	}
	c = newCollector()
	sub, err = n.bus.Consume(ctx, ConsumerSpec{Stream: StreamEvents, Durable: durable}, c.handle)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Stop()
	m, ok := c.next(t, 5*time.Second)
	if !ok || string(m.Payload) != "4" {
		t.Fatalf("after restart got %q ok=%v, want only the new message 4", m.Payload, ok)
	}
	if m, ok := c.next(t, 300*time.Millisecond); ok {
		t.Fatalf("redelivered %q after restart", m.Payload)
	}
	// A second publication of an id seen before the restart is still a duplicate.
	if r, err := n.bus.Publish(ctx, "kkh.event.1.locked", "a2", []byte("2")); err != nil || !r.Duplicate {
		t.Fatalf("republish after restart: %+v %v", r, err)
	}
}

// Envelopes from a key outside the operator set, with a bad signature, or
// replayed onto another subject never reach a handler; each is counted.
func TestForgedEnvelopesDropped(t *testing.T) {
	op, outsider := newKey(t), newKey(t)
	n := startBus(t, op, []common.Address{op.addr}, nil, t.TempDir())
	defer n.bus.Close()
	ctx := context.Background()

	// 1. Well-formed, validly signed, but by a key that is not an operator.
	e := &Envelope{Subject: "kkh.event.1.locked", ID: "forged-1", Time: time.Now(), Payload: []byte("mint me")}
	if err := e.Seal(outsider); err != nil {
		t.Fatal(err)
	}
	if err := n.bus.PublishRaw(ctx, e.ToMsg()); err != nil {
		t.Fatal(err)
	}
	// 2. Claims to be the operator, signed by the outsider.
	e2 := &Envelope{Subject: "kkh.event.1.locked", ID: "forged-2", Time: time.Now(), Payload: []byte("mint me too")}
	_ = e2.Seal(outsider)
	e2.From = op.addr
	if err := n.bus.PublishRaw(ctx, e2.ToMsg()); err != nil {
		t.Fatal(err)
	}
	// 3. A genuine operator envelope for a share, replayed onto an event subject.
	e3 := &Envelope{Subject: "kkh.share.2", ID: "share-1", Time: time.Now(), Payload: []byte("share")}
	_ = e3.Seal(op)
	replay := e3.ToMsg()
	replay.Subject = "kkh.event.1.locked"
	replay.Header.Set(HeaderMsgID, "share-1") // same id, other subject
	if err := n.bus.PublishRaw(ctx, replay); err != nil {
		t.Fatal(err)
	}
	// 4. No envelope at all.
	raw := e.ToMsg()
	raw.Header = nil
	raw.Subject = "kkh.event.1.locked"
	if err := n.bus.PublishRaw(ctx, raw); err != nil {
		t.Fatal(err)
	}
	// 5. A genuine one, to know when the others have been processed.
	if _, err := n.bus.Publish(ctx, "kkh.event.1.locked", "real", []byte("real")); err != nil {
		t.Fatal(err)
	}

	for _, durable := range []string{DurableName("signer", op.addr), ""} { // durable and ordered consumers
		c := newCollector()
		sub, err := n.bus.Consume(ctx, ConsumerSpec{Stream: StreamEvents, Durable: durable}, c.handle)
		if err != nil {
			t.Fatal(err)
		}
		m, ok := c.next(t, 5*time.Second)
		if !ok || m.ID != "real" {
			t.Fatalf("consumer %q: first delivered %+v, want only the genuine message", durable, m)
		}
		if m, ok := c.next(t, 300*time.Millisecond); ok {
			t.Fatalf("consumer %q: delivered %+v", durable, m)
		}
		sub.Stop()
	}
	for reason, want := range map[string]float64{DropUnknownSender: 2, DropBadSignature: 4, DropMalformed: 2} {
		if got := counterValue(n.bus.m.dropped.WithLabelValues(StreamEvents, reason)); got != want {
			t.Errorf("dropped{%s} = %v, want %v", reason, got, want)
		}
	}
}

func TestRetryRedelivers(t *testing.T) {
	k := newKey(t)
	n := startBus(t, k, []common.Address{k.addr}, nil, t.TempDir())
	defer n.bus.Close()
	ctx := context.Background()
	if _, err := n.bus.Publish(ctx, "kkh.share.5", "s1", []byte("x")); err != nil {
		t.Fatal(err)
	}
	deliveries := make(chan uint64, 10)
	sub, err := n.bus.Consume(ctx, ConsumerSpec{Stream: StreamShares, Durable: "retry", MaxDeliver: 3}, func(_ context.Context, m Msg) error {
		deliveries <- m.Delivered
		return Retry(errors.New("not yet"), 50*time.Millisecond)
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Stop()
	for want := uint64(1); want <= 3; want++ {
		select {
		case got := <-deliveries:
			if got != want {
				t.Fatalf("delivery %d reported as %d", want, got)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("delivery %d missing", want)
		}
	}
	select {
	case d := <-deliveries:
		t.Fatalf("delivered beyond MaxDeliver: %d", d)
	case <-time.After(400 * time.Millisecond):
	}
}

func TestLeaseFailover(t *testing.T) {
	a, b := newKey(t), newKey(t)
	ops := []common.Address{a.addr, b.addr}
	na := startBus(t, a, ops, nil, t.TempDir())
	defer na.bus.Close()
	nb := startBus(t, b, ops, []string{na.bus.ClientURL()}, "")
	defer nb.bus.Close()
	ttl := time.Second

	ctx := context.Background()
	la, err := na.bus.NewLease(ctx, "coordinator-1", ttl)
	if err != nil {
		t.Fatal(err)
	}
	lb, err := nb.bus.NewLease(ctx, "coordinator-1", ttl)
	if err != nil {
		t.Fatal(err)
	}
	actx, stopA := context.WithCancel(ctx)
	doneA := make(chan struct{})
	go func() { _ = la.Run(actx); close(doneA) }()
	waitFor(t, 3*time.Second, la.Held, "a acquires")

	bctx, stopB := context.WithCancel(ctx)
	defer stopB()
	go func() { _ = lb.Run(bctx) }()
	// b must not lead while a renews.
	deadline := time.Now().Add(2 * ttl)
	for time.Now().Before(deadline) {
		if lb.Held() && la.Held() {
			t.Fatal("both hold the lease")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if lb.Held() {
		t.Fatal("b took the lease from a live holder")
	}
	if lb.Holder() != la.Self() {
		t.Fatalf("b sees holder %q, want %q", lb.Holder(), la.Self())
	}

	// a stops (graceful: releases); b takes over quickly.
	stopA()
	<-doneA
	waitFor(t, 2*ttl, lb.Held, "b takes over after release")
	stopB()
}

// A holder that dies without releasing (SIGKILL) loses the lease after TTL.
func TestLeaseExpiresWithoutRelease(t *testing.T) {
	a, b := newKey(t), newKey(t)
	ops := []common.Address{a.addr, b.addr}
	na := startBus(t, a, ops, nil, t.TempDir())
	defer na.bus.Close()
	ctx := context.Background()
	ttl := time.Second
	la, _ := na.bus.NewLease(ctx, "coordinator-2", ttl)
	la.step(ctx) // acquire once, then never renew: a crashed holder
	if !la.Held() {
		t.Fatal("a did not acquire")
	}
	nb := startBus(t, b, ops, []string{na.bus.ClientURL()}, "")
	defer nb.bus.Close()
	lb, _ := nb.bus.NewLease(ctx, "coordinator-2", ttl)
	bctx, stopB := context.WithCancel(ctx)
	defer stopB()
	start := time.Now()
	go func() { _ = lb.Run(bctx) }()
	waitFor(t, 5*ttl, lb.Held, "b acquires after a's entry ages out")
	if el := time.Since(start); el < ttl/2 {
		t.Fatalf("b acquired after %s, before a's lease could expire", el)
	}
	if la.Held() {
		t.Fatal("a still believes it holds the lease")
	}
}

func waitFor(t *testing.T, d time.Duration, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out: %s", what)
}

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

// Stopping a consumer with workers while the client is still handing a
// message over (every worker busy, the queue full) and the drain times out
// neither crashes nor loses a message: what was not handled is delivered to
// the next consumer of the same durable.
func TestStopWithWorkersBusy(t *testing.T) {
	k := newKey(t)
	n := startBus(t, k, []common.Address{k.addr}, nil, t.TempDir())
	defer n.bus.Close()
	n.bus.drainTimeout = 200 * time.Millisecond
	ctx := context.Background()
	const total = 40
	for i := 0; i < total; i++ {
		if _, err := n.bus.Publish(ctx, "kkh.event.1.locked", fmt.Sprint("w", i), []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	var (
		mu      sync.Mutex
		handled = map[string]bool{}
	)
	record := func(m Msg) {
		mu.Lock()
		handled[string(m.Payload)] = true
		mu.Unlock()
	}
	release := make(chan struct{})
	spec := ConsumerSpec{Stream: StreamEvents, Durable: DurableName("busy", k.addr), Workers: 2, AckWait: time.Second}
	sub, err := n.bus.Consume(ctx, spec, func(_ context.Context, m Msg) error { <-release; record(m); return nil })
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // both workers blocked, the queue full, the hand-over waiting
	stopped := make(chan struct{})
	go func() { sub.Stop(); close(stopped) }()
	time.Sleep(2 * n.bus.drainTimeout) // the drain times out with the hand-over still waiting
	close(release)
	select {
	case <-stopped:
	case <-time.After(15 * time.Second):
		t.Fatal("Stop did not return")
	}
	mu.Lock()
	before := len(handled)
	mu.Unlock()
	if before == total {
		t.Fatalf("all %d handled before the stop: the test did not stop a busy consumer", total)
	}
	sub2, err := n.bus.Consume(ctx, spec, func(_ context.Context, m Msg) error { record(m); return nil })
	if err != nil {
		t.Fatal(err)
	}
	defer sub2.Stop()
	waitFor(t, 10*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return len(handled) == total },
		fmt.Sprintf("every message handled by one consumer or the next (%d before the stop)", before))
}
