package cluster

import (
	"crypto/ecdsa"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/relay/config"
)

func testConfig(t *testing.T) Config {
	t.Helper()
	dep := &deployment.Deployment{Chains: []deployment.Chain{
		{ID: chains.DevnetA, Name: "A", Kind: deployment.KindEVM, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
		{ID: 18444, Name: "BTC", Kind: deployment.KindBitcoin},
	}}
	return Config{
		Relayd: "/nonexistent/relayd", Dir: t.TempDir(),
		Devnet: devnet.Description{
			EVM:  []devnet.EVMNode{{ChainID: uint64(chains.DevnetA), RPCURL: "http://127.0.0.1:8545"}},
			NATS: &devnet.NATSNode{URL: "nats://127.0.0.1:4222"},
		},
		Deployment: dep, DeploymentPath: "/tmp/deployment.json",
		Keys: deployment.DevnetOperatorKeys(), Threshold: 2, Confirmations: 2,
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
		{"btcd of another chain", func(c *Config) { withBTC(c); c.Devnet.BTC.ChainID = 18445 }, "btcd is chain 18445, the deployment's bitcoin chain is 18444"},
		{"btcd without password", func(c *Config) { withBTC(c); c.Devnet.BTC.RPCPass = "" }, "lacks the RPC host or credentials"},
		{"no maxFeeRate", func(c *Config) { withBTC(c); c.Deployment.Bitcoin.MaxFeeRate = 0 }, "bitcoin.maxFeeRate is 0"},
		{"no recovery leaf", func(c *Config) { withBTC(c); c.Deployment.Bitcoin.Recovery = nil }, "bitcoin.recovery"},
		{"bitcoin fee rates", func(c *Config) { withBTC(c); c.Bitcoin = Bitcoin{MinFeeRate: 3, FeeRate: 2, MaxFeeRate: 5} }, "MinFeeRate ≤ FeeRate ≤ MaxFeeRate, got 3 ≤ 2 ≤ 5"},
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
			t.Errorf("op%d config names the bitcoin chain, but the devnet has no btcd:\n%s", op.Index, y)
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

// withBTC adds btcd to the devnet and a bitcoin section to the deployment.
func withBTC(c *Config) {
	c.Devnet.BTC = &devnet.BTCNode{ChainID: 18444, Network: "regtest", RPCHost: "127.0.0.1:18443", RPCUser: "kkh", RPCPass: "secret pass"}
	dep := *c.Deployment
	dep.Bitcoin = &deployment.Bitcoin{ChainID: 18444, Network: "regtest", Federation: deployment.FederationOf(2, deployment.DevnetOperatorKeys()...),
		MinDeposit: 10_000, Confirmations: 6, RefundMargin: 20, DefaultRefundBlocks: 144, MaxFeeRate: 10, RecoveryDelay: 144}
	rec := deployment.FederationOf(2, deployment.DevnetRecoveryKeys()...)
	dep.Bitcoin.Recovery = &rec
	c.Deployment = &dep
}

// TestNewWritesBitcoinChain: with btcd on the devnet and a bitcoin section
// in the deployment every relayd serves the bitcoin chain — the
// deployment's confirmations, the btcd credentials with the password in a
// file of its own — and relay/config loads the file without a problem;
// EVMOnly leaves it out.
func TestNewWritesBitcoinChain(t *testing.T) {
	cfg := testConfig(t)
	withBTC(&cfg)
	cfg.Bitcoin = Bitcoin{SweepInterval: 3 * time.Second}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range c.Operators() {
		raw, err := os.ReadFile(op.Config)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(raw), "secret pass") {
			t.Fatalf("op%d: the btcd password is in the configuration file", op.Index)
		}
		pw, err := os.ReadFile(op.BTCPasswordFile)
		if err != nil || strings.TrimSpace(string(pw)) != "secret pass" {
			t.Fatalf("op%d: password file %s = %q, %v", op.Index, op.BTCPasswordFile, pw, err)
		}
		if st, _ := os.Stat(op.BTCPasswordFile); st.Mode().Perm() != 0o600 {
			t.Errorf("op%d: password file mode %v, want 0600", op.Index, st.Mode().Perm())
		}
		rc, err := config.Load(op.Config, func(string) string { return "" })
		if err != nil {
			t.Fatalf("op%d: relay/config refuses the written file: %v\n%s", op.Index, err, raw)
		}
		var btc *config.Chain
		for i := range rc.Chains {
			if rc.Chains[i].Kind == config.KindBitcoin {
				btc = &rc.Chains[i]
			}
		}
		if btc == nil || len(rc.Chains) != 2 {
			t.Fatalf("op%d: chains %+v, want A and a bitcoin chain", op.Index, rc.Chains)
		}
		b := btc.Bitcoin
		if btc.ID != 18444 || btc.Name != "BTC" || btc.Confirmations != 6 || len(btc.RPC) != 1 || btc.RPC[0] != "http://127.0.0.1:18443" ||
			!btc.HasRole(config.RoleWatch) || !btc.HasRole(config.RoleSign) || !btc.HasRole(config.RoleCoordinate) {
			t.Errorf("op%d: bitcoin chain %+v", op.Index, btc)
		}
		if b == nil || b.RPCUser != "kkh" || b.RPCPasswordFile != op.BTCPasswordFile || b.FeeRate != 2 || b.MinFeeRate != 1 || b.MaxFeeRate != 5 ||
			b.SweepInterval.D() != 3*time.Second || b.SweepMinBatch != 1 || b.PayoutMaxOutputs != 50 {
			t.Errorf("op%d: bitcoin section %+v", op.Index, b)
		}
		if pw, err := b.Password(); err != nil || pw != "secret pass" {
			t.Errorf("op%d: Password() = %q, %v", op.Index, pw, err)
		}
		for _, ch := range rc.Chains {
			if ch.Kind == config.KindEVM && ch.Confirmations != 2 {
				t.Errorf("op%d: EVM chain confirmations %d, want Config.Confirmations 2", op.Index, ch.Confirmations)
			}
		}
	}

	cfg = testConfig(t)
	withBTC(&cfg)
	cfg.EVMOnly = true
	c, err = New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range c.Operators() {
		raw, _ := os.ReadFile(op.Config)
		if strings.Contains(string(raw), "bitcoin") || op.BTCPasswordFile != "" {
			t.Errorf("op%d: EVMOnly config names the bitcoin chain:\n%s", op.Index, raw)
		}
	}
}
