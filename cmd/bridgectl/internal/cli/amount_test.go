package cli

import (
	"errors"
	"math/big"
	"testing"
)

func TestParseAmount(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in       string
		decimals uint8
		want     string
		err      error
	}{
		{"whole", "2", 8, "200000000", nil},
		{"fraction", "1.5", 18, "1500000000000000000", nil},
		{"leading dot", ".25", 2, "25", nil},
		{"all decimals", "0.00000001", 8, "1", nil},
		{"too many decimals", "0.000000001", 8, "", ErrAmount},
		{"zero", "0", 8, "", ErrAmount},
		{"negative", "-1", 8, "", ErrAmount},
		{"junk", "1e5", 8, "", ErrAmount},
		{"empty", "", 8, "", ErrAmount},
		{"two dots", "1.2.3", 8, "", ErrAmount},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseAmount(tc.in, tc.decimals)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil || got.String() != tc.want {
				t.Fatalf("got %v %v, want %s", got, err, tc.want)
			}
		})
	}
}

func TestFormatAmount(t *testing.T) {
	for _, tc := range []struct {
		v        int64
		decimals uint8
		want     string
	}{
		{150000000, 8, "1.5"}, {1, 8, "0.00000001"}, {100, 0, "100"}, {0, 18, "0"}, {200000000, 8, "2"},
	} {
		if got := formatAmount(big.NewInt(tc.v), tc.decimals); got != tc.want {
			t.Errorf("formatAmount(%d, %d) = %s, want %s", tc.v, tc.decimals, got, tc.want)
		}
	}
}
