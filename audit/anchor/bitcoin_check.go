package anchor

import (
	"context"
	"errors"
	"fmt"

	"github.com/btcsuite/btcd/chaincfg/chainhash"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// BitcoinChecker checks ANCHOR records whose reference is on a Bitcoin
// chain against the auditor's own btcd node. It implements
// audit.ChainChecker for ANCHOR records only (audit/btccheck routes the
// Bitcoin ANCHOR records to it and checks the other kinds itself).
type BitcoinChecker struct {
	chain chains.ChainID
	node  BitcoinReader
	confs uint32
}

// NewBitcoinChecker returns a checker for chain over node; an anchor is
// final at confirmations (≥ 1) confirmations.
func NewBitcoinChecker(chain chains.ChainID, node BitcoinReader, confirmations uint32) (*BitcoinChecker, error) {
	if node == nil || confirmations == 0 || chain == 0 {
		return nil, fmt.Errorf("%w: Bitcoin checker needs a chain, a node and confirmations ≥ 1", ErrConfig)
	}
	return &BitcoinChecker{chain: chain, node: node, confs: confirmations}, nil
}

// CheckRecord confirms that the ANCHOR record's transaction is final on the
// node's best chain in the recorded block, and that its output REF.index
// is the OP_RETURN anchor payload of exactly AnchorHeight and AnchorHash.
// (That AnchorHash is the hash of block AnchorHeight, audit.Verify checks
// itself.) Errors wrap audit.ErrChainCheck; a contradiction is an
// *audit.MismatchError naming the field.
func (c *BitcoinChecker) CheckRecord(ctx context.Context, r *audit.Record) error {
	if r.Kind != audit.KindAnchor {
		return fmt.Errorf("%w: the Bitcoin anchor checker checks ANCHOR records, not %s", audit.ErrChainCheck, r.Kind)
	}
	if r.Ref.Chain != c.chain {
		return fmt.Errorf("%w: ANCHOR on chain %d given to the checker of chain %d", audit.ErrChainCheck, r.Ref.Chain, c.chain)
	}
	txid := chainhash.Hash(displayOrder(r.Ref.TxHash))
	ft, err := readFinal(ctx, c.node, txid, c.confs)
	switch {
	case errors.Is(err, ErrNotFinal):
		return &audit.MismatchError{Field: "finality", Record: "final", Node: err.Error()}
	case err != nil:
		return fmt.Errorf("%w: ANCHOR %s: %w", audit.ErrChainCheck, r.Ref.EventRef, err)
	}
	if got := uint64(ft.height); got != r.Ref.BlockNum {
		return mismatch("block number", r.Ref.BlockNum, got)
	}
	if got := displayOrder(ft.block); got != r.Ref.BlockHash {
		return mismatch("block hash", fmt.Sprintf("%x", r.Ref.BlockHash), fmt.Sprintf("%x", got))
	}
	if int(r.Ref.Index) >= len(ft.tx.TxOut) {
		return mismatch("output index", r.Ref.Index, fmt.Sprintf("the transaction has %d outputs", len(ft.tx.TxOut)))
	}
	height, hash, err := PayloadFromScript(ft.tx.TxOut[r.Ref.Index].PkScript)
	if err != nil {
		return mismatch("anchor payload", "an anchor payload", err.Error())
	}
	if height != r.AnchorHeight {
		return mismatch("anchored height", r.AnchorHeight, height)
	}
	if hash != r.AnchorHash {
		return mismatch("anchored hash", fmt.Sprintf("%x", r.AnchorHash), fmt.Sprintf("%x", hash))
	}
	return nil
}

func mismatch(field string, rec, node any) error {
	return &audit.MismatchError{Field: field, Record: fmt.Sprint(rec), Node: fmt.Sprint(node)}
}
