package anchor

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// ErrRefused is returned when the anchor contract refuses the call before
// it is sent (gas estimation reverts): fewer than the threshold of valid
// attestations by current bridge signers, the operator not among them, or
// a height not above this operator's last anchor. The error carries the
// revert data.
var ErrRefused = errors.New("anchor: anchor contract refused the call")

// EVMReader is what the EVM checker needs from a node; *ethclient.Client
// implements it.
type EVMReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// EVMBackend is what the EVM anchorer needs; *ethclient.Client implements it.
type EVMBackend interface {
	bind.ContractBackend
	EVMReader
}

// EVMConfig configures an EVMAnchorer.
type EVMConfig struct {
	// Chain is the EIP-155 chain id (signatures are bound to it).
	Chain   chains.ChainID
	Backend EVMBackend
	// Contract is the AuditAnchor deployment.
	Contract common.Address
	// Key pays for the transaction (an operator's transactions key: the
	// contract takes its authority from the attestations, not from the
	// sender). Send uses the key's pending nonce from the node: nothing
	// else may send from this key concurrently (the anchorer serialises
	// its own calls; relayd sends through its chain's evm.Submitter
	// instead, relay/auditanchor).
	Key *ecdsa.PrivateKey
	// Operator is the operator the anchors are in the name of: one of the
	// attesters of every block anchored.
	Operator common.Address
	// Confirmations is the depth at which an anchor is final (≥ 1).
	Confirmations uint64
	// PollInterval is how often Wait asks the node (default 1s).
	PollInterval time.Duration
}

// EVMAnchorer writes audit blocks, with their attestations, into an
// AuditAnchor contract (contracts/src/AuditAnchor.sol), paid by Key.
// Calls are serialised.
type EVMAnchorer struct {
	cfg      EVMConfig
	contract *bindings.AuditAnchor
	log      zerolog.Logger
	mu       sync.Mutex
}

