package btcroute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
)

// Fee bumping. A payout the leader's node has held in its mempool for
// longer than StuckAfter, with no unconfirmed parent, is replaced (BIP-125,
// every input signals it: bitcoin.SequenceRBF) by the same payout at a
// higher rate: same inputs — so the same main —, same burns to the same
// scripts and gross amounts, same change; only the fee shares grow. The
// replacement declares the payout it replaces (wallet.MarkReplacement) and
// every signer checks it against that payout as its own book holds it
// (signer.CheckReplacement) before the usual checks, with the replaced
// payout's inputs read from the chain, not the mempool, where the payout
// being replaced spends them. Both stay in the book until one is final;
// the feed then drops the other, and the descendants chained on the
// loser's change, with PayoutBook.Spent.
//
// Only a root is replaced — a payout whose inputs are all confirmed: it
// is what holds its unconfirmed descendants back, and replacing a
// descendant would not get its parent mined. The node evicts the
// descendants with it; their burns are paid again, on the tip, once the
// replacement is final (Spent releases them). The replacement's fee must
// exceed the fees of everything it evicts by the minimum relay fee for
// its own size (BIP-125 rule 4, btcd's validateReplacement), and its rate
// every evicted transaction's: the leader picks the lowest rate from
// max(the wallet's rate, twice the stuck payout's) upwards that does,
// never above the published maximum (PayoutBatcherConfig.MaxFeeRate and
// the wallet's MaxRate). A payout that cannot be replaced within the
// bound is left as it is and logged.

// ErrNoBump: a stuck payout cannot be replaced within the fee bound.
var ErrNoBump = errors.New("btcroute: no replacement within the fee bound")

// minRelayRate is the mempool's minimum relay fee rate in sat/vB (btcd
// and Bitcoin Core default to 1,000 sat/kvB): the extra fee a
// replacement pays per vbyte of its own size.
const minRelayRate = 1

// defaultStuckAfter is how long a payout waits in the mempool before it
// is replaced, unless PayoutBatcherConfig.StuckAfter says otherwise:
// about two blocks.
const defaultStuckAfter = 20 * time.Minute

// Mempool is what the leader reads to find stuck payouts:
// *rpcclient.Client. A node without it never has a payout replaced.
type Mempool interface {
	GetRawMempoolVerbose() (map[string]btcjson.GetRawMempoolVerboseResult, error)
}

// stuckAfter is the configured bound or its default.
func (p *PayoutBatcher) stuckAfter() time.Duration {
	if p.cfg.StuckAfter > 0 {
		return p.cfg.StuckAfter
	}
	return defaultStuckAfter
}

// maxRate is the highest rate a payout or its replacement may pay: the
// wallet's MaxRate, and the published maximum when set.
func (p *PayoutBatcher) maxRate() uint64 {
	r := p.wallet.Fees().MaxRate
	if p.cfg.MaxFeeRate > 0 {
		r = min(r, p.cfg.MaxFeeRate)
	}
	return r
}

// bump returns the replacement of the oldest stuck root payout of the
// book that pays ready burns, if there is one (Propose).
func (p *PayoutBatcher) bump(ctx context.Context, items map[chains.TransferID]relay.Authorization, used map[wire.OutPoint]chainhash.Hash) (relay.Batch, bool) {
	mp, ok := p.cfg.Node.(Mempool)
	if !ok || !p.inBook(items) || !p.poolDue() {
		return relay.Batch{}, false
	}
	pool, err := mp.GetRawMempoolVerbose()
	if err != nil {
		p.log.Warn().Err(err).Msg("mempool not read: no payout replaced")
		return relay.Batch{}, false
	}
	for _, h := range p.stuck(items, pool) {
		pk, err := p.cfg.Book.Packet(h)
		if err != nil || p.reservedByOther(pk, used) { // its own reservation ends only with time
			continue
		}
		q, err := p.replacement(ctx, pk, pool)
		if err != nil {
			p.log.Warn().Err(err).Str("tx", h.String()).Msg("stuck payout not replaced")
			continue
		}
		b, err := batchOf(p.cfg.Chain, q, items)
		if err != nil {
			p.log.Warn().Err(err).Str("tx", h.String()).Msg("stuck payout not replaced")
			continue
		}
		p.reserve(q)
		po, _ := wallet.ReadProposal(pk)
		pq, _ := wallet.ReadProposal(q)
		p.log.Info().Str("tx", q.UnsignedTx.TxHash().String()).Str("replaces", h.String()).Uint64("rate", pq.Rate).
			Uint64("was", po.Rate).Int("burns", len(b.Items)).Msg("stuck payout: replacement proposed")
		return b, true
	}
	return relay.Batch{}, false
}

