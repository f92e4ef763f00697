package main

import (
	"runtime"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

func TestBuildInfo(t *testing.T) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(buildInfo())
	mfs, err := reg.Gather()
	if err != nil || len(mfs) != 1 {
		t.Fatalf("gather: %v, %d families", err, len(mfs))
	}
	m := mfs[0].GetMetric()[0]
	if mfs[0].GetName() != "kakehashi_build_info" || m.GetGauge().GetValue() != 1 {
		t.Fatalf("got %v", mfs[0])
	}
	labels := map[string]string{}
	for _, l := range m.GetLabel() {
		labels[l.GetName()] = l.GetValue()
	}
	if labels["version"] != version || labels["goversion"] != runtime.Version() || labels["revision"] == "" {
		t.Fatalf("labels %v", labels)
	}
}
