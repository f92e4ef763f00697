package bus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go"
)

// EnvelopeDomain is the prefix of every envelope digest. It makes an
// envelope signature useless as any other kind of secp256k1 signature (an
// EIP-712 authorization, a transaction) and the other way round.
const EnvelopeDomain = "kakehashi/relay/envelope/v1"

// Header names of the envelope. The message body is the payload, untouched.
const (
	HeaderVersion = "Kkh-Envelope" // "1"
	HeaderFrom    = "Kkh-From"     // sender address, 0x-prefixed hex, EIP-55
	HeaderTime    = "Kkh-Time"     // sender clock, Unix nanoseconds, decimal
	HeaderSig     = "Kkh-Sig"      // 65-byte [R || S || V] secp256k1 signature, 0x-prefixed hex
	// HeaderBinding (binding.go) is set when a bus key signs for the operator.
	HeaderMsgID = nats.MsgIdHdr // "Nats-Msg-Id": the publication id, also the dedupe key
)

const envelopeVersion = "1"

// Envelope is one signed bus message. On the wire the payload is the NATS
// message body and the other fields travel in headers (see the package
// documentation); the subject is the NATS subject itself, so it is never
// copied into the message and cannot disagree with where it was delivered.
type Envelope struct {
	Subject string
	ID      string
	From    common.Address
	Time    time.Time
	Payload []byte
	Sig     []byte
	// Binding is the encoded Binding when Sig is made by a bus key of
	// From rather than by From's identity key; empty otherwise.
	Binding []byte
}

// Digest returns the hash the sender signs:
//
//	keccak256( domain ‖ 0x00
//	         ‖ u16be(len subject) ‖ subject
//	         ‖ u16be(len id)      ‖ id
//	         ‖ from (20 bytes)
//	         ‖ i64be(time, Unix ns)
//	         ‖ u32be(len payload) ‖ payload )
//
// Every variable-length field is length-prefixed, so no two different
// envelopes share an encoding.
func (e *Envelope) Digest() ([32]byte, error) {
	if len(e.Subject) > 0xffff || len(e.ID) > 0xffff {
		return [32]byte{}, fmt.Errorf("%w: subject or id longer than 65535 bytes", ErrMalformed)
	}
	if uint64(len(e.Payload)) > 0xffffffff {
		return [32]byte{}, fmt.Errorf("%w: payload longer than 4 GiB", ErrMalformed)
	}
	buf := make([]byte, 0, len(EnvelopeDomain)+1+2+len(e.Subject)+2+len(e.ID)+20+8+4+len(e.Payload))
	buf = append(buf, EnvelopeDomain...)
	buf = append(buf, 0)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(e.Subject)))
	buf = append(buf, e.Subject...)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(e.ID)))
	buf = append(buf, e.ID...)
	buf = append(buf, e.From.Bytes()...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(e.Time.UnixNano()))
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(e.Payload)))
	buf = append(buf, e.Payload...)
	return crypto.Keccak256Hash(buf), nil
}

// Seal signs the envelope with s, setting From and Sig.
func (e *Envelope) Seal(s Signer) error { return e.SealAs(s, s.Address(), nil) }

// SealAs signs the envelope with bus key s on behalf of operator, whose
// binding of s (Binding.Encode) travels with it. With s the operator's
// own key, binding is nil.
func (e *Envelope) SealAs(s Signer, operator common.Address, binding []byte) error {
	e.From, e.Binding = operator, binding
	d, err := e.Digest()
	if err != nil {
		return err
	}
	sig, err := s.SignHash(d[:])
	if err != nil {
		return fmt.Errorf("bus: sign envelope: %w", err)
	}
	e.Sig = sig
	return nil
}

// Verify checks that Sig is a valid signature over the envelope of From,
// or of a bus key From has bound (Binding) and whose binding has not
// expired. It does not check that From is an operator; see Bus for that.
func (e *Envelope) Verify() error {
	d, err := e.Digest()
	if err != nil {
		return err
	}
	return e.verifyDigest(d, &bindings{}, time.Now())
}

