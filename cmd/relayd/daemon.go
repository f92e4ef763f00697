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
	"strconv"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/cmd/internal/logging"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/auditchain"
	"github.com/kakehashi/kakehashi/relay/btcroute"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/evmroute"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
)

// chainEnv is what every chain adapter shares: the operator key, the
// deployment (bridges, assets), the local state directory and, with the
// sign role, the accountant its watchers feed.
type chainEnv struct {
	keys       *roleKeys
	deployment *deployment.Deployment
	dataDir    string
	accountant *ledger.Accountant
	log        zerolog.Logger
	reg        prometheus.Registerer
	// evms are the EVM chains built so far (their bridges' asset limits
	// feed the policy).
	evms map[chains.ChainID]*evmroute.Route
	// btc is the Bitcoin chain, if configured: its deposit fee wraps the
	// policy (NetPolicy).
	btc *bitcoinChain
	// health follows each chain's node (readiness, kakehashi_chain_*):
	// every adapter adds its chain's head reader.
	health *chainHealth
}

// bitcoinChain is the Bitcoin chain as relayd runs it.
type bitcoinChain struct {
	chain chains.ChainID
	b     *btcroute.Route
}

// adapterFactory builds one chain's roles from its configuration; close
// releases what it opened (connections).
type adapterFactory func(ctx context.Context, env *chainEnv, c config.Chain) (roles relay.ChainRoles, close func(), err error)

// errNoDeployment: chains are configured but no deployment file was given.
var errNoDeployment = errors.New("no deployment file")

// adapters is the constructor table, one entry per chain kind.
func adapters() map[string]adapterFactory {
	return map[string]adapterFactory{
		config.KindEVM:     evmAdapter,
		config.KindBitcoin: bitcoinAdapter,
	}
}

// bitcoinAdapter wires chains/bitcoin through package relay/btcroute: the
// watcher (deposits, sweeps, payouts, refunds) as source, the verifier,
// and — for an operator that signs — the payout authorizer and the
// batcher of payouts and sweeps (run by the chain's coordinator). Protocol parameters
// (federation, confirmations, maximum fee rate, recovery leaf) come from
// the deployment; credentials and fee rates from the chain's
// configuration.
func bitcoinAdapter(ctx context.Context, env *chainEnv, c config.Chain) (relay.ChainRoles, func(), error) {
	if env.btc != nil {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: a second bitcoin chain (%d is configured already): relayd serves one", c.ID, env.btc.chain)
	}
	dep := env.deployment.Bitcoin
	if dep == nil || uint64(dep.ChainID) != c.ID {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: the deployment has no bitcoin chain %d: check the chain id or the deployment file", c.ID, c.ID)
	}
	if c.Confirmations != uint64(dep.Confirmations) {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: confirmations %d differ from the deployment's %d: every operator must use the protocol's value; set confirmations: %d",
			c.ID, c.Confirmations, dep.Confirmations, dep.Confirmations)
	}
	if dep.MaxFeeRate == 0 {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: the deployment's bitcoin.maxFeeRate is not set: deposits cannot be credited net of their sweep fee; regenerate the deployment", c.ID)
	}
	rec, delay, err := dep.Custody()
	if err != nil {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: %w", c.ID, err)
	}
	host, tls, user, pass, err := c.BitcoinLogin()
	if err != nil {
		return relay.ChainRoles{}, nil, err
	}
	bc := c.Bitcoin
	sign := c.HasRole(config.RoleSign)
	var op relay.HashSigner
	var custody *btcec.PrivateKey
	if sign {
		op, custody = env.keys.auth, env.keys.custody
	}
	b, err := btcroute.New(ctx, btcroute.Config{
		Chain: chains.ChainID(c.ID), RPCHost: host, RPCUser: user, RPCPass: pass, DisableTLS: !tls,
		Deployment: env.deployment, Recovery: rec, RecoveryDelay: delay, MaxFeeRate: dep.MaxFeeRate,
		DataDir: env.dataDir, Accountant: env.accountant, Logger: env.log,
		Operator: op, Custody: custody, Fees: wallet.FeePolicy{Rate: bc.FeeRate, MinRate: bc.MinFeeRate, MaxRate: bc.MaxFeeRate},
		PayoutMaxOutputs: bc.PayoutMaxOutputs, PayoutStuckAfter: bc.PayoutStuckAfter.D(), Registerer: env.reg,
		SweepInterval: bc.SweepInterval.D(), SweepMinBatch: bc.SweepMinBatch,
	})
	if err != nil {
		return relay.ChainRoles{}, nil, err
	}
	env.btc = &bitcoinChain{chain: chains.ChainID(c.ID), b: b}
	env.health.add(chains.ChainID(c.ID), c.Name, &btcHead{c: b.Node()})
	return b.Roles, func() { _ = b.Close() }, nil
}

