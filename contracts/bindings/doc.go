// Package bindings holds the go-ethereum (abigen v1) bindings of the Kakehashi
// contracts, generated from contracts/src and committed so that `go build`
// needs no Solidity toolchain:
//
//	Bridge        the per-chain bridge (lock, lockNative, burn, mint, unlock, batches, admin)
//	WrappedToken  the ERC-20 a bridge deploys for a foreign asset
//	TestToken     an unrestricted-mint ERC-20 for tests and the devnet
//	FeeToken      a fee-on-transfer ERC-20 for tests (the bridge must reject it)
//
// Every file except this one and the tests is generated: do not edit it. To
// regenerate after changing a contract run `make contracts`
// (contracts/gen-bindings.sh contracts/bindings); `make bindings-check` fails
// when the committed files differ from what the sources generate. The ABI
// JSON for dapps is in contracts/abi.
//
// # Deploying
//
//	DeployBridge(auth, backend, signers []common.Address, threshold uint8, evmChains, bitcoinChains []uint64)
//
// signers is the epoch-1 signer set, sorted ascending, no zero address;
// threshold must be a strict majority (2*threshold > len(signers)); evmChains
// and bitcoinChains are the chain ids accepted as destinations (never the
// bridge's own chain). Assets are then defined with DefineAsset, signed by the
// quorum (package contracts/eip712 builds every digest).
//
// # Errors
//
// Reverts carry the contract's custom errors (see docs/contracts.md); the
// generated BridgeMetaData.ABI decodes them with abi.ABI.ErrorByID.
package bindings
