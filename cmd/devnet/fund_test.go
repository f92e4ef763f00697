package main

import (
	"errors"
	"testing"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

func TestParseFund(t *testing.T) {
	desc := &devnet.Description{
		BTC: &devnet.BTCNode{ChainID: 18444},
		EVM: []devnet.EVMNode{{ChainID: 31337}, {ChainID: 31338}, {ChainID: 31339}},
	}
	const evm, btc = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "bcrt1q4aktdvkytlu79r5qfq49dc587ktrrktwequ7hc"
	tests := []struct {
		name             string
		desc             *devnet.Description
		addr, chain, amt string
		wantErr          bool
		wantChains       int
		wantAmount       string
	}{
		{"ETH on every chain by default", desc, evm, "", "", false, 3, "10000000000000000000"},
		{"ETH on B by name", desc, evm, "b", "2.5", false, 1, "2500000000000000000"},
		{"ETH on C by id", desc, evm, "31339", "1", false, 1, "1000000000000000000"},
		{"unknown chain", desc, evm, "Q", "", true, 0, ""},
		{"BTC default amount", desc, btc, "", "", false, 0, "100000000"},
		{"BTC with --chain BTC", desc, btc, "BTC", "0.5", false, 0, "50000000"},
		{"BTC with an EVM chain", desc, btc, "A", "", true, 0, ""},
		{"mainnet address", desc, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "", "", true, 0, ""},
		{"garbage address", desc, "hello", "", "", true, 0, ""},
		{"negative amount", desc, evm, "", "-1", true, 0, ""},
		{"too many BTC decimals", desc, btc, "", "0.000000001", true, 0, ""},
		{"exponent", desc, evm, "", "1e3", true, 0, ""},
		{"no btcd", &devnet.Description{EVM: desc.EVM}, btc, "", "", true, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := parseFund(tc.desc, tc.addr, tc.chain, tc.amt)
			if tc.wantErr {
				if !errors.Is(err, errFund) {
					t.Fatalf("err %v, want errFund", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(req.chains) != tc.wantChains || req.amount.String() != tc.wantAmount {
				t.Fatalf("chains %v amount %s, want %d chains, %s", req.chains, req.amount, tc.wantChains, tc.wantAmount)
			}
		})
	}
}
