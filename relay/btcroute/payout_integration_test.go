//go:build integration

package btcroute

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/audit"
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

// TestIntegrationBitcoinPayout runs deposit → mint → sweep → burn →
// payout on a real btcd with three operators (2-of-3) whose operator keys
// are their federation keys, each with its own ledger, data dir and
// New roles:
//
//   - two deposits are reported, their net MINTs recorded, and swept into
//     custody; every operator's custody set learns the sweep output from
//     its own watcher;
//   - a burn of wrapped BTC on A towards a P2WPKH script is recorded in
//     every ledger (standing in for the EVM watcher's final Burned event:
//     the EVM side is covered by integration/e2e); each operator's policy
//     and accountant allow the unlock and its Authorizer signs the share
//     (ECDSA over PayoutDigest), verified by the others;
//   - the leader proposes the payout, operators 0 and 1 sign, the leader
//     verifies their shares, assembles and broadcasts; btcd accepts it;
//     a second proposal leaves the burn out;
//   - operator 1, restarted (a new PayoutBook from the same file),
//     refuses a payout of the same burn from another custody output; the
//     same key with an empty book refuses it too: it does not spend the
//     custody main (the sweep output, derived by every feed);
//   - mined and final, every operator's watcher reports the payout with
//     the burn's transfer id — operator 2, which never saw the proposal,
//     names it from its ledger — and every ledger holds the UNLOCK with
//     the burn amount and the output's fee share; nothing is in flight and
//     the recipient was paid exactly once; the payout's change is every
//     operator's custody main, a second payout of the burn on it is
//     refused (ErrAlreadyPaid), and a data dir that lost its main file
//     but kept its cursor does not start (ErrNoMainState).
func TestIntegrationBitcoinPayout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithBTC())
	c := d.BTC.Client(t)
	dep := btcDeployment(t, 10_000)
	fedKeys := bitcointest.Keys("wire-btc-test", 3)
	fees := wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 7}

	type operator struct {
		cfg Config
		btc *Route
		acc *ledger.Accountant
		key *keys.Key
	}
	open := func(cfg Config) *Route {
		b, err := New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = b.Close() })
		return b
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
		cfg := Config{Chain: chains.BitcoinRegtest, RPCHost: d.BTC.RPCHost, RPCUser: d.BTC.RPCUser, RPCPass: d.BTC.RPCPass, DisableTLS: true,
			Deployment: dep, Recovery: federation(t, 2, 3), RecoveryDelay: 144, MaxFeeRate: 10, DataDir: dir, Accountant: acc,
			PollInterval: 100 * time.Millisecond, Operator: k, Fees: fees,
			Logger: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel).With().Int("op", i).Logger()}
		b := open(cfg)
		if b.Roles.Authorizer == nil || b.Roles.Batcher == nil || b.FederationKey() == nil {
			t.Fatalf("operator %d: roles %+v without authorizer or batcher", i, b.Roles)
		}
		ops = append(ops, &operator{cfg: cfg, btc: b, acc: acc, key: k})
	}
	w, err := wallet.New(ops[0].btc.WalletConfig())
	if err != nil {
		t.Fatal(err)
	}
	signers, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}

	// Deposits, mints, sweep.
	tip, err := c.GetBlockCount()
	if err != nil {
		t.Fatal(err)
	}
	sendDeposit(ctx, t, d, signers, "payout-1", uint32(tip)+200, 150_000)
	sendDeposit(ctx, t, d, signers, "payout-2", uint32(tip)+200, 120_000)
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	table, err := ledger.AssetTable(dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	var minted int64
	var deposits []chains.Event
	for i, op := range ops {
		if deposits = runSource(ctx, t, op.btc, 2); len(deposits) != 2 {
			t.Fatalf("operator %d: %d deposit events", i, len(deposits))
		}
	}
	for _, ev := range deposits {
		au, err := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: ops[0].btc.Fee}.Authorization(ctx, ev)
		if err != nil {
			t.Fatal(err)
		}
		minted += au.Amount.Int64()
		mint := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte(ev.TransferID)}, BlockNum: 7,
			TransferID: ev.TransferID, AssetID: btcAsset, Amount: au.Amount, Recipient: au.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
		for _, op := range ops {
			if err := op.acc.Record(ctx, mint); err != nil {
				t.Fatal(err)
			}
		}
	}
	sp, err := ProposeSweep(ctx, w, ops[0].btc.Book, ops[0].btc.View, tip+3, SweepPolicy{MinBatch: 2, MaxInputs: 10, Horizon: 50})
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
	custodyOut := wire.OutPoint{Hash: sweep.TxHash(), Index: 0}
	sweepFee := 270_000 - sweep.TxOut[0].Value
	for i, op := range ops {
		runSource(ctx, t, op.btc, 2)
		if l := op.btc.Custody.List(); len(l) != 1 || l[0] != custodyOut {
			t.Fatalf("operator %d: custody set %v, want the sweep output %v", i, l, custodyOut)
		}
		sw := ledgerRecords(ctx, t, op.acc, audit.KindSweep)
		if len(sw) != 1 || len(sw[0].Swept) != 2 || sw[0].Amount.Uint64() != 270_000 || int64(sw[0].Fee.Uint64()) != sweepFee {
			t.Fatalf("operator %d: SWEEP records %+v; want one of 2 deposits, 270000 sat, fee %d", i, sw, sweepFee)
		}
		for _, id := range sw[0].Swept {
			if id != deposits[0].TransferID && id != deposits[1].TransferID {
				t.Fatalf("operator %d: SWEEP lists %s, not a deposit", i, id)
			}
		}
	}
	t.Logf("sweep %s: 2 deposits, SWEEP record fee %d sat", sweep.TxHash(), sweepFee)

	// The burn: 60,000 sat of wrapped BTC on A to a P2WPKH script.
	payee := bitcointest.Key("wire-btc-payee")
	script := append([]byte{0x00, 0x14}, btcutil.Hash160(payee.PubKey().SerializeCompressed())...)
	const burnAmount = 60_000
	burnID := chains.TransferID{0xbb, 1}
	burn := chains.Event{Kind: chains.KindBurned, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{0xbb, 2}, Index: 3}, BlockNum: 20,
		TransferID: burnID, AssetID: btcAsset, Amount: big.NewInt(burnAmount), Sender: ledgertest.Alice.Bytes(), DstChain: chains.BitcoinRegtest,
		Recipient: script, Nonce: 1, Finality: chains.Finality{Confirmations: 3, Final: true}}
	var shares []relay.OperatorSig
	var au relay.Authorization
	for i, op := range ops {
		if err := op.acc.Record(ctx, burn); err != nil {
			t.Fatal(err)
		}
		if au, err = table.Authorization(ctx, burn); err != nil {
			t.Fatal(err)
		}
		if au.Action != relay.ActionUnlock || au.DstChain != chains.BitcoinRegtest {
			t.Fatalf("authorization %+v, want an unlock on bitcoin", au)
		}
		if err := op.acc.Check(ctx, au); err != nil {
			t.Fatalf("operator %d: accountant refused the payout: %v", i, err)
		}
		sig, err := op.btc.Roles.Authorizer.Sign(ctx, au)
		if err != nil {
			t.Fatal(err)
		}
		for j, other := range ops {
			if err := other.btc.Roles.Authorizer.Verify(au, op.key.Address(), sig); err != nil {
				t.Fatalf("operator %d refused operator %d's share: %v", j, i, err)
			}
		}
		shares = append(shares, relay.OperatorSig{Signer: op.key.Address(), Signature: sig})
	}
	ready := []relay.SignedAuthorization{{Authorization: au, Signatures: shares[:2]}}

	// Proposal, two batch signatures (operators 0 and 1), broadcast.
	leader := ops[0].btc.Roles.Batcher
	batches, err := leader.Propose(ctx, ready)
	if err != nil || len(batches) != 1 {
		t.Fatalf("Propose = %d batches, %v", len(batches), err)
	}
	var bsigs []relay.OperatorSig
	for _, i := range []int{0, 1} {
		s, err := ops[i].btc.Roles.Batcher.SignBatch(ctx, batches[0])
		if err != nil {
			t.Fatalf("operator %d refused the payout: %v", i, err)
		}
		if err := leader.VerifyBatch(batches[0], ops[i].key.Address(), s); err != nil {
			t.Fatal(err)
		}
		if err := leader.VerifyBatch(batches[0], ops[2].key.Address(), s); !errors.Is(err, relay.ErrBadShare) {
			t.Fatalf("operator %d's share accepted as operator 2's: %v", i, err)
		}
		bsigs = append(bsigs, relay.OperatorSig{Signer: ops[i].key.Address(), Signature: s})
	}
	res, err := leader.SubmitBatch(ctx, batches[0], bsigs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Submitted) != 1 || res.Submitted[0] != burnID {
		t.Fatalf("SubmitBatch = %+v", res)
	}
	payoutID, err := chainhash.NewHashFromStr(res.TxID)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := leader.Propose(ctx, ready); err != nil || len(again) != 0 {
		t.Fatalf("Propose after broadcast = %d batches, %v; want none", len(again), err)
	}

	// Operator 1 restarts; a payout of the same burn from another custody
	// output (funded straight to the custody script) is refused.
	custody, _ := w.Custody(1)
	other, err := d.FundBTC(ctx, custody.PkScript(), btcutil.Amount(500_000))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	bw, err := payoutBurn(au)
	if err != nil {
		t.Fatal(err)
	}
	conflicting, err := w.BuildPayout([]wallet.UTXO{{OutPoint: *other, Amount: 500_000, Epoch: 1}}, []wallet.Burn{bw})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := batchOf(chains.BitcoinRegtest, conflicting, map[chains.TransferID]relay.Authorization{burnID: au})
	if err != nil {
		t.Fatal(err)
	}
	ops[1].btc.Close()
	ops[1].btc = open(ops[1].cfg)
	if _, err := ops[1].btc.Roles.Batcher.SignBatch(ctx, cb); !errors.Is(err, signer.ErrDoublePay) {
		t.Fatalf("restarted operator 1 signed a second payout of the burn: %v", err)
	}
	for i, op := range ops {
		if m, ok := op.btc.Main.Main(); !ok || m != custodyOut {
			t.Fatalf("operator %d: custody main %v (%v), want the sweep output %v", i, m, ok, custodyOut)
		}
	}
	blank, err := NewPayoutBatcher(PayoutBatcherConfig{Chain: chains.BitcoinRegtest, Wallet: ops[1].btc.WalletConfig(), Key: ops[1].btc.FederationKey(),
		Operators: map[common.Address][32]byte{ops[1].key.Address(): {}}, View: ops[1].btc.View, Node: ops[1].btc.Node(),
		Book: mustPayoutBook(t, t.TempDir()), Custody: ops[1].btc.Custody, Main: ops[1].btc.Main, Executed: ops[1].acc.Executed})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := blank.SignBatch(ctx, cb); !errors.Is(err, signer.ErrNotMain) {
		t.Fatalf("a payout not spending the custody main: %v, want ErrNotMain", err)
	}

	// Mined and final: every watcher reports the payout for the burn.
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	ptx, err := c.GetRawTransaction(payoutID)
	if err != nil {
		t.Fatal(err)
	}
	var in int64 = sweep.TxOut[0].Value
	var out int64
	for _, o := range ptx.MsgTx().TxOut {
		out += o.Value
	}
	fee := in - out
	if !bytes.Equal(ptx.MsgTx().TxOut[0].PkScript, script) || ptx.MsgTx().TxOut[0].Value != burnAmount-fee {
		t.Fatalf("payout output 0 = %d sat to %x; want %d − fee %d to the burn's script", ptx.MsgTx().TxOut[0].Value, ptx.MsgTx().TxOut[0].PkScript, burnAmount, fee)
	}
	for i, op := range ops {
		evs := runSource(ctx, t, op.btc, 1)
		var payouts []chains.Event
		for _, ev := range evs {
			if ev.Kind == chains.KindPayout {
				payouts = append(payouts, ev)
			}
		}
		if len(payouts) != 1 || payouts[0].TransferID != burnID || payouts[0].Amount.Int64() != burnAmount-fee {
			t.Fatalf("operator %d: payout events %+v; want one for burn %s", i, payouts, burnID)
		}
		if !op.acc.Executed(burnID) {
			t.Fatalf("operator %d: the ledger does not hold the burn's UNLOCK", i)
		}
		u := ledgerUnlock(ctx, t, op.acc, burnID)
		if u.Amount.Uint64() != burnAmount || int64(u.Fee.Uint64()) != fee || !bytes.Equal(u.Recipient, script) {
			t.Fatalf("operator %d: UNLOCK amount %s fee %s; want %d and %d", i, u.Amount.Dec(), u.Fee.Dec(), burnAmount, fee)
		}
		for _, bal := range op.acc.Balances() {
			if bal.Asset == btcAsset && (!bal.InFlight.IsZero() || bal.Locked.Uint64() != uint64(minted-burnAmount) ||
				bal.FeesWithheld.Uint64() != uint64(2*op.btc.Fee.Sats) || int64(bal.FeesPaid.Uint64()) != sweepFee) {
				t.Fatalf("operator %d: balance locked %s in flight %s withheld %s paid %s; want nothing in flight, locked = minted − burned %d, withheld 2 deposit fees, paid the sweep fee %d",
					i, bal.Locked.Dec(), bal.InFlight.Dec(), bal.FeesWithheld.Dec(), bal.FeesPaid.Dec(), minted-burnAmount, sweepFee)
			}
		}
		change := wire.OutPoint{Hash: *payoutID, Index: 1}
		if l := op.btc.Custody.List(); len(l) != 1 || l[0] != change {
			t.Fatalf("operator %d: custody set %v, want the payout's change", i, l)
		}
		if m, ok := op.btc.Main.Main(); !ok || m != change {
			t.Fatalf("operator %d: custody main %v (%v), want the payout's change %v", i, m, ok, change)
		}
	}
	// Paid once, never again: a payout of the burn on the new main, which
	// the book of a blank batcher does not hold, is refused by the ledger.
	repay, err := w.BuildMainPayout(wallet.UTXO{OutPoint: wire.OutPoint{Hash: *payoutID, Index: 1}, Amount: ptx.MsgTx().TxOut[1].Value, Epoch: 1}, nil, []wallet.Burn{bw})
	if err != nil {
		t.Fatal(err)
	}
	rb, err := batchOf(chains.BitcoinRegtest, repay, map[chains.TransferID]relay.Authorization{burnID: au})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := blank.SignBatch(ctx, rb); !errors.Is(err, ErrAlreadyPaid) {
		t.Fatalf("a second payout of the paid burn on the new main: %v, want ErrAlreadyPaid", err)
	}
	t.Logf("payout %s: 1 burn of %d sat, %d vB, fee %d sat (the burn's share), change %d sat", payoutID, burnAmount, vsizeOf(ptx.MsgTx()), fee, ptx.MsgTx().TxOut[1].Value)
	// Paid exactly once: the conflicting payout's input is still unspent
	// and the leader proposes nothing more.
	if r, err := c.GetTxOut(&other.Hash, other.Index, true); err != nil || r == nil {
		t.Fatalf("the other custody output was spent: %v", err)
	}
	if again, err := leader.Propose(ctx, ready); err != nil || len(again) != 0 {
		t.Fatalf("Propose after the payout = %d batches, %v", len(again), err)
	}
	// An operator whose data dir lost its custody main but kept its
	// cursor does not start: it would have forgotten the main.
	ops[2].btc.Close()
	if err := os.Remove(CustodyMainPath(ops[2].cfg.DataDir, chains.BitcoinRegtest)); err != nil {
		t.Fatal(err)
	}
	if _, err := New(ctx, ops[2].cfg); !errors.Is(err, ErrNoMainState) {
		t.Fatalf("New without the custody main = %v, want ErrNoMainState", err)
	}
}

func mustPayoutBook(t *testing.T, dir string) *PayoutBook {
	t.Helper()
	b, err := OpenPayoutBook(PayoutBookPath(dir, chains.BitcoinRegtest))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ledgerUnlock(ctx context.Context, t *testing.T, acc *ledger.Accountant, id chains.TransferID) *audit.Record {
	t.Helper()
	var found []*audit.Record
	for _, r := range ledgerRecords(ctx, t, acc, audit.KindUnlock) {
		if r.TransferID == id {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d UNLOCKs of %s in the ledger, want 1", len(found), id)
	}
	return found[0]
}

func ledgerRecords(ctx context.Context, t *testing.T, acc *ledger.Accountant, kind audit.Kind) []*audit.Record {
	t.Helper()
	var found []*audit.Record
	err := acc.EachRecord(ctx, func(r *audit.Record) {
		if r.Kind == kind {
			found = append(found, r)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}
