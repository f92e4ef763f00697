// Package wire connects the relay's interfaces (package relay) to the
// chain adapters and the audit chain: it is the glue relayd's adapter
// table is built from.
//
// For an EVM chain, NewEVM dials the operator's own node(s) and returns
// the chain's relay.ChainRoles:
//
//   - Source: chains/evm's Watcher with a durable FileCursor
//     (<dataDir>/evm-<chain>.cursor.json, replaced atomically with fsync),
//     starting at the bridge's deployment block. Each final event is first
//     recorded in the operator's Accountant, then published.
//   - Verifier: chains/evm's Verifier, its errors also wrapping the relay's
//     ErrNotFound, ErrNotFinal and ErrReorged.
//   - Authorizer: relay/evmauth over the bridge's EIP-712 domain (read from
//     the contract), naming sources with the deployment's bridges, the
//     signer-set epoch read from the bridge (EpochReader).
//   - Submitter: chains/evm's Submitter (nonces, fees, replacement,
//     receipts) sending mint/unlock with the t individual signatures
//     (evmauth.Split, eip712.Pack), and mintBatch/unlockBatch under t batch
//     signatures when Batch is set (evmauth's Batcher).
//
// Policy builds the relay's AssetTable from the deployment file (assets,
// wrapped chains, per-transfer maximum, capacity per window).
//
// Accountant is relay.Accountant over the operator's own audit ledger:
// a local audit chain (package audit, bbolt with fsync) whose only signer
// is the operator, with the deployment's assets as DEFINE records at
// genesis and every later block made of the final events of the
// operator's own watchers — never of bus content. Before signing, the
// signer's authorization is checked with audit.Ledger.CheckMint or
// CheckUnlock: a mint or unlock without a recorded final lock or burn in
// flight, of another amount, recipient or chain, is refused.
// docs/relay.md ("Wiring") explains the choice and its limits.
//
// # Bitcoin
//
// For the Bitcoin chain, NewBitcoin returns the Source (watcher; LOCKs
// with the deposit fee withheld, in audit source order; SWEEP records; payouts named
// and recorded as UNLOCKs with their fee share) and the Verifier; NetPolicy
// credits deposits net of DepositFee; SweepRound sweeps minted deposits
// into custody over the bus (stream KKH_BTC). With the operator's key
// (BitcoinConfig.Operator, which is also its federation key) it adds the
// payout roles: an Authorizer signing each burn towards Bitcoin (ECDSA
// over PayoutDigest) and PayoutBatcher, the relay.Batcher that proposes
// one payout PSBT per batch, checks and signs it against the operator's
// own node and its durable PayoutBook (no burn signed in two payouts
// that could both confirm, across restarts), verifies other operators'
// BIP-340 signatures and broadcasts the assembled payout. Status,
// decisions and configuration: docs/bitcoin-route.md.
//
// # Errors
//
//   - ErrNotPayoutable (wraps relay.ErrLimit): NetPolicy refuses a burn
//     towards Bitcoin that no payout can carry (recipient not a standard
//     script, amount above int64).
//   - ErrNotPayout: an authorization is not a payout the Bitcoin chain
//     can make (PayoutDigest, PayoutBatcher); ErrBatch: a payout batch's
//     PSBT does not match its items. SignBatch also returns the refusals
//     of chains/bitcoin/signer (wrapping signer.ErrRefused; a second
//     payout of a burn: signer.ErrDoublePay) and retries (bus.Retry) a
//     custody input its node does not confirm yet; VerifyBatch wraps
//     relay.ErrBadShare.
//   - ErrNotMinted, ErrSpent, ErrNotCustody, ErrNothingDue, ErrBelowFee:
//     the sweep pieces and the deposit fee (btc.go, btc_sweep.go).
//   - ErrConfig: a configuration is incomplete or disagrees with the
//     deployment (bridge address, chain kind), or an audit store belongs
//     to another operator.
//   - ErrNotRecorded (wraps relay.ErrNotRecorded): Check was asked about a
//     transfer whose source event this operator's watcher has not reported
//     yet; the signer waits for it (Accountant.AwaitSource), then retries.
//   - ErrCompleted (relay.ErrCompleted, wraps relay.ErrInvariant): Check
//     was asked about a transfer whose execution the ledger already holds
//     (a late copy); never signed, and the signer skips it quietly.
//   - Check wraps relay.ErrInvariant (refused) or relay.ErrPaused (retried)
//     around the audit package's error.
//   - Adapter errors come from chains/evm (classified there) and
//     relay/evmauth, wrapped with the chain id.
package wire
