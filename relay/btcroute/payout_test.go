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
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	btcwallet "github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

// p2wpkh is a standard recipient script for burn i.
func p2wpkh(i byte) []byte {
	return append([]byte{0x00, 0x14}, bytes.Repeat([]byte{i}, 20)...)
}

func payoutAuth(i byte, amount int64) relay.Authorization {
	return relay.Authorization{Action: relay.ActionUnlock, TransferID: chains.TransferID{0xb0, i},
		Source: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{0xee, i}, Index: 1}, Nonce: uint64(i),
		DstChain: chains.BitcoinRegtest, AssetID: btcAsset, Amount: big.NewInt(amount), Recipient: p2wpkh(i)}
}

func TestPayoutDigest(t *testing.T) {
	ok := payoutAuth(1, 100_000)
	h := ok.Hash()
	want := crypto.Keccak256Hash([]byte(PayoutDomain), h[:])
	if got, err := PayoutDigest(ok); err != nil || got != want {
		t.Fatalf("PayoutDigest = %x, %v; want %x", got, err, want)
	}
	mod := func(f func(*relay.Authorization)) relay.Authorization {
		a := payoutAuth(1, 100_000)
		f(&a)
		return a
	}
	for _, tc := range []struct {
		name   string
		a      relay.Authorization
		digest relay.DigestFunc
	}{
		{"mint", mod(func(a *relay.Authorization) { a.Action = relay.ActionMint }), PayoutDigest},
		{"no chain", mod(func(a *relay.Authorization) { a.DstChain = 0 }), PayoutDigest},
		{"zero amount", mod(func(a *relay.Authorization) { a.Amount = big.NewInt(0) }), PayoutDigest},
		{"amount above int64", mod(func(a *relay.Authorization) { a.Amount = new(big.Int).Lsh(big.NewInt(1), 63) }), PayoutDigest},
		{"OP_RETURN recipient", mod(func(a *relay.Authorization) { a.Recipient = []byte{0x6a, 0x01, 0x00} }), PayoutDigest},
		{"EVM address recipient", mod(func(a *relay.Authorization) { a.Recipient = ledgertest.Alice.Bytes() }), PayoutDigest},
		{"other chain", mod(func(a *relay.Authorization) { a.DstChain = chains.DevnetA }), PayoutDigestFor(chains.BitcoinRegtest)},
		{"other asset", mod(func(a *relay.Authorization) { a.AssetID = chains.AssetID{1} }), PayoutDigestFor(chains.BitcoinRegtest)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.digest(tc.a); !errors.Is(err, ErrNotPayout) {
				t.Fatalf("digest = %v, want ErrNotPayout", err)
			}
		})
	}
	// The share: an ECDSA authorizer over the digest signs and verifies;
	// a share over another authorization does not verify.
	k := keys.FromECDSA(bitcointest.Keys("wire-btc-test", 1)[0].ToECDSA())
	auth, err := relay.NewECDSAAuthorizer(k, PayoutDigestFor(chains.BitcoinRegtest))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := auth.Sign(context.Background(), ok)
	if err != nil {
		t.Fatal(err)
	}
	if err := auth.Verify(ok, k.Address(), sig); err != nil {
		t.Fatal(err)
	}
	if err := auth.Verify(payoutAuth(2, 100_000), k.Address(), sig); !errors.Is(err, relay.ErrBadShare) {
		t.Fatalf("share over another payout verified: %v", err)
	}
}

// fakeBTC is a node for the batcher: outputs (gettxout), transactions it
// knows (getrawtransaction) and what was broadcast.
type fakeBTC struct {
	outs fakeOutputs
	txs  map[chainhash.Hash]*wire.MsgTx
	sent int
}

func (f *fakeBTC) GetTxOut(h *chainhash.Hash, i uint32, mempool bool) (*btcjson.GetTxOutResult, error) {
	return f.outs.GetTxOut(h, i, mempool)
}

