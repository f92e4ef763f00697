package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
)

// --rpc is resolved before any command runs: a chain name or id of the
// deployment, an http(s) or ws(s) URL; anything else stops bridgectl with
// the fix (issue 20: `--rpc A=…` and `--rpc Q=…` were silently ignored, so a
// lock went through the devnet.json node, and `--rpc garbage assets`
// exited 0).
func TestRPCFlag(t *testing.T) {
	dir := writeDeployment(t) // chain A = 31337
	for _, tc := range []struct {
		rpc  []string
		want string // in the error; "" = accepted
	}{
		{[]string{"garbage"}, "write CHAIN=URL"},
		{[]string{"A="}, "write CHAIN=URL"},
		{[]string{"Q=http://127.0.0.1:1"}, `no chain "Q" in the deployment; its chains are A (31337)`},
		{[]string{"31338=http://127.0.0.1:1"}, `no chain "31338"`},
		{[]string{"A=127.0.0.1:8545"}, "is not an http(s):// or ws(s):// URL"},
		{[]string{"A=http://127.0.0.1:1", "31337=http://127.0.0.1:2"}, "two endpoints"},
		{[]string{"A=http://127.0.0.1:1"}, ""},
		{[]string{"a=ws://127.0.0.1:1", "31337=ws://127.0.0.1:1"}, ""},
	} {
		a := &app{devnetDir: dir, rpc: tc.rpc, getenv: func(string) string { return "" }}
		got, err := a.rpcOverrides()
		if tc.want == "" {
			if err != nil || len(got) != 1 || got[chains.DevnetA] == "" {
				t.Errorf("--rpc %v: %v %v, want chain A's endpoint", tc.rpc, got, err)
			}
			continue
		}
		if !errors.Is(err, ErrUsage) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("--rpc %v: %v, want ErrUsage with %q", tc.rpc, err, tc.want)
		}
	}
	// Before any command: `assets` does not run with a bad --rpc.
	var out, errb bytes.Buffer
	err := Execute(context.Background(), []string{"--devnet-dir", dir, "--rpc", "garbage", "assets"}, &out, &errb)
	if !errors.Is(err, ErrUsage) || out.Len() != 0 {
		t.Fatalf("--rpc garbage assets: %v, printed %q", err, out.String())
	}
	// The override is the endpoint used, by name.
	a := &app{devnetDir: dir, rpc: []string{"A=http://127.0.0.1:1"}, getenv: func(string) string { return "" }}
	if url, err := a.evmURL(chains.DevnetA); err != nil || url != "http://127.0.0.1:1" {
		t.Fatalf("evmURL(A) = %q, %v", url, err)
	}
}
