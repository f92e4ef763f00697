package audit

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// HeaderSize is the length of an encoded block header.
const HeaderSize = 1 + 8 + 32 + 8 + 4 + 32 + 32 + 20

// AttestationSize is the length of one attestation: r ‖ s ‖ v, v ∈ {0, 1}.
const AttestationSize = 65

// MaxBlockRecords bounds the records in one block.
const MaxBlockRecords = 1 << 16

// AttestationDomain prefixes the header hash in the digest operators sign,
// so an attestation can never be mistaken for a signature of anything else.
// Its suffix is the format version (FormatVersion): a signature made under
// one version of the format never counts under another.
const AttestationDomain = "kakehashi-audit-v2"

// Header is an audit block header. Its hash is SHA-256 of Encode().
type Header struct {
	Height      uint64
	PrevHash    [32]byte // zero for the genesis block
	Time        uint64   // Unix time in milliseconds, set by the proposer
	RecordCount uint32
	RecordsRoot [32]byte // Merkle root of the records (RFC 6962 construction)
	StateHash   [32]byte // SHA-256 of the derived state after this block
	Proposer    common.Address
}

// Encode returns the 137-byte canonical header encoding.
func (h *Header) Encode() []byte {
	b := make([]byte, 0, HeaderSize)
	b = append(b, FormatVersion)
	b = binary.BigEndian.AppendUint64(b, h.Height)
	b = append(b, h.PrevHash[:]...)
	b = binary.BigEndian.AppendUint64(b, h.Time)
	b = binary.BigEndian.AppendUint32(b, h.RecordCount)
	b = append(b, h.RecordsRoot[:]...)
	b = append(b, h.StateHash[:]...)
	b = append(b, h.Proposer[:]...)
	return b
}

// Hash returns SHA-256 of the encoded header: the block hash.
func (h *Header) Hash() [32]byte { return sha256.Sum256(h.Encode()) }

// DecodeHeader parses a 137-byte header encoding.
func DecodeHeader(b []byte) (Header, error) {
	var h Header
	if len(b) != HeaderSize {
		return h, fmt.Errorf("%w: header of %d bytes, want %d", ErrEncoding, len(b), HeaderSize)
	}
	if b[0] != FormatVersion {
		return h, fmt.Errorf("%w: header version %d, want %d", ErrEncoding, b[0], FormatVersion)
	}
	rd := reader{b: b[1:]}
	h.Height = rd.u64()
	h.PrevHash = rd.b32()
	h.Time = rd.u64()
	h.RecordCount = rd.u32()
	h.RecordsRoot = rd.b32()
	h.StateHash = rd.b32()
	copy(h.Proposer[:], rd.take(20))
	return h, rd.err
}

// Attestation is an operator's secp256k1 ECDSA signature over
// AttestationDigest(header hash), in go-ethereum's [r ‖ s ‖ v] form.
type Attestation [AttestationSize]byte

// AttestationDigest returns SHA-256(AttestationDomain ‖ headerHash), the
// 32 bytes an operator signs.
func AttestationDigest(headerHash [32]byte) [32]byte {
	b := make([]byte, 0, len(AttestationDomain)+32)
	b = append(b, AttestationDomain...)
	b = append(b, headerHash[:]...)
	return sha256.Sum256(b)
}

// Signer signs 32-byte digests with an operator's secp256k1 key, which
// may live outside the process (an HSM over PKCS#11, relay/keys/pkcs11):
// a 65-byte [R || S || V] low-s signature.
type Signer interface {
	Address() common.Address
	SignHash(hash []byte) ([]byte, error)
}

// KeySigner is the Signer of an in-memory key.
func KeySigner(key *ecdsa.PrivateKey) Signer { return privSigner{key} }

type privSigner struct{ k *ecdsa.PrivateKey }

func (p privSigner) Address() common.Address           { return crypto.PubkeyToAddress(p.k.PublicKey) }
func (p privSigner) SignHash(h []byte) ([]byte, error) { return crypto.Sign(h, p.k) }

// Attest signs a header hash with an operator key.
func Attest(key *ecdsa.PrivateKey, headerHash [32]byte) (Attestation, error) {
	return AttestWith(KeySigner(key), headerHash)
}

// AttestWith signs a header hash with an operator's Signer.
func AttestWith(s Signer, headerHash [32]byte) (Attestation, error) {
	var a Attestation
	d := AttestationDigest(headerHash)
	sig, err := s.SignHash(d[:])
	if err == nil && len(sig) != AttestationSize {
		err = fmt.Errorf("signature is %d bytes, want %d", len(sig), AttestationSize)
	}
	if err != nil {
		return a, fmt.Errorf("audit: sign attestation: %w", err)
	}
	copy(a[:], sig)
	return a, nil
}

