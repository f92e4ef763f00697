package auditanchor

import (
	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	anchors *prometheus.CounterVec
	height  *prometheus.GaugeVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		anchors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kakehashi_audit_anchors_total",
			Help: "Anchors of the shared audit chain this operator sent, by chain and result: ok, refused (the anchor contract refused it), error."}, []string{"chain", "result"}),
		height: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "kakehashi_audit_anchored_height",
			Help: "Newest shared audit chain height this operator anchored, per chain."}, []string{"chain"}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.anchors, m.height} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// RegisterMetrics registers the anchorer's metrics with reg, as New does:
// for tools that list what relayd exports.
func RegisterMetrics(reg prometheus.Registerer) error {
	_, err := newMetrics(reg)
	return err
}
