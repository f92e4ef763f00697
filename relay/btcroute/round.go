package btcroute

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"strings"
	"sync"
	"time"

	"github.com/kakehashi/kakehashi/internal/btcrpc"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/rs/zerolog"
)

// The sweep round between operators over the bus, in a stream of its own
// (StreamBitcoin, subjects kkh.btc.>, one of bus.Streams, created by the
// admin step with the others):
//
//	kkh.btc.sweep.prop.<chain>  the leader's proposal: the PSBT (BIP-174 bytes),
//	                            id btcprop.<chain>.<unsigned txid>.<attempt, Unix ns>
//	kkh.btc.sweep.sig.<chain>   one operator's signatures: JSON []wallet.Signature,
//	                            id btcsig.<chain>.<txid>.<operator>
//
// The leader (lease btc-sweeper-<chain>) runs ProposeSweep every Interval
// and publishes what is due, leaving out the deposits of its proposals of
// the last sweepReservation (so it never proposes two overlapping sweeps
// while the first is being signed). Every operator checks each
// proposal with SignSweep against its own view and publishes its
// signatures; every operator collects signatures for the proposals it
// has seen and, once AssembleWitness finds t valid ones per input,
// broadcasts through its own node (a second broadcast of the same
// transaction is harmless). Signatures are never trusted: AssembleWitness
// verifies each against its input's sighash and leaf and drops the rest.

// StreamBitcoin is the stream of the Bitcoin rounds.
const StreamBitcoin = bus.StreamBitcoin

// SweepRoundConfig configures one operator's part in the sweep round.
type SweepRoundConfig struct {
	Chain   chains.ChainID
	Bus     *bus.Bus
	Bitcoin *Route
	// Wallet is the federation wallet configuration: its Rate is what the
	// leader proposes, its [MinRate, MaxRate] what this operator signs.
	// MaxRate must keep every sweep within the deposit fees of its inputs
	// (CheckSweepCovered).
	Wallet wallet.Config
	// Key is this operator's federation key (BIP-340).
	Key    *btcec.PrivateKey
	Policy SweepPolicy
	// Interval between the leader's proposals (default 5s); LeaseTTL of
	// the leader lease (default 15s); Replicas of the stream (default 1).
	Interval time.Duration
	LeaseTTL time.Duration
	Replicas int
	Logger   zerolog.Logger
}

// SweepRound is one operator's part in the sweep round.
type SweepRound struct {
	cfg    SweepRoundConfig
	log    zerolog.Logger
	wallet *wallet.Wallet
	signer *signer.Signer

	mu        sync.Mutex
	proposals map[chainhash.Hash]*psbt.Packet
	sigs      map[chainhash.Hash][]wallet.Signature
	done      map[chainhash.Hash]bool
	// reserved are the deposits of this leader's recent proposals: left
	// out of the next ones for sweepReservation.
	reserved map[wire.OutPoint]time.Time
}

// sweepReservation is how long a proposed deposit is left out of further
// proposals: time for the round to sign and broadcast it (after which the
// view refuses the spent deposit anyway), short enough that a proposal
// the signers gave up on is made again.
const sweepReservation = 30 * time.Second

// NewSweepRound validates cfg.
func NewSweepRound(cfg SweepRoundConfig) (*SweepRound, error) {
	if cfg.Bus == nil || cfg.Bitcoin == nil || cfg.Key == nil || cfg.Chain == 0 {
		return nil, fmt.Errorf("%w: sweep round needs Chain, Bus, Bitcoin and Key", ErrConfig)
	}
	w, err := wallet.New(cfg.Wallet)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if err := CheckSweepCovered(w, cfg.Bitcoin.Fee); err != nil {
		return nil, err
	}
	s, err := signer.New(signer.Config{Key: cfg.Key, Wallet: cfg.Wallet})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if cfg.Interval == 0 {
		cfg.Interval = 5 * time.Second
	}
	if cfg.LeaseTTL == 0 {
		cfg.LeaseTTL = 15 * time.Second
	}
	if cfg.Replicas == 0 {
		cfg.Replicas = 1
	}
	return &SweepRound{cfg: cfg, wallet: w, signer: s, log: cfg.Logger.With().Str("component", "wire.btc.sweep").Uint64("chain", uint64(cfg.Chain)).Logger(),
		proposals: map[chainhash.Hash]*psbt.Packet{}, sigs: map[chainhash.Hash][]wallet.Signature{}, done: map[chainhash.Hash]bool{},
		reserved: map[wire.OutPoint]time.Time{}}, nil
}