// inBook reports whether a ready burn is in a payout of the book: only
// then can a payout be stuck.
func (p *PayoutBatcher) inBook(items map[chains.TransferID]relay.Authorization) bool {
	for id := range items {
		if len(p.cfg.Book.PayoutsOf(id)) > 0 {
			return true
		}
	}
	return false
}

// poolDue reports whether the mempool may be read again: in-flight burns
// are offered to Propose about every second once the coordinator
// resubmits them, and a verbose mempool read is not cheap, so it happens
// at most every StuckAfter/4 (between 1 s and 1 min).
func (p *PayoutBatcher) poolDue() bool {
	every := min(max(p.stuckAfter()/4, time.Second), time.Minute)
	p.rmu.Lock()
	defer p.rmu.Unlock()
	if now := time.Now(); now.Sub(p.poolRead) >= every {
		p.poolRead = now
		return true
	}
	return false
}

// stuck returns the payouts of the book that pay a ready burn, are in the
// mempool for longer than the bound and have no unconfirmed parent,
// oldest first.
func (p *PayoutBatcher) stuck(items map[chains.TransferID]relay.Authorization, pool map[string]btcjson.GetRawMempoolVerboseResult) []chainhash.Hash {
	cut := time.Now().Add(-p.stuckAfter()).Unix()
	seen := map[chainhash.Hash]bool{}
	var out []chainhash.Hash
	for id := range items {
		for _, h := range p.cfg.Book.PayoutsOf(id) {
			if seen[h] {
				continue
			}
			seen[h] = true
			if e, ok := pool[h.String()]; ok && e.Time <= cut && len(e.Depends) == 0 {
				out = append(out, h)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := pool[out[i].String()], pool[out[j].String()]
		if a.Time != b.Time {
			return a.Time < b.Time
		}
		return out[i].String() < out[j].String()
	})
	return out
}

// replacement builds the replacement of stuck payout pk (see the top of
// this file): its inputs read from the chain, its burns from the PSBT,
// at the lowest rate from the target up that BIP-125 accepts.
func (p *PayoutBatcher) replacement(ctx context.Context, pk *psbt.Packet, pool map[string]btcjson.GetRawMempoolVerboseResult) (*psbt.Packet, error) {
	h := pk.UnsignedTx.TxHash()
	pr, err := wallet.ReadProposal(pk)
	if err != nil {
		return nil, err
	}
	var main *wallet.UTXO
	var others []wallet.UTXO
	for _, in := range pk.UnsignedTx.TxIn {
		u, isMain, err := p.replacedInput(ctx, in.PreviousOutPoint)
		if err != nil {
			return nil, err
		}
		if !isMain {
			others = append(others, u)
			continue
		}
		if main != nil {
			return nil, fmt.Errorf("%w: payout %s spends two mains", ErrNoMain, h)
		}
		main = &u
	}
	if main == nil {
		return nil, fmt.Errorf("%w: payout %s spends no main this operator knows", ErrNoMain, h)
	}
	gross, err := wallet.GrossBurns(pk)
	if err != nil {
		return nil, err
	}
	var burns []wallet.Burn
	for i, id := range pr.Burns {
		if id != nil {
			burns = append(burns, wallet.Burn{TransferID: *id, PkScript: bytes.Clone(pk.UnsignedTx.TxOut[i].PkScript), Amount: gross[i]})
		}
	}
	evicted, floor := evictedFees(h, pool)
	top := p.maxRate()
	from := max(p.wallet.Fees().Rate, 2*pr.Rate, floor+1)
	for rate := min(from, top); rate <= top; rate++ {
		if rate <= pr.Rate || rate <= floor {
			continue
		}
		q, err := p.wallet.WithRate(rate).BuildMainPayout(*main, others, burns)
		if errors.Is(err, wallet.ErrBelowDust) {
			return nil, fmt.Errorf("%w: at %d sat/vB: %w", ErrNoBump, rate, err)
		}
		if err != nil {
			return nil, err
		}
		fee, err := wallet.Fee(q)
		if err != nil {
			return nil, err
		}
		if fee < evicted+fee/int64(rate)*minRelayRate {
			continue
		}
		if err := wallet.MarkReplacement(q, h); err != nil {
			return nil, err
		}
		return q, nil
	}
	return nil, fmt.Errorf("%w: payout %s at %d sat/vB evicts %d sat of fees at up to %d sat/vB; the maximum is %d sat/vB",
		ErrNoBump, h, pr.Rate, evicted, floor, top)
}

// replacedInput reads input op of a payout being replaced from the chain
// (the mempool has it spent by that payout): the change of a payout of
// the book, confirmed, or a final custody output; it reports whether op
// is a main (the final main or such a change).
func (p *PayoutBatcher) replacedInput(_ context.Context, op wire.OutPoint) (wallet.UTXO, bool, error) {
	_, script, change := p.cfg.Book.Change(op)
	u, err := p.cfg.View.chainUTXO(op, script)
	if err != nil {
		return u, false, err
	}
	m, ok := p.cfg.Main.Main()
	return u, change || ok && m == op, nil
}

// evictedFees sums the fees of payout h and its descendants in the mempool
// (what a replacement evicts) and returns the highest rate among them,
// rounded up, in sat/vB.
func evictedFees(h chainhash.Hash, pool map[string]btcjson.GetRawMempoolVerboseResult) (int64, uint64) {
	children := map[string][]string{}
	for id, e := range pool {
		for _, d := range e.Depends {
			children[d] = append(children[d], id)
		}
	}
	var fees int64
	var top uint64
	seen := map[string]bool{h.String(): true}
	for queue := []string{h.String()}; len(queue) > 0; queue = queue[1:] {
		e := pool[queue[0]]
		fee, err := btcutil.NewAmount(e.Fee)
		if err == nil {
			fees += int64(fee)
			if e.Vsize > 0 {
				top = max(top, uint64((int64(fee)+int64(e.Vsize)-1)/int64(e.Vsize)))
			}
		}
		for _, c := range children[queue[0]] {
			if !seen[c] {
				seen[c] = true
				queue = append(queue, c)
			}
		}
	}
	return fees, top
}

// chainUTXO reads op from the chain alone (not the mempool): the change
// of a payout of the book when script is set (any confirmations), else a
// custody output with the view's confirmations.
func (v *View) chainUTXO(op wire.OutPoint, script []byte) (wallet.UTXO, error) {
	out, err := v.Outputs.GetTxOut(&op.Hash, op.Index, false)
	if err != nil {
		return wallet.UTXO{}, fmt.Errorf("custody %s: gettxout: %w", op, err)
	}
	if out == nil {
		return wallet.UTXO{}, fmt.Errorf("%w: custody %s is not an unspent output of the chain", ErrSpent, op)
	}
	if script != nil {
		if out.ScriptPubKey.Hex != fmt.Sprintf("%x", script) {
			return wallet.UTXO{}, fmt.Errorf("%w: change %s pays %s, its payout %x", ErrNotCustody, op, out.ScriptPubKey.Hex, script)
		}
	} else if out.Confirmations < int64(v.Confirmations) {
		return wallet.UTXO{}, fmt.Errorf("%w: %s has %d confirmations, want %d", ErrNotCustody, op, out.Confirmations, v.Confirmations)
	}
	return v.custodyOf(op, out)
}

// replaced returns, for a payout that declares it replaces another, the
// inputs of the payout it replaces, after signer.CheckReplacement held
// it to that payout as this operator's book holds it; nil for any other
// payout. A replacement of a payout the book does not hold is refused.
func (p *PayoutBatcher) replaced(pk *psbt.Packet) (map[wire.OutPoint]bool, error) {
	pr, err := wallet.ReadProposal(pk)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBatch, err)
	}
	if pr.Replaces == nil {
		return nil, nil
	}
	orig, err := p.cfg.Book.Packet(*pr.Replaces)
	if err != nil {
		return nil, fmt.Errorf("%w: %w: %s replaces %s, which this operator's book does not hold", signer.ErrRefused, signer.ErrReplacement, pk.UnsignedTx.TxHash(), *pr.Replaces)
	}
	if err := signer.CheckReplacement(orig, pk, p.maxRate()); err != nil {
		p.log.Warn().Err(err).Str("tx", pk.UnsignedTx.TxHash().String()).Str("replaces", pr.Replaces.String()).Msg("replacement refused")
		return nil, err
	}
	ins := map[wire.OutPoint]bool{}
	for _, in := range orig.UnsignedTx.TxIn {
		ins[in.PreviousOutPoint] = true
	}
	return ins, nil
}

// bumpView is the signer.MainView of a replacement: the inputs of the
// payout it replaces are read from the chain, since that payout spends
// them in the mempool.
type bumpView struct {
	payoutView
	replaced map[wire.OutPoint]bool
}

func (v bumpView) CustodyUTXO(ctx context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	if !v.replaced[op] {
		return v.payoutView.CustodyUTXO(ctx, op)
	}
	_, script, _ := v.book.SignedChange(op)
	return v.View.chainUTXO(op, script)
}
