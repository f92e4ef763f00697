package relay

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the relay's Prometheus metrics, shared by its roles. Create
// one per process with NewMetrics and pass it to each role.
type Metrics struct {
	EventsPublished  *prometheus.CounterVec   // chain, kind
	SignerEvents     *prometheus.CounterVec   // chain, kind, outcome
	Signatures       *prometheus.CounterVec   // dst_chain
	Refusals         *prometheus.CounterVec   // reason
	InvariantChecks  *prometheus.CounterVec   // result
	SharesReceived   *prometheus.CounterVec   // chain, outcome
	Submissions      *prometheus.CounterVec   // chain, result
	Expired          *prometheus.CounterVec   // chain
	Errors           *prometheus.CounterVec   // component
	BatchSize        *prometheus.HistogramVec // chain
	SignLatency      *prometheus.HistogramVec // dst_chain
	QuorumLatency    *prometheus.HistogramVec // chain
	SubmitLatency    *prometheus.HistogramVec // chain
	PipelineLatency  *prometheus.HistogramVec // chain
	BatchWait        *prometheus.HistogramVec // chain
	ProposalLatency  *prometheus.HistogramVec // chain
	PendingTransfers *prometheus.GaugeVec     // chain, state
	OldestPending    *prometheus.GaugeVec     // chain
	ReorgAlarms      *prometheus.CounterVec   // chain
	PassOvers        *prometheus.CounterVec   // chain
	Reoffers         *prometheus.CounterVec   // chain, result
	Splits           *prometheus.CounterVec   // chain
	Rejected         *prometheus.GaugeVec     // chain
	OpenTransfers    *prometheus.GaugeVec     // chain
}

var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

// NewMetrics creates the metrics and registers them with r (nil: not
// registered, for tests).
func NewMetrics(r prometheus.Registerer) (*Metrics, error) {
	cv := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "kakehashi", Subsystem: "relay", Name: name, Help: help}, labels)
	}
	hv := func(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
		return prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "kakehashi", Subsystem: "relay", Name: name, Help: help, Buckets: buckets}, labels)
	}
	m := &Metrics{
		EventsPublished: cv("events_published_total", "Chain events this operator's watchers published on the bus.", "chain", "kind"),
		SignerEvents:    cv("signer_events_total", "Events the signer handled, by outcome (signed, skipped, refused, retry).", "chain", "kind", "outcome"),
		Signatures:      cv("signatures_total", "Signature shares this operator published.", "dst_chain"),
		Refusals:        cv("signer_refusals_total", "Events the signer refused or postponed, by reason.", "reason"),
		InvariantChecks: cv("invariant_checks_total", "Supply-invariant checks of the accountant, by result (pass, fail, completed, not_recorded, error).", "result"),
		SharesReceived:  cv("shares_received_total", "Signature shares the coordinator received, by outcome (accepted, duplicate, replaced: the same authorization signed again by a re-offer, invalid, late).", "chain", "outcome"),
		Submissions:     cv("submissions_total", "Transfers submitted, by result (submitted, already_processed, error).", "chain", "result"),
		Expired:         cv("expired_total", "Authorizations the coordinator dropped because their mint deadline passed (a Bitcoin deposit left to its depositor's refund).", "chain"),
		Errors:          cv("errors_total", "Errors by component.", "component"),
		BatchSize: hv("batch_size", "Authorizations per submitted batch.",
			[]float64{1, 2, 4, 8, 16, 32, 64, 128, 256}, "chain"),
		SignLatency:     hv("sign_latency_seconds", "From the event's publication on the bus to this operator's share being published.", latencyBuckets, "dst_chain"),
		QuorumLatency:   hv("quorum_latency_seconds", "From the first share received to t valid shares.", latencyBuckets, "chain"),
		SubmitLatency:   hv("submit_latency_seconds", "Duration of Submitter.Submit calls.", latencyBuckets, "chain"),
		PipelineLatency: hv("pipeline_latency_seconds", "From the source event's publication on the bus (final) to its authorization being submitted.", latencyBuckets, "chain"),
		BatchWait:       hv("batch_wait_seconds", "From a transfer's quorum to its batch leaving (batch.maxWait, maxIdle, maxGather), per transfer.", latencyBuckets, "chain"),
		ProposalLatency: hv("proposal_latency_seconds", "From a batch proposal's publication to its t-th batch signature.", latencyBuckets, "chain"),
		PendingTransfers: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "kakehashi", Subsystem: "relay", Name: "coordinator_pending",
			Help: "Transfers the coordinator holds, by state (collecting, ready, inflight, submitted)."}, []string{"chain", "state"}),
		OldestPending: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "kakehashi", Subsystem: "relay", Name: "coordinator_oldest_pending_seconds",
			Help: "Age of the oldest transfer the coordinator holds (since its first share), 0 when it holds none: a transfer final and signed but not executed."}, []string{"chain"}),
		Reoffers: cv("reconcile_reoffers_total", "Open transfers the reconciliation re-offered to this operator's signer, by source chain and result (signed: share published again; retry: not signable now; refused: refused for good).", "chain", "result"),
		OpenTransfers: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "kakehashi", Subsystem: "relay", Name: "reconcile_open",
			Help: "Transfers open in this operator's ledger (source final, no execution) for longer than reconcile.after, by source chain."}, []string{"chain"}),
		Splits: cv("batch_splits_total", "Batches the destination rejected (relay.ErrRejected) and the coordinator split in two to isolate the item at fault.", "chain"),
		Rejected: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "kakehashi", Subsystem: "relay", Name: "rejected_transfers",
			Help: "Transfers the destination rejects on their own (an unlock to a recipient that refuses it): held and retried with backoff, reported with the reason in bridgectl status."}, []string{"chain"}),
		PassOvers:   cv("pass_overs_total", "Ready transfers this operator submitted without the lease because the lease holder had not (CoordinatorConfig.PassOverAfter).", "chain"),
		ReorgAlarms: cv("reorg_alarms_total", "Events this operator's watcher published as final and later found reorged out (a reorganisation deeper than the finality depth).", "chain"),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.EventsPublished, m.SignerEvents, m.Signatures, m.Refusals, m.InvariantChecks,
			m.SharesReceived, m.Submissions, m.Expired, m.Errors, m.BatchSize, m.SignLatency, m.QuorumLatency, m.SubmitLatency,
			m.PipelineLatency, m.BatchWait, m.ProposalLatency, m.PendingTransfers, m.OldestPending, m.ReorgAlarms, m.PassOvers, m.Reoffers, m.OpenTransfers, m.Splits, m.Rejected} {
			if err := r.Register(c); err != nil {
				return nil, fmt.Errorf("relay: register metrics: %w", err)
			}
		}
	}
	return m, nil
}

func mustMetrics(m *Metrics) *Metrics {
	if m != nil {
		return m
	}
	m, _ = NewMetrics(nil) // cannot fail without a registerer
	return m
}
