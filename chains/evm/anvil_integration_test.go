//go:build integration

package evm_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"math/big"
	"net"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/chaintest"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/evmtest"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/rs/zerolog"
)

// anvilBackend is a real anvil (started by the harness) with automine off,
// so that blocks come only from Mine, as on every conformance backend.
type anvilBackend struct {
	d   *harness.Devnet
	rpc *rpc.Client
	url string // endpoint the adapter uses
}

func newAnvil(t testing.TB, useWS bool) *anvilBackend {
	d := harness.New(t, harness.WithEVM(1))
	c, err := rpc.Dial(d.EVM[0].RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if err := c.Call(nil, "evm_setAutomine", false); err != nil {
		t.Fatalf("evm_setAutomine: %v", err)
	}
	b := &anvilBackend{d: d, rpc: c, url: d.EVM[0].RPCURL}
	if useWS {
		b.url = d.EVM[0].WSURL
	}
	return b
}

func (b *anvilBackend) Endpoint() evm.Endpoint      { return evm.Endpoint{Name: "anvil", URL: b.url} }
func (b *anvilBackend) ChainID() chains.ChainID     { return chains.ChainID(b.d.EVM[0].ChainID) }
func (b *anvilBackend) Key(i int) *ecdsa.PrivateKey { return b.d.FaucetKey(i) }

func (b *anvilBackend) Mine(ctx context.Context, n int) error {
	return b.rpc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(n))
}

func (b *anvilBackend) Reorg(ctx context.Context, depth int) error {
	if err := b.rpc.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		return err
	}
	return b.Mine(ctx, 1)
}

func TestConformanceAnvil(t *testing.T) {
	evmtest.Run(t, func(t *testing.T) evmtest.Backend { return newAnvil(t, true) })
}

// TestChaintestAnvil runs the adapter-wide suite on a real anvil.
func TestChaintestAnvil(t *testing.T) {
	chaintest.Run(t, func(t *testing.T) chaintest.Backend { return evmtest.Conformance(t, newAnvil(t, true)) })
}

// collector is a concurrency-safe Sink.
type collector struct {
	mu  sync.Mutex
	evs []chains.Event
}

func (c *collector) sink(_ context.Context, ev chains.Event) error {
	c.mu.Lock()
	c.evs = append(c.evs, ev)
	c.mu.Unlock()
	return nil
}

func (c *collector) locks() []chains.Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []chains.Event
	for _, e := range c.evs {
		if e.Kind == chains.KindLocked {
			out = append(out, e)
		}
	}
	return out
}

// On anvil a reorged-out transaction does not return: the lock is gone for
// good, and must never be emitted at all.
func TestAnvilUnconfirmedLockReorgedOutNeverEmitted(t *testing.T) {
	b := newAnvil(t, true)
	f := evmtest.NewFixture(t, b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const conf = 5
	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: conf, StartBlock: f.DeployBlock, PollInterval: 50 * time.Millisecond}, f.Client, &evm.MemoryCursor{})
	if err != nil {
		t.Fatal(err)
	}
	var c collector
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, c.sink) }()
	user := b.Key(1)
	tx := f.LockNative(t, user, f.Nonce(t, user), 42, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	f.MineTx(t, tx)
	f.B.Mine(ctx, 2)
	// The lock itself must be in the watcher's unconfirmed tail before the
	// reorganisation (the fixture's own events are pending too).
	waitFor(t, 5*time.Second, func() bool {
		for _, e := range w.Pending() {
			if e.Ref.TxHash == tx.Hash() {
				return true
			}
		}
		return false
	})
	if err := b.Reorg(ctx, 3); err != nil {
		t.Fatalf("anvil_reorg: %v", err)
	}
	b.Mine(ctx, conf+3)
	waitFor(t, 5*time.Second, func() bool { return w.Stats().Dropped > 0 })
	time.Sleep(300 * time.Millisecond)
	for _, e := range c.locks() {
		if e.Ref.TxHash == tx.Hash() {
			t.Fatalf("reorged-out lock was emitted: %+v", e)
		}
	}
	if _, err := f.Client.TransactionReceipt(ctx, tx.Hash()); err == nil {
		t.Fatalf("anvil re-included the lock; this test assumes it does not")
	}
	cancel()
	<-done
}

func waitFor(t *testing.T, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %s", d)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// proxy is a TCP relay between the adapter and anvil that a test can cut
// (every connection closed, new ones refused) and restore: an endpoint
// outage on a real chain.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  []net.Conn
}

