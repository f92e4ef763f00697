package main

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"
)

func TestFmtTST(t *testing.T) {
	tests := []struct {
		name string
		in   *big.Int
		want string
	}{
		{"zero", big.NewInt(0), "0"},
		{"whole", e18(5), "5"},
		{"fraction", new(big.Int).Add(e18(2), big.NewInt(5e17)), "2.5"},
		{"one wei", big.NewInt(1), "0.000000000000000001"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmtTST(tc.in); got != tc.want {
				t.Fatalf("fmtTST(%s) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestBar(t *testing.T) {
	tests := []struct {
		name  string
		n, of int
		want  string
	}{
		{"empty", 0, 2, "[--------------------]"},
		{"half", 1, 2, "[##########----------]"},
		{"full", 2, 2, "[####################]"},
		{"over", 3, 2, "[####################]"},
		{"zero of", 1, 0, "[####################]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bar(tc.n, tc.of); got != tc.want {
				t.Fatalf("bar(%d, %d) = %q, want %q", tc.n, tc.of, got, tc.want)
			}
		})
	}
}

func TestReporter(t *testing.T) {
	var text, js bytes.Buffer
	(&reporter{w: &text, began: time.Now()}).step("lock", "locked 5 TST", map[string]any{"tx": "0x01"})
	if got := text.String(); !strings.Contains(got, "lock      locked 5 TST") || strings.Contains(got, "0x01") {
		t.Fatalf("text step = %q", got)
	}
	(&reporter{w: &js, json: true, began: time.Now()}).step("lock", "locked 5 TST", map[string]any{"tx": "0x01"})
	var obj map[string]any
	if err := json.Unmarshal(js.Bytes(), &obj); err != nil {
		t.Fatalf("json step %q: %v", js.String(), err)
	}
	if obj["step"] != "lock" || obj["msg"] != "locked 5 TST" || obj["tx"] != "0x01" || obj["at"] == nil {
		t.Fatalf("json step = %v", obj)
	}
}
