package btcroute

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"sync"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// Sweeps of minted deposits into custody: the operator-local steps of
// the round (which deposits are due, the leader's proposal, a signer's
// independent check through chains/bitcoin/signer, assembly and
// broadcast). PayoutBatcher's rounds (round.go) run them between
// operators on the relay's batch path.

// Errors of the sweep pieces.
var (
	// ErrNotMinted: a deposit is not swept before this operator's ledger
	// holds its final MINT (a deposit that is never minted stays
	// refundable by its depositor).
	ErrNotMinted = errors.New("btcroute: deposit not minted in this operator's ledger")
	// ErrSpent: the output is spent (or being spent in the mempool).
	ErrSpent = errors.New("btcroute: output already spent")
	// ErrNotCustody: an output is not a final custody output.
	ErrNotCustody = errors.New("btcroute: not a final custody output")
	// ErrNoPayouts: View alone knows no burns; a payout is
	// checked against the burns of its batch (PayoutBatcher.SignBatch).
	ErrNoPayouts = errors.New("btcroute: burns are checked per payout batch, not by the view")
	// ErrNothingDue: no sweep is due now.
	ErrNothingDue = errors.New("btcroute: no sweep due")
)

// DepositBook is this operator's durable list of accepted deposits and
// whether they are swept, fed from its own Bitcoin watcher (deposits,
// sweeps, refunds, and their reorgs). It is what a sweep leader proposes
// from; signers never trust it alone (View re-reads each input).
type DepositBook struct {
	path string
	mu   sync.Mutex
	m    map[chains.TransferID]*bookEntry
}

type bookEntry struct {
	OutPoint string `json:"outpoint"` // txid (display):vout
	Swept    bool   `json:"swept,omitempty"`
	op       wire.OutPoint
}

// OpenDepositBook loads the book at path (missing: empty).
func OpenDepositBook(path string) (*DepositBook, error) {
	b := &DepositBook{path: path, m: map[chains.TransferID]*bookEntry{}}
	if _, err := atomicfile.ReadJSON(path, &b.m); err != nil {
		return nil, fmt.Errorf("btcroute: deposit book: %w", err)
	}
	for id, e := range b.m {
		op, err := wire.NewOutPointFromString(e.OutPoint)
		if err != nil {
			return nil, fmt.Errorf("btcroute: deposit book %s: transfer %s: %w", path, id, err)
		}
		e.op = *op
	}
	return b, nil
}

// Apply records one final (or reorged) event of the Bitcoin watcher and
// saves the book when it changed.
func (b *DepositBook) Apply(ev chains.Event) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	e, known := b.m[ev.TransferID]
	switch {
	case ev.Kind == chains.KindLocked && !ev.Reorged && ev.Final:
		if known {
			return nil
		}
		op := wire.OutPoint{Hash: chainhash.Hash(reverse32(ev.Ref.TxHash)), Index: ev.Ref.Index}
		b.m[ev.TransferID] = &bookEntry{OutPoint: op.String(), op: op}
	case ev.Kind == chains.KindLocked && ev.Reorged && known:
		delete(b.m, ev.TransferID)
	case (ev.Kind == chains.KindSweep || ev.Kind == chains.KindRefund) && known && e.Swept == ev.Reorged:
		e.Swept = !ev.Reorged // a reorged sweep puts the deposit back
	default:
		return nil
	}
	return b.save()
}

func (b *DepositBook) save() error {
	raw, err := json.Marshal(b.m)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(b.path, raw, 0o600); err != nil {
		return fmt.Errorf("btcroute: deposit book: %w", err)
	}
	return nil
}

// Unswept returns the outpoints of deposits not swept nor refunded, in
// outpoint order.
func (b *DepositBook) Unswept() []wire.OutPoint {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []wire.OutPoint
	for _, e := range b.m {
		if !e.Swept {
			out = append(out, e.op)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if c := bytes.Compare(out[i].Hash[:], out[j].Hash[:]); c != 0 {
			return c < 0
		}
		return out[i].Index < out[j].Index
	})
	return out
}

func reverse32(h [32]byte) [32]byte {
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		h[i], h[j] = h[j], h[i]
	}
	return h
}

// DepositReader re-reads a deposit from the operator's own node:
// *watcher.Verifier.
type DepositReader interface {
	Deposit(ctx context.Context, op wire.OutPoint) (wallet.Deposit, error)
}

// OutputReader reads an unspent output: *rpcclient.Client.
type OutputReader interface {
	GetTxOut(txHash *chainhash.Hash, index uint32, mempool bool) (*btcjson.GetTxOutResult, error)
}

