package evm

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/rs/zerolog"
)

// SubmitterConfig configures a Submitter.
type SubmitterConfig struct {
	Chain  chains.ChainID
	Bridge common.Address
	// Key is the operator's submit key (pays gas; it is not a signer key).
	// It is used only to sign transactions and is never logged.
	Key  *ecdsa.PrivateKey
	Fees FeePolicy
	// StuckAfter is how long a transaction may stay unmined before it is
	// replaced with bumped fees (default 30s).
	StuckAfter time.Duration
	// PollInterval is how often receipts are polled (default 1s).
	PollInterval time.Duration
	// GasMarginPercent is added to the gas estimate (default 20).
	GasMarginPercent uint64
	// GasBase and GasPerTransfer make the gas limit a submission tries
	// first: GasBase + GasPerTransfer × transfers (defaults
	// DefaultGasBase and DefaultGasPerTransfer, above what the bridge needs for a mint or an unlock of a
	// standard ERC-20 even into fresh storage). One eth_call at that limit
	// checks it — a single execution, where eth_estimateGas runs several —
	// and only when the call fails (a revert, or a token that needs more
	// gas) is the limit estimated; GasMarginPercent goes on top of either.
	// A limit above what the transaction uses costs nothing: only gas used
	// is paid.
	GasBase, GasPerTransfer uint64
}

// Defaults of SubmitterConfig's first gas limit and margin.
const (
	DefaultGasBase          = 100_000
	DefaultGasPerTransfer   = 80_000
	DefaultGasMarginPercent = 20
)

// SubmitterOption configures optional parts of a Submitter.
type SubmitterOption func(*Submitter)

// WithSubmitterLogger injects the logger (default: disabled).
func WithSubmitterLogger(l zerolog.Logger) SubmitterOption {
	return func(s *Submitter) { s.log = l.With().Str("component", "evm.submitter").Logger() }
}

// Result reports one submission.
type Result struct {
	// TxHash is the mined transaction (zero when nothing needed sending).
	TxHash  common.Hash
	Receipt *types.Receipt
	Nonce   uint64
	// Sent lists every version broadcast for the nonce, first to last; more
	// than one means the transaction was replaced (fee bump or re-broadcast).
	Sent []common.Hash
	// Submitted are the transfers this transaction executed.
	Submitted []chains.TransferID
	// AlreadyProcessed are transfers the bridge had already executed: done,
	// without effect from this submission.
	AlreadyProcessed []chains.TransferID
}

// AlreadyProcessedError is returned for a batch in which some transfers
// were already processed and others were not: the batch signatures cover
// the whole batch, so the pending ones must be re-signed without the others.
type AlreadyProcessedError struct {
	Processed, Pending []chains.TransferID
}

func (e *AlreadyProcessedError) Error() string {
	return fmt.Sprintf("%v: %d of %d transfers in the batch (re-sign the other %d)", ErrAlreadyProcessed, len(e.Processed), len(e.Processed)+len(e.Pending), len(e.Pending))
}

func (e *AlreadyProcessedError) Unwrap() error { return ErrAlreadyProcessed }

// Submitter sends mint and unlock transactions (single and batch) from one
// submit key: a nonce manager safe under concurrency, EIP-1559 fees under a
// cap, replacement of stuck transactions with a fee bump, receipts awaited,
// reverts decoded, and "already processed" treated as done. Create one
// Submitter per key and share it.
type Submitter struct {
	cfg     SubmitterConfig
	c       *Client
	from    common.Address
	signer  types.Signer
	bridge  *bindings.Bridge
	log     zerolog.Logger
	chainID *big.Int

	nmu    sync.Mutex // held across sign+send: nonces are handed out in order, without gaps
	next   uint64
	synced bool

	fmu     sync.Mutex // fee quote shared by new submissions for FeeQuoteTTL
	quote   Fees
	quoteAt time.Time

	mmu     sync.Mutex // mined-nonce cache shared by waiters
	mined   uint64
	minedAt time.Time
}

