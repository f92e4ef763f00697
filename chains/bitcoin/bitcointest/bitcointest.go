// Package bitcointest provides deterministic keys, federations and an
// in-memory signer view for tests of the Bitcoin adapter. Never use its
// keys for real funds: they are derived from public labels.
package bitcointest

import (
	"context"
	"fmt"
	"sync"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

// Key derives a private key from sha256(label).
func Key(label string) *btcec.PrivateKey {
	k, _ := btcec.PrivKeyFromBytes(chainhash.HashB([]byte(label)))
	return k
}

// Keys returns n keys labelled prefix/1 … prefix/n.
func Keys(prefix string, n int) []*btcec.PrivateKey {
	out := make([]*btcec.PrivateKey, n)
	for i := range out {
		out[i] = Key(fmt.Sprintf("%s/%d", prefix, i+1))
	}
	return out
}

// Federation builds a federation epoch: signers t-of-len(signers), a 1-of-1
// recovery key labelled prefix/recovery, recovery delay 144 blocks.
func Federation(epoch uint32, t int, signers []*btcec.PrivateKey, prefix string) (bitcoin.Federation, error) {
	pubs := make([]*btcec.PublicKey, len(signers))
	for i, k := range signers {
		pubs[i] = k.PubKey()
	}
	set, err := bitcoin.NewKeySetFromPubKeys(t, pubs...)
	if err != nil {
		return bitcoin.Federation{}, err
	}
	rec, err := bitcoin.NewKeySetFromPubKeys(1, Key(prefix+"/recovery").PubKey())
	if err != nil {
		return bitcoin.Federation{}, err
	}
	return bitcoin.Federation{Epoch: epoch, Signers: set, Recovery: rec, RecoveryDelay: 144}, nil
}

// ErrNotFound is returned by MemView for an unknown entry.
var ErrNotFound = fmt.Errorf("bitcointest: not in view")

// MemView is an in-memory signer.View.
type MemView struct {
	mu       sync.Mutex
	Deposits map[wire.OutPoint]wallet.Deposit
	UTXOs    map[wire.OutPoint]wallet.UTXO
	Burns    map[chains.TransferID]wallet.Burn
}

// NewMemView returns an empty view.
func NewMemView() *MemView {
	return &MemView{Deposits: map[wire.OutPoint]wallet.Deposit{}, UTXOs: map[wire.OutPoint]wallet.UTXO{}, Burns: map[chains.TransferID]wallet.Burn{}}
}

// Deposit implements signer.View.
func (v *MemView) Deposit(_ context.Context, op wire.OutPoint) (wallet.Deposit, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	d, ok := v.Deposits[op]
	if !ok {
		return d, fmt.Errorf("%w: deposit %s", ErrNotFound, op)
	}
	return d, nil
}

// CustodyUTXO implements signer.View.
func (v *MemView) CustodyUTXO(_ context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	u, ok := v.UTXOs[op]
	if !ok {
		return u, fmt.Errorf("%w: utxo %s", ErrNotFound, op)
	}
	return u, nil
}

// Burn implements signer.View.
func (v *MemView) Burn(_ context.Context, id chains.TransferID) (wallet.Burn, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	b, ok := v.Burns[id]
	if !ok {
		return b, fmt.Errorf("%w: burn %s", ErrNotFound, id)
	}
	return b, nil
}
