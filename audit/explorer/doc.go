// Package explorer is the audit chain's web explorer, for auditors and
// users: an http.Handler that serves, as server-rendered pages, a copy of
// the federation's state-audit chain it has verified itself from genesis.
//
// # Where the chain comes from
//
// An Explorer reads one or more Replicas: a relayd's replica of the shared
// chain (URLReplica: GET /v1/audit/blocks, the JSONL export of
// docs/audit-format.md §7) or an export file (FileReplica). Every block is
// verified before it is indexed or shown — linkage, records root, each
// record's transition, the supply invariant, the state hash and t valid
// attestations of the signer set in force (audit.Ledger.Apply, the code
// behind 'bridgectl audit verify'), against a pinned genesis hash when
// Config.Genesis is set. Refresh takes each block from the first replica
// that has it; a replica that holds, at a verified height, another block
// diverges (ErrDiverged), and one whose next block does not verify, or
// whose copy of a verified block carries attestations that do not, is
// refused (*audit.VerifyError). Both are named on the overview while the
// explorer keeps serving what verified. Run refreshes every Interval
// (default 3 s), so a live federation's new transfers appear within
// seconds of being recorded; a URLReplica first asks GET /v1/audit/head
// and downloads the export only when the head moved.
//
// # Pages
//
//   - / — the head (height, hash, time, which operators attested it); the
//     supply invariant per asset (locked on the home chain = Σ outstanding
//     on the other chains + in flight, from the replayed state, a row that
//     does not hold marked); the federation (signer set, threshold, every
//     epoch from the SIGNERSET records); the anchors per chain (below);
//     the latest transfers; each replica's status. htmx refreshes it
//     every 5 s.
//   - /search?q= — a transfer id, a sender or recipient (hex of an address,
//     a script or a refund key), a chain transaction hash, an audit block
//     height or hash; six or more hex digits also match the start of these.
//     One hit redirects (303) to it, several are listed, none is a 404
//     page. /search/results?q= is the same search as a list fragment,
//     which the search box fetches with htmx while one types; the plain
//     form works without JavaScript.
//   - /transfers/{id} — every record of the transfer in chain order (LOCK,
//     LOCK_REJECTED, MINT, BURN, UNLOCK, REFUND and the SWEEP of a Bitcoin
//     deposit), each with its chain, transaction, amount, audit block and
//     that block's attestations.
//   - /blocks/{h} — the header, every record, the attestations.
//
// Every page has a JSON twin: send Accept: application/json.
//
// # Anchors
//
// relayd's audit leader anchors the attested head into each EVM chain's
// AuditAnchor contract (docs/audit-format.md §8); those anchors are the
// contract's Anchored events, not records of the audit chain, so the
// explorer sees them only if it reads the chains: Config.Anchors, one
// AnchorSource per contract (EVMAnchors: the auditor's own node, from the
// contract's deploy block, each final block read once). Every refresh,
// after the replicas, it takes the anchors that became final and checks
// each against the chain it verified (anchor.CheckEVM): the hash must be
// the verified block's at that height and the attestations a quorum of
// that block's signer set, the anchoring operator among them. An anchor
// above the verified head waits until the chain reaches it. Per chain the
// overview shows the newest anchor that checks out (height, hash,
// operator, transaction, and its age: that of the chain block holding the
// event, read from the node), a CONFLICT row naming the operator for each
// anchor whose hash the verified chain contradicts (logged at error too),
// an INVALID row for one whose attestations do not verify, "none yet", or
// the node's failure; and the chain's latest ANCHOR record, if the audit
// chain holds one. Without a source the page says that anchors are not
// checked, and Config.AnchorsOff why.
//
// # What the browser runs
//
// Templates and static files are embedded (go:embed): no build step, no
// CDN. The only script is htmx 2.0.11, vendored unchanged from the npm
// package htmx.org@2.0.11 (static/README.md gives its SHA-256, which a
// test checks). Pages are html/template, so whatever a user types or a
// record carries is escaped; a Content-Security-Policy allows only the
// explorer's own script and stylesheet.
//
// # Memory
//
// The explorer keeps every block decoded in memory, with indexes by
// transfer, party, chain transaction and block hash: fine for the audit
// chain of one federation (a few hundred bytes a record); a chain of
// tens of millions of records would want a disk-backed index.
//
// # Errors
//
// New and EVMAnchors return ErrConfig. Refresh returns each replica's
// failure, joined: ErrReplica (unreachable or a bad answer), ErrDiverged,
// or an *audit.VerifyError (the block and record that do not verify,
// wrapping audit's sentinels, e.g. audit.ErrAttestation or
// audit.ErrGenesis), and each anchor source's, wrapping ErrAnchors (and
// anchor.ErrNode for a node that failed); it also wraps ErrNoChain while
// no block has verified. An anchor that contradicts the verified chain is
// not an error of Refresh: it is what the overview shows. A Replica's
// Open answers ErrUnchanged when it can tell that it holds nothing new.
package explorer