// evmAdapter wires chains/evm through package relay/evmroute.
func evmAdapter(ctx context.Context, env *chainEnv, c config.Chain) (relay.ChainRoles, func(), error) {
	if !common.IsHexAddress(c.Bridge) {
		return relay.ChainRoles{}, nil, fmt.Errorf("chain %d: bridge %q is not an address", c.ID, c.Bridge)
	}
	confirmations, err := evmConfirmations(c, env.deployment)
	if err != nil {
		return relay.ChainRoles{}, nil, err
	}
	e, err := evmroute.New(ctx, evmroute.Config{
		Chain: chains.ChainID(c.ID), RPC: c.RPC, Bridge: common.HexToAddress(c.Bridge), Confirmations: confirmations,
		Deployment: env.deployment, DataDir: env.dataDir, Key: env.keys.auth, TxKey: env.keys.tx, Accountant: env.accountant,
		Batch: true, Logger: env.log,
	})
	if err != nil {
		return relay.ChainRoles{}, nil, err
	}
	env.evms[chains.ChainID(c.ID)] = e
	env.health.add(chains.ChainID(c.ID), c.Name, evmHead{e.Client()})
	return e.Roles, func() { _ = e.Close() }, nil
}

// evmConfirmations is the finality depth relayd uses on EVM chain c: its
// configured confirmations (the config requires at least 1), which may not
// be below the deployment's published depth (every relay must take the
// same events as final).
func evmConfirmations(c config.Chain, dep *deployment.Deployment) (uint64, error) {
	var want uint64
	if dep != nil {
		if dc, ok := dep.ChainByID(chains.ChainID(c.ID)); ok {
			want = dc.Confirmations
		}
	}
	if c.Confirmations < want {
		return 0, fmt.Errorf("chain %d: confirmations %d is below the deployment's finality depth %d: every operator must wait at least the protocol's depth; set confirmations: %d",
			c.ID, c.Confirmations, want, want)
	}
	return c.Confirmations, nil
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
	// healthInterval is how often each chain's node is asked for its
	// head (0: defaultHealthInterval; tests shorten it).
	healthInterval time.Duration
}

type daemon struct {
	cfg  *config.Config
	log  zerolog.Logger
	keys *roleKeys
	reg  *prometheus.Registry
	bus  *bus.Bus
	node *relay.Node
	// health follows the operator's own chain nodes (readiness, metrics).
	health *chainHealth
	opts   daemonOptions
	// closers release the chain adapters and the accountant, last first.
	closers []func()
	// background are loops that run beside the node (the chain health
	// probes, the shared audit chain); one failing stops relayd like the
	// node failing does.
	background []namedLoop
	// audit is this operator's part in the shared audit chain (nil without
	// a deployment).
	audit *auditchain.Chain
}

