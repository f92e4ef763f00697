package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A misspelt key names the key it most likely meant, and does not hide
// the file's other problems.
func TestUnknownKeySuggestsAndGoesOn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "relayd.yaml")
	if err := os.WriteFile(path, []byte("dataDir: ./d\nhttp: {listn: \"127.0.0.1:1\"}\noperators: {threshold: 5}\nreconcile: {intervall: 1s}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path, func(string) string { return "" })
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("Load = %v, want *Error", err)
	}
	all := ce.Error()
	for _, want := range []string{`unknown key "listn" (line 2): did you mean "listen"?`, `unknown key "intervall" (line 4): did you mean "interval"?`, "operators.threshold", "operator.keystore"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}
}

// Without --config and without any KAKEHASHI_* variable, the problem is
// the missing configuration, not its first missing field.
func TestNoConfigurationSaysSo(t *testing.T) {
	_, err := Load("", func(string) string { return "" })
	var ce *Error
	if !errors.As(err, &ce) || len(ce.Problems) != 1 || ce.Problems[0].Field != "--config" || !strings.Contains(ce.Problems[0].Msg, "pass --config relayd.yaml") {
		t.Fatalf("Load without a configuration = %v", err)
	}
	if _, err := Load("", func(k string) string {
		if k == "KAKEHASHI_DATA_DIR" {
			return t.TempDir()
		}
		return ""
	}); err == nil || strings.Contains(err.Error(), "no configuration given") {
		t.Fatalf("Load with environment only = %v: want its own problems", err)
	}
}
