package cluster

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/rs/zerolog"
)

// Errors of this package; see the package documentation.
var (
	ErrConfig   = errors.New("cluster: bad config")
	ErrExited   = errors.New("cluster: relayd exited")
	ErrNotReady = errors.New("cluster: relayd not ready")
	ErrRunning  = errors.New("cluster: relayd already running")
)

// Defaults of Config.
const (
	DefaultReadyTimeout = 60 * time.Second
	DefaultStopGrace    = 10 * time.Second
	DefaultLogLevel     = "info"
)

// passphrase protects the devnet keystores written here. Devnet only: the
// operator keys themselves are public (deployment.DevnetOperatorKeys).
const passphrase = "kakehashi devnet cluster passphrase"

// Config describes the federation to run.
type Config struct {
	// Relayd is the path of the relayd binary. Required.
	Relayd string
	// Dir receives keystores, configurations, data and logs. Required; it
	// is created if missing.
	Dir string
	// Devnet gives the EVM chains (every one is configured) and the NATS
	// URL. Required: at least one EVM chain and NATS.
	Devnet devnet.Description
	// Deployment is the deployment of the bridges on Devnet; every EVM
	// chain of Devnet must be in it. Required.
	Deployment *deployment.Deployment
	// DeploymentPath is where Deployment is written; relayd reads it with
	// --deployment. Required.
	DeploymentPath string
	// Keys are the operator keys, one relayd each, in this order. Required.
	// With Roles, Keys[i] is operator i's authorisation key (its identity).
	Keys []*ecdsa.PrivateKey
	// Roles, if set (one per key), give operators separate role keys
	// (issue 18): each set key gets its own keystore and keys.<role>
	// entry; a role left nil uses Keys[i] through operator.keystore.
	Roles []RoleKeys
	// Threshold is t of the t-of-n operator set. Required, 1..len(Keys).
	Threshold int
	// Confirmations every relayd requires on every chain. Required, ≥ 1.
	Confirmations int
	// LogLevel of each relayd (DefaultLogLevel if empty). Logs are JSON.
	LogLevel string
	// ReadyTimeout bounds the wait for /readyz (DefaultReadyTimeout if 0).
	ReadyTimeout time.Duration
	// StopGrace is how long Stop waits after SIGTERM (DefaultStopGrace if 0).
	StopGrace time.Duration
	// LogDir, if set, receives each relayd's log as
	// <LogDir>/<LogPrefix>op<i>.log instead of Dir/op<i>/relayd.log, so
	// that the logs can outlive Dir (a test's temporary directory) and be
	// kept when a run fails. It is created if missing.
	LogDir, LogPrefix string
	// Bitcoin tunes the bitcoin chain each relayd serves when Devnet runs
	// btcd and Deployment has a bitcoin section (zero fields: the
	// DefaultBitcoin values).
	Bitcoin Bitcoin
	// EVMOnly leaves the bitcoin chain out even when both are there.
	EVMOnly bool
	// AuditPeers lists every other operator's HTTP endpoint as its
	// audit.peers (catch-up of the shared audit chain over HTTP);
	// AuditInterval, if set, is every relayd's audit.interval.
	AuditPeers    bool
	AuditInterval time.Duration
	// AuditAnchor, if set, is every relayd's audit.anchor section (nil:
	// relayd's defaults, anchoring on).
	AuditAnchor *AuditAnchor
	// Detach lets the relays outlive the program that started them
	// (`devnet up --bridge`): no parent-death signal. That program must
	// record their PIDs (Operator.PID) so that they can be stopped.
	Detach bool
}

// AuditAnchor is relayd's audit.anchor section (docs/relay.md): anchor
// the shared audit chain every EveryBlocks final blocks or Every.
type AuditAnchor struct {
	Disabled    bool
	EveryBlocks uint64
	Every       time.Duration
}

// yaml is the audit.anchor entry of a.
func (a *AuditAnchor) yaml() string {
	return fmt.Sprintf("anchor: {enabled: %t, everyBlocks: %d, every: %s}", !a.Disabled, a.EveryBlocks, a.Every)
}

