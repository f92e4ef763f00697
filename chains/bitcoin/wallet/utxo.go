package wallet

import (
	"sort"
	"sync"

	"github.com/btcsuite/btcd/wire"
)

// UTXOSet tracks the federation's custody outputs from final transactions.
// Feed it every final block in order (ApplyBlock) — the watcher's
// WithFinalBlock option does that — and it holds what BuildPayout needs.
// It is safe for concurrent use.
type UTXOSet struct {
	mu      sync.Mutex
	scripts map[string]uint32 // custody pkScript → epoch
	utxos   map[wire.OutPoint]UTXO
}

// NewUTXOSet returns an empty set recognising the custody outputs of
// every epoch the wallet knows.
func (w *Wallet) NewUTXOSet() *UTXOSet {
	s := &UTXOSet{scripts: map[string]uint32{}, utxos: map[wire.OutPoint]UTXO{}}
	for e, c := range w.custody {
		s.scripts[string(c.PkScript())] = e
	}
	return s
}

// ApplyTx removes the custody outputs tx spends and adds those it creates.
func (s *UTXOSet) ApplyTx(tx *wire.MsgTx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, in := range tx.TxIn {
		delete(s.utxos, in.PreviousOutPoint)
	}
	txid := tx.TxHash()
	for i, out := range tx.TxOut {
		if e, ok := s.scripts[string(out.PkScript)]; ok {
			op := wire.OutPoint{Hash: txid, Index: uint32(i)}
			s.utxos[op] = UTXO{OutPoint: op, Amount: out.Value, Epoch: e}
		}
	}
}

// ApplyBlock applies every transaction of a final block, in order.
func (s *UTXOSet) ApplyBlock(_ int64, blk *wire.MsgBlock) {
	for _, tx := range blk.Transactions {
		s.ApplyTx(tx)
	}
}

// Unspent returns the tracked custody outputs in outpoint order.
func (s *UTXOSet) Unspent() []UTXO {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]UTXO, 0, len(s.utxos))
	for _, u := range s.utxos {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return lessOutPoint(out[i].OutPoint, out[j].OutPoint) })
	return out
}

// Balance returns the sum of the tracked outputs.
func (s *UTXOSet) Balance() int64 {
	var b int64
	for _, u := range s.Unspent() {
		b += u.Amount
	}
	return b
}
