package btcroute

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"sync"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// PayoutBook is this operator's durable memory of the payout transactions
// it signed or broadcast: txid, inputs, and the burn each output pays. It
// makes the double-pay rule of chains/bitcoin/signer survive restarts:
// a burn already in a payout of the book is only signed again in a
// payout that spends one of the same inputs (an RBF-style replacement),
// so at most one of them can confirm. The book also resolves payout
// outputs to burns for the watcher (Resolve) and tells the leader which
// burns are already being paid.
//
// The file (<dataDir>/btc-<chain>.payouts.json) is replaced atomically
// with fsync before Claim returns, so a signature is never handed out
// for a payout the book does not hold. Entries whose burns all executed
// in the operator's own ledger are released (Release).
type PayoutBook struct {
	path string
	mu   sync.Mutex
	m    map[string]*payoutEntry // by txid (display hex)
}

type payoutEntry struct {
	TxID   string      `json:"txid"`
	Inputs []string    `json:"inputs"` // outpoints, txid:vout
	Burns  []payoutOut `json:"burns"`
	// Signed is set when this operator signed the payout; an entry
	// recorded by the leader that broadcast it has Signed false.
	Signed bool   `json:"signed,omitempty"`
	PSBT   []byte `json:"psbt"`
}

type payoutOut struct {
	Vout     uint32            `json:"vout"`
	Transfer chains.TransferID `json:"transfer"`
}

// PayoutBookPath is the book's file under an operator's data dir.
func PayoutBookPath(dataDir string, chain chains.ChainID) string {
	return filepath.Join(dataDir, fmt.Sprintf("btc-%d.payouts.json", chain))
}

// OpenPayoutBook loads the book at path (missing: empty).
func OpenPayoutBook(path string) (*PayoutBook, error) {
	b := &PayoutBook{path: path, m: map[string]*payoutEntry{}}
	if _, err := atomicfile.ReadJSON(path, &b.m); err != nil {
		return nil, fmt.Errorf("btcroute: payout book: %w", err)
	}
	for k, e := range b.m {
		if k != e.TxID {
			return nil, fmt.Errorf("btcroute: payout book %s: entry %s names txid %s", path, k, e.TxID)
		}
		for _, in := range e.Inputs {
			if _, err := wire.NewOutPointFromString(in); err != nil {
				return nil, fmt.Errorf("btcroute: payout book %s: payout %s: %w", path, k, err)
			}
		}
	}
	return b, nil
}

func newPayoutEntry(p *psbt.Packet) (*payoutEntry, error) {
	pr, err := wallet.ReadProposal(p)
	if err != nil {
		return nil, err
	}
	if pr.Kind != wallet.KindPayout {
		return nil, fmt.Errorf("%w: a %s, not a payout", wallet.ErrPacket, pr.Kind)
	}
	var raw bytes.Buffer
	if err := p.Serialize(&raw); err != nil {
		return nil, fmt.Errorf("%w: %w", wallet.ErrPacket, err)
	}
	e := &payoutEntry{TxID: p.UnsignedTx.TxHash().String(), PSBT: raw.Bytes()}
	for _, in := range p.UnsignedTx.TxIn {
		e.Inputs = append(e.Inputs, in.PreviousOutPoint.String())
	}
	for i, id := range pr.Burns {
		if id != nil {
			e.Burns = append(e.Burns, payoutOut{Vout: uint32(i), Transfer: *id})
		}
	}
	return e, nil
}

// conflict returns the error of the double-pay rule for a new payout e:
// every burn it pays that an earlier payout of the book pays too must
// share an input with that payout. The caller holds mu.
func (b *PayoutBook) conflict(e *payoutEntry) error {
	ins := map[string]bool{}
	for _, in := range e.Inputs {
		ins[in] = true
	}
	for _, o := range e.Burns {
		for _, prev := range b.m {
			if prev.TxID == e.TxID || !prev.pays(o.Transfer) {
				continue
			}
			shared := false
			for _, in := range prev.Inputs {
				shared = shared || ins[in]
			}
			if !shared {
				return fmt.Errorf("%w: %w: burn %s is already in payout %s, which spends none of the inputs of %s",
					signer.ErrRefused, signer.ErrDoublePay, o.Transfer, prev.TxID, e.TxID)
			}
		}
	}
	return nil
}

