package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"
)

// Config is relayd's configuration.
type Config struct {
	// DataDir holds the embedded NATS store and other local state.
	DataDir   string    `yaml:"dataDir" json:"dataDir"`
	Operator  Operator  `yaml:"operator" json:"operator"`
	Keys      Keys      `yaml:"keys" json:"keys,omitzero"`
	Operators Operators `yaml:"operators" json:"operators"`
	Chains    []Chain   `yaml:"chains" json:"chains"`
	NATS      NATS      `yaml:"nats" json:"nats"`
	HTTP      HTTP      `yaml:"http" json:"http"`
	Batch     Batch     `yaml:"batch" json:"batch"`
	Lease     Lease     `yaml:"lease" json:"lease"`
	Signer    Signer    `yaml:"signer" json:"signer"`
	Reconcile Reconcile `yaml:"reconcile" json:"reconcile"`
	Audit     Audit     `yaml:"audit" json:"audit"`
	Log       Log       `yaml:"log" json:"log"`
}

// Operator is this operator's key.
type Operator struct {
	// Keystore is an encrypted keystore file (go-ethereum format).
	Keystore string `yaml:"keystore" json:"keystore"`
	// PassphraseFile or PassphraseEnv (the name of an environment
	// variable) supplies the passphrase. Default: PassphraseEnv
	// KAKEHASHI_PASSPHRASE.
	PassphraseFile string `yaml:"passphraseFile" json:"passphraseFile,omitempty"`
	PassphraseEnv  string `yaml:"passphraseEnv" json:"passphraseEnv,omitempty"`
}

// Operators is the federation. Leaving Addresses empty selects the
// single-operator development mode: 1-of-1 with this operator's key.
type Operators struct {
	Addresses []string `yaml:"addresses" json:"addresses"`
	Threshold int      `yaml:"threshold" json:"threshold"`
}

// Chain kinds.
const (
	KindEVM     = "evm"
	KindBitcoin = "bitcoin"
)

// Roles a relayd can run per chain.
const (
	RoleWatch      = "watch"      // follow the chain, publish events
	RoleSign       = "sign"       // verify events from this chain and sign authorizations to it
	RoleCoordinate = "coordinate" // collect shares and submit to this chain
)

// Chain is one chain this operator serves.
type Chain struct {
	ID            uint64   `yaml:"id" json:"id"`
	Name          string   `yaml:"name" json:"name,omitempty"`
	Kind          string   `yaml:"kind" json:"kind"`
	RPC           []string `yaml:"rpc" json:"rpc"`
	Bridge        string   `yaml:"bridge" json:"bridge,omitempty"`
	Confirmations uint64   `yaml:"confirmations" json:"confirmations"`
	Roles         []string `yaml:"roles" json:"roles"`
	// Bitcoin is the part only a bitcoin chain has (required for one).
	Bitcoin *Bitcoin `yaml:"bitcoin,omitempty" json:"bitcoin,omitempty"`
}

// Bitcoin configures a bitcoin chain: how to log in to this operator's
// own btcd, and the fee rates and schedule of sweeps and payouts. The
// protocol parameters every operator shares (federation, confirmations,
// the maximum fee rate deposits are credited net of, the recovery leaf)
// come from the deployment file instead.
type Bitcoin struct {
	// RPCUser and the password (RPCPasswordFile, or the environment
	// variable KAKEHASHI_CHAIN_<id>_RPCPASSWORD) log in to btcd.
	RPCUser         string `yaml:"rpcUser" json:"rpcUser"`
	RPCPasswordFile string `yaml:"rpcPasswordFile" json:"rpcPasswordFile,omitempty"`
	// RPCPassword is filled from the environment only, never from the file
	// (a secret does not belong in a configuration file) and never printed.
	RPCPassword string `yaml:"-" json:"-"`
	// FeeRate is what this operator proposes as leader (sat/vB);
	// [MinFeeRate, MaxFeeRate] what it signs. MaxFeeRate must keep a
	// one-deposit sweep within the deposit fee (relayd checks it at start).
	FeeRate    uint64 `yaml:"feeRate" json:"feeRate"`
	MinFeeRate uint64 `yaml:"minFeeRate" json:"minFeeRate"`
	MaxFeeRate uint64 `yaml:"maxFeeRate" json:"maxFeeRate"`
	// SweepInterval is how often the sweep leader looks for minted
	// deposits to sweep; SweepMinBatch how many must wait before it sweeps
	// (an urgent deposit, close to its refund locktime, is swept at once).
	SweepInterval Duration `yaml:"sweepInterval" json:"sweepInterval"`
	SweepMinBatch int      `yaml:"sweepMinBatch" json:"sweepMinBatch"`
	// PayoutMaxOutputs bounds the burns paid by one payout transaction.
	PayoutMaxOutputs int `yaml:"payoutMaxOutputs" json:"payoutMaxOutputs"`
	// PayoutStuckAfter is how long a payout stays unconfirmed in the
	// leader's mempool before the leader replaces it at a higher fee
	// rate, never above the deployment's bitcoin.maxFeeRate nor
	// MaxFeeRate (docs/bitcoin-route.md, "Fee bumping").
	PayoutStuckAfter Duration `yaml:"payoutStuckAfter" json:"payoutStuckAfter"`
}

