package main

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// runDevnet runs the devnet command with args and returns its error.
func runDevnet(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&out)
	err := root.Execute()
	return out.String(), err
}

// runningDir writes a devnet.json whose one process is this test binary:
// a devnet that runs.
func runningDir(t *testing.T, relays bool) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	d := &devnet.Description{Dir: dir, Processes: []devnet.Proc{{Name: "anvil-31337", PID: os.Getpid(), Path: exe}}}
	if relays {
		d.Relays = []devnet.Relay{{Proc: devnet.Proc{Name: "relayd-op1", PID: os.Getpid(), Path: exe}, HTTP: "127.0.0.1:1"}}
	}
	if err := devnet.Write(dir, d); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestUpRefusals(t *testing.T) {
	running := runningDir(t, false)
	fake := "/bin/true" // found, never run: every case is refused first
	tests := []struct {
		name    string
		args    []string
		wantIs  error
		wantMsg string
	}{
		{"up on a running devnet", []string{"--dir", running, "up"}, harness.ErrAlreadyRunning, "devnet --dir " + running + " down"},
		{"up --bridge on a running devnet", []string{"--dir", running, "up", "--bridge", "--relayd", fake, "--bridgectl", fake}, harness.ErrAlreadyRunning, "anvil-31337 (pid"},
		{"up --bridge without NATS", []string{"--dir", t.TempDir(), "up", "--bridge", "--no-nats", "--relayd", fake, "--bridgectl", fake}, errDemo, "three EVM chains, NATS"},
		{"up --bridge with two EVM chains", []string{"--dir", t.TempDir(), "up", "--bridge", "--evm-chains", "31337,31338", "--relayd", fake, "--bridgectl", fake}, errDemo, "three EVM chains"},
		{"up --bridge without a BTC miner", []string{"--dir", t.TempDir(), "up", "--bridge", "--btc-block-interval", "0", "--relayd", fake, "--bridgectl", fake}, errDemo, "--btc-block-interval > 0"},
		{"up --bridge without relayd", []string{"--dir", t.TempDir(), "up", "--bridge", "--relayd", "/nonexistent/relayd", "--bridgectl", fake}, errDemo, "--relayd /nonexistent/relayd is not an executable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := runDevnet(t, tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Fatalf("error %v, want %v", err, tc.wantIs)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("error %q does not say %q", err, tc.wantMsg)
			}
		})
	}
}

func TestStatusBridgeRefusals(t *testing.T) {
	if _, err := runDevnet(t, "--dir", runningDir(t, false), "status", "--bridge"); !errors.Is(err, errNoRelays) {
		t.Fatalf("status --bridge without relays: %v, want errNoRelays", err)
	}
	if _, err := runDevnet(t, "--dir", t.TempDir(), "status", "--bridge"); !errors.Is(err, devnet.ErrNotRunning) {
		t.Fatalf("status --bridge without a devnet: %v, want ErrNotRunning", err)
	}
}
