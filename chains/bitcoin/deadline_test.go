package bitcoin

import (
	"errors"
	"testing"
	"time"
)

func TestMintDeadline(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	devnet := DeadlineRule{MinBlockInterval: time.Second, HeaderSkew: 30 * time.Second}
	for _, tc := range []struct {
		name     string
		rule     DeadlineRule
		locktime uint32
		cutoff   uint32
		height   int64
		want     uint64
	}{
		{"defaults: 60 s per block, 2 h skew", DeadlineRule{}, 1144, 72, 100, 1_700_000_000 - 7200 + (1144-72-100)*60},
		{"devnet: a default deposit (144 blocks, cutoff 10)", devnet, 244, 10, 101, 1_700_000_000 - 30 + 133},
		{"no block left before the cutoff", devnet, 110, 10, 100, 1},
		{"the skew eats the window", devnet, 130, 10, 100, 1_700_000_000 - 30 + 20},
		{"more skew than window: expired", DeadlineRule{MinBlockInterval: time.Second, HeaderSkew: 2_000_000_000 * time.Second}, 130, 10, 100, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rule.MintDeadline(tc.locktime, tc.cutoff, tc.height, at); got != tc.want {
				t.Fatalf("deadline %d, want %d", got, tc.want)
			}
		})
	}
}

// A mint landing at its deadline lands before the refund can confirm as
// long as blocks come no faster than MinBlockInterval and the deposit
// block's time is at most HeaderSkew ahead of the clock.
func TestMintDeadlineBeforeRefund(t *testing.T) {
	r := DeadlineRule{MinBlockInterval: 60 * time.Second, HeaderSkew: 2 * time.Hour}
	const height, locktime, cutoff = 800_000, 801_008, 72
	for _, ahead := range []time.Duration{0, time.Hour, 2 * time.Hour} {
		blockTime := time.Unix(1_700_000_000, 0)
		realTime := blockTime.Add(-ahead) // the header claimed a time `ahead` in the future
		d := r.MintDeadline(locktime, cutoff, height, blockTime)
		// The refund confirms at the earliest in block locktime + 1, mined
		// (locktime + 1 − height) × 60 s after the deposit block at best.
		earliestRefund := realTime.Add(time.Duration(locktime+1-height) * r.MinBlockInterval)
		if int64(d) >= earliestRefund.Unix() {
			t.Fatalf("header %s ahead: deadline %d not before the earliest refund %d", ahead, d, earliestRefund.Unix())
		}
	}
}

func TestCheckStandardPaymentUnspendable(t *testing.T) {
	rep := func(b byte, n int) []byte {
		out := make([]byte, n)
		for i := range out {
			out[i] = b
		}
		return out
	}
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	p := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xfc, 0x2f}
	pMinus1 := append([]byte(nil), p...)
	pMinus1[31]--
	for _, tc := range []struct {
		name string
		pk   []byte
		want error // nil, ErrUnspendableScript or ErrNonStandardScript
	}{
		{"P2WPKH", cat([]byte{0x00, 0x14}, rep(0x11, 20)), nil},
		{"P2WSH", cat([]byte{0x00, 0x20}, rep(0x11, 32)), nil},
		{"P2TR", cat([]byte{0x51, 0x20}, rep(0x11, 32)), nil},
		{"P2TR x = p - 1", cat([]byte{0x51, 0x20}, pMinus1), nil},
		{"P2PKH", cat([]byte{0x76, 0xa9, 0x14}, rep(0x11, 20), []byte{0x88, 0xac}), nil},
		{"P2SH", cat([]byte{0xa9, 0x14}, rep(0x11, 20), []byte{0x87}), nil},
		{"P2WPKH zero hash", cat([]byte{0x00, 0x14}, rep(0, 20)), ErrUnspendableScript},
		{"P2WSH zero hash", cat([]byte{0x00, 0x20}, rep(0, 32)), ErrUnspendableScript},
		{"P2TR x = 0", cat([]byte{0x51, 0x20}, rep(0, 32)), ErrUnspendableScript},
		{"P2TR x = p", cat([]byte{0x51, 0x20}, p), ErrUnspendableScript},
		{"P2TR x = 2^256 - 1", cat([]byte{0x51, 0x20}, rep(0xff, 32)), ErrUnspendableScript},
		{"P2PKH zero hash", cat([]byte{0x76, 0xa9, 0x14}, rep(0, 20), []byte{0x88, 0xac}), ErrUnspendableScript},
		{"P2SH zero hash", cat([]byte{0xa9, 0x14}, rep(0, 20), []byte{0x87}), ErrUnspendableScript},
		{"OP_RETURN", []byte{0x6a, 0x01, 0x01}, ErrNonStandardScript},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckStandardPayment(tc.pk)
			switch {
			case tc.want == nil && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Fatalf("err = %v, want %v", err, tc.want)
			case tc.want == ErrUnspendableScript && !errors.Is(err, ErrNonStandardScript):
				t.Fatalf("ErrUnspendableScript does not wrap ErrNonStandardScript: %v", err)
			}
		})
	}
}