// Bitcoin defaults.
const (
	DefaultBitcoinFeeRate    = 2
	DefaultBitcoinMinFeeRate = 1
	DefaultBitcoinMaxFeeRate = 5
	DefaultSweepInterval     = 5 * time.Second
	DefaultSweepMinBatch     = 1
	DefaultPayoutMaxOutputs  = 50
	DefaultPayoutStuckAfter  = 20 * time.Minute
)

// HasRole reports whether the chain runs role r.
func (c Chain) HasRole(r string) bool {
	for _, x := range c.Roles {
		if x == r {
			return true
		}
	}
	return false
}

// NATS says where the bus is. Empty URLs means embedded.
type NATS struct {
	URLs         []string     `yaml:"urls" json:"urls,omitempty"`
	Embedded     EmbeddedNATS `yaml:"embedded" json:"embedded"`
	Replicas     int          `yaml:"replicas" json:"replicas"`
	DedupeWindow Duration     `yaml:"dedupeWindow" json:"dedupeWindow"`
	// Creds is this operator's NATS credentials file (`relayd bus init`
	// or `relayd bus user`); JWT and Seed are the same in two files. One
	// of them is required to reach a federation's servers.
	Creds string `yaml:"creds" json:"creds,omitempty"`
	JWT   string `yaml:"jwt" json:"jwt,omitempty"`
	Seed  string `yaml:"seed" json:"seed,omitempty"`
	// TLS, when ca is set, makes the connection TLS, verifying the server
	// against ca and presenting cert/key if given.
	TLS NATSTLS `yaml:"tls" json:"tls,omitempty"`
}

// NATSTLS names PEM files.
type NATSTLS struct {
	CA   string `yaml:"ca" json:"ca,omitempty"`
	Cert string `yaml:"cert" json:"cert,omitempty"`
	Key  string `yaml:"key" json:"key,omitempty"`
}

// Authenticated reports whether credentials are configured.
func (n NATS) Authenticated() bool { return n.Creds != "" || n.JWT != "" }

// EmbeddedNATS configures the in-process server.
type EmbeddedNATS struct {
	Listen   string `yaml:"listen" json:"listen"`
	StoreDir string `yaml:"storeDir" json:"storeDir"`
	// Federation is a directory written by `relayd bus init`: the embedded
	// server then trusts its operator and refuses anonymous clients.
	Federation string `yaml:"federation" json:"federation,omitempty"`
	// TLS, when cert is set, serves TLS with cert/key; with ca it also
	// requires client certificates signed by ca.
	TLS NATSTLS `yaml:"tls" json:"tls,omitempty"`
}

// HTTP is the health/metrics/status listener.
type HTTP struct {
	Listen string `yaml:"listen" json:"listen"`
}

// Batch bounds the coordinators' batches.
type Batch struct {
	MaxSize int      `yaml:"maxSize" json:"maxSize"`
	MaxWait Duration `yaml:"maxWait" json:"maxWait"`
	// MaxIdle lets a batch leave before MaxWait once nothing became ready
	// for this long and no transfer still gathers its quorum (0:
	// maxWait/10). Longer: fuller batches, less gas; shorter: lower latency.
	MaxIdle Duration `yaml:"maxIdle" json:"maxIdle"`
	// MaxGather is how long after its first share a transfer short of its
	// quorum may hold a batch back (0: 2×maxIdle, at most maxWait).
	MaxGather Duration `yaml:"maxGather" json:"maxGather"`
	// MaxInflight bounds the submissions a coordinator runs at once.
	MaxInflight int `yaml:"maxInflight" json:"maxInflight"`
}

// Lease is the coordinators' leader lease.
type Lease struct {
	TTL Duration `yaml:"ttl" json:"ttl"`
	// PassOverAfter: how long a ready transfer waits on an operator
	// without the lease before it submits it itself, times (its index in
	// the operator set + 1); 0 = default 30s, negative = never
	// (relay.CoordinatorConfig.PassOverAfter).
	PassOverAfter Duration `yaml:"passOverAfter" json:"passOverAfter"`
}

// Signer tunes the signer's retries of an event it cannot sign yet (its
// node lags or is unreachable, the route is paused): the first delay
// doubles per delivery up to MaxRetryDelay, and after MaxDeliver
// deliveries the bus gives up on the message; the reconciliation then
// re-offers the transfer (Reconcile).
type Signer struct {
	RetryDelay    Duration `yaml:"retryDelay" json:"retryDelay"`
	MaxRetryDelay Duration `yaml:"maxRetryDelay" json:"maxRetryDelay"`
	MaxDeliver    int      `yaml:"maxDeliver" json:"maxDeliver"`
	// Retention is how long the durable signed set keeps what this
	// operator signed for an executed transfer (default 30 days; entries
	// of open transfers are always kept). A redelivered event older than
	// that is refused by the ledger as completed, never signed again.
	Retention Duration `yaml:"retention" json:"retention"`
}

// Reconcile configures the reconciliation (relay.Reconciler): every
// Interval, the transfers open in this operator's ledger (source final,
// no execution) for longer than After are re-verified, signed again and
// their shares published again.
type Reconcile struct {
	Interval Duration `yaml:"interval" json:"interval"`
	After    Duration `yaml:"after" json:"after"`
}

