package watcher

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
)

// MemCursor keeps the position in memory (tests, or a relay that persists
// positions itself through another Cursor).
type MemCursor struct {
	mu  sync.Mutex
	pos *Position
}

// Load implements Cursor.
func (c *MemCursor) Load(context.Context) (Position, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pos == nil {
		return Position{}, false, nil
	}
	return *c.pos, true, nil
}

// Save implements Cursor.
func (c *MemCursor) Save(_ context.Context, p Position) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pos = &p
	return nil
}

// FileCursor stores the position as JSON in one file, replaced atomically
// (write to a temporary file, fsync, rename).
type FileCursor struct{ Path string }

type fileCursor struct {
	Height int64  `json:"height"`
	Hash   string `json:"hash"`
}

// Load implements Cursor.
func (c FileCursor) Load(context.Context) (Position, bool, error) {
	b, err := os.ReadFile(c.Path)
	if os.IsNotExist(err) {
		return Position{}, false, nil
	}
	if err != nil {
		return Position{}, false, err
	}
	var f fileCursor
	if err := json.Unmarshal(b, &f); err != nil {
		return Position{}, false, fmt.Errorf("%s: %w", c.Path, err)
	}
	h, err := chainhash.NewHashFromStr(f.Hash)
	if err != nil {
		return Position{}, false, fmt.Errorf("%s: hash: %w", c.Path, err)
	}
	return Position{Height: f.Height, Hash: *h}, true, nil
}

// Save implements Cursor.
func (c FileCursor) Save(_ context.Context, p Position) error {
	b, _ := json.Marshal(fileCursor{Height: p.Height, Hash: p.Hash.String()})
	tmp, err := os.CreateTemp(filepath.Dir(c.Path), ".cursor-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), c.Path)
}
