package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/cmd/internal/logging"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
)

// adapterFactory builds one chain's roles from its configuration.
type adapterFactory func(ctx context.Context, c config.Chain, key *keys.Key, log zerolog.Logger) (relay.ChainRoles, error)

// errNotWired marks a chain kind whose adapter is not connected to relayd yet.
var errNotWired = errors.New("adapter not yet wired")

// adapters is the constructor table, one entry per chain kind. Both
// entries are pending: the chain adapters (chains/evm, chains/bitcoin),
// the EIP-712 digest (contracts) and the accountant (audit) are being
// written; until they are wired here, a configuration with chains fails
// at start with a message saying so instead of pretending to relay.
func adapters() map[string]adapterFactory {
	return map[string]adapterFactory{
		config.KindEVM:     pendingAdapter("chains/evm (watcher, verifier, submitter) and contracts (EIP-712 digest)"),
		config.KindBitcoin: pendingAdapter("chains/bitcoin (watcher, verifier, sweep/payout submitter)"),
	}
}

func pendingAdapter(what string) adapterFactory {
	return func(_ context.Context, c config.Chain, _ *keys.Key, _ zerolog.Logger) (relay.ChainRoles, error) {
		return relay.ChainRoles{}, fmt.Errorf("chain %d (%s): %w: relayd does not yet connect %s; remove the chain from the configuration to run the bus alone",
			c.ID, c.Kind, errNotWired, what)
	}
}

type daemonOptions struct {
	stderr   io.Writer
	getenv   func(string) string
	adapters map[string]adapterFactory // nil: adapters()
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
	var roles []relay.ChainRoles
	sign := false
	for _, c := range cfg.Chains {
		f, ok := o.adapters[c.Kind]
		if !ok {
			return nil, fmt.Errorf("chain %d: no adapter for kind %q", c.ID, c.Kind)
		}
		r, err := f(ctx, c, key, d.log.With().Uint64("chain", c.ID).Logger())
		if err != nil {
			return nil, err
		}
		r.Chain = chains.ChainID(c.ID)
		if !c.HasRole(config.RoleWatch) {
			r.Source = nil
		}
		if !c.HasRole(config.RoleCoordinate) {
			r.Submitter = nil
		}
		if c.HasRole(config.RoleSign) {
			sign = true
		} else {
			r.Verifier = nil
		}
		roles = append(roles, r)
	}
	var policy relay.Policy
	var accountant relay.Accountant
	if sign {
		// Asset definitions and the supply invariant come from the audit
		// chain (package audit), not wired yet: refuse to sign rather than
		// sign without the checks.
		return nil, errors.New("sign role: the accountant (audit chain supply invariant) and asset definitions are not yet wired into relayd")
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
	node, err := relay.NewNode(relay.NodeConfig{
		Self: key.Address(), Operators: ops, Chains: roles, Sign: sign, Policy: policy, Accountant: accountant,
		MaxBatch: cfg.Batch.MaxSize, MaxWait: cfg.Batch.MaxWait.D(), LeaseTTL: cfg.Lease.TTL.D(),
	}, b, relay.WithLogger(d.log), relay.WithMetrics(metrics))
	if err != nil {
		b.Close()
		return nil, err
	}
	d.node = node
	return d, nil
}

// run serves HTTP and runs the roles until ctx is done, then shuts down.
func (d *daemon) run(ctx context.Context) error {
	defer d.bus.Close()
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
