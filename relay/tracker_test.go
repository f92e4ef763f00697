package relay

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

func TestTrackerStateMachine(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	ctx := context.Background()
	tr := NewTracker(ops)
	ev := lockEvent(1)
	observed := ev
	observed.Final, observed.Confirmations = false, 1
	a := authOf(t, ev)
	sub, _ := json.Marshal(Submission{Chain: chainB, TxID: "0xfeed", Leader: keys[0].addr, Submitted: []chains.TransferID{ev.TransferID}})
	minted := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chainB, TxHash: [32]byte{9}}, TransferID: ev.TransferID, AssetID: assetX, Amount: ev.Amount}

	steps := []struct {
		name   string
		apply  func() error
		state  State
		signed string
	}{
		{"observed", func() error { return tr.HandleEvent(ctx, eventMsg(t, observed, keys[0].addr)) }, StateObserved, "0/2"},
		{"final", func() error { return tr.HandleEvent(ctx, eventMsg(t, ev, keys[0].addr)) }, StateFinal, "0/2"},
		{"one share", func() error { return tr.HandleShare(ctx, shareMsg(t, a, keys[0], keys[0].addr)) }, StateSigned, "1/2"},
		{"same share again", func() error { return tr.HandleShare(ctx, shareMsg(t, a, keys[0], keys[0].addr)) }, StateSigned, "1/2"},
		{"second share", func() error { return tr.HandleShare(ctx, shareMsg(t, a, keys[1], keys[1].addr)) }, StateSigned, "2/2"},
		{"submitted", func() error { return tr.HandleSubmission(ctx, bus.Msg{Payload: sub, Time: time.Now()}) }, StateSubmitted, "2/2"},
		{"late share does not go back", func() error { return tr.HandleShare(ctx, shareMsg(t, a, keys[2], keys[2].addr)) }, StateSubmitted, "3/2"},
		{"late observed does not go back", func() error { return tr.HandleEvent(ctx, eventMsg(t, observed, keys[2].addr)) }, StateSubmitted, "3/2"},
		{"executed", func() error { return tr.HandleEvent(ctx, eventMsg(t, minted, keys[1].addr)) }, StateExecuted, "3/2"},
	}
	for _, s := range steps {
		if err := s.apply(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		st, ok := tr.Get(ev.TransferID)
		if !ok || st.State != s.state || st.Signed != s.signed {
			t.Fatalf("%s: state %s %s, want %s %s", s.name, st.State, st.Signed, s.state, s.signed)
		}
	}
	st, _ := tr.Get(ev.TransferID)
	if st.TxID != "0xfeed" || st.Executed == nil || st.Amount != ev.Amount.String() || st.Action != "mint" || len(st.History) < 6 {
		t.Fatalf("status %+v", st)
	}
	// A share relayed by someone else than its signer is refused.
	if err := tr.HandleShare(ctx, shareMsg(t, a, keys[0], keys[1].addr)); !errors.Is(err, ErrBadShare) {
		t.Fatalf("relayed share: %v", err)
	}
}

func TestTrackerRejectedRefunded(t *testing.T) {
	keys := newOpKeys(1)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr}, 1)
	tr := NewTracker(ops)
	id := chains.TransferID{7}
	ctx := context.Background()
	dep := chains.Event{Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{7}}, TransferID: id, Amount: big.NewInt(5000), DstChain: chainA, Finality: chains.Finality{Final: true, Confirmations: 6}}
	rej := dep
	rej.Kind, rej.Reason = chains.KindDepositRejected, "refund window below margin"
	ref := chains.Event{Kind: chains.KindRefund, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{8}}, TransferID: id}
	for _, ev := range []chains.Event{dep, rej, ref} {
		if err := tr.HandleEvent(ctx, eventMsg(t, ev, keys[0].addr)); err != nil {
			t.Fatal(err)
		}
	}
	st, _ := tr.Get(id)
	if st.State != StateRefunded || st.Reason != rej.Reason {
		t.Fatalf("%+v", st)
	}
	if c := tr.Count(); c[StateRefunded] != 1 {
		t.Fatalf("count %v", c)
	}
}

// An EVM lock the quorum cancels at its destination is cancelled (with
// the reason) until its refund on the source makes it refunded.
func TestTrackerCancelledRefunded(t *testing.T) {
	keys := newOpKeys(1)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr}, 1)
	tr := NewTracker(ops)
	id := chains.TransferID{9}
	ctx := context.Background()
	lock := chains.Event{Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chainA, TxHash: [32]byte{1}}, TransferID: id, Amount: big.NewInt(50), DstChain: chainB, Finality: chains.Finality{Final: true, Confirmations: 2}}
	cancel := chains.Event{Kind: chains.KindCancelled, Ref: chains.EventRef{Chain: chainB, TxHash: [32]byte{2}}, TransferID: id, Reason: "cancelled by the quorum"}
	refund := chains.Event{Kind: chains.KindRefund, Ref: chains.EventRef{Chain: chainA, TxHash: [32]byte{3}}, TransferID: id, Amount: big.NewInt(50)}
	for i, ev := range []chains.Event{lock, cancel, refund} {
		if err := tr.HandleEvent(ctx, eventMsg(t, ev, keys[0].addr)); err != nil {
			t.Fatal(err)
		}
		st, _ := tr.Get(id)
		if want := []State{StateFinal, StateCancelled, StateRefunded}[i]; st.State != want {
			t.Fatalf("after %s: state %s, want %s", ev.Kind, st.State, want)
		}
		if i > 0 && st.Reason != cancel.Reason {
			t.Fatalf("after %s: reason %q", ev.Kind, st.Reason)
		}
	}
}

