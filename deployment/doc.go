// Package deployment is the record of one bridge deployment across chains
// (deployment.json): the EVM chains with their Bridge contracts, the
// Bitcoin side (federation keys, deposit and custody parameters) and the
// assets with their token on each chain. bridgectl, relayd, the demo and
// the integration tests read it to find every bridge, asset and wrapped
// token.
//
// It sits above chains/: it refers to both chain kinds (a Bitcoin
// federation converts to a chains/bitcoin KeySet, the devnet deploys with
// chains/evm/deploy), so neither adapter needs to know the other or this
// file.
//
// # Deployment file
//
// Deployment is versioned JSON (Version 1): chains (id, name, kind, bridge,
// deployment block, the AuditAnchor contract as auditAnchor), the epoch-1
// signer set, the Bitcoin federation (x-only keys, threshold, deposit
// parameters) and assets (id, home chain and asset, decimals, limits,
// token address per chain). Amounts are decimal strings so
// that no JSON reader rounds them. Read validates what it reads; Write
// validates, then replaces the file atomically (internal/atomicfile).
//
//	dep, err := deployment.Read(filepath.Join(dir, deployment.FileName))
//	bridge, err := dep.Chain("A")
//	tst, err := dep.Asset("TST")
//
// # Devnet
//
// Devnet builds the whole devnet deployment in one call: a Bridge and its
// AuditAnchor on every EVM chain with the 2-of-3 devnet operator set, a
// TestToken ("TST", 18 decimals) on the first chain, and three assets
// defined on every EVM chain: TST (home: the first chain), native BTC
// (home: the Bitcoin chain, 8 decimals) and native ETH of the first chain.
//
// DevnetOperatorKeys returns three keys derived from public strings,
// keccak256("kakehashi devnet operator 1") … ("… 3"); DevnetRecoveryKeys
// likewise for the custody recovery set. Anyone can recompute them: they
// exist so that a devnet can be brought up without key ceremonies, and must
// never hold anything of value.
//
// # Errors
//
//   - ErrDeployment: a deployment file is unreadable, of another version, or
//     inconsistent (unknown chain, duplicate asset, bad federation key).
//   - ErrNotFound: Deployment.Chain / Asset found nothing by that name or id.
//   - Devnet returns chains/evm/deploy's errors (deploy.ErrConfig,
//     ErrReverted, ErrQuorum) wrapped with the chain it was deploying.
package deployment
