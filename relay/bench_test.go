package relay

import (
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/chains"
)

// BenchmarkPipeline measures the relay's own overhead with 3 operators,
// 2-of-3, on a real embedded NATS JetStream server: from a final event
// being handed to the operators' watchers (published on the bus) to the
// destination Submitter being called with its authorization — bus
// publication, three signers (each re-verifying through an in-memory
// verifier, checking policy and the accountant, signing, publishing a
// share), three coordinators checking every share's signature, quorum,
// batching and the leader's submission.
//
//	go test -run '^$' -bench Pipeline -benchtime 1x ./relay/
//
// Reported: p50/p99 latency over 500 transfers arriving at 100/s
// (latency-p50-ms, latency-p99-ms), and the rate at which a burst of 500
// transfers published at once is submitted (transfers/s).
//
// Sub-benchmarks: "individual" hands the Submitter batches of individually
// signed authorizations; "proposals" adds the batch-signing round
// (Batcher: the leader proposes, signers sign each batch as a whole).
//
// The "+signed" variants give each signer its durable signed set (a bbolt
// file fsynced before each share is published), as relayd runs.
func BenchmarkPipeline(b *testing.B) {
	b.Run("individual", func(b *testing.B) { benchPipeline(b, false, false) })
	b.Run("proposals", func(b *testing.B) { benchPipeline(b, true, false) })
	b.Run("individual+signed", func(b *testing.B) { benchPipeline(b, false, true) })
	b.Run("proposals+signed", func(b *testing.B) { benchPipeline(b, true, true) })
}

func benchPipeline(b *testing.B, proposals, durable bool) {
	const n = 500
	for i := 0; i < b.N; i++ {
		nw := newNetwork(b, 3, 2)
		nw.durable = durable
		nw.cfg.MaxBatch, nw.cfg.MaxWait = 64, 20*time.Millisecond
		if proposals {
			for _, o := range nw.op {
				o.batcher = &fakeBatcher{dest: nw.dest, key: o.key}
			}
		}
		for j := range nw.op {
			nw.start(j)
		}
		// Warm up: one transfer through the whole pipeline, lease settled.
		warm := nw.lock(900_000).TransferID
		if !nw.waitExecuted([]chains.TransferID{warm}, 10*time.Second) {
			b.Fatal("warm-up transfer not submitted")
		}

		// Latency: 500 transfers at 100/s.
		sent := make(map[chains.TransferID]time.Time, n)
		ids := make([]chains.TransferID, 0, n)
		tick := time.NewTicker(10 * time.Millisecond)
		for k := uint64(1); k <= n; k++ {
			<-tick.C
			sent[lockEvent(k).TransferID] = time.Now()
			ids = append(ids, nw.lock(k).TransferID)
		}
		tick.Stop()
		if !nw.waitExecuted(ids, 60*time.Second) {
			b.Fatalf("latency run: %d of %d submitted", nw.dest.total()-1, n)
		}
		nw.assertOnce(ids)
		lat := make([]time.Duration, 0, n)
		nw.dest.mu.Lock()
		for _, id := range ids {
			lat = append(lat, nw.dest.firstAt[id].Sub(sent[id]))
		}
		nw.dest.mu.Unlock()
		sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
		p50, p99 := lat[len(lat)/2], lat[len(lat)*99/100]

		// Throughput: 500 more published at once.
		burst := make([]chains.TransferID, 0, n)
		cpu0 := cpuTime()
		start := time.Now()
		for k := uint64(n + 1); k <= 2*n; k++ {
			burst = append(burst, nw.lock(k).TransferID)
		}
		if !nw.waitExecuted(burst, 120*time.Second) {
			b.Fatalf("burst: %d submitted", nw.dest.total())
		}
		var last time.Time
		nw.dest.mu.Lock()
		for _, id := range burst {
			if t := nw.dest.firstAt[id]; t.After(last) {
				last = t
			}
		}
		calls := nw.dest.calls
		nw.dest.mu.Unlock()
		for _, o := range nw.op {
			if o.batcher != nil {
				calls += o.batcher.count()
			}
		}
		cpu := cpuTime() - cpu0
		nw.assertOnce(burst)
		rate := float64(n) / last.Sub(start).Seconds()

		b.ReportMetric(float64(p50.Microseconds())/1000, "latency-p50-ms")
		b.ReportMetric(float64(p99.Microseconds())/1000, "latency-p99-ms")
		b.ReportMetric(rate, "transfers/s")
		b.ReportMetric(float64(2*n+1)/float64(calls), "transfers/batch")
		b.ReportMetric(float64(cpu.Microseconds())/1000/n, "cpu-ms/transfer")
		b.Logf("500 paced at 100/s: p50 %s p99 %s max %s; burst of 500: %.0f transfers/s using %.2f ms CPU per transfer (3 operators + NATS); %d submit calls for %d transfers",
			p50, p99, lat[len(lat)-1], rate, float64(cpu.Microseconds())/1000/n, calls, 2*n+1)
		for _, o := range nw.op {
			o.stop()
		}
	}
}

// cpuTime is the CPU time (user + system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
