package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
)

func testKeystore(t *testing.T) (path, pass string) {
	t.Helper()
	priv, _ := crypto.GenerateKey()
	pass = "test-passphrase"
	_, path, err := keys.Store(t.TempDir(), pass, keys.ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	return path, pass
}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "relayd.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// Single-operator mode starts from a minimal configuration, serves the
// health, readiness and metrics endpoints, and shuts down on cancel.
func TestSingleOperatorMode(t *testing.T) {
	ks, pass := testKeystore(t)
	dir := t.TempDir()
	cfgPath := writeConfig(t, "operator:\n  keystore: "+ks+"\ndataDir: "+dir+"\nnats:\n  embedded:\n    listen: 127.0.0.1:0\nhttp:\n  listen: 127.0.0.1:0\nlog:\n  format: json\n")
	env := map[string]string{config.DefaultPassphraseEnv: pass}
	cfg, err := config.Load(cfgPath, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	d, err := newDaemon(ctx, cfg, daemonOptions{stderr: &syncWriter{w: &logs}, getenv: func(k string) string { return env[k] }, ready: ready})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- d.run(ctx) }()
	addr := <-ready

	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Fatalf("healthz %d %s", code, body)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, body := get("/readyz")
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("readyz %d %s", code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Put one (unsigned-for-any-role) message on the bus so the bus metrics have samples.
	if _, err := d.bus.Publish(ctx, "kkh.audit.block", "test-1", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	_, metrics := get("/metrics")
	for _, m := range []string{"kakehashi_bus_published_total", "go_goroutines", "process_resident_memory_bytes"} {
		if !strings.Contains(metrics, "# HELP "+m) {
			t.Errorf("metrics lack %s", m)
		}
	}
	if code, _ := get("/v1/transfers/0x" + strings.Repeat("ab", 32)); code != 404 {
		t.Errorf("unknown transfer: %d", code)
	}
	if code, _ := get("/v1/transfers/nothex"); code != 400 {
		t.Errorf("bad transfer id: %d", code)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no graceful shutdown")
	}
	// JSON logs, no key material.
	out := logs.String()
	if !strings.Contains(out, `"message":"relayd started"`) || strings.Contains(out, pass) {
		t.Fatalf("logs:\n%s", out)
	}
}

func TestChainsNeedDeployment(t *testing.T) {
	ks, pass := testKeystore(t)
	cfgPath := writeConfig(t, `operator: {keystore: `+ks+`}
dataDir: `+t.TempDir()+`
nats: {embedded: {listen: "127.0.0.1:0"}}
chains:
  - {id: 31337, kind: evm, rpc: ["http://127.0.0.1:8545"], bridge: "0x5FbDB2315678afecb367f032d93F642f64180aa3", confirmations: 1}
`)
	env := map[string]string{config.DefaultPassphraseEnv: pass}
	cfg, err := config.Load(cfgPath, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	// Chains without a deployment file: a clear error naming the fix.
	_, err = newDaemon(context.Background(), cfg, daemonOptions{stderr: io.Discard, getenv: func(k string) string { return env[k] }})
	if !errors.Is(err, errNoDeployment) || !strings.Contains(err.Error(), "--deployment") {
		t.Fatalf("err = %v", err)
	}
}

// TestBitcoinAdapterChecksDeployment: relayd refuses to serve a bitcoin
// chain whose protocol parameters the deployment lacks or contradicts,
// before dialling btcd, each with what to fix.
func TestBitcoinAdapterChecksDeployment(t *testing.T) {
	op := newTestOperator(t)
	ks := op.keystore
	env := map[string]string{config.DefaultPassphraseEnv: op.pass, "KAKEHASHI_CHAIN_18444_RPCPASSWORD": "pw"}
	getenv := func(k string) string { return env[k] }
	full := func() *deployment.Deployment {
		ops := deployment.DevnetOperatorKeys()
		rec := deployment.FederationOf(2, deployment.DevnetRecoveryKeys()...)
		return &deployment.Deployment{Version: deployment.Version, CreatedAt: time.Now().UTC(),
			Signers: deployment.SignerSet{Threshold: 1, Addresses: []common.Address{op.addr}},
			Chains: []deployment.Chain{{ID: 31337, Name: "A", Kind: deployment.KindEVM, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
				{ID: 18444, Name: "BTC", Kind: deployment.KindBitcoin}},
			Bitcoin: &deployment.Bitcoin{ChainID: 18444, Network: "regtest", Federation: deployment.FederationOf(2, ops...), MinDeposit: 10_000,
				Confirmations: 6, RefundMargin: 20, DefaultRefundBlocks: 144, MaxFeeRate: 10, Recovery: &rec, RecoveryDelay: 144}}
	}
	for _, tc := range []struct {
		name   string
		mutate func(d *deployment.Deployment)
		confs  int
		want   string
	}{
		{"no bitcoin section", func(d *deployment.Deployment) { d.Bitcoin = nil; d.Chains = d.Chains[:1] }, 6, "the deployment has no bitcoin chain 18444"},
		{"other confirmations", func(*deployment.Deployment) {}, 3, "confirmations 3 differ from the deployment's 6"},
		{"no max fee rate", func(d *deployment.Deployment) { d.Bitcoin.MaxFeeRate = 0 }, 6, "bitcoin.maxFeeRate is not set"},
		{"no recovery leaf", func(d *deployment.Deployment) { d.Bitcoin.Recovery, d.Bitcoin.RecoveryDelay = nil, 0 }, 6, "bitcoin.recovery and bitcoin.recoveryDelay are not set"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := full()
			tc.mutate(d)
			dp := filepath.Join(t.TempDir(), "deployment.json")
			if err := d.Write(dp); err != nil {
				t.Fatal(err)
			}
			cfg, err := config.Load(writeConfig(t, fmt.Sprintf(`operator: {keystore: %s}
dataDir: %s
nats: {embedded: {listen: "127.0.0.1:0"}}
chains:
  - {id: 18444, kind: bitcoin, rpc: ["http://127.0.0.1:1"], confirmations: %d, roles: [watch], bitcoin: {rpcUser: u}}
`, ks, t.TempDir(), tc.confs)), getenv)
			if err != nil {
				t.Fatal(err)
			}
			_, err = newDaemon(context.Background(), cfg, daemonOptions{stderr: io.Discard, getenv: getenv, deployment: dp})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// writeDeployment writes a minimal valid deployment file (one EVM chain,
// no assets).
func writeDeployment(t *testing.T) string {
	t.Helper()
	d := &deployment.Deployment{Version: deployment.Version, CreatedAt: time.Now().UTC(),
		Signers: deployment.SignerSet{Threshold: 1, Addresses: []common.Address{common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}},
		Chains:  []deployment.Chain{{ID: 31337, Name: "A", Kind: deployment.KindEVM, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}}}
	p := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Write(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigCheckCommand(t *testing.T) {
	good := writeConfig(t, "operator: {keystore: /k.json}\n")
	bad := writeConfig(t, "operator: {keystore: /k.json}\noperators:\n  threshold: 3\n  addresses: [0x70997970C51812dc3A010C7d01b50e0d17dc79C8, 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC]\n")
	for _, tc := range []struct {
		name    string
		args    []string
		wantErr bool
		want    string
	}{
		{"ok text", []string{"config", "check", "--config", good}, false, "single-operator (1-of-1)"},
		{"ok json", []string{"config", "check", "--config", good, "--json"}, false, `"ok": true`},
		{"bad", []string{"config", "check", "--config", bad}, true, "threshold 3 > 2 operators: lower threshold or add an operator"},
		{"bad json", []string{"config", "check", "--config", bad, "--json"}, true, `"field":"operators.threshold"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			cmd := newRootCmd(&out, io.Discard, func(string) string { return "" })
			cmd.SetArgs(tc.args)
			err := cmd.Execute()
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v", err)
			}
			text := out.String()
			if err != nil {
				text += err.Error()
			}
			if !strings.Contains(text, tc.want) {
				t.Fatalf("output %q lacks %q", text, tc.want)
			}
		})
	}
}

func TestKeyNewCommand(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	cmd := newRootCmd(&out, io.Discard, func(k string) string { return map[string]string{"KAKEHASHI_PASSPHRASE": "pw"}[k] })
	cmd.SetArgs([]string{"key", "new", "--dir", dir, "--light", "--json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	var res struct{ Address, Keystore string }
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	k, err := keys.Load(res.Keystore, keys.Passphrase{Env: "P"}, keys.LoadOptions{Getenv: func(string) string { return "pw" }})
	if err != nil || k.Address().Hex() != res.Address {
		t.Fatalf("load: %v %v", k, err)
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func TestSignWithoutWatchRefused(t *testing.T) {
	ks, pass := testKeystore(t)
	cfgPath := writeConfig(t, `operator: {keystore: `+ks+`}
dataDir: `+t.TempDir()+`
nats: {embedded: {listen: "127.0.0.1:0"}}
chains:
  - {id: 31337, kind: evm, rpc: ["http://127.0.0.1:8545"], bridge: "0x5FbDB2315678afecb367f032d93F642f64180aa3", confirmations: 1, roles: [sign, coordinate]}
`)
	env := map[string]string{config.DefaultPassphraseEnv: pass}
	cfg, err := config.Load(cfgPath, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	_, err = newDaemon(context.Background(), cfg, daemonOptions{stderr: io.Discard, getenv: func(k string) string { return env[k] }, deployment: writeDeployment(t)})
	if err == nil || !strings.Contains(err.Error(), `add "watch" to chain 31337's roles`) {
		t.Fatalf("err = %v", err)
	}
}
