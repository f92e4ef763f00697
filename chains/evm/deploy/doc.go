// Package deploy puts Kakehashi's Bridge contract on EVM chains and defines
// assets on it with quorum signatures. It knows EVM chains only: the
// cross-chain record of a deployment (deployment.json) is package
// deployment, which builds the devnet's with this package.
//
// # Deploying
//
//	cd, err := deploy.DeployBridge(ctx, client, deployerKey, deploy.BridgeConfig{
//		Signers: addrs, Threshold: 2,
//		EVMChains: []chains.ChainID{31338, 31339}, BitcoinChains: []chains.ChainID{18444},
//	})
//	token, err := deploy.DefineAsset(ctx, client, senderKey, cd.Bridge, def, deploy.KeySigner(operatorKeys...))
//	err = deploy.SetRoutes(ctx, client, senderKey, cd.Bridge, def.AssetID(), []chains.ChainID{31338, 31339}, true, deploy.KeySigner(operatorKeys...))
//
// DeployBridge registers the other chains through the Bridge constructor
// (so no setChain message is needed at deployment). DefineAsset reads the
// bridge's signer epoch and admin nonce (AdminState), builds the EIP-712
// DefineAsset digest (contracts/eip712), collects signatures from a Signer
// and submits defineAsset; SetRoutes, SetChain and Unpause do the same for
// setRoutes, setChain and unpause. An asset's locks and burns go nowhere
// until SetRoutes enables its destinations (the chains where it is
// represented). Every transaction is waited for and a reverted one is an error
// naming the contract's custom error (RevertReason). DeployTestToken and
// Transfer are the devnet's other two EVM steps (the demo ERC-20, funding
// operators). DeployAuditAnchor deploys the audit-chain anchor of a bridge
// (contracts/src/AuditAnchor.sol): no admin, nothing to configure.
//
// # Errors
//
//   - ErrConfig: a BridgeConfig, asset definition or key list is invalid
//     (wrapped with what is wrong).
//   - ErrReverted: a transaction was mined but reverted; the message names
//     the contract error when the node reports it.
//   - ErrQuorum: fewer signers than the bridge's threshold, or a signer key
//     that is not in the bridge's current set.
package deploy