// Signer recovers the operator address that made a over headerHash. It
// refuses a malleable (high-s) or otherwise invalid signature.
func (a Attestation) Signer(headerHash [32]byte) (common.Address, error) {
	r := new(big.Int).SetBytes(a[:32])
	s := new(big.Int).SetBytes(a[32:64])
	if !crypto.ValidateSignatureValues(a[64], r, s, true) {
		return common.Address{}, fmt.Errorf("%w: invalid signature values", ErrAttestation)
	}
	d := AttestationDigest(headerHash)
	pub, err := crypto.SigToPub(d[:], a[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: recover signer: %v", ErrAttestation, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Block is a header, its records in canonical encoding, and the operators'
// attestations (ascending by signer address). Leaves, when set (by Import),
// are the record leaf hashes as exported; Verify uses them only to name the
// record that no longer matches when the Merkle root does not.
type Block struct {
	Header       Header
	Records      [][]byte
	Attestations []Attestation
	Leaves       [][32]byte
}

// Hash returns the block (header) hash.
func (b *Block) Hash() [32]byte { return b.Header.Hash() }

// Encode returns the block's storage and transport encoding:
// header ‖ (u32 len ‖ record)×RecordCount ‖ u16 count ‖ attestation×count.
func (b *Block) Encode() []byte {
	n := HeaderSize + 2 + len(b.Attestations)*AttestationSize
	for _, r := range b.Records {
		n += 4 + len(r)
	}
	out := make([]byte, 0, n)
	out = append(out, b.Header.Encode()...)
	for _, r := range b.Records {
		out = binary.BigEndian.AppendUint32(out, uint32(len(r)))
		out = append(out, r...)
	}
	out = binary.BigEndian.AppendUint16(out, uint16(len(b.Attestations)))
	for _, a := range b.Attestations {
		out = append(out, a[:]...)
	}
	return out
}

// DecodeBlock parses a block encoding. Records are copied out of data but
// not decoded; Verify decodes them.
func DecodeBlock(data []byte) (*Block, error) {
	if len(data) < HeaderSize {
		return nil, fmt.Errorf("%w: block of %d bytes shorter than a header", ErrEncoding, len(data))
	}
	h, err := DecodeHeader(data[:HeaderSize])
	if err != nil {
		return nil, err
	}
	if h.RecordCount > MaxBlockRecords {
		return nil, fmt.Errorf("%w: %d records, at most %d", ErrEncoding, h.RecordCount, MaxBlockRecords)
	}
	b := &Block{Header: h, Records: make([][]byte, h.RecordCount)}
	rest := data[HeaderSize:]
	// One allocation holds every record.
	body := bytes.Clone(rest)
	rd := reader{b: body}
	for i := range b.Records {
		n := rd.u32()
		if rd.err == nil && n > MaxRecordSize {
			return nil, fmt.Errorf("%w: record %d of %d bytes", ErrEncoding, i, n)
		}
		b.Records[i] = rd.take(int(n))
		if rd.err != nil {
			return nil, fmt.Errorf("record %d: %w", i, rd.err)
		}
	}
	na := int(rd.u16())
	for i := 0; i < na && rd.err == nil; i++ {
		var a Attestation
		copy(a[:], rd.take(AttestationSize))
		b.Attestations = append(b.Attestations, a)
	}
	if rd.err != nil {
		return nil, fmt.Errorf("attestations: %w", rd.err)
	}
	if len(rd.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes after block", ErrEncoding, len(rd.b))
	}
	return b, nil
}

// LeafHash is SHA-256(0x00 ‖ record).
func LeafHash(record []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte{0})
	h.Write(record)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

func nodeHash(l, r *[32]byte) [32]byte {
	var buf [65]byte
	buf[0] = 1
	copy(buf[1:], l[:])
	copy(buf[33:], r[:])
	return sha256.Sum256(buf[:])
}

// MerkleRoot returns the RFC 6962 Merkle tree hash of the leaf hashes:
// for n > 1, SHA-256(0x01 ‖ MTH(first k) ‖ MTH(rest)) with k the largest
// power of two below n; for one leaf, the leaf hash; for none, SHA-256("").
func MerkleRoot(leaves [][32]byte) [32]byte {
	switch len(leaves) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return leaves[0]
	}
	k := 1
	for k<<1 < len(leaves) {
		k <<= 1
	}
	l, r := MerkleRoot(leaves[:k]), MerkleRoot(leaves[k:])
	return nodeHash(&l, &r)
}

// RecordsRoot returns the Merkle root over the records' leaf hashes.
func RecordsRoot(records [][]byte) [32]byte {
	leaves := make([][32]byte, len(records))
	for i, r := range records {
		leaves[i] = LeafHash(r)
	}
	return MerkleRoot(leaves)
}
