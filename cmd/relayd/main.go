// Command relayd runs one Kakehashi operator: its chain watchers, signer
// and coordinators on the NATS JetStream bus. See docs/relay.md.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/kakehashi/kakehashi/internal/usage"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/spf13/cobra"
)

// docs/cli, the command reference, is generated from the commands
// (TestCLIReference fails when it drifts).
//go:generate go test -run TestCLIReference -count=1 . -update

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	err := newRootCmd(os.Stdout, os.Stderr, os.Getenv).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "relayd:", err)
		os.Exit(1)
	}
}

func newRootCmd(stdout, stderr io.Writer, getenv func(string) string) *cobra.Command {
	root := &cobra.Command{
		Use:   "relayd",
		Short: "Kakehashi bridge relay: one operator's watchers, signer and coordinators",
		Long: `relayd runs one operator of a Kakehashi federation. t of n operators must
independently verify each lock or burn on their own nodes and sign before
anything is minted or unlocked; relayd talks to the other operators over a
NATS JetStream bus (embedded by default, or external servers by URL).

Configuration: a YAML file (--config) plus KAKEHASHI_* environment overrides;
see docs/relay.md. With no operators listed relayd runs in single-operator
mode (1-of-1, embedded NATS) for development.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newRunCmd(stderr, getenv), newConfigCmd(stdout, getenv), newKeyCmd(stdout, getenv), newBusCmd(stdout, getenv), &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run:   func(*cobra.Command, []string) { fmt.Fprintln(stdout, version) },
	})
	usage.Apply(root)
	return root
}

func newRunCmd(stderr io.Writer, getenv func(string) string) *cobra.Command {
	var path, deployment string
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the relay until SIGINT or SIGTERM",
		Long: `Run loads the configuration and the operator key, connects to the bus (or
starts the embedded NATS server), starts the roles configured per chain and
serves /healthz, /readyz, /metrics and /v1/transfers/<transferId> on
http.listen. SIGINT or SIGTERM shut it down gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(path, getenv)
			if err != nil {
				return err
			}
			d, err := newDaemon(cmd.Context(), cfg, daemonOptions{stderr: stderr, getenv: getenv, deployment: deployment})
			if err != nil {
				return err
			}
			return d.run(cmd.Context())
		},
	}
	cmd.Flags().StringVarP(&path, "config", "c", "", "YAML configuration file (KAKEHASHI_* variables override it)")
	cmd.Flags().StringVar(&deployment, "deployment", "", "deployment.json written by bridgectl deploy / deploy.Devnet (default $KAKEHASHI_DEPLOYMENT); required when chains are configured")
	return cmd
}

// loadConfig is config.Load, with the missing flag named first when there
// is no --config: the environment alone rarely makes a configuration, and
// its first complaint (a setting it lacks) would hide the real mistake.
func loadConfig(path string, getenv func(string) string) (*config.Config, error) {
	cfg, err := config.Load(path, getenv)
	if err != nil && path == "" {
		return nil, fmt.Errorf("no --config given: pass --config relayd.yaml (docs/relay.md, Configuration reference), or set every setting with KAKEHASHI_* variables; from the environment alone: %w", err)
	}
	return cfg, err
}
