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
