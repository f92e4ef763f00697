package watcher

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/btcsuite/btcd/chaincfg/chainhash"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
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
// (write to a temporary file, fsync, rename, fsync the directory).
type FileCursor struct{ Path string }

type fileCursor struct {
	Height int64  `json:"height"`
	Hash   string `json:"hash"`
}

// Load implements Cursor.
func (c FileCursor) Load(context.Context) (Position, bool, error) {
	var f fileCursor
	ok, err := atomicfile.ReadJSON(c.Path, &f)
	if err != nil || !ok {
		return Position{}, false, err
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
	return atomicfile.WriteFile(c.Path, b, 0o600)
}
