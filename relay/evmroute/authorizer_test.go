package evmroute

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
)

type epochVar uint64

func (e *epochVar) Epoch(context.Context) (uint64, error) { return uint64(*e), nil }

var (
	bridgeA = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	bridgeB = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	token   = common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
	assetA  = chains.ComputeAssetID(chains.DevnetA, token.Bytes())
	btc     = chains.ComputeAssetID(chains.BitcoinRegtest, nil)
	alice   = common.HexToAddress("0xA11CE")
)

func setup(t *testing.T) (*Authorizer, *keys.Key, *epochVar) {
	t.Helper()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	e := epochVar(3)
	a, err := NewAuthorizer(AuthorizerConfig{
		Domain:        eip712.Domain{ChainID: chains.DevnetB, Bridge: bridgeB},
		EVMBridges:    map[chains.ChainID]common.Address{chains.DevnetA: bridgeA},
		BitcoinChains: []chains.ChainID{chains.BitcoinRegtest},
	}, k, &e)
	if err != nil {
		t.Fatal(err)
	}
	return a, k, &e
}

func evmMint(nonce uint64) relay.Authorization {
	return relay.Authorization{Action: relay.ActionMint, TransferID: chains.EVMTransferID(chains.DevnetA, bridgeA, nonce),
		Source: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{9}, Index: 2}, Nonce: nonce, DstChain: chains.DevnetB,
		AssetID: assetA, Amount: big.NewInt(1000), Recipient: alice.Bytes()}
}

func btcMint(t *testing.T) relay.Authorization {
	txid, _ := chainhash.NewHashFromStr("6bd2f2b8f2a1c9e2b0a8d1e9f3c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c")
	var display [32]byte
	for i := range 32 {
		display[i] = txid[31-i]
	}
	return relay.Authorization{Action: relay.ActionMint, TransferID: chains.BitcoinTransferID(chains.BitcoinRegtest, *txid, 1),
		Source: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: display, Index: 1}, DstChain: chains.DevnetB,
		AssetID: btc, Amount: big.NewInt(50_000), Recipient: alice.Bytes(), Deadline: btcDeadline}
}

// btcDeadline is a Bitcoin deposit's mint deadline (chains/bitcoin.MintDeadline).
const btcDeadline = 1_700_000_123

