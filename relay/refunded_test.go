package relay

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
)

// A deposit refunded on its source, as this operator's own watcher saw
// it, is dropped by the coordinator of its destination even though its
// deadline is far (blocks came faster than the deadline rule assumes);
// another operator's word, or a reorged refund, drops nothing; a late
// share does not bring it back.
func TestCoordinatorDropsRefunded(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	c, _ := newCoord(t, ops, keys[0].addr, newFakeDest(ops).submitter(nil), staticLease(false), 8, 10*time.Millisecond)
	ctx := context.Background()
	a := authOf(t, lockEvent(1))
	a.Deadline = uint64(time.Now().Add(time.Hour).Unix())
	for _, k := range keys[:2] {
		if err := c.HandleShare(ctx, shareMsg(t, a, k, k.addr)); err != nil {
			t.Fatal(err)
		}
	}
	if p := c.Pending(); p["ready"] != 1 {
		t.Fatalf("pending %v, want the mint ready", p)
	}
	refund := chains.Event{Kind: chains.KindRefund, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{0xfe}}, TransferID: a.TransferID,
		Finality: chains.Finality{Confirmations: 1}}
	reorged := refund
	reorged.Reorged = true
	for _, tc := range []struct {
		name string
		ev   chains.Event
		from common.Address
	}{{"another operator's refund", refund, keys[1].addr}, {"own refund reorged out", reorged, keys[0].addr}} {
		if err := c.HandleExecuted(ctx, eventMsg(t, tc.ev, tc.from)); err != nil {
			t.Fatal(err)
		}
		if p := c.Pending(); p["ready"] != 1 {
			t.Fatalf("%s: pending %v, want the mint still ready", tc.name, p)
		}
	}
	if err := c.HandleExecuted(ctx, eventMsg(t, refund, keys[0].addr)); err != nil {
		t.Fatal(err)
	}
	if err := c.HandleShare(ctx, shareMsg(t, a, keys[2], keys[2].addr)); err != nil {
		t.Fatal(err)
	}
	if p := c.Pending(); p["ready"] != 0 || p["collecting"] != 0 {
		t.Fatalf("pending %v after this operator's watcher saw the refund, want nothing", p)
	}
	found := false
	for _, f := range c.ExecutedFilters() {
		found = found || f == refundSubjects
	}
	if !found || !strings.HasSuffix(refundSubjects, ".refund") {
		t.Fatalf("executed filters %v do not take refunds (%s)", c.ExecutedFilters(), refundSubjects)
	}
}

// A mint dropped (its deposit refunded) while it sits in a batch being
// proposed or submitted is never sent: the signed batch is not submitted
// and its other items are offered again; a direct submission leaves it out.
func TestDroppedWhileProposedIsNotSent(t *testing.T) {
	keys := newOpKeys(3)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr, keys[2].addr}, 2)
	dest := newFakeDest(ops)
	c, _ := newCoord(t, ops, keys[0].addr, dest.submitter(nil), staticLease(false), 8, 10*time.Millisecond)
	ctx := context.Background()
	refunded, other := authOf(t, lockEvent(1)), authOf(t, lockEvent(2))
	for _, a := range []Authorization{refunded, other} {
		for _, k := range keys[:2] {
			if err := c.HandleShare(ctx, shareMsg(t, a, k, k.addr)); err != nil {
				t.Fatal(err)
			}
		}
	}
	c.mu.Lock()
	batch := []*ctransfer{c.transfers[refunded.TransferID], c.transfers[other.TransferID]}
	for _, tr := range batch {
		tr.state = stInflight // as nextBatch leaves them while proposed
	}
	c.mu.Unlock()
	refund := chains.Event{Kind: chains.KindRefund, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{0xfe}},
		TransferID: refunded.TransferID, Finality: chains.Finality{Confirmations: 1}}
	if err := c.HandleExecuted(ctx, eventMsg(t, refund, keys[0].addr)); err != nil {
		t.Fatal(err)
	}
	if !c.droppedItems(batch, time.Now()) {
		t.Fatal("a signed batch holding a dropped mint would be sent")
	}
	if p := c.Pending(); p["ready"] != 1 || p["inflight"] != 0 {
		t.Fatalf("pending %v, want the other item offered again", p)
	}
	c.submit(ctx, batch[:1]) // the direct path with only the dropped item
	if n := dest.callCount(); n != 0 {
		t.Fatalf("submitted %d times a batch of a dropped mint", n)
	}
}
