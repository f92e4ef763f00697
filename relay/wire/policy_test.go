package wire

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay"
)

func TestPolicy(t *testing.T) {
	raised := map[chains.AssetID]Limits{assetID: {MaxPerTransfer: big.NewInt(5000), Capacity: big.NewInt(10_000), Window: 3600}}
	for _, tc := range []struct {
		name    string
		current map[chains.AssetID]Limits
		ev      chains.Event
		want    error
	}{
		{"lock to wrapped chain", nil, lockEvent(1, 100), nil},
		{"over maxPerTransfer", nil, lockEvent(2, 1001), relay.ErrLimit},
		{"limit raised on chain since the deployment", raised, lockEvent(2, 1001), nil},
		{"over the raised limit", raised, lockEvent(2, 5001), relay.ErrLimit},
		{"to a chain without a wrapped token", nil, func() chains.Event { e := lockEvent(3, 1); e.DstChain = chains.DevnetC; return e }(), relay.ErrUnknownAsset},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tbl, err := Policy(testDeployment(), tc.current)
			if err != nil {
				t.Fatal(err)
			}
			au, err := tbl.Authorization(context.Background(), tc.ev)
			if tc.want == nil && (err != nil || au.Action != relay.ActionMint || au.DstChain != chains.DevnetB) || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Authorization = %+v, %v; want %v", au, err, tc.want)
			}
		})
	}
}
