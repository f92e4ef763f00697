package anchor

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
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
// temporary file, fsync, rename, fsync the directory). A missing file is an
// empty store.
type FileCoins struct{ Path string }

// Load implements CoinStore.
func (f FileCoins) Load(context.Context) ([]Coin, error) {
	var coins []Coin
	if _, err := atomicfile.ReadJSON(f.Path, &coins); err != nil {
		return nil, fmt.Errorf("anchor: coin file: %w", err)
	}
	return coins, nil
}

// Save implements CoinStore.
func (f FileCoins) Save(_ context.Context, coins []Coin) error {
	b, err := json.MarshalIndent(coins, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(f.Path, append(b, '\n'), 0o600)
}
