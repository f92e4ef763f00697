package explorer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
)

// AnchorSource is one chain's AuditAnchor contract, read at every
// refresh. relayd's anchors are not records of the audit chain
// (docs/audit-format.md §8): they are the contract's Anchored events, so
// the explorer has to read the chain to see them. EVMAnchors reads them
// from a node.
type AnchorSource interface {
	// Chain is the chain the contract is on; Contract its address.
	Chain() chains.ChainID
	Contract() common.Address
	// Anchors returns the anchors that became final since the last call
	// that succeeded (at the first, every one since the contract was
	// deployed), in chain order. A call that fails returns nothing and
	// the next one reads the same blocks again.
	Anchors(ctx context.Context) ([]anchor.EVMAnchor, error)
	// BlockTime is the time of the chain's block n: an anchor's age is
	// that of the block holding its event.
	BlockTime(ctx context.Context, n uint64) (time.Time, error)
}

// EVMAnchorConfig configures EVMAnchors.
type EVMAnchorConfig struct {
	Chain    chains.ChainID
	Contract common.Address
	// Node is the auditor's own node of the chain.
	Node anchor.LogReader
	// From is the first block read: the block the contract was deployed
	// in (the deployment's deployBlock); no earlier block holds its
	// events.
	From uint64
	// Confirmations is how deep an event must be to count (≥ 1), as for
	// 'bridgectl audit verify --chains'.
	Confirmations uint64
}

// evmAnchors reads an AuditAnchor's Anchored events (anchor.ScanEVM),
// each final block once.
type evmAnchors struct {
	cfg  EVMAnchorConfig
	mu   sync.Mutex
	next uint64 // first block not read yet
}

// EVMAnchors returns the source of the anchors in an EVM chain's
// AuditAnchor contract, read from cfg.Node.
func EVMAnchors(cfg EVMAnchorConfig) (AnchorSource, error) {
	switch {
	case cfg.Chain == 0:
		return nil, fmt.Errorf("explorer: %w: anchors: no chain id", ErrConfig)
	case cfg.Node == nil:
		return nil, fmt.Errorf("explorer: %w: anchors of chain %d: no node", ErrConfig, cfg.Chain)
	case cfg.Contract == (common.Address{}):
		return nil, fmt.Errorf("explorer: %w: anchors of chain %d: no AuditAnchor address", ErrConfig, cfg.Chain)
	case cfg.Confirmations == 0:
		return nil, fmt.Errorf("explorer: %w: anchors of chain %d: confirmations must be at least 1", ErrConfig, cfg.Chain)
	}
	return &evmAnchors{cfg: cfg, next: cfg.From}, nil
}

func (s *evmAnchors) Chain() chains.ChainID    { return s.cfg.Chain }
func (s *evmAnchors) Contract() common.Address { return s.cfg.Contract }

func (s *evmAnchors) Anchors(ctx context.Context) ([]anchor.EVMAnchor, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	found, next, err := anchor.ScanEVM(ctx, s.cfg.Node, s.cfg.Chain, s.cfg.Contract, s.next, s.cfg.Confirmations)
	if err != nil {
		return nil, err
	}
	s.next = next
	return found, nil
}

