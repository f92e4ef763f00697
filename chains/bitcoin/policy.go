package bitcoin

import (
	"fmt"
	"math/big"

	"github.com/btcsuite/btcd/blockchain"
	"github.com/btcsuite/btcd/btcec/v2"
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
// P2WSH or P2TR and not provably unspendable, and an error wrapping
// ErrNonStandardScript otherwise (bare multisig, P2PK, OP_RETURN, future
// witness versions, anything else). A standard script with an all-zero
// hash, or a P2TR output whose x-only key is zero or not below the field
// prime p, gets ErrUnspendableScript: paying it would destroy the coins.
// These are the rules of the bridge contract's burn (isStandardScript and
// UnspendableBitcoinScript), range checks only: a P2TR key below p that is
// not on the curve is not detected, on chain or here.
func CheckStandardPayment(pkScript []byte) error {
	class := txscript.GetScriptClass(pkScript)
	var body []byte // the hash or key the script commits to
	switch class {
	case txscript.PubKeyHashTy:
		body = pkScript[3:23]
	case txscript.ScriptHashTy:
		body = pkScript[2:22]
	case txscript.WitnessV0PubKeyHashTy, txscript.WitnessV0ScriptHashTy, txscript.WitnessV1TaprootTy:
		body = pkScript[2:]
	default:
		return fmt.Errorf("%w: %x (%s)", ErrNonStandardScript, pkScript, class)
	}
	if allZero(body) {
		return fmt.Errorf("%w: %x (%s with an all-zero %s)", ErrUnspendableScript, pkScript, class, map[bool]string{true: "key", false: "hash"}[class == txscript.WitnessV1TaprootTy])
	}
	if class == txscript.WitnessV1TaprootTy && new(big.Int).SetBytes(body).Cmp(btcec.S256().P) >= 0 {
		return fmt.Errorf("%w: %x (P2TR key is not a field element: x >= p)", ErrUnspendableScript, pkScript)
	}
	return nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
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
