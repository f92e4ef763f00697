package relay

import (
	"context"
	"encoding/binary"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/chains"
)

// BenchmarkSignedStoreRecord measures what making a signed-set entry
// durable costs the signer: one Record per signature, each returning only
// after its fsync. "serial" is one worker (every Record its own fsync);
// "workers-32" is the signer's 32 workers recording at once, which the
// group commit writes with one transaction and one fsync per batch.
//
//	go test -run '^$' -bench SignedStoreRecord ./relay/
//
// Reported: ns/op (per entry, so 1e9/ns-op entries/s at that
// concurrency) and records/commit (entries per fsync).
func BenchmarkSignedStoreRecord(b *testing.B) {
	for _, tc := range []struct {
		name    string
		workers int
	}{{"serial", 1}, {"workers-32", 32}} {
		b.Run(tc.name, func(b *testing.B) {
			st, err := OpenSignedStore(SignedStoreConfig{Path: filepath.Join(b.TempDir(), "signed.db")})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			var next atomic.Uint64
			record := func() {
				var id chains.TransferID
				binary.BigEndian.PutUint64(id[:], next.Add(1))
				if err := st.Record(context.Background(), SignedRecord{Transfer: id, Hash: id, At: time.Now()}); err != nil {
					b.Error(err)
				}
			}
			b.ResetTimer()
			if tc.workers == 1 {
				for i := 0; i < b.N; i++ {
					record()
				}
			} else {
				b.SetParallelism((tc.workers + 1) / 2) // × GOMAXPROCS (2 here)
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						record()
					}
				})
			}
			b.StopTimer()
			b.ReportMetric(float64(next.Load())/float64(max(st.commits.Load(), 1)), "records/commit")
		})
	}
}
