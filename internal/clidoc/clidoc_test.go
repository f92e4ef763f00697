package clidoc

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func tree(short string) *cobra.Command {
	root := &cobra.Command{Use: "tool", Short: "a tool"}
	root.AddCommand(&cobra.Command{Use: "run", Short: short, Run: func(*cobra.Command, []string) {}},
		&cobra.Command{Use: "secret", Hidden: true, Run: func(*cobra.Command, []string) {}})
	return root
}

// Generate then Drift is clean; a changed command (its page and its
// parent's list), a missing page and a
// page of a removed command are each reported; Generate repairs them and
// leaves other tools' pages alone.
func TestDrift(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "othertool.md")
	if err := os.WriteFile(other, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Generate(tree("runs"), dir); err != nil {
		t.Fatal(err)
	}
	if d, err := Drift(tree("runs"), dir); err != nil || len(d) != 0 {
		t.Fatalf("fresh: %v %v", d, err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "tool_run.md"))
	if err != nil || !strings.Contains(string(b), "runs") || strings.Contains(string(b), "Auto generated") {
		t.Fatalf("tool_run.md: %v\n%s", err, b)
	}
	if _, err := os.Stat(filepath.Join(dir, "tool_secret.md")); err == nil {
		t.Fatal("hidden command documented")
	}
	if err := os.Remove(filepath.Join(dir, "tool_completion.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tool_gone.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Drift(tree("runs faster"), dir)
	want := []string{"tool.md (changed)", "tool_completion.md (missing)", "tool_gone.md (stale: no such command)", "tool_run.md (changed)"}
	if err != nil || !slices.Equal(d, want) {
		t.Fatalf("drift %v %v, want %v", d, err, want)
	}
	if err := Generate(tree("runs faster"), dir); err != nil {
		t.Fatal(err)
	}
	if d, err := Drift(tree("runs faster"), dir); err != nil || len(d) != 0 {
		t.Fatalf("after Generate: %v %v", d, err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatal("another tool's page was removed")
	}
}
