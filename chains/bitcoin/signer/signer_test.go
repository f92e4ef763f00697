package signer_test

import (
	"bytes"
	"context"
	"errors"
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

type fixture struct {
	keys    []*btcec.PrivateKey
	cfg     wallet.Config
	w       *wallet.Wallet
	signers []*signer.Signer
	view    *bitcointest.MemView
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{keys: bitcointest.Keys("signer-test", 3), view: bitcointest.NewMemView()}
	fed, err := bitcointest.Federation(1, 2, f.keys, "signer-test")
	if err != nil {
		t.Fatal(err)
	}
	f.cfg = wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{Rate: 3, MinRate: 1, MaxRate: 20}}
	if f.w, err = wallet.New(f.cfg); err != nil {
		t.Fatal(err)
	}
	for _, k := range f.keys {
		s, err := signer.New(signer.Config{Key: k, Wallet: f.cfg})
		if err != nil {
			t.Fatal(err)
		}
		f.signers = append(f.signers, s)
	}
	return f
}

func op(label string, i uint32) wire.OutPoint {
	return wire.OutPoint{Hash: chainhash.HashH([]byte(label)), Index: i}
}

func (f *fixture) addDeposits(n int) []wallet.Deposit {
	var ds []wallet.Deposit
	for i := 0; i < n; i++ {
		p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: 5000}
		p.Recipient[0], p.Recipient[19] = 0x11, byte(i)
		copy(p.RefundKey[:], bitcointest.Key(fmt.Sprintf("depositor/%d", i)).PubKey().SerializeCompressed()[1:])
		d := wallet.Deposit{OutPoint: op("deposit", uint32(i)), Amount: int64(100_000 + 1000*i), Payload: p, Epoch: 1}
		f.view.Deposits[d.OutPoint] = d
		ds = append(ds, d)
	}
	return ds
}

// recipientScripts cycles through the five standard payment forms.
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

func (f *fixture) addPayoutState(nBurns int) ([]wallet.UTXO, []wallet.Burn) {
	custody, _ := f.w.Custody(1)
	_ = custody
	us := []wallet.UTXO{
		{OutPoint: op("custody", 0), Amount: 3_000_000, Epoch: 1},
		{OutPoint: op("custody", 1), Amount: 500_000, Epoch: 1},
		{OutPoint: op("custody", 2), Amount: 2_500_000, Epoch: 1},
	}
	for _, u := range us {
		f.view.UTXOs[u.OutPoint] = u
	}
	var bs []wallet.Burn
	for i := 0; i < nBurns; i++ {
		b := wallet.Burn{TransferID: chains.TransferID(chainhash.HashH([]byte(fmt.Sprintf("burn/%d", i)))), PkScript: recipientScript(i), Amount: int64(50_000 + 100*i)}
		f.view.Burns[b.TransferID] = b
		bs = append(bs, b)
	}
	return us, bs
}