// NewEVM validates cfg and returns an EVMAnchorer.
func NewEVM(cfg EVMConfig, opts ...Option) (*EVMAnchorer, error) {
	switch {
	case cfg.Backend == nil:
		return nil, fmt.Errorf("%w: Backend is required", ErrConfig)
	case cfg.Key == nil:
		return nil, fmt.Errorf("%w: Key is required", ErrConfig)
	case cfg.Operator == (common.Address{}):
		return nil, fmt.Errorf("%w: Operator is required", ErrConfig)
	case cfg.Contract == (common.Address{}):
		return nil, fmt.Errorf("%w: Contract is required", ErrConfig)
	case cfg.Confirmations == 0:
		return nil, fmt.Errorf("%w: Confirmations must be at least 1", ErrConfig)
	case cfg.Chain == 0:
		return nil, fmt.Errorf("%w: Chain is required", ErrConfig)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	c, err := bindings.NewAuditAnchor(cfg.Contract, cfg.Backend)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	o := apply(opts)
	return &EVMAnchorer{cfg: cfg, contract: c, log: o.log.With().Str("component", "audit-anchor-evm").Uint64("chain", uint64(cfg.Chain)).Logger()}, nil
}

// Anchor anchors the block of header h with its attestations atts, waits
// until the transaction is final and returns the reference of its
// Anchored log. Errors: ErrRefused, ErrAttestations, ErrDropped (reverted
// or reorged out and not re-mined), ErrNode, ctx's error.
func (a *EVMAnchorer) Anchor(ctx context.Context, h audit.Header, atts []audit.Attestation) (audit.Ref, error) {
	tx, err := a.Send(ctx, h, atts)
	if err != nil {
		return audit.Ref{}, err
	}
	return a.Wait(ctx, tx.Hash())
}

// Send submits AuditAnchor.anchor(Operator, header, attestations) and
// returns the transaction. atts are sorted by signer (PackAttestations).
func (a *EVMAnchorer) Send(ctx context.Context, h audit.Header, atts []audit.Attestation) (*types.Transaction, error) {
	packed, err := PackAttestations(h.Hash(), atts, a.cfg.Operator)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	opts, err := bind.NewKeyedTransactorWithChainID(a.cfg.Key, new(big.Int).SetUint64(uint64(a.cfg.Chain)))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	opts.Context = ctx
	tx, err := a.contract.Anchor(opts, a.cfg.Operator, h.Encode(), packed)
	if err != nil {
		var de rpc.DataError
		if errors.As(err, &de) {
			return nil, fmt.Errorf("%w: anchor(%d): %s", ErrRefused, h.Height, revertReason(de.ErrorData()))
		}
		return nil, fmt.Errorf("%w: anchor(%d): %w", ErrNode, h.Height, err)
	}
	hash := h.Hash()
	a.log.Info().Uint64("height", h.Height).Hex("hash", hash[:]).Str("tx", tx.Hash().Hex()).Msg("anchor sent")
	return tx, nil
}

// Latest returns the newest anchor of the Operator on the contract; ok is
// false before its first.
func (a *EVMAnchorer) Latest(ctx context.Context) (height uint64, hash [32]byte, ok bool, err error) {
	l, err := a.contract.Latest(&bind.CallOpts{Context: ctx}, a.cfg.Operator)
	if err != nil {
		return 0, hash, false, fmt.Errorf("%w: latest(%s): %w", ErrNode, a.cfg.Operator, err)
	}
	return l.Height, l.HeadHash, l.HeadHash != [32]byte{}, nil
}

// Wait waits until txHash is mined successfully, Confirmations deep on the
// node's canonical chain, and returns the reference of its Anchored log.
func (a *EVMAnchorer) Wait(ctx context.Context, txHash common.Hash) (audit.Ref, error) {
	t := time.NewTicker(a.cfg.PollInterval)
	defer t.Stop()
	for {
		ref, err := finalAnchorLog(ctx, a.cfg.Backend, a.cfg.Chain, a.cfg.Contract, txHash, a.cfg.Confirmations)
		switch {
		case err == nil:
			return ref, nil
		case !errors.Is(err, ErrNotFinal):
			return audit.Ref{}, err
		}
		select {
		case <-ctx.Done():
			return audit.Ref{}, ctx.Err()
		case <-t.C:
		}
	}
}

// anchoredID is the topic of `event Anchored(address indexed operator,
// uint64 indexed height, bytes32 headHash, bytes attestations)`.
var anchoredID = crypto.Keccak256Hash([]byte("Anchored(address,uint64,bytes32,bytes)"))

// finalAnchorLog reads txHash's receipt and returns the reference of its
// first Anchored log from contract, once its block is on the canonical
// chain with confs confirmations. Errors: ErrNotFinal (not mined yet, or
// not deep enough), ErrDropped (reverted, or no Anchored log), ErrNode.
func finalAnchorLog(ctx context.Context, node EVMReader, chain chains.ChainID, contract common.Address, txHash common.Hash, confs uint64) (audit.Ref, error) {
	rc, err := finalReceipt(ctx, node, txHash, confs)
	if err != nil {
		return audit.Ref{}, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return audit.Ref{}, fmt.Errorf("%w: %s reverted", ErrDropped, txHash.Hex())
	}
	for _, l := range rc.Logs {
		if l.Address == contract && len(l.Topics) > 0 && l.Topics[0] == anchoredID {
			return audit.Ref{
				EventRef:  chains.EventRef{Chain: chain, TxHash: txHash, Index: uint32(l.Index)},
				BlockNum:  rc.BlockNumber.Uint64(),
				BlockHash: rc.BlockHash,
			}, nil
		}
	}
	return audit.Ref{}, fmt.Errorf("%w: %s emitted no Anchored event from %s", ErrDropped, txHash.Hex(), contract.Hex())
}

// finalReceipt returns txHash's receipt once its block is on the node's
// canonical chain with at least confs confirmations.
// Errors: ErrNotFinal (unknown, shallow, or its block is not canonical),
// ErrNode.
func finalReceipt(ctx context.Context, node EVMReader, txHash common.Hash, confs uint64) (*types.Receipt, error) {
	rc, err := node.TransactionReceipt(ctx, txHash)
	if errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("%w: %s has no receipt (unknown or pending)", ErrNotFinal, txHash.Hex())
	}
	if err != nil {
		return nil, fmt.Errorf("%w: receipt of %s: %w", ErrNode, txHash.Hex(), err)
	}
	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: head: %w", ErrNode, err)
	}
	num := rc.BlockNumber.Uint64()
	if h := head.Number.Uint64(); h < num || h-num+1 < confs {
		return nil, fmt.Errorf("%w: %s in block %d has %d of %d confirmations", ErrNotFinal, txHash.Hex(), num, int64(h)-int64(num)+1, confs)
	}
	canon, err := node.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		return nil, fmt.Errorf("%w: header %d: %w", ErrNode, num, err)
	}
	if canon.Hash() != rc.BlockHash {
		return nil, fmt.Errorf("%w: %s's block %s is no longer canonical at %d", ErrNotFinal, txHash.Hex(), rc.BlockHash.Hex(), num)
	}
	return rc, nil
}

