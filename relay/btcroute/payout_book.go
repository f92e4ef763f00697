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
// makes the double-pay rule survive restarts: a burn already in a payout
// P of the book is only signed again in a payout Q that conflicts with P
// — some transaction of Q and its book ancestors and some other
// transaction of P and its book ancestors spend a common outpoint (an
// RBF-style replacement, or a payout on another branch of the main
// chain) — so at most one of them can confirm. A payout's book ancestors
// are the book payouts whose change it spends, and theirs: a payout that
// descends from P never conflicts with P, so it may not pay P's burns.
// The book also resolves payout outputs to burns for the watcher
// (Resolve), names the change outputs of payouts this operator signed
// (SignedChange: a signer accepts them as a payout's main) and tells the
// leader which burns are already being paid.
//
// The file (<dataDir>/btc-<chain>.payouts.json) is replaced atomically
// with fsync before Claim returns, so a signature is never handed out
// for a payout the book does not hold. Entries whose burns all executed
// in the operator's own ledger are released (Release); a payout whose
// input a final transaction spent is dropped with its book descendants
// (Spent).
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

	// Derived from PSBT (derive).
	ins    map[wire.OutPoint]bool
	change *wire.OutPoint // the last output when it pays no burn
	value  int64          // the change's value
	script []byte         // the change's script
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
		if err := e.derive(); err != nil {
			return nil, fmt.Errorf("btcroute: payout book %s: payout %s: %w", path, k, err)
		}
	}
	return b, nil
}

// derive fills the entry's fields that are computed from its PSBT.
func (e *payoutEntry) derive() error {
	p, err := psbt.NewFromRawBytes(bytes.NewReader(e.PSBT), false)
	if err != nil {
		return fmt.Errorf("%w: %w", wallet.ErrPacket, err)
	}
	tx := p.UnsignedTx
	if h := tx.TxHash().String(); h != e.TxID {
		return fmt.Errorf("%w: PSBT of %s is tx %s", wallet.ErrPacket, e.TxID, h)
	}
	e.ins = map[wire.OutPoint]bool{}
	for _, in := range tx.TxIn {
		e.ins[in.PreviousOutPoint] = true
	}
	last := len(tx.TxOut) - 1
	e.change = nil
	if last >= 0 && !e.paysOutput(uint32(last)) {
		e.change = &wire.OutPoint{Hash: tx.TxHash(), Index: uint32(last)}
		e.value, e.script = tx.TxOut[last].Value, tx.TxOut[last].PkScript
	}
	return nil
}

func (e *payoutEntry) paysOutput(vout uint32) bool {
	for _, o := range e.Burns {
		if o.Vout == vout {
			return true
		}
	}
	return false
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
	return e, e.derive()
}

// conflict returns the error of the double-pay rule for a new payout e:
// every burn it pays that an earlier payout of the book pays too must be
// in a payout that conflicts with e (conflicts). The caller holds mu.
func (b *PayoutBook) conflict(e *payoutEntry) error {
	lineE := b.lineage(e)
	for _, o := range e.Burns {
		for _, prev := range b.m {
			if prev.TxID == e.TxID || !prev.pays(o.Transfer) {
				continue
			}
			if !conflicts(lineE, b.lineage(prev)) {
				return fmt.Errorf("%w: %w: burn %s is already in payout %s, which %s does not conflict with (no two of their transactions and book ancestors spend a common outpoint)",
					signer.ErrRefused, signer.ErrDoublePay, o.Transfer, prev.TxID, e.TxID)
			}
		}
	}
	return nil
}

// lineage returns e and its book ancestors: the payouts of the book
// whose change e spends, and theirs. The caller holds mu.
func (b *PayoutBook) lineage(e *payoutEntry) []*payoutEntry {
	byChange := map[wire.OutPoint]*payoutEntry{}
	for _, x := range b.m {
		if x.change != nil {
			byChange[*x.change] = x
		}
	}
	out := []*payoutEntry{e}
	seen := map[string]bool{e.TxID: true}
	for i := 0; i < len(out); i++ {
		for op := range out[i].ins {
			if p, ok := byChange[op]; ok && !seen[p.TxID] {
				seen[p.TxID] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// conflicts reports whether a transaction of line a and a different
// transaction of line b spend a common outpoint: then the two lines are
// on different branches and at most one of their tips can confirm.
func conflicts(a, b []*payoutEntry) bool {
	for _, x := range a {
		for _, y := range b {
			if x.TxID == y.TxID {
				continue
			}
			for op := range x.ins {
				if y.ins[op] {
					return true
				}
			}
		}
	}
	return false
}

// SignedChange returns the change output op of a payout this operator
// signed and still holds (its value and script), which it accepts as a
// payout's main while that payout may still confirm.
func (b *PayoutBook) SignedChange(op wire.OutPoint) (value int64, script []byte, ok bool) {
	return b.change(op, true)
}

// Change is SignedChange for any payout of the book, signed or only
// broadcast by this operator.
func (b *PayoutBook) Change(op wire.OutPoint) (value int64, script []byte, ok bool) {
	return b.change(op, false)
}

func (b *PayoutBook) change(op wire.OutPoint, signed bool) (int64, []byte, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	e, ok := b.m[op.Hash.String()]
	if !ok || (signed && !e.Signed) || e.change == nil || *e.change != op {
		return 0, nil, false
	}
	return e.value, bytes.Clone(e.script), true
}

// Spender is a payout of the book that spends an output, with its change.
type Spender struct {
	TxID   chainhash.Hash
	Change *wire.OutPoint
}

// Spenders returns the payouts of the book that spend op, in txid order.
func (b *PayoutBook) Spenders(op wire.OutPoint) []Spender {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []Spender
	for _, e := range b.m {
		if !e.ins[op] {
			continue
		}
		h, err := chainhash.NewHashFromStr(e.TxID)
		if err != nil {
			continue
		}
		sp := Spender{TxID: *h}
		if e.change != nil {
			c := *e.change
			sp.Change = &c
		}
		out = append(out, sp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].TxID.String() < out[j].TxID.String() })
	return out
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
// never confirm (short of a reorg deeper than finality), nor can its
// book descendants (they spend its change), so they are forgotten and
// their burns may be paid by another payout. It returns the payouts
// dropped.
func (b *PayoutBook) Spent(op wire.OutPoint, by chainhash.Hash) ([]chainhash.Hash, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	self := by.String()
	dead := map[string]bool{}
	for k, e := range b.m {
		if k != self && e.ins[op] {
			dead[k] = true
		}
	}
	for grew := len(dead) > 0; grew; {
		grew = false
		for k, e := range b.m {
			if dead[k] || k == self {
				continue
			}
			for in := range e.ins {
				if dead[in.Hash.String()] {
					dead[k], grew = true, true
					break
				}
			}
		}
	}
	if len(dead) == 0 {
		return nil, nil
	}
	kept := map[string]*payoutEntry{}
	var out []chainhash.Hash
	for k := range dead {
		kept[k] = b.m[k]
		delete(b.m, k)
		if h, err := chainhash.NewHashFromStr(k); err == nil {
			out = append(out, *h)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
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
