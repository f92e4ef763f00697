package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
)

// anchorLine is one EVM chain's anchors in `audit verify --chains`.
type anchorLine struct {
	Chain    chains.ChainID `json:"chain"`
	Name     string         `json:"name,omitempty"`
	Contract common.Address `json:"contract"`
	// Anchors are the final Anchored events found; Checked of them are at
	// or below the verified head and were checked against it (the rest
	// anchor blocks this copy of the chain does not reach yet).
	Anchors int `json:"anchors"`
	Checked int `json:"checked"`
	// Newest is the highest checked anchor; absent when there is none.
	Newest *anchorRef `json:"newest,omitempty"`
}

// anchorRef is one anchor: the block, who anchored it, where.
type anchorRef struct {
	Height   uint64         `json:"height"`
	Hash     string         `json:"hash"`
	Operator common.Address `json:"operator"`
	Tx       common.Hash    `json:"tx"`
	Block    uint64         `json:"block"`
}

// checkAnchors reads every final Anchored event of each source's contract
// from its node and checks each against the verified chain v: the hash at
// its height, and its attestations. A conflict fails, naming the operator.
func checkAnchors(ctx context.Context, srcs []anchorSource, v *anchor.Verified) ([]anchorLine, error) {
	out := make([]anchorLine, 0, len(srcs))
	for _, s := range srcs {
		found, err := anchor.FindEVM(ctx, s.node, s.chain.ID, s.contract, s.chain.DeployBlock, s.confs)
		if errors.Is(err, anchor.ErrNode) {
			return nil, fmt.Errorf("%w: %w: check the endpoint (--rpc) and retry", ErrNode, err)
		}
		if err != nil {
			return nil, &anchorError{err: err}
		}
		sum, err := anchor.CheckAllEVM(s.chain.ID, s.contract, found, v)
		if err != nil {
			return nil, &anchorError{err: err}
		}
		line := anchorLine{Chain: s.chain.ID, Name: s.chain.Name, Contract: s.contract, Anchors: sum.Anchors, Checked: sum.Checked}
		if n := sum.Newest; n != nil {
			line.Newest = &anchorRef{Height: n.Height, Hash: fmt.Sprintf("0x%x", n.Hash), Operator: n.Operator, Tx: n.Ref.TxHash, Block: n.Ref.BlockNum}
		}
		out = append(out, line)
	}
	return out, nil
}

// printAnchors is the text form of the anchor lines.
func printAnchors(w io.Writer, lines []anchorLine, names auditNames) {
	for _, l := range lines {
		what := fmt.Sprintf("anchors on %s (%s): %d final", names.chain(l.Chain), l.Contract.Hex(), l.Anchors)
		if l.Newest == nil {
			fmt.Fprintf(w, "%s, none of the verified chain yet\n", what)
			continue
		}
		fmt.Fprintf(w, "%s, %d checked; newest anchored height %d (%s) by %s in tx %s\n",
			what, l.Checked, l.Newest.Height, l.Newest.Hash, l.Newest.Operator.Hex(), l.Newest.Tx.Hex())
		if beyond := l.Anchors - l.Checked; beyond > 0 {
			fmt.Fprintf(w, "  %d anchor(s) above the verified head: verify a newer copy of the chain to check them\n", beyond)
		}
	}
}

// anchorError is an anchor that contradicts the verified chain (or whose
// attestations do not make it valid): the audit fails.
type anchorError struct{ err error }

func (e *anchorError) Error() string   { return e.err.Error() }
func (e *anchorError) Unwrap() []error { return []error{ErrAuditFailed, e.err} }

// jsonFields names the anchor in the --json error object.
func (e *anchorError) jsonFields() map[string]any {
	var ce *anchor.ConflictError
	if !errors.As(e.err, &ce) {
		return map[string]any{"reason": e.err.Error()}
	}
	a := ce.Anchor
	return map[string]any{"chain": a.Chain, "operator": a.Operator, "height": a.Height, "anchoredHash": fmt.Sprintf("0x%x", a.Hash),
		"verifiedHash": fmt.Sprintf("0x%x", ce.Verified), "tx": common.Hash(a.Ref.TxHash), "reason": "conflicting anchor"}
}

// anchorsNotOf says why the federation's anchors are not checked against
// the verified chain, or "" when they are: they anchor the shared chain,
// whose genesis names the federation; an operator's own ledger — its
// genesis names that operator alone, 1-of-1 — has other blocks at the same
// heights, which are no conflict. (The deployment's current set may have
// rotated since the shared chain's genesis, so only the 1-of-1 shape is
// told apart; a federation of one operator has one chain shape for both.)
func anchorsNotOf(v *anchor.Verified, dep *deployment.Deployment) string {
	gen := v.GenesisSet()
	if dep == nil || gen == nil || len(dep.Signers.Addresses) < 2 || len(gen.Signers) != 1 {
		return ""
	}
	return fmt.Sprintf("this chain's genesis names %s alone (1-of-1): an operator's own ledger, not the federation's shared chain the anchors are of (verify that with --url)", gen.Signers[0].Hex())
}
