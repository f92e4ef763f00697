package btcroute

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

var btcAsset = chains.ComputeAssetID(chains.BitcoinRegtest, nil)

// btcDeployment is ledgertest.Deployment plus a Bitcoin chain (2-of-3
// federation) and native BTC wrapped on chain A.
func btcDeployment(t *testing.T, minDeposit int64) *deployment.Deployment {
	t.Helper()
	d := ledgertest.Deployment()
	var hexKeys []string
	for _, k := range bitcointest.Keys("wire-btc-test", 3) {
		hexKeys = append(hexKeys, hex.EncodeToString(schnorr.SerializePubKey(k.PubKey())))
	}
	d.Chains = []deployment.Chain{
		{ID: chains.DevnetA, Name: "A", Kind: deployment.KindEVM, Bridge: ledgertest.BridgeA},
		{ID: chains.BitcoinRegtest, Name: "bitcoin", Kind: deployment.KindBitcoin},
	}
	d.Bitcoin = &deployment.Bitcoin{ChainID: chains.BitcoinRegtest, Network: "regtest", MinDeposit: minDeposit, Confirmations: 3, RefundMargin: 20,
		Federation: deployment.Federation{Threshold: 2, Keys: hexKeys}}
	d.Assets = append(d.Assets, deployment.Asset{ID: btcAsset, Symbol: "BTC", HomeChain: chains.BitcoinRegtest, Decimals: 8,
		MinPerTransfer: deployment.NewAmount(big.NewInt(deployment.DevnetBTCMinPerTransfer)),
		MaxPerTransfer: deployment.NewAmount(big.NewInt(100_000_000)),
		Tokens:         []deployment.Token{{Chain: chains.DevnetA, Kind: deployment.TokenWrapped, Address: ledgertest.TokenB}}})
	return d
}

func federation(t *testing.T, threshold, n int) bitcoin.KeySet {
	t.Helper()
	fed, err := bitcointest.Federation(1, threshold, bitcointest.Keys(fmt.Sprintf("wire-fed-%d-%d", threshold, n), n), "wire-fed")
	if err != nil {
		t.Fatal(err)
	}
	return fed.Signers
}

func depositEvent(i byte, kind chains.EventKind, amount int64) chains.Event {
	txid := chainhash.HashH([]byte{0xde, i})
	recipient := ledgertest.Alice.Bytes()
	return chains.Event{Kind: kind, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: txid, Index: 0}, BlockNum: 200,
		TransferID: chains.BitcoinTransferID(chains.BitcoinRegtest, txid, 0), AssetID: btcAsset, Amount: big.NewInt(amount),
		Sender: make([]byte, 32), DstChain: chains.DevnetA, Recipient: recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
}

