package btcroute

import (
	"fmt"
	"sync"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/prometheus/client_golang/prometheus"
)

// Reasons a ready burn is left out of a payout (the label of
// kakehashi_btc_payout_items_left_out_total and the code of the reason
// the tracker shows).
const (
	// LeftOutFeeShare: the burn's output would be below its script's dust
	// limit after its share of the payout's fee. It is offered again at
	// every payout round and paid once a payout's share is small enough
	// (more burns sharing the fee, a lower fee rate).
	LeftOutFeeShare = "fee_share_below_dust"
	// LeftOutAmount: the burned amount itself is below the dust limit of
	// its script: no payout can pay it. NetPolicy refuses such a burn
	// before anyone signs it; the batcher only meets one signed before.
	LeftOutAmount = "amount_below_dust"
)

// leftOuts is the batcher's record of the burns it leaves out: each is
// logged and counted once per reason, and reported to the coordinator
// (relay.LeftOutReporter) once, until it is proposed.
type leftOuts struct {
	mu      sync.Mutex
	reasons map[chains.TransferID]string // code of the last reason, per burn left out
	pending []relay.LeftOut              // not yet reported
	counter *prometheus.CounterVec       // reason
}

func newLeftOuts(reg prometheus.Registerer) (*leftOuts, error) {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "kakehashi", Subsystem: "btc", Name: "payout_items_left_out_total",
		Help: "Ready burns the payout batcher left out of a payout, by reason (fee_share_below_dust: retried; amount_below_dust: never payable); each burn counts once per reason."},
		[]string{"reason"})
	if reg != nil {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("%w: register metrics: %w", ErrConfig, err)
		}
	}
	return &leftOuts{reasons: map[chains.TransferID]string{}, counter: c}, nil
}

// leaveOut removes the burns d names from burns[:n] (sorted by transfer
// id), records them and returns the rest with the new n: as many burns as
// before where there are, so the next ones by id take the freed places.
func (p *PayoutBatcher) leaveOut(burns []wallet.Burn, n int, d *wallet.DustError) ([]wallet.Burn, int, error) {
	named := map[chains.TransferID]wallet.DustBurn{}
	for _, b := range d.Burns {
		named[b.TransferID] = b
	}
	kept := make([]wallet.Burn, 0, len(burns))
	for i, b := range burns {
		if db, ok := named[b.TransferID]; ok && i < n {
			p.recordLeftOut(db, d.Rate)
			continue
		}
		kept = append(kept, b)
	}
	removed := len(burns) - len(kept)
	if removed == 0 {
		return nil, 0, fmt.Errorf("btcroute: build payout: %w (no burn of the payout named)", d)
	}
	return kept, min(len(kept), n), nil
}

// recordLeftOut logs and counts a burn left out, and queues it for the
// coordinator's report, unless it was already left out for that reason.
func (p *PayoutBatcher) recordLeftOut(d wallet.DustBurn, rate uint64) {
	code, retry := LeftOutFeeShare, "offered again at every payout round"
	if !d.Payable() {
		code, retry = LeftOutAmount, "no payout can pay it"
	}
	l := p.leftOut
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.reasons[d.TransferID] == code {
		return
	}
	l.reasons[d.TransferID] = code
	l.counter.WithLabelValues(code).Inc()
	reason := fmt.Sprintf("%s: burn of %d sat bears %d sat of the payout's fee at %d sat/vB, leaving %d sat, below the %d sat dust limit of its script; %s",
		code, d.Amount, d.FeeShare, rate, d.Amount-d.FeeShare, d.Limit, retry)
	l.pending = append(l.pending, relay.LeftOut{TransferID: d.TransferID, Reason: reason})
	p.log.Warn().Str("transfer", d.TransferID.String()).Str("reason", code).Int64("amount", d.Amount).Int64("fee_share", d.FeeShare).
		Int64("dust_limit", d.Limit).Uint64("rate", rate).Msg("burn left out of the payout: its output would be dust")
}

// proposed forgets the left-out record of burns now in a proposal.
func (p *PayoutBatcher) proposed(burns []wallet.Burn) {
	l := p.leftOut
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, b := range burns {
		delete(l.reasons, b.TransferID)
	}
}

// forgetLeftOut drops the records of burns this operator's ledger holds
// as executed (paid by a payout). A burn merely absent from one Propose
// call is kept: the coordinator defers a burn left out, and offers the
// others meanwhile.
func (p *PayoutBatcher) forgetLeftOut() {
	l := p.leftOut
	l.mu.Lock()
	defer l.mu.Unlock()
	for id := range l.reasons {
		if p.cfg.Executed(id) {
			delete(l.reasons, id)
		}
	}
}

// LeftOut implements relay.LeftOutReporter: the burns left out since the
// last call, each once per reason.
func (p *PayoutBatcher) LeftOut() []relay.LeftOut {
	l := p.leftOut
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.pending
	l.pending = nil
	return out
}

var _ relay.LeftOutReporter = (*PayoutBatcher)(nil)