// View is one operator's signer.View, from its own node and its
// own ledger, never from the bus:
//
//   - Deposit: a final accepted deposit (Deposits, with the same rules as
//     the watcher), still unspent even in the node's mempool, whose MINT
//     the ledger holds (Minted);
//   - CustodyUTXO: an unspent output paying a custody script of a known
//     epoch with at least Confirmations confirmations;
//   - Burn: refused (ErrNoPayouts): PayoutBatcher.SignBatch checks a
//     payout with a view whose Burn returns the batch's items, each of
//     which the relay signer re-read from its own node and checked
//     against its own ledger before signing it;
//   - IsMain (signer.MainView): the operator's final custody main (Main),
//     so a sweep that spends it is refused. A payout is checked with
//     PayoutBatcher's view, which also accepts the change of payouts
//     this operator signed.
type View struct {
	Chain    chains.ChainID
	Deposits DepositReader
	Outputs  OutputReader
	// Minted reports whether the deposit with this transfer id is minted
	// (Accountant.Executed).
	Minted        func(chains.TransferID) bool
	Custody       map[uint32][]byte // epoch → custody pkScript
	Confirmations uint32
	// Main is the operator's custody main (nil: no output is a main).
	Main *CustodyMain
}

var _ signer.MainView = (*View)(nil)

// IsMain implements signer.MainView: op is the final custody main.
func (v *View) IsMain(_ context.Context, op wire.OutPoint) bool {
	if v.Main == nil {
		return false
	}
	m, ok := v.Main.Main()
	return ok && m == op
}

// changeUTXO reads op, the change of a payout of this operator's book
// paying script, with any number of confirmations: unspent in the node's
// mempool or chain, paying a custody script.
func (v *View) changeUTXO(op wire.OutPoint, script []byte) (wallet.UTXO, error) {
	out, err := v.Outputs.GetTxOut(&op.Hash, op.Index, true)
	if err != nil {
		return wallet.UTXO{}, fmt.Errorf("change %s: gettxout: %w", op, err)
	}
	if out == nil {
		return wallet.UTXO{}, fmt.Errorf("%w: change %s is not an unspent output this node knows", ErrSpent, op)
	}
	if out.ScriptPubKey.Hex != fmt.Sprintf("%x", script) {
		return wallet.UTXO{}, fmt.Errorf("%w: change %s pays %s, its payout %x", ErrNotCustody, op, out.ScriptPubKey.Hex, script)
	}
	return v.custodyOf(op, out)
}

// Deposit implements signer.View.
func (v *View) Deposit(ctx context.Context, op wire.OutPoint) (wallet.Deposit, error) {
	d, err := v.Deposits.Deposit(ctx, op)
	if err != nil {
		return d, err
	}
	id := chains.BitcoinTransferID(v.Chain, op.Hash, op.Index)
	if !v.Minted(id) {
		return wallet.Deposit{}, fmt.Errorf("%w: deposit %s (transfer %s)", ErrNotMinted, op, id)
	}
	out, err := v.Outputs.GetTxOut(&op.Hash, op.Index, true)
	if err != nil {
		return wallet.Deposit{}, fmt.Errorf("deposit %s: gettxout: %w", op, err)
	}
	if out == nil {
		return wallet.Deposit{}, fmt.Errorf("%w: deposit %s", ErrSpent, op)
	}
	return d, nil
}

// CustodyUTXO implements signer.View.
func (v *View) CustodyUTXO(_ context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	out, err := v.Outputs.GetTxOut(&op.Hash, op.Index, true)
	if err != nil {
		return wallet.UTXO{}, fmt.Errorf("custody %s: gettxout: %w", op, err)
	}
	if out == nil {
		return wallet.UTXO{}, fmt.Errorf("%w: custody %s", ErrSpent, op)
	}
	if out.Confirmations < int64(v.Confirmations) {
		return wallet.UTXO{}, fmt.Errorf("%w: %s has %d confirmations, want %d", ErrNotCustody, op, out.Confirmations, v.Confirmations)
	}
	return v.custodyOf(op, out)
}

// custodyOf is the UTXO of output op as the node reports it, if it pays
// a custody script.
func (v *View) custodyOf(op wire.OutPoint, out *btcjson.GetTxOutResult) (wallet.UTXO, error) {
	for epoch, script := range v.Custody {
		if out.ScriptPubKey.Hex == fmt.Sprintf("%x", script) {
			amt, err := btcutil.NewAmount(out.Value)
			if err != nil {
				return wallet.UTXO{}, fmt.Errorf("custody %s: value: %w", op, err)
			}
			return wallet.UTXO{OutPoint: op, Amount: int64(amt), Epoch: epoch}, nil
		}
	}
	return wallet.UTXO{}, fmt.Errorf("%w: %s pays %s", ErrNotCustody, op, out.ScriptPubKey.Hex)
}

