// Package deploy puts Kakehashi's Bridge contract on EVM chains, defines
// assets on it with quorum signatures, and records the result as a
// Deployment: the JSON file (deployment.json) that bridgectl, relayd and the
// demo read to find every bridge, asset and wrapped token.
//
// # Deploying
//
//	cd, err := deploy.DeployBridge(ctx, client, deployerKey, deploy.BridgeConfig{
//		Signers: addrs, Threshold: 2,
//		EVMChains: []chains.ChainID{31338, 31339}, BitcoinChains: []chains.ChainID{18444},
//	})
//	token, err := deploy.DefineAsset(ctx, client, senderKey, cd.Bridge, def, deploy.KeySigner(operatorKeys...))
//
// DeployBridge registers the other chains through the Bridge constructor
// (so no setChain message is needed at deployment). DefineAsset reads the
// bridge's admin nonce, builds the EIP-712 DefineAsset digest
// (contracts/eip712), collects signatures from a Signer and submits
// defineAsset; SetChain does the same for setChain. Every transaction is
// waited for and a reverted one is an error naming the contract's custom
// error (RevertReason).
//
// Devnet builds the whole devnet deployment in one call: a Bridge on every
// EVM chain with the 2-of-3 devnet operator set, a TestToken ("TST", 18
// decimals) on the first chain, and three assets defined on every EVM chain:
// TST (home: the first chain), native BTC (home: the Bitcoin chain, 8
// decimals) and native ETH of the first chain.
//
// # Devnet operator keys
//
// DevnetOperatorKeys returns three keys derived from public strings,
// keccak256("kakehashi devnet operator 1") … ("… 3"). Anyone can recompute
// them: they exist so that a devnet can be brought up without key
// ceremonies, and must never hold anything of value.
//
// # Deployment file
//
// Deployment is versioned JSON (Version 1): chains (id, name, kind, bridge,
// deployment block), the epoch-1 signer set, the Bitcoin federation (x-only
// keys, threshold, deposit parameters) and assets (id, home chain and asset,
// decimals, limits, token address per chain). Amounts are decimal strings so
// that no JSON reader rounds them. Read validates what it reads.
//
// # Errors
//
//   - ErrConfig: a BridgeConfig, asset definition or key list is invalid
//     (wrapped with what is wrong).
//   - ErrReverted: a transaction was mined but reverted; the message names
//     the contract error when the node reports it.
//   - ErrQuorum: fewer signers than the bridge's threshold, or a signer key
//     that is not in the bridge's current set.
//   - ErrDeployment: a deployment file is unreadable, of another version, or
//     inconsistent (unknown chain, duplicate asset).
//   - ErrNotFound: Deployment.Chain / Asset found nothing by that name or id.
package deploy
