package btcroute

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Payouts: a burn of wrapped BTC on an EVM chain towards Bitcoin is paid
// by one payout transaction from custody, under the relay's batch round
// (relay.Batcher). Each operator signs the burn's authorization (an
// ECDSA share over PayoutDigest, collected by the coordinator like any
// share); the leader proposes a payout PSBT over t-signed burns
// (PayoutBatcher.Propose); every signer that signed each burn itself
// checks the PSBT against its own node (chains/bitcoin/signer) and its
// durable PayoutBook and returns BIP-340 signatures (SignBatch); the
// leader assembles t of them and broadcasts (SubmitBatch). The watcher
// reports each payout output; PayoutFeed names its burn, records the
// UNLOCK with its fee share and publishes the event with the transfer id.

// PayoutDomain prefixes the digest of a payout authorization.
const PayoutDomain = "kakehashi/bitcoin/payout/v1"

// Errors of the payout pieces.
var (
	// ErrNotPayout: an authorization is not a payout this chain can make
	// (another action or chain, a non-standard recipient script, an
	// amount that is not a positive int64 of satoshis).
	ErrNotPayout = errors.New("btcroute: not a bitcoin payout authorization")
	// ErrBatch: a proposed payout batch does not match its items.
	ErrBatch = errors.New("btcroute: payout batch does not match its items")
	// ErrAlreadyPaid: a payout pays a burn whose UNLOCK this operator's
	// own ledger holds (SignBatch; wraps signer.ErrRefused).
	ErrAlreadyPaid = errors.New("btcroute: burn already paid in this operator's ledger")
	// ErrNoMain: there is no custody main to pay from yet (no custody
	// output is final), or it is reserved or spent (Propose).
	ErrNoMain = errors.New("btcroute: no spendable custody main")
)

// PayoutDigest is the digest operators sign (ECDSA, relay.NewECDSAAuthorizer)
// for a payout authorization: keccak256(PayoutDomain ‖ a.Hash()). It
// refuses (ErrNotPayout) anything but an unlock with a standard recipient
// script (bitcoin.CheckStandardPayment) and an amount of 1..MaxInt64
// satoshis (wrapped BTC has 8 decimals: its units are satoshis).
// PayoutDigestFor also pins the chain and asset.
func PayoutDigest(a relay.Authorization) ([32]byte, error) {
	if _, err := payoutBurn(a); err != nil {
		return [32]byte{}, err
	}
	h := a.Hash()
	return crypto.Keccak256Hash([]byte(PayoutDomain), h[:]), nil
}

// PayoutDigestFor is PayoutDigest that also refuses an authorization for
// another chain than chain or another asset than chain's native coin.
func PayoutDigestFor(chain chains.ChainID) relay.DigestFunc {
	asset := chains.ComputeAssetID(chain, nil)
	return func(a relay.Authorization) ([32]byte, error) {
		if a.DstChain != chain {
			return [32]byte{}, fmt.Errorf("%w: %s is for chain %d, not %d", ErrNotPayout, a.TransferID, a.DstChain, chain)
		}
		if a.AssetID != asset {
			return [32]byte{}, fmt.Errorf("%w: %s is for asset %s, not chain %d's coin %s", ErrNotPayout, a.TransferID, a.AssetID, chain, asset)
		}
		return PayoutDigest(a)
	}
}

// payoutBurn turns a payout authorization into the wallet's Burn.
func payoutBurn(a relay.Authorization) (wallet.Burn, error) {
	switch {
	case a.Action != relay.ActionUnlock:
		return wallet.Burn{}, fmt.Errorf("%w: %s is a %s", ErrNotPayout, a.TransferID, a.Action)
	case a.DstChain == 0:
		return wallet.Burn{}, fmt.Errorf("%w: %s has no destination chain", ErrNotPayout, a.TransferID)
	case a.Amount == nil || a.Amount.Sign() <= 0 || !a.Amount.IsInt64():
		return wallet.Burn{}, fmt.Errorf("%w: %s amount %v is not 1..%d sat", ErrNotPayout, a.TransferID, a.Amount, int64(math.MaxInt64))
	}
	if err := bitcoin.CheckStandardPayment(a.Recipient); err != nil {
		return wallet.Burn{}, fmt.Errorf("%w: %s recipient %x: %w", ErrNotPayout, a.TransferID, a.Recipient, err)
	}
	return wallet.Burn{TransferID: a.TransferID, PkScript: bytes.Clone(a.Recipient), Amount: a.Amount.Int64()}, nil
}

