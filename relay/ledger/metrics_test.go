package ledger

import (
	"strings"
	"testing"

	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

func TestBalanceCollector(t *testing.T) {
	asset := chains.AssetID{7}
	bal := audit.Balance{Asset: asset, Decimals: 8,
		Locked: uint256.NewInt(150_000_000), InFlight: uint256.NewInt(50_000_000),
		Outstanding:  map[chains.ChainID]*uint256.Int{chains.DevnetA: uint256.NewInt(100_000_000)},
		FeesWithheld: uint256.NewInt(2_000), FeesPaid: uint256.NewInt(500)}
	balances := []audit.Balance{bal}
	reg := prometheus.NewRegistry()
	reg.MustRegister(newBalanceCollector(func() []audit.Balance { return balances }, map[chains.AssetID]string{asset: "BTC"}))
	got := gather(t, reg)
	for name, want := range map[string]float64{
		"kakehashi_ledger_locked": 1.5, "kakehashi_ledger_in_flight": 0.5, "kakehashi_ledger_outstanding": 1,
		"kakehashi_ledger_custody_expected": 1.50001500, "kakehashi_ledger_invariant_ok": 1,
	} {
		if v, ok := got[name]; !ok || v < want-1e-9 || v > want+1e-9 {
			t.Errorf("%s = %v (present %v), want %v", name, v, ok, want)
		}
	}
	// A ledger whose invariant does not hold reads 0.
	bal.InFlight = uint256.NewInt(49_000_000)
	balances = []audit.Balance{bal}
	if v := gather(t, reg)["kakehashi_ledger_invariant_ok"]; v != 0 {
		t.Fatalf("invariant_ok = %v with locked ≠ outstanding + in flight", v)
	}
}

func gather(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["symbol"] != "BTC" || !strings.HasPrefix(labels["asset"], "0x07") {
				t.Fatalf("%s labels %v", mf.GetName(), labels)
			}
			out[mf.GetName()] = m.GetGauge().GetValue()
		}
	}
	return out
}
