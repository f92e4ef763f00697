package watcher

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/rs/zerolog"
)

// Errors.
var (
	ErrConfig    = errors.New("watcher: invalid config")
	ErrNode      = errors.New("watcher: bitcoin node")
	ErrCursor    = errors.New("watcher: cursor")
	ErrHook      = errors.New("watcher: range hook")
	ErrDeepReorg = errors.New("watcher: reorg deeper than the remembered blocks")
	ErrNotFinal  = errors.New("watcher: transaction not final")
	ErrNotFound  = errors.New("watcher: no such deposit")
	ErrRejected  = errors.New("watcher: deposit rejected")
	ErrTooLate   = errors.New("watcher: deposit too close to its refund locktime to mint")
)

// Node is the part of a btcd RPC client the watcher and verifier use;
// *rpcclient.Client implements it.
type Node interface {
	GetBlockCount() (int64, error)
	GetBlockHash(height int64) (*chainhash.Hash, error)
	GetBlock(hash *chainhash.Hash) (*wire.MsgBlock, error)
	GetRawTransaction(txid *chainhash.Hash) (*btcutil.Tx, error)
	GetRawTransactionVerbose(txid *chainhash.Hash) (*btcjson.TxRawResult, error)
	GetBlockHeaderVerbose(hash *chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error)
}

// Position is the last block the watcher finished: its height and hash
// (JSON: the hash in display order, as btcd prints it).
type Position struct {
	Height int64          `json:"height"`
	Hash   chainhash.Hash `json:"hash"`
}

// Cursor persists the watcher's Position; the relay stores it durably.
// Load returns ok=false when nothing was saved yet.
type Cursor = chains.Cursor[Position]

// PayoutResolver names the burn a payout output pays, for KindPayout events.
// It returns ok=false for an output it does not know (TransferID stays zero).
type PayoutResolver func(txid chainhash.Hash, vout uint32) (chains.TransferID, bool)

// Config configures a Watcher (and a Verifier, which uses the deposit rules).
type Config struct {
	// Chain is the configured chain id (regtest devnet: 18444).
	Chain chains.ChainID
	// Federations are the epochs deposits may be made to: current and previous.
	Federations []bitcoin.Federation
	// Confirmations is the depth at which a block is final (≥ 1).
	Confirmations uint32
	// MinDeposit is the smallest accepted deposit, in satoshis.
	MinDeposit int64
	// RefundMargin is how many blocks must remain between finality and the
	// refund locktime for a deposit to be accepted.
	RefundMargin uint32
	// MintCutoff is used by the Verifier only: VerifyDeposit refuses
	// (ErrTooLate) a deposit whose locktime is fewer than MintCutoff blocks
	// above the node's tip, because its depositor could soon refund it and
	// a mint signed now might land after the refund. Zero means
	// RefundMargin / 2.
	MintCutoff uint32
	// Deadline turns an accepted deposit's refund locktime into the
	// deadline of its mint (chains.Event.Deadline), which the Verifier
	// sets on the events it returns. A protocol parameter, like
	// RefundMargin; zero fields mean bitcoin's defaults.
	Deadline bitcoin.DeadlineRule
	// DstChains, when not empty, lists the destination chains served.
	DstChains []chains.ChainID
	// StartHeight is the first block scanned when the cursor is empty.
	StartHeight int64
	// PollInterval is how often Run asks for new blocks (default 1s).
	PollInterval time.Duration
	// ReorgWindow is how many processed blocks are remembered to detect and
	// roll back a reorg deeper than Confirmations (default 100).
	ReorgWindow int
}

func (c Config) rules() (*rules, error) {
	if c.Confirmations == 0 {
		return nil, fmt.Errorf("%w: Confirmations must be at least 1", ErrConfig)
	}
	if len(c.Federations) == 0 {
		return nil, fmt.Errorf("%w: no federation epochs", ErrConfig)
	}
	for _, f := range c.Federations {
		if err := f.Validate(); err != nil {
			return nil, fmt.Errorf("%w: epoch %d: %w", ErrConfig, f.Epoch, err)
		}
	}
	if c.MinDeposit < 0 {
		return nil, fmt.Errorf("%w: negative MinDeposit", ErrConfig)
	}
	r := &rules{chain: c.Chain, asset: chains.ComputeAssetID(c.Chain, nil), feds: c.Federations,
		confirmations: c.Confirmations, minDeposit: c.MinDeposit, refundMargin: c.RefundMargin, mintCutoff: c.MintCutoff,
		deadline: c.Deadline}
	if r.mintCutoff == 0 {
		r.mintCutoff = c.RefundMargin / 2
	}
	if len(c.DstChains) > 0 {
		r.dstChains = map[chains.ChainID]bool{}
		for _, d := range c.DstChains {
			r.dstChains[d] = true
		}
	}
	return r, nil
}

