//go:build integration

package btcroute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
	"github.com/rs/zerolog"
)

// TestIntegrationBitcoinSource runs the Bitcoin side of deposit → mint on
// a real btcd: the Source reports a final deposit once (gross amount),
// the operator's ledger holds it with the deposit fee withheld, the Verifier
// re-reads it from the node, NetPolicy builds the net mint and the
// accountant accepts it; a deposit whose refund locktime is too near is
// never verified for minting; the cursor survives a restart.
func TestIntegrationBitcoinSource(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithBTC())
	c := d.BTC.Client(t)
	dep := btcDeployment(t, 10_000)
	priv, _ := crypto.GenerateKey()
	dataDir := t.TempDir()
	acc, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(dataDir, "audit.db"), Key: keys.FromECDSA(priv), Deployment: dep, Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = acc.Close() })
	cfg := Config{Chain: chains.BitcoinRegtest, RPCHost: d.BTC.RPCHost, RPCUser: d.BTC.RPCUser, RPCPass: d.BTC.RPCPass, DisableTLS: true,
		Deployment: dep, Recovery: federation(t, 2, 3), RecoveryDelay: 144, MaxFeeRate: 10, DataDir: dataDir, Accountant: acc,
		PollInterval: 100 * time.Millisecond}
	b, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Fee.Sats != 1260 {
		t.Fatalf("deposit fee = %+v, want 126 vB × 10 sat/vB", b.Fee)
	}
	signers, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}

	tip, err := c.GetBlockCount()
	if err != nil {
		t.Fatal(err)
	}
	// good: locktime far away; late: accepted by the watcher (margin 20
	// at finality) but within the mint cutoff (10 blocks) once the tip
	// has moved on by the time a signer verifies it.
	good := sendDeposit(ctx, t, d, signers, "good", uint32(tip)+200, 50_000)
	late := sendDeposit(ctx, t, d, signers, "late", uint32(tip)+1+2+21, 40_000)
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 2); err != nil { // 3 confirmations: final
		t.Fatal(err)
	}

	events := runSource(ctx, t, b, 2)
	byTx := map[[32]byte]chains.Event{}
	for _, ev := range events {
		if ev.Kind != chains.KindLocked || !ev.Final {
			t.Fatalf("unexpected event %s %s final=%v", ev.Kind, ev.Ref, ev.Final)
		}
		byTx[ev.Ref.TxHash] = ev
	}
	gev, ok := byTx[good]
	if !ok || gev.Amount.Int64() != 50_000 {
		t.Fatalf("good deposit event = %+v (events %d)", gev, len(events))
	}

	// The signer's side: verify on the node, net policy, accountant.
	got, err := b.Roles.Verifier.Verify(ctx, gev.Ref)
	if err != nil {
		t.Fatal(err)
	}
	if err := relay.SameEvent(gev, got); err != nil {
		t.Fatal(err)
	}
	table, err := ledger.AssetTable(dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	policy := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: b.Fee}
	au, err := policy.Authorization(ctx, got)
	if err != nil {
		t.Fatal(err)
	}
	if au.Action != relay.ActionMint || au.DstChain != chains.DevnetA || au.Amount.Int64() != 50_000-1260 {
		t.Fatalf("authorization = %+v, want a mint of 48740 on A", au)
	}
	// Its deadline, from the deposit block on a real node: that block's
	// header time − 2 h + (locktime − cutoff 10 − height) × 60 s (the
	// deployment leaves the deadline rule at its defaults).
	hdr, err := c.GetBlockHeaderVerbose(mustHash(t, got.BlockHash))
	if err != nil {
		t.Fatal(err)
	}
	if want := uint64(hdr.Time - 7200 + (int64(tip)+200-10-int64(hdr.Height))*60); au.Deadline != want || got.Deadline != want {
		t.Fatalf("mint deadline %d (event %d), want %d", au.Deadline, got.Deadline, want)
	}
	if err := acc.Check(ctx, au); err != nil {
		t.Fatalf("accountant refused the net mint: %v", err)
	}

	// Move the tip so the late deposit's locktime is within the cutoff.
	if _, err := d.MineBTC(ctx, 15); err != nil {
		t.Fatal(err)
	}
	lev, ok := byTx[late]
	if !ok {
		t.Fatal("the late deposit was not reported (the watcher accepts it: margin 21 ≥ 20 at finality)")
	}
	if _, err := b.Roles.Verifier.Verify(ctx, lev.Ref); !errors.Is(err, watcher.ErrTooLate) {
		t.Fatalf("late deposit: Verify = %v, want watcher.ErrTooLate", err)
	}

	// Restart from the durable cursor: nothing is reported again.
	b.Close()
	b2, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	if again := runSource(ctx, t, b2, 0); len(again) != 0 {
		t.Fatalf("restarted source re-reported %d events", len(again))
	}
}

