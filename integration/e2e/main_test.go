//go:build integration

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// relaydBin and bridgectlBin are the binaries built for this test run.
var relaydBin, bridgectlBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kakehashi-e2e-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	relaydBin, bridgectlBin = filepath.Join(dir, "relayd"), filepath.Join(dir, "bridgectl")
	build := exec.Command("go", "build", "-o", dir+string(filepath.Separator),
		"github.com/kakehashi/kakehashi/cmd/relayd", "github.com/kakehashi/kakehashi/cmd/bridgectl")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build relayd and bridgectl:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
