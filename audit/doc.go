// Package audit is Kakehashi's state-audit chain (状態監査チェーン): every
// DEFINE, LOCK, LOCK_REJECTED, MINT, BURN, UNLOCK, REFUND, SWEEP, SIGNERSET
// change, PAUSE, RESUME and ANCHOR is a record in hash-linked blocks
// attested by t operators, so that anyone can replay it from genesis and
// prove where every unit of value is.
//
// The byte formats (records, headers, the Merkle tree, attestations, the
// derived-state encoding and the JSONL export) are specified in
// docs/audit-format.md, which an independent auditor codes against;
// docs/audit-rehash.sh re-hashes an export with bash and sha256sum only.
//
// # Pieces
//
//   - Record, Block, Header, Attestation: the data and its canonical
//     encoding (Record.Encode, DecodeRecord, Block.Encode, DecodeBlock).
//     Amounts are 256-bit unsigned (github.com/holiman/uint256).
//   - State: the state derived from the records — per asset the amount
//     locked on the home chain, outstanding on each other chain and in
//     flight — with the invariant locked = Σ outstanding + in flight,
//     checked after every record and block. A Bitcoin deposit's LOCK
//     carries the gross amount and the deposit fee withheld for its sweep
//     (Record.Fee): its MINT is amount − fee, its REFUND the whole amount,
//     and the minted lock's fee is reported as FeesWithheld beside the
//     SWEEP fees paid (docs/audit-format.md §5.1). Memory is proportional
//     to the open transfers, never to the history.
//   - Ledger: an operator's verified head. Apply takes a final block,
//     verifies it against the head, stores it (fsync) and advances;
//     CatchUp and Import take in what a restarted operator missed. Its
//     CheckMint / CheckUnlock are the global accountant the signers ask
//     before signing: a mint without a recorded final lock or burn, a
//     second mint of a transfer, a different amount, recipient or chain, a
//     paused route or a mint over the per-transfer limit is refused.
//   - Proposer and Attester: block production, independent of transport.
//     FromEvent turns a watcher's final event into a record (LockWithFee
//     for a deposit credited net of a fee); the leader
//     proposes a block from such records (invalid records are
//     left out and reported); every other operator re-derives it on its
//     own head, re-checks each record against its own nodes through a
//     RecordChecker, and signs; AddAttestation collects signatures until
//     the signer set's threshold makes the block final.
//   - Store: the durable local copy in bbolt, with group commit
//     (concurrent or pipelined Appends share one fsync; each is
//     acknowledged only after it).
//   - Transport: final blocks travel on the bus's KKH_AUDIT JetStream
//     stream (SubjectFinal; proposals on SubjectBlock, attestations on
//     SubjectAttest). PublishBlock / BlockMsgID publish with deduplication;
//     StreamSource reads the stream back as a Source, so a restarted
//     operator runs Ledger.CatchUp on it: forged or repeated publications
//     are refused or skipped, the genuine block for each height is taken.
//   - Verify, Replay, Export, NewJSONLSource, Import, Report.Print: the
//     auditor's API behind `bridgectl audit verify|replay|export`.
//     ChainChecker is what `--chains` calls per record; EventChecker
//     implements it (and the attester's RecordChecker) for every record
//     that stands for one bridge event, over any EventReader such as
//     chains/evm's Verifier, and reports a *MismatchError naming the field
//     the node contradicts. VerifyOptions.Verified hands each verified
//     block to the caller (audit/anchor.Verified keeps what checking EVM
//     anchors needs). Anchorer writes head hashes into Bitcoin and EVM
//     chains (implemented in audit/anchor); audit/btccheck checks Bitcoin
//     records against a btcd node.
//
// # Typical use
//
// An operator:
//
//	store, _ := audit.NewStore(audit.StoreConfig{Path: "audit.db", Logger: log})
//	ledger, _ := audit.NewLedger(ctx, audit.LedgerConfig{Store: store, Genesis: pinned})
//	// leader
//	block, rejected, _ := proposer.Propose(ctx, records)
//	// every operator, on receiving block
//	att, err := attester.Attest(ctx, block)
//	// collector
//	final, _ := audit.AddAttestation(ledger.Signers(), block, att)
//	if final { _ = ledger.Apply(ctx, block) }
//	// signer, before signing a mint
//	if err := ledger.CheckMint(audit.Claim{...}); err != nil { refuse(err) }
//
// An auditor:
//
//	rep, err := audit.Verify(ctx, audit.NewJSONLSource(f), audit.VerifyOptions{Genesis: pinned})
//
// # Errors
//
// Every error wraps one sentinel, tested with errors.Is: ErrEncoding (not a
// canonical encoding), ErrLinkage (height or previous hash: a dropped,
// repeated or foreign block), ErrTime, ErrRecordsRoot (a changed, moved,
// added or dropped record), ErrStateHash, ErrAttestation (invalid,
// malleable, foreign or repeated signature), ErrQuorum, ErrGenesis,
// ErrTransition (a record not valid in the current state), ErrInvariant (a
// record that would break locked = Σ outstanding + in flight, such as a
// mint with no final lock), ErrPaused and ErrLimit (accountant refusals),
// ErrAnchor, ErrChainCheck (a record the real chain does not confirm),
// ErrEvent (FromEvent, LockWithFee: not final, reorged, not recordable
// alone, or a fee that is negative or above the amount),
// *MismatchError (wraps ErrChainCheck),
// ErrClosed, ErrNotFound and ErrConfig.
//
// Verification failures are a *VerifyError naming the block height, the
// record index within the block (NoRecord for header, linkage,
// attestation and state-hash failures) and the reason:
//
//	audit: block 3 record 3 (MINT): supply invariant violated: MINT of transfer 0x25… without a recorded final lock or burn in flight
//
// A changed or moved record is named when the export carries the leaf
// hashes (JSONL exports do) and they still hash to the attested root.
package audit