// Audit configures this operator's part in the federation's shared audit
// chain (relay/auditchain): its leader proposes a block every Interval
// from the records its own ledger holds and the chain does not, final once
// t operators attest it.
type Audit struct {
	Interval Duration `yaml:"interval" json:"interval"`
	// Peers are other operators' relayd HTTP endpoints
	// (http://host:port): a replica that lacks blocks fetches them from
	// there and verifies each (docs/relay.md, The shared audit chain).
	Peers  []string    `yaml:"peers" json:"peers,omitempty"`
	Anchor AuditAnchor `yaml:"anchor" json:"anchor"`
}

// AuditAnchor configures anchoring of the shared audit chain
// (relay/auditanchor): while this operator leads the chain, it writes the
// newest final block into the AuditAnchor contract of every configured
// EVM chain the deployment gives one (chains[].auditAnchor), every
// EveryBlocks final blocks or Every, whichever first, paid by the
// transactions key. Never without a new final block.
type AuditAnchor struct {
	Enabled     bool     `yaml:"enabled" json:"enabled"`
	EveryBlocks uint64   `yaml:"everyBlocks" json:"everyBlocks"`
	Every       Duration `yaml:"every" json:"every"`
}

// Log configures logging.
type Log struct {
	Level  string `yaml:"level" json:"level"`
	Format string `yaml:"format" json:"format"` // auto, json, console
}

// Duration is a time.Duration written as "250ms", "5s", "10m".
type Duration time.Duration

// D returns the time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalText writes the duration as Go syntax.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText parses Go duration syntax.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("duration %q: use Go syntax like 250ms, 5s, 10m", b)
	}
	*d = Duration(v)
	return nil
}

// DefaultPassphraseEnv is the passphrase variable used when the
// configuration names no passphrase source.
const DefaultPassphraseEnv = "KAKEHASHI_PASSPHRASE"

// Defaults returns the configuration used for every field a file and the
// environment leave unset.
func Defaults() Config {
	return Config{
		DataDir:   "./data",
		NATS:      NATS{Embedded: EmbeddedNATS{Listen: "127.0.0.1:4222"}, Replicas: 1, DedupeWindow: Duration(10 * time.Minute)},
		HTTP:      HTTP{Listen: "127.0.0.1:9180"},
		Batch:     Batch{MaxSize: 64, MaxWait: Duration(100 * time.Millisecond), MaxInflight: 16},
		Lease:     Lease{TTL: Duration(5 * time.Second)},
		Signer:    Signer{RetryDelay: Duration(500 * time.Millisecond), MaxRetryDelay: Duration(30 * time.Second), MaxDeliver: 20, Retention: Duration(30 * 24 * time.Hour)},
		Reconcile: Reconcile{Interval: Duration(30 * time.Second), After: Duration(2 * time.Minute)},
		Audit:     Audit{Interval: Duration(2 * time.Second), Anchor: AuditAnchor{Enabled: true, EveryBlocks: 10, Every: Duration(30 * time.Second)}},
		Log:       Log{Level: "info", Format: "auto"},
		Operator:  Operator{},
	}
}

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("invalid configuration")

// Problem is one thing to fix, at a field path such as
// "chains[1].bridge" or "operators.threshold".
type Problem struct {
	Field string `json:"field"`
	Msg   string `json:"problem"`
}

// Error lists every problem found, each with what to do about it.
type Error struct {
	Source   string
	Problems []Problem
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d problem(s):", e.Source, len(e.Problems))
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n  %s: %s", p.Field, p.Msg)
	}
	return b.String()
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (e *Error) Unwrap() error { return ErrInvalid }

// Load reads the YAML file at path (none if path is empty), applies the
// environment overrides (see Env) read through getenv (os.Getenv if nil),
// fills defaults and validates. Unknown keys in the file are errors.
func Load(path string, getenv func(string) string) (*Config, error) {
	src := "environment"
	if path != "" {
		src = path
	}
	c, probs, err := Read(path, getenv)
	if err != nil {
		return nil, err
	}
	probs = append(probs, c.Validate()...)
	if len(probs) > 0 {
		return nil, &Error{Source: src, Problems: probs}
	}
	return c, nil
}

// Read is Load without Validate: the configuration as the file and the
// environment give it, defaults filled, with the problems of the file and
// the variables themselves (unknown keys, values of the wrong type). It is
// for tools that take a few settings from an operator's file before the
// rest is usable — `relayd bus init --config` reads the operators and
// chains to write the very creds file that nats.creds names. The error is
// an *Error when the file cannot be read or parsed.
func Read(path string, getenv func(string) string) (*Config, []Problem, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	c := Defaults()
	var probs []Problem
	if path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, &Error{Source: path, Problems: []Problem{{"file", fmt.Sprintf("cannot read: %v", err)}}}
		}
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true)
		var te *yaml.TypeError
		switch err := dec.Decode(&c); {
		case errors.As(err, &te):
			// The decoder went on past these: report them with the other
			// problems, each with its line and, for an unknown key, the
			// closest known one.
			probs = append(probs, typeProblems(te)...)
		case err != nil && !errors.Is(err, io.EOF):
			return nil, nil, &Error{Source: path, Problems: []Problem{{"yaml", err.Error()}}}
		}
	}
	for _, o := range Env {
		if v := getenv(o.Name); v != "" {
			if err := o.apply(&c, v); err != nil {
				probs = append(probs, Problem{o.Name, err.Error()})
			}
		}
	}
	for i := range c.Chains {
		prefix := fmt.Sprintf("KAKEHASHI_CHAIN_%d_", c.Chains[i].ID)
		if v := getenv(prefix + "RPC"); v != "" {
			c.Chains[i].RPC = splitList(v)
		}
		if v := getenv(prefix + "BRIDGE"); v != "" {
			c.Chains[i].Bridge = v
		}
		if v := getenv(prefix + "RPCPASSWORD"); v != "" && c.Chains[i].Kind == KindBitcoin {
			if c.Chains[i].Bitcoin == nil {
				c.Chains[i].Bitcoin = &Bitcoin{}
			}
			c.Chains[i].Bitcoin.RPCPassword = v
		}
	}
	c.fill()
	return &c, probs, nil
}

