package bitcoin

import (
	"fmt"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
)

// RefundRequest describes a refund of one deposit by its depositor.
type RefundRequest struct {
	// Deposit is the deposit's P2TR outpoint and Amount its value in satoshis.
	Deposit wire.OutPoint
	Amount  int64
	// Output is the deposit output rebuilt from the payload and the signer
	// set the deposit was made to.
	Output *DepositOutput
	// Destination is the standard scriptPubKey that receives the refund.
	Destination []byte
	// FeeRate in sat/vB, at least 1.
	FeeRate uint64
}

// BuildRefund returns the signed refund transaction: one input spending the
// deposit through the refund leaf, one output to Destination paying
// Amount − fee, nLockTime = the payload's locktime, sequence SequenceRBF.
// Nodes accept it once the chain tip is at or above the locktime (the next
// block's height exceeds nLockTime).
func BuildRefund(req RefundRequest, key *btcec.PrivateKey) (*wire.MsgTx, error) {
	if req.Output == nil {
		return nil, fmt.Errorf("%w: no deposit output", ErrRefundAmount)
	}
	if req.FeeRate == 0 {
		return nil, ErrFeeRate
	}
	if err := CheckStandardPayment(req.Destination); err != nil {
		return nil, err
	}
	pub := schnorr.SerializePubKey(key.PubKey())
	if string(pub) != string(req.Output.Payload.RefundKey[:]) {
		return nil, ErrRefundKeyMismatch
	}
	tx := wire.NewMsgTx(TxVersion)
	tx.LockTime = req.Output.Payload.Locktime
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: req.Deposit, Sequence: SequenceRBF})
	tx.AddTxOut(&wire.TxOut{PkScript: req.Destination})

	leaf := req.Output.Leaf(RefundLeaf)
	ctrl := req.Output.ControlBlock(RefundLeaf)
	tx.TxIn[0].Witness = wire.TxWitness{make([]byte, schnorr.SignatureSize), leaf.Script, ctrl}
	fee := FeeFor(VSize(tx), req.FeeRate)
	value := req.Amount - fee
	if value < DustLimit(req.Destination) {
		return nil, fmt.Errorf("%w: %d sat − fee %d sat is below dust", ErrRefundAmount, req.Amount, fee)
	}
	tx.TxOut[0].Value = value

	fetcher := txscript.NewCannedPrevOutputFetcher(req.Output.PkScript(), req.Amount)
	hashes := txscript.NewTxSigHashes(tx, fetcher)
	sig, err := txscript.RawTxInTapscriptSignature(tx, hashes, 0, req.Amount, req.Output.PkScript(), leaf, txscript.SigHashDefault, key)
	if err != nil {
		return nil, fmt.Errorf("bitcoin: sign refund: %w", err)
	}
	tx.TxIn[0].Witness[0] = sig
	return tx, nil
}
