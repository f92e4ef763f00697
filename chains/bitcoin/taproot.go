package bitcoin

import (
	"bytes"
	"fmt"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
)

// TapOutput is a P2TR output with the NUMS internal key and a script tree,
// built with txscript.AssembleTaprootScriptTree. With two leaves the tree is
// a single branch; BIP-341 hashes a branch over its two children sorted
// lexicographically, so the output does not depend on the order the leaves
// are listed in.
type TapOutput struct {
	leaves    []txscript.TapLeaf
	tree      *txscript.IndexedTapScriptTree
	outputKey *btcec.PublicKey
	pkScript  []byte
}

func newTapOutput(scripts ...[]byte) *TapOutput {
	o := &TapOutput{}
	for _, s := range scripts {
		o.leaves = append(o.leaves, txscript.NewBaseTapLeaf(s))
	}
	o.tree = txscript.AssembleTaprootScriptTree(o.leaves...)
	root := o.tree.RootNode.TapHash()
	o.outputKey = txscript.ComputeTaprootOutputKey(NUMSKey(), root[:])
	o.pkScript = append([]byte{txscript.OP_1, txscript.OP_DATA_32}, schnorr.SerializePubKey(o.outputKey)...)
	return o
}

// PkScript returns the output script OP_1 <32-byte output key>.
func (o *TapOutput) PkScript() []byte { return append([]byte(nil), o.pkScript...) }

// OutputKey returns the tweaked x-only output key.
func (o *TapOutput) OutputKey() [32]byte {
	var k [32]byte
	copy(k[:], schnorr.SerializePubKey(o.outputKey))
	return k
}

// MerkleRoot returns the script tree's root hash.
func (o *TapOutput) MerkleRoot() [32]byte { return o.tree.RootNode.TapHash() }

// Leaf returns leaf i in the order given at construction.
func (o *TapOutput) Leaf(i int) txscript.TapLeaf { return o.leaves[i] }

// ControlBlock returns the serialized BIP-341 control block for leaf i.
func (o *TapOutput) ControlBlock(i int) []byte {
	cb := o.tree.LeafMerkleProofs[i].ToControlBlock(NUMSKey())
	b, _ := cb.ToBytes() // cannot fail: proof length is a multiple of 32
	return b
}

// Address returns the bech32m address of the output on the given network.
func (o *TapOutput) Address(params *chaincfg.Params) (*btcutil.AddressTaproot, error) {
	return btcutil.NewAddressTaproot(schnorr.SerializePubKey(o.outputKey), params)
}

// LeafIndex returns which leaf script is, or -1.
func (o *TapOutput) LeafIndex(script []byte) int {
	for i, l := range o.leaves {
		if bytes.Equal(l.Script, script) {
			return i
		}
	}
	return -1
}

// Leaf indexes of a DepositOutput.
const (
	MintLeaf   = 0
	RefundLeaf = 1
)

// DepositOutput is the P2TR output of a deposit: leaf MintLeaf is
// `<sha256(payload)> OP_DROP` + the signers' multi_a, leaf RefundLeaf is
// `<locktime> OP_CHECKLOCKTIMEVERIFY OP_DROP <refund key> OP_CHECKSIG`.
type DepositOutput struct {
	*TapOutput
	Payload Payload
	Signers KeySet
}

// NewDepositOutput builds the deposit output for a payload and the
// federation signer set it is made to. The payload is not validated here;
// decoded payloads already are.
func NewDepositOutput(p Payload, signers KeySet) (*DepositOutput, error) {
	if signers.Len() == 0 {
		return nil, fmt.Errorf("%w: empty signer set", ErrKeySet)
	}
	return &DepositOutput{
		TapOutput: newTapOutput(MintLeafScript(p, signers), RefundLeafScript(p)),
		Payload:   p,
		Signers:   signers,
	}, nil
}

// MintLeafScript returns `OP_DATA_32 <sha256(payload)> OP_DROP` followed by
// signers.MultiA().
func MintLeafScript(p Payload, signers KeySet) []byte {
	h := p.Hash()
	s := append([]byte{txscript.OP_DATA_32}, h[:]...)
	s = append(s, txscript.OP_DROP)
	return append(s, signers.MultiA()...)
}

// RefundLeafScript returns `<locktime> OP_CHECKLOCKTIMEVERIFY OP_DROP
// OP_DATA_32 <refund key> OP_CHECKSIG`, the locktime as a minimal script number.
func RefundLeafScript(p Payload) []byte {
	s, _ := txscript.NewScriptBuilder().
		AddInt64(int64(p.Locktime)).AddOp(txscript.OP_CHECKLOCKTIMEVERIFY).AddOp(txscript.OP_DROP).
		AddData(p.RefundKey[:]).AddOp(txscript.OP_CHECKSIG).Script()
	return s
}

// Federation is one epoch of the operator federation on Bitcoin: the signer
// set that mints and pays out, and a recovery set that can move custody
// after RecoveryDelay blocks without a spend.
type Federation struct {
	Epoch         uint32
	Signers       KeySet
	Recovery      KeySet
	RecoveryDelay uint16
}

// Validate checks both key sets and the delay.
func (f Federation) Validate() error {
	if f.Signers.Len() == 0 {
		return fmt.Errorf("%w: epoch %d has no signers", ErrKeySet, f.Epoch)
	}
	if f.Recovery.Len() == 0 {
		return fmt.Errorf("%w: epoch %d has no recovery keys", ErrKeySet, f.Epoch)
	}
	if f.RecoveryDelay == 0 {
		return ErrRecoveryDelay
	}
	return nil
}

// Leaf indexes of a CustodyOutput.
const (
	SignersLeaf  = 0
	RecoveryLeaf = 1
)

// CustodyOutput is the federation wallet's P2TR output: leaf SignersLeaf
// is the signers' multi_a, leaf RecoveryLeaf is
// `<delay> OP_CHECKSEQUENCEVERIFY OP_DROP` + the recovery multi_a.
type CustodyOutput struct {
	*TapOutput
	Federation Federation
}

// NewCustodyOutput builds the custody output of a federation epoch.
func NewCustodyOutput(f Federation) (*CustodyOutput, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	rec, _ := txscript.NewScriptBuilder().
		AddInt64(int64(f.RecoveryDelay)).AddOp(txscript.OP_CHECKSEQUENCEVERIFY).AddOp(txscript.OP_DROP).Script()
	rec = append(rec, f.Recovery.MultiA()...)
	return &CustodyOutput{TapOutput: newTapOutput(f.Signers.MultiA(), rec), Federation: f}, nil
}

// Outputs returns the two outputs a deposit transaction carries: the P2TR
// deposit output worth amount satoshis and the OP_RETURN payload output.
// A wallet adds its inputs and change around them; the order of outputs
// is free, but the transaction must have exactly one output paying this
// script and exactly one "KKH" OP_RETURN.
func (d *DepositOutput) Outputs(amount int64) []*wire.TxOut {
	return []*wire.TxOut{wire.NewTxOut(amount, d.PkScript()), wire.NewTxOut(0, PayloadScript(d.Payload))}
}
