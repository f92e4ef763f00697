package btccheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
)

// ErrConfig is returned by New for an invalid configuration.
var ErrConfig = errors.New("btccheck: invalid config")

// Node is the btcd RPC client the checker reads from; *rpcclient.Client
// implements it.
type Node interface {
	watcher.Node
	GetBlockHeaderVerbose(hash *chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error)
}

// Config configures a Checker.
type Config struct {
	// Watcher is the Bitcoin watcher configuration of the deployment: the
	// chain id, every federation epoch that ever held deposits or custody,
	// the finality depth and the deposit rules (MinDeposit, RefundMargin,
	// DstChains), so that deposits are judged as the operators judged them.
	Watcher watcher.Config
	Node    Node
	// AnchorConfirmations is the finality depth of anchor transactions
	// (default: Watcher.Confirmations).
	AnchorConfirmations uint32
	// MaxDepositFee, when not zero, bounds the deposit fee a LOCK may
	// withhold (satoshis): the published policy's sweep input vbytes ×
	// maximum fee rate (docs/bitcoin-route.md), for the largest federation.
	// Zero checks only that the fee does not exceed the amount.
	MaxDepositFee uint64
}

// Checker checks audit records on one Bitcoin chain against the auditor's
// own btcd node. It implements audit.ChainChecker.
type Checker struct {
	chain   chains.ChainID
	v       *watcher.Verifier
	custody map[string]bool
	anchors *anchor.BitcoinChecker
	maxFee  uint64
}

// New validates cfg and returns a Checker.
func New(cfg Config) (*Checker, error) {
	if cfg.Node == nil {
		return nil, fmt.Errorf("%w: Node is required", ErrConfig)
	}
	v, err := watcher.NewVerifier(cfg.Watcher, cfg.Node)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	c := &Checker{chain: cfg.Watcher.Chain, v: v, custody: map[string]bool{}, maxFee: cfg.MaxDepositFee}
	for _, f := range cfg.Watcher.Federations {
		out, err := bitcoin.NewCustodyOutput(f)
		if err != nil {
			return nil, fmt.Errorf("%w: epoch %d: %w", ErrConfig, f.Epoch, err)
		}
		c.custody[string(out.PkScript())] = true
	}
	confs := cfg.AnchorConfirmations
	if confs == 0 {
		confs = cfg.Watcher.Confirmations
	}
	if c.anchors, err = anchor.NewBitcoinChecker(cfg.Watcher.Chain, cfg.Node, confs); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return c, nil
}

// kindReader is an audit.EventReader that asks the verifier for one kind,
// so that a transaction with two events at one index is not ambiguous.
type kindReader struct {
	v    *watcher.Verifier
	kind chains.EventKind
}

func (k kindReader) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	return k.v.VerifyKind(ctx, ref, k.kind)
}

var eventKind = map[audit.Kind]chains.EventKind{
	audit.KindLock: chains.KindLocked, audit.KindLockRejected: chains.KindDepositRejected, audit.KindRefund: chains.KindRefund,
}

// CheckRecord checks one record whose reference is on this checker's chain:
//
//   - LOCK, LOCK_REJECTED, REFUND: the deposit (or its refund) re-read and
//     re-judged by the watcher's rules, compared field by field by
//     audit.EventChecker; the amount is the output's value (a LOCK's gross
//     amount, a REFUND's whole deposit); a LOCK's deposit fee must not
//     exceed its amount nor Config.MaxDepositFee; for LOCK_REJECTED also
//     the rejection code.
//   - UNLOCK (a payout): output REF.index of a final transaction spending
//     custody pays the record's recipient scriptPubKey exactly amount − fee.
//   - SWEEP: every input of the final transaction REF spends a deposit
//     through its mint leaf; the deposits' transfer ids are exactly the
//     record's list; amount is their total; every output pays custody and
//     fee = amount − Σ outputs.
//   - ANCHOR: by anchor.BitcoinChecker.
//
// MINT, BURN, PAUSE and RESUME do not happen on Bitcoin and are refused.
// Errors wrap audit.ErrChainCheck; a contradiction is an
// *audit.MismatchError naming the field.
func (c *Checker) CheckRecord(ctx context.Context, r *audit.Record) error {
	if r.Ref.Chain != c.chain {
		return fmt.Errorf("%w: %s on chain %d given to the Bitcoin checker of chain %d", audit.ErrChainCheck, r.Kind, r.Ref.Chain, c.chain)
	}
	switch r.Kind {
	case audit.KindLock, audit.KindLockRejected, audit.KindRefund:
		kind := eventKind[r.Kind]
		if r.Kind == audit.KindLock && c.maxFee != 0 && r.Fee.GtUint64(c.maxFee) {
			return mismatch("fee", r.Fee.Dec(), fmt.Sprintf("at most the published deposit fee %d", c.maxFee))
		}
		if err := (audit.EventChecker{Reader: kindReader{c.v, kind}, LockFees: true}).CheckRecord(ctx, r); err != nil {
			return c.classify(err)
		}
		if r.Kind == audit.KindLockRejected {
			ev, err := c.v.VerifyKind(ctx, r.Ref.EventRef, kind)
			if err != nil {
				return c.classify(err)
			}
			if rc, nc := code(r.Reason), code(ev.Reason); rc != nc {
				return mismatch("rejection reason", rc, nc)
			}
		}
		return nil
	case audit.KindUnlock:
		return c.checkPayout(ctx, r)
	case audit.KindSweep:
		return c.checkSweep(ctx, r)
	case audit.KindAnchor:
		return c.anchors.CheckRecord(ctx, r)
	}
	return fmt.Errorf("%w: %s records do not happen on Bitcoin", audit.ErrChainCheck, r.Kind)
}

