package bitcoin

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/txscript"
)

// NUMSKeyHex is the BIP-341 "nothing up my sleeve" point H, the x-only
// internal key of every Kakehashi output: nobody knows its discrete log, so
// deposits and custody can only be spent through a script leaf.
const NUMSKeyHex = "50929b74c1a04954b78b4b6035e97a5e078a5a0f28ec96d547bfee9ace803ac0"

// MaxKeys bounds a multi_a key set: tapscript's stack limit is 1000 elements
// and a spend pushes one signature (or empty) per key.
const MaxKeys = 999

// NUMSKey returns the BIP-341 NUMS point H as a public key.
func NUMSKey() *btcec.PublicKey {
	raw, _ := hex.DecodeString(NUMSKeyHex)
	k, err := schnorr.ParsePubKey(raw)
	if err != nil { // a constant point on the curve
		panic("bitcoin: NUMS constant does not parse: " + err.Error())
	}
	return k
}

// KeySet is a t-of-n set of BIP-340 x-only public keys, kept sorted
// ascending by their 32 bytes, as a multi_a script lists them.
type KeySet struct {
	keys      [][32]byte
	threshold int
}

// NewKeySet validates and sorts keys. Every key must be a valid x-only point,
// keys must be distinct, and 1 ≤ threshold ≤ len(keys) ≤ MaxKeys.
func NewKeySet(threshold int, keys ...[32]byte) (KeySet, error) {
	if len(keys) == 0 || len(keys) > MaxKeys {
		return KeySet{}, fmt.Errorf("%w: %d keys, want 1..%d", ErrKeySet, len(keys), MaxKeys)
	}
	if threshold < 1 || threshold > len(keys) {
		return KeySet{}, fmt.Errorf("%w: threshold %d of %d keys", ErrKeySet, threshold, len(keys))
	}
	sorted := make([][32]byte, len(keys))
	copy(sorted, keys)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i][:], sorted[j][:]) < 0 })
	for i, k := range sorted {
		if i > 0 && k == sorted[i-1] {
			return KeySet{}, fmt.Errorf("%w: duplicate key %x", ErrKeySet, k)
		}
		if _, err := schnorr.ParsePubKey(k[:]); err != nil {
			return KeySet{}, fmt.Errorf("%w: key %x is not an x-only point", ErrKeySet, k)
		}
	}
	return KeySet{keys: sorted, threshold: threshold}, nil
}

// NewKeySetFromPubKeys is NewKeySet over btcec public keys (their x coordinates).
func NewKeySetFromPubKeys(threshold int, keys ...*btcec.PublicKey) (KeySet, error) {
	xs := make([][32]byte, len(keys))
	for i, k := range keys {
		if k == nil {
			return KeySet{}, fmt.Errorf("%w: key %d is nil", ErrKeySet, i)
		}
		copy(xs[i][:], schnorr.SerializePubKey(k))
	}
	return NewKeySet(threshold, xs...)
}

// Keys returns the sorted x-only keys (a copy).
func (s KeySet) Keys() [][32]byte { return append([][32]byte(nil), s.keys...) }

// Threshold returns t.
func (s KeySet) Threshold() int { return s.threshold }

// Len returns n.
func (s KeySet) Len() int { return len(s.keys) }

