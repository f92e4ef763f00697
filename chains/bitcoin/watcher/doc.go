// Package watcher follows a btcd node over RPC and reports Kakehashi's
// Bitcoin events as chains.Event values, each once its block is final;
// Verifier re-checks one event from a signer's own node.
//
// # Verifying a reference
//
// Verifier.Verify(ctx, ref) re-reads the transaction a chains.EventRef names
// (a deposit, rejected deposit, sweep, refund or payout), checks that its
// block is final and returns the decoded event, classified by the same code
// the watcher uses (Events, ReadFinal), so the two cannot disagree. It is the
// relay signer's Verifier and the audit chain's EventReader. VerifyKind fixes
// the expected kind and skips the mint cut-off, for auditors re-checking old
// deposits; VerifyDeposit is the signer's pre-mint check.
//
// # Events
//
//   - KindLocked: an accepted deposit. Ref is (txid, vout of the P2TR
//     output), TransferID = chains.BitcoinTransferID(chain, txid, vout),
//     Amount in satoshis, DstChain and Recipient from the payload, Sender
//     the 32-byte refund key.
//   - KindDepositRejected: a transaction with a "KKH" OP_RETURN that breaks
//     a rule. Reason is "<code>: <detail>" with a code of RejectUnknownVersion,
//     RejectBadLength, RejectBadPayload, RejectSeveralPayload, RejectNoOutput,
//     RejectSeveralOutputs, RejectBelowMinimum, RejectRefundWindow or
//     RejectDestination. Nothing is minted; the depositor refunds after the
//     locktime. Ref.Index is the matching output, or the OP_RETURN's vout
//     when there is no single match.
//   - KindSweep / KindRefund: a known deposit spent through its mint leaf
//     (into custody) or its refund leaf. Ref is (spending txid, input
//     index); TransferID and Amount are the deposit's.
//   - KindPayout: an output of a transaction spending custody that pays
//     elsewhere than custody. Ref is (txid, vout), Recipient the
//     scriptPubKey, Amount the value; TransferID comes from the
//     PayoutResolver (the relay knows which burn each output pays; the
//     proposal PSBT carries it) and is zero without one.
//
// Ref.TxHash and BlockHash are in RPC display order, like transfer ids.
//
// # Finality, reorgs, cursor
//
// The watcher polls (Run calls Poll every PollInterval); it does not use
// btcd's websocket notifications, so it works with any RPC endpoint, and a
// missed notification cannot lose a block. Poll and Run must not be called
// concurrently on one Watcher. It delivers to a chains.Sink and keeps its
// Position in a chains.Cursor, the contract every adapter shares; its
// conformance suite is package chaintest (run on btcd and, in unit tests,
// on a test double of the node).
//
// RunRange and PollRange also take a chains.RangeHook: each final block's
// events (when it has any) go to the hook before any of them goes to the
// sink, as the EVM watcher gives each scanned range. A hook error leaves the
// cursor before that block, so the next poll gives it to the hook again
// (RunRange logs it and retries, as for a node error).
//
// Only blocks with at least Config.Confirmations confirmations are
// processed, so a deposit reorged out before that is never reported. After
// each block the Cursor is saved (at-least-once delivery: the sink returned
// nil for every event first). Before each poll the last processed block is
// compared with the node's best chain; blocks that left it are rolled back
// newest first and their events re-sent with Reorged set (an alarm: they
// had been final). Blocks are recognised from memory, or re-read by hash
// after a restart.
//
// Deposit validation: the payload decodes; the P2TR output is rebuilt for
// every configured epoch (current and previous) and exactly one output of
// the transaction must match; amount ≥ MinDeposit; the destination is
// served; locktime − (block height + Confirmations − 1) ≥ RefundMargin.
//
// # Errors
//
// ErrConfig (New, NewVerifier), ErrNode (RPC failures; Run retries them),
// ErrHook (the range hook failed; RunRange retries), ErrCursor, ErrDeepReorg (the cursor's block left the chain and cannot be
// re-read), and for the Verifier ErrNotFinal, ErrNotFound, ErrRejected,
// ErrTooLate (VerifyDeposit, and Verify of a deposit: the refund locktime
// is near), ErrAmbiguous (one transaction holds two events at that index:
// name the kind with VerifyKind).
package watcher
