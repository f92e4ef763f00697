package evm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/rs/zerolog"
)

// Node is what one endpoint offers: the go-ethereum client interfaces this
// package uses. *ethclient.Client and the simulated backend's client both
// satisfy it.
type Node interface {
	ethereum.BlockNumberReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.LogFilterer
	ethereum.PendingStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.ChainIDReader
}

// Endpoint is one RPC endpoint of a chain: a URL (http(s):// or ws(s)://)
// that Dial connects to, or an already connected Node (tests, in-process
// backends).
type Endpoint struct {
	// Name labels the endpoint in logs and errors; defaults to the URL's
	// host (credentials and paths are never logged).
	Name string
	URL  string
	Node Node
}

// ClientConfig configures a Client.
type ClientConfig struct {
	// Chain is the EIP-155 chain id every endpoint must serve.
	Chain chains.ChainID
	// Endpoints in order of preference; at least one.
	Endpoints []Endpoint
	// CallTimeout bounds one RPC call on one endpoint (default 10s).
	CallTimeout time.Duration
	// Attempts is how many times a call is tried, across endpoints, before
	// ErrUnavailable (default 2 × number of endpoints, at least 3).
	Attempts int
	// BackoffMin and BackoffMax bound the exponential back-off between
	// attempts and how long a failed endpoint is skipped (defaults 100ms, 5s).
	BackoffMin, BackoffMax time.Duration
}

// ClientOption configures optional parts of a Client.
type ClientOption func(*Client)

// WithClientLogger injects the logger (default: disabled).
func WithClientLogger(l zerolog.Logger) ClientOption {
	return func(c *Client) { c.log = l.With().Str("component", "evm.client").Logger() }
}

type endpoint struct {
	name     string
	url      string
	node     Node
	eth      *ethclient.Client // set when dialled by us (closed by Close)
	ws       bool
	fails    int
	downTill time.Time
}

// Client is a chain's set of RPC endpoints with failover: each call goes to
// the current endpoint; a transport failure (refused, reset, timeout, HTTP
// 5xx/429) marks that endpoint down for a capped exponential back-off and the
// call is retried on the next one. Errors answered by a node (revert, nonce
// too low, not found, …) are returned at once, classified. Client implements
// bind.ContractBackend and bind.DeployBackend, so the abigen bindings run
// over it. It is safe for concurrent use.
type Client struct {
	cfg ClientConfig
	log zerolog.Logger

	mu    sync.Mutex
	eps   []*endpoint
	cur   int
	stats ClientStats
}

// ClientStats counts calls and failures since Dial.
type ClientStats struct {
	Calls     uint64 // calls made (each attempt counts)
	Failures  uint64 // attempts that failed for transport reasons
	Failovers uint64 // times the current endpoint changed
	Current   string // name of the endpoint in use
}

// Stats returns the counters.
func (c *Client) Stats() ClientStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stats
	s.Current = c.eps[c.cur].name
	return s
}