func (e *Envelope) verifyDigest(d [32]byte, bc *bindings, now time.Time) error {
	got, err := recoverSigner(d, e.Sig)
	if err != nil {
		return err
	}
	if got == e.From {
		return nil
	}
	if len(e.Binding) == 0 {
		return fmt.Errorf("%w: signed by %s, claims %s", ErrBadSignature, got, e.From)
	}
	b, err := DecodeBinding(e.From, e.Binding)
	if err != nil {
		return err
	}
	if b.BusKey != got {
		return fmt.Errorf("%w: signed by %s, but %s's binding names bus key %s", ErrBadSignature, got, e.From, b.BusKey)
	}
	return bc.check(b, e.Binding, now)
}

// ToMsg returns the NATS message carrying the envelope.
func (e *Envelope) ToMsg() *nats.Msg {
	m := nats.NewMsg(e.Subject)
	m.Data = e.Payload
	m.Header.Set(HeaderVersion, envelopeVersion)
	m.Header.Set(HeaderMsgID, e.ID)
	m.Header.Set(HeaderFrom, e.From.Hex())
	m.Header.Set(HeaderTime, strconv.FormatInt(e.Time.UnixNano(), 10))
	m.Header.Set(HeaderSig, hexutil.Encode(e.Sig))
	if len(e.Binding) > 0 {
		m.Header.Set(HeaderBinding, hexutil.Encode(e.Binding))
	}
	return m
}

// FromMsg decodes the envelope carried by a NATS message delivered on
// subject. It checks the form only; call Verify for the signature.
func FromMsg(subject string, header nats.Header, data []byte) (*Envelope, error) {
	if header == nil {
		return nil, fmt.Errorf("%w: no headers", ErrMalformed)
	}
	if v := header.Get(HeaderVersion); v != envelopeVersion {
		return nil, fmt.Errorf("%w: envelope version %q, want %q", ErrMalformed, v, envelopeVersion)
	}
	e := &Envelope{Subject: subject, ID: header.Get(HeaderMsgID), Payload: data}
	if e.ID == "" {
		return nil, fmt.Errorf("%w: no %s", ErrMalformed, HeaderMsgID)
	}
	from := header.Get(HeaderFrom)
	if !common.IsHexAddress(from) {
		return nil, fmt.Errorf("%w: %s %q is not an address", ErrMalformed, HeaderFrom, from)
	}
	e.From = common.HexToAddress(from)
	ns, err := strconv.ParseInt(header.Get(HeaderTime), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, HeaderTime, err)
	}
	e.Time = time.Unix(0, ns)
	sig, err := hexutil.Decode(header.Get(HeaderSig))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, HeaderSig, err)
	}
	e.Sig = sig
	if h := header.Get(HeaderBinding); h != "" {
		if e.Binding, err = hexutil.Decode(h); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, HeaderBinding, err)
		}
	}
	return e, nil
}

// Signer signs envelope digests with an operator key. keys.Key implements it.
type Signer interface {
	Address() common.Address
	// SignHash returns a 65-byte [R || S || V] signature of a 32-byte hash.
	SignHash(hash []byte) ([]byte, error)
}

// Errors of envelope handling.
var (
	ErrMalformed     = errors.New("bus: malformed envelope")
	ErrBadSignature  = errors.New("bus: bad envelope signature")
	ErrUnknownSender = errors.New("bus: envelope from a key that is not an operator")
)

// verified remembers envelopes this process has already verified, so that
// the same message delivered to several consumers (signer and state
// machine, coordinator and state machine) costs one signature recovery.
// An entry is the digest and the exact signature that verified over it;
// the digest commits to subject, id, sender, time and payload.
type verified struct {
	mu sync.Mutex
	m  map[[32]byte][crypto.SignatureLength]byte
}

const verifiedMax = 1 << 16

func (v *verified) has(d [32]byte, sig []byte) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	s, ok := v.m[d]
	return ok && len(sig) == len(s) && string(s[:]) == string(sig)
}

func (v *verified) add(d [32]byte, sig []byte) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil || len(v.m) >= verifiedMax {
		v.m = make(map[[32]byte][crypto.SignatureLength]byte, 1024)
	}
	var s [crypto.SignatureLength]byte
	copy(s[:], sig)
	v.m[d] = s
}
