package bitcoin

import (
	"fmt"

	"github.com/btcsuite/btcd/blockchain"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
)

// SequenceRBF is the input sequence of every transaction this package
// builds: it signals BIP-125 replaceability and enables nLockTime.
const SequenceRBF = wire.MaxTxInSequenceNum - 2

// TxVersion is the version of every transaction this package builds.
const TxVersion = 2

// CheckStandardPayment returns nil when pkScript is P2PKH, P2SH, P2WPKH,
// P2WSH or P2TR, and an error wrapping ErrNonStandardScript otherwise (bare
// multisig, P2PK, OP_RETURN, future witness versions, anything else).
func CheckStandardPayment(pkScript []byte) error {
	switch txscript.GetScriptClass(pkScript) {
	case txscript.PubKeyHashTy, txscript.ScriptHashTy, txscript.WitnessV0PubKeyHashTy,
		txscript.WitnessV0ScriptHashTy, txscript.WitnessV1TaprootTy:
		return nil
	default:
		return fmt.Errorf("%w: %x (%s)", ErrNonStandardScript, pkScript, txscript.GetScriptClass(pkScript))
	}
}

// DustLimit returns the smallest non-dust value of an output with pkScript
// under the default 1000 sat/kvB relay fee, as btcd and Bitcoin Core compute
// it (546 sat for P2PKH, 294 for P2WPKH, 330 for P2TR and P2WSH).
func DustLimit(pkScript []byte) int64 {
	out := wire.TxOut{PkScript: pkScript}
	size := int64(out.SerializeSize() + 41)
	if txscript.IsWitnessProgram(pkScript) {
		size += 107 / blockchain.WitnessScaleFactor
	} else {
		size += 107
	}
	// Dust when value*1000/(3*size) < 1000, i.e. value < 3*size.
	return 3 * size
}

// VSize returns the virtual size of tx in vbytes: ceil(weight / 4).
func VSize(tx *wire.MsgTx) int64 {
	w := blockchain.GetTransactionWeight(btcutil.NewTx(tx))
	return (w + blockchain.WitnessScaleFactor - 1) / blockchain.WitnessScaleFactor
}

// FeeFor returns vsize × rate, the fee of a transaction at rate sat/vB.
func FeeFor(vsize int64, rate uint64) int64 { return vsize * int64(rate) }
