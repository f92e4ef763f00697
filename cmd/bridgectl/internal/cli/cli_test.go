package cli

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/deployment"
)

// Every command answers --help and inherits --json.
func TestHelpEverywhere(t *testing.T) {
	var walk func(c *cobra.Command)
	var n int
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			walk(sub)
		}
		n++
		path := strings.Fields(c.CommandPath())[1:]
		var out bytes.Buffer
		if err := Execute(context.Background(), append(path, "--help"), &out, &out); err != nil {
			t.Fatalf("%s --help: %v", c.CommandPath(), err)
		}
		if !strings.Contains(out.String(), "--json") || c.Short == "" {
			t.Errorf("%s: help lacks --json or a short description:\n%s", c.CommandPath(), out.String())
		}
		if c.Runnable() && !c.HasSubCommands() && c.Example == "" { // a group only prints its help
			t.Errorf("%s has no example", c.CommandPath())
		}
	}
	walk(New(&bytes.Buffer{}, &bytes.Buffer{}))
	if n < 14 {
		t.Fatalf("walked %d commands", n)
	}
}

func TestParseKey(t *testing.T) {
	k, _ := crypto.GenerateKey()
	raw := crypto.FromECDSA(k)
	wif, _ := btcutil.NewWIF(btcKey(k), &chaincfg.RegressionNetParams, true)
	for _, tc := range []struct {
		name string
		in   string
		ok   bool
	}{
		{"hex", hex.EncodeToString(raw), true},
		{"0x hex", "0x" + hex.EncodeToString(raw), true},
		{"wif", wif.String(), true},
		{"short hex", "abcd", false},
		{"junk", "not-a-key", false},
		{"zero", strings.Repeat("00", 32), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseKey(tc.in)
			if !tc.ok {
				if !errors.Is(err, ErrKey) {
					t.Fatalf("err = %v, want ErrKey", err)
				}
				if err != nil && strings.Contains(err.Error(), tc.in) && len(tc.in) > 8 {
					t.Fatal("the error repeats the key material")
				}
				return
			}
			if err != nil || !bytes.Equal(crypto.FromECDSA(got), raw) {
				t.Fatalf("parseKey: %v", err)
			}
		})
	}
}

func TestEVMAddress(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"checksummed", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", true},
		{"lower case", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", true},
		{"bad checksum", "0x70997970c51812DC3A010C7d01b50e0d17dc79C8", false},
		{"no 0x", "70997970c51812dc3a010c7d01b50e0d17dc79c8", false},
		{"short", "0x1234", false},
		{"zero", "0x0000000000000000000000000000000000000000", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := evmAddress(tc.in)
			if tc.ok != (err == nil) || (err != nil && !errors.Is(err, ErrRecipient)) {
				t.Fatalf("evmAddress(%q) = %v", tc.in, err)
			}
		})
	}
}

func TestBTCRecipient(t *testing.T) {
	dep := &deployment.Deployment{Bitcoin: &deployment.Bitcoin{Network: "regtest"}}
	for _, tc := range []struct {
		name, in string
		script   string // hex prefix of the expected script
	}{
		{"p2wpkh", "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080", "0014"},
		{"p2tr", "bcrt1p9vqntxsw33vf7qftw5uhch3dw7mgr8tyuzumrc8llccdwjz66s2qvusf7n", "5120"},
		{"mainnet", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", ""},
		{"bad checksum", "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt081", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := btcRecipient(dep, tc.in)
			if tc.script == "" {
				if !errors.Is(err, ErrRecipient) {
					t.Fatalf("err = %v, want ErrRecipient", err)
				}
				return
			}
			if err != nil || !strings.HasPrefix(hex.EncodeToString(got), tc.script) {
				t.Fatalf("script %x, err %v", got, err)
			}
		})
	}
}

func TestCode(t *testing.T) {
	for _, tc := range []struct {
		err  error
		code string
	}{
		{fmt.Errorf("%w: x", ErrUnknownAsset), "unknown_asset"},
		{fmt.Errorf("wrapped: %w", fmt.Errorf("%w: y", ErrPaused)), "paused"},
		{errors.New("other"), "error"},
	} {
		if got := Code(tc.err); got != tc.code {
			t.Errorf("Code(%v) = %s, want %s", tc.err, got, tc.code)
		}
	}
}

// Without a devnet or deployment, commands say what to run, in one line.
func TestSetupErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"assets"}, {"signers"}, {"deploy"}, {"lock", "--asset", "TST", "--amount", "1", "--to", "B"}} {
		var out, errb bytes.Buffer
		err := Execute(context.Background(), append([]string{"--devnet-dir", dir}, args...), &out, &errb)
		if !errors.Is(err, ErrSetup) {
			t.Fatalf("%v: err = %v, want ErrSetup", args, err)
		}
		if line := strings.TrimSuffix(errb.String(), "\n"); strings.Contains(line, "\n") || !strings.Contains(line, "bridgectl deploy") && !strings.Contains(line, "devnet up") {
			t.Fatalf("%v: %q", args, errb.String())
		}
		out.Reset()
		_ = Execute(context.Background(), append([]string{"--devnet-dir", dir, "--json"}, args...), &out, &errb)
		var e struct{ Error, Code string }
		if json.Unmarshal(out.Bytes(), &e) != nil || e.Code != "setup" {
			t.Fatalf("%v --json: %s", args, out.String())
		}
	}
}

