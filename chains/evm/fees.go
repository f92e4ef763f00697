package evm

import (
	"fmt"
	"math/big"
)

// Fees is an EIP-1559 fee pair, in wei per gas.
type Fees struct {
	Tip *big.Int // maxPriorityFeePerGas
	Cap *big.Int // maxFeePerGas
}

func (f Fees) String() string { return fmt.Sprintf("tip=%s cap=%s", f.Tip, f.Cap) }

// FeePolicy prices transactions: Cap = BaseFeeMultiplier × baseFee + Tip,
// Tip = the node's suggestion clamped to [MinTip, MaxTip], and nothing
// above MaxFeeCap, ever.
type FeePolicy struct {
	MaxFeeCap         *big.Int // required, > 0
	MaxTip            *big.Int // default MaxFeeCap
	MinTip            *big.Int // default 0
	BaseFeeMultiplier uint64   // default 2
	// BumpPercent raises both tip and cap of a replacement (default 20;
	// at least 10, what geth and anvil require to replace a pooled tx).
	BumpPercent uint64
}

func (p *FeePolicy) validate() error {
	if p.MaxFeeCap == nil || p.MaxFeeCap.Sign() <= 0 {
		return fmt.Errorf("%w: FeePolicy.MaxFeeCap must be positive", ErrConfig)
	}
	if p.MaxTip == nil {
		p.MaxTip = new(big.Int).Set(p.MaxFeeCap)
	}
	if p.MinTip == nil {
		p.MinTip = new(big.Int)
	}
	if p.MinTip.Sign() < 0 || p.MaxTip.Cmp(p.MinTip) < 0 || p.MaxTip.Cmp(p.MaxFeeCap) > 0 {
		return fmt.Errorf("%w: FeePolicy needs 0 <= MinTip <= MaxTip <= MaxFeeCap", ErrConfig)
	}
	if p.BaseFeeMultiplier == 0 {
		p.BaseFeeMultiplier = 2
	}
	if p.BumpPercent == 0 {
		p.BumpPercent = 20
	}
	if p.BumpPercent < 10 {
		return fmt.Errorf("%w: FeePolicy.BumpPercent %d below the 10%% nodes require", ErrConfig, p.BumpPercent)
	}
	return nil
}

// Price returns the fees for a new transaction given the latest base fee
// and the node's tip suggestion. It fails with ErrFeeCapReached when the
// base fee alone exceeds MaxFeeCap.
func (p FeePolicy) Price(baseFee, suggestedTip *big.Int) (Fees, error) {
	tip := new(big.Int).Set(suggestedTip)
	if tip.Cmp(p.MinTip) < 0 {
		tip.Set(p.MinTip)
	}
	if tip.Cmp(p.MaxTip) > 0 {
		tip.Set(p.MaxTip)
	}
	if baseFee.Cmp(p.MaxFeeCap) >= 0 {
		return Fees{}, fmt.Errorf("%w: base fee %s wei is at or above MaxFeeCap %s", ErrFeeCapReached, baseFee, p.MaxFeeCap)
	}
	feeCap := new(big.Int).Mul(baseFee, new(big.Int).SetUint64(p.BaseFeeMultiplier))
	feeCap.Add(feeCap, tip)
	if feeCap.Cmp(p.MaxFeeCap) > 0 {
		feeCap.Set(p.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip.Set(feeCap)
	}
	return Fees{Tip: tip, Cap: feeCap}, nil
}

// Bump returns the fees of a replacement for a transaction priced old: both
// tip and cap raised by at least BumpPercent (rounded up), and at least
// what Price would charge now (fresh). It fails with ErrFeeCapReached when
// MaxFeeCap leaves no room for the minimum 10% raise.
func (p FeePolicy) Bump(old, fresh Fees) (Fees, error) {
	up := func(v *big.Int, pct uint64) *big.Int {
		n := new(big.Int).Mul(v, new(big.Int).SetUint64(100+pct))
		n.Add(n, big.NewInt(99))
		return n.Div(n, big.NewInt(100))
	}
	tip := up(old.Tip, p.BumpPercent)
	feeCap := up(old.Cap, p.BumpPercent)
	if fresh.Tip != nil && fresh.Tip.Cmp(tip) > 0 {
		tip.Set(fresh.Tip)
	}
	if fresh.Cap != nil && fresh.Cap.Cmp(feeCap) > 0 {
		feeCap.Set(fresh.Cap)
	}
	if tip.Cmp(p.MaxTip) > 0 {
		tip.Set(p.MaxTip)
	}
	if feeCap.Cmp(p.MaxFeeCap) > 0 {
		feeCap.Set(p.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip.Set(feeCap)
	}
	if tip.Cmp(up(old.Tip, 10)) < 0 || feeCap.Cmp(up(old.Cap, 10)) < 0 {
		return Fees{}, fmt.Errorf("%w: cannot raise %s by 10%% within MaxFeeCap %s / MaxTip %s", ErrFeeCapReached, old, p.MaxFeeCap, p.MaxTip)
	}
	return Fees{Tip: tip, Cap: feeCap}, nil
}
