package ops

import (
	"encoding/json"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql/parser"
)

// The alert rules parse as promtool check rules would: YAML, rule
// fields, label and annotation templates, and every PromQL expression.
// Each alert carries a severity and a summary.
func TestAlertRules(t *testing.T) {
	groups, errs := rulefmt.ParseFile("prometheus/alerts.yml", false, model.LegacyValidation, parser.NewParser(parser.Options{}), slog.New(slog.DiscardHandler))
	for _, err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	n := 0
	for _, g := range groups.Groups {
		for _, r := range g.Rules {
			n++
			if r.Alert == "" {
				t.Errorf("group %s: a recording rule %q: this file holds alerts only", g.Name, r.Record)
				continue
			}
			if sev := r.Labels["severity"]; sev != "critical" && sev != "warning" {
				t.Errorf("%s: severity %q, want critical or warning", r.Alert, sev)
			}
			if r.Annotations["summary"] == "" {
				t.Errorf("%s: no summary", r.Alert)
			}
		}
	}
	if n < 8 {
		t.Fatalf("%d alerts", n)
	}
}

// The dashboard is a Grafana dashboard model: uid, title, panels with
// unique ids and a place on the grid, each query valid PromQL (with the
// $operator variable substituted) against the templated datasource.
func TestDashboard(t *testing.T) {
	raw, err := os.ReadFile("grafana/relayd.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		UID           string `json:"uid"`
		Title         string `json:"title"`
		SchemaVersion int    `json:"schemaVersion"`
		Templating    struct {
			List []struct{ Name string } `json:"list"`
		} `json:"templating"`
		Panels []struct {
			ID         int    `json:"id"`
			Type       string `json:"type"`
			Title      string `json:"title"`
			Datasource struct {
				UID string `json:"uid"`
			} `json:"datasource"`
			GridPos struct{ H, W, X, Y int } `json:"gridPos"`
			Targets []struct {
				RefID string `json:"refId"`
				Expr  string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	if d.UID == "" || d.Title == "" || d.SchemaVersion < 30 || len(d.Panels) < 10 {
		t.Fatalf("dashboard uid %q title %q schema %d, %d panels", d.UID, d.Title, d.SchemaVersion, len(d.Panels))
	}
	vars := map[string]bool{}
	for _, v := range d.Templating.List {
		vars[v.Name] = true
	}
	if !vars["datasource"] || !vars["operator"] {
		t.Fatalf("templating variables %v, want datasource and operator", vars)
	}
	ids := map[int]bool{}
	p := parser.NewParser(parser.Options{})
	for _, pn := range d.Panels {
		if ids[pn.ID] || pn.Title == "" || pn.Type == "" || pn.GridPos.W == 0 || pn.GridPos.H == 0 || pn.GridPos.X+pn.GridPos.W > 24 {
			t.Errorf("panel %d %q: duplicate id, missing title/type or off the 24-column grid (%+v)", pn.ID, pn.Title, pn.GridPos)
		}
		ids[pn.ID] = true
		if pn.Datasource.UID != "${datasource}" {
			t.Errorf("panel %q: datasource %q, want the ${datasource} variable", pn.Title, pn.Datasource.UID)
		}
		if len(pn.Targets) == 0 {
			t.Errorf("panel %q has no query", pn.Title)
		}
		for _, tg := range pn.Targets {
			expr := strings.ReplaceAll(tg.Expr, "$operator", "op1")
			if _, err := p.ParseExpr(expr); err != nil {
				t.Errorf("panel %q query %s: %v", pn.Title, tg.RefID, err)
			}
		}
	}
}
