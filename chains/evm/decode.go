package evm

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// Event signatures (topic 0) of the bridge, from the generated ABI.
var (
	TopicLocked   = bridgeABI.Events["Locked"].ID
	TopicBurned   = bridgeABI.Events["Burned"].ID
	TopicMinted   = bridgeABI.Events["Minted"].ID
	TopicUnlocked = bridgeABI.Events["Unlocked"].ID
	TopicRefunded = bridgeABI.Events["Refunded"].ID
	// TopicCancelled: the quorum set a source event's replay bit here
	// without executing it (Bridge.cancel).
	TopicCancelled = bridgeABI.Events["Cancelled"].ID
)

// adminEvents are the bridge's administrative and payment-bookkeeping
// events, reported as KindAdmin with the event rendered in Reason.
var adminEvents = []string{"AssetDefined", "LimitsSet", "RouteSet", "ChainSet", "SignersRotated", "Paused", "Unpaused", "PaymentDeferred", "Claimed"}

// BridgeTopics returns every event signature the watcher follows: the
// transfer events (with refunds and cancels) and the admin events.
func BridgeTopics() []common.Hash {
	out := []common.Hash{TopicLocked, TopicBurned, TopicMinted, TopicUnlocked, TopicRefunded, TopicCancelled}
	for _, n := range adminEvents {
		out = append(out, bridgeABI.Events[n].ID)
	}
	return out
}

// decoder turns bridge logs into chain events with the abigen filterer.
type decoder struct {
	chain  chains.ChainID
	bridge common.Address
	f      *bindings.BridgeFilterer
	admin  map[common.Hash]string
}

func newDecoder(chain chains.ChainID, bridge common.Address) (*decoder, error) {
	// A filterer with no backend: only its Parse* methods are used.
	f, err := bindings.NewBridgeFilterer(bridge, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: bridge bindings: %v", ErrConfig, err)
	}
	d := &decoder{chain: chain, bridge: bridge, f: f, admin: map[common.Hash]string{}}
	for _, n := range adminEvents {
		d.admin[bridgeABI.Events[n].ID] = n
	}
	return d, nil
}

// decode checks the emitter and signature of a log and decodes it. The
// event's finality is left for the caller to fill in.
func (d *decoder) decode(l types.Log) (chains.Event, error) {
	if l.Address != d.bridge {
		return chains.Event{}, &WrongContractError{Want: d.bridge, Got: l.Address}
	}
	if len(l.Topics) == 0 {
		return chains.Event{}, fmt.Errorf("%w: log %d of tx %s has no topics", ErrUnknownEvent, l.Index, l.TxHash)
	}
	ev := chains.Event{
		Ref:       chains.EventRef{Chain: d.chain, TxHash: l.TxHash, Index: uint32(l.Index)},
		BlockNum:  l.BlockNumber,
		BlockHash: l.BlockHash,
	}
	var (
		name string
		err  error
	)
	switch l.Topics[0] {
	case TopicLocked, TopicBurned:
		name, err = d.source(l, &ev)
	case TopicMinted, TopicUnlocked:
		name, err = d.execution(l, &ev)
	case TopicRefunded, TopicCancelled:
		name, err = d.undelivered(l, &ev)
	default:
		var ok bool
		if name, ok = d.admin[l.Topics[0]]; !ok {
			return chains.Event{}, fmt.Errorf("%w: topic %s in log %d of tx %s", ErrUnknownEvent, l.Topics[0], l.Index, l.TxHash)
		}
		ev.Kind = chains.KindAdmin
		ev.Reason, err = d.describeAdmin(name, l)
	}
	if err != nil {
		return chains.Event{}, fmt.Errorf("%w: %s log %d of tx %s: %v", ErrMalformedEvent, name, l.Index, l.TxHash, err)
	}
	return ev, nil
}

// source decodes a Locked or Burned log into ev and returns the event's name.
func (d *decoder) source(l types.Log, ev *chains.Event) (string, error) {
	var (
		id, asset  [32]byte
		sender     common.Address
		nonce, dst uint64
		recipient  []byte
	)
	name := "Locked"
	if l.Topics[0] == TopicLocked {
		p, err := d.f.ParseLocked(l)
		if err != nil {
			return name, err
		}
		ev.Kind, ev.Amount = chains.KindLocked, p.Amount
		id, asset, sender, dst, recipient, nonce = p.TransferId, p.AssetId, p.Sender, p.DstChain, p.Recipient, p.Nonce
	} else {
		name = "Burned"
		p, err := d.f.ParseBurned(l)
		if err != nil {
			return name, err
		}
		ev.Kind, ev.Amount = chains.KindBurned, p.Amount
		id, asset, sender, dst, recipient, nonce = p.TransferId, p.AssetId, p.Sender, p.DstChain, p.Recipient, p.Nonce
	}
	if err := canonical(name, l.Data, ev.Amount, dst, recipient, nonce); err != nil {
		return name, err
	}
	if want := chains.EVMTransferID(d.chain, d.bridge, nonce); chains.TransferID(id) != want {
		return name, fmt.Errorf("transferId %x is not keccak256(chain %d, bridge %s, nonce %d) = %s", id, d.chain, d.bridge, nonce, want)
	}
	ev.TransferID, ev.AssetID, ev.Sender = id, asset, sender.Bytes()
	ev.DstChain, ev.Recipient, ev.Nonce = chains.ChainID(dst), recipient, nonce
	return name, nil
}