type namedLoop struct {
	name string
	run  func(ctx context.Context) error
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

// newDaemon loads the key, connects the bus and builds the roles. What it
// opened is closed again when a later step fails.
func newDaemon(ctx context.Context, cfg *config.Config, o daemonOptions) (_ *daemon, err error) {
	if o.adapters == nil {
		o.adapters = adapters()
	}
	log, err := newLogger(cfg.Log, o.stderr)
	if err != nil {
		return nil, err
	}
	d := &daemon{cfg: cfg, opts: o, log: log, reg: prometheus.NewRegistry()}
	d.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}), buildInfo())
	if d.keys, err = loadRoleKeys(cfg, o.getenv, d.log); err != nil {
		return nil, err
	}
	d.closers = append(d.closers, func() { _ = d.keys.close() })
	defer func() {
		if err != nil {
			d.close()
		}
	}()
	ops, err := d.operatorSet()
	if err != nil {
		return nil, err
	}
	metrics, err := relay.NewMetrics(d.reg)
	if err != nil {
		return nil, err
	}
	sign, err := signs(cfg.Chains)
	if err != nil {
		return nil, err
	}
	d.health = newChainHealth(o.healthInterval, 0, d.log)
	env := &chainEnv{keys: d.keys, dataDir: cfg.DataDir, log: d.log, reg: d.reg, evms: map[chains.ChainID]*evmroute.Route{}, health: d.health}
	accountant, err := d.openDeployment(ctx, env, sign)
	if err != nil {
		return nil, err
	}
	d.registerBalances(env)
	signed, err := d.openSigned(env, sign)
	if err != nil {
		return nil, err
	}
	roles, err := d.chainRoles(ctx, env)
	if err != nil {
		return nil, err
	}
	d.reg.MustRegister(d.health)
	if len(d.health.probes) > 0 {
		d.background = append(d.background, namedLoop{name: "chain health", run: d.health.Run})
	}
	var policy relay.Policy
	if sign {
		if policy, err = signPolicy(ctx, env); err != nil {
			return nil, err
		}
	}
	if err := d.connectBus(ctx, ops); err != nil {
		return nil, err
	}
	if err := d.addAuditChain(ctx, env, ops); err != nil {
		return nil, err
	}
	if d.node, err = d.newNode(env, nodeParts{ops: ops, roles: roles, sign: sign, policy: policy, accountant: accountant, signed: signed}, metrics); err != nil {
		return nil, err
	}
	return d, nil
}

// addAuditChain opens this operator's replica of the federation's shared
// audit chain (<dataDir>/federation-audit.db) and runs its part in it,
// and its anchoring, beside the node.
func (d *daemon) addAuditChain(ctx context.Context, env *chainEnv, ops relay.OperatorSet) error {
	if env.accountant == nil {
		return nil
	}
	gen, err := auditchain.Genesis(ops.Addresses(), ops.Threshold(), env.deployment)
	if err != nil {
		return err
	}
	c, err := auditchain.New(ctx, auditchain.Config{
		Signer: d.keys.auth, Path: filepath.Join(d.cfg.DataDir, "federation-audit.db"), Genesis: gen,
		Local: env.accountant, Bus: d.bus, Interval: d.cfg.Audit.Interval.D(), LeaseTTL: d.cfg.Lease.TTL.D(), Peers: d.cfg.Audit.Peers,
		Logger: d.log, Registerer: d.reg,
	})
	if err != nil {
		return fmt.Errorf("shared audit chain: %w", err)
	}
	d.audit = c
	d.closers = append(d.closers, func() { _ = c.Close() })
	d.background = append(d.background, namedLoop{name: "shared audit chain", run: c.Run})
	return d.addAuditAnchor(env, c)
}

// registerBalances exports the ledger's per-asset balances as metrics.
func (d *daemon) registerBalances(env *chainEnv) {
	if env.accountant == nil {
		return
	}
	symbols := map[chains.AssetID]string{}
	for _, as := range env.deployment.Assets {
		symbols[as.ID] = as.Symbol
	}
	d.reg.MustRegister(ledger.NewBalanceCollector(env.accountant, symbols))
}

// nodeParts are what newDaemon built for the relay node.
type nodeParts struct {
	ops        relay.OperatorSet
	roles      []relay.ChainRoles
	sign       bool
	policy     relay.Policy
	accountant relay.Accountant
	signed     *relay.SignedStore
}

