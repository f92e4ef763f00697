package evmtest

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains/chaintest"
	"github.com/kakehashi/kakehashi/chains/evm"
)

// Conformance deploys the fixture bridge on b and returns it as a
// chaintest.Backend, so that the adapter-wide suite (chaintest.Run) runs
// on every EVM backend: locks are lockNative calls from key 1, the watcher
// starts at the bridge's deployment block.
func Conformance(t testing.TB, b Backend) chaintest.Backend {
	return &conformance{f: NewFixture(t, b)}
}

type conformance struct {
	f     *Fixture
	locks int64
	// next is the nonce after the last lock sent since blocks were last
	// mined: a node's pending nonce may not count a transaction sent a
	// moment ago (the simulated backend's pool promotes asynchronously).
	next    uint64
	sending bool
}

func (c *conformance) Lock(t testing.TB) chaintest.Lock {
	t.Helper()
	user := c.f.B.Key(1)
	nonce := c.f.Nonce(t, user)
	if c.sending {
		nonce = max(nonce, c.next)
	}
	c.next, c.sending = nonce+1, true
	c.locks++
	wei := 1000 + c.locks
	tx := c.f.LockNative(t, user, nonce, wei, common.HexToAddress("0x0000000000000000000000000000000000c4a1e5"))
	return chaintest.Lock{TxHash: tx.Hash(), Amount: big.NewInt(wei)}
}

func (c *conformance) Mine(t testing.TB, n int) {
	t.Helper()
	c.awaitPool(t)
	if err := c.f.B.Mine(context.Background(), n); err != nil {
		t.Fatalf("mine: %v", err)
	}
	c.sending = false
}

// awaitPool waits until the node's pool counts every lock sent, so that
// the next block holds them all (the simulated backend's pool may still be
// promoting the last one when Mine is called).
func (c *conformance) awaitPool(t testing.TB) {
	t.Helper()
	if !c.sending {
		return
	}
	for deadline := time.Now().Add(10 * time.Second); c.f.Nonce(t, c.f.B.Key(1)) < c.next; {
		if time.Now().After(deadline) {
			t.Fatalf("the node's pool does not count nonce %d after 10s", c.next-1)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (c *conformance) Reorg(t testing.TB, depth int) {
	t.Helper()
	if err := c.f.B.Reorg(context.Background(), depth); err != nil {
		t.Fatalf("reorg: %v", err)
	}
	c.sending = false
}

func (c *conformance) Watcher(t testing.TB, conf uint64, cursorPath string) chaintest.Watcher {
	t.Helper()
	w, err := evm.NewWatcher(evm.WatcherConfig{
		Chain: c.f.Chain, Bridge: c.f.Bridge, Confirmations: conf, StartBlock: c.f.DeployBlock,
		PollInterval: 50 * time.Millisecond, ReorgWindow: 64,
	}, c.f.Client, evm.FileCursor{Path: cursorPath})
	if err != nil {
		t.Fatal(err)
	}
	return chaintest.WatcherFuncs{SyncFunc: w.SyncRange, RunFunc: w.RunRange}
}

func (c *conformance) Verifier(t testing.TB, conf uint64) chaintest.Verifier {
	t.Helper()
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: c.f.Chain, Bridge: c.f.Bridge, Confirmations: conf}, c.f.Client)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (c *conformance) Classify(err error) chaintest.Verdict {
	switch {
	case errors.Is(err, evm.ErrNotFinal), errors.Is(err, evm.ErrNotCanonical):
		return chaintest.NotFinal
	case errors.Is(err, evm.ErrTxNotFound), errors.Is(err, evm.ErrLogNotFound):
		return chaintest.NotFound
	}
	return chaintest.Other
}
