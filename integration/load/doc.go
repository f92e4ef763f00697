// Package load is the load benchmark of the bridge on a devnet (issue 8):
// a Go driver, BenchmarkLoad, that sends many mixed transfers over the
// routes relayd serves today — ERC-20 TST locked on A and minted on B,
// wrapped TST burned on B and unlocked on A, and wrapped TST burned on B
// and minted on C (a re-transfer) — through three relayd processes (2-of-3,
// package integration/cluster) on three anvil chains that mine a block
// every second, then measures and checks the run.
//
// It is behind the integration build tag and is a benchmark, so `go test
// -tags integration ./...` (make test) does not run it. Run it with:
//
//	go test -tags integration -run '^$' -bench Load -benchtime 1x -timeout 30m ./integration/load/
//
// Knobs (environment):
//
//	KAKEHASHI_LOAD_N        transfers to send (default 1000)
//	KAKEHASHI_LOAD_MIX      percent lock A→B, burn B→A, burn B→C (default 60,20,20)
//	KAKEHASHI_LOAD_USERS    concurrent user accounts (default 8)
//	KAKEHASHI_LOAD_RATE     transfers sent per second, all users together (default 10)
//	KAKEHASHI_LOAD_TIMEOUT  how long to wait for every transfer (default 15m)
//	KAKEHASHI_LOAD_KEEP     directory for the relayd logs, load-op<i>.log, kept after the run
//	                        (default: a /tmp/kakehashi-load-logs-* directory, removed
//	                        when the run passes, kept and named when it fails)
//	KAKEHASHI_LOAD_RELAYD   relayd binary to run (default: built from this tree)
//
// # What it measures, and how
//
// A poller per chain reads every Locked, Burned, Minted and Unlocked log of
// the bridge as blocks appear (every 200 ms) and records, per block, the
// wall-clock time it first saw the block and the block's timestamp.
//
//   - End-to-end latency of a transfer: from the source transaction mined
//     to its Minted/Unlocked event on the destination. Reported twice:
//     by block timestamps (destination block time − source block time;
//     anvil's timestamps have 1 s resolution) and by the driver's clock
//     (first seen the destination block − first seen the source block;
//     ±200 ms polling).
//   - Relay overhead beyond finality: the same, but starting at the block
//     that made the source final — block src + Confirmations − 1, as
//     chains/evm's watcher counts (the block holding the event is its
//     first confirmation). So it is what relayd adds after the event could
//     be acted on: the watcher's poll, the bus, signature gathering, the
//     submission and the destination's block interval.
//   - Relay overhead as issue 6 defines it, in milliseconds: from the
//     block that makes the source event final existing to the relay's
//     destination transaction being submitted. Both ends come from push
//     notifications of the anvils' websocket endpoints (clock_test.go):
//     newHeads dates the final block (block src + Confirmations − 1), and
//     newPendingTransactions dates the executing transaction's arrival in
//     the destination node's pool (by its hash). The legs split it on
//     the submitting relay's clock (its /v1/transfers history): final
//     block → relay's "final" (watcher, bus), → "signed" (the t-th share
//     published), → transaction in the pool (batching, the proposal
//     round, gas estimation, sending). The figure and its legs are also
//     given per route (lock A→B, unlock B→A, re-transfer B→C; metrics
//     overhead6-<lock|unlock|retransfer>-p50-ms and -p99-ms beside the
//     combined overhead6-p50-ms). The relay's own "submitted" state is
//     not used: the coordinator records it when the Submitter returns,
//     which for EVM is after the transaction was mined and its receipt
//     read (chains/evm polls every 500 ms), so "final → submitted" is
//     the overhead plus the rest of the destination's block interval plus
//     the receipt poll (about 1.1 s with 1 s blocks); the table shows
//     those two legs after the overhead (pool → block announced, block →
//     "submitted").
//   - Where the relay spends that overhead, from the state history of
//     each transfer (GET /v1/transfers/{id}) on the relay that sent its
//     executing transaction (the transaction's sender): final → signed (t
//     shares gathered), final → "submitted" (see above: after the
//     receipt), "submitted" → executed (the execution event final on the
//     relay's watcher), and the
//     watcher's lag (relay's "final" − the driver first seeing the block
//     that made the event final). All processes share the machine's clock.
//     With a block every second, the block-based figures are whole
//     seconds; the history shows the sub-second part.
//   - Gas per mint and per unlock: the receipt's gasUsed of every relay
//     transaction divided by the number of Minted/Unlocked events it holds
//     (a batch is shared out evenly); also the batch sizes and the gas of
//     transactions that carried one transfer.
//   - relayd CPU seconds (utime + stime from /proc/<pid>/stat) and peak RSS
//     (VmHWM from /proc/<pid>/status) of each process, read just before the
//     relays are stopped.
//
// # What it checks
//
// Every transfer sent (and the seed transfers that give users wrapped TST
// on B) has exactly one execution on its destination and none on any other
// chain, found by a full rescan of every chain after the run; none is lost.
// Then every relay is stopped and each operator's audit ledger passes
// audit.Verify with chain checks (audit.EventChecker over chains/evm's
// Verifier, as `bridgectl audit verify --chains` does).
//
// The Bitcoin route is not wired in relayd, so this driver reports no
// vbytes per payout recipient.
//
// # Errors
//
// The benchmark fails (b.Fatal) when the devnet or the relays cannot be
// started, a relayd ends on its own (checked every tick while sending and
// every 500 ms while waiting: "op1 exited with status 2 at 12:03:04.512
// (not stopped by the harness); log: …" and the end of that log, from the
// Go crash report if any) or does not exit cleanly on SIGTERM at the end,
// a transfer is not executed before KAKEHASHI_LOAD_TIMEOUT, a transfer is
// executed twice or on the wrong chain, or an audit ledger does not
// verify. A failed run keeps the relayd logs and says where ("relayd logs
// kept in …"). A bad knob value fails it with the variable's name.
package load