func (f *fakeBTC) SendRawTransaction(tx *wire.MsgTx, _ bool) (*chainhash.Hash, error) {
	h := tx.TxHash()
	if _, dup := f.txs[h]; dup {
		return nil, errors.New("already have transaction")
	}
	f.txs[h] = tx
	f.sent++
	// The mempool: inputs spent, outputs unconfirmed.
	for _, in := range tx.TxIn {
		delete(f.outs, in.PreviousOutPoint)
	}
	for i, o := range tx.TxOut {
		f.outs[wire.OutPoint{Hash: h, Index: uint32(i)}] = &btcjson.GetTxOutResult{Value: btcutil.Amount(o.Value).ToBTC(),
			ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", o.PkScript)}}
	}
	return &h, nil
}

// GetBlockCount is the tip a sweep round reads: no deposit is near its
// refund locktime.
func (f *fakeBTC) GetBlockCount() (int64, error) { return 100, nil }

func (f *fakeBTC) GetRawTransaction(h *chainhash.Hash) (*btcutil.Tx, error) {
	tx, ok := f.txs[*h]
	if !ok {
		return nil, &btcjson.RPCError{Code: btcjson.ErrRPCNoTxInfo, Message: "No information available about transaction"}
	}
	return btcutil.NewTx(tx), nil
}

type payoutFixture struct {
	// genesis, when set, is every batcher's custody main at open (as
	// the feed derives it from the first final custody output).
	genesis *wire.OutPoint
	node    *fakeBTC
	wcfg    btcwallet.Config
	custody []byte
	ops     map[common.Address][32]byte
	addrs   []common.Address
	fedKeys []*btcec.PrivateKey
}

func newPayoutFixture(t *testing.T) *payoutFixture {
	t.Helper()
	fedKeys := bitcointest.Keys("wire-btc-test", 3) // btcDeployment's federation
	set, err := btcDeployment(t, 10_000).Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}
	fed := bitcoin.Federation{Epoch: 1, Signers: set, Recovery: federation(t, 2, 3), RecoveryDelay: 144}
	co, err := bitcoin.NewCustodyOutput(fed)
	if err != nil {
		t.Fatal(err)
	}
	ops, err := FederationAddresses(set)
	if err != nil {
		t.Fatal(err)
	}
	f := &payoutFixture{node: &fakeBTC{outs: fakeOutputs{}, txs: map[chainhash.Hash]*wire.MsgTx{}},
		wcfg:    btcwallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: btcwallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 7}},
		custody: co.PkScript(), ops: ops, fedKeys: fedKeys}
	for _, k := range fedKeys {
		f.addrs = append(f.addrs, crypto.PubkeyToAddress(k.ToECDSA().PublicKey))
	}
	return f
}

