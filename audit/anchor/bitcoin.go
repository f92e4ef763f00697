package anchor

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
)

// BitcoinReader is what the Bitcoin checker needs from a btcd RPC client;
// *rpcclient.Client implements it.
type BitcoinReader interface {
	GetRawTransactionVerbose(txid *chainhash.Hash) (*btcjson.TxRawResult, error)
	GetBlockHeaderVerbose(hash *chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error)
}

// BitcoinNode is what the Bitcoin anchorer needs; *rpcclient.Client
// implements it.
type BitcoinNode interface {
	BitcoinReader
	GetTxOut(txHash *chainhash.Hash, index uint32, mempool bool) (*btcjson.GetTxOutResult, error)
	SendRawTransaction(tx *wire.MsgTx, allowHighFees bool) (*chainhash.Hash, error)
}

// KeyType is the output type of the anchoring key.
type KeyType uint8

// Key types. P2WPKH spends with an ECDSA signature; P2TR is a BIP-86 key
// path (no script tree) with a Schnorr signature.
const (
	P2WPKH KeyType = iota
	P2TR
)

// Coin is one output of the anchoring key. SpentBy is set, before it is
// broadcast, on a coin that an anchor transaction spends: on the next load
// the coin is dropped if the node knows that transaction, kept otherwise
// (the broadcast never happened), so a crash between save and broadcast
// loses nothing and never double-spends.
type Coin struct {
	OutPoint wire.OutPoint   `json:"outpoint"`
	SpentBy  *chainhash.Hash `json:"spentBy,omitempty"`
}

// CoinStore persists the anchorer's coins. The operator funds the key and
// saves the funding outpoint(s) in it once; after that the anchorer keeps
// it current (each anchor transaction's change is the next coin).
// FileCoins and MemCoins implement it.
type CoinStore interface {
	Load(ctx context.Context) ([]Coin, error)
	Save(ctx context.Context, coins []Coin) error
}

// BitcoinConfig configures a BitcoinAnchorer.
type BitcoinConfig struct {
	// Chain is the configured Bitcoin chain id (regtest devnet: 18444).
	Chain chains.ChainID
	Node  BitcoinNode
	// Key pays for the anchors; KeyType says how its output is built.
	Key     *btcec.PrivateKey
	KeyType KeyType
	Coins   CoinStore
	// FeeRate in sat/vB (≥ 1, the default relay minimum; at most 10 000).
	FeeRate uint64
	// Confirmations is the depth at which an anchor is final (≥ 1).
	Confirmations uint32
	// PollInterval is how often Wait asks the node (default 1s).
	PollInterval time.Duration
}

// Option customises an anchorer.
type Option func(*options)

type options struct{ log zerolog.Logger }

// WithLogger sets the logger (a "component" field is added). Keys are never logged.
func WithLogger(l zerolog.Logger) Option { return func(o *options) { o.log = l } }