func (c *Config) fill() {
	if c.Operator.PassphraseFile == "" && c.Operator.PassphraseEnv == "" {
		c.Operator.PassphraseEnv = DefaultPassphraseEnv
	}
	if len(c.NATS.URLs) == 0 && c.NATS.Embedded.StoreDir == "" && c.DataDir != "" {
		c.NATS.Embedded.StoreDir = strings.TrimSuffix(c.DataDir, "/") + "/nats"
	}
	for i := range c.Chains {
		if len(c.Chains[i].Roles) == 0 {
			c.Chains[i].Roles = []string{RoleWatch, RoleSign, RoleCoordinate}
		}
		if c.Chains[i].Kind == KindBitcoin && c.Chains[i].Bitcoin == nil {
			c.Chains[i].Bitcoin = &Bitcoin{}
		}
		if b := c.Chains[i].Bitcoin; b != nil {
			b.fill()
		}
	}
}

func (b *Bitcoin) fill() {
	if b.MinFeeRate == 0 {
		b.MinFeeRate = DefaultBitcoinMinFeeRate
	}
	if b.MaxFeeRate == 0 {
		b.MaxFeeRate = max(DefaultBitcoinMaxFeeRate, b.MinFeeRate)
	}
	if b.FeeRate == 0 {
		b.FeeRate = min(max(DefaultBitcoinFeeRate, b.MinFeeRate), b.MaxFeeRate)
	}
	if b.SweepInterval == 0 {
		b.SweepInterval = Duration(DefaultSweepInterval)
	}
	if b.SweepMinBatch == 0 {
		b.SweepMinBatch = DefaultSweepMinBatch
	}
	if b.PayoutMaxOutputs == 0 {
		b.PayoutMaxOutputs = DefaultPayoutMaxOutputs
	}
	if b.PayoutStuckAfter == 0 {
		b.PayoutStuckAfter = Duration(DefaultPayoutStuckAfter)
	}
}

// validateBitcoin returns problems with field paths relative to
// ".bitcoin". Credentials may also come from the RPC URL's user info
// (http://user:pass@host:port).
func (ch Chain) validateBitcoin() []Problem {
	b := ch.Bitcoin
	var ps []Problem
	if _, _, inURL := ch.URLCredentials(); !inURL && (b == nil || b.RPCUser == "") {
		ps = append(ps, Problem{".rpcUser", "missing: the btcd RPC user (btcd's --rpcuser), here or in the rpc URL"})
	}
	if _, _, inURL := ch.URLCredentials(); !inURL && (b == nil || b.RPCPasswordFile == "" && b.RPCPassword == "") {
		ps = append(ps, Problem{".rpcPasswordFile", fmt.Sprintf("missing: a file holding the btcd RPC password, or set KAKEHASHI_CHAIN_%d_RPCPASSWORD", ch.ID)})
	}
	if b == nil {
		return ps
	}
	if b.MinFeeRate < 1 || b.FeeRate < b.MinFeeRate || b.MaxFeeRate < b.FeeRate {
		ps = append(ps, Problem{".feeRate", fmt.Sprintf("want 1 ≤ minFeeRate ≤ feeRate ≤ maxFeeRate (sat/vB), got %d ≤ %d ≤ %d", b.MinFeeRate, b.FeeRate, b.MaxFeeRate)})
	}
	if b.SweepInterval.D() < 100*time.Millisecond {
		ps = append(ps, Problem{".sweepInterval", fmt.Sprintf("%s: use at least 100ms (default %s)", b.SweepInterval.D(), DefaultSweepInterval)})
	}
	if b.SweepMinBatch < 1 {
		ps = append(ps, Problem{".sweepMinBatch", fmt.Sprintf("%d: use at least 1", b.SweepMinBatch)})
	}
	if b.PayoutMaxOutputs < 1 || b.PayoutMaxOutputs > 1000 {
		ps = append(ps, Problem{".payoutMaxOutputs", fmt.Sprintf("%d: use 1..1000", b.PayoutMaxOutputs)})
	}
	return ps
}

// URLCredentials returns the user and password of the first RPC URL's
// user info, if it has both.
func (ch Chain) URLCredentials() (user, pass string, ok bool) {
	if len(ch.RPC) == 0 {
		return "", "", false
	}
	u, err := url.Parse(ch.RPC[0])
	if err != nil || u.User == nil {
		return "", "", false
	}
	pass, ok = u.User.Password()
	return u.User.Username(), pass, ok && u.User.Username() != ""
}

