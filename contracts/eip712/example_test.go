package eip712_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// A signer authorises minting, on chain B, a lock made on chain A; the
// coordinator packs the shares for Bridge.mint.
func Example() {
	bridgeA := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	bridgeB := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	token := common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")

	// From the Locked event on chain A (its nonce) and the emitting bridge.
	ref, idx := eip712.EVMSource(bridgeA, 7)
	t := eip712.Transfer{
		SrcChain:  chains.DevnetA,
		SrcRef:    ref,
		SrcIndex:  idx,
		AssetID:   chains.ComputeAssetID(chains.DevnetA, token.Bytes()),
		Recipient: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e20d17dc79C"),
		Amount:    big.NewInt(1_000_000),
	}
	fmt.Println(t.ID() == chains.EVMTransferID(chains.DevnetA, bridgeA, 7))

	// An EVM source's mint has no deadline; a Bitcoin deposit's has one.
	digest, _ := eip712.MintDigest(eip712.Domain{ChainID: chains.DevnetB, Bridge: bridgeB}, 1, eip712.NoDeadline, t)
	var shares []eip712.Share
	for range 2 {
		key, _ := crypto.GenerateKey()
		sig, _ := eip712.Sign(digest, key)
		shares = append(shares, eip712.Share{Signer: crypto.PubkeyToAddress(key.PublicKey), Sig: sig})
	}
	sigs, _ := eip712.Pack(shares) // sorted by signer: the `sigs` of bridge.Mint(opts, 1, eip712.NoDeadline, t.Binding(), sigs)
	fmt.Println(len(sigs))
	// Output:
	// true
	// 130
}
