//go:build integration

package bitcoin_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// env is one regtest btcd, a 2-of-3 federation (epoch 1) and its wallet.
type env struct {
	t    *testing.T
	ctx  context.Context
	d    *harness.Devnet
	c    *rpcclient.Client
	keys []*btcec.PrivateKey
	fed  bitcoin.Federation
	wcfg wallet.Config
	w    *wallet.Wallet
}

func newEnv(t *testing.T) *env {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	d := harness.New(t, harness.WithBTC())
	e := &env{t: t, ctx: ctx, d: d, c: d.BTC.Client(t), keys: bitcointest.Keys("integration/signer", 3)}
	var err error
	if e.fed, err = bitcointest.Federation(1, 2, e.keys, "integration"); err != nil {
		t.Fatal(err)
	}
	e.wcfg = wallet.Config{Federations: []bitcoin.Federation{e.fed}, Current: 1, Fees: wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 50}}
	if e.w, err = wallet.New(e.wcfg); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) mine(n int) []*chainhash.Hash {
	e.t.Helper()
	h, err := e.d.MineBTC(e.ctx, n)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

func (e *env) tip() int64 {
	e.t.Helper()
	n, err := e.c.GetBlockCount()
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) watcher(cfg watcher.Config, cursor watcher.Cursor, opts ...watcher.Option) *watcher.Watcher {
	e.t.Helper()
	cfg.Chain = chains.BitcoinRegtest
	cfg.Federations = []bitcoin.Federation{e.fed}
	w, err := watcher.New(cfg, e.c, cursor, opts...)
	if err != nil {
		e.t.Fatal(err)
	}
	return w
}

// poll runs one watcher poll and returns what it emitted.
func (e *env) poll(w *watcher.Watcher) []chains.Event {
	e.t.Helper()
	var got []chains.Event
	if err := w.Poll(e.ctx, func(_ context.Context, ev chains.Event) error { got = append(got, ev); return nil }); err != nil {
		e.t.Fatal(err)
	}
	return got
}

// depositor is a user with a P2WPKH wallet funded by the devnet faucet.
type depositor struct {
	key    *btcec.PrivateKey
	script []byte
}

func newDepositor(label string) depositor {
	k := bitcointest.Key(label)
	return depositor{key: k, script: append([]byte{0x00, 0x14}, btcutil.Hash160(k.PubKey().SerializeCompressed())...)}
}

func (d depositor) payload(dst chains.ChainID, locktime uint32, i int) bitcoin.Payload {
	p := bitcoin.Payload{DstChain: dst, Locktime: locktime}
	copy(p.Recipient[:], chainhash.HashB([]byte(fmt.Sprint("evm recipient ", i)))[:20])
	copy(p.RefundKey[:], schnorr.SerializePubKey(d.key.PubKey()))
	return p
}

const depositFee = 2000

// spend signs a transaction spending one P2WPKH output of the depositor.
func (d depositor) spend(t *testing.T, from wire.OutPoint, value int64, outs []*wire.TxOut) *wire.MsgTx {
	t.Helper()
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: from, Sequence: bitcoin.SequenceRBF})
	for _, o := range outs {
		tx.AddTxOut(o)
	}
	fetch := txscript.NewCannedPrevOutputFetcher(d.script, value)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, value, d.script, txscript.SigHashAll, d.key, true)
	if err != nil {
		t.Fatal(err)
	}
	tx.TxIn[0].Witness = wit
	return tx
}

// deposit funds the depositor and sends a deposit of amount for p; it
// returns the deposit transaction and the funding outpoint it spends.
func (e *env) deposit(d depositor, p bitcoin.Payload, amount int64) (*wire.MsgTx, wire.OutPoint) {
	e.t.Helper()
	op, err := e.d.FundBTC(e.ctx, d.script, btcutil.Amount(amount+depositFee))
	if err != nil {
		e.t.Fatal(err)
	}
	out, err := bitcoin.NewDepositOutput(p, e.fed.Signers)
	if err != nil {
		e.t.Fatal(err)
	}
	tx := d.spend(e.t, *op, amount+depositFee, out.Outputs(amount))
	if _, err := e.c.SendRawTransaction(tx, false); err != nil {
		e.t.Fatalf("deposit rejected: %v", err)
	}
	return tx, *op
}

func only(evs []chains.Event, kind chains.EventKind) []chains.Event {
	var out []chains.Event
	for _, ev := range evs {
		if ev.Kind == kind {
			out = append(out, ev)
		}
	}
	return out
}

