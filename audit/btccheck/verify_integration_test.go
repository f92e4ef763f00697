//go:build integration

package btccheck_test

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// chainOf builds an audit chain with a 1-of-1 operator: genesis (SIGNERSET,
// DEFINE native BTC wrapped on devnet A), then one block per batch of records.
type chainOf struct {
	t      *testing.T
	ctx    context.Context
	ledger *audit.Ledger
	prop   *audit.Proposer
	blocks audit.BlockSlice
}

func newChain(t *testing.T, ctx context.Context, key *ecdsa.PrivateKey) *chainOf {
	l, err := audit.NewLedger(ctx, audit.LedgerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := audit.NewProposer(audit.ProposerConfig{Key: key, Ledger: l})
	if err != nil {
		t.Fatal(err)
	}
	c := &chainOf{t: t, ctx: ctx, ledger: l, prop: p}
	c.add(
		&audit.Record{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: 1, Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}},
		&audit.Record{Kind: audit.KindDefine, AssetID: chains.ComputeAssetID(chains.BitcoinRegtest, nil), Define: &audit.Definition{
			HomeChain: chains.BitcoinRegtest, Decimals: 8,
			Wrapped: []audit.Wrapped{{Chain: chains.DevnetA, Token: common.HexToAddress("0x3333333333333333333333333333333333333333").Bytes()}}}},
	)
	return c
}

// add proposes, finalises (1-of-1) and applies a block of records.
func (c *chainOf) add(records ...*audit.Record) *audit.Block {
	c.t.Helper()
	b, rejected, err := c.prop.Propose(c.ctx, records)
	if err != nil || len(rejected) > 0 || b == nil {
		c.t.Fatalf("propose: %v %+v", err, rejected)
	}
	if err := c.ledger.Apply(c.ctx, b); err != nil {
		c.t.Fatal(err)
	}
	c.blocks = append(c.blocks, b)
	return b
}

