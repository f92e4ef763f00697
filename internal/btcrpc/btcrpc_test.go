package btcrpc

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcjson"
)

var errNode = errors.New("node")

func TestCall(t *testing.T) {
	rpcErr := &btcjson.RPCError{Code: btcjson.ErrRPCNoTxInfo, Message: "no info"}
	tests := []struct {
		name    string
		f       func() (int, error)
		wantV   int
		wantErr string
	}{
		{"value", func() (int, error) { return 7, nil }, 7, ""},
		{"error wrapped with kind and name", func() (int, error) { return 0, rpcErr }, 0, "node: getrawtransaction: -5: no info"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := Call(context.Background(), errNode, "getrawtransaction", tc.f)
			if tc.wantErr == "" {
				if err != nil || v != tc.wantV {
					t.Fatalf("got %d, %v; want %d", v, err, tc.wantV)
				}
				return
			}
			if err == nil || err.Error() != tc.wantErr {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
			var re *btcjson.RPCError
			if !errors.Is(err, errNode) || !errors.As(err, &re) || re.Code != btcjson.ErrRPCNoTxInfo {
				t.Fatalf("err %v does not keep its kind and the RPC error", err)
			}
		})
	}
}

func TestCallContextEnds(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	release := make(chan struct{})
	defer close(release)
	began := time.Now()
	_, err := Call(ctx, errNode, "getblock", func() (int, error) { <-release; return 1, nil })
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, errNode) {
		t.Fatalf("err = %v, want ctx's error alone", err)
	}
	if d := time.Since(began); d > 2*time.Second {
		t.Fatalf("Call returned after %s, not when ctx ended", d)
	}
}