// Dial checks cfg, connects to every URL endpoint and checks that each
// reachable endpoint serves cfg.Chain. Endpoints that cannot be reached now
// are kept and retried later; Dial fails only if none answers.
func Dial(ctx context.Context, cfg ClientConfig, opts ...ClientOption) (*Client, error) {
	if cfg.Chain == 0 {
		return nil, fmt.Errorf("%w: Chain is zero", ErrConfig)
	}
	if len(cfg.Endpoints) == 0 {
		return nil, fmt.Errorf("%w: no Endpoints", ErrConfig)
	}
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = 10 * time.Second
	}
	if cfg.BackoffMin <= 0 {
		cfg.BackoffMin = 100 * time.Millisecond
	}
	if cfg.BackoffMax <= 0 {
		cfg.BackoffMax = 5 * time.Second
	}
	if cfg.BackoffMax < cfg.BackoffMin {
		return nil, fmt.Errorf("%w: BackoffMax %s below BackoffMin %s", ErrConfig, cfg.BackoffMax, cfg.BackoffMin)
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = max(3, 2*len(cfg.Endpoints))
	}
	c := &Client{cfg: cfg, log: zerolog.Nop()}
	for _, o := range opts {
		o(c)
	}
	for i, e := range cfg.Endpoints {
		ep := &endpoint{name: e.Name, url: e.URL, node: e.Node}
		if e.Node == nil {
			u, err := url.Parse(e.URL)
			if err != nil || u.Host == "" {
				return nil, fmt.Errorf("%w: endpoint %d: URL %q is not a URL", ErrConfig, i, redact(e.URL))
			}
			switch u.Scheme {
			case "http", "https":
			case "ws", "wss":
				ep.ws = true
			default:
				return nil, fmt.Errorf("%w: endpoint %d: scheme %q (want http, https, ws or wss)", ErrConfig, i, u.Scheme)
			}
			if ep.name == "" {
				ep.name = u.Host
			}
		} else if ep.name == "" {
			ep.name = fmt.Sprintf("endpoint-%d", i)
		}
		c.eps = append(c.eps, ep)
	}
	var errs []error
	for _, ep := range c.eps {
		if err := c.connect(ctx, ep); err != nil {
			errs = append(errs, err)
			if errors.Is(err, ErrWrongChainID) {
				c.Close()
				return nil, err
			}
			c.markDown(ep)
		}
	}
	if len(errs) == len(c.eps) {
		c.Close()
		return nil, fmt.Errorf("%w: no endpoint of chain %d answered: %w", ErrUnavailable, cfg.Chain, errors.Join(errs...))
	}
	return c, nil
}

// connect dials ep if needed and checks its chain id.
func (c *Client) connect(ctx context.Context, ep *endpoint) error {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	defer cancel()
	c.mu.Lock()
	node := ep.node
	c.mu.Unlock()
	if node == nil {
		ec, err := ethclient.DialContext(ctx, ep.url)
		if err != nil {
			cerr, _ := classify(ep.name, "dial", err)
			return cerr
		}
		c.mu.Lock()
		ep.eth, ep.node, node = ec, ec, ec
		c.mu.Unlock()
	}
	id, err := node.ChainID(ctx)
	if err != nil {
		cerr, _ := classify(ep.name, "eth_chainId", err)
		return cerr
	}
	if id.Uint64() != uint64(c.cfg.Chain) {
		return fmt.Errorf("%w: %s serves chain %d, configured %d", ErrWrongChainID, ep.name, id, c.cfg.Chain)
	}
	return nil
}

// Chain returns the configured chain id.
func (c *Client) Chain() chains.ChainID { return c.cfg.Chain }

// Close closes the connections Dial opened.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, ep := range c.eps {
		if ep.eth != nil {
			ep.eth.Close()
			ep.eth, ep.node = nil, nil
		}
	}
}

func (c *Client) backoff(fails int) time.Duration {
	d := c.cfg.BackoffMin
	for i := 1; i < fails && d < c.cfg.BackoffMax; i++ {
		d *= 2
	}
	return min(d, c.cfg.BackoffMax)
}

func (c *Client) markDown(ep *endpoint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ep.fails++
	c.stats.Failures++
	ep.downTill = time.Now().Add(c.backoff(ep.fails))
	// Move off the failed endpoint to the next one that is up, if any.
	for i := 1; i <= len(c.eps); i++ {
		j := (c.cur + i) % len(c.eps)
		if time.Now().After(c.eps[j].downTill) {
			if j != c.cur {
				c.stats.Failovers++
			}
			c.cur = j
			return
		}
	}
}

// pick returns the endpoint to use: the current one if it is up, else the
// first (in preference order) that is up, else the one back soonest.
func (c *Client) pick() (*endpoint, time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if now.After(c.eps[c.cur].downTill) {
		return c.eps[c.cur], 0
	}
	best := c.cur
	for i, ep := range c.eps {
		if now.After(ep.downTill) {
			if i != c.cur {
				c.stats.Failovers++
			}
			c.cur = i
			return ep, 0
		}
		if ep.downTill.Before(c.eps[best].downTill) {
			best = i
		}
	}
	c.cur = best
	return c.eps[best], c.eps[best].downTill.Sub(now)
}

