package evmroute

import (
	"errors"
	"fmt"
	"testing"

	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/relay"
)

// Reverts tied to the items make the coordinator split the batch
// (relay.ErrRejected); a paused bridge, the epoch, the signatures and
// anything that is not a revert are retried whole.
func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err      error
		rejected bool
	}{
		{fmt.Errorf("mintBatch: %w", &evm.RevertError{Name: "NativeTransferFailed"}), true},
		{&evm.RevertError{Name: "RateLimited"}, true},
		{&evm.RevertError{Reason: "ERC20: blocked recipient"}, true},
		{&evm.RevertError{Name: "BridgePaused"}, false},
		{&evm.RevertError{Name: "WrongEpoch"}, false},
		{&evm.RevertError{Name: "InvalidSignature"}, false},
		{&evm.RevertError{Name: "InsufficientGas"}, false},
		{fmt.Errorf("send: %w", evm.ErrUnavailable), false},
		{evm.ErrInsufficientFunds, false},
	} {
		got := classify(tc.err)
		if errors.Is(got, relay.ErrRejected) != tc.rejected || !errors.Is(got, tc.err) {
			t.Errorf("classify(%v) = %v, want rejected=%v and the cause kept", tc.err, got, tc.rejected)
		}
	}
}
