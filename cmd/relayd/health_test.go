package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/relay/config"
)

// /readyz follows the operator's own chain node: 503 naming the chain
// while the node does not answer, 200 again once it does; /healthz stays
// 200 throughout; the chain's head, lag and failed reads are exported.
func TestReadinessFollowsChainNode(t *testing.T) {
	op := newTestOperator(t)
	node := newFakeEVM(t, 31337, []common.Address{op.addr}, 1)
	node.setHead(100, time.Now().Add(-3*time.Second))
	env := map[string]string{config.DefaultPassphraseEnv: op.pass}
	getenv := func(k string) string { return env[k] }
	cfg, err := config.Load(writeConfig(t, `operator: {keystore: `+op.keystore+`}
dataDir: `+t.TempDir()+`
nats: {embedded: {listen: "127.0.0.1:0"}}
http: {listen: "127.0.0.1:0"}
log: {format: json}
chains:
  - {id: 31337, name: A, kind: evm, rpc: ["`+node.URL+`"], bridge: "`+testBridge+`", confirmations: 1, roles: [coordinate]}
`), getenv)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	var logs bytes.Buffer
	d, err := newDaemon(ctx, cfg, daemonOptions{stderr: &syncWriter{w: &logs}, getenv: getenv, ready: ready, healthInterval: 50 * time.Millisecond,
		deployment: writeFederationDeployment(t, []common.Address{op.addr}, 1)})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- d.run(ctx) }()
	addr := <-ready

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	type readyBody struct {
		Status   string        `json:"status"`
		Problems []string      `json:"problems"`
		Chains   []chainStatus `json:"chains"`
	}
	waitReady := func(code int) readyBody {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			got, body := get("/readyz")
			var rb readyBody
			if err := json.Unmarshal([]byte(body), &rb); err != nil {
				t.Fatalf("/readyz body %q: %v", body, err)
			}
			if got == code {
				return rb
			}
			if time.Now().After(deadline) {
				t.Fatalf("/readyz %d, want %d: %s", got, code, body)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	metric := func(name string) float64 {
		t.Helper()
		_, body := get("/metrics")
		m := regexp.MustCompile(`(?m)^` + name + `\{chain="31337"\} (\S+)$`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no %s{chain=\"31337\"} in /metrics", name)
		}
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}

	rb := waitReady(http.StatusOK)
	if len(rb.Chains) != 1 || !rb.Chains[0].OK || rb.Chains[0].Head != 100 || rb.Chains[0].LagSeconds == nil || *rb.Chains[0].LagSeconds < 2 {
		t.Fatalf("ready body %+v", rb)
	}
	if h, lag := metric("kakehashi_chain_head"), metric("kakehashi_chain_lag_seconds"); h != 100 || lag < 2 || lag > 60 {
		t.Fatalf("head %v, lag %v", h, lag)
	}
	if e := metric("kakehashi_chain_rpc_errors_total"); e != 0 {
		t.Fatalf("rpc errors %v with the node up", e)
	}

	node.down.Store(true)
	rb = waitReady(http.StatusServiceUnavailable)
	if rb.Status != "not ready" || len(rb.Problems) != 1 || !strings.Contains(rb.Problems[0], "chain 31337 A: node does not answer") || rb.Chains[0].OK {
		t.Fatalf("not-ready body %+v", rb)
	}
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Fatalf("/healthz %d while the node is down: it is liveness only", code)
	}
	if e := metric("kakehashi_chain_rpc_errors_total"); e < 1 {
		t.Fatalf("rpc errors %v with the node down", e)
	}

	node.setHead(101, time.Now())
	node.down.Store(false)
	rb = waitReady(http.StatusOK)
	if rb.Chains[0].Head != 101 {
		t.Fatalf("head after the outage %+v", rb.Chains[0])
	}
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no graceful shutdown")
	}
	// One line when the node stops answering, one when it answers again.
	out := logs.String()
	for _, m := range []string{`"component":"chainhealth","chain":31337,"error":`, `own chain node does not answer: not ready until it does`, `"head":101,"time":`, `"message":"own chain node answers again"`} {
		if !strings.Contains(out, m) {
			t.Errorf("log lacks %s:\n%s", m, out)
		}
	}
}

