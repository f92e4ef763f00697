// Package walkthrough runs the documentation's step-by-step sessions as
// they are written (build tag integration), so that a page cannot drift
// from what works.
//
// A session is one section of a page. Its blocks fenced ```sh are, in page
// order, one bash script, run with -eux -o pipefail in a temporary
// directory laid out like the repository root the page assumes: bin/ holds
// devnet, relayd and bridgectl built for the run, .tools/bin the pinned
// tools (harness.Tool). The test then checks what the session did with its
// own reads of the chains and the relays, and runs the section's blocks
// fenced ```sh teardown. A renamed section, a command that fails, or
// effects other than the page says fail the test; whatever the session
// left running is stopped in the test's cleanup (`devnet down`, then any
// process still working in the directory).
//
//   - TestDappQuickstart: docs/contracts.md, "Dapp quickstart". On `devnet
//     up --bridge`, cast alone locks 5 TST on A for B, locks 1 ETH, burns
//     2 kTST on B back to A and reads the events, isProcessed and the
//     balances. The test checks 97 TST with the user and 3 in custody on
//     A, 3 kTST and 1 kETH on B, one Minted per lock and one Unlocked for
//     the burn under the ids the page prints.
//   - TestOperatorsByHand: docs/relay.md, "Three operators by hand". On
//     `devnet up` and `bridgectl deploy`: the three devnet operator keys
//     imported with `relayd key import` from stdin, three configurations
//     from devnet.json and deployment.json, `relayd bus init`, `relayd
//     config check`, three `relayd run`, a lock with bridgectl followed by
//     `bridgectl status` to executed. The test checks the mint on B, the
//     custody on A and each relay's /v1/transfers record, and that the
//     teardown leaves no relayd running.
//
// Besides the pinned tools the sessions run bash, jq and curl. Run them
// with
//
//	go test -tags integration -count=1 -v ./integration/walkthrough/
//
// # Errors
//
// section returns errNoSection when the page has no such heading or no
// ```sh block under it.
package walkthrough