// BitcoinLogin returns the btcd host:port, whether to use TLS (https),
// the RPC user and password: from the bitcoin section (password from the
// environment or its file) or else from the first RPC URL's user info.
func (ch Chain) BitcoinLogin() (host string, tls bool, user, pass string, err error) {
	if len(ch.RPC) == 0 {
		return "", false, "", "", fmt.Errorf("chain %d: no rpc URL", ch.ID)
	}
	u, err := url.Parse(ch.RPC[0])
	if err != nil {
		return "", false, "", "", fmt.Errorf("chain %d: rpc: %w", ch.ID, err)
	}
	host, tls = u.Host, u.Scheme == "https"
	if b := ch.Bitcoin; b != nil && b.RPCUser != "" {
		pass, err = b.Password()
		return host, tls, b.RPCUser, pass, err
	}
	user, pass, ok := ch.URLCredentials()
	if !ok {
		return "", false, "", "", fmt.Errorf("chain %d: no btcd credentials: set bitcoin.rpcUser and bitcoin.rpcPasswordFile", ch.ID)
	}
	return host, tls, user, pass, nil
}

// Password returns the btcd RPC password: from the environment if set
// there, else the first line of RPCPasswordFile.
func (b *Bitcoin) Password() (string, error) {
	if b.RPCPassword != "" {
		return b.RPCPassword, nil
	}
	raw, err := os.ReadFile(b.RPCPasswordFile)
	if err != nil {
		return "", fmt.Errorf("bitcoin.rpcPasswordFile: %w", err)
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	pw := strings.TrimRight(line, "\r")
	if pw == "" {
		return "", fmt.Errorf("bitcoin.rpcPasswordFile %s is empty: write the btcd RPC password in it", b.RPCPasswordFile)
	}
	return pw, nil
}

// SingleOperator reports whether the configuration selects the 1-of-1
// development mode (no operator addresses listed).
func (c *Config) SingleOperator() bool { return len(c.Operators.Addresses) == 0 }

// OperatorAddresses returns the parsed operator addresses.
func (c *Config) OperatorAddresses() []common.Address {
	out := make([]common.Address, 0, len(c.Operators.Addresses))
	for _, a := range c.Operators.Addresses {
		out = append(out, common.HexToAddress(a))
	}
	return out
}

// Validate returns every problem in c (nil when it is usable), section
// by section in the order of the file.
func (c *Config) Validate() []Problem {
	var ps problems
	if c.DataDir == "" {
		ps.add("dataDir", "empty: set a directory for local state (default ./data)")
	}
	c.Operator.validate(&ps)
	c.validateKeys(&ps)
	c.Operators.validate(&ps)
	validateChains(c.Chains, &ps)
	c.NATS.validate(&ps)
	if _, _, err := net.SplitHostPort(c.HTTP.Listen); err != nil {
		ps.add("http.listen", "%q: want host:port such as 127.0.0.1:9180", c.HTTP.Listen)
	}
	c.Batch.validate(&ps)
	if c.Lease.TTL.D() < time.Second {
		ps.add("lease.ttl", "%s: use at least 1s (default 5s); every operator must use the same value", c.Lease.TTL.D())
	}
	c.Signer.validate(&ps)
	c.Reconcile.validate(&ps)
	if c.Audit.Interval.D() < 100*time.Millisecond {
		ps.add("audit.interval", "%s: use at least 100ms (default 2s)", c.Audit.Interval.D())
	}
	for i, p := range c.Audit.Peers {
		if u, err := url.Parse(p); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			ps.add(fmt.Sprintf("audit.peers[%d]", i), "%q: want another operator's relayd endpoint, http://host:port", p)
		}
	}
	c.Audit.Anchor.validate(&ps)
	c.Log.validate(&ps)
	return ps
}

// problems collects what Validate finds; nil until the first one.
type problems []Problem

func (ps *problems) add(field, f string, a ...any) {
	*ps = append(*ps, Problem{field, fmt.Sprintf(f, a...)})
}

func (s Signer) validate(ps *problems) {
	if s.RetryDelay.D() <= 0 || s.MaxRetryDelay.D() < s.RetryDelay.D() {
		ps.add("signer", "retryDelay %s, maxRetryDelay %s: want 0 < retryDelay ≤ maxRetryDelay (defaults 500ms, 30s)", s.RetryDelay.D(), s.MaxRetryDelay.D())
	}
	if s.Retention.D() < 24*time.Hour {
		ps.add("signer.retention", "%s: use at least 24h (default 720h = 30 days): the signed set must outlive any redelivery", s.Retention.D())
	}
	if s.MaxDeliver < 1 {
		ps.add("signer.maxDeliver", "%d: want at least 1 (default 20)", s.MaxDeliver)
	}
}

func (r Reconcile) validate(ps *problems) {
	if r.Interval.D() < 100*time.Millisecond {
		ps.add("reconcile.interval", "%s: use at least 100ms (default 30s)", r.Interval.D())
	}
	if r.After.D() < time.Second {
		ps.add("reconcile.after", "%s: use at least 1s (default 2m); shorter re-offers transfers the bus is still completing", r.After.D())
	}
}

