package anchor

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/contracts/bindings"
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

// fakeLogs is a node holding Anchored events of one contract: a head, and
// logs by block. It records the block ranges it was asked for.
type fakeLogs struct {
	head   uint64
	logs   []types.Log
	ranges [][2]uint64
}

func (f *fakeLogs) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return &types.Header{Number: new(big.Int).SetUint64(f.head)}, nil
	}
	return &types.Header{Number: n}, nil
}

func (f *fakeLogs) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	f.ranges = append(f.ranges, [2]uint64{lo, hi})
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= lo && l.BlockNumber <= hi {
			out = append(out, l)
		}
	}
	return out, nil
}

// anchoredLog is the Anchored event the contract emits for a.
func anchoredLog(t *testing.T, contract common.Address, a EVMAnchor) types.Log {
	t.Helper()
	abi, err := bindings.AuditAnchorMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	var packed []byte
	for _, at := range a.Attestations {
		packed = append(packed, at[:]...)
	}
	data, err := abi.Events["Anchored"].Inputs.NonIndexed().Pack(a.Hash, packed)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: contract, Topics: []common.Hash{anchoredID, common.BytesToHash(a.Operator[:]), common.BigToHash(new(big.Int).SetUint64(a.Height))},
		Data: data, BlockNumber: a.Ref.BlockNum, TxHash: a.Ref.TxHash, Index: uint(a.Ref.Index)}
}

// ScanEVM reads each final block once: next is where the following call
// starts, and an anchor is returned by the call whose scan reached its
// block.
func TestScanEVM(t *testing.T) {
	q := newQuorum(t)
	contract := common.Address{0xaa}
	at := func(block, h uint64) EVMAnchor {
		hash := q.header(h, "honest").Hash()
		a := EVMAnchor{Chain: 31337, Operator: q.addr(0), Height: h, Hash: hash, Attestations: q.attest(t, hash, 0, 1)}
		a.Ref.Chain, a.Ref.BlockNum, a.Ref.TxHash = 31337, block, common.Hash{byte(block)}
		return a
	}
	node := &fakeLogs{head: 12}
	for _, a := range []EVMAnchor{at(5, 1), at(10, 2), at(14, 3)} {
		node.logs = append(node.logs, anchoredLog(t, contract, a))
	}
	ctx := context.Background()
	const confs = 3 // head 12: blocks up to 10 are final
	found, next, err := ScanEVM(ctx, node, 31337, contract, 4, confs)
	if err != nil || len(found) != 2 || next != 11 || found[1].Height != 2 || found[1].Ref.BlockNum != 10 {
		t.Fatalf("first scan: %d anchors, next %d, %v", len(found), next, err)
	}
	if found[0].Operator != q.addr(0) || found[0].Hash != q.header(1, "honest").Hash() || len(found[0].Attestations) != 2 {
		t.Fatalf("decoded %+v", found[0])
	}
	// Nothing newly final: nothing scanned, next unchanged.
	if found, n, err := ScanEVM(ctx, node, 31337, contract, next, confs); err != nil || len(found) != 0 || n != next || len(node.ranges) != 1 {
		t.Fatalf("no new final block: %d anchors, next %d, ranges %v, %v", len(found), n, node.ranges, err)
	}
	node.head = 20
	found, next, err = ScanEVM(ctx, node, 31337, contract, next, confs)
	if err != nil || len(found) != 1 || found[0].Height != 3 || next != 19 || node.ranges[1] != [2]uint64{11, 18} {
		t.Fatalf("second scan: %d anchors, next %d, ranges %v, %v", len(found), next, node.ranges, err)
	}
	if _, n, err := ScanEVM(ctx, nil, 31337, contract, 7, confs); !errors.Is(err, ErrConfig) || n != 7 {
		t.Fatalf("no node: next %d, %v", n, err)
	}
}
