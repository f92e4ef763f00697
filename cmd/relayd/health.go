package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/btcsuite/btcd/rpcclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
)

// Health poller defaults: a head read per chain every interval, given up
// after timeout. Readiness is at most interval+timeout behind the node.
const (
	defaultHealthInterval = 5 * time.Second
	defaultHealthTimeout  = 3 * time.Second
)

// errNode wraps a failed head read of a Bitcoin node.
var errNode = errors.New("chain node")

// headReader reads the head of one of this operator's own chain nodes:
// its height and its block time.
type headReader interface {
	Head(ctx context.Context) (height uint64, at time.Time, err error)
}

// evmHead reads an EVM chain's head through the route's failover client.
type evmHead struct{ c *evm.Client }

func (h evmHead) Head(ctx context.Context) (uint64, time.Time, error) {
	hd, err := h.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, time.Time{}, err
	}
	return hd.Number.Uint64(), time.Unix(int64(hd.Time), 0), nil
}

// btcHead reads a Bitcoin chain's best block through the route's btcd
// client. That client sends its requests one at a time and retries a
// failed one for about 20 s, so a read that outlives its context is left
// to finish, and no new one is sent meanwhile: while btcd is down the
// health reads do not pile up in front of the relay's own.
type btcHead struct {
	c       *rpcclient.Client
	pending atomic.Bool
}

type btcBest struct {
	height uint64
	at     time.Time
	err    error
}

func (h *btcHead) Head(ctx context.Context) (uint64, time.Time, error) {
	if !h.pending.CompareAndSwap(false, true) {
		return 0, time.Time{}, fmt.Errorf("%w: the previous head read has not returned yet", errNode)
	}
	res := make(chan btcBest, 1) // buffered: an abandoned read does not block
	go func() {
		defer h.pending.Store(false)
		res <- h.best()
	}()
	select {
	case <-ctx.Done():
		return 0, time.Time{}, ctx.Err()
	case r := <-res:
		return r.height, r.at, r.err
	}
}

func (h *btcHead) best() btcBest {
	hash, height, err := h.c.GetBestBlock()
	if err != nil {
		return btcBest{err: fmt.Errorf("%w: getbestblock: %w", errNode, err)}
	}
	hd, err := h.c.GetBlockHeader(hash)
	if err != nil {
		return btcBest{err: fmt.Errorf("%w: getblockheader: %w", errNode, err)}
	}
	return btcBest{height: uint64(height), at: hd.Timestamp}
}

// chainHealth follows the operator's own node of every configured chain
// with a cheap head read every interval: /readyz is not ready while one
// does not answer, and the head, its lag behind the clock and the failed
// reads are exported per chain (kakehashi_chain_*). It is a
// prometheus.Collector.
type chainHealth struct {
	interval, timeout time.Duration
	now               func() time.Time
	log               zerolog.Logger
	probes            []*chainProbe
	head, lag, errs   *prometheus.Desc
}

// chainProbe is one chain's node and what its last reads found.
type chainProbe struct {
	chain chains.ChainID
	name  string
	node  headReader

	mu        sync.Mutex
	height    uint64
	blockTime time.Time // of the last head read; zero before the first
	readAt    time.Time // last read, successful or not
	err       error     // of the last read; nil after a success
	failed    uint64    // reads that failed
}

func newChainHealth(interval, timeout time.Duration, log zerolog.Logger) *chainHealth {
	if interval <= 0 {
		interval = defaultHealthInterval
	}
	if timeout <= 0 {
		timeout = defaultHealthTimeout
	}
	labels := []string{"chain"}
	return &chainHealth{interval: interval, timeout: timeout, now: time.Now, log: log.With().Str("component", "chainhealth").Logger(),
		head: prometheus.NewDesc("kakehashi_chain_head", "Height of the head block of this operator's own node, at its last successful read.", labels, nil),
		lag:  prometheus.NewDesc("kakehashi_chain_lag_seconds", "Seconds between now and the block time of the node's head at its last successful read: grows while the node is stuck or does not answer.", labels, nil),
		errs: prometheus.NewDesc("kakehashi_chain_rpc_errors_total", "Head reads of this operator's own node that failed (one read per chain every few seconds).", labels, nil),
	}
}