// stubHead answers head reads with a fixed result.
type stubHead struct {
	height uint64
	at     time.Time
	err    error
}

func (s stubHead) Head(context.Context) (uint64, time.Time, error) { return s.height, s.at, s.err }

func TestChainHealthStatus(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		head    stubHead
		read    bool          // a read was made
		age     time.Duration // since that read
		ok      bool
		problem string
	}{
		{"answered", stubHead{height: 7, at: now.Add(-10 * time.Second)}, true, time.Second, true, ""},
		{"no read yet", stubHead{}, false, 0, false, "chain 31337 A: no head read yet"},
		{"does not answer", stubHead{err: errors.New("connection refused")}, true, time.Second, false, "chain 31337 A: node does not answer: connection refused"},
		{"read long ago", stubHead{height: 7, at: now.Add(-time.Minute)}, true, time.Minute, false, "chain 31337 A: no head read for 1m0s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newChainHealth(5*time.Second, 3*time.Second, zerolog.Nop())
			h.add(31337, "A", tc.head)
			h.now = func() time.Time { return now.Add(-tc.age) }
			if tc.read {
				h.read(context.Background(), h.probes[0])
			}
			h.now = func() time.Time { return now }
			st := h.Status()
			probs := chainProblems(st)
			if st[0].OK != tc.ok || (tc.ok && len(probs) != 0) {
				t.Fatalf("status %+v, problems %v", st[0], probs)
			}
			if !tc.ok && (len(probs) != 1 || !strings.Contains(probs[0], tc.problem) || !strings.Contains(probs[0], "check it and the chain's rpc")) {
				t.Fatalf("problems %v, want %q", probs, tc.problem)
			}
		})
	}
}

// fakeBTCD answers getbestblock and getblockheader like btcd; while
// hang is set it holds every request until release is closed.
type fakeBTCD struct {
	header wire.BlockHeader
	height int32
	hang   atomic.Bool
	held   chan struct{}
}

func (f *fakeBTCD) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.hang.Load() {
		<-f.held
	}
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	_ = json.NewDecoder(r.Body).Decode(&req)
	var result any
	switch req.Method {
	case "getbestblock":
		result = map[string]any{"hash": f.header.BlockHash().String(), "height": f.height}
	case "getblockheader":
		var b bytes.Buffer
		_ = f.header.Serialize(&b)
		result = hex.EncodeToString(b.Bytes())
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"result": result, "error": nil, "id": req.ID})
}

// A Bitcoin head read gives btcd's best height and block time; while a
// read hangs, no second one is sent (btcd's client sends one request at
// a time: reads must not queue up in front of the relay's own).
func TestBTCHead(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	f := &fakeBTCD{header: wire.BlockHeader{Version: 1, Timestamp: at, Bits: 0x207fffff}, height: 321, held: make(chan struct{})}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	c, err := rpcclient.New(&rpcclient.ConnConfig{Host: strings.TrimPrefix(srv.URL, "http://"), User: "u", Pass: "p", HTTPPostMode: true, DisableTLS: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Shutdown)
	h := &btcHead{c: c}
	height, got, err := h.Head(context.Background())
	if err != nil || height != 321 || !got.Equal(at) {
		t.Fatalf("head %d at %v, %v", height, got, err)
	}

	f.hang.Store(true)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, _, err := h.Head(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("hung read: %v", err)
	}
	if _, _, err := h.Head(context.Background()); err == nil || !strings.Contains(err.Error(), "the previous head read has not returned yet") {
		t.Fatalf("second read while the first hangs: %v", err)
	}
	f.hang.Store(false)
	close(f.held)
	deadline := time.Now().Add(5 * time.Second)
	for h.pending.Load() {
		if time.Now().After(deadline) {
			t.Fatal("the hung read never returned")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if height, _, err := h.Head(context.Background()); err != nil || height != 321 {
		t.Fatalf("after the hang: %d, %v", height, err)
	}
}
