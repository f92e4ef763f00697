//go:build integration

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/integration/devnet"
)

// reconcileEnv gives every relayd of TestStrandedTransfersComplete a
// reconciliation that acts within seconds (a pass every second, for
// transfers open longer than 5 s) and a signer that gives an event up
// after 3 deliveries, about a second: the defaults (30 s, 2 min, 20
// deliveries up to 30 s apart) would make the test last many minutes.
var reconcileEnv = []string{
	"KAKEHASHI_RECONCILE_INTERVAL=1s",
	"KAKEHASHI_RECONCILE_AFTER=5s",
	"KAKEHASHI_SIGNER_MAX_DELIVER=3",
	"KAKEHASHI_SIGNER_RETRY_DELAY=200ms",
	"KAKEHASHI_SIGNER_MAX_RETRY_DELAY=1s",
}

// TestStrandedTransfersComplete: transfers that the bus alone leaves open
// for ever — every operator's signer has acked or given up its events,
// no coordinator holds a quorum that the destination accepts — are
// completed by the reconciliation (issue 14, M1): each operator re-offers
// the transfers its own ledger holds open (source final, no execution)
// to its own signer, which verifies them again on its own node, signs
// them under the destination's current epoch and publishes the share
// again. One 2-of-3 federation, lock TST on A for bob on B, each mint
// exactly once (one Minted event, bob's balance up by the amount):
//
//   - RPCOutage: op2 is down, so op1 and op3 must both sign. op3's node
//     for A (a fault-injecting proxy) fails every receipt read — the
//     verifier's — while serving the watcher, so op3 records the lock in
//     its ledger but its signer cannot verify it; after
//     KAKEHASHI_SIGNER_MAX_DELIVER deliveries the bus terminates the
//     event (gave_up) and never delivers it again. Without the
//     reconciliation op3 would never sign: one share, nothing minted.
//   - Rotation: the mint is signed while no operator can pay for a
//     transaction on B, then B's signer set is rotated (same signers,
//     epoch + 1): every share the coordinators hold names the retired
//     epoch. The reconciliation signs the transfer again under the new
//     one and the coordinators take those shares over the old ones
//     (kakehashi_relay_shares_received_total{outcome="replaced"}); then
//     the operators can pay again. relayd's EVM coordinators propose
//     batches, and a batch is signed at the epoch the bridge is in when
//     it is proposed, so this mint would complete without the re-offers
//     too: the step checks that the replaced shares neither strand nor
//     double the mint. (A coordinator submitting the transfers' own
//     shares, without a batcher, would need them.)
//   - PauseLongerThanBudget: B's bridge is paused, so no operator signs
//     a mint to it (issue 14, L2: each operator's own watcher feeds the
//     pause to its signer); a lock made meanwhile is retried until every
//     signer gave its event up. After the unpause only the
//     reconciliation signs it.
//   - CoordinatorsRestart: two mints are signed while no one can pay on
//     B, then all three relayds restart. Coordinators hold shares in
//     memory and their durable share consumers had acked them, and the
//     signers had acked their events: nobody would publish the shares
//     again but the reconciliation (kakehashi_relay_reconcile_reoffers_total
//     {result="signed"} on at least two operators).
func TestStrandedTransfersComplete(t *testing.T) {
	began := time.Now()
	f := newFederation(t)
	for _, op := range f.ops {
		op.Env = reconcileEnv
	}
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	s := &strandedScene{f: f, t: t, wB: f.token("TST", chainB)}
	for _, st := range []struct {
		name string
		run  func(context.Context, *testing.T, *strandedScene)
	}{
		{"RPCOutage", strandedRPCOutage},
		{"Rotation", strandedRotation},
		{"CoordinatorsRestart", strandedCoordinatorsRestart},
		{"PauseLongerThanBudget", strandedPause},
	} {
		ok := t.Run(st.name, func(t *testing.T) {
			f.t = t
			defer func() { f.t = s.t }()
			start := time.Now()
			st.run(ctx, t, s)
			t.Logf("%s done in %s", st.name, time.Since(start).Round(100*time.Millisecond))
		})
		if !ok {
			return // each step starts from the federation the one before left
		}
	}
	// Once more after the relays had time to try again (a re-offer, a
	// second coordinator's submission): still exactly once.
	time.Sleep(5 * time.Second)
	for _, tr := range s.done {
		if m, u := f.executions(chainB, tr.id); len(m) != 1 || len(u) != 0 {
			t.Errorf("transfer %s: %d Minted and %d Unlocked on B at the end, want 1 and 0", tr.id, len(m), len(u))
		}
	}
	if got, want := f.balance(s.wB, s.bob()), s.total(); got.Cmp(want) != 0 {
		t.Errorf("bob holds %s wrapped TST on B at the end, want %s", got, want)
	}
	t.Logf("stranded transfers completed in %s", time.Since(began).Round(100*time.Millisecond))
}

