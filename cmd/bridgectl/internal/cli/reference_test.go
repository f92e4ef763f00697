package cli

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/internal/clidoc"
)

var update = flag.Bool("update", false, "rewrite docs/cli from the commands")

// referenceDir is the generated command reference, docs/cli.
const referenceDir = "../../../../docs/cli"

// docs/cli holds one markdown page per bridgectl command, generated from
// the commands with cobra/doc; this test fails when they drift apart.
func TestCLIReference(t *testing.T) {
	// Defaults read from the environment would make the pages depend on it.
	t.Setenv("KAKEHASHI_DEVNET_DIR", "")
	t.Setenv("KAKEHASHI_DEPLOYMENT", "")
	root := New(io.Discard, io.Discard)
	if *update {
		if err := clidoc.Generate(root, referenceDir); err != nil {
			t.Fatal(err)
		}
		return
	}
	drift, err := clidoc.Drift(root, referenceDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(drift) > 0 {
		t.Fatalf("docs/cli is out of date with the bridgectl commands: %s: run go generate ./cmd/relayd ./cmd/bridgectl/... (or: go test ./cmd/bridgectl/internal/cli -run TestCLIReference -update) and commit docs/cli",
			strings.Join(drift, ", "))
	}
}
