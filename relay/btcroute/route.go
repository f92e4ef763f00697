package btcroute

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Config describes the Bitcoin chain an operator serves.
type Config struct {
	// Chain must be the deployment's Bitcoin chain id (devnet 18444).
	Chain chains.ChainID
	// RPCHost, RPCUser, RPCPass reach the operator's own btcd (HTTP POST
	// mode; DisableTLS for a node on loopback).
	RPCHost, RPCUser, RPCPass string
	DisableTLS                bool
	// Deployment gives the federation, confirmations, refund margin,
	// minimum deposit and the EVM chains a deposit may go to.
	Deployment *deployment.Deployment
	// Recovery and RecoveryDelay complete the custody output of epoch 1
	// (the deployment file does not describe the recovery leaf yet).
	Recovery      bitcoin.KeySet
	RecoveryDelay uint16
	// MaxFeeRate is the published maximum sweep fee rate (sat/vB): every
	// operator must use the same value, because the net amount a deposit
	// mints is computed from it (see bitcoin.DepositFee).
	MaxFeeRate uint64
	// MintCutoff (blocks above the tip the refund locktime must still be
	// when a signer verifies a deposit; 0 = RefundMargin/2, see
	// watcher.Config).
	MintCutoff uint32
	// DataDir holds the watcher's cursor (btc-<chain>.cursor.json), the
	// deposit book, the payout book, the custody set and the custody main.
	DataDir string
	// Accountant, when set, records every final event of the watcher
	// before it is published (deposits as LOCKs with bitcoin.DepositFee withheld,
	// refunds whole, sweeps, payouts with their fee share).
	Accountant   *ledger.Accountant
	PollInterval time.Duration
	Logger       zerolog.Logger
	// Operator is this operator's identity (authorisation) key: it signs
	// payout authorizations (ECDSA shares over PayoutDigest). Nil makes a
	// watch/verify-only chain (no Authorizer, no Batcher).
	Operator relay.HashSigner
	// Custody is the operator's BIP-340 federation key: it signs sweeps
	// and payouts, and the deployment's federation must give it to
	// Operator (Federation.Owners). Nil: Operator's own key, when Operator
	// is an in-memory key (the one-key development layout).
	Custody *btcec.PrivateKey
	// Fees is the federation wallet's fee policy: Rate is proposed,
	// payouts and sweeps at a rate in [MinRate, MaxRate] are signed.
	// Required with Operator.
	Fees wallet.FeePolicy
	// PayoutMaxOutputs bounds the burns of one payout (default 50).
	PayoutMaxOutputs int
	// PayoutStuckAfter is how long a payout stays unconfirmed in the
	// leader's mempool before it is replaced at a higher fee, bounded by
	// MaxFeeRate (default 20m; PayoutBatcherConfig.StuckAfter).
	PayoutStuckAfter time.Duration
	// SweepInterval is how often the leader (the coordinator lease holder
	// of the chain) looks for minted deposits to sweep (default 5s:
	// relay.CoordinatorConfig.RoundInterval); SweepMinBatch how many must
	// wait before a sweep (0 or 1: one), unless one of them is within
	// RefundMargin/2 blocks of its refund locktime (SweepPolicy).
	SweepInterval time.Duration
	SweepMinBatch int
	// Registerer, if set, registers the route's metrics (the payout
	// batcher's).
	Registerer prometheus.Registerer
}

// Route is the Bitcoin chain wired for the relay: deposits as a
// source, payouts and sweeps as a destination. Close it when done.
type Route struct {
	// Roles has Source and Verifier (deposits, payouts seen on chain)
	// and, with an Operator key, Authorizer (ECDSA over PayoutDigestFor)
	// and Batcher (PayoutBatcher): burns towards Bitcoin are paid in
	// batches, and deposits swept in its rounds (relay.Rounds). No
	// Submitter: a payout needs the batch round.
	Roles relay.ChainRoles
	// Fee is the deposit fee every deposit of this chain is credited net of.
	Fee bitcoin.DepositFee
	// Book lists the accepted deposits and whether they are swept (fed by
	// the Source); View is this operator's signer.View for sweeps and
	// payouts (deposits count as minted once the Accountant holds their
	// MINT; without an Accountant none does).
	Book *DepositBook
	View *View
	// Payouts is the durable book of payouts this operator signed or
	// broadcast; Custody the candidate custody outputs (both fed by the
	// Source); Batcher the payout batcher (nil without Operator).
	Payouts *PayoutBook
	Custody *CustodySet
	// Main is the custody main every payout spends (fed by the Source).
	Main    *CustodyMain
	Batcher *PayoutBatcher
	client  *rpcclient.Client
	wallet  wallet.Config
	fedKey  *btcec.PrivateKey
}

