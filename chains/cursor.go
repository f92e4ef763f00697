package chains

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// FileCursor is a Cursor that keeps the position as JSON (P's own
// encoding) in one file, replaced atomically: written to a temporary file
// in the same directory, synced, renamed over the old one, and the
// directory synced, so that a crash leaves either the old or the new
// position, never a torn one.
type FileCursor[P any] struct{ Path string }

// Load reads the position; a missing file is ok=false.
func (f FileCursor[P]) Load(context.Context) (P, bool, error) {
	var pos P
	raw, err := os.ReadFile(f.Path)
	if errors.Is(err, os.ErrNotExist) {
		return pos, false, nil
	}
	if err != nil {
		return pos, false, fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	if err := json.Unmarshal(raw, &pos); err != nil {
		return pos, false, fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	return pos, true, nil
}

// Save writes the position durably.
func (f FileCursor[P]) Save(_ context.Context, pos P) error {
	raw, err := json.Marshal(pos)
	if err != nil {
		return fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	dir := filepath.Dir(f.Path)
	tmp, err := os.CreateTemp(dir, ".cursor-*")
	if err != nil {
		return fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(raw); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), f.Path)
	}
	if err == nil {
		if d, derr := os.Open(dir); derr == nil {
			err = d.Sync()
			d.Close()
		}
	}
	if err != nil {
		return fmt.Errorf("chains: cursor %s: %w", f.Path, err)
	}
	return nil
}