// NewSubmitter validates cfg and returns a submitter sending through c.
func NewSubmitter(cfg SubmitterConfig, c *Client, opts ...SubmitterOption) (*Submitter, error) {
	switch {
	case c == nil:
		return nil, fmt.Errorf("%w: nil Client", ErrConfig)
	case cfg.Chain == 0 || cfg.Chain != c.Chain():
		return nil, fmt.Errorf("%w: submitter chain %d, client chain %d", ErrConfig, cfg.Chain, c.Chain())
	case cfg.Bridge == (common.Address{}):
		return nil, fmt.Errorf("%w: Bridge is the zero address", ErrConfig)
	case cfg.Key == nil:
		return nil, fmt.Errorf("%w: no submit Key", ErrConfig)
	}
	if err := cfg.Fees.validate(); err != nil {
		return nil, err
	}
	if cfg.StuckAfter <= 0 {
		cfg.StuckAfter = 30 * time.Second
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.GasMarginPercent == 0 {
		cfg.GasMarginPercent = DefaultGasMarginPercent
	}
	if cfg.GasBase == 0 {
		cfg.GasBase = DefaultGasBase
	}
	if cfg.GasPerTransfer == 0 {
		cfg.GasPerTransfer = DefaultGasPerTransfer
	}
	b, err := bindings.NewBridge(cfg.Bridge, c)
	if err != nil {
		return nil, fmt.Errorf("%w: bridge bindings: %v", ErrConfig, err)
	}
	chainID := new(big.Int).SetUint64(uint64(cfg.Chain))
	s := &Submitter{
		cfg: cfg, c: c, from: crypto.PubkeyToAddress(cfg.Key.PublicKey), signer: types.LatestSignerForChainID(chainID),
		bridge: b, log: zerolog.Nop(), chainID: chainID,
	}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// From is the submit key's address.
func (s *Submitter) From() common.Address { return s.from }

// Mint submits Bridge.mint(epoch, deadline, t, sigs).
func (s *Submitter) Mint(ctx context.Context, epoch, deadline uint64, t bindings.BridgeTransfer, sigs []byte) (Result, error) {
	return s.submit(ctx, "mint", []bindings.BridgeTransfer{t}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.bridge.Mint(o, epoch, deadline, t, sigs)
	})
}

// Cancel submits Bridge.cancel(epoch, srcChain, srcRef, srcIndex, sigs):
// the source event t names can then never be minted or unlocked here. A
// source event already processed is reported in AlreadyProcessed.
func (s *Submitter) Cancel(ctx context.Context, epoch uint64, t bindings.BridgeTransfer, sigs []byte) (Result, error) {
	return s.submit(ctx, "cancel", []bindings.BridgeTransfer{t}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.bridge.Cancel(o, epoch, t.SrcChain, t.SrcRef, t.SrcIndex, sigs)
	})
}

// Unlock submits Bridge.unlock(epoch, t, sigs).
func (s *Submitter) Unlock(ctx context.Context, epoch uint64, t bindings.BridgeTransfer, sigs []byte) (Result, error) {
	return s.submit(ctx, "unlock", []bindings.BridgeTransfer{t}, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.bridge.Unlock(o, epoch, t, sigs)
	})
}

// MintBatch submits Bridge.mintBatch(epoch, deadline, srcChain, assetId,
// items, sigs): many transfers of one asset from one source chain.
func (s *Submitter) MintBatch(ctx context.Context, epoch, deadline, srcChain uint64, assetID [32]byte, items []bindings.BridgeItem, sigs []byte) (Result, error) {
	return s.submit(ctx, "mintBatch", batchTransfers(srcChain, assetID, items), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.bridge.MintBatch(o, epoch, deadline, srcChain, assetID, items, sigs)
	})
}

// UnlockBatch submits Bridge.unlockBatch(epoch, srcChain, assetId, items, sigs).
func (s *Submitter) UnlockBatch(ctx context.Context, epoch, srcChain uint64, assetID [32]byte, items []bindings.BridgeItem, sigs []byte) (Result, error) {
	return s.submit(ctx, "unlockBatch", batchTransfers(srcChain, assetID, items), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.bridge.UnlockBatch(o, epoch, srcChain, assetID, items, sigs)
	})
}

