package bitcoin_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

// recipientScript cycles through the five standard payment forms
// (P2PKH, P2SH, P2WPKH, P2WSH, P2TR), the mix a payout batch sees.
func recipientScript(i int) []byte {
	h := chainhash.HashB([]byte(fmt.Sprintf("recipient/%d", i)))
	switch i % 5 {
	case 0:
		return append(append([]byte{0x76, 0xa9, 0x14}, h[:20]...), 0x88, 0xac)
	case 1:
		return append(append([]byte{0xa9, 0x14}, h[:20]...), 0x87)
	case 2:
		return append([]byte{0x00, 0x14}, h[:20]...)
	case 3:
		return append([]byte{0x00, 0x20}, h...)
	default:
		k := bitcointest.Key(fmt.Sprintf("recipient/%d", i)).PubKey().SerializeCompressed()[1:]
		return append([]byte{0x51, 0x20}, k...)
	}
}

// p2wshFixture builds the same sweeps and payouts as the taproot wallet, but
// with P2WSH 2-of-3 OP_CHECKMULTISIG scripts, ECDSA-signed and checked by
// the script engine, to compare sizes.
type p2wshFixture struct {
	keys    []*btcec.PrivateKey
	custody []byte // witness script of custody: 2 <pk1> <pk2> <pk3> 3 CHECKMULTISIG
}

func newP2WSH(keys []*btcec.PrivateKey) *p2wshFixture {
	b := txscript.NewScriptBuilder().AddOp(txscript.OP_2)
	for _, k := range keys {
		b.AddData(k.PubKey().SerializeCompressed())
	}
	s, _ := b.AddOp(txscript.OP_3).AddOp(txscript.OP_CHECKMULTISIG).Script()
	return &p2wshFixture{keys: keys, custody: s}
}

// depositScript is the P2WSH analogue of the deposit output (tBTC-style):
// <sha256(payload)> DROP IF <multisig> ELSE <locktime> CLTV DROP <pk> CHECKSIG ENDIF.
func (f *p2wshFixture) depositScript(p bitcoin.Payload) []byte {
	h := p.Hash()
	b := txscript.NewScriptBuilder().AddData(h[:]).AddOp(txscript.OP_DROP).AddOp(txscript.OP_IF)
	s, _ := b.Script()
	s = append(s, f.custody...)
	tail, _ := txscript.NewScriptBuilder().AddOp(txscript.OP_ELSE).AddInt64(int64(p.Locktime)).
		AddOp(txscript.OP_CHECKLOCKTIMEVERIFY).AddOp(txscript.OP_DROP).
		AddData(append([]byte{0x02}, p.RefundKey[:]...)).AddOp(txscript.OP_CHECKSIG).AddOp(txscript.OP_ENDIF).Script()
	return append(s, tail...)
}

func p2wshPkScript(ws []byte) []byte {
	h := chainhash.HashB(ws)
	return append([]byte{0x00, 0x20}, h...)
}

// sign signs every input (witness scripts ws[i], amounts amt[i]) with keys
// 0 and 1, verifies with the engine and returns the vsize.
func (f *p2wshFixture) sign(t testing.TB, tx *wire.MsgTx, ws [][]byte, amt []int64, ifBranch bool) int64 {
	t.Helper()
	prev := map[wire.OutPoint]*wire.TxOut{}
	for i, in := range tx.TxIn {
		prev[in.PreviousOutPoint] = wire.NewTxOut(amt[i], p2wshPkScript(ws[i]))
	}
	fetch := txscript.NewMultiPrevOutFetcher(prev)
	hashes := txscript.NewTxSigHashes(tx, fetch)
	for i := range tx.TxIn {
		wit := wire.TxWitness{nil}
		for _, k := range f.keys[:2] {
			sig, err := txscript.RawTxInWitnessSignature(tx, hashes, i, amt[i], ws[i], txscript.SigHashAll, k)
			if err != nil {
				t.Fatal(err)
			}
			wit = append(wit, sig)
		}
		if ifBranch {
			wit = append(wit, []byte{1})
		}
		tx.TxIn[i].Witness = append(wit, ws[i])
	}
	for i := range tx.TxIn {
		out := prev[tx.TxIn[i].PreviousOutPoint]
		vm, err := txscript.NewEngine(out.PkScript, tx, i, txscript.StandardVerifyFlags, nil, hashes, out.Value, fetch)
		if err != nil {
			t.Fatal(err)
		}
		if err := vm.Execute(); err != nil {
			t.Fatalf("p2wsh input %d: %v", i, err)
		}
	}
	return bitcoin.VSize(tx)
}

// Sizes are the vsizes of the compared transactions.
type Sizes struct{ Sweep1, Sweep3, Sweep20, Payout1, Payout50 int64 }

// P2WSHSizes returns the vsizes of sweeps of 1 and 20 deposits and payouts
// to 1 and 50 recipients (one custody input, change), in P2WSH.
func P2WSHSizes(t testing.TB, keys []*btcec.PrivateKey) Sizes {
	f := newP2WSH(keys)
	sweep := func(n int) int64 {
		tx := wire.NewMsgTx(2)
		var ws [][]byte
		var amt []int64
		for i := 0; i < n; i++ {
			p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: 900_000}
			p.Recipient[0] = byte(i + 1)
			copy(p.RefundKey[:], bitcointest.Key(fmt.Sprint("d", i)).PubKey().SerializeCompressed()[1:])
			tx.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte{byte(i)})}, Sequence: bitcoin.SequenceRBF})
			ws, amt = append(ws, f.depositScript(p)), append(amt, 100_000)
		}
		tx.AddTxOut(wire.NewTxOut(int64(n)*90_000, p2wshPkScript(f.custody)))
		return f.sign(t, tx, ws, amt, true)
	}

	payout := func(n int) int64 {
		tx := wire.NewMsgTx(2)
		tx.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte("custody"))}, Sequence: bitcoin.SequenceRBF})
		for i := 0; i < n; i++ {
			tx.AddTxOut(wire.NewTxOut(40_000, recipientScript(i)))
		}
		tx.AddTxOut(wire.NewTxOut(1_000_000, p2wshPkScript(f.custody)))
		return f.sign(t, tx, [][]byte{f.custody}, []int64{10_000_000}, false)
	}
	return Sizes{Sweep1: sweep(1), Sweep3: sweep(3), Sweep20: sweep(20), Payout1: payout(1), Payout50: payout(50)}
}

