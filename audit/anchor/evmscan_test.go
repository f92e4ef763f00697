package anchor

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/audit"
)

// quorum is three keys sorted by address, a 2-of-3 set of them, and
// stand-in blocks attested by any of them.
type quorum struct {
	keys []*ecdsa.PrivateKey
	set  *audit.SignerSet
}

func newQuorum(t *testing.T) quorum {
	var q quorum
	for i := range 3 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprint("anchor unit ", i))))
		if err != nil {
			t.Fatal(err)
		}
		q.keys = append(q.keys, k)
	}
	slices.SortFunc(q.keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	q.set = &audit.SignerSet{Epoch: 1, Threshold: 2, Signers: []common.Address{q.addr(0), q.addr(1), q.addr(2)}}
	return q
}

func (q quorum) addr(i int) common.Address { return crypto.PubkeyToAddress(q.keys[i].PublicKey) }

func (q quorum) header(h uint64, salt string) *audit.Header {
	return &audit.Header{Height: h, Time: h, RecordCount: 1, RecordsRoot: [32]byte{byte(h)}, StateHash: crypto.Keccak256Hash([]byte(salt))}
}

func (q quorum) attest(t *testing.T, hash [32]byte, who ...int) []audit.Attestation {
	var out []audit.Attestation
	for _, i := range who {
		a, err := audit.Attest(q.keys[i], hash)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func TestPackAttestations(t *testing.T) {
	q := newQuorum(t)
	hash := q.header(3, "x").Hash()
	atts := q.attest(t, hash, 2, 0) // out of order: packed ascending
	packed, err := PackAttestations(hash, atts, q.addr(2))
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnpackAttestations(packed)
	if err != nil || len(got) != 2 || got[0] != atts[1] || got[1] != atts[0] {
		t.Fatalf("packed order: %v", err)
	}
	if _, err := PackAttestations(hash, atts, q.addr(1)); !errors.Is(err, ErrAttestations) {
		t.Fatalf("operator not attesting: %v", err)
	}
	if _, err := PackAttestations(hash, append(atts, atts[0]), common.Address{}); !errors.Is(err, ErrAttestations) {
		t.Fatalf("duplicate: %v", err)
	}
	bad := atts[0]
	bad[64] = 7
	if _, err := PackAttestations(hash, []audit.Attestation{bad}, common.Address{}); !errors.Is(err, ErrAttestations) {
		t.Fatalf("invalid signature: %v", err)
	}
	if _, err := UnpackAttestations(packed[:100]); !errors.Is(err, ErrAttestations) {
		t.Fatalf("short: %v", err)
	}
	v27 := bytes.Clone(packed)
	v27[64] += 27
	if got, err := UnpackAttestations(v27); err != nil || got[0] != atts[1] {
		t.Fatalf("v 27/28 normalised: %v", err)
	}
}

func TestCheckEVM(t *testing.T) {
	q := newQuorum(t)
	v := &Verified{}
	for h := range uint64(5) {
		v.Add(&audit.Block{Header: *q.header(h, "honest")}, q.set)
	}
	v.Add(&audit.Block{Header: *q.header(9, "skipped")}, q.set) // not the next height: ignored
	anchorOf := func(h uint64, salt string, op int, who ...int) EVMAnchor {
		hash := q.header(h, salt).Hash()
		return EVMAnchor{Chain: 31337, Operator: q.addr(op), Height: h, Hash: hash, Attestations: q.attest(t, hash, who...)}
	}
	for _, tc := range []struct {
		name string
		a    EVMAnchor
		want error
	}{
		{"valid", anchorOf(2, "honest", 1, 0, 1), nil},
		{"all three", anchorOf(4, "honest", 2, 0, 1, 2), nil},
		{"conflict", anchorOf(3, "fork", 0, 0, 1), ErrConflict},
		{"beyond head", anchorOf(5, "honest", 0, 0, 1), ErrBeyondHead},
		{"below threshold", anchorOf(2, "honest", 0, 0), ErrAttestations},
		{"unsorted", anchorOf(2, "honest", 0, 1, 0), ErrAttestations},
		{"operator not attesting", anchorOf(2, "honest", 2, 0, 1), ErrAttestations},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckEVM(tc.a, v)
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var ce *ConflictError
			if errors.As(err, &ce) && ce.Anchor.Operator != tc.a.Operator {
				t.Fatalf("conflict names %s", ce.Anchor.Operator)
			}
		})
	}
	all := []EVMAnchor{anchorOf(1, "honest", 0, 0, 1), anchorOf(4, "honest", 1, 0, 1), anchorOf(2, "honest", 2, 1, 2), anchorOf(7, "honest", 0, 0, 1)}
	s, err := CheckAllEVM(31337, common.Address{1}, all, v)
	if err != nil || s.Anchors != 4 || s.Checked != 3 || s.Newest == nil || s.Newest.Height != 4 || s.Newest.Operator != q.addr(1) {
		t.Fatalf("summary %+v, %v", s, err)
	}
	_, err = CheckAllEVM(31337, common.Address{1}, append(all, anchorOf(0, "fork", 2, 1, 2)), v)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.Anchor.Operator != q.addr(2) || ce.Anchor.Height != 0 {
		t.Fatalf("conflict in the list: %v", err)
	}
}