// Call sends a contract call that moves no transfer (the audit anchor,
// relay/auditanchor) from the submit key and waits until it is mined. It
// shares the key's nonces, fee quotes and stuck-transaction replacement
// with the mints and unlocks, so that one key can pay for both without
// two nonce counters racing. A revert surfaces at estimation, before any
// nonce is used, or from the mined receipt; both are a *RevertError
// decoded against the bridge's and the audit anchor's errors.
func (s *Submitter) Call(ctx context.Context, method string, build func(*bind.TransactOpts) (*types.Transaction, error)) (Result, error) {
	fees, err := s.cachedPrice(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("evm: %s: %w", method, err)
	}
	cl, err := s.prepare(ctx, build, fees, 0)
	if err != nil {
		return Result{}, fmt.Errorf("evm: %s: %w", method, err)
	}
	tx, err := s.send(ctx, cl, fees)
	if err != nil {
		return Result{}, fmt.Errorf("evm: %s: %w", method, err)
	}
	s.log.Debug().Str("method", method).Uint64("nonce", tx.Nonce()).Str("tx", tx.Hash().Hex()).Msg("sent")
	res, err := s.wait(ctx, cl, tx, fees)
	if err != nil {
		return res, fmt.Errorf("evm: %s nonce %d: %w", method, res.Nonce, err)
	}
	if res.Receipt.Status != types.ReceiptStatusSuccessful {
		return res, fmt.Errorf("evm: %s: %w", method, s.revertReason(ctx, cl, res.Receipt))
	}
	return res, nil
}

func batchTransfers(srcChain uint64, assetID [32]byte, items []bindings.BridgeItem) []bindings.BridgeTransfer {
	out := make([]bindings.BridgeTransfer, len(items))
	for i, it := range items {
		out[i] = bindings.BridgeTransfer{SrcChain: srcChain, SrcRef: it.SrcRef, SrcIndex: it.SrcIndex, AssetId: assetID, Recipient: it.Recipient, Amount: it.Amount}
	}
	return out
}

// Processed reports whether the bridge has executed transfer t.
func (s *Submitter) Processed(ctx context.Context, t bindings.BridgeTransfer) (bool, error) {
	ok, err := s.bridge.IsProcessed(&bind.CallOpts{Context: ctx}, t.SrcChain, t.SrcRef, t.SrcIndex)
	if err != nil {
		return false, fmt.Errorf("evm: isProcessed: %w", err)
	}
	return ok, nil
}

// TransferID is the id the bridge derives for t:
// keccak256(abi.encode(uint64 srcChain, bytes32 srcRef, uint64 srcIndex)).
func TransferID(t bindings.BridgeTransfer) chains.TransferID {
	return eip712.Transfer{SrcChain: chains.ChainID(t.SrcChain), SrcRef: t.SrcRef, SrcIndex: t.SrcIndex}.ID()
}

func ids(ts []bindings.BridgeTransfer) []chains.TransferID {
	out := make([]chains.TransferID, len(ts))
	for i, t := range ts {
		out[i] = TransferID(t)
	}
	return out
}

// quoteTTL is how long new submissions share one fee quote (two RPC calls).
const quoteTTL = time.Second

// cachedPrice returns a fee quote at most quoteTTL old.
func (s *Submitter) cachedPrice(ctx context.Context) (Fees, error) {
	s.fmu.Lock()
	defer s.fmu.Unlock()
	if time.Since(s.quoteAt) < quoteTTL {
		return s.quote, nil
	}
	f, err := s.price(ctx)
	if err != nil {
		return Fees{}, err
	}
	s.quote, s.quoteAt = f, time.Now()
	return f, nil
}

