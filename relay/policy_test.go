package relay

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
)

// windowTable is an asset with a 1,000-unit window per hour on a clock the
// test moves.
func windowTable(t *testing.T) (*AssetTable, *time.Time) {
	t.Helper()
	table, err := NewAssetTable(Asset{ID: assetX, HomeChain: chainA, Wrapped: []chains.ChainID{chainB},
		WindowLimit: big.NewInt(1000), Window: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_700_000_000, 0)
	table.now = func() time.Time { return now }
	return table, &now
}

func lockOf(n uint64, amount int64) chains.Event {
	ev := lockEvent(n)
	ev.Amount = big.NewInt(amount)
	return ev
}

// Issue 14 (H2): the window was charged on every Authorization call, so
// re-publishing one large finished transfer each window made every honest
// signer refuse the asset. A transfer is now charged once, when signed.
func TestWindowChargedOncePerTransfer(t *testing.T) {
	ctx := context.Background()
	table, now := windowTable(t)
	big := lockOf(1, 900)
	a, err := table.Authorization(ctx, big)
	if err != nil {
		t.Fatal(err)
	}
	table.Charge(a.TransferID)
	// The same transfer again (redelivery, another operator's copy, a
	// replay of the finished event), many times: passes, costs nothing.
	for i := 0; i < 10; i++ {
		if _, err := table.Authorization(ctx, big); err != nil {
			t.Fatalf("replay %d of a signed transfer: %v", i, err)
		}
		table.Release(big.TransferID)
		table.Charge(big.TransferID)
	}
	if _, err := table.Authorization(ctx, lockOf(2, 100)); err != nil {
		t.Fatalf("900 signed + 100 = 1000 fits the window: %v", err)
	}
	table.Charge(lockEvent(2).TransferID)
	if _, err := table.Authorization(ctx, lockOf(3, 1)); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("window full: %v, want ErrRateLimited", err)
	}
	// An hour later the window is empty again; a replay of the old
	// transfer holds its amount only until the signer lets it go (the
	// ledger knows it as completed).
	*now = now.Add(time.Hour)
	if _, err := table.Authorization(ctx, big); err != nil {
		t.Fatal(err)
	}
	table.Release(big.TransferID)
	if _, err := table.Authorization(ctx, lockOf(4, 1000)); err != nil {
		t.Fatalf("a new window after a released replay: %v", err)
	}
}

// A transfer the signer refuses after the policy (invariant, mismatch,
// signing error) gives its amount back.
func TestWindowReleasedWhenNotSigned(t *testing.T) {
	ctx := context.Background()
	table, _ := windowTable(t)
	for n := uint64(1); n <= 5; n++ {
		if _, err := table.Authorization(ctx, lockOf(n, 600)); err != nil {
			t.Fatalf("transfer %d: %v", n, err)
		}
		table.Release(lockEvent(n).TransferID)
	}
}

// Concurrent transfers cannot overshoot the window together: what
// Authorization holds counts until it is charged or released.
func TestWindowHeldWhileSigning(t *testing.T) {
	ctx := context.Background()
	table, _ := windowTable(t)
	var mu sync.Mutex
	var wg sync.WaitGroup
	var passed []chains.TransferID
	for n := uint64(1); n <= 20; n++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if a, err := table.Authorization(ctx, lockOf(n, 100)); err == nil {
				mu.Lock()
				passed = append(passed, a.TransferID)
				mu.Unlock()
			} else if !errors.Is(err, ErrRateLimited) {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if len(passed) != 10 {
		t.Fatalf("%d transfers of 100 passed a 1,000 window together, want 10", len(passed))
	}
	for _, id := range passed {
		table.Charge(id)
	}
	if _, err := table.Authorization(ctx, lockOf(21, 1)); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("after charging 1,000: %v", err)
	}
}