// TaprootSizes builds, signs (2-of-3), assembles and engine-checks the same
// three transactions with package wallet and returns their vsizes.
func TaprootSizes(t testing.TB, keys []*btcec.PrivateKey) Sizes {
	fed, err := bitcointest.Federation(1, 2, keys, "sizes")
	if err != nil {
		t.Fatal(err)
	}
	cfg := wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{Rate: 1, MinRate: 1, MaxRate: 10}}
	w, _ := wallet.New(cfg)
	view := bitcointest.NewMemView()
	var ds []wallet.Deposit
	for i := 0; i < 20; i++ {
		p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: 900_000}
		p.Recipient[0] = byte(i + 1)
		copy(p.RefundKey[:], bitcointest.Key(fmt.Sprint("d", i)).PubKey().SerializeCompressed()[1:])
		d := wallet.Deposit{OutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte{byte(i)})}, Amount: 100_000, Payload: p, Epoch: 1}
		view.Deposits[d.OutPoint] = d
		ds = append(ds, d)
	}
	u := wallet.UTXO{OutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte("custody"))}, Amount: 10_000_000, Epoch: 1}
	view.UTXOs[u.OutPoint] = u
	sign := func(build func() (*psbt.Packet, error)) int64 {
		p, err := build()
		if err != nil {
			t.Fatal(err)
		}
		var sigs []wallet.Signature
		for _, k := range keys[:2] {
			s, _ := signer.New(signer.Config{Key: k, Wallet: cfg})
			got, err := s.CheckAndSign(context.Background(), p, view)
			if err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, got...)
		}
		tx, err := wallet.AssembleWitness(p, sigs)
		if err != nil {
			t.Fatal(err)
		}
		verifyPacket(t, p, tx)
		return bitcoin.VSize(tx)
	}
	burns := func(n int) []wallet.Burn {
		var bs []wallet.Burn
		for i := 0; i < n; i++ {
			b := wallet.Burn{TransferID: chains.TransferID(chainhash.HashH([]byte(fmt.Sprint("burn", i)))), PkScript: recipientScript(i), Amount: 40_000}
			view.Burns[b.TransferID] = b
			bs = append(bs, b)
		}
		return bs
	}
	var sz Sizes
	sz.Sweep1 = sign(func() (*psbt.Packet, error) { return w.BuildSweep(ds[:1]) })
	sz.Sweep3 = sign(func() (*psbt.Packet, error) { return w.BuildSweep(ds[:3]) })
	sz.Sweep20 = sign(func() (*psbt.Packet, error) { return w.BuildSweep(ds) })
	sz.Payout50 = sign(func() (*psbt.Packet, error) { return w.BuildPayout([]wallet.UTXO{u}, burns(50)) })
	clear(view.Burns)
	sz.Payout1 = sign(func() (*psbt.Packet, error) { return w.BuildPayout([]wallet.UTXO{u}, burns(1)) })
	return sz
}

func TestSizesAgainstP2WSH(t *testing.T) {
	keys := bitcointest.Keys("sizes", 3)
	tr, ws := TaprootSizes(t, keys), P2WSHSizes(t, keys)
	logSizes(t, "offline, engine-checked", tr, ws)
	if tr.Payout50 > 45*50 {
		t.Errorf("payout to 50 is %.1f vB per recipient, above the 45 vB target", float64(tr.Payout50)/50)
	}
}

func logSizes(t testing.TB, what string, tr, ws Sizes) {
	t.Logf("sizes (%s), 2-of-3         taproot multi_a            P2WSH CHECKMULTISIG", what)
	t.Logf("sweep of 1 deposit          %5d vB                    %5d vB", tr.Sweep1, ws.Sweep1)
	t.Logf("sweep of 3 deposits         %5d vB                    %5d vB", tr.Sweep3, ws.Sweep3)
	t.Logf("sweep of 20 deposits        %5d vB  %5.1f/deposit     %5d vB  %5.1f/deposit", tr.Sweep20, float64(tr.Sweep20)/20, ws.Sweep20, float64(ws.Sweep20)/20)
	t.Logf("  marginal deposit                  %5.1f vB                   %5.1f vB", float64(tr.Sweep20-tr.Sweep1)/19, float64(ws.Sweep20-ws.Sweep1)/19)
	t.Logf("payout to 50                %5d vB  %5.1f/recipient   %5d vB  %5.1f/recipient", tr.Payout50, float64(tr.Payout50)/50, ws.Payout50, float64(ws.Payout50)/50)
	t.Logf("  marginal recipient                %5.1f vB                   %5.1f vB", float64(tr.Payout50-tr.Payout1)/49, float64(ws.Payout50-ws.Payout1)/49)
	t.Logf("single payout               %5d vB                    %5d vB", tr.Payout1, ws.Payout1)
}
