// Package harness starts a Kakehashi devnet of real nodes on loopback —
// btcd in regtest, anvil EVM chains and a NATS server with JetStream — and
// stops exactly what it started. Tests import it the way btcd's own tests
// import integration/rpctest; cmd/devnet wraps it for people.
//
// A test asks for the nodes it needs and gets them torn down in t.Cleanup:
//
//	d := harness.New(t, harness.WithBTC(), harness.WithEVM(3), harness.WithNATS())
//	d.MineBTC(ctx, 6)
//	op, err := d.FundBTC(ctx, pkScript, btcutil.Amount(1e8))
//	err = d.FundEVM(ctx, 0, addr, big.NewInt(1e18))
//
// Every node binds to 127.0.0.1 on a free port (or on fixed ports from
// Config.BasePort), keeps its data under Config.Dir and writes its log to
// Dir/<node>.log. Start waits until each node answers before it returns and
// writes a devnet.Description (devnet.json in Dir, package
// integration/devnet) that other programs read to find the endpoints, RPC
// credentials and faucet keys; they import that package, not this one.
//
// btcd runs with --txindex and --rejectnonstd, so mainnet's standardness and
// finality rules apply; Start mines InitialBTCBlocks blocks to the faucet so
// that coinbase outputs are mature. anvil mines only when asked unless
// Config.EVMBlockTime is set; btcd likewise unless Config.BTCBlockInterval is.
//
// A detached devnet (Config.Detach, `devnet up`) outlives its starter:
// StopDir stops what its devnet.json records — the relays of `devnet up
// --bridge` first (Description.Relays), then the nodes — and PayBTC pays
// from its faucet knowing only the description. Probe reports each
// process, chain height, NATS and each recorded relay's /readyz.
//
// Tool finds a pinned tool where Start finds btcd and anvil, for tests
// that run one themselves (cast in integration/walkthrough).
//
// The faucet keys are devnet-only keys derived from public strings (BTC) or
// anvil's public test mnemonic (EVM): never use them for anything of value.
//
// # Errors
//
//   - ErrToolMissing: btcd, anvil or the tool asked of Tool is not
//     installed; run `make tools`.
//   - ErrPortBusy: a fixed port (Config.BasePort) is taken by another process.
//   - ErrAlreadyRunning: Dir already holds a devnet whose processes are alive.
//   - ErrNotRunning: StopDir found no devnet in Dir (devnet.ErrNotRunning).
//   - ErrFaucetEmpty: no mature faucet output is large enough; mine more blocks.
package harness
