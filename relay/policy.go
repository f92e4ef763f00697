package relay

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/kakehashi/kakehashi/chains"
)

// Asset is an asset definition as the policy needs it (DESIGN §2.1): its
// home chain, the chains where a wrapped token exists, and its limits.
type Asset struct {
	ID        chains.AssetID
	HomeChain chains.ChainID
	// Wrapped lists the chains where the asset circulates as a wrapped token.
	Wrapped []chains.ChainID
	// MinAmount and MaxAmount bound one transfer (nil: no bound).
	MinAmount, MaxAmount *big.Int
	// WindowLimit bounds the sum authorized over any Window (nil: none).
	WindowLimit *big.Int
	Window      time.Duration
	Paused      bool
}

// AssetTable is an in-memory WindowPolicy: asset definitions, routes,
// per-transfer and per-window limits, and pause flags. The audit chain's
// DEFINE, PAUSE and RESUME records are meant to feed it (Define,
// SetPaused).
//
// The window is charged once per transfer id, when the signer has signed
// it (Charge); Authorization only holds the amount while the signer works
// on it, so concurrent transfers cannot overshoot the limit together. A
// transfer already charged or held passes the window check again at no
// cost: re-publishing a finished event cannot use up an asset's window
// and make honest signers refuse new transfers.
type AssetTable struct {
	now func() time.Time

	mu      sync.Mutex
	assets  map[chains.AssetID]Asset
	spent   map[chains.AssetID][]spend // charged, oldest first
	charged map[chains.TransferID]bool // the transfers in spent
	held    map[chains.TransferID]spend
	// pausedChains are chains whose bridge is paused on chain: no
	// transfer from or to them is authorized until it resumes.
	pausedChains map[chains.ChainID]bool
}

type spend struct {
	id    chains.TransferID
	asset chains.AssetID
	at    time.Time
	amt   *big.Int
}

