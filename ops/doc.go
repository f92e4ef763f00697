// Package ops holds what operators run beside relayd: the Grafana
// dashboard (grafana/relayd.json) and the Prometheus alerting rules
// (prometheus/alerts.yml) for relayd's metrics. Its tests check both with
// the Prometheus project's own rule and PromQL parsers, in this separate Go
// module so that the Prometheus server's dependency tree stays out of the
// bridge's. cmd/relayd's tests check that every metric named here is one
// relayd exports.
package ops