// runSource runs the source until it has sent want events and then a
// little longer (to catch extras), and returns what it sent.
func runSource(ctx context.Context, t *testing.T, b *Route, want int) []chains.Event {
	t.Helper()
	rctx, cancel := context.WithCancel(ctx)
	out := make(chan chains.Event, 16)
	done := make(chan error, 1)
	go func() { done <- b.Roles.Source.Run(rctx, out) }()
	var got []chains.Event
	deadline := time.After(30 * time.Second)
	settle := time.After(2 * time.Second)
loop:
	for {
		select {
		case ev := <-out:
			got = append(got, ev)
		case <-settle:
			if len(got) >= want {
				break loop
			}
			settle = time.After(500 * time.Millisecond)
		case <-deadline:
			t.Fatalf("source sent %d events, want %d", len(got), want)
		}
	}
	cancel()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	return got
}

// sendDeposit funds a depositor key and sends a deposit of amount to
// chain A; it returns the deposit's txid in display order (as event refs).
func sendDeposit(ctx context.Context, t *testing.T, d *harness.Devnet, signers bitcoin.KeySet, label string, locktime uint32, amount int64) [32]byte {
	t.Helper()
	k := bitcointest.Key("wire-btc-depositor/" + label)
	script := append([]byte{0x00, 0x14}, btcutil.Hash160(k.PubKey().SerializeCompressed())...)
	const fee = 2000
	op, err := d.FundBTC(ctx, script, btcutil.Amount(amount+fee))
	if err != nil {
		t.Fatal(err)
	}
	p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: locktime}
	copy(p.Recipient[:], ledgertest.Alice.Bytes())
	copy(p.RefundKey[:], schnorr.SerializePubKey(k.PubKey()))
	out, err := bitcoin.NewDepositOutput(p, signers)
	if err != nil {
		t.Fatal(err)
	}
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: *op, Sequence: bitcoin.SequenceRBF})
	for _, o := range out.Outputs(amount) {
		tx.AddTxOut(o)
	}
	fetch := txscript.NewCannedPrevOutputFetcher(script, amount+fee)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, amount+fee, script, txscript.SigHashAll, k, true)
	if err != nil {
		t.Fatal(err)
	}
	tx.TxIn[0].Witness = wit
	h, err := d.BTC.Client(t).SendRawTransaction(tx, false)
	if err != nil {
		t.Fatalf("deposit %s rejected: %v", label, err)
	}
	var display [32]byte
	for i := range display {
		display[i] = h[31-i]
	}
	return display
}