// classify turns the verifier's not-final error into a finality mismatch.
func (c *Checker) classify(err error) error {
	if errors.Is(err, watcher.ErrNotFinal) {
		return &audit.MismatchError{Field: "finality", Record: "final", Node: err.Error()}
	}
	if !errors.Is(err, audit.ErrChainCheck) {
		return fmt.Errorf("%w: %w", audit.ErrChainCheck, err)
	}
	return err
}

func (c *Checker) checkPayout(ctx context.Context, r *audit.Record) error {
	ev, err := c.v.VerifyKind(ctx, r.Ref.EventRef, chains.KindPayout)
	if err != nil {
		if errors.Is(err, watcher.ErrNotFound) {
			return mismatch("kind", "a payout from custody", err.Error())
		}
		return c.classify(err)
	}
	if err := position(r, ev); err != nil {
		return err
	}
	if ev.AssetID != r.AssetID {
		return mismatch("asset id", r.AssetID, ev.AssetID)
	}
	var paid uint256.Int
	paid.Sub(&r.Amount, &r.Fee)
	if r.Fee.Gt(&r.Amount) || !eq(&paid, ev.Amount) {
		return mismatch("amount", fmt.Sprintf("%s − fee %s", r.Amount.Dec(), r.Fee.Dec()), ev.Amount)
	}
	if !bytes.Equal(ev.Recipient, r.Recipient) {
		return mismatch("recipient", fmt.Sprintf("0x%x", r.Recipient), fmt.Sprintf("0x%x", ev.Recipient))
	}
	return nil
}

func (c *Checker) checkSweep(ctx context.Context, r *audit.Record) error {
	evs, ft, err := c.v.Events(ctx, r.Ref.EventRef)
	if err != nil {
		return c.classify(err)
	}
	var ids []chains.TransferID
	var total uint256.Int
	var at *chains.Event
	for i := range evs {
		ev := &evs[i]
		if ev.Kind != chains.KindSweep {
			continue
		}
		ids = append(ids, ev.TransferID)
		a, _ := uint256.FromBig(ev.Amount)
		total.Add(&total, a)
		if ev.Ref.Index == r.Ref.Index {
			at = ev
		}
		if ev.AssetID != r.AssetID {
			return mismatch("asset id", r.AssetID, ev.AssetID)
		}
	}
	if len(ids) != len(ft.Tx.TxIn) {
		return mismatch("inputs", fmt.Sprintf("%d deposits swept", len(r.Swept)), fmt.Sprintf("%d of %d inputs spend a deposit's mint leaf", len(ids), len(ft.Tx.TxIn)))
	}
	if at == nil {
		return mismatch("event reference", r.Ref.EventRef, "no swept input at that index")
	}
	if err := position(r, *at); err != nil {
		return err
	}
	slices.SortFunc(ids, func(a, b chains.TransferID) int { return bytes.Compare(a[:], b[:]) })
	if !slices.Equal(ids, r.Swept) {
		return mismatch("swept transfers", fmt.Sprint(r.Swept), fmt.Sprint(ids))
	}
	if !total.Eq(&r.Amount) {
		return mismatch("amount", r.Amount.Dec(), total.Dec())
	}
	var out uint256.Int
	for i, o := range ft.Tx.TxOut {
		if !c.custody[string(o.PkScript)] {
			return mismatch("outputs", "all to custody", fmt.Sprintf("output %d pays 0x%x", i, o.PkScript))
		}
		out.Add(&out, uint256.NewInt(uint64(o.Value)))
	}
	var fee uint256.Int
	fee.Sub(&total, &out)
	if out.Gt(&total) || !fee.Eq(&r.Fee) {
		return mismatch("fee", r.Fee.Dec(), fee.Dec())
	}
	return nil
}

// position compares the record's block with the event's.
func position(r *audit.Record, ev chains.Event) error {
	if ev.Ref != r.Ref.EventRef {
		return mismatch("event reference", r.Ref.EventRef, ev.Ref)
	}
	if ev.BlockNum != r.Ref.BlockNum {
		return mismatch("block number", r.Ref.BlockNum, ev.BlockNum)
	}
	if ev.BlockHash != r.Ref.BlockHash {
		return mismatch("block hash", fmt.Sprintf("%x", r.Ref.BlockHash), fmt.Sprintf("%x", ev.BlockHash))
	}
	return nil
}

func eq(a *uint256.Int, b *big.Int) bool {
	if b == nil || b.Sign() < 0 {
		return false
	}
	x, overflow := uint256.FromBig(b)
	return !overflow && x.Eq(a)
}

// code is the rejection code of a "<code>: <detail>" reason.
func code(reason string) string {
	c, _, _ := strings.Cut(reason, ":")
	return c
}

func mismatch(field string, rec, node any) error {
	return &audit.MismatchError{Field: field, Record: fmt.Sprint(rec), Node: fmt.Sprint(node)}
}
