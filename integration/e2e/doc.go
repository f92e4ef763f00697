// Package e2e holds Kakehashi's end-to-end tests (build tag integration):
// real anvil chains and a real NATS JetStream server from the harness
// (integration/harness), the bridges deployed by deployment.Devnet, and
// three relayd processes — the binary built from cmd/relayd — forming the
// devnet's 2-of-3 federation. Users lock and burn through the Bridge
// contracts; the tests assert on chain (balances, Minted and Unlocked
// events, processed transfer ids), never on relay internals.
//
// The Bitcoin route (btc_route_test.go) adds btcd, mined only when the test
// says so, and the bridgectl binary (built with relayd): a deposit made
// with `bridgectl deposit btc` is minted on A net of the deposit fee,
// swept into custody, burned on A to a bcrt1 address and paid out, each
// exactly once (one Minted event, one output paying the recipient), and
// `bridgectl status` follows both to executed; a deposit over the
// per-transfer limit is never signed and is refunded with `bridgectl
// refund btc` after its locktime; deposits below the minimum or with a
// malformed payload are rejected (LOCK_REJECTED), never minted, and
// refunded (the malformed one with --payload).
//
// The adversarial Bitcoin payout test (byzantine_test.go) runs relayd op1
// and op2 only; op3 is test code holding op3's keys that speaks the bus
// protocol itself (DESIGN.md §10, t−1 operators): it leads the Bitcoin
// coordinator, reads the honest shares and proposes payouts built with
// the real wallet package. Payouts whose change leaves custody or whose
// fee exceeds the policy, two views of one burn (one per honest signer)
// and a second payout of a burn already paid and final must get no
// honest share that would let two payouts of one burn confirm; every
// burn is paid exactly once on btcd and custody on btcd equals each
// honest ledger's.
//
// btc_deadline_test.go: mints signed while no operator can pay for a
// transaction on A are never minted once one's deadline passed and both
// deposits were refunded (one before its deadline), even after the
// operators can pay again; the ledgers hold LOCK and
// REFUND and `bridgectl audit verify --chains` passes. btc_dust_test.go:
// a burn below the minimum reverts (AmountBelowMinimum); with the minimum
// lowered, a burn whose payout output would be dust is left out and
// reported while the burns around it are paid exactly once.
//
// bad_item_test.go (issue 15, M2): an unlock batch on A holding one
// native unlock to a contract that reverts on receive is split by the
// coordinators; the other unlocks of the batch execute exactly once, the
// bad one never, and the relays report its revert.
//
// stranded_test.go: transfers the bus alone leaves open for ever are
// completed by each relayd's reconciliation (reconcile.interval 1 s,
// reconcile.after 5 s, the signer giving an event up after 3 deliveries,
// all set through Operator.Env): a lock whose event op3's signer gave up
// while its node for A failed every receipt read (a fault-injecting
// JSON-RPC proxy in front of anvil) with op2 down; a mint whose shares
// name an epoch retired by a signer-set rotation (re-signed under the
// new one; relayd's batches, proposed at the current epoch, would land
// it anyway); two mints whose shares the coordinators lost when every
// relayd restarted. Each is minted exactly once.
//
// explorer_test.go (issue 17, the explorer): `bridgectl audit serve`
// (package audit/explorer) reads the three relays' replicas of the shared
// audit chain while an ERC-20 round trip A → B → A runs, and the anchors
// the relays write into the AuditAnchor of A, B and C (anchoring every 2
// blocks or 5 s); headless Chromium (the Debian chromium of `make
// browser-tools`, driven with chromedp; the test fails without it) types
// each transfer id into the search box, sees the htmx list offer it,
// lands on the transfer page with LOCK, MINT (BURN, UNLOCK) linked to the
// blocks the relays hold them in and at least two operators' attestations
// each, lists both transfers for an address, finds the TST supply
// invariant row holding and a chain's newest anchor checked against the
// verified chain (by an operator, no conflict) on the overview, and gets
// "Not found" (404) for an unknown id.
//
// Run them with
//
//	go test -tags integration -count=1 ./integration/e2e/
//	go test -tags integration -count=1 ./integration/e2e/ -run Bitcoin
//	go test -tags integration -count=1 ./integration/e2e/ -run TestByzantinePayout
//	go test -tags integration -count=1 ./integration/e2e/ -run TestExplorer
//
// Every relayd is stopped in t.Cleanup (SIGTERM, then SIGKILL after 10 s);
// its log is in the test's temporary directory and printed when a test
// fails.
package e2e