// PayoutNode is what the batcher needs from the operator's btcd:
// *rpcclient.Client.
type PayoutNode interface {
	OutputReader
	Broadcaster
	GetRawTransaction(txid *chainhash.Hash) (*btcutil.Tx, error)
	GetBlockCount() (int64, error)
}

// PayoutBatcherConfig configures a PayoutBatcher.
type PayoutBatcherConfig struct {
	Chain chains.ChainID
	// Wallet is the federation wallet: Fees.Rate is proposed, payouts
	// at a rate in [MinRate, MaxRate] are signed.
	Wallet wallet.Config
	// Key is this operator's federation key (the operator key as BIP-340
	// key); nil makes a batcher that verifies and submits but never signs.
	Key *btcec.PrivateKey
	// Operators maps each operator address to its federation x-only key
	// (FederationAddresses); shares of other addresses are refused.
	Operators map[common.Address][32]byte
	View      *View
	Node      PayoutNode
	Book      *PayoutBook
	Custody   *CustodySet
	// Main is the operator's custody main, fed by its PayoutFeed: every
	// payout spends the main or the change of a payout this operator
	// signed.
	Main *CustodyMain
	// Executed reports whether the operator's ledger holds a transfer's
	// execution (Accountant.Executed): a burn executed is never signed
	// into a payout again, and the book releases it. Nil: none.
	Executed func(chains.TransferID) bool
	// MaxOutputs bounds the burns of one payout (default 50).
	MaxOutputs int
	// ReserveFor keeps a proposal's inputs out of other proposals while
	// it may still be signed and broadcast (default 1m).
	ReserveFor time.Duration
	// MaxFeeRate is the published maximum fee rate (sat/vB, the
	// deployment's bitcoin.maxFeeRate): no replacement of a stuck payout
	// is proposed or signed above it, nor above the wallet's MaxRate
	// (which bounds every payout). 0: the wallet's MaxRate alone.
	MaxFeeRate uint64
	// StuckAfter is how long a payout stays unconfirmed in the leader's
	// mempool before the leader proposes its replacement at a higher fee
	// (payout_bump.go; default 20m).
	StuckAfter time.Duration
	// Deposits is the operator's deposit book, from which the batcher's
	// rounds propose sweeps (round.go) under the Sweep policy; nil: no
	// sweeps.
	Deposits *DepositBook
	Sweep    SweepPolicy
	// Registerer, if set, registers the batcher's metrics
	// (kakehashi_btc_payout_items_left_out_total).
	Registerer prometheus.Registerer
	Logger     zerolog.Logger
}

// PayoutBatcher is relay.Batcher for a Bitcoin chain: one payout
// transaction per batch, its PSBT as Batch.Data, BIP-340 signatures
// (JSON []wallet.Signature) as batch shares; and relay.Rounds: one sweep
// transaction per round, a batch of no items (round.go).
type PayoutBatcher struct {
	cfg    PayoutBatcherConfig
	wallet *wallet.Wallet
	signer *signer.Signer
	asset  chains.AssetID
	log    zerolog.Logger

	mu sync.Mutex // one SignBatch at a time: check, sign, record

	rmu      sync.Mutex
	reserved map[wire.OutPoint]reservation // inputs of recent proposals
	poolRead time.Time                     // last mempool read for fee bumping (payout_bump.go)

	leftOut *leftOuts // burns left out of payouts (leftout.go)

	smu      sync.Mutex
	sweeping map[wire.OutPoint]time.Time // deposits of recent sweep proposals (round.go)
}

// reservation keeps a proposed payout's inputs out of other proposals
// until it is broadcast or ReserveFor has passed: two payouts of
// different burns over one input could both be signed, but only one
// could confirm, and the other's burns would wait for its release.
type reservation struct {
	tx    chainhash.Hash
	until time.Time
}

var _ relay.Batcher = (*PayoutBatcher)(nil)