// RoleKeys are one operator's separate keys. Authorisation, if set, names
// the operator's authorisation key inside a PKCS#11 token (the key itself
// is then Keys[i], imported into the token by the caller); with every role
// set no operator.keystore is written.
type RoleKeys struct {
	Custody, Transactions, Bus *ecdsa.PrivateKey
	Authorisation              *PKCS11Key
	// CustodySealed, if set, is a file holding Custody sealed by the AES
	// key CustodyToken of a PKCS#11 token (relayd key seal): written as
	// keys.custody.sealed instead of a keystore.
	CustodySealed string
	CustodyToken  *PKCS11Key
}

// PKCS11Key is a key in a token, as relayd's keys.authorisation.pkcs11.
type PKCS11Key struct {
	Module, TokenLabel, KeyLabel, PinFile string
}

// Bitcoin is the operator-local part of a relayd's bitcoin chain (the
// `bitcoin:` block of its configuration, docs/relay.md). The protocol
// parameters (federation, confirmations, the published maximum fee rate,
// the recovery leaf) come from the deployment.
type Bitcoin struct {
	// FeeRate is what an operator proposes as leader; [MinFeeRate,
	// MaxFeeRate] what it signs (sat/vB). MaxFeeRate must keep a
	// one-deposit sweep within the deployment's deposit fee (relayd
	// refuses to start otherwise).
	FeeRate, MinFeeRate, MaxFeeRate uint64
	// SweepInterval is how often the sweep leader looks for minted
	// deposits; SweepMinBatch how many must wait before it sweeps.
	SweepInterval time.Duration
	SweepMinBatch int
	// PayoutMaxOutputs bounds the burns one payout pays.
	PayoutMaxOutputs int
	// PayoutStuckAfter is how long a payout waits unconfirmed in the
	// leader's mempool before it is replaced at a higher fee.
	PayoutStuckAfter time.Duration
}

// DefaultBitcoin is used for the zero fields of Config.Bitcoin: quick
// sweeps for tests and demos (every 2 s, one deposit is enough).
var DefaultBitcoin = Bitcoin{FeeRate: 2, MinFeeRate: 1, MaxFeeRate: 5, SweepInterval: 2 * time.Second, SweepMinBatch: 1, PayoutMaxOutputs: 50,
	PayoutStuckAfter: 30 * time.Second}

func (b *Bitcoin) fill() {
	d := DefaultBitcoin
	if b.MinFeeRate == 0 {
		b.MinFeeRate = d.MinFeeRate
	}
	if b.MaxFeeRate == 0 {
		b.MaxFeeRate = max(d.MaxFeeRate, b.MinFeeRate)
	}
	if b.FeeRate == 0 {
		b.FeeRate = min(max(d.FeeRate, b.MinFeeRate), b.MaxFeeRate)
	}
	if b.SweepInterval == 0 {
		b.SweepInterval = d.SweepInterval
	}
	if b.SweepMinBatch == 0 {
		b.SweepMinBatch = d.SweepMinBatch
	}
	if b.PayoutStuckAfter == 0 {
		b.PayoutStuckAfter = d.PayoutStuckAfter
	}
	if b.PayoutMaxOutputs == 0 {
		b.PayoutMaxOutputs = d.PayoutMaxOutputs
	}
}

// HasBitcoin reports whether the relays serve the bitcoin chain: Devnet
// runs btcd, Deployment has a bitcoin section and EVMOnly is not set.
func (c *Config) HasBitcoin() bool {
	return !c.EVMOnly && c.Devnet.BTC != nil && c.Deployment != nil && c.Deployment.Bitcoin != nil
}

