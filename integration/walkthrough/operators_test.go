//go:build integration

package walkthrough

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/integration/devnet"
)

// The page's relays serve HTTP on these ports, and its user is anvil's
// second account.
var (
	byHandHTTP = []string{"127.0.0.1:9181", "127.0.0.1:9182", "127.0.0.1:9183"}
	anvilUser1 = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
)

// TestOperatorsByHand runs docs/relay.md, "Three operators by hand": on
// `devnet up` and `bridgectl deploy`, three keystores made with `relayd
// key import` from stdin, three configurations, `relayd bus init`,
// `relayd config check`, three `relayd run`, then a TST lock A → B with
// bridgectl followed by `bridgectl status`. The test then reads the
// chains and the relays itself: 5 kTST minted on B once, 5 TST in custody
// on A, each relay reporting the transfer executed; then the page's
// teardown leaves no relayd and nothing of the devnet running, and
// `devnet down` names none of the relays it had just killed.
func TestOperatorsByHand(t *testing.T) {
	for _, a := range byHandHTTP {
		l, err := net.Listen("tcp", a)
		if err != nil {
			t.Fatalf("%s is taken (%v): the page's relays listen there; stop what holds it", a, err)
		}
		l.Close()
	}
	s := newSession(t, "docs/relay.md", "### Three operators by hand")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out := s.bash(ctx, "session", s.run)
	if !regexp.MustCompile(`(?m)^executed +tx 0x[0-9a-f]+ on chain 31338$`).MatchString(out) {
		s.fatalf("bridgectl status did not end executed on B")
	}

	w := s.world(ctx)
	A, B := chains.DevnetA, chains.DevnetB
	id := chains.EVMTransferID(A, w.bridge(A), 0)
	if got := w.balanceOf(ctx, B, w.token(B, "TST"), anvilUser1); got.Cmp(e18(5)) != 0 {
		s.fatalf("kTST of %s on B = %s, want 5e18", anvilUser1, got)
	}
	if got := w.balanceOf(ctx, A, w.token(A, "TST"), w.bridge(A)); got.Cmp(e18(5)) != 0 {
		s.fatalf("TST in custody on A = %s, want 5e18", got)
	}
	w.executedOnce(ctx, B, id, false, anvilUser1, e18(5))
	for _, a := range byHandHTTP {
		if err := eventually(30*time.Second, func() error { return relayExecuted(ctx, a, id) }); err != nil {
			s.fatalf("relay %s: %v", a, err)
		}
	}

	// The page's teardown stops the relays it started: their PIDs are in
	// the files it wrote, which `devnet down` removes with .devnet.
	pids := s.relayPIDs()
	// The relays it kills exit within devnet down's grace: down names none.
	if out := s.bash(ctx, "teardown", s.teardown); strings.Contains(out, "warning: relayd pid") {
		t.Errorf("devnet down names relays the page's teardown stopped:\n%s", out)
	}
	for _, p := range pids {
		if err := eventually(15*time.Second, func() error {
			if p.Alive() {
				return fmt.Errorf("%s (pid %d) still runs", p.Name, p.PID)
			}
			return nil
		}); err != nil {
			t.Errorf("after the page's teardown: %v", err)
		}
	}
	if left := s.strays(); len(left) > 0 {
		t.Errorf("processes %v still run in the workspace after the page's teardown", left)
	}
}

// relayPIDs reads the relayd PIDs the page wrote to .devnet/op<i>/relayd.pid.
func (s *session) relayPIDs() []devnet.Proc {
	s.t.Helper()
	files, _ := filepath.Glob(filepath.Join(s.dir, ".devnet", "op*", "relayd.pid"))
	if len(files) != 3 {
		s.fatalf("found %d relayd.pid files, want 3: %v", len(files), files)
	}
	var procs []devnet.Proc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			s.fatalf("%v", err)
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
		if err != nil {
			s.fatalf("%s: %v", f, err)
		}
		p := devnet.Proc{Name: "relayd " + filepath.Base(filepath.Dir(f)), PID: pid, Path: filepath.Join(binDir, "relayd")}
		if !p.Alive() {
			s.fatalf("%s (pid %d) is not running before the teardown", p.Name, pid)
		}
		procs = append(procs, p)
	}
	return procs
}

// relayExecuted asks the relay at addr for transfer id and wants it
// executed.
func relayExecuted(ctx context.Context, addr string, id chains.TransferID) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/v1/transfers/"+id.String(), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var st struct {
		State string `json:"state"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return fmt.Errorf("HTTP %d: %v", resp.StatusCode, err)
	}
	if st.State != "executed" {
		return fmt.Errorf("transfer %s is %q (HTTP %d), want executed", id, st.State, resp.StatusCode)
	}
	return nil
}