// do runs f on endpoints until it succeeds, fails with a non-transient error,
// or runs out of attempts.
func (c *Client) do(ctx context.Context, method string, f func(ctx context.Context, n Node) error) error {
	var last error
	for attempt := 0; attempt < c.cfg.Attempts; attempt++ {
		ep, wait := c.pick()
		if attempt > 0 {
			wait = max(wait, c.backoff(attempt))
		}
		if wait > 0 && attempt > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return errors.Join(ctx.Err(), last)
			case <-t.C:
			}
		}
		c.mu.Lock()
		node := ep.node
		c.stats.Calls++
		c.mu.Unlock()
		if node == nil {
			if err := c.connect(ctx, ep); err != nil {
				last = err
				if errors.Is(err, ErrWrongChainID) {
					return err
				}
				c.markDown(ep)
				continue
			}
			c.mu.Lock()
			node = ep.node
			c.mu.Unlock()
		}
		cctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		err := f(cctx, node)
		cancel()
		if err == nil {
			c.mu.Lock()
			ep.fails = 0
			c.mu.Unlock()
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		cerr, transient := classify(ep.name, method, err)
		if !transient {
			return cerr
		}
		last = cerr
		c.log.Warn().Str("endpoint", ep.name).Str("method", method).Int("attempt", attempt+1).Err(cerr).Msg("endpoint failed; failing over")
		c.markDown(ep)
	}
	return fmt.Errorf("%w: %s failed %d times: %w", ErrUnavailable, method, c.cfg.Attempts, last)
}

// redact keeps only scheme and host of a URL for messages: providers put
// API keys in the user info, the path or the query.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		if i := strings.IndexAny(raw, "@/?"); i >= 0 {
			return raw[:i] + "…"
		}
		return raw
	}
	return u.Scheme + "://" + u.Host
}

// ---- go-ethereum interfaces over the endpoint set ----

// ChainID returns the chain id of the current endpoint.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	var out *big.Int
	err := c.do(ctx, "eth_chainId", func(ctx context.Context, n Node) (err error) { out, err = n.ChainID(ctx); return })
	return out, err
}

// BlockNumber returns the current head number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var out uint64
	err := c.do(ctx, "eth_blockNumber", func(ctx context.Context, n Node) (err error) { out, err = n.BlockNumber(ctx); return })
	return out, err
}

// HeaderByNumber returns a header; nil number means the latest.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var out *types.Header
	err := c.do(ctx, "eth_getBlockByNumber", func(ctx context.Context, n Node) (err error) {
		out, err = n.HeaderByNumber(ctx, number)
		return
	})
	return out, err
}

// HeaderByHash returns a header by hash.
func (c *Client) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	var out *types.Header
	err := c.do(ctx, "eth_getBlockByHash", func(ctx context.Context, n Node) (err error) {
		out, err = n.HeaderByHash(ctx, hash)
		return
	})
	return out, err
}

// FilterLogs runs eth_getLogs.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	err := c.do(ctx, "eth_getLogs", func(ctx context.Context, n Node) (err error) { out, err = n.FilterLogs(ctx, q); return })
	return out, err
}

// SubscribeFilterLogs is not supported through the failover client: the
// watcher follows heads and queries logs by range, which survives endpoint
// changes. It exists to satisfy bind.ContractFilterer.
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return nil, fmt.Errorf("%w: log subscriptions are not offered by the failover client; use Watcher", ErrConfig)
}

