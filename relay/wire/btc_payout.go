package wire

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
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
	"github.com/holiman/uint256"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
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
	ErrNotPayout = errors.New("wire: not a bitcoin payout authorization")
	// ErrBatch: a proposed payout batch does not match its items.
	ErrBatch = errors.New("wire: payout batch does not match its items")
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
	View      *BitcoinView
	Node      PayoutNode
	Book      *PayoutBook
	Custody   *CustodySet
	// Executed reports whether the operator's ledger holds a transfer's
	// execution (Accountant.Executed); used to release the book.
	Executed func(chains.TransferID) bool
	// MaxOutputs bounds the burns of one payout (default 50).
	MaxOutputs int
	// ReserveFor keeps a proposal's inputs out of other proposals while
	// it may still be signed and broadcast (default 1m).
	ReserveFor time.Duration
	Logger     zerolog.Logger
}

// PayoutBatcher is relay.Batcher for a Bitcoin chain: one payout
// transaction per batch, its PSBT as Batch.Data, BIP-340 signatures
// (JSON []wallet.Signature) as batch shares.
type PayoutBatcher struct {
	cfg    PayoutBatcherConfig
	wallet *wallet.Wallet
	signer *signer.Signer
	asset  chains.AssetID
	log    zerolog.Logger

	mu sync.Mutex // one SignBatch at a time: check, sign, record

	rmu      sync.Mutex
	reserved map[wire.OutPoint]reservation // inputs of recent proposals
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
	if cfg.Chain == 0 || cfg.View == nil || cfg.Node == nil || cfg.Book == nil || cfg.Custody == nil || len(cfg.Operators) == 0 {
		return nil, fmt.Errorf("%w: payout batcher needs Chain, View, Node, Book, Custody and Operators", ErrConfig)
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
	p := &PayoutBatcher{cfg: cfg, wallet: w, asset: chains.ComputeAssetID(cfg.Chain, nil), reserved: map[wire.OutPoint]reservation{},
		log: cfg.Logger.With().Str("component", "wire.btc.payout").Uint64("chain", uint64(cfg.Chain)).Logger()}
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
//   - the other burns (at most MaxOutputs, by transfer id) are paid from
//     the custody set's outputs that the operator's own node confirms.
//
// Items left out are retried by the coordinator.
func (p *PayoutBatcher) Propose(ctx context.Context, ready []relay.SignedAuthorization) ([]relay.Batch, error) {
	items := map[chains.TransferID]relay.Authorization{}
	var fresh []wallet.Burn
	held := map[chainhash.Hash]bool{}
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
	used := p.reservedInputs()
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
		// One payout per call: the others wait for the next round.
		return []relay.Batch{b}, nil
	}
	if len(fresh) == 0 {
		return nil, nil
	}
	utxos := p.custodyUTXOs(ctx, used)
	if len(utxos) == 0 {
		p.log.Warn().Int("burns", len(fresh)).Msg("no final custody output to pay burns from")
		return nil, nil
	}
	sort.Slice(fresh, func(i, j int) bool { return bytes.Compare(fresh[i].TransferID[:], fresh[j].TransferID[:]) < 0 })
	n := min(len(fresh), p.cfg.MaxOutputs)
	for n > 0 {
		pk, err := p.wallet.BuildPayout(utxos, fresh[:n])
		if errors.Is(err, wallet.ErrInsufficientFunds) || errors.Is(err, wallet.ErrTooLarge) {
			n /= 2
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("wire: build payout of %d burns: %w", n, err)
		}
		b, err := batchOf(p.cfg.Chain, pk, items)
		if err != nil {
			return nil, err
		}
		p.reserve(pk)
		p.log.Info().Str("tx", pk.UnsignedTx.TxHash().String()).Int("burns", n).Int("inputs", len(pk.UnsignedTx.TxIn)).Msg("payout proposed")
		return []relay.Batch{b}, nil
	}
	p.log.Warn().Int("burns", len(fresh)).Int("utxos", len(utxos)).Msg("custody cannot cover even one burn now")
	return nil, nil
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
		if _, err := p.cfg.View.CustodyUTXO(ctx, in.PreviousOutPoint); err != nil {
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

// payoutView is the signer.View of one batch: custody from the
// operator's own node (BitcoinView), burns from the batch's items, which
// the relay signer has checked it signed itself (each re-read from its
// own node and checked against its own ledger).
type payoutView struct {
	*BitcoinView
	burns map[chains.TransferID]wallet.Burn
}

func (v payoutView) Burn(_ context.Context, id chains.TransferID) (wallet.Burn, error) {
	b, ok := v.burns[id]
	if !ok {
		return wallet.Burn{}, fmt.Errorf("%w: burn %s is not an item of the batch", ErrBatch, id)
	}
	return b, nil
}

// SignBatch implements relay.Batcher: the batch's PSBT must be a payout
// whose annotated burns are exactly the batch's items; the book must
// allow it (no burn already in a payout that shares no input with this
// one); chains/bitcoin/signer rebuilds it from the operator's own node
// and checks fees, change and recipients; the payout is recorded in the
// book, durably, before the signatures are returned (JSON
// []wallet.Signature). A custody input this node does not confirm yet is
// retried (bus.Retry); every other refusal is final.
func (p *PayoutBatcher) SignBatch(ctx context.Context, b relay.Batch) ([]byte, error) {
	if p.signer == nil {
		return nil, fmt.Errorf("%w: this operator has no federation key", ErrConfig)
	}
	pk, err := decodePayout(b.Data)
	if err != nil {
		return nil, err
	}
	burns, err := p.matchItems(pk, b)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.release()
	if err := p.cfg.Book.Check(pk); err != nil {
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
	sigs, err := p.signer.CheckAndSign(ctx, c, payoutView{BitcoinView: p.cfg.View, burns: burns})
	if errors.Is(err, signer.ErrUnknownUTXO) {
		return nil, bus.Retry(err, time.Second) // this node may lag the leader's
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

func decodePayout(data []byte) (*psbt.Packet, error) {
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
// the payout, a valid BIP-340 signature by the federation key of the
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
	pk, err := decodePayout(b.Data)
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

// SubmitBatch implements relay.Batcher: it assembles the witnesses from
// the t batch shares (wallet.AssembleWitness checks every signature),
// records the payout in the book and broadcasts it through the
// operator's own node. A payout the node already has (mempool or chain)
// counts as submitted.
func (p *PayoutBatcher) SubmitBatch(ctx context.Context, b relay.Batch, osigs []relay.OperatorSig) (relay.SubmitResult, error) {
	pk, err := decodePayout(b.Data)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	var all []wallet.Signature
	for _, os := range osigs {
		var sigs []wallet.Signature
		if err := json.Unmarshal(os.Signature, &sigs); err != nil {
			return relay.SubmitResult{}, fmt.Errorf("%w: signatures of %s: %v", relay.ErrBadShare, os.Signer, err)
		}
		all = append(all, sigs...)
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
		return relay.SubmitResult{}, fmt.Errorf("wire: broadcast payout %s: %w", txid, err)
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

// TxReader fetches a transaction by id: *rpcclient.Client.
type TxReader interface {
	GetRawTransaction(txid *chainhash.Hash) (*btcutil.Tx, error)
}

// PayoutFeed is the Bitcoin source's part in payouts and custody
// tracking. For each final payout output the watcher reports, it
//
//   - names the burn it pays: from the PayoutBook (the watcher's
//     resolver), else from the operator's own ledger — the one open BURN
//     to this chain with the output's script and an amount equal to the
//     output's value plus its fee share (none or several: left unnamed,
//     logged);
//   - records the UNLOCK in the Accountant: Amount = output value + fee
//     share (the burn's amount), Fee = the share, where the shares are
//     wallet.FeeShares(Σ inputs − Σ outputs, number of payout outputs)
//     in output order. The ledger refuses an UNLOCK that does not match
//     an open BURN (amount, recipient, chain) — a wrong name cannot make
//     the books pay twice, it raises an alarm;
//   - returns the event with its TransferID, for the bus.
//
// For a final sweep it records the SWEEP record (once per transaction).
// For final sweeps and payouts it adds the transaction's custody outputs
// to the CustodySet and, for payouts, removes the custody outputs they
// spend (both undone when the watcher reports the transaction reorged).
type PayoutFeed struct {
	Chain      chains.ChainID
	Node       TxReader
	Custody    map[string]bool // custody pkScripts
	Book       *PayoutBook
	Set        *CustodySet
	Accountant *Accountant
	Log        zerolog.Logger

	mu    sync.Mutex
	fees  map[chainhash.Hash][]int64 // per payout: fee share of each output (0 for custody)
	swept map[[32]byte]bool          // sweeps (display txid) the ledger holds; loaded on first use
}

// Apply handles one watcher event (sweeps and payouts; others are returned as they are).
func (f *PayoutFeed) Apply(ctx context.Context, ev chains.Event) (chains.Event, error) {
	if ev.Kind != chains.KindSweep && ev.Kind != chains.KindPayout {
		return ev, nil
	}
	txid := chainhash.Hash(reverse32(ev.Ref.TxHash))
	tx, err := f.Node.GetRawTransaction(&txid)
	if err != nil {
		return ev, fmt.Errorf("wire: payout feed: getrawtransaction %s: %w", txid, err)
	}
	var custody []wire.OutPoint
	for i, o := range tx.MsgTx().TxOut {
		if f.Custody[string(o.PkScript)] {
			custody = append(custody, wire.OutPoint{Hash: txid, Index: uint32(i)})
		}
	}
	if f.Set != nil && ev.Kind == chains.KindPayout {
		// A payout spends custody outputs: they leave the set when it is
		// final and come back if it is reorged out.
		var spent []wire.OutPoint
		for _, in := range tx.MsgTx().TxIn {
			if !ev.Reorged {
				spent = append(spent, in.PreviousOutPoint)
				continue
			}
			prev, err := f.Node.GetRawTransaction(&in.PreviousOutPoint.Hash)
			if err != nil {
				return ev, fmt.Errorf("wire: payout feed: input %s: %w", in.PreviousOutPoint, err)
			}
			if o := prev.MsgTx().TxOut; int(in.PreviousOutPoint.Index) < len(o) && f.Custody[string(o[in.PreviousOutPoint.Index].PkScript)] {
				spent = append(spent, in.PreviousOutPoint)
			}
		}
		if ev.Reorged {
			err = f.Set.Add(spent...)
		} else if ev.Final {
			err = f.Set.Remove(spent...)
		}
		if err != nil {
			return ev, err
		}
	}
	if f.Book != nil && ev.Kind == chains.KindPayout && ev.Final && !ev.Reorged {
		// Payouts of the book that spend an input of this final payout
		// can never confirm: their burns are free to be paid again.
		for _, in := range tx.MsgTx().TxIn {
			dead, err := f.Book.Spent(in.PreviousOutPoint, txid)
			if err != nil {
				return ev, err
			}
			for _, h := range dead {
				f.Log.Warn().Str("payout", h.String()).Str("input", in.PreviousOutPoint.String()).Str("spent_by", txid.String()).
					Msg("signed payout can no longer confirm: its burns are released")
			}
		}
	}
	if f.Set != nil && len(custody) > 0 {
		if ev.Reorged {
			err = f.Set.Remove(custody...)
		} else if ev.Final {
			err = f.Set.Add(custody...)
		}
		if err != nil {
			return ev, err
		}
	}
	if ev.Kind == chains.KindSweep && ev.Final && !ev.Reorged && f.Accountant != nil {
		if err := f.recordSweep(ctx, ev, tx.MsgTx()); err != nil {
			return ev, err
		}
	}
	if ev.Kind != chains.KindPayout || !ev.Final || ev.Reorged || ev.Amount == nil {
		return ev, nil
	}
	shares, err := f.feeShares(ctx, tx.MsgTx())
	if err != nil {
		return ev, err
	}
	share := shares[ev.Ref.Index]
	gross := new(big.Int).Add(ev.Amount, big.NewInt(share))
	if ev.TransferID == (chains.TransferID{}) && f.Accountant != nil {
		id, ok, err := f.Accountant.openBurn(ctx, f.Chain, ev.Recipient, gross)
		if err != nil {
			return ev, err
		}
		if ok {
			ev.TransferID = id
		} else {
			f.Log.Warn().Str("ref", ev.Ref.String()).Str("amount", gross.String()).Msg("payout output pays no single open burn of this ledger: not recorded")
		}
	}
	if ev.TransferID == (chains.TransferID{}) || f.Accountant == nil {
		return ev, nil
	}
	if err := f.Accountant.RecordPayout(ctx, ev, gross, big.NewInt(share)); err != nil {
		return ev, err
	}
	f.Log.Info().Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String()).Str("amount", gross.String()).Int64("fee", share).Msg("payout recorded")
	return ev, nil
}

// recordSweep records the SWEEP record of a final sweep once (the
// watcher reports one event per swept deposit): REF is the first
// reported input, Swept the transfer ids of the deposits it spends,
// Amount their total value, Fee = Amount − Σ outputs. A transaction
// whose outputs do not all pay custody is not a sweep of this federation
// and is not recorded.
func (f *PayoutFeed) recordSweep(ctx context.Context, ev chains.Event, tx *wire.MsgTx) error {
	f.mu.Lock()
	if f.swept == nil {
		f.mu.Unlock()
		known, err := f.Accountant.recordedSweeps(ctx)
		if err != nil {
			return err
		}
		f.mu.Lock()
		f.swept = known
	}
	done := f.swept[ev.Ref.TxHash]
	f.mu.Unlock()
	if done {
		return nil
	}
	var amount, out int64
	var ids []chains.TransferID
	for _, in := range tx.TxIn {
		prev, err := f.Node.GetRawTransaction(&in.PreviousOutPoint.Hash)
		if err != nil {
			return fmt.Errorf("wire: sweep %s: input %s: %w", tx.TxHash(), in.PreviousOutPoint, err)
		}
		if int(in.PreviousOutPoint.Index) >= len(prev.MsgTx().TxOut) {
			return fmt.Errorf("wire: sweep %s: input %s does not exist", tx.TxHash(), in.PreviousOutPoint)
		}
		amount += prev.MsgTx().TxOut[in.PreviousOutPoint.Index].Value
		ids = append(ids, chains.BitcoinTransferID(f.Chain, in.PreviousOutPoint.Hash, in.PreviousOutPoint.Index))
	}
	for _, o := range tx.TxOut {
		if !f.Custody[string(o.PkScript)] {
			f.Log.Error().Str("tx", tx.TxHash().String()).Msg("sweep with an output outside custody: no SWEEP record")
			return nil
		}
		out += o.Value
	}
	sort.Slice(ids, func(i, j int) bool { return bytes.Compare(ids[i][:], ids[j][:]) < 0 })
	r := &audit.Record{Kind: audit.KindSweep, Ref: audit.Ref{EventRef: ev.Ref, BlockNum: ev.BlockNum, BlockHash: ev.BlockHash},
		AssetID: ev.AssetID, Swept: ids}
	r.Amount.SetUint64(uint64(amount))
	r.Fee.SetUint64(uint64(max(amount-out, 0)))
	if err := f.Accountant.RecordSweep(ctx, r); err != nil {
		return err
	}
	f.mu.Lock()
	f.swept[ev.Ref.TxHash] = true
	f.mu.Unlock()
	f.Log.Info().Str("tx", tx.TxHash().String()).Int("deposits", len(ids)).Int64("amount", amount).Int64("fee", amount-out).Msg("sweep recorded")
	return nil
}

// RecordSweep puts a SWEEP record into the ledger. A record the ledger
// refuses is logged, not returned (as Record does); a store failure is
// returned.
func (a *Accountant) RecordSweep(ctx context.Context, r *audit.Record) error {
	if r.Kind != audit.KindSweep {
		return fmt.Errorf("wire: RecordSweep of a %s record", r.Kind)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.commit(ctx, []*audit.Record{r}); err != nil {
		if errors.Is(err, audit.ErrTransition) || errors.Is(err, audit.ErrInvariant) {
			a.log.Error().Err(err).Str("ref", r.Ref.EventRef.String()).Msg("sweep not recorded")
			return nil
		}
		return err
	}
	return nil
}

// recordedSweeps returns the sweep transactions (Ref.TxHash) the ledger holds.
func (a *Accountant) recordedSweeps(ctx context.Context) (map[[32]byte]bool, error) {
	out := map[[32]byte]bool{}
	err := a.store.Blocks(ctx, 0, func(b *audit.Block) error {
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			if r.Kind == audit.KindSweep {
				out[r.Ref.TxHash] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("wire: audit store: %w", err)
	}
	return out, nil
}

// feeShares computes the fee share of every output of payout tx: the fee
// (inputs read from the node) split over its non-custody outputs in
// output order, as wallet.BuildPayout charges it.
func (f *PayoutFeed) feeShares(_ context.Context, tx *wire.MsgTx) ([]int64, error) {
	txid := tx.TxHash()
	f.mu.Lock()
	if s, ok := f.fees[txid]; ok {
		f.mu.Unlock()
		return s, nil
	}
	f.mu.Unlock()
	var in, out int64
	for _, txin := range tx.TxIn {
		prev, err := f.Node.GetRawTransaction(&txin.PreviousOutPoint.Hash)
		if err != nil {
			return nil, fmt.Errorf("wire: payout feed: input %s: %w", txin.PreviousOutPoint, err)
		}
		if int(txin.PreviousOutPoint.Index) >= len(prev.MsgTx().TxOut) {
			return nil, fmt.Errorf("wire: payout feed: input %s does not exist", txin.PreviousOutPoint)
		}
		in += prev.MsgTx().TxOut[txin.PreviousOutPoint.Index].Value
	}
	var paid []int
	for i, o := range tx.TxOut {
		out += o.Value
		if !f.Custody[string(o.PkScript)] {
			paid = append(paid, i)
		}
	}
	shares := make([]int64, len(tx.TxOut))
	if len(paid) > 0 && in > out {
		s := wallet.FeeShares(in-out, len(paid))
		for k, i := range paid {
			shares[i] = s[k]
		}
	}
	f.mu.Lock()
	if f.fees == nil || len(f.fees) > 1024 {
		f.fees = map[chainhash.Hash][]int64{}
	}
	f.fees[txid] = shares
	f.mu.Unlock()
	return shares, nil
}

// RecordPayout records the UNLOCK of a Bitcoin payout output in the
// ledger: ev is the final KindPayout event with its TransferID, amount
// the burn amount it settles (output value + fee share), fee the share.
// Like Record, it keeps the UNLOCK until the BURN is recorded, skips one
// it holds, and logs (not returns) a refusal of the ledger.
func (a *Accountant) RecordPayout(ctx context.Context, ev chains.Event, amount, fee *big.Int) error {
	amt, ov1 := uint256.FromBig(amount)
	f, ov2 := uint256.FromBig(fee)
	if ov1 || ov2 || amount.Sign() < 0 || fee.Sign() < 0 {
		return fmt.Errorf("wire: payout %s: amount %v or fee %v out of range", ev.Ref, amount, fee)
	}
	r := &audit.Record{Kind: audit.KindUnlock, Ref: audit.Ref{EventRef: ev.Ref, BlockNum: ev.BlockNum, BlockHash: ev.BlockHash},
		TransferID: ev.TransferID, AssetID: ev.AssetID, Amount: *amt, Fee: *f, Recipient: bytes.Clone(ev.Recipient)}
	if _, err := r.Encode(); err != nil {
		return fmt.Errorf("wire: payout %s: %w", ev.Ref, err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.recordDest(ctx, r)
}

// openBurn finds the single BURN of the ledger to chain, not executed,
// with this recipient and amount.
func (a *Accountant) openBurn(ctx context.Context, chain chains.ChainID, recipient []byte, amount *big.Int) (chains.TransferID, bool, error) {
	want, ov := uint256.FromBig(amount)
	if ov {
		return chains.TransferID{}, false, nil
	}
	var found []chains.TransferID
	err := a.store.Blocks(ctx, 0, func(b *audit.Block) error {
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			if r.Kind == audit.KindBurn && r.DstChain == chain && r.Amount.Eq(want) && bytes.Equal(r.Recipient, recipient) {
				found = append(found, r.TransferID)
			}
		}
		return nil
	})
	if err != nil {
		return chains.TransferID{}, false, fmt.Errorf("wire: audit store: %w", err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	var open []chains.TransferID
	for _, id := range found {
		if !a.done[id] {
			open = append(open, id)
		}
	}
	if len(open) != 1 {
		return chains.TransferID{}, false, nil
	}
	return open[0], true, nil
}
