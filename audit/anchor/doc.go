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
//   - EVMAnchorer: calls AuditAnchor.anchor(height, hash)
//     (contracts/src/AuditAnchor.sol) with the operator's key, which must
//     be in the bridge's current signer set; each operator anchors on its
//     own, with strictly increasing heights.
//
// Both split Anchor into Send and Wait. Anchor returns once the anchor is
// final (Confirmations deep on the node's best chain) with the audit.Ref
// an ANCHOR record carries: for Bitcoin the OP_RETURN output (index 0), for
// EVM the Anchored log's index in its block.
//
//	ref, err := btcAnchorer.Anchor(ctx, height, hash)
//	rec := &audit.Record{Kind: audit.KindAnchor, Ref: ref, AnchorHeight: height, AnchorHash: hash}
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
// ErrFunds (the key's coins cannot pay the fee and a change above the dust
// limit: fund PkScript and add the outpoint to the coin store), ErrNode (RPC
// failure), ErrNotFinal, ErrDropped (the anchor transaction vanished from
// the node, reverted or emitted no Anchored event), ErrRefused (the anchor
// contract refused the call at gas estimation: not a current bridge signer,
// height not above this operator's last, or zero hash). Checker failures
// wrap audit.ErrChainCheck, and are an *audit.MismatchError naming the field
// ("finality", "block number", "block hash", "anchor payload", "anchored
// height", "anchored hash", "log index", "anchor contract", "event",
// "status") when the chain contradicts the record.
package anchor
