package btcroute

import (
	"context"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// TestPayoutLeavesDustOut: a burn whose output would be dust after its fee
// share, and one below its script's dust limit, are left out of the payout
// (logged, counted once per reason, reported to the coordinator); the
// payout of the other burns is proposed, signed by the other operators
// (their rebuild from the proposal's burns matches) and broadcast. A later
// round leaves the same burns out again without counting or reporting
// them twice.
func TestPayoutLeavesDustOut(t *testing.T) {
	ctx := context.Background()
	f := newPayoutFixture(t)
	u := f.utxo(1, 1_000_000)
	reg := prometheus.NewRegistry()
	var bs []*PayoutBatcher
	for i := range 3 {
		bs = append(bs, f.batcher(t, i, t.TempDir(), nil, u))
	}
	leader, err := NewPayoutBatcher(PayoutBatcherConfig{Chain: chains.BitcoinRegtest, Wallet: f.wcfg, Key: f.fedKeys[0], Operators: f.ops,
		View: bs[0].cfg.View, Node: f.node, Book: bs[0].cfg.Book, Custody: bs[0].cfg.Custody, Main: bs[0].cfg.Main, Registerer: reg})
	if err != nil {
		t.Fatal(err)
	}
	dustLimit := bitcoin.DustLimit(p2wpkh(2))
	paid1, paid3 := payoutAuth(1, 100_000), payoutAuth(3, 250_000)
	feeShare := payoutAuth(2, dustLimit+100) // above dust, below it after its fee share at 2 sat/vB
	tiny := payoutAuth(4, dustLimit-1)       // below dust whatever the fee
	batches, err := leader.Propose(ctx, ready(paid1, feeShare, paid3, tiny))
	if err != nil || len(batches) != 1 {
		t.Fatalf("Propose = %d batches, %v; want 1 (one dust burn must not stop the payout)", len(batches), err)
	}
	b := batches[0]
	if len(b.Items) != 2 || b.Items[0].TransferID != paid1.TransferID || b.Items[1].TransferID != paid3.TransferID {
		t.Fatalf("payout items %v, want burns 1 and 3", b.Items)
	}
	counted := func(reason string) float64 {
		var m dto.Metric
		if err := leader.leftOut.counter.WithLabelValues(reason).Write(&m); err != nil {
			t.Fatal(err)
		}
		return m.GetCounter().GetValue()
	}
	if counted(LeftOutFeeShare) != 1 || counted(LeftOutAmount) != 1 {
		t.Fatalf("left out counted %v fee share, %v amount; want 1 each", counted(LeftOutFeeShare), counted(LeftOutAmount))
	}
	if n := series(t, reg, "kakehashi_btc_payout_items_left_out_total"); n != 2 {
		t.Fatalf("%d registered series, want 2", n)
	}
	got := map[chains.TransferID]string{}
	for _, l := range leader.LeftOut() {
		got[l.TransferID] = l.Reason
	}
	if len(got) != 2 || !strings.HasPrefix(got[feeShare.TransferID], LeftOutFeeShare+": ") || !strings.HasPrefix(got[tiny.TransferID], LeftOutAmount+": ") {
		t.Fatalf("reported %v, want burn 2 %s and burn 4 %s", got, LeftOutFeeShare, LeftOutAmount)
	}
	t.Logf("reported: %s", got[feeShare.TransferID])
	if again := leader.LeftOut(); len(again) != 0 {
		t.Fatalf("reported again: %v", again)
	}

	// The signers rebuild the payout from its burns: it is valid without
	// the dust ones.
	var sigs []relay.OperatorSig
	for _, i := range []int{1, 2} {
		s, err := bs[i].SignBatch(ctx, b)
		if err != nil {
			t.Fatalf("operator %d refused the payout without the dust burns: %v", i, err)
		}
		sigs = append(sigs, relay.OperatorSig{Signer: f.addrs[i], Signature: s})
	}
	res, err := leader.SubmitBatch(ctx, b, sigs)
	if err != nil || len(res.Submitted) != 2 {
		t.Fatalf("SubmitBatch = %+v, %v", res, err)
	}

	// Next round, on the payout's change: a new burn is paid, the dust
	// burns are left out again, neither counted nor reported twice.
	paid5 := payoutAuth(5, 50_000)
	batches, err = leader.Propose(ctx, ready(feeShare, tiny, paid5))
	if err != nil || len(batches) != 1 || len(batches[0].Items) != 1 || batches[0].Items[0].TransferID != paid5.TransferID {
		t.Fatalf("second Propose = %v, %v; want a payout of burn 5 alone", batches, err)
	}
	if counted(LeftOutFeeShare) != 1 || counted(LeftOutAmount) != 1 || len(leader.LeftOut()) != 0 {
		t.Fatalf("second round counted %v, %v or reported again", counted(LeftOutFeeShare), counted(LeftOutAmount))
	}

	// Only dust burns: nothing to propose, no error.
	if batches, err := leader.Propose(ctx, ready(feeShare, tiny)); err != nil || len(batches) != 0 {
		t.Fatalf("Propose of dust burns alone = %v, %v; want nothing", batches, err)
	}
}

// series counts the series of a metric family gathered from reg.
func series(t *testing.T, reg *prometheus.Registry, name string) int {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return len(mf.GetMetric())
		}
	}
	return 0
}

// TestPayoutLeavesDustOutFillsUp: with MaxOutputs 1, dust burns first by
// transfer id do not stop the payout: the next burn takes their place.
func TestPayoutLeavesDustOutFillsUp(t *testing.T) {
	f := newPayoutFixture(t)
	u := f.utxo(1, 1_000_000)
	b := f.batcher(t, 0, t.TempDir(), nil, u)
	b.cfg.MaxOutputs = 1
	dustLimit := bitcoin.DustLimit(p2wpkh(1))
	paid := payoutAuth(3, 100_000)
	batches, err := b.Propose(context.Background(), ready(payoutAuth(1, dustLimit+10), payoutAuth(2, dustLimit-1), paid))
	if err != nil || len(batches) != 1 || len(batches[0].Items) != 1 || batches[0].Items[0].TransferID != paid.TransferID {
		t.Fatalf("Propose = %v, %v; want a payout of burn 3", batches, err)
	}
	if got := b.LeftOut(); len(got) != 2 {
		t.Fatalf("reported %v, want the two dust burns", got)
	}
}
