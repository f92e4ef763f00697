package btcroute

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// ErrNoMainState: the watcher's cursor exists but the custody main state
// does not, so this operator would have forgotten its custody main.
var ErrNoMainState = errors.New("btcroute: custody main state missing")

// CustodyMain is this operator's durable custody main: the one custody
// output every payout must spend (wallet.BuildMainPayout), derived from
// the final chain by its own PayoutFeed, never from the bus.
//
//   - Genesis: the first final custody output in chain order (the first
//     sweep's output).
//   - A final payout that spends the main makes its change the main, but
//     only after the feed recorded the UNLOCKs of all its outputs, so a
//     signer that sees the new main also sees those burns paid.
//   - A final payout spending the main with an output the feed cannot
//     record (no open burn in the ledger names it yet) holds the main
//     (Hold) until the feed records them all; then the main moves.
//   - A reorg of the transaction that made the main puts the previous
//     one back (one level; a deeper reorg is beyond finality and raises
//     the alarm anyway).
//
// The file (<dataDir>/btc-<chain>.main.json) is replaced atomically with
// fsync before a change returns. It is created, empty, at the first start;
// OpenCustodyMain refuses (ErrNoMainState) a data dir whose cursor exists
// without it.
type CustodyMain struct {
	path string
	mu   sync.Mutex
	st   mainState
}

type mainState struct {
	Main string `json:"main,omitempty"` // txid:vout; empty before the first final custody output
	Prev string `json:"prev,omitempty"` // the main By replaced
	By   string `json:"by,omitempty"`   // txid of the payout that made Main
	// Held is the final payout that spends Main but has an output the
	// feed could not record yet: Main does not move past it until it can.
	Held *heldPayout `json:"held,omitempty"`
}

// heldPayout locates a held payout for the feed's retries.
type heldPayout struct {
	TxID      string `json:"txid"`
	Block     uint64 `json:"block"`
	BlockHash string `json:"blockHash"` // hex, as in the event
}

// CustodyMainPath is the main state's file under an operator's data dir.
func CustodyMainPath(dataDir string, chain chains.ChainID) string {
	return filepath.Join(dataDir, fmt.Sprintf("btc-%d.main.json", chain))
}

// OpenCustodyMain loads the main state at path. A missing file is
// created empty, unless cursor (the watcher's cursor file; "" for none)
// exists: the watcher would then not rescan the blocks the main was
// derived from (ErrNoMainState).
func OpenCustodyMain(path, cursor string) (*CustodyMain, error) {
	m := &CustodyMain{path: path}
	found, err := atomicfile.ReadJSON(path, &m.st)
	if err != nil {
		return nil, fmt.Errorf("btcroute: custody main: %w", err)
	}
	for _, s := range []string{m.st.Main, m.st.Prev} {
		if s == "" {
			continue
		}
		if _, err := wire.NewOutPointFromString(s); err != nil {
			return nil, fmt.Errorf("btcroute: custody main %s: %w", path, err)
		}
	}
	if found {
		return m, nil
	}
	if cursor != "" {
		if _, err := os.Stat(cursor); err == nil {
			return nil, fmt.Errorf("%w: %s does not exist but the watcher cursor %s does: this operator would forget its custody main; "+
				"restore the file, or remove the cursor to rescan the chain from the start height", ErrNoMainState, path, cursor)
		}
	}
	if err := m.save(); err != nil {
		return nil, err
	}
	return m, nil
}

// Main returns the current final main (ok false before the first final
// custody output).
func (m *CustodyMain) Main() (wire.OutPoint, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.st.Main == "" {
		return wire.OutPoint{}, false
	}
	op, err := wire.NewOutPointFromString(m.st.Main)
	if err != nil {
		return wire.OutPoint{}, false
	}
	return *op, true
}

// Genesis makes op the main if there is none yet; it reports whether it did.
func (m *CustodyMain) Genesis(op wire.OutPoint) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.st.Main != "" {
		return false, nil
	}
	m.st = mainState{Main: op.String()}
	return true, m.save()
}

// Hold records that final payout txid (in block num, hash) spends the
// main but not all its outputs could be recorded: the main stays until
// Advance. It reports whether txid spends the main (else nothing is held).
func (m *CustodyMain) Hold(tx *wire.MsgTx, block uint64, hash [32]byte) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.spentBy(tx) {
		return false, nil
	}
	old := m.st
	m.st.Held = &heldPayout{TxID: tx.TxHash().String(), Block: block, BlockHash: fmt.Sprintf("%x", hash)}
	if err := m.save(); err != nil {
		m.st = old
		return false, err
	}
	return true, nil
}

// Held returns the held payout, if any: its txid, block and block hash.
func (m *CustodyMain) Held() (txid chainhash.Hash, block uint64, hash [32]byte, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.st.Held == nil {
		return chainhash.Hash{}, 0, [32]byte{}, false
	}
	h, err := chainhash.NewHashFromStr(m.st.Held.TxID)
	if err != nil {
		return chainhash.Hash{}, 0, [32]byte{}, false
	}
	raw, err := hex.DecodeString(m.st.Held.BlockHash)
	if err != nil || len(raw) != 32 {
		return chainhash.Hash{}, 0, [32]byte{}, false
	}
	return *h, m.st.Held.Block, [32]byte(raw), true
}

// spentBy reports whether tx spends the main. The caller holds mu.
func (m *CustodyMain) spentBy(tx *wire.MsgTx) bool {
	for _, in := range tx.TxIn {
		if m.st.Main != "" && in.PreviousOutPoint.String() == m.st.Main {
			return true
		}
	}
	return false
}

// Advance records final transaction tx, whose custody outputs are
// custody: if it spends the main, its one custody output (the change)
// becomes the main. It reports whether the main moved. Idempotent: a
// transaction replayed after the main moved past it spends no main.
// A transaction spending the main with no or several custody outputs
// cannot be a payout an honest signer signed; the main is left where it
// is (no payout can be signed until an operator looks) and an error
// returned.
func (m *CustodyMain) Advance(tx *wire.MsgTx, custody []wire.OutPoint) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.spentBy(tx) {
		return false, nil
	}
	if len(custody) != 1 {
		return false, fmt.Errorf("btcroute: final tx %s spends the custody main %s with %d custody outputs, not one change: main not moved",
			tx.TxHash(), m.st.Main, len(custody))
	}
	old := m.st
	m.st = mainState{Main: custody[0].String(), Prev: old.Main, By: tx.TxHash().String()}
	if err := m.save(); err != nil {
		m.st = old
		return false, err
	}
	return true, nil
}

// Revert undoes Advance for a reorged transaction txid that made the
// current main; it reports whether it did.
func (m *CustodyMain) Revert(txid chainhash.Hash) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.st.By == "" || m.st.By != txid.String() {
		return false, nil
	}
	old := m.st
	m.st = mainState{Main: old.Prev}
	if err := m.save(); err != nil {
		m.st = old
		return false, err
	}
	return true, nil
}

func (m *CustodyMain) save() error {
	raw, err := json.Marshal(m.st)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(m.path, raw, 0o600); err != nil {
		return fmt.Errorf("btcroute: custody main: %w", err)
	}
	return nil
}
