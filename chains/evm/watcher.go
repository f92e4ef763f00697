package evm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/rs/zerolog"
)

// WatcherConfig configures a Watcher.
type WatcherConfig struct {
	// Chain is the EIP-155 chain id; it must match the Client's.
	Chain chains.ChainID
	// Bridge is the bridge contract whose events are followed.
	Bridge common.Address
	// Confirmations is the depth at which an event is final: the event's
	// block and the blocks on top of it number at least Confirmations (1 =
	// final once mined). Required.
	Confirmations uint64
	// StartBlock is the first block scanned when the cursor is empty
	// (normally the bridge's deployment block).
	StartBlock uint64
	// MaxBlockRange bounds one eth_getLogs query (default 2000 blocks); it
	// is halved automatically when a node refuses a range.
	MaxBlockRange uint64
	// PollInterval is how often the head is polled when no subscription is
	// live, and a safety net when one is (default 2s).
	PollInterval time.Duration
	// HeadPollInterval is how often the head's number is polled (one
	// eth_blockNumber) while no head subscription is live; a new head
	// triggers a sync at once, so an event is seen final within about this
	// interval of the block that makes it final, not PollInterval (default
	// 100ms, at most PollInterval). Raise it for a rate-limited hosted
	// endpoint, or give the client a websocket endpoint, whose head
	// subscription makes this poll unnecessary.
	HeadPollInterval time.Duration
	// ReorgWindow is how many blocks below the cursor the watcher remembers
	// emitted events, to name them in an alarm if a deeper reorganisation
	// removes them (default 256; at least Confirmations).
	ReorgWindow uint64
}

// WatcherOption configures optional parts of a Watcher.
type WatcherOption func(*Watcher)

// WithWatcherLogger injects the logger (default: disabled).
func WithWatcherLogger(l zerolog.Logger) WatcherOption {
	return func(w *Watcher) { w.log = l.With().Str("component", "evm.watcher").Logger() }
}

// WithObserver registers a callback for the unconfirmed tail: it is called
// with each event first seen below the confirmation depth (Final false) and
// with such an event again, Reorged set, when it disappears before becoming
// final. Observations are advisory (progress display, metrics); only Sink
// events are final.
func WithObserver(f func(chains.Event)) WatcherOption {
	return func(w *Watcher) { w.observe = f }
}

// WatcherStats counts what a watcher did since it was created.
type WatcherStats struct {
	Emitted      uint64 // final events given to the sink
	Alarms       uint64 // emitted events found reorged out (Reorged alarms)
	Dropped      uint64 // unconfirmed events that disappeared before final
	Reorgs       uint64 // reorganisations below the cursor handled
	Block        uint64 // cursor: last block fully processed as final
	Head         uint64 // last head seen
	LogQueries   uint64
	HeaderReads  uint64
	Subscription bool // a head subscription is live
}

type logKey struct {
	tx    common.Hash
	index uint32
	block common.Hash
}

type position struct {
	block uint64
	index uint32
}

type mark struct {
	num  uint64
	hash common.Hash
}

// Watcher follows one chain's bridge and emits each Locked, Burned, Minted,
// Unlocked and admin event once it is final; see the package documentation
// for the algorithm and its guarantees.
type Watcher struct {
	cfg     WatcherConfig
	c       *Client
	cursor  Cursor
	dec     *decoder
	topics  []common.Hash
	log     zerolog.Logger
	observe func(chains.Event)

	mu       sync.Mutex
	loaded   bool
	dirty    bool // cp advanced but not saved
	cp       Checkpoint
	marks    []mark      // cursor positions in the reorg window, ascending
	emitted  position    // last event given to the sink (this process)
	emHash   common.Hash // its block hash, when emitted is inside an unfinished range
	pending  map[logKey]chains.Event
	stats    WatcherStats
	rangeLen uint64
}

