package bitcoin

import (
	"bytes"
	"errors"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
)

// verifyInput runs txscript's engine with the standard flags over input idx.
func verifyInput(t *testing.T, tx *wire.MsgTx, idx int, prev map[wire.OutPoint]*wire.TxOut) error {
	t.Helper()
	fetcher := txscript.NewMultiPrevOutFetcher(prev)
	out := prev[tx.TxIn[idx].PreviousOutPoint]
	vm, err := txscript.NewEngine(out.PkScript, tx, idx, txscript.StandardVerifyFlags, nil,
		txscript.NewTxSigHashes(tx, fetcher), out.Value, fetcher)
	if err != nil {
		return err
	}
	return vm.Execute()
}

func TestBuildRefund(t *testing.T) {
	p := samplePayload()
	out, err := NewDepositOutput(p, vectorSigners(t))
	if err != nil {
		t.Fatal(err)
	}
	op := wire.OutPoint{Hash: chainhash.HashH([]byte("deposit")), Index: 1}
	dest := append([]byte{0x00, 0x14}, make([]byte, 20)...) // P2WPKH
	dest[5] = 1
	req := RefundRequest{Deposit: op, Amount: 100_000, Output: out, Destination: dest, FeeRate: 2}
	key := testKey("kakehashi/vector/refund")

	tx, err := BuildRefund(req, key)
	if err != nil {
		t.Fatal(err)
	}
	if tx.LockTime != p.Locktime || tx.TxIn[0].Sequence != SequenceRBF {
		t.Fatalf("locktime %d sequence %x", tx.LockTime, tx.TxIn[0].Sequence)
	}
	if fee := req.Amount - tx.TxOut[0].Value; fee != 2*VSize(tx) {
		t.Fatalf("fee %d for %d vB", fee, VSize(tx))
	}
	prev := map[wire.OutPoint]*wire.TxOut{op: {Value: req.Amount, PkScript: out.PkScript()}}
	if err := verifyInput(t, tx, 0, prev); err != nil {
		t.Fatalf("refund does not verify: %v", err)
	}

	t.Run("locktime below script fails", func(t *testing.T) {
		bad := tx.Copy()
		bad.LockTime = p.Locktime - 1
		if err := verifyInput(t, bad, 0, prev); err == nil {
			t.Fatal("CLTV accepted an earlier nLockTime")
		}
	})
	t.Run("final sequence fails", func(t *testing.T) {
		bad := tx.Copy()
		bad.TxIn[0].Sequence = wire.MaxTxInSequenceNum
		if err := verifyInput(t, bad, 0, prev); err == nil {
			t.Fatal("CLTV accepted a final input")
		}
	})
	for _, tc := range []struct {
		name string
		mod  func(r *RefundRequest)
		key  string
		want error
	}{
		{"wrong key", nil, "someone else", ErrRefundKeyMismatch},
		{"dust", func(r *RefundRequest) { r.Amount = 500 }, "", ErrRefundAmount},
		{"zero fee rate", func(r *RefundRequest) { r.FeeRate = 0 }, "", ErrFeeRate},
		{"op_return destination", func(r *RefundRequest) { r.Destination = []byte{0x6a, 0x01, 0x01} }, "", ErrNonStandardScript},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := req
			if tc.mod != nil {
				tc.mod(&r)
			}
			k := key
			if tc.key != "" {
				k = testKey(tc.key)
			}
			if _, err := BuildRefund(r, k); !errors.Is(err, tc.want) {
				t.Fatalf("got %v want %v", err, tc.want)
			}
		})
	}
}

