//go:build integration

package audit

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/kakehashi/kakehashi/integration/harness"
)

// A restarted operator catches up from the replicated JetStream stream on a
// real NATS server, skips duplicate publications, and refuses a forged block.
func TestStreamCatchUp(t *testing.T) {
	d := harness.New(t, harness.WithNATS())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nc, err := nats.Connect(d.NATS.URL, d.NATS.AdminOptions()...)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	// The devnet's admin created the bus layout, this stream with it.
	if _, err := js.Stream(ctx, DefaultStream); err != nil {
		t.Fatal(err)
	}

	leader := sampleChain(t)
	for _, b := range leader.blocks[:6] {
		if err := PublishBlock(ctx, js, SubjectFinal, b); err != nil {
			t.Fatal(err)
		}
	}
	// A duplicate publication is deduplicated by the server (same id) ...
	if err := PublishBlock(ctx, js, SubjectFinal, leader.blocks[5]); err != nil {
		t.Fatal(err)
	}
	// ... and a repeat under another id is skipped by the source.
	m := nats.NewMsg(SubjectFinal)
	m.Data = leader.blocks[2].Encode()
	m.Header.Set(jetstream.MsgIDHeader, "replayed-by-someone")
	if _, err := js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "op.db")
	st := openStore(t, path)
	l, err := NewLedger(ctx, LedgerConfig{Store: st, Genesis: leader.blocks[0].Hash()})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range leader.blocks[:3] {
		if err := l.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	_ = st.Close() // the operator stops at height 2
	st = openStore(t, path)
	if l, err = NewLedger(ctx, LedgerConfig{Store: st, Genesis: leader.blocks[0].Hash()}); err != nil {
		t.Fatal(err)
	}
	src, err := NewStreamSource(StreamSourceConfig{JS: js, FetchWait: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	applied, err := l.CatchUp(ctx, src)
	if err != nil || applied != 3 {
		t.Fatalf("catch-up applied %d: %v", applied, err)
	}
	if h, hash, _ := l.Head(); h != 5 || hash != leader.blocks[5].Hash() {
		t.Fatalf("head %d", h)
	}

	// A forged block 6 (attested by a non-operator) is refused and not stored.
	forged := cloneBlocks(leader.blocks[6:7])[0]
	resign(forged, 0, 9)
	if err := PublishBlock(ctx, js, SubjectFinal, forged); err != nil {
		t.Fatal(err)
	}
	if err := PublishBlock(ctx, js, SubjectFinal, leader.blocks[6]); err != nil {
		t.Fatal(err)
	}
	applied, err = l.CatchUp(ctx, src)
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.Height != 6 || !errors.Is(err, ErrAttestation) || applied != 1 {
		t.Fatalf("forged block then genuine block: applied %d, %v", applied, err)
	}
	if h, hash, _ := st.Head(); h != 6 || hash != leader.blocks[6].Hash() {
		t.Fatalf("store head %d: the genuine block 6 was not taken", h)
	}
	var buf bytes.Buffer
	if err := Export(ctx, &buf, st, FormatJSONL); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte("\n")); n != 7 {
		t.Fatalf("exported %d blocks", n)
	}
}
