package evm_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/chaintest"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/evmtest"
)

// simBackend runs the conformance suite on go-ethereum's in-process
// simulated chain (chain id 1337): fast, no external process.
type simBackend struct {
	mu   sync.Mutex
	sim  *simulated.Backend
	keys []*ecdsa.PrivateKey
}

func newSimBackend(t *testing.T) evmtest.Backend {
	b := &simBackend{}
	alloc := types.GenesisAlloc{}
	bal, _ := new(big.Int).SetString("1000000000000000000000000", 10)
	for i := 0; i < 4; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi sim key %d", i))))
		b.keys = append(b.keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: bal}
	}
	b.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { b.sim.Close() })
	return b
}

func (b *simBackend) Endpoint() evm.Endpoint {
	return evm.Endpoint{Name: "simulated", Node: b.sim.Client()}
}
func (b *simBackend) ChainID() chains.ChainID     { return 1337 }
func (b *simBackend) Key(i int) *ecdsa.PrivateKey { return b.keys[i] }

func (b *simBackend) Mine(_ context.Context, n int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i := 0; i < n; i++ {
		b.sim.Commit()
	}
	return nil
}

func (b *simBackend) Reorg(ctx context.Context, depth int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := b.sim.Client()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return err
	}
	parent, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(head-uint64(depth)))
	if err != nil {
		return err
	}
	if err := b.sim.Fork(parent.Hash()); err != nil {
		return err
	}
	for i := 0; i <= depth; i++ {
		b.sim.Commit()
	}
	return nil
}

func TestConformanceSimulated(t *testing.T) {
	evmtest.Run(t, newSimBackend)
}

// TestChaintestSimulated runs the adapter-wide suite (watcher, verifier,
// finality, reorgs, restarts) on the simulated backend.
func TestChaintestSimulated(t *testing.T) {
	chaintest.Run(t, func(t *testing.T) chaintest.Backend { return evmtest.Conformance(t, newSimBackend(t)) })
}

type flakyCursor struct {
	evm.MemoryCursor
	failSaves int
}

func (c *flakyCursor) Save(ctx context.Context, cp evm.Checkpoint) error {
	if c.failSaves > 0 {
		c.failSaves--
		return errors.New("disk full")
	}
	return c.MemoryCursor.Save(ctx, cp)
}

// A sink or cursor failure stops the watcher where it is; the retry gives
// every event exactly once.
func TestWatcherFailuresNoDuplicate(t *testing.T) {
	for _, tc := range []struct {
		name      string
		failSink  int // fail the sink on this lock (1-based), once
		failSaves int
	}{{"sink fails mid-range", 3, 0}, {"cursor save fails", 0, 2}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			f := evmtest.NewFixture(t, newSimBackend(t))
			user := f.B.Key(1)
			n := f.Nonce(t, user)
			var want []common.Hash
			for i := 0; i < 6; i++ {
				tx := f.LockNative(t, user, n+uint64(i), 1, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
				f.MineTx(t, tx)
				want = append(want, tx.Hash())
			}
			f.B.Mine(ctx, 2)
			cur := &flakyCursor{failSaves: tc.failSaves}
			w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 2, StartBlock: f.DeployBlock}, f.Client, cur)
			if err != nil {
				t.Fatal(err)
			}
			got := map[common.Hash]int{}
			locks, failed := 0, false
			sink := func(_ context.Context, ev chains.Event) error {
				if ev.Kind != chains.KindLocked {
					return nil
				}
				if locks+1 == tc.failSink && !failed {
					failed = true
					return errors.New("bus unavailable")
				}
				locks++
				got[ev.Ref.TxHash]++
				return nil
			}
			errs := 0
			for i := 0; i < 5; i++ {
				if err := w.Sync(ctx, sink); err != nil {
					errs++
				}
			}
			if errs == 0 {
				t.Fatal("failure not reported")
			}
			for i, h := range want {
				if got[h] != 1 {
					t.Fatalf("lock %d emitted %d times", i, got[h])
				}
			}
			if cp, ok, _ := cur.Load(ctx); !ok || cp.Block != w.Stats().Block {
				t.Fatalf("cursor %+v not saved at %d", cp, w.Stats().Block)
			}
		})
	}
}

