package harness

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// Option chooses what New starts.
type Option func(*Config)

// WithBTC starts btcd in regtest.
func WithBTC() Option { return func(c *Config) { c.BTC = true } }

// WithEVM starts n anvil chains with ids 31337, 31338, ….
func WithEVM(n int) Option {
	return func(c *Config) {
		c.EVMChainIDs = nil
		for i := 0; i < n; i++ {
			c.EVMChainIDs = append(c.EVMChainIDs, 31337+uint64(i))
		}
	}
}

// WithNATS starts a NATS server with JetStream.
func WithNATS() Option { return func(c *Config) { c.NATS = true } }

// WithEVMBlockTime makes anvil mine on its own every d.
func WithEVMBlockTime(d time.Duration) Option { return func(c *Config) { c.EVMBlockTime = d } }

// WithBTCBlockInterval runs a miner loop that mines a block every d.
func WithBTCBlockInterval(d time.Duration) Option { return func(c *Config) { c.BTCBlockInterval = d } }

// New starts an isolated devnet for a test and stops it in t.Cleanup.
func New(t testing.TB, opts ...Option) *Devnet {
	t.Helper()
	cfg := Config{Dir: t.TempDir()}
	for _, o := range opts {
		o(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := Start(ctx, cfg, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() {
		d.Stop()
		if d.faucet != nil {
			d.faucet.c.Shutdown()
		}
	})
	return d
}