func TestParseMultiA(t *testing.T) {
	s := vectorSigners(t)
	p := samplePayload()
	got, prefix, err := ParseMultiA(MintLeafScript(p, s))
	if err != nil || !got.Equal(s) || len(prefix) != 34 {
		t.Fatalf("mint leaf: %v %d", err, len(prefix))
	}
	if _, _, err := ParseMultiA(RefundLeafScript(p)); !errors.Is(err, ErrNotMultiA) {
		t.Fatalf("refund leaf parsed as multi_a: %v", err)
	}
	keys := s.Keys()
	unsorted := append([]byte{0x20}, keys[1][:]...)
	unsorted = append(unsorted, 0xac, 0x20)
	unsorted = append(unsorted, keys[0][:]...)
	unsorted = append(unsorted, 0xba, 0x52, 0x9c)
	if _, _, err := ParseMultiA(unsorted); !errors.Is(err, ErrNotMultiA) {
		t.Fatalf("unsorted accepted: %v", err)
	}
}

func TestDustLimit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		script []byte
		want   int64
	}{
		{"p2pkh", append(append([]byte{0x76, 0xa9, 0x14}, make([]byte, 20)...), 0x88, 0xac), 546},
		{"p2wpkh", append([]byte{0x00, 0x14}, make([]byte, 20)...), 294},
		{"p2tr", append([]byte{0x51, 0x20}, make([]byte, 32)...), 330},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := DustLimit(tc.script); got != tc.want {
				t.Fatalf("got %d want %d", got, tc.want)
			}
		})
	}
}

func FuzzParseMultiA(f *testing.F) {
	s := vectorSigners(f)
	p := samplePayload()
	f.Add(MintLeafScript(p, s))
	f.Add(s.MultiA())
	f.Add(RefundLeafScript(p))
	f.Fuzz(func(t *testing.T, script []byte) {
		set, prefix, err := ParseMultiA(script)
		if err != nil {
			return
		}
		if got := append(append([]byte(nil), prefix...), set.MultiA()...); !bytes.Equal(got, script) {
			t.Fatalf("prefix ‖ multi_a %x != script %x", got, script)
		}
	})
}

// The custody recovery leaf spends only after RecoveryDelay blocks (BIP-68
// relative locktime in the input's sequence).
func TestCustodyRecoveryLeaf(t *testing.T) {
	recKey := testKey("kakehashi/test/recovery")
	rec, err := NewKeySetFromPubKeys(1, recKey.PubKey())
	if err != nil {
		t.Fatal(err)
	}
	fed := Federation{Epoch: 1, Signers: vectorSigners(t), Recovery: rec, RecoveryDelay: 144}
	c, err := NewCustodyOutput(fed)
	if err != nil {
		t.Fatal(err)
	}
	op := wire.OutPoint{Hash: chainhash.HashH([]byte("custody")), Index: 0}
	prev := map[wire.OutPoint]*wire.TxOut{op: {Value: 1_000_000, PkScript: c.PkScript()}}
	spend := func(seq uint32) *wire.MsgTx {
		tx := wire.NewMsgTx(TxVersion)
		tx.AddTxIn(&wire.TxIn{PreviousOutPoint: op, Sequence: seq})
		tx.AddTxOut(wire.NewTxOut(990_000, append([]byte{0x00, 0x14}, make([]byte, 20)...)))
		leaf := c.Leaf(RecoveryLeaf)
		fetch := txscript.NewMultiPrevOutFetcher(prev)
		sig, err := txscript.RawTxInTapscriptSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, 1_000_000, c.PkScript(), leaf, txscript.SigHashDefault, recKey)
		if err != nil {
			t.Fatal(err)
		}
		tx.TxIn[0].Witness = wire.TxWitness{sig, leaf.Script, c.ControlBlock(RecoveryLeaf)}
		return tx
	}
	if err := verifyInput(t, spend(144), 0, prev); err != nil {
		t.Fatalf("recovery after 144 blocks: %v", err)
	}
	if err := verifyInput(t, spend(143), 0, prev); err == nil {
		t.Fatal("recovery accepted before the delay")
	}
	if _, prefix, err := ParseMultiA(c.Leaf(RecoveryLeaf).Script); err != nil || len(prefix) != 5 {
		t.Fatalf("recovery leaf: %v, prefix %x", err, prefix)
	}
}