// The share is the contract's EIP-712 Mint digest, computed independently
// here with contracts/eip712, signed by the operator.
func TestSignMatchesContractDigest(t *testing.T) {
	a, k, _ := setup(t)
	for _, tc := range []struct {
		name     string
		au       relay.Authorization
		src      func() ([32]byte, uint64)
		deadline uint64
	}{
		{"evm source", evmMint(7), func() ([32]byte, uint64) { return eip712.EVMSource(bridgeA, 7) }, eip712.NoDeadline},
		{"bitcoin source", btcMint(t), func() ([32]byte, uint64) {
			txid, _ := chainhash.NewHashFromStr("6bd2f2b8f2a1c9e2b0a8d1e9f3c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c")
			return eip712.BitcoinSource(*txid, 1)
		}, btcDeadline},
	} {
		t.Run(tc.name, func(t *testing.T) {
			share, err := a.Sign(context.Background(), tc.au)
			if err != nil {
				t.Fatal(err)
			}
			epoch, sig, err := Split(share)
			if err != nil || epoch != 3 || sig[64] < 27 {
				t.Fatalf("split: %d %x %v", epoch, sig, err)
			}
			ref, idx := tc.src()
			tr := eip712.Transfer{SrcChain: tc.au.Source.Chain, SrcRef: ref, SrcIndex: idx, AssetID: tc.au.AssetID, Recipient: alice, Amount: tc.au.Amount}
			if tr.ID() != tc.au.TransferID {
				t.Fatal("test vector: transfer id")
			}
			d, _ := eip712.MintDigest(eip712.Domain{ChainID: chains.DevnetB, Bridge: bridgeB}, 3, tc.deadline, tr)
			if got, err := eip712.Recover(d, sig); err != nil || got != k.Address() {
				t.Fatalf("recovers to %s (%v), want %s", got, err, k.Address())
			}
			if err := a.Verify(tc.au, k.Address(), share); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestVerifyAndRefusals(t *testing.T) {
	a, k, e := setup(t)
	au := evmMint(1)
	share, _ := a.Sign(context.Background(), au)
	*e = 4 // the bridge moved on: the share still verifies for the epoch it names
	if err := a.Verify(au, k.Address(), share); err != nil {
		t.Fatal(err)
	}
	other := au
	other.Amount = big.NewInt(1001)
	unlock := au
	unlock.Action = relay.ActionUnlock
	later := au
	later.Deadline = 1_800_000_000
	forgedEpoch := append([]byte{0, 0, 0, 0, 0, 0, 0, 9}, share[8:]...)
	for _, tc := range []struct {
		name  string
		au    relay.Authorization
		share []byte
	}{
		{"other amount", other, share},
		{"mint share used for unlock", unlock, share},
		{"other deadline", later, share},
		{"other epoch", au, forgedEpoch},
		{"truncated", au, share[:72]},
		{"other signer", au, func() []byte {
			b, _ := NewAuthorizer(a.cfg, keys.FromECDSA(mustKey()), e)
			s, _ := b.Sign(context.Background(), au)
			return s
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := a.Verify(tc.au, k.Address(), tc.share); !errors.Is(err, relay.ErrBadShare) {
				t.Fatalf("Verify = %v", err)
			}
		})
	}
	for _, tc := range []struct {
		name string
		mut  func(*relay.Authorization)
	}{
		{"transfer id not derivable", func(x *relay.Authorization) { x.Nonce++ }},
		{"unknown source chain", func(x *relay.Authorization) { x.Source.Chain = 999 }},
		{"non-EVM recipient", func(x *relay.Authorization) { x.Recipient = []byte{0x00, 0x14, 1} }},
		{"other destination", func(x *relay.Authorization) { x.DstChain = chains.DevnetC }},
	} {
		t.Run("sign: "+tc.name, func(t *testing.T) {
			x := evmMint(5)
			tc.mut(&x)
			if _, err := a.Sign(context.Background(), x); !errors.Is(err, ErrSource) {
				t.Fatalf("Sign = %v", err)
			}
		})
	}
}

func mustKey() *ecdsa.PrivateKey { k, _ := crypto.GenerateKey(); return k }

func TestBatches(t *testing.T) {
	a, k, e := setup(t)
	b := a.Batcher(nil)
	var ready []relay.SignedAuthorization
	for n := uint64(1); n <= 5; n++ {
		ready = append(ready, relay.SignedAuthorization{Authorization: evmMint(n)})
	}
	ready = append(ready, relay.SignedAuthorization{Authorization: btcMint(t)})
	batches, err := b.Propose(context.Background(), ready)
	if err != nil || len(batches) != 2 || len(batches[0].Items) != 5 || len(batches[1].Items) != 1 {
		t.Fatalf("batches %+v %v", batches, err)
	}
	sig, err := b.SignBatch(context.Background(), batches[0])
	if err != nil {
		t.Fatal(err)
	}
	// Independently: the contract's MintBatch digest.
	var ts []eip712.Transfer
	for n := uint64(1); n <= 5; n++ {
		ref, idx := eip712.EVMSource(bridgeA, n)
		ts = append(ts, eip712.Transfer{SrcChain: chains.DevnetA, SrcRef: ref, SrcIndex: idx, AssetID: assetA, Recipient: alice, Amount: big.NewInt(1000)})
	}
	d, _ := eip712.MintBatchDigest(eip712.Domain{ChainID: chains.DevnetB, Bridge: bridgeB}, 3, eip712.NoDeadline, ts)
	if got, err := eip712.Recover(d, sig); err != nil || got != k.Address() {
		t.Fatalf("batch signature recovers to %s %v", got, err)
	}
	if err := b.VerifyBatch(batches[0], k.Address(), sig); err != nil {
		t.Fatal(err)
	}
	if err := b.VerifyBatch(batches[1], k.Address(), sig); !errors.Is(err, relay.ErrBadShare) {
		t.Fatalf("signature accepted for another batch: %v", err)
	}
	*e = 4
	if _, err := b.SignBatch(context.Background(), batches[0]); !errors.Is(err, ErrEpoch) {
		t.Fatalf("stale proposal signed: %v", err)
	}
}

// A batch's deadline is the earliest of its items': every signer computes
// it from the items it signed.
func TestBatchDeadline(t *testing.T) {
	a, k, _ := setup(t)
	b := a.Batcher(nil)
	first, second := btcMint(t), btcMint(t)
	second.Source.Index, second.Deadline = 2, btcDeadline-100
	txid, _ := chainhash.NewHashFromStr("6bd2f2b8f2a1c9e2b0a8d1e9f3c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c")
	second.TransferID = chains.BitcoinTransferID(chains.BitcoinRegtest, *txid, 2)
	batches, err := b.Propose(context.Background(), []relay.SignedAuthorization{{Authorization: first}, {Authorization: second}})
	if err != nil || len(batches) != 1 {
		t.Fatalf("batches %+v %v", batches, err)
	}
	if got := BatchDeadline(batches[0].Items); got != btcDeadline-100 {
		t.Fatalf("batch deadline %d, want the earliest %d", got, btcDeadline-100)
	}
	sig, err := b.SignBatch(context.Background(), batches[0])
	if err != nil {
		t.Fatal(err)
	}
	var ts []eip712.Transfer
	for _, au := range batches[0].Items {
		tr, err := a.Transfer(au)
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, tr)
	}
	d, _ := eip712.MintBatchDigest(eip712.Domain{ChainID: chains.DevnetB, Bridge: bridgeB}, 3, btcDeadline-100, ts)
	if got, err := eip712.Recover(d, sig); err != nil || got != k.Address() {
		t.Fatalf("batch signature recovers to %s %v", got, err)
	}
	if got := BatchDeadline([]relay.Authorization{evmMint(1)}); got != eip712.NoDeadline {
		t.Fatalf("EVM-sourced batch deadline %d, want none", got)
	}
}