func (c *Config) validate() error {
	var probs []string
	if c.Relayd == "" {
		probs = append(probs, "Relayd (the relayd binary) is required")
	}
	if c.Dir == "" {
		probs = append(probs, "Dir is required")
	}
	if len(c.Devnet.EVM) == 0 {
		probs = append(probs, "Devnet has no EVM chain")
	}
	if c.Devnet.NATS == nil || c.Devnet.NATS.URL == "" {
		probs = append(probs, "Devnet has no NATS")
	}
	if c.Deployment == nil || c.DeploymentPath == "" {
		probs = append(probs, "Deployment and DeploymentPath are required")
	} else {
		for _, n := range c.Devnet.EVM {
			if dc, ok := c.Deployment.ChainByID(chains.ChainID(n.ChainID)); !ok || dc.Kind != deployment.KindEVM {
				probs = append(probs, fmt.Sprintf("chain %d of the devnet is not an EVM chain of the deployment", n.ChainID))
			}
		}
	}
	if len(c.Keys) == 0 {
		probs = append(probs, "Keys: at least one operator key is required")
	}
	for i, k := range c.Keys {
		if k == nil {
			probs = append(probs, fmt.Sprintf("Keys[%d] is nil", i))
		}
	}
	if len(c.Roles) > 0 && len(c.Roles) != len(c.Keys) {
		probs = append(probs, fmt.Sprintf("%d Roles for %d Keys: give one per operator, or none", len(c.Roles), len(c.Keys)))
	}
	if c.Threshold < 1 || c.Threshold > len(c.Keys) {
		probs = append(probs, fmt.Sprintf("Threshold %d is not in 1..%d (the number of keys)", c.Threshold, len(c.Keys)))
	}
	if c.Confirmations < 1 {
		probs = append(probs, fmt.Sprintf("Confirmations %d: at least 1", c.Confirmations))
	}
	if c.HasBitcoin() {
		probs = append(probs, c.bitcoinProblems()...)
	}
	if c.ReadyTimeout < 0 || c.StopGrace < 0 {
		probs = append(probs, "ReadyTimeout and StopGrace must not be negative")
	}
	if len(probs) > 0 {
		return fmt.Errorf("%w: %s", ErrConfig, strings.Join(probs, "; "))
	}
	if c.LogLevel == "" {
		c.LogLevel = DefaultLogLevel
	}
	if c.ReadyTimeout == 0 {
		c.ReadyTimeout = DefaultReadyTimeout
	}
	if c.StopGrace == 0 {
		c.StopGrace = DefaultStopGrace
	}
	c.Bitcoin.fill()
	return nil
}

// bitcoinProblems checks the bitcoin part of c: the devnet's btcd against
// the deployment, and the operator-local fee and sweep settings.
func (c *Config) bitcoinProblems() []string {
	var probs []string
	b, dep := c.Devnet.BTC, c.Deployment.Bitcoin
	if chains.ChainID(b.ChainID) != dep.ChainID {
		probs = append(probs, fmt.Sprintf("the devnet's btcd is chain %d, the deployment's bitcoin chain is %d", b.ChainID, dep.ChainID))
	}
	if b.RPCHost == "" || b.RPCUser == "" || b.RPCPass == "" {
		probs = append(probs, "Devnet.BTC lacks the RPC host or credentials")
	}
	if dep.Confirmations == 0 {
		probs = append(probs, "the deployment's bitcoin.confirmations is 0")
	}
	if dep.MaxFeeRate == 0 {
		probs = append(probs, "the deployment's bitcoin.maxFeeRate is 0: relayd does not serve such a chain")
	}
	if _, _, err := dep.Custody(); err != nil {
		probs = append(probs, err.Error())
	}
	bc := c.Bitcoin
	bc.fill()
	if bc.MinFeeRate < 1 || bc.FeeRate < bc.MinFeeRate || bc.MaxFeeRate < bc.FeeRate {
		probs = append(probs, fmt.Sprintf("Bitcoin: want 1 ≤ MinFeeRate ≤ FeeRate ≤ MaxFeeRate, got %d ≤ %d ≤ %d", bc.MinFeeRate, bc.FeeRate, bc.MaxFeeRate))
	}
	if bc.SweepInterval < 0 || bc.SweepMinBatch < 0 || bc.PayoutMaxOutputs < 0 {
		probs = append(probs, "Bitcoin: SweepInterval, SweepMinBatch and PayoutMaxOutputs must not be negative")
	}
	return probs
}

