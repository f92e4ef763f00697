//go:build integration

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// demoBins builds devnet, relayd and bridgectl into one directory, as
// `make build` does into bin/.
func demoBins(t *testing.T) string {
	t.Helper()
	binsOnce.Do(func() { binsDir, binsErr = buildBins() })
	if binsErr != nil {
		t.Fatal(binsErr)
	}
	return binsDir
}

// The binaries are built once per test run and removed at its end.
var (
	binsOnce sync.Once
	binsDir  string
	binsErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binsDir != "" {
		os.RemoveAll(binsDir)
	}
	os.Exit(code)
}

func buildBins() (string, error) {
	dir, err := os.MkdirTemp("", "kakehashi-demo-bin-")
	if err != nil {
		return "", err
	}
	build := exec.Command("go", "build", "-o", dir+"/",
		"github.com/kakehashi/kakehashi/cmd/devnet",
		"github.com/kakehashi/kakehashi/cmd/relayd",
		"github.com/kakehashi/kakehashi/cmd/bridgectl")
	if out, err := build.CombinedOutput(); err != nil {
		return dir, fmt.Errorf("build: %v\n%s", err, out)
	}
	return dir, nil
}

// demoStep is one JSON line of devnet --json demo --bridge.
type demoStep struct {
	Step     string            `json:"step"`
	Msg      string            `json:"msg"`
	When     string            `json:"when"`
	Balances map[string]string `json:"balances"`
	Balanced bool              `json:"balanced"`
	Wired    *bool             `json:"wired"`
	Deposit  int64             `json:"depositSats"`
	Minted   int64             `json:"mintSats"`
	Paid     int64             `json:"paidSats"`
	FeeSats  int64             `json:"feeSats"`
	Left     *int              `json:"left"`
	PIDs     []struct {
		Name string `json:"name"`
		PID  int    `json:"pid"`
		Path string `json:"path"`
	} `json:"pids"`
}

// runDemo starts the bridge demo and returns its steps as they come.
func runDemo(t *testing.T, ctx context.Context) (*exec.Cmd, <-chan demoStep, *bytes.Buffer) {
	t.Helper()
	bins := demoBins(t)
	cmd := exec.CommandContext(ctx, filepath.Join(bins, "devnet"), "--json", "--dir", filepath.Join(t.TempDir(), "devnet"), "demo", "--bridge")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	steps := make(chan demoStep, 256)
	go func() {
		defer close(steps)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var s demoStep
			if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
				t.Errorf("demo printed a line that is not JSON: %q", sc.Text())
				continue
			}
			steps <- s
		}
		_, _ = io.Copy(io.Discard, out)
	}()
	return cmd, steps, &stderr
}

type demoProc struct{ name, path string }

