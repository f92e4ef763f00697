package chaintest

import (
	"context"
	"math/big"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
)

// Backend is one chain kind on one kind of node, as the suite drives it:
// the chain (make a lock, mine, reorganise) and the adapter built on it
// (watcher, verifier, and how its errors read).
type Backend interface {
	Chain
	Adapter
}

// Chain is the chain under test. Blocks are produced only by Mine, so
// every backend behaves the same. Each method fails t on error.
type Chain interface {
	// Lock sends one lock the adapter reports as chains.KindLocked (an EVM
	// lockNative, a Bitcoin deposit), to be mined by the next Mine.
	Lock(t testing.TB) Lock
	// Mine mines n blocks; the first holds the pending transactions.
	Mine(t testing.TB, n int)
	// Reorg replaces the last depth blocks with depth+1 new ones. Whether
	// their transactions come back in the new blocks is backend-specific;
	// the suite accepts both.
	Reorg(t testing.TB, depth int)
}

// Adapter builds the adapter's parts on the chain.
type Adapter interface {
	// Watcher returns a new watcher (a new process, as far as the adapter
	// can tell) whose events are final at conf confirmations and whose
	// cursor is a chains.FileCursor at cursorPath. Without that file it
	// starts below every lock the suite makes; the suite ignores events
	// other than its locks (an EVM bridge's admin events, say).
	Watcher(t testing.TB, conf uint64, cursorPath string) Watcher
	// Verifier returns the adapter's verifier with finality depth conf.
	Verifier(t testing.TB, conf uint64) Verifier
	// Classify says what a Verify error means, by the adapter's sentinels.
	Classify(err error) Verdict
}

// Lock is what Chain.Lock sent.
type Lock struct {
	// TxHash is the transaction as the event's Ref.TxHash names it.
	TxHash [32]byte
	// Amount is the locked amount as the event carries it.
	Amount *big.Int
}

// Watcher is the adapter's event source, stepped by the suite (Sync) or
// left to run (Run).
type Watcher interface {
	// Sync delivers what is final now, hook first (nil: none), and returns.
	Sync(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error
	// Run follows the chain until ctx ends, as the relay runs it.
	Run(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error
}

// WatcherFuncs is a Watcher made of two functions, typically an adapter's
// method values (w.SyncRange, w.RunRange).
type WatcherFuncs struct {
	SyncFunc func(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error
	RunFunc  func(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error
}

// Sync calls SyncFunc.
func (f WatcherFuncs) Sync(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	return f.SyncFunc(ctx, hook, sink)
}

// Run calls RunFunc.
func (f WatcherFuncs) Run(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	return f.RunFunc(ctx, hook, sink)
}

// Verifier re-reads one event from the node (relay.Verifier's shape).
type Verifier interface {
	Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error)
}

// Verdict is what a Verify error means to the suite.
type Verdict int

// Verdicts.
const (
	// Other is any other error (a node failure, a malformed event).
	Other Verdict = iota
	// NotFinal: the event exists but is not final on the best chain
	// (unconfirmed, too shallow, or its block left the best chain).
	NotFinal
	// NotFound: the node knows no such transaction, or the transaction has
	// no bridge event at that index.
	NotFound
)

func (v Verdict) String() string {
	switch v {
	case NotFinal:
		return "not final"
	case NotFound:
		return "not found"
	}
	return "other"
}