func newProxy(t testing.TB, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.Cut() })
	go p.serve()
	return p
}

func (p *proxy) Addr() string { return p.ln.Addr().String() }

func (p *proxy) serve() {
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		p.mu.Unlock()
		if down {
			in.Close()
			continue
		}
		out, err := net.Dial("tcp", p.target)
		if err != nil {
			in.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, in, out)
		p.mu.Unlock()
		go func() { io.Copy(out, in); out.Close() }()
		go func() { io.Copy(in, out); in.Close() }()
	}
}

func (p *proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) isDown() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.down
}

func (p *proxy) Restore() {
	p.mu.Lock()
	p.down = false
	p.mu.Unlock()
}

// 1,000 locks while the endpoint is cut and restored, the watcher is
// restarted from its file cursor, and (second case) the client fails over
// to another endpoint: every lock emitted exactly once.
func TestAnvilOutageNoGapNoDuplicate(t *testing.T) {
	for _, tc := range []struct {
		name     string
		failover bool
	}{{"single endpoint cut and restored", false}, {"failover to second endpoint", true}} {
		t.Run(tc.name, func(t *testing.T) { outage(t, tc.failover) })
	}
}

func outage(t *testing.T, failover bool) {
	const locks, perBlock, conf = 1000, 20, 3
	b := newAnvil(t, false)
	f := evmtest.NewFixture(t, b)
	host := strings.TrimPrefix(b.d.EVM[0].RPCURL, "http://")
	px := newProxy(t, host)
	eps := []evm.Endpoint{{Name: "proxied-ws", URL: "ws://" + px.Addr()}}
	if failover {
		eps = append(eps, evm.Endpoint{Name: "direct-http", URL: b.d.EVM[0].RPCURL})
	}
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	cursor := evm.FileCursor{Path: t.TempDir() + "/cursor.json"}
	var c collector
	start := func() (context.CancelFunc, chan error, *evm.Client) {
		cl, err := evm.Dial(context.Background(), evm.ClientConfig{Chain: f.Chain, Endpoints: eps, CallTimeout: 2 * time.Second,
			BackoffMin: 50 * time.Millisecond, BackoffMax: 500 * time.Millisecond}, evm.WithClientLogger(log))
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: conf, StartBlock: f.DeployBlock,
			PollInterval: 100 * time.Millisecond, MaxBlockRange: 50}, cl, cursor, evm.WithWatcherLogger(log))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- w.Run(ctx, c.sink); cl.Close() }()
		return cancel, done, cl
	}
	cancel, done, cl := start()
	user := b.Key(1)
	nonce := f.Nonce(t, user)
	ctx := context.Background()
	var sent []common.Hash
	var cutAt time.Time
	var cutCount int
	var stats []evm.ClientStats
	for i := 0; i < locks; i++ {
		tx := f.LockNative(t, user, nonce+uint64(i), int64(i+1), common.BigToAddress(big.NewInt(int64(i+1))))
		sent = append(sent, tx.Hash())
		if (i+1)%perBlock == 0 {
			if err := b.Mine(ctx, 2); err != nil {
				t.Fatal(err)
			}
		}
		if (i+1)%perBlock != 0 {
			continue
		}
		// Outages last 1.5s of wall time while locks keep being mined.
		switch i + 1 {
		case 300, 700:
			px.Cut()
			// Let calls in flight at the cut finish (or fail) before counting.
			time.Sleep(300 * time.Millisecond)
			cutAt, cutCount = time.Now(), len(c.locks())
		case 460, 860:
			if time.Since(cutAt) < 1500*time.Millisecond {
				time.Sleep(1500*time.Millisecond - time.Since(cutAt))
			}
			n := len(c.locks())
			if !failover && n != cutCount {
				t.Fatalf("watcher advanced (%d -> %d) with its only endpoint cut", cutCount, n)
			}
			if failover && n <= cutCount {
				t.Fatalf("watcher did not fail over: %d events at cut, %d after 1.5s", cutCount, n)
			}
			px.Restore()
		case 600:
			cancel() // process restart: resume from the file cursor
			<-done
			cp, ok, err := cursor.Load(ctx)
			if err != nil || !ok || cp.Block <= f.DeployBlock {
				t.Fatalf("no cursor saved before restart: %v %v %+v", err, ok, cp)
			}
			stats = append(stats, cl.Stats())
			cancel, done, cl = start()
		}
		if !px.isDown() {
			time.Sleep(10 * time.Millisecond)
		} else {
			time.Sleep(100 * time.Millisecond)
		}
	}
	b.Mine(ctx, conf+1)
	waitFor(t, 60*time.Second, func() bool { return len(c.locks()) >= locks })
	time.Sleep(500 * time.Millisecond)
	cancel()
	<-done
	stats = append(stats, cl.Stats())
	t.Logf("client stats per watcher run: %+v", stats)
	if stats[0].Failures == 0 || stats[1].Failures == 0 {
		t.Fatalf("the outages were not seen by the client: %+v", stats)
	}
	got := map[common.Hash]int{}
	var last chains.Event
	for i, e := range c.locks() {
		got[e.Ref.TxHash]++
		if i > 0 && (e.BlockNum < last.BlockNum || (e.BlockNum == last.BlockNum && e.Ref.Index <= last.Ref.Index)) {
			t.Fatalf("events out of order or repeated: %s after %s", e.Ref, last.Ref)
		}
		last = e
	}
	for i, h := range sent {
		if got[h] != 1 {
			t.Fatalf("lock %d (%s) emitted %d times", i, h, got[h])
		}
	}
	if n := len(c.locks()); n != locks {
		t.Fatalf("%d lock events for %d locks", n, locks)
	}
}

