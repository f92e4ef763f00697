//go:build integration

package load

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// nodeClock records, from one anvil's websocket subscriptions, when each
// block was announced (newHeads) and when each transaction entered the
// node's pool (newPendingTransactions), on the driver's clock. Unlike the
// 200 ms log poller these are push notifications, so they date "the block
// that makes a lock final exists" and "the destination transaction was
// submitted (the node has it)" to within the notification delay (well
// under a millisecond on loopback), which is what issue 6's relay
// overhead is measured between.
type nodeClock struct {
	mu      sync.Mutex
	heads   map[uint64]time.Time
	pending map[common.Hash]time.Time
	err     error
}

// watchNode subscribes to url's heads and pending transactions until ctx
// ends. It returns once both subscriptions are live.
func watchNode(ctx context.Context, url string) (*nodeClock, error) {
	c, err := rpc.DialWebsocket(ctx, url, "")
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	nc := &nodeClock{heads: map[uint64]time.Time{}, pending: map[common.Hash]time.Time{}}
	heads := make(chan *types.Header, 1024)
	hs, err := c.EthSubscribe(ctx, heads, "newHeads")
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("%s: subscribe newHeads: %w", url, err)
	}
	txs := make(chan common.Hash, 65536)
	ts, err := c.EthSubscribe(ctx, txs, "newPendingTransactions")
	if err != nil {
		hs.Unsubscribe()
		c.Close()
		return nil, fmt.Errorf("%s: subscribe newPendingTransactions: %w", url, err)
	}
	go func() {
		defer c.Close()
		defer hs.Unsubscribe()
		defer ts.Unsubscribe()
		for {
			select {
			case <-ctx.Done():
				return
			case h := <-heads:
				now := time.Now()
				nc.mu.Lock()
				if _, ok := nc.heads[h.Number.Uint64()]; !ok {
					nc.heads[h.Number.Uint64()] = now
				}
				nc.mu.Unlock()
			case tx := <-txs:
				now := time.Now()
				nc.mu.Lock()
				if _, ok := nc.pending[tx]; !ok {
					nc.pending[tx] = now
				}
				nc.mu.Unlock()
			case err := <-hs.Err():
				nc.fail(fmt.Errorf("newHeads: %w", err))
				return
			case err := <-ts.Err():
				nc.fail(fmt.Errorf("newPendingTransactions: %w", err))
				return
			}
		}
	}()
	return nc, nil
}

func (nc *nodeClock) fail(err error) {
	nc.mu.Lock()
	if nc.err == nil && err != nil {
		nc.err = err
	}
	nc.mu.Unlock()
}

// head returns when block n was announced.
func (nc *nodeClock) head(n uint64) (time.Time, bool) {
	nc.mu.Lock()
	defer nc.mu.Unlock()
	t, ok := nc.heads[n]
	return t, ok
}

// sent returns when transaction h entered the node's pool.
func (nc *nodeClock) sent(h common.Hash) (time.Time, bool) {
	nc.mu.Lock()
	defer nc.mu.Unlock()
	t, ok := nc.pending[h]
	return t, ok
}

// lastErr is the error that ended the subscriptions, if any.
func (nc *nodeClock) lastErr() error {
	nc.mu.Lock()
	defer nc.mu.Unlock()
	return nc.err
}
