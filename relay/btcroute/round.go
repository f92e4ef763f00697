package btcroute

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"time"

	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/internal/btcrpc"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// The sweep round between operators is a round of the payout batcher
// (relay.Rounds), on the relay's batch path like every payout: the
// coordinator that holds the Bitcoin chain's lease (coordinator-<chain>)
// calls Round every Config.SweepInterval; Round runs ProposeSweep and
// returns the sweep due as a batch of no items, its PSBT as Data, leaving
// out the deposits of its proposals of the last sweepReservation (so the
// leader never proposes two overlapping sweeps while the first is being
// signed). The coordinator publishes it on kkh.proposal.<chain>; every
// signer checks it in SignBatch with SignSweep against its own view and
// returns its signatures (JSON []wallet.Signature) as a batch share on
// kkh.bshare.<chain>; the leader checks each share (VerifyBatch) and,
// with t of them, SubmitBatch assembles the witnesses (CompleteSweep:
// AssembleWitness verifies every signature) and broadcasts through its
// own node.

// sweepReservation is how long a proposed deposit is left out of further
// proposals: time for the round to sign and broadcast it (after which the
// view refuses the spent deposit anyway), short enough that a proposal
// the signers gave up on is made again.
const sweepReservation = 30 * time.Second

var _ relay.Rounds = (*PayoutBatcher)(nil)

// Round implements relay.Rounds: the sweep due now (ProposeSweep over the
// deposit book with the batcher's SweepPolicy), none without a deposit
// book or when nothing is due.
func (p *PayoutBatcher) Round(ctx context.Context) ([]relay.Batch, error) {
	if p.cfg.Deposits == nil {
		return nil, nil
	}
	// btcd's client retries a refused connection for about 40 s and takes
	// no context: a shutdown must not wait for it.
	tip, err := btcrpc.Call(ctx, ErrNode, "getblockcount", p.cfg.Node.GetBlockCount)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	pol := p.cfg.Sweep
	p.smu.Lock()
	for op, at := range p.sweeping {
		if now.Sub(at) >= sweepReservation {
			delete(p.sweeping, op)
		}
	}
	reserved := maps.Clone(p.sweeping)
	p.smu.Unlock()
	pol.Reserved = func(op wire.OutPoint) bool { _, ok := reserved[op]; return ok }
	pk, err := ProposeSweep(ctx, p.wallet, p.cfg.Deposits, p.cfg.View, tip, pol)
	if errors.Is(err, ErrNothingDue) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := pk.Serialize(&b); err != nil {
		return nil, fmt.Errorf("%w: %w", wallet.ErrPacket, err)
	}
	p.smu.Lock()
	for _, in := range pk.UnsignedTx.TxIn {
		p.sweeping[in.PreviousOutPoint] = now
	}
	p.smu.Unlock()
	p.log.Info().Str("tx", pk.UnsignedTx.TxHash().String()).Int("deposits", len(pk.Inputs)).Msg("sweep proposed")
	return []relay.Batch{{Chain: p.cfg.Chain, Data: b.Bytes()}}, nil
}

// signSweep is SignBatch for a batch of no items: its PSBT must be a
// sweep that SignSweep accepts against this operator's own view. A
// deposit not (yet) in the view is retried (bus.Retry): this operator's
// ledger may lag the leader's; other refusals are final.
func (p *PayoutBatcher) signSweep(ctx context.Context, b relay.Batch) ([]byte, error) {
	if b.Chain != p.cfg.Chain {
		return nil, fmt.Errorf("%w: batch for chain %d", ErrBatch, b.Chain)
	}
	pk, err := decodePacket(b.Data)
	if err != nil {
		return nil, err
	}
	txid := pk.UnsignedTx.TxHash()
	sigs, err := SignSweep(ctx, p.signer, pk, p.cfg.View)
	switch {
	case errors.Is(err, signer.ErrUnknownDeposit):
		p.log.Info().Err(err).Str("tx", txid.String()).Msg("sweep not signed yet: retrying")
		return nil, bus.Retry(err, 2*time.Second)
	case err != nil:
		p.log.Warn().Err(err).Str("tx", txid.String()).Msg("sweep proposal refused")
		return nil, err
	}
	p.log.Info().Str("tx", txid.String()).Msg("sweep signed")
	return json.Marshal(sigs)
}

// submitSweep is SubmitBatch for a batch of no items: CompleteSweep
// assembles the sweep from the t batch shares and broadcasts it; a sweep
// the node already has (mempool or chain) counts as submitted.
func (p *PayoutBatcher) submitSweep(b relay.Batch, osigs []relay.OperatorSig) (relay.SubmitResult, error) {
	pk, err := decodePacket(b.Data)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	all, err := shareSignatures(osigs)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	tx, err := CompleteSweep(pk, all, p.cfg.Node)
	if err != nil && (tx == nil || !p.known(tx.TxHash())) {
		return relay.SubmitResult{}, err
	}
	txid := tx.TxHash()
	p.log.Info().Str("tx", txid.String()).Msg("sweep broadcast")
	return relay.SubmitResult{TxID: txid.String()}, nil
}

// shareSignatures gathers the BIP-340 signatures of batch shares.
func shareSignatures(osigs []relay.OperatorSig) ([]wallet.Signature, error) {
	var all []wallet.Signature
	for _, os := range osigs {
		var sigs []wallet.Signature
		if err := json.Unmarshal(os.Signature, &sigs); err != nil {
			return nil, fmt.Errorf("%w: signatures of %s: %v", relay.ErrBadShare, os.Signer, err)
		}
		all = append(all, sigs...)
	}
	return all, nil
}

// CheckSweepCovered returns ErrConfig unless a sweep of a single deposit
// at the wallet's highest accepted rate costs no more than the deposit
// fee: then no sweep this operator proposes or signs takes more from
// custody than the deposit fees its inputs were credited net of (each
// further input costs at most SweepInputVBytes).
func CheckSweepCovered(w *wallet.Wallet, fee bitcoin.DepositFee) error {
	probe := wallet.Deposit{OutPoint: wire.OutPoint{Index: 0}, Amount: 100_000_000, Epoch: w.Current()}
	pk, err := w.WithRate(1).BuildSweep([]wallet.Deposit{probe})
	if err != nil {
		return fmt.Errorf("%w: probe sweep: %w", ErrConfig, err)
	}
	vsize := probe.Amount - pk.UnsignedTx.TxOut[0].Value
	rate := max(w.Fees().MaxRate, w.Fees().Rate, w.Fees().MinRate)
	if cost := vsize * int64(rate); cost > fee.Sats {
		return fmt.Errorf("%w: a one-deposit sweep at %d sat/vB costs %d sat (%d vB), above the deposit fee of %d sat: lower the wallet's MaxRate to %d or raise MaxFeeRate",
			ErrConfig, rate, cost, vsize, fee.Sats, fee.Sats/vsize)
	}
	return nil
}
