// Command devnet starts and stops Kakehashi's development network: btcd in
// regtest, three anvil EVM chains and NATS with JetStream, all on loopback.
//
//	devnet up        start in the background, write .devnet/devnet.json
//	devnet up --bridge
//	                 also deploy the bridges and start three relayd (2-of-3),
//	                 all in the background
//	devnet status    show what runs and each chain's height (--bridge: the
//	                 relays and their /readyz)
//	devnet fund      send ETH or BTC from the devnet's faucets
//	devnet down      stop exactly what `up` started, relays first, remove
//	                 its data; name relayd started by hand that use it
//	devnet demo      start in the foreground, fund a demo user, stop on Ctrl-C
//	devnet demo --bridge
//	                 the end-to-end bridge demo (`make demo`): deploy, three
//	                 relayd 2-of-3, ERC-20 routes, BTC → A → BTC, audit
//	                 replay; then exit
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/kakehashi/kakehashi/cmd/internal/logging"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
)

type globalFlags struct {
	dir      string
	json     bool
	logLevel string
}

func main() {
	if err := newRoot().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "devnet:", err)
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:           "devnet",
		Short:         "Run Kakehashi's development network of real nodes on loopback",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&g.dir, "dir", envOr("KAKEHASHI_DEVNET_DIR", ".devnet"), "devnet data directory (env KAKEHASHI_DEVNET_DIR)")
	root.PersistentFlags().BoolVar(&g.json, "json", false, "print machine-readable JSON")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "warn", "log level: debug, info, warn, error")
	root.AddCommand(newUp(g), newDown(g), newStatus(g), newFund(g), newDemo(g), newServe(g))
	return root
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func (g *globalFlags) logger() (zerolog.Logger, error) {
	return logging.New(logging.Config{Level: g.logLevel})
}

type nodeFlags struct {
	basePort  int
	evmBlock  time.Duration
	btcBlock  time.Duration
	evmChains []uint
	noBTC     bool
	noNATS    bool
}

func (f *nodeFlags) register(cmd *cobra.Command) {
	cmd.Flags().IntVar(&f.basePort, "base-port", 0, "put the nodes on fixed consecutive ports from this one (0: free ports)")
	cmd.Flags().DurationVar(&f.evmBlock, "evm-block-time", time.Second, "anvil interval mining (0: mine only on demand)")
	cmd.Flags().DurationVar(&f.btcBlock, "btc-block-interval", 2*time.Second, "btcd miner loop interval (0: mine only on demand)")
	cmd.Flags().UintSliceVar(&f.evmChains, "evm-chains", []uint{31337, 31338, 31339}, "EVM chain ids, one anvil each")
	cmd.Flags().BoolVar(&f.noBTC, "no-btc", false, "do not start btcd")
	cmd.Flags().BoolVar(&f.noNATS, "no-nats", false, "do not start NATS")
}

func (f *nodeFlags) config(dir string) harness.Config {
	ids := make([]uint64, len(f.evmChains))
	for i, id := range f.evmChains {
		ids[i] = uint64(id)
	}
	return harness.Config{
		Dir: dir, BTC: !f.noBTC, EVMChainIDs: ids, NATS: !f.noNATS,
		BasePort: f.basePort, EVMBlockTime: f.evmBlock, BTCBlockInterval: f.btcBlock,
	}
}

