package cli

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/audit"
)

// audit fetch writes an operator's replica only once it verified, never
// over a file; a tampered replica is refused with nothing written.
func TestAuditFetch(t *testing.T) {
	good, err := os.ReadFile(sampleChain)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "chain.jsonl")
	if _, _, err := run(t, "audit", "fetch", "--url", serveChain(t, good), "--out", out); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, good) {
		t.Fatal("the fetched file is not the replica")
	}
	if _, _, err := run(t, "audit", "verify", "--file", out); err != nil {
		t.Fatalf("the fetched file does not verify offline: %v", err)
	}
	if _, _, err := run(t, "audit", "fetch", "--url", serveChain(t, good), "--out", out); err == nil || Code(err) != "usage" {
		t.Fatalf("fetch over an existing file: %v, want usage", err)
	}

	lines := sampleLines(t)
	rec := lines[2]["records"].([]any)[0].(map[string]any)
	raw, _ := hex.DecodeString(rec["recordHex"].(string))
	r, _ := audit.DecodeRecord(raw)
	r.Amount.AddUint64(&r.Amount, 1000)
	enc, _ := r.Encode()
	rec["recordHex"] = hex.EncodeToString(enc)
	bad, _ := os.ReadFile(writeLines(t, lines))
	other := filepath.Join(dir, "bad.jsonl")
	_, _, err = run(t, "audit", "fetch", "--url", serveChain(t, bad), "--out", other)
	if err == nil || Code(err) != "audit_failed" || !strings.Contains(err.Error(), "nothing written") {
		t.Fatalf("fetch of a tampered replica: %v, want audit_failed", err)
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Fatal("a tampered replica was written")
	}
}
