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
//		Deployment:     dep,                    // chains/evm/deploy, already written to DeploymentPath
//		DeploymentPath: depPath,
//		Keys:           deploy.DevnetOperatorKeys(),
//		Threshold:      2,
//		Confirmations:  2,
//	})
//	defer c.Close()                              // SIGTERM every relayd, SIGKILL after StopGrace
//	err = c.StartAll(ctx)                        // each waits for its /readyz
//
// Layout of Dir, per operator i (1-based): op<i>/keystore/ (the key, light
// scrypt — devnet keys only), op<i>/pass (its passphrase), op<i>/relayd.yaml,
// op<i>/relayd.log (stdout and stderr), op<i>/data/ (the relayd dataDir,
// with the operator's audit ledger at data/audit.db — bbolt allows one
// process, so stop the relayd before opening it; see Operator.AuditStore).
//
// Every chain of the devnet is configured as an EVM chain (kind evm) with
// the bridge address of the deployment. The Bitcoin chain is not configured:
// relayd does not wire a Bitcoin adapter yet.
//
// Processes: each relayd gets its own process group (a Ctrl-C in the
// terminal reaches the program using this package, which then stops the
// relays in order) and the parent-death signal SIGKILL (a parent killed
// hard does not leave relays behind). Stop sends SIGTERM and waits up to
// StopGrace (default 10 s) before SIGKILL; Kill sends SIGKILL at once.
//
// # Errors
//
//   - ErrConfig: the Config is incomplete or inconsistent (wrapped with
//     what is wrong); returned by New before anything is written.
//   - ErrExited: a relayd exited while starting; the error names its log.
//   - ErrNotReady: a relayd did not report ready within ReadyTimeout.
//   - ErrRunning: Start of an operator that is already running.
//
// The context's error is returned when ctx ends during a wait.
package cluster
