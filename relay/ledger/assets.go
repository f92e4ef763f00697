package ledger

import (
	"fmt"
	"math/big"
	"time"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// Limits are an asset's limits as one bridge enforces them now.
type Limits struct {
	MinPerTransfer, MaxPerTransfer, Capacity *big.Int
	Window                                   uint32
}

// AssetTable returns the relay's asset table (its Policy) for a deployment: every asset
// with its home chain, the chains where it has a wrapped token, its
// per-transfer minimum and maximum and, when the asset has a rate limit, its capacity
// per window (the bridges enforce the same limits on chain; the table
// makes the signers stop early instead of signing what would revert).
// current, when it has an entry for an asset, overrides the deployment's
// limits with those read from a bridge (evmroute.Route.AssetLimits).
func AssetTable(d *deployment.Deployment, current map[chains.AssetID]Limits) (*relay.AssetTable, error) {
	var assets []relay.Asset
	for _, as := range d.Assets {
		if l, ok := current[as.ID]; ok {
			as.MaxPerTransfer, as.Capacity, as.Window = deployment.NewAmount(l.MaxPerTransfer), deployment.NewAmount(l.Capacity), l.Window
			if l.MinPerTransfer != nil {
				as.MinPerTransfer = deployment.NewAmount(l.MinPerTransfer)
			}
		}
		a := relay.Asset{ID: as.ID, HomeChain: as.HomeChain}
		for _, t := range as.Tokens {
			if t.Kind == deployment.TokenWrapped {
				a.Wrapped = append(a.Wrapped, t.Chain)
			}
		}
		if len(a.Wrapped) == 0 {
			continue // defined nowhere but its home: nothing to relay
		}
		if m := as.MaxPerTransfer.Big(); m.Sign() > 0 {
			a.MaxAmount = m
		}
		if m := as.MinPerTransfer.Big(); m.Sign() > 0 {
			a.MinAmount = m // a dust burn toward Bitcoin would stop every payout (issue 13, H1)
		}
		if c := as.Capacity.Big(); c.Sign() > 0 && as.Window > 0 {
			a.WindowLimit, a.Window = c, time.Duration(as.Window)*time.Second
		}
		assets = append(assets, a)
	}
	t, err := relay.NewAssetTable(assets...)
	if err != nil {
		return nil, fmt.Errorf("ledger: deployment assets: %w", err)
	}
	return t, nil
}
