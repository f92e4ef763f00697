package evmroute

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/relay"
)

// Errors of this package.
var (
	ErrConfig   = errors.New("evmroute: invalid configuration")
	ErrSource   = errors.New("evmroute: cannot name the transfer's source")
	ErrEpoch    = errors.New("evmroute: epoch mismatch")
	ErrReadOnly = errors.New("evmroute: verify-only authorizer cannot sign")
)

// AuthorizerConfig describes one EVM destination and the source chains
// whose transfers it receives.
type AuthorizerConfig struct {
	// Domain is the destination bridge's EIP-712 domain.
	Domain eip712.Domain
	// EVMBridges maps each EVM source chain to its Bridge address; a
	// transfer from it is named (srcRef = bridge, srcIndex = nonce).
	EVMBridges map[chains.ChainID]common.Address
	// BitcoinChains are Bitcoin source chains; a deposit is named
	// (srcRef = txid in display order = EventRef.TxHash, srcIndex = vout).
	BitcoinChains []chains.ChainID
	// MaxBatch bounds the items of one proposed batch (default 64).
	MaxBatch int
}

// Epochs reads the signer-set epoch the destination bridge is in
// (EpochReader reads it from the contract).
type Epochs interface {
	Epoch(ctx context.Context) (uint64, error)
}

// Authorizer signs Mint/Unlock authorizations for one EVM destination as
// the Bridge verifies them (EIP-712, contracts/eip712) and checks other
// operators' shares. It implements relay.Authorizer; Batcher adds the
// MintBatch/UnlockBatch proposals.
//
// Share signatures are u64be(epoch) ‖ 65-byte [R ‖ S ‖ V] (V ∈ {27, 28}):
// the epoch the signer read when it signed travels with the signature, so
// a verifier does not depend on reading the same epoch (see Split).
type Authorizer struct {
	cfg    AuthorizerConfig
	key    relay.HashSigner
	epochs Epochs
}

// NewAuthorizer returns an authorizer. A nil key gives a verify-only
// authorizer.
func NewAuthorizer(cfg AuthorizerConfig, key relay.HashSigner, epochs Epochs) (*Authorizer, error) {
	switch {
	case cfg.Domain.ChainID == 0 || cfg.Domain.Bridge == (common.Address{}):
		return nil, fmt.Errorf("%w: domain needs the destination chain id and bridge address", ErrConfig)
	case epochs == nil:
		return nil, fmt.Errorf("%w: no epoch reader", ErrConfig)
	}
	for c := range cfg.EVMBridges {
		if slices.Contains(cfg.BitcoinChains, c) {
			return nil, fmt.Errorf("%w: chain %d listed as both EVM and Bitcoin source", ErrConfig, c)
		}
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 64
	}
	return &Authorizer{cfg: cfg, key: key, epochs: epochs}, nil
}

// Transfer names an authorization as the Bridge's Transfer struct and
// checks that the Bridge would derive the same transferId from it.
func (a *Authorizer) Transfer(au relay.Authorization) (eip712.Transfer, error) {
	if au.DstChain != a.cfg.Domain.ChainID {
		return eip712.Transfer{}, fmt.Errorf("%w: authorization for chain %d, authorizer for %d", ErrSource, au.DstChain, a.cfg.Domain.ChainID)
	}
	if len(au.Recipient) != common.AddressLength {
		return eip712.Transfer{}, fmt.Errorf("%w: recipient is %d bytes, an EVM address is 20", ErrSource, len(au.Recipient))
	}
	t := eip712.Transfer{SrcChain: au.Source.Chain, AssetID: au.AssetID, Recipient: common.BytesToAddress(au.Recipient), Amount: au.Amount}
	src := au.Source.Chain
	if bridge, ok := a.cfg.EVMBridges[src]; ok {
		t.SrcRef, t.SrcIndex = eip712.EVMSource(bridge, au.Nonce)
	} else if slices.Contains(a.cfg.BitcoinChains, src) {
		t.SrcRef, t.SrcIndex = au.Source.TxHash, uint64(au.Source.Index)
	} else {
		return eip712.Transfer{}, fmt.Errorf("%w: source chain %d is not configured", ErrSource, src)
	}
	if id := t.ID(); id != au.TransferID {
		return eip712.Transfer{}, fmt.Errorf("%w: the bridge would derive transfer id %s, the event says %s", ErrSource, id, au.TransferID)
	}
	return t, nil
}

func (a *Authorizer) digest(au relay.Authorization, epoch uint64) ([32]byte, error) {
	t, err := a.Transfer(au)
	if err != nil {
		return [32]byte{}, err
	}
	switch au.Action {
	case relay.ActionMint:
		return eip712.MintDigest(a.cfg.Domain, epoch, Deadline(au), t)
	case relay.ActionUnlock:
		return eip712.UnlockDigest(a.cfg.Domain, epoch, t)
	}
	return [32]byte{}, fmt.Errorf("%w: action %s", ErrSource, au.Action)
}

// Deadline is the bridge's mint deadline for au: au.Deadline, or
// eip712.NoDeadline when it has none (an EVM source's).
func Deadline(au relay.Authorization) uint64 {
	if au.Deadline == 0 {
		return eip712.NoDeadline
	}
	return au.Deadline
}

// BatchDeadline is the deadline of a MintBatch of items: the earliest of
// theirs, so the batch never outlives any of its mints. Every signer
// computes it from the items it signed, so it needs no field of its own.
func BatchDeadline(items []relay.Authorization) uint64 {
	d := eip712.NoDeadline
	for _, it := range items {
		d = min(d, Deadline(it))
	}
	return d
}

func (a *Authorizer) sign(d [32]byte) ([]byte, error) {
	if a.key == nil {
		return nil, ErrReadOnly
	}
	sig, err := a.key.SignHash(d[:])
	if err != nil {
		return nil, err
	}
	if len(sig) == 65 && sig[64] < 27 {
		sig[64] += 27
	}
	return sig, nil
}

// Sign implements relay.Authorizer.
func (a *Authorizer) Sign(ctx context.Context, au relay.Authorization) ([]byte, error) {
	epoch, err := a.epochs.Epoch(ctx)
	if err != nil {
		return nil, fmt.Errorf("evmroute: read epoch: %w", err)
	}
	d, err := a.digest(au, epoch)
	if err != nil {
		return nil, err
	}
	sig, err := a.sign(d)
	if err != nil {
		return nil, err
	}
	return append(binary.BigEndian.AppendUint64(nil, epoch), sig...), nil
}

// Split returns the epoch and the 65-byte signature of a share made by Sign.
func Split(share []byte) (epoch uint64, sig []byte, err error) {
	if len(share) != 8+65 {
		return 0, nil, fmt.Errorf("%w: share signature is %d bytes, want 73 (epoch ‖ signature)", relay.ErrBadShare, len(share))
	}
	return binary.BigEndian.Uint64(share[:8]), share[8:], nil
}

// Verify implements relay.Authorizer.
func (a *Authorizer) Verify(au relay.Authorization, signer common.Address, share []byte) error {
	epoch, sig, err := Split(share)
	if err != nil {
		return err
	}
	d, err := a.digest(au, epoch)
	if err != nil {
		return fmt.Errorf("%w: %v", relay.ErrBadShare, err)
	}
	got, err := eip712.Recover(d, sig)
	if err != nil {
		return fmt.Errorf("%w: %v", relay.ErrBadShare, err)
	}
	if got != signer {
		return fmt.Errorf("%w: recovers to %s, claimed %s", relay.ErrBadShare, got, signer)
	}
	return nil
}