// NewPayoutBatcher validates cfg.
func NewPayoutBatcher(cfg PayoutBatcherConfig) (*PayoutBatcher, error) {
	if cfg.Chain == 0 || cfg.View == nil || cfg.Node == nil || cfg.Book == nil || cfg.Custody == nil || cfg.Main == nil || len(cfg.Operators) == 0 {
		return nil, fmt.Errorf("%w: payout batcher needs Chain, View, Node, Book, Custody, Main and Operators", ErrConfig)
	}
	if cfg.Executed == nil {
		cfg.Executed = func(chains.TransferID) bool { return false }
	}
	w, err := wallet.New(cfg.Wallet)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if cfg.MaxOutputs <= 0 {
		cfg.MaxOutputs = 50
	}
	if cfg.ReserveFor <= 0 {
		cfg.ReserveFor = time.Minute
	}
	p := &PayoutBatcher{cfg: cfg, wallet: w, asset: chains.ComputeAssetID(cfg.Chain, nil), reserved: map[wire.OutPoint]reservation{}, sweeping: map[wire.OutPoint]time.Time{},
		log: cfg.Logger.With().Str("component", "wire.btc.payout").Uint64("chain", uint64(cfg.Chain)).Logger()}
	if p.leftOut, err = newLeftOuts(cfg.Registerer); err != nil {
		return nil, err
	}
	if cfg.Key != nil {
		if p.signer, err = signer.New(signer.Config{Key: cfg.Key, Wallet: cfg.Wallet}, signer.WithLogger(cfg.Logger)); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}
	return p, nil
}

// FederationAddresses maps the operator address of each federation key
// to the key. Operator and federation keys are the same secp256k1 key:
// an x-only key is lifted to both parities and each gives an address.
func FederationAddresses(set bitcoin.KeySet) (map[common.Address][32]byte, error) {
	out := map[common.Address][32]byte{}
	for _, x := range set.Keys() {
		for _, prefix := range []byte{0x02, 0x03} {
			pub, err := btcec.ParsePubKey(append([]byte{prefix}, x[:]...))
			if err != nil {
				return nil, fmt.Errorf("%w: federation key %x: %w", ErrConfig, x, err)
			}
			out[crypto.PubkeyToAddress(*pub.ToECDSA())] = x
		}
	}
	return out, nil
}

// Propose implements relay.Batcher. It proposes at most one payout per
// call over the ready unlocks of this chain:
//
//   - a burn whose payout this operator's book holds and its node knows
//     (mempool or chain) is left out: it is being paid;
//   - a burn held by a payout of the book the node does not know is
//     proposed again in that very payout (same PSBT) when all its burns
//     are ready and its inputs are still spendable, and left out
//     otherwise (signers would refuse another payout of it that spends
//     none of the same inputs);
//   - the other burns (at most MaxOutputs, by transfer id) are paid by
//     one payout on the main-UTXO chain (wallet.BuildMainPayout): it
//     spends the tip — the final custody main, or the change of the
//     newest payout of the book that descends from it and that the node
//     knows (payouts are chained on unconfirmed change, not one per
//     finality period) — and, as needed, the custody set's other outputs
//     that the operator's own node confirms. A burn whose output would
//     be dust after its fee share (wallet.DustError) is left out of that
//     payout, logged, counted and reported (LeftOut), and the payout is
//     built again without it: one such burn never stops the others.
//
// Items left out are retried by the coordinator.
func (p *PayoutBatcher) Propose(ctx context.Context, ready []relay.SignedAuthorization) ([]relay.Batch, error) {
	items, fresh, held := p.sortReady(ready)
	used := p.reservedInputs()
	if b, ok := p.bump(ctx, items, used); ok {
		return []relay.Batch{b}, nil
	}
	if b, ok := p.proposeAgain(ctx, held, items, used); ok {
		return []relay.Batch{b}, nil
	}
	if len(fresh) == 0 {
		return nil, nil
	}
	return p.proposeFresh(ctx, fresh, items, used)
}

// sortReady splits the ready authorizations for this chain into burns no
// payout of the book pays yet (fresh) and the book's payouts of the
// others that the node does not know (held: to propose again); a burn
// whose payout the node knows waits for it to be final.
func (p *PayoutBatcher) sortReady(ready []relay.SignedAuthorization) (items map[chains.TransferID]relay.Authorization, fresh []wallet.Burn, held map[chainhash.Hash]bool) {
	items, held = map[chains.TransferID]relay.Authorization{}, map[chainhash.Hash]bool{}
	for _, sa := range ready {
		a := sa.Authorization
		if a.DstChain != p.cfg.Chain {
			continue
		}
		b, err := p.burn(a)
		if err != nil {
			p.log.Error().Err(err).Str("transfer", a.TransferID.String()).Msg("ready authorization is not a payout this chain can make")
			continue
		}
		items[a.TransferID] = a
		txs := p.cfg.Book.PayoutsOf(a.TransferID)
		if txs == nil {
			fresh = append(fresh, b)
			continue
		}
		paying := false
		for _, h := range txs {
			if p.known(h) {
				paying = true
				break
			}
			held[h] = true
		}
		if paying {
			p.log.Debug().Str("transfer", a.TransferID.String()).Msg("payout already broadcast; waiting for it to be final")
			for _, h := range txs {
				delete(held, h)
			}
		}
	}
	return items, fresh, held
}

