package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
)

const testBridge = "0x5FbDB2315678afecb367f032d93F642f64180aa3"

// testOperator is a keystore with its address and passphrase.
type testOperator struct {
	keystore, pass string
	addr           common.Address
	priv           *ecdsa.PrivateKey
}

// hex is the operator's private key in hex (tests that store it again).
func (o testOperator) hex(t *testing.T) string { return hex.EncodeToString(crypto.FromECDSA(o.priv)) }

func newTestOperator(t *testing.T) testOperator {
	t.Helper()
	priv, _ := crypto.GenerateKey()
	const pass = "test-passphrase"
	addr, path, err := keys.Store(t.TempDir(), pass, keys.ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	return testOperator{keystore: path, pass: pass, addr: addr, priv: priv}
}

func randomAddress() common.Address {
	k, _ := crypto.GenerateKey()
	return crypto.PubkeyToAddress(k.PublicKey)
}

// writeFederationDeployment writes a deployment of one EVM chain (31337,
// testBridge) whose federation is signers, threshold t.
func writeFederationDeployment(t *testing.T, signers []common.Address, threshold uint8) string {
	t.Helper()
	d := &deployment.Deployment{Version: deployment.Version, CreatedAt: time.Now().UTC(),
		Signers: deployment.SignerSet{Threshold: threshold, Addresses: signers},
		Chains:  []deployment.Chain{{ID: 31337, Name: "A", Kind: deployment.KindEVM, Bridge: common.HexToAddress(testBridge), Confirmations: 1}}}
	p := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Write(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func addressList(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ", ")
}

// federationConfig is a 1-chain relayd configuration over the node at rpc
// with operators ops (none: single-operator mode), threshold t.
func federationConfig(op testOperator, dataDir, rpc string, ops []common.Address, threshold int) string {
	fed := ""
	if len(ops) > 0 {
		fed = fmt.Sprintf("operators: {threshold: %d, addresses: [%s]}\n", threshold, addressList(ops))
	}
	return fmt.Sprintf(`operator: {keystore: %s}
dataDir: %s
%snats: {embedded: {listen: "127.0.0.1:0"}}
http: {listen: "127.0.0.1:0"}
chains:
  - {id: 31337, name: A, kind: evm, rpc: [%q], bridge: %q, confirmations: 1}
`, op.keystore, dataDir, fed, rpc, testBridge)
}

// relayd refuses to start, before it writes anything in its data
// directory, when its key or operator set is not the deployment's or not
// the set the chain's bridge holds; each problem says what to set. With
// everything in agreement it starts.
func TestRunChecksFederation(t *testing.T) {
	op := newTestOperator(t)
	x, y, z := randomAddress(), randomAddress(), randomAddress()
	fed := []common.Address{op.addr, x, y}
	for _, tc := range []struct {
		name       string
		configured []common.Address
		threshold  int
		deployed   []common.Address
		onChain    []common.Address
		want       []string
	}{
		{"key not a signer", fed, 2, []common.Address{z, x, y}, []common.Address{z, x, y},
			[]string{"operators.addresses: [", "operator.keystore: key " + op.addr.Hex() + " is not a signer of the deployment", "relayd key import"}},
		{"other threshold", fed, 3, fed, fed,
			[]string{"operators.threshold: 3, the deployment's federation is 2-of-3", "set threshold: 2"}},
		{"single operator, federation deployment", nil, 0, fed, fed,
			[]string{"single-operator mode (no operators.addresses) runs 1-of-1", "set threshold: 2"}},
		{"bridge rotated", fed, 2, fed, []common.Address{op.addr, x, z},
			[]string{"chains[0] (A): the bridge's signer set is 2-of-3", "set operators.addresses and operators.threshold to the bridge's"}},
		{"agree", []common.Address{y, op.addr, x}, 2, fed, []common.Address{x, y, op.addr}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			node := newFakeEVM(t, 31337, tc.onChain, 2)
			dataDir := filepath.Join(t.TempDir(), "data")
			env := map[string]string{config.DefaultPassphraseEnv: op.pass}
			getenv := func(k string) string { return env[k] }
			cfg, err := config.Load(writeConfig(t, federationConfig(op, dataDir, node.URL, tc.configured, tc.threshold)), getenv)
			if err != nil {
				t.Fatal(err)
			}
			d, err := newDaemon(context.Background(), cfg, daemonOptions{stderr: io.Discard, getenv: getenv,
				deployment: writeFederationDeployment(t, tc.deployed, 2)})
			if tc.want == nil {
				if err != nil {
					t.Fatalf("a start in agreement: %v", err)
				}
				d.close()
				if _, err := os.Stat(filepath.Join(dataDir, "audit.db")); err != nil {
					t.Fatalf("the started relayd has no ledger: %v", err)
				}
				return
			}
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want a *config.Error", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%v\nlacks %q", err, w)
				}
			}
			if _, err := os.Stat(dataDir); !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("a refused start created its data directory (%v)", err)
			}
		})
	}
}