// strandedScene is the federation the steps share and the transfers
// they minted.
type strandedScene struct {
	f    *federation
	t    *testing.T // the parent test, given back to f after each step
	wB   token
	done []strandedTransfer
}

type strandedTransfer struct {
	id     chains.TransferID
	amount *big.Int
}

func (s *strandedScene) bob() common.Address { return addrOf(s.f.d.FaucetKey(1)) }

func (s *strandedScene) total() *big.Int {
	sum := new(big.Int)
	for _, tr := range s.done {
		sum.Add(sum, tr.amount)
	}
	return sum
}

// lock locks amount of TST on A for bob on B.
func (s *strandedScene) lock(ctx context.Context, amount *big.Int) strandedTransfer {
	s.f.t.Helper()
	id := s.f.lockTST(ctx, s.f.d.FaucetKey(0), amount, chainB, s.bob())
	s.f.t.Logf("locked %s TST on A for B: transfer %s", amount, id)
	return strandedTransfer{id: id, amount: amount}
}

// mintedOnce waits until every transfer is minted on B and checks that
// each was minted exactly once and bob's balance grew by their sum.
func (s *strandedScene) mintedOnce(t *testing.T, before *big.Int, trs ...strandedTransfer) {
	t.Helper()
	start := time.Now()
	sum := new(big.Int)
	for _, tr := range trs {
		l, err := s.f.waitExecuted(chainB, tr.id, false, 90*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if m, u := s.f.executions(chainB, tr.id); len(m) != 1 || len(u) != 0 {
			t.Fatalf("transfer %s: %d Minted and %d Unlocked on B, want 1 and 0", tr.id, len(m), len(u))
		}
		t.Logf("transfer %s minted by op%d, %s after the fault was lifted", tr.id, s.f.submitter(chainB, l).Index, time.Since(start).Round(100*time.Millisecond))
		sum.Add(sum, tr.amount)
		s.done = append(s.done, tr)
	}
	if got, want := new(big.Int).Sub(s.f.balance(s.wB, s.bob()), before), sum; got.Cmp(want) != 0 {
		t.Fatalf("bob's wrapped TST on B grew by %s, want %s", got, want)
	}
}

// strandedRPCOutage: op2 down, op3's verifier cut from its node for A
// until the bus gave the lock's event up; the reconciliation signs it
// once the node answers again.
func strandedRPCOutage(ctx context.Context, t *testing.T, s *strandedScene) {
	f := s.f
	op2, op3 := f.ops[1], f.ops[2]
	f.c.Stop(op2)
	nodeA := f.evmNode(chainA)
	// The verifier reads the receipt (eth_getTransactionReceipt) and
	// headers; the watcher reads headers, the head and logs. Failing the
	// receipts alone cuts the verifier off and leaves the watcher be.
	proxy := newFaultyRPC(t, nodeA.RPCURL, "eth_getTransactionReceipt")
	proxy.down.Store(true)
	f.c.Stop(op3)
	f.setRPC(op3, chainA, proxy.url) // over HTTP: op3's watcher polls A
	f.start(op3)
	t.Logf("op2 stopped; op3's node for A is %s, failing receipts", proxy.url)

	before := f.balance(s.wB, s.bob())
	tr := s.lock(ctx, e18(1))
	gaveUp := `outcome="gave_up",stream="KKH_EVENTS"`
	waitFor(t, 60*time.Second, "op3's signer giving the lock's event up (delivery limit)", func() bool {
		return f.metric(op3, "kakehashi_bus_handler_errors_total", gaveUp) >= 1
	})
	waitFor(t, 60*time.Second, "op3's reconciliation re-offering the lock and failing to verify it", func() bool {
		return f.metric(op3, "kakehashi_relay_reconcile_reoffers_total", `result="retry"`) >= 1
	})
	if m, _ := f.executions(chainB, tr.id); len(m) != 0 {
		t.Fatalf("transfer %s minted while op3 could not verify it and op2 was down", tr.id)
	}
	if got := f.balance(s.wB, s.bob()); got.Cmp(before) != 0 {
		t.Fatalf("bob's wrapped TST on B moved to %s during the outage, want %s", got, before)
	}
	t.Logf("op3: %v events given up, %d receipt reads failed; nothing minted", f.metric(op3, "kakehashi_bus_handler_errors_total", gaveUp), proxy.failed.Load())

	proxy.down.Store(false)
	s.mintedOnce(t, before, tr)
	if n := f.metric(op3, "kakehashi_relay_reconcile_reoffers_total", `result="signed"`); n < 1 {
		t.Errorf("op3 re-offered %v transfers with a share, want ≥ 1: the mint needed its share", n)
	}

	// Back to the federation the next steps start from: op3 on its
	// node directly, op2 up.
	f.c.Stop(op3)
	f.setRPC(op3, chainA, nodeA.WSURL)
	f.start(op3)
	f.start(op2)
}

// strandedRotation: shares of an epoch retired while no one could submit
// them; the reconciliation's shares of the new epoch replace them at the
// coordinators, and the mint lands once.
func strandedRotation(ctx context.Context, t *testing.T, s *strandedScene) {
	f := s.f
	release := f.holdSubmissions(ctx, chainB)
	released := false
	defer func() {
		if !released {
			release()
		}
	}()
	dst := fmt.Sprintf(`dst_chain="%d"`, chainB)
	sigs0 := map[int]float64{}
	for _, op := range f.ops {
		sigs0[op.Index] = f.metric(op, "kakehashi_relay_signatures_total", dst)
	}
	before := f.balance(s.wB, s.bob())
	tr := s.lock(ctx, e18(2))
	waitFor(t, 60*time.Second, "two operators signing the mint", func() bool {
		n := 0
		for _, op := range f.ops {
			if f.metric(op, "kakehashi_relay_signatures_total", dst) > sigs0[op.Index] {
				n++
			}
		}
		return n >= 2
	})
	epoch0 := f.epoch(ctx, chainB)
	replaced := func(op *operator) float64 {
		return f.metric(op, "kakehashi_relay_shares_received_total", fmt.Sprintf(`chain="%d",outcome="replaced"`, chainB))
	}
	replaced0 := map[int]float64{}
	for _, op := range f.ops {
		replaced0[op.Index] = replaced(op)
	}
	f.rotateSigners(ctx, chainB, 2)
	if got := f.epoch(ctx, chainB); got != epoch0+1 {
		t.Fatalf("B's epoch after the rotation = %d, want %d", got, epoch0+1)
	}
	t.Logf("mint signed under epoch %d; B rotated to epoch %d", epoch0, epoch0+1)
	// A share signed again under the same epoch is the same signature (a
	// duplicate); only one of the new epoch replaces the one held.
	waitFor(t, 60*time.Second, "a coordinator holding two operators' re-offered shares of the new epoch", func() bool {
		for _, op := range f.ops {
			if replaced(op)-replaced0[op.Index] >= 2 {
				return true
			}
		}
		return false
	})
	if m, _ := f.executions(chainB, tr.id); len(m) != 0 {
		t.Fatalf("transfer %s minted while no operator could pay on B", tr.id)
	}

	release()
	released = true
	s.mintedOnce(t, before, tr)
	if got := f.epoch(ctx, chainB); got != epoch0+1 {
		t.Fatalf("B's epoch = %d, want %d", got, epoch0+1)
	}
}

// strandedCoordinatorsRestart: two mints signed while no one could
// submit them, then every relayd restarted; the reconciliation publishes
// the shares again.
func strandedCoordinatorsRestart(ctx context.Context, t *testing.T, s *strandedScene) {
	f := s.f
	release := f.holdSubmissions(ctx, chainB)
	released := false
	defer func() {
		if !released {
			release()
		}
	}()
	before := f.balance(s.wB, s.bob())
	trs := []strandedTransfer{s.lock(ctx, e18(3)), s.lock(ctx, e18(4))}
	for _, tr := range trs {
		waitFor(t, 60*time.Second, "two operators' shares of "+tr.id.String(), func() bool {
			return f.signers(tr.id) >= 2
		})
	}
	f.c.Close()
	for _, tr := range trs {
		if m, _ := f.executions(chainB, tr.id); len(m) != 0 {
			t.Fatalf("transfer %s minted while no operator could pay on B", tr.id)
		}
	}
	t.Log("both mints signed; every relayd stopped")
	release()
	released = true
	f.startAll()
	s.mintedOnce(t, before, trs...)
	n := 0
	for _, op := range f.ops {
		if f.metric(op, "kakehashi_relay_reconcile_reoffers_total", `result="signed"`) > 0 {
			n++
		}
	}
	if n < 2 {
		t.Errorf("%d operators re-offered a share since the restart, want ≥ 2", n)
	}
}

// evmNode is the devnet's node of chain.
func (f *federation) evmNode(chain chains.ChainID) devnet.EVMNode {
	f.t.Helper()
	for _, n := range f.d.EVM {
		if chains.ChainID(n.ChainID) == chain {
			return n
		}
	}
	f.t.Fatalf("no node of chain %d", chain)
	return devnet.EVMNode{}
}

// setRPC makes rpcURL op's only endpoint of chain in its relayd.yaml
// (read at the next start).
func (f *federation) setRPC(op *operator, chain chains.ChainID, rpcURL string) {
	f.t.Helper()
	raw, err := os.ReadFile(op.Config)
	if err != nil {
		f.t.Fatal(err)
	}
	re := regexp.MustCompile(fmt.Sprintf(`(?m)^(  - \{id: %d, .*?rpc: \[)"[^"]*"\]`, chain))
	if n := len(re.FindAllIndex(raw, -1)); n != 1 {
		f.t.Fatalf("op%d's %s has %d entries of chain %d with one rpc, want 1", op.Index, op.Config, n, chain)
	}
	raw = re.ReplaceAll(raw, []byte(fmt.Sprintf(`${1}%q]`, rpcURL)))
	if err := os.WriteFile(op.Config, raw, 0o600); err != nil {
		f.t.Fatal(err)
	}
}

// signers is the most signers of id's authorization any relay's tracker
// has seen.
func (f *federation) signers(id chains.TransferID) int {
	best := 0
	for _, st := range f.relayStatuses(id) {
		best = max(best, len(st.Signers))
	}
	return best
}

// epoch is chain's bridge's signer epoch.
func (f *federation) epoch(ctx context.Context, chain chains.ChainID) uint64 {
	f.t.Helper()
	br, _ := f.bridge(chain)
	cfg, err := br.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		f.t.Fatal(err)
	}
	return cfg.Epoch
}