func (e *payoutEntry) pays(id chains.TransferID) bool {
	for _, o := range e.Burns {
		if o.Transfer == id {
			return true
		}
	}
	return false
}

// Check applies the double-pay rule to p without recording it.
func (b *PayoutBook) Check(p *psbt.Packet) error {
	e, err := newPayoutEntry(p)
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.conflict(e)
}

// Claim applies the double-pay rule to p and records it as signed by
// this operator, durably, before it returns nil. The refusal wraps
// signer.ErrRefused and signer.ErrDoublePay.
func (b *PayoutBook) Claim(p *psbt.Packet) error {
	return b.add(p, true)
}

// Add records a payout this operator broadcasts (or saw proposed)
// without the double-pay rule: recording more only makes the rule
// stricter. An entry already present keeps its Signed mark.
func (b *PayoutBook) Add(p *psbt.Packet) error {
	return b.add(p, false)
}

func (b *PayoutBook) add(p *psbt.Packet, signed bool) error {
	e, err := newPayoutEntry(p)
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if signed {
		if err := b.conflict(e); err != nil {
			return err
		}
	}
	if old, ok := b.m[e.TxID]; ok {
		if old.Signed || !signed {
			return nil
		}
		old.Signed = true
		return b.save()
	}
	e.Signed = signed
	b.m[e.TxID] = e
	if err := b.save(); err != nil {
		delete(b.m, e.TxID)
		return err
	}
	return nil
}

// Resolve names the burn output vout of payout txid pays; it is the
// watcher's PayoutResolver.
func (b *PayoutBook) Resolve(txid chainhash.Hash, vout uint32) (chains.TransferID, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	e, ok := b.m[txid.String()]
	if !ok {
		return chains.TransferID{}, false
	}
	for _, o := range e.Burns {
		if o.Vout == vout {
			return o.Transfer, true
		}
	}
	return chains.TransferID{}, false
}

