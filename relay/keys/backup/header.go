package backup

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// headerFields is what a share's header line says. The payload is what
// counts; the header is there for people, and Parse checks that the two
// agree so a paper under the wrong header is caught.
type headerFields struct {
	id                          [idLen]byte
	kind, fingerprint, checksum string
	index, n, k                 int
}

// headerErr is what is wrong with a header line.
type headerErr struct {
	sentinel error
	detail   string
}

// parseHeader reads "kakehashi-key-backup v1 key=value…".
func parseHeader(line string) (*headerFields, *headerErr) {
	f := strings.Fields(line)
	if len(f) < 2 || !strings.EqualFold(f[0], headerTag) {
		return nil, &headerErr{ErrCorruptShare, fmt.Sprintf("the first line is not a %s header: is this a share file?", headerTag)}
	}
	if want := fmt.Sprintf("v%d", FormatVersion); !strings.EqualFold(f[1], want) {
		return nil, &headerErr{ErrVersion, fmt.Sprintf("format %q, this program reads %s: restore with the relayd that wrote it, or a newer one", clip(f[1]), want)}
	}
	kv := map[string]string{}
	for _, field := range f[2:] {
		k, v, ok := strings.Cut(field, "=")
		if ok {
			kv[strings.ToLower(k)] = v
		}
	}
	var (
		h             headerFields
		okI, okN, okK bool
	)
	i, n, cut := strings.Cut(kv["share"], "/")
	h.index, okI = atoi(i)
	h.n, okN = atoi(n)
	if !cut || !okI || !okN {
		return nil, &headerErr{ErrCorruptShare, fmt.Sprintf("header share=%q is not <i>/<n>", clip(kv["share"]))}
	}
	h.k, okK = atoi(kv["threshold"])
	h.kind, h.fingerprint, h.checksum = kv["kind"], kv["fingerprint"], kv["checksum"]
	if !okK || kv["id"] == "" || h.kind == "" || h.fingerprint == "" || h.checksum == "" {
		return nil, &headerErr{ErrCorruptShare, "the header line lacks one of id, share, threshold, kind, fingerprint, checksum"}
	}
	id, err := hex.DecodeString(kv["id"])
	if err != nil || len(id) != idLen {
		return nil, &headerErr{ErrCorruptShare, fmt.Sprintf("header id=%q is not %d hex digits", clip(kv["id"]), 2*idLen)}
	}
	h.id = [idLen]byte(id)
	return &h, nil
}

// atoi reads a small positive decimal number.
func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0 && n <= MaxShares
}

// differs says where the header disagrees with share s, "" if nowhere.
// Case does not count: a header may be retyped in lower case.
func (h *headerFields) differs(s *Share) string {
	for _, c := range []struct{ name, header, payload string }{
		{"id", hex.EncodeToString(h.id[:]), s.Meta.IDString()},
		{"share", fmt.Sprintf("%d/%d", h.index, h.n), fmt.Sprintf("%d/%d", s.Index, s.Meta.N)},
		{"threshold", strconv.Itoa(h.k), strconv.Itoa(s.Meta.K)},
		{"kind", h.kind, string(s.Meta.Kind)},
		{"fingerprint", h.fingerprint, s.Meta.FingerprintString()},
		{"checksum", h.checksum, s.ChecksumString()},
	} {
		if !strings.EqualFold(c.header, c.payload) {
			return fmt.Sprintf("%s=%s, its payload %s", c.name, clip(c.header), c.payload)
		}
	}
	return ""
}