func TestNetPolicy(t *testing.T) {
	d := btcDeployment(t, 10_000)
	table, err := ledger.AssetTable(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := bitcoin.DepositFee{InputVBytes: 126, MaxFeeRate: 10, Sats: 1260}
	p := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: fee}
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		ev      chains.Event
		want    int64
		wantErr error
	}{
		{"deposit minted net of the fee", depositEvent(1, chains.KindLocked, 50_000), 48_740, nil},
		{"net within the maximum", depositEvent(2, chains.KindLocked, 100_000_000+1260), 100_000_000, nil},
		{"net above the maximum", depositEvent(3, chains.KindLocked, 100_000_000+1261), 0, relay.ErrLimit},
		{"deposit not above the fee", depositEvent(4, chains.KindLocked, 1260), 0, bitcoin.ErrBelowFee},
		{"EVM lock unchanged", ledgertest.Lock(1, 500), 500, nil},
		{"burn to bitcoin paid to a script", burnToBTC(1, p2wpkh(1), 60_000), 60_000, nil},
		{"burn to bitcoin for an EVM address", burnToBTC(2, ledgertest.Alice.Bytes(), 60_000), 0, ErrNotPayoutable},
		{"burn to bitcoin for OP_RETURN", burnToBTC(3, []byte{0x6a, 0x00}, 60_000), 0, relay.ErrLimit},
		{"burn to a zero-hash P2WPKH", burnToBTC(4, make([]byte, 22), 60_000), 0, ErrNotPayoutable},
		{"burn to P2TR x = 0", burnToBTC(5, append([]byte{0x51, 0x20}, make([]byte, 32)...), 60_000), 0, ErrNotPayoutable},
		{"dust burn below the minimum (H1)", burnToBTC(6, p2wpkh(6), deployment.DevnetBTCMinPerTransfer-1), 0, relay.ErrLimit},
		{"burn of the minimum", burnToBTC(7, p2wpkh(7), deployment.DevnetBTCMinPerTransfer), deployment.DevnetBTCMinPerTransfer, nil},
		// Refused by NetPolicy itself, whatever the asset's minimum.
		{"burn below its script's dust limit", burnToBTC(8, p2wpkh(8), bitcoin.DustLimit(p2wpkh(8))-1), 0, ErrNotPayoutable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := new(big.Int).Set(tc.ev.Amount)
			a, err := p.Authorization(ctx, tc.ev)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Authorization = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			action := relay.ActionMint
			if tc.ev.Kind == chains.KindBurned {
				action = relay.ActionUnlock
			}
			if a.Action != action || a.TransferID != tc.ev.TransferID || a.Source != tc.ev.Ref || a.Amount.Int64() != tc.want {
				t.Fatalf("authorization = %+v, want a %s of %d for %s", a, action, tc.want, tc.ev.TransferID)
			}
			if tc.ev.Amount.Cmp(before) != 0 {
				t.Fatal("policy modified the event's amount")
			}
		})
	}
}

// A deposit's mint carries the deadline its verifier derived from the
// chain (chains.Event.Deadline); a burn's unlock has none.
func TestNetPolicyDeadline(t *testing.T) {
	table, err := ledger.AssetTable(btcDeployment(t, 10_000), nil)
	if err != nil {
		t.Fatal(err)
	}
	p := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: bitcoin.DepositFee{InputVBytes: 126, MaxFeeRate: 10, Sats: 1260}}
	dep := depositEvent(9, chains.KindLocked, 50_000)
	dep.Deadline = 1_700_000_123
	a, err := p.Authorization(context.Background(), dep)
	if err != nil || a.Deadline != dep.Deadline {
		t.Fatalf("deposit mint deadline %d (%v), want %d", a.Deadline, err, dep.Deadline)
	}
	burn := burnToBTC(9, p2wpkh(9), 60_000)
	burn.Deadline = 5 // not a thing for burns: never carried into an unlock
	if a, err := p.Authorization(context.Background(), burn); err != nil || a.Deadline != 0 {
		t.Fatalf("unlock deadline %d (%v), want none", a.Deadline, err)
	}
}

// burnToBTC is a final burn of wrapped BTC on A towards Bitcoin.
func burnToBTC(i byte, recipient []byte, amount int64) chains.Event {
	return chains.Event{Kind: chains.KindBurned, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{0xbb, i}, Index: 1}, BlockNum: 10,
		TransferID: chains.TransferID{0xbb, i}, AssetID: btcAsset, Amount: big.NewInt(amount), Sender: ledgertest.Alice.Bytes(),
		DstChain: chains.BitcoinRegtest, Recipient: recipient, Nonce: uint64(i), Finality: chains.Finality{Confirmations: 3, Final: true}}
}