// NewAssetTable returns a table holding the given definitions.
func NewAssetTable(assets ...Asset) (*AssetTable, error) {
	t := &AssetTable{now: time.Now, assets: map[chains.AssetID]Asset{}, spent: map[chains.AssetID][]spend{},
		charged: map[chains.TransferID]bool{}, held: map[chains.TransferID]spend{}, pausedChains: map[chains.ChainID]bool{}}
	for _, a := range assets {
		if err := t.Define(a); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Define adds or replaces an asset definition.
func (t *AssetTable) Define(a Asset) error {
	switch {
	case a.HomeChain == 0:
		return fmt.Errorf("%w: asset %s without a home chain", ErrConfig, a.ID)
	case len(a.Wrapped) == 0:
		return fmt.Errorf("%w: asset %s has no wrapped chain", ErrConfig, a.ID)
	case slices.Contains(a.Wrapped, a.HomeChain):
		return fmt.Errorf("%w: asset %s lists its home chain %d as wrapped", ErrConfig, a.ID, a.HomeChain)
	case a.WindowLimit != nil && a.Window <= 0:
		return fmt.Errorf("%w: asset %s has a window limit without a window", ErrConfig, a.ID)
	case a.MinAmount != nil && a.MaxAmount != nil && a.MinAmount.Cmp(a.MaxAmount) > 0:
		return fmt.Errorf("%w: asset %s minimum above maximum", ErrConfig, a.ID)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.assets[a.ID] = a
	return nil
}

// SetPaused pauses or resumes an asset.
func (t *AssetTable) SetPaused(id chains.AssetID, paused bool) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	a, ok := t.assets[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownAsset, id)
	}
	a.Paused = paused
	t.assets[id] = a
	return nil
}

// SetChainPaused implements ChainPauser: while a chain's bridge is paused,
// transfers from or to it are refused with ErrPaused (retried later).
func (t *AssetTable) SetChainPaused(chain chains.ChainID, paused bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if paused {
		t.pausedChains[chain] = true
	} else {
		delete(t.pausedChains, chain)
	}
}

// Authorization implements Policy: a Locked event on the home chain mints
// on a wrapped chain; a Burned event on a wrapped chain unlocks on the home
// chain or mints on another wrapped chain.
func (t *AssetTable) Authorization(_ context.Context, ev chains.Event) (Authorization, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	a, ok := t.assets[ev.AssetID]
	if !ok {
		return Authorization{}, fmt.Errorf("%w: asset %s is not defined", ErrUnknownAsset, ev.AssetID)
	}
	if a.Paused {
		return Authorization{}, fmt.Errorf("%w: asset %s", ErrPaused, ev.AssetID)
	}
	for _, c := range []chains.ChainID{ev.Ref.Chain, ev.DstChain} {
		if t.pausedChains[c] {
			return Authorization{}, fmt.Errorf("%w: the bridge on chain %d is paused", ErrPaused, c)
		}
	}
	src, dst := ev.Ref.Chain, ev.DstChain
	wrapped := func(c chains.ChainID) bool { return slices.Contains(a.Wrapped, c) }
	var act Action
	switch {
	case ev.Kind == chains.KindLocked && src == a.HomeChain && wrapped(dst):
		act = ActionMint
	case ev.Kind == chains.KindBurned && wrapped(src) && dst == a.HomeChain:
		act = ActionUnlock
	case ev.Kind == chains.KindBurned && wrapped(src) && wrapped(dst) && src != dst:
		act = ActionMint
	default:
		return Authorization{}, fmt.Errorf("%w: %s of asset %s from chain %d to %d", ErrUnknownAsset, ev.Kind, ev.AssetID, src, dst)
	}
	if ev.Amount == nil || ev.Amount.Sign() <= 0 {
		return Authorization{}, fmt.Errorf("%w: amount must be positive", ErrLimit)
	}
	if a.MinAmount != nil && ev.Amount.Cmp(a.MinAmount) < 0 {
		return Authorization{}, fmt.Errorf("%w: amount %s below minimum %s", ErrLimit, ev.Amount, a.MinAmount)
	}
	if a.MaxAmount != nil && ev.Amount.Cmp(a.MaxAmount) > 0 {
		return Authorization{}, fmt.Errorf("%w: amount %s above maximum %s", ErrLimit, ev.Amount, a.MaxAmount)
	}
	if a.WindowLimit != nil {
		if err := t.holdLocked(a, ev); err != nil {
			return Authorization{}, err
		}
	}
	au := Authorization{
		Action: act, TransferID: ev.TransferID, Source: ev.Ref, Nonce: ev.Nonce, DstChain: dst,
		AssetID: ev.AssetID, Amount: new(big.Int).Set(ev.Amount), Recipient: append([]byte(nil), ev.Recipient...),
	}
	if act == ActionMint {
		au.Deadline = ev.Deadline
	}
	return au, nil
}

// holdLocked checks that ev fits a's window and holds its amount until
// Charge or Release. A transfer charged in the window or held already
// passes at no cost. The caller holds mu.
func (t *AssetTable) holdLocked(a Asset, ev chains.Event) error {
	now := t.now()
	spent := t.spent[a.ID]
	for len(spent) > 0 && now.Sub(spent[0].at) >= a.Window {
		delete(t.charged, spent[0].id)
		spent = spent[1:]
	}
	t.spent[a.ID] = spent
	if _, ok := t.held[ev.TransferID]; ok || t.charged[ev.TransferID] {
		return nil
	}
	sum := new(big.Int)
	for _, s := range spent {
		sum.Add(sum, s.amt)
	}
	for _, h := range t.held {
		if h.asset == a.ID {
			sum.Add(sum, h.amt)
		}
	}
	if new(big.Int).Add(sum, ev.Amount).Cmp(a.WindowLimit) > 0 {
		return fmt.Errorf("%w: %s in the last %s (signed or being signed) plus %s exceeds %s", ErrRateLimited, sum, a.Window, ev.Amount, a.WindowLimit)
	}
	t.held[ev.TransferID] = spend{id: ev.TransferID, asset: a.ID, amt: new(big.Int).Set(ev.Amount)}
	return nil
}

// Charge implements WindowPolicy: the transfer's held amount counts
// against its asset's window from now on. Charging a transfer twice, or
// one that was not held, does nothing.
func (t *AssetTable) Charge(id chains.TransferID) {
	t.mu.Lock()
	defer t.mu.Unlock()
	h, ok := t.held[id]
	if !ok {
		return
	}
	delete(t.held, id)
	h.at = t.now()
	t.spent[h.asset] = append(t.spent[h.asset], h)
	t.charged[id] = true
}

// Release implements WindowPolicy: a transfer held but not signed frees
// its amount.
func (t *AssetTable) Release(id chains.TransferID) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.held, id)
}
