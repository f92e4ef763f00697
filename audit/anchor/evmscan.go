package anchor

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// EVMAnchor is one Anchored event of an AuditAnchor contract, as an
// auditor finds it in the chain's logs.
type EVMAnchor struct {
	Chain        chains.ChainID
	Operator     common.Address
	Height       uint64
	Hash         [32]byte
	Attestations []audit.Attestation
	// Ref is the event: transaction, log index, block.
	Ref audit.Ref
}

// LogReader is what FindEVM needs from a node; *ethclient.Client and
// chains/evm.Client implement it.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// scanSpan bounds one eth_getLogs query (nodes cap the range they serve).
const scanSpan = 10_000

// FindEVM returns the final Anchored events of contract on chain, from
// block from on: those at least confirmations (≥ 1) deep on the node's
// canonical chain, in chain order. Errors: ErrConfig, ErrNode, and
// ErrAttestations for an event that does not decode (which the contract
// cannot emit: a different contract at that address).
func FindEVM(ctx context.Context, node LogReader, chain chains.ChainID, contract common.Address, from, confirmations uint64) ([]EVMAnchor, error) {
	found, _, err := ScanEVM(ctx, node, chain, contract, from, confirmations)
	return found, err
}

// ScanEVM is FindEVM that also returns next, the first block it did not
// scan (from, when no block from on is final yet): a follower passes it
// as from to the next call and reads only the anchors that became final
// since, each once. On error next is from.
func ScanEVM(ctx context.Context, node LogReader, chain chains.ChainID, contract common.Address, from, confirmations uint64) (found []EVMAnchor, next uint64, err error) {
	if node == nil || confirmations == 0 || contract == (common.Address{}) {
		return nil, from, fmt.Errorf("%w: reading anchors needs a node, the contract and confirmations ≥ 1", ErrConfig)
	}
	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, from, fmt.Errorf("%w: chain %d head: %w", ErrNode, chain, err)
	}
	if head.Number.Uint64()+1 < from+confirmations {
		return nil, from, nil
	}
	last := head.Number.Uint64() + 1 - confirmations
	f, err := bindings.NewAuditAnchorFilterer(contract, nil)
	if err != nil {
		return nil, from, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	for lo := from; lo <= last; lo += scanSpan {
		hi := min(lo+scanSpan-1, last)
		logs, err := node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{contract}, Topics: [][]common.Hash{{anchoredID}}})
		if err != nil {
			return nil, from, fmt.Errorf("%w: chain %d logs %d-%d: %w", ErrNode, chain, lo, hi, err)
		}
		for _, l := range logs {
			a, err := decodeAnchored(f, chain, l)
			if err != nil {
				return nil, from, err
			}
			found = append(found, a)
		}
	}
	return found, last + 1, nil
}

func decodeAnchored(f *bindings.AuditAnchorFilterer, chain chains.ChainID, l types.Log) (EVMAnchor, error) {
	ev, err := f.ParseAnchored(l)
	if err != nil {
		return EVMAnchor{}, fmt.Errorf("%w: chain %d tx %s log %d: %w", ErrAttestations, chain, l.TxHash.Hex(), l.Index, err)
	}
	atts, err := UnpackAttestations(ev.Attestations)
	if err != nil {
		return EVMAnchor{}, fmt.Errorf("chain %d tx %s: %w", chain, l.TxHash.Hex(), err)
	}
	return EVMAnchor{
		Chain: chain, Operator: ev.Operator, Height: ev.Height, Hash: ev.HeadHash, Attestations: atts,
		Ref: audit.Ref{EventRef: chains.EventRef{Chain: chain, TxHash: l.TxHash, Index: uint32(l.Index)}, BlockNum: l.BlockNumber, BlockHash: l.BlockHash},
	}, nil
}

// Verified is what an auditor verified of the audit chain, kept to check
// anchors against: the hash of every block and the signer set in force
// for it (40 bytes per block). Use Add as audit.VerifyOptions.Verified.
type Verified struct {
	hashes [][32]byte
	sets   []*audit.SignerSet
}

