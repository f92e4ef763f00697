package audit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
)

func TestRecordRoundTrip(t *testing.T) {
	cb := sampleChain(t)
	seen := map[Kind]bool{}
	for _, b := range cb.blocks {
		for i, raw := range b.Records {
			r, err := DecodeRecord(raw)
			if err != nil {
				t.Fatalf("block %d record %d: %v", b.Header.Height, i, err)
			}
			back, err := r.Encode()
			if err != nil || !bytes.Equal(back, raw) {
				t.Fatalf("block %d record %d (%s): re-encoding differs (%v)", b.Header.Height, i, r.Kind, err)
			}
			seen[r.Kind] = true
		}
		back, err := DecodeBlock(b.Encode())
		if err != nil || back.Hash() != b.Hash() || len(back.Records) != len(b.Records) || len(back.Attestations) != len(b.Attestations) {
			t.Fatalf("block %d round trip: %v", b.Header.Height, err)
		}
	}
	for k := range kindNames {
		if !seen[k] {
			t.Errorf("sample chain has no %s record", k)
		}
	}
}

// The vectors of docs/audit-format.md §9, assembled here field by field
// from the layout tables so that the encoder is checked against the spec,
// not against itself.
const (
	vecLockHex = "02" + "02" + // version, kind LOCK
		"0000000000007a69" + // ref.chain 31337
		"1111111111111111111111111111111111111111111111111111111111111111" + // ref.txHash
		"00000003" + // ref.index 3
		"000000000000000a" + // ref.block 10
		"2222222222222222222222222222222222222222222222222222222222222222" + // ref.blockHash
		"3333333333333333333333333333333333333333333333333333333333333333" + // transferId
		"4444444444444444444444444444444444444444444444444444444444444444" + // assetId
		"00000000000000000000000000000000000000000000000000000000000f4240" + // amount 1000000
		"0014" + "a11ce00000000000000000000000000000000001" + // sender (20 bytes)
		"0000000000007a6a" + // dstChain 31338
		"0014" + "b0b0000000000000000000000000000000000002" + // recipient
		"0000000000000007" + // nonce 7
		"0000000000000000000000000000000000000000000000000000000000000000" // fee 0 (an EVM lock)
	// A Bitcoin deposit's LOCK: gross amount 1000000 sat, deposit fee 2520 sat
	// (126 vB × 20 sat/vB) withheld for the sweep, so its MINT is 997480.
	vecBtcLockHex = "02" + "02" + // version, kind LOCK
		"000000000000480c" + // ref.chain 18444
		"5555555555555555555555555555555555555555555555555555555555555555" + // ref.txHash (display order)
		"00000000" + // ref.index: vout 0
		"0000000000000065" + // ref.block 101
		"6666666666666666666666666666666666666666666666666666666666666666" + // ref.blockHash
		"7777777777777777777777777777777777777777777777777777777777777777" + // transferId
		"4787ecd2dd7364e332ee4129b10627eb6f37822e2b8fe08f41128770d14f413d" + // assetId of regtest BTC
		"00000000000000000000000000000000000000000000000000000000000f4240" + // amount 1000000
		"0000" + // sender: empty
		"0000000000007a69" + // dstChain 31337
		"0014" + "b0b0000000000000000000000000000000000002" + // recipient
		"0000000000000000" + // nonce 0
		"00000000000000000000000000000000000000000000000000000000000009d8" // fee 2520
	vecSignerSetHex = "02" + "09" + "0000000000000001" + "0002" + "0002" +
		"0000000000000000000000000000000000000001" + "0000000000000000000000000000000000000002"
)

func vecLock() *Record {
	r := &Record{Kind: KindLock, Amount: amt(1_000_000), Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: 7}
	r.Ref.Chain, r.Ref.Index, r.Ref.BlockNum = chains.DevnetA, 3, 10
	r.Ref.TxHash = [32]byte(bytes.Repeat([]byte{0x11}, 32))
	r.Ref.BlockHash = [32]byte(bytes.Repeat([]byte{0x22}, 32))
	r.TransferID = chains.TransferID(bytes.Repeat([]byte{0x33}, 32))
	r.AssetID = chains.AssetID(bytes.Repeat([]byte{0x44}, 32))
	return r
}

func vecBtcLock() *Record {
	r := &Record{Kind: KindLock, AssetID: btcID, Amount: amt(1_000_000), Fee: amt(2520), DstChain: chains.DevnetA, Recipient: bob}
	r.Ref.Chain, r.Ref.Index, r.Ref.BlockNum = chains.BitcoinRegtest, 0, 101
	r.Ref.TxHash = [32]byte(bytes.Repeat([]byte{0x55}, 32))
	r.Ref.BlockHash = [32]byte(bytes.Repeat([]byte{0x66}, 32))
	r.TransferID = chains.TransferID(bytes.Repeat([]byte{0x77}, 32))
	return r
}

func vecSignerSet() *Record {
	return &Record{Kind: KindSignerSet, SignerSet: &SignerSet{Epoch: 1, Threshold: 2, Signers: []common.Address{{19: 1}, {19: 2}}}}
}

