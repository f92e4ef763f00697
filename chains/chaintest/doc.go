// Package chaintest is the conformance suite of the adapter contract, the
// one every kind of chain passes, in the manner of lnd's chainntnfs/test:
// an adapter's event source (a watcher with a durable cursor, delivering to
// a chains.RangeHook and a chains.Sink) and its verifier must hold these
// finality, reorg and restart semantics:
//
//   - a lock is given to the sink as final exactly once, at exactly the
//     finality depth, with its amount and transfer id;
//   - the verifier agrees with the watcher on every final event (same
//     reference, block, transfer, asset, amount, parties, final), and says
//     not final for one below its depth and not found for a reference to
//     no event or to an unknown transaction;
//   - a reorg below the finality depth is silent: no final event from the
//     abandoned block, no alarm (the lock may come back in a new block and
//     be final there, once);
//   - a reorg of an event already given as final raises the alarm once
//     (the event again, Finality.Reorged set, Final clear), also when the
//     watcher learns of it after a restart with nothing but its cursor; the
//     verifier no longer confirms the event in its old block;
//   - a restart from the cursor leaves no gap and no duplicate;
//   - the range hook receives a range's final events before the sink; a
//     hook error keeps all of them from the sink and the range comes again,
//     from the same watcher or after a restart; Run retries it.
//
// # Adding a backend
//
// A kind of chain (or one more node for a kind already here) joins by
// implementing Backend and calling Run from its tests:
//
//	func TestChaintestMyChain(t *testing.T) {
//		chaintest.Run(t, func(t *testing.T) chaintest.Backend { return newMyBackend(t) })
//	}
//
// Backend is Chain (Lock, Mine, Reorg: make a lock event, produce blocks
// only when asked, replace the last blocks) and Adapter (Watcher, Verifier,
// Classify: build the adapter's watcher with a chains.FileCursor at the
// path given, and its verifier, at a finality depth; map the verifier's
// error sentinels to NotFinal and NotFound). A fresh chain per test; the
// unit tests run on an in-process node (go-ethereum's simulated backend, or
// a test double of the node's RPC interface), the integration tests (build
// tag integration) on a real node started on loopback. The suite's own
// tests are its runs: chains/evm (simulated backend, anvil) through
// evmtest.Conformance, and chains/bitcoin/watcher (a fake node, btcd).
//
// # Errors
//
// Nothing is returned: a backend fails the test (t.Fatal) on any error of
// its own, and the suite reports every broken rule with t.Fatal.
package chaintest