func (r *SweepRound) propSubject() string { return fmt.Sprintf("kkh.btc.sweep.prop.%d", r.cfg.Chain) }
func (r *SweepRound) sigSubject() string  { return fmt.Sprintf("kkh.btc.sweep.sig.%d", r.cfg.Chain) }

// Run takes part in the round until ctx ends.
func (r *SweepRound) Run(ctx context.Context) error {
	self := r.cfg.Bus.Self()
	props, err := r.cfg.Bus.Consume(ctx, bus.ConsumerSpec{Stream: StreamBitcoin, Durable: bus.DurableName(fmt.Sprintf("btc-sweep-sign-%d", r.cfg.Chain), self),
		Filters: []string{r.propSubject()}}, r.onProposal)
	if err != nil {
		return err
	}
	defer props.Stop()
	sigs, err := r.cfg.Bus.Consume(ctx, bus.ConsumerSpec{Stream: StreamBitcoin, Durable: bus.DurableName(fmt.Sprintf("btc-sweep-collect-%d", r.cfg.Chain), self),
		Filters: []string{r.sigSubject()}}, r.onSignatures)
	if err != nil {
		return err
	}
	defer sigs.Stop()
	lease, err := r.cfg.Bus.NewLease(ctx, fmt.Sprintf("btc-sweeper-%d", r.cfg.Chain), r.cfg.LeaseTTL)
	if err != nil {
		return err
	}
	go func() { _ = lease.Run(ctx) }()
	t := time.NewTicker(r.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		if !lease.Held() {
			continue
		}
		if err := r.propose(ctx); err != nil && !errors.Is(err, ErrNothingDue) {
			r.log.Warn().Err(err).Msg("sweep proposal")
		}
	}
}

func (r *SweepRound) propose(ctx context.Context) error {
	// btcd's client retries a refused connection for about 40 s and takes
	// no context: a shutdown must not wait for it.
	tip, err := btcrpc.Call(ctx, ErrNode, "getblockcount", r.cfg.Bitcoin.Node().GetBlockCount)
	if err != nil {
		return err
	}
	now := time.Now()
	pol := r.cfg.Policy
	r.mu.Lock()
	for op, at := range r.reserved {
		if now.Sub(at) >= sweepReservation {
			delete(r.reserved, op)
		}
	}
	reserved := maps.Clone(r.reserved)
	r.mu.Unlock()
	pol.Reserved = func(op wire.OutPoint) bool { _, ok := reserved[op]; return ok }
	p, err := ProposeSweep(ctx, r.wallet, r.cfg.Bitcoin.Book, r.cfg.Bitcoin.View, tip, pol)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := p.Serialize(&b); err != nil {
		return err
	}
	txid := p.UnsignedTx.TxHash()
	// The id names this attempt: a sweep proposed again after its
	// reservation ran out reaches the signers again.
	res, err := r.cfg.Bus.Publish(ctx, r.propSubject(), fmt.Sprintf("btcprop.%d.%s.%d", r.cfg.Chain, txid, now.UnixNano()), b.Bytes())
	if err != nil {
		return err
	}
	r.mu.Lock()
	for _, in := range p.UnsignedTx.TxIn {
		r.reserved[in.PreviousOutPoint] = now
	}
	r.mu.Unlock()
	if !res.Duplicate {
		r.log.Info().Str("tx", txid.String()).Int("deposits", len(p.Inputs)).Msg("sweep proposed")
	}
	return nil
}

// onProposal checks and signs a proposal with this operator's own view.
// A refusal because a deposit is not (yet) in the view is retried: this
// operator's ledger may lag the leader's; other refusals are final.
func (r *SweepRound) onProposal(ctx context.Context, m bus.Msg) error {
	p, err := psbt.NewFromRawBytes(bytes.NewReader(m.Payload), false)
	if err != nil {
		r.log.Error().Err(err).Str("from", m.From.Hex()).Msg("malformed sweep proposal")
		return nil
	}
	txid := p.UnsignedTx.TxHash()
	r.mu.Lock()
	r.proposals[txid] = p
	r.mu.Unlock()
	sigs, err := SignSweep(ctx, r.signer, p, r.cfg.Bitcoin.View)
	switch {
	case errors.Is(err, signer.ErrUnknownDeposit) && m.Delivered < 10:
		r.log.Info().Err(err).Str("tx", txid.String()).Msg("sweep not signed yet: retrying")
		return bus.Retry(err, 2*time.Second)
	case err != nil:
		r.log.Warn().Err(err).Str("tx", txid.String()).Str("from", m.From.Hex()).Msg("sweep proposal refused")
		return nil
	}
	raw, err := json.Marshal(sigs)
	if err != nil {
		return err
	}
	if _, err := r.cfg.Bus.Publish(ctx, r.sigSubject(), fmt.Sprintf("btcsig.%d.%s.%s", r.cfg.Chain, txid, r.cfg.Bus.Self().Hex()), raw); err != nil {
		return err
	}
	r.log.Info().Str("tx", txid.String()).Msg("sweep signed")
	return nil
}