// 200 concurrent mints from one submit key: all mined, consecutive nonces.
func TestAnvil200ConcurrentSubmissions(t *testing.T) {
	b := newAnvil(t, false)
	f := evmtest.NewFixture(t, b)
	res := evmtest.ConcurrentMints(t, f, 200, 50*time.Millisecond)
	lo := res[0].Nonce
	for _, r := range res {
		lo = min(lo, r.Nonce)
	}
	t.Logf("200 mints mined, nonces %d..%d", lo, lo+199)
}

// A transaction priced below what the chain now charges is dropped by anvil
// (its fee cap is under the base fee); the submitter notices it is stuck,
// re-prices above the new base fee and the replacement is mined.
func TestAnvilUnderpricedReplaced(t *testing.T) {
	b := newAnvil(t, false)
	f := evmtest.NewFixture(t, b)
	ctx := context.Background()
	s, err := evm.NewSubmitter(evm.SubmitterConfig{
		Chain: f.Chain, Bridge: f.Bridge, Key: b.Key(3),
		Fees:       evm.FeePolicy{MaxFeeCap: big.NewInt(1000e9)},
		StuckAfter: 300 * time.Millisecond, PollInterval: 50 * time.Millisecond,
	}, f.Client)
	if err != nil {
		t.Fatal(err)
	}
	tr, sigs := f.MintTransfer(t, 9, common.HexToAddress("0x00000000000000000000000000000000000000aa"), 5)
	type out struct {
		r   evm.Result
		err error
	}
	ch := make(chan out, 1)
	go func() { r, err := s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr, sigs); ch <- out{r, err} }()
	waitFor(t, 5*time.Second, func() bool {
		var st map[string]hexutil.Uint64
		_ = b.rpc.Call(&st, "txpool_status")
		return st["pending"] == 1
	})
	// The base fee jumps to 100 gwei: the pooled transaction is now underpriced.
	high := (*hexutil.Big)(big.NewInt(100e9))
	var o out
	for got := false; !got; {
		if err := b.rpc.Call(nil, "anvil_setNextBlockBaseFeePerGas", high); err != nil {
			t.Fatal(err)
		}
		if err := b.Mine(ctx, 1); err != nil {
			t.Fatal(err)
		}
		select {
		case o = <-ch:
			got = true
		case <-time.After(100 * time.Millisecond):
		}
	}
	if o.err != nil {
		t.Fatalf("mint: %v", o.err)
	}
	if len(o.r.Sent) < 2 || o.r.TxHash == o.r.Sent[0] {
		t.Fatalf("underpriced transaction not replaced: %+v", o.r)
	}
	if _, err := f.Client.TransactionReceipt(ctx, o.r.Sent[0]); err == nil {
		t.Fatalf("the underpriced original was mined")
	}
	mined, _, err := f.Client.TransactionByHash(ctx, o.r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.GasFeeCap().Cmp(big.NewInt(100e9)) < 0 || mined.Nonce() != o.r.Nonce {
		t.Fatalf("replacement fee cap %s / nonce %d", mined.GasFeeCap(), mined.Nonce())
	}
	t.Logf("mined %s after %d versions; fee cap %s", o.r.TxHash, len(o.r.Sent), mined.GasFeeCap())
}