// TestIntegrationBitcoinSweep runs the sweep pieces with three operators
// (2-of-3) on a real btcd: nothing is swept before the ledgers hold the
// deposits' MINT (a forced proposal is refused by every signer); then the
// leader proposes, two signers check against their own views and sign,
// the sweep is assembled, accepted by btcd and mined; each operator's
// book sees it swept; the custody output covers the minted (net) supply;
// a signer asked again refuses the spent inputs.
//
// The MINT records stand in for the EVM watcher's final Minted events
// (the EVM side of minting is exercised by integration/e2e); everything
// on the Bitcoin side is real.
func TestIntegrationBitcoinSweep(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithBTC())
	c := d.BTC.Client(t)
	dep := btcDeployment(t, 10_000)
	fedKeys := bitcointest.Keys("wire-btc-test", 3)

	type operator struct {
		btc  *Route
		acc  *ledger.Accountant
		sign *signer.Signer
	}
	var ops []operator
	var wcfgW wallet.Config
	for i := range 3 {
		priv, _ := crypto.GenerateKey()
		dir := t.TempDir()
		acc, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(dir, "audit.db"), Key: keys.FromECDSA(priv), Deployment: dep})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = acc.Close() })
		cfg := Config{Chain: chains.BitcoinRegtest, RPCHost: d.BTC.RPCHost, RPCUser: d.BTC.RPCUser, RPCPass: d.BTC.RPCPass, DisableTLS: true,
			Deployment: dep, Recovery: federation(t, 2, 3), RecoveryDelay: 144, MaxFeeRate: 10, DataDir: dir, Accountant: acc,
			PollInterval: 100 * time.Millisecond}
		b, err := New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = b.Close() })
		wc, err := cfg.WatcherConfig()
		if err != nil {
			t.Fatal(err)
		}
		wcfgW = wallet.Config{Federations: wc.Federations, Current: 1, Fees: wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 7}}
		s, err := signer.New(signer.Config{Key: fedKeys[i], Wallet: wcfgW})
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, operator{btc: b, acc: acc, sign: s})
	}
	w, err := wallet.New(wcfgW)
	if err != nil {
		t.Fatal(err)
	}
	signers, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.GetBlockCount()
	if err != nil {
		t.Fatal(err)
	}
	gross := []int64{50_000, 70_000}
	sendDeposit(ctx, t, d, signers, "sweep-1", uint32(tip)+200, gross[0])
	sendDeposit(ctx, t, d, signers, "sweep-2", uint32(tip)+150, gross[1])
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	var deposits []chains.Event
	for i, op := range ops {
		evs := runSource(ctx, t, op.btc, 2)
		if len(evs) != 2 || len(op.btc.Book.Unswept()) != 2 {
			t.Fatalf("operator %d: %d events, %d unswept deposits; want 2, 2", i, len(evs), len(op.btc.Book.Unswept()))
		}
		deposits = evs
	}
	pol := SweepPolicy{MinBatch: 2, MaxInputs: 10, Horizon: 50}

	// Not minted yet: nothing is due, and a forced proposal is refused.
	if _, err := ProposeSweep(ctx, w, ops[0].btc.Book, ops[0].btc.View, tip+3, pol); !errors.Is(err, ErrNothingDue) {
		t.Fatalf("ProposeSweep before the mint = %v, want ErrNothingDue", err)
	}
	var raw []wallet.Deposit
	for _, o := range ops[0].btc.Book.Unswept() {
		dd, err := ops[0].btc.View.Deposits.Deposit(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw, dd)
	}
	forced, err := w.BuildSweep(raw)
	if err != nil {
		t.Fatal(err)
	}
	for i, op := range ops {
		if _, err := SignSweep(ctx, op.sign, forced, op.btc.View); !errors.Is(err, signer.ErrUnknownDeposit) {
			t.Fatalf("operator %d signed a sweep of unminted deposits: %v", i, err)
		}
	}

	// The mints become final on A (recorded in every operator's ledger).
	table, err := ledger.AssetTable(dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	var minted int64
	for _, ev := range deposits {
		au, err := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: ops[0].btc.Fee}.Authorization(ctx, ev)
		if err != nil {
			t.Fatal(err)
		}
		minted += au.Amount.Int64()
		mint := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte(ev.TransferID)}, BlockNum: 7,
			TransferID: ev.TransferID, AssetID: btcAsset, Amount: au.Amount, Recipient: au.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
		for i, op := range ops {
			if err := op.acc.Check(ctx, au); err != nil {
				t.Fatalf("operator %d: accountant refused the net mint: %v", i, err)
			}
			if err := op.acc.Record(ctx, mint); err != nil {
				t.Fatal(err)
			}
		}
	}

	p, err := ProposeSweep(ctx, w, ops[0].btc.Book, ops[0].btc.View, tip+3, pol)
	if err != nil {
		t.Fatal(err)
	}
	var sigs []wallet.Signature
	for _, i := range []int{1, 2} { // the leader need not sign
		s, err := SignSweep(ctx, ops[i].sign, p, ops[i].btc.View)
		if err != nil {
			t.Fatalf("operator %d refused the sweep: %v", i, err)
		}
		sigs = append(sigs, s...)
	}
	tx, err := CompleteSweep(p, sigs, ops[0].btc.Node())
	if err != nil {
		t.Fatal(err)
	}
	custody, err := w.Custody(1)
	if err != nil {
		t.Fatal(err)
	}
	if len(tx.TxOut) != 1 || !bytes.Equal(tx.TxOut[0].PkScript, custody.PkScript()) {
		t.Fatalf("sweep outputs %v, want one to custody", tx.TxOut)
	}
	fee := gross[0] + gross[1] - tx.TxOut[0].Value
	if tx.TxOut[0].Value < minted || fee > 2*ops[0].btc.Fee.Sats {
		t.Fatalf("custody %d sat after a %d sat fee; minted %d sat net (deposit fees collected %d)", tx.TxOut[0].Value, fee, minted, 2*ops[0].btc.Fee.Sats)
	}
	t.Logf("sweep %s: 2 deposits, fee %d sat, custody %d sat ≥ minted %d sat", tx.TxHash(), fee, tx.TxOut[0].Value, minted)
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	txid := tx.TxHash()
	if r, err := c.GetTxOut(&txid, 0, false); err != nil || r == nil || r.Confirmations < 3 {
		t.Fatalf("custody output of the sweep not final on btcd: %+v, %v", r, err)
	}
	for i, op := range ops {
		evs := runSource(ctx, t, op.btc, 2)
		if len(evs) != 2 || evs[0].Kind != chains.KindSweep || evs[1].Kind != chains.KindSweep {
			t.Fatalf("operator %d: events after the sweep %v", i, evs)
		}
		if u := op.btc.Book.Unswept(); len(u) != 0 {
			t.Fatalf("operator %d: still unswept %v", i, u)
		}
	}
	if _, err := ProposeSweep(ctx, w, ops[0].btc.Book, ops[0].btc.View, tip+6, pol); !errors.Is(err, ErrNothingDue) {
		t.Fatalf("ProposeSweep after the sweep = %v, want ErrNothingDue", err)
	}
	if _, err := SignSweep(ctx, ops[0].sign, p, ops[0].btc.View); !errors.Is(err, signer.ErrUnknownDeposit) {
		t.Fatalf("a signer signed a sweep of spent deposits: %v", err)
	}
	u, err := ops[0].btc.View.CustodyUTXO(ctx, wire.OutPoint{Hash: txid, Index: 0})
	if err != nil || u.Amount != tx.TxOut[0].Value || u.Epoch != 1 {
		t.Fatalf("custody UTXO in the view = %+v, %v", u, err)
	}
}

