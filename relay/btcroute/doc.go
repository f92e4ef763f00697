// Package btcroute is the relay's route for the Bitcoin chain: New dials
// the operator's own btcd and returns the chain's relay.ChainRoles (and
// Close releases the client). docs/bitcoin-route.md has the status and
// the decisions.
//
// Deposit → mint on an EVM chain:
//
//   - Source: the watcher (durable cursor btc-<chain>.cursor.json). Each
//     final deposit is recorded in the operator's ledger as a LOCK of its
//     gross amount with the deposit fee withheld (chains/bitcoin's
//     DepositFee; audit format v2), refunds whole, sweeps as SWEEP records
//     and payouts as UNLOCKs with their fee share (PayoutFeed); the
//     deposit book (DepositBook), the payout book and the custody set are
//     fed too. Then the event is published as the chain shows it.
//   - Verifier: the watcher's Verifier, its errors also wrapping the
//     relay's ErrNotFound and ErrNotFinal.
//   - NetPolicy: a deposit is authorized for its amount net of the
//     deposit fee; a burn towards Bitcoin that no payout can carry is
//     refused.
//   - SweepRound: sweeps minted deposits into custody over the bus
//     (stream KKH_BTC), well before their refund locktime.
//
// Burn on an EVM chain → payout on Bitcoin, with the operator's key
// (Config.Operator, which is also its federation key):
//
//   - Authorizer: an ECDSA share over PayoutDigest for each burn.
//   - PayoutBatcher, the relay.Batcher: the leader proposes one payout
//     PSBT per batch; each signer checks and signs it against its own node
//     and its durable PayoutBook (no burn signed in two payouts that could
//     both confirm, across restarts), verifies the other operators'
//     BIP-340 signatures, and the assembled payout is broadcast.
//
// # Errors
//
//   - ErrConfig: a configuration is incomplete or disagrees with the
//     deployment (chain, federation, fee policy, operator key).
//   - ErrNotPayoutable (wraps relay.ErrLimit): NetPolicy refuses a burn
//     towards Bitcoin that no payout can carry (recipient not a standard
//     script, amount above int64). A deposit that does not exceed its fee
//     is refused with relay.ErrLimit wrapping bitcoin.ErrBelowFee.
//   - ErrNotPayout: an authorization is not a payout the Bitcoin chain
//     can make (PayoutDigest, PayoutBatcher); ErrBatch: a payout batch's
//     PSBT does not match its items. SignBatch also returns the refusals
//     of chains/bitcoin/signer (wrapping signer.ErrRefused; a second
//     payout of a burn: signer.ErrDoublePay) and retries (bus.Retry) a
//     custody input its node does not confirm yet; VerifyBatch wraps
//     relay.ErrBadShare.
//   - ErrNotMinted, ErrSpent, ErrNotCustody, ErrNothingDue: the sweep
//     pieces (sweep.go, round.go).
package btcroute
