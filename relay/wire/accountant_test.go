package wire

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
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

func testDeployment() *deployment.Deployment {
	return &deployment.Deployment{Version: deployment.Version, Assets: []deployment.Asset{{
		ID: assetID, Symbol: "TST", HomeChain: chains.DevnetA, HomeAsset: tokenA.Bytes(), Decimals: 18,
		MaxPerTransfer: deployment.NewAmount(big.NewInt(1000)), Capacity: deployment.NewAmount(big.NewInt(10_000)), Window: 3600,
		Tokens: []deployment.Token{{Chain: chains.DevnetA, Kind: deployment.TokenHome, Address: tokenA}, {Chain: chains.DevnetB, Kind: deployment.TokenWrapped, Address: tokenB}},
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
		{"already minted", mintOf(l2), relay.ErrCompleted},
		{"lock not recorded yet", mintOf(l3), ErrNotRecorded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := a.Check(ctx, tc.au)
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
			if tc.want != nil && !errors.Is(err, relay.ErrInvariant) && !errors.Is(tc.want, ErrNotRecorded) {
				t.Fatalf("a refusal must wrap relay.ErrInvariant: %v", err)
			}
			if errors.Is(err, ErrCompleted) != errors.Is(tc.want, ErrCompleted) {
				t.Fatalf("Check = %v: only a transfer executed in the ledger is ErrCompleted", err)
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

func TestAccountantRecordAll(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	path := filepath.Join(t.TempDir(), "audit.db")
	a := newTestAccountant(t, path, k)
	height := func() uint64 { h, _, _ := a.ledger.Head(); return h }

	l1, l2, l3, l5, l7 := lockEvent(1, 100), lockEvent(2, 200), lockEvent(3, 300), lockEvent(5, 500), lockEvent(7, 400)
	// l5's mint is seen first (another operator's, our watcher of A lags).
	if err := a.RecordAll(ctx, []chains.Event{mintedEvent(l5)}); err != nil {
		t.Fatal(err)
	}
	noWrapped := lockEvent(6, 600) // to a chain without a wrapped token: refused
	noWrapped.DstChain = chains.DevnetC
	inflated := mintedEvent(l2) // another amount than the lock: refused
	inflated.Amount = big.NewInt(201)
	start := height()

	// One delivery: sources out of order, a repeat, executions of sources
	// in this delivery, one whose source is not recorded yet, and two
	// records the ledger refuses.
	delivery := []chains.Event{l3, mintedEvent(l1), l1, noWrapped, mintedEvent(noWrapped), l2, l3, inflated, l5, mintedEvent(l7)}
	if err := a.RecordAll(ctx, delivery); err != nil {
		t.Fatal(err)
	}
	if got := height(); got != start+1 {
		t.Fatalf("delivery took %d audit blocks, want 1", got-start)
	}
	for _, tc := range []struct {
		name string
		au   relay.Authorization
		want error
	}{
		{"minted in the delivery", mintOf(l1), relay.ErrCompleted},
		{"refused mint leaves the lock in flight", mintOf(l2), nil},
		{"lock in flight", mintOf(l3), nil},
		{"held mint recorded with its lock", mintOf(l5), relay.ErrCompleted},
		{"execution without its source is held", mintOf(l7), ErrNotRecorded},
		{"refused source", mintOf(noWrapped), ErrNotRecorded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := a.Check(ctx, tc.au); tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
		})
	}
	// The mint of l7 and of the refused lock are held; l5's is not any more.
	if len(a.pending) != 2 || a.pending[l7.TransferID] == nil || a.pending[noWrapped.TransferID] == nil {
		t.Fatalf("held executions = %v", a.pending)
	}
	// Replaying the delivery (watcher restarted from its cursor) adds nothing.
	if err := a.RecordAll(ctx, delivery); err != nil {
		t.Fatal(err)
	}
	if got := height(); got != start+1 {
		t.Fatalf("replay added %d audit blocks", got-start-1)
	}
	// The next delivery brings l7: its held mint goes into the same block.
	if err := a.RecordAll(ctx, []chains.Event{l7}); err != nil {
		t.Fatal(err)
	}
	if got := height(); got != start+2 {
		t.Fatalf("l7 took %d audit blocks, want 1", got-start-1)
	}
	if err := a.Check(ctx, mintOf(l7)); !errors.Is(err, relay.ErrCompleted) {
		t.Fatalf("Check(l7) = %v, want ErrCompleted", err)
	}
	if bal := a.Balances(); bal[0].Locked.Uint64() != 1500 || bal[0].InFlight.Uint64() != 500 || bal[0].Outstanding[chains.DevnetB].Uint64() != 1000 {
		t.Fatalf("balances = %+v", bal)
	}
	// Restarted: the same state and the one held execution come back.
	_ = a.Close()
	a = newTestAccountant(t, path, k)
	if len(a.pending) != 1 || a.pending[noWrapped.TransferID] == nil {
		t.Fatalf("held executions after restart = %v", a.pending)
	}
	if err := a.Check(ctx, mintOf(l2)); err != nil {
		t.Fatalf("Check(l2) after restart = %v", err)
	}
	if err := a.Check(ctx, mintOf(l1)); !errors.Is(err, relay.ErrCompleted) {
		t.Fatalf("Check(l1) after restart = %v, want ErrCompleted", err)
	}
}

// A signer's Check that runs while the watchers record the transfer's
// source or execution is retried (ErrNotRecorded) or skipped
// (ErrCompleted), never refused as an invariant breach.
func TestAccountantCheckWhileRecording(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	a := newTestAccountant(t, filepath.Join(t.TempDir(), "audit.db"), keys.FromECDSA(priv))
	const n = 60
	locks := make([]chains.Event, n)
	for i := range locks {
		locks[i] = lockEvent(uint64(i+1), 10)
	}
	done := make(chan error, 1)
	go func() {
		for i := 0; i < n; i += 3 { // deliveries of three locks, then their mints
			if err := a.RecordAll(ctx, locks[i:i+3]); err != nil {
				done <- err
				return
			}
			if err := a.RecordAll(ctx, []chains.Event{mintedEvent(locks[i]), mintedEvent(locks[i+1]), mintedEvent(locks[i+2])}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for recording := true; recording; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			recording = false
		default:
		}
		for _, l := range locks {
			err := a.Check(ctx, mintOf(l))
			if err != nil && !errors.Is(err, ErrNotRecorded) && !errors.Is(err, ErrCompleted) {
				t.Fatalf("Check(%d) while recording = %v", l.Nonce, err)
			}
		}
	}
	for _, l := range locks {
		if err := a.Check(ctx, mintOf(l)); !errors.Is(err, ErrCompleted) {
			t.Fatalf("Check(%d) after recording = %v, want ErrCompleted", l.Nonce, err)
		}
	}
}

// AwaitSource returns as soon as this operator's watcher records the
// transfer's source, and false after its wait for one never recorded.
func TestAccountantAwaitSource(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	a := newTestAccountant(t, filepath.Join(t.TempDir(), "audit.db"), keys.FromECDSA(priv))
	l1, l2 := lockEvent(1, 100), lockEvent(2, 200)
	go func() {
		time.Sleep(30 * time.Millisecond)
		_ = a.Record(ctx, l1)
	}()
	start := time.Now()
	if !a.AwaitSource(ctx, l1.TransferID, 5*time.Second) {
		t.Fatal("AwaitSource = false for a lock recorded meanwhile")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("AwaitSource returned %s after the record", d)
	}
	if err := a.Check(ctx, mintOf(l1)); err != nil {
		t.Fatalf("Check after AwaitSource = %v", err)
	}
	start = time.Now()
	if a.AwaitSource(ctx, l2.TransferID, 50*time.Millisecond) {
		t.Fatal("AwaitSource = true for a lock never recorded")
	}
	if d := time.Since(start); d < 50*time.Millisecond {
		t.Fatalf("AwaitSource gave up after %s, before its wait", d)
	}
	if !errors.Is(ErrNotRecorded, relay.ErrNotRecorded) {
		t.Fatal("wire.ErrNotRecorded must wrap relay.ErrNotRecorded for the signer to wait on it")
	}
}
