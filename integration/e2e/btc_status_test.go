//go:build integration

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay"
)

// TestBitcoinDepositStatus follows a Bitcoin deposit with `bridgectl
// status --deposit TXID:VOUT` from the moment it is broadcast, on real
// btcd, anvil and three relayd (2-of-3):
//
//   - `bridgectl deposit btc` prints the exact status command to follow
//     it, and that command, run as printed, is what follows it here;
//   - before the deposit is final no relay knows it, and status reads it
//     from the user's own btcd: state "confirming", confirmations 0/6 in
//     the mempool, 1/6 after one block;
//   - once the relays report it, their states follow (never "confirming"
//     again) up to executed, with the mint on A;
//   - the outpoint in place of the id, and the txid alone (the output
//     found from the deposit's payload), name the same transfer; an id
//     that is not the deposit's is refused (usage).
func TestBitcoinDepositStatus(t *testing.T) {
	f := newFederationWith(t, true)
	e := newBTCEnv(f)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	need := uint64(f.dep.Bitcoin.Confirmations)

	user := f.d.FaucetKey(2)
	e.fund(ctx, user, 100_000_000)
	e.mine(ctx, 1)
	var dep depositOut
	e.bridgectlJSON(ctx, &dep, "--key", keyHex(user), "deposit", "btc", "--amount", "0.25", "--to", "A")
	outpoint := fmt.Sprintf("%s:%d", dep.Txid, dep.Vout)
	want := fmt.Sprintf("bridgectl --devnet-dir %s --deployment %s status --deposit %s", f.d.Dir, f.depPath, outpoint)
	if dep.StatusCommand != want {
		t.Fatalf("deposit btc prints the status command\n%q, want\n%q", dep.StatusCommand, want)
	}

	// The printed command, as printed, with --json and the relays' address.
	follow := e.startStatus(ctx, append(strings.Fields(dep.StatusCommand)[1:], "--json", "--interval", "200ms", "--timeout", "3m"))
	first := follow.next(t, 20*time.Second)
	if first.State != "confirming" || first.Confirmations == nil || *first.Confirmations > 1 || first.Required != need ||
		first.TransferID != dep.TransferID || first.SourceTx != dep.Txid || first.SourceChain != f.dep.Bitcoin.ChainID {
		t.Fatalf("first update before any block: %+v, want confirming 0/%d (or 1/%d) of %s", first, need, need, outpoint)
	}
	t.Logf("before the first block: %s %d/%d", first.State, *first.Confirmations, first.Required)
	e.mine(ctx, 1)
	for u := first; u.Confirmations == nil || *u.Confirmations < 1; {
		u = follow.next(t, 20*time.Second)
		if u.State != "confirming" && u.State != string(relay.StateObserved) {
			t.Fatalf("after one block: %+v, want confirming (or observed) 1/%d", u, need)
		}
	}
	start := time.Now()
	e.mine(ctx, int(need)-1) // final for the relays
	last, states := follow.wait(t)
	t.Logf("final → status done in %s: %s", time.Since(start).Round(100*time.Millisecond), strings.Join(states, " "))
	if last.State != string(relay.StateExecuted) || !last.Done || last.DstChain != chainA {
		t.Fatalf("status ended %+v, want executed on A", last)
	}
	if mint, err := f.waitExecuted(chainA, dep.TransferID, false, 10*time.Second); err != nil || !strings.EqualFold(last.ExecutedTx, mint.TxHash.Hex()) {
		t.Fatalf("status says executed by %s; the chain: %v %v", last.ExecutedTx, mint.TxHash, err)
	}

	// Other ways to name it, now that it is done: each ends at once.
	for _, args := range [][]string{{outpoint}, {"--deposit", dep.Txid}, {dep.TransferID.String(), "--deposit", outpoint}} {
		if st := e.statusOf(ctx, args...); st.TransferID != dep.TransferID || st.State != string(relay.StateExecuted) {
			t.Errorf("status %v: %+v, want %s executed", args, st, dep.TransferID)
		}
	}
	out, err := e.bridgectl(ctx, "status", chains.TransferID{1}.String(), "--deposit", outpoint)
	if err == nil || !strings.Contains(string(out), `"code":"usage"`) {
		t.Errorf("status with another transfer's id and the deposit: %v %s, want a usage error", err, out)
	}
}

