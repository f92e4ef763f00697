package btcroute

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/big"
	"sort"
	"sync"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/holiman/uint256"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/rs/zerolog"
)

// TxReader fetches a transaction by id: *rpcclient.Client.
type TxReader interface {
	GetRawTransaction(txid *chainhash.Hash) (*btcutil.Tx, error)
}

// PayoutFeed is the Bitcoin source's part in payouts and custody
// tracking. For each final payout output the watcher reports, it
//
//   - names the burn it pays (name): from the PayoutBook (the watcher's
//     resolver) while that burn is open, else from the operator's own
//     ledger — the open BURN to this chain with the output's script and
//     an amount equal to the output's value plus its fee share, the
//     lowest transfer id when several (none: left unnamed, logged, and
//     the custody main held);
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
//
// It keeps the CustodyMain: the first final custody output (in chain
// order) is the genesis main; at the last payout output of a final
// transaction that spends the main — after the UNLOCKs of all its
// outputs were recorded — its change becomes the main; if one could not
// be recorded the main is held there and retried at each later event.
type PayoutFeed struct {
	Chain      chains.ChainID
	Node       TxReader
	Custody    map[string]bool // custody pkScripts
	Book       *PayoutBook
	Set        *CustodySet
	Main       *CustodyMain
	Accountant *ledger.Accountant
	Log        zerolog.Logger

	mu      sync.Mutex
	unnamed map[chainhash.Hash]bool    // payouts of the block being fed with an output not recorded
	fees    map[chainhash.Hash][]int64 // per payout: fee share of each output (0 for custody)
	swept   map[[32]byte]bool          // sweeps (display txid) the ledger holds; loaded on first use
}

// Apply handles one watcher event (sweeps and payouts; others are
// returned as they are). Each call first retries a held main (holdMain).
func (f *PayoutFeed) Apply(ctx context.Context, ev chains.Event) (chains.Event, error) {
	if err := f.retryHeld(ctx); err != nil {
		f.Log.Warn().Err(err).Msg("held custody main")
	}
	if ev.Kind != chains.KindSweep && ev.Kind != chains.KindPayout {
		return ev, nil
	}
	txid := chainhash.Hash(reverse32(ev.Ref.TxHash))
	btx, err := f.Node.GetRawTransaction(&txid)
	if err != nil {
		return ev, fmt.Errorf("btcroute: payout feed: getrawtransaction %s: %w", txid, err)
	}
	tx := btx.MsgTx()
	var custody []wire.OutPoint
	for i, o := range tx.TxOut {
		if f.Custody[string(o.PkScript)] {
			custody = append(custody, wire.OutPoint{Hash: txid, Index: uint32(i)})
		}
	}
	if err := f.trackCustody(ev, txid, tx, custody); err != nil {
		return ev, err
	}
	switch {
	case ev.Reorged:
		return ev, f.revertMain(txid)
	case !ev.Final:
		return ev, nil
	case ev.Kind == chains.KindSweep:
		if f.Accountant != nil {
			if err := f.recordSweep(ctx, ev, tx); err != nil {
				return ev, err
			}
		}
		if len(custody) > 0 {
			return ev, f.genesis(custody[0])
		}
		return ev, nil
	}
	ev, named, err := f.recordPayout(ctx, ev, tx)
	if err != nil {
		return ev, err
	}
	f.mu.Lock()
	if f.unnamed == nil {
		f.unnamed = map[chainhash.Hash]bool{}
	}
	if !named {
		f.unnamed[txid] = true
	}
	whole := !f.unnamed[txid]
	last := ev.Ref.Index == f.lastPayoutOutput(tx)
	if last {
		delete(f.unnamed, txid)
	}
	f.mu.Unlock()
	switch {
	case !last:
		return ev, nil
	case whole:
		// Every payout output of tx is recorded: the main may move.
		return ev, f.moveMain(txid, tx, custody)
	default:
		return ev, f.holdMain(ev, txid, tx)
	}
}

