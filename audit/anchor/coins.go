package anchor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// MemCoins is an in-memory CoinStore (tests, or an operator who re-funds
// on every start).
type MemCoins struct {
	mu    sync.Mutex
	coins []Coin
}

// NewMemCoins returns a store holding coins.
func NewMemCoins(coins ...Coin) *MemCoins { return &MemCoins{coins: slices.Clone(coins)} }

// Load implements CoinStore.
func (m *MemCoins) Load(context.Context) ([]Coin, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.coins), nil
}

// Save implements CoinStore.
func (m *MemCoins) Save(_ context.Context, coins []Coin) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.coins = slices.Clone(coins)
	return nil
}

// FileCoins is a CoinStore in a JSON file, replaced atomically (write to a
// temporary file, fsync, rename). A missing file is an empty store.
type FileCoins struct{ Path string }

// Load implements CoinStore.
func (f FileCoins) Load(context.Context) ([]Coin, error) {
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var coins []Coin
	if err := json.Unmarshal(b, &coins); err != nil {
		return nil, fmt.Errorf("anchor: coin file %s: %w", f.Path, err)
	}
	return coins, nil
}

// Save implements CoinStore.
func (f FileCoins) Save(_ context.Context, coins []Coin) error {
	b, err := json.MarshalIndent(coins, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f.Path), filepath.Base(f.Path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
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
	return os.Rename(tmp.Name(), f.Path)
}
