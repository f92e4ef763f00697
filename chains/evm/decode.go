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
)

// adminEvents are the bridge's administrative events, reported as KindAdmin.
var adminEvents = []string{"AssetDefined", "LimitsSet", "ChainSet", "SignersRotated", "Paused", "Unpaused"}

// BridgeTopics returns every event signature the watcher follows: the four
// transfer events and the admin events.
func BridgeTopics() []common.Hash {
	out := []common.Hash{TopicLocked, TopicBurned, TopicMinted, TopicUnlocked}
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
	malformed := func(name string, err error) error {
		return fmt.Errorf("%w: %s log %d of tx %s: %v", ErrMalformedEvent, name, l.Index, l.TxHash, err)
	}
	switch t0 := l.Topics[0]; t0 {
	case TopicLocked, TopicBurned:
		var (
			id, asset  [32]byte
			sender     common.Address
			e          chains.Event = ev
			name                    = "Locked"
			nonce, dst uint64
			recipient  []byte
		)
		if t0 == TopicLocked {
			p, err := d.f.ParseLocked(l)
			if err != nil {
				return chains.Event{}, malformed(name, err)
			}
			e.Kind, e.Amount = chains.KindLocked, p.Amount
			id, asset, sender, dst, recipient, nonce = p.TransferId, p.AssetId, p.Sender, p.DstChain, p.Recipient, p.Nonce
		} else {
			name = "Burned"
			p, err := d.f.ParseBurned(l)
			if err != nil {
				return chains.Event{}, malformed(name, err)
			}
			e.Kind, e.Amount = chains.KindBurned, p.Amount
			id, asset, sender, dst, recipient, nonce = p.TransferId, p.AssetId, p.Sender, p.DstChain, p.Recipient, p.Nonce
		}
		if err := canonical(name, l.Data, e.Amount, dst, recipient, nonce); err != nil {
			return chains.Event{}, malformed(name, err)
		}
		if want := chains.EVMTransferID(d.chain, d.bridge, nonce); chains.TransferID(id) != want {
			return chains.Event{}, malformed(name, fmt.Errorf("transferId %x is not keccak256(chain %d, bridge %s, nonce %d) = %s", id, d.chain, d.bridge, nonce, want))
		}
		e.TransferID, e.AssetID, e.Sender = id, asset, sender.Bytes()
		e.DstChain, e.Recipient, e.Nonce = chains.ChainID(dst), recipient, nonce
		return e, nil
	case TopicMinted:
		p, err := d.f.ParseMinted(l)
		if err == nil {
			err = canonical("Minted", l.Data, p.Amount)
		}
		if err != nil {
			return chains.Event{}, malformed("Minted", err)
		}
		ev.Kind, ev.TransferID, ev.AssetID, ev.Recipient, ev.Amount = chains.KindMinted, p.TransferId, p.AssetId, p.Recipient.Bytes(), p.Amount
		return ev, nil
	case TopicUnlocked:
		p, err := d.f.ParseUnlocked(l)
		if err == nil {
			err = canonical("Unlocked", l.Data, p.Amount)
		}
		if err != nil {
			return chains.Event{}, malformed("Unlocked", err)
		}
		ev.Kind, ev.TransferID, ev.AssetID, ev.Recipient, ev.Amount = chains.KindUnlocked, p.TransferId, p.AssetId, p.Recipient.Bytes(), p.Amount
		return ev, nil
	}
	name, ok := d.admin[l.Topics[0]]
	if !ok {
		return chains.Event{}, fmt.Errorf("%w: topic %s in log %d of tx %s", ErrUnknownEvent, l.Topics[0], l.Index, l.TxHash)
	}
	desc, err := d.describeAdmin(name, l)
	if err != nil {
		return chains.Event{}, malformed(name, err)
	}
	ev.Kind, ev.Reason = chains.KindAdmin, desc
	return ev, nil
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
	}
	return b.String(), nil
}