// utxo adds a final custody output of sats to the node.
func (f *payoutFixture) utxo(i byte, sats int64) wire.OutPoint {
	op := wire.OutPoint{Hash: chainhash.Hash{0xc0, i}, Index: 0}
	f.node.outs[op] = &btcjson.GetTxOutResult{Value: btcutil.Amount(sats).ToBTC(), Confirmations: 6,
		ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", f.custody)}}
	return op
}

// batcher is operator i's batcher with its data under dir; custody
// candidates are cands.
func (f *payoutFixture) batcher(t *testing.T, i int, dir string, executed func(chains.TransferID) bool, cands ...wire.OutPoint) *PayoutBatcher {
	t.Helper()
	book, err := OpenPayoutBook(PayoutBookPath(dir, chains.BitcoinRegtest))
	if err != nil {
		t.Fatal(err)
	}
	set, err := OpenCustodySet(CustodySetPath(dir, chains.BitcoinRegtest))
	if err != nil {
		t.Fatal(err)
	}
	if err := set.Add(cands...); err != nil {
		t.Fatal(err)
	}
	main, err := OpenCustodyMain(CustodyMainPath(dir, chains.BitcoinRegtest), "")
	if err != nil {
		t.Fatal(err)
	}
	genesis := f.genesis
	if genesis == nil && len(cands) > 0 {
		genesis = &cands[0]
	}
	if genesis != nil {
		if _, err := main.Genesis(*genesis); err != nil {
			t.Fatal(err)
		}
	}
	view := &View{Chain: chains.BitcoinRegtest, Outputs: f.node, Custody: map[uint32][]byte{1: f.custody}, Confirmations: 3, Main: main}
	b, err := NewPayoutBatcher(PayoutBatcherConfig{Chain: chains.BitcoinRegtest, Wallet: f.wcfg, Key: f.fedKeys[i], Operators: f.ops,
		View: view, Node: f.node, Book: book, Custody: set, Main: main, Executed: executed})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// setMain makes op the custody main of batcher b, durably.
func setMain(t *testing.T, b *PayoutBatcher, op wire.OutPoint) {
	t.Helper()
	m := b.cfg.Main
	m.mu.Lock()
	defer m.mu.Unlock()
	m.st = mainState{Main: op.String()}
	if err := m.save(); err != nil {
		t.Fatal(err)
	}
}

func ready(as ...relay.Authorization) []relay.SignedAuthorization {
	var out []relay.SignedAuthorization
	for _, a := range as {
		out = append(out, relay.SignedAuthorization{Authorization: a})
	}
	return out
}

func TestFederationAddresses(t *testing.T) {
	f := newPayoutFixture(t)
	for i, k := range f.fedKeys {
		x := [32]byte(schnorr.SerializePubKey(k.PubKey()))
		if got, ok := f.ops[f.addrs[i]]; !ok || got != x {
			t.Fatalf("operator %d (%s) maps to %x, %v; want its x-only key %x", i, f.addrs[i], got, ok, x)
		}
	}
	if len(f.ops) != 6 {
		t.Fatalf("%d addresses for 3 keys, want both parities of each (6)", len(f.ops))
	}
}

// TestPayoutBatcherRound runs one payout through the batcher's four
// steps with three operators: proposal, two signatures, verification
// (foreign and forged shares refused), assembly and broadcast; a second
// proposal leaves the burns out since their payout is on the node.
func TestPayoutBatcherRound(t *testing.T) {
	ctx := context.Background()
	f := newPayoutFixture(t)
	u := f.utxo(1, 1_000_000)
	var bs []*PayoutBatcher
	for i := range 3 {
		bs = append(bs, f.batcher(t, i, t.TempDir(), nil, u))
	}
	items := []relay.Authorization{payoutAuth(1, 100_000), payoutAuth(2, 250_000), {Action: relay.ActionMint, DstChain: chains.DevnetA}}
	batches, err := bs[0].Propose(ctx, ready(items...))
	if err != nil || len(batches) != 1 {
		t.Fatalf("Propose = %d batches, %v; want 1", len(batches), err)
	}
	b := batches[0]
	if len(b.Items) != 2 || b.Chain != chains.BitcoinRegtest {
		t.Fatalf("batch of %d items for chain %d, want the 2 payouts", len(b.Items), b.Chain)
	}
	shares := map[int][]byte{}
	for _, i := range []int{1, 2} {
		s, err := bs[i].SignBatch(ctx, b)
		if err != nil {
			t.Fatalf("operator %d: %v", i, err)
		}
		shares[i] = s
		if err := bs[0].VerifyBatch(b, f.addrs[i], s); err != nil {
			t.Fatalf("operator %d's share: %v", i, err)
		}
	}
	forged := forgeShare(t, shares[1])
	foreign, _ := crypto.GenerateKey()
	for _, tc := range []struct {
		name   string
		signer common.Address
		sig    []byte
	}{
		{"another operator's share", f.addrs[2], shares[1]},
		{"forged signature", f.addrs[1], forged},
		{"not a federation key", crypto.PubkeyToAddress(foreign.PublicKey), shares[1]},
		{"not JSON", f.addrs[1], []byte("sig")},
		{"no signatures", f.addrs[1], []byte("[]")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := bs[0].VerifyBatch(b, tc.signer, tc.sig); !errors.Is(err, relay.ErrBadShare) {
				t.Fatalf("VerifyBatch = %v, want ErrBadShare", err)
			}
		})
	}
	res, err := bs[0].SubmitBatch(ctx, b, []relay.OperatorSig{{Signer: f.addrs[1], Signature: shares[1]}, {Signer: f.addrs[2], Signature: shares[2]}})
	if err != nil {
		t.Fatal(err)
	}
	if f.node.sent != 1 || len(res.Submitted) != 2 || res.TxID == "" {
		t.Fatalf("SubmitBatch = %+v, %d broadcasts", res, f.node.sent)
	}
	// Submitting again: the node has it, so it counts as submitted.
	if _, err := bs[0].SubmitBatch(ctx, b, []relay.OperatorSig{{Signer: f.addrs[1], Signature: shares[1]}, {Signer: f.addrs[2], Signature: shares[2]}}); err != nil {
		t.Fatalf("second submission: %v", err)
	}
	var tx *wire.MsgTx
	for _, x := range f.node.txs {
		tx = x
	}
	fee := int64(1_000_000)
	for _, o := range tx.TxOut {
		fee -= o.Value
	}
	t.Logf("payout of 2 burns from 1 input: %d vB, fee %d sat, outputs %d / %d sat", vsizeOf(tx), fee, tx.TxOut[0].Value, tx.TxOut[1].Value)
	// Nothing is proposed again while the payout is on the node.
	again, err := bs[0].Propose(ctx, ready(items...))
	if err != nil || len(again) != 0 {
		t.Fatalf("Propose after broadcast = %d batches, %v; want none", len(again), err)
	}
	// Even another operator, with fresh custody, leaves them out once its book holds the payout.
	u2 := f.utxo(2, 2_000_000)
	if err := bs[1].cfg.Custody.Add(u2); err != nil {
		t.Fatal(err)
	}
	if again, err := bs[1].Propose(ctx, ready(items...)); err != nil || len(again) != 0 {
		t.Fatalf("signer's Propose after broadcast = %d batches, %v; want none", len(again), err)
	}
}

// forgeShare flips one bit of the first signature of a share.
func forgeShare(t *testing.T, share []byte) []byte {
	t.Helper()
	var sigs []btcwallet.Signature
	if err := json.Unmarshal(share, &sigs); err != nil {
		t.Fatal(err)
	}
	sigs[0].Sig[10] ^= 1
	out, _ := json.Marshal(sigs)
	return out
}

// TestPayoutBookRestart: a signer that signed a payout of a burn, then
// restarted (a new book from the same file), refuses a payout of the same
// burn that spends none of the same inputs, signs one that shares an
// input (a replacement: only one can confirm), and once its ledger holds
// the burn's UNLOCK the book releases it.
func TestPayoutBookRestart(t *testing.T) {
	ctx := context.Background()
	f := newPayoutFixture(t)
	u1, u2 := f.utxo(1, 1_000_000), f.utxo(2, 900_000)
	f.genesis = &u1
	dir := t.TempDir()
	burn := payoutAuth(7, 300_000)
	leader := f.batcher(t, 0, t.TempDir(), nil, u1)
	first, err := leader.Propose(ctx, ready(burn))
	if err != nil || len(first) != 1 {
		t.Fatal(len(first), err)
	}
	s1 := f.batcher(t, 1, dir, nil)
	if _, err := s1.SignBatch(ctx, first[0]); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(PayoutBookPath(dir, chains.BitcoinRegtest))
	if err != nil || !bytes.Contains(raw, []byte(burn.TransferID.String())) {
		t.Fatalf("payout book on disk: %s, %v", raw, err)
	}

	executed := map[chains.TransferID]bool{}
	restarted := f.batcher(t, 1, dir, func(id chains.TransferID) bool { return executed[id] })
	if restarted.cfg.Book.Len() != 1 {
		t.Fatalf("restarted book holds %d payouts, want 1", restarted.cfg.Book.Len())
	}
	other := f.batcher(t, 0, t.TempDir(), nil, u2) // a leader that pays it from another output
	setMain(t, other, u2)                          // a leader lying about the main
	conflicting, err := other.Propose(ctx, ready(burn))
	if err != nil || len(conflicting) != 1 {
		t.Fatal(len(conflicting), err)
	}
	if _, err := restarted.SignBatch(ctx, conflicting[0]); !errors.Is(err, signer.ErrDoublePay) {
		t.Fatalf("restarted signer signed a second payout of burn %s: %v", burn.TransferID, err)
	}
	// A replacement spending u1 as well (the same burn at another rate) is signed.
	w, err := btcwallet.New(btcwallet.Config{Federations: f.wcfg.Federations, Current: 1, Fees: btcwallet.FeePolicy{Rate: 3, MinRate: 1, MaxRate: 7}})
	if err != nil {
		t.Fatal(err)
	}
	bw, _ := payoutBurn(burn)
	repl, err := w.BuildPayout([]btcwallet.UTXO{{OutPoint: u1, Amount: 1_000_000, Epoch: 1}}, []btcwallet.Burn{bw})
	if err != nil {
		t.Fatal(err)
	}
	rb, err := batchOf(chains.BitcoinRegtest, repl, map[chains.TransferID]relay.Authorization{burn.TransferID: burn})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := restarted.SignBatch(ctx, rb); err != nil {
		t.Fatalf("replacement sharing an input refused: %v", err)
	}
	// Once the ledger holds the UNLOCK, the book forgets the burn.
	executed[burn.TransferID] = true
	restarted.release()
	if n := restarted.cfg.Book.Len(); n != 0 {
		t.Fatalf("book holds %d payouts after the burn executed", n)
	}
}

// TestSignBatchItems: the PSBT's annotated burns must be exactly the
// batch's items.
func TestSignBatchItems(t *testing.T) {
	ctx := context.Background()
	f := newPayoutFixture(t)
	u := f.utxo(1, 1_000_000)
	f.genesis = &u
	leader := f.batcher(t, 0, t.TempDir(), nil, u)
	a1, a2 := payoutAuth(1, 100_000), payoutAuth(2, 200_000)
	batches, err := leader.Propose(ctx, ready(a1, a2))
	if err != nil || len(batches) != 1 {
		t.Fatal(len(batches), err)
	}
	good := batches[0]
	s := f.batcher(t, 1, t.TempDir(), nil)
	bigger := payoutAuth(2, 200_001)
	otherScript := payoutAuth(2, 200_000)
	otherScript.Recipient = p2wpkh(9)
	for _, tc := range []struct {
		name string
		b    relay.Batch
		want error
	}{
		{"an item missing", relay.Batch{Chain: good.Chain, Items: good.Items[:1], Data: good.Data}, ErrBatch},
		{"an extra item", relay.Batch{Chain: good.Chain, Items: append([]relay.Authorization{payoutAuth(3, 5000)}, good.Items...), Data: good.Data}, ErrBatch},
		{"another amount", relay.Batch{Chain: good.Chain, Items: []relay.Authorization{a1, bigger}, Data: good.Data}, signer.ErrMismatch},
		{"another recipient", relay.Batch{Chain: good.Chain, Items: []relay.Authorization{a1, otherScript}, Data: good.Data}, ErrBatch},
		{"not a PSBT", relay.Batch{Chain: good.Chain, Items: good.Items, Data: []byte("psbt")}, ErrBatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := s.SignBatch(ctx, tc.b); !errors.Is(err, tc.want) {
				t.Fatalf("SignBatch = %v, want %v", err, tc.want)
			}
		})
	}
	if s.cfg.Book.Len() != 0 {
		t.Fatal("a refused batch was recorded")
	}
	if _, err := s.SignBatch(ctx, good); err != nil {
		t.Fatal(err)
	}
}