// The signer charges the window for the transfers it signs and only for
// them: a re-published finished transfer, delivered again and again,
// leaves the window for new transfers.
func TestSignerChargesWindowOnce(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	table, _ := windowTable(t)
	signedEv, refusedEv, fresh := lockOf(1, 900), lockOf(2, 100), lockOf(3, 100)
	node := newFakeChain()
	for _, ev := range []chains.Event{signedEv, refusedEv, fresh} {
		node.put(ev)
	}
	auth, _ := NewECDSAAuthorizer(keys[0], HashDigest)
	acct := &fakeAccountant{refuse: map[chains.TransferID]bool{refusedEv.TransferID: true}}
	pub := &recorder{}
	s, err := NewSigner(SignerConfig{
		Self: keys[0].addr, Operators: ops,
		Verifiers:   map[chains.ChainID]Verifier{chainA: node},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth},
		Policy:      table, Accountant: acct,
	}, pub)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.Handle(ctx, eventMsg(t, signedEv, keys[1].addr)); err != nil {
		t.Fatal(err)
	}
	// Replays of the signed transfer from every operator, and a refused
	// transfer (the supply invariant), delivered many times.
	for i := 0; i < 5; i++ {
		for _, k := range keys {
			_ = s.Handle(ctx, eventMsg(t, signedEv, k.addr))
		}
		if err := s.Handle(ctx, eventMsg(t, refusedEv, keys[1].addr)); !errors.Is(err, ErrInvariant) {
			t.Fatalf("refused transfer: %v", err)
		}
	}
	if err := s.Handle(ctx, eventMsg(t, fresh, keys[1].addr)); err != nil {
		t.Fatalf("a new transfer that fits the window (900 signed + 100): %v", err)
	}
	if n := len(pub.all()); n != 2 {
		t.Fatalf("%d shares published, want 2 (the signed and the new transfer)", n)
	}
}

// A paused bridge stops signing for its chain, in both directions, until
// it is resumed (issue 14, L2); other chains are not affected.
func TestChainPausedStopsSigning(t *testing.T) {
	ctx := context.Background()
	table := assets()
	table.SetChainPaused(chainB, true)
	if _, err := table.Authorization(ctx, lockEvent(1)); !errors.Is(err, ErrPaused) { // A → B
		t.Fatalf("to a paused chain: %v, want ErrPaused", err)
	}
	table.SetChainPaused(chainB, false)
	table.SetChainPaused(chainA, true)
	if _, err := table.Authorization(ctx, lockEvent(2)); !errors.Is(err, ErrPaused) {
		t.Fatalf("from a paused chain: %v, want ErrPaused", err)
	}
	table.SetChainPaused(chainA, false)
	if _, err := table.Authorization(ctx, lockEvent(3)); err != nil {
		t.Fatalf("after resume: %v", err)
	}
}

type pauseLog struct {
	mu  sync.Mutex
	got []string
}

func (p *pauseLog) SetChainPaused(c chains.ChainID, paused bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.got = append(p.got, fmt.Sprint(c, paused))
}

// The operator's own watcher feeds the final Paused/Unpaused events of a
// bridge to the policy; events not final, or other admin events, do not.
func TestWatchFollowsPause(t *testing.T) {
	keys := newOpKeys(1)
	admin := func(reason string, final bool) chains.Event {
		return chains.Event{Kind: chains.KindAdmin, Ref: chains.EventRef{Chain: chainB, TxHash: [32]byte{byte(len(reason))}},
			Reason: reason, Finality: chains.Finality{Final: final, Confirmations: 3}}
	}
	evs := eventsSource{admin("Paused by=0x00000000000000000000000000000000000000aa", false),
		admin("Paused by=0x00000000000000000000000000000000000000aa", true), admin("LimitsSet asset=0x01", true), admin("Unpaused", true)}
	p := &pauseLog{}
	pub := &recorder{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Watch(ctx, evs, pub, keys[0].addr, WithPauser(p)) }()
	deadline := time.Now().Add(3 * time.Second)
	for len(pub.all()) < len(evs) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	p.mu.Lock()
	defer p.mu.Unlock()
	if want := []string{fmt.Sprint(chainB, true), fmt.Sprint(chainB, false)}; fmt.Sprint(p.got) != fmt.Sprint(want) {
		t.Fatalf("pauser saw %v, want %v", p.got, want)
	}
}
