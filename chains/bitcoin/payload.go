package bitcoin

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/txscript"
	"github.com/kakehashi/kakehashi/chains"
)

// Deposit payload layout (DESIGN §4). All integers are big-endian.
const (
	// PayloadSize is the length of an encoded version-1 payload.
	PayloadSize = 68
	// PayloadVersion is the only payload version this package understands.
	PayloadVersion byte = 0x01
	// PayloadMagic opens every payload.
	PayloadMagic = "KKH"

	offVersion   = 3
	offDstChain  = 4
	offRecipient = 12
	offRefundKey = 32
	offLocktime  = 64
)

// Payload is what a depositor commits to in a deposit: where the minted
// value goes and how to take the deposit back if it is never minted.
//
//	offset size field
//	     0    3 "KKH" (0x4b4b48)
//	     3    1 version (0x01)
//	     4    8 dstChain, uint64 big-endian
//	    12   20 recipient on the destination chain
//	    32   32 refund key, BIP-340 x-only public key
//	    64    4 locktime, uint32 big-endian, a block height
type Payload struct {
	DstChain  chains.ChainID
	Recipient [20]byte
	RefundKey [32]byte
	Locktime  uint32
}

// Encode returns the 68-byte version-1 encoding. It does not validate; call
// Validate first when the fields come from outside.
func (p Payload) Encode() []byte {
	b := make([]byte, PayloadSize)
	copy(b, PayloadMagic)
	b[offVersion] = PayloadVersion
	binary.BigEndian.PutUint64(b[offDstChain:], uint64(p.DstChain))
	copy(b[offRecipient:], p.Recipient[:])
	copy(b[offRefundKey:], p.RefundKey[:])
	binary.BigEndian.PutUint32(b[offLocktime:], p.Locktime)
	return b
}

// Hash returns sha256(Encode()), the value the mint leaf commits to.
func (p Payload) Hash() [32]byte { return sha256.Sum256(p.Encode()) }

// Validate checks the fields a decoder checks: a block-height locktime, a
// valid x-only refund key and a non-zero recipient.
func (p Payload) Validate() error {
	if p.Locktime == 0 || p.Locktime >= txscript.LockTimeThreshold {
		return fmt.Errorf("%w: got %d", ErrLocktime, p.Locktime)
	}
	if _, err := schnorr.ParsePubKey(p.RefundKey[:]); err != nil {
		return fmt.Errorf("%w: %x", ErrRefundKey, p.RefundKey)
	}
	if p.Recipient == ([20]byte{}) {
		return ErrRecipient
	}
	return nil
}

// DecodePayload parses and validates an encoded payload. The checks run in
// the order magic, version, length, then Validate: a payload of a future
// version is reported as ErrPayloadVersion whatever its length.
func DecodePayload(b []byte) (Payload, error) {
	var p Payload
	switch {
	case len(b) < 3:
		return p, fmt.Errorf("%w: got %d bytes, want %d", ErrPayloadLength, len(b), PayloadSize)
	case string(b[:3]) != PayloadMagic:
		return p, ErrPayloadMagic
	case len(b) < offVersion+1:
		return p, fmt.Errorf("%w: got %d bytes, want %d", ErrPayloadLength, len(b), PayloadSize)
	case b[offVersion] != PayloadVersion:
		return p, fmt.Errorf("%w: 0x%02x", ErrPayloadVersion, b[offVersion])
	case len(b) != PayloadSize:
		return p, fmt.Errorf("%w: got %d bytes, want %d", ErrPayloadLength, len(b), PayloadSize)
	}
	p.DstChain = chains.ChainID(binary.BigEndian.Uint64(b[offDstChain:]))
	copy(p.Recipient[:], b[offRecipient:offRefundKey])
	copy(p.RefundKey[:], b[offRefundKey:offLocktime])
	p.Locktime = binary.BigEndian.Uint32(b[offLocktime:])
	if err := p.Validate(); err != nil {
		return Payload{}, err
	}
	return p, nil
}

// IsPayloadCandidate reports whether data looks like a Kakehashi payload of
// any version (it starts with "KKH"). Watchers use it to decide whether an
// OP_RETURN is theirs and must be either accepted or rejected with a reason.
func IsPayloadCandidate(data []byte) bool {
	return len(data) >= 3 && string(data[:3]) == PayloadMagic
}

// PayloadFromScript extracts the data of an OP_RETURN output script holding
// a single push, or returns nil when the script is not of that form.
func PayloadFromScript(pkScript []byte) []byte {
	if len(pkScript) == 0 || pkScript[0] != txscript.OP_RETURN {
		return nil
	}
	pushes, err := txscript.PushedData(pkScript[1:])
	if err != nil || len(pushes) != 1 {
		return nil
	}
	// PushedData returns data for every push opcode; make sure the script
	// had nothing but that one push.
	rebuilt, err := txscript.NullDataScript(pushes[0])
	if err != nil || string(rebuilt) != string(pkScript) {
		return nil
	}
	return pushes[0]
}

// PayloadScript returns the OP_RETURN output script carrying the payload:
// OP_RETURN OP_DATA_68 <payload> (70 bytes).
func PayloadScript(p Payload) []byte {
	return append([]byte{txscript.OP_RETURN, txscript.OP_DATA_1 - 1 + PayloadSize}, p.Encode()...)
}
