package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
)

// LeftOut is a ready authorization a Batcher did not propose for a reason
// its owner should see, such as a Bitcoin payout output that would be
// dust after its fee share. Reason reads "<code>: <detail>", like a
// rejected deposit's.
type LeftOut struct {
	TransferID chains.TransferID `json:"transferId"`
	Reason     string            `json:"reason"`
}

// LeftOutReporter is a Batcher that says which ready items its last
// Propose left out, and why. The coordinator publishes them in a
// Submission record (Submission.LeftOut), so that every tracker, and
// `bridgectl status`, shows the reason. A Batcher reports an item once
// per reason, not at every round that leaves it out again.
type LeftOutReporter interface {
	LeftOut() []LeftOut
}

// reportLeftOut publishes what the Batcher's last Propose left out, if
// it says.
func (c *Coordinator) reportLeftOut(ctx context.Context) {
	r, ok := c.cfg.Batcher.(LeftOutReporter)
	if !ok {
		return
	}
	out := r.LeftOut()
	if len(out) == 0 {
		return
	}
	sub := Submission{Chain: c.cfg.Chain, Leader: c.cfg.Self, LeftOut: out, At: c.now().UTC()}
	payload, _ := json.Marshal(sub)
	if _, err := c.pub.Publish(ctx, SubmissionSubject(c.cfg.Chain), SubmissionID(sub), payload); err != nil {
		c.metrics.Errors.WithLabelValues("coordinator").Inc()
		c.log.Warn().Err(err).Int("items", len(out)).Msg("could not publish the items left out of a batch")
	}
}

// leftOutID is the part of a Submission id naming its left-out items.
func leftOutID(items []LeftOut) string {
	parts := make([]string, 0, len(items))
	for _, l := range items {
		parts = append(parts, l.TransferID.String()+"="+l.Reason)
	}
	sort.Strings(parts)
	return fmt.Sprintf("leftout.%x", crypto.Keccak256([]byte(strings.Join(parts, ",")))[:12])
}

// leftOutLocked records in s that a batch left it out; the reason is
// shown until the transfer is submitted. The caller holds the tracker's
// mu.
func (s *tstate) leftOutLocked(reason string, at time.Time) {
	if s.Reason == reason {
		return
	}
	s.Reason, s.leftOut = reason, true
	s.History = append(s.History, Transition{State: s.State, At: at.UTC(), Detail: "left out of a batch: " + reason})
}
