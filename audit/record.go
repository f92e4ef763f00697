package audit

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/chains"
)

// FormatVersion is the first byte of every encoded record and block header
// (docs/audit-format.md). Version 2 added the deposit fee to LOCK records;
// version 1 chains are refused with ErrEncoding.
const FormatVersion byte = 2

// Kind is the type of an audit record. The numeric values are part of the
// encoding (docs/audit-format.md) and never change.
type Kind uint8

// Record kinds.
const (
	KindDefine       Kind = 1
	KindLock         Kind = 2
	KindLockRejected Kind = 3
	KindMint         Kind = 4
	KindBurn         Kind = 5
	KindUnlock       Kind = 6
	KindRefund       Kind = 7
	KindSweep        Kind = 8
	KindSignerSet    Kind = 9
	KindPause        Kind = 10
	KindResume       Kind = 11
	KindAnchor       Kind = 12
)

var kindNames = map[Kind]string{
	KindDefine: "DEFINE", KindLock: "LOCK", KindLockRejected: "LOCK_REJECTED", KindMint: "MINT",
	KindBurn: "BURN", KindUnlock: "UNLOCK", KindRefund: "REFUND", KindSweep: "SWEEP",
	KindSignerSet: "SIGNERSET", KindPause: "PAUSE", KindResume: "RESUME", KindAnchor: "ANCHOR",
}

func (k Kind) String() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return fmt.Sprintf("KIND(%d)", uint8(k))
}

// MarshalText encodes the kind by name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name as printed by String.
func (k *Kind) UnmarshalText(b []byte) error {
	for v, n := range kindNames {
		if n == string(b) {
			*k = v
			return nil
		}
	}
	return fmt.Errorf("%w: unknown record kind %q", ErrEncoding, string(b))
}

// Limits of the encoding; a decoder refuses anything larger.
const (
	MaxVarBytes     = 1024 // sender, recipient, home asset, token, reason
	MaxWrapped      = 256  // wrapped-token entries in one DEFINE
	MaxSigners      = 256  // addresses in one SIGNERSET
	MaxSwept        = 4096 // transfer ids in one SWEEP
	MaxRecordSize   = 1 << 20
	refEncodedBytes = 8 + 32 + 4 + 8 + 32
)

// Ref names the chain event a record stands for, so that anyone can re-read
// it from their own node: the chain, the transaction, the log index (EVM) or
// output index (Bitcoin), and the block that holds it.
type Ref struct {
	chains.EventRef
	BlockNum  uint64
	BlockHash [32]byte
}

// IsZero reports whether r names no event (a relay-level PAUSE or RESUME).
func (r Ref) IsZero() bool { return r == Ref{} }

// Wrapped is the wrapped token of an asset on one chain other than its home.
type Wrapped struct {
	Chain chains.ChainID
	Token []byte
}

// Definition is the body of a DEFINE record.
type Definition struct {
	HomeChain chains.ChainID
	HomeAsset []byte // 20-byte token address, or empty for the native coin
	Decimals  uint8
	// MaxPerTransfer bounds one mint; zero means no limit.
	MaxPerTransfer uint256.Int
	// Wrapped lists the wrapped token on every other chain, ascending by chain.
	Wrapped []Wrapped
}

// SignerSet is the body of a SIGNERSET record: the operators whose
// attestations count from the next block on, and how many are needed.
type SignerSet struct {
	Epoch     uint64           `json:"epoch"`
	Threshold uint16           `json:"threshold"`
	Signers   []common.Address `json:"signers"` // ascending, unique
}

// Has reports whether addr is a member of the set.
func (s *SignerSet) Has(addr common.Address) bool {
	for _, a := range s.Signers {
		if a == addr {
			return true
		}
	}
	return false
}

// Scope is what a PAUSE or RESUME applies to. Chain 0 means every chain;
// a zero Asset means every asset.
type Scope struct {
	Chain chains.ChainID
	Asset chains.AssetID
}