// Option customises a Watcher.
type Option func(*Watcher)

// WithLogger sets the logger (a "component" field is added).
func WithLogger(l zerolog.Logger) Option {
	return func(w *Watcher) { w.log = l.With().Str("component", "bitcoin-watcher").Logger() }
}

// WithFinalBlock calls f with every block once it is final, after its
// events were delivered (e.g. wallet.UTXOSet.ApplyBlock).
func WithFinalBlock(f func(height int64, blk *wire.MsgBlock)) Option {
	return func(w *Watcher) { w.onBlock = f }
}

// WithPayoutResolver sets how payout outputs are mapped to burns.
func WithPayoutResolver(r PayoutResolver) Option { return func(w *Watcher) { w.resolve = r } }

// processed is a block the watcher finished, kept for reorg roll-back.
type processed struct {
	pos    Position
	events []chains.Event
	known  bool // events were produced by this instance
}

// Watcher follows final blocks of one btcd node and reports deposits,
// rejections, sweeps, payouts and refunds.
type Watcher struct {
	cfg     Config
	rules   *rules
	node    Node
	cursor  Cursor
	log     zerolog.Logger
	resolve PayoutResolver
	onBlock func(int64, *wire.MsgBlock)
	recent  []processed // oldest first, at most cfg.ReorgWindow
	pos     *Position
	custody map[string]bool // custody scriptPubKeys of every epoch
	prevTx  map[chainhash.Hash]*wire.MsgTx
}