// WalletConfig is the federation wallet of this chain (epoch 1, Fees).
func (b *Route) WalletConfig() wallet.Config { return b.wallet }

// FederationKey is the operator key as BIP-340 federation key (nil
// without Operator).
func (b *Route) FederationKey() *btcec.PrivateKey { return b.fedKey }

// Close shuts the RPC client down.
func (b *Route) Close() error { b.client.Shutdown(); return nil }

// WatcherConfig turns the deployment's Bitcoin section into the watcher
// and verifier configuration of this operator.
func (cfg Config) WatcherConfig() (watcher.Config, error) {
	d := cfg.Deployment
	if d == nil || d.Bitcoin == nil {
		return watcher.Config{}, fmt.Errorf("%w: chain %d: the deployment has no bitcoin section", ErrConfig, cfg.Chain)
	}
	b := d.Bitcoin
	if b.ChainID != cfg.Chain {
		return watcher.Config{}, fmt.Errorf("%w: chain %d: the deployment's bitcoin chain is %d", ErrConfig, cfg.Chain, b.ChainID)
	}
	signers, err := b.Federation.KeySet()
	if err != nil {
		return watcher.Config{}, fmt.Errorf("%w: chain %d: %w", ErrConfig, cfg.Chain, err)
	}
	fed := bitcoin.Federation{Epoch: 1, Signers: signers, Recovery: cfg.Recovery, RecoveryDelay: cfg.RecoveryDelay}
	if err := fed.Validate(); err != nil {
		return watcher.Config{}, fmt.Errorf("%w: chain %d: federation: %w", ErrConfig, cfg.Chain, err)
	}
	var dst []chains.ChainID
	for _, c := range d.EVMChains() {
		dst = append(dst, c.ID)
	}
	return watcher.Config{
		Chain: cfg.Chain, Federations: []bitcoin.Federation{fed}, Confirmations: b.Confirmations,
		MinDeposit: b.MinDeposit, RefundMargin: b.RefundMargin, MintCutoff: cfg.MintCutoff, Deadline: b.DeadlineRule(),
		DstChains: dst, PollInterval: cfg.PollInterval,
	}, nil
}