// Record is one audit-chain record. Which fields are meaningful depends on
// Kind; docs/audit-format.md lists them per kind. Amounts are unsigned
// 256-bit integers in the asset's smallest unit.
type Record struct {
	Kind Kind
	// Ref is the chain event (all kinds except DEFINE and SIGNERSET).
	Ref        Ref
	TransferID chains.TransferID
	AssetID    chains.AssetID
	Amount     uint256.Int
	// Fee is, on a LOCK, the deposit fee withheld for the sweep (the
	// transfer mints Amount − Fee; 0 on chains that withhold none, EVM);
	// on an UNLOCK the part of Amount paid to miners; on a SWEEP the miner
	// fee paid out of custody. Other kinds carry no fee: Encode refuses a
	// non-zero Fee on them.
	Fee       uint256.Int // LOCK, UNLOCK, SWEEP
	Sender    []byte      // LOCK, LOCK_REJECTED, BURN
	DstChain  chains.ChainID
	Recipient []byte // LOCK, LOCK_REJECTED, BURN, MINT, UNLOCK, REFUND
	Nonce     uint64 // LOCK, LOCK_REJECTED, BURN
	Reason    string // LOCK_REJECTED, PAUSE, RESUME

	Define    *Definition         // DEFINE
	SignerSet *SignerSet          // SIGNERSET
	Scope     Scope               // PAUSE, RESUME
	By        common.Address      // PAUSE, RESUME: the operator who asked
	Swept     []chains.TransferID // SWEEP: deposits spent by the sweep
	// AnchorHeight and AnchorHash are the block an ANCHOR record reports as
	// written to Ref's chain.
	AnchorHeight uint64
	AnchorHash   [32]byte
}

// Encode returns the record's canonical encoding (docs/audit-format.md §2).
// It fails only when a field exceeds an encoding limit.
func (r *Record) Encode() ([]byte, error) {
	return r.AppendEncode(make([]byte, 0, 256))
}

// AppendEncode appends the canonical encoding of r to dst.
func (r *Record) AppendEncode(dst []byte) ([]byte, error) {
	if !r.Fee.IsZero() && r.Kind != KindLock && r.Kind != KindUnlock && r.Kind != KindSweep {
		return nil, fmt.Errorf("%w: %s records carry no fee (fee %s)", ErrEncoding, r.Kind, r.Fee.Dec())
	}
	w := writer{b: dst}
	w.u8(FormatVersion)
	w.u8(uint8(r.Kind))
	switch r.Kind {
	case KindDefine:
		if err := w.define(r); err != nil {
			return nil, err
		}
	case KindLock, KindLockRejected, KindBurn:
		w.ref(&r.Ref)
		w.b32(r.TransferID)
		w.b32(r.AssetID)
		w.u256(&r.Amount)
		w.varBytes(r.Sender)
		w.u64(uint64(r.DstChain))
		w.varBytes(r.Recipient)
		w.u64(r.Nonce)
		switch r.Kind {
		case KindLock:
			w.u256(&r.Fee)
		case KindLockRejected:
			w.varBytes([]byte(r.Reason))
		}
	case KindMint, KindRefund, KindUnlock:
		w.ref(&r.Ref)
		w.b32(r.TransferID)
		w.b32(r.AssetID)
		w.u256(&r.Amount)
		w.varBytes(r.Recipient)
		if r.Kind == KindUnlock {
			w.u256(&r.Fee)
		}
	case KindSweep:
		if err := w.sweep(r); err != nil {
			return nil, err
		}
	case KindSignerSet:
		if err := w.signerSet(r.SignerSet); err != nil {
			return nil, err
		}
	case KindPause, KindResume:
		w.ref(&r.Ref)
		w.u64(uint64(r.Scope.Chain))
		w.b32(r.Scope.Asset)
		w.b = append(w.b, r.By[:]...)
		w.varBytes([]byte(r.Reason))
	case KindAnchor:
		w.ref(&r.Ref)
		w.u64(r.AnchorHeight)
		w.b32(r.AnchorHash)
	default:
		return nil, fmt.Errorf("%w: unknown record kind %d", ErrEncoding, uint8(r.Kind))
	}
	if w.err != nil {
		return nil, w.err
	}
	return w.b, nil
}

