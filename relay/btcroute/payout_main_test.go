package btcroute

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	btcwallet "github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
	"github.com/rs/zerolog"
)

// Issue 13, finding C1: one operator (t−1 = 1 of a 2-of-3 federation)
// running a modified relayd must not get a burn paid twice. The tests
// below play that operator (it builds any PSBT it likes with the wallet)
// against the honest operators' unmodified PayoutBatcher, each with its
// own data dir, real ledger and PayoutFeed over a fake node.

// chainWorld is three operators over one fake node. Every ledger holds a
// minted deposit and the final burns; custody holds one output, the
// genesis main.
type chainWorld struct {
	f       *payoutFixture
	ops     []*chainOp
	burns   map[chains.TransferID]relay.Authorization
	genesis wire.OutPoint
	block   uint64
}

type chainOp struct {
	dir  string
	acc  *ledger.Accountant
	b    *PayoutBatcher
	feed *PayoutFeed
}

func newChainWorld(t *testing.T, burns ...relay.Authorization) *chainWorld {
	t.Helper()
	w := &chainWorld{f: newPayoutFixture(t), burns: map[chains.TransferID]relay.Authorization{}, block: 100}
	w.genesis = w.fund(t, 0, 2_000_000)
	w.f.genesis = &w.genesis
	for _, a := range burns {
		w.burns[a.TransferID] = a
	}
	for i := range 3 {
		w.ops = append(w.ops, &chainOp{dir: t.TempDir()})
		w.open(t, i)
		w.seedLedger(t, w.ops[i].acc)
	}
	return w
}

// fund adds a final transaction with one custody output of sats to the
// node (a sweep, as far as payouts go) and returns the output.
func (w *chainWorld) fund(t *testing.T, i byte, sats int64) wire.OutPoint {
	t.Helper()
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.Hash{0xf0, i}}})
	tx.AddTxOut(wire.NewTxOut(sats, w.f.custody))
	w.f.node.txs[tx.TxHash()] = tx
	op := wire.OutPoint{Hash: tx.TxHash()}
	w.f.node.outs[op] = &btcjson.GetTxOutResult{Value: btcutil.Amount(sats).ToBTC(), Confirmations: 6,
		ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", w.f.custody)}}
	return op
}

// open (re)opens operator i from its data dir: ledger, book, custody
// set, main, batcher and feed — a restart when it was open.
func (w *chainWorld) open(t *testing.T, i int) {
	t.Helper()
	op := w.ops[i]
	if op.acc != nil {
		_ = op.acc.Close()
	}
	acc, err := ledger.New(context.Background(), ledger.Config{Path: filepath.Join(op.dir, "audit.db"), Logger: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel),
		Key: keys.FromECDSA(bitcointest.Keys("wire-btc-test", 3)[i].ToECDSA()), Deployment: btcDeployment(t, 10_000)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = acc.Close() })
	op.acc = acc
	op.b = w.f.batcher(t, i, op.dir, acc.Executed)
	op.feed = &PayoutFeed{Chain: chains.BitcoinRegtest, Node: w.f.node, Custody: map[string]bool{string(w.f.custody): true},
		Book: op.b.cfg.Book, Set: op.b.cfg.Custody, Main: op.b.cfg.Main, Accountant: acc}
}