// price returns fees for a new transaction now.
func (s *Submitter) price(ctx context.Context) (Fees, error) {
	head, err := s.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return Fees{}, err
	}
	if head.BaseFee == nil {
		return Fees{}, fmt.Errorf("%w: chain %d has no base fee (pre-London chains are not supported)", ErrConfig, s.cfg.Chain)
	}
	tip, err := s.c.SuggestGasTipCap(ctx)
	if err != nil {
		return Fees{}, err
	}
	return s.cfg.Fees.Price(head.BaseFee, tip)
}

type call struct {
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64
}

func (s *Submitter) submit(ctx context.Context, method string, ts []bindings.BridgeTransfer, build func(*bind.TransactOpts) (*types.Transaction, error)) (Result, error) {
	if len(ts) == 0 {
		return Result{}, fmt.Errorf("%w: %s with no transfers", ErrConfig, method)
	}
	want := ids(ts)
	fees, err := s.cachedPrice(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("evm: %s: %w", method, err)
	}
	// The bindings pack the call and estimate gas (a revert surfaces here,
	// before any nonce is used); NoSend keeps the transaction with us.
	cl, err := s.prepare(ctx, build, fees, len(ts))
	if err != nil {
		if errors.Is(err, ErrReverted) {
			return s.reverted(ctx, method, ts, want, err, Result{})
		}
		return Result{}, fmt.Errorf("evm: %s: %w", method, err)
	}
	tx, err := s.send(ctx, cl, fees)
	if err != nil {
		return Result{}, fmt.Errorf("evm: %s: %w", method, err)
	}
	s.log.Debug().Str("method", method).Uint64("nonce", tx.Nonce()).Str("tx", tx.Hash().Hex()).Int("transfers", len(ts)).Msg("sent")
	res, err := s.wait(ctx, cl, tx, fees)
	if err != nil {
		return res, fmt.Errorf("evm: %s nonce %d: %w", method, res.Nonce, err)
	}
	if res.Receipt.Status != types.ReceiptStatusSuccessful {
		return s.reverted(ctx, method, ts, want, s.revertReason(ctx, cl, res.Receipt), res)
	}
	res.Submitted = want
	return res, nil
}

// prepare packs the call and sets its gas limit: GasBase + GasPerTransfer
// × n when one eth_call at that limit succeeds, else the node's estimate;
// GasMarginPercent on top of either. A revert surfaces here (from the estimate),
// before any nonce is used.
func (s *Submitter) prepare(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error), fees Fees, n int) (call, error) {
	// NoSend keeps the transaction with us; the bindings only pack it.
	opts := &bind.TransactOpts{
		From: s.from, Nonce: new(big.Int), GasTipCap: fees.Tip, GasFeeCap: fees.Cap, Context: ctx, NoSend: true,
		Signer: func(_ common.Address, tx *types.Transaction) (*types.Transaction, error) { return tx, nil },
	}
	opts.GasLimit = s.cfg.GasBase + s.cfg.GasPerTransfer*uint64(n)
	if tmpl, err := build(opts); err == nil {
		cl := call{to: *tmpl.To(), data: tmpl.Data(), value: tmpl.Value(), gas: opts.GasLimit}
		_, err := s.c.CallContract(ctx, ethereum.CallMsg{From: s.from, To: &cl.to, Gas: cl.gas, Value: cl.value, Data: cl.data}, nil)
		if err == nil {
			// The margin covers state that changes before the block, as
			// it does on an estimate.
			cl.gas += cl.gas * s.cfg.GasMarginPercent / 100
			return cl, nil
		}
		s.log.Debug().Err(err).Uint64("gas", cl.gas).Int("transfers", n).Msg("call at the default gas limit failed; estimating")
	}
	opts.GasLimit = 0 // the bindings estimate
	tmpl, err := build(opts)
	if err != nil {
		return call{}, err
	}
	return call{to: *tmpl.To(), data: tmpl.Data(), value: tmpl.Value(), gas: tmpl.Gas() * (100 + s.cfg.GasMarginPercent) / 100}, nil
}

