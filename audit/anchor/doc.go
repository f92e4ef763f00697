// Package anchor writes audit-chain head hashes into Bitcoin and EVM
// chains and checks them back, so that operators cannot rewrite the audit
// chain unseen (docs/audit-format.md §8 and §12).
//
// # Writers (audit.Anchorer)
//
//   - BitcoinAnchorer: one standard transaction per anchor, signed with an
//     operator-funded P2WPKH or P2TR (BIP-86 key path) key and broadcast
//     through btcd's RPC. Output 0 is OP_RETURN OP_DATA_45 with the payload
//     "KKHA" ‖ 0x01 ‖ height u64 BE ‖ block hash (45 bytes; PayloadScript);
//     output 1 is the change back to the key. Fee = vsize × FeeRate.
//     Inputs signal replacement (BIP-125) so that a stuck anchor can be
//     bumped by hand. The key's coins live in a CoinStore (FileCoins):
//     fund PkScript once and save the outpoint; each anchor's change is the
//     next coin. The store is written before each broadcast with the spent
//     coins marked, so a crash at any point neither loses coins nor
//     double-spends them.
//   - EVMAnchorer: calls AuditAnchor.anchor(operator, header,
//     attestations) (contracts/src/AuditAnchor.sol, docs/audit-format.md
//     §12.2) with a block's header and the attestations that made it
//     final (PackAttestations: ascending by signer, the operator among
//     them), paid by any funded key (an operator's transactions key). The
//     contract accepts it only with the bridge's threshold of current
//     signers' attestations; each operator's heights strictly increase.
//     relayd sends the same call through its chain's evm.Submitter
//     (relay/auditanchor), not through EVMAnchorer.
//
// Both split Anchor into Send and Wait. Anchor returns once the anchor is
// final (Confirmations deep on the node's best chain) with the audit.Ref
// an ANCHOR record carries: for Bitcoin the OP_RETURN output (index 0), for
// EVM the Anchored log's index in its block.
//
//	ref, err := btcAnchorer.Anchor(ctx, height, hash)
//	ref, err := evmAnchorer.Anchor(ctx, block.Header, block.Attestations)
//
// # Finding EVM anchors (auditors)
//
// FindEVM reads every final Anchored log of an AuditAnchor; CheckEVM (and
// CheckAllEVM over a chain's list) checks one against the chain an auditor
// verified, kept in a Verified (audit.VerifyOptions.Verified = v.Add): the
// hash at its height, and its attestations as a quorum of that block's
// signer set with the operator among them. A hash the verified chain does
// not have is a *ConflictError naming the operator. This is how
// `bridgectl audit verify --chains` checks anchors: they are not recorded
// into the audit chain. ScanEVM is FindEVM for a follower (the audit
// explorer): it also returns the first block it did not scan, where the
// next call starts.
//
// # Checkers (audit.ChainChecker, ANCHOR records only)
//
//   - BitcoinChecker: the transaction REF is final in the recorded block
//     on the best chain and its output REF.index is the canonical anchor
//     payload of exactly (AnchorHeight, AnchorHash). audit/btccheck routes
//     Bitcoin ANCHOR records to it.
//   - EVMChecker: the transaction succeeded, is final in the recorded block
//     on the canonical chain, and its log REF.index is an Anchored event of
//     the published AuditAnchor address with exactly (AnchorHeight,
//     AnchorHash). Use it as the Other of the chain's audit.EventChecker.
//
// audit.Verify itself checks that AnchorHash is the hash of block
// AnchorHeight; together the two prove that the chain being verified is the
// one that was anchored.
//
// # Errors
//
// ErrConfig (constructors), ErrPayload (not a canonical anchor payload),
// ErrAttestations (an anchor's attestations are malformed, short of the
// threshold, or lack the operator), ErrConflict (*ConflictError: an
// anchored hash the verified chain contradicts), ErrBeyondHead (an anchor
// above the verified head), ErrFunds (the key's coins cannot pay the fee
// and a change above the dust limit: fund PkScript and add the outpoint to
// the coin store), ErrNode (RPC failure), ErrNotFinal, ErrDropped (the
// anchor transaction vanished from the node, reverted or emitted no
// Anchored event), ErrRefused (the anchor contract refused the call at gas
// estimation: below the threshold, an attester not a current bridge
// signer, or a height not above this operator's last). Checker failures
// wrap audit.ErrChainCheck, and are an *audit.MismatchError naming the
// field ("finality", "block number", "block hash", "anchor payload",
// "anchored height", "anchored hash", "log index", "anchor contract",
// "event", "status") when the chain contradicts the record.
package anchor