// seedLedger records a minted deposit of 3 000 000 sat and the burns.
func (w *chainWorld) seedLedger(t *testing.T, acc *ledger.Accountant) {
	t.Helper()
	ctx := context.Background()
	dep := depositEvent(1, chains.KindLocked, 3_000_000)
	lock, err := audit.LockWithFee(dep, big.NewInt(1260))
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.RecordAll(ctx, []*audit.Record{lock}); err != nil {
		t.Fatal(err)
	}
	mint := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte(dep.TransferID)}, BlockNum: 7,
		TransferID: dep.TransferID, AssetID: btcAsset, Amount: big.NewInt(3_000_000 - 1260), Recipient: dep.Recipient,
		Finality: chains.Finality{Confirmations: 3, Final: true}}
	if err := acc.Record(ctx, mint); err != nil {
		t.Fatal(err)
	}
	var ids []chains.TransferID
	for id := range w.burns {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return bytes.Compare(ids[i][:], ids[j][:]) < 0 }) // source order: (block, index, txid)
	for _, id := range ids {
		a := w.burns[id]
		burn := chains.Event{Kind: chains.KindBurned, Ref: a.Source, BlockNum: 10, TransferID: a.TransferID, AssetID: btcAsset,
			Amount: new(big.Int).Set(a.Amount), Sender: ledgertest.Alice.Bytes(), DstChain: chains.BitcoinRegtest, Recipient: a.Recipient,
			Nonce: a.Nonce, Finality: chains.Finality{Confirmations: 3, Final: true}}
		if err := acc.Record(ctx, burn); err != nil {
			t.Fatal(err)
		}
	}
}