// add follows chain's node.
func (h *chainHealth) add(chain chains.ChainID, name string, node headReader) {
	h.probes = append(h.probes, &chainProbe{chain: chain, name: name, node: node})
}

// Run reads every node's head at once, then every interval, until ctx
// is done.
func (h *chainHealth) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, p := range h.probes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(h.interval)
			defer t.Stop()
			for {
				h.read(ctx, p)
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
			}
		}()
	}
	wg.Wait()
	return nil
}

func (h *chainHealth) read(ctx context.Context, p *chainProbe) {
	rctx, cancel := context.WithTimeout(ctx, h.timeout)
	height, at, err := p.node.Head(rctx)
	cancel()
	if ctx.Err() != nil {
		return // shutting down: not the node's fault
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	wasFailing := p.err != nil
	p.readAt, p.err = h.now(), err
	if err != nil {
		p.failed++
		if !wasFailing {
			h.log.Warn().Uint64("chain", uint64(p.chain)).Err(err).Msg("own chain node does not answer: not ready until it does")
		}
		return
	}
	if wasFailing {
		h.log.Info().Uint64("chain", uint64(p.chain)).Uint64("head", height).Msg("own chain node answers again")
	}
	p.height, p.blockTime = height, at
}

// chainStatus is one chain's health as /readyz shows it.
type chainStatus struct {
	Chain      chains.ChainID `json:"chain"`
	Name       string         `json:"name,omitempty"`
	OK         bool           `json:"ok"`
	Head       uint64         `json:"head,omitempty"`
	LagSeconds *float64       `json:"lagSeconds,omitempty"`
	Error      string         `json:"error,omitempty"`
}

// Status reports every chain's node: ok when its last read, at most
// 2 × interval + timeout ago, answered.
func (h *chainHealth) Status() []chainStatus {
	now := h.now()
	out := make([]chainStatus, 0, len(h.probes))
	for _, p := range h.probes {
		p.mu.Lock()
		st := chainStatus{Chain: p.chain, Name: p.name, Head: p.height}
		if !p.blockTime.IsZero() {
			lag := max(0, now.Sub(p.blockTime).Seconds())
			st.LagSeconds = &lag
		}
		switch {
		case p.readAt.IsZero():
			st.Error = "no head read yet"
		case p.err != nil:
			st.Error = "node does not answer: " + p.err.Error()
		case now.Sub(p.readAt) > 2*h.interval+h.timeout:
			st.Error = fmt.Sprintf("no head read for %s", now.Sub(p.readAt).Round(time.Second))
		default:
			st.OK = true
		}
		p.mu.Unlock()
		out = append(out, st)
	}
	return out
}

// chainProblems names each chain whose node is not healthy, with what
// to do.
func chainProblems(st []chainStatus) []string {
	var out []string
	for _, s := range st {
		if !s.OK {
			out = append(out, fmt.Sprintf("chain %d %s: %s (this operator's own node: check it and the chain's rpc)", s.Chain, s.Name, s.Error))
		}
	}
	return out
}

// Describe implements prometheus.Collector.
func (h *chainHealth) Describe(ch chan<- *prometheus.Desc) {
	ch <- h.head
	ch <- h.lag
	ch <- h.errs
}

// Collect implements prometheus.Collector: head and lag once a head was
// read, the failed reads always.
func (h *chainHealth) Collect(ch chan<- prometheus.Metric) {
	now := h.now()
	for _, p := range h.probes {
		label := strconv.FormatUint(uint64(p.chain), 10)
		p.mu.Lock()
		height, blockTime, failed := p.height, p.blockTime, p.failed
		p.mu.Unlock()
		if !blockTime.IsZero() {
			ch <- prometheus.MustNewConstMetric(h.head, prometheus.GaugeValue, float64(height), label)
			ch <- prometheus.MustNewConstMetric(h.lag, prometheus.GaugeValue, max(0, now.Sub(blockTime).Seconds()), label)
		}
		ch <- prometheus.MustNewConstMetric(h.errs, prometheus.CounterValue, float64(failed), label)
	}
}
