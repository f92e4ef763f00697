package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
)

// roleConfig writes a single-operator configuration whose keys: section
// gives each role in files its own keystore entry (operator.keystore is
// op's key).
func roleConfig(t *testing.T, op testOperator, files map[string]string) *config.Config {
	t.Helper()
	body := fmt.Sprintf("operator: {keystore: %s}\ndataDir: %s\nnats: {embedded: {listen: \"127.0.0.1:0\"}}\nhttp: {listen: \"127.0.0.1:0\"}\nkeys:\n", op.keystore, t.TempDir())
	for _, role := range config.KeyRoles {
		if f, ok := files[role]; ok {
			body += fmt.Sprintf("  %s: {keystore: %s}\n", role, f)
		}
	}
	cfg, err := config.Load(writeConfig(t, body), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// keystoreOf stores a fresh key (or priv) under the test passphrase.
func keystoreOf(t *testing.T, hexKey string) string {
	t.Helper()
	priv, _ := crypto.GenerateKey()
	if hexKey != "" {
		priv, _ = crypto.HexToECDSA(hexKey)
	}
	_, path, err := keys.Store(t.TempDir(), "test-passphrase", keys.ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRoleKeys: four keystores give four keys (envelopes then need a
// binding); the one-key layout is accepted, the roles it serves named;
// two roles given one key — the same file, or two files of one key — are
// refused, naming both.
func TestRoleKeys(t *testing.T) {
	op := newTestOperator(t)
	env := func(k string) string {
		if k == config.DefaultPassphraseEnv {
			return "test-passphrase"
		}
		return ""
	}
	all := map[string]string{"custody": keystoreOf(t, ""), "transactions": keystoreOf(t, ""), "bus": keystoreOf(t, "")}
	rk, err := loadRoleKeys(roleConfig(t, op, all), env, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range rk.addresses() {
		seen[a.Hex()] = true
	}
	if len(seen) != 4 || rk.auth.Address() != op.addr || !rk.separateBus() || len(rk.shared) != 1 || rk.shared[0] != "authorisation" {
		t.Fatalf("four roles: addresses %v, auth %s, shared %v", rk.addresses(), rk.auth.Address(), rk.shared)
	}

	one, err := loadRoleKeys(roleConfig(t, op, nil), env, zerolog.Nop())
	if err != nil || len(one.shared) != 4 || one.separateBus() {
		t.Fatalf("one-key layout: %v, shared %v", err, one.shared)
	}

	// Two files, one key: transactions is the operator's own key.
	same := keystoreOf(t, op.hex(t))
	_, err = loadRoleKeys(roleConfig(t, op, map[string]string{"transactions": same}), env, zerolog.Nop())
	if !errors.Is(err, ErrKeyReuse) || !strings.Contains(err.Error(), "keys.transactions") || !strings.Contains(err.Error(), "operator.keystore") {
		t.Fatalf("transactions = the authorisation key: %v, want ErrKeyReuse naming both", err)
	}
	// One file for two roles: refused by the configuration already.
	body := fmt.Sprintf("operator: {keystore: %s}\ndataDir: %s\nkeys:\n  custody: {keystore: %s}\n  bus: {keystore: %s}\n", op.keystore, t.TempDir(), all["custody"], all["custody"])
	if _, err := config.Load(writeConfig(t, body), env); err == nil || !strings.Contains(err.Error(), "keys.bus") || !strings.Contains(err.Error(), "one key must not serve two roles") {
		t.Fatalf("one file for custody and bus: %v", err)
	}
}

// config check --strict refuses the one-key layout; without --strict it
// names the roles sharing operator.keystore.
func TestConfigCheckStrictKeys(t *testing.T) {
	op := newTestOperator(t)
	cfgPath := writeConfig(t, federationConfig(op, filepath.Join(t.TempDir(), "data"), "http://127.0.0.1:1", nil, 0))
	env := func(k string) string {
		if k == config.DefaultPassphraseEnv {
			return op.pass
		}
		return ""
	}
	for _, strict := range []bool{false, true} {
		var out bytes.Buffer
		cmd := newRootCmd(&out, io.Discard, env)
		args := []string{"config", "check", "--config", cfgPath}
		if strict {
			args = append(args, "--strict")
		}
		cmd.SetArgs(args)
		err := cmd.Execute()
		text := out.String()
		if err != nil {
			text += err.Error()
		}
		switch {
		case !strict && (err != nil || !strings.Contains(text, "authorisation, custody, transactions, bus use operator.keystore")):
			t.Fatalf("config check: %v\n%s", err, text)
		case strict && (err == nil || !strings.Contains(text, "--strict")):
			t.Fatalf("config check --strict: %v\n%s", err, text)
		}
	}
}
