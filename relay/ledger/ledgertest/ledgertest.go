// Package ledgertest holds the fixtures the ledger's and the routes'
// unit tests share: a one-asset deployment and its events.
package ledgertest

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// Addresses and the asset of the fixture deployment.
var (
	BridgeA = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	TokenA  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	TokenB  = common.HexToAddress("0x00000000000000000000000000000000000000b1")
	Alice   = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	AssetID = chains.ComputeAssetID(chains.DevnetA, TokenA.Bytes())
)

// Deployment is a deployment with one asset, TST: home on chain A
// (TokenA, BridgeA), wrapped on chain B (TokenB); at most 1,000 per
// transfer and 10,000 per hour.
func Deployment() *deployment.Deployment {
	return &deployment.Deployment{Version: deployment.Version, Assets: []deployment.Asset{{
		ID: AssetID, Symbol: "TST", HomeChain: chains.DevnetA, HomeAsset: TokenA.Bytes(), Decimals: 18,
		MaxPerTransfer: deployment.NewAmount(big.NewInt(1000)), Capacity: deployment.NewAmount(big.NewInt(10_000)), Window: 3600,
		Tokens: []deployment.Token{{Chain: chains.DevnetA, Kind: deployment.TokenHome, Address: TokenA}, {Chain: chains.DevnetB, Kind: deployment.TokenWrapped, Address: TokenB}},
	}}}
}

// Lock is the final lock A → B of nonce with amount, to Alice.
func Lock(nonce uint64, amount int64) chains.Event {
	return chains.Event{Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{byte(nonce)}, Index: 0}, BlockNum: 10 + nonce,
		TransferID: chains.EVMTransferID(chains.DevnetA, BridgeA, nonce), AssetID: AssetID, Amount: big.NewInt(amount),
		Sender: Alice.Bytes(), DstChain: chains.DevnetB, Recipient: Alice.Bytes(), Nonce: nonce, Finality: chains.Finality{Confirmations: 3, Final: true}}
}

// Minted is the final mint on B of lock.
func Minted(lock chains.Event) chains.Event {
	return chains.Event{Kind: chains.KindMinted, Ref: chains.EventRef{Chain: chains.DevnetB, TxHash: [32]byte{0xb0, byte(lock.Nonce)}}, BlockNum: 5 + lock.Nonce,
		TransferID: lock.TransferID, AssetID: AssetID, Amount: lock.Amount, Recipient: lock.Recipient, Finality: chains.Finality{Confirmations: 3, Final: true}}
}

// MintOf is the mint authorization of lock.
func MintOf(lock chains.Event) relay.Authorization {
	return relay.Authorization{Action: relay.ActionMint, TransferID: lock.TransferID, Source: lock.Ref, Nonce: lock.Nonce,
		DstChain: lock.DstChain, AssetID: lock.AssetID, Amount: new(big.Int).Set(lock.Amount), Recipient: lock.Recipient}
}