// TestIntegrationVerifyChains is `audit verify --chains` end to end on real
// nodes: deposits on btcd become LOCK records, the block holding them is
// anchored into Bitcoin and into AuditAnchor on anvil, and Verify checks
// every record against both chains. A chain in which the (colluding)
// quorum recorded a larger deposit than was made verifies without
// --chains but fails with it, naming the block, the record and the field.
func TestIntegrationVerifyChains(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newEnv(t, ctx, harness.WithEVM(1))
	evm := e.d.EVM[0]
	client := evm.Client(t)
	evmChain := chains.ChainID(evm.ChainID)
	op := e.d.FaucetKey(1) // the operator: audit signer, bridge signer, anchorer

	e.deposit(1, 150_000)
	e.deposit(2, 70_000)
	e.mine(confs)
	locked := e.poll()[chains.KindLocked]
	if len(locked) != 2 {
		t.Fatalf("%d deposits", len(locked))
	}
	// Deposits are credited net of the deposit fee: each LOCK carries the
	// gross amount and the fee (relay/btcroute records them so).
	var lockRecs []*audit.Record
	for _, ev := range locked {
		r, err := audit.LockWithFee(ev, big.NewInt(depositFee))
		if err != nil {
			t.Fatal(err)
		}
		lockRecs = append(lockRecs, r)
	}

	// §5.2 source order: (block, vout, txid) — not the watcher's order.
	slices.SortFunc(lockRecs, func(a, b *audit.Record) int {
		return cmp.Or(cmp.Compare(a.Ref.BlockNum, b.Ref.BlockNum), cmp.Compare(a.Ref.Index, b.Ref.Index), bytes.Compare(a.Ref.TxHash[:], b.Ref.TxHash[:]))
	})

	// Anchor writers on both chains.
	auth, _ := bind.NewKeyedTransactorWithChainID(e.d.FaucetKey(0), new(big.Int).SetUint64(evm.ChainID))
	bridgeAddr, tx, _, err := bindings.DeployBridge(auth, client, []common.Address{crypto.PubkeyToAddress(op.PublicKey)}, 1, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, client, tx); err != nil {
		t.Fatal(err)
	}
	anchorAddr, tx, _, err := bindings.DeployAuditAnchor(auth, client, bridgeAddr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, client, tx); err != nil {
		t.Fatal(err)
	}
	evmAnchorer, err := anchor.NewEVM(anchor.EVMConfig{Chain: evmChain, Backend: client, Contract: anchorAddr, Key: e.d.FaucetKey(2),
		Operator: crypto.PubkeyToAddress(op.PublicKey), Confirmations: 2, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	coins := anchor.NewMemCoins()
	btcAnchorer, err := anchor.NewBitcoin(anchor.BitcoinConfig{Chain: chains.BitcoinRegtest, Node: e.c, Key: e.keys[0], KeyType: anchor.P2TR,
		Coins: coins, FeeRate: 2, Confirmations: confs, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	funding, err := e.d.FundBTC(ctx, btcAnchorer.PkScript(), 30_000)
	if err != nil {
		t.Fatal(err)
	}
	_ = coins.Save(ctx, []anchor.Coin{{OutPoint: *funding}})

	// anchorBlock anchors b on both chains and returns the ANCHOR records.
	anchorBlock := func(b *audit.Block) []*audit.Record {
		t.Helper()
		h, hash := b.Header.Height, b.Header.Hash()
		btcTx, err := btcAnchorer.Send(ctx, h, hash)
		if err != nil {
			t.Fatal(err)
		}
		evmTx, err := evmAnchorer.Send(ctx, b.Header, b.Attestations)
		if err != nil {
			t.Fatal(err)
		}
		e.mine(confs)
		if err := e.d.MineEVM(ctx, 0, 2); err != nil {
			t.Fatal(err)
		}
		btcRef, err := btcAnchorer.Wait(ctx, btcTx)
		if err != nil {
			t.Fatal(err)
		}
		evmRef, err := evmAnchorer.Wait(ctx, evmTx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		return []*audit.Record{
			{Kind: audit.KindAnchor, Ref: btcRef, AnchorHeight: h, AnchorHash: hash},
			{Kind: audit.KindAnchor, Ref: evmRef, AnchorHeight: h, AnchorHash: hash},
		}
	}
	evmChecker, err := anchor.NewEVMChecker(evmChain, client, anchorAddr, 2)
	if err != nil {
		t.Fatal(err)
	}
	opts := audit.VerifyOptions{Chains: map[chains.ChainID]audit.ChainChecker{
		chains.BitcoinRegtest: e.checker,
		evmChain:              audit.EventChecker{Other: evmChecker}, // the EVM event reader is chains/evm's; only ANCHORs here
	}}

	// The honest chain.
	good := newChain(t, ctx, op)
	b1 := good.add(lockRecs...)
	good.add(anchorBlock(b1)...)
	rep, err := audit.Verify(ctx, good.blocks, opts)
	if err != nil {
		t.Fatalf("honest chain: %v", err)
	}
	if rep.Blocks != 3 || rep.Records != 2+2+2 {
		t.Fatalf("report %+v", rep)
	}

	// The same LOCKs recorded net of the fee with no fee (how relay/btcroute
	// recorded them before LOCK carried a fee): replay is fine, --chains
	// refuses the amount.
	netted := newChain(t, ctx, op)
	var netRecs []*audit.Record
	for _, r := range lockRecs {
		n := *r
		n.Amount.Sub(&r.Amount, &r.Fee)
		n.Fee.Clear()
		netRecs = append(netRecs, &n)
	}
	netted.add(netRecs...)
	if _, err := audit.Verify(ctx, netted.blocks, audit.VerifyOptions{}); err != nil {
		t.Fatalf("netted chain without --chains: %v", err)
	}
	var nmm *audit.MismatchError
	if _, err := audit.Verify(ctx, netted.blocks, opts); !errors.As(err, &nmm) || nmm.Field != "amount" {
		t.Fatalf("netted chain with --chains: %v", err)
	}

	// The quorum records 1 000 sat more for the first deposit than was
	// deposited: every hash and signature is fine, only the chain says no.
	forged := newChain(t, ctx, op)
	inflated := *lockRecs[0]
	inflated.Amount.AddUint64(&inflated.Amount, 1000)
	fb1 := forged.add(&inflated, lockRecs[1])
	// The operator cannot re-anchor height 1 on the EVM chain either.
	if _, err := evmAnchorer.Send(ctx, fb1.Header, fb1.Attestations); !errors.Is(err, anchor.ErrRefused) {
		t.Fatalf("re-anchoring height 1: %v", err)
	}
	if _, err := audit.Verify(ctx, forged.blocks, audit.VerifyOptions{}); err != nil {
		t.Fatalf("forged chain without --chains: %v", err)
	}
	_, err = audit.Verify(ctx, forged.blocks, opts)
	var ve *audit.VerifyError
	var mm *audit.MismatchError
	if !errors.As(err, &ve) || ve.Height != 1 || ve.Record != 0 || !errors.As(err, &mm) || mm.Field != "amount" {
		t.Fatalf("forged chain with --chains: %v", err)
	}
	t.Logf("forged chain refused: %v", err)

	// A rewritten block 1 cannot carry the anchors already on Bitcoin and anvil: they name the
	// honest block's hash.
	rewritten := newChain(t, ctx, op)
	other := *lockRecs[1]
	other.Amount.SubUint64(&other.Amount, 1) // any change gives another block hash
	rewritten.add(lockRecs[0], &other)
	var honest []*audit.Record
	for _, raw := range good.blocks[2].Records {
		r, err := audit.DecodeRecord(raw)
		if err != nil {
			t.Fatal(err)
		}
		honest = append(honest, r)
	}
	b, rejected, err := rewritten.prop.Propose(ctx, honest)
	if err != nil || b != nil || len(rejected) != 2 || !errors.Is(rejected[0].Err, audit.ErrAnchor) || !errors.Is(rejected[1].Err, audit.ErrAnchor) {
		t.Fatalf("honest anchors on a rewritten chain: %v %v %+v", err, b, rejected)
	}
}
