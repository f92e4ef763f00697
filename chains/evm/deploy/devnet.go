package deploy

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// DeployTestToken deploys the mintable test ERC-20 (contracts/src/test).
func DeployTestToken(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, name, symbol string, decimals uint8, opts ...Option) (common.Address, error) {
	var addr common.Address
	_, err := Send(ctx, b, deployer, "deploy TestToken "+symbol, func(auth *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bindings.DeployTestToken(auth, b, name, symbol, decimals)
		addr = a
		return tx, err
	}, opts...)
	return addr, err
}

// Transfer sends wei of the native coin from key to to and waits for it.
func Transfer(ctx context.Context, b Backend, key *ecdsa.PrivateKey, to common.Address, wei *big.Int, opts ...Option) error {
	id, err := b.ChainID(ctx)
	if err != nil {
		return err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if head.BaseFee == nil {
		return fmt.Errorf("%w: chain %s has no EIP-1559 base fee", ErrConfig, id)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: wei,
	})
	if err != nil {
		return err
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err = WaitMined(ctx, b, fmt.Sprintf("transfer to %s", to), tx, opts...)
	return err
}
