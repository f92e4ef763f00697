package watcher

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

// Verifier re-reads a deposit from the signer's own node and re-validates
// it with the same rules as the Watcher. It keeps no state.
type Verifier struct {
	rules *rules
	node  Node
}

// NewVerifier validates cfg (the same Config as the Watcher's) and returns a Verifier.
func NewVerifier(cfg Config, node Node) (*Verifier, error) {
	r, err := cfg.rules()
	if err != nil {
		return nil, err
	}
	if node == nil {
		return nil, fmt.Errorf("%w: node is required", ErrConfig)
	}
	return &Verifier{rules: r, node: node}, nil
}

// VerifyDeposit checks that ref (txid in display order, vout of the P2TR
// output) is an accepted deposit in a block with at least Confirmations
// confirmations on the node's best chain, and returns its KindLocked event
// as the watcher would have emitted it (Finality as seen now).
//
// Errors: ErrNotFinal (unknown to the node, unconfirmed or too shallow),
// ErrNotFound (no payload, or ref.Index is not the deposit output),
// ErrRejected (the deposit breaks a rule; the error carries the reason),
// ErrNode (RPC failure).
//
// It also refuses with ErrTooLate a deposit whose refund locktime is fewer
// than Config.MintCutoff blocks above the tip: until the locktime the
// depositor cannot refund, so a deposit verified with that much room left
// cannot have been refunded and its mint can land first.
func (v *Verifier) VerifyDeposit(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	ev, p, _, err := v.verify(ctx, ref)
	if err != nil {
		return ev, err
	}
	tip, err := call(ctx, "getblockcount", v.node.GetBlockCount)
	if err != nil {
		return chains.Event{}, err
	}
	if left := int64(p.Locktime) - tip; left < int64(v.rules.mintCutoff) {
		return ev, fmt.Errorf("%w: locktime %d is %d blocks above tip %d, cutoff %d", ErrTooLate, p.Locktime, left, tip, v.rules.mintCutoff)
	}
	return ev, nil
}

// MintDeadline is the deadline (Unix seconds) of the mint of a deposit
// with payload p mined at height in a block with header time blockTime,
// under Config.Deadline and Config.MintCutoff: the Deadline that Verify
// sets on the deposit's event.
func (v *Verifier) MintDeadline(p bitcoin.Payload, height int64, blockTime time.Time) uint64 {
	return v.rules.deadline.MintDeadline(p.Locktime, v.rules.mintCutoff, height, blockTime)
}

// Deposit is VerifyDeposit for a signer's view (signer.View.Deposit): it
// returns the deposit as package wallet sweeps it, with its payload and the
// federation epoch it was made to. It does not know whether the deposit was
// swept already; the relay's audit state does.
func (v *Verifier) Deposit(ctx context.Context, op wire.OutPoint) (wallet.Deposit, error) {
	ref := chains.EventRef{Chain: v.rules.chain, TxHash: displayOrder(op.Hash), Index: op.Index}
	ev, p, epoch, err := v.verify(ctx, ref)
	if err != nil {
		return wallet.Deposit{}, err
	}
	return wallet.Deposit{OutPoint: op, Amount: ev.Amount.Int64(), Payload: p, Epoch: epoch}, nil
}

func (v *Verifier) verify(ctx context.Context, ref chains.EventRef) (chains.Event, bitcoin.Payload, uint32, error) {
	var none bitcoin.Payload
	if ref.Chain != v.rules.chain {
		return chains.Event{}, none, 0, fmt.Errorf("%w: ref is on chain %d, verifier on %d", ErrNotFound, ref.Chain, v.rules.chain)
	}
	txid := chainhash.Hash(displayOrder(ref.TxHash))
	raw, err := call(ctx, "getrawtransaction", func() (*btcjson.TxRawResult, error) { return v.node.GetRawTransactionVerbose(&txid) })
	if err != nil {
		var rpcErr *btcjson.RPCError
		if errors.As(err, &rpcErr) && rpcErr.Code == btcjson.ErrRPCNoTxInfo {
			return chains.Event{}, none, 0, fmt.Errorf("%w: %s unknown to the node", ErrNotFinal, txid)
		}
		return chains.Event{}, none, 0, err
	}
	if raw.BlockHash == "" || raw.Confirmations < uint64(v.rules.confirmations) {
		return chains.Event{}, none, 0, fmt.Errorf("%w: %s has %d of %d confirmations", ErrNotFinal, txid, raw.Confirmations, v.rules.confirmations)
	}
	bh, err := chainhash.NewHashFromStr(raw.BlockHash)
	if err != nil {
		return chains.Event{}, none, 0, fmt.Errorf("%w: block hash %q: %w", ErrNode, raw.BlockHash, err)
	}
	hdr, err := call(ctx, "getblockheader", func() (*btcjson.GetBlockHeaderVerboseResult, error) { return v.node.GetBlockHeaderVerbose(bh) })
	if err != nil {
		return chains.Event{}, none, 0, err
	}
	if hdr.Confirmations < int64(v.rules.confirmations) {
		return chains.Event{}, none, 0, fmt.Errorf("%w: block %s has %d confirmations", ErrNotFinal, bh, hdr.Confirmations)
	}
	b, err := hex.DecodeString(raw.Hex)
	if err != nil {
		return chains.Event{}, none, 0, fmt.Errorf("%w: tx hex: %w", ErrNode, err)
	}
	var tx wire.MsgTx
	if err := tx.Deserialize(bytes.NewReader(b)); err != nil {
		return chains.Event{}, none, 0, fmt.Errorf("%w: tx decode: %w", ErrNode, err)
	}
	if tx.TxHash() != txid {
		return chains.Event{}, none, 0, fmt.Errorf("%w: node returned transaction %s for %s", ErrNode, tx.TxHash(), txid)
	}
	ev, p, epoch := v.rules.deposit(&tx, int64(hdr.Height))
	if ev == nil {
		return chains.Event{}, none, 0, fmt.Errorf("%w: %s carries no payload", ErrNotFound, txid)
	}
	ev.BlockHash = displayOrder(*bh)
	ev.Finality = chains.Finality{Confirmations: uint64(hdr.Confirmations), Final: true}
	if ev.Kind == chains.KindDepositRejected {
		return *ev, p, epoch, fmt.Errorf("%w: %s", ErrRejected, ev.Reason)
	}
	if ev.Ref.Index != ref.Index {
		return chains.Event{}, none, 0, fmt.Errorf("%w: the deposit of %s is output %d, not %d", ErrNotFound, txid, ev.Ref.Index, ref.Index)
	}
	ev.Deadline = v.MintDeadline(p, int64(hdr.Height), time.Unix(hdr.Time, 0))
	return *ev, p, epoch, nil
}
