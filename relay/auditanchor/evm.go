package auditanchor

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// Sender sends a contract call from the operator's transactions key and
// waits until it is mined; *evm.Submitter implements it (the key's one
// nonce manager on that chain).
type Sender interface {
	From() common.Address
	Call(ctx context.Context, method string, build func(*bind.TransactOpts) (*types.Transaction, error)) (evm.Result, error)
}

// EVMTarget anchors into one EVM chain's AuditAnchor contract.
type EVMTarget struct {
	chain    chains.ChainID
	contract common.Address
	anchor   *bindings.AuditAnchor
	send     Sender
}

// NewEVMTarget returns the target of contract on chain, read through
// backend and written through send.
func NewEVMTarget(chain chains.ChainID, contract common.Address, backend bind.ContractBackend, send Sender) (*EVMTarget, error) {
	if chain == 0 || contract == (common.Address{}) || backend == nil || send == nil {
		return nil, fmt.Errorf("%w: an EVM target needs the chain, the AuditAnchor address, a backend and a sender", ErrConfig)
	}
	c, err := bindings.NewAuditAnchor(contract, backend)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return &EVMTarget{chain: chain, contract: contract, anchor: c, send: send}, nil
}

// ID is the chain's id.
func (t *EVMTarget) ID() chains.ChainID { return t.chain }

// Latest reads AuditAnchor.latest(operator).
func (t *EVMTarget) Latest(ctx context.Context, operator common.Address) (uint64, bool, error) {
	l, err := t.anchor.Latest(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return 0, false, fmt.Errorf("chain %d: AuditAnchor %s latest(%s): %w", t.chain, t.contract, operator, err)
	}
	return l.Height, l.HeadHash != [32]byte{}, nil
}

// Anchor sends AuditAnchor.anchor(operator, header, attestations) and
// waits until it is mined.
func (t *EVMTarget) Anchor(ctx context.Context, operator common.Address, h *audit.Header, attestations []byte) (Sent, error) {
	res, err := t.send.Call(ctx, "anchor", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.anchor.Anchor(o, operator, h.Encode(), attestations)
	})
	if err != nil {
		return Sent{}, t.failure(err)
	}
	return Sent{TxHash: res.TxHash, GasUsed: res.Receipt.GasUsed}, nil
}

// failure says what a failed anchor means and what to do about it.
func (t *EVMTarget) failure(err error) *Failure {
	f := &Failure{Result: "error", Err: fmt.Errorf("chain %d: %w", t.chain, err)}
	var re *evm.RevertError
	switch {
	case errors.As(err, &re):
		f.Result = "refused"
		switch re.Name {
		case "HeightNotIncreasing":
			f.AlreadyAnchored, f.Fix = true, "none"
		case "NotSigner", "BelowThreshold", "OperatorNotAttesting", "DuplicateSigner", "SignersNotSorted", "InvalidAttestation":
			f.Fix = fmt.Sprintf("the bridge's current signer set on chain %d does not match the audit chain's: compare 'bridgectl signers' with the audit chain's SIGNERSET", t.chain)
		default:
			f.Fix = fmt.Sprintf("check that the deployment's auditAnchor %s on chain %d is an AuditAnchor over the chain's bridge", t.contract, t.chain)
		}
	case errors.Is(err, evm.ErrInsufficientFunds):
		f.Fix = fmt.Sprintf("fund the transactions key %s on chain %d", t.send.From(), t.chain)
	case errors.Is(err, evm.ErrUnavailable):
		f.Fix = fmt.Sprintf("check this operator's node for chain %d", t.chain)
	default:
		f.Fix = fmt.Sprintf("check this operator's node for chain %d and the transactions key %s", t.chain, t.send.From())
	}
	return f
}
