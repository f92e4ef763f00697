package backup

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// The text form of a share (docs/relay.md, "Key backup"): comment lines
// starting with #, one header line, then the binary share in lines of
// lineBytes bytes:
//
//	kakehashi-key-backup v1 id=<hex> share=<i>/<n> threshold=<k> kind=<kind> fingerprint=<fp> checksum=<hex>
//	01 ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567 9f3a
//
// Each payload line is its number, the bytes in base32 (RFC 4648, no
// padding, groups of 4) and a line check: the first 2 bytes of
// SHA-256("KKHB line" ‖ backup id ‖ i as u8 ‖ line number as u16 ‖ the
// line's bytes), in hex. Base32 has no 0, 1, 8 or 9, so nothing reads as
// two characters; the line check says which line to retype, and binding
// it to the backup and the share catches a line of another share.
const (
	headerTag  = "kakehashi-key-backup"
	lineBytes  = 20
	groupChars = 4
	lineDomain = "KKHB line"
	// maxText bounds what Parse reads: a share of the largest secret is
	// about 14 KB of text.
	maxText  = 64 << 10
	maxLines = (MaxSecret+256)/lineBytes + 1
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// lineCheck is the check of payload line number with bytes b of share
// index of backup id.
func lineCheck(id [idLen]byte, index, number int, b []byte) string {
	h := sha256.New()
	h.Write([]byte(lineDomain))
	h.Write(id[:])
	h.Write([]byte{byte(index)})
	h.Write(binary.BigEndian.AppendUint16(nil, uint16(number)))
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil)[:2])
}

// header is the header line of s.
func (s *Share) header() string {
	m := s.Meta
	return fmt.Sprintf("%s v%d id=%s share=%d/%d threshold=%d kind=%s fingerprint=%s checksum=%s",
		headerTag, m.Version, m.IDString(), s.Index, m.N, m.K, m.Kind, m.FingerprintString(), s.ChecksumString())
}

// MarshalText is the share as text to print or store: a few comment
// lines for the custodian, the header line and the payload lines.
func (s *Share) MarshalText() ([]byte, error) {
	bin, err := s.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	what := "key"
	if s.Meta.Kind != KindSecp256k1 {
		what = "blob"
	}
	fmt.Fprintf(&b, "# Kakehashi key backup %s, share %d of %d. Any %d of the %d shares restore the %s %s;\n",
		s.Meta.IDString(), s.Index, s.Meta.N, s.Meta.K, s.Meta.N, what, s.Meta.FingerprintString())
	fmt.Fprintf(&b, "# fewer reveal nothing about it. Keep this share apart from the others.\n")
	fmt.Fprintf(&b, "# Restore: relayd key restore --share FILE ... (docs/relay.md, Key backup).\n")
	b.WriteString(s.header() + "\n")
	for n := 1; len(bin) > 0; n++ {
		chunk := bin[:min(lineBytes, len(bin))]
		bin = bin[len(chunk):]
		enc := b32.EncodeToString(chunk)
		fmt.Fprintf(&b, "%02d ", n)
		for i := 0; i < len(enc); i += groupChars {
			b.WriteString(enc[i:min(i+groupChars, len(enc))] + " ")
		}
		b.WriteString(lineCheck(s.Meta.ID, s.Index, n, chunk) + "\n")
	}
	return b.Bytes(), nil
}

// ReadFile reads one share's text from path (Parse, with path as the
// share's Source).
func ReadFile(path string) (Share, error) {
	f, err := os.Open(path)
	if err != nil {
		return Share{}, fmt.Errorf("backup: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxText+1))
	if err != nil {
		return Share{}, fmt.Errorf("backup: %s: %w", path, err)
	}
	return Parse(b, path)
}

// Parse reads a share's text, checking each payload line's check, then
// the share's checksum, then that the header says what the payload
// holds. Errors are *ShareError naming source and, once the header is
// read, the share's number. Upper and lower case are the same, and
// spacing within a line does not matter.
func Parse(text []byte, source string) (Share, error) {
	fail := &ShareError{Err: ErrCorruptShare, Source: source}
	if len(text) > maxText {
		fail.Detail = fmt.Sprintf("%d bytes, more than a share's %d: is this a share file?", len(text), maxText)
		return Share{}, fail
	}
	var (
		hdr     *headerFields
		payload []byte
		lines   int
		short   bool
	)
	for raw := range strings.Lines(string(text)) {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if hdr == nil {
			h, err := parseHeader(line)
			if err != nil {
				fail.Err, fail.Detail = err.sentinel, err.detail
				return Share{}, fail
			}
			hdr, fail.Index, fail.N = h, h.index, h.n
			continue
		}
		lines++
		if lines > maxLines || short {
			fail.Detail = fmt.Sprintf("line %02d comes after the share's last line: lines of another share pasted in?", lines)
			return Share{}, fail
		}
		b, detail := hdr.decodeLine(lines, line)
		if detail != "" {
			fail.Detail = detail
			return Share{}, fail
		}
		short = len(b) < lineBytes
		payload = append(payload, b...)
	}
	if hdr == nil {
		fail.Detail = "no " + headerTag + " header line: is this a share file?"
		return Share{}, fail
	}
	s := Share{Source: source}
	if err := s.UnmarshalBinary(payload); err != nil {
		// The header's number is the one on the paper.
		if se, ok := err.(*ShareError); ok {
			se.Index, se.N = hdr.index, hdr.n
		}
		return Share{}, err
	}
	if d := hdr.differs(&s); d != "" {
		return Share{}, shareErr(ErrCorruptShare, &s, "the header line says %s: the header was edited, or belongs to another share", d)
	}
	return s, nil
}

// decodeLine reads payload line number of the share h heads: "NN
// groups… check". It returns the line's bytes, or what is wrong with it.
func (h *headerFields) decodeLine(number int, line string) ([]byte, string) {
	f := strings.Fields(line)
	if len(f) < 3 {
		return nil, fmt.Sprintf("line %02d: %q is not a line number, base32 groups and a check", number, clip(line))
	}
	if n, err := strconv.Atoi(f[0]); err != nil || n != number {
		return nil, fmt.Sprintf("line %02d is numbered %q: a line is missing, doubled or out of order", number, clip(f[0]))
	}
	enc := strings.ToUpper(strings.Join(f[1:len(f)-1], ""))
	b, err := b32.DecodeString(enc)
	// A last character whose unused bits are set decodes too; refusing it
	// keeps one text per share, so every changed character is caught.
	if err != nil || b32.EncodeToString(b) != enc {
		return nil, fmt.Sprintf("line %02d: not base32 (A–Z and 2–7; a 0 is the letter O, a 1 the letter I or L), or a character is missing", number)
	}
	if len(b) > lineBytes {
		return nil, fmt.Sprintf("line %02d holds %d bytes, at most %d: characters of another line on it?", number, len(b), lineBytes)
	}
	if check := strings.ToLower(f[len(f)-1]); check != lineCheck(h.id, h.index, number, b) {
		return nil, fmt.Sprintf("line %02d: its check %q does not match its characters: one was mistyped or misread (or the line is another share's, or the header's id or share number is wrong); compare the line with the paper", number, clip(check))
	}
	return b, ""
}

// clip shortens untrusted text quoted in an error.
func clip(s string) string {
	if len(s) > 24 {
		return s[:24] + "…"
	}
	return s
}
