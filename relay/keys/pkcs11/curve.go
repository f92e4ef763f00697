package pkcs11

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/asn1"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

// secp256k1Params is CKA_EC_PARAMS for secp256k1: the DER encoding of its
// named-curve OID 1.3.132.0.10.
var secp256k1Params = []byte{0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a}

var (
	curveN     = crypto.S256().Params().N
	curveHalfN = new(big.Int).Rsh(curveN, 1)
)

// curveNames names the curves an HSM is likely to hold instead.
var curveNames = map[string]string{
	"1.3.132.0.10":        "secp256k1",
	"1.2.840.10045.3.1.7": "P-256",
	"1.3.132.0.34":        "P-384",
	"1.3.132.0.35":        "P-521",
	"1.3.101.112":         "Ed25519",
}

// curveName describes CKA_EC_PARAMS for an error message.
func curveName(params []byte) string {
	var oid asn1.ObjectIdentifier
	if rest, err := asn1.Unmarshal(params, &oid); err != nil || len(rest) != 0 {
		return fmt.Sprintf("curve given by explicit or unknown parameters %x", params)
	}
	if name, ok := curveNames[oid.String()]; ok {
		return name + " (" + oid.String() + ")"
	}
	return "curve " + oid.String()
}

// parseECPoint reads CKA_EC_POINT. PKCS#11 says it is the DER encoding of
// an OCTET STRING holding the point; some tokens give the bare point.
// Both are accepted, uncompressed (65 bytes) or compressed (33).
func parseECPoint(v []byte) (*ecdsa.PublicKey, error) {
	point := v
	if !isPoint(v) {
		var inner []byte
		rest, err := asn1.Unmarshal(v, &inner)
		if err != nil || len(rest) != 0 || !isPoint(inner) {
			return nil, fmt.Errorf("%w: CKA_EC_POINT is neither a secp256k1 point nor one in an OCTET STRING (%d bytes)", ErrNotSecp256k1, len(v))
		}
		point = inner
	}
	var pub *ecdsa.PublicKey
	var err error
	if len(point) == 65 {
		pub, err = crypto.UnmarshalPubkey(point)
	} else {
		pub, err = crypto.DecompressPubkey(point)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: CKA_EC_POINT is not on secp256k1: %v", ErrNotSecp256k1, err)
	}
	return pub, nil
}

func isPoint(b []byte) bool {
	return len(b) == 65 && b[0] == 4 || len(b) == 33 && (b[0] == 2 || b[0] == 3)
}

// recoverable turns a PKCS#11 ECDSA signature (r ‖ s, 32 bytes each) into
// go-ethereum's [R ‖ S ‖ V]: s is made low (s > n/2 becomes n − s, as
// Ethereum requires), and V ∈ {0, 1} is the recovery id under which the
// signature recovers to pub (65-byte uncompressed). A signature that
// recovers to neither means pub is not the signing key's.
func recoverable(hash, rs, pub []byte) ([]byte, error) {
	if len(rs) != 64 {
		return nil, fmt.Errorf("%w: the token returned %d bytes, want 64 (r ‖ s)", ErrSign, len(rs))
	}
	r := new(big.Int).SetBytes(rs[:32])
	s := new(big.Int).SetBytes(rs[32:])
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(curveN) >= 0 || s.Cmp(curveN) >= 0 {
		return nil, fmt.Errorf("%w: the token returned r or s outside [1, n-1]", ErrSign)
	}
	if s.Cmp(curveHalfN) > 0 {
		s.Sub(curveN, s)
	}
	sig := make([]byte, 65)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	for v := byte(0); v < 2; v++ {
		sig[64] = v
		if got, err := crypto.Ecrecover(hash, sig); err == nil && bytes.Equal(got, pub) {
			return sig, nil
		}
	}
	return nil, fmt.Errorf("%w: the token's signature does not recover to the public key object's point", ErrKeyMismatch)
}