// proposeAgain proposes one earlier payout of the book that the node
// does not know (lost from its mempool), unless another proposal holds
// its inputs. One payout per call: the others wait for the next round.
func (p *PayoutBatcher) proposeAgain(ctx context.Context, held map[chainhash.Hash]bool, items map[chains.TransferID]relay.Authorization, used map[wire.OutPoint]chainhash.Hash) (relay.Batch, bool) {
	for h := range held {
		pk, err := p.cfg.Book.Packet(h)
		if err != nil {
			continue
		}
		if p.reservedByOther(pk, used) {
			continue
		}
		b, err := p.again(ctx, pk, items)
		if err != nil {
			p.log.Warn().Err(err).Str("tx", h.String()).Msg("earlier payout not proposed again")
			continue
		}
		p.reserve(pk)
		return b, true
	}
	return relay.Batch{}, false
}

// proposeFresh builds one payout of as many fresh burns as custody covers
// (up to MaxOutputs), from the custody main and the other free custody
// outputs; burns whose output would be dust are left out and reported.
func (p *PayoutBatcher) proposeFresh(ctx context.Context, fresh []wallet.Burn, items map[chains.TransferID]relay.Authorization, used map[wire.OutPoint]chainhash.Hash) ([]relay.Batch, error) {
	main, err := p.tip(ctx, used)
	if err != nil {
		p.log.Warn().Err(err).Int("burns", len(fresh)).Msg("no custody main to pay burns from")
		return nil, nil
	}
	var utxos []wallet.UTXO
	for _, u := range p.custodyUTXOs(ctx, used) {
		if _, _, mine := p.cfg.Book.Change(u.OutPoint); u.OutPoint != main.OutPoint && !mine {
			utxos = append(utxos, u)
		}
	}
	sort.Slice(fresh, func(i, j int) bool { return bytes.Compare(fresh[i].TransferID[:], fresh[j].TransferID[:]) < 0 })
	p.forgetLeftOut()
	n := min(len(fresh), p.cfg.MaxOutputs)
	for n > 0 {
		pk, err := p.wallet.BuildMainPayout(main, utxos, fresh[:n])
		var dust *wallet.DustError
		if errors.As(err, &dust) {
			if fresh, n, err = p.leaveOut(fresh, n, dust); err != nil {
				return nil, err
			}
			continue
		}
		if errors.Is(err, wallet.ErrInsufficientFunds) || errors.Is(err, wallet.ErrTooLarge) {
			n /= 2
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("btcroute: build payout of %d burns: %w", n, err)
		}
		b, err := batchOf(p.cfg.Chain, pk, items)
		if err != nil {
			return nil, err
		}
		p.reserve(pk)
		p.proposed(fresh[:n])
		p.log.Info().Str("tx", pk.UnsignedTx.TxHash().String()).Str("main", main.OutPoint.String()).Int("burns", n).
			Int("inputs", len(pk.UnsignedTx.TxIn)).Msg("payout proposed")
		return []relay.Batch{b}, nil
	}
	if len(fresh) > 0 {
		p.log.Warn().Int("burns", len(fresh)).Int("utxos", len(utxos)+1).Msg("custody cannot cover even one burn now")
	}
	return nil, nil
}