func apply(opts []Option) options {
	o := options{log: zerolog.Nop()}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// BitcoinAnchorer writes audit head hashes into Bitcoin: one standard
// transaction per anchor, spending the key's coins, with output 0 the
// OP_RETURN payload and output 1 the change back to the key. It implements
// audit.Anchorer. Calls are serialised.
type BitcoinAnchorer struct {
	cfg      BitcoinConfig
	pkScript []byte
	log      zerolog.Logger
	mu       sync.Mutex
}

// maxFeeRate bounds a misconfigured fee rate (sat/vB).
const maxFeeRate = 10_000

// NewBitcoin validates cfg and returns a BitcoinAnchorer.
func NewBitcoin(cfg BitcoinConfig, opts ...Option) (*BitcoinAnchorer, error) {
	switch {
	case cfg.Node == nil:
		return nil, fmt.Errorf("%w: Node is required", ErrConfig)
	case cfg.Key == nil:
		return nil, fmt.Errorf("%w: Key is required", ErrConfig)
	case cfg.Coins == nil:
		return nil, fmt.Errorf("%w: Coins is required", ErrConfig)
	case cfg.FeeRate < 1 || cfg.FeeRate > maxFeeRate:
		return nil, fmt.Errorf("%w: FeeRate %d sat/vB outside [1, %d]", ErrConfig, cfg.FeeRate, maxFeeRate)
	case cfg.Confirmations == 0:
		return nil, fmt.Errorf("%w: Confirmations must be at least 1", ErrConfig)
	case cfg.Chain == 0:
		return nil, fmt.Errorf("%w: Chain is required", ErrConfig)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	script, err := KeyScript(cfg.Key.PubKey(), cfg.KeyType)
	if err != nil {
		return nil, err
	}
	o := apply(opts)
	return &BitcoinAnchorer{cfg: cfg, pkScript: script, log: o.log.With().Str("component", "audit-anchor-btc").Logger()}, nil
}

// KeyScript returns the scriptPubKey the anchoring key is funded at.
func KeyScript(pub *btcec.PublicKey, kt KeyType) ([]byte, error) {
	switch kt {
	case P2WPKH:
		return append([]byte{txscript.OP_0, txscript.OP_DATA_20}, btcutil.Hash160(pub.SerializeCompressed())...), nil
	case P2TR:
		return txscript.PayToTaprootScript(txscript.ComputeTaprootKeyNoScript(pub))
	}
	return nil, fmt.Errorf("%w: unknown key type %d", ErrConfig, kt)
}

// PkScript returns the scriptPubKey the operator funds.
func (a *BitcoinAnchorer) PkScript() []byte { return bytes.Clone(a.pkScript) }

// Anchor sends an anchor transaction for (height, hash) and waits until it
// is final; it returns the reference an ANCHOR record carries (the
// OP_RETURN output, index 0, and its block). It implements audit.Anchorer.
func (a *BitcoinAnchorer) Anchor(ctx context.Context, height uint64, hash [32]byte) (audit.Ref, error) {
	txid, err := a.Send(ctx, height, hash)
	if err != nil {
		return audit.Ref{}, err
	}
	return a.Wait(ctx, txid)
}

// Send builds, signs and broadcasts the anchor transaction and returns its
// txid. Errors: ErrFunds (the coins cannot pay the fee and a change output
// above the dust limit: fund PkScript and add the outpoint to the coin
// store), ErrNode.
func (a *BitcoinAnchorer) Send(ctx context.Context, height uint64, hash [32]byte) (chainhash.Hash, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	stored, err := a.cfg.Coins.Load(ctx)
	if err != nil {
		return chainhash.Hash{}, fmt.Errorf("anchor: load coins: %w", err)
	}
	coins, err := a.spendable(ctx, stored)
	if err != nil {
		return chainhash.Hash{}, err
	}
	tx, used, err := a.build(coins, height, hash)
	if err != nil {
		return chainhash.Hash{}, err
	}
	txid := tx.TxHash()
	// Save before broadcasting: spent coins marked, the change added.
	next := []Coin{{OutPoint: wire.OutPoint{Hash: txid, Index: 1}}}
	for _, c := range coins {
		c := Coin{OutPoint: c.op}
		if used[c.OutPoint] {
			c.SpentBy = &txid
		}
		next = append(next, c)
	}
	if err := a.cfg.Coins.Save(ctx, next); err != nil {
		return chainhash.Hash{}, fmt.Errorf("anchor: save coins: %w", err)
	}
	if _, err := call(ctx, "sendrawtransaction", func() (*chainhash.Hash, error) { return a.cfg.Node.SendRawTransaction(tx, false) }); err != nil {
		return chainhash.Hash{}, err
	}
	a.log.Info().Uint64("height", height).Hex("hash", hash[:]).Str("txid", txid.String()).
		Int64("fee", feeOf(tx, coins)).Msg("anchor sent")
	return txid, nil
}

// Wait waits until txid has Confirmations confirmations on the node's best
// chain and returns the anchor reference (output 0). Errors: ErrDropped
// (the node no longer knows the transaction), ErrNode, ctx's error.
func (a *BitcoinAnchorer) Wait(ctx context.Context, txid chainhash.Hash) (audit.Ref, error) {
	t := time.NewTicker(a.cfg.PollInterval)
	defer t.Stop()
	for {
		ft, err := readFinal(ctx, a.cfg.Node, txid, a.cfg.Confirmations)
		switch {
		case err == nil:
			return audit.Ref{
				EventRef:  chains.EventRef{Chain: a.cfg.Chain, TxHash: displayOrder(txid), Index: 0},
				BlockNum:  uint64(ft.height),
				BlockHash: displayOrder(ft.block),
			}, nil
		case errors.Is(err, errUnknownTx):
			return audit.Ref{}, fmt.Errorf("%w: %s is unknown to the node (evicted, or reorged out and conflicted)", ErrDropped, txid)
		case !errors.Is(err, ErrNotFinal):
			return audit.Ref{}, err
		}
		select {
		case <-ctx.Done():
			return audit.Ref{}, ctx.Err()
		case <-t.C:
		}
	}
}

// coin is a spendable coin with its value.
type coin struct {
	op    wire.OutPoint
	value int64
}

// spendable resolves stored coins against the node: coins an anchor
// transaction the node knows has spent are dropped, and so are outputs
// that do not exist (a change of a transaction never broadcast) or do not
// pay the key. Largest first.
func (a *BitcoinAnchorer) spendable(ctx context.Context, stored []Coin) ([]coin, error) {
	var out []coin
	seen := map[wire.OutPoint]bool{}
	for _, c := range stored {
		if seen[c.OutPoint] {
			continue
		}
		seen[c.OutPoint] = true
		if c.SpentBy != nil {
			_, err := call(ctx, "getrawtransaction", func() (*btcjson.TxRawResult, error) { return a.cfg.Node.GetRawTransactionVerbose(c.SpentBy) })
			if err == nil {
				continue // spent by a transaction the node has
			}
			if !isUnknownTx(err) {
				return nil, err
			}
		}
		res, err := call(ctx, "gettxout", func() (*btcjson.GetTxOutResult, error) {
			return a.cfg.Node.GetTxOut(&c.OutPoint.Hash, c.OutPoint.Index, true)
		})
		if err != nil {
			return nil, err
		}
		if res == nil {
			a.log.Debug().Str("outpoint", c.OutPoint.String()).Msg("coin spent or unknown; dropped")
			continue
		}
		if res.ScriptPubKey.Hex != hex.EncodeToString(a.pkScript) {
			a.log.Warn().Str("outpoint", c.OutPoint.String()).Msg("coin does not pay the anchoring key; dropped")
			continue
		}
		if res.Coinbase && res.Confirmations < 100 {
			continue // immature
		}
		amt, err := btcutil.NewAmount(res.Value)
		if err != nil {
			return nil, fmt.Errorf("%w: gettxout value %v: %w", ErrNode, res.Value, err)
		}
		out = append(out, coin{op: c.OutPoint, value: int64(amt)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].value > out[j].value })
	return out, nil
}

// build selects coins (largest first) and returns the signed transaction
// and the coins it spends.
func (a *BitcoinAnchorer) build(coins []coin, height uint64, hash [32]byte) (*wire.MsgTx, map[wire.OutPoint]bool, error) {
	dust := bitcoin.DustLimit(a.pkScript)
	var total int64
	for n := 1; n <= len(coins); n++ {
		total += coins[n-1].value
		tx := wire.NewMsgTx(2)
		for _, c := range coins[:n] {
			// Opt in to replacement so that an operator can bump a stuck anchor.
			tx.AddTxIn(&wire.TxIn{PreviousOutPoint: c.op, Sequence: wire.MaxTxInSequenceNum - 2})
		}
		tx.AddTxOut(wire.NewTxOut(0, PayloadScript(height, hash)))
		tx.AddTxOut(wire.NewTxOut(total, a.pkScript))
		// Sign once to measure, then set the fee (+1 vB: an ECDSA signature
		// may come out one byte longer) and sign again.
		if err := a.sign(tx, coins[:n]); err != nil {
			return nil, nil, err
		}
		fee := bitcoin.FeeFor(bitcoin.VSize(tx)+1, a.cfg.FeeRate)
		if total-fee < dust {
			continue
		}
		tx.TxOut[1].Value = total - fee
		if err := a.sign(tx, coins[:n]); err != nil {
			return nil, nil, err
		}
		used := map[wire.OutPoint]bool{}
		for _, c := range coins[:n] {
			used[c.op] = true
		}
		return tx, used, nil
	}
	return nil, nil, fmt.Errorf("%w: %d sat in %d coins of %x cannot pay the fee at %d sat/vB and a change of at least %d sat",
		ErrFunds, total, len(coins), a.pkScript, a.cfg.FeeRate, dust)
}

func (a *BitcoinAnchorer) sign(tx *wire.MsgTx, coins []coin) error {
	prev := map[wire.OutPoint]*wire.TxOut{}
	for _, c := range coins {
		prev[c.op] = wire.NewTxOut(c.value, a.pkScript)
	}
	hashes := txscript.NewTxSigHashes(tx, txscript.NewMultiPrevOutFetcher(prev))
	for i, c := range coins {
		var wit wire.TxWitness
		var err error
		if a.cfg.KeyType == P2TR {
			wit, err = txscript.TaprootWitnessSignature(tx, hashes, i, c.value, a.pkScript, txscript.SigHashDefault, a.cfg.Key)
		} else {
			wit, err = txscript.WitnessSignature(tx, hashes, i, c.value, a.pkScript, txscript.SigHashAll, a.cfg.Key, true)
		}
		if err != nil {
			return fmt.Errorf("anchor: sign input %d: %w", i, err)
		}
		tx.TxIn[i].Witness = wit
	}
	return nil
}

func feeOf(tx *wire.MsgTx, coins []coin) int64 {
	var in, out int64
	spent := map[wire.OutPoint]bool{}
	for _, ti := range tx.TxIn {
		spent[ti.PreviousOutPoint] = true
	}
	for _, c := range coins {
		if spent[c.op] {
			in += c.value
		}
	}
	for _, o := range tx.TxOut {
		out += o.Value
	}
	return in - out
}

// finalTx is a transaction in a block with enough confirmations.
type finalTx struct {
	tx     *wire.MsgTx
	height int64
	block  chainhash.Hash
	confs  int64
}

var errUnknownTx = errors.New("transaction unknown to the node")

func isUnknownTx(err error) bool {
	var rpcErr *btcjson.RPCError
	return errors.As(err, &rpcErr) && rpcErr.Code == btcjson.ErrRPCNoTxInfo
}

// readFinal reads txid and checks that its block is on the best chain
// with at least confs confirmations, through the Bitcoin side's one
// finality read (watcher.ReadFinalTx). Errors: ErrNotFinal (also wrapping
// errUnknownTx when the node does not know it), ErrNode, ctx's error.
func readFinal(ctx context.Context, node BitcoinReader, txid chainhash.Hash, confs uint32) (*finalTx, error) {
	ft, err := watcher.ReadFinalTx(ctx, node, txid, confs)
	switch {
	case err == nil:
		return &finalTx{tx: ft.Tx, height: ft.Height, block: ft.BlockHash, confs: int64(ft.Confirmations)}, nil
	case errors.Is(err, watcher.ErrUnknownTx):
		return nil, fmt.Errorf("%w: %w: %s", ErrNotFinal, errUnknownTx, txid)
	case errors.Is(err, watcher.ErrNotFinal):
		return nil, fmt.Errorf("%w: %w", ErrNotFinal, err)
	case errors.Is(err, watcher.ErrNode):
		return nil, fmt.Errorf("%w: %w", ErrNode, err)
	default:
		return nil, err
	}
}

// displayOrder reverses a hash into RPC display order (the order of
// audit references and transfer ids).
func displayOrder(h [32]byte) [32]byte {
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		h[i], h[j] = h[j], h[i]
	}
	return h
}
