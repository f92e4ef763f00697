package wire

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/rs/zerolog"
)

// The Bitcoin chain for the relay. Deposit → mint on an EVM chain: the
// watcher as Source (accountant feed: LOCK with the deposit fee), the
// verifier, NetPolicy; the sweep round is in btc_sweep.go and
// btc_round.go. Burn on an EVM chain → payout on Bitcoin: the Authorizer
// (ECDSA over PayoutDigestFor), PayoutBatcher and PayoutFeed in
// btc_payout.go, the durable PayoutBook and CustodySet in
// btc_payout_book.go. docs/bitcoin-route.md has the status and decisions.

// BitcoinConfig describes the Bitcoin chain an operator serves.
type BitcoinConfig struct {
	// Chain must be the deployment's Bitcoin chain id (devnet 18444).
	Chain chains.ChainID
	// RPCHost, RPCUser, RPCPass reach the operator's own btcd (HTTP POST
	// mode; DisableTLS for a node on loopback).
	RPCHost, RPCUser, RPCPass string
	DisableTLS                bool
	// Deployment gives the federation, confirmations, refund margin,
	// minimum deposit and the EVM chains a deposit may go to.
	Deployment *deploy.Deployment
	// Recovery and RecoveryDelay complete the custody output of epoch 1
	// (the deployment file does not describe the recovery leaf yet).
	Recovery      bitcoin.KeySet
	RecoveryDelay uint16
	// MaxFeeRate is the published maximum sweep fee rate (sat/vB): every
	// operator must use the same value, because the net amount a deposit
	// mints is computed from it (see DepositFee).
	MaxFeeRate uint64
	// MintCutoff (blocks above the tip the refund locktime must still be
	// when a signer verifies a deposit; 0 = RefundMargin/2, see
	// watcher.Config).
	MintCutoff uint32
	// DataDir holds the watcher's cursor (btc-<chain>.cursor.json), the
	// deposit book, the payout book and the custody set.
	DataDir string
	// Accountant, when set, records every final event of the watcher
	// before it is published (deposits as LOCKs with DepositFee withheld,
	// refunds whole, sweeps, payouts with their fee share).
	Accountant   *Accountant
	PollInterval time.Duration
	Logger       zerolog.Logger
	// Operator is this operator's key: it signs payout authorizations
	// (ECDSA shares over PayoutDigest) and, as BIP-340 key, sweeps and
	// payouts; it must be one of the deployment's federation keys. Nil
	// makes a watch/verify-only chain (no Authorizer, no Batcher).
	Operator *keys.Key
	// Fees is the federation wallet's fee policy: Rate is proposed,
	// payouts and sweeps at a rate in [MinRate, MaxRate] are signed.
	// Required with Operator.
	Fees wallet.FeePolicy
	// PayoutMaxOutputs bounds the burns of one payout (default 50).
	PayoutMaxOutputs int
}

// Bitcoin is the Bitcoin chain wired for the relay: deposits as a
// source, payouts as a destination, and what the sweep round needs
// (Book, View, Node). Close it when done.
type Bitcoin struct {
	// Roles has Source and Verifier (deposits, payouts seen on chain)
	// and, with an Operator key, Authorizer (ECDSA over PayoutDigestFor)
	// and Batcher (PayoutBatcher): burns towards Bitcoin are paid in
	// batches. No Submitter: a payout needs the batch round.
	Roles relay.ChainRoles
	// Fee is the deposit fee every deposit of this chain is credited net of.
	Fee DepositFee
	// Book lists the accepted deposits and whether they are swept (fed by
	// the Source); View is this operator's signer.View for sweep
	// proposals (deposits count as minted once the Accountant holds
	// their MINT; without an Accountant none does).
	Book *DepositBook
	View *BitcoinView
	// Payouts is the durable book of payouts this operator signed or
	// broadcast; Custody the candidate custody outputs (both fed by the
	// Source); Batcher the payout batcher (nil without Operator).
	Payouts *PayoutBook
	Custody *CustodySet
	Batcher *PayoutBatcher
	client  *rpcclient.Client
	wallet  wallet.Config
	fedKey  *btcec.PrivateKey
}