func TestAssetTablePolicy(t *testing.T) {
	home, wrappedB, wrappedC := chainA, chainB, chains.ChainID(31339)
	table, err := NewAssetTable(Asset{ID: assetX, HomeChain: home, Wrapped: []chains.ChainID{wrappedB, wrappedC},
		MinAmount: big.NewInt(10), MaxAmount: big.NewInt(1000), WindowLimit: big.NewInt(1200), Window: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	var n byte
	ev := func(kind chains.EventKind, src, dst chains.ChainID, amt int64) chains.Event {
		n++
		return chains.Event{Kind: kind, Ref: chains.EventRef{Chain: src}, TransferID: chains.TransferID{n}, AssetID: assetX,
			Amount: big.NewInt(amt), DstChain: dst, Recipient: []byte{1}}
	}
	for _, tc := range []struct {
		name string
		ev   chains.Event
		want Action
		err  error
	}{
		{"lock on home mints", ev(chains.KindLocked, home, wrappedB, 100), ActionMint, nil},
		{"burn to home unlocks", ev(chains.KindBurned, wrappedB, home, 100), ActionUnlock, nil},
		{"burn to another wrapped chain mints", ev(chains.KindBurned, wrappedB, wrappedC, 100), ActionMint, nil},
		{"lock on a wrapped chain", ev(chains.KindLocked, wrappedB, wrappedC, 100), 0, ErrUnknownAsset},
		{"burn to itself", ev(chains.KindBurned, wrappedB, wrappedB, 100), 0, ErrUnknownAsset},
		{"to an unknown chain", ev(chains.KindLocked, home, 5, 100), 0, ErrUnknownAsset},
		{"below minimum", ev(chains.KindLocked, home, wrappedB, 9), 0, ErrLimit},
		{"above maximum", ev(chains.KindLocked, home, wrappedB, 1001), 0, ErrLimit},
		{"window full", ev(chains.KindLocked, home, wrappedB, 1000), 0, ErrRateLimited}, // 300 signed in the window + 1000 > 1200
		{"unknown asset", func() chains.Event {
			e := ev(chains.KindLocked, home, wrappedB, 100)
			e.AssetID = chains.AssetID{1}
			return e
		}(), 0, ErrUnknownAsset},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := table.Authorization(context.Background(), tc.ev)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil || a.Action != tc.want || a.DstChain != tc.ev.DstChain {
				t.Fatalf("got %+v, %v", a, err)
			}
			table.Charge(a.TransferID) // signed
		})
	}
	if err := table.SetPaused(assetX, true); err != nil {
		t.Fatal(err)
	}
	if _, err := table.Authorization(context.Background(), ev(chains.KindLocked, home, wrappedB, 10)); !errors.Is(err, ErrPaused) {
		t.Fatalf("paused: %v", err)
	}
}

func TestWireRoundTrip(t *testing.T) {
	ev := lockEvent(3)
	ev.BlockHash = [32]byte{1, 2, 3}
	p, err := EncodeEvent(ev)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeEvent(p)
	if err != nil || SameEvent(ev, back) != nil || back.BlockHash != ev.BlockHash || back.Final != ev.Final {
		t.Fatalf("event round trip: %v %v", err, SameEvent(ev, back))
	}
	a := authOf(t, ev)
	sp, _ := EncodeShare(Share{Authorization: a, Signer: common.Address{1}, Signature: []byte{1, 2}})
	sh, err := DecodeShare(sp)
	if err != nil || sh.Authorization.Hash() != a.Hash() {
		t.Fatalf("share round trip: %v", err)
	}
	for _, bad := range []string{`{`, `{"kind":"locked","ref":{"chain":1,"txHash":"0x01","index":0}}`, `{"kind":"locked","ref":{"chain":1,"txHash":"0x` + string(make([]byte, 0)) + `"}}`,
		`{"kind":"nope"}`, `{"kind":"locked","ref":{"chain":1,"txHash":"0x0000000000000000000000000000000000000000000000000000000000000000","index":0},"amount":"-5"}`} {
		if _, err := DecodeEvent([]byte(bad)); err == nil {
			t.Errorf("DecodeEvent(%s) accepted", bad)
		}
	}
}

func TestTrackerLimit(t *testing.T) {
	keys := newOpKeys(1)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr}, 1)
	tr := NewTracker(ops)
	tr.SetLimit(10)
	ctx := context.Background()
	var ids []chains.TransferID
	for n := uint64(1); n <= 10; n++ {
		ev := lockEvent(n)
		ids = append(ids, ev.TransferID)
		_ = tr.HandleEvent(ctx, eventMsg(t, ev, keys[0].addr))
	}
	// Transfer 5 is executed: it goes first, although 1..4 are older.
	minted := chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chainB}, TransferID: ids[4]}
	_ = tr.HandleEvent(ctx, eventMsg(t, minted, keys[0].addr))
	newest := lockEvent(11)
	_ = tr.HandleEvent(ctx, eventMsg(t, newest, keys[0].addr))
	if _, ok := tr.Get(ids[4]); ok {
		t.Fatal("executed transfer kept over the limit")
	}
	if _, ok := tr.Get(newest.TransferID); !ok {
		t.Fatal("newest transfer evicted")
	}
	total := 0
	for _, n := range tr.Count() {
		total += n
	}
	if total > 10 {
		t.Fatalf("%d transfers kept, limit 10", total)
	}
}
