package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/explorer"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/cmd/internal/logging"
	"github.com/kakehashi/kakehashi/deployment"
)

// serveFlags are audit serve's flags.
type serveFlags struct {
	auditFlags
	listen        string
	interval      time.Duration
	logLevel      string
	anchors       bool
	confirmations []string // CHAIN=N
}

// serveResult is what audit serve prints once it listens (--json: one
// JSON object on stdout; the logs go to stderr).
type serveResult struct {
	Listen  string `json:"listen"`
	URL     string `json:"url"`
	Height  uint64 `json:"height"`
	Head    string `json:"head"`
	Genesis string `json:"genesisPinned,omitempty"`
	// AnchorChains are the chains whose AuditAnchor is read.
	AnchorChains []chains.ChainID `json:"anchorChains,omitempty"`
}

func (a *app) auditServeCmd() *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve a web explorer of the audit chain, verified from genesis and kept up to date",
		Long: `serve verifies the audit chain from genesis — every hash, record, state hash,
the supply invariant and the operators' attestations, as 'audit verify' does —
and serves it as web pages for auditors and users (audit/explorer):

  /                 the head and who attested it, the supply invariant per
                    asset, the federation's signer sets, anchors per chain
                    (checked against the verified chain), the latest
                    transfers and the state of each replica read
  /search?q=        a transfer id, address, chain transaction hash, block
                    height or hash: one hit opens it, several are listed
  /transfers/ID     every step of a transfer, each with its audit block and
                    that block's attestations
  /blocks/HEIGHT    a block's header, records and attestations

Every page answers JSON with Accept: application/json.

The chain comes from relayd replicas (--url, repeatable: GET /v1/audit/blocks)
and/or an export file (--file). Every --interval the explorer asks each one for
new blocks and verifies them before showing them; a replica that does not
verify, or holds another block at a verified height, is named on the overview.
Asset and chain names come from the deployment file when there is one.

Anchors: relayd anchors the attested head into each EVM chain's AuditAnchor
contract. With the deployment file (each chain's auditAnchor) and a node per
EVM chain (devnet.json, or --rpc CHAIN=URL) serve reads every final Anchored
event at each refresh and checks it against the chain it verified, as
'audit verify --chains' does: the overview shows per chain the newest anchor
(height, hash, operator, transaction, age of its chain block) and a CONFLICT
row naming the operator of any anchor the verified chain contradicts. A node
that is down is named on its chain's row and read again at the next refresh.
Without a deployment file, or with --anchors=false, the page says that
anchors are not checked.

It prints the address it listens on (--json: {"listen", "url", "height", "head",
"anchorChains"}) once the first block verified, logs to stderr, and runs until
interrupted.`,
		Example: `  bridgectl audit serve --url http://127.0.0.1:9180 --url http://127.0.0.1:9181 --url http://127.0.0.1:9182
  bridgectl audit serve --url http://op1:9180 --deployment deployment.json --rpc A=http://node-a:8545 --rpc B=http://node-b:8545
  bridgectl audit serve --file chain.jsonl --listen 127.0.0.1:0 --json --anchors=false`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runServe(cmd.Context(), &f)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&f.urls, "url", nil, "a relayd's HTTP address: its replica of the shared audit chain (repeatable)")
	fl.StringVar(&f.file, "file", "", "a JSONL export of the audit chain (re-read when it changes)")
	fl.StringVar(&f.genesis, "genesis", "", "the genesis block hash the chain must start with (0x-hex, published out of band)")
	fl.StringVar(&f.listen, "listen", "127.0.0.1:8089", "address to serve on (port 0: any free port)")
	fl.DurationVar(&f.interval, "interval", explorer.DefaultInterval, "how often to ask the replicas for new blocks")
	fl.StringVar(&f.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	fl.BoolVar(&f.anchors, "anchors", true, "check the anchors in each EVM chain's AuditAnchor (the deployment's auditAnchor) on your own nodes (devnet.json or --rpc)")
	fl.StringSliceVar(&f.confirmations, "confirmations", nil, fmt.Sprintf("finality depth of anchors per chain, CHAIN=N (repeatable; default %d)", DefaultEVMConfirmations))
	return cmd
}

