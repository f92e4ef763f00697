// Package ledger is the operator's own audit ledger as the relay uses it:
// relay.Accountant (Check before every signature) and relay.SourceWaiter
// over a local audit chain (package audit, bbolt with fsync).
//
// The ledger's genesis names this operator as its only signer and holds
// one DEFINE per asset of the deployment (Genesis, Defines); assets
// defined later are added when the ledger opens. Every further block is
// made of the final events of the operator's own watchers — never of bus
// content. Each route builds the audit records of its chain's events
// (RecordOf for those that follow from the event alone; the Bitcoin route
// its LOCKs with the deposit fee, SWEEPs and payout UNLOCKs) and hands a
// whole watcher delivery to RecordAll, the one recording path: one audit
// block per delivery, sources in the audit chain's source order, an
// execution seen before its source kept durably until the source is
// recorded, refused records logged and left out.
//
// Before signing, the signer's authorization is checked with
// audit.Ledger.CheckMint or CheckUnlock: a mint or unlock without a
// recorded final lock or burn in flight, of another amount, recipient or
// chain, is refused. docs/relay.md ("Wiring") explains the choice and its
// limits.
//
// AssetTable turns the deployment's assets (with the limits a bridge
// enforces now, Limits) into the relay's asset table.
//
// # Errors
//
//   - ErrNotRecorded (wraps relay.ErrNotRecorded): Check was asked about a
//     transfer whose source event this operator's watcher has not reported
//     yet; the signer waits for it (AwaitSource), then retries.
//   - ErrCompleted (relay.ErrCompleted, wraps relay.ErrInvariant): Check
//     was asked about a transfer whose execution the ledger already holds
//     (a late copy); never signed, and the signer skips it quietly.
//   - Check wraps relay.ErrInvariant (refused) or relay.ErrPaused (retried)
//     around the audit package's error.
//   - ErrConfig: a configuration is incomplete, or the audit store belongs
//     to another operator.
//   - RecordAll returns only store failures: the watcher keeps its cursor
//     and delivers the range again.
package ledger
