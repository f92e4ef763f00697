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
