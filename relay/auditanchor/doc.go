// Package auditanchor anchors the federation's shared audit chain
// (relay/auditchain) into the EVM chains, from relayd: the operator that
// leads the chain (holds the bus lease "audit") writes the newest final
// block into each chain's AuditAnchor contract (contracts/src/AuditAnchor.sol,
// docs/audit-format.md §12.2) every EveryBlocks final blocks or Every,
// whichever comes first.
//
// # What is sent
//
// AuditAnchor.anchor(operator, header, attestations): the block's 137-byte
// header and the attestations that made it final, with this operator's own
// added when the block became final without it (the contract requires the
// operator it names to be an attester: a conflicting anchor then carries
// that operator's own signature). The contract checks that at least the
// bridge's threshold of distinct current signers attested the header's
// hash, so no single key can anchor anything; the transaction is paid by
// the operator's transactions key, which signs nothing the contract
// checks. On EVM chains it goes through the chain's evm.Submitter, the one
// nonce manager of that key (EVMTarget), so anchors and mints never race
// for a nonce.
//
// # Schedule
//
// Per chain: an anchor is due when the newest final block is above the
// last one this operator anchored there, and either EveryBlocks blocks
// have become final since, or Every has passed since the last anchor (or
// since this operator became the leader). Nothing is sent while the chain
// is idle: no new final block, no anchor. When an operator becomes the
// leader it reads its own latest anchor from the contract, so a restart or
// a lease handover neither repeats a height nor waits a whole period. One
// chain failing does not hold up the others.
//
// Anchors are not recorded into the audit chain: they are found by
// auditors from the contracts' Anchored logs (`bridgectl audit verify
// --chains`), each checked against the verified chain — an ANCHOR record
// per anchor would itself make a new block to anchor, so an idle
// federation would never stop growing its chain (docs/decisions.md).
//
// # Failures
//
// A failed anchor never stops relayd: it is logged with what to do
// (the fix field: fund the transactions key, align the bridge's signer set
// with the audit chain's, check the node) and counted in
// kakehashi_audit_anchors_total{chain,result}, and retried once Every has
// passed. kakehashi_audit_anchored_height{chain} is the newest height
// anchored by this operator.
//
// # Errors
//
// New returns ErrConfig for an invalid Config. Run returns only when its
// context ends. Target implementations return a *Failure (Result "refused"
// when the contract refused the anchor, "error" otherwise, and the Fix).
package auditanchor
