package cli

import (
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/audit"
)

// serveChain serves a JSONL export as a relayd's GET /v1/audit/blocks.
func serveChain(t *testing.T, body []byte) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/audit/blocks" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// Three operators' replicas compared: the two honest ones verify and
// agree; the third, serving the chain with one MINT's amount raised, is
// named with the block and record where it breaks and the height where it
// departs from the majority.
func TestAuditVerifyCompareReplicas(t *testing.T) {
	good, err := os.ReadFile(sampleChain)
	if err != nil {
		t.Fatal(err)
	}
	lines := sampleLines(t)
	rec := lines[2]["records"].([]any)[0].(map[string]any)
	raw, _ := hex.DecodeString(rec["recordHex"].(string))
	r, err := audit.DecodeRecord(raw)
	if err != nil || r.Kind != audit.KindMint {
		t.Fatalf("sample block 2 record 0: %v %+v", err, r)
	}
	r.Amount.AddUint64(&r.Amount, 1000)
	enc, _ := r.Encode()
	rec["recordHex"] = hex.EncodeToString(enc)
	bad, err := os.ReadFile(writeLines(t, lines))
	if err != nil {
		t.Fatal(err)
	}
	op1, op2, op3 := serveChain(t, good), serveChain(t, good), serveChain(t, bad)

	out, _, err := run(t, "--json", "audit", "verify", "--url", op1, "--url", op2, "--url", op3)
	if err == nil || Code(err) != "audit_failed" {
		t.Fatalf("compare with a tampered replica: %v, want audit_failed", err)
	}
	var res compareResult
	if err := json.Unmarshal([]byte(out[:strings.LastIndex(out, "\n{")+1]), &res); err != nil {
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("output %q: %v", out, err)
		}
	}
	if len(res.Replicas) != 3 || !res.Replicas[0].OK || !res.Replicas[1].OK || res.Replicas[0].Head != res.Replicas[1].Head {
		t.Fatalf("honest replicas: %+v", res.Replicas)
	}
	third := res.Replicas[2]
	if third.OK || !strings.Contains(third.Error, "block 2 record 0") || third.DivergesAt == nil || *third.DivergesAt != 2 {
		t.Fatalf("tampered replica: %+v, want named at block 2 record 0, diverging at height 2", third)
	}

	if _, _, err := run(t, "audit", "verify", "--url", op1, "--url", op2); err != nil {
		t.Fatalf("two honest replicas: %v", err)
	}
	if _, _, err := run(t, "audit", "verify", "--url", op1); err != nil {
		t.Fatalf("one replica: %v", err)
	}
}