// Index returns the position of key in the sorted set, or -1.
func (s KeySet) Index(key [32]byte) int {
	for i, k := range s.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Equal reports whether both sets have the same keys and threshold.
func (s KeySet) Equal(o KeySet) bool {
	if s.threshold != o.threshold || len(s.keys) != len(o.keys) {
		return false
	}
	for i := range s.keys {
		if s.keys[i] != o.keys[i] {
			return false
		}
	}
	return true
}

// MultiA returns the BIP-342 multi_a script
//
//	<pk1> OP_CHECKSIG <pk2> OP_CHECKSIGADD … <pkn> OP_CHECKSIGADD <t> OP_NUMEQUAL
func (s KeySet) MultiA() []byte {
	b := txscript.NewScriptBuilder()
	for i, k := range s.keys {
		b.AddData(k[:])
		if i == 0 {
			b.AddOp(txscript.OP_CHECKSIG)
		} else {
			b.AddOp(txscript.OP_CHECKSIGADD)
		}
	}
	b.AddInt64(int64(s.threshold)).AddOp(txscript.OP_NUMEQUAL)
	script, _ := b.Script() // small pushes only; cannot exceed the builder limits for MaxKeys keys
	return script
}

// ParseMultiA parses a leaf script that ends in a multi_a over sorted,
// distinct keys, after one of the prefixes Kakehashi uses: none (custody),
// `OP_DATA_32 <hash> OP_DROP` (mint leaf) or `<n> OP_CHECKSEQUENCEVERIFY
// OP_DROP` (recovery leaf). It returns the key set and the prefix. It runs
// in time linear in the script, so a watcher can call it on any witness.
func ParseMultiA(script []byte) (KeySet, []byte, error) {
	const keyPush = 1 + 32 + 1 // OP_DATA_32 <key> OP_CHECKSIG(ADD)
	start := multiAStart(script)
	if start < 0 {
		return KeySet{}, nil, ErrNotMultiA
	}
	var keys [][32]byte
	i := start
	for i+keyPush <= len(script) && script[i] == txscript.OP_DATA_32 {
		op := script[i+33]
		if (len(keys) == 0 && op != txscript.OP_CHECKSIG) || (len(keys) > 0 && op != txscript.OP_CHECKSIGADD) {
			break
		}
		var k [32]byte
		copy(k[:], script[i+1:i+33])
		keys = append(keys, k)
		i += keyPush
	}
	rest := script[i:]
	if len(keys) == 0 || len(rest) < 2 || rest[len(rest)-1] != txscript.OP_NUMEQUAL {
		return KeySet{}, nil, ErrNotMultiA
	}
	tok := txscript.MakeScriptTokenizer(0, rest[:len(rest)-1])
	if !tok.Next() {
		return KeySet{}, nil, ErrNotMultiA
	}
	t, err := txscript.MakeScriptNum(scriptNumBytes(tok), true, 4)
	if err != nil || tok.Next() || tok.Err() != nil {
		return KeySet{}, nil, ErrNotMultiA
	}
	set, err := NewKeySet(int(t), keys...)
	if err != nil {
		return KeySet{}, nil, fmt.Errorf("%w: %w", ErrNotMultiA, err)
	}
	if !bytes.Equal(set.MultiA(), script[start:]) {
		return KeySet{}, nil, fmt.Errorf("%w: keys not sorted or threshold not minimally encoded", ErrNotMultiA)
	}
	return set, script[:start], nil
}

// multiAStart returns where the multi_a part of a Kakehashi leaf starts, or -1.
func multiAStart(s []byte) int {
	if len(s) >= 34 && s[0] == txscript.OP_DATA_32 {
		switch s[33] {
		case txscript.OP_CHECKSIG:
			return 0 // no prefix
		case txscript.OP_DROP:
			return 34 // payload hash
		}
		return -1
	}
	tok := txscript.MakeScriptTokenizer(0, s)
	if !tok.Next() {
		return -1
	}
	n := int(tok.ByteIndex())
	if op := tok.Opcode(); !(op >= txscript.OP_1 && op <= txscript.OP_16) && !(op >= txscript.OP_DATA_1 && op <= txscript.OP_DATA_3) {
		return -1
	}
	if len(s) < n+2 || s[n] != txscript.OP_CHECKSEQUENCEVERIFY || s[n+1] != txscript.OP_DROP {
		return -1
	}
	return n + 2
}

// scriptNumBytes returns the number pushed by a small-int opcode or a data push.
func scriptNumBytes(tok txscript.ScriptTokenizer) []byte {
	op := tok.Opcode()
	switch {
	case op == txscript.OP_0:
		return nil
	case op >= txscript.OP_1 && op <= txscript.OP_16:
		return []byte{op - txscript.OP_1 + 1}
	case op == txscript.OP_1NEGATE:
		return []byte{0x81}
	default:
		return tok.Data()
	}
}
