package loadbtc

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/relay"
)

func TestSamplePct(t *testing.T) {
	s := sample{7, 1, 3, 9, 5, 2, 8, 4, 6, 10}
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"min", s.pct(0), 1},
		{"median", s.pct(.5), 5},
		{"p90", s.pct(.9), 9},
		{"p99", s.pct(.99), 10},
		{"max", s.pct(1), 10},
		{"mean", s.avg(), 5.5},
		{"one value", sample{42}.pct(.5), 42},
		{"empty", sample{}.pct(.5), 0},
		{"empty mean", sample{}.avg(), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Fatalf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
	if s[0] != 7 {
		t.Fatal("pct sorted the sample in place")
	}
}

func TestSampleHistogram(t *testing.T) {
	tests := []struct {
		name string
		s    sample
		want string
	}{
		{"empty", nil, ""},
		{"counts in order", sample{233, 202, 233, 202.5, 264}, "202×2 233×2 264×1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.histogram(); got != tc.want {
				t.Fatalf("histogram = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestProcUsage(t *testing.T) {
	u, err := procUsage(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if u.hwmKiB <= 0 || u.cpu < 0 {
		t.Fatalf("procUsage(self) = %+v, want a positive peak RSS", u)
	}
	for _, pid := range []int{0, -1} {
		if _, err := procUsage(pid); err == nil {
			t.Fatalf("procUsage(%d): no error", pid)
		}
	}
}

func TestSplitPayout(t *testing.T) {
	custodyScript := []byte{0x51, 0x20, 0xcc}
	alice, bob, eve := []byte{0x00, 0x14, 0xaa}, []byte{0x00, 0x14, 0xbb}, []byte{0x00, 0x14, 0xee}
	burns := map[string]int64{"0014aa": 100_000, "0014bb": 50_000}
	isCustody := func(s []byte) bool { return bytes.Equal(s, custodyScript) }
	payout := func(outs ...*wire.TxOut) *wire.MsgTx {
		tx := wire.NewMsgTx(2)
		tx.AddTxIn(&wire.TxIn{})
		for _, o := range outs {
			tx.AddTxOut(o)
		}
		return tx
	}
	tests := []struct {
		name    string
		tx      *wire.MsgTx
		fee     int64
		want    []paid // nil with wantErr
		wantErr bool
	}{
		{"two burns and change, remainder on the last",
			payout(wire.NewTxOut(100_000-233, alice), wire.NewTxOut(50_000-234, bob), wire.NewTxOut(9_000, custodyScript)), 467,
			[]paid{{0, "0014aa", 100_000 - 233, 233}, {1, "0014bb", 50_000 - 234, 234}}, false},
		{"one burn, no change",
			payout(wire.NewTxOut(100_000-404, alice)), 404,
			[]paid{{0, "0014aa", 100_000 - 404, 404}}, false},
		{"recipient paid in full (fee taken from custody)",
			payout(wire.NewTxOut(100_000, alice), wire.NewTxOut(9_000, custodyScript)), 404, nil, true},
		{"unknown output", payout(wire.NewTxOut(100_000-202, alice), wire.NewTxOut(1_000, eve)), 404, nil, true},
		{"only change", payout(wire.NewTxOut(9_000, custodyScript)), 300, nil, true},
		{"no fee", payout(wire.NewTxOut(100_000, alice)), 0, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := splitPayout(tc.tx, tc.fee, burns, isCustody)
			if tc.wantErr {
				if !errors.Is(err, errPayout) {
					t.Fatalf("err = %v, want errPayout", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("recipient %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestMilestones(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 18, 0, 0, 0, time.UTC)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	op1 := []relay.Transition{{State: relay.StateFinal, At: at(2)}, {State: relay.StateSigned, At: at(3), Detail: "1/2 by 0xA"},
		{State: relay.StateSigned, At: at(5), Detail: "2/2 by 0xB"}, {State: relay.StateSubmitted, At: at(6)}}
	op2 := []relay.Transition{{State: relay.StateFinal, At: at(1)}, {State: relay.StateSigned, At: at(4), Detail: "2/2 by 0xC"},
		{State: relay.StateExecuted, At: at(9)}}
	tests := []struct {
		name  string
		hist  [][]relay.Transition
		state relay.State
		want  time.Time
		known bool
	}{
		{"earliest final of any relay", [][]relay.Transition{op1, op2}, relay.StateFinal, at(1), true},
		{"signed only at quorum", [][]relay.Transition{op1}, relay.StateSigned, at(5), true},
		{"earliest quorum of any relay", [][]relay.Transition{op1, op2}, relay.StateSigned, at(4), true},
		{"submitted from the one relay that knows", [][]relay.Transition{op1, op2}, relay.StateSubmitted, at(6), true},
		{"never reached", [][]relay.Transition{op1}, relay.StateExecuted, time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := milestones(tc.hist, 2)[tc.state]
			if ok != tc.known || !got.Equal(tc.want) {
				t.Fatalf("%s = %v (known %v), want %v (known %v)", tc.state, got, ok, tc.want, tc.known)
			}
		})
	}
}

// chainFixture is a tiny Bitcoin history of the run: two deposits, one
// sweep of both into custody, one payout of both burns with change.
type chainFixture struct {
	txs     map[chainhash.Hash]*wire.MsgTx
	spentBy map[wire.OutPoint]chainhash.Hash
	deps    []deposit
	burns   []burn
}

const fixtureFee = 1_260 // deposit fee, sat

var (
	fixtureCustody = []byte{0x51, 0x20, 0xcc}
	fixturePayees  = [][]byte{{0x00, 0x14, 0xa0}, {0x00, 0x14, 0xa1}}
)

// newChainFixture builds the history; mutate may change the transactions
// before they are indexed.
func newChainFixture(mutate func(sweep, payout *wire.MsgTx, f *chainFixture)) *chainFixture {
	f := &chainFixture{txs: map[chainhash.Hash]*wire.MsgTx{}, spentBy: map[wire.OutPoint]chainhash.Hash{}}
	funding := chainhash.Hash{0xde}
	for i, amt := range []int64{1_000_000, 1_001_000} {
		f.deps = append(f.deps, deposit{out: wire.OutPoint{Hash: funding, Index: uint32(i)}, amount: amt})
		f.burns = append(f.burns, burn{script: fixturePayees[i], amount: amt - fixtureFee})
	}
	sweep := wire.NewMsgTx(2)
	for _, d := range f.deps {
		sweep.AddTxIn(&wire.TxIn{PreviousOutPoint: d.out})
	}
	sweep.AddTxOut(wire.NewTxOut(f.deps[0].amount+f.deps[1].amount-500, fixtureCustody))
	payout := wire.NewMsgTx(2)
	payout.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: sweep.TxHash(), Index: 0}})
	const payoutFee = 467 // shares 233 and 234
	payout.AddTxOut(wire.NewTxOut(f.burns[0].amount-233, fixturePayees[0]))
	payout.AddTxOut(wire.NewTxOut(f.burns[1].amount-234, fixturePayees[1]))
	payout.AddTxOut(wire.NewTxOut(sweep.TxOut[0].Value-f.burns[0].amount-f.burns[1].amount+233+234-payoutFee, fixtureCustody))
	if mutate != nil {
		mutate(sweep, payout, f)
	}
	// The payout's input names the (possibly mutated) sweep.
	payout.TxIn[0].PreviousOutPoint.Hash = sweep.TxHash()
	for _, tx := range []*wire.MsgTx{sweep, payout} {
		f.add(tx)
	}
	return f
}

func (f *chainFixture) add(tx *wire.MsgTx) {
	f.txs[tx.TxHash()] = tx
	for _, in := range tx.TxIn {
		f.spentBy[in.PreviousOutPoint] = tx.TxHash()
	}
}

func TestAuditBitcoin(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(sweep, payout *wire.MsgTx, f *chainFixture)
		extra   func(f *chainFixture) // after indexing
		wantErr string
	}{
		{name: "as promised"},
		{name: "a burn paid twice", extra: func(f *chainFixture) {
			// A second payout, from another custody output, pays burn 0 again.
			src := wire.NewMsgTx(2)
			src.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.Hash{0xbe}}})
			src.AddTxOut(wire.NewTxOut(5_000_000, fixtureCustody))
			f.add(src)
			again := wire.NewMsgTx(2)
			again.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: src.TxHash()}})
			again.AddTxOut(wire.NewTxOut(f.burns[0].amount-202, fixturePayees[0]))
			again.AddTxOut(wire.NewTxOut(5_000_000-f.burns[0].amount, fixtureCustody))
			f.add(again)
		}, wantErr: "paid by 2 outputs"},
		{name: "a burn never paid", mutate: func(sweep, payout *wire.MsgTx, f *chainFixture) {
			// Only burn 0 paid; it bears the whole fee.
			in := sweep.TxOut[0].Value
			payout.TxOut = []*wire.TxOut{wire.NewTxOut(f.burns[0].amount-467, fixturePayees[0]), wire.NewTxOut(in-f.burns[0].amount, fixtureCustody)}
		}, wantErr: "paid by 0 outputs"},
		{name: "a deposit not swept", extra: func(f *chainFixture) { delete(f.spentBy, f.deps[1].out) }, wantErr: "is not spent"},
		{name: "a sweep spends a foreign input", mutate: func(sweep, _ *wire.MsgTx, _ *chainFixture) {
			sweep.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.Hash{0xf0}}})
		}, wantErr: "not a deposit of this run"},
		{name: "a sweep takes more than the deposit fees", mutate: func(sweep, _ *wire.MsgTx, _ *chainFixture) {
			sweep.TxOut[0].Value -= 2 * fixtureFee
		}, wantErr: "less than the"},
		{name: "a recipient short-changed", mutate: func(_, payout *wire.MsgTx, _ *chainFixture) {
			payout.TxOut[0].Value -= 1_000
			payout.TxOut[2].Value += 1_000
		}, wantErr: "want burned"},
		{name: "a payout spends a non-custody output", mutate: func(_, payout *wire.MsgTx, _ *chainFixture) {
			payout.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: chainhash.Hash{0xde}, Index: 7}})
		}, wantErr: "not a custody output"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newChainFixture(tc.mutate)
			if tc.extra != nil {
				tc.extra(f)
			}
			got, err := auditBitcoin(f.txs, f.spentBy, f.deps, f.burns, fixtureFee)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got.sweeps) != 1 || len(got.payouts) != 1 || got.sweepIns.pct(.5) != 2 || got.sweepFeePer.pct(.5) != 250 {
				t.Fatalf("sweeps %d (deposits %v, fee per deposit %v), payouts %d; want one sweep of 2 at 250 sat each and one payout",
					len(got.sweeps), got.sweepIns, got.sweepFeePer, len(got.payouts))
			}
			for _, p := range got.payouts {
				if len(p.recipients) != 2 || p.fee != 467 || p.inputs != 1 {
					t.Fatalf("payout %+v, want 2 recipients, fee 467, 1 input", p)
				}
			}
		})
	}
}