// define encodes a DEFINE record's body.
func (w *writer) define(r *Record) error {
	d := r.Define
	if d == nil {
		return fmt.Errorf("%w: DEFINE without definition", ErrEncoding)
	}
	w.b32(r.AssetID)
	w.u64(uint64(d.HomeChain))
	w.varBytes(d.HomeAsset)
	w.u8(d.Decimals)
	w.u256(&d.MaxPerTransfer)
	if len(d.Wrapped) > MaxWrapped {
		return fmt.Errorf("%w: %d wrapped tokens, at most %d", ErrEncoding, len(d.Wrapped), MaxWrapped)
	}
	w.u16(uint16(len(d.Wrapped)))
	for i, x := range d.Wrapped {
		if i > 0 && x.Chain <= d.Wrapped[i-1].Chain {
			return fmt.Errorf("%w: wrapped tokens not in strictly ascending chain order at entry %d", ErrEncoding, i)
		}
		w.u64(uint64(x.Chain))
		w.varBytes(x.Token)
	}
	return nil
}

// sweep encodes a SWEEP record's body.
func (w *writer) sweep(r *Record) error {
	w.ref(&r.Ref)
	w.b32(r.AssetID)
	w.u256(&r.Amount)
	w.u256(&r.Fee)
	if len(r.Swept) > MaxSwept {
		return fmt.Errorf("%w: %d swept transfers, at most %d", ErrEncoding, len(r.Swept), MaxSwept)
	}
	w.u32(uint32(len(r.Swept)))
	for i, t := range r.Swept {
		if i > 0 && bytes.Compare(t[:], r.Swept[i-1][:]) <= 0 {
			return fmt.Errorf("%w: swept transfer ids not strictly ascending at entry %d", ErrEncoding, i)
		}
		w.b32(t)
	}
	return nil
}

// signerSet encodes a SIGNERSET record's body.
func (w *writer) signerSet(s *SignerSet) error {
	if s == nil {
		return fmt.Errorf("%w: SIGNERSET without signer set", ErrEncoding)
	}
	if len(s.Signers) > MaxSigners {
		return fmt.Errorf("%w: %d signers, at most %d", ErrEncoding, len(s.Signers), MaxSigners)
	}
	w.u64(s.Epoch)
	w.u16(s.Threshold)
	w.u16(uint16(len(s.Signers)))
	for i, a := range s.Signers {
		if i > 0 && bytes.Compare(a[:], s.Signers[i-1][:]) <= 0 {
			return fmt.Errorf("%w: signers not strictly ascending at entry %d", ErrEncoding, i)
		}
		w.b = append(w.b, a[:]...)
	}
	return nil
}

// DecodeRecord parses a canonical record encoding. It refuses an unknown
// version or kind, a field over its limit, an unsorted or duplicated list,
// and trailing bytes, so that Encode(DecodeRecord(b)) == b for every b it
// accepts. Errors wrap ErrEncoding.
func DecodeRecord(b []byte) (*Record, error) {
	r := &Record{}
	if err := decodeRecordInto(b, r, false); err != nil {
		return nil, err
	}
	return r, nil
}

