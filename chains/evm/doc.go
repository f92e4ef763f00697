// Package evm is how the relay sees and acts on EVM chains: it follows a
// chain's Bridge contract (Watcher), re-reads a referenced event from the
// operator's own node (Verifier), and sends mint and unlock transactions
// (Submitter), all through a Client that spreads calls over several RPC
// endpoints with failover. Contract calls and event decoding use the
// abigen bindings in contracts/bindings; nothing here encodes ABI by hand.
//
// The full design — finality, reorganisations, the cursor and the
// exactly-once argument, the verifier's checks, nonce and fee policy — is in
// docs/evm-adapter.md. In short:
//
// # Client
//
//	c, err := evm.Dial(ctx, evm.ClientConfig{
//		Chain:     31337,
//		Endpoints: []evm.Endpoint{{URL: "ws://127.0.0.1:8545"}, {URL: "https://backup.example"}},
//	})
//
// Each call goes to the current endpoint; a transport failure (refused,
// reset, timeout, HTTP 5xx/429) marks it down for a capped exponential
// back-off (BackoffMin … BackoffMax) and the call moves to the next
// endpoint, up to Attempts tries. Errors the node answers are not retried
// and are classified (see Errors). Every endpoint must serve Chain.
//
// # Watcher
//
//	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: 31337, Bridge: bridge, Confirmations: 12, StartBlock: deployBlock}, c, cursor)
//	err = w.Run(ctx, func(ctx context.Context, ev chains.Event) error { … })
//	// or, to see a scanned range's final events before any is emitted
//	// (the relay records them in its audit ledger in one block):
//	err = w.RunRange(ctx, hook, sink)
//
// The watcher emits Locked, Burned, Minted, Unlocked and admin events in
// chain order, each once it has Confirmations confirmations (Final set).
// It persists a Checkpoint through Cursor after every range, so a restart
// resumes with no gap. If a reorganisation removes an event it had already
// emitted, it emits that event again with Reorged set: an alarm. Events in
// the unconfirmed tail are re-read on every head and reported to an
// optional observer (WithObserver), never to the sink. The watcher syncs on
// every new head: pushed by a head subscription where an endpoint is a
// websocket, otherwise noticed by polling the head's number every
// HeadPollInterval (100ms; one eth_blockNumber each), with a full sync
// every PollInterval as a safety net. An event is therefore emitted within
// about one HeadPollInterval (plus the sync) of the block that makes it
// final.
//
// # Verifier
//
//	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: 31337, Bridge: bridge, Confirmations: 12}, c)
//	ev, err := v.Verify(ctx, ref)
//
// Verify fetches the receipt itself and checks, in order: chain, receipt,
// status, log index, emitter address, event signature, decoding (canonical
// data, transferId consistent with chain, bridge and nonce), canonical
// block, and confirmations.
//
// # Submitter
//
//	s, err := evm.NewSubmitter(evm.SubmitterConfig{Chain: 31338, Bridge: bridge, Key: submitKey,
//		Fees: evm.FeePolicy{MaxFeeCap: big.NewInt(200e9)}}, c)
//	res, err := s.Mint(ctx, epoch, transfer, sigs)
//
// One Submitter per key: nonces are assigned under a lock held across
// signing and sending, so concurrent callers get consecutive nonces and a
// nonce is consumed only by a transaction a node accepted. Fees follow
// EIP-1559 under a hard cap; a transaction unmined after StuckAfter is
// replaced by the same nonce with tip and fee cap raised by BumpPercent
// (at least 10%), which also re-broadcasts one a node dropped. A revert is
// decoded into a *RevertError naming the bridge's custom error; a transfer
// the bridge already processed is success without effect
// (Result.AlreadyProcessed).
//
// # Conformance
//
// Package evmtest holds the conformance suite every backend passes: the
// unit tests run it on go-ethereum's simulated backend, the integration
// tests (build tag integration) on anvil. On the same two backends,
// evmtest.Conformance runs chaintest, the suite every kind of chain passes
// (watcher, verifier, finality, reorgs, restarts). The Sink, RangeHook and
// Cursor the watcher uses are declared once for all adapters in package
// chains; Sync and SyncRange are one step of Run and RunRange.
//
// # Errors
//
// Every error wraps one sentinel; test with errors.Is, and errors.As for
// the typed ones.
//
//   - ErrConfig: invalid configuration (the message names the field).
//   - ErrUnavailable: no endpoint answered within the attempts (*RPCError).
//   - ErrWrongChainID: an endpoint serves another chain.
//   - ErrNotFound, ErrRangeTooLarge, ErrRPC: node answers (*RPCError, with code).
//   - ErrNonceTooLow, ErrNonceTooHigh, ErrUnderpriced, ErrAlreadyKnown,
//     ErrInsufficientFunds: transaction pool answers (*RPCError).
//   - ErrReverted: execution reverted (*RevertError; Name is the bridge's
//     custom error, Args its arguments).
//   - Verifier: ErrWrongChain, ErrTxNotFound, ErrTxFailed, ErrLogNotFound,
//     ErrWrongContract (*WrongContractError), ErrUnknownEvent,
//     ErrMalformedEvent, ErrNotCanonical, ErrNotFinal (*NotFinalError).
//   - Submitter: ErrAlreadyProcessed (*AlreadyProcessedError, a batch only
//     partly processed), ErrFeeCapReached, ErrNonceConsumed.
//   - Watcher: ErrReorgedDeep is logged when a reorganisation is deeper than
//     the reorg window.
//
// Raw go-ethereum and JSON-RPC errors never leave the package unclassified.
package evm
