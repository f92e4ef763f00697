package watcher_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/chains/chaintest"
)

// btcChain is how a Bitcoin backend of the suite makes transactions and
// blocks: a real btcd (integration tests) or fakeNode (unit tests).
type btcChain interface {
	// Node is what the watcher and verifier read.
	Node() watcher.Node
	// Pay sends a transaction with outs (funded and signed as the node
	// needs) to be mined by the next Mine.
	Pay(t testing.TB, outs []*wire.TxOut) *wire.MsgTx
	Mine(t testing.TB, n int)
	// Reorg replaces the last depth blocks with depth+1 new ones; the
	// transactions of the removed blocks return to the mempool, as btcd's
	// invalidateblock does, and the first new block mines them again.
	Reorg(t testing.TB, depth int)
	Tip(t testing.TB) int64
}

// conformance is the Bitcoin adapter (package watcher) over a btcChain, as
// a chaintest.Backend: locks are deposits to a 2-of-3 federation.
type conformance struct {
	btcChain
	fed   bitcoin.Federation
	start int64
	locks int64
}

func newConformance(t testing.TB, c btcChain) *conformance {
	fed, err := bitcointest.Federation(1, 2, bitcointest.Keys("chaintest/signer", 3), "chaintest")
	if err != nil {
		t.Fatal(err)
	}
	return &conformance{btcChain: c, fed: fed, start: c.Tip(t) + 1}
}

func (c *conformance) config(conf uint64) watcher.Config {
	return watcher.Config{
		Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{c.fed}, Confirmations: uint32(conf),
		MinDeposit: 10_000, RefundMargin: 50, StartHeight: c.start, PollInterval: 50 * time.Millisecond,
	}
}

func (c *conformance) Lock(t testing.TB) chaintest.Lock {
	t.Helper()
	c.locks++
	p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: uint32(c.Tip(t)) + 1000}
	copy(p.Recipient[:], chainhash.HashB([]byte(fmt.Sprint("chaintest recipient ", c.locks)))[:20])
	copy(p.RefundKey[:], schnorr.SerializePubKey(bitcointest.Key("chaintest/depositor").PubKey()))
	out, err := bitcoin.NewDepositOutput(p, c.fed.Signers)
	if err != nil {
		t.Fatal(err)
	}
	amount := 100_000 + c.locks
	tx := c.Pay(t, out.Outputs(amount))
	return chaintest.Lock{TxHash: display(tx.TxHash()), Amount: big.NewInt(amount)}
}

func (c *conformance) Watcher(t testing.TB, conf uint64, cursorPath string) chaintest.Watcher {
	t.Helper()
	w, err := watcher.New(c.config(conf), c.Node(), watcher.FileCursor{Path: cursorPath})
	if err != nil {
		t.Fatal(err)
	}
	return chaintest.WatcherFuncs{SyncFunc: w.PollRange, RunFunc: w.RunRange}
}

func (c *conformance) Verifier(t testing.TB, conf uint64) chaintest.Verifier {
	t.Helper()
	v, err := watcher.NewVerifier(c.config(conf), c.Node())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (c *conformance) Classify(err error) chaintest.Verdict {
	switch {
	case errors.Is(err, watcher.ErrUnknownTx), errors.Is(err, watcher.ErrNotFound):
		return chaintest.NotFound
	case errors.Is(err, watcher.ErrNotFinal):
		return chaintest.NotFinal
	}
	return chaintest.Other
}

// display is a txid in RPC display order, as EventRef.TxHash holds it.
func display(h chainhash.Hash) [32]byte {
	var out [32]byte
	for i := range h {
		out[i] = h[31-i]
	}
	return out
}

// TestChaintestFakeNode runs the adapter-wide suite on fakeNode, a test
// double of the node, so that reorgs are unit-tested in milliseconds. The
// same suite runs on a real btcd in TestChaintestBtcd (build tag
// integration).
func TestChaintestFakeNode(t *testing.T) {
	chaintest.Run(t, func(t *testing.T) chaintest.Backend { return newConformance(t, newFakeNode()) })
}
