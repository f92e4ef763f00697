package ledger

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/rs/zerolog"
)

// Config configures an Accountant.
type Config struct {
	// Path of the operator's local audit store (bbolt); created if missing.
	Path string
	// Key is the operator's identity (authorisation) key: it proposes and
	// attests the local chain. keys.Key or an HSM signer (relay/keys/pkcs11).
	Key audit.Signer
	// Deployment supplies the DEFINE records of the local genesis.
	Deployment *deployment.Deployment
	// Logger receives accountant events (component "ledger").
	Logger zerolog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Accountant is relay.Accountant over this operator's own audit ledger.
//
// The ledger is a local audit chain (package audit, stored with fsync)
// whose signer set is this operator alone (threshold 1): its genesis holds
// that SIGNERSET and one DEFINE per asset of the deployment, and every
// further block holds the records of final events reported by this
// operator's own watchers (RecordAll: one block per watcher delivery;
// each route builds its records, RecordEvents those that follow from the
// event alone), each block proposed, self-attested and
// applied through audit.Proposer and audit.Ledger — so every record goes
// through the same state transition and invariant checks as the
// federation's audit chain. Nothing on the bus ever reaches it.
//
// Check asks Ledger.CheckMint / CheckUnlock. When the transfer's source
// event (LOCK or BURN) is not in the ledger yet — this operator's watcher
// lags the others — Check returns ErrNotRecorded; the signer then waits
// for the record (AwaitSource, relay.SourceWaiter) and, if it does not
// come in time, retries later, as it does a paused scope
// (relay.ErrPaused). A transfer whose
// execution the ledger already holds (a late copy of a completed transfer)
// is refused with ErrCompleted. Every other refusal — another amount,
// chain or recipient, over the per-transfer limit — wraps
// relay.ErrInvariant and is final (ErrCompleted does too).
type Accountant struct {
	cfg    Config
	log    zerolog.Logger
	store  *audit.Store
	ledger *audit.Ledger
	prop   *audit.Proposer

	// mu serialises recording (held across a block's commit and fsync).
	mu sync.Mutex
	// seen guards sources and done for readers that need not wait for a
	// commit (Check); they are written with both mu and seen held, so
	// holders of mu read them without seen.
	seen sync.RWMutex
	// sources are transfers whose LOCK or BURN this ledger holds; done
	// those whose MINT, UNLOCK or REFUND it holds. recorded is closed (and
	// replaced) whenever sources grow (AwaitSource).
	sources, done map[chains.TransferID]bool
	recorded      chan struct{}
	// open are the LOCKs and BURNs without an execution yet, with when
	// this process first knew them (OpenTransfers, the reconciliation;
	// OpenBurns). execAt indexes the executions by their event
	// (ExecutionAt). Both spare the payout path a scan of the ledger.
	open   map[chains.TransferID]openEntry
	execAt map[chains.EventRef]chains.TransferID
	// pending are MINT/UNLOCK records seen before their source record
	// (another operator's mint while our own source watcher lags); they are
	// applied as soon as the source is. Kept durably in pendingPath.
	pending     map[chains.TransferID]*audit.Record
	pendingPath string
}

// Errors of the accountant.
var (
	// ErrNotRecorded: the authorization's source event is not in this
	// operator's ledger yet; retried by the signer.
	ErrNotRecorded = fmt.Errorf("%w (ledger)", relay.ErrNotRecorded)
	// ErrCompleted: the transfer's execution (MINT, UNLOCK or REFUND) is
	// already in this operator's ledger — a late copy of a completed
	// transfer. It is relay.ErrCompleted, which wraps relay.ErrInvariant:
	// never signed, but routine, so the signer logs it quietly.
	ErrCompleted = relay.ErrCompleted
	// ErrConfig: a configuration is incomplete or inconsistent.
	ErrConfig = errors.New("ledger: invalid configuration")
)

// New opens (or creates, with its genesis) the operator's local ledger.
func New(ctx context.Context, cfg Config) (*Accountant, error) {
	if cfg.Path == "" || cfg.Key == nil || cfg.Deployment == nil {
		return nil, fmt.Errorf("%w: accountant needs Path, Key and Deployment", ErrConfig)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	a := &Accountant{cfg: cfg, log: cfg.Logger.With().Str("component", "ledger").Logger(),
		sources: map[chains.TransferID]bool{}, done: map[chains.TransferID]bool{}, recorded: make(chan struct{}), open: map[chains.TransferID]openEntry{}, execAt: map[chains.EventRef]chains.TransferID{}, pending: map[chains.TransferID]*audit.Record{}, pendingPath: cfg.Path + ".pending"}
	if err := os.MkdirAll(filepath.Dir(cfg.Path), 0o700); err != nil {
		return nil, fmt.Errorf("ledger: audit store: %w", err)
	}
	st, err := audit.NewStore(audit.StoreConfig{Path: cfg.Path, Logger: cfg.Logger})
	if err != nil {
		return nil, fmt.Errorf("ledger: audit store %s: %w", cfg.Path, err)
	}
	a.store = st
	if a.ledger, err = audit.NewLedger(ctx, audit.LedgerConfig{Store: st, Logger: cfg.Logger}); err != nil {
		st.Close()
		return nil, fmt.Errorf("ledger: audit ledger %s: %w", cfg.Path, err)
	}
	if a.prop, err = audit.NewProposer(audit.ProposerConfig{Signer: cfg.Key, Ledger: a.ledger, Now: cfg.Now, Logger: cfg.Logger}); err != nil {
		st.Close()
		return nil, err
	}
	if err := a.loadPending(); err != nil {
		st.Close()
		return nil, err
	}
	if _, _, ok := a.ledger.Head(); ok {
		if err := a.loadSources(ctx); err != nil {
			st.Close()
			return nil, err
		}
		if set := a.ledger.Signers(); set == nil || !set.Has(cfg.Key.Address()) {
			st.Close()
			return nil, fmt.Errorf("%w: audit store %s belongs to another operator than %s", ErrConfig, cfg.Path, cfg.Key.Address())
		}
		if err := a.defineNew(ctx); err != nil {
			st.Close()
			return nil, err
		}
		return a, nil
	}
	gen, err := Genesis(cfg.Key.Address(), cfg.Deployment)
	if err != nil {
		st.Close()
		return nil, err
	}
	if err := a.commit(ctx, gen); err != nil {
		st.Close()
		return nil, fmt.Errorf("ledger: audit genesis: %w", err)
	}
	return a, nil
}

// Genesis returns the records of the local ledger's genesis block: this
// operator as the only signer, then one DEFINE per deployment asset.
func Genesis(self common.Address, d *deployment.Deployment) ([]*audit.Record, error) {
	defs, err := Defines(d)
	if err != nil {
		return nil, err
	}
	return append([]*audit.Record{{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: 1, Signers: []common.Address{self}}}}, defs...), nil
}

// defineNew records DEFINEs for the deployment's assets that the ledger
// does not know, or knows with fewer wrapped chains (an asset defined, or
// defined on another chain, after this ledger's genesis).
func (a *Accountant) defineNew(ctx context.Context) error {
	known := map[chains.AssetID]audit.Balance{}
	for _, b := range a.ledger.Report().Balances {
		known[b.Asset] = b
	}
	defs, err := Defines(a.cfg.Deployment)
	if err != nil {
		return err
	}
	var recs []*audit.Record
	for _, r := range defs {
		b, ok := known[r.AssetID]
		add := !ok
		for _, w := range r.Define.Wrapped {
			if _, has := b.Outstanding[w.Chain]; ok && !has {
				add = true
			}
		}
		if add {
			recs = append(recs, r)
		}
	}
	if len(recs) == 0 {
		return nil
	}
	if err := a.commit(ctx, recs); err != nil {
		return fmt.Errorf("ledger: define the deployment's new assets: %w", err)
	}
	a.log.Info().Int("assets", len(recs)).Msg("recorded assets defined since the ledger's genesis")
	return nil
}

// Defines returns one DEFINE record per asset of the deployment.
func Defines(d *deployment.Deployment) ([]*audit.Record, error) {
	var recs []*audit.Record
	for _, as := range d.Assets {
		def := &audit.Definition{HomeChain: as.HomeChain, HomeAsset: slices.Clone([]byte(as.HomeAsset)), Decimals: as.Decimals}
		if m := as.MaxPerTransfer.Big(); m.Sign() > 0 {
			if ov := def.MaxPerTransfer.SetFromBig(m); ov {
				return nil, fmt.Errorf("%w: asset %s: maxPerTransfer overflows 256 bits", ErrConfig, as.Symbol)
			}
		}
		for _, t := range as.Tokens {
			if t.Kind == deployment.TokenWrapped {
				def.Wrapped = append(def.Wrapped, audit.Wrapped{Chain: t.Chain, Token: t.Address.Bytes()})
			}
		}
		slices.SortFunc(def.Wrapped, func(x, y audit.Wrapped) int { return cmpChain(x.Chain, y.Chain) })
		recs = append(recs, &audit.Record{Kind: audit.KindDefine, AssetID: as.ID, Define: def})
	}
	return recs, nil
}

func cmpChain(a, b chains.ChainID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (a *Accountant) loadSources(ctx context.Context) error {
	now := a.cfg.Now()
	return a.EachRecord(ctx, func(r *audit.Record) {
		switch r.Kind {
		case audit.KindLock, audit.KindBurn, audit.KindLockRejected:
			a.sources[r.TransferID] = true
			a.noteOpen(r, now)
		case audit.KindMint, audit.KindUnlock, audit.KindRefund:
			a.noteExecuted(r)
		}
	})
}

// openEntry is an open transfer with what OpenBurns matches on.
type openEntry struct {
	relay.OpenTransfer
	dst       chains.ChainID
	recipient []byte
	amount    uint256.Int
}

// noteExecuted marks an execution record's transfer done. The caller
// holds seen (or has the accountant to itself).
func (a *Accountant) noteExecuted(r *audit.Record) {
	a.done[r.TransferID] = true
	delete(a.open, r.TransferID)
	a.execAt[r.Ref.EventRef] = r.TransferID
}

// noteOpen adds a LOCK or BURN to the open transfers unless its execution
// is known. The caller holds seen (or has the accountant to itself).
func (a *Accountant) noteOpen(r *audit.Record, now time.Time) {
	kind := map[audit.Kind]chains.EventKind{audit.KindLock: chains.KindLocked, audit.KindBurn: chains.KindBurned}[r.Kind]
	if kind == 0 || a.done[r.TransferID] {
		return
	}
	a.open[r.TransferID] = openEntry{OpenTransfer: relay.OpenTransfer{ID: r.TransferID, Kind: kind, Source: r.Ref.EventRef, Since: now},
		dst: r.DstChain, recipient: r.Recipient, amount: r.Amount}
}

// commit proposes one block of recs on the local ledger, self-attested,
// and applies it (stored with fsync). It returns the error of the first
// record left out.
func (a *Accountant) commit(ctx context.Context, recs []*audit.Record) error {
	b, rejected, err := a.prop.Propose(ctx, recs)
	if err != nil {
		return err
	}
	if b != nil {
		if err := a.ledger.Apply(ctx, b); err != nil {
			return err
		}
	}
	if len(rejected) > 0 {
		return rejected[0].Err
	}
	return nil
}

// Record puts a final event reported by this operator's own watcher into
// the ledger: RecordEvents of one event.
func (a *Accountant) Record(ctx context.Context, ev chains.Event) error {
	return a.RecordEvents(ctx, []chains.Event{ev})
}

// RecordEvents records the final events of one watcher delivery whose
// audit record follows from the event alone (RecordOf), in one RecordAll.
func (a *Accountant) RecordEvents(ctx context.Context, evs []chains.Event) error {
	recs := make([]*audit.Record, 0, len(evs))
	for _, ev := range evs {
		if r := a.RecordOf(ev); r != nil {
			recs = append(recs, r)
		}
	}
	return a.RecordAll(ctx, recs)
}

// RecordAll puts the records of one watcher delivery (a range of blocks)
// into the ledger in one audit block: one proposal, one self-attestation,
// one fsync per delivery. Each route builds the records of its own
// chain's events (RecordOf for those that follow from the event alone).
// It means the same as recording each record on its own:
//
//   - records the ledger already holds (a watcher replaying from its
//     cursor after a restart) and repeats within recs are skipped;
//   - the source records (LOCK, LOCK_REJECTED, BURN) go first, in the audit
//     chain's source order (block, index, txid), then the executions
//     (MINT, UNLOCK, REFUND) whose source the ledger holds or that arrives
//     in recs, including executions held for such a source, then the
//     other records (SWEEP);
//   - an execution whose source is not recorded is held until it is
//     (kept durably);
//   - a record the ledger refuses (transition or invariant) is logged and
//     left out of the block; the others are recorded. An execution left
//     out because its source in the same delivery was refused stays held,
//     as it would with one call per record.
//
// RecordAll fails only when the store cannot be written: the watcher then
// keeps its cursor and delivers the range again, and the ledger skips what
// it holds. When it returns nil, every recordable record is durable.
func (a *Accountant) RecordAll(ctx context.Context, recs []*audit.Record) error {
	if len(recs) == 0 {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.recordLocked(ctx, recs)
}

// Alarm says in the ledger's log that a final event this operator's
// watcher reported was reorged out after it was recorded.
func (a *Accountant) Alarm(ev chains.Event) {
	a.log.Error().Str("event", ev.Ref.String()).Str("transfer", ev.TransferID.String()).Msg("final event reorged out after it was recorded: audit state needs an operator's attention")
}

// RecordOf returns the audit record of a final transfer event, or nil
// (logged where that deserves it) when the event is not recorded: not
// final, reorged (Alarm), or not a transfer.
func (a *Accountant) RecordOf(ev chains.Event) *audit.Record {
	if !ev.Final || ev.Reorged {
		if ev.Reorged {
			a.Alarm(ev)
		}
		return nil
	}
	r, err := audit.FromEvent(ev)
	if err != nil {
		// Admin, sweep and payout events are not recorded from the event
		// alone (the Bitcoin route builds sweep and payout records). A
		// transfer event that still cannot be recorded — a Bitcoin
		// deposit whose payload cannot be decoded names no deposit
		// output and has no amount — is said, not silently dropped.
		switch ev.Kind {
		case chains.KindLocked, chains.KindDepositRejected, chains.KindBurned, chains.KindMinted, chains.KindUnlocked, chains.KindRefund:
			a.log.Warn().Err(err).Str("kind", ev.Kind.String()).Str("event", ev.Ref.String()).Str("reason", ev.Reason).Msg("final event has no audit record")
		}
		return nil
	}
	return r
}

func isSource(k audit.Kind) bool {
	return k == audit.KindLock || k == audit.KindBurn || k == audit.KindLockRejected
}

func isExecution(k audit.Kind) bool {
	return k == audit.KindMint || k == audit.KindUnlock || k == audit.KindRefund
}

// recordLocked records recs as RecordAll describes, in as few blocks as
// MaxBlockRecords allows. The caller holds mu.
func (a *Accountant) recordLocked(ctx context.Context, recs []*audit.Record) error {
	d := a.sortDelivery(recs)
	rejected, err := a.commitAll(ctx, append(append(d.srcs, d.ready...), d.others...))
	if err != nil {
		return err
	}
	for _, r := range d.others {
		if err, bad := rejected[r]; bad {
			a.log.Error().Err(err).Str("kind", r.Kind.String()).Str("ref", r.Ref.EventRef.String()).Msg("record not recorded")
		}
	}
	a.markSources(d, rejected)
	changed := a.markExecutions(d, rejected)
	return a.holdPending(d.hold, changed)
}

// delivery is one RecordAll call's records, sorted for commit.
type delivery struct {
	// srcs are the new source records in audit source order; newSrc their ids.
	srcs   []*audit.Record
	newSrc map[chains.TransferID]bool
	// ready are the executions to record now: those held for a source of
	// this delivery (fromPending), then those whose source is known.
	ready       []*audit.Record
	fromPending map[chains.TransferID]bool
	// hold are executions whose source is not recorded; others are
	// neither sources nor executions (SWEEP).
	hold   map[chains.TransferID]*audit.Record
	others []*audit.Record
}

// sortDelivery splits recs into what to commit, in which order, and what
// to hold, skipping what the ledger holds and repeats within recs.
func (a *Accountant) sortDelivery(recs []*audit.Record) delivery {
	d := delivery{newSrc: map[chains.TransferID]bool{}, fromPending: map[chains.TransferID]bool{}, hold: map[chains.TransferID]*audit.Record{}}
	var execs []*audit.Record
	for _, r := range recs {
		switch {
		case isExecution(r.Kind):
			execs = append(execs, r)
		case !isSource(r.Kind):
			d.others = append(d.others, r)
		case a.sources[r.TransferID], d.newSrc[r.TransferID]:
			// held already, or twice in this delivery
		default:
			d.newSrc[r.TransferID] = true
			d.srcs = append(d.srcs, r)
		}
	}
	slices.SortStableFunc(d.srcs, func(x, y *audit.Record) int {
		return chains.CompareOrder(x.Ref.BlockNum, x.Ref.EventRef, y.Ref.BlockNum, y.Ref.EventRef)
	})
	newExec := map[chains.TransferID]bool{}
	for _, s := range d.srcs {
		if p, ok := a.pending[s.TransferID]; ok && !a.done[s.TransferID] {
			d.ready = append(d.ready, p)
			d.fromPending[s.TransferID], newExec[s.TransferID] = true, true
		}
	}
	for _, r := range execs {
		id := r.TransferID
		switch {
		case a.done[id], newExec[id]:
			// replayed from the watcher's cursor, or twice in this delivery
		case !a.sources[id] && !d.newSrc[id]:
			d.hold[id] = r
		default:
			newExec[id] = true
			d.ready = append(d.ready, r)
		}
	}
	return d
}

// markSources notes the committed source records (Check and AwaitSource
// read them) and wakes AwaitSource.
func (a *Accountant) markSources(d delivery, rejected map[*audit.Record]error) {
	for _, r := range d.srcs {
		if err, bad := rejected[r]; bad {
			a.log.Error().Err(err).Str("kind", r.Kind.String()).Str("transfer", r.TransferID.String()).Msg("final source event not recordable: it will not be signed")
			continue
		}
		a.seen.Lock()
		a.sources[r.TransferID] = true
		a.noteOpen(r, a.cfg.Now())
		a.seen.Unlock()
		a.log.Debug().Str("kind", r.Kind.String()).Str("transfer", r.TransferID.String()).Msg("recorded")
	}
	if len(d.srcs) > 0 {
		a.seen.Lock()
		close(a.recorded)
		a.recorded = make(chan struct{})
		a.seen.Unlock()
	}
}

// markExecutions notes the committed executions, holds those whose
// source in this delivery was refused, and reports whether the pending
// set changed.
func (a *Accountant) markExecutions(d delivery, rejected map[*audit.Record]error) (pendingChanged bool) {
	for _, r := range d.ready {
		id := r.TransferID
		err, bad := rejected[r]
		switch {
		case bad && d.newSrc[id] && !a.sources[id]:
			// Its source, in this delivery, was refused: hold it, as a
			// later Record of the execution alone would.
			if !d.fromPending[id] {
				d.hold[id] = r
			}
			continue
		case bad:
			// An execution the ledger does not allow (another amount or
			// recipient than the source, a second execution): an alarm.
			a.log.Error().Err(err).Str("kind", r.Kind.String()).Str("transfer", id.String()).Msg("execution not recorded")
		default:
			a.seen.Lock()
			a.noteExecuted(r)
			a.seen.Unlock()
			a.log.Debug().Str("kind", r.Kind.String()).Str("transfer", id.String()).Msg("recorded")
		}
		if d.fromPending[id] {
			delete(a.pending, id)
			pendingChanged = true
		}
	}
	return pendingChanged
}

// holdPending adds hold to the executions kept until their source is
// recorded, and writes the pending file when anything changed.
func (a *Accountant) holdPending(hold map[chains.TransferID]*audit.Record, changed bool) error {
	for id, r := range hold {
		if old, ok := a.pending[id]; ok && old.Ref == r.Ref {
			continue
		}
		a.pending[id] = r
		changed = true
		a.log.Info().Str("kind", r.Kind.String()).Str("transfer", id.String()).Msg("execution seen before its source: kept until the source is final here")
	}
	if !changed {
		return nil
	}
	if err := a.savePending(); err != nil {
		// The records are in the ledger; the held executions are not
		// durable: the watcher delivers them again (the error keeps
		// its cursor) and they are held again.
		for id := range hold {
			delete(a.pending, id)
		}
		return err
	}
	return nil
}

// commitAll puts recs in the ledger in as few blocks as possible and
// returns the records the ledger refused (transition or invariant), with
// the reason; an error means the store could not be written. Should a
// block as a whole be refused, which the proposer's record-by-record
// checks make unexpected, its records are committed one at a time so
// that one bad record never keeps the others out.
func (a *Accountant) commitAll(ctx context.Context, recs []*audit.Record) (map[*audit.Record]error, error) {
	rejected := map[*audit.Record]error{}
	for len(recs) > 0 {
		n := min(len(recs), audit.MaxBlockRecords)
		chunk := recs[:n]
		recs = recs[n:]
		rej, err := a.commitBlock(ctx, chunk)
		if refusal(err) {
			a.log.Warn().Err(err).Int("records", len(chunk)).Msg("block refused as a whole: recording its records one by one")
			for _, r := range chunk {
				rej, err := a.commitBlock(ctx, []*audit.Record{r})
				switch {
				case refusal(err):
					rejected[r] = err
				case err != nil:
					return nil, err
				}
				for _, x := range rej {
					rejected[x.Record] = x.Err
				}
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, x := range rej {
			rejected[x.Record] = x.Err
		}
	}
	return rejected, nil
}

// refusal reports whether err is the ledger refusing records, not a
// store failure.
func refusal(err error) bool {
	return err != nil && (errors.Is(err, audit.ErrTransition) || errors.Is(err, audit.ErrInvariant))
}

// commitBlock proposes one block of recs on the local ledger,
// self-attested, and applies it (stored with fsync). The records the
// proposer left out are returned, not an error.
func (a *Accountant) commitBlock(ctx context.Context, recs []*audit.Record) ([]audit.Rejected, error) {
	b, rejected, err := a.prop.Propose(ctx, recs)
	if err != nil {
		return nil, err
	}
	if b != nil {
		if err := a.ledger.Apply(ctx, b); err != nil {
			return nil, err
		}
	}
	return rejected, nil
}

// loadPending reads the executions held for their source (a file of
// length-prefixed canonical records; missing means none).
func (a *Accountant) loadPending() error {
	b, err := os.ReadFile(a.pendingPath)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	for len(b) > 0 {
		if len(b) < 4 || int(binary.BigEndian.Uint32(b)) > len(b)-4 {
			return fmt.Errorf("ledger: %s is truncated", a.pendingPath)
		}
		n := binary.BigEndian.Uint32(b)
		r, err := audit.DecodeRecord(b[4 : 4+n])
		if err != nil {
			return fmt.Errorf("ledger: %s: %w", a.pendingPath, err)
		}
		a.pending[r.TransferID] = r
		b = b[4+n:]
	}
	return nil
}

// savePending replaces the pending file atomically and durably.
func (a *Accountant) savePending() error {
	var buf []byte
	for _, r := range a.pending {
		raw, err := r.Encode()
		if err != nil {
			return err
		}
		buf = binary.BigEndian.AppendUint32(buf, uint32(len(raw)))
		buf = append(buf, raw...)
	}
	if err := atomicfile.WriteFile(a.pendingPath, buf, 0o600); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	return nil
}

// Check implements relay.Accountant.
//
// An authorization the ledger allows is answered without waiting for a
// commit in progress (its fsync). A refusal is decided under the
// recording lock: a commit applies a block to the ledger before it marks
// its sources and executions, so a refusal read in between (the MINT is
// in the ledger, its transfer not yet marked done) would look like a
// broken invariant instead of ErrCompleted.
func (a *Accountant) Check(_ context.Context, au relay.Authorization) error {
	if au.Action != relay.ActionMint && au.Action != relay.ActionUnlock {
		return fmt.Errorf("%w: action %s", relay.ErrInvariant, au.Action)
	}
	if a.ledgerCheck(au) == nil {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	err := a.ledgerCheck(au)
	if err == nil {
		return nil
	}
	// Holders of mu read sources and done without seen.
	switch {
	case !a.sources[au.TransferID]:
		return fmt.Errorf("%w: transfer %s", ErrNotRecorded, au.TransferID)
	case a.done[au.TransferID]:
		return fmt.Errorf("%w: transfer %s: %w", ErrCompleted, au.TransferID, err)
	case errors.Is(err, audit.ErrPaused):
		return fmt.Errorf("%w: %w", relay.ErrPaused, err)
	}
	return fmt.Errorf("%w: %w", relay.ErrInvariant, err)
}

// ledgerCheck asks the ledger whether au (a mint or an unlock) may
// execute now.
func (a *Accountant) ledgerCheck(au relay.Authorization) error {
	c := audit.Claim{Asset: au.AssetID, Transfer: au.TransferID, Chain: au.DstChain, Amount: new(big.Int).Set(au.Amount), Recipient: au.Recipient}
	if au.Action == relay.ActionUnlock {
		return a.ledger.CheckUnlock(c)
	}
	return a.ledger.CheckMint(c)
}

// AwaitSource implements relay.SourceWaiter: it waits up to d for this
// operator's own watcher to record the source event (LOCK or BURN) of
// transfer id and reports whether the ledger holds it.
func (a *Accountant) AwaitSource(ctx context.Context, id chains.TransferID, d time.Duration) bool {
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		a.seen.RLock()
		known, recorded := a.sources[id], a.recorded
		a.seen.RUnlock()
		if known {
			return true
		}
		select {
		case <-recorded:
		case <-timer.C:
			return false
		case <-ctx.Done():
			return false
		}
	}
}

// Balances returns the derived state per asset (locked, outstanding, in
// flight), for status pages and tests.
func (a *Accountant) Balances() []audit.Balance { return a.ledger.Report().Balances }

// Close closes the store.
func (a *Accountant) Close() error { return a.store.Close() }