// NewWatcher validates cfg and returns a watcher reading through c and
// persisting its position in cursor.
func NewWatcher(cfg WatcherConfig, c *Client, cursor Cursor, opts ...WatcherOption) (*Watcher, error) {
	switch {
	case c == nil:
		return nil, fmt.Errorf("%w: nil Client", ErrConfig)
	case cursor == nil:
		return nil, fmt.Errorf("%w: nil Cursor", ErrConfig)
	case cfg.Chain == 0:
		return nil, fmt.Errorf("%w: Chain is zero", ErrConfig)
	case cfg.Chain != c.Chain():
		return nil, fmt.Errorf("%w: watcher chain %d, client chain %d", ErrConfig, cfg.Chain, c.Chain())
	case cfg.Bridge == (common.Address{}):
		return nil, fmt.Errorf("%w: Bridge is the zero address", ErrConfig)
	case cfg.Confirmations == 0:
		return nil, fmt.Errorf("%w: Confirmations must be at least 1", ErrConfig)
	}
	if cfg.MaxBlockRange == 0 {
		cfg.MaxBlockRange = 2000
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.HeadPollInterval <= 0 {
		cfg.HeadPollInterval = 100 * time.Millisecond
	}
	cfg.HeadPollInterval = min(cfg.HeadPollInterval, cfg.PollInterval)
	if cfg.ReorgWindow == 0 {
		cfg.ReorgWindow = 256
	}
	if cfg.ReorgWindow < cfg.Confirmations {
		return nil, fmt.Errorf("%w: ReorgWindow %d below Confirmations %d", ErrConfig, cfg.ReorgWindow, cfg.Confirmations)
	}
	dec, err := newDecoder(cfg.Chain, cfg.Bridge)
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		cfg: cfg, c: c, cursor: cursor, dec: dec, topics: BridgeTopics(), log: zerolog.Nop(),
		pending: map[logKey]chains.Event{}, rangeLen: cfg.MaxBlockRange,
	}
	for _, o := range opts {
		o(w)
	}
	return w, nil
}

// Stats returns counters and the current position.
func (w *Watcher) Stats() WatcherStats {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.stats
	s.Block = w.cp.Block
	return s
}

// Pending returns the unconfirmed tail as last seen, in chain order.
func (w *Watcher) Pending() []chains.Event {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]chains.Event, 0, len(w.pending))
	for _, e := range w.pending {
		out = append(out, e)
	}
	sortEvents(out)
	return out
}

// Run follows the chain until ctx ends: a head subscription where an
// endpoint offers one, polling every PollInterval in any case. Errors are
// logged and retried with capped back-off; Run returns only ctx's error.
// Within one Watcher an event the sink accepted is not given again; after
// a restart, the events of a range whose cursor was not saved are.
func (w *Watcher) Run(ctx context.Context, sink chains.Sink) error {
	return w.RunRange(ctx, nil, sink)
}

// RunRange is Run with a chains.RangeHook called with each range's final events
// before they are given to sink (nil: none).
func (w *Watcher) RunRange(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	heads := make(chan *types.Header, 64)
	var sub ethereum.Subscription
	var subErr <-chan error
	subscribe := func() {
		s, err := w.c.SubscribeNewHead(ctx, heads)
		if err != nil {
			if !errors.Is(err, ErrNotFound) {
				w.log.Debug().Err(err).Msg("head subscription unavailable; polling")
			}
			return
		}
		sub, subErr = s, s.Err()
		w.setSub(true)
	}
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	subscribe()
	ticker := time.NewTicker(w.cfg.PollInterval)
	defer ticker.Stop()
	headTicker := time.NewTicker(w.cfg.HeadPollInterval)
	defer headTicker.Stop()
	failures := 0
	for {
		if err := w.sync(ctx, hook, sink); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failures++
			wait := min(w.cfg.PollInterval*time.Duration(1<<min(failures-1, 6)), 30*time.Second)
			w.log.Warn().Err(err).Int("failures", failures).Dur("retry_in", wait).Msg("sync failed")
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
			continue
		}
		failures = 0
	wait:
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-heads:
				for len(heads) > 0 {
					<-heads
				}
				break wait
			case <-ticker.C:
				if sub == nil {
					subscribe()
				}
				break wait
			case err := <-subErr:
				w.log.Warn().Err(err).Msg("head subscription ended; polling until it is back")
				sub.Unsubscribe()
				sub, subErr = nil, nil
				w.setSub(false)
				break wait
			case <-headTicker.C:
				if sub == nil && w.headMoved(ctx) {
					break wait
				}
			}
		}
	}
}