// Option tunes New.
type Option func(*Cluster)

// WithLogger sets the logger (component "cluster"); the default discards.
func WithLogger(l zerolog.Logger) Option {
	return func(c *Cluster) { c.log = l.With().Str("component", "cluster").Logger() }
}

// Cluster is a set of relayd operators, started and stopped as processes.
// Its methods are not safe for concurrent use.
type Cluster struct {
	cfg Config
	log zerolog.Logger
	ops []*Operator
}

// Operator is one relayd: its files and, while running, its process.
type Operator struct {
	// Index is 1-based, in the order of Config.Keys.
	Index   int
	Address common.Address
	// Key is the operator's key (devnet keys; tests publish with it).
	Key *ecdsa.PrivateKey
	// Config, LogPath and DataDir are files of this operator under Dir
	// (LogPath under Config.LogDir when that is set).
	Config, LogPath, DataDir string
	// HTTP is the host:port of its HTTP server (/readyz, /metrics,
	// /v1/transfers/<id>).
	HTTP string
	// BTCPasswordFile holds the btcd RPC password (bitcoin chain only;
	// empty without one).
	BTCPasswordFile string
	// Env is extra environment for the relayd, KEY=value entries appended
	// to the test process's own (os.Environ) when Start runs it: relayd's
	// KAKEHASHI_* settings override its configuration file. Set it
	// before Start; a running relayd keeps the environment it started
	// with.
	Env []string

	cmd  *exec.Cmd
	done chan struct{} // closed when cmd has exited

	mu       sync.Mutex // guards the two below, written by the waiting goroutine
	stopping bool       // the harness asked the current process to end
	exit     *Exit      // how the last process ended
}

// AuditStore is the path of the operator's audit ledger (bbolt; one
// process at a time: stop the relayd or copy the file before opening it).
func (o *Operator) AuditStore() string { return filepath.Join(o.DataDir, "audit.db") }

// URL is the base URL of the operator's HTTP server.
func (o *Operator) URL() string { return "http://" + o.HTTP }

// PID is the process id while running, 0 otherwise (see LastExit and
// Alive for how it ended).
func (o *Operator) PID() int {
	if !o.Running() {
		return 0
	}
	return o.cmd.Process.Pid
}

// Running reports whether the relayd process runs.
func (o *Operator) Running() bool {
	if o.cmd == nil {
		return false
	}
	select {
	case <-o.done:
		return false
	default:
		return true
	}
}

// leaseTTL is the relays' lease.ttl, also the lease bucket's.
const leaseTTL = 3 * time.Second