// Burn implements signer.View.
func (v *View) Burn(context.Context, chains.TransferID) (wallet.Burn, error) {
	return wallet.Burn{}, ErrNoPayouts
}

// SweepPolicy says when the leader sweeps: when MinBatch deposits are
// waiting, or when one of them is within Horizon blocks of its refund
// locktime; at most MaxInputs deposits per sweep, most urgent first.
type SweepPolicy struct {
	MinBatch  int
	MaxInputs int
	Horizon   uint32
	// Reserved, if set, names deposits to leave out: inputs of a sweep
	// this leader proposed moments ago that is not in the mempool yet
	// (PayoutBatcher.Round), so it does not propose a second, overlapping sweep
	// that the signers would also sign and only one of which can confirm.
	Reserved func(wire.OutPoint) bool
}

// ProposeSweep is the leader's step: the minted, unswept deposits of
// book that its own view confirms, and, when a sweep is due, the sweep
// PSBT (wallet.BuildSweep). It returns ErrNothingDue otherwise.
// Deposits its view refuses (not minted yet, spent) are left for later.
func ProposeSweep(ctx context.Context, w *wallet.Wallet, book *DepositBook, view *View, tip int64, pol SweepPolicy) (*psbt.Packet, error) {
	var ds []wallet.Deposit
	for _, op := range book.Unswept() {
		if pol.Reserved != nil && pol.Reserved(op) {
			continue
		}
		d, err := view.Deposit(ctx, op)
		if err != nil {
			continue
		}
		ds = append(ds, d)
	}
	if len(ds) == 0 || len(ds) < pol.MinBatch && !wallet.SweepUrgent(ds, tip, pol.Horizon) {
		return nil, fmt.Errorf("%w: %d minted deposits waiting", ErrNothingDue, len(ds))
	}
	max := pol.MaxInputs
	if max <= 0 {
		max = len(ds)
	}
	return w.BuildSweep(wallet.SweepBatch(ds, max))
}

// SignSweep is a signer's step: chains/bitcoin/signer checks the proposal
// against this operator's own view (every input a final, minted,
// unspent deposit; one output to current custody; fee within policy;
// byte-for-byte rebuild) and signs it. The packet is not modified.
func SignSweep(ctx context.Context, s *signer.Signer, p *psbt.Packet, view *View) ([]wallet.Signature, error) {
	c, err := clonePacket(p)
	if err != nil {
		return nil, err
	}
	prop, err := wallet.ReadProposal(c)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", signer.ErrRefused, err)
	}
	if prop.Kind != wallet.KindSweep {
		return nil, fmt.Errorf("%w: a %s proposal, not a sweep", signer.ErrRefused, prop.Kind)
	}
	return s.CheckAndSign(ctx, c, view)
}

// Broadcaster sends a transaction: *rpcclient.Client.
type Broadcaster interface {
	SendRawTransaction(tx *wire.MsgTx, allowHighFees bool) (*chainhash.Hash, error)
}

// CompleteSweep assembles the witnesses from t signers' signatures
// (wallet.AssembleWitness checks them) and broadcasts the transaction.
func CompleteSweep(p *psbt.Packet, sigs []wallet.Signature, node Broadcaster) (*wire.MsgTx, error) {
	tx, err := wallet.AssembleWitness(p, sigs)
	if err != nil {
		return nil, err
	}
	if _, err := node.SendRawTransaction(tx, false); err != nil {
		return tx, fmt.Errorf("btcroute: broadcast sweep %s: %w", tx.TxHash(), err)
	}
	return tx, nil
}

func clonePacket(p *psbt.Packet) (*psbt.Packet, error) {
	var b bytes.Buffer
	if err := p.Serialize(&b); err != nil {
		return nil, fmt.Errorf("%w: %w", wallet.ErrPacket, err)
	}
	c, err := psbt.NewFromRawBytes(&b, false)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", wallet.ErrPacket, err)
	}
	return c, nil
}

// CustodyScripts returns the custody pkScript of every epoch of cfg.
func CustodyScripts(w *wallet.Wallet, epochs ...uint32) (map[uint32][]byte, error) {
	out := map[uint32][]byte{}
	for _, e := range epochs {
		c, err := w.Custody(e)
		if err != nil {
			return nil, err
		}
		out[e] = c.PkScript()
	}
	return out, nil
}

// DepositBookPath is the book's file under an operator's data dir.
func DepositBookPath(dataDir string, chain chains.ChainID) string {
	return filepath.Join(dataDir, fmt.Sprintf("btc-%d.deposits.json", chain))
}
