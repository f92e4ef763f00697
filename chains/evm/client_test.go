package evm

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// rpcServer answers eth_chainId and eth_blockNumber; when down it answers
// HTTP 503, like a load balancer in front of a dead node.
type rpcServer struct {
	*httptest.Server
	chain, head string
	down        atomic.Bool
	calls       atomic.Int64
}

func newRPCServer(t *testing.T, chain, head string) *rpcServer {
	s := &rpcServer{chain: chain, head: head}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.calls.Add(1)
		if s.down.Load() {
			http.Error(w, "node down", http.StatusServiceUnavailable)
			return
		}
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		res := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		switch req.Method {
		case "eth_chainId":
			res["result"] = s.chain
		case "eth_blockNumber":
			res["result"] = s.head
		default:
			res["error"] = map[string]any{"code": -32601, "message": "method not found"}
		}
		_ = json.NewEncoder(w).Encode(res)
	}))
	t.Cleanup(s.Close)
	return s
}

func testClientConfig(urls ...string) ClientConfig {
	cfg := ClientConfig{Chain: 31337, BackoffMin: time.Millisecond, BackoffMax: 10 * time.Millisecond, CallTimeout: time.Second}
	for _, u := range urls {
		cfg.Endpoints = append(cfg.Endpoints, Endpoint{URL: u})
	}
	return cfg
}

func TestClientFailover(t *testing.T) {
	ctx := context.Background()
	a := newRPCServer(t, "0x7a69", "0x10")
	b := newRPCServer(t, "0x7a69", "0x11")
	c, err := Dial(ctx, testClientConfig(a.URL, b.URL))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if n, err := c.BlockNumber(ctx); err != nil || n != 0x10 {
		t.Fatalf("primary: %d %v", n, err)
	}
	a.down.Store(true)
	if n, err := c.BlockNumber(ctx); err != nil || n != 0x11 {
		t.Fatalf("after primary died: %d %v", n, err)
	}
	if st := c.Stats(); st.Failovers == 0 || st.Failures == 0 || st.Current != c.eps[1].name {
		t.Fatalf("stats %+v", st)
	}
	// Node-answered errors are not retried elsewhere.
	before := b.calls.Load()
	if _, err := c.SuggestGasPrice(ctx); !errors.Is(err, ErrRPC) {
		t.Fatalf("unknown method: %v", err)
	}
	if got := b.calls.Load() - before; got != 1 {
		t.Fatalf("non-transient error retried: %d calls", got)
	}
	b.down.Store(true)
	if _, err := c.BlockNumber(ctx); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("both down: %v", err)
	}
	a.down.Store(false)
	time.Sleep(20 * time.Millisecond) // back-off expires
	if n, err := c.BlockNumber(ctx); err != nil || n != 0x10 {
		t.Fatalf("primary back: %d %v", n, err)
	}
}

func TestDialErrors(t *testing.T) {
	ctx := context.Background()
	wrong := newRPCServer(t, "0x1", "0x1")
	dead := newRPCServer(t, "0x7a69", "0x1")
	dead.down.Store(true)
	for _, tc := range []struct {
		name string
		cfg  ClientConfig
		want error
	}{
		{"no endpoints", ClientConfig{Chain: 1}, ErrConfig},
		{"zero chain", ClientConfig{Endpoints: []Endpoint{{URL: "http://x"}}}, ErrConfig},
		{"bad scheme", testClientConfig("ftp://127.0.0.1:1"), ErrConfig},
		{"not a url", testClientConfig("::"), ErrConfig},
		{"wrong chain id", testClientConfig(wrong.URL), ErrWrongChainID},
		{"all endpoints down", testClientConfig(dead.URL), ErrUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Dial(ctx, tc.cfg)
			if !errors.Is(err, tc.want) {
				if c != nil {
					c.Close()
				}
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("one of two down is fine", func(t *testing.T) {
		good := newRPCServer(t, "0x7a69", "0x5")
		c, err := Dial(ctx, testClientConfig(dead.URL, good.URL))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if n, err := c.BlockNumber(ctx); err != nil || n != 5 {
			t.Fatalf("%d %v", n, err)
		}
	})
}

func TestRedact(t *testing.T) {
	if got := redact("https://user:secret@node.example/v3/KEY?token=abc"); got != "https://node.example" {
		t.Fatalf("redact: %s", got)
	}
}
