// Package devnet is what a running devnet publishes about itself: the
// Description in <dir>/devnet.json — every node's endpoints, RPC
// credentials and faucet keys, and the processes that `devnet down` may
// stop: the nodes and, after `devnet up --bridge`, the relays (Relays, with
// their HTTP endpoints; stopped first). integration/harness writes it when it starts a devnet; bridgectl,
// cmd/devnet and tests read it.
//
//	desc, err := devnet.Read(".devnet")
//	client, err := desc.BTC.NewClient()
//	key, err := desc.EVM[0].Key(0)
//
// It is kept apart from the harness so that a program that only reads the
// file (the shipped bridgectl) does not link the harness and Go's testing
// package. The Client(t) helpers take TB, the part of testing.TB they use,
// for the same reason.
//
// The faucet keys are devnet-only keys derived from public strings (BTC) or
// anvil's public test mnemonic (EVM): never use them for anything of value.
//
// # Errors
//
//   - ErrNotRunning: Read found no devnet.json in the directory.
//   - A devnet.json that does not decode is an error naming the file.
//   - EVMNode.Key: the faucet key index is out of range.
package devnet
