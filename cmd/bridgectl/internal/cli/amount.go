package cli

import (
	"fmt"
	"math/big"
	"strings"
)

// parseAmount reads a decimal amount ("1.5") in units of an asset with
// `decimals` decimals and returns base units; more fractional digits than
// the asset has, zero, negative or junk is ErrAmount.
func parseAmount(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("%w: --amount is required, e.g. --amount 1.5", ErrAmount)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" {
		whole = "0"
	}
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%w: %q has %d decimals, the asset has %d", ErrAmount, s, len(frac), decimals)
	}
	for _, r := range whole + frac {
		if r < '0' || r > '9' {
			return nil, fmt.Errorf("%w: %q is not a positive decimal number", ErrAmount, s)
		}
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("%w: %q must be more than zero", ErrAmount, s)
	}
	return v, nil
}

// formatAmount writes base units v as a decimal with `decimals` places,
// trailing zeros trimmed.
func formatAmount(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if d := int(decimals); d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		s = s[:len(s)-d] + "." + s[len(s)-d:]
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}
