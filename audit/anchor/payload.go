package anchor

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/btcsuite/btcd/txscript"
)

// The Bitcoin anchor payload (docs/audit-format.md §8.1): the data of an
// OP_RETURN output, 45 bytes:
//
//	"KKHA" (4 ASCII bytes) ‖ version u8 (0x01) ‖ height u64 BE ‖ block hash 32
const (
	Magic       = "KKHA"
	Version     = byte(1)
	PayloadSize = 4 + 1 + 8 + 32
)

// EncodePayload returns the 45-byte anchor payload for the audit block of
// height with hash.
func EncodePayload(height uint64, hash [32]byte) []byte {
	b := make([]byte, 0, PayloadSize)
	b = append(b, Magic...)
	b = append(b, Version)
	b = binary.BigEndian.AppendUint64(b, height)
	return append(b, hash[:]...)
}

// DecodePayload parses an anchor payload. Errors wrap ErrPayload: wrong
// length, magic or version.
func DecodePayload(b []byte) (height uint64, hash [32]byte, err error) {
	if len(b) < len(Magic) || !bytes.Equal(b[:len(Magic)], []byte(Magic)) {
		return 0, hash, fmt.Errorf("%w: does not start with %q", ErrPayload, Magic)
	}
	if len(b) != PayloadSize {
		return 0, hash, fmt.Errorf("%w: %d bytes, want %d", ErrPayload, len(b), PayloadSize)
	}
	if b[4] != Version {
		return 0, hash, fmt.Errorf("%w: version %d, want %d", ErrPayload, b[4], Version)
	}
	copy(hash[:], b[13:])
	return binary.BigEndian.Uint64(b[5:13]), hash, nil
}

// PayloadScript returns the OP_RETURN output script carrying the payload:
// OP_RETURN OP_DATA_45 <payload> (47 bytes, standard: at most 80 bytes of
// data carrier).
func PayloadScript(height uint64, hash [32]byte) []byte {
	return append([]byte{txscript.OP_RETURN, byte(PayloadSize)}, EncodePayload(height, hash)...)
}

// PayloadFromScript returns the payload of an OP_RETURN script with a single
// push, or an error wrapping ErrPayload for any other script.
func PayloadFromScript(pkScript []byte) (height uint64, hash [32]byte, err error) {
	if len(pkScript) < 2 || pkScript[0] != txscript.OP_RETURN {
		return 0, hash, fmt.Errorf("%w: not an OP_RETURN output", ErrPayload)
	}
	pushes, err := txscript.PushedData(pkScript[1:])
	if err != nil || len(pushes) != 1 {
		return 0, hash, fmt.Errorf("%w: OP_RETURN is not a single data push", ErrPayload)
	}
	// The canonical form only: OP_DATA_45 <45 bytes>.
	if !bytes.Equal(pkScript, append([]byte{txscript.OP_RETURN, byte(len(pushes[0]))}, pushes[0]...)) {
		return 0, hash, fmt.Errorf("%w: OP_RETURN push is not OP_DATA_%d", ErrPayload, PayloadSize)
	}
	return DecodePayload(pushes[0])
}
