package ledger

import (
	"fmt"
	"math"
	"math/big"

	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// BalanceCollector exposes the accountant's balances per asset (read from
// the audit ledger at each scrape) as Prometheus gauges in whole units of
// the asset (amount / 10^decimals), labelled with the asset id and, when
// the caller knows it, its symbol:
//
//	kakehashi_ledger_locked{asset,symbol}             locked on the home chain
//	kakehashi_ledger_in_flight{asset,symbol}          locked, not yet minted
//	kakehashi_ledger_outstanding{asset,symbol,chain}  wrapped supply per chain
//	kakehashi_ledger_custody_expected{asset,symbol}   Locked + deposit fees withheld − sweep fees paid:
//	                                                  what a Bitcoin custody wallet must hold
//	kakehashi_ledger_invariant_ok{asset,symbol}       1 while locked = Σ outstanding + in flight
//
// Dashboards plot them; the alert rules in ops/ compare the invariant.
type BalanceCollector struct {
	balances func() []audit.Balance
	symbols  map[chains.AssetID]string

	locked, inFlight, outstanding, custody, invariant *prometheus.Desc
}

// NewBalanceCollector returns a collector over a.Balances; symbols may be nil.
func NewBalanceCollector(a *Accountant, symbols map[chains.AssetID]string) *BalanceCollector {
	return newBalanceCollector(a.Balances, symbols)
}

func newBalanceCollector(balances func() []audit.Balance, symbols map[chains.AssetID]string) *BalanceCollector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc("kakehashi_ledger_"+name, help, append([]string{"asset", "symbol"}, labels...), nil)
	}
	return &BalanceCollector{
		balances:    balances,
		symbols:     symbols,
		locked:      d("locked", "Locked on the asset's home chain, per this operator's audit ledger (whole units)."),
		inFlight:    d("in_flight", "Locked or burned and not yet minted or unlocked (whole units)."),
		outstanding: d("outstanding", "Wrapped supply per chain, per this operator's audit ledger (whole units).", "chain"),
		custody:     d("custody_expected", "What the home custody must hold: locked + deposit fees withheld − sweep fees paid (whole units)."),
		invariant:   d("invariant_ok", "1 while locked = Σ outstanding + in flight holds in this operator's ledger, else 0."),
	}
}

// Describe implements prometheus.Collector.
func (c *BalanceCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.locked, c.inFlight, c.outstanding, c.custody, c.invariant} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *BalanceCollector) Collect(ch chan<- prometheus.Metric) {
	for _, b := range c.balances() {
		id, sym := b.Asset.String(), c.symbols[b.Asset]
		units := func(v *uint256.Int) float64 { return toUnits(v, b.Decimals) }
		gauge := func(d *prometheus.Desc, v float64, extra ...string) {
			ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, append([]string{id, sym}, extra...)...)
		}
		gauge(c.locked, units(b.Locked))
		gauge(c.inFlight, units(b.InFlight))
		sum := new(uint256.Int).Set(orZero(b.InFlight))
		for chain, v := range b.Outstanding {
			gauge(c.outstanding, units(v), fmt.Sprint(chain))
			sum.Add(sum, v)
		}
		expected := new(uint256.Int).Add(orZero(b.Locked), orZero(b.FeesWithheld))
		expected.Sub(expected, orZero(b.FeesPaid))
		gauge(c.custody, units(expected))
		ok := 0.0
		if sum.Eq(orZero(b.Locked)) {
			ok = 1
		}
		gauge(c.invariant, ok)
	}
}

func orZero(v *uint256.Int) *uint256.Int {
	if v == nil {
		return new(uint256.Int)
	}
	return v
}

// toUnits is v / 10^decimals as a float (monitoring precision).
func toUnits(v *uint256.Int, decimals uint8) float64 {
	f, _ := new(big.Float).SetInt(orZero(v).ToBig()).Float64()
	return f / math.Pow10(int(decimals))
}
