package auditchain

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	height       prometheus.Gauge
	rounds       *prometheus.CounterVec
	attest       *prometheus.CounterVec
	leftOut      prometheus.Counter
	finalRefused prometheus.Counter
	diverged     prometheus.Gauge
	catchUp      *prometheus.CounterVec
	recordFinal  prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		height: prometheus.NewGauge(prometheus.GaugeOpts{Name: "kakehashi_audit_shared_height",
			Help: "Height of the last final block of the federation's shared audit chain in this operator's replica."}),
		rounds: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kakehashi_audit_shared_rounds_total",
			Help: "Proposal rounds this operator led, by result (final, not_final)."}, []string{"result"}),
		attest: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kakehashi_audit_shared_attestations_total",
			Help: "Proposals this operator judged, by result: attested, not_seen (a record its own watchers have not recorded yet), divergent (contradicts its own ledger: an alarm), refused."}, []string{"result"}),
		leftOut: prometheus.NewCounter(prometheus.CounterOpts{Name: "kakehashi_audit_shared_left_out_total",
			Help: "Own records the shared chain's state refused (this operator's ledger and the shared chain disagree)."}),
		finalRefused: prometheus.NewCounter(prometheus.CounterOpts{Name: "kakehashi_audit_shared_final_refused_total",
			Help: "Final blocks on the bus that did not verify against this operator's replica (forged, or a divergence)."}),
		diverged: prometheus.NewGauge(prometheus.GaugeOpts{Name: "kakehashi_audit_shared_diverged",
			Help: "1 once a final shared block contradicts this operator's own ledger: it stopped attesting (an alarm)."}),
		catchUp: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kakehashi_audit_shared_catch_up_total",
			Help: "Catch-up from peers over HTTP: blocks (verified and stored), failed (a peer unreachable or serving a block that does not verify)."}, []string{"result"}),
		recordFinal: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "kakehashi_audit_shared_record_final_seconds",
			Help:    "From this operator's own ledger recording a record to the shared block holding it being final here (attestation latency).",
			Buckets: []float64{0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15, 20, 30, 60, 120}}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.height, m.rounds, m.attest, m.leftOut, m.finalRefused, m.diverged, m.catchUp, m.recordFinal} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