// depositUpdate is the part of a `bridgectl --json status` line the test
// reads.
type depositUpdate struct {
	TransferID    chains.TransferID `json:"transferId"`
	State         string            `json:"state"`
	SourceChain   chains.ChainID    `json:"sourceChain"`
	SourceTx      string            `json:"sourceTx"`
	Confirmations *uint64           `json:"confirmations"`
	Required      uint64            `json:"requiredConfirmations"`
	DstChain      chains.ChainID    `json:"dstChain"`
	ExecutedTx    string            `json:"executedTx"`
	Done          bool              `json:"done"`
}

// statusRun is a `bridgectl status` running in the background, its JSON
// lines read as they come.
type statusRun struct {
	cmd    *exec.Cmd
	lines  chan depositUpdate
	stderr *bytes.Buffer
	seen   []string
}

// startStatus starts bridgectl with args and the relays' addresses.
func (e *btcEnv) startStatus(ctx context.Context, args []string) *statusRun {
	e.t.Helper()
	for _, op := range e.f.ops {
		args = append(args, "--relay", op.URL())
	}
	r := &statusRun{cmd: exec.CommandContext(ctx, bridgectlBin, args...), lines: make(chan depositUpdate, 1000), stderr: &bytes.Buffer{}}
	r.cmd.Stderr = r.stderr
	stdout, err := r.cmd.StdoutPipe()
	if err != nil {
		e.t.Fatal(err)
	}
	if err := r.cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	go func() {
		defer close(r.lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var u depositUpdate
			if json.Unmarshal(sc.Bytes(), &u) == nil && u.State != "" {
				r.lines <- u
			}
		}
	}()
	e.t.Cleanup(func() { _ = r.cmd.Process.Kill(); _ = r.cmd.Wait() })
	return r
}

// next is the next update, within d.
func (r *statusRun) next(t *testing.T, d time.Duration) depositUpdate {
	t.Helper()
	select {
	case u, ok := <-r.lines:
		if !ok {
			t.Fatalf("status ended early (%v): %s", r.cmd.Wait(), r.stderr)
		}
		r.seen = append(r.seen, r.label(u))
		return u
	case <-time.After(d):
		t.Fatalf("no status update within %s (seen: %s)", d, strings.Join(r.seen, " "))
	}
	return depositUpdate{}
}

// wait reads the updates to the end and returns the last; once a relay
// has reported the transfer, status never goes back to "confirming".
func (r *statusRun) wait(t *testing.T) (depositUpdate, []string) {
	t.Helper()
	var last depositUpdate
	relays := false
	for u := range r.lines {
		r.seen = append(r.seen, r.label(u))
		if u.State != "confirming" && u.State != "unknown" {
			relays = true
		} else if relays {
			t.Fatalf("status went back to %s after the relays reported the transfer: %s", u.State, strings.Join(r.seen, " "))
		}
		last = u
	}
	if err := r.cmd.Wait(); err != nil {
		t.Fatalf("status: %v: %s (seen: %s)", err, r.stderr, strings.Join(r.seen, " "))
	}
	return last, r.seen
}

func (r *statusRun) label(u depositUpdate) string {
	if u.Confirmations == nil {
		return u.State
	}
	return fmt.Sprintf("%s:%d/%d", u.State, *u.Confirmations, u.Required)
}

// statusOf runs `bridgectl --json status ARGS` with the relays' addresses
// until it ends and returns its last update.
func (e *btcEnv) statusOf(ctx context.Context, args ...string) depositUpdate {
	e.t.Helper()
	args = append([]string{"status"}, args...)
	args = append(args, "--timeout", "30s", "--interval", "300ms")
	for _, op := range e.f.ops {
		args = append(args, "--relay", op.URL())
	}
	out, err := e.bridgectl(ctx, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	var last depositUpdate
	if err := lastJSON(out, &last); err != nil {
		e.t.Fatalf("bridgectl status printed %q: %v", out, err)
	}
	return last
}