// headMoved polls the head's number and reports whether it differs from
// the head of the last sync. An error reports false: the PollInterval
// sync that follows reports it and backs off.
func (w *Watcher) headMoved(ctx context.Context) bool {
	n, err := w.c.BlockNumber(ctx)
	if err != nil {
		return false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return n != w.stats.Head
}

func (w *Watcher) setSub(on bool) {
	w.mu.Lock()
	w.stats.Subscription = on
	w.mu.Unlock()
}

func (w *Watcher) header(ctx context.Context, n uint64) (*types.Header, error) {
	w.mu.Lock()
	w.stats.HeaderReads++
	w.mu.Unlock()
	return w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
}

// load reads the cursor, or starts before StartBlock.
func (w *Watcher) load(ctx context.Context) error {
	cp, ok, err := w.cursor.Load(ctx)
	if err != nil {
		return fmt.Errorf("evm: load cursor: %w", err)
	}
	if !ok {
		start := max(w.cfg.StartBlock, 1) - 1
		h, err := w.header(ctx, start)
		if err != nil {
			return fmt.Errorf("evm: start block %d: %w", start, err)
		}
		cp = Checkpoint{Block: start, Hash: h.Hash()}
		w.dirty = true
	}
	w.mu.Lock()
	w.cp = cp
	w.marks = []mark{{cp.Block, cp.Hash}}
	w.emitted = position{cp.Block, math.MaxUint32}
	w.loaded = true
	w.mu.Unlock()
	w.log.Info().Uint64("block", cp.Block).Str("hash", cp.Hash.Hex()).Bool("resumed", ok).Msg("watcher position")
	return nil
}

// errReorgInProgress: the chain changed while a range was being read.
var errReorgInProgress = fmt.Errorf("%w: chain changed during a log query; retrying", ErrNotCanonical)

// Sync brings the watcher up to date with the chain once: it checks that
// the cursor is still on the best chain (handling a reorganisation below it),
// emits every event that became final since, in bounded ranges, saving the
// cursor after each range, and re-reads the unconfirmed tail. Run calls it
// on every head; tests and one-shot backfills may call it directly. It must
// not be called concurrently with itself or Run.
func (w *Watcher) Sync(ctx context.Context, sink chains.Sink) error {
	return w.sync(ctx, nil, sink)
}

// SyncRange is Sync with a chains.RangeHook given each range's final
// events before they go to sink, as RunRange does.
func (w *Watcher) SyncRange(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	return w.sync(ctx, hook, sink)
}

func (w *Watcher) sync(ctx context.Context, hook chains.RangeHook, sink chains.Sink) error {
	if !w.loaded {
		if err := w.load(ctx); err != nil {
			return err
		}
	}
	if w.dirty {
		if err := w.save(ctx); err != nil {
			return err
		}
	}
	head, err := w.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("evm: head: %w", err)
	}
	tip := head.Number.Uint64()
	w.mu.Lock()
	w.stats.Head = tip
	w.mu.Unlock()
	if w.cp.Block > tip {
		// The endpoint is behind our cursor (a lagging fail-over node, or a
		// reorg to a shorter chain): wait for it to catch up.
		w.log.Debug().Uint64("head", tip).Uint64("cursor", w.cp.Block).Msg("endpoint behind cursor")
		return nil
	}
	ok, err := w.canonical(ctx, w.cp.Block, w.cp.Hash)
	if err != nil {
		return err
	}
	if !ok {
		// The cursor is now the fork point, on the best chain: go on scanning.
		if err := w.rewind(ctx, sink); err != nil {
			return err
		}
	}
	emittedNow := map[logKey]bool{}
	if tip+1 >= w.cfg.Confirmations {
		final := tip + 1 - w.cfg.Confirmations
		for rewinds := 0; w.cp.Block < final; {
			err := w.scan(ctx, hook, sink, tip, final, emittedNow)
			if errors.Is(err, errRewound) {
				if rewinds++; rewinds < 3 {
					continue
				}
				return fmt.Errorf("%w: chain reorganised %d times during one sync", ErrNotCanonical, rewinds)
			}
			if err != nil {
				return err
			}
		}
	}
	return w.tail(ctx, tip, emittedNow)
}

var errRewound = errors.New("rewound")

