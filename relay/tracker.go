package relay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// State is the stage of one transfer (one leg: a lock or a burn and the
// mint or unlock it authorizes).
type State string

// Transfer states, in order. A transfer only moves forward; rejected is a
// terminal branch for Bitcoin deposits; cancelled (at the destination, by
// the quorum) leads to refunded (on the source).
const (
	StateObserved  State = "observed"  // source event seen, not final
	StateFinal     State = "final"     // source event final
	StateSigned    State = "signed"    // k of t operator shares (Status.Signed says k/t)
	StateSubmitted State = "submitted" // a leader sent the destination transaction
	StateExecuted  State = "executed"  // Minted/Unlocked/Payout seen on the destination
	StateRejected  State = "rejected"  // deposit rejected (never minted; the depositor refunds)
	StateCancelled State = "cancelled" // the quorum cancelled it at the destination: it can only be refunded
	StateRefunded  State = "refunded"  // returned to its sender: a deposit after its locktime, an EVM lock or burn by a quorum refund
)

var stateRank = map[State]int{
	StateObserved: 1, StateFinal: 2, StateSigned: 3, StateSubmitted: 4,
	StateExecuted: 5, StateRejected: 5, StateCancelled: 5, StateRefunded: 6,
}

// Transition is one step in a transfer's history.
type Transition struct {
	State  State     `json:"state"`
	At     time.Time `json:"at"`
	Detail string    `json:"detail,omitempty"`
}

// Status is what the tracker knows about one transfer.
type Status struct {
	TransferID chains.TransferID `json:"transferId"`
	State      State             `json:"state"`
	Kind       string            `json:"kind,omitempty"` // locked or burned
	Source     *refJSON          `json:"source,omitempty"`
	DstChain   chains.ChainID    `json:"dstChain,omitempty"`
	AssetID    *chains.AssetID   `json:"assetId,omitempty"`
	Amount     string            `json:"amount,omitempty"`
	Recipient  hexutil.Bytes     `json:"recipient,omitempty"`
	Action     string            `json:"action,omitempty"`
	Signers    []common.Address  `json:"signers,omitempty"`
	Threshold  int               `json:"threshold"`
	Signed     string            `json:"signed"` // "k/t"
	TxID       string            `json:"submittedTx,omitempty"`
	Executed   *refJSON          `json:"executed,omitempty"`
	Reason     string            `json:"reason,omitempty"` // why a deposit was rejected, or why a batch left it out
	Reorged    bool              `json:"reorged,omitempty"`
	History    []Transition      `json:"history"`
}

type tstate struct {
	Status
	signers map[[32]byte]map[common.Address]bool
	leftOut bool // Reason says why a batch left it out (cleared when submitted)
}

// Tracker is the transfer state machine: an in-memory projection of the
// events, shares and submissions streams, rebuilt from the start of each
// stream when the process starts (ordered consumers), queryable by
// transfer id. It decides nothing; the audit chain is the record.
type Tracker struct {
	ops OperatorSet
	roleOpts

	mu    sync.RWMutex
	ts    map[chains.TransferID]*tstate
	order []chains.TransferID // creation order, for eviction
	limit int
}

// DefaultTrackerLimit is how many transfers a Tracker keeps by default.
const DefaultTrackerLimit = 1_000_000

// NewTracker returns an empty tracker for the operator set. It keeps at
// most DefaultTrackerLimit transfers (see SetLimit).
func NewTracker(ops OperatorSet, opts ...Option) *Tracker {
	return &Tracker{ops: ops, roleOpts: applyOpts("tracker", opts), ts: map[chains.TransferID]*tstate{}, limit: DefaultTrackerLimit}
}

// SetLimit bounds the transfers kept in memory. Beyond it the oldest are
// forgotten, finished ones (executed, rejected, refunded) first; the bus
// streams and the audit chain still hold their history.
func (t *Tracker) SetLimit(n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.limit = max(n, 1)
	t.evict()
}

// evict forgets transfers beyond the limit; the caller holds mu.
func (t *Tracker) evict() {
	if len(t.ts) <= t.limit {
		return
	}
	finished := func(s State) bool { return s == StateExecuted || s == StateRejected || s == StateRefunded }
	for _, pass := range []func(State) bool{finished, func(State) bool { return true }} {
		kept := t.order[:0]
		for _, id := range t.order {
			s, ok := t.ts[id]
			if !ok {
				continue
			}
			if len(t.ts) > t.limit*9/10 && pass(s.State) {
				delete(t.ts, id) // evict down to 90% so this runs rarely
				continue
			}
			kept = append(kept, id)
		}
		t.order = kept
		if len(t.ts) <= t.limit*9/10 {
			return
		}
	}
}

// Get returns the status of a transfer.
func (t *Tracker) Get(id chains.TransferID) (Status, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	s, ok := t.ts[id]
	if !ok {
		return Status{}, false
	}
	out := s.Status
	out.Signers = append([]common.Address(nil), s.Signers...)
	out.History = append([]Transition(nil), s.History...)
	return out, true
}

// Count returns the number of transfers per state.
func (t *Tracker) Count() map[State]int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := map[State]int{}
	for _, s := range t.ts {
		out[s.State]++
	}
	return out
}