// tip returns the output the next payout spends as its main: from the
// final custody main, follow the payouts of the book the node knows
// (mempool or chain) through their change.
func (p *PayoutBatcher) tip(ctx context.Context, used map[wire.OutPoint]chainhash.Hash) (wallet.UTXO, error) {
	op, ok := p.cfg.Main.Main()
	if !ok {
		return wallet.UTXO{}, fmt.Errorf("%w: no custody output is final yet", ErrNoMain)
	}
	for range 10_000 {
		next := op
		for _, sp := range p.cfg.Book.Spenders(op) {
			if sp.Change != nil && p.known(sp.TxID) {
				next = *sp.Change
				break
			}
		}
		if next == op {
			break
		}
		op = next
	}
	if h, ok := used[op]; ok {
		return wallet.UTXO{}, fmt.Errorf("%w: main %s is an input of proposal %s", ErrNoMain, op, h)
	}
	u, err := p.input(ctx, op)
	if err != nil {
		return wallet.UTXO{}, fmt.Errorf("%w: main %s: %w", ErrNoMain, op, err)
	}
	return u, nil
}

// input reads a payout input from the operator's own node: the change of
// a payout of its book with any number of confirmations, else a final
// custody output.
func (p *PayoutBatcher) input(ctx context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	if _, script, ok := p.cfg.Book.Change(op); ok {
		return p.cfg.View.changeUTXO(op, script)
	}
	return p.cfg.View.CustodyUTXO(ctx, op)
}

// burn is payoutBurn for this chain and its coin; a burn to a custody
// script is refused too (the watcher does not report custody outputs
// as payouts, so its payout would never be recorded).
func (p *PayoutBatcher) burn(a relay.Authorization) (wallet.Burn, error) {
	b, err := payoutBurn(a)
	if err != nil {
		return b, err
	}
	if a.DstChain != p.cfg.Chain || a.AssetID != p.asset {
		return wallet.Burn{}, fmt.Errorf("%w: %s for chain %d asset %s", ErrNotPayout, a.TransferID, a.DstChain, a.AssetID)
	}
	for _, c := range p.cfg.View.Custody {
		if bytes.Equal(c, a.Recipient) {
			return wallet.Burn{}, fmt.Errorf("%w: %s pays the federation's custody script", ErrNotPayout, a.TransferID)
		}
	}
	return b, nil
}

// reservedInputs returns the inputs of proposals still reserved.
func (p *PayoutBatcher) reservedInputs() map[wire.OutPoint]chainhash.Hash {
	p.rmu.Lock()
	defer p.rmu.Unlock()
	now := time.Now()
	out := map[wire.OutPoint]chainhash.Hash{}
	for op, r := range p.reserved {
		if now.After(r.until) {
			delete(p.reserved, op)
			continue
		}
		out[op] = r.tx
	}
	return out
}

// reservedByOther reports whether an input of pk is reserved by another proposal.
func (p *PayoutBatcher) reservedByOther(pk *psbt.Packet, used map[wire.OutPoint]chainhash.Hash) bool {
	txid := pk.UnsignedTx.TxHash()
	for _, in := range pk.UnsignedTx.TxIn {
		if h, ok := used[in.PreviousOutPoint]; ok && h != txid {
			return true
		}
	}
	return false
}

func (p *PayoutBatcher) reserve(pk *psbt.Packet) {
	p.rmu.Lock()
	defer p.rmu.Unlock()
	r := reservation{tx: pk.UnsignedTx.TxHash(), until: time.Now().Add(p.cfg.ReserveFor)}
	for _, in := range pk.UnsignedTx.TxIn {
		p.reserved[in.PreviousOutPoint] = r
	}
}

// again re-proposes an earlier payout of the book if all its burns are
// ready and its inputs are still spendable custody outputs.
func (p *PayoutBatcher) again(ctx context.Context, pk *psbt.Packet, items map[chains.TransferID]relay.Authorization) (relay.Batch, error) {
	for _, in := range pk.UnsignedTx.TxIn {
		if _, err := p.input(ctx, in.PreviousOutPoint); err != nil {
			return relay.Batch{}, err
		}
	}
	return batchOf(p.cfg.Chain, pk, items)
}

// batchOf makes the batch of payout pk: its items are the authorizations
// of its annotated burns, in output order.
func batchOf(chain chains.ChainID, pk *psbt.Packet, items map[chains.TransferID]relay.Authorization) (relay.Batch, error) {
	pr, err := wallet.ReadProposal(pk)
	if err != nil {
		return relay.Batch{}, err
	}
	var b relay.Batch
	b.Chain = chain
	for _, id := range pr.Burns {
		if id == nil {
			continue
		}
		a, ok := items[*id]
		if !ok {
			return relay.Batch{}, fmt.Errorf("%w: burn %s of the payout is not ready", ErrBatch, *id)
		}
		b.Items = append(b.Items, a)
	}
	var raw bytes.Buffer
	if err := pk.Serialize(&raw); err != nil {
		return relay.Batch{}, fmt.Errorf("%w: %w", wallet.ErrPacket, err)
	}
	b.Data = raw.Bytes()
	return b, nil
}

