//go:build integration

package watcher_test

import (
	"context"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/chains/chaintest"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// btcd is a real regtest btcd started by the harness on loopback: deposits
// are funded by the devnet faucet and signed by a P2WPKH depositor;
// reorgs are invalidateblock and generate.
type btcd struct {
	ctx context.Context
	d   *harness.Devnet
	c   *rpcclient.Client
}

func newBtcd(t *testing.T) *btcd {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	d := harness.New(t, harness.WithBTC())
	return &btcd{ctx: ctx, d: d, c: d.BTC.Client(t)}
}

func (b *btcd) Node() watcher.Node { return b.c }

// depositFee pays for the one-input deposit transaction.
const depositFee = 2000

func (b *btcd) Pay(t testing.TB, outs []*wire.TxOut) *wire.MsgTx {
	t.Helper()
	key := bitcointest.Key("chaintest/depositor")
	script := p2wpkh(key.PubKey().SerializeCompressed())
	value := int64(depositFee)
	for _, o := range outs {
		value += o.Value
	}
	op, err := b.d.FundBTC(b.ctx, script, btcutil.Amount(value))
	if err != nil {
		t.Fatal(err)
	}
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: *op, Sequence: bitcoin.SequenceRBF})
	for _, o := range outs {
		tx.AddTxOut(o)
	}
	fetch := txscript.NewCannedPrevOutputFetcher(script, value)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, value, script, txscript.SigHashAll, key, true)
	if err != nil {
		t.Fatal(err)
	}
	tx.TxIn[0].Witness = wit
	if _, err := b.c.SendRawTransaction(tx, false); err != nil {
		t.Fatalf("deposit rejected by btcd: %v", err)
	}
	return tx
}

// p2wpkh is the P2WPKH scriptPubKey of the key (or any bytes) hashed.
func p2wpkh(pub []byte) []byte {
	return append([]byte{0x00, 0x14}, btcutil.Hash160(pub)...)
}

func (b *btcd) Mine(t testing.TB, n int) {
	t.Helper()
	if _, err := b.d.MineBTC(b.ctx, n); err != nil {
		t.Fatal(err)
	}
}

// Reorg invalidates the block depth below the tip's successor and mines
// depth+1 blocks. A faucet payment goes into the first new block so that
// it differs from the invalidated one even when btcd builds it from the
// same transactions within the same second.
func (b *btcd) Reorg(t testing.TB, depth int) {
	t.Helper()
	hash, err := b.c.GetBlockHash(b.Tip(t) - int64(depth) + 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.c.InvalidateBlock(hash); err != nil {
		t.Fatal(err)
	}
	if _, err := b.d.FundBTC(b.ctx, p2wpkh([]byte("chaintest reorg")), 10_000); err != nil {
		t.Fatal(err)
	}
	b.Mine(t, depth+1)
}

func (b *btcd) Tip(t testing.TB) int64 {
	t.Helper()
	n, err := b.c.GetBlockCount()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestChaintestBtcd runs the adapter-wide suite on a real btcd.
func TestChaintestBtcd(t *testing.T) {
	chaintest.Run(t, func(t *testing.T) chaintest.Backend { return newConformance(t, newBtcd(t)) })
}
