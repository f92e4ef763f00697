package watcher

import (
	"context"
	"sync"

	"github.com/kakehashi/kakehashi/chains"
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

// FileCursor stores the position as JSON ({"height":…,"hash":"…"}, the
// hash in display order) in one file, replaced atomically (chains.FileCursor).
type FileCursor = chains.FileCursor[Position]