// custodyUTXOs returns the custody set's outputs the node confirms
// (final, unspent even in the mempool), except used ones; outputs spent
// in a block are dropped from the set.
func (p *PayoutBatcher) custodyUTXOs(ctx context.Context, used map[wire.OutPoint]chainhash.Hash) []wallet.UTXO {
	var out []wallet.UTXO
	var gone []wire.OutPoint
	for _, op := range p.cfg.Custody.List() {
		if _, ok := used[op]; ok {
			continue
		}
		u, err := p.cfg.View.CustodyUTXO(ctx, op)
		if err == nil {
			out = append(out, u)
			continue
		}
		if errors.Is(err, ErrSpent) {
			if r, err := p.cfg.Node.GetTxOut(&op.Hash, op.Index, false); err == nil && r == nil {
				gone = append(gone, op)
			}
		}
	}
	if len(gone) > 0 {
		if err := p.cfg.Custody.Remove(gone...); err != nil {
			p.log.Warn().Err(err).Msg("custody set")
		}
	}
	return out
}

// known reports whether the node has transaction h (mempool or chain).
func (p *PayoutBatcher) known(h chainhash.Hash) bool {
	_, err := p.cfg.Node.GetRawTransaction(&h)
	return err == nil
}

// payoutView is the signer.MainView of one batch: custody from the
// operator's own node (View), burns from the batch's items, which
// the relay signer has checked it signed itself (each re-read from its
// own node and checked against its own ledger), and as mains the final
// custody main (snapshot at the start of SignBatch) and the change of
// every payout of its book it signed (read with any number of
// confirmations).
type payoutView struct {
	*View
	burns   map[chains.TransferID]wallet.Burn
	book    *PayoutBook
	main    wire.OutPoint
	hasMain bool
}

var _ signer.MainView = payoutView{}

func (v payoutView) Burn(_ context.Context, id chains.TransferID) (wallet.Burn, error) {
	b, ok := v.burns[id]
	if !ok {
		return wallet.Burn{}, fmt.Errorf("%w: burn %s is not an item of the batch", ErrBatch, id)
	}
	return b, nil
}

func (v payoutView) IsMain(_ context.Context, op wire.OutPoint) bool {
	if v.hasMain && op == v.main {
		return true
	}
	_, _, ok := v.book.SignedChange(op)
	return ok
}

func (v payoutView) CustodyUTXO(ctx context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	if _, script, ok := v.book.SignedChange(op); ok {
		return v.View.changeUTXO(op, script)
	}
	return v.View.CustodyUTXO(ctx, op)
}

// SignBatch implements relay.Batcher. A batch of no items is a sweep
// round (signSweep, round.go). Otherwise the batch's PSBT must be a payout
// whose annotated burns are exactly the batch's items; no burn may be
// executed in the operator's own ledger (ErrAlreadyPaid); the book must
// allow it (no burn already in a payout this one does not conflict
// with); chains/bitcoin/signer rebuilds it from the operator's own node
// and checks fees, recipients, the main it spends and its change (the
// next main); the payout is recorded in the book, durably, before the
// signatures are returned (JSON []wallet.Signature). A custody input this
// node does not confirm yet, or a main this node's feed has not reached
// yet, is retried (bus.Retry); every other refusal is final.
func (p *PayoutBatcher) SignBatch(ctx context.Context, b relay.Batch) ([]byte, error) {
	if p.signer == nil {
		return nil, fmt.Errorf("%w: this operator has no federation key", ErrConfig)
	}
	if len(b.Items) == 0 {
		return p.signSweep(ctx, b)
	}
	pk, err := decodePacket(b.Data)
	if err != nil {
		return nil, err
	}
	burns, err := p.matchItems(pk, b)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	// The main before the ledger: the feed moves the main only after it
	// recorded the UNLOCKs of the payout that spent it, so the ledger read
	// below holds every burn paid on the way to this main.
	main, hasMain := p.cfg.Main.Main()
	if err := p.unpaid(pk, burns); err != nil {
		return nil, err
	}
	replaced, err := p.replaced(pk)
	if err != nil {
		return nil, err
	}
	p.release()
	if err := p.cfg.Book.Check(pk); err != nil {
		p.log.Warn().Err(err).Str("tx", pk.UnsignedTx.TxHash().String()).Msg("payout refused: a burn is in a payout of the book it does not conflict with")
		return nil, err
	}
	// The book, checked above and claimed below under p.mu, is the
	// double-pay authority; the signer's in-memory copy of the rule is
	// reset to it (it would otherwise keep payouts the book released).
	for id := range burns {
		p.signer.Release(id)
	}
	c, err := clonePacket(pk)
	if err != nil {
		return nil, err
	}
	pv := payoutView{View: p.cfg.View, burns: burns, book: p.cfg.Book, main: main, hasMain: hasMain}
	var view signer.MainView = pv
	if replaced != nil {
		view = bumpView{payoutView: pv, replaced: replaced}
	}
	sigs, err := p.signer.CheckAndSign(ctx, c, view)
	if errors.Is(err, signer.ErrUnknownUTXO) || errors.Is(err, signer.ErrNotMain) && p.mainBehind(ctx, main, hasMain) {
		return nil, bus.Retry(err, time.Second) // this node (or its feed) may lag the leader's
	}
	if err != nil {
		return nil, err
	}
	if err := p.cfg.Book.Claim(pk); err != nil {
		return nil, err
	}
	p.log.Info().Str("tx", pk.UnsignedTx.TxHash().String()).Int("burns", len(burns)).Msg("payout signed")
	return json.Marshal(sigs)
}

