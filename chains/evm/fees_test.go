package evm

import (
	"errors"
	"math/big"
	"testing"
)

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func TestFeePolicyPrice(t *testing.T) {
	p := FeePolicy{MaxFeeCap: gwei(100), MaxTip: gwei(5), MinTip: gwei(1)}
	if err := p.validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name          string
		base, suggest *big.Int
		tip, cap      *big.Int
		err           error
	}{
		{"normal: 2x base + tip", gwei(10), gwei(2), gwei(2), gwei(22), nil},
		{"tip raised to MinTip", gwei(10), big.NewInt(0), gwei(1), gwei(21), nil},
		{"tip clamped to MaxTip", gwei(10), gwei(50), gwei(5), gwei(25), nil},
		{"cap clamped to MaxFeeCap", gwei(60), gwei(2), gwei(2), gwei(100), nil},
		{"base fee above cap", gwei(100), gwei(2), nil, nil, ErrFeeCapReached},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := p.Price(tc.base, tc.suggest)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if tc.err == nil && (f.Tip.Cmp(tc.tip) != 0 || f.Cap.Cmp(tc.cap) != 0) {
				t.Fatalf("got %s, want tip=%s cap=%s", f, tc.tip, tc.cap)
			}
		})
	}
}

func TestFeePolicyBump(t *testing.T) {
	p := FeePolicy{MaxFeeCap: gwei(100)}
	if err := p.validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		old, fresh Fees
		tip, cap   *big.Int
		err        error
	}{
		{"plus 20%", Fees{gwei(2), gwei(20)}, Fees{gwei(1), gwei(10)}, big.NewInt(2.4e9), gwei(24), nil},
		{"fresh price higher than the bump", Fees{gwei(2), gwei(20)}, Fees{gwei(3), gwei(50)}, gwei(3), gwei(50), nil},
		{"capped but still +10%", Fees{gwei(2), gwei(90)}, Fees{}, big.NewInt(2.4e9), gwei(100), nil},
		{"no room for +10%", Fees{gwei(2), gwei(95)}, Fees{}, nil, nil, ErrFeeCapReached},
		{"rounds up", Fees{big.NewInt(1), big.NewInt(7)}, Fees{}, big.NewInt(2), big.NewInt(9), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := p.Bump(tc.old, tc.fresh)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if tc.err == nil && (f.Tip.Cmp(tc.tip) != 0 || f.Cap.Cmp(tc.cap) != 0) {
				t.Fatalf("got %s, want tip=%s cap=%s", f, tc.tip, tc.cap)
			}
		})
	}
}

func TestFeePolicyValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    FeePolicy
	}{
		{"no cap", FeePolicy{}},
		{"bump below 10%", FeePolicy{MaxFeeCap: gwei(1), BumpPercent: 5}},
		{"min tip above max tip", FeePolicy{MaxFeeCap: gwei(10), MinTip: gwei(3), MaxTip: gwei(2)}},
		{"max tip above cap", FeePolicy{MaxFeeCap: gwei(10), MaxTip: gwei(20)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.p.validate(); !errors.Is(err, ErrConfig) {
				t.Fatalf("got %v, want ErrConfig", err)
			}
		})
	}
}