// vecHeader is the header of a block holding the two vector records.
func vecHeader() Header {
	r1, _ := vecSignerSet().Encode()
	r2, _ := vecLock().Encode()
	return Header{
		Height: 0, Time: 1_767_225_600_000, RecordCount: 2, RecordsRoot: RecordsRoot([][]byte{r1, r2}),
		StateHash: sha256.Sum256([]byte{StateVersion}), Proposer: common.Address{19: 1},
	}
}

func TestEncodingVectors(t *testing.T) {
	for _, tc := range []struct {
		name string
		rec  *Record
		hex  string
	}{{"LOCK", vecLock(), vecLockHex}, {"SIGNERSET", vecSignerSet(), vecSignerSetHex}, {"Bitcoin LOCK with fee", vecBtcLock(), vecBtcLockHex}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.rec.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if hex.EncodeToString(got) != tc.hex {
				t.Fatalf("encoding\n got %x\nwant %s", got, tc.hex)
			}
			back, err := DecodeRecord(got)
			if err != nil || back.Fee != tc.rec.Fee || back.Amount != tc.rec.Amount {
				t.Fatalf("decode: %+v %v", back, err)
			}
		})
	}
	btcLock, _ := hex.DecodeString(vecBtcLockHex)
	if leaf := LeafHash(btcLock); hex.EncodeToString(leaf[:]) != goldenLeafBtcLock {
		t.Errorf("leaf Bitcoin LOCK = %x, documented %s", leaf, goldenLeafBtcLock)
	}
	r1, _ := hex.DecodeString(vecSignerSetHex)
	r2, _ := hex.DecodeString(vecLockHex)
	l1 := sha256.Sum256(append([]byte{0}, r1...))
	l2 := sha256.Sum256(append([]byte{0}, r2...))
	root := sha256.Sum256(append(append([]byte{1}, l1[:]...), l2[:]...))
	h := vecHeader()
	if h.RecordsRoot != root {
		t.Fatalf("merkle root %x, hand-computed %x", h.RecordsRoot, root)
	}
	wantHeader := "02" + "0000000000000000" + strings.Repeat("00", 32) + "0000019b76daa800" + "00000002" +
		hex.EncodeToString(root[:]) + hex.EncodeToString(h.StateHash[:]) + "0000000000000000000000000000000000000001"
	if got := hex.EncodeToString(h.Encode()); got != wantHeader {
		t.Fatalf("header\n got %s\nwant %s", got, wantHeader)
	}
	hash := h.Hash()
	digest := AttestationDigest(hash)
	if want := sha256.Sum256(append([]byte("kakehashi-audit-v2"), hash[:]...)); digest != want {
		t.Fatal("attestation digest")
	}
	// The documented values (docs/audit-format.md §9).
	golden := map[string]string{
		"leaf SIGNERSET": hex.EncodeToString(l1[:]),
		"leaf LOCK":      hex.EncodeToString(l2[:]),
		"records root":   hex.EncodeToString(root[:]),
		"header hash":    hex.EncodeToString(hash[:]),
		"digest":         hex.EncodeToString(digest[:]),
	}
	want := map[string]string{
		"leaf SIGNERSET": goldenLeafSignerSet,
		"leaf LOCK":      goldenLeafLock,
		"records root":   goldenRoot,
		"header hash":    goldenHeaderHash,
		"digest":         goldenDigest,
	}
	for k, v := range want {
		if golden[k] != v {
			t.Errorf("%s = %s, documented %s", k, golden[k], v)
		}
	}
	// Attestation by operator key 0 is deterministic (RFC 6979).
	att, err := Attest(operatorKey(0), hash)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(att[:]); got != goldenAttestation {
		t.Errorf("attestation %s, documented %s", got, goldenAttestation)
	}
	if addr, err := att.Signer(hash); err != nil || addr != crypto.PubkeyToAddress(operatorKey(0).PublicKey) {
		t.Fatalf("signer %s %v", addr, err)
	}

	// The state vector: only the signer set above.
	st := NewState()
	if err := st.Apply(vecSignerSet(), 0, nil); err != nil {
		t.Fatal(err)
	}
	wantState := "02" + "0000000000000001" + "0002" + "0002" +
		"0000000000000000000000000000000000000001" + "0000000000000000000000000000000000000002" +
		"00000000" + "00000000" + "00000000"
	if got := hex.EncodeToString(st.Encode()); got != wantState {
		t.Fatalf("state\n got %s\nwant %s", got, wantState)
	}
	if sh := st.Hash(); hex.EncodeToString(sh[:]) != goldenStateHash {
		t.Errorf("state hash %x, documented %s", sh, goldenStateHash)
	}
}