// unpaid refuses (ErrAlreadyPaid) a payout of a burn whose UNLOCK the
// operator's own ledger holds: once paid, never again, whatever the book
// released.
func (p *PayoutBatcher) unpaid(pk *psbt.Packet, burns map[chains.TransferID]wallet.Burn) error {
	ids := make([]chains.TransferID, 0, len(burns))
	for id := range burns {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return bytes.Compare(ids[i][:], ids[j][:]) < 0 })
	for _, id := range ids {
		if p.cfg.Executed(id) {
			p.log.Warn().Str("transfer", id.String()).Str("tx", pk.UnsignedTx.TxHash().String()).Msg("payout refused: burn already paid in this operator's ledger")
			return fmt.Errorf("%w: %w: burn %s in payout %s", signer.ErrRefused, ErrAlreadyPaid, id, pk.UnsignedTx.TxHash())
		}
	}
	return nil
}

// mainBehind reports whether this operator's final main is missing or
// spent on its node: its feed has not yet reached the payout that spent
// it, so a payout on a newer main may become acceptable.
func (p *PayoutBatcher) mainBehind(_ context.Context, main wire.OutPoint, ok bool) bool {
	if !ok {
		return true
	}
	out, err := p.cfg.Node.GetTxOut(&main.Hash, main.Index, true)
	return err == nil && out == nil
}

// release forgets executed payouts in the book and in the signer.
func (p *PayoutBatcher) release() {
	ids, err := p.cfg.Book.Release(p.cfg.Executed)
	if err != nil {
		p.log.Warn().Err(err).Msg("payout book release")
		return
	}
	for _, id := range ids {
		p.signer.Release(id)
	}
}

func decodePacket(data []byte) (*psbt.Packet, error) {
	pk, err := psbt.NewFromRawBytes(bytes.NewReader(data), false)
	if err != nil {
		return nil, fmt.Errorf("%w: %w: %w", ErrBatch, wallet.ErrPacket, err)
	}
	return pk, nil
}

// matchItems checks that pk is a payout whose annotated burns are exactly
// b's items and returns them as the wallet's burns.
func (p *PayoutBatcher) matchItems(pk *psbt.Packet, b relay.Batch) (map[chains.TransferID]wallet.Burn, error) {
	pr, err := wallet.ReadProposal(pk)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBatch, err)
	}
	if pr.Kind != wallet.KindPayout {
		return nil, fmt.Errorf("%w: a %s, not a payout", ErrBatch, pr.Kind)
	}
	if b.Chain != p.cfg.Chain {
		return nil, fmt.Errorf("%w: batch for chain %d", ErrBatch, b.Chain)
	}
	burns := map[chains.TransferID]wallet.Burn{}
	for _, a := range b.Items {
		w, err := p.burn(a)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBatch, err)
		}
		burns[a.TransferID] = w
	}
	annotated := 0
	for i, id := range pr.Burns {
		if id == nil {
			continue
		}
		annotated++
		w, ok := burns[*id]
		if !ok {
			return nil, fmt.Errorf("%w: output %d pays burn %s, not an item", ErrBatch, i, *id)
		}
		if !bytes.Equal(pk.UnsignedTx.TxOut[i].PkScript, w.PkScript) {
			return nil, fmt.Errorf("%w: output %d pays %x, burn %s is to %x", ErrBatch, i, pk.UnsignedTx.TxOut[i].PkScript, *id, w.PkScript)
		}
	}
	if annotated != len(burns) || annotated != len(b.Items) {
		return nil, fmt.Errorf("%w: %d annotated burns for %d items", ErrBatch, annotated, len(b.Items))
	}
	return burns, nil
}

