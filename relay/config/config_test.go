package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const devnetYAML = `
dataDir: /var/lib/kakehashi
operator:
  keystore: /etc/kakehashi/op1.json
  passphraseFile: /etc/kakehashi/op1.pass
operators:
  threshold: 2
  addresses:
    - 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    - 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC
    - 0x90F79bf6EB2c4f870365E785982E1f101E93b906
chains:
  - id: 31337
    name: A
    kind: evm
    rpc: [http://127.0.0.1:8545]
    bridge: 0x5FbDB2315678afecb367f032d93F642f64180aa3
    confirmations: 3
  - id: 18444
    kind: bitcoin
    rpc: [http://user:pass@127.0.0.1:18443]
    confirmations: 6
    roles: [watch, sign]
nats:
  urls: [nats://127.0.0.1:4222]
batch:
  maxSize: 32
  maxWait: 250ms
`

func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "relayd.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadDevnet(t *testing.T) {
	c, err := Load(write(t, devnetYAML), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.Operators.Threshold != 2 || len(c.OperatorAddresses()) != 3 || c.SingleOperator() {
		t.Fatalf("operators %+v", c.Operators)
	}
	if c.Batch.MaxWait.D() != 250*time.Millisecond || c.Batch.MaxSize != 32 || c.Lease.TTL.D() != 5*time.Second {
		t.Fatalf("batch/lease %+v %+v", c.Batch, c.Lease)
	}
	if !c.Chains[0].HasRole(RoleCoordinate) || c.Chains[1].HasRole(RoleCoordinate) {
		t.Fatalf("roles %+v", c.Chains)
	}
	if c.Operator.PassphraseEnv != "" {
		t.Fatal("default passphrase env set although a file is configured")
	}
}

