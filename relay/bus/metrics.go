package bus

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	published     *prometheus.CounterVec
	duplicates    *prometheus.CounterVec
	publishErrors *prometheus.CounterVec
	received      *prometheus.CounterVec
	dropped       *prometheus.CounterVec
	handlerErrors *prometheus.CounterVec
}

// Drop reasons, the "reason" label of kakehashi_bus_dropped_total.
const (
	DropMalformed     = "malformed"
	DropBadSignature  = "bad_signature"
	DropUnknownSender = "unknown_sender"
)

func newMetrics(r prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kakehashi", Subsystem: "bus", Name: "published_total",
			Help: "Envelopes published, by stream (duplicates included).",
		}, []string{"stream"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kakehashi", Subsystem: "bus", Name: "duplicates_total",
			Help: "Publications JetStream acknowledged as duplicates of an earlier id, by stream.",
		}, []string{"stream"}),
		publishErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kakehashi", Subsystem: "bus", Name: "publish_errors_total",
			Help: "Publications that failed, by stream.",
		}, []string{"stream"}),
		received: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kakehashi", Subsystem: "bus", Name: "received_total",
			Help: "Envelopes received that passed the signature and operator checks, by stream.",
		}, []string{"stream"}),
		dropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kakehashi", Subsystem: "bus", Name: "dropped_total",
			Help: "Envelopes dropped before any handler saw them, by stream and reason (malformed, bad_signature, unknown_sender).",
		}, []string{"stream", "reason"}),
		handlerErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kakehashi", Subsystem: "bus", Name: "handler_errors_total",
			Help: "Messages a handler refused (refused: terminated), asked to retry (retry), or asked to retry once too often (gave_up: the delivery limit was reached and the message terminated), by stream and outcome.",
		}, []string{"stream", "outcome"}),
	}
	if r != nil {
		for _, c := range []prometheus.Collector{m.published, m.duplicates, m.publishErrors, m.received, m.dropped, m.handlerErrors} {
			if err := r.Register(c); err != nil {
				return nil, fmt.Errorf("bus: register metrics: %w", err)
			}
		}
	}
	return m, nil
}

// RegisterMetrics registers the bus's metrics with r, as Open does with
// WithRegisterer: for tools and tests that list what relayd exports (the
// dashboard and alert rules in ops/ are checked against it).
func RegisterMetrics(r prometheus.Registerer) error {
	_, err := newMetrics(r)
	return err
}
