package wire

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
)

var (
	bridgeA = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tokenA  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	tokenB  = common.HexToAddress("0x00000000000000000000000000000000000000b1")
	alice   = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	assetID = chains.ComputeAssetID(chains.DevnetA, tokenA.Bytes())
)

func testDeployment() *deploy.Deployment {
	return &deploy.Deployment{Version: deploy.Version, Assets: []deploy.Asset{{
		ID: assetID, Symbol: "TST", HomeChain: chains.DevnetA, HomeAsset: tokenA.Bytes(), Decimals: 18,
		MaxPerTransfer: deploy.NewAmount(big.NewInt(1000)), Capacity: deploy.NewAmount(big.NewInt(10_000)), Window: 3600,
		Tokens: []deploy.Token{{Chain: chains.DevnetA, Kind: deploy.TokenHome, Address: tokenA}, {Chain: chains.DevnetB, Kind: deploy.TokenWrapped, Address: tokenB}},
	}}}
}

func lockEvent(nonce uint64, amount int64) chains.Event {
	return chains.Event{Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{byte(nonce)}, Index: 0}, BlockNum: 10 + nonce,
		TransferID: chains.EVMTransferID(chains.DevnetA, bridgeA, nonce), AssetID: assetID, Amount: big.NewInt(amount),
		Sender: alice.Bytes(), DstChain: chains.DevnetB, Recipient: alice.Bytes(), Nonce: nonce, Finality: chains.Finality{Confirmations: 3, Final: true}}
}

func mintedEvent(lock chains.Event) chains.Event {
	return chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetB, TxHash: [32]byte{0xb0, byte(lock.Nonce)}}, BlockNum: 5 + lock.Nonce,
		TransferID: lock.TransferID, AssetID: assetID, Amount: lock.Amount, Recipient: lock.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
}

func mintOf(lock chains.Event) relay.Authorization {
	return relay.Authorization{Action: relay.ActionMint, TransferID: lock.TransferID, Source: lock.Ref, Nonce: lock.Nonce,
		DstChain: lock.DstChain, AssetID: lock.AssetID, Amount: new(big.Int).Set(lock.Amount), Recipient: lock.Recipient}
}

