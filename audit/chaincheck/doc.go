// Package chaincheck holds the chain-backed tests of audit.EventChecker:
// records checked against a real EVM bridge contract (go-ethereum's
// in-process simulated chain, deployed with chains/evm/evmtest) through
// chains/evm's Verifier. It has no non-test code; it is a separate package
// so that the audit package's own tests do not depend on the EVM adapter.
package chaincheck