// TestBitcoinSourceAccountant: the ledger records a deposit with its
// gross amount and the deposit fee withheld (audit.LockWithFee), so the
// net mint NetPolicy builds passes the accountant and a mint of the gross
// amount is refused; the bus gets the event as the chain shows it.
func TestBitcoinSourceAccountant(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	d := btcDeployment(t, 10_000)
	acc, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(t.TempDir(), "audit.db"), Key: keys.FromECDSA(priv), Deployment: d})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = acc.Close() })
	fee := bitcoin.DepositFee{InputVBytes: 126, MaxFeeRate: 10, Sats: 1260}
	src := &Source{Chain: chains.BitcoinRegtest, Fee: fee, Accountant: acc}
	out := make(chan chains.Event, 4)
	sink := src.sink(out)
	// One block with three deposits at vout 0, delivered in transaction
	// order (not the audit chain's (index, txid) order), one replayed.
	dep, small, other := depositEvent(1, chains.KindLocked, 50_000), depositEvent(2, chains.KindLocked, 1000), depositEvent(3, chains.KindLocked, 30_000)
	if string(dep.Ref.TxHash[:]) < string(other.Ref.TxHash[:]) {
		dep, other = other, dep
		dep.Amount, other.Amount = big.NewInt(50_000), big.NewInt(30_000)
	}
	block := []chains.Event{dep, dep, small, other}
	early := relay.Authorization{Action: relay.ActionMint, TransferID: dep.TransferID, Source: dep.Ref, DstChain: chains.DevnetA,
		AssetID: btcAsset, Amount: big.NewInt(48_740), Recipient: dep.Recipient}
	if err := acc.Check(ctx, early); !errors.Is(err, ledger.ErrNotRecorded) {
		t.Fatalf("before the block: Check = %v, want ledger.ErrNotRecorded", err)
	}
	// The watcher's range hook records the block before the sink
	// publishes any of it.
	if err := src.record(ctx, block); err != nil {
		t.Fatal(err)
	}
	if len(out) != 0 {
		t.Fatalf("%d events published by the hook", len(out))
	}
	if err := acc.Check(ctx, early); err != nil {
		t.Fatalf("after the hook, before publication: Check = %v, want the deposit recorded", err)
	}
	for _, ev := range block {
		if err := sink(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	if len(out) != 4 {
		t.Fatalf("published %d events, want 4 (every event goes to the bus)", len(out))
	}
	if got := <-out; got.Amount.Int64() != 50_000 {
		t.Fatalf("published amount %v, want the gross 50000", got.Amount)
	}
	table, err := ledger.AssetTable(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	net, err := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: fee}.Authorization(ctx, dep)
	if err != nil {
		t.Fatal(err)
	}
	gross := net
	gross.Amount = big.NewInt(50_000)
	otherNet, err := NetPolicy{Policy: table, Chain: chains.BitcoinRegtest, Fee: fee}.Authorization(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		au   relay.Authorization
		want error
	}{
		{"net mint", net, nil},
		{"net mint of the same block's other deposit", otherNet, nil},
		{"gross mint", gross, relay.ErrInvariant},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := acc.Check(ctx, tc.au); tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
		})
	}
	smallMint := net
	smallMint.TransferID, smallMint.Source, smallMint.Amount = small.TransferID, small.Ref, big.NewInt(1)
	if err := acc.Check(ctx, smallMint); !errors.Is(err, ledger.ErrNotRecorded) {
		t.Fatalf("deposit below the fee: Check = %v, want ledger.ErrNotRecorded (never recorded)", err)
	}
	found := false
	for _, b := range acc.Balances() {
		if b.Asset != btcAsset {
			continue
		}
		found = true
		if b.Locked.Uint64() != 80_000 || b.InFlight.Uint64() != 80_000 {
			t.Fatalf("BTC balance = locked %s, in flight %s; want the gross 80000 each", b.Locked.Dec(), b.InFlight.Dec())
		}
	}
	if !found {
		t.Fatal("no BTC balance in the ledger")
	}
	locks := ledgerLocks(ctx, t, acc)
	if len(locks) != 2 || locks[dep.TransferID] != 1260 || locks[other.TransferID] != 1260 {
		t.Fatalf("LOCK records (transfer → fee) %v; want the two deposits above the fee, each with fee 1260", locks)
	}
	// The net mint recorded: the fee moves from locked to withheld.
	mint := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{0x77}}, BlockNum: 9,
		TransferID: dep.TransferID, AssetID: btcAsset, Amount: net.Amount, Recipient: net.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
	if err := acc.Record(ctx, mint); err != nil || !acc.Executed(dep.TransferID) {
		t.Fatalf("net MINT not recorded: %v", err)
	}
	for _, b := range acc.Balances() {
		if b.Asset == btcAsset && (b.Locked.Uint64() != 80_000-1260 || b.FeesWithheld.Uint64() != 1260) {
			t.Fatalf("after the mint: locked %s, withheld %s; want 78740 and 1260", b.Locked.Dec(), b.FeesWithheld.Dec())
		}
	}
}