// A keystore file works as --key-file with the passphrase from the environment.
func TestKeyFile(t *testing.T) {
	k, _ := crypto.GenerateKey()
	dir := t.TempDir()
	hexFile := filepath.Join(dir, "key.hex")
	if err := os.WriteFile(hexFile, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a := &app{keyFile: hexFile, getenv: func(string) string { return "" }}
	got, err := a.userKey()
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("hex key file: %v", err)
	}
	// A go-ethereum keystore, passphrase from KAKEHASHI_PASSPHRASE.
	id, _ := uuid.NewRandom()
	ks, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksFile := filepath.Join(dir, "key.json")
	if err := os.WriteFile(ksFile, ks, 0o600); err != nil {
		t.Fatal(err)
	}
	a = &app{keyFile: ksFile, getenv: func(k string) string { return map[string]string{"KAKEHASHI_PASSPHRASE": "s3cret"}[k] }}
	if got, err = a.userKey(); err != nil || crypto.PubkeyToAddress(got.PublicKey) != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("keystore: %v", err)
	}
	a = &app{keyFile: ksFile, getenv: func(string) string { return "wrong" }}
	if _, err := a.userKey(); !errors.Is(err, ErrKey) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	// The environment variable wins over nothing; no key at all is ErrKey.
	envKey := hex.EncodeToString(crypto.FromECDSA(k))
	a = &app{getenv: func(name string) string { return map[string]string{"KAKEHASHI_KEY": envKey}[name] }}
	if got, err = a.userKey(); err != nil || crypto.PubkeyToAddress(got.PublicKey) != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("env key: %v", err)
	}
	a = &app{getenv: func(string) string { return "" }}
	if _, err := a.userKey(); !errors.Is(err, ErrKey) {
		t.Fatalf("no key: %v", err)
	}
}

// Usage mistakes are one line with the fix and code "usage" (internal/usage
// has the full table).
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"stauts"}, `did you mean 'bridgectl status'?`},
		{[]string{"audit", "verfy"}, `did you mean 'bridgectl audit verify'?`},
		{[]string{"status", "0x01", "--relya", "x"}, "bridgectl status has no flag --relya: did you mean --relay?"},
		{[]string{"--devnet-dirr", "x", "assets"}, "did you mean --devnet-dir?"},
		{[]string{"lock", "--relay", "x"}, "it is a flag of 'bridgectl status'"},
		{[]string{"status"}, "usage: bridgectl status <transferId>"},
	} {
		var out, errb bytes.Buffer
		err := Execute(context.Background(), tc.args, &out, &errb)
		if !errors.Is(err, ErrUsage) || Code(err) != "usage" {
			t.Errorf("%v: err = %v (code %s), want usage", tc.args, err, Code(err))
			continue
		}
		if got := errb.String(); !strings.Contains(got, tc.want) || strings.Count(got, "\n") != 1 {
			t.Errorf("%v: stderr %q, want one line with %q", tc.args, got, tc.want)
		}
	}
	// --json: the same as an object with the code.
	var out bytes.Buffer
	_ = Execute(context.Background(), []string{"--json", "stauts"}, &out, &out)
	if !strings.Contains(out.String(), `"code":"usage"`) || !strings.Contains(out.String(), "did you mean") {
		t.Errorf("--json: %s", out.String())
	}
}

// Shell completion scripts come from cobra for bash, zsh, fish and
// powershell.
func TestCompletion(t *testing.T) {
	for shell, want := range map[string]string{"bash": "# bash completion V2 for bridgectl", "zsh": "#compdef bridgectl", "fish": "# fish completion for bridgectl", "powershell": "# powershell completion for bridgectl"} {
		var out, errb bytes.Buffer
		if err := Execute(context.Background(), []string{"completion", shell}, &out, &errb); err != nil || !strings.HasPrefix(out.String(), want) {
			t.Errorf("completion %s: %v %s, %.40q", shell, err, errb.String(), out.String())
		}
	}
}

// deploy refuses to publish no finality depth before it looks for a
// devnet: a deployment without one lets each relay choose its own.
func TestDeployZeroConfirmations(t *testing.T) {
	_, stderr, err := run(t, "deploy", "--confirmations", "0")
	if !errors.Is(err, ErrUsage) || !strings.Contains(stderr, "--confirmations must be at least 1") {
		t.Fatalf("err = %v, stderr %q; want a usage error naming --confirmations", err, stderr)
	}
}
