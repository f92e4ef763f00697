package pkcs11

import (
	"crypto/rand"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p11 "github.com/miekg/pkcs11"
)

// Generate creates a secp256k1 key pair inside the token named by cfg
// (CKM_EC_KEY_PAIR_GEN), both objects labelled cfg.KeyLabel and sharing a
// random CKA_ID; the private key is a token object that is sensitive, not
// extractable and may only sign. It returns the key's address. A label
// already in use on the token, by any object, is refused (ErrKeyExists).
func Generate(cfg Config) (common.Address, error) {
	if err := cfg.validate(); err != nil {
		return common.Address{}, err
	}
	var addr common.Address
	err := withRWSession(cfg, func(ctx *p11.Ctx, sh p11.SessionHandle) error {
		pubH, privH, err := generatePair(ctx, sh, cfg.KeyLabel)
		if err != nil {
			return fmt.Errorf("token %q: %w", cfg.TokenLabel, err)
		}
		pub, err := readPublic(ctx, sh, pubH, cfg.KeyLabel)
		if err != nil {
			_ = ctx.DestroyObject(sh, privH)
			_ = ctx.DestroyObject(sh, pubH)
			return fmt.Errorf("token %q: the generated key, now deleted: %w", cfg.TokenLabel, err)
		}
		addr = crypto.PubkeyToAddress(*pub)
		return nil
	})
	return addr, err
}

// withRWSession runs f in a logged-in read-write session on cfg's token,
// after checking that no object is labelled cfg.KeyLabel yet.
func withRWSession(cfg Config, f func(*p11.Ctx, p11.SessionHandle) error) error {
	return withSession(cfg, true, func(ctx *p11.Ctx, sh p11.SessionHandle) error {
		taken, err := findObjects(ctx, sh, []*p11.Attribute{p11.NewAttribute(p11.CKA_LABEL, cfg.KeyLabel)})
		if err != nil {
			return fmt.Errorf("pkcs11: search token %q for label %q: %w", cfg.TokenLabel, cfg.KeyLabel, err)
		}
		if len(taken) > 0 {
			return fmt.Errorf("%w: token %q holds %d objects labelled %q already: use that key, or choose another label", ErrKeyExists, cfg.TokenLabel, len(taken), cfg.KeyLabel)
		}
		return f(ctx, sh)
	})
}

// withSession runs f in a logged-in session (read-write if rw) on cfg's
// token, the module held for its duration.
func withSession(cfg Config, rw bool, f func(*p11.Ctx, p11.SessionHandle) error) error {
	mod, err := acquireModule(cfg.Module)
	if err != nil {
		return err
	}
	defer func() { _ = mod.release() }()
	ctx := mod.ctx
	slot, err := findToken(ctx, cfg.TokenLabel)
	if err != nil {
		return err
	}
	flags, kind := uint(p11.CKF_SERIAL_SESSION), "a"
	if rw {
		flags, kind = flags|p11.CKF_RW_SESSION, "a read-write"
	}
	sh, err := ctx.OpenSession(slot, flags)
	if err != nil {
		return fmt.Errorf("pkcs11: open %s session on token %q: %w", kind, cfg.TokenLabel, err)
	}
	defer func() { _ = ctx.CloseSession(sh) }()
	if err := login(ctx, sh, cfg.TokenLabel, cfg.PIN); err != nil {
		return err
	}
	return f(ctx, sh)
}

// newKeyID is a random CKA_ID shared by a key pair's two objects.
func newKeyID() ([]byte, error) {
	id := make([]byte, 16)
	if _, err := rand.Read(id); err != nil {
		return nil, fmt.Errorf("pkcs11: key id: %w", err)
	}
	return id, nil
}

func generatePair(ctx *p11.Ctx, sh p11.SessionHandle, label string) (pub, priv p11.ObjectHandle, err error) {
	id, err := newKeyID()
	if err != nil {
		return 0, 0, err
	}
	pubT := []*p11.Attribute{
		p11.NewAttribute(p11.CKA_CLASS, p11.CKO_PUBLIC_KEY),
		p11.NewAttribute(p11.CKA_KEY_TYPE, p11.CKK_EC),
		p11.NewAttribute(p11.CKA_TOKEN, true),
		p11.NewAttribute(p11.CKA_PRIVATE, false),
		p11.NewAttribute(p11.CKA_VERIFY, true),
		p11.NewAttribute(p11.CKA_EC_PARAMS, secp256k1Params),
		p11.NewAttribute(p11.CKA_LABEL, label),
		p11.NewAttribute(p11.CKA_ID, id),
	}
	privT := []*p11.Attribute{
		p11.NewAttribute(p11.CKA_CLASS, p11.CKO_PRIVATE_KEY),
		p11.NewAttribute(p11.CKA_KEY_TYPE, p11.CKK_EC),
		p11.NewAttribute(p11.CKA_TOKEN, true),
		p11.NewAttribute(p11.CKA_PRIVATE, true),
		p11.NewAttribute(p11.CKA_SENSITIVE, true),
		p11.NewAttribute(p11.CKA_EXTRACTABLE, false),
		p11.NewAttribute(p11.CKA_SIGN, true),
		p11.NewAttribute(p11.CKA_DERIVE, false),
		p11.NewAttribute(p11.CKA_LABEL, label),
		p11.NewAttribute(p11.CKA_ID, id),
	}
	mech := []*p11.Mechanism{p11.NewMechanism(p11.CKM_EC_KEY_PAIR_GEN, nil)}
	pub, priv, err = ctx.GenerateKeyPair(sh, mech, pubT, privT)
	switch {
	case err == nil:
		return pub, priv, nil
	case is(err, p11.CKR_CURVE_NOT_SUPPORTED), is(err, p11.CKR_DOMAIN_PARAMS_INVALID), is(err, p11.CKR_MECHANISM_INVALID):
		return 0, 0, fmt.Errorf("%w: the token cannot generate secp256k1 keys: %w", ErrNotSecp256k1, err)
	}
	return 0, 0, fmt.Errorf("pkcs11: generate key pair %q: %w", label, err)
}