// busCreds, on a devnet whose NATS trusts a federation, sets the lease
// bucket's TTL to leaseTTL as the admin user and writes each operator's
// user creds; it returns the YAML that gives them to relayd (empty on an
// open NATS).
func busCreds(cfg Config, ops []common.Address) (map[common.Address]string, error) {
	out := map[common.Address]string{}
	n := cfg.Devnet.NATS
	if n.Federation == "" {
		return out, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Init(ctx, leaseTTL); err != nil {
		return nil, fmt.Errorf("cluster: bus layout: %w", err)
	}
	var ids []uint64
	for _, e := range cfg.Devnet.EVM {
		ids = append(ids, e.ChainID)
	}
	if cfg.HasBitcoin() {
		ids = append(ids, uint64(cfg.Deployment.Bitcoin.ChainID))
	}
	for _, op := range ops {
		p, err := n.UserCreds(op, ops, ids)
		if err != nil {
			return nil, fmt.Errorf("cluster: NATS user of %s: %w", op.Hex(), err)
		}
		out[op] = fmt.Sprintf(", creds: %q", p)
	}
	return out, nil
}

// New writes, for each key, a keystore, a passphrase file and a relayd
// configuration under cfg.Dir. Nothing is started.
func New(cfg Config, opts ...Option) (*Cluster, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	c := &Cluster{cfg: cfg, log: zerolog.Nop()}
	for _, o := range opts {
		o(c)
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	var (
		addrs   []string
		opAddrs []common.Address
	)
	for _, k := range cfg.Keys {
		opAddrs = append(opAddrs, crypto.PubkeyToAddress(k.PublicKey))
		addrs = append(addrs, opAddrs[len(opAddrs)-1].Hex())
	}
	natsCreds, err := busCreds(cfg, opAddrs)
	if err != nil {
		return nil, err
	}
	// Every HTTP endpoint first: each configuration may name the others'.
	https := make([]string, len(cfg.Keys))
	for i := range https {
		if https[i], err = freeAddr(); err != nil {
			return nil, err
		}
	}
	for i, k := range cfg.Keys {
		op, err := cfg.writeOperator(dir, i, k, addrs, natsCreds, https)
		if err != nil {
			return nil, err
		}
		c.ops = append(c.ops, op)
	}
	return c, nil
}

// evmChainsYAML is the `chains:` entries of the EVM chains, the same for
// every operator.
func (cfg Config) evmChainsYAML() string {
	var cs strings.Builder
	for _, n := range cfg.Devnet.EVM {
		dc, _ := cfg.Deployment.ChainByID(chains.ChainID(n.ChainID))
		// The websocket endpoint: the watcher then follows a newHeads
		// subscription instead of polling the head (see chains/evm).
		url := n.WSURL
		if url == "" {
			url = n.RPCURL
		}
		fmt.Fprintf(&cs, "  - {id: %d, name: %q, kind: evm, rpc: [%q], bridge: %q, confirmations: %d}\n",
			n.ChainID, dc.Name, url, dc.Bridge.Hex(), cfg.Confirmations)
	}
	return cs.String()
}

// bitcoinChainYAML is the `chains:` entry of the bitcoin chain for an
// operator whose btcd password is in passFile.
func (cfg Config) bitcoinChainYAML(passFile string) string {
	b, dep, bc := cfg.Devnet.BTC, cfg.Deployment.Bitcoin, cfg.Bitcoin
	name := "BTC"
	if dc, ok := cfg.Deployment.ChainByID(dep.ChainID); ok && dc.Name != "" {
		name = dc.Name
	}
	// confirmations: the deployment's (a protocol parameter every relay
	// and wallet shares), not Config.Confirmations.
	return fmt.Sprintf(`  - id: %d
    name: %q
    kind: bitcoin
    rpc: [%q]
    confirmations: %d
    roles: [watch, sign, coordinate]
    bitcoin: {rpcUser: %q, rpcPasswordFile: %q, feeRate: %d, minFeeRate: %d, maxFeeRate: %d, sweepInterval: %s, sweepMinBatch: %d, payoutMaxOutputs: %d, payoutStuckAfter: %s}
`, dep.ChainID, name, "http://"+b.RPCHost, dep.Confirmations, b.RPCUser, passFile,
		bc.FeeRate, bc.MinFeeRate, bc.MaxFeeRate, bc.SweepInterval, bc.SweepMinBatch, bc.PayoutMaxOutputs, bc.PayoutStuckAfter)
}

// writeOperator writes the i-th operator's keystore, passphrase,
// configuration and, with a bitcoin chain, btcd password file under dir.
func (cfg Config) writeOperator(dir string, i int, k *ecdsa.PrivateKey, addrs []string, natsCreds map[common.Address]string, https []string) (*Operator, error) {
	op := &Operator{Index: i + 1, Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
	opDir := filepath.Join(dir, fmt.Sprintf("op%d", op.Index))
	passFile := filepath.Join(opDir, "pass")
	if err := os.MkdirAll(opDir, 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(passFile, []byte(passphrase), 0o600); err != nil {
		return nil, err
	}
	keysYAML, err := cfg.keysYAML(opDir, i, k, passFile)
	if err != nil {
		return nil, fmt.Errorf("cluster: keys of op%d: %w", op.Index, err)
	}
	op.HTTP = https[i]
	op.DataDir = filepath.Join(opDir, "data")
	chainsYAML := cfg.evmChainsYAML()
	if cfg.HasBitcoin() {
		op.BTCPasswordFile = filepath.Join(opDir, "btcpass")
		if err := os.WriteFile(op.BTCPasswordFile, []byte(cfg.Devnet.BTC.RPCPass+"\n"), 0o600); err != nil {
			return nil, err
		}
		chainsYAML += cfg.bitcoinChainYAML(op.BTCPasswordFile)
	}
	yaml := fmt.Sprintf(`dataDir: %q
%soperators:
  threshold: %d
  addresses: [%s]
chains:
%snats: {urls: [%q]%s}
http: {listen: %q}
batch: {maxSize: 16, maxWait: 100ms}
lease: {ttl: %s}
log: {level: %s, format: json}
%s`, op.DataDir, keysYAML, cfg.Threshold, strings.Join(addrs, ", "), chainsYAML, cfg.Devnet.NATS.URL, natsCreds[op.Address], op.HTTP, leaseTTL, cfg.LogLevel, cfg.auditYAML(i, https))
	op.Config = filepath.Join(opDir, "relayd.yaml")
	op.LogPath = filepath.Join(opDir, "relayd.log")
	if cfg.LogDir != "" {
		if err := os.MkdirAll(cfg.LogDir, 0o755); err != nil {
			return nil, err
		}
		op.LogPath = filepath.Join(cfg.LogDir, fmt.Sprintf("%sop%d.log", cfg.LogPrefix, op.Index))
		// A fresh log per cluster: Start appends (a restarted relayd
		// continues its log), a reused LogDir must not.
		if err := os.WriteFile(op.LogPath, nil, 0o644); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(op.Config, []byte(yaml), 0o600); err != nil {
		return nil, err
	}
	return op, nil
}

// auditYAML is operator i's audit: section, if any.
func (cfg Config) auditYAML(i int, https []string) string {
	var parts []string
	if cfg.AuditInterval > 0 {
		parts = append(parts, "interval: "+cfg.AuditInterval.String())
	}
	if cfg.AuditPeers {
		var peers []string
		for j, h := range https {
			if j != i {
				peers = append(peers, fmt.Sprintf("%q", "http://"+h))
			}
		}
		parts = append(parts, "peers: ["+strings.Join(peers, ", ")+"]")
	}
	if cfg.AuditAnchor != nil {
		parts = append(parts, cfg.AuditAnchor.yaml())
	}
	if len(parts) == 0 {
		return ""
	}
	return "audit: {" + strings.Join(parts, ", ") + "}\n"
}

// keysYAML writes operator i's keystores under opDir and returns the
// operator: and keys: lines of its configuration.
func (cfg Config) keysYAML(opDir string, i int, k *ecdsa.PrivateKey, passFile string) (string, error) {
	var r RoleKeys
	if len(cfg.Roles) > 0 {
		r = cfg.Roles[i]
	}
	store := func(name string, key *ecdsa.PrivateKey) (string, error) {
		dir := filepath.Join(opDir, name)
		if _, _, err := keys.Store(dir, passphrase, keys.ScryptLight/16, key); err != nil {
			return "", err
		}
		ks, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil || len(ks) != 1 {
			return "", fmt.Errorf("want one keystore in %s, found %d (a stale directory? use a fresh Dir)", dir, len(ks))
		}
		return ks[0], nil
	}
	var out, entries string
	if r.Authorisation == nil || r.Custody == nil || r.Transactions == nil || r.Bus == nil {
		ks, err := store("keystore", k)
		if err != nil {
			return "", err
		}
		out = fmt.Sprintf("operator: {keystore: %q, passphraseFile: %q}\n", ks, passFile)
	}
	if a := r.Authorisation; a != nil {
		entries += fmt.Sprintf("  authorisation: {pkcs11: {module: %q, tokenLabel: %q, keyLabel: %q, pinFile: %q}}\n", a.Module, a.TokenLabel, a.KeyLabel, a.PinFile)
	}
	custody := r.Custody
	if c := r.CustodyToken; r.CustodySealed != "" && c != nil {
		entries += fmt.Sprintf("  custody: {sealed: %q, pkcs11: {module: %q, tokenLabel: %q, keyLabel: %q, pinFile: %q}}\n", r.CustodySealed, c.Module, c.TokenLabel, c.KeyLabel, c.PinFile)
		custody = nil
	}
	for _, role := range []struct {
		name string
		key  *ecdsa.PrivateKey
	}{{"custody", custody}, {"transactions", r.Transactions}, {"bus", r.Bus}} {
		if role.key == nil {
			continue
		}
		ks, err := store(role.name+"-keystore", role.key)
		if err != nil {
			return "", err
		}
		entries += fmt.Sprintf("  %s: {keystore: %q, passphraseFile: %q}\n", role.name, ks, passFile)
	}
	if entries != "" {
		out += "keys:\n" + entries
	}
	return out, nil
}

// Operators returns the operators in the order of Config.Keys.
func (c *Cluster) Operators() []*Operator { return c.ops }

// Start runs op's relayd and waits until its /readyz answers 200. On an
// error the process, if it still runs, is killed.
func (c *Cluster) Start(ctx context.Context, op *Operator) error {
	if op.Running() {
		return fmt.Errorf("%w: op%d (pid %d)", ErrRunning, op.Index, op.cmd.Process.Pid)
	}
	logf, err := os.OpenFile(op.LogPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	cmd := exec.Command(c.cfg.Relayd, "run", "--config", op.Config, "--deployment", c.cfg.DeploymentPath)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), op.Env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if !c.cfg.Detach {
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("cluster: start relayd op%d: %w", op.Index, err)
	}
	logf.Close() // the child holds its own copy
	op.mu.Lock()
	op.stopping = false
	op.mu.Unlock()
	op.cmd, op.done = cmd, make(chan struct{})
	go op.wait(cmd, op.done)
	c.log.Debug().Int("op", op.Index).Int("pid", cmd.Process.Pid).Str("http", op.HTTP).Msg("relayd started")

	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(c.cfg.ReadyTimeout)
	for {
		select {
		case <-op.done:
			ex, _ := op.LastExit()
			return fmt.Errorf("at start: %w", newExitError(op, ex))
		case <-ctx.Done():
			c.Kill(op)
			return ctx.Err()
		default:
		}
		if resp, err := client.Get(op.URL() + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			c.Kill(op)
			return fmt.Errorf("%w: op%d after %s; see %s", ErrNotReady, op.Index, c.cfg.ReadyTimeout, op.LogPath)
		}
		select {
		case <-ctx.Done():
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// StartAll starts every operator that is not running, in order.
func (c *Cluster) StartAll(ctx context.Context) error {
	for _, op := range c.ops {
		if op.Running() {
			continue
		}
		if err := c.Start(ctx, op); err != nil {
			return err
		}
	}
	return nil
}

// Stop asks op's relayd to shut down (SIGTERM) and kills it after
// StopGrace. It returns once the process has exited.
func (c *Cluster) Stop(op *Operator) {
	if !op.Running() {
		return
	}
	op.markStopping()
	_ = op.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-op.done:
	case <-time.After(c.cfg.StopGrace):
		c.log.Warn().Int("op", op.Index).Dur("grace", c.cfg.StopGrace).Msg("relayd did not stop on SIGTERM; killing it")
		_ = op.cmd.Process.Signal(syscall.SIGKILL)
		<-op.done
	}
}

// Kill SIGKILLs op's relayd: no graceful shutdown, no lease release.
func (c *Cluster) Kill(op *Operator) {
	if !op.Running() {
		return
	}
	op.markStopping()
	_ = op.cmd.Process.Signal(syscall.SIGKILL)
	<-op.done
}

// Close stops every running operator, all at once.
func (c *Cluster) Close() {
	done := make(chan struct{}, len(c.ops))
	for _, op := range c.ops {
		go func(op *Operator) { c.Stop(op); done <- struct{}{} }(op)
	}
	for range c.ops {
		<-done
	}
}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("cluster: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}
