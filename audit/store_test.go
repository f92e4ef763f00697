package audit

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func openStore(t *testing.T, path string) *Store {
	t.Helper()
	s, err := NewStore(StoreConfig{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestStoreAppendReopenIterate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "audit.db")
	blocks := sampleChain(t).blocks
	s := openStore(t, path)
	if _, _, ok := s.Head(); ok {
		t.Fatal("empty store has a head")
	}
	if err := s.Append(ctx, blocks[:3]...); err != nil {
		t.Fatal(err)
	}
	if err := s.Append(ctx, blocks[4]); !errors.Is(err, ErrLinkage) {
		t.Fatalf("gap accepted: %v", err)
	}
	if err := s.Append(ctx, blocks[2]); !errors.Is(err, ErrLinkage) {
		t.Fatalf("repeat accepted: %v", err)
	}
	for _, b := range blocks[3:] {
		if err := s.Append(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Append(ctx, blocks[0]); !errors.Is(err, ErrClosed) {
		t.Fatalf("append after close: %v", err)
	}

	s = openStore(t, path)
	h, hash, ok := s.Head()
	if !ok || h != 7 || hash != blocks[7].Hash() {
		t.Fatalf("reopened head %d %x %v", h, hash, ok)
	}
	got, err := s.Block(ctx, 3)
	if err != nil || !bytes.Equal(got.Encode(), blocks[3].Encode()) {
		t.Fatalf("block 3: %v", err)
	}
	if _, err := s.Block(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing block: %v", err)
	}
	n := 0
	if err := s.Blocks(ctx, 2, func(b *Block) error {
		if b.Hash() != blocks[2+n].Hash() {
			t.Fatalf("block %d differs", b.Header.Height)
		}
		n++
		return nil
	}); err != nil || n != 6 {
		t.Fatalf("iterated %d: %v", n, err)
	}
	if _, err := Verify(ctx, s, VerifyOptions{Genesis: blocks[0].Hash()}); err != nil {
		t.Fatal(err)
	}
}

func TestStoreGroupCommit(t *testing.T) {
	// Concurrent appenders of one chain: each waits for its predecessor's
	// acknowledgement before submitting, several chains' worth of requests
	// queue up while a commit is running and share the next fsync.
	ctx := context.Background()
	blocks := sampleChain(t).blocks
	s := openStore(t, filepath.Join(t.TempDir(), "audit.db"))
	var wg sync.WaitGroup
	errs := make([]error, len(blocks))
	acked := make([]chan struct{}, len(blocks))
	for i := range acked {
		acked[i] = make(chan struct{})
	}
	for i, b := range blocks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i > 0 {
				<-acked[i-1]
			}
			errs[i] = s.Append(ctx, b)
			close(acked[i])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
	}
	if h, _, _ := s.Head(); h != 7 {
		t.Fatalf("head %d", h)
	}
}

func TestNewStoreErrors(t *testing.T) {
	if _, err := NewStore(StoreConfig{}); !errors.Is(err, ErrConfig) {
		t.Fatalf("empty path: %v", err)
	}
	if _, err := NewStore(StoreConfig{Path: filepath.Join(t.TempDir(), "no", "such", "dir", "a.db")}); err == nil {
		t.Fatal("missing directory accepted")
	}
}

// A restarted operator re-verifies its own store, then catches up from the
// replicated stream (here another operator's export) and refuses a
// tampered copy.
func TestLedgerRestartAndCatchUp(t *testing.T) {
	ctx := context.Background()
	leader := sampleChain(t)
	var export bytes.Buffer
	if err := Export(ctx, &export, BlockSlice(leader.blocks), FormatJSONL); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "op2.db")
	st := openStore(t, path)
	l, err := NewLedger(ctx, LedgerConfig{Store: st, Genesis: leader.blocks[0].Hash()})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range leader.blocks[:5] {
		if err := l.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil { // the operator stops
		t.Fatal(err)
	}

	st = openStore(t, path)
	l, err = NewLedger(ctx, LedgerConfig{Store: st, Genesis: leader.blocks[0].Hash()})
	if err != nil {
		t.Fatal(err)
	}
	if h, _, _ := l.Head(); h != 4 {
		t.Fatalf("restarted at %d", h)
	}

	lines := strings.Split(export.String(), "\n")
	lines[6] = editLine(t, lines[6], func(m map[string]any) {
		a := m["attestations"].([]any)[0].(map[string]any)
		a["sig"] = flipHexByte(a["sig"].(string), 40)
	})
	applied, err := Import(ctx, strings.NewReader(strings.Join(lines, "\n")), l)
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.Height != 6 || applied != 1 {
		t.Fatalf("tampered catch-up: applied %d, %v", applied, err)
	}
	applied, err = Import(ctx, bytes.NewReader(export.Bytes()), l)
	if err != nil || applied != 2 {
		t.Fatalf("catch-up applied %d: %v", applied, err)
	}
	if _, hash, _ := l.Head(); hash != leader.blocks[7].Hash() {
		t.Fatal("head differs from the leader's")
	}

	// Corrupt the file under the ledger: the next start refuses it.
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b3 := leader.blocks[3].Records[0]
	i := bytes.Index(raw, b3)
	if i < 0 {
		t.Fatal("record not found in file")
	}
	raw[i+len(b3)-1] ^= 1
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	st = openStore(t, path)
	_, err = NewLedger(ctx, LedgerConfig{Store: st})
	if !errors.As(err, &ve) || ve.Height != 3 || !errors.Is(err, ErrRecordsRoot) {
		t.Fatalf("corrupted store: %v", err)
	}
}

func TestStoreBlocksAcrossChunks(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, filepath.Join(t.TempDir(), "audit.db"))
	g := newBenchGen(3)
	var blocks []*Block
	for i := 0; i < 150; i++ {
		blocks = append(blocks, g.next(t))
	}
	if err := s.Append(ctx, blocks...); err != nil {
		t.Fatal(err)
	}
	for _, from := range []uint64{0, 63, 64, 100, 149, 150} {
		var got []uint64
		if err := s.Blocks(ctx, from, func(b *Block) error { got = append(got, b.Header.Height); return nil }); err != nil {
			t.Fatal(err)
		}
		if want := 150 - int(from); len(got) != want || (want > 0 && (got[0] != from || got[want-1] != 149)) {
			t.Fatalf("from %d: got %d blocks", from, len(got))
		}
	}
	rep, err := Verify(ctx, s, VerifyOptions{})
	if err != nil || rep.Blocks != 150 || rep.Records != 2+149*3 {
		t.Fatalf("verify: %+v %v", rep, err)
	}
}

func TestStoreAppendAsyncPipelined(t *testing.T) {
	ctx := context.Background()
	blocks := sampleChain(t).blocks
	s, err := NewStore(StoreConfig{Path: filepath.Join(t.TempDir(), "audit.db"), MaxBatch: 3})
	if err != nil {
		t.Fatal(err)
	}
	var acks []<-chan error
	for _, b := range blocks {
		acks = append(acks, s.AppendAsync(ctx, b))
	}
	for i, ch := range acks {
		if err := <-ch; err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
	}
	if h, _, _ := s.Head(); h != 7 {
		t.Fatalf("head %d", h)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-s.AppendAsync(ctx, blocks[0]); !errors.Is(err, ErrClosed) {
		t.Fatalf("after close: %v", err)
	}
}
