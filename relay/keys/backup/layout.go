package backup

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
)

// The binary layout of a share, version 1 (docs/relay.md, "Key backup";
// integers big-endian). The first 17+F bytes are the metadata, and
// exactly those bytes are the AEAD's associated data, so a share whose
// kind, fingerprint, id, n or k were changed no longer opens the backup.
//
//	0        4   magic "KKHB"
//	4        1   version (1)
//	5        1   kind: 1 secp256k1, 2 hsm-wrapped
//	6        8   backup id
//	14       1   n
//	15       1   k
//	16       1   F, the fingerprint's length (20 or 32)
//	17       F   fingerprint
//	17+F     1   index i, 1..n (the number printed on the share)
//	18+F     1   x, the Shamir x-coordinate, 1..255
//	19+F     32  y, the share of the data key
//	51+F     24  nonce
//	75+F     2   L, the sealed secret's length (the secret's + 16)
//	77+F     L   sealed secret: XChaCha20-Poly1305(data key, nonce, secret; the first 17+F bytes)
//	77+F+L   4   checksum: the first 4 bytes of SHA-256 of the first 77+F+L bytes
const (
	magic       = "KKHB"
	idLen       = 8
	yLen        = 32
	checksumLen = 4
)

// kindCodes are the kinds' bytes in the layout.
var kindCodes = map[Kind]byte{KindSecp256k1: 1, KindHSMWrapped: 2}

// appendMeta appends the metadata bytes: the associated data of the AEAD
// and the first part of every share.
func appendMeta(b []byte, m Meta) []byte {
	b = append(b, magic...)
	b = append(b, byte(m.Version), kindCodes[m.Kind])
	b = append(b, m.ID[:]...)
	b = append(b, byte(m.N), byte(m.K), byte(len(m.Fingerprint)))
	return append(b, m.Fingerprint...)
}

// body is the share's bytes without the checksum.
func (s *Share) body() []byte {
	b := appendMeta(make([]byte, 0, 128+len(s.Sealed)), s.Meta)
	b = append(b, byte(s.Index), s.X)
	b = append(b, s.Y...)
	b = append(b, s.Nonce[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(s.Sealed)))
	return append(b, s.Sealed...)
}

// sum is the checksum of a share's body.
func sum(body []byte) [checksumLen]byte {
	h := sha256.Sum256(body)
	return [checksumLen]byte(h[:checksumLen])
}

// MarshalBinary is the share in the layout above, its checksum computed
// afresh (Split and UnmarshalBinary set Checksum; Verify compares them).
func (s *Share) MarshalBinary() ([]byte, error) {
	if err := s.Meta.validate(); err != nil {
		return nil, err
	}
	b := s.body()
	c := sum(b)
	return append(b, c[:]...), nil
}

// UnmarshalBinary reads a share in the layout above and checks its
// checksum and that its fields are in range. Source, if set, is kept for
// the errors.
func (s *Share) UnmarshalBinary(b []byte) error {
	r := reader{b: b}
	src := s.Source
	*s = Share{Source: src}
	if !bytes.Equal(r.next(len(magic)), []byte(magic)) {
		return &ShareError{Err: ErrCorruptShare, Source: src, Detail: "not a Kakehashi key backup share (no KKHB magic): is this the right file?"}
	}
	if v := r.byte(); v != FormatVersion {
		return &ShareError{Err: ErrVersion, Source: src, Detail: fmt.Sprintf("format version %d, this program reads version %d: restore with the relayd that wrote it, or a newer one", v, FormatVersion)}
	}
	s.Meta.Version = FormatVersion
	s.readFields(&r)
	if r.short {
		return &ShareError{Err: ErrCorruptShare, Source: src, Detail: fmt.Sprintf("%d bytes end before the share does: a line is missing or cut short", len(b))}
	}
	if len(r.b) != 0 {
		return &ShareError{Err: ErrCorruptShare, Source: src, Detail: fmt.Sprintf("%d bytes after the end of the share: lines of another share pasted in?", len(r.b))}
	}
	if s.Checksum != sum(s.body()) {
		return shareErr(ErrCorruptShare, s, "checksum %x does not match its content: a byte changed since it was written", s.Checksum)
	}
	if err := s.validate(); err != nil {
		return err
	}
	return nil
}

// readFields reads what follows the version. A short input sets r.short
// and leaves zero values.
func (s *Share) readFields(r *reader) {
	code := r.byte()
	for k, c := range kindCodes {
		if c == code {
			s.Meta.Kind = k
		}
	}
	if s.Meta.Kind == "" {
		s.Meta.Kind = Kind(fmt.Sprintf("code %d", code))
	}
	copy(s.Meta.ID[:], r.next(idLen))
	s.Meta.N, s.Meta.K = int(r.byte()), int(r.byte())
	s.Meta.Fingerprint = bytes.Clone(r.next(int(r.byte())))
	s.Index, s.X = int(r.byte()), r.byte()
	s.Y = bytes.Clone(r.next(yLen))
	copy(s.Nonce[:], r.next(len(s.Nonce)))
	s.Sealed = bytes.Clone(r.next(int(binary.BigEndian.Uint16(r.next(2)))))
	copy(s.Checksum[:], r.next(checksumLen))
}

// reader takes bytes off the front of b; reading past the end sets short
// and yields zeros, so a parser of untrusted input needs no bounds checks.
type reader struct {
	b     []byte
	short bool
}

func (r *reader) next(n int) []byte {
	if n > len(r.b) {
		r.short, r.b = true, nil
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) byte() byte { return r.next(1)[0] }
