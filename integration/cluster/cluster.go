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
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/integration/harness"
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
// operator keys themselves are public (deploy.DevnetOperatorKeys).
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
	Devnet harness.Description
	// Deployment is the deployment of the bridges on Devnet; every EVM
	// chain of Devnet must be in it. Required.
	Deployment *deploy.Deployment
	// DeploymentPath is where Deployment is written; relayd reads it with
	// --deployment. Required.
	DeploymentPath string
	// Keys are the operator keys, one relayd each, in this order. Required.
	Keys []*ecdsa.PrivateKey
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
			if dc, ok := c.Deployment.ChainByID(chains.ChainID(n.ChainID)); !ok || dc.Kind != deploy.KindEVM {
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
	if c.Threshold < 1 || c.Threshold > len(c.Keys) {
		probs = append(probs, fmt.Sprintf("Threshold %d is not in 1..%d (the number of keys)", c.Threshold, len(c.Keys)))
	}
	if c.Confirmations < 1 {
		probs = append(probs, fmt.Sprintf("Confirmations %d: at least 1", c.Confirmations))
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
	return nil
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
	// Config, LogPath and DataDir are files of this operator under Dir.
	Config, LogPath, DataDir string
	// HTTP is the host:port of its HTTP server (/readyz, /metrics,
	// /v1/transfers/<id>).
	HTTP string

	cmd  *exec.Cmd
	done chan struct{}
}

// AuditStore is the path of the operator's audit ledger (bbolt; one
// process at a time: stop the relayd or copy the file before opening it).
func (o *Operator) AuditStore() string { return filepath.Join(o.DataDir, "audit.db") }

// URL is the base URL of the operator's HTTP server.
func (o *Operator) URL() string { return "http://" + o.HTTP }

// PID is the process id while running, 0 otherwise.
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
	var addrs []string
	for _, k := range cfg.Keys {
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey).Hex())
	}
	var cs strings.Builder
	for _, n := range cfg.Devnet.EVM {
		dc, _ := cfg.Deployment.ChainByID(chains.ChainID(n.ChainID))
		fmt.Fprintf(&cs, "  - {id: %d, name: %q, kind: evm, rpc: [%q], bridge: %q, confirmations: %d}\n",
			n.ChainID, dc.Name, n.RPCURL, dc.Bridge.Hex(), cfg.Confirmations)
	}
	for i, k := range cfg.Keys {
		op := &Operator{Index: i + 1, Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
		opDir := filepath.Join(dir, fmt.Sprintf("op%d", op.Index))
		if _, _, err := keys.Store(filepath.Join(opDir, "keystore"), passphrase, keys.ScryptLight/16, k); err != nil {
			return nil, fmt.Errorf("cluster: keystore of op%d: %w", op.Index, err)
		}
		ks, err := filepath.Glob(filepath.Join(opDir, "keystore", "*"))
		if err != nil || len(ks) != 1 {
			return nil, fmt.Errorf("cluster: keystore of op%d: want one file in %s, found %d (a stale directory? use a fresh Dir)", op.Index, filepath.Join(opDir, "keystore"), len(ks))
		}
		passFile := filepath.Join(opDir, "pass")
		if err := os.WriteFile(passFile, []byte(passphrase), 0o600); err != nil {
			return nil, err
		}
		if op.HTTP, err = freeAddr(); err != nil {
			return nil, err
		}
		op.DataDir = filepath.Join(opDir, "data")
		yaml := fmt.Sprintf(`dataDir: %q
operator: {keystore: %q, passphraseFile: %q}
operators:
  threshold: %d
  addresses: [%s]
chains:
%snats: {urls: [%q]}
http: {listen: %q}
batch: {maxSize: 16, maxWait: 200ms}
lease: {ttl: 3s}
log: {level: %s, format: json}
`, op.DataDir, ks[0], passFile, cfg.Threshold, strings.Join(addrs, ", "), cs.String(), cfg.Devnet.NATS.URL, op.HTTP, cfg.LogLevel)
		op.Config = filepath.Join(opDir, "relayd.yaml")
		op.LogPath = filepath.Join(opDir, "relayd.log")
		if err := os.WriteFile(op.Config, []byte(yaml), 0o600); err != nil {
			return nil, err
		}
		c.ops = append(c.ops, op)
	}
	return c, nil
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
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("cluster: start relayd op%d: %w", op.Index, err)
	}
	logf.Close() // the child holds its own copy
	op.cmd, op.done = cmd, make(chan struct{})
	go func(done chan struct{}) { _ = cmd.Wait(); close(done) }(op.done)
	c.log.Debug().Int("op", op.Index).Int("pid", cmd.Process.Pid).Str("http", op.HTTP).Msg("relayd started")

	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(c.cfg.ReadyTimeout)
	for {
		select {
		case <-op.done:
			return fmt.Errorf("%w at start: op%d (%s); see %s", ErrExited, op.Index, cmd.ProcessState, op.LogPath)
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
