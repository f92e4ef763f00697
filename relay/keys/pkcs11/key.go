package pkcs11

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"

	p11 "github.com/miekg/pkcs11"
)

// keyRef names a private key on a token: its label and its CKA_ID (empty
// when the key has none), enough to find it again from any session.
type keyRef struct {
	label string
	id    []byte
}

func (k keyRef) template(class uint) []*p11.Attribute {
	t := []*p11.Attribute{
		p11.NewAttribute(p11.CKA_CLASS, class),
		p11.NewAttribute(p11.CKA_LABEL, k.label),
	}
	if len(k.id) > 0 {
		t = append(t, p11.NewAttribute(p11.CKA_ID, k.id))
	}
	return t
}

// findPrivate returns the handle of the private key k in session sh.
func findPrivate(ctx *p11.Ctx, sh p11.SessionHandle, k keyRef, token string) (p11.ObjectHandle, error) {
	hs, err := findObjects(ctx, sh, k.template(p11.CKO_PRIVATE_KEY))
	if err != nil {
		return 0, fmt.Errorf("pkcs11: search token %q for key %q: %w", token, k.label, err)
	}
	switch len(hs) {
	case 1:
		return hs[0], nil
	case 0:
		return 0, fmt.Errorf("%w: token %q has no private key labelled %q; private keys present: %s", ErrKeyNotFound, token, k.label, labels(ctx, sh, p11.CKO_PRIVATE_KEY))
	}
	return 0, fmt.Errorf("%w: token %q has %d private keys labelled %q: relabel or delete all but one", ErrKeyNotFound, token, len(hs), k.label)
}

// openKey finds the private key labelled label, checks that it is a
// secp256k1 signing key that cannot leave the token, and reads its public
// key from the public key object of the same label (and CKA_ID).
func openKey(ctx *p11.Ctx, sh p11.SessionHandle, label, token string) (keyRef, *ecdsa.PublicKey, error) {
	ref := keyRef{label: label}
	priv, err := findPrivate(ctx, sh, ref, token)
	if err != nil {
		return ref, nil, err
	}
	kt, err := ctx.GetAttributeValue(sh, priv, []*p11.Attribute{p11.NewAttribute(p11.CKA_KEY_TYPE, nil)})
	if err != nil {
		return ref, nil, fmt.Errorf("pkcs11: read the type of key %q: %w", label, err)
	}
	if t := kt[0].Value; !bytes.Equal(t, ulong(p11.CKK_EC)) {
		return ref, nil, fmt.Errorf("%w: key %q on token %q is not an elliptic-curve key but %s", ErrNotSecp256k1, label, token, keyTypeName(t))
	}
	a, err := ctx.GetAttributeValue(sh, priv, []*p11.Attribute{
		p11.NewAttribute(p11.CKA_EC_PARAMS, nil),
		p11.NewAttribute(p11.CKA_SIGN, nil),
		p11.NewAttribute(p11.CKA_SENSITIVE, nil),
		p11.NewAttribute(p11.CKA_EXTRACTABLE, nil),
		p11.NewAttribute(p11.CKA_ID, nil),
	})
	if err != nil {
		return ref, nil, fmt.Errorf("pkcs11: read the attributes of key %q: %w", label, err)
	}
	params, sign, sensitive, extractable := a[0].Value, a[1].Value, a[2].Value, a[3].Value
	ref.id = a[4].Value
	if !bytes.Equal(params, secp256k1Params) {
		return ref, nil, fmt.Errorf("%w: key %q on token %q is on %s", ErrNotSecp256k1, label, token, curveName(params))
	}
	switch {
	case !isTrue(sign):
		return ref, nil, fmt.Errorf("%w: key %q on token %q may not sign (CKA_SIGN false)", ErrKeyAttributes, label, token)
	case isTrue(extractable) || !isTrue(sensitive):
		return ref, nil, fmt.Errorf("%w: key %q on token %q can be read out of the token (CKA_EXTRACTABLE true or CKA_SENSITIVE false): generate the key inside the token, or set CKA_EXTRACTABLE false and CKA_SENSITIVE true on it", ErrKeyAttributes, label, token)
	}
	pub, err := findPublic(ctx, sh, ref, token)
	return ref, pub, err
}

// findPublic reads the point of the public key object paired with k.
func findPublic(ctx *p11.Ctx, sh p11.SessionHandle, k keyRef, token string) (*ecdsa.PublicKey, error) {
	hs, err := findObjects(ctx, sh, k.template(p11.CKO_PUBLIC_KEY))
	if err != nil {
		return nil, fmt.Errorf("pkcs11: search token %q for the public key %q: %w", token, k.label, err)
	}
	switch {
	case len(hs) == 0:
		return nil, fmt.Errorf("%w: token %q has no public key object labelled %q beside the private key (the signer takes its address from it)", ErrKeyNotFound, token, k.label)
	case len(hs) > 1:
		return nil, fmt.Errorf("%w: token %q has %d public keys labelled %q: relabel or delete all but the private key's pair", ErrKeyNotFound, token, len(hs), k.label)
	}
	return readPublic(ctx, sh, hs[0], k.label)
}

// readPublic reads and checks the secp256k1 point of a public key object.
func readPublic(ctx *p11.Ctx, sh p11.SessionHandle, h p11.ObjectHandle, label string) (*ecdsa.PublicKey, error) {
	a, err := ctx.GetAttributeValue(sh, h, []*p11.Attribute{
		p11.NewAttribute(p11.CKA_EC_PARAMS, nil),
		p11.NewAttribute(p11.CKA_EC_POINT, nil),
	})
	if err != nil {
		return nil, fmt.Errorf("%w: read the public key %q: %w", ErrNotSecp256k1, label, err)
	}
	if !bytes.Equal(a[0].Value, secp256k1Params) {
		return nil, fmt.Errorf("%w: public key %q is on %s", ErrNotSecp256k1, label, curveName(a[0].Value))
	}
	pub, err := parseECPoint(a[1].Value)
	if err != nil {
		return nil, fmt.Errorf("public key %q: %w", label, err)
	}
	return pub, nil
}

// ulong encodes a CK_ULONG attribute value (native byte order and size).
func ulong(v uint) []byte { return p11.NewAttribute(0, v).Value }

// keyTypeName describes a CKA_KEY_TYPE value for an error message.
func keyTypeName(v []byte) string {
	for _, t := range []struct {
		k    uint
		name string
	}{{p11.CKK_RSA, "RSA"}, {p11.CKK_DSA, "DSA"}, {p11.CKK_AES, "AES"}} {
		if bytes.Equal(v, ulong(t.k)) {
			return t.name
		}
	}
	return fmt.Sprintf("key type %x", v)
}

// isTrue reads a CK_BBOOL attribute value.
func isTrue(v []byte) bool { return len(v) == 1 && v[0] != 0 }