// execution decodes a Minted or Unlocked log into ev.
func (d *decoder) execution(l types.Log, ev *chains.Event) (string, error) {
	if l.Topics[0] == TopicMinted {
		p, err := d.f.ParseMinted(l)
		if err == nil {
			err = canonical("Minted", l.Data, p.Amount)
		}
		ev.Kind = chains.KindMinted
		if err == nil {
			ev.TransferID, ev.AssetID, ev.Recipient, ev.Amount = p.TransferId, p.AssetId, p.Recipient.Bytes(), p.Amount
		}
		return "Minted", err
	}
	p, err := d.f.ParseUnlocked(l)
	if err == nil {
		err = canonical("Unlocked", l.Data, p.Amount)
	}
	ev.Kind = chains.KindUnlocked
	if err == nil {
		ev.TransferID, ev.AssetID, ev.Recipient, ev.Amount = p.TransferId, p.AssetId, p.Recipient.Bytes(), p.Amount
	}
	return "Unlocked", err
}

// undelivered decodes a Refunded log (this bridge's own lock or burn
// returned to its sender) or a Cancelled one (a source event that can
// never execute here) into ev.
func (d *decoder) undelivered(l types.Log, ev *chains.Event) (string, error) {
	if l.Topics[0] == TopicCancelled {
		p, err := d.f.ParseCancelled(l)
		if err == nil {
			err = canonical("Cancelled", l.Data, p.SrcChain, p.SrcRef, p.SrcIndex)
		}
		if err != nil {
			return "Cancelled", err
		}
		ev.Kind, ev.TransferID = chains.KindCancelled, p.TransferId
		ev.Reason = fmt.Sprintf("cancelled by the quorum: source chain %d ref 0x%x index %d", p.SrcChain, p.SrcRef, p.SrcIndex)
		return "Cancelled", nil
	}
	p, err := d.f.ParseRefunded(l)
	if err == nil {
		err = canonical("Refunded", l.Data, p.Amount, p.Nonce)
	}
	if err == nil && chains.TransferID(p.TransferId) != chains.EVMTransferID(d.chain, d.bridge, p.Nonce) {
		err = fmt.Errorf("transferId %x is not the one of this bridge's nonce %d", p.TransferId, p.Nonce)
	}
	if err != nil {
		return "Refunded", err
	}
	// What a refund pays goes back to the lock's or burn's sender.
	ev.Kind, ev.TransferID, ev.AssetID, ev.Amount, ev.Nonce = chains.KindRefund, p.TransferId, p.AssetId, p.Amount, p.Nonce
	ev.Sender, ev.Recipient = p.Sender.Bytes(), p.Sender.Bytes()
	return "Refunded", nil
}

// canonical checks that data is exactly the ABI encoding of the decoded
// non-indexed values: the ABI decoder tolerates trailing bytes and
// non-canonical offsets, the bridge never emits them.
func canonical(event string, data []byte, values ...any) error {
	want, err := bridgeABI.Events[event].Inputs.NonIndexed().Pack(values...)
	if err != nil {
		return err
	}
	if !bytes.Equal(want, data) {
		return fmt.Errorf("data is not the canonical encoding (%d bytes, want %d)", len(data), len(want))
	}
	return nil
}

// describeAdmin decodes an admin event and renders it as "Name k=v …",
// carried in Event.Reason (chains.Event has no admin fields).
func (d *decoder) describeAdmin(name string, l types.Log) (string, error) {
	var b strings.Builder
	b.WriteString(name)
	switch name {
	case "AssetDefined":
		p, err := d.f.ParseAssetDefined(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " assetId=0x%x token=%s kind=%d homeChain=%d homeAsset=0x%x decimals=%d", p.AssetId, p.Token, p.Kind, p.HomeChain, p.HomeAsset, p.Decimals)
	case "LimitsSet":
		p, err := d.f.ParseLimitsSet(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " assetId=0x%x maxPerTransfer=%s capacity=%s window=%d", p.AssetId, p.MaxPerTransfer, p.Capacity, p.Window)
	case "ChainSet":
		p, err := d.f.ParseChainSet(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " chainId=%d kind=%d", p.ChainId, p.Kind)
	case "SignersRotated":
		p, err := d.f.ParseSignersRotated(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " epoch=%d threshold=%d signers=%v", p.Epoch, p.Threshold, p.Signers)
	case "Paused":
		p, err := d.f.ParsePaused(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " by=%s", p.By)
	case "Unpaused":
		if _, err := d.f.ParseUnpaused(l); err != nil {
			return "", err
		}
	case "RouteSet":
		p, err := d.f.ParseRouteSet(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " assetId=0x%x dstChain=%d enabled=%v", p.AssetId, p.DstChain, p.Enabled)
	case "PaymentDeferred":
		p, err := d.f.ParsePaymentDeferred(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " transferId=0x%x token=%s recipient=%s amount=%s reason=0x%x", p.TransferId, p.Token, p.Recipient, p.Amount, p.Reason)
	case "Claimed":
		p, err := d.f.ParseClaimed(l)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, " token=%s recipient=%s amount=%s", p.Token, p.Recipient, p.Amount)
	}
	return b.String(), nil
}