// newNode builds the relay node from the parts and the configuration's
// batch, lease, signer and reconciliation settings.
func (d *daemon) newNode(env *chainEnv, p nodeParts, metrics *relay.Metrics) (*relay.Node, error) {
	cfg := d.cfg
	var open relay.OpenLister
	if env.accountant != nil {
		open = env.accountant
	}
	return relay.NewNode(relay.NodeConfig{
		Open: open,
		Self: d.keys.auth.Address(), Operators: p.ops, Chains: p.roles, Sign: p.sign, Policy: p.policy, Accountant: p.accountant,
		MaxBatch: cfg.Batch.MaxSize, MaxWait: cfg.Batch.MaxWait.D(), MaxIdle: cfg.Batch.MaxIdle.D(), MaxGather: cfg.Batch.MaxGather.D(), MaxInflight: cfg.Batch.MaxInflight,
		LeaseTTL: cfg.Lease.TTL.D(), PassOverAfter: cfg.Lease.PassOverAfter.D(), Signed: p.signed,
		SignerRetry: cfg.Signer.RetryDelay.D(), SignerMaxRetry: cfg.Signer.MaxRetryDelay.D(), SignerMaxDeliver: cfg.Signer.MaxDeliver,
		ReconcileInterval: cfg.Reconcile.Interval.D(), ReconcileAfter: cfg.Reconcile.After.D(),
	}, d.bus, relay.WithLogger(d.log), relay.WithMetrics(metrics))
}

// operatorSet is the federation this operator belongs to: the configured
// operators, or itself alone in single-operator mode.
func (d *daemon) operatorSet() (relay.OperatorSet, error) {
	addrs, threshold := d.cfg.OperatorAddresses(), d.cfg.Operators.Threshold
	if d.cfg.SingleOperator() {
		addrs, threshold = []common.Address{d.keys.auth.Address()}, 1
		d.log.Warn().Str("operator", d.keys.auth.Address().Hex()).Msg("single-operator mode (1-of-1): for development only")
	}
	ops, err := relay.NewOperatorSet(addrs, threshold)
	if err != nil {
		return relay.OperatorSet{}, fmt.Errorf("operators: %w", err)
	}
	if !ops.Contains(d.keys.auth.Address()) {
		_, field, _ := d.cfg.Source(config.RoleAuthorisation)
		return relay.OperatorSet{}, fmt.Errorf("operators.addresses: this operator's authorisation key %s is not listed: add it, or point %s at the right key", d.keys.auth.Address().Hex(), field)
	}
	return ops, nil
}

// signs reports whether this operator signs on any chain. The accountant
// learns locks, burns and executions only from this operator's own
// watchers, so an operator that signs must watch every chain.
func signs(chs []config.Chain) (bool, error) {
	sign := false
	for _, c := range chs {
		sign = sign || c.HasRole(config.RoleSign)
	}
	if !sign {
		return false, nil
	}
	for _, c := range chs {
		if !c.HasRole(config.RoleWatch) {
			return false, fmt.Errorf("chains: chain %d has no %q role, but this operator signs: its accountant is fed by its own watchers on every chain; add %q to chain %d's roles",
				c.ID, config.RoleWatch, config.RoleWatch, c.ID)
		}
	}
	return true, nil
}

// openDeployment reads the deployment file into env when chains are
// configured and, for an operator that signs, opens its accountant: the
// supply invariant and the asset definitions in this operator's own audit
// ledger, fed by its own watchers (docs/relay.md, "Wiring"). The
// accountant is nil otherwise.
func (d *daemon) openDeployment(ctx context.Context, env *chainEnv, sign bool) (relay.Accountant, error) {
	if len(d.cfg.Chains) == 0 {
		return nil, nil
	}
	path := d.opts.deployment
	if path == "" && d.opts.getenv != nil {
		path = d.opts.getenv("KAKEHASHI_DEPLOYMENT")
	}
	if path == "" {
		return nil, fmt.Errorf("%w: relaying between chains needs the deployment (bridges and assets): pass --deployment or set KAKEHASHI_DEPLOYMENT", errNoDeployment)
	}
	dep, err := deployment.Read(path)
	if err != nil {
		return nil, fmt.Errorf("deployment %s: %w", path, err)
	}
	env.deployment = dep
	if err := d.checkFederation(ctx, path, dep); err != nil {
		return nil, err
	}
	if !sign {
		return nil, nil
	}
	acc, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(d.cfg.DataDir, "audit.db"), Key: d.keys.auth, Deployment: dep, Logger: d.log})
	if err != nil {
		return nil, err
	}
	d.closers = append(d.closers, func() { _ = acc.Close() })
	env.accountant = acc
	return acc, nil
}

