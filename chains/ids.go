package chains

import (
	"encoding/hex"
	"fmt"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ChainID identifies a chain in every signed message: the EIP-155 id of an
// EVM chain, a configured id for Bitcoin (regtest devnet: BitcoinRegtest).
type ChainID uint64

// Well-known chain ids of the devnet.
const (
	BitcoinRegtest ChainID = 18444
	DevnetA        ChainID = 31337
	DevnetB        ChainID = 31338
	DevnetC        ChainID = 31339
)

// AssetID is keccak256(abi.encode(uint64 homeChain, bytes homeAsset)).
type AssetID [32]byte

// TransferID keys every mint and unlock on chain, so each happens at most once.
type TransferID [32]byte

func (a AssetID) String() string    { return "0x" + hex.EncodeToString(a[:]) }
func (t TransferID) String() string { return "0x" + hex.EncodeToString(t[:]) }

// MarshalText encodes the id as 0x-prefixed hex (JSON, YAML, logs).
func (a AssetID) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// MarshalText encodes the id as 0x-prefixed hex (JSON, YAML, logs).
func (t TransferID) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes 0x-prefixed or bare hex of exactly 32 bytes.
func (a *AssetID) UnmarshalText(b []byte) error { return decode32("asset id", b, (*[32]byte)(a)) }

// UnmarshalText decodes 0x-prefixed or bare hex of exactly 32 bytes.
func (t *TransferID) UnmarshalText(b []byte) error {
	return decode32("transfer id", b, (*[32]byte)(t))
}

// ParseTransferID parses a transfer id given as hex (0x-prefixed or bare).
func ParseTransferID(s string) (TransferID, error) {
	var t TransferID
	err := t.UnmarshalText([]byte(s))
	return t, err
}

func decode32(what string, b []byte, out *[32]byte) error {
	s := string(b)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("%s %q: not hex: %w", what, string(b), err)
	}
	if len(raw) != 32 {
		return fmt.Errorf("%s %q: want 32 bytes, got %d", what, string(b), len(raw))
	}
	copy(out[:], raw)
	return nil
}

// ComputeAssetID returns keccak256(abi.encode(uint64 homeChain, bytes homeAsset)).
// homeAsset is the 20-byte token address, or nil for the chain's native coin.
func ComputeAssetID(homeChain ChainID, homeAsset []byte) AssetID {
	// abi.encode(uint64, bytes): head = [u64 word][offset=0x40], tail = [len][data padded].
	enc := make([]byte, 0, 96+len(homeAsset)+31)
	enc = append(enc, word(uint64(homeChain))...)
	enc = append(enc, word(64)...)
	enc = append(enc, word(uint64(len(homeAsset)))...)
	enc = append(enc, homeAsset...)
	if pad := len(homeAsset) % 32; pad != 0 {
		enc = append(enc, make([]byte, 32-pad)...)
	}
	return AssetID(crypto.Keccak256Hash(enc))
}

// EVMTransferID returns keccak256(abi.encode(uint64 chainId, address bridge, uint64 nonce)).
func EVMTransferID(chain ChainID, bridge common.Address, nonce uint64) TransferID {
	enc := make([]byte, 0, 96)
	enc = append(enc, word(uint64(chain))...)
	enc = append(enc, common.LeftPadBytes(bridge.Bytes(), 32)...)
	enc = append(enc, word(nonce)...)
	return TransferID(crypto.Keccak256Hash(enc))
}

// BitcoinTransferID returns keccak256(abi.encode(uint64 chainId, bytes32 txid, uint32 vout)),
// with txid in RPC display order (see the package documentation).
func BitcoinTransferID(chain ChainID, txid chainhash.Hash, vout uint32) TransferID {
	display := txid // chainhash.Hash is stored little-endian; reverse to display order.
	for i, j := 0, len(display)-1; i < j; i, j = i+1, j-1 {
		display[i], display[j] = display[j], display[i]
	}
	enc := make([]byte, 0, 96)
	enc = append(enc, word(uint64(chain))...)
	enc = append(enc, display[:]...)
	enc = append(enc, word(uint64(vout))...)
	return TransferID(crypto.Keccak256Hash(enc))
}

// word is the 32-byte big-endian ABI encoding of an unsigned integer.
func word(v uint64) []byte {
	w := make([]byte, 32)
	for i := 0; i < 8; i++ {
		w[31-i] = byte(v >> (8 * i))
	}
	return w
}
