package btccheck

import (
	"context"
	"errors"
	"testing"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
)

// noNode fails every call: the cases below must be decided without the node.
type noNode struct{}

var errCalled = errors.New("node called")

func (noNode) GetBlockCount() (int64, error)                    { return 0, errCalled }
func (noNode) GetBlockHash(int64) (*chainhash.Hash, error)      { return nil, errCalled }
func (noNode) GetBlock(*chainhash.Hash) (*wire.MsgBlock, error) { return nil, errCalled }
func (noNode) GetRawTransaction(*chainhash.Hash) (*btcutil.Tx, error) {
	return nil, errCalled
}
func (noNode) GetRawTransactionVerbose(*chainhash.Hash) (*btcjson.TxRawResult, error) {
	return nil, errCalled
}
func (noNode) GetBlockHeaderVerbose(*chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error) {
	return nil, errCalled
}

func TestNewAndRouting(t *testing.T) {
	fed, err := bitcointest.Federation(1, 2, bitcointest.Keys("btccheck/unit", 3), "btccheck/unit")
	if err != nil {
		t.Fatal(err)
	}
	wcfg := watcher.Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{fed}, Confirmations: 3}
	if _, err := New(Config{Watcher: wcfg}); !errors.Is(err, ErrConfig) {
		t.Fatalf("no node: %v", err)
	}
	bad := wcfg
	bad.Confirmations = 0
	if _, err := New(Config{Watcher: bad, Node: noNode{}}); !errors.Is(err, ErrConfig) {
		t.Fatalf("zero confirmations: %v", err)
	}
	c, err := New(Config{Watcher: wcfg, Node: noNode{}})
	if err != nil {
		t.Fatal(err)
	}
	ref := audit.Ref{EventRef: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{1}}, BlockNum: 5}
	for _, tc := range []struct {
		name string
		rec  audit.Record
		node bool // the node is asked (and fails)
	}{
		{"MINT does not happen on Bitcoin", audit.Record{Kind: audit.KindMint, Ref: ref}, false},
		{"BURN does not happen on Bitcoin", audit.Record{Kind: audit.KindBurn, Ref: ref}, false},
		{"PAUSE does not happen on Bitcoin", audit.Record{Kind: audit.KindPause, Ref: ref}, false},
		{"another chain", audit.Record{Kind: audit.KindLock, Ref: audit.Ref{EventRef: chains.EventRef{Chain: chains.DevnetA}}}, false},
		{"LOCK asks the node", audit.Record{Kind: audit.KindLock, Ref: ref}, true},
		{"UNLOCK asks the node", audit.Record{Kind: audit.KindUnlock, Ref: ref}, true},
		{"SWEEP asks the node", audit.Record{Kind: audit.KindSweep, Ref: ref}, true},
		{"ANCHOR asks the node", audit.Record{Kind: audit.KindAnchor, Ref: ref}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := c.CheckRecord(context.Background(), &tc.rec)
			if !errors.Is(err, audit.ErrChainCheck) || errors.Is(err, errCalled) != tc.node {
				t.Fatalf("err = %v (node asked: want %v)", err, tc.node)
			}
		})
	}
}

// A LOCK withholding more than the published deposit fee is refused
// before the node is asked.
func TestMaxDepositFee(t *testing.T) {
	fed, err := bitcointest.Federation(1, 2, bitcointest.Keys("btccheck/unit", 3), "btccheck/unit")
	if err != nil {
		t.Fatal(err)
	}
	wcfg := watcher.Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{fed}, Confirmations: 3}
	c, err := New(Config{Watcher: wcfg, Node: noNode{}, MaxDepositFee: 252})
	if err != nil {
		t.Fatal(err)
	}
	ref := audit.Ref{EventRef: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{1}}, BlockNum: 5}
	for _, tc := range []struct {
		name  string
		fee   uint64
		field string // "" = passed on to the node
	}{
		{"fee at the maximum", 252, ""},
		{"no fee", 0, ""},
		{"fee above the maximum", 253, "fee"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := audit.Record{Kind: audit.KindLock, Ref: ref}
			r.Amount.SetUint64(10_000)
			r.Fee.SetUint64(tc.fee)
			err := c.CheckRecord(context.Background(), &r)
			var mm *audit.MismatchError
			if tc.field == "" && !errors.Is(err, errCalled) || tc.field != "" && (!errors.As(err, &mm) || mm.Field != tc.field || errors.Is(err, errCalled)) {
				t.Fatalf("err = %v, want mismatch %q", err, tc.field)
			}
		})
	}
}
