package pkcs11

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"

	p11 "github.com/miekg/pkcs11"
)

// Sealing a secret under an AES key that never leaves the token is how the
// Bitcoin custody key is kept (issue 18): no PKCS#11 mechanism signs
// BIP-340, so the custody key must be in relayd's memory to sign, but it
// is never at rest in plaintext — the file holds it encrypted under the
// token's key (CKM_AES_GCM), and only a process logged in to the token can
// open it. A stolen file without the token (and its PIN) is useless; a
// stolen token without the file is too.

// ErrSealed: a sealed blob is malformed, was sealed under another key or
// label, or was altered.
var ErrSealed = errors.New("pkcs11: sealed blob refused")

// sealMagic starts every sealed blob (format version 1).
var sealMagic = []byte("KKHSEAL1")

const (
	gcmIVSize  = 12
	gcmTagBits = 128
)

// sealAAD binds a blob to the label of the key that sealed it.
func sealAAD(label string) []byte { return append([]byte("kakehashi/pkcs11/seal/v1\x00"), label...) }

// GenerateSealingKey makes an AES-256 key inside the token named by cfg,
// labelled cfg.KeyLabel: a token object that is sensitive, never
// extractable, and may only encrypt and decrypt. A label in use is refused
// (ErrKeyExists).
func GenerateSealingKey(cfg Config) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	return withRWSession(cfg, func(ctx *p11.Ctx, sh p11.SessionHandle) error {
		id, err := newKeyID()
		if err != nil {
			return err
		}
		_, err = ctx.GenerateKey(sh, []*p11.Mechanism{p11.NewMechanism(p11.CKM_AES_KEY_GEN, nil)}, []*p11.Attribute{
			p11.NewAttribute(p11.CKA_CLASS, p11.CKO_SECRET_KEY),
			p11.NewAttribute(p11.CKA_KEY_TYPE, p11.CKK_AES),
			p11.NewAttribute(p11.CKA_VALUE_LEN, 32),
			p11.NewAttribute(p11.CKA_TOKEN, true),
			p11.NewAttribute(p11.CKA_PRIVATE, true),
			p11.NewAttribute(p11.CKA_SENSITIVE, true),
			p11.NewAttribute(p11.CKA_EXTRACTABLE, false),
			p11.NewAttribute(p11.CKA_ENCRYPT, true),
			p11.NewAttribute(p11.CKA_DECRYPT, true),
			p11.NewAttribute(p11.CKA_WRAP, false),
			p11.NewAttribute(p11.CKA_UNWRAP, false),
			p11.NewAttribute(p11.CKA_SIGN, false),
			p11.NewAttribute(p11.CKA_LABEL, cfg.KeyLabel),
			p11.NewAttribute(p11.CKA_ID, id),
		})
		if err != nil {
			return fmt.Errorf("pkcs11: generate AES key %q on token %q: %w", cfg.KeyLabel, cfg.TokenLabel, err)
		}
		return nil
	})
}

// Seal encrypts secret under the token's AES key cfg.KeyLabel
// (CKM_AES_GCM, a fresh random 96-bit IV, 128-bit tag, the label as
// associated data): blob = "KKHSEAL1" ‖ IV ‖ ciphertext ‖ tag.
func Seal(cfg Config, secret []byte) ([]byte, error) {
	iv := make([]byte, gcmIVSize)
	if _, err := rand.Read(iv); err != nil {
		return nil, fmt.Errorf("pkcs11: IV: %w", err)
	}
	var out []byte
	err := withSealingKey(cfg, func(ctx *p11.Ctx, sh p11.SessionHandle, key p11.ObjectHandle) error {
		params := p11.NewGCMParams(iv, sealAAD(cfg.KeyLabel), gcmTagBits)
		defer params.Free()
		if err := ctx.EncryptInit(sh, []*p11.Mechanism{p11.NewMechanism(p11.CKM_AES_GCM, params)}, key); err != nil {
			return fmt.Errorf("pkcs11: seal with %q: %w", cfg.KeyLabel, err)
		}
		ct, err := ctx.Encrypt(sh, secret)
		if err != nil {
			return fmt.Errorf("pkcs11: seal with %q: %w", cfg.KeyLabel, err)
		}
		out = append(append(append([]byte(nil), sealMagic...), iv...), ct...)
		return nil
	})
	return out, err
}

