// Package evmtest is the conformance suite of the EVM adapter (package
// chains/evm): one set of tests that every EVM backend must pass, in the
// manner of lnd's chainntnfs/test. The adapter's unit tests run it against
// go-ethereum's in-process simulated backend; its integration tests run it
// against anvil.
//
// A Backend produces blocks only when asked (Mine) and can reorganise its
// chain (Reorg). Fixture deploys the bridge from the generated bindings
// (contracts/bindings) with a 2-of-3 signer set, defines the chain's native
// coin and a wrapped asset, and offers helpers to lock, mint and forge
// look-alike logs with a tiny LOG4 emitter contract.
//
// Conformance wraps a Backend with its Fixture as a chaintest.Backend, so
// that the suite every kind of chain passes (package chaintest) runs on
// the same EVM backends.
//
// # Errors
//
// Helpers fail the test (t.Fatal) on any error; nothing is returned.
package evmtest