// rotateSigners gives chain's bridge its current signers again with
// threshold: a new epoch, the old one's signatures retired. Two operator
// keys authorise it; the admin account sends it.
func (f *federation) rotateSigners(ctx context.Context, chain chains.ChainID, threshold uint8) {
	f.t.Helper()
	a := f.adminOf(ctx, chain)
	signers, err := a.Bridge.Signers(&bind.CallOpts{Context: ctx})
	if err != nil {
		f.t.Fatal(err)
	}
	f.quorumSend(ctx, a, "rotateSigners", eip712.RotateSignersDigest(a.Domain, a.Epoch, signers, threshold, a.Nonce),
		func(o *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
			return a.Bridge.RotateSigners(o, a.Epoch, signers, threshold, a.Nonce, sigs)
		})
}

// faultyRPC is an HTTP JSON-RPC proxy in front of one node. While down,
// it answers each call of a failing method — alone or inside a batch —
// with a JSON-RPC error, and forwards every other call.
type faultyRPC struct {
	url    string
	fail   map[string]bool
	down   atomic.Bool
	failed atomic.Int64 // calls answered with the injected error
}

// injectedKey carries, in a forwarded batch's request context, the
// answers to the calls taken out of it.
type injectedKey struct{}

func newFaultyRPC(t *testing.T, upstream string, methods ...string) *faultyRPC {
	t.Helper()
	target, err := url.Parse(upstream)
	if err != nil {
		t.Fatal(err)
	}
	p := &faultyRPC{fail: map[string]bool{}}
	for _, m := range methods {
		p.fail[m] = true
	}
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.ModifyResponse = func(resp *http.Response) error {
		injected, _ := resp.Request.Context().Value(injectedKey{}).([]json.RawMessage)
		if len(injected) == 0 {
			return nil
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		var answers []json.RawMessage
		if err := json.Unmarshal(body, &answers); err == nil {
			body, _ = json.Marshal(append(answers, injected...))
		}
		resp.Body = io.NopCloser(bytes.NewReader(body))
		resp.ContentLength = int64(len(body))
		resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
		return nil
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		// The proxy's own transport asks for and undoes compression, so
		// that a batch's answer can be read and extended.
		r.Header.Del("Accept-Encoding")
		if p.down.Load() {
			var answer any
			body, answer, r = p.intercept(r, body)
			if answer != nil {
				w.Header().Set("Content-Type", "application/json")
				_ = json.NewEncoder(w).Encode(answer)
				return
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	p.url = srv.URL
	return p
}

type rpcCall struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

// intercept takes the failing calls out of body: it returns the body to
// forward, or the whole answer when nothing is left to forward, and the
// request carrying the injected answers of a batch.
func (p *faultyRPC) intercept(r *http.Request, body []byte) ([]byte, any, *http.Request) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var batch []json.RawMessage
		if err := json.Unmarshal(trimmed, &batch); err != nil {
			return body, nil, r
		}
		var pass, injected []json.RawMessage
		for _, raw := range batch {
			var c rpcCall
			if json.Unmarshal(raw, &c) == nil && p.fail[c.Method] {
				injected = append(injected, p.failure(c))
				continue
			}
			pass = append(pass, raw)
		}
		switch {
		case len(injected) == 0:
			return body, nil, r
		case len(pass) == 0:
			return nil, injected, r
		}
		fwd, _ := json.Marshal(pass)
		return fwd, nil, r.WithContext(context.WithValue(r.Context(), injectedKey{}, injected))
	}
	var c rpcCall
	if json.Unmarshal(trimmed, &c) == nil && p.fail[c.Method] {
		return nil, p.failure(c), r
	}
	return body, nil, r
}

// failure is the JSON-RPC error answer to c.
func (p *faultyRPC) failure(c rpcCall) json.RawMessage {
	p.failed.Add(1)
	id := c.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id,
		"error": map[string]any{"code": -32000, "message": "e2e fault injection: " + c.Method + " unavailable"}})
	return b
}