func TestDecodeRecordErrors(t *testing.T) {
	lock, _ := hex.DecodeString(vecLockHex)
	ss, _ := hex.DecodeString(vecSignerSetHex)
	unsorted := bytes.Clone(ss)
	copy(unsorted[14:34], ss[34:54])
	copy(unsorted[34:54], ss[14:34])
	longVar := append(bytes.Clone(lock[:2+84+32+32+32]), 0xff, 0xff)
	cases := []struct {
		name string
		in   []byte
		text string
	}{
		{"empty", nil, "truncated"},
		{"format version 1", append([]byte{1}, lock[1:]...), "record version 1, want 2"},
		{"unknown kind", append([]byte{2, 99}, lock[2:]...), "unknown record kind 99"},
		{"version 1 LOCK without fee", append([]byte{2}, lock[1:len(lock)-32]...), "truncated"},
		{"truncated", lock[:len(lock)-1], "truncated"},
		{"trailing byte", append(bytes.Clone(lock), 0), "trailing"},
		{"unsorted signers", unsorted, "not strictly ascending"},
		{"duplicate signers", append(bytes.Clone(ss[:34]), ss[14:34]...), "not strictly ascending"},
		{"variable field over limit", longVar, "at most 1024"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeRecord(tc.in)
			if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("got %v, want ErrEncoding containing %q", err, tc.text)
			}
		})
	}
}

func TestEncodeRefusesNonCanonical(t *testing.T) {
	r := vecSignerSet()
	r.SignerSet.Signers[0], r.SignerSet.Signers[1] = r.SignerSet.Signers[1], r.SignerSet.Signers[0]
	if _, err := r.Encode(); !errors.Is(err, ErrEncoding) {
		t.Fatalf("unsorted signer set encoded: %v", err)
	}
	d := defineERC20()
	d.Define.Wrapped[0], d.Define.Wrapped[1] = d.Define.Wrapped[1], d.Define.Wrapped[0]
	if _, err := d.Encode(); !errors.Is(err, ErrEncoding) {
		t.Fatalf("unsorted wrapped list encoded: %v", err)
	}
	if _, err := (&Record{Kind: 77}).Encode(); !errors.Is(err, ErrEncoding) {
		t.Fatalf("unknown kind encoded: %v", err)
	}
	// A fee on a kind whose encoding has none would be silently lost.
	for _, k := range []Kind{KindLockRejected, KindBurn, KindMint, KindRefund} {
		r := lockRec(tid(1), btcID, chains.BitcoinRegtest, 1, 10, chains.DevnetA)
		r.Kind, r.Fee = k, amt(1)
		if _, err := r.Encode(); !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "carry no fee") {
			t.Fatalf("%s with a fee encoded: %v", k, err)
		}
	}
}

func TestMerkleRoot(t *testing.T) {
	leaf := func(i byte) [32]byte { return LeafHash([]byte{i}) }
	node := func(a, b [32]byte) [32]byte { return nodeHash(&a, &b) }
	l := [][32]byte{leaf(0), leaf(1), leaf(2), leaf(3), leaf(4)}
	cases := []struct {
		n    int
		want [32]byte
	}{
		{0, sha256.Sum256(nil)},
		{1, l[0]},
		{2, node(l[0], l[1])},
		{3, node(node(l[0], l[1]), l[2])},
		{5, node(node(node(l[0], l[1]), node(l[2], l[3])), l[4])},
	}
	for _, tc := range cases {
		if got := MerkleRoot(l[:tc.n]); got != tc.want {
			t.Errorf("n=%d: %x want %x", tc.n, got, tc.want)
		}
	}
}

func TestAttestationRejectsHighS(t *testing.T) {
	h := [32]byte{1}
	a, err := Attest(operatorKey(0), h)
	if err != nil {
		t.Fatal(err)
	}
	// s' = n - s, v' = 1 - v is the same signature in malleated form.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(a[32:64])
	s.Sub(n, s)
	var m Attestation
	copy(m[:32], a[:32])
	s.FillBytes(m[32:64])
	m[64] = a[64] ^ 1
	if _, err := m.Signer(h); !errors.Is(err, ErrAttestation) {
		t.Fatalf("high-s accepted: %v", err)
	}
}

// Golden values, also printed in docs/audit-format.md §9.
const (
	goldenLeafSignerSet = "0d9eba82a0abeec9d9d2a411590bea0f9d4fb273758dcd5fff60f6771f01cf2c"
	goldenLeafLock      = "36b33105a251783c275c42bd14fffe8453cce1b53f40e4bf24c90f791a7333cf"
	goldenRoot          = "c5f5716745286d872175b2a044624c65b0be4c32b61269fb2d7fb029bfcd4be9"
	goldenHeaderHash    = "cd81fefefe000343dbbac42465ab5ebcc890b6b9a64c37e8454a084a1110d9aa"
	goldenDigest        = "f1552cafd41979a098420cd6ae2f79e4204726e416c43aa5d38fda47e0c19237"
	goldenLeafBtcLock   = "3ada87623cd9702fc5eadbc1eaa4cbc0c2e93c0f1a0c8d14c173a1e668f8aaa8"
	goldenStateHash     = "87cb2adfdad4018cc5ccae3a8847523bb962309c19b1eda35fc8c18a173c071e"
	goldenAttestation   = "2b97649693e7079a55230bdaf62278b7e4fd988e20ff4370752ccbb1cbb9a83a08df0746823c7d9058abacc7e0770b9daea7dd812084091362a110be5e0e112501"
)
