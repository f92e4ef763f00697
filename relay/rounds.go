package relay

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Rounds of the chain's own (Rounds.Round: for Bitcoin, sweeps) take the
// batch path with no items: the lease holder proposes each on
// kkh.proposal.<chain>, every signer checks it with SignBatch and
// publishes its batch share on kkh.bshare.<chain>, and the leader, with
// t valid shares (VerifyBatch), submits it with SubmitBatch. A round
// moves no transfer, so nothing is retried, settled or recorded on the
// submissions stream for it: a round that is not submitted (no quorum
// within RoundTimeout, a failed submission) is the batcher's to propose
// again, and the chain's watcher reports what it executed.

// runRounds asks r for its rounds every RoundInterval while this operator
// holds the lease, and proposes each.
func (c *Coordinator) runRounds(ctx context.Context, r Rounds) {
	t := time.NewTicker(c.cfg.RoundInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if !c.lead.Held() {
			continue
		}
		batches, err := r.Round(ctx)
		if err != nil {
			if ctx.Err() == nil {
				c.metrics.Errors.WithLabelValues("batcher").Inc()
				c.log.Warn().Err(err).Msg("batcher could not propose a round")
			}
			continue
		}
		for _, b := range batches {
			c.proposeRound(ctx, b)
		}
	}
}

// proposeRound publishes round b unless it carries items (those are
// proposed from ready transfers only), no data, or is for another chain,
// or this coordinator's proposal of it is still pending.
func (c *Coordinator) proposeRound(ctx context.Context, b Batch) {
	if len(b.Items) != 0 || len(b.Data) == 0 || b.Chain != c.cfg.Chain {
		c.metrics.Errors.WithLabelValues("batcher").Inc()
		c.log.Error().Int("items", len(b.Items)).Uint64("batch_chain", uint64(b.Chain)).Msg("batcher proposed a round with items, without data or for another chain; dropping it")
		return
	}
	now := c.now()
	p := &proposal{batch: b, sigs: map[common.Address][]byte{}, deadline: now.Add(c.cfg.RoundTimeout), started: now}
	c.mu.Lock()
	_, pending := c.proposals[b.Hash()]
	c.mu.Unlock()
	if pending {
		return
	}
	if err := c.publishProposal(ctx, p); err != nil {
		c.metrics.Errors.WithLabelValues("coordinator").Inc()
		c.log.Warn().Err(err).Msg("could not publish round proposal")
	}
}

// submitRound submits a round with its t batch signatures.
func (c *Coordinator) submitRound(ctx context.Context, b Batch, sigs []OperatorSig) {
	sctx, cancel := context.WithTimeout(ctx, c.cfg.SubmitTimeout)
	res, err := c.cfg.Batcher.SubmitBatch(sctx, b, sigs)
	cancel()
	if err != nil {
		c.metrics.Errors.WithLabelValues("submitter").Inc()
		c.log.Warn().Err(err).Msg("round not submitted; the batcher proposes it again")
		return
	}
	c.log.Debug().Str("tx", res.TxID).Msg("submitted round")
}
