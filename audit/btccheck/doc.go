// Package btccheck checks audit records against a real Bitcoin chain, for
// `bridgectl audit verify --chains` and for the attester's RecordChecker:
// a Checker is the audit.ChainChecker of one Bitcoin chain.
//
// It re-reads every record's transaction from the auditor's own btcd node
// through chains/bitcoin/watcher's Verifier — the same classification code
// the watcher runs, configured with the deployment's watcher.Config — and
// requires it to be final (Confirmations deep on the best chain) in the
// recorded block:
//
//   - LOCK, LOCK_REJECTED, REFUND: the event is re-derived and compared
//     field by field by audit.EventChecker (kind, finality, reference,
//     block, transfer id, asset, amount, sender = refund key, destination
//     chain, recipient); a LOCK_REJECTED must also carry the same
//     rejection code. A LOCK's amount is the deposit output's value
//     (gross); its deposit fee must not exceed the amount, nor
//     Config.MaxDepositFee when set (replay then requires its MINT to be
//     amount − fee). A REFUND's amount is the whole deposit.
//   - UNLOCK (a Bitcoin payout): output REF.index of a transaction spending
//     custody pays exactly the record's recipient scriptPubKey
//     amount − fee. The burn the output pays is not written on Bitcoin;
//     audit.Verify ties the UNLOCK to an open burn of the same amount and
//     recipient.
//   - SWEEP: every input of REF spends a deposit through its mint leaf,
//     their transfer ids are exactly the record's list, amount is their
//     total value, every output pays custody (any epoch) and fee =
//     amount − Σ outputs. REF.index must be one of the swept inputs.
//   - ANCHOR: anchor.BitcoinChecker (the OP_RETURN payload).
//
// MINT, BURN, PAUSE and RESUME do not happen on Bitcoin and are refused.
//
//	c, err := btccheck.New(btccheck.Config{Watcher: wcfg, Node: rpc})
//	rep, err := audit.Verify(ctx, src, audit.VerifyOptions{Chains: map[chains.ChainID]audit.ChainChecker{wcfg.Chain: c, ...}})
//
// # Errors
//
// ErrConfig from New. CheckRecord's errors wrap audit.ErrChainCheck; a
// record the chain contradicts is an *audit.MismatchError naming the field
// ("finality", "kind", "event reference", "block number", "block hash",
// "transfer id", "asset id", "amount", "sender", "destination chain",
// "recipient", "rejection reason", "inputs", "outputs", "swept transfers",
// "fee", or an anchor field). RPC failures wrap watcher.ErrNode.
package btccheck
