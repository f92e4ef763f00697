package btcroute

import (
	"context"
	"fmt"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/relay"
)

// ErrNotPayoutable is returned (wrapping relay.ErrLimit, so the signer
// refuses rather than retries) for a burn towards Bitcoin whose
// recipient is not a standard output script or whose amount does not
// fit a transaction output or is below the dust limit of its script.
var ErrNotPayoutable = fmt.Errorf("%w: burn cannot be paid out on bitcoin", relay.ErrLimit)

// NetPolicy is the relay Policy for a deployment with a Bitcoin chain: a
// deposit on Chain is authorized (limits checked, mint signed) for its
// amount net of Fee; a burn towards Chain is refused (ErrNotPayoutable)
// unless its recipient is a standard output script and its amount fits
// an output at or above the script's dust limit; every other event goes to Policy unchanged. The
// signer hands it the event as re-read from its own node, so the net
// amount is computed from the chain, never from the bus.
type NetPolicy struct {
	Policy relay.Policy
	Chain  chains.ChainID
	Fee    bitcoin.DepositFee
}

// Authorization implements relay.Policy.
func (p NetPolicy) Authorization(ctx context.Context, ev chains.Event) (relay.Authorization, error) {
	if ev.Kind == chains.KindBurned && ev.DstChain == p.Chain {
		// A burn towards Bitcoin is paid to its recipient script: refuse
		// for good (not retry) one no payout can carry.
		if err := bitcoin.CheckStandardPayment(ev.Recipient); err != nil {
			return relay.Authorization{}, fmt.Errorf("%w: burn %s to bitcoin: recipient %x: %w", ErrNotPayoutable, ev.TransferID, ev.Recipient, err)
		}
		if ev.Amount == nil || !ev.Amount.IsInt64() {
			return relay.Authorization{}, fmt.Errorf("%w: burn %s to bitcoin: amount %v sat", ErrNotPayoutable, ev.TransferID, ev.Amount)
		}
		// Below the script's dust limit even a payout charging it no fee
		// could not carry it.
		if d := bitcoin.DustLimit(ev.Recipient); ev.Amount.Int64() < d {
			return relay.Authorization{}, fmt.Errorf("%w: burn %s to bitcoin: amount %v sat is below the %d sat dust limit of its script", ErrNotPayoutable, ev.TransferID, ev.Amount, d)
		}
	}
	if ev.Ref.Chain == p.Chain && ev.Kind == chains.KindLocked {
		net, err := p.Fee.Net(ev.Amount)
		if err != nil {
			return relay.Authorization{}, fmt.Errorf("%w: deposit %s: %w", relay.ErrLimit, ev.Ref, err)
		}
		ev.Amount = net
	}
	return p.Policy.Authorization(ctx, ev)
}

// Charge implements relay.WindowPolicy by passing on to Policy.
func (p NetPolicy) Charge(id chains.TransferID) {
	if w, ok := p.Policy.(relay.WindowPolicy); ok {
		w.Charge(id)
	}
}

// Release implements relay.WindowPolicy by passing on to Policy.
func (p NetPolicy) Release(id chains.TransferID) {
	if w, ok := p.Policy.(relay.WindowPolicy); ok {
		w.Release(id)
	}
}

// SetChainPaused implements relay.ChainPauser by passing on to Policy.
func (p NetPolicy) SetChainPaused(chain chains.ChainID, paused bool) {
	if c, ok := p.Policy.(relay.ChainPauser); ok {
		c.SetChainPaused(chain, paused)
	}
}
