package backup

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func text(t testing.TB, s *Share) string {
	t.Helper()
	b, err := s.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTextRoundTrip(t *testing.T) {
	for kind, secret := range secrets(t) {
		t.Run(string(kind), func(t *testing.T) {
			shares := split(t, kind, secret, 5, 3)
			var parsed []Share
			for i := range shares {
				txt := text(t, &shares[i])
				for _, variant := range []string{txt, strings.ToLower(txt), strings.ReplaceAll(txt, " ", "  \t"), strings.ReplaceAll(txt, "\n", "\r\n")} {
					s, err := Parse([]byte(variant), "f")
					if err != nil {
						t.Fatal(err)
					}
					want := shares[i]
					want.Source = "f"
					if !reflect.DeepEqual(s, want) {
						t.Fatalf("share %d does not round-trip", i+1)
					}
				}
				s, _ := Parse([]byte(txt), "")
				parsed = append(parsed, s)
			}
			got, _, err := Combine(parsed[2:])
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatal(err)
			}
		})
	}
}

// lines splits a share's text into its header and payload lines.
func lines(txt string) (header string, payload []string) {
	for _, l := range strings.Split(strings.TrimSpace(txt), "\n") {
		switch {
		case strings.HasPrefix(l, "#"):
		case header == "":
			header = l
		default:
			payload = append(payload, l)
		}
	}
	return header, payload
}

func join(header string, payload ...string) string {
	return header + "\n" + strings.Join(payload, "\n") + "\n"
}

// Every way a share's text can be mangled is refused with an error that
// names the file and, once the header is read, the share.
func TestParseRefuses(t *testing.T) {
	shares := split(t, KindSecp256k1, secrets(t)[KindSecp256k1], 5, 3)
	h, p := lines(text(t, &shares[2]))
	_, other := lines(text(t, &shares[3]))
	edit := func(s, old, new string) string { return strings.Replace(s, old, new, 1) }
	flip := func(line string) string { // one base32 character changed
		f := strings.Fields(line)
		c := f[1][0]
		if c == 'A' {
			c = 'B'
		} else {
			c = 'A'
		}
		f[1] = string(c) + f[1][1:]
		return strings.Join(f, " ")
	}
	last := len(p) - 1
	for _, tc := range []struct {
		name, text string
		want       error
		says       string
	}{
		{"empty", "", ErrCorruptShare, "no kakehashi-key-backup header"},
		{"not a share", "hello\nworld\n", ErrCorruptShare, "not a kakehashi-key-backup header"},
		{"future version", join(edit(h, " v1 ", " v2 "), p...), ErrVersion, `format "v2"`},
		{"a character flipped", join(h, append(append([]string{}, p[:3]...), append([]string{flip(p[3])}, p[4:]...)...)...), ErrCorruptShare, "line 04: its check"},
		{"a line missing", join(h, append(append([]string{}, p[:2]...), p[3:]...)...), ErrCorruptShare, "line 03 is numbered \"04\""},
		{"last line missing", join(h, p[:last]...), ErrCorruptShare, "a line is missing or cut short"},
		{"a line doubled", join(h, append(append([]string{}, p[:3]...), p[2:]...)...), ErrCorruptShare, "line 04 is numbered \"03\""},
		{"a line of another share", join(h, append(append([]string{}, p[:1]...), append([]string{other[1]}, p[2:]...)...)...), ErrCorruptShare, "3 of 5 (share-3.txt): line 02: its check"},
		{"a line pasted after the end", join(h, append(append([]string{}, p...), "09 AAAA 0000")...), ErrCorruptShare, "comes after the share's last line"},
		{"not base32", join(h, append(append([]string{}, p[:1]...), append([]string{edit(p[1], p[1][3:4], "0")}, p[2:]...)...)...), ErrCorruptShare, "not base32"},
		{"no check", join(h, append([]string{"01 ABCD"}, p[1:]...)...), ErrCorruptShare, "not a line number, base32 groups and a check"},
		{"header of share 2", join(edit(h, "share=3/5", "share=2/5"), p...), ErrCorruptShare, "2 of 5 (share-3.txt): line 01: its check"},
		{"header of a 3-of-6", join(edit(h, "share=3/5", "share=3/6"), p...), ErrCorruptShare, "the header line says share=3/6, its payload 3/5"},
		{"header id mistyped", join(edit(h, "id=", "id=0"), p...), ErrCorruptShare, "is not 16 hex digits"},
		{"header of another key", join(edit(h, "fingerprint=0x", "fingerprint=0x0"), p...), ErrCorruptShare, "the header line says fingerprint="},
		{"header without checksum", join(strings.Split(h, " checksum=")[0], p...), ErrCorruptShare, "lacks one of id"},
		{"header share not a number", join(edit(h, "share=3/5", "share=three/5"), p...), ErrCorruptShare, "is not <i>/<n>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse([]byte(tc.text), "share-3.txt")
			var se *ShareError
			if !errors.Is(err, tc.want) || !errors.As(err, &se) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("err = %v, want %v saying %q", err, tc.want, tc.says)
			}
			if !strings.Contains(err.Error(), "share-3.txt") || s.Y != nil {
				t.Fatalf("the error does not name the file, or a share came back: %v", err)
			}
		})
	}
}