// scan emits the final events of the next range after the cursor.
func (w *Watcher) scan(ctx context.Context, hook chains.RangeHook, sink chains.Sink, tip, final uint64, emittedNow map[logKey]bool) error {
	if w.emitted.block > w.cp.Block {
		// A previous attempt emitted part of this range, then the sink failed.
		// Skipping those events again is right only if their block is still
		// on the best chain.
		if err := w.rewindUnless(ctx, sink, w.emitted.block, w.emHash); err != nil {
			return err
		}
	}
	from := w.cp.Block + 1
	to := min(from+w.rangeLen-1, final)
	before, err := w.header(ctx, to)
	if err != nil {
		return err
	}
	logs, err := w.filter(ctx, from, to)
	if errors.Is(err, ErrRangeTooLarge) && w.rangeLen > 1 {
		w.rangeLen = max(1, w.rangeLen/2)
		w.log.Info().Uint64("range", w.rangeLen).Msg("node refused log range; halving")
		return nil
	}
	if err != nil {
		return err
	}
	after, err := w.header(ctx, to)
	if err != nil {
		return err
	}
	if before.Hash() != after.Hash() {
		return errReorgInProgress
	}
	// The cursor must still be an ancestor: otherwise the logs may come from
	// a different branch than the events already emitted.
	if err := w.rewindUnless(ctx, sink, w.cp.Block, w.cp.Hash); err != nil {
		return err
	}
	evs, err := w.decodeRange(logs, from, to, after.Hash())
	if err != nil {
		return err
	}
	if err := w.emit(ctx, hook, sink, w.fresh(evs, tip), emittedNow); err != nil {
		return err
	}
	w.mu.Lock()
	w.cp.Block, w.cp.Hash = to, after.Hash()
	w.emitted = position{to, math.MaxUint32}
	w.marks = append(w.marks, mark{to, after.Hash()})
	w.prune()
	w.dirty = true
	w.mu.Unlock()
	if to-from+1 == w.rangeLen && w.rangeLen < w.cfg.MaxBlockRange {
		w.rangeLen = min(w.cfg.MaxBlockRange, w.rangeLen*2)
	}
	return w.save(ctx)
}

// rewindUnless rewinds the cursor and returns errRewound unless block
// still has hash on the best chain.
func (w *Watcher) rewindUnless(ctx context.Context, sink chains.Sink, block uint64, hash common.Hash) error {
	ok, err := w.canonical(ctx, block, hash)
	if err != nil || ok {
		return err
	}
	if err := w.rewind(ctx, sink); err != nil {
		return err
	}
	return errRewound
}

// decodeRange decodes the bridge logs of blocks from..to (to's hash is
// toHash) in the audit chain's order; a log outside the range, removed,
// of another branch or that does not decode stops the scan.
func (w *Watcher) decodeRange(logs []types.Log, from, to uint64, toHash common.Hash) ([]chains.Event, error) {
	evs := make([]chains.Event, 0, len(logs))
	for _, l := range logs {
		if l.Removed || l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("%w: log query %d-%d returned block %d (removed=%v)", ErrNotCanonical, from, to, l.BlockNumber, l.Removed)
		}
		if l.BlockNumber == to && l.BlockHash != toHash {
			return nil, errReorgInProgress
		}
		ev, err := w.dec.decode(l)
		if err != nil {
			// Never skip a bridge log silently: stop here until fixed.
			return nil, fmt.Errorf("evm: block %d: %w", l.BlockNumber, err)
		}
		evs = append(evs, ev)
	}
	sortEvents(evs)
	return evs, nil
}

// fresh keeps the events this process has not given to the sink yet,
// final with their confirmations at tip.
func (w *Watcher) fresh(evs []chains.Event, tip uint64) []chains.Event {
	out := evs[:0]
	for _, ev := range evs {
		if (position{ev.BlockNum, ev.Ref.Index}).lessEq(w.emitted) {
			continue // already given to the sink by this process
		}
		ev.Finality = chains.Finality{Confirmations: tip - ev.BlockNum + 1, Final: true}
		out = append(out, ev)
	}
	return out
}

// emit hands fresh to the range hook, then each event to the sink,
// advancing the emitted position after each.
func (w *Watcher) emit(ctx context.Context, hook chains.RangeHook, sink chains.Sink, fresh []chains.Event, emittedNow map[logKey]bool) error {
	if hook != nil && len(fresh) > 0 {
		if err := hook(ctx, fresh); err != nil {
			return fmt.Errorf("evm: range hook: %w", err)
		}
	}
	for _, ev := range fresh {
		if err := sink(ctx, ev); err != nil {
			return fmt.Errorf("evm: sink: %w", err)
		}
		w.mu.Lock()
		w.emitted, w.emHash = position{ev.BlockNum, ev.Ref.Index}, ev.BlockHash
		w.stats.Emitted++
		w.cp.Recent = append(w.cp.Recent, ev)
		delete(w.pending, keyOf(ev))
		w.mu.Unlock()
		emittedNow[keyOf(ev)] = true
	}
	return nil
}

func (p position) lessEq(q position) bool {
	return p.block < q.block || (p.block == q.block && p.index <= q.index)
}