// checkFederation refuses, before anything is written, a start whose
// key or operator set is not the deployment's, or not the set each
// configured EVM bridge holds now (signers(), config().threshold): such a
// relayd would run and sign in vain, and its ledger's genesis would name
// a key the next, corrected start could not open.
func (d *daemon) checkFederation(ctx context.Context, path string, dep *deployment.Deployment) error {
	ps := d.cfg.CheckFederation(dep, d.keys.auth.PublicKey(), d.keys.custody.PubKey().ToECDSA())
	if len(ps) == 0 {
		for i, c := range d.cfg.Chains {
			if c.Kind != config.KindEVM {
				continue
			}
			signers, threshold, err := bridgeSigners(ctx, c)
			if err != nil {
				return err
			}
			ps = append(ps, d.cfg.CheckBridgeSigners(c.Field(i), d.keys.auth.Address(), signers, threshold)...)
		}
	}
	if len(ps) > 0 {
		return &config.Error{Source: "federation of " + path + " (nothing started or written)", Problems: ps}
	}
	return nil
}

// bridgeSigners reads the signer set and threshold chain c's bridge holds
// now, over a connection of its own to the operator's node.
func bridgeSigners(ctx context.Context, c config.Chain) ([]common.Address, int, error) {
	eps := make([]evm.Endpoint, len(c.RPC))
	for i, u := range c.RPC {
		eps[i] = evm.Endpoint{URL: u}
	}
	cl, err := evm.Dial(ctx, evm.ClientConfig{Chain: chains.ChainID(c.ID), Endpoints: eps})
	if err != nil {
		return nil, 0, fmt.Errorf("chain %d: %w: is the node up? check the chain's rpc", c.ID, err)
	}
	defer cl.Close()
	br, err := bindings.NewBridgeCaller(common.HexToAddress(c.Bridge), cl)
	if err != nil {
		return nil, 0, fmt.Errorf("chain %d: %w", c.ID, err)
	}
	opts := &bind.CallOpts{Context: ctx}
	signers, err := br.Signers(opts)
	if err != nil {
		return nil, 0, fmt.Errorf("chain %d: read signers() of the bridge %s: %w: check the chain's bridge and rpc", c.ID, c.Bridge, err)
	}
	bc, err := br.Config(opts)
	if err != nil {
		return nil, 0, fmt.Errorf("chain %d: read config() of the bridge %s: %w: check the chain's bridge and rpc", c.ID, c.Bridge, err)
	}
	return signers, int(bc.Threshold), nil
}

