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
		{"btc", "kkh.btc.sweep.prop.18444", "kkh.btc." + tok + ".sweep.prop.18444", "kkh.btc.sweep.prop.18444", "kkh.btc.*.sweep.prop.18444"},
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