// prune forgets marks and events below the reorg window. Caller holds mu.
func (w *Watcher) prune() {
	if w.cp.Block <= w.cfg.ReorgWindow {
		return
	}
	low := w.cp.Block - w.cfg.ReorgWindow
	i := sort.Search(len(w.marks), func(i int) bool { return w.marks[i].num >= low })
	if i > 0 && i < len(w.marks) {
		w.marks = append(w.marks[:0], w.marks[i:]...)
	}
	j := sort.Search(len(w.cp.Recent), func(i int) bool { return w.cp.Recent[i].BlockNum >= low })
	if j > 0 {
		w.cp.Recent = append(w.cp.Recent[:0:0], w.cp.Recent[j:]...)
	}
}

func (w *Watcher) save(ctx context.Context) error {
	w.mu.Lock()
	cp := cloneCheckpoint(w.cp)
	w.mu.Unlock()
	if err := w.cursor.Save(ctx, cp); err != nil {
		return fmt.Errorf("evm: save cursor: %w", err)
	}
	w.mu.Lock()
	w.dirty = false
	w.mu.Unlock()
	return nil
}

func (w *Watcher) filter(ctx context.Context, from, to uint64) ([]types.Log, error) {
	w.mu.Lock()
	w.stats.LogQueries++
	w.mu.Unlock()
	return w.c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.cfg.Bridge},
		Topics:    [][]common.Hash{w.topics},
	})
}

// canonical reports whether block n of the best chain has hash h.
func (w *Watcher) canonical(ctx context.Context, n uint64, h common.Hash) (bool, error) {
	hdr, err := w.header(ctx, n)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return hdr.Hash() == h, nil
}

// rewind handles a reorganisation below the cursor: it finds the highest
// remembered block still on the best chain, raises an alarm for every
// emitted event above it, and moves the cursor back there so the new
// branch is scanned.
func (w *Watcher) rewind(ctx context.Context, sink chains.Sink) error {
	w.mu.Lock()
	old := w.cp.Block
	w.mu.Unlock()
	fork, err := w.forkPoint(ctx, old)
	if err != nil {
		return err
	}
	kept, orphaned, emitted, emHash, err := w.splitRecent(ctx, fork)
	if err != nil {
		return err
	}
	for _, e := range orphaned {
		alarm := e
		alarm.Finality = chains.Finality{Reorged: true}
		w.log.Error().Str("event", e.Ref.String()).Str("kind", e.Kind.String()).Str("transfer", e.TransferID.String()).
			Uint64("block", e.BlockNum).Msg("REORG ALARM: emitted final event is no longer on the best chain")
		if err := sink(ctx, alarm); err != nil {
			return fmt.Errorf("evm: sink (alarm): %w", err)
		}
		w.mu.Lock()
		w.stats.Alarms++
		w.mu.Unlock()
	}
	w.mu.Lock()
	w.cp = Checkpoint{Block: fork.num, Hash: fork.hash, Recent: kept}
	i := sort.Search(len(w.marks), func(i int) bool { return w.marks[i].num > fork.num })
	w.marks = append(w.marks[:i:i], fork)
	w.emitted, w.emHash = emitted, emHash
	w.pending = map[logKey]chains.Event{}
	w.stats.Reorgs++
	w.dirty = true
	w.mu.Unlock()
	w.log.Warn().Uint64("from", old).Uint64("to", fork.num).Int("alarms", len(orphaned)).Msg("reorganisation below the cursor: rewound")
	return w.save(ctx)
}

// forkPoint returns the highest remembered block at or below the cursor
// old that is still on the best chain; if none is, the block a reorg
// window below old (ErrReorgedDeep is logged: events below it are assumed
// final).
func (w *Watcher) forkPoint(ctx context.Context, old uint64) (mark, error) {
	w.mu.Lock()
	cands := append([]mark(nil), w.marks...)
	for _, e := range w.cp.Recent {
		cands = append(cands, mark{e.BlockNum, e.BlockHash})
	}
	w.mu.Unlock()
	sort.Slice(cands, func(i, j int) bool { return cands[i].num > cands[j].num })
	for _, c := range cands {
		if c.num > old {
			continue
		}
		ok, err := w.canonical(ctx, c.num, c.hash)
		if err != nil || ok {
			return c, err
		}
	}
	low := max(w.cfg.StartBlock, 1) - 1
	if old > w.cfg.ReorgWindow && old-w.cfg.ReorgWindow > low {
		low = old - w.cfg.ReorgWindow
	}
	h, err := w.header(ctx, low)
	if err != nil {
		return mark{}, err
	}
	w.log.Error().Err(ErrReorgedDeep).Uint64("cursor", old).Uint64("rescan_from", low+1).Msg("reorganisation deeper than the reorg window: events below it are assumed final")
	return mark{low, h.Hash()}, nil
}

