package explorer

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
)

// DefaultInterval is how often Run asks the replicas for new blocks.
const DefaultInterval = 3 * time.Second

// Names are what the audit chain does not know: people's names for chains
// and assets (from a deployment file). Either map may be nil; pages then
// show ids.
type Names struct {
	Chains map[chains.ChainID]string
	Assets map[chains.AssetID]string
}

// Config configures an Explorer.
type Config struct {
	// Replicas are where the chain is read from; at least one. Each block
	// is taken from the first replica that has it and verifies.
	Replicas []Replica
	// Genesis pins the genesis block hash; zero trusts the genesis
	// block's own signer set (the page says which).
	Genesis [32]byte
	// Interval between refreshes in Run; zero means DefaultInterval.
	Interval time.Duration
	Names    Names
	// Anchors are the AuditAnchor contracts read at every refresh, one
	// source per contract (EVMAnchors). None: the explorer reads no
	// chain, and the overview says that anchors are not checked, and
	// AnchorsOff (when set) why and how to have them checked.
	Anchors    []AnchorSource
	AnchorsOff string
	// Logger receives refresh events; the zero value logs nothing.
	Logger zerolog.Logger
	// Now is the clock for ages and "checked at" (default time.Now).
	Now func() time.Time
}

// Explorer serves the verified audit chain as web pages. It is an
// http.Handler; Refresh and Run feed it. Safe for concurrent use.
type Explorer struct {
	cfg  Config
	log  zerolog.Logger
	mux  *http.ServeMux
	tmpl *template.Template

	refreshMu sync.Mutex // one Refresh at a time

	mu         sync.RWMutex // guards everything below
	ledger     *audit.Ledger
	ix         *chainIndex
	replicas   []replicaStatus
	verifiedAt time.Time
	// verified keeps each verified block's hash and signer set, which
	// anchors are checked against; anchors[i] is Anchors[i]'s state.
	verified anchor.Verified
	anchors  []anchorState
}

// replicaStatus is what the last refresh learnt of one replica.
type replicaStatus struct {
	name      string
	height    uint64
	hash      [32]byte
	seen      bool // height and hash are set
	err       error
	checkedAt time.Time
}