// chainRoles builds every configured chain through its kind's adapter and
// keeps only the roles the chain is configured for.
func (d *daemon) chainRoles(ctx context.Context, env *chainEnv) ([]relay.ChainRoles, error) {
	var roles []relay.ChainRoles
	for _, c := range d.cfg.Chains {
		f, found := d.opts.adapters[c.Kind]
		if !found {
			return nil, fmt.Errorf("chain %d: no adapter for kind %q", c.ID, c.Kind)
		}
		env.log = d.log // each route adds its chain (once)
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
	return roles, nil
}

// signPolicy is the asset table a signing operator checks transfers
// against, with the limits the home chains' bridges enforce at start
// (setLimits may have changed them since the deployment file was written);
// deposits mint net of the fee of sweeping them (docs/bitcoin-route.md).
func signPolicy(ctx context.Context, env *chainEnv) (relay.Policy, error) {
	current := map[chains.AssetID]ledger.Limits{}
	for _, as := range env.deployment.Assets {
		if e, found := env.evms[as.HomeChain]; found {
			l, err := e.AssetLimits(ctx, as.ID)
			if err != nil {
				return nil, err
			}
			current[as.ID] = l
		}
	}
	table, err := ledger.AssetTable(env.deployment, current)
	if err != nil {
		return nil, err
	}
	// The pause state at start; the watchers report changes from here on.
	for id, e := range env.evms {
		paused, err := e.Paused(ctx)
		if err != nil {
			return nil, err
		}
		table.SetChainPaused(id, paused)
	}
	if env.btc != nil {
		return btcroute.NetPolicy{Policy: table, Chain: env.btc.chain, Fee: env.btc.b.Fee}, nil
	}
	return table, nil
}

// embeddedBus configures the embedded server; with a federation directory
// it trusts the federation and runs the admin step with its admin creds.
func embeddedBus(n config.NATS, leaseTTL time.Duration) (bus.Embedded, error) {
	e := bus.Embedded{Listen: n.Embedded.Listen, StoreDir: n.Embedded.StoreDir}
	if len(n.URLs) > 0 {
		return e, nil
	}
	var fed *busauth.Federation
	if n.Embedded.Federation != "" {
		var err error
		if fed, err = busauth.Load(n.Embedded.Federation); err != nil {
			return e, fmt.Errorf("nats.embedded.federation: %w", err)
		}
	}
	t := n.Embedded.TLS
	e.Configure = func(o *server.Options) error {
		if t.Cert != "" {
			tc, err := server.GenTLSConfig(&server.TLSConfigOpts{CertFile: t.Cert, KeyFile: t.Key, CaFile: t.CA, Verify: t.CA != ""})
			if err != nil {
				return fmt.Errorf("nats.embedded.tls: %w", err)
			}
			o.TLSConfig, o.TLS, o.TLSVerify = tc, true, t.CA != ""
		}
		if fed != nil {
			return fed.ServerOptions(o)
		}
		return nil
	}
	if fed == nil {
		return e, nil
	}
	e.Init = func(ctx context.Context, url string) error {
		return bus.Init(ctx, bus.Config{URLs: []string{url}, Name: "relayd-admin", Replicas: n.Replicas, DedupeWindow: n.DedupeWindow.D(),
			Auth: bus.Auth{CredsFile: filepath.Join(n.Embedded.Federation, busauth.FileAdminCreds)}}, leaseTTL)
	}
	return e, nil
}

// connectBus joins the operators' bus (NATS with JetStream).
func (d *daemon) connectBus(ctx context.Context, ops relay.OperatorSet) error {
	n := d.cfg.NATS
	emb, err := embeddedBus(n, d.cfg.Lease.TTL.D())
	if err != nil {
		return err
	}
	var bopts []bus.Option
	if d.keys.separateBus() {
		bd, err := bus.SignBinding(d.keys.auth, d.keys.bus.Address(), d.cfg.Keys.BindingTTL(), time.Now())
		if err != nil {
			return err
		}
		bopts = append(bopts, bus.WithBinding(bd))
	}
	if len(n.URLs) > 0 && !n.Authenticated() {
		d.log.Warn().Msg("connecting to NATS without credentials: set nats.creds (see docs/relay.md, Bus authentication)")
	}
	b, err := bus.New(ctx, bus.Config{
		URLs:         n.URLs,
		Embedded:     emb,
		Name:         "relayd-" + d.keys.auth.Address().Hex(),
		Operators:    ops.Addresses(),
		Replicas:     n.Replicas,
		DedupeWindow: n.DedupeWindow.D(),
		Auth: bus.Auth{CredsFile: n.Creds, JWTFile: n.JWT, SeedFile: n.Seed,
			TLS: bus.TLS{CAFile: n.TLS.CA, CertFile: n.TLS.Cert, KeyFile: n.TLS.Key}},
	}, d.keys.bus, append(bopts, bus.WithLogger(d.log), bus.WithRegisterer(d.reg))...)
	if err != nil {
		return fmt.Errorf("nats: %w", err)
	}
	if d.keys.separateBus() {
		d.background = append(d.background, namedLoop{name: "bus key binding", run: func(ctx context.Context) error {
			return renewBinding(ctx, b, d.keys, d.cfg.Keys.BindingTTL(), d.log)
		}})
	}
	d.bus = b
	d.closers = append(d.closers, b.Close)
	return nil
}

// renewBinding re-signs the bus key's binding at half its life, so that
// envelopes never carry an expired one while the TTL stays short.
func renewBinding(ctx context.Context, b *bus.Bus, rk *roleKeys, ttl time.Duration, log zerolog.Logger) error {
	t := time.NewTicker(ttl / 2)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		bd, err := bus.SignBinding(rk.auth, rk.bus.Address(), ttl, time.Now())
		if err == nil {
			err = b.SetBinding(bd)
		}
		if err != nil {
			return fmt.Errorf("renew the bus key binding: %w", err)
		}
		log.Info().Str("bus_key", rk.bus.Address().Hex()).Time("not_after", bd.NotAfter).Msg("bus key binding renewed")
	}
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
	d.log.Info().Str("http", ln.Addr().String()).Str("operator", d.keys.auth.Address().Hex()).Str("bus", d.bus.ClientURL()).Msg("relayd started")
	if d.opts.ready != nil {
		d.opts.ready <- ln.Addr().String()
	}

	nodeCtx, stopNode := context.WithCancel(ctx)
	nodeErr := make(chan error, 1+len(d.background))
	go func() { nodeErr <- d.node.Run(nodeCtx) }()
	for _, l := range d.background {
		go func() {
			err := l.run(nodeCtx)
			if err != nil && nodeCtx.Err() == nil {
				err = fmt.Errorf("%s: %w", l.name, err)
			} else {
				err = nil
			}
			nodeErr <- err
		}()
	}

	var runErr error
	running := 1 + len(d.background)
	select {
	case <-ctx.Done():
		d.log.Info().Msg("shutting down")
	case err := <-httpErr:
		runErr = fmt.Errorf("http: %w", err)
	case err := <-nodeErr:
		running--
		if err != nil {
			runErr = fmt.Errorf("relay: %w", err)
		}
	}
	stopNode()
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutCtx)
	for ; running > 0; running-- { // the bus closes after every loop stopped
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
	mux.HandleFunc("GET /readyz", d.readyz)
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
	mux.HandleFunc("GET /v1/audit/head", func(w http.ResponseWriter, _ *http.Request) {
		if !d.hasAudit(w) {
			return
		}
		h, ok := d.audit.Head()
		if !ok {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "no shared audit block final yet"})
			return
		}
		writeJSON(w, http.StatusOK, h)
	})
	mux.HandleFunc("GET /v1/audit/blocks", func(w http.ResponseWriter, r *http.Request) {
		if !d.hasAudit(w) {
			return
		}
		var from uint64
		if v := r.URL.Query().Get("from"); v != "" {
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": "from: want a block height"})
				return
			}
			from = n
		}
		w.Header().Set("Content-Type", "application/x-ndjson")
		if err := d.audit.ExportFrom(r.Context(), w, from); err != nil {
			d.log.Warn().Err(err).Msg("audit export")
		}
	})
	mux.HandleFunc("GET /v1/audit/transfers/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := chains.ParseTransferID(r.PathValue("id"))
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		if !d.hasAudit(w) {
			return
		}
		steps, err := d.audit.Transfer(r.Context(), id)
		if err != nil {
			writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"transferId": id, "steps": steps})
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

// hasAudit answers 404 and reports false when relayd has no shared audit
// chain (it runs without a deployment).
func (d *daemon) hasAudit(w http.ResponseWriter) bool {
	if d.audit == nil {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no shared audit chain: relayd runs without a deployment"})
	}
	return d.audit != nil
}

// readyz answers 200 when the bus is connected, every role runs and
// each of the operator's own chain nodes answered its last head read;
// 503 otherwise, naming what is not. /healthz stays liveness only.
func (d *daemon) readyz(w http.ResponseWriter, _ *http.Request) {
	var probs []string
	if err := d.bus.Ready(); err != nil {
		probs = append(probs, err.Error())
	}
	if err := d.node.Ready(); err != nil {
		probs = append(probs, err.Error())
	}
	chainsStatus := d.health.Status()
	probs = append(probs, chainProblems(chainsStatus)...)
	body := map[string]any{"status": "ready"}
	if len(chainsStatus) > 0 {
		body["chains"] = chainsStatus
	}
	code := http.StatusOK
	if len(probs) > 0 {
		body["status"], body["problems"], code = "not ready", probs, http.StatusServiceUnavailable
	}
	writeJSON(w, code, body)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