func (a AuditAnchor) validate(ps *problems) {
	if !a.Enabled {
		return
	}
	if a.EveryBlocks == 0 {
		ps.add("audit.anchor.everyBlocks", "0: use at least 1 (default 10), or set audit.anchor.enabled: false")
	}
	if a.Every.D() < time.Second {
		ps.add("audit.anchor.every", "%s: use at least 1s (default 30s); each anchor costs gas on every EVM chain", a.Every.D())
	}
}

func (o Operator) validate(ps *problems) {
	if o.PassphraseFile != "" && o.PassphraseEnv != "" {
		ps.add("operator", "both passphraseFile and passphraseEnv are set: keep one")
	}
}

func (o Operators) validate(ps *problems) {
	n := len(o.Addresses)
	seen := map[common.Address]bool{}
	for i, a := range o.Addresses {
		f := fmt.Sprintf("operators.addresses[%d]", i)
		if !common.IsHexAddress(a) {
			ps.add(f, "%q is not a 20-byte hex address", a)
			continue
		}
		addr := common.HexToAddress(a)
		if seen[addr] {
			ps.add(f, "%s is listed twice: remove the duplicate", addr)
		}
		seen[addr] = true
	}
	switch {
	case n == 0 && o.Threshold > 1:
		ps.add("operators.threshold", "threshold %d without operator addresses: list the operators, or drop the threshold for single-operator mode (1-of-1)", o.Threshold)
	case n > 0 && o.Threshold == 0:
		ps.add("operators.threshold", "not set: choose how many of the %d operators must sign (for example %d)", n, n/2+1)
	case n > 0 && o.Threshold > n:
		ps.add("operators.threshold", "threshold %d > %d operators: lower threshold or add an operator", o.Threshold, n)
	case o.Threshold < 0:
		ps.add("operators.threshold", "negative: use 1..number of operators")
	}
}

// validateChains checks each chain and that no two share an id.
func validateChains(chs []Chain, ps *problems) {
	ids := map[uint64]int{}
	for i, ch := range chs {
		f := ch.Field(i)
		if ch.ID == 0 {
			ps.add(f+".id", "missing: the EIP-155 chain id for EVM, the configured id for Bitcoin (regtest devnet: 18444)")
		} else if j, dup := ids[ch.ID]; dup {
			ps.add(f+".id", "chain id %d already used by chains[%d]", ch.ID, j)
		}
		ids[ch.ID] = i
		ch.validate(f, ps)
	}
}

// Field is the chain's field path in messages when it is chains[i]:
// "chains[1] (B)", or "chains[1]" without a name.
func (ch Chain) Field(i int) string {
	f := fmt.Sprintf("chains[%d]", i)
	if ch.Name != "" {
		f += " (" + ch.Name + ")"
	}
	return f
}

// validate checks one chain; f is its field path, e.g. "chains[1] (B)".
func (ch Chain) validate(f string, ps *problems) {
	switch ch.Kind {
	case KindEVM:
		if ch.Bitcoin != nil {
			ps.add(f+".bitcoin", "set on an evm chain: remove it, or set kind: bitcoin")
		}
		if !common.IsHexAddress(ch.Bridge) {
			ps.add(f+".bridge", "%q is not a contract address: set the Bridge contract's 20-byte address", ch.Bridge)
		}
	case KindBitcoin:
		for _, p := range ch.validateBitcoin() {
			ps.add(f+".bitcoin"+p.Field, "%s", p.Msg)
		}
	case "":
		ps.add(f+".kind", "missing: use evm or bitcoin")
	default:
		ps.add(f+".kind", "%q: use evm or bitcoin", ch.Kind)
	}
	if len(ch.RPC) == 0 {
		ps.add(f+".rpc", "no RPC endpoint: list this operator's own node URL(s) (or set KAKEHASHI_CHAIN_%d_RPC)", ch.ID)
	}
	for j, u := range ch.RPC {
		if p, err := url.Parse(u); err != nil || p.Scheme == "" || p.Host == "" {
			ps.add(fmt.Sprintf("%s.rpc[%d]", f, j), "%q is not a URL like http://127.0.0.1:8545", u)
		} else if ch.Kind == KindBitcoin && p.Scheme != "http" && p.Scheme != "https" {
			ps.add(fmt.Sprintf("%s.rpc[%d]", f, j), "%q: btcd is reached over http:// (loopback, no TLS) or https://, like http://127.0.0.1:18443", u)
		}
	}
	if ch.Confirmations == 0 {
		ps.add(f+".confirmations", "missing: how many blocks make an event final on this chain (at least 1)")
	}
	for j, r := range ch.Roles {
		if r != RoleWatch && r != RoleSign && r != RoleCoordinate {
			ps.add(fmt.Sprintf("%s.roles[%d]", f, j), "unknown role %q: use watch, sign or coordinate", r)
		}
	}
}

func (n NATS) validate(ps *problems) {
	for i, u := range n.URLs {
		if p, err := url.Parse(u); err != nil || (p.Scheme != "nats" && p.Scheme != "tls") || p.Host == "" {
			ps.add(fmt.Sprintf("nats.urls[%d]", i), "%q is not a NATS URL like nats://127.0.0.1:4222", u)
		}
	}
	if len(n.URLs) == 0 {
		if _, _, err := net.SplitHostPort(n.Embedded.Listen); err != nil {
			ps.add("nats.embedded.listen", "%q: want host:port such as 127.0.0.1:4222", n.Embedded.Listen)
		}
		if n.Embedded.StoreDir == "" {
			ps.add("nats.embedded.storeDir", "empty: set it or dataDir")
		}
	}
	if n.Replicas < 1 || n.Replicas > 5 {
		ps.add("nats.replicas", "%d: use 1 for a single server, 3 for a JetStream cluster (at most 5)", n.Replicas)
	}
	if n.DedupeWindow.D() < time.Second {
		ps.add("nats.dedupeWindow", "%s is too short: use at least 1s (default 10m)", n.DedupeWindow.D())
	}
	n.validateAuth(ps)
}

