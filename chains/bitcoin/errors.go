package bitcoin

import (
	"errors"
	"fmt"
)

// Payload errors (DecodePayload, Payload.Validate).
var (
	// ErrPayloadLength is returned for a payload that is not exactly PayloadSize bytes.
	ErrPayloadLength = errors.New("bitcoin: payload length")
	// ErrPayloadMagic is returned for a payload that does not start with "KKH".
	ErrPayloadMagic = errors.New("bitcoin: payload magic is not \"KKH\"")
	// ErrPayloadVersion is returned for a payload version other than PayloadVersion.
	ErrPayloadVersion = errors.New("bitcoin: unknown payload version")
	// ErrRefundKey is returned when the refund key is not a valid BIP-340 x-only key.
	ErrRefundKey = errors.New("bitcoin: refund key is not a valid x-only public key")
	// ErrLocktime is returned for a refund locktime that is zero or not a block height.
	ErrLocktime = errors.New("bitcoin: refund locktime must be a block height in [1, 500000000)")
	// ErrRecipient is returned for an all-zero recipient.
	ErrRecipient = errors.New("bitcoin: recipient is the zero address")
)

// Key set and script errors.
var (
	// ErrKeySet is returned for a key set that cannot form a multi_a script
	// (no keys, duplicate or invalid keys, threshold out of range).
	ErrKeySet = errors.New("bitcoin: invalid key set")
	// ErrNotMultiA is returned by ParseMultiA for a script that is not a
	// Kakehashi multi_a leaf.
	ErrNotMultiA = errors.New("bitcoin: script is not a multi_a leaf")
	// ErrRecoveryDelay is returned for a recovery CSV delay of zero or above 0xffff blocks.
	ErrRecoveryDelay = errors.New("bitcoin: recovery delay must be in [1, 65535] blocks")
)

// Refund errors (BuildRefund).
var (
	// ErrRefundAmount is returned when the deposit cannot pay the refund fee
	// and leave a non-dust output.
	ErrRefundAmount = errors.New("bitcoin: deposit amount too small to refund")
	// ErrRefundKeyMismatch is returned when the private key given to
	// BuildRefund is not the payload's refund key.
	ErrRefundKeyMismatch = errors.New("bitcoin: private key does not match the payload refund key")
	// ErrNonStandardScript is returned for a destination scriptPubKey that is
	// not one of the standard forms (P2PKH, P2SH, P2WPKH, P2WSH, P2TR).
	ErrNonStandardScript = errors.New("bitcoin: scriptPubKey is not a standard payment script")
	// ErrUnspendableScript (which wraps ErrNonStandardScript) is returned
	// for a standard script nobody can spend: an all-zero hash, or a P2TR
	// key that is zero or not below the field prime p. The bridge contract
	// refuses the same scripts (UnspendableBitcoinScript).
	ErrUnspendableScript = fmt.Errorf("%w: provably unspendable", ErrNonStandardScript)
	// ErrFeeRate is returned for a zero fee rate.
	ErrFeeRate = errors.New("bitcoin: fee rate must be at least 1 sat/vB")
)