// trackCustody keeps the custody set and the book in step with a sweep or
// payout: a payout's custody inputs leave the set when it is final and
// come back if it is reorged out, its custody outputs (and a sweep's)
// join the set when final and leave it if reorged out; payouts of the
// book that spend an input of a final payout are dropped (Book.Spent).
func (f *PayoutFeed) trackCustody(ev chains.Event, txid chainhash.Hash, tx *wire.MsgTx, custody []wire.OutPoint) error {
	if f.Set != nil && ev.Kind == chains.KindPayout {
		var spent []wire.OutPoint
		for _, in := range tx.TxIn {
			if !ev.Reorged {
				spent = append(spent, in.PreviousOutPoint)
				continue
			}
			prev, err := f.Node.GetRawTransaction(&in.PreviousOutPoint.Hash)
			if err != nil {
				return fmt.Errorf("btcroute: payout feed: input %s: %w", in.PreviousOutPoint, err)
			}
			if o := prev.MsgTx().TxOut; int(in.PreviousOutPoint.Index) < len(o) && f.Custody[string(o[in.PreviousOutPoint.Index].PkScript)] {
				spent = append(spent, in.PreviousOutPoint)
			}
		}
		var err error
		if ev.Reorged {
			err = f.Set.Add(spent...)
		} else if ev.Final {
			err = f.Set.Remove(spent...)
		}
		if err != nil {
			return err
		}
	}
	if f.Book != nil && ev.Kind == chains.KindPayout && ev.Final && !ev.Reorged {
		// Payouts of the book that spend an input of this final payout
		// (and their descendants) can never confirm: their burns are free
		// to be paid again.
		for _, in := range tx.TxIn {
			dead, err := f.Book.Spent(in.PreviousOutPoint, txid)
			if err != nil {
				return err
			}
			for _, h := range dead {
				f.Log.Warn().Str("payout", h.String()).Str("input", in.PreviousOutPoint.String()).Str("spent_by", txid.String()).
					Msg("signed payout can no longer confirm: its burns are released")
			}
		}
	}
	if f.Set != nil && len(custody) > 0 {
		var err error
		if ev.Reorged {
			err = f.Set.Remove(custody...)
		} else if ev.Final {
			err = f.Set.Add(custody...)
		}
		return err
	}
	return nil
}

// moveMain is the main's step for final payout tx, once the UNLOCKs of
// all its outputs are recorded: a genesis if there is no main yet, else
// its change if it spends the main.
func (f *PayoutFeed) moveMain(txid chainhash.Hash, tx *wire.MsgTx, custody []wire.OutPoint) error {
	if f.Main == nil {
		return nil
	}
	if len(custody) > 0 {
		if err := f.genesis(custody[0]); err != nil {
			return err
		}
	}
	moved, err := f.Main.Advance(tx, custody)
	if err != nil {
		// Not a payout an honest signer signed: the main stays, and no
		// payout is signed on it until an operator looks.
		f.Log.Error().Err(err).Msg("custody main")
		return nil
	}
	if moved {
		f.Log.Info().Str("tx", txid.String()).Str("main", custody[0].String()).Msg("custody main moved")
	}
	return nil
}

// holdMain holds the main at final payout tx, one of whose outputs could
// not be recorded: signing on the main stops here until retryHeld
// records them all.
func (f *PayoutFeed) holdMain(ev chains.Event, txid chainhash.Hash, tx *wire.MsgTx) error {
	if f.Main == nil {
		return nil
	}
	held, err := f.Main.Hold(tx, ev.BlockNum, ev.BlockHash)
	if held {
		f.Log.Error().Str("tx", txid.String()).Msg("custody main held: an output of the payout that spends it is not recorded; retried at each event")
	}
	return err
}

