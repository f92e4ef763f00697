package watcher

import (
	"strings"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
)

func testRules(t *testing.T) (*rules, bitcoin.Federation, bitcoin.Federation) {
	t.Helper()
	cur, err := bitcointest.Federation(2, 2, bitcointest.Keys("watch/2", 3), "watch/2")
	if err != nil {
		t.Fatal(err)
	}
	prev, _ := bitcointest.Federation(1, 2, bitcointest.Keys("watch/1", 3), "watch/1")
	r, err := Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{cur, prev}, Confirmations: 3,
		MinDeposit: 10_000, RefundMargin: 100, DstChains: []chains.ChainID{chains.DevnetA}}.rules()
	if err != nil {
		t.Fatal(err)
	}
	return r, cur, prev
}

func depositTx(p bitcoin.Payload, fed bitcoin.Federation, amount int64, extra ...*wire.TxOut) *wire.MsgTx {
	out, _ := bitcoin.NewDepositOutput(p, fed.Signers)
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte("funding")), Index: 0}})
	tx.AddTxOut(wire.NewTxOut(5000, append([]byte{0x00, 0x14}, make([]byte, 20)...))) // change first
	tx.AddTxOut(wire.NewTxOut(amount, out.PkScript()))
	tx.AddTxOut(wire.NewTxOut(0, bitcoin.PayloadScript(p)))
	for _, e := range extra {
		tx.AddTxOut(e)
	}
	return tx
}

func TestDepositEvent(t *testing.T) {
	r, cur, prev := testRules(t)
	p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: 1000}
	p.Recipient[0] = 0x42
	copy(p.RefundKey[:], bitcointest.Key("depositor").PubKey().SerializeCompressed()[1:])
	const height = 500 // final at 502; locktime 1000 leaves 498 blocks

	raw := func(b []byte) *wire.TxOut { return wire.NewTxOut(0, append([]byte{0x6a, byte(len(b))}, b...)) }
	withPayload := func(tx *wire.MsgTx, o *wire.TxOut) *wire.MsgTx { tx.TxOut[2] = o; return tx }
	enc := p.Encode()
	v2 := append([]byte(nil), enc...)
	v2[3] = 2
	short := enc[:60]
	dup, _ := bitcoin.NewDepositOutput(p, cur.Signers)
	prevOut, _ := bitcoin.NewDepositOutput(p, prev.Signers)
	pOther := p
	pOther.DstChain = chains.DevnetC
	pLate := p
	pLate.Locktime = 550

	for _, tc := range []struct {
		name   string
		tx     *wire.MsgTx
		kind   chains.EventKind
		reason string
		vout   uint32
	}{
		{"accepted, current epoch", depositTx(p, cur, 50_000), chains.KindLocked, "", 1},
		{"accepted, previous epoch", depositTx(p, prev, 50_000), chains.KindLocked, "", 1},
		{"unknown version", withPayload(depositTx(p, cur, 50_000), raw(v2)), chains.KindDepositRejected, RejectUnknownVersion, 2},
		{"wrong length", withPayload(depositTx(p, cur, 50_000), raw(short)), chains.KindDepositRejected, RejectBadLength, 2},
		{"no matching output", depositTx(p, cur, 50_000), chains.KindDepositRejected, RejectNoOutput, 2},
		{"several matching outputs", depositTx(p, cur, 50_000, wire.NewTxOut(20_000, dup.PkScript())), chains.KindDepositRejected, RejectSeveralOutputs, 2},
		{"one per epoch is several", depositTx(p, cur, 50_000, wire.NewTxOut(20_000, prevOut.PkScript())), chains.KindDepositRejected, RejectSeveralOutputs, 2},
		{"below minimum", depositTx(p, cur, 9_999), chains.KindDepositRejected, RejectBelowMinimum, 1},
		{"refund window", depositTx(pLate, cur, 50_000), chains.KindDepositRejected, RejectRefundWindow, 1},
		{"destination not served", depositTx(pOther, cur, 50_000), chains.KindDepositRejected, RejectDestination, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx := tc.tx
			if tc.reason == RejectNoOutput {
				tx.TxOut[1].PkScript = append([]byte{0x51, 0x20}, make([]byte, 32)...)
			}
			ev := r.depositEvent(tx, height)
			if ev == nil {
				t.Fatal("no event")
			}
			if ev.Kind != tc.kind || !strings.HasPrefix(ev.Reason, tc.reason) || ev.Ref.Index != tc.vout {
				t.Fatalf("got %s %q vout %d", ev.Kind, ev.Reason, ev.Ref.Index)
			}
			if ev.TransferID != chains.BitcoinTransferID(chains.BitcoinRegtest, tx.TxHash(), tc.vout) {
				t.Fatal("transfer id")
			}
			if tc.kind == chains.KindLocked && (ev.Amount.Int64() != 50_000 || ev.DstChain != chains.DevnetA || ev.Recipient[0] != 0x42) {
				t.Fatalf("fields %+v", ev)
			}
		})
	}
	t.Run("no payload", func(t *testing.T) {
		tx := depositTx(p, cur, 50_000)
		tx.TxOut[2] = raw([]byte("hello"))
		if ev := r.depositEvent(tx, height); ev != nil {
			t.Fatalf("event for foreign OP_RETURN: %+v", ev)
		}
	})
}

func TestClassifySpend(t *testing.T) {
	r, cur, _ := testRules(t)
	p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: 1000}
	p.Recipient[0] = 1
	copy(p.RefundKey[:], bitcointest.Key("depositor").PubKey().SerializeCompressed()[1:])
	dep, _ := bitcoin.NewDepositOutput(p, cur.Signers)
	cus, _ := bitcoin.NewCustodyOutput(cur)
	other, _ := bitcointest.Federation(9, 2, bitcointest.Keys("other", 3), "other")
	oc, _ := bitcoin.NewCustodyOutput(other)
	for _, tc := range []struct {
		name string
		wit  wire.TxWitness
		want spendKind
	}{
		{"mint leaf", wire.TxWitness{nil, nil, nil, dep.Leaf(bitcoin.MintLeaf).Script, dep.ControlBlock(bitcoin.MintLeaf)}, spendMint},
		{"refund leaf", wire.TxWitness{make([]byte, 64), dep.Leaf(bitcoin.RefundLeaf).Script, dep.ControlBlock(bitcoin.RefundLeaf)}, spendRefund},
		{"custody", wire.TxWitness{nil, nil, nil, cus.Leaf(bitcoin.SignersLeaf).Script, cus.ControlBlock(bitcoin.SignersLeaf)}, spendCustody},
		{"recovery", wire.TxWitness{nil, cus.Leaf(bitcoin.RecoveryLeaf).Script, cus.ControlBlock(bitcoin.RecoveryLeaf)}, spendCustody},
		{"other federation", wire.TxWitness{nil, nil, nil, oc.Leaf(bitcoin.SignersLeaf).Script, oc.ControlBlock(bitcoin.SignersLeaf)}, spendNone},
		{"p2wpkh", wire.TxWitness{make([]byte, 71), make([]byte, 33)}, spendNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := r.classifySpend(tc.wit); got != tc.want {
				t.Fatalf("got %d want %d", got, tc.want)
			}
		})
	}
}
