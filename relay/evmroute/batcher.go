package evmroute

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/relay"
)

// Batcher returns a relay.Batcher that proposes and signs MintBatch /
// UnlockBatch for this destination and submits them with sub (nil: a
// batcher that can propose and sign, not submit).
func (a *Authorizer) Batcher(sub *evm.Submitter) relay.Batcher { return &batcher{a: a, sub: sub} }

type batcher struct {
	a   *Authorizer
	sub *evm.Submitter
}

// Epoch returns the epoch a batch proposal was made for (its Data).
func Epoch(b relay.Batch) (uint64, error) {
	if len(b.Data) != 8 {
		return 0, fmt.Errorf("%w: batch data is %d bytes, want the 8-byte epoch", ErrEpoch, len(b.Data))
	}
	return binary.BigEndian.Uint64(b.Data), nil
}

// Propose groups ready authorizations by action, source chain and asset
// (a Bridge batch is one of each), at most MaxBatch per batch, for the
// current epoch.
func (b *batcher) Propose(ctx context.Context, ready []relay.SignedAuthorization) ([]relay.Batch, error) {
	epoch, err := b.a.epochs.Epoch(ctx)
	if err != nil {
		return nil, fmt.Errorf("evmroute: read epoch: %w", err)
	}
	type key struct {
		act   relay.Action
		src   chains.ChainID
		asset chains.AssetID
	}
	idx := map[key]int{}
	var out []relay.Batch
	data := binary.BigEndian.AppendUint64(nil, epoch)
	for _, sa := range ready {
		k := key{sa.Action, sa.Source.Chain, sa.AssetID}
		i, ok := idx[k]
		if !ok || len(out[i].Items) >= b.a.cfg.MaxBatch {
			out = append(out, relay.Batch{Chain: b.a.cfg.Domain.ChainID, Data: data})
			i = len(out) - 1
			idx[k] = i
		}
		out[i].Items = append(out[i].Items, sa.Authorization)
	}
	return out, nil
}

func (b *batcher) digest(bt relay.Batch) ([32]byte, error) {
	epoch, err := Epoch(bt)
	if err != nil {
		return [32]byte{}, err
	}
	if len(bt.Items) == 0 {
		return [32]byte{}, fmt.Errorf("%w: empty batch", ErrSource)
	}
	act := bt.Items[0].Action
	ts := make([]eip712.Transfer, len(bt.Items))
	for i, it := range bt.Items {
		if it.Action != act {
			return [32]byte{}, fmt.Errorf("%w: batch mixes %s and %s", ErrSource, act, it.Action)
		}
		if ts[i], err = b.a.Transfer(it); err != nil {
			return [32]byte{}, err
		}
	}
	if act == relay.ActionUnlock {
		return eip712.UnlockBatchDigest(b.a.cfg.Domain, epoch, ts)
	}
	return eip712.MintBatchDigest(b.a.cfg.Domain, epoch, BatchDeadline(bt.Items), ts)
}

// SignBatch signs a proposal made for the epoch the bridge is in now.
func (b *batcher) SignBatch(ctx context.Context, bt relay.Batch) ([]byte, error) {
	want, err := b.a.epochs.Epoch(ctx)
	if err != nil {
		return nil, fmt.Errorf("evmroute: read epoch: %w", err)
	}
	if got, err := Epoch(bt); err != nil || got != want {
		return nil, fmt.Errorf("%w: proposal for epoch %d, bridge is in %d (%v)", ErrEpoch, got, want, err)
	}
	d, err := b.digest(bt)
	if err != nil {
		return nil, err
	}
	return b.a.sign(d)
}

// VerifyBatch checks a batch signature.
func (b *batcher) VerifyBatch(bt relay.Batch, signer common.Address, sig []byte) error {
	d, err := b.digest(bt)
	if err != nil {
		return fmt.Errorf("%w: %v", relay.ErrBadShare, err)
	}
	got, err := eip712.Recover(d, sig)
	if err != nil || got != signer {
		return fmt.Errorf("%w: batch signature of %s does not verify (%v)", relay.ErrBadShare, signer, err)
	}
	return nil
}

// SubmitBatch sends a batch signed by t operators with mintBatch or
// unlockBatch for the epoch of its proposal.
func (b *batcher) SubmitBatch(ctx context.Context, bt relay.Batch, sigs []relay.OperatorSig) (relay.SubmitResult, error) {
	if b.sub == nil {
		return relay.SubmitResult{}, fmt.Errorf("%w: no batch submitter", ErrConfig)
	}
	epoch, err := Epoch(bt)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	if len(bt.Items) == 0 {
		return relay.SubmitResult{}, fmt.Errorf("%w: empty batch", ErrSource)
	}
	first := bt.Items[0]
	items := make([]bindings.BridgeItem, len(bt.Items))
	for i, it := range bt.Items {
		if it.Action != first.Action || it.Source.Chain != first.Source.Chain || it.AssetID != first.AssetID {
			return relay.SubmitResult{}, fmt.Errorf("%w: a bridge batch has one action, source chain and asset", ErrSource)
		}
		t, err := b.a.Transfer(it)
		if err != nil {
			return relay.SubmitResult{}, err
		}
		items[i] = bindings.BridgeItem{SrcRef: t.SrcRef, SrcIndex: t.SrcIndex, Recipient: t.Recipient, Amount: t.Amount}
	}
	_, packed, err := pack(sigs, false)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	var r evm.Result
	switch first.Action {
	case relay.ActionMint:
		r, err = b.sub.MintBatch(ctx, epoch, BatchDeadline(bt.Items), uint64(first.Source.Chain), first.AssetID, items, packed)
	case relay.ActionUnlock:
		r, err = b.sub.UnlockBatch(ctx, epoch, uint64(first.Source.Chain), first.AssetID, items, packed)
	default:
		err = fmt.Errorf("%w: action %s", ErrSource, first.Action)
	}
	if err != nil {
		return relay.SubmitResult{}, classify(err)
	}
	var res relay.SubmitResult
	merge(&res, r)
	return res, nil
}
