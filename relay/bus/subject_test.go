package bus

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestWireSubject(t *testing.T) {
	op := common.HexToAddress("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4")
	tok := "5b38da6a701c568545dcfcb03fcb875f56beddc4"
	for _, tc := range []struct{ name, logical, wire, filter, wideFilter string }{
		{"event", "kkh.event.31337.Locked", "kkh.event." + tok + ".31337.Locked", "kkh.event.*.Locked", "kkh.event.*.*.Locked"},
		{"share", "kkh.share.2", "kkh.share." + tok + ".2", "kkh.share.>", "kkh.share.*.>"},
		{"proposal", "kkh.proposal.18444", "kkh.proposal." + tok + ".18444", "kkh.proposal.18444", "kkh.proposal.*.18444"},
		{"two tokens", "kkh.audit", "kkh.audit." + tok, "kkh.>", "kkh.>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := WireSubject(tc.logical, op); got != tc.wire {
				t.Errorf("WireSubject = %q, want %q", got, tc.wire)
			}
			if got := WireFilter(tc.filter); got != tc.wideFilter {
				t.Errorf("WireFilter = %q, want %q", got, tc.wideFilter)
			}
			s, k, err := splitWire(tc.wire)
			if err != nil || s != tc.logical || k != tok {
				t.Errorf("splitWire = %q, %q, %v", s, k, err)
			}
		})
	}
	if _, _, err := splitWire("kkh.event.31337.Locked"); err == nil {
		t.Error("a subject without an operator token was accepted")
	}
}

func TestKnownDurable(t *testing.T) {
	op := common.HexToAddress("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4")
	other := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	for _, tc := range []struct {
		name string
		dur  string
		want bool
	}{
		{"signer", DurableName("signer", op), true},
		{"coordinator shares", DurableName("coordinator-31337-shares", op), true},
		{"batch shares", DurableName("coordinator-18444-bshares", op), true},
		{"no role of its own for sweeps", DurableName("btc-sweep-collect-18444", op), false},
		{"another operator's", DurableName("signer", other), false},
		{"unknown role", DurableName("tracker", op), false},
		{"no chain id", DurableName("coordinator--shares", op), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := knownDurable(tc.dur, op); got != tc.want {
				t.Errorf("knownDurable(%q) = %v, want %v", tc.dur, got, tc.want)
			}
		})
	}
	for _, r := range ConsumerRoles([]uint64{1, 2}) {
		if !knownDurable(DurableName(r, op), op) {
			t.Errorf("ConsumerRoles gives %q, which knownDurable refuses", r)
		}
	}
}
