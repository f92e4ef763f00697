//go:build integration

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// relaydBin is the relayd binary built for this test run.
var relaydBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kakehashi-e2e-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	relaydBin = filepath.Join(dir, "relayd")
	build := exec.Command("go", "build", "-o", relaydBin, "github.com/kakehashi/kakehashi/cmd/relayd")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build relayd:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
