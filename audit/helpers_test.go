package audit

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/chains"
)

// Test fixtures: three operators (2-of-3), an ERC-20 homed on devnet A with
// wrapped tokens on B and C, and native BTC homed on regtest wrapped on A.

var (
	tokenA   = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Bytes()
	wrappedB = common.HexToAddress("0x1111111111111111111111111111111111111111").Bytes()
	wrappedC = common.HexToAddress("0x2222222222222222222222222222222222222222").Bytes()
	wbtcA    = common.HexToAddress("0x3333333333333333333333333333333333333333").Bytes()
	erc20ID  = chains.ComputeAssetID(chains.DevnetA, tokenA)
	btcID    = chains.ComputeAssetID(chains.BitcoinRegtest, nil)
	alice    = common.HexToAddress("0xa11ce00000000000000000000000000000000001").Bytes()
	bob      = common.HexToAddress("0xb0b0000000000000000000000000000000000002").Bytes()
)

// operatorKey returns a deterministic test key: sha256("kakehashi-audit-test-operator-<i>").
func operatorKey(i int) *ecdsa.PrivateKey {
	seed := sha256.Sum256([]byte(fmt.Sprintf("kakehashi-audit-test-operator-%d", i)))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		panic(err) // test fixture only: a fixed, valid scalar
	}
	return k
}

func operatorKeys(n int) []*ecdsa.PrivateKey {
	ks := make([]*ecdsa.PrivateKey, n)
	for i := range ks {
		ks[i] = operatorKey(i)
	}
	return ks
}

func signerSetRecord(epoch uint64, t uint16, keys []*ecdsa.PrivateKey) *Record {
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return &Record{Kind: KindSignerSet, SignerSet: &SignerSet{Epoch: epoch, Threshold: t, Signers: addrs}}
}

func defineERC20() *Record {
	return &Record{Kind: KindDefine, AssetID: erc20ID, Define: &Definition{
		HomeChain: chains.DevnetA, HomeAsset: tokenA, Decimals: 18, MaxPerTransfer: *uint256.NewInt(1_000_000),
		Wrapped: []Wrapped{{Chain: chains.DevnetB, Token: wrappedB}, {Chain: chains.DevnetC, Token: wrappedC}},
	}}
}

func defineBTC() *Record {
	return &Record{Kind: KindDefine, AssetID: btcID, Define: &Definition{
		HomeChain: chains.BitcoinRegtest, Decimals: 8, Wrapped: []Wrapped{{Chain: chains.DevnetA, Token: wbtcA}},
	}}
}

func tid(n uint64) chains.TransferID {
	return chains.EVMTransferID(chains.DevnetA, common.Address{1}, n)
}

func ref(chain chains.ChainID, block uint64, index uint32) Ref {
	var r Ref
	r.Chain, r.BlockNum, r.Index = chain, block, index
	r.TxHash = sha256.Sum256([]byte(fmt.Sprintf("tx-%d-%d-%d", chain, block, index)))
	r.BlockHash = sha256.Sum256([]byte(fmt.Sprintf("block-%d-%d", chain, block)))
	return r
}

func amt(v uint64) uint256.Int { return *uint256.NewInt(v) }

func lockRec(id chains.TransferID, asset chains.AssetID, src chains.ChainID, block uint64, v uint64, dst chains.ChainID) *Record {
	return &Record{Kind: KindLock, Ref: ref(src, block, 0), TransferID: id, AssetID: asset, Amount: amt(v), Sender: alice, DstChain: dst, Recipient: bob, Nonce: block}
}

func burnRec(id chains.TransferID, asset chains.AssetID, src chains.ChainID, block uint64, v uint64, dst chains.ChainID) *Record {
	r := lockRec(id, asset, src, block, v, dst)
	r.Kind = KindBurn
	r.Sender, r.Recipient = bob, alice
	return r
}

func destRec(k Kind, id chains.TransferID, asset chains.AssetID, chain chains.ChainID, block uint64, v uint64, to []byte) *Record {
	return &Record{Kind: k, Ref: ref(chain, block, 1), TransferID: id, AssetID: asset, Amount: amt(v), Recipient: to}
}

type acceptAll struct{}

func (acceptAll) CheckRecord(context.Context, *Record) error { return nil }

// chainBuilder produces a valid, attested chain through the real
// Proposer / Attester / AddAttestation / Ledger.Apply path.
type chainBuilder struct {
	t        testing.TB
	keys     []*ecdsa.PrivateKey
	ledger   *Ledger
	proposer *Proposer
	blocks   []*Block
	clock    time.Time
}

