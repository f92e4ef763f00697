package btcroute

import (
	"context"
	"errors"
	"testing"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	btcwallet "github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

// TestSignReplacement: a payout that declares it replaces another is
// checked by each signer against the payout as its own book holds it
// (SignBatch → signer.CheckReplacement): the replacement at a higher rate
// is signed by a signer of the original; a signer whose book never held
// the original refuses it, and so does every signer for a replacement
// that drops a burn or exceeds the published maximum. Once the
// replacement is final, the original leaves every book (Spent).
func TestSignReplacement(t *testing.T) {
	ctx := context.Background()
	b1, b2 := payoutAuth(1, 300_000), payoutAuth(2, 200_000)
	w := newChainWorld(t, b1, b2)
	at := func(rate uint64, replaces *chainhash.Hash, ids ...chains.TransferID) *psbt.Packet {
		t.Helper()
		old := w.f.wcfg.Fees.Rate
		w.f.wcfg.Fees.Rate = rate
		defer func() { w.f.wcfg.Fees.Rate = old }()
		pk := w.build(t, w.genesis, nil, ids...)
		if replaces != nil {
			if err := btcwallet.MarkReplacement(pk, *replaces); err != nil {
				t.Fatal(err)
			}
		}
		return pk
	}
	orig := at(1, nil, b1.TransferID, b2.TransferID)
	oid := orig.UnsignedTx.TxHash()
	if _, err := w.ops[1].b.SignBatch(ctx, w.batch(t, orig)); err != nil {
		t.Fatal(err)
	}
	repl := w.batch(t, at(4, &oid, b1.TransferID, b2.TransferID))
	for _, tc := range []struct {
		name string
		op   int
		b    func() // setup
		p    *psbt.Packet
		want error
	}{
		{"drops a burn", 1, nil, at(4, &oid, b1.TransferID), signer.ErrReplacement},
		{"same rate", 1, nil, at(1, &oid, b1.TransferID, b2.TransferID), signer.ErrReplacement},
		{"above the published maximum", 1, func() { w.ops[1].b.cfg.MaxFeeRate = 3 }, at(4, &oid, b1.TransferID, b2.TransferID), signer.ErrFeePolicy},
		{"original not in the signer's book", 2, nil, at(4, &oid, b1.TransferID, b2.TransferID), signer.ErrReplacement},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.b != nil {
				tc.b()
				defer func() { w.ops[1].b.cfg.MaxFeeRate = 0 }()
			}
			if _, err := w.ops[tc.op].b.SignBatch(ctx, w.batch(t, tc.p)); !errors.Is(err, tc.want) || !errors.Is(err, signer.ErrRefused) {
				t.Fatalf("SignBatch = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := w.ops[1].b.SignBatch(ctx, repl); err != nil {
		t.Fatalf("the signer of the original refused its replacement: %v", err)
	}
	if got := w.ops[1].b.cfg.Book.PayoutsOf(b1.TransferID); len(got) != 2 {
		t.Fatalf("book holds %v for burn 1, want the original and its replacement", got)
	}
	// Final: the replacement confirms, the original leaves the book.
	tx := w.pay(t, repl, 1, 0, 1)
	w.final(t, tx)
	for i := range w.ops {
		if got := w.ops[i].b.cfg.Book.PayoutsOf(b1.TransferID); len(got) > 1 || len(got) == 1 && got[0] != tx.TxHash() {
			t.Fatalf("operator %d: book holds %v for burn 1 after the replacement is final", i, got)
		}
		if !w.ops[i].acc.Executed(b1.TransferID) || !w.ops[i].acc.Executed(b2.TransferID) {
			t.Fatalf("operator %d: burns not recorded as paid by the replacement", i)
		}
		if m := w.main(t, i); m != change(tx) {
			t.Fatalf("operator %d: main %v, want the replacement's change", i, m)
		}
	}
}

// TestEvictedFees: a replacement evicts the payout and its mempool
// descendants; it must outbid their summed fees and their highest rate.
func TestEvictedFees(t *testing.T) {
	root, child, grandchild, other := chainhash.Hash{1}, chainhash.Hash{2}, chainhash.Hash{3}, chainhash.Hash{4}
	pool := map[string]btcjson.GetRawMempoolVerboseResult{
		root.String():       {Vsize: 202, Fee: btcutil.Amount(202).ToBTC()},
		child.String():      {Vsize: 202, Fee: btcutil.Amount(404).ToBTC(), Depends: []string{root.String()}},
		grandchild.String(): {Vsize: 100, Fee: btcutil.Amount(250).ToBTC(), Depends: []string{child.String()}},
		other.String():      {Vsize: 100, Fee: btcutil.Amount(9_000).ToBTC()},
	}
	if fees, top := evictedFees(root, pool); fees != 856 || top != 3 {
		t.Fatalf("evictedFees(root) = %d sat, %d sat/vB; want 856 and 3 (250 sat over 100 vB, rounded up)", fees, top)
	}
	if fees, top := evictedFees(child, pool); fees != 654 || top != 3 {
		t.Fatalf("evictedFees(child) = %d, %d; want 654, 3", fees, top)
	}
}

// TestOriginalWins: when the original confirms instead of its
// replacement (a miner had only the original), the replacement leaves
// every book once the original is final, and the burns are paid once.
func TestOriginalWins(t *testing.T) {
	ctx := context.Background()
	b1 := payoutAuth(1, 300_000)
	w := newChainWorld(t, b1)
	orig := w.build(t, w.genesis, nil, b1.TransferID)
	oid := orig.UnsignedTx.TxHash()
	old := w.f.wcfg.Fees.Rate
	w.f.wcfg.Fees.Rate = 5
	repl := w.build(t, w.genesis, nil, b1.TransferID)
	w.f.wcfg.Fees.Rate = old
	if err := btcwallet.MarkReplacement(repl, oid); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{1, 2} {
		if _, err := w.ops[i].b.SignBatch(ctx, w.batch(t, orig)); err != nil {
			t.Fatal(err)
		}
		if _, err := w.ops[i].b.SignBatch(ctx, w.batch(t, repl)); err != nil {
			t.Fatalf("operator %d refused the replacement: %v", i, err)
		}
	}
	tx := w.pay(t, w.batch(t, orig), 1, 0, 1)
	w.final(t, tx)
	for i := range w.ops {
		if got := w.ops[i].b.cfg.Book.PayoutsOf(b1.TransferID); len(got) > 1 || len(got) == 1 && got[0] != oid {
			t.Fatalf("operator %d: book holds %v, want at most the original", i, got)
		}
		if !w.ops[i].acc.Executed(b1.TransferID) {
			t.Fatalf("operator %d: burn not recorded", i)
		}
	}
	// The replacement can no longer be signed: its burn is paid.
	if _, err := w.ops[2].b.SignBatch(ctx, w.batch(t, repl)); !errors.Is(err, ErrAlreadyPaid) {
		t.Fatalf("replacement after the original is final: %v, want ErrAlreadyPaid", err)
	}
}
