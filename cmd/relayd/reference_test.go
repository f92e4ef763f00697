package main

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/internal/clidoc"
)

var update = flag.Bool("update", false, "rewrite docs/cli from the commands")

// docs/cli holds one markdown page per relayd command, generated from the
// commands with cobra/doc; this test fails when they drift apart.
func TestCLIReference(t *testing.T) {
	root := newRootCmd(io.Discard, io.Discard, func(string) string { return "" })
	if *update {
		if err := clidoc.Generate(root, "../../docs/cli"); err != nil {
			t.Fatal(err)
		}
		return
	}
	drift, err := clidoc.Drift(root, "../../docs/cli")
	if err != nil {
		t.Fatal(err)
	}
	if len(drift) > 0 {
		t.Fatalf("docs/cli is out of date with the relayd commands: %s: run go generate ./cmd/relayd ./cmd/bridgectl/... (or: go test ./cmd/relayd -run TestCLIReference -update) and commit docs/cli",
			strings.Join(drift, ", "))
	}
}
