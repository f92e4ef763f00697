package ledger

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
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

func newTestAccountant(t *testing.T, path string, k *keys.Key) *Accountant {
	t.Helper()
	a, err := New(context.Background(), Config{Path: path, Key: k, Deployment: ledgertest.Deployment()})
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

	l1, l2, l3 := ledgertest.Lock(1, 100), ledgertest.Lock(2, 200), ledgertest.Lock(3, 300)
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
	if err := a.Record(ctx, ledgertest.Minted(l2)); err != nil {
		t.Fatal(err)
	}
	inflated := ledgertest.MintOf(l1)
	inflated.Amount = big.NewInt(101)
	otherRecipient := ledgertest.MintOf(l1)
	otherRecipient.Recipient = common.HexToAddress("0xbad").Bytes()
	unlock := ledgertest.MintOf(l1)
	unlock.Action = relay.ActionUnlock
	unlock.DstChain = chains.DevnetA

	for _, tc := range []struct {
		name string
		au   relay.Authorization
		want error // nil: allowed
	}{
		{"recorded lock in flight", ledgertest.MintOf(l1), nil},
		{"amount differs from the lock", inflated, relay.ErrInvariant},
		{"recipient differs", otherRecipient, relay.ErrInvariant},
		{"unlock of a lock", unlock, relay.ErrInvariant},
		{"already minted", ledgertest.MintOf(l2), relay.ErrCompleted},
		{"lock not recorded yet", ledgertest.MintOf(l3), ErrNotRecorded},
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
	l := ledgertest.Lock(1, 100)
	// Another operator's mint seen before our own watcher of A reports the
	// lock; relayd restarts in between.
	a, err := New(ctx, Config{Path: path, Key: k, Deployment: ledgertest.Deployment()})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Record(ctx, ledgertest.Minted(l)); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	a = newTestAccountant(t, path, k)
	if err := a.Record(ctx, l); err != nil {
		t.Fatal(err)
	}
	if err := a.Check(ctx, ledgertest.MintOf(l)); !errors.Is(err, relay.ErrInvariant) {
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
	a, err := New(ctx, Config{Path: path, Key: keys.FromECDSA(priv), Deployment: ledgertest.Deployment()})
	if err != nil {
		t.Fatal(err)
	}
	l1, l2 := ledgertest.Lock(1, 100), ledgertest.Lock(2, 200)
	for _, ev := range []chains.Event{l1, l2, ledgertest.Minted(l1)} {
		if err := a.Record(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	b := newTestAccountant(t, path, keys.FromECDSA(priv))
	if err := b.Check(ctx, ledgertest.MintOf(l2)); err != nil {
		t.Fatalf("in flight before restart: %v", err)
	}
	if err := b.Check(ctx, ledgertest.MintOf(l1)); !errors.Is(err, relay.ErrInvariant) {
		t.Fatalf("completed before restart: %v, want ErrInvariant", err)
	}
	// Another operator's key cannot open this operator's ledger.
	other, _ := crypto.GenerateKey()
	_ = b.Close()
	if _, err := New(ctx, Config{Path: path, Key: keys.FromECDSA(other), Deployment: ledgertest.Deployment()}); !errors.Is(err, ErrConfig) {
		t.Fatalf("foreign key: %v, want ErrConfig", err)
	}
}

func TestAccountantAssetDefinedLater(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	path := filepath.Join(t.TempDir(), "audit.db")
	empty := ledgertest.Deployment()
	empty.Assets = nil
	a, err := New(ctx, Config{Path: path, Key: k, Deployment: empty})
	if err != nil {
		t.Fatal(err)
	}
	l := ledgertest.Lock(1, 100)
	if err := a.Record(ctx, l); err != nil { // unknown asset: not recordable, never signed
		t.Fatal(err)
	}
	if err := a.Check(ctx, ledgertest.MintOf(l)); !errors.Is(err, ErrNotRecorded) {
		t.Fatalf("Check for an undefined asset = %v, want ErrNotRecorded", err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	// The deployment file now defines TST: the reopened ledger records it.
	b := newTestAccountant(t, path, k)
	if err := b.Record(ctx, ledgertest.Lock(2, 100)); err != nil {
		t.Fatal(err)
	}
	if err := b.Check(ctx, ledgertest.MintOf(ledgertest.Lock(2, 100))); err != nil {
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

	l1, l2, l3, l5, l7 := ledgertest.Lock(1, 100), ledgertest.Lock(2, 200), ledgertest.Lock(3, 300), ledgertest.Lock(5, 500), ledgertest.Lock(7, 400)
	// l5's mint is seen first (another operator's, our watcher of A lags).
	if err := a.RecordEvents(ctx, []chains.Event{ledgertest.Minted(l5)}); err != nil {
		t.Fatal(err)
	}
	noWrapped := ledgertest.Lock(6, 600) // to a chain without a wrapped token: refused
	noWrapped.DstChain = chains.DevnetC
	inflated := ledgertest.Minted(l2) // another amount than the lock: refused
	inflated.Amount = big.NewInt(201)
	start := height()

	// One delivery: sources out of order, a repeat, executions of sources
	// in this delivery, one whose source is not recorded yet, and two
	// records the ledger refuses.
	delivery := []chains.Event{l3, ledgertest.Minted(l1), l1, noWrapped, ledgertest.Minted(noWrapped), l2, l3, inflated, l5, ledgertest.Minted(l7)}
	if err := a.RecordEvents(ctx, delivery); err != nil {
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
		{"minted in the delivery", ledgertest.MintOf(l1), relay.ErrCompleted},
		{"refused mint leaves the lock in flight", ledgertest.MintOf(l2), nil},
		{"lock in flight", ledgertest.MintOf(l3), nil},
		{"held mint recorded with its lock", ledgertest.MintOf(l5), relay.ErrCompleted},
		{"execution without its source is held", ledgertest.MintOf(l7), ErrNotRecorded},
		{"refused source", ledgertest.MintOf(noWrapped), ErrNotRecorded},
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
	if err := a.RecordEvents(ctx, delivery); err != nil {
		t.Fatal(err)
	}
	if got := height(); got != start+1 {
		t.Fatalf("replay added %d audit blocks", got-start-1)
	}
	// The next delivery brings l7: its held mint goes into the same block.
	if err := a.RecordEvents(ctx, []chains.Event{l7}); err != nil {
		t.Fatal(err)
	}
	if got := height(); got != start+2 {
		t.Fatalf("l7 took %d audit blocks, want 1", got-start-1)
	}
	if err := a.Check(ctx, ledgertest.MintOf(l7)); !errors.Is(err, relay.ErrCompleted) {
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
	if err := a.Check(ctx, ledgertest.MintOf(l2)); err != nil {
		t.Fatalf("Check(l2) after restart = %v", err)
	}
	if err := a.Check(ctx, ledgertest.MintOf(l1)); !errors.Is(err, relay.ErrCompleted) {
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
		locks[i] = ledgertest.Lock(uint64(i+1), 10)
	}
	done := make(chan error, 1)
	go func() {
		for i := 0; i < n; i += 3 { // deliveries of three locks, then their mints
			if err := a.RecordEvents(ctx, locks[i:i+3]); err != nil {
				done <- err
				return
			}
			if err := a.RecordEvents(ctx, []chains.Event{ledgertest.Minted(locks[i]), ledgertest.Minted(locks[i+1]), ledgertest.Minted(locks[i+2])}); err != nil {
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
			err := a.Check(ctx, ledgertest.MintOf(l))
			if err != nil && !errors.Is(err, ErrNotRecorded) && !errors.Is(err, ErrCompleted) {
				t.Fatalf("Check(%d) while recording = %v", l.Nonce, err)
			}
		}
	}
	for _, l := range locks {
		if err := a.Check(ctx, ledgertest.MintOf(l)); !errors.Is(err, ErrCompleted) {
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
	l1, l2 := ledgertest.Lock(1, 100), ledgertest.Lock(2, 200)
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
	if err := a.Check(ctx, ledgertest.MintOf(l1)); err != nil {
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