// New validates cfg and returns an explorer with no chain yet: call
// Refresh (or Run) before serving, or its pages answer 503.
func New(cfg Config) (*Explorer, error) {
	if len(cfg.Replicas) == 0 {
		return nil, fmt.Errorf("explorer: %w: no replica: give a relayd URL or an export file", ErrConfig)
	}
	for i, r := range cfg.Replicas {
		if r == nil {
			return nil, fmt.Errorf("explorer: %w: replica %d is nil", ErrConfig, i)
		}
	}
	for i, a := range cfg.Anchors {
		if a == nil {
			return nil, fmt.Errorf("explorer: %w: anchor source %d is nil", ErrConfig, i)
		}
	}
	if cfg.Interval < 0 {
		return nil, fmt.Errorf("explorer: %w: negative interval", ErrConfig)
	}
	if cfg.Interval == 0 {
		cfg.Interval = DefaultInterval
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	tmpl, err := parseTemplates()
	if err != nil {
		return nil, fmt.Errorf("explorer: templates: %w", err)
	}
	e := &Explorer{cfg: cfg, log: cfg.Logger.With().Str("component", "audit.explorer").Logger(), tmpl: tmpl, ix: newChainIndex()}
	if e.ledger, err = audit.NewLedger(context.Background(), audit.LedgerConfig{Genesis: cfg.Genesis, Logger: cfg.Logger}); err != nil {
		return nil, fmt.Errorf("explorer: %w", err)
	}
	for _, r := range cfg.Replicas {
		e.replicas = append(e.replicas, replicaStatus{name: r.Name()})
	}
	for _, a := range cfg.Anchors {
		e.anchors = append(e.anchors, anchorState{chain: a.Chain(), contract: a.Contract()})
	}
	e.mux = e.routes()
	return e, nil
}

// Head returns the verified head; ok is false before the first block.
func (e *Explorer) Head() (Head, bool) {
	h, hash, ok := e.ledger.Head()
	return Head{Height: h, Hash: hash, OK: ok}, ok
}

// Run refreshes every Interval until ctx ends. A refresh that fails is
// retried at the next tick and the pages keep serving the chain verified
// so far; a failure is logged when it starts or changes, and its end too,
// so a replica that stays down is one line, not one per tick.
func (e *Explorer) Run(ctx context.Context) error {
	t := time.NewTicker(e.cfg.Interval)
	defer t.Stop()
	last := ""
	for {
		_, err := e.Refresh(ctx)
		if ctx.Err() != nil {
			return nil
		}
		switch {
		case err != nil && err.Error() != last:
			e.log.Warn().Err(err).Msg("refresh: a replica or an anchor source failed; serving what verified")
			last = err.Error()
		case err == nil && last != "":
			e.log.Info().Msg("refresh: every replica and anchor source read again")
			last = ""
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Refresh asks every replica for blocks above the head, verifies each
// (linkage, records, state, invariant, attestations: audit.Ledger.Apply)
// and indexes it. A replica that cannot be read, does not verify or
// diverges is reported on the overview and in the returned error (each
// replica's failure, joined), but the blocks the others hold are still
// taken and served. Then it reads each anchor source and checks the new
// anchors against the chain now verified (anchor.CheckEVM); a source that
// cannot be read is reported the same way (ErrAnchors), an anchor that
// contradicts the chain is shown and logged, not returned: it is a
// finding, not a failure to read. It returns how many blocks it added.
// The error wraps ErrNoChain while no block has verified at all: the one
// failure that leaves nothing to serve.
func (e *Explorer) Refresh(ctx context.Context) (int, error) {
	e.refreshMu.Lock()
	defer e.refreshMu.Unlock()
	added := 0
	var errs []error
	for i, r := range e.cfg.Replicas {
		e.mu.RLock()
		full := e.replicas[i].err != nil || !e.replicas[i].seen
		e.mu.RUnlock()
		n, st := e.refreshReplica(ctx, r, full)
		added += n
		e.mu.Lock()
		if errors.Is(st.err, ErrUnchanged) {
			// Nothing new since a clean read: say when it was asked.
			e.replicas[i].checkedAt = st.checkedAt
			st.err = nil
		} else {
			e.replicas[i] = st
		}
		if st.err == nil {
			e.verifiedAt = st.checkedAt
		}
		e.mu.Unlock()
		if st.err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.Name(), st.err))
		}
	}
	if added > 0 {
		h, _ := e.Head()
		e.log.Info().Int("blocks", added).Uint64("height", h.Height).Hex("head", h.Hash[:]).Msg("verified new blocks")
	}
	errs = append(errs, e.refreshAnchors(ctx)...)
	if _, ok := e.Head(); !ok {
		return added, fmt.Errorf("explorer: %w: %w", ErrNoChain, errors.Join(errs...))
	}
	if len(errs) > 0 {
		return added, fmt.Errorf("explorer: %w", errors.Join(errs...))
	}
	return added, nil
}

// refreshReplica reads one replica: blocks at verified heights must be
// the verified ones; the next height is verified and indexed. With full
// (a replica never read, or whose last read failed) Open gets no head,
// so ErrUnchanged always follows a clean read of the whole replica.
func (e *Explorer) refreshReplica(ctx context.Context, r Replica, full bool) (int, replicaStatus) {
	st := replicaStatus{name: r.Name(), checkedAt: e.cfg.Now()}
	head, _ := e.Head()
	if full {
		head = Head{}
	}
	rc, err := r.Open(ctx, head)
	if err != nil {
		st.err = err
		return 0, st
	}
	defer rc.Close()
	added := 0
	st.err = audit.NewJSONLSource(rc).Blocks(ctx, 0, func(b *audit.Block) error {
		st.height, st.hash, st.seen = b.Header.Height, b.Hash(), true
		ok, err := e.take(ctx, b)
		if ok {
			added++
		}
		return err
	})
	return added, st
}

// take checks b against the verified chain: a block at a verified height
// must be that block; the next one is verified and indexed. It reports
// whether b was added.
func (e *Explorer) take(ctx context.Context, b *audit.Block) (bool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	h := b.Header.Height
	if have, ok := e.ix.block(h); ok {
		return false, have.same(b)
	}
	set, err := e.ledger.NextSigners(b)
	if err != nil {
		set = nil // Apply names the reason
	}
	if err := e.ledger.Apply(ctx, b); err != nil {
		return false, err
	}
	e.verified.Add(b, set)
	if err := e.ix.add(b, set); err != nil {
		return true, err
	}
	return true, nil
}