// New validates cfg and returns a Watcher.
func New(cfg Config, node Node, cursor Cursor, opts ...Option) (*Watcher, error) {
	r, err := cfg.rules()
	if err != nil {
		return nil, err
	}
	if node == nil || cursor == nil {
		return nil, fmt.Errorf("%w: node and cursor are required", ErrConfig)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.ReorgWindow <= 0 {
		cfg.ReorgWindow = 100
	}
	w := &Watcher{cfg: cfg, rules: r, node: node, cursor: cursor, log: zerolog.Nop(), custody: map[string]bool{}, prevTx: map[chainhash.Hash]*wire.MsgTx{}}
	for _, f := range cfg.Federations {
		c, err := bitcoin.NewCustodyOutput(f)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
		w.custody[string(c.PkScript())] = true
	}
	for _, o := range opts {
		o(w)
	}
	return w, nil
}

// Run polls until ctx ends, delivering events to sink. It returns ctx's
// error, or the first error of the sink, the cursor, or a deep reorg.
// Transient node errors are logged and retried.
func (w *Watcher) Run(ctx context.Context, sink chains.Sink) error {
	return w.RunRange(ctx, nil, sink)
}

// RunRange is Run with a chains.RangeHook given each block's final events
// before any of them goes to sink (nil: none). A hook error is logged and
// the block is retried at the next poll, as a node error is.
func (w *Watcher) RunRange(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := w.PollRange(ctx, hook, sink); err != nil {
			if !errors.Is(err, ErrNode) && !errors.Is(err, ErrHook) {
				return err
			}
			w.log.Warn().Err(err).Msg("poll failed; retrying")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Poll processes every block that became final since the last call.
func (w *Watcher) Poll(ctx context.Context, sink chains.Sink) error {
	return w.PollRange(ctx, nil, sink)
}

// PollRange is Poll with a chains.RangeHook given each block's final
// events (when it has any) before any of them goes to sink. When the hook
// fails, PollRange returns an ErrHook error and the cursor stays before
// that block, so the next poll gives the block to the hook again.
func (w *Watcher) PollRange(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	if w.pos == nil {
		if err := w.load(ctx); err != nil {
			return err
		}
	}
	if err := w.rollBack(ctx, sink); err != nil {
		return err
	}
	tip, err := call(ctx, "getblockcount", w.node.GetBlockCount)
	if err != nil {
		return err
	}
	lastFinal := tip - int64(w.cfg.Confirmations) + 1
	for h := w.pos.Height + 1; h <= lastFinal; h++ {
		moved, err := w.finalBlock(ctx, h, tip, hook, sink)
		if err != nil {
			return err
		}
		if moved {
			// The chain changed under us between calls; roll back next poll.
			return w.rollBack(ctx, sink)
		}
	}
	return nil
}

// load reads the cursor, or starts before StartHeight.
func (w *Watcher) load(ctx context.Context) error {
	pos, ok, err := w.cursor.Load(ctx)
	if err != nil {
		return fmt.Errorf("%w: load: %w", ErrCursor, err)
	}
	if !ok {
		start := max(w.cfg.StartHeight, 1) - 1
		h, err := call(ctx, "getblockhash", func() (*chainhash.Hash, error) { return w.node.GetBlockHash(start) })
		if err != nil {
			return err
		}
		pos = Position{Height: start, Hash: *h}
	}
	w.pos = &pos
	w.recent = []processed{{pos: pos}}
	return nil
}

// finalBlock delivers the events of the final block at height h (hook
// first, then sink) and moves the cursor past it. It reports moved when
// the block no longer builds on the cursor's block.
func (w *Watcher) finalBlock(ctx context.Context, h, tip int64, hook chains.RangeHook, sink chains.Sink) (moved bool, err error) {
	hash, err := call(ctx, "getblockhash", func() (*chainhash.Hash, error) { return w.node.GetBlockHash(h) })
	if err != nil {
		return false, err
	}
	blk, err := call(ctx, "getblock", func() (*wire.MsgBlock, error) { return w.node.GetBlock(hash) })
	if err != nil {
		return false, err
	}
	if blk.Header.PrevBlock != w.pos.Hash {
		return true, nil
	}
	evs, err := w.blockEvents(ctx, blk, h, tip, true)
	if err != nil {
		return false, err
	}
	if hook != nil && len(evs) > 0 {
		if err := hook(ctx, slices.Clone(evs)); err != nil {
			return false, fmt.Errorf("%w: block %d: %w", ErrHook, h, err)
		}
	}
	for _, ev := range evs {
		if err := sink(ctx, ev); err != nil {
			return false, err
		}
	}
	pos := Position{Height: h, Hash: *hash}
	if err := w.cursor.Save(ctx, pos); err != nil {
		return false, fmt.Errorf("%w: save: %w", ErrCursor, err)
	}
	w.pos = &pos
	if w.onBlock != nil {
		w.onBlock(h, blk)
	}
	w.recent = append(w.recent, processed{pos: pos, events: evs, known: true})
	if len(w.recent) > w.cfg.ReorgWindow {
		w.recent = w.recent[1:]
	}
	if len(evs) > 0 {
		w.log.Info().Int64("height", h).Int("events", len(evs)).Msg("final block")
	}
	return false, nil
}

// rollBack compares the last processed block with the node's best chain.
// Blocks no longer on it are dropped, newest first, and their events re-sent
// with Reorged set: they had been final, so this is an alarm for the relay.
// Blocks processed by this instance are remembered with their events (up
// to ReorgWindow); older ones, or those before a restart, are re-read from
// the node by hash (btcd keeps blocks of abandoned branches) and their events
// recomputed, skipping what can no longer be looked up.
func (w *Watcher) rollBack(ctx context.Context, sink chains.Sink) error {
	for {
		last := w.recent[len(w.recent)-1]
		h, err := call(ctx, "getblockhash", func() (*chainhash.Hash, error) { return w.node.GetBlockHash(last.pos.Height) })
		if err == nil && *h == last.pos.Hash {
			return nil
		}
		if err != nil && !isOutOfRange(err) {
			return err
		}
		if last.pos.Height <= 0 {
			return fmt.Errorf("%w: genesis %s is not on the best chain", ErrDeepReorg, last.pos.Hash)
		}
		blk, err := call(ctx, "getblock", func() (*wire.MsgBlock, error) { return w.node.GetBlock(&last.pos.Hash) })
		if err != nil {
			return fmt.Errorf("%w: block %d %s left the best chain and cannot be re-read: %w", ErrDeepReorg, last.pos.Height, last.pos.Hash, err)
		}
		evs := last.events
		if !last.known {
			if evs, err = w.blockEvents(ctx, blk, last.pos.Height, last.pos.Height, false); err != nil {
				return err
			}
		}
		w.log.Error().Int64("height", last.pos.Height).Str("hash", last.pos.Hash.String()).Int("events", len(evs)).
			Msg("final block reorged out")
		for i := len(evs) - 1; i >= 0; i-- {
			ev := evs[i]
			ev.Reorged, ev.Final = true, false
			if err := sink(ctx, ev); err != nil {
				return err
			}
		}
		w.recent = w.recent[:len(w.recent)-1]
		if len(w.recent) == 0 {
			w.recent = []processed{{pos: Position{Height: last.pos.Height - 1, Hash: blk.Header.PrevBlock}}}
		}
		prev := w.recent[len(w.recent)-1].pos
		if err := w.cursor.Save(ctx, prev); err != nil {
			return fmt.Errorf("%w: save: %w", ErrCursor, err)
		}
		w.pos = &prev
	}
}

func isOutOfRange(err error) bool {
	var rpcErr *btcjson.RPCError
	return errors.As(err, &rpcErr) && rpcErr.Code == btcjson.ErrRPCOutOfRange
}

// blockEvents classifies every transaction of a final block. With strict
// off, inputs whose spent transaction the node no longer has are skipped.
func (w *Watcher) blockEvents(ctx context.Context, blk *wire.MsgBlock, height, tip int64, strict bool) ([]chains.Event, error) {
	var out []chains.Event
	hash := blk.BlockHash()
	fin := chains.Finality{Confirmations: uint64(tip - height + 1), Final: true}
	for _, tx := range blk.Transactions[1:] {
		evs, err := w.txEvents(ctx, tx, height, strict)
		if err != nil {
			return nil, err
		}
		for _, ev := range evs {
			ev.BlockHash = displayOrder(hash)
			ev.Finality = fin
			out = append(out, ev)
		}
	}
	return out, nil
}

// txEvents returns the deposit (or rejection), sweeps, refunds and payouts in tx.
func (w *Watcher) txEvents(ctx context.Context, tx *wire.MsgTx, height int64, strict bool) ([]chains.Event, error) {
	var out []chains.Event
	if ev := w.rules.depositEvent(tx, height); ev != nil {
		out = append(out, *ev)
	}
	custodySpend := false
	for i, in := range tx.TxIn {
		kind, fed := w.rules.classifySpend(in.Witness)
		if kind == spendNone {
			continue
		}
		prev, err := w.prevOut(ctx, in.PreviousOutPoint)
		if err != nil {
			if !strict && errors.Is(err, ErrNode) {
				continue
			}
			return nil, err
		}
		prevOut := prev.TxOut[in.PreviousOutPoint.Index]
		switch kind {
		case spendCustody:
			if w.custody[string(prevOut.PkScript)] {
				custodySpend = true
			}
		case spendMint, spendRefund:
			// Confirm the spent output is a deposit: rebuild it from the
			// payload of the transaction that created it.
			if !w.isDeposit(prev, in.PreviousOutPoint.Index, fed) {
				continue
			}
			ev := w.rules.base(tx, height, uint32(i))
			ev.Kind = chains.KindSweep
			if kind == spendRefund {
				ev.Kind = chains.KindRefund
			}
			ev.TransferID = chains.BitcoinTransferID(w.cfg.Chain, in.PreviousOutPoint.Hash, in.PreviousOutPoint.Index)
			ev.Amount = big.NewInt(prevOut.Value)
			out = append(out, *ev)
		}
	}
	if custodySpend {
		txid := tx.TxHash()
		for vout, o := range tx.TxOut {
			if w.custody[string(o.PkScript)] || bitcoin.CheckStandardPayment(o.PkScript) != nil {
				continue
			}
			ev := w.rules.base(tx, height, uint32(vout))
			ev.Kind = chains.KindPayout
			ev.TransferID = chains.TransferID{}
			if w.resolve != nil {
				if id, ok := w.resolve(txid, uint32(vout)); ok {
					ev.TransferID = id
				}
			}
			ev.Amount = big.NewInt(o.Value)
			ev.Recipient = append([]byte(nil), o.PkScript...)
			out = append(out, *ev)
		}
	}
	return out, nil
}

// isDeposit reports whether output vout of prev is a deposit output of a
// configured epoch (fed, when the witness named one) for prev's payload.
func (w *Watcher) isDeposit(prev *wire.MsgTx, vout uint32, fed *bitcoin.Federation) bool {
	var data []byte
	for _, o := range prev.TxOut {
		if d := bitcoin.PayloadFromScript(o.PkScript); bitcoin.IsPayloadCandidate(d) {
			data = d
			break
		}
	}
	p, err := bitcoin.DecodePayload(data)
	if err != nil {
		return false
	}
	for _, f := range w.cfg.Federations {
		if fed != nil && f.Epoch != fed.Epoch {
			continue
		}
		out, err := bitcoin.NewDepositOutput(p, f.Signers)
		if err == nil && bytes.Equal(out.PkScript(), prev.TxOut[vout].PkScript) {
			return true
		}
	}
	return false
}

func (w *Watcher) prevOut(ctx context.Context, op wire.OutPoint) (*wire.MsgTx, error) {
	if tx, ok := w.prevTx[op.Hash]; ok {
		return tx, nil
	}
	tx, err := call(ctx, "getrawtransaction", func() (*btcutil.Tx, error) { return w.node.GetRawTransaction(&op.Hash) })
	if err != nil {
		return nil, err
	}
	if int(op.Index) >= len(tx.MsgTx().TxOut) {
		return nil, fmt.Errorf("%w: %s has no output %d", ErrNode, op.Hash, op.Index)
	}
	if len(w.prevTx) > 4096 {
		clear(w.prevTx)
	}
	w.prevTx[op.Hash] = tx.MsgTx()
	return tx.MsgTx(), nil
}
