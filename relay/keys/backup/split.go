package backup

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/corvus-ch/shamir"
	"golang.org/x/crypto/chacha20poly1305"
)

// Split seals secret under a fresh random data key and splits the data
// key into n shares, any k of which restore the secret. meta.Kind says
// what the secret is; Split sets every other field of the shares' Meta
// (a meta.Fingerprint, if set, must be the secret's: ErrFingerprint).
//
// Sealing first lets restore tell a wrong combination of shares (the AEAD
// refuses it) from a right one, and keeps what is split 32 bytes whatever
// the secret.
func Split(secret []byte, meta Meta, n, k int) ([]Share, error) {
	fp, err := checkSplit(secret, meta, n, k)
	if err != nil {
		return nil, err
	}
	m := Meta{Version: FormatVersion, Kind: meta.Kind, Fingerprint: fp, N: n, K: k}
	dataKey := make([]byte, dataKeyLen)
	defer clear(dataKey)
	var nonce [chacha20poly1305.NonceSizeX]byte
	for _, b := range [][]byte{m.ID[:], dataKey, nonce[:]} {
		if err := random(b); err != nil {
			return nil, err
		}
	}
	aead, err := chacha20poly1305.NewX(dataKey)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	sealed := aead.Seal(nil, nonce[:], secret, appendMeta(nil, m))
	parts, err := shamir.Split(dataKey, n, k)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParams, err)
	}
	shares := make([]Share, 0, n)
	for i, x := range sortedX(parts) {
		s := Share{Meta: m, Index: i + 1, X: x, Y: parts[x], Nonce: nonce, Sealed: bytes.Clone(sealed)}
		s.Meta.Fingerprint = bytes.Clone(fp)
		s.Checksum = sum(s.body())
		shares = append(shares, s)
	}
	return shares, nil
}

// checkSplit validates Split's arguments and returns the secret's
// fingerprint.
func checkSplit(secret []byte, meta Meta, n, k int) ([]byte, error) {
	switch {
	case k < MinThreshold:
		return nil, fmt.Errorf("%w: threshold %d: it must be at least %d (with 1, every share would be the key)", ErrParams, k, MinThreshold)
	case n < k:
		return nil, fmt.Errorf("%w: %d shares with threshold %d: the threshold cannot exceed the number of shares", ErrParams, n, k)
	case n > MaxShares:
		return nil, fmt.Errorf("%w: %d shares: at most %d", ErrParams, n, MaxShares)
	case len(secret) == 0 || len(secret) > MaxSecret:
		return nil, fmt.Errorf("%w: a secret of %d bytes: want 1..%d", ErrParams, len(secret), MaxSecret)
	}
	fp, err := Fingerprint(meta.Kind, secret)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParams, err)
	}
	if meta.Fingerprint != nil && !bytes.Equal(meta.Fingerprint, fp) {
		want := Meta{Kind: meta.Kind, Fingerprint: meta.Fingerprint}.FingerprintString()
		got := Meta{Kind: meta.Kind, Fingerprint: fp}.FingerprintString()
		return nil, fmt.Errorf("%w: the secret is %s, the caller expected %s: is this the right key?", ErrFingerprint, got, want)
	}
	return fp, nil
}

// Combine restores the secret from at least k shares of one backup, in
// any order. It checks each share's checksum first and names the share
// that fails, then that all are of one backup and distinct; only then
// does it combine them, open the sealed secret, and check that the secret
// has the backup's fingerprint. On any error it returns no secret.
func Combine(shares []Share) (secret []byte, meta Meta, err error) {
	if len(shares) == 0 {
		return nil, Meta{}, fmt.Errorf("%w: no shares given: give at least the backup's threshold of them", ErrTooFewShares)
	}
	for i := range shares {
		if err := shares[i].Verify(); err != nil {
			return nil, Meta{}, err
		}
	}
	if err := oneBackup(shares); err != nil {
		return nil, Meta{}, err
	}
	if err := distinct(shares); err != nil {
		return nil, Meta{}, err
	}
	m := shares[0].Meta
	if len(shares) < m.K {
		return nil, Meta{}, fmt.Errorf("%w: %d of backup %s, which needs %d of its %d: bring %d more (nothing was restored)",
			ErrTooFewShares, len(shares), m.IDString(), m.K, m.N, m.K-len(shares))
	}
	secret, err = open(shares)
	if err != nil {
		return nil, Meta{}, err
	}
	if fp, err := Fingerprint(m.Kind, secret); err != nil || !bytes.Equal(fp, m.Fingerprint) {
		clear(secret)
		return nil, Meta{}, fmt.Errorf("%w: backup %s opened, but the secret is not %s: the backup was made wrong; do not rely on it", ErrFingerprint, m.IDString(), m.FingerprintString())
	}
	m.Fingerprint = bytes.Clone(m.Fingerprint)
	return secret, m, nil
}