// Run follows heads through the in-process subscription.
func TestWatcherRun(t *testing.T) {
	f := evmtest.NewFixture(t, newSimBackend(t))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 2, StartBlock: f.DeployBlock, PollInterval: time.Hour}, f.Client, &evm.MemoryCursor{})
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan chains.Event, 16)
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, func(_ context.Context, ev chains.Event) error {
			if ev.Kind == chains.KindLocked {
				got <- ev
			}
			return nil
		})
	}()
	user := f.B.Key(1)
	tx := f.LockNative(t, user, f.Nonce(t, user), 3, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	f.MineTx(t, tx)
	deadline := time.After(10 * time.Second)
	for {
		f.B.Mine(ctx, 1) // each head wakes the watcher (poll interval is an hour)
		select {
		case ev := <-got:
			if ev.Ref.TxHash != tx.Hash() || !ev.Final {
				t.Fatalf("got %+v", ev)
			}
			if !w.Stats().Subscription {
				t.Fatal("no head subscription on the in-process node")
			}
			cancel()
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Fatalf("Run returned %v", err)
			}
			return
		case <-deadline:
			t.Fatal("lock not emitted")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func TestNewWatcherConfigErrors(t *testing.T) {
	f := evmtest.NewFixture(t, newSimBackend(t))
	ok := evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 1}
	for _, tc := range []struct {
		name string
		mut  func(*evm.WatcherConfig)
	}{
		{"zero chain", func(c *evm.WatcherConfig) { c.Chain = 0 }},
		{"chain differs from client", func(c *evm.WatcherConfig) { c.Chain = 1 }},
		{"zero bridge", func(c *evm.WatcherConfig) { c.Bridge = common.Address{} }},
		{"zero confirmations", func(c *evm.WatcherConfig) { c.Confirmations = 0 }},
		{"window below depth", func(c *evm.WatcherConfig) { c.Confirmations = 10; c.ReorgWindow = 5 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok
			tc.mut(&cfg)
			if _, err := evm.NewWatcher(cfg, f.Client, &evm.MemoryCursor{}); !errors.Is(err, evm.ErrConfig) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

// noSubNode is a node without head subscriptions (an HTTP endpoint).
type noSubNode struct{ evm.Node }

func (noSubNode) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, errors.New("notifications not supported")
}

// Without a subscription, Run notices a new head by polling the head's
// number every HeadPollInterval, not only every PollInterval.
func TestWatcherRunPollsHead(t *testing.T) {
	b := newSimBackend(t)
	f := evmtest.NewFixture(t, b)
	c, err := evm.Dial(context.Background(), evm.ClientConfig{Chain: f.Chain, Endpoints: []evm.Endpoint{{Name: "http-like", Node: noSubNode{b.Endpoint().Node}}}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 2, StartBlock: f.DeployBlock,
		PollInterval: time.Hour, HeadPollInterval: 20 * time.Millisecond}, c, &evm.MemoryCursor{})
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan chains.Event, 16)
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, func(_ context.Context, ev chains.Event) error {
			if ev.Kind == chains.KindLocked {
				got <- ev
			}
			return nil
		})
	}()
	user := f.B.Key(1)
	tx := f.LockNative(t, user, f.Nonce(t, user), 3, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	f.MineTx(t, tx)
	time.Sleep(100 * time.Millisecond) // the watcher is past its first sync
	_ = f.B.Mine(ctx, 1)               // the lock's second confirmation
	mined := time.Now()
	select {
	case ev := <-got:
		if ev.Ref.TxHash != tx.Hash() || !ev.Final {
			t.Fatalf("got %+v", ev)
		}
		if lag := time.Since(mined); lag > 2*time.Second {
			t.Fatalf("emitted %s after the final block", lag)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("lock not emitted: the head was not polled")
	}
	if w.Stats().Subscription {
		t.Fatal("subscription reported on a node without one")
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v", err)
	}
}

// RunRange hands each range's final events to the hook before the sink,
// all at once; a hook failure gives nothing to the sink and the range is
// handed over again.
func TestWatcherRunRange(t *testing.T) {
	f := evmtest.NewFixture(t, newSimBackend(t))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	user := f.B.Key(1)
	n := f.Nonce(t, user)
	var want []common.Hash
	for i := 0; i < 4; i++ {
		tx := f.LockNative(t, user, n+uint64(i), 1, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
		f.MineTx(t, tx)
		want = append(want, tx.Hash())
	}
	f.B.Mine(ctx, 2)
	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 2, StartBlock: f.DeployBlock, PollInterval: 20 * time.Millisecond}, f.Client, &evm.MemoryCursor{})
	if err != nil {
		t.Fatal(err)
	}
	var calls [][]chains.Event
	hooked := map[common.Hash]bool{}
	var sunk []common.Hash
	done := make(chan error, 1)
	go func() {
		done <- w.RunRange(ctx, func(_ context.Context, evs []chains.Event) error {
			calls = append(calls, append([]chains.Event(nil), evs...))
			if len(calls) == 1 {
				return errors.New("store unavailable")
			}
			for _, ev := range evs {
				hooked[ev.Ref.TxHash] = true
			}
			return nil
		}, func(_ context.Context, ev chains.Event) error {
			if !hooked[ev.Ref.TxHash] {
				t.Errorf("event %s given to the sink before the hook accepted it", ev.Ref)
			}
			if ev.Kind == chains.KindLocked {
				sunk = append(sunk, ev.Ref.TxHash)
				if len(sunk) == len(want) {
					cancel()
				}
			}
			return nil
		})
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("RunRange returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("locks not emitted")
	}
	if len(calls) != 2 {
		t.Fatalf("hook called %d times, want 2 (a failure, then the same range again)", len(calls))
	}
	for i, c := range calls {
		var locks []common.Hash
		for _, ev := range c {
			if !ev.Final {
				t.Fatalf("call %d: event %s not final", i, ev.Ref)
			}
			if ev.Kind == chains.KindLocked {
				locks = append(locks, ev.Ref.TxHash)
			}
		}
		if !slices.Equal(locks, want) {
			t.Fatalf("call %d: hook got locks %v, want all of the range %v", i, locks, want)
		}
	}
	if !slices.Equal(sunk, want) {
		t.Fatalf("sink got %v, want %v once each", sunk, want)
	}
}