// decodeRecordInto decodes b into r. With alias, variable-length fields
// point into b instead of being copied (the verifier's hot path; b must
// then stay unchanged while r is in use).
func decodeRecordInto(b []byte, r *Record, alias bool) error {
	if len(b) > MaxRecordSize {
		return fmt.Errorf("%w: record of %d bytes, at most %d", ErrEncoding, len(b), MaxRecordSize)
	}
	rd := reader{b: b, alias: alias}
	if v := rd.u8(); rd.err == nil && v != FormatVersion {
		return fmt.Errorf("%w: record version %d, want %d", ErrEncoding, v, FormatVersion)
	}
	r.Kind = Kind(rd.u8())
	if rd.err != nil {
		return rd.err
	}
	switch r.Kind {
	case KindDefine:
		if err := rd.define(r); err != nil {
			return err
		}
	case KindLock, KindLockRejected, KindBurn:
		rd.ref(&r.Ref)
		r.TransferID = rd.b32()
		r.AssetID = rd.b32()
		rd.u256(&r.Amount)
		r.Sender = rd.varBytes("sender")
		r.DstChain = chains.ChainID(rd.u64())
		r.Recipient = rd.varBytes("recipient")
		r.Nonce = rd.u64()
		switch r.Kind {
		case KindLock:
			rd.u256(&r.Fee)
		case KindLockRejected:
			r.Reason = string(rd.varBytes("reason"))
		}
	case KindMint, KindRefund, KindUnlock:
		rd.ref(&r.Ref)
		r.TransferID = rd.b32()
		r.AssetID = rd.b32()
		rd.u256(&r.Amount)
		r.Recipient = rd.varBytes("recipient")
		if r.Kind == KindUnlock {
			rd.u256(&r.Fee)
		}
	case KindSweep:
		if err := rd.sweep(r); err != nil {
			return err
		}
	case KindSignerSet:
		if err := rd.signerSet(r); err != nil {
			return err
		}
	case KindPause, KindResume:
		rd.ref(&r.Ref)
		r.Scope.Chain = chains.ChainID(rd.u64())
		r.Scope.Asset = rd.b32()
		copy(r.By[:], rd.take(20))
		r.Reason = string(rd.varBytes("reason"))
	case KindAnchor:
		rd.ref(&r.Ref)
		r.AnchorHeight = rd.u64()
		r.AnchorHash = rd.b32()
	default:
		return fmt.Errorf("%w: unknown record kind %d", ErrEncoding, uint8(r.Kind))
	}
	if rd.err != nil {
		return fmt.Errorf("%s: %w", r.Kind, rd.err)
	}
	if len(rd.b) != 0 {
		return fmt.Errorf("%w: %s: %d trailing bytes", ErrEncoding, r.Kind, len(rd.b))
	}
	return nil
}

// define decodes a DEFINE record's body into r.
func (rd *reader) define(r *Record) error {
	d := &Definition{}
	r.Define = d
	r.AssetID = rd.b32()
	d.HomeChain = chains.ChainID(rd.u64())
	d.HomeAsset = rd.varBytes("home asset")
	d.Decimals = rd.u8()
	rd.u256(&d.MaxPerTransfer)
	n := int(rd.u16())
	if n > MaxWrapped {
		return fmt.Errorf("%w: %d wrapped tokens, at most %d", ErrEncoding, n, MaxWrapped)
	}
	for i := 0; i < n && rd.err == nil; i++ {
		x := Wrapped{Chain: chains.ChainID(rd.u64()), Token: rd.varBytes("token")}
		if i > 0 && x.Chain <= d.Wrapped[i-1].Chain && rd.err == nil {
			return fmt.Errorf("%w: wrapped tokens not in strictly ascending chain order at entry %d", ErrEncoding, i)
		}
		d.Wrapped = append(d.Wrapped, x)
	}
	return nil
}

// sweep decodes a SWEEP record's body into r.
func (rd *reader) sweep(r *Record) error {
	rd.ref(&r.Ref)
	r.AssetID = rd.b32()
	rd.u256(&r.Amount)
	rd.u256(&r.Fee)
	n := rd.u32()
	if n > MaxSwept {
		return fmt.Errorf("%w: %d swept transfers, at most %d", ErrEncoding, n, MaxSwept)
	}
	for i := uint32(0); i < n && rd.err == nil; i++ {
		t := chains.TransferID(rd.b32())
		if i > 0 && rd.err == nil && bytes.Compare(t[:], r.Swept[i-1][:]) <= 0 {
			return fmt.Errorf("%w: swept transfer ids not strictly ascending at entry %d", ErrEncoding, i)
		}
		r.Swept = append(r.Swept, t)
	}
	return nil
}