// splitRecent splits the emitted events above fork into those still on
// the best chain (kept, with the position and block hash of the last) and
// those orphaned. A prefix may still be canonical (only when a range was
// partly emitted before a sink failure); from the first block that is not,
// every later one is orphaned too (hashes chain).
func (w *Watcher) splitRecent(ctx context.Context, fork mark) (kept, orphaned []chains.Event, emitted position, emHash common.Hash, err error) {
	emitted = position{fork.num, math.MaxUint32}
	gone := false
	for _, e := range w.cp.Recent {
		if e.BlockNum <= fork.num {
			kept = append(kept, e)
			continue
		}
		if !gone {
			ok, err := w.canonical(ctx, e.BlockNum, e.BlockHash)
			if err != nil {
				return nil, nil, position{}, common.Hash{}, err
			}
			gone = !ok
		}
		if gone {
			orphaned = append(orphaned, e)
		} else {
			kept = append(kept, e)
			emitted, emHash = position{e.BlockNum, e.Ref.Index}, e.BlockHash
		}
	}
	return kept, orphaned, emitted, emHash, nil
}

// tail re-reads the blocks above the final depth and reports observations
// and drops to the observer.
func (w *Watcher) tail(ctx context.Context, tip uint64, emittedNow map[logKey]bool) error {
	if w.cp.Block >= tip {
		w.dropMissing(map[logKey]chains.Event{}, emittedNow)
		return nil
	}
	if tip-w.cp.Block > w.cfg.MaxBlockRange {
		return nil // still catching up
	}
	logs, err := w.filter(ctx, w.cp.Block+1, tip)
	if err != nil {
		return err
	}
	now := make(map[logKey]chains.Event, len(logs))
	for _, l := range logs {
		ev, err := w.dec.decode(l)
		if err != nil {
			w.log.Warn().Err(err).Msg("undecodable log in unconfirmed tail")
			continue
		}
		ev.Finality = chains.Finality{Confirmations: tip - ev.BlockNum + 1}
		now[keyOf(ev)] = ev
	}
	w.dropMissing(now, emittedNow)
	return nil
}

func (w *Watcher) dropMissing(now map[logKey]chains.Event, emittedNow map[logKey]bool) {
	w.mu.Lock()
	var seen, dropped []chains.Event
	for k, e := range w.pending {
		if _, ok := now[k]; !ok && !emittedNow[k] {
			e.Finality = chains.Finality{Reorged: true}
			dropped = append(dropped, e)
			w.stats.Dropped++
		}
	}
	for k, e := range now {
		if _, ok := w.pending[k]; !ok {
			seen = append(seen, e)
		}
	}
	w.pending = now
	w.mu.Unlock()
	sortEvents(dropped)
	sortEvents(seen)
	for _, e := range dropped {
		w.log.Warn().Str("event", e.Ref.String()).Str("kind", e.Kind.String()).Uint64("block", e.BlockNum).Msg("unconfirmed event dropped by a reorganisation")
		if w.observe != nil {
			w.observe(e)
		}
	}
	if w.observe != nil {
		for _, e := range seen {
			w.observe(e)
		}
	}
}

func keyOf(e chains.Event) logKey { return logKey{e.Ref.TxHash, e.Ref.Index, e.BlockHash} }

func sortEvents(evs []chains.Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].BlockNum != evs[j].BlockNum {
			return evs[i].BlockNum < evs[j].BlockNum
		}
		return evs[i].Ref.Index < evs[j].Ref.Index
	})
}

// ChanSink returns a Sink that sends events on out, waiting for room (or
// for ctx to end).
func ChanSink(out chan<- chains.Event) chains.Sink {
	return func(ctx context.Context, ev chains.Event) error {
		select {
		case out <- ev:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// ChannelSource adapts a Watcher to consumers that take events on a
// channel, such as relay.EventSource.
type ChannelSource struct{ W *Watcher }

// Run is W.Run with ChanSink(out).
func (s ChannelSource) Run(ctx context.Context, out chan<- chains.Event) error {
	return s.W.Run(ctx, ChanSink(out))
}