func (t *Tracker) get(id chains.TransferID) *tstate {
	s := t.ts[id]
	if s == nil {
		s = &tstate{Status: Status{TransferID: id, Threshold: t.ops.Threshold()}, signers: map[[32]byte]map[common.Address]bool{}}
		s.Signed = fmt.Sprintf("0/%d", s.Threshold)
		t.ts[id] = s
		t.order = append(t.order, id)
		if len(t.ts) > t.limit {
			t.evict()
			t.ts[id] = s // the newest stays
		}
	}
	return s
}

// advance moves s to st if st is later, recording the transition.
func (s *tstate) advance(st State, at time.Time, detail string) {
	if stateRank[st] <= stateRank[s.State] {
		return
	}
	s.State = st
	s.History = append(s.History, Transition{State: st, At: at.UTC(), Detail: detail})
}

// HandleEvent is the bus handler for kkh.event.>.
func (t *Tracker) HandleEvent(_ context.Context, m bus.Msg) error {
	ev, err := DecodeEvent(m.Payload)
	if err != nil {
		return err
	}
	if ev.TransferID == (chains.TransferID{}) {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.get(ev.TransferID)
	switch ev.Kind {
	case chains.KindLocked, chains.KindBurned:
		if s.Source == nil {
			r := refToJSON(ev.Ref)
			s.Source, s.Kind, s.DstChain = &r, ev.Kind.String(), ev.DstChain
			asset := ev.AssetID
			s.AssetID, s.Recipient = &asset, ev.Recipient
			if ev.Amount != nil {
				s.Amount = ev.Amount.String()
			}
		}
		switch {
		case ev.Reorged:
			s.Reorged = true
			s.History = append(s.History, Transition{State: s.State, At: m.Time.UTC(), Detail: "source event reorged out"})
		case ev.Final:
			s.advance(StateObserved, m.Time, "")
			s.advance(StateFinal, m.Time, fmt.Sprintf("%d confirmations", ev.Confirmations))
		default:
			s.advance(StateObserved, m.Time, fmt.Sprintf("%d confirmations", ev.Confirmations))
		}
	case chains.KindDepositRejected:
		s.Reason = ev.Reason
		s.advance(StateRejected, m.Time, ev.Reason)
	case chains.KindCancelled:
		if ev.Reorged {
			return nil
		}
		s.Reason = ev.Reason
		s.advance(StateCancelled, m.Time, "cancel "+ev.Ref.String())
	case chains.KindRefund:
		s.advance(StateRefunded, m.Time, ev.Ref.String())
	case chains.KindMinted, chains.KindUnlocked, chains.KindPayout:
		if ev.Reorged {
			s.History = append(s.History, Transition{State: s.State, At: m.Time.UTC(), Detail: "execution reorged out"})
			return nil
		}
		r := refToJSON(ev.Ref)
		s.Executed = &r
		s.advance(StateExecuted, m.Time, ev.Kind.String()+" "+ev.Ref.String())
	}
	return nil
}

// HandleShare is the bus handler for kkh.share.>. It counts distinct
// operators per authorization (the envelope's sender must be the share's
// signer); the coordinator, not the tracker, checks the signatures.
func (t *Tracker) HandleShare(_ context.Context, m bus.Msg) error {
	sh, err := DecodeShare(m.Payload)
	if err != nil {
		return err
	}
	if sh.Signer != m.From || !t.ops.Contains(sh.Signer) {
		return fmt.Errorf("%w: share of %s sent by %s", ErrBadShare, sh.Signer, m.From)
	}
	a := sh.Authorization
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.get(a.TransferID)
	h := a.Hash()
	set := s.signers[h]
	if set == nil {
		set = map[common.Address]bool{}
		s.signers[h] = set
	}
	if set[sh.Signer] {
		return nil
	}
	set[sh.Signer] = true
	best := 0
	var bestSet map[common.Address]bool
	for _, v := range s.signers {
		if len(v) > best {
			best, bestSet = len(v), v
		}
	}
	s.Signers = s.Signers[:0]
	for addr := range bestSet {
		s.Signers = append(s.Signers, addr)
	}
	sort.Slice(s.Signers, func(i, j int) bool { return bytes.Compare(s.Signers[i][:], s.Signers[j][:]) < 0 })
	s.Signed = fmt.Sprintf("%d/%d", best, s.Threshold)
	s.Action = a.Action.String()
	if s.DstChain == 0 {
		s.DstChain = a.DstChain
	}
	if s.State == StateSigned || stateRank[s.State] < stateRank[StateSigned] {
		s.History = append(s.History, Transition{State: StateSigned, At: m.Time.UTC(), Detail: s.Signed + " by " + sh.Signer.Hex()})
		s.State = StateSigned
	}
	return nil
}

// HandleSubmission is the bus handler for kkh.submission.>.
func (t *Tracker) HandleSubmission(_ context.Context, m bus.Msg) error {
	var sub Submission
	if err := json.Unmarshal(m.Payload, &sub); err != nil {
		return fmt.Errorf("%w: submission: %v", ErrDecode, err)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, l := range sub.LeftOut {
		t.get(l.TransferID).leftOutLocked(l.Reason, m.Time)
	}
	for _, id := range sub.Submitted {
		s := t.get(id)
		if s.leftOut {
			s.Reason, s.leftOut = "", false
		}
		if s.TxID == "" || stateRank[s.State] < stateRank[StateSubmitted] {
			s.TxID = sub.TxID
		}
		s.advance(StateSubmitted, m.Time, fmt.Sprintf("tx %s by %s", sub.TxID, sub.Leader.Hex()))
	}
	return nil
}