// strandedPause: B paused for longer than the signers' delivery budget;
// nobody signs while it is paused, the reconciliation signs once it is
// resumed.
func strandedPause(ctx context.Context, t *testing.T, s *strandedScene) {
	f := s.f
	f.pause(ctx, chainB)
	unpaused := false
	defer func() {
		if !unpaused {
			f.unpause(ctx, chainB)
		}
	}()
	waitFor(t, 60*time.Second, "every operator's signer following B's pause", func() bool {
		for _, op := range f.ops {
			if !f.logHas(op, "bridge pause state changed", `"paused":true`) {
				return false
			}
		}
		return true
	})
	gaveUp := `outcome="gave_up",stream="KKH_EVENTS"`
	dst := fmt.Sprintf(`dst_chain="%d"`, chainB)
	gave0, sigs0 := map[int]float64{}, map[int]float64{}
	for _, op := range f.ops {
		gave0[op.Index] = f.metric(op, "kakehashi_bus_handler_errors_total", gaveUp)
		sigs0[op.Index] = f.metric(op, "kakehashi_relay_signatures_total", dst)
	}
	before := f.balance(s.wB, s.bob())
	tr := s.lock(ctx, e18(5))
	waitFor(t, 60*time.Second, "every operator's signer giving the lock's events up while B is paused", func() bool {
		for _, op := range f.ops {
			if f.metric(op, "kakehashi_bus_handler_errors_total", gaveUp) <= gave0[op.Index] {
				return false
			}
		}
		return true
	})
	for _, op := range f.ops {
		if n := f.metric(op, "kakehashi_relay_signatures_total", dst); n != sigs0[op.Index] {
			t.Fatalf("op%d signed %v shares for B while B was paused", op.Index, n-sigs0[op.Index])
		}
	}
	t.Log("B paused: nobody signed, every signer gave the lock's events up")
	f.unpause(ctx, chainB)
	unpaused = true
	s.mintedOnce(t, before, tr)
}