// signAndAssemble has signers idx sign and returns the assembled transaction.
func (f *fixture) signAndAssemble(t *testing.T, p *psbt.Packet, idx ...int) *wire.MsgTx {
	t.Helper()
	var all []wallet.Signature
	for _, i := range idx {
		sigs, err := f.signers[i].CheckAndSign(context.Background(), p, f.view)
		if err != nil {
			t.Fatalf("signer %d: %v", i, err)
		}
		all = append(all, sigs...)
	}
	tx, err := wallet.AssembleWitness(p, all)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// verifyAll runs the script engine with standard flags over every input.
func verifyAll(t *testing.T, p *psbt.Packet, tx *wire.MsgTx) {
	t.Helper()
	prev := map[wire.OutPoint]*wire.TxOut{}
	for i, in := range p.Inputs {
		prev[tx.TxIn[i].PreviousOutPoint] = in.WitnessUtxo
	}
	fetcher := txscript.NewMultiPrevOutFetcher(prev)
	hashes := txscript.NewTxSigHashes(tx, fetcher)
	for i := range tx.TxIn {
		out := prev[tx.TxIn[i].PreviousOutPoint]
		vm, err := txscript.NewEngine(out.PkScript, tx, i, txscript.StandardVerifyFlags, nil, hashes, out.Value, fetcher)
		if err != nil {
			t.Fatal(err)
		}
		if err := vm.Execute(); err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
	}
}

func clone(t *testing.T, p *psbt.Packet) *psbt.Packet {
	t.Helper()
	var b bytes.Buffer
	if err := p.Serialize(&b); err != nil {
		t.Fatal(err)
	}
	c, err := psbt.NewFromRawBytes(&b, false)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSweepSignedTwoOfThree(t *testing.T) {
	f := newFixture(t)
	ds := f.addDeposits(20)
	p, err := f.w.BuildSweep(ds)
	if err != nil {
		t.Fatal(err)
	}
	p = clone(t, p) // what travels between operators is the serialized PSBT
	for _, pair := range [][]int{{0, 1}, {0, 2}, {1, 2}, {2, 0, 1}} {
		tx := f.signAndAssemble(t, p, pair...)
		verifyAll(t, p, tx)
		var in int64
		for _, d := range ds {
			in += d.Amount
		}
		if fee := in - tx.TxOut[0].Value; fee != 3*bitcoin.VSize(tx) {
			t.Fatalf("fee %d != 3 × %d vB", fee, bitcoin.VSize(tx))
		}
	}
	t.Logf("sweep of 20: %d vB", bitcoin.VSize(f.signAndAssemble(t, p, 0, 1)))
}

func TestPayoutSignedTwoOfThree(t *testing.T) {
	f := newFixture(t)
	us, bs := f.addPayoutState(50)
	p, err := f.w.BuildPayout(us, bs)
	if err != nil {
		t.Fatal(err)
	}
	p = clone(t, p)
	tx := f.signAndAssemble(t, p, 1, 2)
	verifyAll(t, p, tx)
	var in, out int64
	for _, i := range p.Inputs {
		in += i.WitnessUtxo.Value
	}
	for _, o := range tx.TxOut {
		out += o.Value
	}
	if fee := in - out; fee != 3*bitcoin.VSize(tx) {
		t.Fatalf("fee %d != 3 × %d vB", fee, bitcoin.VSize(tx))
	}
	if n := len(tx.TxOut); n != 51 {
		t.Fatalf("%d outputs", n)
	}
	custody, _ := f.w.Custody(1)
	if !bytes.Equal(tx.TxOut[50].PkScript, custody.PkScript()) {
		t.Fatal("change is not last to custody")
	}
	t.Logf("payout of 50: %d vB, %d inputs, %.1f vB per recipient", bitcoin.VSize(tx), len(tx.TxIn), float64(bitcoin.VSize(tx))/50)
}

func TestCheckRefusesTampering(t *testing.T) {
	f := newFixture(t)
	us, bs := f.addPayoutState(10)
	good, err := f.w.BuildPayout(us, bs)
	if err != nil {
		t.Fatal(err)
	}
	attacker := recipientScript(4)
	attacker[5] ^= 0xff
	custody, _ := f.w.Custody(1)
	for _, tc := range []struct {
		name string
		mod  func(p *psbt.Packet)
		want error
	}{
		{"output redirected", func(p *psbt.Packet) { p.UnsignedTx.TxOut[3].PkScript = attacker }, signer.ErrOutputMismatch},
		{"fee too high", func(p *psbt.Packet) { p.UnsignedTx.TxOut[2].Value -= 5_000 }, signer.ErrFeePolicy},
		{"change elsewhere", func(p *psbt.Packet) { p.UnsignedTx.TxOut[10].PkScript = attacker }, signer.ErrChangeNotHome},
		{"extra output", func(p *psbt.Packet) {
			p.UnsignedTx.TxOut = append(p.UnsignedTx.TxOut, wire.NewTxOut(1000, attacker))
			p.Outputs = append(p.Outputs, psbt.POutput{})
		}, signer.ErrChangeNotHome},
		{"rate above policy", func(p *psbt.Packet) { setRate(p, 21) }, signer.ErrFeePolicy},
		{"amount moved to change", func(p *psbt.Packet) {
			p.UnsignedTx.TxOut[2].Value -= 5_000
			p.UnsignedTx.TxOut[10].Value += 5_000
		}, signer.ErrMismatch},
		{"unknown burn", func(p *psbt.Packet) { p.Outputs[0].Unknowns[0].Value[0] ^= 1 }, signer.ErrUnknownBurn},
		{"paid burn", func(p *psbt.Packet) { delete(f.view.Burns, bs[0].TransferID) }, signer.ErrUnknownBurn},
		{"foreign input", func(p *psbt.Packet) { p.UnsignedTx.TxIn[0].PreviousOutPoint.Index = 99 }, signer.ErrUnknownUTXO},
		{"outputs reordered", func(p *psbt.Packet) {
			o := p.UnsignedTx.TxOut
			o[0], o[1] = o[1], o[0]
			p.Outputs[0], p.Outputs[1] = p.Outputs[1], p.Outputs[0]
		}, signer.ErrMismatch},
		{"leaf swapped to recovery", func(p *psbt.Packet) {
			p.Inputs[0].TaprootLeafScript[0].ControlBlock = custody.ControlBlock(bitcoin.RecoveryLeaf)
		}, signer.ErrMismatch},
		{"not annotated", func(p *psbt.Packet) { p.Unknowns = nil }, wallet.ErrPacket},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() { f.view.Burns[bs[0].TransferID] = bs[0] }()
			p := clone(t, good)
			tc.mod(p)
			_, err := f.signers[0].CheckAndSign(context.Background(), p, f.view)
			if !errors.Is(err, tc.want) || !errors.Is(err, signer.ErrRefused) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("sweep output elsewhere", func(t *testing.T) {
		p, err := f.w.BuildSweep(f.addDeposits(3))
		if err != nil {
			t.Fatal(err)
		}
		p.UnsignedTx.TxOut[0].PkScript = attacker
		if _, err := f.signers[1].CheckAndSign(context.Background(), p, f.view); !errors.Is(err, signer.ErrChangeNotHome) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("sweep of unknown deposit", func(t *testing.T) {
		ds := f.addDeposits(2)
		delete(f.view.Deposits, ds[1].OutPoint)
		p, _ := f.w.BuildSweep(ds)
		if _, err := f.signers[1].CheckAndSign(context.Background(), p, f.view); !errors.Is(err, signer.ErrUnknownDeposit) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("outsider key", func(t *testing.T) {
		s, _ := signer.New(signer.Config{Key: bitcointest.Key("outsider"), Wallet: f.cfg})
		if _, err := s.CheckAndSign(context.Background(), good, f.view); !errors.Is(err, signer.ErrNotASigner) {
			t.Fatalf("got %v", err)
		}
	})
}

func setRate(p *psbt.Packet, rate uint64) {
	for _, u := range p.Unknowns {
		if len(u.Key) == 6 && u.Key[5] == 0x02 {
			u.Value = []byte{0, 0, 0, 0, 0, 0, 0, byte(rate)}
		}
	}
}

func TestAssembleWitnessNeedsThreshold(t *testing.T) {
	f := newFixture(t)
	us, bs := f.addPayoutState(2)
	p, _ := f.w.BuildPayout(us, bs)
	sigs, err := f.signers[0].CheckAndSign(context.Background(), p, f.view)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wallet.AssembleWitness(p, sigs); !errors.Is(err, wallet.ErrSignatures) {
		t.Fatalf("one signature assembled: %v", err)
	}
	// A corrupted second share is ignored, not used.
	more, _ := f.signers[1].CheckAndSign(context.Background(), p, f.view)
	more[0].Sig[5] ^= 1
	if _, err := wallet.AssembleWitness(p, append(sigs, more...)); !errors.Is(err, wallet.ErrSignatures) {
		t.Fatalf("bad signature assembled: %v", err)
	}
}

func TestDoublePayRefused(t *testing.T) {
	f := newFixture(t)
	us, bs := f.addPayoutState(3)
	s := f.signers[0]
	ctx := context.Background()
	first, err := f.w.BuildPayout(us[:1], bs) // the 3 000 000 sat UTXO
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckAndSign(ctx, first, f.view); err != nil {
		t.Fatal(err)
	}
	// The same burns from another UTXO: both could confirm. Refused.
	other, err := f.w.BuildPayout(us[2:], bs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckAndSign(ctx, other, f.view); !errors.Is(err, signer.ErrDoublePay) {
		t.Fatalf("second payout of the same burns: %v", err)
	}
	// An RBF bump of the first (same input, higher rate) conflicts with it: signed.
	bumped, err := f.w.WithRate(7).BuildPayout(us[:1], bs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckAndSign(ctx, bumped, f.view); err != nil {
		t.Fatalf("RBF replacement: %v", err)
	}
	// Once released (the first can never confirm), the other is signed.
	for _, b := range bs {
		s.Release(b.TransferID)
	}
	if _, err := s.CheckAndSign(ctx, other, f.view); err != nil {
		t.Fatalf("after release: %v", err)
	}
}

// mainView is the fixture's view with one accepted main.
type mainView struct {
	*bitcointest.MemView
	main wire.OutPoint
}

func (v mainView) IsMain(_ context.Context, op wire.OutPoint) bool { return op == v.main }

// TestMainChain: with a MainView, a payout must spend exactly one main
// and end with its change to custody; a sweep must not spend the main.
// Each refused case is one a t−1 minority could use with the plain View
// (it is signed there) to make two payouts of one burn that do not
// conflict (issue 13, C1b).
func TestMainChain(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	us, bs := f.addPayoutState(3)
	main := us[1] // the 500 000 sat output: not what largest-first would take
	mv := mainView{MemView: f.view, main: main.OutPoint}
	good, err := f.w.BuildMainPayout(main, []wallet.UTXO{us[0], us[2]}, bs[:1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.signers[0].CheckAndSign(ctx, good, mv); err != nil {
		t.Fatalf("payout on the main refused: %v", err)
	}
	noMain, err := f.w.BuildPayout(us, bs[1:2]) // largest first: the 3 000 000 sat output only
	if err != nil {
		t.Fatal(err)
	}
	large := wallet.Burn{TransferID: chains.TransferID{8}, PkScript: bs[1].PkScript, Amount: 600_000}
	f.view.Burns[large.TransferID] = large
	bothMains, err := f.w.BuildMainPayout(main, []wallet.UTXO{us[0]}, []wallet.Burn{large})
	if err != nil {
		t.Fatal(err)
	}
	whole := wallet.Burn{TransferID: bs[2].TransferID, PkScript: bs[2].PkScript, Amount: main.Amount}
	f.view.Burns[whole.TransferID] = whole
	exact, err := f.w.BuildPayout([]wallet.UTXO{main}, []wallet.Burn{whole})
	if err != nil {
		t.Fatal(err)
	}
	custody, _ := f.w.Custody(1)
	toCustody, err := f.w.BuildMainPayout(main, nil, []wallet.Burn{{TransferID: chains.TransferID{9}, PkScript: custody.PkScript(), Amount: 10_000}})
	if err != nil {
		t.Fatal(err)
	}
	f.view.Burns[chains.TransferID{9}] = wallet.Burn{TransferID: chains.TransferID{9}, PkScript: custody.PkScript(), Amount: 10_000}
	// A sweep spending the main: the view also calls it a deposit, as
	// a lying proposer would want.
	ds := f.addDeposits(1)
	ds[0].OutPoint = main.OutPoint
	f.view.Deposits[main.OutPoint] = ds[0]
	sweep, err := f.w.BuildSweep(ds)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		p    *psbt.Packet
		view signer.MainView
	}{
		{"payout not spending the main", noMain, mv},
		{"payout spending two mains", bothMains, twoMains{MemView: f.view, mains: map[wire.OutPoint]bool{main.OutPoint: true, us[0].OutPoint: true}}},
		{"payout without change", exact, mv},
		{"burn output to custody", toCustody, mv},
		{"sweep spending the main", sweep, mv},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := f.signers[1].CheckAndSign(ctx, tc.p, tc.view); !errors.Is(err, signer.ErrNotMain) {
				t.Fatalf("CheckAndSign = %v, want ErrNotMain", err)
			}
		})
	}
	// The plain View signs the payout that does not spend the main: the
	// rule lives in MainView.
	if _, err := f.signers[2].CheckAndSign(ctx, noMain, f.view); err != nil {
		t.Fatalf("plain view: %v", err)
	}
}

type twoMains struct {
	*bitcointest.MemView
	mains map[wire.OutPoint]bool
}

func (v twoMains) IsMain(_ context.Context, op wire.OutPoint) bool { return v.mains[op] }