// A changed character anywhere in the payload is caught, and the error
// names share 3 and its file.
func TestParseEveryCharacter(t *testing.T) {
	shares := split(t, KindSecp256k1, secrets(t)[KindSecp256k1], 5, 3)
	txt := text(t, &shares[2])
	start := strings.Index(txt, "\n01 ") + 4
	for i := start; i < len(txt); i++ {
		c := txt[i]
		if c == ' ' || c == '\n' {
			continue
		}
		repl := byte('Q')
		if c == 'Q' {
			repl = 'R'
		}
		if c >= '0' && c <= '9' {
			repl = '0' + (c-'0'+1)%10
		}
		bad := txt[:i] + string(repl) + txt[i+1:]
		_, err := Parse([]byte(bad), "share-3.txt")
		if !errors.Is(err, ErrCorruptShare) || !strings.Contains(err.Error(), "3 of 5 (share-3.txt)") {
			t.Fatalf("character %d changed: %v", i, err)
		}
	}
}

func TestReadFile(t *testing.T) {
	shares := split(t, KindHSMWrapped, []byte("blob"), 2, 2)
	dir := t.TempDir()
	path := filepath.Join(dir, "s.txt")
	if err := os.WriteFile(path, []byte(text(t, &shares[0])), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := ReadFile(path)
	if err != nil || s.Source != path || s.Index != 1 {
		t.Fatalf("%v %v", s, err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, maxText+10), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(big); !errors.Is(err, ErrCorruptShare) || !strings.Contains(err.Error(), "is this a share file?") {
		t.Fatal(err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatal(err)
	}
}

// FuzzParse: no input makes Parse panic, and whatever it accepts writes
// back to a text it reads the same way.
func FuzzParse(f *testing.F) {
	priv := []byte{31: 1}
	for _, tc := range []struct {
		kind   Kind
		secret []byte
	}{{KindSecp256k1, priv}, {KindHSMWrapped, []byte("blob")}} {
		shares, err := Split(tc.secret, Meta{Kind: tc.kind}, 3, 2)
		if err != nil {
			f.Fatal(err)
		}
		txt := text(f, &shares[0])
		f.Add([]byte(txt))
		f.Add([]byte(txt[:len(txt)/2]))
		f.Add([]byte(strings.ToLower(txt)))
	}
	f.Add([]byte("kakehashi-key-backup v1 share=1/2\n01 AAAA 0000\n"))
	f.Add([]byte("kakehashi-key-backup v1 id=00 share=1/2 threshold=2 kind=secp256k1 fingerprint=x checksum=00\n01 KNFU QQA 0000\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data, "fuzz")
		if err != nil {
			if !errors.Is(err, ErrCorruptShare) && !errors.Is(err, ErrVersion) {
				t.Fatalf("error of no kind: %v", err)
			}
			return
		}
		again, err := Parse([]byte(text(t, &s)), "fuzz")
		if err != nil || !reflect.DeepEqual(again, s) {
			t.Fatalf("accepted share does not round-trip: %v", err)
		}
	})
}
