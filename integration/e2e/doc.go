// Package e2e holds Kakehashi's end-to-end tests (build tag integration):
// real anvil chains and a real NATS JetStream server from the harness
// (integration/harness), the bridges deployed by chains/evm/deploy, and
// three relayd processes — the binary built from cmd/relayd — forming the
// devnet's 2-of-3 federation. Users lock and burn through the Bridge
// contracts; the tests assert on chain (balances, Minted and Unlocked
// events, processed transfer ids), never on relay internals.
//
// Run them with
//
//	go test -tags integration -count=1 ./integration/e2e/
//
// Every relayd is stopped in t.Cleanup (SIGTERM, then SIGKILL after 10 s);
// its log is in the test's temporary directory and printed when a test
// fails.
package e2e
