package ledger

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

func TestAssetTable(t *testing.T) {
	raised := map[chains.AssetID]Limits{ledgertest.AssetID: {MaxPerTransfer: big.NewInt(5000), Capacity: big.NewInt(10_000), Window: 3600}}
	withMin := map[chains.AssetID]Limits{ledgertest.AssetID: {MinPerTransfer: big.NewInt(50), MaxPerTransfer: big.NewInt(1000), Capacity: big.NewInt(10_000), Window: 3600}}
	for _, tc := range []struct {
		name    string
		current map[chains.AssetID]Limits
		ev      chains.Event
		want    error
	}{
		{"lock to wrapped chain", nil, ledgertest.Lock(1, 100), nil},
		{"over maxPerTransfer", nil, ledgertest.Lock(2, 1001), relay.ErrLimit},
		{"limit raised on chain since the deployment", raised, ledgertest.Lock(2, 1001), nil},
		{"over the raised limit", raised, ledgertest.Lock(2, 5001), relay.ErrLimit},
		{"below the bridge's minimum (minPerTransfer)", withMin, ledgertest.Lock(2, 49), relay.ErrLimit},
		{"at the bridge's minimum", withMin, ledgertest.Lock(2, 50), nil},
		{"to a chain without a wrapped token", nil, func() chains.Event { e := ledgertest.Lock(3, 1); e.DstChain = chains.DevnetC; return e }(), relay.ErrUnknownAsset},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tbl, err := AssetTable(ledgertest.Deployment(), tc.current)
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