// TestIntegrationBitcoinSweepRound runs the whole sweep round between
// three operators over NATS JetStream on a real btcd: each operator runs
// its Bitcoin source and a relay node whose Bitcoin coordinator and
// signer carry the payout batcher's sweep rounds; once the deposits' MINT
// is in every ledger, the coordinator lease holder proposes, the signers
// check and sign on the batch path, the leader broadcasts, the sweep is
// mined once, and every book sees both deposits swept; custody holds at
// least the minted (net) amount. A sweep proposal forced onto the bus
// before the mints gets no signature.
func TestIntegrationBitcoinSweepRound(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithBTC(), harness.WithNATS())
	c := d.BTC.Client(t)
	dep := btcDeployment(t, 10_000)
	fedKeys := bitcointest.Keys("wire-btc-test", 3)
	var opKeys []*keys.Key
	var addrs []common.Address
	for i := range 3 {
		k := keys.FromECDSA(fedKeys[i].ToECDSA()) // operator and federation key are one key
		opKeys = append(opKeys, k)
		addrs = append(addrs, k.Address())
	}
	opset, err := relay.NewOperatorSet(addrs, 2)
	if err != nil {
		t.Fatal(err)
	}
	table, err := ledger.AssetTable(dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	type operator struct {
		btc *Route
		acc *ledger.Accountant
	}
	var ops []operator
	var buses []*bus.Bus
	var mu sync.Mutex
	sweeps := map[[32]byte]bool{}
	var wal *wallet.Wallet
	if err := d.NATS.Init(ctx, 2*time.Second); err != nil { // the coordinators' lease TTL
		t.Fatal(err)
	}
	for i := range 3 {
		dir := t.TempDir()
		acc, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(dir, "audit.db"), Key: opKeys[i], Deployment: dep})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = acc.Close() })
		log := zerolog.New(zerolog.NewTestWriter(t)).With().Int("op", i).Logger()
		cfg := Config{Chain: chains.BitcoinRegtest, RPCHost: d.BTC.RPCHost, RPCUser: d.BTC.RPCUser, RPCPass: d.BTC.RPCPass, DisableTLS: true,
			Deployment: dep, Recovery: federation(t, 2, 3), RecoveryDelay: 144, MaxFeeRate: 10, DataDir: dir, Accountant: acc,
			PollInterval: 100 * time.Millisecond, Operator: opKeys[i], Fees: wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 7},
			SweepInterval: 300 * time.Millisecond, SweepMinBatch: 2, Logger: log}
		b, err := New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = b.Close() })
		if wal, err = wallet.New(b.WalletConfig()); err != nil {
			t.Fatal(err)
		}
		bcfg, err := d.NATS.BusConfig(addrs[i], addrs, []uint64{uint64(chains.BitcoinRegtest)}, fmt.Sprint("op", i))
		if err != nil {
			t.Fatal(err)
		}
		bs, err := bus.New(ctx, bcfg, opKeys[i])
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(bs.Close)
		buses = append(buses, bs)
		// The test runs the source itself, to see the sweep events.
		roles := b.Roles
		roles.Source = nil
		node, err := relay.NewNode(relay.NodeConfig{Self: addrs[i], Operators: opset, Chains: []relay.ChainRoles{roles}, Sign: true,
			Policy: NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: b.Fee}, Accountant: acc, LeaseTTL: 2 * time.Second},
			bs, relay.WithLogger(log))
		if err != nil {
			t.Fatal(err)
		}
		stopped := make(chan struct{})
		go func() { defer close(stopped); _ = node.Run(ctx) }()
		t.Cleanup(func() { <-stopped }) // before the bus closes
		out := make(chan chains.Event, 16)
		go func() { _ = b.Roles.Source.Run(ctx, out) }()
		go func() {
			for {
				select {
				case <-ctx.Done():
					return
				case ev := <-out:
					if ev.Kind == chains.KindSweep && ev.Final {
						mu.Lock()
						sweeps[ev.Ref.TxHash] = true
						mu.Unlock()
					}
				}
			}
		}()
		ops = append(ops, operator{btc: b, acc: acc})
	}
	signers, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.GetBlockCount()
	if err != nil {
		t.Fatal(err)
	}
	gross := []int64{50_000, 70_000}
	sendDeposit(ctx, t, d, signers, "round-1", uint32(tip)+200, gross[0])
	sendDeposit(ctx, t, d, signers, "round-2", uint32(tip)+150, gross[1])
	if _, err := d.MineBTC(ctx, 3); err != nil {
		t.Fatal(err)
	}
	// Wait for every ledger to hold both deposits, then record the mints
	// (standing in for the EVM watcher's final Minted events).
	var minted int64
	for _, op := range ops {
		waitFor(ctx, t, "deposits in the book", func() bool { return len(op.btc.Book.Unswept()) == 2 })
	}
	// Before the mints: an operator forcing a sweep proposal onto the bus
	// gets no signature; the deposits stay unspent (even in the mempool).
	var raw []wallet.Deposit
	for _, o := range ops[0].btc.Book.Unswept() {
		dd, err := ops[0].btc.View.Deposits.Deposit(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw, dd)
	}
	forced, err := wal.BuildSweep(raw)
	if err != nil {
		t.Fatal(err)
	}
	var fb bytes.Buffer
	if err := forced.Serialize(&fb); err != nil {
		t.Fatal(err)
	}
	forcedProp, err := relay.EncodeProposal(relay.Proposal{Batch: relay.Batch{Chain: chains.BitcoinRegtest, Data: fb.Bytes()}, Leader: addrs[1]})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := buses[1].Publish(ctx, relay.ProposalSubject(chains.BitcoinRegtest), "prop.18444.forced", forcedProp); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * time.Second)
	for _, o := range raw {
		if r, err := c.GetTxOut(&o.OutPoint.Hash, o.OutPoint.Index, true); err != nil || r == nil {
			t.Fatalf("deposit %s spent before its mint: %v", o.OutPoint, err)
		}
	}
	for _, o := range ops[0].btc.Book.Unswept() {
		txid := chainhash.Hash(o.Hash)
		ev, err := ops[0].btc.Roles.Verifier.Verify(ctx, chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: reverse32(txid), Index: o.Index})
		if err != nil {
			t.Fatal(err)
		}
		au, err := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: ops[0].btc.Fee}.Authorization(ctx, ev)
		if err != nil {
			t.Fatal(err)
		}
		minted += au.Amount.Int64()
		mint := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte(ev.TransferID)}, BlockNum: 7,
			TransferID: ev.TransferID, AssetID: btcAsset, Amount: au.Amount, Recipient: au.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
		for _, op := range ops {
			waitFor(ctx, t, "deposit recorded", func() bool { return op.acc.Check(ctx, au) == nil })
			if err := op.acc.Record(ctx, mint); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The round proposes, signs and broadcasts; mine until every book
	// has seen the sweep final.
	waitFor(ctx, t, "sweep final in every book", func() bool {
		if _, err := d.MineBTC(ctx, 1); err != nil {
			t.Fatal(err)
		}
		for _, op := range ops {
			if len(op.btc.Book.Unswept()) != 0 {
				return false
			}
		}
		return true
	})
	waitFor(ctx, t, "sweep events", func() bool { mu.Lock(); defer mu.Unlock(); return len(sweeps) > 0 })
	mu.Lock()
	defer mu.Unlock()
	if len(sweeps) != 1 {
		t.Fatalf("%d sweep transactions, want exactly 1", len(sweeps))
	}
	var txid chainhash.Hash
	for h := range sweeps {
		txid = chainhash.Hash(reverse32(h))
	}
	tx, err := c.GetRawTransaction(&txid)
	if err != nil {
		t.Fatal(err)
	}
	custody, _ := wal.Custody(1)
	out := tx.MsgTx().TxOut
	if len(out) != 1 || !bytes.Equal(out[0].PkScript, custody.PkScript()) || out[0].Value < minted {
		t.Fatalf("sweep outputs %+v; want one to custody of at least the minted %d sat", out, minted)
	}
	t.Logf("sweep %s over the bus: fee %d sat, custody %d sat ≥ minted %d sat", txid, gross[0]+gross[1]-out[0].Value, out[0].Value, minted)
}

func waitFor(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// mustHash is the block hash of an event (display order) as btcd takes it.
func mustHash(t *testing.T, display [32]byte) *chainhash.Hash {
	t.Helper()
	var h chainhash.Hash
	for i := range display {
		h[i] = display[31-i]
	}
	return &h
}
