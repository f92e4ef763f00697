package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/cmd/internal/logging"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/wire"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
)

// chainEnv is what every chain adapter shares: the operator key, the
// deployment (bridges, assets), the local state directory and, with the
// sign role, the accountant its watchers feed.
type chainEnv struct {
	key        *keys.Key
	deployment *deploy.Deployment
	dataDir    string
	accountant *wire.Accountant
	log        zerolog.Logger
	// evms are the EVM chains built so far (their bridges' asset limits
	// feed the policy).
	evms map[chains.ChainID]*wire.EVM
}

// adapterFactory builds one chain's roles from its configuration; close
// releases what it opened (connections).
type adapterFactory func(ctx context.Context, env *chainEnv, c config.Chain) (roles relay.ChainRoles, close func(), err error)

// errNotWired marks a chain kind whose adapter is not connected to relayd yet.
var errNotWired = errors.New("adapter not yet wired")

// errNoDeployment: chains are configured but no deployment file was given.
var errNoDeployment = errors.New("no deployment file")

// adapters is the constructor table, one entry per chain kind.
func adapters() map[string]adapterFactory {
	return map[string]adapterFactory{
		config.KindEVM:     evmAdapter,
		config.KindBitcoin: pendingAdapter("the Bitcoin route: deposit → mint needs the sweep round over the bus first, payouts are not built (docs/bitcoin-route.md)"),
	}
}

// evmAdapter wires chains/evm through package relay/wire.
func evmAdapter(ctx context.Context, env *chainEnv, c config.Chain) (relay.ChainRoles, func(), error) {
	if !common.IsHexAddress(c.Bridge) {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: bridge %q is not an address", c.ID, c.Bridge)
	}
	e, err := wire.NewEVM(ctx, wire.EVMConfig{
		Chain: chains.ChainID(c.ID), RPC: c.RPC, Bridge: common.HexToAddress(c.Bridge), Confirmations: c.Confirmations,
		Deployment: env.deployment, DataDir: env.dataDir, Key: env.key, Accountant: env.accountant,
		Batch: true, Logger: env.log,
	})
	if err != nil {
		return relay.ChainRoles{}, nil, err
	}
	env.evms[chains.ChainID(c.ID)] = e
	return e.Roles, e.Close, nil
}

func pendingAdapter(what string) adapterFactory {
	return func(_ context.Context, _ *chainEnv, c config.Chain) (relay.ChainRoles, func(), error) {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d (%s): %w: relayd does not yet connect %s; remove the chain from the configuration to run the bus alone",
			c.ID, c.Kind, errNotWired, what)
	}
}

type daemonOptions struct {
	stderr   io.Writer
	getenv   func(string) string
	adapters map[string]adapterFactory // nil: adapters()
	// deployment is the deployment file (--deployment, else
	// $KAKEHASHI_DEPLOYMENT); required when chains are configured.
	deployment string
	// ready, if set, receives the HTTP address once serving (tests).
	ready chan<- string
}

type daemon struct {
	cfg  *config.Config
	log  zerolog.Logger
	key  *keys.Key
	reg  *prometheus.Registry
	bus  *bus.Bus
	node *relay.Node
	opts daemonOptions
	// closers release the chain adapters and the accountant, last first.
	closers []func()
}

func (d *daemon) close() {
	for i := len(d.closers) - 1; i >= 0; i-- {
		d.closers[i]()
	}
	d.closers = nil
}

func newLogger(cfg config.Log, w io.Writer) (zerolog.Logger, error) {
	f := logging.Format(cfg.Format)
	if cfg.Format == "auto" {
		f = logging.FormatAuto
	}
	l, err := logging.New(logging.Config{Out: w, Level: cfg.Level, Format: f})
	if err != nil {
		return l, fmt.Errorf("log: %w", err)
	}
	return l.With().Str("service", "relayd").Logger(), nil
}

