package evmroute

import (
	"context"
	"errors"
	"fmt"

	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/relay"
)

// Submitter sends signed authorizations to an EVM bridge, one mint or
// unlock transaction per authorization with the t individual signatures
// (relay.Submitter). Batches go through the Authorizer's Batcher.
type Submitter struct {
	Auth *Authorizer
	EVM  *evm.Submitter
}

// Submit implements relay.Submitter. Authorizations are sent one by one;
// the first failure stops the batch and is returned with what was done
// before it (the coordinator retries the rest).
func (s *Submitter) Submit(ctx context.Context, batch []relay.SignedAuthorization) (relay.SubmitResult, error) {
	var res relay.SubmitResult
	for _, sa := range batch {
		t, err := s.Auth.Transfer(sa.Authorization)
		if err != nil {
			return res, err
		}
		epoch, sigs, err := pack(sa.Signatures, true)
		if err != nil {
			return res, fmt.Errorf("transfer %s: %w", sa.TransferID, err)
		}
		var r evm.Result
		switch sa.Action {
		case relay.ActionMint:
			r, err = s.EVM.Mint(ctx, epoch, Deadline(sa.Authorization), t.Binding(), sigs)
		case relay.ActionUnlock:
			r, err = s.EVM.Unlock(ctx, epoch, t.Binding(), sigs)
		default:
			err = fmt.Errorf("%w: action %s", ErrSource, sa.Action)
		}
		if err != nil {
			return res, fmt.Errorf("transfer %s: %w", sa.TransferID, classify(err))
		}
		merge(&res, r)
	}
	return res, nil
}

// pack turns operator signatures (sorted by signer, as the coordinator
// hands them) into the bridge's packed form. Shares carry their epoch
// (Split): all must name the same one.
func pack(sigs []relay.OperatorSig, shares bool) (uint64, []byte, error) {
	var epoch uint64
	out := make([]eip712.Share, len(sigs))
	for i, s := range sigs {
		sig := s.Signature
		if shares {
			e, raw, err := Split(s.Signature)
			if err != nil {
				return 0, nil, err
			}
			if i > 0 && e != epoch {
				return 0, nil, fmt.Errorf("%w: shares signed for epochs %d and %d", ErrEpoch, epoch, e)
			}
			epoch, sig = e, raw
		}
		out[i] = eip712.Share{Signer: s.Signer, Sig: sig}
	}
	packed, err := eip712.Pack(out)
	return epoch, packed, err
}

func merge(res *relay.SubmitResult, r evm.Result) {
	if len(r.Submitted) > 0 {
		res.TxID = r.TxHash.Hex()
	}
	res.Submitted = append(res.Submitted, r.Submitted...)
	res.AlreadyProcessed = append(res.AlreadyProcessed, r.AlreadyProcessed...)
}

// batchWide are the bridge's refusals that concern a submission as a
// whole — the bridge's state, the signatures, or a gas limit below what a
// payout's allowance needs — not any one of its items: splitting the batch
// would not help, so they are retried as they are.
var batchWide = map[string]bool{
	"BridgePaused": true, "WrongEpoch": true, "EmptyBatch": true, "MalformedSignatures": true, "BelowThreshold": true,
	"InvalidSignature": true, "DuplicateSigner": true, "SignersNotSorted": true, "NotSigner": true,
	"InsufficientGas": true,
}

// classify returns relay.Rejected of a revert the bridge answers
// for the items themselves (a reserved recipient, a batch over the rate
// bucket, an amount above what is locked), so that
// the coordinator splits the batch to isolate the item at fault. Other
// errors (the node unreachable, fees, a paused bridge) are returned as
// they are and retried.
func classify(err error) error {
	var re *evm.RevertError
	if !errors.As(err, &re) || batchWide[re.Name] {
		return err
	}
	return relay.Rejected(err)
}