func TestPayoutBookFile(t *testing.T) {
	dir := t.TempDir()
	path := PayoutBookPath(dir, chains.BitcoinRegtest)
	if err := os.WriteFile(path, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenPayoutBook(path); err == nil {
		t.Fatal("a corrupt payout book was opened")
	}
	if _, err := OpenPayoutBook(filepath.Join(dir, "missing.json")); err != nil {
		t.Fatal(err)
	}
	cs, err := OpenCustodySet(CustodySetPath(dir, chains.BitcoinRegtest))
	if err != nil {
		t.Fatal(err)
	}
	a, b := wire.OutPoint{Hash: chainhash.Hash{2}, Index: 1}, wire.OutPoint{Hash: chainhash.Hash{1}, Index: 0}
	if err := cs.Add(a, b); err != nil {
		t.Fatal(err)
	}
	if err := cs.Remove(a); err != nil {
		t.Fatal(err)
	}
	again, err := OpenCustodySet(CustodySetPath(dir, chains.BitcoinRegtest))
	if err != nil {
		t.Fatal(err)
	}
	if l := again.List(); len(l) != 1 || l[0] != b {
		t.Fatalf("custody set after reopen = %v, want [%v]", l, b)
	}
}

// TestPayoutReservations: while a proposal may still be signed, its
// inputs — the main among them — are not used for other burns; a signed
// payout whose input a final transaction spent is released, and its burn
// can be paid again.
func TestPayoutReservations(t *testing.T) {
	ctx := context.Background()
	f := newPayoutFixture(t)
	u1 := f.utxo(1, 1_000_000)
	f.genesis = &u1
	leader := f.batcher(t, 0, t.TempDir(), nil, u1)
	b1, b2 := payoutAuth(1, 100_000), payoutAuth(2, 100_000)
	first, err := leader.Propose(ctx, ready(b1))
	if err != nil || len(first) != 1 {
		t.Fatal(len(first), err)
	}
	if got, err := leader.Propose(ctx, ready(b2)); err != nil || len(got) != 0 {
		t.Fatalf("burn 2 proposed over the reserved main: %d batches, %v", len(got), err)
	}
	u2 := f.utxo(2, 900_000)
	if err := leader.cfg.Custody.Add(u2); err != nil {
		t.Fatal(err)
	}
	if got, err := leader.Propose(ctx, ready(b2)); err != nil || len(got) != 0 {
		t.Fatalf("burn 2 proposed without the reserved main: %d batches, %v", len(got), err)
	}

	// A signer signed the payout of burn 1 over u1; a final transaction
	// spends u1 otherwise: the payout can never confirm and is released.
	s := f.batcher(t, 1, t.TempDir(), nil)
	if _, err := s.SignBatch(ctx, first[0]); err != nil {
		t.Fatal(err)
	}
	other := f.batcher(t, 2, t.TempDir(), nil, u2)
	setMain(t, other, u2) // a leader whose main is u2
	again, err := other.Propose(ctx, ready(b1))
	if err != nil || len(again) != 1 {
		t.Fatal(len(again), err)
	}
	if _, err := s.SignBatch(ctx, again[0]); !errors.Is(err, signer.ErrDoublePay) {
		t.Fatalf("second payout of burn 1 = %v, want ErrDoublePay", err)
	}
	dead, err := s.cfg.Book.Spent(u1, chainhash.Hash{0xfe})
	if err != nil || len(dead) != 1 {
		t.Fatalf("Spent released %v, %v; want the first payout", dead, err)
	}
	// The final transaction that spent u1 made u2 the main.
	setMain(t, s, u2)
	if _, err := s.SignBatch(ctx, again[0]); err != nil {
		t.Fatalf("payout of a released burn refused: %v", err)
	}
}

// TestPayoutFeeShares: the feed splits a payout's fee (inputs read from
// the node) over its burn outputs as wallet.BuildPayout charged it.
func TestPayoutFeeShares(t *testing.T) {
	f := newPayoutFixture(t)
	prev := wire.NewMsgTx(2)
	prev.AddTxOut(wire.NewTxOut(1_000_000, f.custody))
	f.node.txs[prev.TxHash()] = prev
	w, err := btcwallet.New(f.wcfg)
	if err != nil {
		t.Fatal(err)
	}
	var burns []btcwallet.Burn
	for i := byte(1); i <= 3; i++ {
		b, _ := payoutBurn(payoutAuth(i, 100_000*int64(i)))
		burns = append(burns, b)
	}
	pk, err := w.BuildPayout([]btcwallet.UTXO{{OutPoint: wire.OutPoint{Hash: prev.TxHash()}, Amount: 1_000_000, Epoch: 1}}, burns)
	if err != nil {
		t.Fatal(err)
	}
	tx := pk.UnsignedTx
	feed := &PayoutFeed{Chain: chains.BitcoinRegtest, Node: f.node, Custody: map[string]bool{string(f.custody): true}}
	shares, err := feed.feeShares(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	var out int64
	for _, o := range tx.TxOut {
		out += o.Value
	}
	want := btcwallet.FeeShares(1_000_000-out, 3)
	for i := range 3 {
		if shares[i] != want[i] || tx.TxOut[i].Value+shares[i] != burns[i].Amount {
			t.Fatalf("output %d: share %d, value %d; want share %d and value + share = burn %d", i, shares[i], tx.TxOut[i].Value, want[i], burns[i].Amount)
		}
	}
	if len(shares) != 4 || shares[3] != 0 {
		t.Fatalf("change output share %v, want 0", shares)
	}
	t.Logf("3-burn payout, fee %d sat: shares %v", 1_000_000-out, shares[:3])
}