// PayoutsOf returns the txids of the book's payouts of burn id, in txid order.
func (b *PayoutBook) PayoutsOf(id chains.TransferID) []chainhash.Hash {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []chainhash.Hash
	for _, e := range b.m {
		if e.pays(id) {
			h, err := chainhash.NewHashFromStr(e.TxID)
			if err == nil {
				out = append(out, *h)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// Packet returns the stored PSBT of payout txid.
func (b *PayoutBook) Packet(txid chainhash.Hash) (*psbt.Packet, error) {
	b.mu.Lock()
	e, ok := b.m[txid.String()]
	b.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("btcroute: payout %s not in the book", txid)
	}
	return psbt.NewFromRawBytes(bytes.NewReader(e.PSBT), false)
}

// Len is the number of payouts held.
func (b *PayoutBook) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.m)
}

// Spent records that the custody output op was spent by the final
// transaction by: every other payout of the book that spends op can
// never confirm (short of a reorg deeper than finality), so it is
// forgotten and its burns may be paid by another payout. It returns the
// payouts dropped.
func (b *PayoutBook) Spent(op wire.OutPoint, by chainhash.Hash) ([]chainhash.Hash, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	in, self := op.String(), by.String()
	var drop []string
	for k, e := range b.m {
		if k == self {
			continue
		}
		for _, x := range e.Inputs {
			if x == in {
				drop = append(drop, k)
				break
			}
		}
	}
	if len(drop) == 0 {
		return nil, nil
	}
	kept := map[string]*payoutEntry{}
	var out []chainhash.Hash
	for _, k := range drop {
		kept[k] = b.m[k]
		delete(b.m, k)
		if h, err := chainhash.NewHashFromStr(k); err == nil {
			out = append(out, *h)
		}
	}
	if err := b.save(); err != nil {
		for k, e := range kept {
			b.m[k] = e
		}
		return nil, err
	}
	return out, nil
}

// Release forgets the payouts all of whose burns executed (executed
// reports whether the operator's own ledger holds the burn's UNLOCK),
// and returns those burns. Until then a payout stays in the book, even
// once mined: the watcher resolves its outputs from it.
func (b *PayoutBook) Release(executed func(chains.TransferID) bool) ([]chains.TransferID, error) {
	if executed == nil {
		return nil, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	var done []chains.TransferID
	var drop []string
	for k, e := range b.m {
		all := len(e.Burns) > 0
		for _, o := range e.Burns {
			all = all && executed(o.Transfer)
		}
		if all {
			drop = append(drop, k)
			for _, o := range e.Burns {
				done = append(done, o.Transfer)
			}
		}
	}
	if len(drop) == 0 {
		return nil, nil
	}
	kept := map[string]*payoutEntry{}
	for _, k := range drop {
		kept[k] = b.m[k]
		delete(b.m, k)
	}
	if err := b.save(); err != nil {
		for k, e := range kept {
			b.m[k] = e
		}
		return nil, err
	}
	return done, nil
}

func (b *PayoutBook) save() error {
	raw, err := json.Marshal(b.m)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(b.path, raw, 0o600); err != nil {
		return fmt.Errorf("btcroute: payout book: %w", err)
	}
	return nil
}

// CustodySet is this operator's durable list of candidate custody
// outputs (<dataDir>/btc-<chain>.custody.json): the custody outputs of
// every final sweep and payout its own watcher reported. The payout
// leader proposes from it; every candidate is re-read from the node
// (View.CustodyUTXO: unspent even in the mempool, final, paying a
// custody script) before it is used, and candidates spent in a block are
// dropped.
type CustodySet struct {
	path string
	mu   sync.Mutex
	m    map[string]bool
}

// CustodySetPath is the set's file under an operator's data dir.
func CustodySetPath(dataDir string, chain chains.ChainID) string {
	return filepath.Join(dataDir, fmt.Sprintf("btc-%d.custody.json", chain))
}

// OpenCustodySet loads the set at path (missing: empty).
func OpenCustodySet(path string) (*CustodySet, error) {
	s := &CustodySet{path: path, m: map[string]bool{}}
	var ops []string
	if _, err := atomicfile.ReadJSON(path, &ops); err != nil {
		return nil, fmt.Errorf("btcroute: custody set: %w", err)
	}
	for _, o := range ops {
		if _, err := wire.NewOutPointFromString(o); err != nil {
			return nil, fmt.Errorf("btcroute: custody set %s: %w", path, err)
		}
		s.m[o] = true
	}
	return s, nil
}

// Add records candidate outputs (saved when the set changed).
func (s *CustodySet) Add(ops ...wire.OutPoint) error { return s.update(ops, true) }

// Remove drops outputs (saved when the set changed).
func (s *CustodySet) Remove(ops ...wire.OutPoint) error { return s.update(ops, false) }

func (s *CustodySet) update(ops []wire.OutPoint, add bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	changed := false
	for _, o := range ops {
		k := o.String()
		if s.m[k] != add {
			changed = true
			if add {
				s.m[k] = true
			} else {
				delete(s.m, k)
			}
		}
	}
	if !changed {
		return nil
	}
	list := make([]string, 0, len(s.m))
	for k := range s.m {
		list = append(list, k)
	}
	sort.Strings(list)
	raw, _ := json.Marshal(list)
	if err := atomicfile.WriteFile(s.path, raw, 0o600); err != nil {
		return fmt.Errorf("btcroute: custody set: %w", err)
	}
	return nil
}

// List returns the candidates in outpoint order.
func (s *CustodySet) List() []wire.OutPoint {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]wire.OutPoint, 0, len(s.m))
	for k := range s.m {
		op, err := wire.NewOutPointFromString(k)
		if err == nil {
			out = append(out, *op)
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
