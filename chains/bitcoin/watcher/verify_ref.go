package watcher

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/rs/zerolog"
)

// ErrAmbiguous is returned by Verify when ref's transaction carries two
// events at the same index (for instance a refund spending input 0 that
// also makes a new deposit at output 0): use VerifyKind.
var ErrAmbiguous = errors.New("watcher: reference names several events")

// FinalTx is a transaction read back from the node with the block that
// holds it on the best chain.
type FinalTx struct {
	Tx            *wire.MsgTx
	Height        int64
	BlockHash     chainhash.Hash // internal byte order
	Time          time.Time      // the block's header time
	Confirmations uint64
}

// ReadFinal reads the transaction txid (internal byte order) from the node
// and checks that it sits in a block with at least Config.Confirmations
// confirmations on the best chain. Errors: those of ReadFinalTx.
func (v *Verifier) ReadFinal(ctx context.Context, txid chainhash.Hash) (*FinalTx, error) {
	return ReadFinalTx(ctx, v.node, txid, v.rules.confirmations)
}

// ErrUnknownTx is wrapped, together with ErrNotFinal, when the node does
// not know the transaction at all (as opposed to knowing it unconfirmed).
var ErrUnknownTx = errors.New("watcher: transaction unknown to the node")

// TxReader is what ReadFinalTx needs from a node; *rpcclient.Client has it.
type TxReader interface {
	GetRawTransactionVerbose(txid *chainhash.Hash) (*btcjson.TxRawResult, error)
	GetBlockHeaderVerbose(hash *chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error)
}

// ReadFinalTx reads the transaction txid (internal byte order) from node
// and checks that it sits in a block with at least confs confirmations on
// the best chain. It is the one finality read of the Bitcoin side: the
// Verifier and the audit anchor checker both use it. Errors: ErrNotFinal
// (also wrapping ErrUnknownTx when the node does not know it; unconfirmed,
// too shallow, or its block left the best chain), ErrNode.
func ReadFinalTx(ctx context.Context, node TxReader, txid chainhash.Hash, confs uint32) (*FinalTx, error) {
	raw, err := call(ctx, "getrawtransaction", func() (*btcjson.TxRawResult, error) { return node.GetRawTransactionVerbose(&txid) })
	if err != nil {
		var rpcErr *btcjson.RPCError
		if errors.As(err, &rpcErr) && rpcErr.Code == btcjson.ErrRPCNoTxInfo {
			return nil, fmt.Errorf("%w: %w: %s", ErrNotFinal, ErrUnknownTx, txid)
		}
		return nil, err
	}
	if raw.BlockHash == "" || raw.Confirmations < uint64(confs) {
		return nil, fmt.Errorf("%w: %s has %d of %d confirmations", ErrNotFinal, txid, raw.Confirmations, confs)
	}
	bh, err := chainhash.NewHashFromStr(raw.BlockHash)
	if err != nil {
		return nil, fmt.Errorf("%w: block hash %q: %w", ErrNode, raw.BlockHash, err)
	}
	hdr, err := call(ctx, "getblockheader", func() (*btcjson.GetBlockHeaderVerboseResult, error) { return node.GetBlockHeaderVerbose(bh) })
	if err != nil {
		return nil, err
	}
	// btcd reports -1 confirmations for a block off the best chain.
	if hdr.Confirmations < int64(confs) {
		return nil, fmt.Errorf("%w: block %s of %s has %d confirmations", ErrNotFinal, bh, txid, hdr.Confirmations)
	}
	b, err := hex.DecodeString(raw.Hex)
	if err != nil {
		return nil, fmt.Errorf("%w: tx hex: %w", ErrNode, err)
	}
	tx := &wire.MsgTx{}
	if err := tx.Deserialize(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("%w: tx decode: %w", ErrNode, err)
	}
	if tx.TxHash() != txid {
		return nil, fmt.Errorf("%w: node returned transaction %s for %s", ErrNode, tx.TxHash(), txid)
	}
	return &FinalTx{Tx: tx, Height: int64(hdr.Height), BlockHash: *bh, Time: time.Unix(hdr.Time, 0), Confirmations: uint64(hdr.Confirmations)}, nil
}

// Events re-reads the transaction ref names (ref.Index is ignored) and
// returns every Kakehashi event in it, classified exactly as the Watcher
// classifies a final block: the deposit or rejected deposit, sweeps and
// refunds (one per spending input), payouts (one per output of a custody
// spend that does not pay custody). Payouts carry a zero TransferID: which
// burn an output pays is not on chain (the Watcher learns it from a
// PayoutResolver). Every event carries the block hash and the finality as
// seen now. Errors: those of ReadFinal, ErrNotFound (ref is on another
// chain), ErrNode.
func (v *Verifier) Events(ctx context.Context, ref chains.EventRef) ([]chains.Event, *FinalTx, error) {
	if ref.Chain != v.rules.chain {
		return nil, nil, fmt.Errorf("%w: ref is on chain %d, verifier on %d", ErrNotFound, ref.Chain, v.rules.chain)
	}
	ft, err := v.ReadFinal(ctx, chainhash.Hash(displayOrder(ref.TxHash)))
	if err != nil {
		return nil, nil, err
	}
	// A stateless Watcher over the same rules: the classification code is
	// the watcher's own (txEvents), so the two cannot drift apart.
	w := &Watcher{
		cfg:     Config{Chain: v.rules.chain, Federations: v.rules.feds},
		log:     zerolog.Nop(),
		rules:   v.rules,
		node:    v.node,
		custody: map[string]bool{},
		prevTx:  map[chainhash.Hash]*wire.MsgTx{},
	}
	for _, f := range v.rules.feds {
		c, err := bitcoin.NewCustodyOutput(f)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: epoch %d custody: %w", ErrConfig, f.Epoch, err)
		}
		w.custody[string(c.PkScript())] = true
	}
	evs, err := w.txEvents(ctx, ft.Tx, ft.Height, true)
	if err != nil {
		return nil, nil, err
	}
	fin := chains.Finality{Confirmations: ft.Confirmations, Final: true}
	for i := range evs {
		evs[i].BlockHash = displayOrder(ft.BlockHash)
		evs[i].Finality = fin
	}
	return evs, ft, nil
}