// config check --deployment compares the federation and, with a
// passphrase at hand, the key; without one it says it skipped the key.
func TestConfigCheckDeployment(t *testing.T) {
	op := newTestOperator(t)
	x, y, z := randomAddress(), randomAddress(), randomAddress()
	fed := []common.Address{op.addr, x, y}
	cfgPath := writeConfig(t, federationConfig(op, filepath.Join(t.TempDir(), "data"), "http://127.0.0.1:1", fed, 2))
	agrees := writeFederationDeployment(t, []common.Address{y, x, op.addr}, 2)
	otherKey := writeFederationDeployment(t, []common.Address{z, x, y}, 2)
	withPass := map[string]string{config.DefaultPassphraseEnv: op.pass}
	for _, tc := range []struct {
		name       string
		deployment string
		env        map[string]string
		json       bool
		wantErr    bool
		want       []string
	}{
		{"agree", agrees, withPass, false, false, []string{"ok: 2-of-3", "operator key " + op.addr.Hex() + ": a signer of the deployment", "federation: the deployment's, 2-of-3"}},
		{"agree, no passphrase", agrees, nil, false, false, []string{"operator key: not checked (no passphrase for operator.keystore: set its passphraseFile or export KAKEHASHI_PASSPHRASE to check it)", "federation: the deployment's"}},
		{"no deployment", "", withPass, false, false, []string{"operator key " + op.addr.Hex() + ": one of operators.addresses", "federation: not checked against a deployment (pass --deployment)"}},
		{"deployment from the environment", "", map[string]string{config.DefaultPassphraseEnv: op.pass, "KAKEHASHI_DEPLOYMENT": otherKey}, false, true, []string{"is not a signer of the deployment"}},
		{"key not a signer", otherKey, withPass, false, true, []string{"operators.addresses: [", "operator.keystore: key " + op.addr.Hex() + " is not a signer of the deployment"}},
		{"other set, no passphrase", otherKey, nil, false, true, []string{"differ from the deployment's signers"}},
		{"json, key skipped", agrees, nil, true, false, []string{`"ok": true`, `"keySkipped": "no passphrase`}},
		{"json, refused", otherKey, withPass, true, true, []string{`"ok": false`, `"field": "operator.keystore"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"config", "check", "--config", cfgPath}
			if tc.deployment != "" {
				args = append(args, "--deployment", tc.deployment)
			}
			if tc.json {
				args = append(args, "--json")
			}
			var out bytes.Buffer
			cmd := newRootCmd(&out, io.Discard, func(k string) string { return tc.env[k] })
			cmd.SetArgs(args)
			err := cmd.Execute()
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v\n%s", err, out.String())
			}
			text := out.String()
			if err != nil {
				text += err.Error()
			}
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q:\n%s", w, text)
				}
			}
		})
	}
}
