package audit

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
)

// Benchmarks on a generated chain of AUDIT_BENCH_RECORDS records (default
// 1,000,000) in blocks of AUDIT_BENCH_BLOCK records (default 1,000). Each
// iteration does the whole job and reports records/s; run them once:
//
//	go test ./audit/ -run '^$' -bench . -benchtime 1x -cpu 1
//
// They only run when -bench selects them, so `go test ./audit/...` stays fast.
//
// Workload: transfers of an ERC-20 homed on A through a pipeline of 4×64
// open transfers: LOCK(i) on A → MINT(i−64) on B → BURN(i−128) on B to A →
// UNLOCK(i−192) on A, four records per step, every block attested 2-of-3.

func benchEnv(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// benchGen produces the benchmark chain one block at a time.
type benchGen struct {
	perBlock int
	state    *State
	height   uint64
	prev     [32]byte
	step     uint64
	pending  []*Record
}

const benchWindow = 64

func benchTID(kind byte, i uint64) chains.TransferID {
	var t chains.TransferID
	t[0] = kind
	binary.BigEndian.PutUint64(t[24:], i)
	return t
}

func benchRef(chain chains.ChainID, i uint64, index uint32) Ref {
	var r Ref
	r.Chain, r.BlockNum, r.Index = chain, i, index
	binary.BigEndian.PutUint64(r.TxHash[:], i)
	r.TxHash[31] = byte(index)
	binary.BigEndian.PutUint64(r.BlockHash[:], i)
	return r
}

// records appends the records of one pipeline step.
func (g *benchGen) records() {
	i := g.step
	g.step++
	v := amt(1 + i%1000)
	g.pending = append(g.pending, &Record{Kind: KindLock, Ref: benchRef(chains.DevnetA, i, 0), TransferID: benchTID('L', i), AssetID: erc20ID,
		Amount: v, Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: i})
	if i >= benchWindow {
		j := i - benchWindow
		g.pending = append(g.pending, &Record{Kind: KindMint, Ref: benchRef(chains.DevnetB, j, 1), TransferID: benchTID('L', j), AssetID: erc20ID, Amount: amt(1 + j%1000), Recipient: bob})
	}
	if i >= 2*benchWindow {
		j := i - 2*benchWindow
		g.pending = append(g.pending, &Record{Kind: KindBurn, Ref: benchRef(chains.DevnetB, j, 2), TransferID: benchTID('B', j), AssetID: erc20ID,
			Amount: amt(1 + j%1000), Sender: bob, DstChain: chains.DevnetA, Recipient: alice, Nonce: j})
	}
	if i >= 3*benchWindow {
		j := i - 3*benchWindow
		g.pending = append(g.pending, &Record{Kind: KindUnlock, Ref: benchRef(chains.DevnetA, j, 3), TransferID: benchTID('B', j), AssetID: erc20ID, Amount: amt(1 + j%1000), Recipient: alice})
	}
}

func newBenchGen(perBlock int) *benchGen {
	g := &benchGen{perBlock: perBlock, state: NewState()}
	g.pending = []*Record{signerSetRecord(1, 2, operatorKeys(3)), defineERC20()}
	return g
}

// next builds the next attested block of up to perBlock records.
func (g *benchGen) next(tb testing.TB) *Block {
	for len(g.pending) < g.perBlock {
		g.records()
	}
	n := g.perBlock
	if g.height == 0 {
		n = 2
	}
	recs := g.pending[:n]
	raw := make([][]byte, n)
	for i, r := range recs {
		var err error
		if raw[i], err = r.Encode(); err != nil {
			tb.Fatal(err)
		}
		if err := g.state.Apply(r, g.height, nil); err != nil {
			tb.Fatalf("generator: block %d record %d: %v", g.height, i, err)
		}
	}
	g.pending = append(g.pending[:0:0], g.pending[n:]...)
	set := g.state.signers
	g.state.endBlock()
	h := Header{Height: g.height, PrevHash: g.prev, Time: 1_767_225_600_000 + g.height, RecordCount: uint32(n),
		RecordsRoot: RecordsRoot(raw), StateHash: g.state.Hash(), Proposer: set.Signers[0]}
	b := &Block{Header: h, Records: raw}
	for _, k := range []int{0, 1} {
		a, err := Attest(operatorKey(k), h.Hash())
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := AddAttestation(set, b, a); err != nil {
			tb.Fatal(err)
		}
	}
	g.height++
	g.prev = b.Hash()
	return b
}

// genBlocks calls fn with each block of the benchmark chain, generated on
// the fly; it returns the number of records.
func genBlocks(tb testing.TB, fn func(*Block)) int {
	total := benchEnv("AUDIT_BENCH_RECORDS", 1_000_000)
	g := newBenchGen(benchEnv("AUDIT_BENCH_BLOCK", 1000))
	n := 0
	for n < total {
		b := g.next(tb)
		fn(b)
		n += len(b.Records)
	}
	return n
}

// benchStore writes the chain into a bbolt file once per process,
// streaming (the chain is never held in memory).
var (
	benchStoreOnce    sync.Once
	benchStorePath    string
	benchStoreRecords int
)

func benchStore(b *testing.B) (string, int) {
	benchStoreOnce.Do(func() {
		dir, err := os.MkdirTemp("", "audit-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchStorePath = filepath.Join(dir, "audit.db")
		s, err := NewStore(StoreConfig{Path: benchStorePath})
		if err != nil {
			b.Fatal(err)
		}
		var batch []*Block
		flush := func() {
			if err := s.Append(context.Background(), batch...); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
		benchStoreRecords = genBlocks(b, func(blk *Block) {
			if batch = append(batch, blk); len(batch) == 64 {
				flush()
			}
		})
		flush()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	})
	return benchStorePath, benchStoreRecords
}

// BenchmarkStoreAppend: durable append, one block (1,000 records) per
// Append call from a single appender, each acknowledged after its fsync;
// concurrent appenders would share fsyncs further (group commit).
func BenchmarkStoreAppend(b *testing.B) {
	var blocks []*Block
	n := genBlocks(b, func(blk *Block) { blocks = append(blocks, blk) })
	ctx := context.Background()
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		dir := b.TempDir()
		s, err := NewStore(StoreConfig{Path: filepath.Join(dir, "audit.db")})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, blk := range blocks {
			if err := s.Append(ctx, blk); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(n), "records")
}

// BenchmarkStoreAppendPipelined: the same blocks with up to 16 Appends in
// flight (AppendAsync); the committer writes whatever is queued with one
// fsync, and each block is still acknowledged only after its fsync.
func BenchmarkStoreAppendPipelined(b *testing.B) {
	var blocks []*Block
	n := genBlocks(b, func(blk *Block) { blocks = append(blocks, blk) })
	ctx := context.Background()
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		s, err := NewStore(StoreConfig{Path: filepath.Join(b.TempDir(), "audit.db")})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		inflight := make([]<-chan error, 0, 16)
		for _, blk := range blocks {
			if len(inflight) == cap(inflight) {
				if err := <-inflight[0]; err != nil {
					b.Fatal(err)
				}
				inflight = inflight[1:]
			}
			inflight = append(inflight, s.AppendAsync(ctx, blk))
		}
		for _, ch := range inflight {
			if err := <-ch; err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchStorePath != "" {
		_ = os.RemoveAll(filepath.Dir(benchStorePath))
	}
	os.Exit(code)
}

func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapInuse) / (1 << 20)
}

func benchVerify(b *testing.B, replay bool) {
	path, n := benchStore(b)
	s, err := NewStore(StoreConfig{Path: path})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var heapAt100k, heapAt90 float64
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		measured, measured90 := false, false
		opts := VerifyOptions{Progress: func(_ uint64, records uint64) {
			if !measured && records >= 100_000 {
				b.StopTimer()
				heapAt100k, measured = heapMB(), true
				b.StartTimer()
			}
			if !measured90 && records >= uint64(n)*9/10 {
				b.StopTimer()
				heapAt90, measured90 = heapMB(), true
				b.StartTimer()
			}
		}}
		var rep *Report
		if replay {
			rep, err = Replay(ctx, s, opts)
		} else {
			rep, err = Verify(ctx, s, opts)
		}
		if err != nil {
			b.Fatal(err)
		}
		if rep.Records != uint64(n) {
			b.Fatalf("verified %d records, want %d", rep.Records, n)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(heapAt100k, "heapMB@100k")
	b.ReportMetric(heapAt90, "heapMB@90%")
}

// BenchmarkVerify: every hash, signature, transition, invariant and state
// hash from genesis, reading the bbolt store; heap in use is measured
// mid-run after 100,000 records and after 90% of the chain (flat memory:
// the two stay equal; both include the store's read-ahead of ≤ 4 MiB).
func BenchmarkVerify(b *testing.B) { benchVerify(b, false) }

// BenchmarkReplay: Verify without the attestation signatures.
func BenchmarkReplay(b *testing.B) { benchVerify(b, true) }