func (n NATS) validateAuth(ps *problems) {
	switch {
	case n.Creds != "" && (n.JWT != "" || n.Seed != ""):
		ps.add("nats.creds", "set with nats.jwt/nats.seed: give a creds file or the two files, not both")
	case (n.JWT == "") != (n.Seed == ""):
		ps.add("nats.jwt", "nats.jwt and nats.seed go together (or use nats.creds)")
	}
	for _, f := range []struct{ field, path string }{{"nats.creds", n.Creds}, {"nats.seed", n.Seed}} {
		if f.path == "" {
			continue
		}
		st, err := os.Stat(f.path)
		switch {
		case err != nil:
			ps.add(f.field, "%s: %v (write it with `relayd bus user`, or `relayd bus init` on a devnet)", f.path, err)
		case st.Mode().Perm()&0o077 != 0:
			ps.add(f.field, "%s is mode %s, readable by others than its owner: chmod 600 %s", f.path, st.Mode().Perm(), f.path)
		}
	}
	if e := n.Embedded.TLS; (e.Cert == "") != (e.Key == "") || (e.CA != "" && e.Cert == "") {
		ps.add("nats.embedded.tls.cert", "the embedded server's TLS needs cert and key (and ca only to require client certificates)")
	}
	if n.TLS.CA == "" && (n.TLS.Cert != "" || n.TLS.Key != "") {
		ps.add("nats.tls.ca", "missing: a client certificate needs the CA that signed the server's certificate")
	} else if (n.TLS.Cert == "") != (n.TLS.Key == "") {
		ps.add("nats.tls.cert", "nats.tls.cert and nats.tls.key go together")
	}
}

func (b Batch) validate(ps *problems) {
	if b.MaxSize < 1 || b.MaxSize > 1024 {
		ps.add("batch.maxSize", "%d: use 1..1024", b.MaxSize)
	}
	if b.MaxWait.D() <= 0 || b.MaxWait.D() > time.Minute {
		ps.add("batch.maxWait", "%s: use a duration in (0, 1m], for example 100ms", b.MaxWait.D())
	}
	if b.MaxIdle.D() < 0 || b.MaxIdle.D() > b.MaxWait.D() {
		ps.add("batch.maxIdle", "%s: use a duration in [0, batch.maxWait] (0: maxWait/10)", b.MaxIdle.D())
	}
	if b.MaxGather.D() < 0 || b.MaxGather.D() > b.MaxWait.D() {
		ps.add("batch.maxGather", "%s: use a duration in [0, batch.maxWait] (0: 2×maxIdle)", b.MaxGather.D())
	}
	if b.MaxInflight < 1 || b.MaxInflight > 256 {
		ps.add("batch.maxInflight", "%d: use 1..256 (default 16)", b.MaxInflight)
	}
}

func (l Log) validate(ps *problems) {
	if _, err := zerolog.ParseLevel(l.Level); err != nil || l.Level == "" {
		ps.add("log.level", "%q: use trace, debug, info, warn or error", l.Level)
	}
	switch l.Format {
	case "auto", "json", "console":
	default:
		ps.add("log.format", "%q: use auto, json or console", l.Format)
	}
}

// EnvOverride is one environment variable that overrides a field.
type EnvOverride struct {
	Name  string
	Field string
	apply func(c *Config, v string) error
}

func str(p func(c *Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error { *p(c) = v; return nil }
}

func list(p func(c *Config) *[]string) func(*Config, string) error {
	return func(c *Config, v string) error { *p(c) = splitList(v); return nil }
}

func integer(p func(c *Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("%q is not an integer", v)
		}
		*p(c) = n
		return nil
	}
}

func boolean(p func(c *Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("%q is not true or false", v)
		}
		*p(c) = b
		return nil
	}
}

func unsigned(p func(c *Config) *uint64) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", v)
		}
		*p(c) = n
		return nil
	}
}

func duration(p func(c *Config) *Duration) func(*Config, string) error {
	return func(c *Config, v string) error { return p(c).UnmarshalText([]byte(v)) }
}

