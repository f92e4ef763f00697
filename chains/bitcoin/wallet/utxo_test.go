package wallet_test

import (
	"encoding/json"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

func TestUTXOSet(t *testing.T) {
	w := newWallet(t)
	c, _ := w.Custody(7)
	set := w.NewUTXOSet()
	a := wire.NewMsgTx(2)
	a.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte("x"))}})
	a.AddTxOut(wire.NewTxOut(1000, append([]byte{0x00, 0x14}, make([]byte, 20)...)))
	a.AddTxOut(wire.NewTxOut(70_000, c.PkScript()))
	set.ApplyBlock(1, &wire.MsgBlock{Transactions: []*wire.MsgTx{a}})
	if u := set.Unspent(); len(u) != 1 || u[0].OutPoint != (wire.OutPoint{Hash: a.TxHash(), Index: 1}) || u[0].Amount != 70_000 || u[0].Epoch != 7 {
		t.Fatalf("after receive: %+v", u)
	}
	b := wire.NewMsgTx(2)
	b.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: a.TxHash(), Index: 1}})
	b.AddTxOut(wire.NewTxOut(30_000, c.PkScript()))
	set.ApplyTx(b)
	if u := set.Unspent(); len(u) != 1 || u[0].OutPoint.Hash != b.TxHash() || set.Balance() != 30_000 {
		t.Fatalf("after spend: %+v", u)
	}
}

func TestSignatureJSON(t *testing.T) {
	in := wallet.Signature{Input: 3, Key: [32]byte{1}, LeafHash: [32]byte{2}, Sig: [64]byte{3, 4}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out wallet.Signature
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip %s: %v %+v", b, err, out)
	}
	if err := json.Unmarshal([]byte(`{"input":1,"key":"00","leafHash":"","sig":""}`), &out); err == nil {
		t.Fatal("short key accepted")
	}
}
