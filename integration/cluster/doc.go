// Package cluster runs a federation of relayd processes on a devnet: one
// relayd per operator key, each with its own go-ethereum keystore,
// configuration file, data directory and log, all under one directory.
// The end-to-end tests and the bridge demo (`devnet demo --bridge`) use it.
//
// Usage:
//
//	c, err := cluster.New(cluster.Config{
//		Relayd:         "bin/relayd",
//		Dir:            dir,
//		Devnet:         d.Description,          // EVM nodes and NATS of a harness devnet
//		Deployment:     dep,                    // package deployment, already written to DeploymentPath
//		DeploymentPath: depPath,
//		Keys:           deployment.DevnetOperatorKeys(),
//		Threshold:      2,
//		Confirmations:  2,
//	})
//	defer c.Close()                              // SIGTERM every relayd, SIGKILL after StopGrace
//	err = c.StartAll(ctx)                        // each waits for its /readyz
//
// Layout of Dir, per operator i (1-based): op<i>/keystore/ (the key, light
// scrypt — devnet keys only), op<i>/pass (its passphrase), op<i>/relayd.yaml,
// op<i>/relayd.log (stdout and stderr), op<i>/btcpass (with a bitcoin
// chain), op<i>/data/ (the relayd dataDir,
// with the operator's audit ledger at data/audit.db — bbolt allows one
// process, so stop the relayd before opening it; see Operator.AuditStore).
//
// Every EVM chain of the devnet is configured (kind evm) with the bridge
// address of the deployment and Config.Confirmations. When the devnet
// runs btcd and the deployment has a bitcoin section (and EVMOnly is not
// set), every relayd also serves the bitcoin chain (kind bitcoin, roles
// watch, sign, coordinate): the devnet's btcd over plain HTTP (loopback),
// the deployment's bitcoin.confirmations (a protocol parameter, not
// Config.Confirmations), the RPC user in the configuration and the
// password in op<i>/btcpass (mode 0600, never in the YAML), and the
// operator-local fee rates and sweep/payout schedule of Config.Bitcoin
// (DefaultBitcoin: propose 2 sat/vB, sign 1–5, sweep every 2 s from one
// minted deposit, at most 50 burns per payout).
//
// Config.LogDir moves the logs out of Dir, as <LogDir>/<LogPrefix>op<i>.log
// (emptied by New; a restarted relayd appends), so that they can outlive a
// test's temporary Dir: RunLogDir gives a load run a directory that is kept,
// and named in the test's log, when the run fails.
//
// Processes: each relayd gets its own process group (a Ctrl-C in the
// terminal reaches the program using this package, which then stops the
// relays in order) and the parent-death signal SIGKILL (a parent killed
// hard does not leave relays behind) — except with Config.Detach, where the
// relays outlive their parent, which records their PIDs for whoever stops
// them (`devnet up --bridge` in devnet.json, stopped by `devnet down`). Stop sends SIGTERM and waits up to
// StopGrace (default 10 s) before SIGKILL; Kill sends SIGKILL at once.
//
// Liveness: the harness records how each relayd ended (Operator.LastExit:
// pid, time, exit status or signal, and whether the harness had asked it
// to end). Operator.Alive and Cluster.Alive report a relayd that ended on
// its own — "op1 exited with status 2 at 12:03:04.512 (not stopped by the
// harness); log: …" followed by the end of its log, from the Go crash
// report if there is one (LogExcerpt) — so a driver can fail at once, and
// PID's 0 is never mistaken for a /proc problem. StopAll stops every relay
// and also reports one that did not exit with status 0 on SIGTERM.
//
// # Errors
//
//   - ErrConfig: the Config is incomplete or inconsistent (wrapped with
//     what is wrong: e.g. the devnet's btcd and the deployment name
//     different bitcoin chains, or fee rates out of order); returned by
//     New before anything is written.
//   - ErrExited: a relayd exited while starting (Start), without the
//     harness stopping it (Alive), or not cleanly on SIGTERM (StopAll).
//     The error is an *ExitError: the operator, its Exit, its log file and
//     the end of the log.
//   - ErrNotReady: a relayd did not report ready within ReadyTimeout.
//   - ErrRunning: Start of an operator that is already running.
//
// The context's error is returned when ctx ends during a wait.
package cluster
