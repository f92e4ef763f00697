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
//   - Sweeps: minted deposits are swept into custody well before their
//     refund locktime, in rounds of the PayoutBatcher (relay.Rounds,
//     round.go): the Bitcoin coordinator's lease holder proposes, every
//     signer checks the sweep against its own view, the leader
//     broadcasts — the same batch path as payouts.
//
// Burn on an EVM chain → payout on Bitcoin, with the operator's key
// (Config.Operator, which is also its federation key):
//
//   - Authorizer: an ECDSA share over PayoutDigest for each burn.
//   - PayoutBatcher, the relay.Batcher: the leader proposes one payout
//     PSBT per batch; each signer checks and signs it against its own node,
//     its own ledger (no burn whose UNLOCK it holds) and its durable
//     PayoutBook (no burn signed in two payouts that could both confirm,
//     across restarts), verifies the other operators' BIP-340
//     signatures, and the assembled payout is broadcast. A burn whose
//     output would be dust after its fee share is left out of the payout
//     (leftout.go: logged, kakehashi_btc_payout_items_left_out_total,
//     reported as relay.LeftOutReporter) and offered again next round;
//     the other burns are paid.
//   - CustodyMain: every payout spends the custody main — the operator's
//     final main (derived by its own PayoutFeed: the first final custody
//     output, then the change of each final payout that spends it, once
//     that payout's UNLOCKs are recorded — held until they are) or the
//     change of a payout it
//     signed — and makes its change the next one, so two payouts of one
//     burn either conflict or lie on one branch, where the book or the
//     ledger refuses the second. docs/bitcoin-route.md, "Why a burn is
//     paid at most once", has the argument.
//   - Fee bumping (payout_bump.go): a payout stuck in the leader's mempool
//     for longer than StuckAfter, with no unconfirmed parent, is replaced
//     by the same payout (same inputs, burns and change) at a higher rate,
//     capped at the published maximum; every signer checks the
//     replacement against the payout as its own book holds it
//     (signer.CheckReplacement). docs/bitcoin-route.md, "Fee bumping".
//
// # Errors
//
//   - ErrConfig: a configuration is incomplete or disagrees with the
//     deployment (chain, federation, fee policy, operator key).
//   - ErrNode: btcd did not answer a call of a sweep round (or the
//     round's context ended first: btcd's client takes no context).
//   - ErrNotPayoutable (wraps relay.ErrLimit): NetPolicy refuses a burn
//     towards Bitcoin that no payout can carry (recipient not a standard
//     script, amount above int64 or below the script's dust limit). A deposit that does not exceed its fee
//     is refused with relay.ErrLimit wrapping bitcoin.ErrBelowFee.
//   - ErrNotPayout: an authorization is not a payout the Bitcoin chain
//     can make (PayoutDigest, PayoutBatcher); ErrBatch: a payout batch's
//     PSBT does not match its items. SignBatch also returns the refusals
//     of chains/bitcoin/signer (wrapping signer.ErrRefused; a second
//     payout of a burn: signer.ErrDoublePay; not on the custody main:
//     signer.ErrNotMain) and retries (bus.Retry) a custody input its node
//     does not confirm yet, or a main its feed has not reached yet;
//     VerifyBatch wraps relay.ErrBadShare.
//   - ErrAlreadyPaid (wraps signer.ErrRefused): SignBatch refuses a
//     payout of a burn whose UNLOCK the operator's own ledger holds.
//   - ErrNoMain: Propose has no spendable custody main (none final yet,
//     reserved or spent); it proposes nothing.
//   - ErrNoBump: a stuck payout cannot be replaced within the fee bound
//     (logged; the payout is left as it is). SignBatch refuses a declared
//     replacement that is not the named payout at a higher fee, or that
//     names a payout its book does not hold, with signer.ErrReplacement
//     (a rate above the published maximum: signer.ErrFeePolicy).
//   - ErrNoMainState: New (OpenCustodyMain) refuses a data dir whose
//     watcher cursor exists without its custody main file.
//   - ErrNotMinted, ErrSpent, ErrNotCustody, ErrNothingDue: the sweep
//     pieces (sweep.go, round.go).
package btcroute
