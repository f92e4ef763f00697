package pkcs11

import (
	"crypto/ecdsa"
	"encoding/asn1"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p11 "github.com/miekg/pkcs11"
)

// Import writes an existing secp256k1 key into the token named by cfg
// (C_CreateObject): a private key object that is sensitive, not
// extractable and may only sign, and its public key, both labelled
// cfg.KeyLabel with a shared random CKA_ID — the objects Generate makes.
// It is the ceremony's step that moves a key restored from backup shares
// (relayd key restore) or a key created on an offline machine into the
// HSM; the caller wipes its copy afterwards. A label already in use is
// refused (ErrKeyExists).
func Import(cfg Config, priv *ecdsa.PrivateKey) (common.Address, error) {
	if err := cfg.validate(); err != nil {
		return common.Address{}, err
	}
	if priv == nil || priv.Curve != crypto.S256() {
		return common.Address{}, fmt.Errorf("%w: the key to import is not a secp256k1 key", ErrNotSecp256k1)
	}
	point, err := asn1.Marshal(crypto.FromECDSAPub(&priv.PublicKey))
	if err != nil {
		return common.Address{}, fmt.Errorf("pkcs11: encode the public point: %w", err)
	}
	err = withRWSession(cfg, func(ctx *p11.Ctx, sh p11.SessionHandle) error {
		id, err := newKeyID()
		if err != nil {
			return err
		}
		pubH, err := ctx.CreateObject(sh, []*p11.Attribute{
			p11.NewAttribute(p11.CKA_CLASS, p11.CKO_PUBLIC_KEY),
			p11.NewAttribute(p11.CKA_KEY_TYPE, p11.CKK_EC),
			p11.NewAttribute(p11.CKA_TOKEN, true),
			p11.NewAttribute(p11.CKA_PRIVATE, false),
			p11.NewAttribute(p11.CKA_VERIFY, true),
			p11.NewAttribute(p11.CKA_EC_PARAMS, secp256k1Params),
			p11.NewAttribute(p11.CKA_EC_POINT, point),
			p11.NewAttribute(p11.CKA_LABEL, cfg.KeyLabel),
			p11.NewAttribute(p11.CKA_ID, id),
		})
		if err != nil {
			return fmt.Errorf("pkcs11: create public key %q: %w", cfg.KeyLabel, err)
		}
		if _, err := ctx.CreateObject(sh, []*p11.Attribute{
			p11.NewAttribute(p11.CKA_CLASS, p11.CKO_PRIVATE_KEY),
			p11.NewAttribute(p11.CKA_KEY_TYPE, p11.CKK_EC),
			p11.NewAttribute(p11.CKA_TOKEN, true),
			p11.NewAttribute(p11.CKA_PRIVATE, true),
			p11.NewAttribute(p11.CKA_SENSITIVE, true),
			p11.NewAttribute(p11.CKA_EXTRACTABLE, false),
			p11.NewAttribute(p11.CKA_SIGN, true),
			p11.NewAttribute(p11.CKA_DERIVE, false),
			p11.NewAttribute(p11.CKA_EC_PARAMS, secp256k1Params),
			p11.NewAttribute(p11.CKA_VALUE, priv.D.FillBytes(make([]byte, 32))),
			p11.NewAttribute(p11.CKA_LABEL, cfg.KeyLabel),
			p11.NewAttribute(p11.CKA_ID, id),
		}); err != nil {
			_ = ctx.DestroyObject(sh, pubH)
			return fmt.Errorf("pkcs11: create private key %q: %w", cfg.KeyLabel, err)
		}
		return nil
	})
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(priv.PublicKey), nil
}
