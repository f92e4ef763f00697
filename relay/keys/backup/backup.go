package backup

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/chacha20poly1305"
)

// FormatVersion is the version of the share layout this package writes
// and reads.
const FormatVersion = 1

// MaxSecret is the largest secret Split takes. A share carries the sealed
// secret and is meant to be printed: 4 KiB is some 200 lines of text, and
// more than any wrapped key blob.
const MaxSecret = 4096

// Limits of n and k: corvus-ch/shamir needs k ≥ 2 (k = 1 would make
// every share the key) and gives at most 255 distinct nonzero
// x-coordinates.
const (
	MinThreshold = 2
	MaxShares    = 255
)

// dataKeyLen is the length of the random key that seals the secret; only
// it is split.
const dataKeyLen = chacha20poly1305.KeySize

// Kind says what the secret is, and so how its fingerprint is computed and
// checked on restore.
type Kind string

const (
	// KindSecp256k1 is an operator key: 32 bytes, a valid secp256k1
	// scalar. Its fingerprint is its Ethereum address, the operator's
	// identity, so a restore proves it gives back the same operator.
	KindSecp256k1 Kind = "secp256k1"
	// KindHSMWrapped is an opaque blob, such as a custody key wrapped by an
	// HSM. Its fingerprint is its SHA-256.
	KindHSMWrapped Kind = "hsm-wrapped"
)

// Meta describes a backup. Every share carries it, and the sealed secret
// is bound to it (it is the AEAD's associated data).
type Meta struct {
	Version     int     // FormatVersion
	Kind        Kind    // what the secret is
	Fingerprint []byte  // Ethereum address (20 bytes) or SHA-256 (32) of the secret
	ID          [8]byte // random, one per backup: tells shares of two backups apart
	N, K        int     // n shares, any k of which restore the secret
}

// IDString is the backup id in hex, as file names and headers show it.
func (m Meta) IDString() string { return hex.EncodeToString(m.ID[:]) }

// FingerprintString is the fingerprint as people compare it: the
// checksummed address of a secp256k1 key, sha256:<hex> of a blob.
func (m Meta) FingerprintString() string {
	if m.Kind == KindSecp256k1 && len(m.Fingerprint) == common.AddressLength {
		return common.BytesToAddress(m.Fingerprint).Hex()
	}
	return "sha256:" + hex.EncodeToString(m.Fingerprint)
}

// Fingerprint is what identifies a secret of kind without revealing it.
func Fingerprint(kind Kind, secret []byte) ([]byte, error) {
	switch kind {
	case KindSecp256k1:
		priv, err := crypto.ToECDSA(secret)
		if err != nil {
			return nil, fmt.Errorf("not a secp256k1 private key (32 bytes, nonzero, below the curve order)")
		}
		return crypto.PubkeyToAddress(priv.PublicKey).Bytes(), nil
	case KindHSMWrapped:
		h := sha256.Sum256(secret)
		return h[:], nil
	default:
		return nil, fmt.Errorf("unknown kind %q: use %s or %s", kind, KindSecp256k1, KindHSMWrapped)
	}
}

// fingerprintLen is the length of kind's fingerprint, 0 for an unknown kind.
func fingerprintLen(kind Kind) int {
	switch kind {
	case KindSecp256k1:
		return common.AddressLength
	case KindHSMWrapped:
		return sha256.Size
	}
	return 0
}

// validate checks what every share's metadata must satisfy.
func (m Meta) validate() error {
	switch {
	case m.Version != FormatVersion:
		return fmt.Errorf("format version %d, want %d", m.Version, FormatVersion)
	case fingerprintLen(m.Kind) == 0:
		return fmt.Errorf("unknown kind %q", m.Kind)
	case len(m.Fingerprint) != fingerprintLen(m.Kind):
		return fmt.Errorf("a %s fingerprint of %d bytes, want %d", m.Kind, len(m.Fingerprint), fingerprintLen(m.Kind))
	case m.K < MinThreshold || m.K > m.N || m.N > MaxShares:
		return fmt.Errorf("threshold %d of %d shares: want 2 ≤ k ≤ n ≤ 255", m.K, m.N)
	}
	return nil
}