// Env lists the environment overrides, applied after the file. Per chain,
// KAKEHASHI_CHAIN_<id>_RPC (comma-separated) and KAKEHASHI_CHAIN_<id>_BRIDGE
// override that chain's rpc and bridge.
var Env = []EnvOverride{
	{"KAKEHASHI_DATA_DIR", "dataDir", str(func(c *Config) *string { return &c.DataDir })},
	{"KAKEHASHI_KEYSTORE", "operator.keystore", str(func(c *Config) *string { return &c.Operator.Keystore })},
	{"KAKEHASHI_PASSPHRASE_FILE", "operator.passphraseFile", str(func(c *Config) *string { return &c.Operator.PassphraseFile })},
	{"KAKEHASHI_OPERATORS", "operators.addresses (comma-separated)", list(func(c *Config) *[]string { return &c.Operators.Addresses })},
	{"KAKEHASHI_THRESHOLD", "operators.threshold", integer(func(c *Config) *int { return &c.Operators.Threshold })},
	{"KAKEHASHI_NATS_URLS", "nats.urls (comma-separated)", list(func(c *Config) *[]string { return &c.NATS.URLs })},
	{"KAKEHASHI_NATS_LISTEN", "nats.embedded.listen", str(func(c *Config) *string { return &c.NATS.Embedded.Listen })},
	{"KAKEHASHI_NATS_REPLICAS", "nats.replicas", integer(func(c *Config) *int { return &c.NATS.Replicas })},
	{"KAKEHASHI_NATS_CREDS", "nats.creds", str(func(c *Config) *string { return &c.NATS.Creds })},
	{"KAKEHASHI_NATS_JWT", "nats.jwt", str(func(c *Config) *string { return &c.NATS.JWT })},
	{"KAKEHASHI_NATS_SEED", "nats.seed", str(func(c *Config) *string { return &c.NATS.Seed })},
	{"KAKEHASHI_NATS_TLS_CA", "nats.tls.ca", str(func(c *Config) *string { return &c.NATS.TLS.CA })},
	{"KAKEHASHI_NATS_TLS_CERT", "nats.tls.cert", str(func(c *Config) *string { return &c.NATS.TLS.Cert })},
	{"KAKEHASHI_NATS_TLS_KEY", "nats.tls.key", str(func(c *Config) *string { return &c.NATS.TLS.Key })},
	{"KAKEHASHI_NATS_FEDERATION", "nats.embedded.federation", str(func(c *Config) *string { return &c.NATS.Embedded.Federation })},
	{"KAKEHASHI_HTTP_LISTEN", "http.listen", str(func(c *Config) *string { return &c.HTTP.Listen })},
	{"KAKEHASHI_BATCH_MAX_SIZE", "batch.maxSize", integer(func(c *Config) *int { return &c.Batch.MaxSize })},
	{"KAKEHASHI_BATCH_MAX_WAIT", "batch.maxWait", duration(func(c *Config) *Duration { return &c.Batch.MaxWait })},
	{"KAKEHASHI_BATCH_MAX_IDLE", "batch.maxIdle", duration(func(c *Config) *Duration { return &c.Batch.MaxIdle })},
	{"KAKEHASHI_BATCH_MAX_GATHER", "batch.maxGather", duration(func(c *Config) *Duration { return &c.Batch.MaxGather })},
	{"KAKEHASHI_BATCH_MAX_INFLIGHT", "batch.maxInflight", integer(func(c *Config) *int { return &c.Batch.MaxInflight })},
	{"KAKEHASHI_LEASE_TTL", "lease.ttl", duration(func(c *Config) *Duration { return &c.Lease.TTL })},
	{"KAKEHASHI_LEASE_PASS_OVER_AFTER", "lease.passOverAfter", duration(func(c *Config) *Duration { return &c.Lease.PassOverAfter })},
	{"KAKEHASHI_SIGNER_RETRY_DELAY", "signer.retryDelay", duration(func(c *Config) *Duration { return &c.Signer.RetryDelay })},
	{"KAKEHASHI_SIGNER_MAX_RETRY_DELAY", "signer.maxRetryDelay", duration(func(c *Config) *Duration { return &c.Signer.MaxRetryDelay })},
	{"KAKEHASHI_SIGNER_MAX_DELIVER", "signer.maxDeliver", integer(func(c *Config) *int { return &c.Signer.MaxDeliver })},
	{"KAKEHASHI_SIGNER_RETENTION", "signer.retention", duration(func(c *Config) *Duration { return &c.Signer.Retention })},
	{"KAKEHASHI_RECONCILE_INTERVAL", "reconcile.interval", duration(func(c *Config) *Duration { return &c.Reconcile.Interval })},
	{"KAKEHASHI_RECONCILE_AFTER", "reconcile.after", duration(func(c *Config) *Duration { return &c.Reconcile.After })},
	{"KAKEHASHI_AUDIT_INTERVAL", "audit.interval", duration(func(c *Config) *Duration { return &c.Audit.Interval })},
	{"KAKEHASHI_AUDIT_PEERS", "audit.peers (comma-separated)", list(func(c *Config) *[]string { return &c.Audit.Peers })},
	{"KAKEHASHI_AUDIT_ANCHOR_ENABLED", "audit.anchor.enabled", boolean(func(c *Config) *bool { return &c.Audit.Anchor.Enabled })},
	{"KAKEHASHI_AUDIT_ANCHOR_EVERY_BLOCKS", "audit.anchor.everyBlocks", unsigned(func(c *Config) *uint64 { return &c.Audit.Anchor.EveryBlocks })},
	{"KAKEHASHI_AUDIT_ANCHOR_EVERY", "audit.anchor.every", duration(func(c *Config) *Duration { return &c.Audit.Anchor.Every })},
	{"KAKEHASHI_LOG_LEVEL", "log.level", str(func(c *Config) *string { return &c.Log.Level })},
	{"KAKEHASHI_LOG_FORMAT", "log.format", str(func(c *Config) *string { return &c.Log.Format })},
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