// Unseal opens a blob Seal made with the token's key cfg.KeyLabel. The
// caller owns the secret and should clear it after use.
func Unseal(cfg Config, blob []byte) ([]byte, error) {
	if len(blob) < len(sealMagic)+gcmIVSize+gcmTagBits/8 || !bytes.HasPrefix(blob, sealMagic) {
		return nil, fmt.Errorf("%w: not a sealed blob (want %q, an IV and a tag; %d bytes)", ErrSealed, sealMagic, len(blob))
	}
	iv := blob[len(sealMagic) : len(sealMagic)+gcmIVSize]
	var out []byte
	err := withSealingKey(cfg, func(ctx *p11.Ctx, sh p11.SessionHandle, key p11.ObjectHandle) error {
		params := p11.NewGCMParams(append([]byte(nil), iv...), sealAAD(cfg.KeyLabel), gcmTagBits)
		defer params.Free()
		if err := ctx.DecryptInit(sh, []*p11.Mechanism{p11.NewMechanism(p11.CKM_AES_GCM, params)}, key); err != nil {
			return fmt.Errorf("pkcs11: unseal with %q: %w", cfg.KeyLabel, err)
		}
		pt, err := ctx.Decrypt(sh, blob[len(sealMagic)+gcmIVSize:])
		if err != nil {
			return fmt.Errorf("%w: token %q, key %q: the blob was sealed under another key, or altered: %w", ErrSealed, cfg.TokenLabel, cfg.KeyLabel, err)
		}
		out = pt
		return nil
	})
	return out, err
}

// withSealingKey runs f in a logged-in session with the token's one AES
// secret key labelled cfg.KeyLabel, which must be sensitive and not
// extractable.
func withSealingKey(cfg Config, f func(*p11.Ctx, p11.SessionHandle, p11.ObjectHandle) error) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	return withSession(cfg, false, func(ctx *p11.Ctx, sh p11.SessionHandle) error {
		return sealingKey(cfg, ctx, sh, f)
	})
}

// sealingKey finds the one AES key labelled cfg.KeyLabel, checks it
// cannot leave the token, and runs f with it.
func sealingKey(cfg Config, ctx *p11.Ctx, sh p11.SessionHandle, f func(*p11.Ctx, p11.SessionHandle, p11.ObjectHandle) error) error {
	hs, err := findObjects(ctx, sh, []*p11.Attribute{p11.NewAttribute(p11.CKA_CLASS, p11.CKO_SECRET_KEY), p11.NewAttribute(p11.CKA_LABEL, cfg.KeyLabel)})
	if err != nil {
		return fmt.Errorf("pkcs11: search token %q for key %q: %w", cfg.TokenLabel, cfg.KeyLabel, err)
	}
	if len(hs) != 1 {
		return fmt.Errorf("%w: token %q holds %d secret keys labelled %q (secret keys: %s)", ErrKeyNotFound, cfg.TokenLabel, len(hs), cfg.KeyLabel, labels(ctx, sh, p11.CKO_SECRET_KEY))
	}
	a, err := ctx.GetAttributeValue(sh, hs[0], []*p11.Attribute{p11.NewAttribute(p11.CKA_SENSITIVE, nil), p11.NewAttribute(p11.CKA_EXTRACTABLE, nil)})
	if err != nil {
		return fmt.Errorf("pkcs11: read the attributes of %q: %w", cfg.KeyLabel, err)
	}
	if !isTrue(a[0].Value) || isTrue(a[1].Value) {
		return fmt.Errorf("%w: sealing key %q could leave the token (sensitive %v, extractable %v): make one with GenerateSealingKey", ErrKeyAttributes, cfg.KeyLabel, isTrue(a[0].Value), isTrue(a[1].Value))
	}
	return f(ctx, sh, hs[0])
}