// EVMChecker checks ANCHOR records whose reference is on one EVM chain
// against the auditor's own node and the published AuditAnchor address.
// It implements audit.ChainChecker for ANCHOR records; put it in the
// chain's audit.EventChecker as Other.
type EVMChecker struct {
	chain    chains.ChainID
	node     EVMReader
	contract common.Address
	confs    uint64
	filterer *bindings.AuditAnchorFilterer
}

// NewEVMChecker returns a checker for chain over node; contract is the
// AuditAnchor deployment; an anchor is final at confirmations (≥ 1).
func NewEVMChecker(chain chains.ChainID, node EVMReader, contract common.Address, confirmations uint64) (*EVMChecker, error) {
	if node == nil || confirmations == 0 || chain == 0 || contract == (common.Address{}) {
		return nil, fmt.Errorf("%w: EVM checker needs a chain, a node, the contract and confirmations ≥ 1", ErrConfig)
	}
	f, err := bindings.NewAuditAnchorFilterer(contract, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return &EVMChecker{chain: chain, node: node, contract: contract, confs: confirmations, filterer: f}, nil
}

// CheckRecord confirms that the ANCHOR record's transaction succeeded and
// is final in the recorded block on the canonical chain, and that its log
// REF.index is an Anchored event of the configured contract carrying
// exactly AnchorHeight and AnchorHash. Errors wrap audit.ErrChainCheck; a
// contradiction is an *audit.MismatchError naming the field.
func (c *EVMChecker) CheckRecord(ctx context.Context, r *audit.Record) error {
	if r.Kind != audit.KindAnchor {
		return fmt.Errorf("%w: the EVM anchor checker checks ANCHOR records, not %s", audit.ErrChainCheck, r.Kind)
	}
	if r.Ref.Chain != c.chain {
		return fmt.Errorf("%w: ANCHOR on chain %d given to the checker of chain %d", audit.ErrChainCheck, r.Ref.Chain, c.chain)
	}
	rc, err := finalReceipt(ctx, c.node, common.Hash(r.Ref.TxHash), c.confs)
	switch {
	case errors.Is(err, ErrNotFinal):
		return &audit.MismatchError{Field: "finality", Record: "final", Node: err.Error()}
	case err != nil:
		return fmt.Errorf("%w: ANCHOR %s: %w", audit.ErrChainCheck, r.Ref.EventRef, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return mismatch("status", "success", "reverted")
	}
	if got := rc.BlockNumber.Uint64(); got != r.Ref.BlockNum {
		return mismatch("block number", r.Ref.BlockNum, got)
	}
	if rc.BlockHash != r.Ref.BlockHash {
		return mismatch("block hash", fmt.Sprintf("%x", r.Ref.BlockHash), fmt.Sprintf("%x", rc.BlockHash))
	}
	var lg *types.Log
	for _, l := range rc.Logs {
		if l.Index == uint(r.Ref.Index) {
			lg = l
		}
	}
	if lg == nil {
		return mismatch("log index", r.Ref.Index, "no such log in the transaction")
	}
	if lg.Address != c.contract {
		return mismatch("anchor contract", c.contract.Hex(), lg.Address.Hex())
	}
	if len(lg.Topics) == 0 || lg.Topics[0] != anchoredID {
		return mismatch("event", "Anchored", "another event")
	}
	ev, err := c.filterer.ParseAnchored(*lg)
	if err != nil {
		return mismatch("event", "Anchored", err.Error())
	}
	if ev.Height != r.AnchorHeight {
		return mismatch("anchored height", r.AnchorHeight, ev.Height)
	}
	if ev.HeadHash != r.AnchorHash {
		return mismatch("anchored hash", fmt.Sprintf("%x", r.AnchorHash), fmt.Sprintf("%x", ev.HeadHash))
	}
	return nil
}

// revertReason names an AuditAnchor custom error from its revert data
// ("0x" hex), e.g. "HeightNotIncreasing(5, 5)"; unknown data is returned
// as is.
func revertReason(data any) string {
	str, _ := data.(string)
	b, err := hexutil.Decode(str)
	if err != nil || len(b) < 4 {
		return fmt.Sprintf("revert data %v", data)
	}
	parsed, err := bindings.AuditAnchorMetaData.GetAbi()
	if err != nil {
		return fmt.Sprintf("revert data %v", data)
	}
	for name, e := range parsed.Errors {
		if !bytes.Equal(e.ID[:4], b[:4]) {
			continue
		}
		args, err := e.Inputs.Unpack(b[4:])
		if err != nil {
			break
		}
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = fmt.Sprint(a)
		}
		return name + "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("revert data %s", str)
}
