package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// These tests run the status command against an in-process HTTP server
// that plays a scripted sequence of relayd answers (relay.Status, the type
// relayd serves at /v1/transfers/{id}): a unit test of the CLI's following,
// printing and exit codes, not an end-to-end claim.

var (
	testTransfer = chains.EVMTransferID(chains.DevnetA, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), 7)
	sourceTx     = "0x" + strings.Repeat("ab", 32)
	mintTx       = "0x" + strings.Repeat("cd", 32)
)

// ref sets a relay.Status's source or executed reference the only way a
// client can: from relayd's JSON.
func withRefs(t *testing.T, st relay.Status, source, executed bool) relay.Status {
	t.Helper()
	var tmp relay.Status
	js := `{"source":{"chain":31337,"txHash":"` + sourceTx + `","index":1}`
	if executed {
		js += `,"executed":{"chain":31338,"txHash":"` + mintTx + `","index":0}`
	}
	js += "}"
	if err := json.Unmarshal([]byte(js), &tmp); err != nil {
		t.Fatal(err)
	}
	if source {
		st.Source = tmp.Source
	}
	st.Executed = tmp.Executed
	return st
}

// script is the sequence a relay walks through; nil entries answer 404.
func happyScript(t *testing.T) []*relay.Status {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	base := relay.Status{TransferID: testTransfer, Kind: "locked", DstChain: chains.DevnetB, Amount: "1000", Threshold: 2, Signed: "0/2"}
	hist := []relay.Transition{}
	step := func(state relay.State, detail string, edit func(*relay.Status)) *relay.Status {
		hist = append(hist, relay.Transition{State: state, At: at, Detail: detail})
		s := withRefs(t, base, true, state == relay.StateExecuted)
		s.State = state
		s.History = append([]relay.Transition(nil), hist...)
		if edit != nil {
			edit(&s)
		}
		base = s
		base.Executed = nil
		return &s
	}
	return []*relay.Status{
		nil, // the watcher has not seen the lock yet
		step(relay.StateObserved, "1 confirmations", nil),
		step(relay.StateObserved, "2 confirmations", nil),
		step(relay.StateFinal, "3 confirmations", nil),
		step(relay.StateSigned, "1/2 by 0x01", func(s *relay.Status) { s.Signed, s.Action = "1/2", "mint" }),
		step(relay.StateSigned, "2/2 by 0x02", func(s *relay.Status) { s.Signed = "2/2" }),
		step(relay.StateSubmitted, "tx "+mintTx, func(s *relay.Status) { s.TxID = mintTx }),
		step(relay.StateExecuted, "minted", nil),
	}
}

// relayServer serves script, one entry per request, then repeats the last.
func relayServer(t *testing.T, script []*relay.Status) *httptest.Server {
	return relayServerFor(t, testTransfer, script)
}

// relayServerFor is relayServer for transfer id.
func relayServerFor(t *testing.T, id chains.TransferID, script []*relay.Status) *httptest.Server {
	var mu sync.Mutex
	i := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/transfers/"+id.String() {
			http.Error(w, "unexpected path "+r.URL.Path, http.StatusBadRequest)
			return
		}
		mu.Lock()
		st := script[min(i, len(script)-1)]
		i++
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if st == nil {
			w.WriteHeader(http.StatusNotFound)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "unknown transfer " + id.String()})
			return
		}
		_ = json.NewEncoder(w).Encode(st)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// deadRelay is an address nothing listens on.
func deadRelay(t *testing.T) string {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	return u
}

func TestStatusFollowsToExecuted(t *testing.T) {
	srv := relayServer(t, happyScript(t))
	out, stderr, err := run(t, "status", testTransfer.String(), "--relay", deadRelay(t), "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s")
	if err != nil {
		t.Fatalf("status: %v\nstdout:\n%s\nstderr:\n%s", err, out, stderr)
	}
	want := []string{
		"waiting    no relay knows transfer",
		"observed   confirmations 1/3 [######--------------]",
		"observed   confirmations 2/3 [#############-------]",
		"final      confirmations 3/3 [####################]",
		"signed     1 signed (2 needed)",
		"signed     2 signed (2 needed)",
		"submitted  2 signed (2 needed), tx " + mintTx + " on chain 31338",
		"executed   tx " + mintTx + " on chain 31338",
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
		}
	}
}

