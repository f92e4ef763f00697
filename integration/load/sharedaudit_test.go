//go:build integration

package load

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/integration/cluster"
)

// sharedAudit is what the load did to the federation's shared audit chain
// (issue 17): its size, and how long an operator's own record waited to
// be final in it (attestation latency), from every relay's histogram
// kakehashi_audit_shared_record_final_seconds.
type sharedAudit struct {
	blocks, records, bytes int
	// p50, p90, p99 in seconds, interpolated in the buckets as
	// Prometheus's histogram_quantile does; n observations.
	p50, p90, p99 float64
	n             float64
}

const recordFinalMetric = "kakehashi_audit_shared_record_final_seconds"

// readSharedAudit reads op0's replica (binary block sizes) and every
// relay's latency histogram, summed.
func readSharedAudit(ctx context.Context, ops []*cluster.Operator) (sharedAudit, error) {
	var sa sharedAudit
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ops[0].URL()+"/v1/audit/blocks", nil)
	if err != nil {
		return sa, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return sa, err
	}
	err = audit.NewJSONLSource(resp.Body).Blocks(ctx, 0, func(b *audit.Block) error {
		sa.blocks++
		sa.records += len(b.Records)
		sa.bytes += len(b.Encode())
		return nil
	})
	resp.Body.Close()
	if err != nil {
		return sa, fmt.Errorf("op%d's shared chain: %w", ops[0].Index, err)
	}
	buckets := map[float64]float64{}
	for _, op := range ops {
		if err := addBuckets(ctx, op.URL()+"/metrics", buckets); err != nil {
			return sa, fmt.Errorf("op%d metrics: %w", op.Index, err)
		}
	}
	sa.n = buckets[inf]
	sa.p50, sa.p90, sa.p99 = bucketQuantile(buckets, .5), bucketQuantile(buckets, .9), bucketQuantile(buckets, .99)
	return sa, nil
}

var inf = 1e300

// addBuckets adds the cumulative bucket counts of recordFinalMetric at url.
func addBuckets(ctx context.Context, url string, into map[float64]float64) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, recordFinalMetric+`_bucket{le="`) {
			continue
		}
		rest := strings.TrimPrefix(line, recordFinalMetric+`_bucket{le="`)
		le, count, ok := strings.Cut(rest, `"} `)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(count, 64)
		if err != nil {
			return err
		}
		bound := inf
		if le != "+Inf" {
			if bound, err = strconv.ParseFloat(le, 64); err != nil {
				return err
			}
		}
		into[bound] += v
	}
	return sc.Err()
}

// bucketQuantile interpolates quantile q linearly within its bucket of
// cumulative counts (histogram_quantile's method).
func bucketQuantile(buckets map[float64]float64, q float64) float64 {
	var bounds []float64
	for b := range buckets {
		bounds = append(bounds, b)
	}
	sort.Float64s(bounds)
	total := buckets[inf]
	if total == 0 || len(bounds) == 0 {
		return 0
	}
	rank := q * total
	prevBound, prevCount := 0.0, 0.0
	for _, b := range bounds {
		c := buckets[b]
		if c >= rank {
			if b == inf {
				return prevBound
			}
			if c == prevCount {
				return b
			}
			return prevBound + (b-prevBound)*(rank-prevCount)/(c-prevCount)
		}
		prevBound, prevCount = b, c
	}
	return prevBound
}
