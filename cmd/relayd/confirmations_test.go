package main

import (
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/config"
)

// The EVM finality depth is a protocol parameter of the deployment: a
// relayd configured below it refuses to start with the fix; above it, or
// with no published depth, its own setting applies (issue 14, L3).
func TestEVMConfirmations(t *testing.T) {
	dep := &deployment.Deployment{Chains: []deployment.Chain{
		{ID: chains.DevnetA, Name: "A", Kind: deployment.KindEVM, Confirmations: 3},
		{ID: chains.DevnetB, Name: "B", Kind: deployment.KindEVM},
	}}
	for _, tc := range []struct {
		chain      chains.ChainID
		configured uint64
		want       uint64
		err        string
	}{
		{chains.DevnetA, 3, 3, ""},
		{chains.DevnetA, 5, 5, ""},
		{chains.DevnetA, 2, 0, "confirmations 2 is below the deployment's finality depth 3"},
		{chains.DevnetB, 1, 1, ""},
	} {
		got, err := evmConfirmations(config.Chain{ID: uint64(tc.chain), Confirmations: tc.configured}, dep)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "set confirmations: 3")):
			t.Errorf("chain %d configured %d: %v, want %q with the fix", tc.chain, tc.configured, err, tc.err)
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("chain %d configured %d: %d, %v, want %d", tc.chain, tc.configured, got, err, tc.want)
		}
	}
}