// Verify re-reads the event ref names from the verifier's own node and
// returns it decoded, as the Watcher would have emitted it, with its
// finality as seen now: an accepted deposit (KindLocked, ref.Index = the
// deposit output), a rejected deposit (KindDepositRejected, returned as an
// event, not an error: it is a real event with a Reason), a sweep or
// refund (ref.Index = the spending input), or a payout (ref.Index = the
// output; TransferID zero, see Events). It implements the relay's
// Verifier and audit.EventReader.
//
// Like VerifyDeposit, it refuses with ErrTooLate an accepted deposit whose
// refund locktime is fewer than Config.MintCutoff blocks above the tip, so
// that a signer never mints a deposit its depositor may soon refund, and
// sets the deposit's Deadline (Config.Deadline) so that a mint signed now
// cannot land later than that either.
// Auditors re-checking history, where the locktime has long passed, use
// VerifyKind, which does not apply that rule.
//
// Errors: ErrNotFinal, ErrNotFound (no event at ref.Index), ErrAmbiguous,
// ErrTooLate, ErrNode.
func (v *Verifier) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	evs, ft, err := v.Events(ctx, ref)
	if err != nil {
		return chains.Event{}, err
	}
	var match []chains.Event
	for _, ev := range evs {
		if ev.Ref.Index == ref.Index {
			match = append(match, ev)
		}
	}
	switch len(match) {
	case 0:
		return chains.Event{}, fmt.Errorf("%w: %s carries no event at index %d", ErrNotFound, ft.Tx.TxHash(), ref.Index)
	case 1:
	default:
		kinds := make([]string, len(match))
		for i, ev := range match {
			kinds[i] = ev.Kind.String()
		}
		return chains.Event{}, fmt.Errorf("%w: %s index %d is %s", ErrAmbiguous, ft.Tx.TxHash(), ref.Index, strings.Join(kinds, " and "))
	}
	ev := match[0]
	if ev.Kind == chains.KindLocked {
		p, err := v.checkCutoff(ctx, ft.Tx)
		if err != nil {
			return ev, err
		}
		ev.Deadline = v.rules.deadline.MintDeadline(p.Locktime, v.rules.mintCutoff, ft.Height, ft.Time)
	}
	return ev, nil
}

// VerifyKind is Verify for an event whose kind the caller knows (an
// auditor checking a record): it returns the event of that kind at
// ref.Index, final, and does not apply the mint cutoff. Errors: ErrNotFinal,
// ErrNotFound (no such event at ref.Index), ErrNode.
func (v *Verifier) VerifyKind(ctx context.Context, ref chains.EventRef, kind chains.EventKind) (chains.Event, error) {
	evs, ft, err := v.Events(ctx, ref)
	if err != nil {
		return chains.Event{}, err
	}
	var found []chains.EventKind
	for _, ev := range evs {
		if ev.Ref.Index != ref.Index {
			continue
		}
		if ev.Kind == kind {
			return ev, nil
		}
		found = append(found, ev.Kind)
	}
	if len(found) > 0 {
		return chains.Event{}, fmt.Errorf("%w: %s index %d is a %v event, not %s", ErrNotFound, ft.Tx.TxHash(), ref.Index, found, kind)
	}
	return chains.Event{}, fmt.Errorf("%w: %s carries no event at index %d", ErrNotFound, ft.Tx.TxHash(), ref.Index)
}

// checkCutoff applies Config.MintCutoff to the deposit payload of tx and
// returns the payload.
func (v *Verifier) checkCutoff(ctx context.Context, tx *wire.MsgTx) (bitcoin.Payload, error) {
	var p bitcoin.Payload
	for _, o := range tx.TxOut {
		if d := bitcoin.PayloadFromScript(o.PkScript); bitcoin.IsPayloadCandidate(d) {
			var err error
			if p, err = bitcoin.DecodePayload(d); err != nil {
				return p, fmt.Errorf("%w: payload: %w", ErrRejected, err)
			}
			break
		}
	}
	tip, err := call(ctx, "getblockcount", v.node.GetBlockCount)
	if err != nil {
		return p, err
	}
	if left := int64(p.Locktime) - tip; left < int64(v.rules.mintCutoff) {
		return p, fmt.Errorf("%w: locktime %d is %d blocks above tip %d, cutoff %d", ErrTooLate, p.Locktime, left, tip, v.rules.mintCutoff)
	}
	return p, nil
}