// newDaemon loads the key, connects the bus and builds the roles.
func newDaemon(ctx context.Context, cfg *config.Config, o daemonOptions) (*daemon, error) {
	if o.adapters == nil {
		o.adapters = adapters()
	}
	log, err := newLogger(cfg.Log, o.stderr)
	if err != nil {
		return nil, err
	}
	d := &daemon{cfg: cfg, opts: o, log: log, reg: prometheus.NewRegistry()}
	d.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	key, err := keys.Load(cfg.Operator.Keystore, keys.Passphrase{File: cfg.Operator.PassphraseFile, Env: cfg.Operator.PassphraseEnv},
		keys.LoadOptions{Getenv: o.getenv, Log: d.log})
	if err != nil {
		return nil, fmt.Errorf("operator.keystore: %w", err)
	}
	d.key = key

	addrs, threshold := cfg.OperatorAddresses(), cfg.Operators.Threshold
	if cfg.SingleOperator() {
		addrs, threshold = []common.Address{key.Address()}, 1
		d.log.Warn().Str("operator", key.Address().Hex()).Msg("single-operator mode (1-of-1): for development only")
	}
	ops, err := relay.NewOperatorSet(addrs, threshold)
	if err != nil {
		return nil, fmt.Errorf("operators: %w", err)
	}
	if !ops.Contains(key.Address()) {
		return nil, fmt.Errorf("operators.addresses: this operator's key %s is not listed: add it, or point operator.keystore at the right key", key.Address().Hex())
	}

	metrics, err := relay.NewMetrics(d.reg)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			d.close()
		}
	}()
	env := &chainEnv{key: key, dataDir: cfg.DataDir, log: d.log, evms: map[chains.ChainID]*wire.EVM{}}
	sign := false
	for _, c := range cfg.Chains {
		sign = sign || c.HasRole(config.RoleSign)
	}
	if sign {
		// The accountant learns locks, burns and executions only from this
		// operator's own watchers: signing needs every chain watched.
		for _, c := range cfg.Chains {
			if !c.HasRole(config.RoleWatch) {
				return nil, fmt.Errorf("chains: chain %d has no %q role, but this operator signs: its accountant is fed by its own watchers on every chain; add %q to chain %d's roles",
					c.ID, config.RoleWatch, config.RoleWatch, c.ID)
			}
		}
	}
	var policy relay.Policy
	var accountant relay.Accountant
	if len(cfg.Chains) > 0 {
		path := o.deployment
		if path == "" && o.getenv != nil {
			path = o.getenv("KAKEHASHI_DEPLOYMENT")
		}
		if path == "" {
			return nil, fmt.Errorf("%w: relaying between chains needs the deployment (bridges and assets): pass --deployment or set KAKEHASHI_DEPLOYMENT", errNoDeployment)
		}
		dep, err := deploy.Read(path)
		if err != nil {
			return nil, fmt.Errorf("deployment %s: %w", path, err)
		}
		env.deployment = dep
		if sign {
			// The supply invariant and the asset definitions: this
			// operator's own audit ledger, fed by its own watchers
			// (docs/relay.md, "Wiring").
			acc, err := wire.NewAccountant(ctx, wire.AccountantConfig{Path: filepath.Join(cfg.DataDir, "audit.db"), Key: key, Deployment: dep, Logger: d.log})
			if err != nil {
				return nil, err
			}
			d.closers = append(d.closers, func() { _ = acc.Close() })
			env.accountant, accountant = acc, acc
		}
	}
	var roles []relay.ChainRoles
	for _, c := range cfg.Chains {
		f, found := o.adapters[c.Kind]
		if !found {
			return nil, fmt.Errorf("chain %d: no adapter for kind %q", c.ID, c.Kind)
		}
		env.log = d.log.With().Uint64("chain", c.ID).Logger()
		r, closeChain, err := f(ctx, env, c)
		if err != nil {
			return nil, err
		}
		if closeChain != nil {
			d.closers = append(d.closers, closeChain)
		}
		r.Chain = chains.ChainID(c.ID)
		if !c.HasRole(config.RoleWatch) {
			r.Source = nil
		}
		if !c.HasRole(config.RoleCoordinate) {
			r.Submitter = nil
			r.Batcher = nil
		}
		if !c.HasRole(config.RoleSign) {
			r.Verifier = nil
		}
		roles = append(roles, r)
	}
	if sign {
		// Asset limits as the home chain's bridge enforces them now
		// (setLimits may have changed them since the deployment file).
		current := map[chains.AssetID]wire.Limits{}
		for _, as := range env.deployment.Assets {
			if e, found := env.evms[as.HomeChain]; found {
				l, err := e.AssetLimits(ctx, as.ID)
				if err != nil {
					return nil, err
				}
				current[as.ID] = l
			}
		}
		if policy, err = wire.Policy(env.deployment, current); err != nil {
			return nil, err
		}
	}

	b, err := bus.New(ctx, bus.Config{
		URLs:         cfg.NATS.URLs,
		Embedded:     bus.Embedded{Listen: cfg.NATS.Embedded.Listen, StoreDir: cfg.NATS.Embedded.StoreDir},
		Name:         "relayd-" + key.Address().Hex(),
		Operators:    ops.Addresses(),
		Replicas:     cfg.NATS.Replicas,
		DedupeWindow: cfg.NATS.DedupeWindow.D(),
	}, key, bus.WithLogger(d.log), bus.WithRegisterer(d.reg))
	if err != nil {
		return nil, fmt.Errorf("nats: %w", err)
	}
	d.bus = b
	d.closers = append(d.closers, b.Close)
	node, err := relay.NewNode(relay.NodeConfig{
		Self: key.Address(), Operators: ops, Chains: roles, Sign: sign, Policy: policy, Accountant: accountant,
		MaxBatch: cfg.Batch.MaxSize, MaxWait: cfg.Batch.MaxWait.D(), LeaseTTL: cfg.Lease.TTL.D(),
	}, b, relay.WithLogger(d.log), relay.WithMetrics(metrics))
	if err != nil {
		return nil, err
	}
	d.node = node
	ok = true
	return d, nil
}