// retryHeld records again the outputs of the payout that holds the main
// and, when all are recorded, moves the main.
func (f *PayoutFeed) retryHeld(ctx context.Context) error {
	if f.Main == nil {
		return nil
	}
	txid, block, hash, ok := f.Main.Held()
	if !ok {
		return nil
	}
	btx, err := f.Node.GetRawTransaction(&txid)
	if err != nil {
		return fmt.Errorf("btcroute: payout feed: held payout %s: %w", txid, err)
	}
	tx := btx.MsgTx()
	var custody []wire.OutPoint
	for i, o := range tx.TxOut {
		if f.Custody[string(o.PkScript)] {
			custody = append(custody, wire.OutPoint{Hash: txid, Index: uint32(i)})
			continue
		}
		if bitcoin.CheckStandardPayment(o.PkScript) != nil {
			continue
		}
		ev := chains.Event{Kind: chains.KindPayout, Ref: chains.EventRef{Chain: f.Chain, TxHash: reverse32(txid), Index: uint32(i)},
			BlockNum: block, BlockHash: hash, AssetID: chains.ComputeAssetID(f.Chain, nil), Amount: big.NewInt(o.Value),
			Recipient: bytes.Clone(o.PkScript), Finality: chains.Finality{Final: true}}
		if f.Book != nil {
			if id, ok := f.Book.Resolve(txid, uint32(i)); ok {
				ev.TransferID = id
			}
		}
		_, named, err := f.recordPayout(ctx, ev, tx)
		if err != nil || !named {
			return err
		}
	}
	f.Log.Info().Str("tx", txid.String()).Msg("held payout recorded in full")
	return f.moveMain(txid, tx, custody)
}

// revertMain puts the previous main back if the reorged transaction
// txid made the current one.
func (f *PayoutFeed) revertMain(txid chainhash.Hash) error {
	if f.Main == nil {
		return nil
	}
	back, err := f.Main.Revert(txid)
	if back {
		f.Log.Error().Str("tx", txid.String()).Msg("the payout that made the custody main was reorged: main put back")
	}
	return err
}

// genesis makes op the custody main if there is none yet.
func (f *PayoutFeed) genesis(op wire.OutPoint) error {
	if f.Main == nil {
		return nil
	}
	set, err := f.Main.Genesis(op)
	if set {
		f.Log.Info().Str("main", op.String()).Msg("custody main: first final custody output")
	}
	return err
}

// lastPayoutOutput is the index of the last output of tx the watcher
// reports as a payout (not custody, a standard payment).
func (f *PayoutFeed) lastPayoutOutput(tx *wire.MsgTx) uint32 {
	last := uint32(math.MaxUint32)
	for i, o := range tx.TxOut {
		if !f.Custody[string(o.PkScript)] && bitcoin.CheckStandardPayment(o.PkScript) == nil {
			last = uint32(i)
		}
	}
	return last
}

// recordPayout names the burn a final payout output pays and records its
// UNLOCK (see PayoutFeed). named is false when no burn of the ledger can
// be named for it: the main then does not move past its transaction.
func (f *PayoutFeed) recordPayout(ctx context.Context, ev chains.Event, tx *wire.MsgTx) (_ chains.Event, named bool, _ error) {
	if ev.Amount == nil {
		return ev, false, nil
	}
	shares, err := f.feeShares(ctx, tx)
	if err != nil {
		return ev, false, err
	}
	share := shares[ev.Ref.Index]
	gross := new(big.Int).Add(ev.Amount, big.NewInt(share))
	if f.Accountant == nil {
		return ev, ev.TransferID != (chains.TransferID{}), nil
	}
	id, ok, err := f.name(ctx, ev, gross)
	if err != nil || !ok {
		return ev, false, err
	}
	ev.TransferID = id
	r, err := unlockRecord(ev, gross, big.NewInt(share))
	if err != nil {
		return ev, false, err
	}
	if err := f.Accountant.RecordAll(ctx, []*audit.Record{r}); err != nil {
		return ev, false, err
	}
	f.Log.Info().Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String()).Str("amount", gross.String()).Int64("fee", share).Msg("payout recorded")
	return ev, true, nil
}