func newUp(g *globalFlags) *cobra.Command {
	f := &nodeFlags{}
	var bridge bool
	bf := bridgeFlags{}
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Start the devnet in the background and write its description file; --bridge adds the bridges and three relayd",
		Long: `Start btcd (regtest, --txindex, --rejectnonstd), the anvil chains and NATS
with JetStream on 127.0.0.1, wait until each answers, and write
<dir>/devnet.json with endpoints, RPC credentials and faucet keys.
The nodes keep running after this command exits; stop them with 'devnet down'.

With --bridge, also deploy the bridges (<dir>/deployment.json: TST, ETH and
BTC defined), fund the demo user (100 ETH on each EVM chain, 100 TST on A,
5 BTC) and start three relayd (2-of-3; keys, configs, data and logs under
<dir>/relays/op<i>/), recorded in devnet.json: 'devnet down' stops them
first. relayd is taken from --relayd, else next to this binary, else PATH.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			exe, err := os.Executable()
			if err != nil {
				return err
			}
			serve := []string{exe, "--log-level", g.logLevel, "serve"}
			if bridge {
				ctx, stop := signalContext(cmd.Context())
				defer stop()
				return upBridge(ctx, g, f, bf, serve, cmd.OutOrStdout(), log)
			}
			if err := refuseRunning(g.dir); err != nil {
				return err
			}
			cfg := f.config(g.dir)
			cfg.Detach = true
			cfg.ServeCommand = serve
			began := time.Now()
			d, err := harness.Start(cmd.Context(), cfg, log)
			if err != nil {
				return err
			}
			return printDescription(cmd, g, &d.Description, time.Since(began))
		},
	}
	f.register(cmd)
	cmd.Flags().BoolVar(&bridge, "bridge", false, "also deploy the bridges and start three relayd (2-of-3), in the background")
	cmd.Flags().StringVar(&bf.relayd, "relayd", "", "relayd binary for --bridge (default: next to devnet, else PATH)")
	cmd.Flags().StringVar(&bf.bridgectl, "bridgectl", "", "bridgectl binary for --bridge (default: next to devnet, else PATH)")
	cmd.Flags().IntVar(&bf.confirmations, "confirmations", deployment.DevnetConfirmations, "confirmations the relays require on the EVM chains, with --bridge (published in the deployment)")
	return cmd
}

func newDown(g *globalFlags) *cobra.Command {
	var keep bool
	cmd := &cobra.Command{
		Use:   "down",
		Short: "Stop exactly the processes 'devnet up' started and remove its data; warn about relayd started by hand",
		Long: `Stop the processes 'devnet up' recorded in devnet.json (the relays of
--bridge first, then the nodes) and remove the devnet directory.

A relayd you started yourself against this devnet (docs/relay.md, "Three
operators by hand") is not stopped: down names it, with its pid and the
kill command, because it keeps running against the stopped nodes. Such a
relayd is found in /proc: a process called relayd whose command line names
a file in the devnet directory, or whose --config file or KAKEHASHI_*
variables name an endpoint (loopback host:port) of the devnet's nodes. A
relayd already stopping (killed just before down, as the documented
teardown does) gets 5 seconds to exit before the nodes stop, and is named
only if it still runs.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Before stopping anything: their configurations may be in the
			// directory down removes, and relays being stopped by hand
			// get to finish while the nodes still answer.
			table := procfs{root: "/proc"}
			hand, scanErr := handStarted(g.dir, table)
			hand = stillRunning(table, hand, handExitGrace)
			desc, err := harness.StopDir(g.dir, keep)
			hand = stillRunning(table, hand, 0)
			if err != nil {
				warnHandRelays(cmd.ErrOrStderr(), hand, scanErr)
				return err
			}
			if g.json {
				out := map[string]any{"stopped": desc.AllProcs(), "kept": keep, "handStartedRelays": append([]handRelay{}, hand...)}
				if scanErr != nil {
					out["handStartedRelaysError"] = scanErr.Error()
				}
				return json.NewEncoder(cmd.OutOrStdout()).Encode(out)
			}
			for _, p := range desc.AllProcs() {
				fmt.Fprintf(cmd.OutOrStdout(), "stopped %-12s pid %d\n", p.Name, p.PID)
			}
			if !keep {
				fmt.Fprintf(cmd.OutOrStdout(), "removed %s\n", g.dir)
			}
			warnHandRelays(cmd.ErrOrStderr(), hand, scanErr)
			return nil
		},
	}
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the data directory")
	return cmd
}

// handStarted lists the relayd of table that use the devnet in dir and
// that 'devnet up' did not start (none when dir holds no devnet).
func handStarted(dir string, table procTable) ([]handRelay, error) {
	desc, err := devnet.Read(dir)
	if err != nil {
		return nil, nil // StopDir says why
	}
	procs, err := table.Procs()
	if err != nil {
		return nil, err
	}
	return findHandRelays(desc, dir, procs), nil
}