func newTestAccountant(t *testing.T, path string, k *keys.Key) *Accountant {
	t.Helper()
	a, err := NewAccountant(context.Background(), AccountantConfig{Path: path, Key: k, Deployment: testDeployment()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	return a
}

func TestAccountantCheck(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	a := newTestAccountant(t, filepath.Join(t.TempDir(), "audit.db"), k)

	l1, l2, l3 := lockEvent(1, 100), lockEvent(2, 200), lockEvent(3, 300)
	for _, ev := range []chains.Event{l1, l2} {
		if err := a.Record(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	// A replayed lock (watcher restarted from its cursor) is skipped.
	if err := a.Record(ctx, l1); err != nil {
		t.Fatal(err)
	}
	// l2 is executed on B.
	if err := a.Record(ctx, mintedEvent(l2)); err != nil {
		t.Fatal(err)
	}
	inflated := mintOf(l1)
	inflated.Amount = big.NewInt(101)
	otherRecipient := mintOf(l1)
	otherRecipient.Recipient = common.HexToAddress("0xbad").Bytes()
	unlock := mintOf(l1)
	unlock.Action = relay.ActionUnlock
	unlock.DstChain = chains.DevnetA

	for _, tc := range []struct {
		name string
		au   relay.Authorization
		want error // nil: allowed
	}{
		{"recorded lock in flight", mintOf(l1), nil},
		{"amount differs from the lock", inflated, relay.ErrInvariant},
		{"recipient differs", otherRecipient, relay.ErrInvariant},
		{"unlock of a lock", unlock, relay.ErrInvariant},
		{"already minted", mintOf(l2), relay.ErrInvariant},
		{"lock not recorded yet", mintOf(l3), ErrNotRecorded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := a.Check(ctx, tc.au)
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
			if errors.Is(tc.want, ErrNotRecorded) && errors.Is(err, relay.ErrInvariant) {
				t.Fatalf("an unrecorded source must be retried, not refused: %v", err)
			}
		})
	}
	bal := a.Balances()
	if len(bal) != 1 || bal[0].Locked.Uint64() != 300 || bal[0].InFlight.Uint64() != 100 || bal[0].Outstanding[chains.DevnetB].Uint64() != 200 {
		t.Fatalf("balances = %+v", bal)
	}
}

func TestAccountantExecutionBeforeSource(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	path := filepath.Join(t.TempDir(), "audit.db")
	l := lockEvent(1, 100)
	// Another operator's mint seen before our own watcher of A reports the
	// lock; relayd restarts in between.
	a, err := NewAccountant(ctx, AccountantConfig{Path: path, Key: k, Deployment: testDeployment()})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Record(ctx, mintedEvent(l)); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	a = newTestAccountant(t, path, k)
	if err := a.Record(ctx, l); err != nil {
		t.Fatal(err)
	}
	if err := a.Check(ctx, mintOf(l)); !errors.Is(err, relay.ErrInvariant) {
		t.Fatalf("Check after the held mint = %v, want ErrInvariant (completed)", err)
	}
	if bal := a.Balances(); bal[0].InFlight.Uint64() != 0 || bal[0].Outstanding[chains.DevnetB].Uint64() != 100 {
		t.Fatalf("balances = %+v", bal)
	}
	if len(a.pending) != 0 {
		t.Fatalf("%d executions still held", len(a.pending))
	}
}

func TestAccountantRestart(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	path := filepath.Join(t.TempDir(), "audit.db")
	a, err := NewAccountant(ctx, AccountantConfig{Path: path, Key: keys.FromECDSA(priv), Deployment: testDeployment()})
	if err != nil {
		t.Fatal(err)
	}
	l1, l2 := lockEvent(1, 100), lockEvent(2, 200)
	for _, ev := range []chains.Event{l1, l2, mintedEvent(l1)} {
		if err := a.Record(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	b := newTestAccountant(t, path, keys.FromECDSA(priv))
	if err := b.Check(ctx, mintOf(l2)); err != nil {
		t.Fatalf("in flight before restart: %v", err)
	}
	if err := b.Check(ctx, mintOf(l1)); !errors.Is(err, relay.ErrInvariant) {
		t.Fatalf("completed before restart: %v, want ErrInvariant", err)
	}
	// Another operator's key cannot open this operator's ledger.
	other, _ := crypto.GenerateKey()
	_ = b.Close()
	if _, err := NewAccountant(ctx, AccountantConfig{Path: path, Key: keys.FromECDSA(other), Deployment: testDeployment()}); !errors.Is(err, ErrConfig) {
		t.Fatalf("foreign key: %v, want ErrConfig", err)
	}
}

func TestAccountantAssetDefinedLater(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	path := filepath.Join(t.TempDir(), "audit.db")
	empty := testDeployment()
	empty.Assets = nil
	a, err := NewAccountant(ctx, AccountantConfig{Path: path, Key: k, Deployment: empty})
	if err != nil {
		t.Fatal(err)
	}
	l := lockEvent(1, 100)
	if err := a.Record(ctx, l); err != nil { // unknown asset: not recordable, never signed
		t.Fatal(err)
	}
	if err := a.Check(ctx, mintOf(l)); !errors.Is(err, ErrNotRecorded) {
		t.Fatalf("Check for an undefined asset = %v, want ErrNotRecorded", err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	// The deployment file now defines TST: the reopened ledger records it.
	b := newTestAccountant(t, path, k)
	if err := b.Record(ctx, lockEvent(2, 100)); err != nil {
		t.Fatal(err)
	}
	if err := b.Check(ctx, mintOf(lockEvent(2, 100))); err != nil {
		t.Fatalf("Check after the asset was defined: %v", err)
	}
}
