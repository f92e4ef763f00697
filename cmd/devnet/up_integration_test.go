//go:build integration

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// TestUpBridge follows the README's session: `devnet up --bridge` leaves
// the devnet and three relayd running; `bridgectl lock` of TST is minted
// on B, seen by `bridgectl status`; `devnet status --bridge --json` shows
// three ready relays; `devnet down` leaves no relayd, anvil or btcd of
// that devnet running.
func TestUpBridge(t *testing.T) {
	bins := demoBins(t)
	dir := filepath.Join(t.TempDir(), "devnet")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	run := func(name string, args ...string) []byte {
		t.Helper()
		cmd := exec.CommandContext(ctx, filepath.Join(bins, name), args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s %v: %v\nstdout: %s\nstderr: %s", name, args, err, out, stderr.String())
		}
		return out
	}

	out := run("devnet", "--json", "--dir", dir, "up", "--bridge")
	var procs []devnet.Proc
	defer func() { // whatever happened: down, then nothing of this devnet left
		_, _ = exec.Command(filepath.Join(bins, "devnet"), "--dir", dir, "down").CombinedOutput()
		for _, p := range procs {
			if p.Alive() {
				t.Errorf("%s (pid %d) still running after devnet down", p.Name, p.PID)
				_ = syscall.Kill(p.PID, syscall.SIGKILL)
			}
		}
	}()
	lines := bytes.Split(bytes.TrimSpace(out), []byte("\n"))
	var up upResult
	if err := json.Unmarshal(lines[len(lines)-1], &up); err != nil || up.Devnet == nil {
		t.Fatalf("last line of up --bridge %q: %v", lines[len(lines)-1], err)
	}
	procs = up.Devnet.AllProcs()
	if len(up.Devnet.Relays) != 3 || len(procs) < 8 { // three relayd, btcd, three anvil, serve
		t.Fatalf("up --bridge recorded %d relays and %d processes: %+v", len(up.Devnet.Relays), len(procs), procs)
	}
	if up.Deployment != filepath.Join(up.Devnet.Dir, "deployment.json") {
		t.Fatalf("deployment %q, want beside devnet.json in %s", up.Deployment, up.Devnet.Dir)
	}
	// A second up on the same dir is refused.
	if out, err := exec.CommandContext(ctx, filepath.Join(bins, "devnet"), "--dir", dir, "up", "--bridge").CombinedOutput(); err == nil || !bytes.Contains(out, []byte("devnet already running")) {
		t.Fatalf("second up --bridge: %v: %s", err, out)
	}

	bctl := []string{"--devnet-dir", dir, "--key", up.DemoKey}
	out = run("bridgectl", append(bctl, "lock", "--asset", "TST", "--amount", "5", "--to", "B")...)
	id := regexp.MustCompile(`transfer (0x[0-9a-f]{64})`).FindSubmatch(out)
	if id == nil {
		t.Fatalf("lock printed no transfer id: %s", out)
	}
	out = run("bridgectl", append(bctl, "status", string(id[1]), "--timeout", "2m")...)
	if !regexp.MustCompile(`(?m)^executed`).Match(out) {
		t.Fatalf("bridgectl status did not end executed: %s", out)
	}

	// devnet fund, read back with bridgectl balance.
	const someone = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	run("devnet", "--dir", dir, "fund", someone, "--chain", "B", "--amount", "2.5")
	run("devnet", "--dir", dir, "fund", "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080", "--amount", "0.5")
	var bal struct {
		Balances []struct {
			Name, Symbol, Amount string
		} `json:"balances"`
	}
	if err := json.Unmarshal(run("bridgectl", "--devnet-dir", dir, "--json", "balance", "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"), &bal); err != nil || len(bal.Balances) != 1 || bal.Balances[0].Amount != "0.5" {
		t.Fatalf("BTC balance after fund 0.5: %+v, %v", bal, err)
	}
	if err := json.Unmarshal(run("bridgectl", "--devnet-dir", dir, "--json", "balance", up.DemoUser.EVMAddress), &bal); err != nil {
		t.Fatal(err)
	}
	var kTST string
	for _, b := range bal.Balances {
		if b.Name == "B" && b.Symbol == "kTST" {
			kTST = b.Amount
		}
	}
	if kTST != "5" {
		t.Fatalf("demo user's kTST on B after the lock = %q, want 5: %+v", kTST, bal.Balances)
	}

	out = run("devnet", "--json", "--dir", dir, "status", "--bridge")
	var st struct {
		Healthy bool `json:"healthy"`
		Status  struct {
			Relays []struct {
				Name  string `json:"name"`
				PID   int    `json:"pid"`
				HTTP  string `json:"http"`
				Ready bool   `json:"ready"`
			} `json:"relays"`
		} `json:"status"`
	}
	if err := json.Unmarshal(out, &st); err != nil {
		t.Fatalf("status --json: %v: %s", err, out)
	}
	if !st.Healthy || len(st.Status.Relays) != 3 {
		t.Fatalf("status --bridge: healthy %v, relays %+v", st.Healthy, st.Status.Relays)
	}
	for _, r := range st.Status.Relays {
		if !r.Ready || r.PID == 0 || r.HTTP == "" {
			t.Fatalf("relay %+v: want ready with a pid and an HTTP endpoint", r)
		}
	}

	run("devnet", "--dir", dir, "down")
	for _, p := range procs {
		if p.Alive() {
			t.Errorf("%s (pid %d) still running after devnet down", p.Name, p.PID)
		}
	}
	// Nor any process at all that names this devnet's directory (relayd's
	// --config, btcd's --datadir), recorded or not.
	for _, pid := range processesNaming(t, dir) {
		t.Errorf("pid %d still runs with %s in its command line after devnet down", pid, dir)
	}
}

// processesNaming lists the live, non-zombie processes whose command line
// contains s.
func processesNaming(t *testing.T, s string) []int {
	t.Helper()
	paths, err := filepath.Glob("/proc/[0-9]*/cmdline")
	if err != nil {
		t.Fatal(err)
	}
	var pids []int
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil || !bytes.Contains(raw, []byte(s)) {
			continue
		}
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if stat, err := os.ReadFile(filepath.Join(filepath.Dir(p), "stat")); err == nil {
			if i := bytes.LastIndexByte(stat, ')'); i > 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
				continue
			}
		}
		pids = append(pids, pid)
	}
	return pids
}