func newStatus(g *globalFlags) *cobra.Command {
	var bridge bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the running devnet: processes, endpoints and chain heights; --bridge: the relays and their health",
		RunE: func(cmd *cobra.Command, _ []string) error {
			desc, err := devnet.Read(g.dir)
			if err != nil {
				return err
			}
			if bridge && len(desc.Relays) == 0 {
				return errNoRelays
			}
			relays := len(desc.Relays)
			if !bridge {
				desc.Relays = nil
			}
			st := harness.Probe(cmd.Context(), desc)
			if g.json {
				if err := json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"devnet": desc, "status": st, "healthy": st.Healthy()}); err != nil {
					return err
				}
			} else {
				printStatus(cmd.OutOrStdout(), desc, st)
				if !bridge && relays > 0 {
					fmt.Fprintf(cmd.OutOrStdout(), "relays       %d (devnet status --bridge shows them)\n", relays)
				}
			}
			if !st.Healthy() {
				return errors.New("devnet is not healthy: see above (logs under the devnet dir); 'devnet down' then 'devnet up' restarts it")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&bridge, "bridge", false, "also list the relays of 'devnet up --bridge' with their pid, HTTP endpoint and /readyz")
	return cmd
}

func printStatus(w io.Writer, desc *devnet.Description, st harness.Status) {
	for _, p := range desc.Processes {
		state := "running"
		if !st.Alive[p.Name] {
			state = "STOPPED"
		}
		fmt.Fprintf(w, "%-12s pid %-8d %s\n", p.Name, p.PID, state)
	}
	for _, h := range st.Chains {
		if h.Err != "" {
			fmt.Fprintf(w, "chain %-6d %-28s not answering: %s\n", h.ChainID, h.Endpoint, h.Err)
			continue
		}
		fmt.Fprintf(w, "chain %-6d %-28s height %d\n", h.ChainID, h.Endpoint, h.Height)
	}
	if st.NATSErr != "" {
		fmt.Fprintf(w, "nats         %s not answering: %s\n", desc.NATS.URL, st.NATSErr)
	} else if desc.NATS != nil {
		fmt.Fprintf(w, "nats         %s jetstream ok\n", desc.NATS.URL)
	}
	for _, r := range st.Relays {
		state := "running"
		if !r.Alive {
			state = "STOPPED"
		}
		fmt.Fprintf(w, "%-12s pid %-8d %s  http://%s  %s  readyz: %s\n", r.Name, r.PID, state, r.HTTP, r.Operator, r.Readyz)
	}
}

// newServe is the hidden child that runs NATS and the BTC miner loop for a
// detached devnet.
func newServe(g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:    "serve SERVE_CONFIG",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			log, err := logging.New(logging.Config{Level: g.logLevel, Format: logging.FormatJSON})
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGTERM, syscall.SIGINT)
			defer stop()
			return harness.Serve(ctx, args[0], log)
		},
	}
}

func printDescription(cmd *cobra.Command, g *globalFlags, d *devnet.Description, took time.Duration) error {
	if g.json {
		return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"devnet": d, "startSeconds": took.Seconds()})
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "devnet up in %.1fs — %s\n", took.Seconds(), filepath.Join(d.Dir, devnet.File))
	if d.BTC != nil {
		fmt.Fprintf(w, "  bitcoin  regtest  rpc http://%s (user %s)  faucet %s\n", d.BTC.RPCHost, d.BTC.RPCUser, d.BTC.FaucetAddress)
	}
	for _, n := range d.EVM {
		fmt.Fprintf(w, "  evm      %-8d rpc %s  ws %s\n", n.ChainID, n.RPCURL, n.WSURL)
	}
	if d.NATS != nil {
		fmt.Fprintf(w, "  nats     jetstream %s  auth: federation %s (admin %s)\n", d.NATS.URL, d.NATS.Federation, d.NATS.AdminCreds())
	}
	return nil
}

// signalContext is cancelled on Ctrl-C or SIGTERM.
func signalContext(parent context.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
}