// reverted decides what a revert means: if every transfer is already
// processed the submission is done without effect; if some are, the batch
// must be re-signed; otherwise the revert is the error.
func (s *Submitter) reverted(ctx context.Context, method string, ts []bindings.BridgeTransfer, want []chains.TransferID, rerr error, res Result) (Result, error) {
	var done, pending []chains.TransferID
	for i, t := range ts {
		ok, err := s.Processed(ctx, t)
		if err != nil {
			return res, fmt.Errorf("evm: %s reverted (%v) and processed state unknown: %w", method, rerr, err)
		}
		if ok {
			done = append(done, want[i])
		} else {
			pending = append(pending, want[i])
		}
	}
	switch {
	case len(pending) == 0:
		s.log.Info().Str("method", method).Int("transfers", len(done)).Msg("already processed; nothing to do")
		res.AlreadyProcessed = done
		return res, nil
	case len(done) > 0:
		return res, fmt.Errorf("evm: %s: %w", method, &AlreadyProcessedError{Processed: done, Pending: pending})
	}
	return res, fmt.Errorf("evm: %s: %w", method, rerr)
}

// revertReason replays a reverted transaction as a call at its block to
// recover the custom error.
func (s *Submitter) revertReason(ctx context.Context, cl call, r *types.Receipt) error {
	_, err := s.c.CallContract(ctx, ethereum.CallMsg{From: s.from, To: &cl.to, Gas: cl.gas, Value: cl.value, Data: cl.data}, r.BlockNumber)
	if errors.Is(err, ErrReverted) {
		return err
	}
	return &RevertError{Reason: fmt.Sprintf("transaction %s reverted on chain (replay: %v)", r.TxHash.Hex(), err)}
}

func (s *Submitter) sign(cl call, nonce uint64, f Fees) (*types.Transaction, error) {
	tx, err := types.SignNewTx(s.cfg.Key, s.signer, &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: f.Tip, GasFeeCap: f.Cap, Gas: cl.gas, To: &cl.to, Value: cl.value, Data: cl.data,
	})
	if err != nil {
		return nil, fmt.Errorf("evm: sign: %w", err)
	}
	return tx, nil
}

// send assigns the next nonce and broadcasts. The nonce lock is held across
// signing and sending, so a nonce is consumed only by a transaction the node
// accepted, and concurrent callers get consecutive nonces without gaps.
func (s *Submitter) send(ctx context.Context, cl call, fees Fees) (*types.Transaction, error) {
	s.nmu.Lock()
	defer s.nmu.Unlock()
	var last error
	for attempt := 0; attempt < 8; attempt++ {
		if !s.synced {
			n, err := s.c.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, err
			}
			s.next, s.synced = max(s.next, n), true
		}
		tx, err := s.sign(cl, s.next, fees)
		if err != nil {
			return nil, err
		}
		err = s.c.SendTransaction(ctx, tx)
		switch {
		case err == nil, errors.Is(err, ErrAlreadyKnown):
			s.next++
			return tx, nil
		case errors.Is(err, ErrNonceTooLow):
			// Used on chain (by us before a restart, or by another process):
			// move past it.
			n, perr := s.c.PendingNonceAt(ctx, s.from)
			if perr != nil {
				return nil, perr
			}
			s.log.Warn().Uint64("nonce", s.next).Uint64("pending", n).Msg("nonce too low; resynchronised")
			s.next = max(s.next+1, n)
		case errors.Is(err, ErrNonceTooHigh):
			// A gap below us: one of our transactions left the pool; its
			// waiter re-broadcasts it. Give it a moment.
			s.log.Warn().Uint64("nonce", s.next).Msg("nonce too high; waiting for the gap to close")
			if err := sleep(ctx, s.cfg.PollInterval); err != nil {
				return nil, err
			}
		case errors.Is(err, ErrUnderpriced):
			// A transaction we do not track holds this nonce in the pool (a
			// previous run), or the pool's minimum rose: outbid it.
			fresh, perr := s.price(ctx)
			if perr != nil {
				return nil, perr
			}
			if fees, perr = s.cfg.Fees.Bump(fees, fresh); perr != nil {
				return nil, errors.Join(err, perr)
			}
		case errors.Is(err, ErrUnavailable):
			// The node may have accepted the transaction before the
			// connection failed: re-read the pending nonce next time rather
			// than reuse this one for a different transaction.
			s.synced = false
			return nil, err
		default:
			return nil, err
		}
		last = err
	}
	return nil, fmt.Errorf("evm: nonce %d not accepted after 8 attempts: %w", s.next, last)
}