// name names the burn payout output ev (gross: its value plus its fee
// share) settles in the operator's ledger:
//
//   - the burn the book names, if it is not executed yet;
//   - else the burn whose UNLOCK the ledger already holds for this very
//     output (a replayed block);
//   - else the open BURN with the output's script and gross amount with
//     the lowest transfer id. Burns with the same script and amount are
//     interchangeable: naming the lowest keeps, in every ledger, one
//     executed burn per final payout output, so no signer counts fewer
//     payments to a script and amount than the chain made.
//
// ok is false when none applies (logged): the ledger has no open burn
// for the output (it may lag its EVM watcher).
func (f *PayoutFeed) name(ctx context.Context, ev chains.Event, gross *big.Int) (chains.TransferID, bool, error) {
	acc := f.Accountant
	book := ev.TransferID
	if book != (chains.TransferID{}) && !acc.Executed(book) {
		return book, true, nil
	}
	if id, ok, err := acc.ExecutionAt(ctx, ev.Ref); err != nil || ok {
		return id, ok, err
	}
	open, err := acc.OpenBurns(ctx, f.Chain, ev.Recipient, gross)
	if err != nil {
		return chains.TransferID{}, false, err
	}
	if len(open) == 0 {
		f.Log.Error().Str("ref", ev.Ref.String()).Str("amount", gross.String()).Str("book", book.String()).
			Msg("payout output pays no open burn of this ledger: not recorded, custody main held")
		return chains.TransferID{}, false, nil
	}
	if book != (chains.TransferID{}) || len(open) > 1 {
		f.Log.Warn().Str("ref", ev.Ref.String()).Str("book", book.String()).Int("candidates", len(open)).Str("transfer", open[0].String()).
			Msg("payout output named by the lowest open burn with its script and amount")
	}
	return open[0], true, nil
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
		known, err := f.Accountant.Sweeps(ctx)
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
			return fmt.Errorf("btcroute: sweep %s: input %s: %w", tx.TxHash(), in.PreviousOutPoint, err)
		}
		if int(in.PreviousOutPoint.Index) >= len(prev.MsgTx().TxOut) {
			return fmt.Errorf("btcroute: sweep %s: input %s does not exist", tx.TxHash(), in.PreviousOutPoint)
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
	if err := f.Accountant.RecordAll(ctx, []*audit.Record{r}); err != nil {
		return err
	}
	f.mu.Lock()
	f.swept[ev.Ref.TxHash] = true
	f.mu.Unlock()
	f.Log.Info().Str("tx", tx.TxHash().String()).Int("deposits", len(ids)).Int64("amount", amount).Int64("fee", amount-out).Msg("sweep recorded")
	return nil
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
			return nil, fmt.Errorf("btcroute: payout feed: input %s: %w", txin.PreviousOutPoint, err)
		}
		if int(txin.PreviousOutPoint.Index) >= len(prev.MsgTx().TxOut) {
			return nil, fmt.Errorf("btcroute: payout feed: input %s does not exist", txin.PreviousOutPoint)
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

// unlockRecord is the UNLOCK of a Bitcoin payout output: ev is the final
// KindPayout event with its TransferID, amount the burn amount it settles
// (output value + fee share), fee the share. The ledger keeps it until the
// BURN is recorded, skips one it holds, and logs (not returns) a refusal.
func unlockRecord(ev chains.Event, amount, fee *big.Int) (*audit.Record, error) {
	amt, ov1 := uint256.FromBig(amount)
	f, ov2 := uint256.FromBig(fee)
	if ov1 || ov2 || amount.Sign() < 0 || fee.Sign() < 0 {
		return nil, fmt.Errorf("btcroute: payout %s: amount %v or fee %v out of range", ev.Ref, amount, fee)
	}
	r := &audit.Record{Kind: audit.KindUnlock, Ref: audit.Ref{EventRef: ev.Ref, BlockNum: ev.BlockNum, BlockHash: ev.BlockHash},
		TransferID: ev.TransferID, AssetID: ev.AssetID, Amount: *amt, Fee: *f, Recipient: bytes.Clone(ev.Recipient)}
	if _, err := r.Encode(); err != nil {
		return nil, fmt.Errorf("btcroute: payout %s: %w", ev.Ref, err)
	}
	return r, nil
}