// SubscribeNewHead subscribes on the first endpoint that supports
// subscriptions (a ws:// endpoint or an in-process Node). It returns
// ErrNotFound (wrapped) when no endpoint does; callers then poll.
func (c *Client) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	c.mu.Lock()
	eps := append([]*endpoint(nil), c.eps...)
	c.mu.Unlock()
	var errs []error
	for _, ep := range eps {
		if ep.url != "" && !ep.ws {
			continue
		}
		c.mu.Lock()
		node := ep.node
		c.mu.Unlock()
		if node == nil {
			if err := c.connect(ctx, ep); err != nil {
				errs = append(errs, err)
				continue
			}
			c.mu.Lock()
			node = ep.node
			c.mu.Unlock()
		}
		// The deadline bounds the eth_subscribe request only; geth keeps
		// the subscription after it returns. Without one a request written
		// into a connection the peer has dropped waits for an answer that
		// never comes, and the watcher with it.
		sctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
		sub, err := node.SubscribeNewHead(sctx, ch)
		cancel()
		if err == nil {
			return sub, nil
		}
		cerr, transient := classify(ep.name, "eth_subscribe", err)
		if transient && ctx.Err() == nil {
			c.markDown(ep)
		}
		errs = append(errs, cerr)
	}
	if len(errs) == 0 {
		return nil, fmt.Errorf("%w: no endpoint offers subscriptions", ErrNotFound)
	}
	return nil, fmt.Errorf("%w: subscribe newHeads: %w", ErrUnavailable, errors.Join(errs...))
}

// TransactionReceipt returns the receipt of a mined transaction.
func (c *Client) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	var out *types.Receipt
	err := c.do(ctx, "eth_getTransactionReceipt", func(ctx context.Context, n Node) (err error) {
		out, err = n.TransactionReceipt(ctx, h)
		return
	})
	return out, err
}

// TransactionByHash returns a transaction and whether it is still pending.
func (c *Client) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	var out *types.Transaction
	var pending bool
	err := c.do(ctx, "eth_getTransactionByHash", func(ctx context.Context, n Node) (err error) {
		out, pending, err = n.TransactionByHash(ctx, h)
		return
	})
	return out, pending, err
}

// NonceAt returns the account nonce at a block (nil: latest).
func (c *Client) NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error) {
	var out uint64
	err := c.do(ctx, "eth_getTransactionCount", func(ctx context.Context, n Node) (err error) {
		out, err = n.NonceAt(ctx, a, block)
		return
	})
	return out, err
}

// PendingNonceAt returns the account nonce including the node's pool.
func (c *Client) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	var out uint64
	err := c.do(ctx, "eth_getTransactionCount", func(ctx context.Context, n Node) (err error) {
		out, err = n.PendingNonceAt(ctx, a)
		return
	})
	return out, err
}

// BalanceAt returns an account balance at a block (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error) {
	var out *big.Int
	err := c.do(ctx, "eth_getBalance", func(ctx context.Context, n Node) (err error) { out, err = n.BalanceAt(ctx, a, block); return })
	return out, err
}

// CodeAt returns contract code at a block (nil: latest).
func (c *Client) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, "eth_getCode", func(ctx context.Context, n Node) (err error) { out, err = n.CodeAt(ctx, a, block); return })
	return out, err
}

// PendingCodeAt returns contract code in the pending state.
func (c *Client) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	var out []byte
	err := c.do(ctx, "eth_getCode", func(ctx context.Context, n Node) (err error) { out, err = n.PendingCodeAt(ctx, a); return })
	return out, err
}

// CallContract runs eth_call at a block (nil: latest).
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, "eth_call", func(ctx context.Context, n Node) (err error) { out, err = n.CallContract(ctx, msg, block); return })
	return out, err
}

// EstimateGas runs eth_estimateGas.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var out uint64
	err := c.do(ctx, "eth_estimateGas", func(ctx context.Context, n Node) (err error) { out, err = n.EstimateGas(ctx, msg); return })
	return out, err
}

// SuggestGasPrice returns the node's legacy gas price suggestion.
func (c *Client) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	var out *big.Int
	err := c.do(ctx, "eth_gasPrice", func(ctx context.Context, n Node) (err error) { out, err = n.SuggestGasPrice(ctx); return })
	return out, err
}

// SuggestGasTipCap returns the node's priority fee suggestion.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	var out *big.Int
	err := c.do(ctx, "eth_maxPriorityFeePerGas", func(ctx context.Context, n Node) (err error) { out, err = n.SuggestGasTipCap(ctx); return })
	return out, err
}

// SendTransaction broadcasts a signed transaction. Re-sending the same
// transaction after a transport failure is safe: the node answers
// ErrAlreadyKnown, which callers treat as success.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.do(ctx, "eth_sendRawTransaction", func(ctx context.Context, n Node) error { return n.SendTransaction(ctx, tx) })
}