// onSignatures collects signatures; when they complete a proposal this
// operator has seen, it broadcasts the sweep.
func (r *SweepRound) onSignatures(ctx context.Context, m bus.Msg) error {
	var sigs []wallet.Signature
	if err := json.Unmarshal(m.Payload, &sigs); err != nil {
		r.log.Error().Err(err).Str("from", m.From.Hex()).Msg("malformed sweep signatures")
		return nil
	}
	txid, err := txidOfSigID(m.ID, r.cfg.Chain)
	if err != nil {
		r.log.Error().Err(err).Str("from", m.From.Hex()).Msg("malformed sweep signatures")
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.done[txid] {
		return nil
	}
	p, ok := r.proposals[txid]
	if !ok {
		if m.Delivered < 10 {
			return bus.Retry(fmt.Errorf("proposal %s not seen yet", txid), time.Second)
		}
		return nil
	}
	r.sigs[txid] = append(r.sigs[txid], sigs...)
	tx, err := CompleteSweep(p, r.sigs[txid], r.cfg.Bitcoin.Node())
	switch {
	case errors.Is(err, wallet.ErrSignatures):
		return nil // not enough yet
	case err != nil && tx != nil:
		// Another operator may have broadcast it first.
		h := tx.TxHash()
		if _, gerr := r.cfg.Bitcoin.Node().GetRawTransaction(&h); gerr == nil {
			r.done[txid] = true
			return nil
		}
		r.log.Error().Err(err).Str("tx", txid.String()).Msg("sweep broadcast failed: retrying")
		return bus.Retry(err, 5*time.Second)
	case err != nil:
		r.log.Error().Err(err).Str("tx", txid.String()).Msg("sweep assembly failed")
		return nil
	}
	r.done[txid] = true
	r.log.Info().Str("tx", tx.TxHash().String()).Msg("sweep broadcast")
	return nil
}

// CheckSweepCovered returns ErrConfig unless a sweep of a single deposit
// at the wallet's highest accepted rate costs no more than the deposit
// fee: then no sweep this operator proposes or signs takes more from
// custody than the deposit fees its inputs were credited net of (each
// further input costs at most SweepInputVBytes).
func CheckSweepCovered(w *wallet.Wallet, fee bitcoin.DepositFee) error {
	probe := wallet.Deposit{OutPoint: wire.OutPoint{Index: 0}, Amount: 100_000_000, Epoch: w.Current()}
	p, err := w.WithRate(1).BuildSweep([]wallet.Deposit{probe})
	if err != nil {
		return fmt.Errorf("%w: probe sweep: %w", ErrConfig, err)
	}
	vsize := probe.Amount - p.UnsignedTx.TxOut[0].Value
	rate := max(w.Fees().MaxRate, w.Fees().Rate, w.Fees().MinRate)
	if cost := vsize * int64(rate); cost > fee.Sats {
		return fmt.Errorf("%w: a one-deposit sweep at %d sat/vB costs %d sat (%d vB), above the deposit fee of %d sat: lower the wallet's MaxRate to %d or raise MaxFeeRate",
			ErrConfig, rate, cost, vsize, fee.Sats, fee.Sats/vsize)
	}
	return nil
}

// txidOfSigID reads the transaction id from a publication id
// btcsig.<chain>.<txid>.<operator>.
func txidOfSigID(id string, chain chains.ChainID) (chainhash.Hash, error) {
	rest, ok := strings.CutPrefix(id, fmt.Sprintf("btcsig.%d.", chain))
	tx, op, ok2 := strings.Cut(rest, ".")
	if !ok || !ok2 || op == "" {
		return chainhash.Hash{}, fmt.Errorf("%w: publication id %q", bus.ErrMalformed, id)
	}
	h, err := chainhash.NewHashFromStr(tx)
	if err != nil {
		return chainhash.Hash{}, fmt.Errorf("%w: publication id %q: %w", bus.ErrMalformed, id, err)
	}
	return *h, nil
}
