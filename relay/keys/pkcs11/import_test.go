package pkcs11_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	p11 "github.com/miekg/pkcs11"

	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11/softhsmtest"
)

// TestImportThenSign: an imported key opens under its label, signs
// recoverably as its address, cannot be read back, and its label cannot
// be taken twice.
func TestImportThenSign(t *testing.T) {
	tok := softhsmtest.New(t, tokenLabel)
	cfg := tok.Config
	cfg.KeyLabel = keyLabel
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(priv.PublicKey)
	addr, err := pkcs11.Import(cfg, priv)
	if err != nil || addr != want {
		t.Fatalf("Import = %s, %v; want %s", addr, err, want)
	}
	if _, err := pkcs11.Import(cfg, priv); !errors.Is(err, pkcs11.ErrKeyExists) {
		t.Fatalf("second Import = %v, want ErrKeyExists", err)
	}
	s := open(t, cfg)
	if s.Address() != want {
		t.Fatalf("Open: %s, want %s", s.Address(), want)
	}
	h := crypto.Keccak256([]byte("imported"))
	sig, err := s.SignHash(h)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(h, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != want {
		t.Fatalf("signature recovers %v (%v), want %s", pub, err, want)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	withRaw(t, cfg, func(ctx *p11.Ctx, sh p11.SessionHandle) {
		if err := ctx.FindObjectsInit(sh, []*p11.Attribute{p11.NewAttribute(p11.CKA_CLASS, p11.CKO_PRIVATE_KEY)}); err != nil {
			t.Fatal(err)
		}
		hs, _, err := ctx.FindObjects(sh, 2)
		_ = ctx.FindObjectsFinal(sh)
		if err != nil || len(hs) != 1 {
			t.Fatalf("find private key: %d, %v", len(hs), err)
		}
		_, err = ctx.GetAttributeValue(sh, hs[0], []*p11.Attribute{p11.NewAttribute(p11.CKA_VALUE, nil)})
		var rv p11.Error
		if !errors.As(err, &rv) || rv != p11.CKR_ATTRIBUTE_SENSITIVE {
			t.Fatalf("reading CKA_VALUE: %v, want CKR_ATTRIBUTE_SENSITIVE", err)
		}
	})
}
