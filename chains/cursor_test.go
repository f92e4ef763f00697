package chains_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
)

type pos struct {
	Height int64  `json:"height"`
	Tag    string `json:"tag"`
}

func TestFileCursor(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := chains.FileCursor[pos]{Path: filepath.Join(dir, "c.json")}
	var _ chains.Cursor[pos] = c
	if _, ok, err := c.Load(ctx); ok || err != nil {
		t.Fatalf("empty cursor: ok=%v err=%v", ok, err)
	}
	for _, want := range []pos{{1, "a"}, {2, "b"}} {
		if err := c.Save(ctx, want); err != nil {
			t.Fatal(err)
		}
		got, ok, err := c.Load(ctx)
		if !ok || err != nil || got != want {
			t.Fatalf("got %+v ok=%v err=%v, want %+v", got, ok, err, want)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".cursor-*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	t.Run("corrupt file", func(t *testing.T) {
		p := filepath.Join(dir, "bad.json")
		_ = os.WriteFile(p, []byte("{"), 0o600)
		if _, _, err := (chains.FileCursor[pos]{Path: p}).Load(ctx); err == nil {
			t.Fatal("corrupt cursor loaded")
		}
	})
	t.Run("missing directory", func(t *testing.T) {
		if err := (chains.FileCursor[pos]{Path: filepath.Join(dir, "no", "c.json")}).Save(ctx, pos{}); err == nil {
			t.Fatal("saved into a missing directory")
		}
	})
}