// Share is one custodian's part of a backup: the metadata, its number, its
// point of the split data key, and the sealed secret, so that any k shares
// restore the secret with nothing else. Fewer than k reveal nothing about
// it (Shamir's scheme over the data key, which is random).
type Share struct {
	Meta     Meta
	Index    int      // 1..N: the number printed on the share
	X        byte     // the Shamir x-coordinate of Y, nonzero
	Y        []byte   // the share of the data key (32 bytes)
	Nonce    [24]byte // XChaCha20-Poly1305 nonce of Sealed
	Sealed   []byte   // the secret sealed under the data key, tag included
	Checksum [checksumLen]byte

	// Source is where the share was read from (a file name), for errors.
	// It is not part of the share.
	Source string
}

// String names the share; it never shows Y. A value receiver, so that a
// Share printed with %v or %s shows this too.
func (s Share) String() string {
	return fmt.Sprintf("share %d of %d of backup %s", s.Index, s.Meta.N, s.Meta.IDString())
}

// name is how errors name the share: its number and its file.
func (s *Share) name() string {
	n := fmt.Sprintf("share %d of %d", s.Index, s.Meta.N)
	if s.Source != "" {
		n += " (" + s.Source + ")"
	}
	return n
}

// ChecksumString is the share's checksum in hex: what a custodian compares
// with the one printed at the ceremony.
func (s *Share) ChecksumString() string { return hex.EncodeToString(s.Checksum[:]) }

// Verify checks the share on its own: its fields are in range and its
// checksum matches its content (ErrCorruptShare naming it, or ErrVersion).
func (s *Share) Verify() error {
	if err := s.validate(); err != nil {
		return err
	}
	if s.Checksum != sum(s.body()) {
		return shareErr(ErrCorruptShare, s, "checksum %x does not match its content: a byte changed since it was written", s.Checksum)
	}
	return nil
}

func (s *Share) validate() error {
	if s.Meta.Version != FormatVersion {
		return shareErr(ErrVersion, s, "format version %d, this program reads version %d", s.Meta.Version, FormatVersion)
	}
	if err := s.Meta.validate(); err != nil {
		return shareErr(ErrCorruptShare, s, "%v", err)
	}
	switch {
	case s.Index < 1 || s.Index > s.Meta.N:
		return shareErr(ErrCorruptShare, s, "number %d is not within 1..%d", s.Index, s.Meta.N)
	case s.X == 0:
		return shareErr(ErrCorruptShare, s, "x-coordinate 0 would be the key itself")
	case len(s.Y) != yLen:
		return shareErr(ErrCorruptShare, s, "%d bytes of key share, want %d", len(s.Y), yLen)
	case len(s.Sealed) <= chacha20poly1305.Overhead || len(s.Sealed) > MaxSecret+chacha20poly1305.Overhead:
		return shareErr(ErrCorruptShare, s, "sealed secret of %d bytes, want %d..%d", len(s.Sealed), chacha20poly1305.Overhead+1, MaxSecret+chacha20poly1305.Overhead)
	}
	return nil
}

// random fills b from crypto/rand.
func random(b []byte) error {
	if _, err := rand.Read(b); err != nil {
		return fmt.Errorf("backup: random: %w", err)
	}
	return nil
}

// sortedX is the keys of parts in ascending order: share i gets the i-th
// x, so the numbering does not depend on map order.
func sortedX(parts map[byte][]byte) []byte {
	xs := make([]byte, 0, len(parts))
	for x := range parts {
		xs = append(xs, x)
	}
	slices.Sort(xs)
	return xs
}

// sameBackup reports whether a and b carry the same metadata and sealed
// secret (they may differ in index, x, y and checksum).
func sameBackup(a, b *Share) bool {
	return bytes.Equal(appendMeta(nil, a.Meta), appendMeta(nil, b.Meta)) &&
		a.Nonce == b.Nonce && bytes.Equal(a.Sealed, b.Sealed)
}