func TestStatusJSONLines(t *testing.T) {
	srv := relayServer(t, happyScript(t))
	out, _, err := run(t, "--json", "status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms")
	if err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	var states []string
	var last statusUpdate
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var u statusUpdate
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if u.TransferID != testTransfer {
			t.Fatalf("line for transfer %s", u.TransferID)
		}
		c := "-"
		if u.Confirmations != nil {
			c = fmt.Sprint(*u.Confirmations)
		}
		states = append(states, u.State+":"+c+":"+u.Signed)
		last = u
	}
	want := "unknown:-: observed:1: observed:2: final:3: signed:3:1/2 signed:3:2/2 submitted:3:2/2 executed:3:2/2"
	if got := strings.Join(states, " "); got != want {
		t.Fatalf("transitions\n got %s\nwant %s", got, want)
	}
	if !last.Done || last.ExecutedTx != mintTx || last.SubmittedTx != mintTx || last.SourceTx != sourceTx || last.Required != 3 || last.DstChain != chains.DevnetB {
		t.Fatalf("last update %+v", last)
	}
}

func TestStatusFailures(t *testing.T) {
	rejected := withRefs(t, relay.Status{TransferID: testTransfer, State: relay.StateRejected, Kind: "locked", Reason: "refund window too short", Threshold: 2, Signed: "0/2"}, true, false)
	stuck := withRefs(t, relay.Status{TransferID: testTransfer, State: relay.StateSigned, Threshold: 2, Signed: "1/2"}, true, false)
	other := relay.Status{TransferID: chains.TransferID{1}, State: relay.StateExecuted}
	cases := []struct {
		name   string
		relays func(t *testing.T) []string
		args   []string
		want   error
		code   string
		text   string
	}{
		{"rejected", func(t *testing.T) []string { return []string{relayServer(t, []*relay.Status{&rejected}).URL} }, nil,
			ErrTransferFailed, "transfer_failed", "refund window too short"},
		{"timeout", func(t *testing.T) []string { return []string{relayServer(t, []*relay.Status{&stuck}).URL} }, []string{"--timeout", "100ms"},
			ErrTimeout, "timeout", "still signed"},
		{"no relay answers", func(t *testing.T) []string { return []string{deadRelay(t)} }, []string{"--timeout", "100ms"},
			ErrNode, "node", "no relay answered"},
		{"relay answers for another transfer", func(t *testing.T) []string { return []string{relayServer(t, []*relay.Status{&other}).URL} }, []string{"--timeout", "100ms"},
			ErrNode, "node", "no relay answered"},
		{"bad transfer id", func(t *testing.T) []string { return []string{deadRelay(t)} }, []string{"--timeout", "100ms"},
			ErrUsage, "usage", "transfer id"},
		{"bad relay url", func(t *testing.T) []string { return []string{"ftp://x"} }, nil,
			ErrUsage, "usage", "relay address"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id := testTransfer.String()
			if tc.name == "bad transfer id" {
				id = "0x1234"
			}
			args := []string{"status", id, "--interval", "5ms"}
			for _, u := range tc.relays(t) {
				args = append(args, "--relay", u)
			}
			_, stderr, err := run(t, append(args, tc.args...)...)
			if !errors.Is(err, tc.want) || Code(err) != tc.code {
				t.Fatalf("err = %v (code %s), want %v", err, Code(err), tc.want)
			}
			if !strings.Contains(stderr, tc.text) {
				t.Fatalf("stderr lacks %q:\n%s", tc.text, stderr)
			}
		})
	}
}

// KAKEHASHI_RELAY_URL is the default when --relay is not given.
func TestStatusRelayFromEnv(t *testing.T) {
	srv := relayServer(t, happyScript(t)[7:])
	a := &app{getenv: func(k string) string {
		if k == "KAKEHASHI_RELAY_URL" {
			return " " + deadRelay(t) + " ," + srv.URL + "/"
		}
		return ""
	}}
	urls, err := statusFlags{}.relayURLs(a.getenv, []string{"http://127.0.0.1:1"})
	if err != nil || len(urls) != 2 || urls[1] != srv.URL {
		t.Fatalf("urls %v, %v", urls, err)
	}
	a = &app{getenv: func(string) string { return "" }}
	if urls, _ := (statusFlags{}).relayURLs(a.getenv, nil); len(urls) != 1 || urls[0] != DefaultRelayURL {
		t.Fatalf("default %v", urls)
	}
	// devnet.json's relays (devnet up --bridge) come after the environment.
	if urls, _ := (statusFlags{}).relayURLs(a.getenv, []string{"http://127.0.0.1:5"}); len(urls) != 1 || urls[0] != "http://127.0.0.1:5" {
		t.Fatalf("devnet relays %v", urls)
	}
}