func TestIntegrationDepositFinalityAndReorg(t *testing.T) {
	e := newEnv(t)
	const confs = 3
	cursor := watcher.FileCursor{Path: filepath.Join(t.TempDir(), "cursor.json")}
	cfg := watcher.Config{Confirmations: confs, MinDeposit: 10_000, RefundMargin: 50, StartHeight: e.tip() + 1}
	w := e.watcher(cfg, cursor)
	user := newDepositor("integration/alice")

	// A: reported exactly when it reaches 3 confirmations.
	txA, _ := e.deposit(user, user.payload(chains.DevnetA, uint32(e.tip())+500, 1), 100_000)
	idA := chains.BitcoinTransferID(chains.BitcoinRegtest, txA.TxHash(), 0)
	var blockA *chainhash.Hash
	for c := 1; c <= confs; c++ {
		h := e.mine(1)
		if c == 1 {
			blockA = h[0]
		}
		evs := e.poll(w)
		if c < confs && len(evs) != 0 {
			t.Fatalf("event at %d confirmations: %+v", c, evs)
		}
		if c == confs {
			if len(evs) != 1 || evs[0].Kind != chains.KindLocked || evs[0].TransferID != idA ||
				evs[0].Confirmations != confs || !evs[0].Final || evs[0].Amount.Int64() != 100_000 {
				t.Fatalf("at %d confirmations: %+v", c, evs)
			}
		}
	}

	// B: mined, then reorged out at 1 confirmation and double-spent: never reported.
	txB, fundB := e.deposit(user, user.payload(chains.DevnetA, uint32(e.tip())+500, 2), 100_000)
	idB := chains.BitcoinTransferID(chains.BitcoinRegtest, txB.TxHash(), 0)
	hB := e.mine(1)
	if evs := e.poll(w); len(evs) != 0 {
		t.Fatalf("event at 1 confirmation: %+v", evs)
	}
	if err := e.c.InvalidateBlock(hB[0]); err != nil {
		t.Fatal(err)
	}
	// The user replaces B (RBF) with a payment to themselves.
	bPrime := user.spend(t, fundB, 100_000+depositFee, []*wire.TxOut{wire.NewTxOut(100_000-depositFee, user.script)})
	if _, err := e.c.SendRawTransaction(bPrime, false); err != nil {
		t.Fatalf("replacement of B: %v", err)
	}
	e.mine(confs + 1)
	for _, ev := range e.poll(w) {
		if ev.TransferID == idB {
			t.Fatalf("reorged-out deposit reported: %+v", ev)
		}
	}
	if _, err := e.c.GetRawTransaction(ptr(txB.TxHash())); err == nil {
		t.Fatal("B is still known to the node")
	}

	// A restarted watcher on the same cursor reports nothing twice.
	w2 := e.watcher(cfg, cursor)
	e.mine(1)
	if evs := e.poll(w2); len(evs) != 0 {
		t.Fatalf("restart re-emitted %+v", evs)
	}

	// A final block reorged out raises an alarm (Reorged), and A is reported
	// again once final on the new chain.
	if err := e.c.InvalidateBlock(blockA); err != nil {
		t.Fatal(err)
	}
	evs := e.poll(w2)
	if len(evs) != 1 || !evs[0].Reorged || evs[0].TransferID != idA {
		t.Fatalf("no reorg alarm for A: %+v", evs)
	}
	e.mine(confs + 2)
	again := only(e.poll(w2), chains.KindLocked)
	if len(again) != 1 || again[0].TransferID != idA || again[0].Reorged {
		t.Fatalf("A not re-reported: %+v", again)
	}
	if again[0].BlockHash == [32]byte(*blockA) {
		t.Fatal("A re-reported in the invalidated block")
	}

	// The verifier agrees, from the node alone.
	v, err := watcher.NewVerifier(watcher.Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{e.fed}, Confirmations: confs, MinDeposit: 10_000, RefundMargin: 50}, e.c)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := v.VerifyDeposit(e.ctx, again[0].Ref)
	if err != nil || ev.TransferID != idA {
		t.Fatalf("verifier: %v %+v", err, ev)
	}
	// A wrong vout, a non-deposit, and a deposit too close to its locktime are refused.
	wrong := again[0].Ref
	wrong.Index = 1
	if _, err := v.VerifyDeposit(e.ctx, wrong); !errors.Is(err, watcher.ErrNotFound) {
		t.Fatalf("wrong vout: %v", err)
	}
	bp := bPrime.TxHash()
	if _, err := v.VerifyDeposit(e.ctx, chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: reverse(bp)}); !errors.Is(err, watcher.ErrNotFound) {
		t.Fatalf("non-deposit: %v", err)
	}
	late, _ := watcher.NewVerifier(watcher.Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{e.fed}, Confirmations: confs, RefundMargin: 50, MintCutoff: 1000}, e.c)
	if _, err := late.VerifyDeposit(e.ctx, again[0].Ref); !errors.Is(err, watcher.ErrTooLate) {
		t.Fatalf("near locktime: %v", err)
	}
	// A fresh deposit is not final for the verifier either.
	txC, _ := e.deposit(user, user.payload(chains.DevnetA, uint32(e.tip())+500, 3), 100_000)
	e.mine(1)
	if _, err := v.VerifyDeposit(e.ctx, chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: reverse(txC.TxHash())}); !errors.Is(err, watcher.ErrNotFinal) {
		t.Fatalf("1 confirmation: %v", err)
	}
}

