package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/auditanchor"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/ledger"
)

// describer records the collectors registered with it.
type describer struct{ cs []prometheus.Collector }

func (d *describer) Register(c prometheus.Collector) error { d.cs = append(d.cs, c); return nil }
func (d *describer) MustRegister(cs ...prometheus.Collector) {
	d.cs = append(d.cs, cs...)
}
func (d *describer) Unregister(prometheus.Collector) bool { return false }

var fqName = regexp.MustCompile(`fqName: "([a-z0-9_]+)"`)

// exportedMetrics lists the metric names relayd registers: the relay's,
// the bus's, the audit anchorer's, the ledger's balances, the build info
// and the chain nodes' health.
func exportedMetrics(t *testing.T) map[string]bool {
	t.Helper()
	d := &describer{}
	if _, err := relay.NewMetrics(d); err != nil {
		t.Fatal(err)
	}
	if err := bus.RegisterMetrics(d); err != nil {
		t.Fatal(err)
	}
	if err := auditanchor.RegisterMetrics(d); err != nil {
		t.Fatal(err)
	}
	d.cs = append(d.cs, ledger.NewBalanceCollector(nil, nil), buildInfo(), newChainHealth(0, 0, zerolog.Nop()))
	names := map[string]bool{}
	ch := make(chan *prometheus.Desc, 64)
	go func() {
		for _, c := range d.cs {
			c.Describe(ch)
		}
		close(ch)
	}()
	for desc := range ch {
		if m := fqName.FindStringSubmatch(desc.String()); m != nil {
			names[m[1]] = true
		}
	}
	return names
}

// Every kakehashi_* metric the alert rules and the dashboard in ops/ name
// is one relayd exports (a renamed metric would silently empty a panel or
// never fire an alert).
func TestOpsNameExportedMetrics(t *testing.T) {
	exported := exportedMetrics(t)
	if len(exported) < 20 {
		t.Fatalf("only %d metrics found: %v", len(exported), exported)
	}
	used := regexp.MustCompile(`kakehashi_[a-z0-9_]+`)
	for _, f := range []string{"../../ops/prometheus/alerts.yml", "../../ops/grafana/relayd.json"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, name := range used.FindAllString(string(raw), -1) {
			seen++
			base := name
			for _, suf := range []string{"_bucket", "_sum", "_count"} {
				if strings.HasSuffix(name, suf) && exported[strings.TrimSuffix(name, suf)] {
					base = strings.TrimSuffix(name, suf)
				}
			}
			if !exported[base] {
				t.Errorf("%s names %s, which relayd does not export", f, name)
			}
		}
		if seen < 8 {
			t.Errorf("%s names only %d metrics", f, seen)
		}
	}
}