func (s *evmAnchors) BlockTime(ctx context.Context, n uint64) (time.Time, error) {
	h, err := s.cfg.Node.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: chain %d block %d: %w", anchor.ErrNode, s.cfg.Chain, n, err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// maxBad bounds the anchors that do not check out kept per chain: the
// latest ones are shown, all are counted.
const maxBad = 16

// anchorState is what the refreshes learnt of one source's anchors.
// Refresh alone writes it, under e.mu.
type anchorState struct {
	chain    chains.ChainID
	contract common.Address
	found    int // final anchors read
	// newest is the anchor of the highest height that checks out, and
	// the time of its chain block (zero until read).
	newest   *anchor.EVMAnchor
	newestAt time.Time
	// above are anchors of heights the verified chain does not reach
	// yet: checked at each refresh until it does.
	above []anchor.EVMAnchor
	bad   []badAnchor // the latest maxBad
	nbad  int
	err   error // the last refresh's read failure
	read  time.Time
}

// badAnchor is an anchor that does not check out: err is an
// *anchor.ConflictError or wraps anchor.ErrAttestations.
type badAnchor struct {
	a   anchor.EVMAnchor
	err error
	at  time.Time // its chain block's time (zero until read)
}

// check compares found, and the anchors left above the head, with the
// verified chain v; it returns the anchors that do not check out.
func (st *anchorState) check(found []anchor.EVMAnchor, v *anchor.Verified) []badAnchor {
	st.found += len(found)
	todo := append(st.above, found...)
	st.above = nil
	var bad []badAnchor
	for i := range todo {
		a := todo[i]
		err := anchor.CheckEVM(a, v)
		switch {
		case errors.Is(err, anchor.ErrBeyondHead):
			st.above = append(st.above, a)
		case err != nil:
			bad = append(bad, badAnchor{a: a, err: err})
		case st.newest == nil || a.Height > st.newest.Height:
			st.newest, st.newestAt = &a, time.Time{}
		}
	}
	st.nbad += len(bad)
	st.bad = append(st.bad, bad...)
	if len(st.bad) > maxBad {
		st.bad = st.bad[len(st.bad)-maxBad:]
	}
	return bad
}

// refreshAnchors reads every anchor source and checks what it found
// against the verified chain. It returns each source's read failure.
// Only Refresh calls it (refreshMu held): state is read without e.mu
// and written under it.
func (e *Explorer) refreshAnchors(ctx context.Context) []error {
	var errs []error
	for i, src := range e.cfg.Anchors {
		found, err := src.Anchors(ctx)
		if err != nil {
			err = fmt.Errorf("%w: chain %d, AuditAnchor %s: %w", ErrAnchors, src.Chain(), src.Contract().Hex(), err)
			errs = append(errs, err)
		}
		e.mu.Lock()
		st := &e.anchors[i]
		st.err, st.read = err, e.cfg.Now()
		bad := st.check(found, &e.verified)
		e.mu.Unlock()
		for _, b := range bad {
			e.logBad(b)
		}
		if err := e.anchorTimes(ctx, src, st); err != nil {
			errs = append(errs, fmt.Errorf("%w: chain %d: %w", ErrAnchors, src.Chain(), err))
		}
	}
	return errs
}

// logBad logs an anchor that does not check out, once, when found.
func (e *Explorer) logBad(b badAnchor) {
	a := b.a
	ev := e.log.Error().Uint64("chain", uint64(a.Chain)).Str("operator", a.Operator.Hex()).Uint64("height", a.Height).
		Hex("anchored_hash", a.Hash[:]).Str("tx", common.Hash(a.Ref.TxHash).Hex()).Uint64("chain_block", a.Ref.BlockNum).Err(b.err)
	var ce *anchor.ConflictError
	if errors.As(b.err, &ce) {
		ev.Hex("verified_hash", ce.Verified[:]).Msg("an anchor contradicts the verified audit chain: the operator attested a block the chain does not hold")
		return
	}
	ev.Msg("an anchor's attestations do not verify against the audit chain's signer set")
}

// anchorTimes reads the chain block times of the anchors the overview
// shows (the newest and those that do not check out) that it lacks.
func (e *Explorer) anchorTimes(ctx context.Context, src AnchorSource, st *anchorState) error {
	if st.newest != nil && st.newestAt.IsZero() {
		at, err := src.BlockTime(ctx, st.newest.Ref.BlockNum)
		if err != nil {
			return err
		}
		e.mu.Lock()
		st.newestAt = at
		e.mu.Unlock()
	}
	for i := range st.bad {
		if !st.bad[i].at.IsZero() {
			continue
		}
		at, err := src.BlockTime(ctx, st.bad[i].a.Ref.BlockNum)
		if err != nil {
			return err
		}
		e.mu.Lock()
		st.bad[i].at = at
		e.mu.Unlock()
	}
	return nil
}