func ptr(h chainhash.Hash) *chainhash.Hash { return &h }

func TestIntegrationRefundLocktime(t *testing.T) {
	e := newEnv(t)
	w := e.watcher(watcher.Config{Confirmations: 2, MinDeposit: 10_000, RefundMargin: 10, StartHeight: e.tip() + 1}, &watcher.MemCursor{})
	user := newDepositor("integration/bob")
	locktime := uint32(e.tip()) + 6
	p := user.payload(chains.DevnetA, locktime, 1)
	tx, _ := e.deposit(user, p, 50_000)
	e.mine(2)

	// Final at tip+2 with only 4 blocks left before the locktime: rejected, with a reason.
	evs := e.poll(w)
	if len(evs) != 1 || evs[0].Kind != chains.KindDepositRejected || !strings.HasPrefix(evs[0].Reason, watcher.RejectRefundWindow) {
		t.Fatalf("want a refund-window rejection, got %+v", evs)
	}
	t.Logf("rejection: %s", evs[0].Reason)
	v, _ := watcher.NewVerifier(watcher.Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{e.fed}, Confirmations: 2, MinDeposit: 10_000, RefundMargin: 10}, e.c)
	if _, err := v.VerifyDeposit(e.ctx, evs[0].Ref); !errors.Is(err, watcher.ErrRejected) {
		t.Fatalf("verifier accepted a rejected deposit: %v", err)
	}

	out, _ := bitcoin.NewDepositOutput(p, e.fed.Signers)
	refund, err := bitcoin.BuildRefund(bitcoin.RefundRequest{
		Deposit: wire.OutPoint{Hash: tx.TxHash(), Index: 0}, Amount: 50_000, Output: out, Destination: user.script, FeeRate: 2,
	}, user.key)
	if err != nil {
		t.Fatal(err)
	}
	for e.tip() < int64(locktime) {
		if _, err := e.c.SendRawTransaction(refund, false); err == nil || !strings.Contains(err.Error(), "not finalized") {
			t.Fatalf("refund at tip %d (locktime %d): want 'not finalized', got %v", e.tip(), locktime, err)
		}
		e.mine(1)
	}
	if _, err := e.c.SendRawTransaction(refund, false); err != nil {
		t.Fatalf("refund at tip %d = locktime: %v", e.tip(), err)
	}
	e.mine(2)
	refunds := only(e.poll(w), chains.KindRefund)
	if len(refunds) != 1 || refunds[0].TransferID != chains.BitcoinTransferID(chains.BitcoinRegtest, tx.TxHash(), 0) || refunds[0].Amount.Int64() != 50_000 {
		t.Fatalf("refund not reported: %+v", refunds)
	}
}

// nodeView is a signer's view built on its own node: deposits through the
// Verifier, custody UTXOs through gettxout, burns from a table (in the relay
// they come from the audit state of final EVM burns).
type nodeView struct {
	v       *watcher.Verifier
	c       *rpcclient.Client
	custody []byte
	burns   map[chains.TransferID]wallet.Burn
}

func (n *nodeView) Deposit(ctx context.Context, op wire.OutPoint) (wallet.Deposit, error) {
	return n.v.Deposit(ctx, op)
}

