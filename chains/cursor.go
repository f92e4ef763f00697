package chains

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// FileCursor is a Cursor that keeps the position as JSON (P's own
// encoding) in one file, replaced atomically (internal/atomicfile: a
// temporary file in the same directory, synced, renamed over the old one,
// and the directory synced), so that a crash leaves either the old or the
// new position, never a torn one.
type FileCursor[P any] struct{ Path string }

// Load reads the position; a missing file is ok=false.
func (f FileCursor[P]) Load(context.Context) (P, bool, error) {
	var pos P
	found, err := atomicfile.ReadJSON(f.Path, &pos)
	if err != nil {
		return pos, false, fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	return pos, found, nil
}

// Save writes the position durably.
func (f FileCursor[P]) Save(_ context.Context, pos P) error {
	raw, err := json.Marshal(pos)
	if err != nil {
		return fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	if err := atomicfile.WriteFile(f.Path, raw, 0o600); err != nil {
		return fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	return nil
}
