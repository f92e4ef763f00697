package cli

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit/explorer"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
)

// serveAnchors is what audit serve reads anchors with: one source per
// EVM chain of the deployment that has an auditAnchor, or, when there is
// none, why (off, shown on the overview); close releases the nodes.
type serveAnchors struct {
	sources []explorer.AnchorSource
	chains  []chains.ChainID
	off     string
	nodes   []*lazyEVM
}

func (s *serveAnchors) close() {
	for _, n := range s.nodes {
		n.Close()
	}
}

// anchorSources builds serve's anchor sources from the deployment: each
// EVM chain's auditAnchor, read from its deploy block on the node
// bridgectl resolves for it (--rpc, else devnet.json), as 'audit verify
// --chains' reads them. A chain without an endpoint still gets a source:
// its row on the overview then names the missing --rpc. The page must
// not expose local paths, so off names flags, not files.
func (a *app) anchorSources(f *serveFlags, log zerolog.Logger) (*serveAnchors, error) {
	out := &serveAnchors{}
	if !f.anchors {
		out.off = "bridgectl audit serve was started with --anchors=false. Start it without, with the deployment file and a node of each EVM chain (devnet.json or --rpc CHAIN=URL)."
		return out, nil
	}
	dep := a.optionalDeployment()
	if dep == nil {
		log.Info().Str("deployment", a.deploymentPath()).Msg("anchors not checked: no readable deployment file (it names each EVM chain's auditAnchor)")
		out.off = "bridgectl audit serve has no deployment file, which names each EVM chain's AuditAnchor. Start it with --deployment and a node of each EVM chain (devnet.json or --rpc CHAIN=URL)."
		return out, nil
	}
	confs, err := parseChainMap(dep, "confirmations", f.confirmations)
	if err != nil {
		return nil, err
	}
	for _, c := range dep.EVMChains() {
		if c.AuditAnchor == (common.Address{}) {
			log.Info().Uint64("chain", uint64(c.ID)).Msg("anchors not checked on this chain: the deployment has no auditAnchor for it")
			continue
		}
		n, err := chainDepth(confs, c.ID, DefaultEVMConfirmations)
		if err != nil {
			out.close()
			return nil, err
		}
		url, uerr := a.evmURL(c.ID)
		node := &lazyEVM{chain: c.ID, url: url}
		if uerr != nil {
			// uerr may name local paths (devnet.json); the page gets the fix only.
			node.err = fmt.Errorf("%w: no endpoint for chain %d: pass --rpc %d=URL", ErrSetup, c.ID, c.ID)
		}
		src, err := explorer.EVMAnchors(explorer.EVMAnchorConfig{Chain: c.ID, Contract: c.AuditAnchor, Node: node, From: c.DeployBlock, Confirmations: n})
		if err != nil {
			out.close()
			return nil, fmt.Errorf("%w: %v", ErrSetup, err)
		}
		out.sources, out.chains, out.nodes = append(out.sources, src), append(out.chains, c.ID), append(out.nodes, node)
		ev := log.Info()
		if uerr != nil {
			ev = log.Warn().Err(uerr)
		}
		ev.Uint64("chain", uint64(c.ID)).Str("audit_anchor", c.AuditAnchor.Hex()).Uint64("confirmations", n).Msg("anchors: reading the chain's AuditAnchor")
	}
	if len(out.sources) == 0 {
		out.off = "the deployment file names no AuditAnchor (chains[].auditAnchor) on any EVM chain."
	}
	return out, nil
}

// lazyEVM is one chain's node for the explorer (anchor.LogReader),
// dialled at its first use and again after a dial that failed: a node
// down when serve starts is read once it is up. err, when set, is why the
// chain has no endpoint; every call returns it.
type lazyEVM struct {
	chain chains.ChainID
	url   string
	err   error

	mu sync.Mutex
	c  *evm.Client
}

func (l *lazyEVM) client(ctx context.Context) (*evm.Client, error) {
	if l.err != nil {
		return nil, l.err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.c == nil {
		c, err := evm.Dial(ctx, evm.ClientConfig{Chain: l.chain, Endpoints: []evm.Endpoint{{URL: l.url}}})
		if err != nil {
			return nil, fmt.Errorf("%w: chain %d: %v: check its endpoint (--rpc %d=URL)", ErrNode, l.chain, err, l.chain)
		}
		l.c = c
	}
	return l.c, nil
}

func (l *lazyEVM) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c, err := l.client(ctx)
	if err != nil {
		return nil, err
	}
	return c.FilterLogs(ctx, q)
}

func (l *lazyEVM) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c, err := l.client(ctx)
	if err != nil {
		return nil, err
	}
	return c.HeaderByNumber(ctx, n)
}

// Close closes the connection, if one was made.
func (l *lazyEVM) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.c != nil {
		l.c.Close()
		l.c = nil
	}
}
