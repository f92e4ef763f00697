package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// Why a refund is refused before anything is signed.
var (
	// ErrNoSource: the source bridge has no Locked or Burned event of the nonce.
	ErrNoSource = errors.New("deploy: no lock or burn with this nonce")
	// ErrNotFinal: an event the refund rests on has fewer confirmations
	// than its chain's finality depth.
	ErrNotFinal = errors.New("deploy: not final yet")
	// ErrNotCancelled: the destination has no Cancelled event of the
	// transfer (it may still execute there: a refund now could pay twice).
	ErrNotCancelled = errors.New("deploy: not cancelled at its destination")
	// ErrRefunded: the source bridge already refunded the nonce.
	ErrRefunded = errors.New("deploy: already refunded")
)

// RefundSource is a lock or burn of a bridge, what a refund returns: the
// fields of its Locked or Burned event, read from the operator's own node.
type RefundSource struct {
	Chain      chains.ChainID
	Bridge     common.Address
	Nonce      uint64
	TransferID chains.TransferID
	Kind       chains.EventKind // KindLocked or KindBurned
	AssetID    common.Hash
	Sender     common.Address
	Amount     *big.Int
	DstChain   chains.ChainID
	Block      uint64
}

// FindSource reads the Locked or Burned event of bridge addr's nonce on
// chain from b, searching from block from (the bridge's deploy block).
func FindSource(ctx context.Context, b Backend, chain chains.ChainID, addr common.Address, nonce, from uint64) (RefundSource, error) {
	f, err := bindings.NewBridgeFilterer(addr, b)
	if err != nil {
		return RefundSource{}, err
	}
	id := chains.EVMTransferID(chain, addr, nonce)
	opts := &bind.FilterOpts{Context: ctx, Start: from}
	src := RefundSource{Chain: chain, Bridge: addr, Nonce: nonce, TransferID: id}
	locks, err := f.FilterLocked(opts, [][32]byte{id}, nil, nil)
	if err != nil {
		return RefundSource{}, fmt.Errorf("read Locked events: %w", err)
	}
	for locks.Next() {
		e := locks.Event
		src.Kind, src.AssetID, src.Sender, src.Amount, src.DstChain, src.Block = chains.KindLocked, e.AssetId, e.Sender, e.Amount, chains.ChainID(e.DstChain), e.Raw.BlockNumber
	}
	if err := locks.Error(); err != nil {
		return RefundSource{}, err
	}
	if src.Kind != 0 {
		return src, nil
	}
	burns, err := f.FilterBurned(opts, [][32]byte{id}, nil, nil)
	if err != nil {
		return RefundSource{}, fmt.Errorf("read Burned events: %w", err)
	}
	for burns.Next() {
		e := burns.Event
		src.Kind, src.AssetID, src.Sender, src.Amount, src.DstChain, src.Block = chains.KindBurned, e.AssetId, e.Sender, e.Amount, chains.ChainID(e.DstChain), e.Raw.BlockNumber
	}
	if err := burns.Error(); err != nil {
		return RefundSource{}, err
	}
	if src.Kind == 0 {
		return RefundSource{}, fmt.Errorf("%w: nonce %d of the bridge %s on chain %d", ErrNoSource, nonce, addr, chain)
	}
	return src, nil
}

// RefundCheck names the two bridges of a refund and how deep each
// chain's finality is (the deployment's confirmations).
type RefundCheck struct {
	Source            Backend
	SourceBridge      common.Address
	SourceChain       chains.ChainID
	SourceDeployBlock uint64
	SourceConf        uint64
	// Dest is a node of the transfer's destination chain, DestBridge its
	// bridge; DestConf its finality depth, DestDeployBlock where to search.
	Dest            Backend
	DestBridge      common.Address
	DestDeployBlock uint64
	DestConf        uint64
}

