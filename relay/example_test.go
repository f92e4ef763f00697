package relay_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
)

// A policy turns a verified lock into the authorization operators sign; an
// ECDSAAuthorizer signs it and checks other operators' shares.
func ExampleECDSAAuthorizer() {
	priv, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	op := keys.FromECDSA(priv)
	token := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	asset := chains.ComputeAssetID(chains.DevnetA, token.Bytes())
	policy, _ := relay.NewAssetTable(relay.Asset{ID: asset, HomeChain: chains.DevnetA, Wrapped: []chains.ChainID{chains.DevnetB}})

	lock := chains.Event{
		Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{1}, Index: 0},
		TransferID: chains.EVMTransferID(chains.DevnetA, common.HexToAddress("0xB1"), 7), AssetID: asset,
		Amount: big.NewInt(1000), DstChain: chains.DevnetB, Recipient: common.HexToAddress("0xBEEF").Bytes(), Nonce: 7,
		Finality: chains.Finality{Confirmations: 3, Final: true},
	}
	a, err := policy.Authorization(context.Background(), lock)
	if err != nil {
		panic(err)
	}
	// relay.HashDigest stands in for the EIP-712 digest of contracts/eip712.
	auth, _ := relay.NewECDSAAuthorizer(op, relay.HashDigest)
	sig, _ := auth.Sign(context.Background(), a)
	fmt.Println(a.Action, a.DstChain, a.Amount, auth.Verify(a, op.Address(), sig) == nil)

	a.Amount = big.NewInt(1_000_000) // any change invalidates the share
	fmt.Println(auth.Verify(a, op.Address(), sig) == nil)
	// Output:
	// mint 31338 1000 true
	// false
}