// signerSet decodes a SIGNERSET record's body into r.
func (rd *reader) signerSet(r *Record) error {
	s := &SignerSet{}
	r.SignerSet = s
	s.Epoch = rd.u64()
	s.Threshold = rd.u16()
	n := int(rd.u16())
	if n > MaxSigners {
		return fmt.Errorf("%w: %d signers, at most %d", ErrEncoding, n, MaxSigners)
	}
	for i := 0; i < n && rd.err == nil; i++ {
		var a common.Address
		copy(a[:], rd.take(20))
		if i > 0 && rd.err == nil && bytes.Compare(a[:], s.Signers[i-1][:]) <= 0 {
			return fmt.Errorf("%w: signers not strictly ascending at entry %d", ErrEncoding, i)
		}
		s.Signers = append(s.Signers, a)
	}
	return nil
}

// writer appends big-endian fields; the first error sticks.
type writer struct {
	b   []byte
	err error
}

func (w *writer) u8(v uint8)   { w.b = append(w.b, v) }
func (w *writer) u16(v uint16) { w.b = binary.BigEndian.AppendUint16(w.b, v) }
func (w *writer) u32(v uint32) { w.b = binary.BigEndian.AppendUint32(w.b, v) }
func (w *writer) u64(v uint64) { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *writer) b32(v [32]byte) {
	w.b = append(w.b, v[:]...)
}
func (w *writer) u256(v *uint256.Int) {
	var x [32]byte
	v.WriteToArray32(&x)
	w.b = append(w.b, x[:]...)
}
func (w *writer) varBytes(v []byte) {
	if len(v) > MaxVarBytes {
		if w.err == nil {
			w.err = fmt.Errorf("%w: variable field of %d bytes, at most %d", ErrEncoding, len(v), MaxVarBytes)
		}
		return
	}
	w.u16(uint16(len(v)))
	w.b = append(w.b, v...)
}
func (w *writer) ref(r *Ref) {
	w.u64(uint64(r.Chain))
	w.b32(r.TxHash)
	w.u32(r.Index)
	w.u64(r.BlockNum)
	w.b32(r.BlockHash)
}

// reader consumes big-endian fields; after the first error every read
// returns zero values and the error sticks.
type reader struct {
	b     []byte
	err   error
	alias bool // varBytes returns sub-slices of b instead of copies
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return make([]byte, n)
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated: need %d bytes, have %d", ErrEncoding, n, len(r.b))
		return make([]byte, n)
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}
func (r *reader) u8() uint8   { return r.take(1)[0] }
func (r *reader) u16() uint16 { return binary.BigEndian.Uint16(r.take(2)) }
func (r *reader) u32() uint32 { return binary.BigEndian.Uint32(r.take(4)) }
func (r *reader) u64() uint64 { return binary.BigEndian.Uint64(r.take(8)) }
func (r *reader) b32() (v [32]byte) {
	copy(v[:], r.take(32))
	return v
}
func (r *reader) u256(v *uint256.Int) { v.SetBytes32(r.take(32)) }
func (r *reader) varBytes(what string) []byte {
	n := int(r.u16())
	if r.err == nil && n > MaxVarBytes {
		r.err = fmt.Errorf("%w: %s of %d bytes, at most %d", ErrEncoding, what, n, MaxVarBytes)
	}
	v := r.take(n)
	if n == 0 || r.err != nil {
		return nil
	}
	if r.alias {
		return v[:n:n]
	}
	return bytes.Clone(v)
}
func (r *reader) ref(x *Ref) {
	x.Chain = chains.ChainID(r.u64())
	x.TxHash = r.b32()
	x.Index = r.u32()
	x.BlockNum = r.u64()
	x.BlockHash = r.b32()
}
