// Package auditchain runs the federation's one state-audit chain: blocks
// proposed by the leader (the holder of the bus lease "audit"), final
// once t operators attest them, replicated by every operator.
//
// Each operator keeps its own ledger too (relay/ledger): the records its
// own watchers saw, in its own order, and what its signers check against.
// The shared chain is built from those ledgers:
//
//   - The leader proposes, in its own ledger's order, the records of its
//     ledger the shared chain does not hold yet (audit.Proposer on the
//     shared head), and publishes the block on kkh.audit.block.
//   - Every operator attests a proposal only if it follows its shared head
//     and every record in it is, byte for byte, a record of its OWN ledger
//     (audit.Attester with a RecordChecker over its own ledger): a record
//     it has not seen yet is not attested now (the leader proposes again),
//     one that contradicts its own — another record for the same chain
//     event — is refused, logged and counted as a divergence.
//   - The leader adds the attestations (kkh.audit.attest) until t, then
//     publishes the final block on kkh.audit.final; every operator applies
//     final blocks in order (audit.Ledger.Apply verifies the t
//     attestations) to its replica, a store of its own
//     (<dataDir>/federation-audit.db). A restarted operator replays
//     kkh.audit.final from the start and verifies every block.
//
// The genesis names the deployment's signer set (SIGNERSET, threshold t)
// and defines its assets; it is attested like any block.
//
// Anchoring the final head into the EVM chains is package
// relay/auditanchor's, which asks this package who leads (Leading) and for
// the newest final block (FinalHead).
package auditchain