// WalletConfig is the federation wallet of this chain (epoch 1, Fees):
// the configuration NewSweepRound takes.
func (b *Bitcoin) WalletConfig() wallet.Config { return b.wallet }

// FederationKey is the operator key as BIP-340 federation key (nil
// without Operator).
func (b *Bitcoin) FederationKey() *btcec.PrivateKey { return b.fedKey }

// Close shuts the RPC client down.
func (b *Bitcoin) Close() { b.client.Shutdown() }

// WatcherConfig turns the deployment's Bitcoin section into the watcher
// and verifier configuration of this operator.
func (cfg BitcoinConfig) WatcherConfig() (watcher.Config, error) {
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
		MinDeposit: b.MinDeposit, RefundMargin: b.RefundMargin, MintCutoff: cfg.MintCutoff,
		DstChains: dst, PollInterval: cfg.PollInterval,
	}, nil
}

// NewBitcoin dials the operator's btcd and builds the chain's roles:
// watcher (durable file cursor under DataDir) as Source, feeding the
// Accountant (LOCKs with the deposit fee withheld) and recording payouts (UNLOCK with
// fee share) and sweeps (SWEEP), and the watcher's Verifier; with an
// Operator key also the payout Authorizer and Batcher. Files under
// DataDir: btc-<chain>.cursor.json, .deposits.json, .payouts.json,
// .custody.json.
func NewBitcoin(ctx context.Context, cfg BitcoinConfig) (*Bitcoin, error) {
	if cfg.RPCHost == "" || cfg.DataDir == "" {
		return nil, fmt.Errorf("%w: chain %d: RPCHost and DataDir are required", ErrConfig, cfg.Chain)
	}
	wcfg, err := cfg.WatcherConfig()
	if err != nil {
		return nil, err
	}
	fee, err := NewDepositFee(wcfg.Federations[0].Signers, cfg.MaxFeeRate)
	if err != nil {
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	if wcfg.MinDeposit <= fee.Sats {
		return nil, fmt.Errorf("%w: chain %d: minDeposit %d sat does not exceed the deposit fee %d sat (%d vB × %d sat/vB): a minimal deposit would mint nothing",
			ErrConfig, cfg.Chain, wcfg.MinDeposit, fee.Sats, fee.InputVBytes, fee.MaxFeeRate)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	log := cfg.Logger.With().Str("component", "wire.btc").Uint64("chain", uint64(cfg.Chain)).Logger()
	c, err := rpcclient.New(&rpcclient.ConnConfig{Host: cfg.RPCHost, User: cfg.RPCUser, Pass: cfg.RPCPass,
		HTTPPostMode: true, DisableTLS: cfg.DisableTLS}, nil)
	if err != nil {
		return nil, fmt.Errorf("chain %d: btcd client: %w", cfg.Chain, err)
	}
	fail := func(err error) (*Bitcoin, error) {
		c.Shutdown()
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	if _, err := c.GetBlockCount(); err != nil {
		return fail(fmt.Errorf("btcd at %s: %w", cfg.RPCHost, err))
	}
	if wcfg.StartHeight == 0 {
		// Deposits are only made after the deployment exists; scanning
		// from genesis is correct (and cheap on a devnet), a production
		// deployment would name its start height.
		wcfg.StartHeight = 1
	}
	book, err := OpenDepositBook(DepositBookPath(cfg.DataDir, cfg.Chain))
	if err != nil {
		return fail(err)
	}
	payouts, err := OpenPayoutBook(PayoutBookPath(cfg.DataDir, cfg.Chain))
	if err != nil {
		return fail(err)
	}
	custodySet, err := OpenCustodySet(CustodySetPath(cfg.DataDir, cfg.Chain))
	if err != nil {
		return fail(err)
	}
	custodyScripts := map[string]bool{}
	for _, f := range wcfg.Federations {
		co, err := bitcoin.NewCustodyOutput(f)
		if err != nil {
			return fail(fmt.Errorf("%w: custody: %w", ErrConfig, err))
		}
		custodyScripts[string(co.PkScript())] = true
	}
	src := &BitcoinSource{Chain: cfg.Chain, Fee: fee, Accountant: cfg.Accountant, Book: book,
		Payouts: &PayoutFeed{Chain: cfg.Chain, Node: c, Custody: custodyScripts, Book: payouts, Set: custodySet, Accountant: cfg.Accountant, Log: log}}
	cursor := src.Cursor(watcher.FileCursor{Path: filepath.Join(cfg.DataDir, fmt.Sprintf("btc-%d.cursor.json", cfg.Chain))})
	if src.W, err = watcher.New(wcfg, c, cursor, watcher.WithLogger(log), watcher.WithPayoutResolver(payouts.Resolve)); err != nil {
		return fail(err)
	}
	v, err := watcher.NewVerifier(wcfg, c)
	if err != nil {
		return fail(err)
	}
	custody, err := bitcoin.NewCustodyOutput(wcfg.Federations[0])
	if err != nil {
		return fail(fmt.Errorf("%w: custody: %w", ErrConfig, err))
	}
	minted := func(chains.TransferID) bool { return false }
	if cfg.Accountant != nil {
		minted = cfg.Accountant.Executed
	}
	b := &Bitcoin{
		Roles: relay.ChainRoles{
			Chain:    cfg.Chain,
			Source:   src,
			Verifier: BitcoinVerifier{V: v},
		},
		Fee:  fee,
		Book: book,
		View: &BitcoinView{Chain: cfg.Chain, Deposits: v, Outputs: c, Minted: minted,
			Custody: map[uint32][]byte{wcfg.Federations[0].Epoch: custody.PkScript()}, Confirmations: wcfg.Confirmations},
		Payouts: payouts,
		Custody: custodySet,
		client:  c,
		wallet:  wallet.Config{Federations: wcfg.Federations, Current: wcfg.Federations[0].Epoch, Fees: cfg.Fees},
	}
	if cfg.Operator == nil {
		return b, nil
	}
	b.fedKey, _ = btcec.PrivKeyFromBytes(crypto.FromECDSA(cfg.Operator.PrivateKey()))
	ops, err := FederationAddresses(wcfg.Federations[0].Signers)
	if err != nil {
		return fail(err)
	}
	if _, ok := ops[cfg.Operator.Address()]; !ok {
		return fail(fmt.Errorf("%w: operator %s is not a federation key of the deployment", ErrConfig, cfg.Operator.Address()))
	}
	executed := func(chains.TransferID) bool { return false }
	if cfg.Accountant != nil {
		executed = cfg.Accountant.Executed
	}
	if b.Batcher, err = NewPayoutBatcher(PayoutBatcherConfig{Chain: cfg.Chain, Wallet: b.wallet, Key: b.fedKey, Operators: ops,
		View: b.View, Node: c, Book: payouts, Custody: custodySet, Executed: executed, MaxOutputs: cfg.PayoutMaxOutputs, Logger: cfg.Logger}); err != nil {
		return fail(err)
	}
	auth, err := relay.NewECDSAAuthorizer(cfg.Operator, PayoutDigestFor(cfg.Chain))
	if err != nil {
		return fail(err)
	}
	b.Roles.Authorizer, b.Roles.Batcher = auth, b.Batcher
	return b, nil
}

// ErrBelowFee is returned (wrapping relay.ErrLimit, so the signer refuses
// rather than retries) for a deposit whose amount does not exceed the
// deposit fee.
var ErrBelowFee = fmt.Errorf("%w: deposit does not exceed its deposit fee", relay.ErrLimit)

// DepositFee is what a Bitcoin deposit is credited net of
// (docs/decisions.md, "Value accounting"): the vbytes one deposit input
// adds to a sweep, times the published maximum fee rate. Every signer
// computes it from the federation and the policy alone, so every signer
// mints the same amount for a deposit.
type DepositFee struct {
	InputVBytes int64
	MaxFeeRate  uint64
	Sats        int64
}

// NewDepositFee computes the deposit fee for deposits made to signers.
func NewDepositFee(signers bitcoin.KeySet, maxFeeRate uint64) (DepositFee, error) {
	if maxFeeRate == 0 {
		return DepositFee{}, fmt.Errorf("%w: MaxFeeRate must be at least 1 sat/vB", ErrConfig)
	}
	vb, err := SweepInputVBytes(signers)
	if err != nil {
		return DepositFee{}, err
	}
	return DepositFee{InputVBytes: vb, MaxFeeRate: maxFeeRate, Sats: vb * int64(maxFeeRate)}, nil
}

// SweepInputVBytes is the virtual size one deposit input adds to a sweep
// once signed, rounded up: outpoint, empty scriptSig and sequence (41
// bytes at 4 weight units), and the witness package wallet assembles —
// t 64-byte signatures, n−t empty elements, the mint leaf and its
// control block. The mint leaf's size does not depend on the payload
// (it commits to the payload's hash). 126 vB for a 2-of-3 federation.
func SweepInputVBytes(signers bitcoin.KeySet) (int64, error) {
	if signers.Len() == 0 {
		return 0, fmt.Errorf("%w: empty federation signer set", ErrConfig)
	}
	out, err := bitcoin.NewDepositOutput(bitcoin.Payload{}, signers)
	if err != nil {
		return 0, fmt.Errorf("%w: deposit output: %w", ErrConfig, err)
	}
	wit := make(wire.TxWitness, 0, signers.Len()+2)
	for k := 0; k < signers.Len(); k++ {
		if k < signers.Threshold() {
			wit = append(wit, make([]byte, 64))
		} else {
			wit = append(wit, nil)
		}
	}
	wit = append(wit, out.Leaf(bitcoin.MintLeaf).Script, out.ControlBlock(bitcoin.MintLeaf))
	in := wire.TxIn{Witness: wit}
	weight := int64(in.SerializeSize())*4 + int64(wit.SerializeSize())
	return (weight + 3) / 4, nil
}

// Net returns the amount a deposit of gross satoshis is credited with,
// or ErrBelowFee.
func (f DepositFee) Net(gross *big.Int) (*big.Int, error) {
	if gross == nil || gross.Cmp(big.NewInt(f.Sats)) <= 0 {
		return nil, fmt.Errorf("%w: %v sat, fee %d sat", ErrBelowFee, gross, f.Sats)
	}
	return new(big.Int).Sub(gross, big.NewInt(f.Sats)), nil
}

// NetEvent returns ev with its amount net of the deposit fee when ev is a
// deposit (KindLocked) or a refund of one (KindRefund, which carries the
// deposit's amount) on chain; any other event is returned as it is. The
// second result is false for a deposit that does not exceed the fee. It
// is the amount a mint of the deposit carries; the ledger records the
// gross amount and the fee (RecordLock).
func (f DepositFee) NetEvent(chain chains.ChainID, ev chains.Event) (chains.Event, bool) {
	if ev.Ref.Chain != chain || (ev.Kind != chains.KindLocked && ev.Kind != chains.KindRefund) {
		return ev, true
	}
	net, err := f.Net(ev.Amount)
	if err != nil {
		return ev, false
	}
	ev.Amount = net
	return ev, true
}

// ErrNotPayoutable is returned (wrapping relay.ErrLimit, so the signer
// refuses rather than retries) for a burn towards Bitcoin whose
// recipient is not a standard output script or whose amount does not
// fit a transaction output.
var ErrNotPayoutable = fmt.Errorf("%w: burn cannot be paid out on bitcoin", relay.ErrLimit)

// NetPolicy is the relay Policy for a deployment with a Bitcoin chain: a
// deposit on Chain is authorized (limits checked, mint signed) for its
// amount net of Fee; a burn towards Chain is refused (ErrNotPayoutable)
// unless its recipient is a standard output script and its amount fits
// an output; every other event goes to Policy unchanged. The
// signer hands it the event as re-read from its own node, so the net
// amount is computed from the chain, never from the bus.
type NetPolicy struct {
	Policy relay.Policy
	Chain  chains.ChainID
	Fee    DepositFee
}

// Authorization implements relay.Policy.
func (p NetPolicy) Authorization(ctx context.Context, ev chains.Event) (relay.Authorization, error) {
	if ev.Kind == chains.KindBurned && ev.DstChain == p.Chain {
		// A burn towards Bitcoin is paid to its recipient script: refuse
		// for good (not retry) one no payout can carry.
		if err := bitcoin.CheckStandardPayment(ev.Recipient); err != nil {
			return relay.Authorization{}, fmt.Errorf("%w: burn %s to bitcoin: recipient %x: %w", ErrNotPayoutable, ev.TransferID, ev.Recipient, err)
		}
		if ev.Amount == nil || !ev.Amount.IsInt64() {
			return relay.Authorization{}, fmt.Errorf("%w: burn %s to bitcoin: amount %v sat", ErrNotPayoutable, ev.TransferID, ev.Amount)
		}
	}
	if ev.Ref.Chain == p.Chain && ev.Kind == chains.KindLocked {
		net, err := p.Fee.Net(ev.Amount)
		if err != nil {
			return relay.Authorization{}, fmt.Errorf("deposit %s: %w", ev.Ref, err)
		}
		ev.Amount = net
	}
	return p.Policy.Authorization(ctx, ev)
}

// BitcoinSource is the relay's EventSource over the Bitcoin watcher. Each
// final event is recorded in the operator's own audit ledger (when an
// Accountant is set) — a deposit as a LOCK of its gross amount with the
// deposit fee withheld (RecordLock, audit format v2: its MINT carries
// the net amount), a refund with the whole amount — and published as the
// chain shows it. Sweeps and payouts go through Payouts (SWEEP, UNLOCK
// with fee share).
//
// The audit chain takes a chain's source records (LOCK, LOCK_REJECTED) in
// (block, index, txid) order (docs/audit-format.md §5.2), while the
// watcher reports a block's deposits in transaction order, and two
// deposits of one block often share an index (vout 0). So source events
// are held until the block's last event was delivered and recorded in
// that order when the watcher saves its cursor (Cursor wraps the file
// cursor): the cursor only advances once they are in the ledger, so a
// crash or a store failure replays the block, and the ledger skips what
// it holds.
type BitcoinSource struct {
	W          *watcher.Watcher
	Chain      chains.ChainID
	Fee        DepositFee
	Accountant *Accountant
	// Book, when set, is fed every event too (deposits, sweeps, refunds).
	Book *DepositBook
	// Payouts, when set, names and records payouts (UNLOCK with fee
	// share) and tracks custody outputs before an event is published.
	Payouts *PayoutFeed

	mu   sync.Mutex
	held []chains.Event
}

// Cursor wraps inner so that the held source events of a block are
// recorded before the watcher's position moves past it. Pass it to
// watcher.New for s.W.
func (s *BitcoinSource) Cursor(inner watcher.Cursor) watcher.Cursor {
	return recordingCursor{Cursor: inner, flush: s.flush}
}

type recordingCursor struct {
	watcher.Cursor
	flush func(context.Context) error
}

func (c recordingCursor) Save(ctx context.Context, pos watcher.Position) error {
	if err := c.flush(ctx); err != nil {
		return err
	}
	return c.Cursor.Save(ctx, pos)
}

// Run implements relay.EventSource.
func (s *BitcoinSource) Run(ctx context.Context, out chan<- chains.Event) error {
	s.mu.Lock()
	s.held = nil // a block left half-delivered by a previous Run is delivered again
	s.mu.Unlock()
	return s.W.Run(ctx, s.sink(out))
}

func (s *BitcoinSource) sink(out chan<- chains.Event) chains.Sink {
	return func(ctx context.Context, ev chains.Event) error {
		if s.Payouts != nil {
			var err error
			if ev, err = s.Payouts.Apply(ctx, ev); err != nil {
				return err
			}
		}
		if s.Accountant != nil {
			if (ev.Kind == chains.KindLocked || ev.Kind == chains.KindDepositRejected) && ev.Final && !ev.Reorged {
				s.mu.Lock()
				s.held = append(s.held, ev)
				s.mu.Unlock()
			} else if err := s.Accountant.Record(ctx, ev); err != nil {
				return err
			}
		}
		if s.Book != nil {
			if err := s.Book.Apply(ev); err != nil {
				return err
			}
		}
		select {
		case out <- ev:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// flush records the held source events in the audit chain's order.
// They are dropped either way: on an error the watcher does not save its
// cursor and delivers the block again.
func (s *BitcoinSource) flush(ctx context.Context) error {
	s.mu.Lock()
	held := s.held
	s.held = nil
	s.mu.Unlock()
	sort.SliceStable(held, func(i, j int) bool {
		a, b := held[i].Ref, held[j].Ref
		if held[i].BlockNum != held[j].BlockNum {
			return held[i].BlockNum < held[j].BlockNum
		}
		if a.Index != b.Index {
			return a.Index < b.Index
		}
		return bytes.Compare(a.TxHash[:], b.TxHash[:]) < 0
	})
	// One audit block for all of them (Accountant.RecordAll's semantics).
	recs := make([]*audit.Record, 0, len(held))
	for _, ev := range held {
		var r *audit.Record
		if ev.Kind == chains.KindLocked && ev.Ref.Chain == s.Chain {
			r = s.Accountant.lockRecord(ev, big.NewInt(s.Fee.Sats))
		} else {
			r = s.Accountant.recordOf(ev)
		}
		if r != nil {
			recs = append(recs, r)
		}
	}
	if len(recs) == 0 {
		return nil
	}
	a := s.Accountant
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.recordLocked(ctx, recs); err != nil {
		return fmt.Errorf("wire: record %d deposits from block %d: %w", len(recs), held[0].BlockNum, err)
	}
	return nil
}

// RecordLock records a final deposit with the deposit fee withheld from
// it (audit.LockWithFee: Amount the gross value as on chain, Fee the
// deposit fee; its MINT must carry Amount − Fee, a REFUND the whole
// Amount). A deposit whose amount does not exceed the fee is not
// recorded: it is never minted (NetPolicy refuses it) and its depositor
// refunds (NewBitcoin refuses a minimum deposit that does not exceed the
// fee, so such a deposit is a LOCK_REJECTED anyway). Like Record, a
// record the ledger refuses is logged, a store failure returned.
func (a *Accountant) RecordLock(ctx context.Context, ev chains.Event, fee *big.Int) error {
	if !ev.Final || ev.Reorged {
		return a.Record(ctx, ev)
	}
	r := a.lockRecord(ev, fee)
	if r == nil {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.recordSource(ctx, r)
}

// lockRecord returns the LOCK (with fee) of a final deposit, or nil
// (logged) when it is not recorded; a non-final or reorged event as
// recordOf does.
func (a *Accountant) lockRecord(ev chains.Event, fee *big.Int) *audit.Record {
	if !ev.Final || ev.Reorged {
		return a.recordOf(ev)
	}
	if ev.Amount == nil || fee == nil || ev.Amount.Cmp(fee) <= 0 {
		a.log.Warn().Str("event", ev.Ref.String()).Str("amount", fmt.Sprint(ev.Amount)).Str("fee", fmt.Sprint(fee)).
			Msg("deposit does not exceed its deposit fee: not recorded, never minted")
		return nil
	}
	r, err := audit.LockWithFee(ev, fee)
	if err != nil {
		a.log.Error().Err(err).Str("event", ev.Ref.String()).Msg("deposit not recordable")
		return nil
	}
	return r
}

// BitcoinVerifier adapts watcher.Verifier to relay.Verifier: its errors
// also wrap the relay's ErrNotFound and ErrNotFinal so the signer's
// metrics name the reason. A deposit too close to its refund locktime
// (watcher.ErrTooLate) is an error, so it is never signed; the signer
// retries it until its delivery limit and then drops it.
type BitcoinVerifier struct{ V BitcoinReader }

// BitcoinReader is what BitcoinVerifier needs: *watcher.Verifier.
type BitcoinReader interface {
	Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error)
}

// Verify implements relay.Verifier.
func (v BitcoinVerifier) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	ev, err := v.V.Verify(ctx, ref)
	switch {
	case err == nil:
		return ev, nil
	case errors.Is(err, watcher.ErrNotFound):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFound, err)
	case errors.Is(err, watcher.ErrNotFinal):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFinal, err)
	}
	return ev, err
}

// Node is the operator's btcd client (broadcasting a completed sweep).
func (b *Bitcoin) Node() *rpcclient.Client { return b.client }