// VerifyBatch implements relay.Batcher: sig must hold, for every input of
// the payout or sweep, a valid BIP-340 signature by the federation key of the
// operator signer, else the error wraps relay.ErrBadShare.
func (p *PayoutBatcher) VerifyBatch(b relay.Batch, signerAddr common.Address, sig []byte) error {
	xk, ok := p.cfg.Operators[signerAddr]
	if !ok {
		return fmt.Errorf("%w: %s has no federation key", relay.ErrBadShare, signerAddr)
	}
	var sigs []wallet.Signature
	if err := json.Unmarshal(sig, &sigs); err != nil {
		return fmt.Errorf("%w: signatures: %v", relay.ErrBadShare, err)
	}
	pk, err := decodePacket(b.Data)
	if err != nil {
		return fmt.Errorf("%w: %v", relay.ErrBadShare, err)
	}
	leaves, err := wallet.Leaves(pk)
	if err != nil {
		return fmt.Errorf("%w: %v", relay.ErrBadShare, err)
	}
	pub, err := schnorr.ParsePubKey(xk[:])
	if err != nil {
		return fmt.Errorf("%w: federation key %x: %v", relay.ErrBadShare, xk, err)
	}
	for i, il := range leaves {
		if il.Signers.Index(xk) < 0 {
			return fmt.Errorf("%w: input %d is not spendable by %s's key", relay.ErrBadShare, i, signerAddr)
		}
		leaf := il.Leaf.TapHash()
		valid := false
		for _, s := range sigs {
			if s.Input != i || s.Key != xk || s.LeafHash != leaf {
				continue
			}
			if sg, err := schnorr.ParseSignature(s.Sig[:]); err == nil && sg.Verify(il.SigHash, pub) {
				valid = true
				break
			}
		}
		if !valid {
			return fmt.Errorf("%w: no valid signature of %s for input %d", relay.ErrBadShare, signerAddr, i)
		}
	}
	return nil
}

// SubmitBatch implements relay.Batcher; a batch of no items is a sweep
// round (submitSweep, round.go). For a payout it assembles the witnesses from
// the t batch shares (wallet.AssembleWitness checks every signature),
// records the payout in the book and broadcasts it through the
// operator's own node. A payout the node already has (mempool or chain)
// counts as submitted.
func (p *PayoutBatcher) SubmitBatch(ctx context.Context, b relay.Batch, osigs []relay.OperatorSig) (relay.SubmitResult, error) {
	if len(b.Items) == 0 {
		return p.submitSweep(b, osigs)
	}
	pk, err := decodePacket(b.Data)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	all, err := shareSignatures(osigs)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	tx, err := wallet.AssembleWitness(pk, all)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	if err := p.cfg.Book.Add(pk); err != nil {
		return relay.SubmitResult{}, err
	}
	txid := tx.TxHash()
	if _, err := p.cfg.Node.SendRawTransaction(tx, false); err != nil && !p.known(txid) {
		return relay.SubmitResult{}, fmt.Errorf("btcroute: broadcast payout %s: %w", txid, err)
	}
	res := relay.SubmitResult{TxID: txid.String()}
	for _, a := range b.Items {
		res.Submitted = append(res.Submitted, a.TransferID)
	}
	p.log.Info().Str("tx", txid.String()).Int("burns", len(b.Items)).Int("vbytes", int(vsizeOf(tx))).Msg("payout broadcast")
	return res, nil
}

func vsizeOf(tx *wire.MsgTx) int64 {
	w := int64(tx.SerializeSizeStripped())*3 + int64(tx.SerializeSize())
	return (w + 3) / 4
}
