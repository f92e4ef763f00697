package evm

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
)

func TestDecode(t *testing.T) {
	const chain chains.ChainID = 31337
	bridge := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	d, err := newDecoder(chain, bridge)
	if err != nil {
		t.Fatal(err)
	}
	asset := chains.ComputeAssetID(chain, nil)
	sender := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	recipient := common.HexToAddress("0x0000000000000000000000000000000000000b0b").Bytes()
	data, err := bridgeABI.Events["Locked"].Inputs.NonIndexed().Pack(big.NewInt(500), uint64(31338), recipient, uint64(9))
	if err != nil {
		t.Fatal(err)
	}
	id := chains.EVMTransferID(chain, bridge, 9)
	locked := func(mut func(*types.Log)) types.Log {
		l := types.Log{
			Address: bridge, Data: data, BlockNumber: 12, BlockHash: common.Hash{0xb1}, TxHash: common.Hash{0x7e}, Index: 3,
			Topics: []common.Hash{TopicLocked, common.Hash(id), common.Hash(asset), common.BytesToHash(sender.Bytes())},
		}
		if mut != nil {
			mut(&l)
		}
		return l
	}
	t.Run("locked decodes with all fields", func(t *testing.T) {
		ev, err := d.decode(locked(nil))
		if err != nil {
			t.Fatal(err)
		}
		want := chains.Event{
			Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chain, TxHash: [32]byte{0x7e}, Index: 3}, BlockNum: 12, BlockHash: [32]byte{0xb1},
			TransferID: id, AssetID: asset, Amount: big.NewInt(500), Sender: sender.Bytes(), DstChain: 31338, Recipient: recipient, Nonce: 9,
		}
		if ev.Kind != want.Kind || ev.Ref != want.Ref || ev.BlockNum != want.BlockNum || ev.BlockHash != want.BlockHash ||
			ev.TransferID != want.TransferID || ev.AssetID != want.AssetID || ev.Amount.Cmp(want.Amount) != 0 ||
			common.BytesToAddress(ev.Sender) != sender || ev.DstChain != want.DstChain || string(ev.Recipient) != string(recipient) || ev.Nonce != 9 {
			t.Fatalf("got %+v\nwant %+v", ev, want)
		}
	})
	for _, tc := range []struct {
		name string
		l    types.Log
		want error
	}{
		{"other emitter", locked(func(l *types.Log) { l.Address = common.Address{1} }), ErrWrongContract},
		{"no topics", locked(func(l *types.Log) { l.Topics = nil }), ErrUnknownEvent},
		{"unknown signature", locked(func(l *types.Log) { l.Topics[0] = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")) }), ErrUnknownEvent},
		{"missing indexed topic", locked(func(l *types.Log) { l.Topics = l.Topics[:3] }), ErrMalformedEvent},
		{"truncated data", locked(func(l *types.Log) { l.Data = l.Data[:64] }), ErrMalformedEvent},
		{"transfer id not from nonce", locked(func(l *types.Log) { l.Topics[1] = common.Hash{9} }), ErrMalformedEvent},
		{"burned with locked data but wrong id", locked(func(l *types.Log) { l.Topics[0] = TopicBurned; l.Topics[1] = common.Hash{} }), ErrMalformedEvent},
		{"minted with lock data", locked(func(l *types.Log) { l.Topics[0] = TopicMinted }), ErrMalformedEvent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := d.decode(tc.l); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("minted and admin", func(t *testing.T) {
		amt, _ := bridgeABI.Events["Minted"].Inputs.NonIndexed().Pack(big.NewInt(5))
		ev, err := d.decode(types.Log{Address: bridge, Data: amt, Topics: []common.Hash{TopicMinted, {1}, {2}, common.BytesToHash(sender.Bytes())}})
		if err != nil || ev.Kind != chains.KindMinted || ev.Amount.Int64() != 5 || common.BytesToAddress(ev.Recipient) != sender {
			t.Fatalf("minted: %+v %v", ev, err)
		}
		ev, err = d.decode(types.Log{Address: bridge, Topics: []common.Hash{bridgeABI.Events["Paused"].ID, common.BytesToHash(sender.Bytes())}})
		if err != nil || ev.Kind != chains.KindAdmin || ev.Reason != "Paused by="+sender.Hex() {
			t.Fatalf("paused: %+v %v", ev, err)
		}
	})
	t.Run("refunded and cancelled", func(t *testing.T) {
		data, _ := bridgeABI.Events["Refunded"].Inputs.NonIndexed().Pack(big.NewInt(500), uint64(9))
		refunded := types.Log{Address: bridge, Data: data, Topics: []common.Hash{TopicRefunded, common.Hash(id), common.Hash(asset), common.BytesToHash(sender.Bytes())}}
		ev, err := d.decode(refunded)
		if err != nil || ev.Kind != chains.KindRefund || ev.TransferID != id || ev.AssetID != asset || ev.Amount.Int64() != 500 ||
			ev.Nonce != 9 || common.BytesToAddress(ev.Recipient) != sender || common.BytesToAddress(ev.Sender) != sender {
			t.Fatalf("refunded: %+v %v", ev, err)
		}
		refunded.Topics[1] = common.Hash{9} // not the transfer id of nonce 9 here
		if _, err := d.decode(refunded); !errors.Is(err, ErrMalformedEvent) {
			t.Fatalf("refunded with another transfer id: %v, want ErrMalformedEvent", err)
		}
		data, _ = bridgeABI.Events["Cancelled"].Inputs.NonIndexed().Pack(uint64(31338), [32]byte{0xaa}, uint64(4))
		ev, err = d.decode(types.Log{Address: bridge, Data: data, Topics: []common.Hash{TopicCancelled, {7}}})
		if err != nil || ev.Kind != chains.KindCancelled || ev.TransferID != (chains.TransferID{7}) || ev.Reason == "" {
			t.Fatalf("cancelled: %+v %v", ev, err)
		}
	})
}

func TestCheckpointJSON(t *testing.T) {
	cp := Checkpoint{Block: 7, Hash: common.Hash{1}, Recent: []chains.Event{{
		Kind: chains.KindBurned, Ref: chains.EventRef{Chain: 5, TxHash: [32]byte{2}, Index: 4}, BlockNum: 6, BlockHash: [32]byte{3},
		TransferID: chains.TransferID{4}, AssetID: chains.AssetID{5}, Amount: big.NewInt(99), Sender: []byte{6}, DstChain: 18444,
		Recipient: []byte{0, 0x14, 1}, Nonce: 2, Finality: chains.Finality{Confirmations: 3, Final: true},
	}}}
	raw, err := cp.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Checkpoint
	if err := back.UnmarshalJSON(raw); err != nil {
		t.Fatal(err)
	}
	e, g := cp.Recent[0], back.Recent[0]
	if back.Block != 7 || back.Hash != cp.Hash || len(back.Recent) != 1 || g.Ref != e.Ref || g.BlockHash != e.BlockHash ||
		g.TransferID != e.TransferID || g.AssetID != e.AssetID || g.Amount.Cmp(e.Amount) != 0 || string(g.Recipient) != string(e.Recipient) ||
		g.Kind != e.Kind || g.Nonce != e.Nonce || g.DstChain != e.DstChain || !g.Final {
		t.Fatalf("round trip:\n%s\n%+v", raw, back)
	}
}
