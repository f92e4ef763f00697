package watcher

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
)

func TestCursors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for name, c := range map[string]Cursor{"file": FileCursor{Path: filepath.Join(dir, "c.json")}, "mem": &MemCursor{}} {
		t.Run(name, func(t *testing.T) {
			if _, ok, err := c.Load(ctx); ok || err != nil {
				t.Fatalf("empty cursor: ok=%v err=%v", ok, err)
			}
			want := Position{Height: 42, Hash: chainhash.HashH([]byte("block"))}
			if err := c.Save(ctx, want); err != nil {
				t.Fatal(err)
			}
			got, ok, err := c.Load(ctx)
			if !ok || err != nil || got != want {
				t.Fatalf("got %+v ok=%v err=%v", got, ok, err)
			}
		})
	}
	t.Run("corrupt file", func(t *testing.T) {
		p := filepath.Join(dir, "bad.json")
		_ = os.WriteFile(p, []byte("{"), 0o600)
		if _, _, err := (FileCursor{Path: p}).Load(ctx); err == nil {
			t.Fatal("corrupt cursor loaded")
		}
	})
}

// A cursor file written before FileCursor was shared reads back the same.
func TestFileCursorFormat(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "btc.cursor.json")
	h := chainhash.HashH([]byte("block"))
	old := `{"height":42,"hash":"` + h.String() + `"}`
	if err := os.WriteFile(p, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	c := FileCursor{Path: p}
	got, ok, err := c.Load(ctx)
	if !ok || err != nil || got != (Position{Height: 42, Hash: h}) {
		t.Fatalf("got %+v ok=%v err=%v", got, ok, err)
	}
	if err := c.Save(ctx, got); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != old {
		t.Fatalf("saved %s, want %s", b, old)
	}
}
