package cluster

import (
	"crypto/ecdsa"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/integration/harness"
)

func testConfig(t *testing.T) Config {
	t.Helper()
	dep := &deploy.Deployment{Chains: []deploy.Chain{
		{ID: chains.DevnetA, Name: "A", Kind: deploy.KindEVM, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
		{ID: 18444, Name: "BTC", Kind: deploy.KindBitcoin},
	}}
	return Config{
		Relayd: "/nonexistent/relayd", Dir: t.TempDir(),
		Devnet: harness.Description{
			EVM:  []harness.EVMNode{{ChainID: uint64(chains.DevnetA), RPCURL: "http://127.0.0.1:8545"}},
			NATS: &harness.NATSNode{URL: "nats://127.0.0.1:4222"},
		},
		Deployment: dep, DeploymentPath: "/tmp/deployment.json",
		Keys: deploy.DevnetOperatorKeys(), Threshold: 2, Confirmations: 2,
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"no relayd", func(c *Config) { c.Relayd = "" }, "Relayd"},
		{"no dir", func(c *Config) { c.Dir = "" }, "Dir is required"},
		{"no evm chain", func(c *Config) { c.Devnet.EVM = nil }, "no EVM chain"},
		{"no nats", func(c *Config) { c.Devnet.NATS = nil }, "no NATS"},
		{"no deployment", func(c *Config) { c.Deployment = nil }, "Deployment and DeploymentPath"},
		{"chain not deployed", func(c *Config) { c.Devnet.EVM[0].ChainID = 31338 }, "chain 31338 of the devnet is not an EVM chain"},
		{"no keys", func(c *Config) { c.Keys = nil }, "at least one operator key"},
		{"nil key", func(c *Config) { c.Keys = []*ecdsa.PrivateKey{nil} }, "Keys[0] is nil"},
		{"threshold above n", func(c *Config) { c.Threshold = 4 }, "Threshold 4 is not in 1..3"},
		{"threshold zero", func(c *Config) { c.Threshold = 0 }, "Threshold 0"},
		{"no confirmations", func(c *Config) { c.Confirmations = 0 }, "Confirmations 0"},
		{"negative grace", func(c *Config) { c.StopGrace = -1 }, "must not be negative"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(t)
			tc.mutate(&cfg)
			_, err := New(cfg)
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrConfig containing %q", err, tc.want)
			}
			if cfg.Dir != "" {
				if ents, _ := os.ReadDir(cfg.Dir); len(ents) != 0 {
					t.Fatalf("New wrote %d entries before rejecting the config", len(ents))
				}
			}
		})
	}
}

func TestNewWritesOperators(t *testing.T) {
	cfg := testConfig(t)
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ops := c.Operators()
	if len(ops) != 3 {
		t.Fatalf("%d operators, want 3", len(ops))
	}
	seen := map[string]bool{}
	for i, op := range ops {
		if op.Index != i+1 || op.Address != crypto.PubkeyToAddress(cfg.Keys[i].PublicKey) {
			t.Fatalf("operator %d: index %d address %s", i, op.Index, op.Address)
		}
		if op.Running() || op.PID() != 0 {
			t.Fatalf("op%d runs before Start", op.Index)
		}
		if seen[op.HTTP] {
			t.Fatalf("op%d shares HTTP address %s", op.Index, op.HTTP)
		}
		seen[op.HTTP] = true
		raw, err := os.ReadFile(op.Config)
		if err != nil {
			t.Fatal(err)
		}
		y := string(raw)
		for _, want := range []string{
			"threshold: 2",
			"kind: evm", `bridge: "0x5FbDB2315678afecb367f032d93F642f64180aa3"`, "confirmations: 2",
			`nats: {urls: ["nats://127.0.0.1:4222"]}`, op.HTTP, op.DataDir,
			ops[0].Address.Hex(), ops[2].Address.Hex(),
		} {
			if !strings.Contains(y, want) {
				t.Errorf("op%d config lacks %q:\n%s", op.Index, want, y)
			}
		}
		if strings.Contains(y, "bitcoin") {
			t.Errorf("op%d config names the bitcoin chain, which relayd does not wire:\n%s", op.Index, y)
		}
		if op.AuditStore() != filepath.Join(op.DataDir, "audit.db") {
			t.Errorf("AuditStore = %s", op.AuditStore())
		}
		ks, _ := filepath.Glob(filepath.Join(filepath.Dir(op.Config), "keystore", "*"))
		if len(ks) != 1 {
			t.Errorf("op%d: %d keystore files, want 1", op.Index, len(ks))
		}
	}
}
