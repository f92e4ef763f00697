package wallet

import (
	"bytes"
	"fmt"

	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
)

// Deposit is an accepted, final deposit waiting to be swept into custody.
type Deposit struct {
	OutPoint wire.OutPoint
	Amount   int64
	Payload  bitcoin.Payload
	// Epoch is the federation epoch whose signer set the deposit was made to.
	Epoch uint32
}

// UTXO is a custody output of a federation epoch.
type UTXO struct {
	OutPoint wire.OutPoint
	Amount   int64
	Epoch    uint32
}

// Burn is a final burn to be paid out on Bitcoin: Amount satoshis (before
// the fee share) to PkScript, keyed by the burn's transfer id.
type Burn struct {
	TransferID chains.TransferID
	PkScript   []byte
	Amount     int64
}

// FeePolicy sets transaction fees in sat/vB. Builders use max(Rate, MinRate);
// signers refuse proposals whose rate is outside [MinRate, MaxRate].
type FeePolicy struct {
	Rate    uint64
	MinRate uint64
	MaxRate uint64
}

func (p FeePolicy) validate() error {
	if p.MinRate == 0 || p.MaxRate < p.MinRate {
		return fmt.Errorf("%w: fee policy needs 1 ≤ MinRate ≤ MaxRate, got %d..%d", ErrConfig, p.MinRate, p.MaxRate)
	}
	return nil
}

// effective returns the rate a builder uses.
func (p FeePolicy) effective() uint64 { return max(p.Rate, p.MinRate) }

// lessOutPoint orders outpoints by txid bytes (internal order), then index.
func lessOutPoint(a, b wire.OutPoint) bool {
	if c := bytes.Compare(a.Hash[:], b.Hash[:]); c != 0 {
		return c < 0
	}
	return a.Index < b.Index
}
