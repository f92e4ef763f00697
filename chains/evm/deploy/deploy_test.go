package deploy

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestBridgeConfigValidate(t *testing.T) {
	a1, a2, a3 := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	for _, tc := range []struct {
		name string
		cfg  BridgeConfig
		ok   bool
	}{
		{"2 of 3", BridgeConfig{Signers: []common.Address{a3, a1, a2}, Threshold: 2}, true},
		{"1 of 1", BridgeConfig{Signers: []common.Address{a1}, Threshold: 1}, true},
		{"no signers", BridgeConfig{Threshold: 1}, false},
		{"not a majority", BridgeConfig{Signers: []common.Address{a1, a2}, Threshold: 1}, false},
		{"above n", BridgeConfig{Signers: []common.Address{a1}, Threshold: 2}, false},
		{"duplicate", BridgeConfig{Signers: []common.Address{a1, a1, a2}, Threshold: 2}, false},
		{"zero address", BridgeConfig{Signers: []common.Address{{}, a1, a2}, Threshold: 2}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if tc.ok != (err == nil) || (err != nil && !errors.Is(err, ErrConfig)) {
				t.Fatalf("Validate = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}