func (n *nodeView) CustodyUTXO(_ context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	r, err := n.c.GetTxOut(&op.Hash, op.Index, false)
	if err != nil || r == nil {
		return wallet.UTXO{}, fmt.Errorf("utxo %s: unspent output not found (%v)", op, err)
	}
	amt, _ := btcutil.NewAmount(r.Value)
	if r.ScriptPubKey.Hex != fmt.Sprintf("%x", n.custody) || r.Confirmations < 2 {
		return wallet.UTXO{}, fmt.Errorf("utxo %s: not a final custody output", op)
	}
	return wallet.UTXO{OutPoint: op, Amount: int64(amt), Epoch: 1}, nil
}

func (n *nodeView) Burn(_ context.Context, id chains.TransferID) (wallet.Burn, error) {
	b, ok := n.burns[id]
	if !ok {
		return b, fmt.Errorf("burn %s unknown", id)
	}
	return b, nil
}

func clonePacket(t *testing.T, p *psbt.Packet) *psbt.Packet {
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

// signAndSend has signers idx check and sign p, assembles the witness and
// sends the transaction; it returns the transaction id.
func (e *env) signAndSend(p *psbt.Packet, view signer.View, idx ...int) chainhash.Hash {
	e.t.Helper()
	var sigs []wallet.Signature
	for _, i := range idx {
		s, err := signer.New(signer.Config{Key: e.keys[i], Wallet: e.wcfg})
		if err != nil {
			e.t.Fatal(err)
		}
		got, err := s.CheckAndSign(e.ctx, clonePacket(e.t, p), view)
		if err != nil {
			e.t.Fatalf("signer %d: %v", i, err)
		}
		sigs = append(sigs, got...)
	}
	tx, err := wallet.AssembleWitness(p, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	txid, err := e.c.SendRawTransaction(tx, false)
	if err != nil {
		e.t.Fatalf("btcd rejected %s: %v", tx.TxHash(), err)
	}
	return *txid
}

// minedVSize reads a mined transaction back from the node and returns its vsize.
func (e *env) minedVSize(txid chainhash.Hash) int64 {
	e.t.Helper()
	r, err := e.c.GetRawTransactionVerbose(&txid)
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Confirmations == 0 {
		e.t.Fatalf("%s not mined", txid)
	}
	return int64(r.Vsize)
}

func TestIntegrationSweepAndPayout(t *testing.T) {
	e := newEnv(t)
	const confs = 2
	wcfg := watcher.Config{Confirmations: confs, MinDeposit: 10_000, RefundMargin: 100, StartHeight: e.tip() + 1}
	payouts := map[wire.OutPoint]chains.TransferID{}
	utxos := e.w.NewUTXOSet()
	w := e.watcher(wcfg, &watcher.MemCursor{}, watcher.WithFinalBlock(utxos.ApplyBlock), watcher.WithPayoutResolver(func(txid chainhash.Hash, vout uint32) (chains.TransferID, bool) {
		id, ok := payouts[wire.OutPoint{Hash: txid, Index: vout}]
		return id, ok
	}))
	vcfg := wcfg
	vcfg.Chain, vcfg.Federations = chains.BitcoinRegtest, []bitcoin.Federation{e.fed}
	ver, err := watcher.NewVerifier(vcfg, e.c)
	if err != nil {
		t.Fatal(err)
	}
	custody, _ := e.w.Custody(1)
	view := &nodeView{v: ver, c: e.c, custody: custody.PkScript(), burns: map[chains.TransferID]wallet.Burn{}}

	// 20 deposits from 20 users.
	locktime := uint32(e.tip()) + 1000
	var total int64
	for i := 0; i < 20; i++ {
		u := newDepositor(fmt.Sprint("integration/user/", i))
		amt := int64(100_000 + 10_000*i)
		e.deposit(u, u.payload(chains.DevnetA, locktime, i), amt)
		total += amt
	}
	e.mine(confs)
	locked := only(e.poll(w), chains.KindLocked)
	if len(locked) != 20 {
		t.Fatalf("%d deposits reported", len(locked))
	}

	// Sweep them, 2-of-3 (signers 0 and 2), each signer checking against its node.
	var ds []wallet.Deposit
	for _, ev := range locked {
		d, err := ver.Deposit(e.ctx, wire.OutPoint{Hash: chainhash.Hash(reverse(ev.Ref.TxHash)), Index: ev.Ref.Index})
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	sweep, err := e.w.BuildSweep(wallet.SweepBatch(ds, 20))
	if err != nil {
		t.Fatal(err)
	}
	sweepID := e.signAndSend(sweep, view, 0, 2)
	e.mine(confs)
	swept := only(e.poll(w), chains.KindSweep)
	if len(swept) != 20 {
		t.Fatalf("%d sweeps reported", len(swept))
	}
	for i, ev := range swept {
		if ev.TransferID != locked[i].TransferID && !containsID(locked, ev.TransferID) {
			t.Fatalf("sweep of unknown deposit %s", ev.TransferID)
		}
	}
	sweepVS := e.minedVSize(sweepID)

	// Pay 50 burns from the sweep output, 2-of-3 (signers 1 and 2).
	for i := 0; i < 50; i++ {
		b := wallet.Burn{TransferID: chains.TransferID(chainhash.HashH([]byte(fmt.Sprint("integration burn ", i)))), PkScript: recipientScript(i), Amount: int64(20_000 + 100*i)}
		view.burns[b.TransferID] = b
	}
	var bs []wallet.Burn
	for _, b := range view.burns {
		bs = append(bs, b)
	}
	custodyUTXOs := utxos.Unspent()
	if len(custodyUTXOs) != 1 || custodyUTXOs[0].OutPoint != (wire.OutPoint{Hash: sweepID}) || custodyUTXOs[0].Amount != sweep.UnsignedTx.TxOut[0].Value {
		t.Fatalf("custody after sweep: %+v", custodyUTXOs)
	}
	payout, err := e.w.BuildPayout(custodyUTXOs, bs)
	if err != nil {
		t.Fatal(err)
	}

	// Tampered proposals are refused by every signer's check.
	s0, _ := signer.New(signer.Config{Key: e.keys[0], Wallet: e.wcfg})
	attacker := newDepositor("integration/mallory").script
	for _, tc := range []struct {
		name string
		mod  func(p *psbt.Packet)
		want error
	}{
		{"one output redirected", func(p *psbt.Packet) { p.UnsignedTx.TxOut[7].PkScript = attacker }, signer.ErrOutputMismatch},
		{"fee too high", func(p *psbt.Packet) { p.UnsignedTx.TxOut[7].Value -= 10_000 }, signer.ErrFeePolicy},
		{"change elsewhere", func(p *psbt.Packet) { p.UnsignedTx.TxOut[50].PkScript = attacker }, signer.ErrChangeNotHome},
	} {
		p := clonePacket(t, payout)
		tc.mod(p)
		if _, err := s0.CheckAndSign(e.ctx, p, view); !errorsIs(err, tc.want) {
			t.Fatalf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}

	pr, _ := wallet.ReadProposal(payout)
	txid := payout.UnsignedTx.TxHash()
	for i, id := range pr.Burns {
		if id != nil {
			payouts[wire.OutPoint{Hash: txid, Index: uint32(i)}] = *id
		}
	}
	payoutID := e.signAndSend(payout, view, 1, 2)
	e.mine(confs)
	paid := only(e.poll(w), chains.KindPayout)
	if len(paid) != 50 {
		t.Fatalf("%d payouts reported", len(paid))
	}
	for _, ev := range paid {
		b, ok := view.burns[ev.TransferID]
		if !ok || !bytes.Equal(ev.Recipient, b.PkScript) || ev.Amount.Int64() >= b.Amount {
			t.Fatalf("payout event %+v does not match its burn", ev)
		}
	}
	payoutVS := e.minedVSize(payoutID)

	// A single payout from the change.
	clear(view.burns)
	one := wallet.Burn{TransferID: chains.TransferID{0x01}, PkScript: recipientScript(2), Amount: 75_000}
	view.burns[one.TransferID] = one
	custodyUTXOs = utxos.Unspent()
	if len(custodyUTXOs) != 1 || custodyUTXOs[0].OutPoint != (wire.OutPoint{Hash: payoutID, Index: 50}) {
		t.Fatalf("custody after payout: %+v", custodyUTXOs)
	}
	single, err := e.w.BuildPayout(custodyUTXOs, []wallet.Burn{one})
	if err != nil {
		t.Fatal(err)
	}
	singleID := e.signAndSend(single, view, 0, 1)
	e.mine(confs)
	singleVS := e.minedVSize(singleID)
	if got := only(e.poll(w), chains.KindPayout); len(got) != 1 || got[0].Amount.Int64() != single.UnsignedTx.TxOut[0].Value {
		t.Fatalf("single payout events: %+v", got)
	}
	if want := total - sweepFee(sweep) - feeOf(payout) - feeOf(single) - sumBurns(payout) - single.UnsignedTx.TxOut[0].Value; utxos.Balance() != want {
		t.Fatalf("custody balance %d, want %d", utxos.Balance(), want)
	}

	// The 1- and 3-deposit sweeps are not mined here; it comes from the same builder offline.
	offline := TaprootSizes(t, e.keys)
	logSizes(t, "mined on btcd regtest; 1- and 3-deposit sweeps offline", Sizes{Sweep1: offline.Sweep1, Sweep3: offline.Sweep3, Sweep20: sweepVS, Payout1: singleVS, Payout50: payoutVS}, P2WSHSizes(t, e.keys))
	if payoutVS > 45*50 {
		t.Errorf("payout uses %.1f vB per recipient, target is 45", float64(payoutVS)/50)
	}
}

func feeOf(p *psbt.Packet) int64 {
	var f int64
	for _, in := range p.Inputs {
		f += in.WitnessUtxo.Value
	}
	for _, o := range p.UnsignedTx.TxOut {
		f -= o.Value
	}
	return f
}

func sweepFee(p *psbt.Packet) int64 { return feeOf(p) }

// sumBurns is what a payout sent to recipients (every output but the change).
func sumBurns(p *psbt.Packet) int64 {
	var s int64
	for _, o := range p.UnsignedTx.TxOut[:len(p.UnsignedTx.TxOut)-1] {
		s += o.Value
	}
	return s
}

func containsID(evs []chains.Event, id chains.TransferID) bool {
	for _, ev := range evs {
		if ev.TransferID == id {
			return true
		}
	}
	return false
}

func reverse(b [32]byte) [32]byte {
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// Broken deposits reach the chain (they are standard transactions) and are
// each reported as a rejection with its reason: an event, not silence.
func TestIntegrationRejections(t *testing.T) {
	e := newEnv(t)
	w := e.watcher(watcher.Config{Confirmations: 2, MinDeposit: 50_000, RefundMargin: 10, StartHeight: e.tip() + 1}, &watcher.MemCursor{})
	user := newDepositor("integration/carol")
	p := user.payload(chains.DevnetA, uint32(e.tip())+500, 1)
	out, _ := bitcoin.NewDepositOutput(p, e.fed.Signers)
	opReturn := func(b []byte) *wire.TxOut {
		s, err := txscript.NullDataScript(b)
		if err != nil {
			t.Fatal(err)
		}
		return wire.NewTxOut(0, s)
	}
	v2 := p.Encode()
	v2[3] = 0x02
	cases := []struct {
		code string
		outs []*wire.TxOut
	}{
		{watcher.RejectUnknownVersion, []*wire.TxOut{wire.NewTxOut(60_000, out.PkScript()), opReturn(v2)}},
		{watcher.RejectBadLength, []*wire.TxOut{wire.NewTxOut(60_000, out.PkScript()), opReturn(p.Encode()[:60])}},
		{watcher.RejectSeveralOutputs, append(out.Outputs(60_000), wire.NewTxOut(60_000, out.PkScript()))},
		{watcher.RejectNoOutput, []*wire.TxOut{wire.NewTxOut(60_000, user.script), opReturn(p.Encode())}},
		{watcher.RejectBelowMinimum, out.Outputs(49_999)},
	}
	want := map[chainhash.Hash]string{}
	for _, c := range cases {
		var amt int64
		for _, o := range c.outs {
			amt += o.Value
		}
		op, err := e.d.FundBTC(e.ctx, user.script, btcutil.Amount(amt+depositFee))
		if err != nil {
			t.Fatal(err)
		}
		tx := user.spend(t, *op, amt+depositFee, c.outs)
		if _, err := e.c.SendRawTransaction(tx, false); err != nil {
			t.Fatalf("%s: btcd rejected the transaction: %v", c.code, err)
		}
		want[tx.TxHash()] = c.code
	}
	e.mine(2)
	evs := e.poll(w)
	if len(evs) != len(cases) {
		t.Fatalf("%d events for %d broken deposits: %+v", len(evs), len(cases), evs)
	}
	for _, ev := range evs {
		code := want[chainhash.Hash(reverse(ev.Ref.TxHash))]
		if ev.Kind != chains.KindDepositRejected || !strings.HasPrefix(ev.Reason, code+":") {
			t.Fatalf("want %s, got %s %q", code, ev.Kind, ev.Reason)
		}
		t.Logf("%s", ev.Reason)
	}
}