// minedNonce returns the key's nonce at the latest block, cached for half a
// poll interval so that many waiters share one query.
func (s *Submitter) minedNonce(ctx context.Context) (uint64, error) {
	s.mmu.Lock()
	defer s.mmu.Unlock()
	if time.Since(s.minedAt) < s.cfg.PollInterval/2 {
		return s.mined, nil
	}
	n, err := s.c.NonceAt(ctx, s.from, nil)
	if err != nil {
		return 0, err
	}
	s.mined, s.minedAt = n, time.Now()
	return n, nil
}

// wait polls until one version of the transaction is mined, replacing it
// with bumped fees each time it has waited StuckAfter.
func (s *Submitter) wait(ctx context.Context, cl call, tx *types.Transaction, fees Fees) (Result, error) {
	nonce := tx.Nonce()
	res := Result{Nonce: nonce, Sent: []common.Hash{tx.Hash()}}
	current := tx
	lastSend := time.Now()
	capWarned := false
	for {
		mined, err := s.minedNonce(ctx)
		if err != nil && ctx.Err() != nil {
			return res, ctx.Err()
		}
		stuck := time.Since(lastSend) >= s.cfg.StuckAfter
		if err == nil && (mined > nonce || stuck) {
			for i := len(res.Sent) - 1; i >= 0; i-- {
				r, rerr := s.c.TransactionReceipt(ctx, res.Sent[i])
				if rerr == nil {
					res.TxHash, res.Receipt = res.Sent[i], r
					return res, nil
				}
				if !errors.Is(rerr, ErrNotFound) && ctx.Err() != nil {
					return res, ctx.Err()
				}
			}
			if mined > nonce && stuck {
				// Mined long enough ago that a receipt would be visible.
				return res, fmt.Errorf("%w: nonce %d mined but none of %d versions has a receipt", ErrNonceConsumed, nonce, len(res.Sent))
			}
		}
		if stuck && mined <= nonce {
			fresh, perr := s.price(ctx)
			next, berr := s.cfg.Fees.Bump(fees, fresh)
			switch {
			case perr != nil && !errors.Is(perr, ErrFeeCapReached):
				s.log.Warn().Err(perr).Msg("pricing replacement failed")
			case berr != nil:
				if !capWarned {
					s.log.Warn().Err(berr).Uint64("nonce", nonce).Msg("stuck transaction at the fee cap; re-broadcasting as is")
					capWarned = true
				}
				if err := s.c.SendTransaction(ctx, current); err != nil && !errors.Is(err, ErrAlreadyKnown) {
					s.log.Debug().Err(err).Msg("re-broadcast")
				}
			default:
				rtx, err := s.sign(cl, nonce, next)
				if err != nil {
					return res, err
				}
				err = s.c.SendTransaction(ctx, rtx)
				switch {
				case err == nil, errors.Is(err, ErrAlreadyKnown):
					s.log.Info().Uint64("nonce", nonce).Str("old", current.Hash().Hex()).Str("new", rtx.Hash().Hex()).
						Str("fees", next.String()).Msg("replaced stuck transaction")
					current, fees = rtx, next
					res.Sent = append(res.Sent, rtx.Hash())
				case errors.Is(err, ErrNonceTooLow):
					// One of our versions was just mined; the next poll finds it.
				case errors.Is(err, ErrUnderpriced):
					fees = next // the node wants more: bump again from here next time
				default:
					s.log.Warn().Err(err).Uint64("nonce", nonce).Msg("replacement not accepted")
				}
			}
			lastSend = time.Now()
		}
		if err := sleep(ctx, s.cfg.PollInterval); err != nil {
			return res, err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