// Add records a verified block and the set that attested it. Blocks come
// in height order from genesis (as Verify calls it).
func (v *Verified) Add(b *audit.Block, set *audit.SignerSet) {
	if b.Header.Height != uint64(len(v.hashes)) {
		return // not the next height: Verify never does this
	}
	v.hashes = append(v.hashes, b.Header.Hash())
	v.sets = append(v.sets, set)
}

// GenesisSet is the signer set of the verified chain's genesis (nil
// before any block): which chain this is. The anchors of a federation's
// AuditAnchor are of its shared chain, whose genesis names the
// federation; an operator's own 1-of-1 ledger is not what they anchor.
func (v *Verified) GenesisSet() *audit.SignerSet {
	if len(v.sets) == 0 {
		return nil
	}
	return v.sets[0]
}

// HashAt returns the hash of the verified block at height h.
func (v *Verified) HashAt(h uint64) ([32]byte, bool) {
	if h >= uint64(len(v.hashes)) {
		return [32]byte{}, false
	}
	return v.hashes[h], true
}

// ConflictError is an anchor whose hash is not the verified chain's at
// its height: the operator it names attested (its signature is in the
// event) a block the verified chain does not hold.
type ConflictError struct {
	Anchor   EVMAnchor
	Verified [32]byte // the verified chain's hash at Anchor.Height
}

func (e *ConflictError) Error() string {
	a := e.Anchor
	return fmt.Sprintf("%v: operator %s anchored height %d as %x on chain %d (tx %s, block %d), the verified chain has %x",
		ErrConflict, a.Operator.Hex(), a.Height, a.Hash, a.Chain, common.Hash(a.Ref.TxHash).Hex(), a.Ref.BlockNum, e.Verified)
}

func (e *ConflictError) Unwrap() error { return ErrConflict }

// CheckEVM checks one anchor against the verified chain: its hash is the
// hash of the block at its height (else a *ConflictError naming the
// operator), and its attestations are valid for that block by the signer
// set in force for it, at least its threshold, the operator among them
// (else ErrAttestations). An anchor above the verified head is
// ErrBeyondHead: nothing to compare it with yet.
func CheckEVM(a EVMAnchor, v *Verified) error {
	want, ok := v.HashAt(a.Height)
	if !ok {
		return fmt.Errorf("%w: chain %d height %d by %s, verified head %d", ErrBeyondHead, a.Chain, a.Height, a.Operator.Hex(), len(v.hashes)-1)
	}
	if a.Hash != want {
		return &ConflictError{Anchor: a, Verified: want}
	}
	if err := audit.CheckAttestations(v.sets[a.Height], a.Hash, a.Attestations); err != nil {
		return fmt.Errorf("%w: chain %d height %d by %s: %w", ErrAttestations, a.Chain, a.Height, a.Operator.Hex(), err)
	}
	for _, at := range a.Attestations {
		if by, err := at.Signer(a.Hash); err == nil && by == a.Operator {
			return nil
		}
	}
	return fmt.Errorf("%w: chain %d height %d: operator %s is not among the attesters", ErrAttestations, a.Chain, a.Height, a.Operator.Hex())
}

// EVMSummary is the result of checking every anchor of one chain.
type EVMSummary struct {
	Chain    chains.ChainID
	Contract common.Address
	// Anchors is the number of final anchors found; Checked of them were
	// compared with the verified chain (the rest are beyond its head).
	Anchors, Checked int
	// Newest is the highest checked anchor (nil when none).
	Newest *EVMAnchor
}

// CheckAllEVM checks anchors (FindEVM's) against v. It stops at the
// first that fails: a *ConflictError, or ErrAttestations.
func CheckAllEVM(chain chains.ChainID, contract common.Address, anchors []EVMAnchor, v *Verified) (EVMSummary, error) {
	s := EVMSummary{Chain: chain, Contract: contract, Anchors: len(anchors)}
	for i := range anchors {
		a := &anchors[i]
		err := CheckEVM(*a, v)
		switch {
		case errors.Is(err, ErrBeyondHead):
			continue
		case err != nil:
			return s, err
		}
		s.Checked++
		if s.Newest == nil || a.Height > s.Newest.Height {
			s.Newest = a
		}
	}
	return s, nil
}
