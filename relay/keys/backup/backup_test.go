package backup

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// secrets are one secret of each kind.
func secrets(t *testing.T) map[Kind][]byte {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return map[Kind][]byte{
		KindSecp256k1:  crypto.FromECDSA(priv),
		KindHSMWrapped: bytes.Repeat([]byte("wrapped custody key "), 20),
	}
}

func split(t *testing.T, kind Kind, secret []byte, n, k int) []Share {
	t.Helper()
	shares, err := Split(secret, Meta{Kind: kind}, n, k)
	if err != nil {
		t.Fatal(err)
	}
	return shares
}

// subsets calls f with every subset of shares, as a new slice.
func subsets(shares []Share, f func([]Share)) {
	for mask := 1; mask < 1<<len(shares); mask++ {
		var sub []Share
		for i := range shares {
			if mask&(1<<i) != 0 {
				sub = append(sub, shares[i])
			}
		}
		f(sub)
	}
}

func indexes(shares []Share) string {
	var s []string
	for _, sh := range shares {
		s = append(s, fmt.Sprint(sh.Index))
	}
	return strings.Join(s, ",")
}

// Every subset of k or more of a 3-of-5 backup restores the secret, in
// either order; every smaller one fails with ErrTooFewShares and returns
// nothing.
func TestEverySubset(t *testing.T) {
	for kind, secret := range secrets(t) {
		t.Run(string(kind), func(t *testing.T) {
			shares := split(t, kind, secret, 5, 3)
			fp, _ := Fingerprint(kind, secret)
			restored, refused := 0, 0
			subsets(shares, func(sub []Share) {
				got, meta, err := Combine(sub)
				if len(sub) < 3 {
					if !errors.Is(err, ErrTooFewShares) || got != nil || meta.N != 0 {
						t.Errorf("shares %s: %v, %d bytes, %+v", indexes(sub), err, len(got), meta)
					}
					refused++
					return
				}
				if err != nil || !bytes.Equal(got, secret) || !bytes.Equal(meta.Fingerprint, fp) || meta.K != 3 || meta.N != 5 {
					t.Errorf("shares %s: %v", indexes(sub), err)
				}
				for i, j := 0, len(sub)-1; i < j; i, j = i+1, j-1 {
					sub[i], sub[j] = sub[j], sub[i]
				}
				if again, _, err := Combine(sub); err != nil || !bytes.Equal(again, secret) {
					t.Errorf("shares %s reversed: %v", indexes(sub), err)
				}
				restored++
			})
			if restored != 16 || refused != 15 {
				t.Fatalf("%d restored, %d refused; want 16 (C(5,3)+C(5,4)+C(5,5)) and 15", restored, refused)
			}
			if err := Check(shares); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestSplitRefuses(t *testing.T) {
	key := secrets(t)[KindSecp256k1]
	other := secrets(t)[KindSecp256k1]
	otherFP, _ := Fingerprint(KindSecp256k1, other)
	for _, tc := range []struct {
		name   string
		secret []byte
		meta   Meta
		n, k   int
		want   error
		says   string
	}{
		{"threshold 1", key, Meta{Kind: KindSecp256k1}, 3, 1, ErrParams, "at least 2"},
		{"threshold above n", key, Meta{Kind: KindSecp256k1}, 2, 3, ErrParams, "cannot exceed"},
		{"256 shares", key, Meta{Kind: KindSecp256k1}, 256, 2, ErrParams, "at most 255"},
		{"empty secret", nil, Meta{Kind: KindHSMWrapped}, 3, 2, ErrParams, "0 bytes"},
		{"secret too large", make([]byte, MaxSecret+1), Meta{Kind: KindHSMWrapped}, 3, 2, ErrParams, "want 1..4096"},
		{"unknown kind", key, Meta{Kind: "rsa"}, 3, 2, ErrParams, `unknown kind "rsa"`},
		{"short secp256k1 key", key[:31], Meta{Kind: KindSecp256k1}, 3, 2, ErrParams, "not a secp256k1 private key"},
		{"zero secp256k1 key", make([]byte, 32), Meta{Kind: KindSecp256k1}, 3, 2, ErrParams, "not a secp256k1 private key"},
		{"another key's fingerprint", key, Meta{Kind: KindSecp256k1, Fingerprint: otherFP}, 3, 2, ErrFingerprint, "is this the right key?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			shares, err := Split(tc.secret, tc.meta, tc.n, tc.k)
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.says) || shares != nil {
				t.Fatalf("err = %v, want %v saying %q", err, tc.want, tc.says)
			}
		})
	}
}

// A changed byte anywhere in a share fails its checksum, and the error
// names that share.
func TestCorruptShareNamed(t *testing.T) {
	shares := split(t, KindSecp256k1, secrets(t)[KindSecp256k1], 5, 3)
	bin, err := shares[2].MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for i := range bin {
		flipped := bytes.Clone(bin)
		flipped[i] ^= 0x10
		s := Share{Source: "share-3.txt"}
		if err := s.UnmarshalBinary(flipped); !errors.Is(err, ErrCorruptShare) && !errors.Is(err, ErrVersion) {
			t.Fatalf("byte %d flipped: %v", i, err)
		}
	}
	for _, tc := range []struct {
		name   string
		change func(*Share)
	}{
		{"key share", func(s *Share) { s.Y[7] ^= 1 }},
		{"sealed secret", func(s *Share) { s.Sealed[0] ^= 1 }},
		{"x-coordinate", func(s *Share) { s.X ^= 1 }},
		{"number", func(s *Share) { s.Index = 1 }},
		{"threshold", func(s *Share) { s.Meta.K = 2 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sub := []Share{shares[0], shares[1], shares[2]}
			sub[2].Y, sub[2].Sealed = bytes.Clone(sub[2].Y), bytes.Clone(sub[2].Sealed)
			sub[2].Source = "share-3.txt"
			tc.change(&sub[2])
			secret, _, err := Combine(sub)
			var se *ShareError
			if !errors.Is(err, ErrCorruptShare) || !errors.As(err, &se) || se.Source != "share-3.txt" || secret != nil {
				t.Fatalf("err = %v", err)
			}
			if !strings.Contains(err.Error(), "share-3.txt") {
				t.Fatalf("the error does not name the share: %v", err)
			}
		})
	}
}

// reseal gives s a checksum that matches its (changed) content, as a
// careful forger would.
func reseal(s *Share) { s.Checksum = sum(s.body()) }

func TestMixedBackups(t *testing.T) {
	key := secrets(t)[KindSecp256k1]
	a := split(t, KindSecp256k1, key, 5, 3)
	b := split(t, KindSecp256k1, key, 5, 3)
	b[2].Source = "share-other-3-of-5.txt"
	secret, _, err := Combine([]Share{a[0], a[1], b[2]})
	if !errors.Is(err, ErrMixedBackups) || secret != nil || !strings.Contains(err.Error(), "share-other-3-of-5.txt") ||
		!strings.Contains(err.Error(), b[0].Meta.IDString()) {
		t.Fatalf("err = %v", err)
	}
}

func TestDuplicates(t *testing.T) {
	shares := split(t, KindHSMWrapped, secrets(t)[KindHSMWrapped], 5, 3)
	sameX := shares[3]
	sameX.Index = 4
	sameX.X = shares[0].X
	reseal(&sameX)
	for _, tc := range []struct {
		name string
		sub  []Share
	}{
		{"one share twice", []Share{shares[0], shares[1], shares[0]}},
		{"one share three times", []Share{shares[1], shares[1], shares[1]}},
		{"two shares with one x", []Share{shares[0], shares[1], sameX}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			secret, _, err := Combine(tc.sub)
			if !errors.Is(err, ErrDuplicate) || secret != nil {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

// Shares that pass their checksums but are not the backup's points do
// not open it.
func TestWrongShares(t *testing.T) {
	key := secrets(t)[KindSecp256k1]
	shares := split(t, KindSecp256k1, key, 5, 3)
	used := map[byte]bool{}
	for _, s := range shares {
		used[s.X] = true
	}
	relabelled := shares[2]
	for relabelled.X = 1; used[relabelled.X]; relabelled.X++ {
	}
	reseal(&relabelled)
	swapped := []Share{shares[0], shares[1], shares[2]}
	swapped[0].Y, swapped[1].Y = swapped[1].Y, swapped[0].Y
	reseal(&swapped[0])
	reseal(&swapped[1])
	altered := shares[2]
	altered.Meta.K = 2
	reseal(&altered)
	var forged []Share // every share claims another fingerprint
	for _, s := range shares[:3] {
		s.Meta.Fingerprint = make([]byte, 20)
		reseal(&s)
		forged = append(forged, s)
	}
	for _, tc := range []struct {
		name string
		sub  []Share
	}{
		{"x relabelled", []Share{shares[0], shares[1], relabelled}},
		{"key shares swapped", swapped},
		{"threshold altered in one", []Share{shares[0], shares[1], altered}},
		{"fingerprint altered in all", forged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			secret, _, err := Combine(tc.sub)
			if !errors.Is(err, ErrWrongShares) || secret != nil {
				t.Fatalf("err = %v", err)
			}
		})
	}
	if err := Check([]Share{shares[0], shares[1], relabelled, shares[3], shares[4]}); !errors.Is(err, ErrWrongShares) {
		t.Fatalf("Check with a relabelled share: %v", err)
	}
	if err := Check(shares[:4]); !errors.Is(err, ErrTooFewShares) {
		t.Fatalf("Check with 4 of 5: %v", err)
	}
}

// What a share prints is its name, never its key share.
func TestShareString(t *testing.T) {
	s := split(t, KindHSMWrapped, []byte("blob"), 3, 2)[1]
	got := fmt.Sprintf("%v %s", s, s)
	if strings.Contains(got, fmt.Sprint(s.Y)) || !strings.HasPrefix(got, "share 2 of 3 of backup "+s.Meta.IDString()) {
		t.Fatal(got)
	}
	sum := sha256.Sum256([]byte("blob"))
	if s.Meta.FingerprintString() != fmt.Sprintf("sha256:%x", sum) {
		t.Fatal(s.Meta.FingerprintString())
	}
}