func newChainBuilder(t testing.TB, keys []*ecdsa.PrivateKey, store *Store) *chainBuilder {
	t.Helper()
	l, err := NewLedger(context.Background(), LedgerConfig{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	cb := &chainBuilder{t: t, keys: keys, ledger: l, clock: time.UnixMilli(1_767_225_600_000)}
	cb.proposer, err = NewProposer(ProposerConfig{Key: keys[0], Ledger: l, Now: cb.now})
	if err != nil {
		t.Fatal(err)
	}
	return cb
}

func (cb *chainBuilder) now() time.Time {
	cb.clock = cb.clock.Add(time.Second)
	return cb.clock
}

// add proposes recs as one block, collects attestations from the other
// operators until final, applies and returns it. Every record must be valid.
func (cb *chainBuilder) add(recs ...*Record) *Block {
	cb.t.Helper()
	ctx := context.Background()
	b, rejected, err := cb.proposer.Propose(ctx, recs)
	if err != nil {
		cb.t.Fatal(err)
	}
	if len(rejected) > 0 {
		cb.t.Fatalf("proposer rejected %d records, first: %v", len(rejected), rejected[0].Err)
	}
	set, err := cb.ledger.NextSigners(b)
	if err != nil {
		cb.t.Fatal(err)
	}
	final := len(b.Attestations) >= int(set.Threshold)
	for _, k := range cb.keys[1:] {
		if final {
			break
		}
		if !set.Has(crypto.PubkeyToAddress(k.PublicKey)) {
			continue
		}
		a, err := NewAttester(AttesterConfig{Key: k, Ledger: cb.ledger, Checker: acceptAll{}, Now: func() time.Time { return cb.clock }})
		if err != nil {
			cb.t.Fatal(err)
		}
		att, err := a.Attest(ctx, b)
		if err != nil {
			cb.t.Fatal(err)
		}
		if final, err = AddAttestation(set, b, att); err != nil {
			cb.t.Fatal(err)
		}
	}
	if !final {
		cb.t.Fatalf("block %d not final", b.Header.Height)
	}
	if err := cb.ledger.Apply(ctx, b); err != nil {
		cb.t.Fatal(err)
	}
	cb.blocks = append(cb.blocks, b)
	return b
}

// sampleChain builds a chain exercising every record kind:
//
//	0 genesis: SIGNERSET(2-of-3), DEFINE erc20, DEFINE btc
//	1 LOCK erc20 A→B 100 (t1), LOCK btc →A 5000 fee 400 (t2), LOCK_REJECTED btc (t3)
//	2 MINT t1 on B, MINT t2 on A (4600 = 5000 − 400), REFUND t3
//	3 BURN t4 on B→C 40 (re-transfer), BURN t5 on A btc→home 2000, SWEEP btc
//	4 MINT t4 on C, UNLOCK t5 on btc (fee 150), PAUSE, ANCHOR block 2
//	5 RESUME, SIGNERSET epoch 2 (same keys, threshold 3)
//	6 BURN t6 on C→A 40 (attested by all three)
//	7 UNLOCK t6 on A
func sampleChain(t testing.TB) *chainBuilder {
	keys := operatorKeys(3)
	cb := newChainBuilder(t, keys, nil)
	cb.add(signerSetRecord(1, 2, keys), defineERC20(), defineBTC())
	rej := lockRec(tid(3), btcID, chains.BitcoinRegtest, 101, 700, chains.DevnetA)
	rej.Kind, rej.Reason = KindLockRejected, "refund window below margin"
	btcLock := lockRec(tid(2), btcID, chains.BitcoinRegtest, 100, 5000, chains.DevnetA)
	btcLock.Fee = amt(400) // the deposit fee withheld for the sweep
	cb.add(
		lockRec(tid(1), erc20ID, chains.DevnetA, 10, 100, chains.DevnetB),
		btcLock,
		rej,
	)
	refund := destRec(KindRefund, tid(3), btcID, chains.BitcoinRegtest, 140, 700, alice)
	cb.add(
		destRec(KindMint, tid(1), erc20ID, chains.DevnetB, 20, 100, bob),
		destRec(KindMint, tid(2), btcID, chains.DevnetA, 11, 4600, bob),
		refund,
	)
	sweep := &Record{Kind: KindSweep, Ref: ref(chains.BitcoinRegtest, 141, 0), AssetID: btcID, Amount: amt(5000), Fee: amt(300), Swept: []chains.TransferID{tid(2)}}
	cb.add(
		burnRec(tid(4), erc20ID, chains.DevnetB, 21, 40, chains.DevnetC),
		burnRec(tid(5), btcID, chains.DevnetA, 12, 2000, chains.BitcoinRegtest),
		sweep,
	)
	unlock := destRec(KindUnlock, tid(5), btcID, chains.BitcoinRegtest, 142, 2000, alice)
	unlock.Fee = amt(150)
	anchor := &Record{Kind: KindAnchor, Ref: ref(chains.BitcoinRegtest, 143, 1), AnchorHeight: 2, AnchorHash: cb.blocks[2].Hash()}
	pause := &Record{Kind: KindPause, Scope: Scope{Chain: chains.DevnetC}, By: crypto.PubkeyToAddress(keys[1].PublicKey), Reason: "watcher alarm"}
	cb.add(destRec(KindMint, tid(4), erc20ID, chains.DevnetC, 30, 40, alice), unlock, pause, anchor)
	resume := *pause
	resume.Kind, resume.Reason = KindResume, "reorg investigated"
	cb.add(&resume, signerSetRecord(2, 3, keys))
	cb.add(burnRec(tid(6), erc20ID, chains.DevnetC, 31, 40, chains.DevnetA))
	cb.add(destRec(KindUnlock, tid(6), erc20ID, chains.DevnetA, 40, 40, alice))
	return cb
}
