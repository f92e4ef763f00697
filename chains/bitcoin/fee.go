package bitcoin

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/btcsuite/btcd/wire"
)

// ErrBelowFee is returned by DepositFee.Net for a deposit whose amount
// does not exceed the deposit fee: it is never minted.
var ErrBelowFee = errors.New("bitcoin: deposit does not exceed its deposit fee")

// DepositFee is what a Bitcoin deposit is credited net of
// (docs/decisions.md, "Value accounting"): the vbytes one deposit input
// adds to a sweep, times the published maximum fee rate. Every signer
// computes it from the federation and the policy alone, so every signer
// mints the same amount for a deposit.
type DepositFee struct {
	InputVBytes int64
	MaxFeeRate  uint64
	Sats        int64
}

// NewDepositFee computes the deposit fee for deposits made to signers.
func NewDepositFee(signers KeySet, maxFeeRate uint64) (DepositFee, error) {
	if maxFeeRate == 0 {
		return DepositFee{}, fmt.Errorf("%w: maximum fee rate 0", ErrFeeRate)
	}
	vb, err := SweepInputVBytes(signers)
	if err != nil {
		return DepositFee{}, err
	}
	return DepositFee{InputVBytes: vb, MaxFeeRate: maxFeeRate, Sats: vb * int64(maxFeeRate)}, nil
}

// SweepInputVBytes is the virtual size one deposit input adds to a sweep
// once signed, rounded up: outpoint, empty scriptSig and sequence (41
// bytes at 4 weight units), and the witness package wallet assembles —
// t 64-byte signatures, n−t empty elements, the mint leaf and its
// control block. The mint leaf's size does not depend on the payload
// (it commits to the payload's hash). 126 vB for a 2-of-3 federation.
func SweepInputVBytes(signers KeySet) (int64, error) {
	if signers.Len() == 0 {
		return 0, fmt.Errorf("%w: empty federation signer set", ErrKeySet)
	}
	out, err := NewDepositOutput(Payload{}, signers)
	if err != nil {
		return 0, fmt.Errorf("deposit output: %w", err)
	}
	wit := make(wire.TxWitness, 0, signers.Len()+2)
	for k := 0; k < signers.Len(); k++ {
		if k < signers.Threshold() {
			wit = append(wit, make([]byte, 64))
		} else {
			wit = append(wit, nil)
		}
	}
	wit = append(wit, out.Leaf(MintLeaf).Script, out.ControlBlock(MintLeaf))
	in := wire.TxIn{Witness: wit}
	weight := int64(in.SerializeSize())*4 + int64(wit.SerializeSize())
	return (weight + 3) / 4, nil
}

// Net returns the amount a deposit of gross satoshis is credited with,
// or ErrBelowFee.
func (f DepositFee) Net(gross *big.Int) (*big.Int, error) {
	if gross == nil || gross.Cmp(big.NewInt(f.Sats)) <= 0 {
		return nil, fmt.Errorf("%w: %v sat, fee %d sat", ErrBelowFee, gross, f.Sats)
	}
	return new(big.Int).Sub(gross, big.NewInt(f.Sats)), nil
}
