package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

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