// A source event the relays report reorged out is one warning line, not
// one per later change, and following goes on to the end.
func TestStatusReorgWarning(t *testing.T) {
	script := happyScript(t)[1:]
	for _, s := range script[1:] {
		s.Reorged = true // from the second observation on
	}
	srv := relayServer(t, script)
	out, _, err := run(t, "status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms")
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	if n := strings.Count(out, "reorged out"); n != 1 {
		t.Fatalf("%d reorg warnings:\n%s", n, out)
	}
	if !strings.Contains(out, "executed   tx "+mintTx) {
		t.Fatalf("did not follow to the end:\n%s", out)
	}
}

// fakeNode is an EVM node's JSON-RPC, as much as status reads to count a
// source transaction's confirmations: eth_chainId, eth_getLogs (the
// transfer's Locked event in block txBlock), eth_getTransactionReceipt and
// eth_blockNumber, whose head moves up one block per call from txBlock.
type fakeNode struct {
	URL     string
	chain   uint64
	txBlock uint64
	tx      common.Hash
	heads   atomic.Uint64
	logs    atomic.Int64
}

func newFakeNode(t *testing.T, chain uint64) *fakeNode {
	t.Helper()
	f := &fakeNode{chain: chain, txBlock: 10, tx: common.HexToHash(sourceTx)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if res, ok := f.answer(req.Method, req.Params); ok {
			resp["result"] = res
		} else {
			resp["error"] = map[string]any{"code": -32601, "message": "fake node: no " + req.Method}
		}
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	f.URL = srv.URL
	return f
}

func (f *fakeNode) answer(method string, params []json.RawMessage) (any, bool) {
	zero := common.Hash{}.Hex()
	blk := hexutil.Uint64(f.txBlock)
	log := map[string]any{
		"address": "0x5FbDB2315678afecb367f032d93F642f64180aa3", "data": "0x", "blockNumber": blk, "blockHash": zero,
		"transactionHash": f.tx.Hex(), "transactionIndex": "0x0", "logIndex": "0x1", "removed": false,
		"topics": []string{evm.TopicLocked.Hex(), common.Hash(testTransfer).Hex()},
	}
	switch method {
	case "eth_chainId":
		return hexutil.Uint64(f.chain), true
	case "eth_blockNumber":
		return hexutil.Uint64(f.txBlock + f.heads.Add(1) - 1), true
	case "eth_getLogs":
		f.logs.Add(1)
		var q struct {
			Topics [][]common.Hash `json:"topics"`
		}
		if len(params) == 0 || json.Unmarshal(params[0], &q) != nil || len(q.Topics) < 2 || len(q.Topics[1]) != 1 || q.Topics[1][0] != common.Hash(testTransfer) {
			return []any{}, true
		}
		return []any{log}, true
	case "eth_getTransactionReceipt":
		return map[string]any{
			"transactionHash": f.tx.Hex(), "transactionIndex": "0x0", "blockHash": zero, "blockNumber": blk,
			"cumulativeGasUsed": "0x1", "gasUsed": "0x1", "status": "0x1", "logs": []any{log},
			"logsBloom": hexutil.Bytes(make([]byte, 256)), "type": "0x2", "effectiveGasPrice": "0x1",
		}, true
	}
	return nil, false
}

// Before any relay reports the transfer, status finds its Locked event on
// the user's own node and counts confirmations there from the first
// block; the relays take over once they know it.
func TestStatusConfirmationsFromOwnNode(t *testing.T) {
	dir := writeDeployment(t)
	node := newFakeNode(t, uint64(chains.DevnetA))
	script := happyScript(t)
	srv := relayServer(t, []*relay.Status{nil, nil, nil, script[3], script[5], script[7]})
	out, stderr, err := run(t, "--devnet-dir", dir, "--rpc", "A="+node.URL,
		"status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s")
	if err != nil {
		t.Fatalf("status: %v\nstdout:\n%s\nstderr:\n%s", err, out, stderr)
	}
	want := []string{
		"observed   confirmations 1/3 [######--------------]  (31337:" + sourceTx + ", your node; no relay reports it yet)",
		"observed   confirmations 2/3 [#############-------]  (31337:" + sourceTx + ", your node; no relay reports it yet)",
		"observed   confirmations 3/3 [####################]  (31337:" + sourceTx + ", your node; no relay reports it yet)",
		"final      confirmations 3/3 [####################]",
		"signed     2 signed (2 needed)",
		"executed   tx " + mintTx + " on chain 31338",
	}
	if got := strings.Split(strings.TrimSpace(out), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
	if n := node.logs.Load(); n != 1 {
		t.Errorf("eth_getLogs called %d times, want once (the event is remembered)", n)
	}

	// --json: the same figures, state "confirming" until a relay knows it.
	node.heads.Store(0)
	srv = relayServer(t, []*relay.Status{nil, script[7]})
	out, _, err = run(t, "--devnet-dir", dir, "--rpc", "A="+node.URL, "--json",
		"status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s")
	if err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	var first statusUpdate
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.State != stateConfirming || first.Confirmations == nil || *first.Confirmations != 1 || first.Required != 3 ||
		first.SourceChain != chains.DevnetA || first.SourceTx != sourceTx {
		t.Fatalf("first update %+v", first)
	}
}

// A transfer the relays do not know and the node does not hold stays a
// plain wait (a Bitcoin deposit, a lock not mined yet), and the node is
// not asked again on every poll.
func TestStatusUnknownEverywhere(t *testing.T) {
	dir := writeDeployment(t)
	node := newFakeNode(t, uint64(chains.DevnetA))
	other := chains.TransferID{9}
	srv := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(srv.Close)
	out, _, err := run(t, "--devnet-dir", dir, "--rpc", "A="+node.URL,
		"status", other.String(), "--relay", srv.URL, "--interval", "1ms", "--timeout", "50ms")
	if !errors.Is(err, ErrTimeout) || !strings.HasPrefix(out, "waiting    no relay knows transfer") {
		t.Fatalf("err %v, out:\n%s", err, out)
	}
	if n := node.logs.Load(); n != 1 {
		t.Errorf("eth_getLogs called %d times in 50ms, want once (searches are %s apart)", n, locateEvery)
	}
}

// With no relay reachable status stops within seconds with the fix, not
// after the 30-minute default timeout.
func TestStatusFailsFastWithoutRelay(t *testing.T) {
	start := time.Now()
	_, stderr, err := run(t, "status", testTransfer.String(), "--relay", deadRelay(t))
	if !errors.Is(err, ErrNode) {
		t.Fatalf("err = %v, want ErrNode", err)
	}
	if d := time.Since(start); d > relayGrace+2*time.Second {
		t.Fatalf("took %s", d)
	}
	for _, want := range []string{"no relay answered at http://127.0.0.1:", "connection refused", "start relayd", "--relay URL"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
		t.Errorf("want one line, got:\n%s", stderr)
	}
}

func TestSignedText(t *testing.T) {
	for in, want := range map[string]string{
		"0/2": "0 signed (2 needed)", "1/2": "1 signed (2 needed)", "3/2": "3 signed (2 needed)", "odd": "signatures odd",
	} {
		if got := signedText(in); got != want {
			t.Errorf("signedText(%q) = %q, want %q", in, got, want)
		}
	}
}

// A quiet wait on a terminal is a spinner with the time waited, redrawn
// in place; the confirmation bar is its own progress.
func TestPrintWaiting(t *testing.T) {
	var errb bytes.Buffer
	c := &console{stderr: &errb}
	c.printWaiting(statusUpdate{State: "signed"}, 1, 12400*time.Millisecond)
	if got := errb.String(); got != "\r\033[K/ signed, waiting 12s" {
		t.Fatalf("got %q", got)
	}
	errb.Reset()
	n := uint64(1)
	c.printWaiting(statusUpdate{State: "observed", Confirmations: &n}, 2, time.Second)
	if errb.Len() != 0 {
		t.Fatalf("drew %q over the confirmation bar", errb.String())
	}
}

// The depth status shows: the flag, else the deployment's (Bitcoin, or an
// EVM chain's published finality depth), else DefaultEVMConfirmations.
func TestStatusRequired(t *testing.T) {
	dep, _ := btcDeployment(t, 10)
	withDepth := *dep
	withDepth.Chains = append([]deployment.Chain(nil), dep.Chains...)
	withDepth.Chains[0].Confirmations = 2
	cr := &confReader{}
	for _, tc := range []struct {
		name string
		id   chains.ChainID
		flag uint64
		dep  *deployment.Deployment
		want uint64
	}{
		{"flag", chains.DevnetA, 7, &withDepth, 7},
		{"bitcoin", chains.BitcoinRegtest, 0, dep, 6},
		{"evm chain's depth", chains.DevnetA, 0, &withDepth, 2},
		{"evm default", chains.DevnetA, 0, dep, DefaultEVMConfirmations},
		{"no deployment", chains.DevnetA, 0, nil, DefaultEVMConfirmations},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cr.required(tc.id, tc.flag, tc.dep); got != tc.want {
				t.Fatalf("required = %d, want %d", got, tc.want)
			}
		})
	}
}