func TestEnvOverrides(t *testing.T) {
	env := map[string]string{
		"KAKEHASHI_THRESHOLD":       "3",
		"KAKEHASHI_BATCH_MAX_WAIT":  "1s",
		"KAKEHASHI_NATS_URLS":       "nats://10.0.0.1:4222, nats://10.0.0.2:4222",
		"KAKEHASHI_CHAIN_31337_RPC": "http://10.0.0.9:8545",
		"KAKEHASHI_LOG_LEVEL":       "debug",
	}
	c, err := Load(write(t, devnetYAML), func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.Operators.Threshold != 3 || c.Batch.MaxWait.D() != time.Second || len(c.NATS.URLs) != 2 ||
		c.Chains[0].RPC[0] != "http://10.0.0.9:8545" || c.Log.Level != "debug" {
		t.Fatalf("overrides not applied: %+v", c)
	}
}

// The smallest configuration: single-operator mode with embedded NATS.
func TestMinimalSingleOperator(t *testing.T) {
	c, err := Load(write(t, "operator:\n  keystore: ./op.json\n"), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if !c.SingleOperator() || len(c.NATS.URLs) != 0 || c.NATS.Embedded.StoreDir != "./data/nats" || c.Operator.PassphraseEnv != DefaultPassphraseEnv {
		t.Fatalf("%+v", c)
	}
	// Or from the environment alone.
	if _, err := Load("", func(k string) string {
		return map[string]string{"KAKEHASHI_KEYSTORE": "/k.json"}[k]
	}); err != nil {
		t.Fatal(err)
	}
}

func TestValidationSaysWhatToFix(t *testing.T) {
	for _, tc := range []struct {
		name  string
		yaml  string
		env   map[string]string
		field string
		fix   string
	}{
		{"threshold above operators", devnetYAML, map[string]string{"KAKEHASHI_THRESHOLD": "4"}, "operators.threshold", "threshold 4 > 3 operators: lower threshold or add an operator"},
		{"no keystore", "operators: {}\n", nil, "operator.keystore", "relayd key new"},
		{"unknown kind", strings.Replace(devnetYAML, "kind: bitcoin", "kind: solana", 1), nil, "chains[1].kind", `"solana": use evm or bitcoin`},
		{"evm without bridge", strings.Replace(devnetYAML, "bridge: 0x5FbDB2315678afecb367f032d93F642f64180aa3", "", 1), nil, "chains[0] (A).bridge", "Bridge contract"},
		{"bad address", strings.Replace(devnetYAML, "0x90F79bf6EB2c4f870365E785982E1f101E93b906", "0x1234", 1), nil, "operators.addresses[2]", "not a 20-byte hex address"},
		{"duplicate operator", strings.Replace(devnetYAML, "0x90F79bf6EB2c4f870365E785982E1f101E93b906", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", 1), nil, "operators.addresses[2]", "listed twice"},
		{"bad duration", devnetYAML, map[string]string{"KAKEHASHI_BATCH_MAX_WAIT": "soon"}, "KAKEHASHI_BATCH_MAX_WAIT", "use Go syntax"},
		{"unknown key", devnetYAML + "colour: blue\n", nil, "yaml", `unknown key "colour" (line 29): known keys are dataDir, operator`},
		{"bad nats url", devnetYAML, map[string]string{"KAKEHASHI_NATS_URLS": "http://x"}, "nats.urls[0]", "nats://"},
		{"unknown role", strings.Replace(devnetYAML, "roles: [watch, sign]", "roles: [watch, mint]", 1), nil, "chains[1].roles[1]", `unknown role "mint"`},
		{"threshold without operators", "operator: {keystore: k}\noperators: {threshold: 2}\n", nil, "operators.threshold", "single-operator mode"},
		{"no confirmations", strings.Replace(devnetYAML, "confirmations: 6", "confirmations: 0", 1), nil, "chains[1].confirmations", "at least 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(write(t, tc.yaml), func(k string) string { return tc.env[k] })
			var ce *Error
			if !errors.As(err, &ce) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want *Error", err)
			}
			for _, p := range ce.Problems {
				if p.Field == tc.field && strings.Contains(p.Msg, tc.fix) {
					return
				}
			}
			t.Fatalf("no problem at %s containing %q in:\n%v", tc.field, tc.fix, err)
		})
	}
}

func TestNATSCredsFile(t *testing.T) {
	dir := t.TempDir()
	creds := filepath.Join(dir, "op.creds")
	for _, tc := range []struct {
		name  string
		mode  os.FileMode // 0: no file
		env   map[string]string
		field string
		fix   string
	}{
		{"missing", 0, map[string]string{"KAKEHASHI_NATS_CREDS": creds}, "nats.creds", "relayd bus user"},
		{"world-readable", 0o644, map[string]string{"KAKEHASHI_NATS_CREDS": creds}, "nats.creds", "chmod 600 " + creds},
		{"jwt without seed", 0o600, map[string]string{"KAKEHASHI_NATS_JWT": creds}, "nats.jwt", "go together"},
		{"cert without ca", 0o600, map[string]string{"KAKEHASHI_NATS_CREDS": creds, "KAKEHASHI_NATS_TLS_CERT": "c.pem", "KAKEHASHI_NATS_TLS_KEY": "k.pem"}, "nats.tls.ca", "CA"},
		{"ok", 0o600, map[string]string{"KAKEHASHI_NATS_CREDS": creds}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_ = os.Remove(creds)
			if tc.mode != 0 {
				if err := os.WriteFile(creds, []byte("creds"), tc.mode); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Load(write(t, devnetYAML), func(k string) string { return tc.env[k] })
			if tc.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *Error", err)
			}
			for _, p := range ce.Problems {
				if p.Field == tc.field && strings.Contains(p.Msg, tc.fix) {
					return
				}
			}
			t.Fatalf("no problem at %s containing %q in:\n%v", tc.field, tc.fix, err)
		})
	}
}

func TestBitcoinChain(t *testing.T) {
	const head = `
operator: {keystore: /k.json}
chains:
  - id: 18444
    kind: bitcoin
`
	pwFile := filepath.Join(t.TempDir(), "btc.pass")
	if err := os.WriteFile(pwFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	noEnv := func(string) string { return "" }
	t.Run("section with password file", func(t *testing.T) {
		c, err := Load(write(t, head+`    rpc: [http://127.0.0.1:18443]
    confirmations: 6
    bitcoin: {rpcUser: kkh, rpcPasswordFile: `+pwFile+`, maxFeeRate: 7}
`), noEnv)
		if err != nil {
			t.Fatal(err)
		}
		b := c.Chains[0].Bitcoin
		if b.MinFeeRate != 1 || b.FeeRate != 2 || b.MaxFeeRate != 7 || b.SweepInterval.D() != DefaultSweepInterval || b.SweepMinBatch != 1 || b.PayoutMaxOutputs != 50 {
			t.Fatalf("defaults not filled: %+v", b)
		}
		host, tls, user, pass, err := c.Chains[0].BitcoinLogin()
		if err != nil || host != "127.0.0.1:18443" || tls || user != "kkh" || pass != "s3cret" {
			t.Fatalf("login %q %v %q %q %v", host, tls, user, pass, err)
		}
	})
	t.Run("password from the environment, credentials in URL", func(t *testing.T) {
		c, err := Load(write(t, head+`    rpc: [https://127.0.0.1:18443]
    confirmations: 6
    bitcoin: {rpcUser: kkh}
`), func(k string) string {
			if k == "KAKEHASHI_CHAIN_18444_RPCPASSWORD" {
				return "fromenv"
			}
			return ""
		})
		if err != nil {
			t.Fatal(err)
		}
		_, tls, _, pass, err := c.Chains[0].BitcoinLogin()
		if err != nil || !tls || pass != "fromenv" {
			t.Fatalf("tls %v pass %q err %v", tls, pass, err)
		}
		c, err = Load(write(t, head+"    rpc: [http://u:p@127.0.0.1:18443]\n    confirmations: 6\n"), noEnv)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, user, pass, err := c.Chains[0].BitcoinLogin(); err != nil || user != "u" || pass != "p" {
			t.Fatalf("URL credentials %q %q %v", user, pass, err)
		}
	})
	for _, tc := range []struct{ name, chain, want string }{
		{"no credentials", "    rpc: [http://127.0.0.1:18443]\n    confirmations: 6\n", "chains[0].bitcoin.rpcUser"},
		{"fee rates out of order", "    rpc: [http://127.0.0.1:18443]\n    confirmations: 6\n    bitcoin: {rpcUser: a, rpcPasswordFile: /p, minFeeRate: 3, feeRate: 2, maxFeeRate: 4}\n", "minFeeRate ≤ feeRate ≤ maxFeeRate"},
		{"nats URL for btcd", "    rpc: [nats://127.0.0.1:18443]\n    confirmations: 6\n    bitcoin: {rpcUser: a, rpcPasswordFile: /p}\n", "btcd is reached over http://"},
		{"bad payout bound", "    rpc: [http://127.0.0.1:18443]\n    confirmations: 6\n    bitcoin: {rpcUser: a, rpcPasswordFile: /p, payoutMaxOutputs: 5000}\n", "payoutMaxOutputs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(write(t, head+tc.chain), noEnv)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	t.Run("bitcoin section on an evm chain", func(t *testing.T) {
		_, err := Load(write(t, `
chains:
  - {id: 1, kind: evm, rpc: [http://x:1], bridge: 0x5FbDB2315678afecb367f032d93F642f64180aa3, confirmations: 1, bitcoin: {rpcUser: a}}
`), noEnv)
		if err == nil || !strings.Contains(err.Error(), "set on an evm chain") {
			t.Fatalf("got %v", err)
		}
	})
}