// assertAllStopped fails if any process the demo reported is still alive.
func assertAllStopped(t *testing.T, pids map[int]demoProc) {
	t.Helper()
	if len(pids) < 7 { // btcd, three anvils, three relayd
		t.Fatalf("demo reported %d processes, want at least 7: %v", len(pids), pids)
	}
	for pid, p := range pids {
		if (devnet.Proc{PID: pid, Path: p.path}).Alive() {
			t.Errorf("%s (pid %d) still running after the demo exited", p.name, pid)
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

// TestBridgeDemo runs `devnet demo --bridge` end to end: exit 0, every
// transfer executed (TST A → B → A, A → B → C → A, and BTC → A → BTC: the
// deposit minted on A net of the deposit fee, swept, burned and paid out
// on Bitcoin), the final balances back where they started, the three
// operators' audit ledgers balanced with no open transfer, and no process
// left behind.
func TestBridgeDemo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd, steps, stderr := runDemo(t, ctx)
	pids := map[int]demoProc{}
	var final, btc, btcFinal, stopped, paid, sweep *demoStep
	audits := 0
	executed := map[string]int{}
	for s := range steps {
		switch s.Step {
		case "processes":
			for _, p := range s.PIDs {
				pids[p.PID] = demoProc{p.Name, p.Path}
			}
		case "balances":
			switch s.When {
			case "final balances":
				final = &s
			case "after the payout":
				btcFinal = &s
			}
		case "minted", "unlocked", "paid":
			executed[s.Step]++
			if s.Step == "paid" {
				paid = &s
			}
		case "sweep":
			sweep = &s
		case "audit":
			if s.Balanced && strings.Contains(s.Msg, "0 open transfers; every asset balanced") {
				audits++
			}
		case "bitcoin":
			btc = &s
		case "stopped":
			stopped = &s
		}
	}
	err := cmd.Wait()
	if err != nil {
		t.Fatalf("devnet demo --bridge: %v\nstderr:\n%s", err, stderr)
	}
	assertAllStopped(t, pids)
	if executed["minted"] != 3 || executed["unlocked"] != 2 || executed["paid"] != 1 {
		t.Errorf("executions: %v, want 3 minted (A→B, B→C, BTC→A), 2 unlocked (B→A, C→A) and 1 paid (A→BTC)", executed)
	}
	if final == nil {
		t.Fatal("no final balances line")
	}
	want := map[string]string{"userA": new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)).String(), "custodyA": "0", "userB": "0", "supplyB": "0", "userC": "0", "supplyC": "0"}
	for k, v := range want {
		if final.Balances[k] != v {
			t.Errorf("final balance %s = %q, want %q (line: %s)", k, final.Balances[k], v, final.Msg)
		}
	}
	if !strings.HasPrefix(final.Msg, "final balances: user TST on A 100; custody on A 0;") {
		t.Errorf("final balances line = %q", final.Msg)
	}
	if audits != 3 {
		t.Errorf("%d operators' audit ledgers replayed balanced with no open transfer, want 3", audits)
	}
	// BTC → A → BTC: 0.5 BTC deposited, minted net of the 2-of-3 deposit
	// fee (126 vB × the devnet's maxFeeRate of 10 sat/vB), paid back less
	// a positive payout fee share.
	if btc == nil || btc.Wired == nil || !*btc.Wired {
		t.Fatalf("no Bitcoin leg summary (got %+v)", btc)
	}
	if btc.Deposit != 50_000_000 || btc.Minted != 50_000_000-1260 || btc.Paid <= 0 || btc.Paid >= btc.Minted {
		t.Errorf("Bitcoin leg: deposited %d, minted %d, paid %d sat; want 50000000, 49998740, 0 < paid < minted", btc.Deposit, btc.Minted, btc.Paid)
	}
	if paid == nil || paid.FeeSats != btc.Minted-btc.Paid {
		t.Errorf("paid line %+v does not show the payout fee share", paid)
	}
	if sweep == nil || sweep.FeeSats <= 0 || sweep.FeeSats > 1260 {
		t.Errorf("sweep line %+v: want a fee within the deposit fee", sweep)
	}
	if btcFinal == nil || btcFinal.Balances["btcUserA"] != "0" || btcFinal.Balances["btcSupplyA"] != "0" {
		t.Errorf("wrapped BTC on A after the payout: %+v, want user 0 and supply 0", btcFinal)
	}
	if stopped == nil || stopped.Left == nil || *stopped.Left != 0 {
		t.Errorf("no 'stopped, none left running' line (got %+v)", stopped)
	}
}

// TestBridgeDemoInterrupted sends SIGINT (Ctrl-C) once the relays run: the
// demo exits non-zero, says it was interrupted, and leaves no process.
func TestBridgeDemoInterrupted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd, steps, stderr := runDemo(t, ctx)
	pids := map[int]demoProc{}
	interrupted, sent := false, false
	for s := range steps {
		switch s.Step {
		case "processes":
			for _, p := range s.PIDs {
				pids[p.PID] = demoProc{p.Name, p.Path}
			}
		case "lock":
			if !sent {
				if err := cmd.Process.Signal(os.Interrupt); err != nil {
					t.Fatal(err)
				}
				sent = true
			}
		case "interrupted":
			interrupted = true
		}
	}
	err := cmd.Wait()
	if !sent {
		t.Fatalf("the demo never reached the lock step: %v\nstderr:\n%s", err, stderr)
	}
	if err == nil {
		t.Fatal("the demo exited 0 after SIGINT, want non-zero")
	}
	if !interrupted || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("no interrupted line (step seen: %v); stderr: %s", interrupted, stderr)
	}
	assertAllStopped(t, pids)
}