// ledgerLocks returns the fee of every LOCK record of the ledger.
func ledgerLocks(ctx context.Context, t *testing.T, acc *ledger.Accountant) map[chains.TransferID]uint64 {
	t.Helper()
	out := map[chains.TransferID]uint64{}
	err := acc.EachRecord(ctx, func(r *audit.Record) {
		if r.Kind == audit.KindLock {
			out[r.TransferID] = r.Fee.Uint64()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type fakeReader struct{ err error }

func (f fakeReader) Verify(context.Context, chains.EventRef) (chains.Event, error) {
	return chains.Event{}, f.err
}

func TestBitcoinVerifierErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want []error
	}{
		{"ok", nil, nil},
		{"not found", fmt.Errorf("x: %w", watcher.ErrNotFound), []error{relay.ErrNotFound, watcher.ErrNotFound}},
		{"not final", fmt.Errorf("x: %w", watcher.ErrNotFinal), []error{relay.ErrNotFinal, watcher.ErrNotFinal}},
		{"too late to mint", fmt.Errorf("x: %w", watcher.ErrTooLate), []error{watcher.ErrTooLate}},
		{"node down", fmt.Errorf("x: %w", watcher.ErrNode), []error{watcher.ErrNode}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verifier{V: fakeReader{tc.err}}.Verify(context.Background(), chains.EventRef{Chain: chains.BitcoinRegtest})
			if tc.want == nil && err != nil || tc.want != nil && err == nil {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
			for _, w := range tc.want {
				if !errors.Is(err, w) {
					t.Fatalf("Verify = %v, want it to wrap %v", err, w)
				}
			}
		})
	}
}

func TestNewBitcoinConfig(t *testing.T) {
	rec := federation(t, 2, 3)
	good := func() Config {
		return Config{Chain: chains.BitcoinRegtest, RPCHost: "127.0.0.1:1", DataDir: t.TempDir(), Deployment: btcDeployment(t, 10_000),
			Recovery: rec, RecoveryDelay: 144, MaxFeeRate: 10}
	}
	for _, tc := range []struct {
		name   string
		modify func(*Config)
	}{
		{"no RPC host", func(c *Config) { c.RPCHost = "" }},
		{"no data dir", func(c *Config) { c.DataDir = "" }},
		{"no deployment", func(c *Config) { c.Deployment = nil }},
		{"no bitcoin section", func(c *Config) { c.Deployment.Bitcoin = nil }},
		{"other chain", func(c *Config) { c.Chain = 8332 }},
		{"bad federation key", func(c *Config) { c.Deployment.Bitcoin.Federation.Keys[0] = "zz" }},
		{"no recovery keys", func(c *Config) { c.Recovery = bitcoin.KeySet{} }},
		{"no recovery delay", func(c *Config) { c.RecoveryDelay = 0 }},
		{"no fee rate", func(c *Config) { c.MaxFeeRate = 0 }},
		{"minimum deposit within the fee", func(c *Config) { c.Deployment.Bitcoin.MinDeposit = 1260 }},
		{"minimum deposit nets less than minPerTransfer", func(c *Config) { c.Deployment.Bitcoin.MinDeposit = 1260 + 3845 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := good()
			tc.modify(&c)
			if _, err := New(context.Background(), c); !errors.Is(err, ErrConfig) {
				t.Fatalf("New = %v, want ErrConfig", err)
			}
		})
	}
	wc, err := good().WatcherConfig()
	if err != nil {
		t.Fatal(err)
	}
	if wc.Confirmations != 3 || wc.RefundMargin != 20 || wc.MinDeposit != 10_000 || len(wc.DstChains) != 1 || wc.DstChains[0] != chains.DevnetA {
		t.Fatalf("watcher config = %+v", wc)
	}
}
