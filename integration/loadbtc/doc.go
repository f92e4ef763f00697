// Package loadbtc is the Bitcoin part of the bridge's load benchmark
// (issue 8): a Go driver, BenchmarkBitcoinLoad, that pushes many BTC
// deposits and burns through three relayd processes (2-of-3, package
// integration/cluster, serving chain A and the bitcoin chain) on real
// btcd (regtest), anvil and NATS, then measures and checks the run. The
// EVM routes are benchmarked by package integration/load.
//
// It is behind the integration build tag and is a benchmark, so `go test
// -tags integration ./...` (make test) does not run it. Run it with:
//
//	go test -tags integration -run '^$' -bench BitcoinLoad -benchtime 1x -timeout 20m ./integration/loadbtc/
//
// and a bigger run with, e.g.:
//
//	KAKEHASHI_LOADBTC_N=500 KAKEHASHI_LOADBTC_DEPOSITORS=8 KAKEHASHI_LOADBTC_BURNERS=8 KAKEHASHI_LOADBTC_BLOCKS=5 \
//	KAKEHASHI_LOADBTC_TIMEOUT=40m \
//	  go test -tags integration -run '^$' -bench BitcoinLoad -benchtime 1x -timeout 60m ./integration/loadbtc/
//
// Payouts, not the relays' CPU, bound a big run: with today's relays 500
// burns took 19 minutes to pay out at a 2 s cadence (custody outputs are
// few and serialised, see the payout timeline the benchmark prints), so
// raise KAKEHASHI_LOADBTC_TIMEOUT with N.
//
// Knobs (environment):
//
//	KAKEHASHI_LOADBTC_N            deposits, and as many burns (default 60)
//	KAKEHASHI_LOADBTC_DEPOSITORS   Bitcoin depositor keys (default 4)
//	KAKEHASHI_LOADBTC_BURNERS      EVM accounts that receive the mints and burn them (default 4)
//	KAKEHASHI_LOADBTC_BLOCKS       blocks the deposits are spread over (default 3)
//	KAKEHASHI_LOADBTC_BLOCK_EVERY  the driver's mining cadence after the deposits (default 2s)
//	KAKEHASHI_LOADBTC_TIMEOUT      how long the whole load may take (default 10m)
//	KAKEHASHI_LOADBTC_VERIFY       whose ledger `bridgectl audit verify --chains` checks: op1 (default) or all
//	KAKEHASHI_LOADBTC_KEEP         directory for the relayd logs, loadbtc-op<i>.log, kept after the run
//	                               (default: a /tmp/kakehashi-loadbtc-logs-* directory, removed when
//	                               the run passes, kept and named when it fails)
//	KAKEHASHI_LOADBTC_RELAYD       relayd binary (default: built from this tree)
//	KAKEHASHI_LOADBTC_BRIDGECTL    bridgectl binary (default: built from this tree)
//
// # The run
//
//  1. Devnet: btcd (mining only when the driver says so), one anvil (chain
//     A, a block every second), NATS; the devnet deployment with the
//     bitcoin chain; three relayd with cluster.DefaultBitcoin (propose
//     2 sat/vB, sign 1–5, sweep every 2 s from one minted deposit, at most
//     50 burns per payout).
//  2. N deposits to A, each from one of the depositor keys (a P2WPKH coin
//     spent in a chain of unconfirmed deposits), spread evenly over
//     KAKEHASHI_LOADBTC_BLOCKS blocks that the driver mines back to back.
//     Deposit i is 0.01 BTC + i × 1,000 sat, refundable 2,016 blocks later
//     (never within the run), minted to burner i mod BURNERS.
//  3. From then on the driver mines one block every
//     KAKEHASHI_LOADBTC_BLOCK_EVERY. It waits until every deposit is
//     minted on A, then until every deposit is swept and the sweep final
//     (so that custody is spendable and the payout figures measure the
//     relays, not the wait for custody).
//  4. Each minted amount is burned on A by its burner, towards its own
//     fresh bcrt1 P2WPKH address (N distinct addresses); the driver waits
//     until every address is paid and the payout final, then until every
//     relay reports every burn executed.
//
// The driver's mining cadence dominates every Bitcoin latency: a deposit
// is final, and minted, about 6 × cadence after its block; a payout is
// final 6 × cadence after it is broadcast. The report states the cadence.
//
// # What it measures, and how
//
// A poller reads btcd's mempool and new blocks every 200 ms (the driver
// records the time it mined each block itself); a second one reads the
// bridge's Minted and Unlocked logs on A every 200 ms, and websocket
// subscriptions record when A's node announced each block and each
// pending transaction. All times are the driver's clock.
//
//   - Deposit broadcast → Minted seen on A (end to end), and the deposit's
//     block mined → Minted seen.
//   - Relay overhead beyond finality for mints: the block that made the
//     deposit final (its block + confirmations − 1) mined → the relays'
//     mint transaction in A's pool; also → the Minted block announced.
//   - Where the relays spend it, from their own transfer histories (GET
//     /v1/transfers/{id} on every relay, the earliest time each state was
//     reached on any of them; all processes share the machine's clock):
//     the finality block → the relays' "final" (their watcher's lag),
//     final → t of n shares → submitted, for mints and for payouts. For a
//     payout, "submitted" includes the proposal, the signers' checks and
//     any wait for a final custody output to pay from.
//   - Minted seen → the deposit's sweep seen (mempool, else its block).
//   - Burn → payout: the burn's block announced on A → the payout seen in
//     btcd's mempool; relay overhead beyond finality for payouts: the
//     block that made the burn final (burn block + 2 − 1) announced → the
//     payout seen; payout seen → payout final (cadence); burn sent →
//     payout final.
//   - Sweeps: deposits per sweep, vbytes per deposit (vsize / inputs),
//     fee per deposit.
//   - Payouts: recipients per payout, vsize, **vbytes per payout
//     recipient** (vsize / recipient outputs; median and histogram, per
//     payout and weighted per recipient) and fee per recipient; and every
//     payout in the order it appeared (inputs, recipients, vsize, fee),
//     which shows the payout rounds when custody is the bottleneck.
//   - relayd CPU seconds (utime + stime from /proc/<pid>/stat, after the
//     relays are ready and at the end: the load phase only) and peak RSS
//     (VmHWM from /proc/<pid>/status) per process.
//
// # What it checks
//
// After the relays are stopped: a rescan of A from genesis finds exactly
// one Minted per deposit (amount = deposit − the deposit fee, to its
// burner) and nothing else minted or unlocked; every deposit is spent by
// a sweep that spends only this run's deposits into the one custody
// script and keeps at least what was minted for them; every burn's
// address is paid by exactly one output on the chain, in a payout that
// spends only custody outputs, whose other outputs are custody change and
// whose recipients each receive their burn less their share of the fee
// (wallet.FeeShares, in output order); btcd's mempool is empty. Every
// operator's audit ledger holds LOCK, MINT, SWEEP, BURN and UNLOCK exactly
// once per transfer, and `bridgectl audit verify --chains` (with the
// deployment's custody recovery set and A's confirmations) passes on
// operator 1's ledger (all three with KAKEHASHI_LOADBTC_VERIFY=all).
//
// # Errors
//
// The benchmark fails (b.Fatal, with the end of each relayd log) when the
// devnet or the relays cannot be started, a relayd ends on its own
// (checked every 250 ms while waiting: "op1 exited with status 2 at
// 12:03:04.512 (not stopped by the harness); log: …" and the end of that
// log, from the Go crash report if any) or does not exit cleanly on
// SIGTERM at the end, a phase stalls past KAKEHASHI_LOADBTC_TIMEOUT (the
// message names the phase and how many of N got through), anything above
// is executed twice or not as promised, or a ledger does not verify. A
// failed run keeps the relayd logs and says where ("relayd logs kept in
// …"). A bad knob value fails it with the variable's name.
package loadbtc
