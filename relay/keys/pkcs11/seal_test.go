package pkcs11_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11/softhsmtest"
)

// TestSealUnseal: a secret sealed under the token's AES key opens again
// only with that key and label, and any change to the blob is refused.
func TestSealUnseal(t *testing.T) {
	tok := softhsmtest.New(t, tokenLabel)
	cfg := tok.Config
	cfg.KeyLabel = "custody-seal"
	if err := pkcs11.GenerateSealingKey(cfg); err != nil {
		t.Fatal(err)
	}
	if err := pkcs11.GenerateSealingKey(cfg); !errors.Is(err, pkcs11.ErrKeyExists) {
		t.Fatalf("second GenerateSealingKey = %v, want ErrKeyExists", err)
	}
	secret := bytes.Repeat([]byte{0x5a}, 32)
	blob, err := pkcs11.Seal(cfg, secret)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(blob, secret) {
		t.Fatal("the blob holds the secret in clear")
	}
	again, _ := pkcs11.Seal(cfg, secret)
	if bytes.Equal(again, blob) {
		t.Fatal("two seals of one secret are equal: the IV is not fresh")
	}
	got, err := pkcs11.Unseal(cfg, blob)
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Unseal = %x, %v", got, err)
	}
	for i := 8; i < len(blob); i += 7 {
		bad := bytes.Clone(blob)
		bad[i] ^= 1
		if _, err := pkcs11.Unseal(cfg, bad); !errors.Is(err, pkcs11.ErrSealed) {
			t.Fatalf("byte %d flipped: %v, want ErrSealed", i, err)
		}
	}
	if _, err := pkcs11.Unseal(cfg, blob[:20]); !errors.Is(err, pkcs11.ErrSealed) {
		t.Fatalf("truncated: %v, want ErrSealed", err)
	}
	other := cfg
	other.KeyLabel = "other-seal"
	if err := pkcs11.GenerateSealingKey(other); err != nil {
		t.Fatal(err)
	}
	if _, err := pkcs11.Unseal(other, blob); !errors.Is(err, pkcs11.ErrSealed) {
		t.Fatalf("another key: %v, want ErrSealed", err)
	}
	missing := cfg
	missing.KeyLabel = "nope"
	if _, err := pkcs11.Unseal(missing, blob); !errors.Is(err, pkcs11.ErrKeyNotFound) {
		t.Fatalf("no such key: %v, want ErrKeyNotFound", err)
	}
}