// run serves HTTP and runs the roles until ctx is done, then shuts down.
func (d *daemon) run(ctx context.Context) error {
	defer d.close()
	ln, err := net.Listen("tcp", d.cfg.HTTP.Listen)
	if err != nil {
		return fmt.Errorf("http.listen %s: %w", d.cfg.HTTP.Listen, err)
	}
	srv := &http.Server{Handler: d.handler(), ReadHeaderTimeout: 5 * time.Second}
	httpErr := make(chan error, 1)
	go func() { httpErr <- srv.Serve(ln) }()
	d.log.Info().Str("http", ln.Addr().String()).Str("operator", d.key.Address().Hex()).Str("bus", d.bus.ClientURL()).Msg("relayd started")
	if d.opts.ready != nil {
		d.opts.ready <- ln.Addr().String()
	}

	nodeCtx, stopNode := context.WithCancel(ctx)
	nodeErr := make(chan error, 1)
	go func() { nodeErr <- d.node.Run(nodeCtx) }()

	var runErr error
	select {
	case <-ctx.Done():
		d.log.Info().Msg("shutting down")
	case err := <-httpErr:
		runErr = fmt.Errorf("http: %w", err)
	case err := <-nodeErr:
		if err != nil {
			runErr = fmt.Errorf("relay: %w", err)
		}
	}
	stopNode()
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutCtx)
	if runErr == nil {
		<-nodeErr
	}
	d.log.Info().Msg("stopped")
	return runErr
}

func (d *daemon) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		var probs []string
		if err := d.bus.Ready(); err != nil {
			probs = append(probs, err.Error())
		}
		if err := d.node.Ready(); err != nil {
			probs = append(probs, err.Error())
		}
		if len(probs) > 0 {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "not ready", "problems": probs})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(d.reg, promhttp.HandlerOpts{Registry: d.reg}))
	mux.HandleFunc("GET /v1/transfers/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := chains.ParseTransferID(r.PathValue("id"))
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		st, ok := d.node.Tracker().Get(id)
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown transfer " + id.String()})
			return
		}
		writeJSON(w, http.StatusOK, st)
	})
	mux.HandleFunc("GET /v1/transfers", func(w http.ResponseWriter, _ *http.Request) {
		counts := map[string]int{}
		for s, n := range d.node.Tracker().Count() {
			counts[string(s)] = n
		}
		writeJSON(w, http.StatusOK, map[string]any{"states": counts})
	})
	return mux
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
