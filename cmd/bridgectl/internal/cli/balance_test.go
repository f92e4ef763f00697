package cli

import (
	"errors"
	"strings"
	"testing"
)

// balance refuses what is neither a 0x address nor an address of the
// deployment's Bitcoin network, before asking any node.
func TestBalanceRefusals(t *testing.T) {
	_, path := btcDeployment(t, 10)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"garbage", []string{"balance", "hello"}, "neither a 0x address nor a regtest Bitcoin address"},
		{"mainnet address", []string{"balance", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"}, "neither a 0x address"},
		{"bad scan depth", []string{"balance", "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080", "--scan-depth", "0"}, "--scan-depth"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := run(t, append([]string{"--deployment", path}, tc.args...)...)
			if !errors.Is(err, ErrUsage) || !strings.Contains(stderr, tc.want) {
				t.Fatalf("err = %v, stderr %q; want ErrUsage with %q", err, stderr, tc.want)
			}
		})
	}
	if _, _, err := run(t, "--deployment", path, "balance"); err == nil {
		t.Fatal("balance without an address: no error")
	}
}
