package evmroute

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/rs/zerolog"
)

// Config describes one EVM chain an operator serves.
type Config struct {
	Chain         chains.ChainID
	RPC           []string
	Bridge        common.Address
	Confirmations uint64
	// Deployment names every bridge (the sources this chain's authorizer
	// accepts) and the bridge's deployment block (where the watcher starts).
	Deployment *deployment.Deployment
	// DataDir holds the watcher's cursor (evm-<chain>.cursor.json).
	DataDir string
	// Key is the operator's authorisation key: it signs authorizations
	// (an in-memory key or an HSM's, relay/keys).
	Key relay.HashSigner
	// TxKey pays for the transactions this operator submits (role
	// separation: it holds gas money only). Nil: Key's own key, when Key
	// is an in-memory key (the one-key development layout).
	TxKey *ecdsa.PrivateKey
	// Accountant, when set, records every final event of the watcher
	// before it is published (see Source).
	Accountant *ledger.Accountant
	// MaxFeeCap caps the fee per gas of submissions (default 500 gwei).
	MaxFeeCap *big.Int
	// PollInterval of the watcher (default 1s) and of receipts (default 500ms).
	PollInterval time.Duration
	// Batch turns on MintBatch/UnlockBatch proposals (second signing round).
	Batch  bool
	Logger zerolog.Logger
}

// Route is one EVM chain wired for the relay: its Roles, and the RPC
// connections that Close releases.
type Route struct {
	Roles  relay.ChainRoles
	client *evm.Client
	bridge *bindings.BridgeCaller
	sub    *evm.Submitter
}

// AssetLimits reads the asset's current limits from the chain's bridge
// (assetInfo); setLimits may have changed them since the deployment file
// was written.
func (r *Route) AssetLimits(ctx context.Context, id chains.AssetID) (ledger.Limits, error) {
	info, err := r.bridge.AssetInfo(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return ledger.Limits{}, fmt.Errorf("evmroute: chain %d: assetInfo(%s): %w", r.client.Chain(), id, err)
	}
	return ledger.Limits{MinPerTransfer: info.MinPerTransfer, MaxPerTransfer: info.MaxPerTransfer, Capacity: info.Capacity, Window: info.Window}, nil
}

// Paused reports whether the chain's bridge is paused now.
func (r *Route) Paused(ctx context.Context) (bool, error) {
	cfg, err := r.bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return false, fmt.Errorf("evmroute: chain %d: config(): %w", r.client.Chain(), err)
	}
	return cfg.Paused, nil
}

// Client is the failover client over the operator's own node(s) that
// every role of the chain uses (relayd reads the node's head through it
// for its readiness and chain metrics).
func (r *Route) Client() *evm.Client { return r.client }

// TxSubmitter is the chain's one sender from the transactions key: other
// transactions of that key (the audit anchor, relay/auditanchor) go
// through it so that they share its nonces.
func (r *Route) TxSubmitter() *evm.Submitter { return r.sub }

// Close closes the chain's RPC connections.
func (r *Route) Close() error { r.client.Close(); return nil }