// BenchmarkBackfill measures a cold watcher catching up over 10,000 blocks
// holding 5,000 bridge Locked events (200 blocks of 25 locks, 49 empty
// blocks after each), against anvil over HTTP.
func BenchmarkBackfill(b *testing.B) {
	const eventBlocks, perBlock, gap = 200, 25, 49
	be := newAnvil(b, false)
	f := evmtest.NewFixture(b, be)
	ctx := context.Background()
	user := be.Key(1)
	nonce := f.Nonce(b, user)
	for i := 0; i < eventBlocks; i++ {
		for j := 0; j < perBlock; j++ {
			f.LockNative(b, user, nonce, 1, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
			nonce++
		}
		if err := be.Mine(ctx, 1+gap); err != nil {
			b.Fatal(err)
		}
	}
	head, _ := f.Client.BlockNumber(ctx)
	b.Logf("chain: %d blocks after deployment, %d locks", head-f.DeployBlock, eventBlocks*perBlock)
	var events int
	var rates []float64
	for b.Loop() {
		start := time.Now()
		w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 1, StartBlock: f.DeployBlock}, f.Client, &evm.MemoryCursor{})
		if err != nil {
			b.Fatal(err)
		}
		events = 0
		if err := w.Sync(ctx, func(_ context.Context, ev chains.Event) error {
			if ev.Kind == chains.KindLocked {
				events++
			}
			return nil
		}); err != nil {
			b.Fatal(err)
		}
		if events != eventBlocks*perBlock {
			b.Fatalf("backfill emitted %d locks, want %d", events, eventBlocks*perBlock)
		}
		rates = append(rates, float64(events)/time.Since(start).Seconds())
	}
	b.ReportMetric(median(rates), "median-events/s")
	b.ReportMetric(median(rates)*float64(head-f.DeployBlock)/float64(events), "median-blocks/s")
}

// BenchmarkSubmit measures mint throughput from one submit key: each
// operation is 100 concurrent Submitter.Mint calls to anvil, waited for
// their receipts. Sub-benchmarks: anvil's automine (one block per
// transaction, mined inside eth_sendRawTransaction) and a block every 100ms.
func BenchmarkSubmit(b *testing.B) {
	b.Run("automine", func(b *testing.B) { benchSubmit(b, 0) })
	b.Run("block-every-100ms", func(b *testing.B) { benchSubmit(b, 100*time.Millisecond) })
}

func benchSubmit(b *testing.B, blockTime time.Duration) {
	const batch = 100
	be := newAnvil(b, false)
	f := evmtest.NewFixture(b, be)
	ctx := context.Background()
	if blockTime == 0 {
		if err := be.rpc.Call(nil, "evm_setAutomine", true); err != nil {
			b.Fatal(err)
		}
	} else {
		mctx, stop := context.WithCancel(ctx)
		defer stop()
		go func() {
			for t := time.NewTicker(blockTime); ; {
				select {
				case <-mctx.Done():
					t.Stop()
					return
				case <-t.C:
					_ = be.Mine(mctx, 1)
				}
			}
		}()
	}
	s, err := evm.NewSubmitter(evm.SubmitterConfig{
		Chain: f.Chain, Bridge: f.Bridge, Key: be.Key(2), Fees: evm.FeePolicy{MaxFeeCap: big.NewInt(500e9)},
		PollInterval: 20 * time.Millisecond,
	}, f.Client)
	if err != nil {
		b.Fatal(err)
	}
	next := uint64(0)
	var rates []float64
	for b.Loop() {
		b.StopTimer()
		type job struct {
			tr   bindings.BridgeTransfer
			sigs []byte
		}
		jobs := make([]job, batch)
		for i := range jobs {
			jobs[i].tr, jobs[i].sigs = f.MintTransfer(b, next, common.BigToAddress(big.NewInt(int64(next+1))), 1)
			next++
		}
		b.StartTimer()
		start := time.Now()
		var wg sync.WaitGroup
		errs := make(chan error, batch)
		for _, j := range jobs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := s.Mint(ctx, f.Epoch, eip712.NoDeadline, j.tr, j.sigs); err != nil {
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			b.Fatal(err)
		}
		rates = append(rates, batch/time.Since(start).Seconds())
	}
	b.ReportMetric(median(rates), "median-tx/s")
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