// batch is the batch of payout pk over the world's burns (what a
// modified leader publishes).
func (w *chainWorld) batch(t *testing.T, pk *psbt.Packet) relay.Batch {
	t.Helper()
	b, err := batchOf(chains.BitcoinRegtest, pk, w.burns)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// build is the attacker's wallet: any payout, on any main.
func (w *chainWorld) build(t *testing.T, main wire.OutPoint, others []wire.OutPoint, ids ...chains.TransferID) *psbt.Packet {
	t.Helper()
	wal, err := btcwallet.New(w.f.wcfg)
	if err != nil {
		t.Fatal(err)
	}
	utxo := func(op wire.OutPoint) btcwallet.UTXO {
		if tx, ok := w.f.node.txs[op.Hash]; ok {
			return btcwallet.UTXO{OutPoint: op, Amount: tx.TxOut[op.Index].Value, Epoch: 1}
		}
		t.Fatalf("output %s is not on the node", op)
		return btcwallet.UTXO{}
	}
	var us []btcwallet.UTXO
	for _, o := range others {
		us = append(us, utxo(o))
	}
	var bs []btcwallet.Burn
	for _, id := range ids {
		b, err := payoutBurn(w.burns[id])
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	pk, err := wal.BuildMainPayout(utxo(main), us, bs)
	if err != nil {
		t.Fatal(err)
	}
	return pk
}

// pay has operators signers sign b and operator submit broadcast it;
// operator 0 is the modified one: it signs anything.
func (w *chainWorld) pay(t *testing.T, b relay.Batch, submit int, signers ...int) *wire.MsgTx {
	t.Helper()
	ctx := context.Background()
	var sigs []relay.OperatorSig
	for _, i := range signers {
		if i == 0 {
			sigs = append(sigs, relay.OperatorSig{Signer: w.f.addrs[0], Signature: w.forge(t, b)})
			continue
		}
		s, err := w.ops[i].b.SignBatch(ctx, b)
		if err != nil {
			t.Fatalf("operator %d refused the payout: %v", i, err)
		}
		sigs = append(sigs, relay.OperatorSig{Signer: w.f.addrs[i], Signature: s})
	}
	res, err := w.ops[submit].b.SubmitBatch(ctx, b, sigs)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := chainhash.NewHashFromStr(res.TxID)
	return w.f.node.txs[*h]
}

// forge is the modified operator's share: its key signs every input,
// nothing checked.
func (w *chainWorld) forge(t *testing.T, b relay.Batch) []byte {
	t.Helper()
	pk, err := decodePacket(b.Data)
	if err != nil {
		t.Fatal(err)
	}
	leaves, err := btcwallet.Leaves(pk)
	if err != nil {
		t.Fatal(err)
	}
	key := bitcointest.Keys("wire-btc-test", 3)[0]
	x := [32]byte(schnorr.SerializePubKey(key.PubKey()))
	var sigs []btcwallet.Signature
	for i, il := range leaves {
		sg, err := schnorr.Sign(key, il.SigHash)
		if err != nil {
			t.Fatal(err)
		}
		s := btcwallet.Signature{Input: i, Key: x, LeafHash: il.Leaf.TapHash()}
		copy(s.Sig[:], sg.Serialize())
		sigs = append(sigs, s)
	}
	raw, err := json.Marshal(sigs)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// final mines tx beyond finality and has every operator's feed apply
// the watcher's events for it: one KindPayout per output that is not
// custody, named by the operator's own book when it holds the payout.
func (w *chainWorld) final(t *testing.T, tx *wire.MsgTx) {
	t.Helper()
	for i := range w.ops {
		w.apply(t, i, tx, -1)
	}
}

// apply feeds operator i the payout events of final tx, up to output
// upTo (-1: all).
func (w *chainWorld) apply(t *testing.T, i int, tx *wire.MsgTx, upTo int) {
	t.Helper()
	txid := tx.TxHash()
	for k := range tx.TxOut {
		if r, ok := w.f.node.outs[wire.OutPoint{Hash: txid, Index: uint32(k)}]; ok {
			r.Confirmations = 6
		}
	}
	w.block++
	for k, o := range tx.TxOut {
		if upTo >= 0 && k > upTo {
			break
		}
		if string(o.PkScript) == string(w.f.custody) || bitcoin.CheckStandardPayment(o.PkScript) != nil {
			continue
		}
		ev := chains.Event{Kind: chains.KindPayout, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: reverse32(txid), Index: uint32(k)},
			BlockNum: w.block, BlockHash: [32]byte{0xb1, byte(w.block)}, AssetID: btcAsset, Amount: big.NewInt(o.Value),
			Recipient: o.PkScript, Finality: chains.Finality{Confirmations: 6, Final: true}}
		if id, ok := w.ops[i].b.cfg.Book.Resolve(txid, uint32(k)); ok {
			ev.TransferID = id
		}
		if _, err := w.ops[i].feed.Apply(context.Background(), ev); err != nil {
			t.Fatalf("operator %d: feed: %v", i, err)
		}
	}
}

func (w *chainWorld) main(t *testing.T, i int) wire.OutPoint {
	t.Helper()
	m, ok := w.ops[i].b.cfg.Main.Main()
	if !ok {
		t.Fatalf("operator %d has no custody main", i)
	}
	return m
}

func change(tx *wire.MsgTx) wire.OutPoint {
	return wire.OutPoint{Hash: tx.TxHash(), Index: uint32(len(tx.TxOut) - 1)}
}

// TestRepayAfterUnlock (C1 attack a): once a payout is final and its
// UNLOCK in an honest signer's ledger, the book releases the burn; a
// modified leader then asks for a new payout of the same burn. On the
// old code the signer that had signed the first payout signed it (its
// book had released the burn and nothing else looked at the ledger), and
// so did the one that never saw it. Both refuse now (ErrAlreadyPaid),
// also after a restart from their data dirs.
func TestRepayAfterUnlock(t *testing.T) {
	ctx := context.Background()
	b1 := payoutAuth(1, 300_000)
	w := newChainWorld(t, b1)
	p1 := w.pay(t, w.batch(t, w.build(t, w.genesis, nil, b1.TransferID)), 0, 0, 1)
	w.final(t, p1)
	for i := range w.ops {
		if !w.ops[i].acc.Executed(b1.TransferID) {
			t.Fatalf("operator %d: no UNLOCK for the payout", i)
		}
		if m := w.main(t, i); m != change(p1) {
			t.Fatalf("operator %d: main %v, want the payout's change %v", i, m, change(p1))
		}
	}
	other := w.fund(t, 1, 1_000_000)
	for _, restart := range []bool{false, true} {
		for _, i := range []int{1, 2} {
			if restart {
				w.open(t, i)
			}
			w.ops[i].b.release()
			for name, pk := range map[string]*psbt.Packet{
				"on the new main":            w.build(t, change(p1), nil, b1.TransferID),
				"on the new main and others": w.build(t, change(p1), []wire.OutPoint{other}, b1.TransferID),
				"from another output":        w.build(t, other, nil, b1.TransferID),
			} {
				_, err := w.ops[i].b.SignBatch(ctx, w.batch(t, pk))
				if !errors.Is(err, ErrAlreadyPaid) || !errors.Is(err, signer.ErrRefused) {
					t.Fatalf("operator %d (restarted %v): second payout %s = %v, want ErrAlreadyPaid", i, restart, name, err)
				}
			}
		}
	}
}

// TestSplitView (C1 attack b): the modified operator M shares each
// 2-of-3 quorum with one honest operator. It gets H1 to sign P1 (burn
// on the main) and asks H2 for P2 of the same burn from another custody
// output. On the old code H2, whose book does not hold P1, signed P2:
// both could confirm. Now every payout spends the main, so H2 refuses
// any payout that does not (ErrNotMain) and signs only one that spends
// the main P1 spends — of which at most one confirms. H1 refuses a
// payout of the burn that descends from P1 (ErrDoublePay); H2 one on
// P1's change, which it never signed and is not final (ErrUnknownUTXO,
// retried), and, once P1 is final, because its ledger holds P1's UNLOCK
// (ErrAlreadyPaid).
func TestSplitView(t *testing.T) {
	ctx := context.Background()
	b1, b2 := payoutAuth(1, 300_000), payoutAuth(2, 200_000)
	w := newChainWorld(t, b1, b2)
	other := w.fund(t, 1, 1_000_000)
	for i := range w.ops {
		if err := w.ops[i].b.cfg.Custody.Add(other); err != nil {
			t.Fatal(err)
		}
	}
	const h1, h2 = 1, 2 // operator 0 is M
	p1 := w.build(t, w.genesis, nil, b1.TransferID)
	if _, err := w.ops[h1].b.SignBatch(ctx, w.batch(t, p1)); err != nil {
		t.Fatal(err)
	}
	// M's second payout, from another output: not the main.
	p2 := w.build(t, other, nil, b1.TransferID)
	if _, err := w.ops[h2].b.SignBatch(ctx, w.batch(t, p2)); !errors.Is(err, signer.ErrNotMain) {
		t.Fatalf("H2 signed a payout not spending the main: %v", err)
	}
	// M claims another main in the proposal: H2 keeps its own.
	p2 = w.build(t, other, []wire.OutPoint{w.genesis}, b1.TransferID)
	if _, err := w.ops[h2].b.SignBatch(ctx, w.batch(t, p2)); !errors.Is(err, signer.ErrNotMain) && !errors.Is(err, signer.ErrMismatch) {
		t.Fatalf("H2 signed a payout whose main is M's choice: %v", err)
	}
	// P1's descendant paying b1 again: H1 signed P1 (book), H2 did not
	// (P1's change is no main of its).
	p1tx := p1.UnsignedTx
	w.f.node.SendRawTransaction(p1tx, false) // M broadcasts P1 (unsigned is enough for the fake node)
	for _, tc := range []struct {
		op   int
		want error
	}{{h1, signer.ErrDoublePay}, {h2, signer.ErrUnknownUTXO}} {
		q := w.build(t, change(p1tx), nil, b1.TransferID, b2.TransferID)
		if _, err := w.ops[tc.op].b.SignBatch(ctx, w.batch(t, q)); !errors.Is(err, tc.want) {
			t.Fatalf("operator %d: payout descending from P1 paying its burn again = %v, want %v", tc.op, err, tc.want)
		}
	}
	// A payout of the burn on the same main as P1 is signed by H2: it
	// spends the output P1 spends, so at most one of them confirms.
	p3 := w.build(t, w.genesis, []wire.OutPoint{other}, b1.TransferID, b2.TransferID)
	w.f.node.outs[w.genesis] = &btcjson.GetTxOutResult{Value: btcutil.Amount(2_000_000).ToBTC(), Confirmations: 6,
		ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", w.f.custody)}} // as H2's node sees it: P1 never reached it
	if _, err := w.ops[h2].b.SignBatch(ctx, w.batch(t, p3)); err != nil {
		t.Fatalf("H2 refused a payout conflicting with P1 on the main: %v", err)
	}
	if !spendsCommon(p1tx, p3.UnsignedTx) {
		t.Fatal("P1 and P3 do not conflict")
	}
	// P1 confirms: H2's feed records its UNLOCK, then its main moves to
	// P1's change, and a payout of the burn there is refused for good.
	delete(w.f.node.outs, w.genesis)
	w.f.node.outs[change(p1tx)] = &btcjson.GetTxOutResult{Value: btcutil.Amount(p1tx.TxOut[1].Value).ToBTC(),
		ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", w.f.custody)}}
	w.apply(t, h2, p1tx, -1)
	q := w.build(t, change(p1tx), nil, b1.TransferID, b2.TransferID)
	if _, err := w.ops[h2].b.SignBatch(ctx, w.batch(t, q)); !errors.Is(err, ErrAlreadyPaid) {
		t.Fatalf("H2, P1 final: payout of its burn on the new main = %v, want ErrAlreadyPaid", err)
	}
}

func spendsCommon(a, b *wire.MsgTx) bool {
	for _, x := range a.TxIn {
		for _, y := range b.TxIn {
			if x.PreviousOutPoint == y.PreviousOutPoint {
				return true
			}
		}
	}
	return false
}

// TestPayoutShape: what an honest signer refuses whatever its book and
// ledger say: a payout not spending the main, without change, with its
// change not last, and a sweep spending the main. On the old code the
// first three were signed (any final custody output could be spent, the
// change was optional).
func TestPayoutShape(t *testing.T) {
	ctx := context.Background()
	b1 := payoutAuth(1, 300_000)
	w := newChainWorld(t, b1)
	other := w.fund(t, 1, 1_000_000)
	wal, err := btcwallet.New(w.f.wcfg)
	if err != nil {
		t.Fatal(err)
	}
	bw, _ := payoutBurn(b1)
	noChange, err := wal.BuildPayout([]btcwallet.UTXO{{OutPoint: w.genesis, Amount: 2_000_000, Epoch: 1}},
		[]btcwallet.Burn{{TransferID: bw.TransferID, PkScript: bw.PkScript, Amount: 2_000_000}})
	if err != nil {
		t.Fatal(err)
	}
	b1whole := b1
	b1whole.Amount = big.NewInt(2_000_000)
	swapped := w.build(t, w.genesis, nil, b1.TransferID)
	tx := swapped.UnsignedTx
	tx.TxOut[0], tx.TxOut[1] = tx.TxOut[1], tx.TxOut[0]
	swapped.Outputs[0], swapped.Outputs[1] = swapped.Outputs[1], swapped.Outputs[0]
	for _, tc := range []struct {
		name  string
		b     relay.Batch
		want  error
		items map[chains.TransferID]relay.Authorization
	}{
		{"not spending the main", w.batch(t, w.build(t, other, nil, b1.TransferID)), signer.ErrNotMain, nil},
		{"no change", relay.Batch{}, signer.ErrNotMain, map[chains.TransferID]relay.Authorization{b1.TransferID: b1whole}},
		{"change not last", relay.Batch{}, signer.ErrChangeNotHome, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.b
			switch tc.name {
			case "no change":
				if b, err = batchOf(chains.BitcoinRegtest, noChange, tc.items); err != nil {
					t.Fatal(err)
				}
			case "change not last":
				b = w.batch(t, swapped)
			}
			if _, err := w.ops[1].b.SignBatch(ctx, b); !errors.Is(err, tc.want) {
				t.Fatalf("SignBatch = %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("sweep spending the main", func(t *testing.T) {
		ds := []btcwallet.Deposit{{OutPoint: w.genesis, Amount: 2_000_000, Epoch: 1, Payload: bitcoin.Payload{DstChain: chains.DevnetA, Locktime: 5000}}}
		sp, err := wal.BuildSweep(ds)
		if err != nil {
			t.Fatal(err)
		}
		s, err := signer.New(signer.Config{Key: w.f.fedKeys[1], Wallet: w.f.wcfg})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := SignSweep(ctx, s, sp, w.ops[1].b.cfg.View); !errors.Is(err, signer.ErrNotMain) {
			t.Fatalf("SignSweep = %v, want ErrNotMain", err)
		}
	})
}

// TestPipelinedPayouts: the leader chains the next payout on the change
// of the last one before it confirms; the signers that signed it accept
// that change as the main, also after a restart. A signer whose book
// does not hold it waits (retry). A burn of the first payout in the
// second is refused (it descends from it).
func TestPipelinedPayouts(t *testing.T) {
	ctx := context.Background()
	b1, b2, b3 := payoutAuth(1, 300_000), payoutAuth(2, 200_000), payoutAuth(3, 100_000)
	w := newChainWorld(t, b1, b2, b3)
	leader := w.ops[0].b
	first, err := leader.Propose(ctx, ready(b1))
	if err != nil || len(first) != 1 {
		t.Fatal(len(first), err)
	}
	p1 := w.pay(t, first[0], 0, 0, 1)
	w.open(t, 1) // restart: book and main from disk
	second, err := leader.Propose(ctx, ready(b2))
	if err != nil || len(second) != 1 {
		t.Fatal(len(second), err)
	}
	pk, _ := decodePacket(second[0].Data)
	if in := pk.UnsignedTx.TxIn; len(in) != 1 || in[0].PreviousOutPoint != change(p1) {
		t.Fatalf("second payout spends %v, want the first's unconfirmed change %v", in, change(p1))
	}
	var retry *bus.RetryError
	if _, err := w.ops[2].b.SignBatch(ctx, second[0]); !errors.As(err, &retry) || !errors.Is(err, signer.ErrRefused) {
		t.Fatalf("operator 2, which did not sign the first payout: %v, want a retry", err)
	}
	again := w.batch(t, w.build(t, change(p1), nil, b1.TransferID, b2.TransferID))
	if _, err := w.ops[1].b.SignBatch(ctx, again); !errors.Is(err, signer.ErrDoublePay) {
		t.Fatalf("burn of the first payout in its descendant: %v, want ErrDoublePay", err)
	}
	p2 := w.pay(t, second[0], 0, 0, 1)
	third, err := leader.Propose(ctx, ready(b3))
	if err != nil || len(third) != 1 {
		t.Fatal(len(third), err)
	}
	p3 := w.pay(t, third[0], 0, 0, 1)
	if p3.TxIn[0].PreviousOutPoint != change(p2) {
		t.Fatalf("third payout spends %v, want the second's change", p3.TxIn[0].PreviousOutPoint)
	}
	// Final in order: every feed follows the main down the chain and
	// records every UNLOCK.
	for _, tx := range []*wire.MsgTx{p1, p2, p3} {
		w.final(t, tx)
	}
	for i := range w.ops {
		if m := w.main(t, i); m != change(p3) {
			t.Fatalf("operator %d: main %v, want %v", i, m, change(p3))
		}
		for _, id := range []chains.TransferID{b1.TransferID, b2.TransferID, b3.TransferID} {
			if !w.ops[i].acc.Executed(id) {
				t.Errorf("operator %d: burn %s not recorded", i, id)
			}
		}
	}
}

// TestSpentDropsDescendants: when a final transaction spends an input of
// a book payout, that payout and its book descendants can never confirm
// and are dropped; their burns may then be paid by another payout. On
// the old code the descendants stayed, holding their burns.
func TestSpentDropsDescendants(t *testing.T) {
	ctx := context.Background()
	b1, b2, b3 := payoutAuth(1, 300_000), payoutAuth(2, 200_000), payoutAuth(3, 100_000)
	w := newChainWorld(t, b1, b2, b3)
	h := w.ops[1].b
	p1 := w.build(t, w.genesis, nil, b1.TransferID)
	if _, err := h.SignBatch(ctx, w.batch(t, p1)); err != nil {
		t.Fatal(err)
	}
	w.f.node.SendRawTransaction(p1.UnsignedTx, false)
	p2 := w.build(t, change(p1.UnsignedTx), nil, b2.TransferID)
	if _, err := h.SignBatch(ctx, w.batch(t, p2)); err != nil {
		t.Fatal(err)
	}
	if n := h.cfg.Book.Len(); n != 2 {
		t.Fatalf("book holds %d payouts, want 2", n)
	}
	// Another payout of the genesis main (b3) is final: P1 and P2 are dead.
	x := w.build(t, w.genesis, nil, b3.TransferID)
	dead, err := h.cfg.Book.Spent(w.genesis, x.UnsignedTx.TxHash())
	if err != nil || len(dead) != 2 {
		t.Fatalf("Spent dropped %v, %v; want P1 and P2", dead, err)
	}
	if h.cfg.Book.PayoutsOf(b2.TransferID) != nil {
		t.Fatal("b2 still held by a payout that can never confirm")
	}
}

// TestMainAdvancesAfterUnlocks: the feed moves the main to a payout's
// change only at its last payout output, after every UNLOCK of it was
// recorded; a replay does not move it again; a restart keeps it; a data
// dir with a cursor but without the main file is refused.
func TestMainAdvancesAfterUnlocks(t *testing.T) {
	b1, b2 := payoutAuth(1, 300_000), payoutAuth(2, 200_000)
	w := newChainWorld(t, b1, b2)
	p := w.pay(t, w.batch(t, w.build(t, w.genesis, nil, b1.TransferID, b2.TransferID)), 0, 0, 1)
	const i = 2 // never saw the payout: names its outputs from its ledger
	w.apply(t, i, p, 0)
	if m := w.main(t, i); m != w.genesis {
		t.Fatalf("main moved to %v before the second output's UNLOCK", m)
	}
	if !w.ops[i].acc.Executed(b1.TransferID) || w.ops[i].acc.Executed(b2.TransferID) {
		t.Fatal("first output not recorded alone")
	}
	w.apply(t, i, p, -1)
	if m := w.main(t, i); m != change(p) || !w.ops[i].acc.Executed(b2.TransferID) {
		t.Fatalf("main %v after every UNLOCK, want %v", m, change(p))
	}
	w.apply(t, i, p, -1) // replay
	if m := w.main(t, i); m != change(p) {
		t.Fatalf("replay moved the main to %v", m)
	}
	w.open(t, i)
	if m := w.main(t, i); m != change(p) {
		t.Fatalf("restart: main %v, want %v", m, change(p))
	}
	// The cursor without the main: refused.
	dir := t.TempDir()
	cursor := filepath.Join(dir, "btc-18444.cursor.json")
	if err := os.WriteFile(cursor, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenCustodyMain(CustodyMainPath(dir, chains.BitcoinRegtest), cursor); !errors.Is(err, ErrNoMainState) {
		t.Fatalf("OpenCustodyMain with a cursor and no main = %v, want ErrNoMainState", err)
	}
	if _, err := OpenCustodyMain(CustodyMainPath(dir, chains.BitcoinRegtest), ""); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenCustodyMain(CustodyMainPath(dir, chains.BitcoinRegtest), cursor); err != nil {
		t.Fatalf("the main file, once created, opens: %v", err)
	}
}

// TestIdenticalBurns: two open burns to the same script for the same
// amount. M and H1 pay the higher one; H2, which did not sign, cannot
// tell which one was paid. On the old code it named neither (two
// candidates), kept both open, and signed a payout of each: three
// payments for two burns. Now H2 names the lowest open one — the burns
// are interchangeable — so after one more payment to that script and
// amount both honest signers refuse any further one.
func TestIdenticalBurns(t *testing.T) {
	ctx := context.Background()
	lo, hi := payoutAuth(1, 300_000), payoutAuth(2, 300_000)
	hi.Recipient = lo.Recipient
	w := newChainWorld(t, lo, hi)
	const h1, h2 = 1, 2
	p1 := w.pay(t, w.batch(t, w.build(t, w.genesis, nil, hi.TransferID)), 0, 0, h1)
	w.final(t, p1)
	if _, err := w.ops[h2].b.SignBatch(ctx, w.batch(t, w.build(t, change(p1), nil, lo.TransferID))); !errors.Is(err, ErrAlreadyPaid) {
		t.Fatalf("H2 signed a payment for the low burn after the high one was paid: %v", err)
	}
	if !w.ops[h2].acc.Executed(lo.TransferID) || w.ops[h2].acc.Executed(hi.TransferID) {
		t.Fatal("H2 did not name the payout by the lowest open burn")
	}
	// One more payment to the script and amount is due: H2 signs it as hi.
	p2 := w.pay(t, w.batch(t, w.build(t, change(p1), nil, hi.TransferID)), 0, 0, h2)
	w.final(t, p2)
	for _, i := range []int{h1, h2} {
		for _, a := range []relay.Authorization{lo, hi} {
			if !w.ops[i].acc.Executed(a.TransferID) {
				t.Fatalf("operator %d: burn %s open after two payments", i, a.TransferID)
			}
			if _, err := w.ops[i].b.SignBatch(ctx, w.batch(t, w.build(t, change(p2), nil, a.TransferID))); !errors.Is(err, ErrAlreadyPaid) {
				t.Fatalf("operator %d signed a third payment: %v", i, err)
			}
		}
	}
	// A replayed block names nothing new.
	w.final(t, p1)
	w.final(t, p2)
	for _, i := range []int{h1, h2} {
		if n := len(unlocks(t, w.ops[i].acc)); n != 2 {
			t.Fatalf("operator %d: %d UNLOCKs after a replay, want 2", i, n)
		}
	}
}

func unlocks(t *testing.T, acc *ledger.Accountant) []*audit.Record {
	t.Helper()
	var out []*audit.Record
	if err := acc.EachRecord(context.Background(), func(r *audit.Record) {
		if r.Kind == audit.KindUnlock {
			out = append(out, r)
		}
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMainHeldUntilRecorded: a final payout whose output the ledger
// cannot name yet (its BURN not recorded: the operator's EVM watcher
// lags) holds the main; a signer whose main moved without that UNLOCK
// could sign the burn again. Once the BURN is recorded the next watcher
// event records the UNLOCK and moves the main — also after a restart.
func TestMainHeldUntilRecorded(t *testing.T) {
	b1 := payoutAuth(1, 300_000)
	w := newChainWorld(t)
	w.burns[b1.TransferID] = b1 // in no ledger yet
	p := w.pay(t, w.batch(t, w.build(t, w.genesis, nil, b1.TransferID)), 0, 0, 1)
	const i = 2
	w.apply(t, i, p, -1)
	if m := w.main(t, i); m != w.genesis {
		t.Fatalf("main moved to %v without the UNLOCK", m)
	}
	if _, _, _, held := w.ops[i].b.cfg.Main.Held(); !held {
		t.Fatal("main not held")
	}
	w.open(t, i) // restart: the hold is durable
	w.seedLedger(t, w.ops[i].acc)
	other := depositEvent(9, chains.KindLocked, 50_000) // any later event of the watcher
	if _, err := w.ops[i].feed.Apply(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	if m := w.main(t, i); m != change(p) || !w.ops[i].acc.Executed(b1.TransferID) {
		t.Fatalf("main %v (burn executed %v) after the BURN was recorded, want %v", m, w.ops[i].acc.Executed(b1.TransferID), change(p))
	}
	if _, _, _, held := w.ops[i].b.cfg.Main.Held(); held {
		t.Fatal("main still held")
	}
}
