// Package relay turns chain adapters into a network of operators: t of n
// must independently agree before anything is minted or unlocked, and the
// network keeps working while at least t operators are up.
//
// One operator runs one Node (cmd/relayd) with these roles on the bus
// (package relay/bus):
//
//   - Watch publishes what an EventSource (a chain watcher) reports, as
//     kkh.event.<chain>.<kind>, with publication id
//     ev.<chain>.<tx>.<index>.<kind>.<stage>.<operator>.
//   - Signer consumes final Locked/Burned events through a durable
//     consumer, re-reads each one through its own Verifier (its own node),
//     refuses any difference from the bus copy (ErrMismatch), asks the
//     Policy for the Authorization (asset, route, limits, pause), asks the
//     Accountant whether it keeps the supply invariant, signs it with the
//     destination's Authorizer and publishes a Share on kkh.share.<dst>.
//     The bus copy of the event is only ever a pointer: what is signed is
//     built from the verifier's copy. What it signed — per transfer id
//     the authorization hash — is fsynced in its SignedStore before the
//     share is published and loaded at start: it never signs two
//     different authorizations for one transfer, and after a restart it
//     still signs batches of transfers it signed before.
//   - Coordinator (one per destination chain) checks every share's
//     signature against the OperatorSet, groups shares by authorization
//     hash until t distinct operators signed the same one, batches (max
//     size, max wait; a batch leaves early once no authorization became
//     ready for MaxIdle and none that got its first share within
//     MaxGather is still gathering shares) and, while it
//     holds the leader lease (bus.Lease), submits through the Submitter
//     and publishes a Submission record. Up to MaxInflight submissions
//     run at once, so the next batch does not wait for the previous
//     one's receipt; a transfer is in at most one of them.
//     With a Batcher, the leader first proposes batches that signers sign
//     as a whole if they signed every item themselves (a second round),
//     then submits the batch under t batch signatures. A signer that is
//     signing a proposal's missing item at that moment waits for it
//     (briefly) rather than have the proposal redelivered. A Batcher
//     that is a LeftOutReporter says which ready items it left out and
//     why; the leader publishes them in a Submission record (LeftOut),
//     and every Tracker shows the reason (Status.Reason) until the item
//     is submitted. A Batcher that has Rounds (Bitcoin: sweeps) also
//     gets batches of no items proposed by the lease holder every
//     RoundInterval, signed by each signer's SignBatch alone and
//     submitted by the leader (rounds.go): the chain's one leader and
//     one proposal/share path serve everything it executes.
//     Non-leaders keep the same state, so a new leader resubmits whatever
//     the old one had not confirmed; the destination's replay protection
//     turns a second submission into "already processed".
//   - Tracker is the transfer state machine (observed → final → signed k/t
//     → submitted → executed, or rejected → refunded), an in-memory
//     projection of the events, shares and submissions streams replayed
//     at start, queryable by transfer id.
//   - Reconciler re-offers, every Interval, the transfers this operator's
//     own ledger holds as open (source final, no execution; an
//     OpenLister) for longer than After to its signer (Signer.Reoffer):
//     re-verified, signed again — the same authorization, under the
//     destination's current epoch — and the share published again under
//     a fresh id (ReofferShareID). A coordinator takes a re-offered
//     signature over the one it held. That completes transfers whose
//     events ran out of bus deliveries, whose shares the coordinators
//     lost, or whose shares name a retired signer epoch.
//
// The adapters, the EIP-712 digests and the audit chain plug in through
// small interfaces declared here: Verifier, EventSource, Policy,
// Accountant, Authorizer, Submitter, Batcher. AssetTable is an in-memory Policy;
// ECDSAAuthorizer signs any DigestFunc with secp256k1 and verifies by
// recovery. docs/relay.md describes the bus layout, the envelope, the
// checks and the state machine in full.
//
// # Errors
//
// The signer's refusals wrap ErrMismatch, ErrNoVerifier, ErrNoAuthorizer,
// ErrUnknownAsset, ErrLimit, ErrInvariant and ErrDecode (and, for a
// re-offer, ErrExpired) and terminate the message; ErrNotFound, ErrNotFinal, ErrReorged, ErrPaused and
// ErrRateLimited (and any adapter error) are retried with backoff through
// bus.Retry. Batch proposals with an item the signer signed with other
// content are refused with ErrNotSigned (items it has not signed yet are
// retried). An authorization for a transfer this operator signed another
// authorization for (its SignedStore holds another hash, across restarts
// too) is refused with ErrSignedOther (a *SignedOtherError naming both
// hashes); a SignedStore used after Close returns ErrStoreClosed, and a
// share whose entry could not be stored is withheld and retried. An Accountant's ErrCompleted (wraps ErrInvariant: a late copy
// of a transfer already executed) is skipped quietly, not raised as an
// invariant alarm; its ErrNotRecorded (this operator's own watcher has not
// recorded the source yet) is waited for when the Accountant is a
// SourceWaiter, then retried. The coordinator rejects shares with ErrBadShare,
// ErrNotOperator or ErrDecode. Constructors return ErrConfig naming every
// problem.
package relay