func (a *app) runServe(ctx context.Context, f *serveFlags) error {
	gen, err := f.genesisHash()
	if err != nil {
		return err
	}
	if len(f.urls) == 0 && f.file == "" {
		return fmt.Errorf("%w: no audit chain given: pass --url http://relayd:9180 (repeatable) or --file chain.jsonl", ErrUsage)
	}
	if f.interval <= 0 {
		return fmt.Errorf("%w: --interval must be positive", ErrUsage)
	}
	base, err := logging.New(logging.Config{Out: a.console.stderr, Level: f.logLevel})
	if err != nil {
		return fmt.Errorf("%w: --log-level: %v", ErrUsage, err)
	}
	log := base.With().Str("component", "bridgectl.audit.serve").Logger()
	var reps []explorer.Replica
	for _, u := range f.urls {
		reps = append(reps, explorer.URLReplica(u, nil))
	}
	if f.file != "" {
		reps = append(reps, explorer.FileReplica(f.file))
	}
	anchors, err := a.anchorSources(f, log)
	if err != nil {
		return err
	}
	defer anchors.close()
	ex, err := explorer.New(explorer.Config{Replicas: reps, Genesis: gen, Interval: f.interval, Names: explorerNames(a.optionalDeployment()),
		Anchors: anchors.sources, AnchorsOff: anchors.off, Logger: base})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	if err := firstRefresh(ctx, ex, log); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return fmt.Errorf("%w: --listen %s: %v", ErrSetup, f.listen, err)
	}
	head, _ := ex.Head()
	res := serveResult{Listen: ln.Addr().String(), URL: "http://" + ln.Addr().String() + "/", Height: head.Height, Head: fmt.Sprintf("0x%x", head.Hash),
		AnchorChains: anchors.chains}
	if f.genesis != "" {
		res.Genesis = fmt.Sprintf("0x%x", gen)
	}
	// One line either way: whoever started the command reads it and goes on.
	if a.console.json {
		err = json.NewEncoder(a.console.stdout).Encode(res)
	} else {
		_, err = fmt.Fprintf(a.console.stdout, "audit explorer on %s (head %d %s, verified from genesis; %s)\n", res.URL, res.Height, res.Head, anchorsChecked(anchors.chains))
	}
	if err != nil {
		ln.Close()
		return err
	}
	return serveUntilDone(ctx, ln, ex, log)
}

// anchorsChecked says, for serve's line, on how many chains anchors are
// checked.
func anchorsChecked(ids []chains.ChainID) string {
	if len(ids) == 0 {
		return "anchors not checked"
	}
	return fmt.Sprintf("anchors checked on %d chain(s)", len(ids))
}

// firstRefresh verifies the chain once before anything is served: with no
// block that verifies there is nothing to show, and the reason is the
// command's error. A replica that fails while another verified is logged.
func firstRefresh(ctx context.Context, ex *explorer.Explorer, log zerolog.Logger) error {
	_, err := ex.Refresh(ctx)
	if err == nil {
		return nil
	}
	if !errors.Is(err, explorer.ErrNoChain) {
		log.Warn().Err(err).Msg("a replica or an anchor source could not be read, or a replica does not verify; serving what verified")
		return nil
	}
	var ve *audit.VerifyError
	if errors.As(err, &ve) || errors.Is(err, audit.ErrEncoding) || errors.Is(err, explorer.ErrDiverged) {
		return auditFailure(err)
	}
	return fmt.Errorf("%w: %v: check --url and --file", ErrNode, err)
}

// serveUntilDone serves ex on ln and refreshes it until ctx ends, then
// shuts the server down (in-flight requests get five seconds).
func serveUntilDone(ctx context.Context, ln net.Listener, ex *explorer.Explorer, log zerolog.Logger) error {
	srv := &http.Server{Handler: ex, ReadHeaderTimeout: 10 * time.Second}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	refreshed := make(chan struct{})
	go func() {
		defer close(refreshed)
		_ = ex.Run(ctx)
	}()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info().Str("listen", ln.Addr().String()).Msg("audit explorer serving")
	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	cancel()
	shut, stop := context.WithTimeout(context.Background(), 5*time.Second)
	defer stop()
	_ = srv.Shutdown(shut)
	<-refreshed
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("%w: serve: %v", ErrSetup, err)
	}
	log.Info().Msg("audit explorer stopped")
	return nil
}

// explorerNames names chains and assets as the deployment does; nil
// names nothing (the pages show ids).
func explorerNames(dep *deployment.Deployment) explorer.Names {
	n := explorer.Names{}
	if dep == nil {
		return n
	}
	n.Chains, n.Assets = map[chains.ChainID]string{}, map[chains.AssetID]string{}
	for _, c := range dep.Chains {
		if c.Name != "" {
			n.Chains[c.ID] = c.Name
		}
	}
	for _, as := range dep.Assets {
		if as.Symbol != "" {
			n.Assets[as.ID] = as.Symbol
		}
	}
	return n
}
