// Package cli is bridgectl: the command line for users, dapps and operators
// of a Kakehashi bridge. New builds the cobra command tree; Execute runs it
// in-process (tests use it) and prints errors as one line, or as
// {"error", "code"} with --json. docs/bridgectl.md is the manual.
//
// Every command that sends something first checks it against the chains —
// asset and route known, recipient well-formed, amount within the
// per-transfer limit and the window's capacity, bridge not paused, balance
// sufficient — and refuses with one line that says what to do, before any
// transaction is signed.
//
// status follows a transfer through relayd's /v1/transfers/<id> (relay.Status)
// and the user's own node for confirmations; a Bitcoin deposit is named by
// its outpoint (--deposit), read from the user's btcd until a relay
// reports it. audit verify|replay|export run
// package audit's Verify, Replay and Export over a JSONL export or a
// relayd's bbolt store; verify --chains checks each record against the
// user's own nodes (audit.EventChecker over chains/evm's Verifier per EVM
// chain, audit/btccheck for Bitcoin, audit/anchor for EVM anchors). audit
// serve runs package audit/explorer's web explorer over relayd replicas or
// an export, until its context ends, reading the anchors in each EVM
// chain's AuditAnchor (the deployment's auditAnchor) on the nodes the
// other commands resolve, dialled lazily so that a node down at start is
// read once it is up.
//
// # Errors
//
// Errors wrap one of the sentinels in errors.go (ErrUnknownAsset,
// ErrAboveLimit, ErrBelowLimit, ErrRecipient, ErrInsufficientBalance, ErrPaused,
// ErrLocktime, ErrAuditFailed, ErrTransferFailed, ErrTimeout, …); Code maps
// each to the stable code printed with --json. A failed audit verification
// also carries its block, record and reason into the --json error object.
package cli

// docs/cli, the command reference, is generated from the commands
// (TestCLIReference fails when it drifts).
//go:generate go test -run TestCLIReference -count=1 . -update