// New dials the operator's node and builds the chain's roles: watcher
// (with a durable file cursor) as Source, verifier, EIP-712 authorizer,
// submitter and, with Batch, batcher.
func New(ctx context.Context, cfg Config) (*Route, error) {
	dc, err := cfg.check()
	if err != nil {
		return nil, err
	}
	// The adapter's parts (client, watcher, verifier, submitter) add their
	// own component: each key once per line.
	log := cfg.Logger.With().Uint64("chain", uint64(cfg.Chain)).Logger()
	eps := make([]evm.Endpoint, len(cfg.RPC))
	for i, u := range cfg.RPC {
		eps[i] = evm.Endpoint{URL: u}
	}
	c, err := evm.Dial(ctx, evm.ClientConfig{Chain: cfg.Chain, Endpoints: eps}, evm.WithClientLogger(log))
	if err != nil {
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	r := &Route{client: c}
	if err := r.build(ctx, cfg, dc, log); err != nil {
		c.Close()
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	return r, nil
}

// check validates cfg against the deployment and fills the defaults.
func (cfg *Config) check() (deployment.Chain, error) {
	if cfg.Deployment == nil || cfg.Key == nil || cfg.DataDir == "" || len(cfg.RPC) == 0 || cfg.Confirmations == 0 {
		return deployment.Chain{}, fmt.Errorf("%w: chain %d: RPC, Confirmations, Deployment, DataDir and Key are required", ErrConfig, cfg.Chain)
	}
	dc, ok := cfg.Deployment.ChainByID(cfg.Chain)
	if !ok || dc.Kind != deployment.KindEVM {
		return deployment.Chain{}, fmt.Errorf("%w: chain %d is not an EVM chain of the deployment", ErrConfig, cfg.Chain)
	}
	if dc.Bridge != cfg.Bridge {
		return deployment.Chain{}, fmt.Errorf("%w: chain %d: configured bridge %s, the deployment says %s", ErrConfig, cfg.Chain, cfg.Bridge, dc.Bridge)
	}
	if cfg.MaxFeeCap == nil {
		cfg.MaxFeeCap = big.NewInt(500e9)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	return dc, nil
}

// build makes the roles over the dialled client.
func (r *Route) build(ctx context.Context, cfg Config, dc deployment.Chain, log zerolog.Logger) error {
	c := r.client
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	cursor := evm.FileCursor{Path: filepath.Join(cfg.DataDir, fmt.Sprintf("evm-%d.cursor.json", cfg.Chain))}
	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: cfg.Chain, Bridge: cfg.Bridge, Confirmations: cfg.Confirmations,
		StartBlock: dc.DeployBlock, PollInterval: cfg.PollInterval}, c, cursor, evm.WithWatcherLogger(log))
	if err != nil {
		return err
	}
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: cfg.Chain, Bridge: cfg.Bridge, Confirmations: cfg.Confirmations}, c, evm.WithVerifierLogger(log))
	if err != nil {
		return err
	}
	if r.bridge, err = bindings.NewBridgeCaller(cfg.Bridge, c); err != nil {
		return err
	}
	auth, err := r.authorizer(ctx, cfg)
	if err != nil {
		return err
	}
	txKey := cfg.TxKey
	if txKey == nil {
		k, ok := cfg.Key.(interface{ PrivateKey() *ecdsa.PrivateKey })
		if !ok {
			return fmt.Errorf("%w: no transaction key: configure keys.transactions (the authorisation key is not an in-memory key)", ErrConfig)
		}
		txKey = k.PrivateKey()
	}
	sub, err := evm.NewSubmitter(evm.SubmitterConfig{Chain: cfg.Chain, Bridge: cfg.Bridge, Key: txKey,
		Fees: evm.FeePolicy{MaxFeeCap: cfg.MaxFeeCap}, PollInterval: cfg.PollInterval / 2}, c, evm.WithSubmitterLogger(log))
	if err != nil {
		return err
	}
	r.sub = sub
	r.Roles = relay.ChainRoles{
		Chain:      cfg.Chain,
		Source:     &Source{W: w, Accountant: cfg.Accountant},
		Verifier:   Verifier{V: v},
		Authorizer: auth,
		Submitter:  &Submitter{Auth: auth, EVM: sub},
	}
	if cfg.Batch {
		r.Roles.Batcher = auth.Batcher(sub)
	}
	return nil
}

// authorizer signs for this chain's bridge (its EIP-712 domain, read from
// the contract) the transfers of every source chain of the deployment.
func (r *Route) authorizer(ctx context.Context, cfg Config) (*Authorizer, error) {
	dom, err := deploy.Domain(ctx, r.client, cfg.Bridge)
	if err != nil {
		return nil, fmt.Errorf("read EIP-712 domain: %w", err)
	}
	acfg := AuthorizerConfig{Domain: dom, EVMBridges: map[chains.ChainID]common.Address{}}
	for _, ch := range cfg.Deployment.Chains {
		switch ch.Kind {
		case deployment.KindEVM:
			acfg.EVMBridges[ch.ID] = ch.Bridge
		case deployment.KindBitcoin:
			acfg.BitcoinChains = append(acfg.BitcoinChains, ch.ID)
		}
	}
	return NewAuthorizer(acfg, cfg.Key, &EpochReader{Bridge: r.bridge})
}
