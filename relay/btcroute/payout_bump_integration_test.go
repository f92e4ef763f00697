//go:build integration

package btcroute

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
	"github.com/rs/zerolog"
)

// TestPayoutFeeBump: a payout stuck at a low fee rate is replaced by RBF
// within the bound and confirms; the old one never also confirms. On a
// real btcd with three operators (2-of-3), the leader proposing at
// 1 sat/vB and replacing after 2 s (blocks are held meanwhile: regtest
// mines every mempool transaction):
//
//   - payout P1 (burn 1) spends the custody main; payout P2 (burn 2) is
//     chained on P1's unconfirmed change; neither is replaced before the
//     bound;
//   - after the bound the leader proposes Q1, declared as P1's
//     replacement: same inputs and burn, 3 sat/vB — the lowest rate whose
//     fee covers P1's and P2's (both evicted) plus its own relay fee (the
//     stuck root is replaced, not P2); operator 2, whose book never held P1, refuses it
//     (ErrReplacement); operators 0 and 1 sign; btcd accepts it and evicts
//     P1 and P2: the mempool holds Q1 alone;
//   - mined and final: Q1 confirmed, P1 and P2 never; every ledger holds
//     burn 1's UNLOCK with Q1's fee share; every book dropped P1 and P2
//     (PayoutBook.Spent), so burn 2 is proposed again, on Q1's change,
//     signed, mined and recorded once; each recipient was paid once.
func TestPayoutFeeBump(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithBTC())
	c := d.BTC.Client(t)
	dep := btcDeployment(t, 10_000)
	fedKeys := bitcointest.Keys("wire-btc-test", 3)
	const stuckAfter = 2 * time.Second

	type operator struct {
		btc *Route
		acc *ledger.Accountant
		key *keys.Key
	}
	var ops []*operator
	for i := range 3 {
		k := keys.FromECDSA(fedKeys[i].ToECDSA())
		dir := t.TempDir()
		acc, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(dir, "audit.db"), Key: k, Deployment: dep})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = acc.Close() })
		b, err := New(ctx, Config{Chain: chains.BitcoinRegtest, RPCHost: d.BTC.RPCHost, RPCUser: d.BTC.RPCUser, RPCPass: d.BTC.RPCPass, DisableTLS: true,
			Deployment: dep, Recovery: federation(t, 2, 3), RecoveryDelay: 144, MaxFeeRate: 10, DataDir: dir, Accountant: acc,
			PollInterval: 100 * time.Millisecond, Operator: k, Fees: wallet.FeePolicy{Rate: 1, MinRate: 1, MaxRate: 7}, PayoutStuckAfter: stuckAfter,
			Logger: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel).With().Int("op", i).Logger()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = b.Close() })
		ops = append(ops, &operator{btc: b, acc: acc, key: k})
	}
	w, err := wallet.New(ops[0].btc.WalletConfig())
	if err != nil {
		t.Fatal(err)
	}
	signers, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}

	// One deposit, minted and swept: the sweep output is the custody main.
	tip, err := c.GetBlockCount()
	if err != nil {
		t.Fatal(err)
	}
	sendDeposit(ctx, t, d, signers, "bump-1", uint32(tip)+200, 200_000)
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	table, err := ledger.AssetTable(dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	var deposits []chains.Event
	for i, op := range ops {
		if deposits = runSource(ctx, t, op.btc, 1); len(deposits) != 1 {
			t.Fatalf("operator %d: %d deposit events", i, len(deposits))
		}
	}
	au, err := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: ops[0].btc.Fee}.Authorization(ctx, deposits[0])
	if err != nil {
		t.Fatal(err)
	}
	mint := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte(deposits[0].TransferID)}, BlockNum: 7,
		TransferID: deposits[0].TransferID, AssetID: btcAsset, Amount: au.Amount, Recipient: au.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
	for _, op := range ops {
		if err := op.acc.Record(ctx, mint); err != nil {
			t.Fatal(err)
		}
	}
	sp, err := ProposeSweep(ctx, w, ops[0].btc.Book, ops[0].btc.View, tip+3, SweepPolicy{MinBatch: 1, MaxInputs: 10, Horizon: 50})
	if err != nil {
		t.Fatal(err)
	}
	var ssigs []wallet.Signature
	for _, i := range []int{1, 2} {
		s, err := signer.New(signer.Config{Key: ops[i].btc.FederationKey(), Wallet: ops[i].btc.WalletConfig()})
		if err != nil {
			t.Fatal(err)
		}
		sg, err := SignSweep(ctx, s, sp, ops[i].btc.View)
		if err != nil {
			t.Fatal(err)
		}
		ssigs = append(ssigs, sg...)
	}
	sweep, err := CompleteSweep(sp, ssigs, ops[0].btc.Node())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	for _, op := range ops {
		runSource(ctx, t, op.btc, 1)
	}
	for i, op := range ops {
		if m, ok := op.btc.Main.Main(); !ok || m != (wire.OutPoint{Hash: sweep.TxHash()}) {
			t.Fatalf("operator %d: custody main %v, want the sweep output", i, m)
		}
	}

	// Two burns, each ready with three shares.
	burnAt := func(n byte, amount int64) (relay.SignedAuthorization, []byte) {
		t.Helper()
		payee := bitcointest.Key("wire-btc-bump-payee/" + string('0'+n))
		script := append([]byte{0x00, 0x14}, btcutil.Hash160(payee.PubKey().SerializeCompressed())...)
		ev := chains.Event{Kind: chains.KindBurned, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{0xbb, n}, Index: 3}, BlockNum: 20 + uint64(n),
			TransferID: chains.TransferID{0xbb, n}, AssetID: btcAsset, Amount: big.NewInt(amount), Sender: ledgertest.Alice.Bytes(), DstChain: chains.BitcoinRegtest,
			Recipient: script, Nonce: uint64(n), Finality: chains.Finality{Confirmations: 3, Final: true}}
		var sa relay.SignedAuthorization
		for _, op := range ops {
			if err := op.acc.Record(ctx, ev); err != nil {
				t.Fatal(err)
			}
			a, err := table.Authorization(ctx, ev)
			if err != nil {
				t.Fatal(err)
			}
			sig, err := op.btc.Roles.Authorizer.Sign(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			sa.Authorization = a
			sa.Signatures = append(sa.Signatures, relay.OperatorSig{Signer: op.key.Address(), Signature: sig})
		}
		return sa, script
	}
	b1, script1 := burnAt(1, 60_000)
	b2, script2 := burnAt(2, 50_000)
	leader := ops[0].btc.Roles.Batcher
	propose := func(ready ...relay.SignedAuthorization) []relay.Batch {
		t.Helper()
		bs, err := leader.Propose(ctx, ready)
		if err != nil {
			t.Fatal(err)
		}
		return bs
	}
	// signSubmit has operators 0 and 1 sign b and the leader broadcast it.
	signSubmit := func(b relay.Batch) chainhash.Hash {
		t.Helper()
		var sigs []relay.OperatorSig
		for _, i := range []int{0, 1} {
			s, err := ops[i].btc.Roles.Batcher.SignBatch(ctx, b)
			if err != nil {
				t.Fatalf("operator %d refused: %v", i, err)
			}
			if err := leader.VerifyBatch(b, ops[i].key.Address(), s); err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, relay.OperatorSig{Signer: ops[i].key.Address(), Signature: s})
		}
		res, err := leader.SubmitBatch(ctx, b, sigs)
		if err != nil {
			t.Fatal(err)
		}
		h, err := chainhash.NewHashFromStr(res.TxID)
		if err != nil {
			t.Fatal(err)
		}
		return *h
	}
	proposal := func(b relay.Batch) wallet.Proposal {
		t.Helper()
		pk, err := decodePacket(b.Data)
		if err != nil {
			t.Fatal(err)
		}
		pr, err := wallet.ReadProposal(pk)
		if err != nil {
			t.Fatal(err)
		}
		return pr
	}

	// P1 on the main, P2 on P1's unconfirmed change, both at 1 sat/vB.
	bs := propose(b1)
	if len(bs) != 1 || proposal(bs[0]).Rate != 1 {
		t.Fatalf("first proposal: %d batches", len(bs))
	}
	p1 := signSubmit(bs[0])
	if bs = propose(b1, b2); len(bs) != 1 || len(bs[0].Items) != 1 || bs[0].Items[0].TransferID != b2.TransferID {
		t.Fatalf("second proposal: %+v, want burn 2 alone", bs)
	}
	p2 := signSubmit(bs[0])
	p2tx, err := c.GetRawTransaction(&p2)
	if err != nil {
		t.Fatal(err)
	}
	if p2tx.MsgTx().TxIn[0].PreviousOutPoint.Hash != p1 {
		t.Fatalf("P2 spends %v, not P1's change", p2tx.MsgTx().TxIn[0].PreviousOutPoint)
	}
	if bs = propose(b1, b2); len(bs) != 0 {
		t.Fatalf("a payout replaced before the bound: %+v", bs)
	}

	// Stuck: blocks are held past the bound; the leader replaces P1.
	time.Sleep(stuckAfter + 1500*time.Millisecond)
	if bs = propose(b1, b2); len(bs) != 1 {
		t.Fatalf("no replacement proposed for the stuck payout: %d batches", len(bs))
	}
	q := bs[0]
	// 3 sat/vB: 2 would not pay for the 202 vB of P1 and of P2, which the
	// replacement evicts, plus its own 202 vB at the relay fee (BIP-125).
	if pr := proposal(q); pr.Replaces == nil || *pr.Replaces != p1 || pr.Rate != 3 || len(q.Items) != 1 || q.Items[0].TransferID != b1.TransferID {
		t.Fatalf("replacement %+v (items %d), want P1 %s's at 3 sat/vB paying burn 1", pr, len(q.Items), p1)
	}
	if _, err := ops[2].btc.Roles.Batcher.SignBatch(ctx, q); !errors.Is(err, signer.ErrReplacement) {
		t.Fatalf("operator 2, whose book never held P1, signed its replacement: %v", err)
	}
	q1 := signSubmit(q)
	pool, err := c.GetRawMempool()
	if err != nil {
		t.Fatal(err)
	}
	if len(pool) != 1 || *pool[0] != q1 {
		t.Fatalf("mempool %v, want the replacement %s alone", pool, q1)
	}
	if bs = propose(b1, b2); len(bs) != 0 {
		t.Fatalf("proposed while the replacement is fresh in the mempool: %+v", bs)
	}

	// Mined and final: Q1 confirmed, P1 and P2 never.
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	q1tx, err := c.GetRawTransactionVerbose(&q1)
	if err != nil || q1tx.Confirmations != 3 {
		t.Fatalf("replacement: %v confirmations, %v", q1tx, err)
	}
	for _, h := range []chainhash.Hash{p1, p2} {
		if _, err := c.GetRawTransaction(&h); err == nil {
			t.Fatalf("replaced payout %s is known to the node", h)
		}
	}
	qfee, err := txFee(c, q1)
	if err != nil {
		t.Fatal(err)
	}
	for i, op := range ops {
		var paid []chains.Event
		for _, ev := range runSource(ctx, t, op.btc, 1) {
			if ev.Kind == chains.KindPayout {
				paid = append(paid, ev)
			}
		}
		if len(paid) != 1 || paid[0].TransferID != b1.TransferID {
			t.Fatalf("operator %d: payout events %+v, want one for burn 1", i, paid)
		}
		if u := ledgerUnlock(ctx, t, op.acc, b1.TransferID); u.Amount.Uint64() != 60_000 || int64(u.Fee.Uint64()) != qfee {
			t.Fatalf("operator %d: UNLOCK amount %s fee %s; want 60000 and the replacement's fee %d", i, u.Amount.Dec(), u.Fee.Dec(), qfee)
		}
		if got := op.btc.Payouts.PayoutsOf(b2.TransferID); len(got) != 0 {
			t.Fatalf("operator %d: book still holds %v for burn 2", i, got)
		}
		if m, ok := op.btc.Main.Main(); !ok || m.Hash != q1 {
			t.Fatalf("operator %d: custody main %v, want the replacement's change", i, m)
		}
	}

	// Burn 2, released, is paid on the replacement's change.
	if bs = propose(b1, b2); len(bs) != 1 || len(bs[0].Items) != 1 || bs[0].Items[0].TransferID != b2.TransferID || proposal(bs[0]).Replaces != nil {
		t.Fatalf("burn 2 not proposed again: %+v", bs)
	}
	p3 := signSubmit(bs[0])
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	for i, op := range ops {
		runSource(ctx, t, op.btc, 1)
		if u := ledgerUnlock(ctx, t, op.acc, b2.TransferID); u.Amount.Uint64() != 50_000 {
			t.Fatalf("operator %d: burn 2 UNLOCK %s", i, u.Amount.Dec())
		}
		if m, ok := op.btc.Main.Main(); !ok || m.Hash != p3 {
			t.Fatalf("operator %d: custody main %v, want P3's change", i, m)
		}
	}
	// Each recipient paid exactly once, on chain.
	for _, h := range []chainhash.Hash{q1, p3} {
		tx, err := c.GetRawTransaction(&h)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, o := range tx.MsgTx().TxOut {
			if string(o.PkScript) == string(script1) || string(o.PkScript) == string(script2) {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("payout %s pays %d burn scripts, want 1", h, n)
		}
	}
	t.Logf("P1 %s (1 sat/vB) replaced by Q1 %s (3 sat/vB, fee %d sat); P2 %s evicted, its burn paid by %s", p1, q1, qfee, p2, p3)
}

// txFee is the fee of transaction h: Σ inputs − Σ outputs, read from the node.
func txFee(c interface {
	GetRawTransaction(*chainhash.Hash) (*btcutil.Tx, error)
}, h chainhash.Hash) (int64, error) {
	tx, err := c.GetRawTransaction(&h)
	if err != nil {
		return 0, err
	}
	var fee int64
	for _, in := range tx.MsgTx().TxIn {
		prev, err := c.GetRawTransaction(&in.PreviousOutPoint.Hash)
		if err != nil {
			return 0, err
		}
		fee += prev.MsgTx().TxOut[in.PreviousOutPoint.Index].Value
	}
	for _, o := range tx.MsgTx().TxOut {
		fee -= o.Value
	}
	return fee, nil
}