// New dials the operator's btcd and builds the chain's roles: watcher
// (durable file cursor under DataDir) as Source, feeding the
// Accountant (LOCKs with the deposit fee withheld) and recording payouts
// (UNLOCK with fee share) and sweeps (SWEEP), and the watcher's Verifier;
// with an Operator key also the payout Authorizer and Batcher. Files
// under DataDir: btc-<chain>.cursor.json, .deposits.json, .payouts.json,
// .custody.json, .main.json (New refuses, ErrNoMainState, a data dir
// with the cursor but without the main).
func New(ctx context.Context, cfg Config) (*Route, error) {
	if cfg.RPCHost == "" || cfg.DataDir == "" {
		return nil, fmt.Errorf("%w: chain %d: RPCHost and DataDir are required", ErrConfig, cfg.Chain)
	}
	wcfg, err := cfg.WatcherConfig()
	if err != nil {
		return nil, err
	}
	fee, err := bitcoin.NewDepositFee(wcfg.Federations[0].Signers, cfg.MaxFeeRate)
	if err != nil {
		return nil, fmt.Errorf("%w: chain %d: %w", ErrConfig, cfg.Chain, err)
	}
	if wcfg.MinDeposit <= fee.Sats {
		return nil, fmt.Errorf("%w: chain %d: minDeposit %d sat does not exceed the deposit fee %d sat (%d vB × %d sat/vB): a minimal deposit would mint nothing",
			ErrConfig, cfg.Chain, wcfg.MinDeposit, fee.Sats, fee.InputVBytes, fee.MaxFeeRate)
	}
	if as, err := cfg.Deployment.Asset(chains.ComputeAssetID(cfg.Chain, nil).String()); err == nil {
		if min := as.MinPerTransfer.Big(); min.Cmp(big.NewInt(wcfg.MinDeposit-fee.Sats)) > 0 {
			return nil, fmt.Errorf("%w: chain %d: minDeposit %d sat nets %d sat after the deposit fee, below the asset's minPerTransfer %s sat: a minimal deposit could never be minted",
				ErrConfig, cfg.Chain, wcfg.MinDeposit, wcfg.MinDeposit-fee.Sats, min)
		}
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	c, err := rpcclient.New(&rpcclient.ConnConfig{Host: cfg.RPCHost, User: cfg.RPCUser, Pass: cfg.RPCPass,
		HTTPPostMode: true, DisableTLS: cfg.DisableTLS}, nil)
	if err != nil {
		return nil, fmt.Errorf("chain %d: btcd client: %w", cfg.Chain, err)
	}
	if _, err := c.GetBlockCount(); err != nil {
		c.Shutdown()
		return nil, fmt.Errorf("chain %d: btcd at %s: %w", cfg.Chain, cfg.RPCHost, err)
	}
	if wcfg.StartHeight == 0 {
		// Deposits are only made after the deployment exists; scanning
		// from genesis is correct (and cheap on a devnet), a production
		// deployment would name its start height.
		wcfg.StartHeight = 1
	}
	b := &Route{Fee: fee, client: c, wallet: wallet.Config{Federations: wcfg.Federations, Current: wcfg.Federations[0].Epoch, Fees: cfg.Fees}}
	if err := b.build(cfg, wcfg); err != nil {
		c.Shutdown()
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	return b, nil
}

// build opens the durable books and makes the watching roles (Source,
// Verifier, View) and, with an Operator key, the payout roles.
func (b *Route) build(cfg Config, wcfg watcher.Config) error {
	// The watcher adds its own component to chainLog: each key once per line.
	chainLog := cfg.Logger.With().Uint64("chain", uint64(cfg.Chain)).Logger()
	log := chainLog.With().Str("component", "btcroute").Logger()
	var err error
	if b.Book, err = OpenDepositBook(DepositBookPath(cfg.DataDir, cfg.Chain)); err != nil {
		return err
	}
	if b.Payouts, err = OpenPayoutBook(PayoutBookPath(cfg.DataDir, cfg.Chain)); err != nil {
		return err
	}
	if b.Custody, err = OpenCustodySet(CustodySetPath(cfg.DataDir, cfg.Chain)); err != nil {
		return err
	}
	cursorPath := filepath.Join(cfg.DataDir, fmt.Sprintf("btc-%d.cursor.json", cfg.Chain))
	if b.Main, err = OpenCustodyMain(CustodyMainPath(cfg.DataDir, cfg.Chain), cursorPath); err != nil {
		return err
	}
	custodyScripts := map[string]bool{}
	for _, f := range wcfg.Federations {
		co, err := bitcoin.NewCustodyOutput(f)
		if err != nil {
			return fmt.Errorf("%w: custody: %w", ErrConfig, err)
		}
		custodyScripts[string(co.PkScript())] = true
	}
	src := &Source{Chain: cfg.Chain, Fee: b.Fee, Accountant: cfg.Accountant, Log: log, Book: b.Book,
		Payouts: &PayoutFeed{Chain: cfg.Chain, Node: b.client, Custody: custodyScripts, Book: b.Payouts, Set: b.Custody, Main: b.Main, Accountant: cfg.Accountant, Log: log}}
	cursor := watcher.FileCursor{Path: cursorPath}
	if src.W, err = watcher.New(wcfg, b.client, cursor, watcher.WithLogger(chainLog), watcher.WithPayoutResolver(b.Payouts.Resolve)); err != nil {
		return err
	}
	v, err := watcher.NewVerifier(wcfg, b.client)
	if err != nil {
		return err
	}
	custody, err := bitcoin.NewCustodyOutput(wcfg.Federations[0])
	if err != nil {
		return fmt.Errorf("%w: custody: %w", ErrConfig, err)
	}
	b.Roles = relay.ChainRoles{Chain: cfg.Chain, Source: src, Verifier: Verifier{V: v}}
	b.View = &View{Chain: cfg.Chain, Deposits: v, Outputs: b.client, Minted: executed(cfg.Accountant),
		Custody: map[uint32][]byte{wcfg.Federations[0].Epoch: custody.PkScript()}, Confirmations: wcfg.Confirmations, Main: b.Main}
	if cfg.Operator == nil {
		return nil
	}
	return b.payoutRoles(cfg, wcfg.Federations[0].Signers)
}

// custodyKey is cfg.Custody, or the in-memory Operator key in the one-key
// layout.
func custodyKey(cfg Config) (*btcec.PrivateKey, error) {
	if cfg.Custody != nil {
		return cfg.Custody, nil
	}
	if k, ok := cfg.Operator.(interface{ PrivateKey() *ecdsa.PrivateKey }); ok {
		priv, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(k.PrivateKey()))
		return priv, nil
	}
	return nil, fmt.Errorf("%w: chain %d: no custody key: configure keys.custody (the operator's authorisation key is not an in-memory key)", ErrConfig, cfg.Chain)
}

// checkOwner checks that the deployment's federation gives custody key
// priv to operator.
func checkOwner(owners map[common.Address][32]byte, operator common.Address, priv *btcec.PrivateKey) error {
	var x [32]byte
	copy(x[:], schnorr.SerializePubKey(priv.PubKey()))
	got, ok := owners[operator]
	switch {
	case !ok:
		return fmt.Errorf("%w: operator %s holds no custody key of the deployment's bitcoin federation: use the deployment of this federation, or list the operator in bitcoin.federation.operators", ErrConfig, operator)
	case got != x:
		return fmt.Errorf("%w: the custody key configured (x-only %x) is not operator %s's key of the deployment's federation (%x): point keys.custody at the right key", ErrConfig, x, operator, got)
	}
	return nil
}

// executed reports the transfers whose execution acc holds (none
// without an Accountant).
func executed(acc *ledger.Accountant) func(chains.TransferID) bool {
	if acc == nil {
		return func(chains.TransferID) bool { return false }
	}
	return acc.Executed
}

// payoutRoles adds the operator's payout Authorizer (ECDSA shares over
// PayoutDigestFor) and Batcher, which also sweeps; the operator key must
// be one of the federation's, and no sweep at its fee policy may cost
// more than the deposit fee (CheckSweepCovered).
func (b *Route) payoutRoles(cfg Config, signers bitcoin.KeySet) error {
	w, err := wallet.New(b.wallet)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if err := CheckSweepCovered(w, b.Fee); err != nil {
		return err
	}
	if b.fedKey, err = custodyKey(cfg); err != nil {
		return err
	}
	ops, err := cfg.Deployment.Bitcoin.Federation.Owners()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if err := checkOwner(ops, cfg.Operator.Address(), b.fedKey); err != nil {
		return err
	}
	if b.Batcher, err = NewPayoutBatcher(PayoutBatcherConfig{Chain: cfg.Chain, Wallet: b.wallet, Key: b.fedKey, Operators: ops,
		View: b.View, Node: b.client, Book: b.Payouts, Custody: b.Custody, Main: b.Main, Executed: executed(cfg.Accountant), MaxOutputs: cfg.PayoutMaxOutputs,
		MaxFeeRate: cfg.MaxFeeRate, StuckAfter: cfg.PayoutStuckAfter, Registerer: cfg.Registerer, Logger: cfg.Logger,
		Deposits: b.Book, Sweep: SweepPolicy{MinBatch: cfg.SweepMinBatch, Horizon: cfg.Deployment.Bitcoin.RefundMargin / 2}}); err != nil {
		return err
	}
	auth, err := relay.NewECDSAAuthorizer(cfg.Operator, PayoutDigestFor(cfg.Chain))
	if err != nil {
		return err
	}
	b.Roles.Authorizer, b.Roles.Batcher, b.Roles.RoundInterval = auth, b.Batcher, cfg.SweepInterval
	return nil
}

// Node is the operator's btcd client.
func (b *Route) Node() *rpcclient.Client { return b.client }