// oneBackup checks that every share is of the first one's backup.
func oneBackup(shares []Share) error {
	first := &shares[0]
	for i := 1; i < len(shares); i++ {
		s := &shares[i]
		if s.Meta.ID != first.Meta.ID {
			return fmt.Errorf("%w: %s is of backup %s, %s of backup %s: restore from the shares of one backup (the id is in each file name and header)",
				ErrMixedBackups, s.name(), s.Meta.IDString(), first.name(), first.Meta.IDString())
		}
		if !sameBackup(first, s) {
			return fmt.Errorf("%w: %s and %s are both of backup %s but differ in its metadata or sealed key: one was altered after it was written; restore with other shares",
				ErrWrongShares, s.name(), first.name(), s.Meta.IDString())
		}
	}
	return nil
}

// distinct checks that no two shares have one number or one x-coordinate:
// the same share given twice counts once, and Shamir's interpolation
// needs distinct points.
func distinct(shares []Share) error {
	byIndex := map[int]*Share{}
	byX := map[byte]*Share{}
	for i := range shares {
		s := &shares[i]
		if o, ok := byIndex[s.Index]; ok {
			return shareErr(ErrDuplicate, s, "given twice (also as %s): each share counts once; bring another custodian's share", o.name())
		}
		if o, ok := byX[s.X]; ok {
			return shareErr(ErrDuplicate, s, "has the x-coordinate of %s: one of them was relabelled; restore with other shares", o.name())
		}
		byIndex[s.Index], byX[s.X] = s, s
	}
	return nil
}

// open combines the shares' points into the data key and opens the
// sealed secret with it.
func open(shares []Share) ([]byte, error) {
	parts := make(map[byte][]byte, len(shares))
	names := make([]string, len(shares))
	for i := range shares {
		parts[shares[i].X] = shares[i].Y
		names[i] = fmt.Sprint(shares[i].Index)
	}
	dataKey, err := shamir.Combine(parts)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWrongShares, err)
	}
	defer clear(dataKey)
	aead, err := chacha20poly1305.NewX(dataKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWrongShares, err)
	}
	m := shares[0].Meta
	secret, err := aead.Open(nil, shares[0].Nonce[:], shares[0].Sealed, appendMeta(nil, m))
	if err != nil {
		return nil, fmt.Errorf("%w: shares %s of backup %s pass their checksums but do not open it: one was altered (its number, x or key share) or mislabelled; restore with another %d of the %d shares to find which",
			ErrWrongShares, strings.Join(names, ", "), m.IDString(), m.K, m.N)
	}
	return secret, nil
}

// Check proves that a backup's n shares, as written, restore its secret:
// it combines each share with the k−1 that follow it (wrapping around),
// so every share takes part in a restore. Any k points of one polynomial
// give the same data key, so if these n combinations open the backup,
// every combination of k shares does. The shares must be all n of them.
func Check(shares []Share) error {
	if len(shares) == 0 {
		return fmt.Errorf("%w: no shares to check", ErrTooFewShares)
	}
	m := shares[0].Meta
	if len(shares) != m.N {
		return fmt.Errorf("%w: %d shares of backup %s to check, it has %d: check all of them", ErrTooFewShares, len(shares), m.IDString(), m.N)
	}
	var first []byte
	defer func() { clear(first) }()
	for i := range shares {
		subset := make([]Share, 0, m.K)
		for j := range m.K {
			subset = append(subset, shares[(i+j)%len(shares)])
		}
		secret, _, err := Combine(subset)
		if err != nil {
			return err
		}
		if first == nil {
			first = secret
			continue
		}
		same := bytes.Equal(first, secret)
		clear(secret)
		if !same {
			return fmt.Errorf("%w: two combinations of backup %s open to different secrets", ErrWrongShares, m.IDString())
		}
	}
	return nil
}
