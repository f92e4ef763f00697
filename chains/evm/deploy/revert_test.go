package deploy

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/kakehashi/kakehashi/contracts/bindings"
)

type dataError struct{ data string }

func (e dataError) Error() string          { return "execution reverted" }
func (e dataError) ErrorData() interface{} { return e.data }

func TestDecodeRevert(t *testing.T) {
	parsed, err := bindings.BridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	e := parsed.Errors["AmountAboveLimit"]
	args, err := e.Inputs.Pack(big.NewInt(5), big.NewInt(3))
	if err != nil {
		t.Fatal(err)
	}
	paused := parsed.Errors["BridgePaused"]
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"with arguments", fmt.Errorf("estimate: %w", dataError{hexutil.Encode(append(e.ID[:4], args...))}), "AmountAboveLimit(amount=5, maxPerTransfer=3)"},
		{"no arguments", dataError{hexutil.Encode(paused.ID[:4])}, "BridgePaused()"},
		{"unknown selector", dataError{"0xdeadbeef"}, ""},
		{"short data", dataError{"0x01"}, ""},
		{"no data", errors.New("connection refused"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := RevertReason(tc.err)
			if ok != (tc.want != "") || got != tc.want {
				t.Fatalf("RevertReason = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
	// Send keeps the node's error for DecodeRevert under ErrReverted.
	wrapped := &revertedError{msg: "x", errs: []error{ErrReverted, dataError{hexutil.Encode(paused.ID[:4])}}}
	if !errors.Is(wrapped, ErrReverted) {
		t.Fatal("not ErrReverted")
	}
	if r, ok := DecodeRevert(wrapped); !ok || r.Name != "BridgePaused" {
		t.Fatalf("DecodeRevert through the wrapper: %v %v", r, ok)
	}
}