// Refundable is what an honest signer checks on its own nodes before it
// signs Refund for lock or burn nonce (docs/contracts.md, "Refunds"):
// the source event exists and is final, the source bridge has not
// refunded it, and its destination bridge has a final Cancelled event of
// its transfer — so it can never execute there, and a refund cannot pay
// it twice. It returns the source event the refund must name.
func (c RefundCheck) Refundable(ctx context.Context, nonce uint64) (RefundSource, error) {
	src, err := FindSource(ctx, c.Source, c.SourceChain, c.SourceBridge, nonce, c.SourceDeployBlock)
	if err != nil {
		return RefundSource{}, err
	}
	if err := final(ctx, c.Source, src.Block, c.SourceConf, fmt.Sprintf("the %s of nonce %d", src.Kind, nonce)); err != nil {
		return RefundSource{}, err
	}
	bridge, err := bindings.NewBridge(c.SourceBridge, c.Source)
	if err != nil {
		return RefundSource{}, err
	}
	done, err := bridge.IsRefunded(&bind.CallOpts{Context: ctx}, nonce)
	if err != nil {
		return RefundSource{}, fmt.Errorf("read isRefunded: %w", err)
	}
	if done {
		return RefundSource{}, fmt.Errorf("%w: nonce %d of chain %d", ErrRefunded, nonce, c.SourceChain)
	}
	f, err := bindings.NewBridgeFilterer(c.DestBridge, c.Dest)
	if err != nil {
		return RefundSource{}, err
	}
	it, err := f.FilterCancelled(&bind.FilterOpts{Context: ctx, Start: c.DestDeployBlock}, [][32]byte{src.TransferID})
	if err != nil {
		return RefundSource{}, fmt.Errorf("read Cancelled events: %w", err)
	}
	var cancel *types.Log
	for it.Next() {
		l := it.Event.Raw
		cancel = &l
	}
	if err := it.Error(); err != nil {
		return RefundSource{}, err
	}
	if cancel == nil {
		return RefundSource{}, fmt.Errorf("%w: transfer %s has no Cancelled event on chain %d (bridgectl cancel --chain %d --source %d:%d first)",
			ErrNotCancelled, src.TransferID, src.DstChain, src.DstChain, c.SourceChain, nonce)
	}
	if err := final(ctx, c.Dest, cancel.BlockNumber, c.DestConf, "its cancel"); err != nil {
		return RefundSource{}, err
	}
	return src, nil
}

// final checks that block n has at least conf confirmations on b.
func final(ctx context.Context, b Backend, n, conf uint64, what string) error {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	tip := head.Number.Uint64()
	if got := tip + 1 - min(n, tip+1); got < conf {
		return fmt.Errorf("%w: %s has %d of %d confirmations", ErrNotFinal, what, got, conf)
	}
	return nil
}

// RefundDigest is the digest signers sign to refund src on its bridge
// at the bridge's current epoch.
func RefundDigest(ctx context.Context, b Backend, src RefundSource) (common.Hash, uint64, error) {
	bridge, err := bindings.NewBridge(src.Bridge, b)
	if err != nil {
		return common.Hash{}, 0, err
	}
	cfg, err := bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("read bridge config: %w", err)
	}
	dom := eip712.Domain{ChainID: src.Chain, Bridge: src.Bridge}
	return eip712.RefundDigest(dom, cfg.Epoch, src.Nonce, src.AssetID, src.Sender, src.Amount), cfg.Epoch, nil
}

// Refund submits Bridge.refund for src with quorum signatures from s over
// its RefundDigest: the lock is unlocked (or the burn minted again) to
// its sender. Check it with RefundCheck.Refundable first: the bridge
// cannot see the destination.
func Refund(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, src RefundSource, s Signer, opts ...Option) (*types.Receipt, error) {
	bridge, err := bindings.NewBridge(src.Bridge, b)
	if err != nil {
		return nil, err
	}
	digest, epoch, err := RefundDigest(ctx, b, src)
	if err != nil {
		return nil, err
	}
	sigs, err := Quorum(ctx, bridge, digest, s)
	if err != nil {
		return nil, err
	}
	return Send(ctx, b, sender, fmt.Sprintf("refund nonce %d on %d", src.Nonce, src.Chain), func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return bridge.Refund(auth, epoch, src.Nonce, src.AssetID, src.Sender, src.Amount, sigs)
	}, opts...)
}
