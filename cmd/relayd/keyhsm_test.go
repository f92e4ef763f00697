package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11/softhsmtest"
)

// TestKeyCommandsIntoHSM: key new, import and restore with --pkcs11-module
// put the authorisation key into the token (its address printed, the key
// never), and relayd's role loader then signs with it from
// keys.authorisation.pkcs11.
func TestKeyCommandsIntoHSM(t *testing.T) {
	tok := softhsmtest.New(t, "kkh-cmd")
	dir := t.TempDir()
	pin := writeFile(t, filepath.Join(dir, "pin"), softhsmtest.PIN+"\n")
	hsm := func(label string) []string {
		return []string{"--pkcs11-module", tok.Config.Module, "--token-label", "kkh-cmd", "--key-label", label, "--pin-file", pin, "--json"}
	}
	var got struct{ Address string }
	out, _, err := runRelayd(t, nil, append([]string{"key", "new"}, hsm("generated")...)...)
	if err != nil || json.Unmarshal([]byte(out), &got) != nil || got.Address == "" {
		t.Fatalf("key new --pkcs11-module: %q, %v", out, err)
	}

	priv, _ := crypto.GenerateKey()
	keyHex := hex.EncodeToString(crypto.FromECDSA(priv))
	keyFile := writeFile(t, filepath.Join(dir, "key.hex"), keyHex)
	out, _, err = runRelayd(t, nil, append([]string{"key", "import", "--key-file", keyFile}, hsm("imported")...)...)
	if err != nil || json.Unmarshal([]byte(out), &got) != nil || got.Address != crypto.PubkeyToAddress(priv.PublicKey).Hex() {
		t.Fatalf("key import --pkcs11-module: %q, %v", out, err)
	}
	noKey(t, "key import output", out, keyHex)
	if _, _, err := runRelayd(t, nil, append([]string{"key", "import", "--key-file", keyFile}, hsm("imported")...)...); !errors.Is(err, pkcs11.ErrKeyExists) {
		t.Fatalf("second import under one label: %v, want ErrKeyExists", err)
	}

	shares, addr := backupShares(t, dir)
	args := []string{"key", "restore", "--share", shares[0], "--share", shares[2], "--share", shares[4]}
	out, _, err = runRelayd(t, nil, append(args, hsm("restored")...)...)
	if err != nil || json.Unmarshal([]byte(out), &got) != nil || got.Address != addr.Hex() {
		t.Fatalf("key restore --pkcs11-module: %q, %v; want %s", out, err, addr)
	}

	cfg := tok.Config
	cfg.KeyLabel = "restored"
	s, err := pkcs11.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Address() != addr {
		t.Fatalf("the token's restored key is %s, want %s", s.Address(), addr)
	}
}

// TestKeySealCustody: key seal --new --new-sealing-key writes a sealed
// custody key that relayd's role loader opens through the token, and the
// sealed file does not hold the key; without the token's key it does not
// open.
func TestKeySealCustody(t *testing.T) {
	tok := softhsmtest.New(t, "kkh-seal")
	dir := t.TempDir()
	pin := writeFile(t, filepath.Join(dir, "pin"), softhsmtest.PIN+"\n")
	sealed := filepath.Join(dir, "custody.sealed")
	out, _, err := runRelayd(t, nil, "key", "seal", "--new", "--new-sealing-key", "--pkcs11-module", tok.Config.Module,
		"--token-label", "kkh-seal", "--pin-file", pin, "--out", sealed, "--json")
	var rep struct{ Xonly, Address string }
	if err != nil || json.Unmarshal([]byte(out), &rep) != nil || len(rep.Xonly) != 64 {
		t.Fatalf("key seal: %q, %v", out, err)
	}
	if _, _, err := runRelayd(t, nil, "key", "seal", "--new", "--pkcs11-module", tok.Config.Module,
		"--token-label", "kkh-seal", "--pin-file", pin, "--out", sealed); err == nil {
		t.Fatal("key seal replaced an existing file")
	}

	op := newTestOperator(t)
	body := fmt.Sprintf("operator: {keystore: %s}\ndataDir: %s\nkeys:\n  custody: {sealed: %s, pkcs11: {module: %s, tokenLabel: kkh-seal, keyLabel: custody-seal, pinFile: %s}}\n",
		op.keystore, t.TempDir(), sealed, tok.Config.Module, pin)
	cfg, err := config.Load(writeConfig(t, body), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	rk, err := loadRoleKeys(cfg, func(k string) string { return map[string]string{config.DefaultPassphraseEnv: op.pass}[k] }, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer rk.close()
	x := hex.EncodeToString(schnorr.SerializePubKey(rk.custody.PubKey()))
	if x != rep.Xonly || crypto.PubkeyToAddress(*rk.custody.PubKey().ToECDSA()).Hex() != rep.Address {
		t.Fatalf("unsealed custody key %s, key seal printed %s", x, rep.Xonly)
	}
	blob, _ := os.ReadFile(sealed)
	if bytes.Contains(blob, rk.custody.Serialize()) {
		t.Fatal("the sealed file holds the custody key in clear")
	}
	cfg.Keys.Custody.PKCS11.KeyLabel = "nope"
	if _, err := loadRoleKeys(cfg, func(string) string { return op.pass }, zerolog.Nop()); !errors.Is(err, pkcs11.ErrKeyNotFound) {
		t.Fatalf("custody sealed under a missing key: %v", err)
	}
}
