package bus

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BindingDomain is the prefix of a bus-key binding digest: a binding
// signature is no envelope, authorization or transaction signature.
const BindingDomain = "kakehashi/relay/bus-key/v1"

// HeaderBinding carries the sender's bus-key binding when the envelope is
// signed by a bus key other than the operator's identity key (issue 18,
// role separation): 0x-prefixed hex of Binding.Encode.
const HeaderBinding = "Kkh-Bus-Key"

// BindingSize is the encoded size: bus key address, expiry, signature.
const BindingSize = common.AddressLength + 8 + crypto.SignatureLength

// Binding is the operator's word, signed with its identity (authorisation)
// key, that envelopes signed by BusKey speak for Operator until NotAfter.
//
// Why: the bus key signs every message and may be hot; the identity key
// may live in an HSM and should sign rarely. A stolen bus key lets its
// holder speak on the bus as that operator until the binding expires — it
// cannot sign authorizations, so it cannot move funds (docs/relay.md,
// threat model). Expiry, not a revocation list, bounds the damage: relayd
// renews its binding while it runs (RenewEvery), so the TTL can be short.
type Binding struct {
	Operator common.Address
	BusKey   common.Address
	NotAfter time.Time // second precision
	Sig      []byte    // by Operator, over Digest
}

// Digest is keccak256(BindingDomain ‖ 0x00 ‖ operator ‖ busKey ‖ u64be(notAfter, Unix s)).
func (b Binding) Digest() [32]byte {
	buf := make([]byte, 0, len(BindingDomain)+1+2*common.AddressLength+8)
	buf = append(buf, BindingDomain...)
	buf = append(buf, 0)
	buf = append(buf, b.Operator.Bytes()...)
	buf = append(buf, b.BusKey.Bytes()...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(b.NotAfter.Unix()))
	return crypto.Keccak256Hash(buf)
}

// SignBinding makes the binding of busKey to identity's operator, valid
// for ttl.
func SignBinding(identity Signer, busKey common.Address, ttl time.Duration, now time.Time) (Binding, error) {
	if ttl <= 0 {
		return Binding{}, fmt.Errorf("%w: bus key binding TTL %s: want > 0", ErrConfig, ttl)
	}
	b := Binding{Operator: identity.Address(), BusKey: busKey, NotAfter: now.Add(ttl).Truncate(time.Second)}
	d := b.Digest()
	sig, err := identity.SignHash(d[:])
	if err != nil {
		return Binding{}, fmt.Errorf("bus: sign bus key binding: %w", err)
	}
	b.Sig = sig
	return b, nil
}

// Encode is busKey (20) ‖ u64be(notAfter) ‖ sig (65); the operator is the
// envelope's From.
func (b Binding) Encode() []byte {
	out := make([]byte, 0, BindingSize)
	out = append(out, b.BusKey.Bytes()...)
	out = binary.BigEndian.AppendUint64(out, uint64(b.NotAfter.Unix()))
	return append(out, b.Sig...)
}

// DecodeBinding parses Encode's bytes for operator.
func DecodeBinding(operator common.Address, raw []byte) (Binding, error) {
	if len(raw) != BindingSize {
		return Binding{}, fmt.Errorf("%w: bus key binding is %d bytes, want %d", ErrMalformed, len(raw), BindingSize)
	}
	n := binary.BigEndian.Uint64(raw[20:28])
	if n > 1<<40 {
		return Binding{}, fmt.Errorf("%w: bus key binding expiry %d out of range", ErrMalformed, n)
	}
	return Binding{Operator: operator, BusKey: common.BytesToAddress(raw[:20]), NotAfter: time.Unix(int64(n), 0),
		Sig: append([]byte(nil), raw[28:]...)}, nil
}

// Verify checks the signature is the operator's and the binding has not
// expired at now.
func (b Binding) Verify(now time.Time) error {
	if !now.Before(b.NotAfter) {
		return fmt.Errorf("%w: %s's binding of bus key %s expired at %s", ErrBadSignature, b.Operator, b.BusKey, b.NotAfter.UTC().Format(time.RFC3339))
	}
	got, err := recoverSigner(b.Digest(), b.Sig)
	if err != nil {
		return fmt.Errorf("bus key binding: %w", err)
	}
	if got != b.Operator {
		return fmt.Errorf("%w: binding of bus key %s signed by %s, not by %s", ErrBadSignature, b.BusKey, got, b.Operator)
	}
	return nil
}

// recoverSigner recovers the address that made the 65-byte low-s
// signature sig over d.
func recoverSigner(d [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: signature is %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	r, s, v := sig[:32], sig[32:64], sig[64]
	if !crypto.ValidateSignatureValues(v, new(big.Int).SetBytes(r), new(big.Int).SetBytes(s), true) {
		return common.Address{}, fmt.Errorf("%w: signature values out of range", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// bindings remembers verified bindings (by their encoding and operator),
// so a binding costs one recovery per process, not one per message.
type bindings struct {
	mu sync.Mutex
	m  map[string]time.Time // operator ‖ encoding → NotAfter
}

func (c *bindings) check(b Binding, raw []byte, now time.Time) error {
	k := string(b.Operator.Bytes()) + string(raw)
	c.mu.Lock()
	exp, ok := c.m[k]
	c.mu.Unlock()
	if ok && now.Before(exp) {
		return nil
	}
	if err := b.Verify(now); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= 1024 {
		c.m = map[string]time.Time{} // a handful per operator in practice
	}
	c.m[k] = b.NotAfter
	return nil
}
