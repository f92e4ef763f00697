//go:build integration

package anchor_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/integration/harness"
)

func reverse(h [32]byte) [32]byte {
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		h[i], h[j] = h[j], h[i]
	}
	return h
}

func blockHash(h uint64) [32]byte { return sha256.Sum256([]byte(fmt.Sprint("audit block ", h))) }

// anchorWhileMining runs anchor in the background and mines one block
// every 100 ms until it returns.
func anchorWhileMining(t *testing.T, ctx context.Context, mine func() error, anchor func() (audit.Ref, error)) audit.Ref {
	t.Helper()
	type res struct {
		ref audit.Ref
		err error
	}
	done := make(chan res, 1)
	go func() { r, err := anchor(); done <- res{r, err} }()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatal(r.err)
			}
			return r.ref
		case <-tick.C:
			if err := mine(); err != nil {
				t.Fatal(err)
			}
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		}
	}
}

// checkTampered asserts that every tampered copy of a good ANCHOR record
// fails with a mismatch naming the field.
func checkTampered(t *testing.T, ctx context.Context, c audit.ChainChecker, good *audit.Record) {
	t.Helper()
	for _, tc := range []struct {
		field string
		mod   func(r *audit.Record)
	}{
		{"anchored hash", func(r *audit.Record) { r.AnchorHash[0] ^= 1 }},
		{"anchored height", func(r *audit.Record) { r.AnchorHeight++ }},
		{"block number", func(r *audit.Record) { r.Ref.BlockNum++ }},
		{"block hash", func(r *audit.Record) { r.Ref.BlockHash[31] ^= 1 }},
	} {
		r := *good
		tc.mod(&r)
		err := c.CheckRecord(ctx, &r)
		var mm *audit.MismatchError
		if !errors.As(err, &mm) || mm.Field != tc.field || !errors.Is(err, audit.ErrChainCheck) {
			t.Errorf("tampered %s: got %v", tc.field, err)
		}
	}
}

func TestIntegrationBitcoinAnchor(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithBTC())
	c := d.BTC.Client(t)
	mine := func() error { _, err := d.MineBTC(ctx, 1); return err }
	const confs = 3

	for _, kt := range []struct {
		name string
		kt   anchor.KeyType
	}{{"p2wpkh", anchor.P2WPKH}, {"p2tr", anchor.P2TR}} {
		t.Run(kt.name, func(t *testing.T) {
			store := anchor.FileCoins{Path: filepath.Join(t.TempDir(), "coins.json")}
			a, err := anchor.NewBitcoin(anchor.BitcoinConfig{Chain: chains.BitcoinRegtest, Node: c, Key: bitcointest.Key("anchor/" + kt.name),
				KeyType: kt.kt, Coins: store, FeeRate: 3, Confirmations: confs, PollInterval: 50 * time.Millisecond},
				anchor.WithLogger(zerolog.New(zerolog.NewTestWriter(t))))
			if err != nil {
				t.Fatal(err)
			}
			// No coins yet: a clear error.
			if _, err := a.Send(ctx, 1, blockHash(1)); !errors.Is(err, anchor.ErrFunds) {
				t.Fatalf("unfunded: %v", err)
			}
			op, err := d.FundBTC(ctx, a.PkScript(), btcutil.Amount(50_000))
			if err != nil {
				t.Fatal(err)
			}
			if err := store.Save(ctx, []anchor.Coin{{OutPoint: *op}}); err != nil {
				t.Fatal(err)
			}
			checker, err := anchor.NewBitcoinChecker(chains.BitcoinRegtest, c, confs)
			if err != nil {
				t.Fatal(err)
			}
			// Three anchors in a row, each spending the previous change
			// (the first spends an unconfirmed funding output).
			for h := uint64(1); h <= 3; h++ {
				ref := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a.Anchor(ctx, h, blockHash(h)) })
				rec := &audit.Record{Kind: audit.KindAnchor, Ref: ref, AnchorHeight: h, AnchorHash: blockHash(h)}
				if _, err := rec.Encode(); err != nil {
					t.Fatal(err)
				}
				if err := checker.CheckRecord(ctx, rec); err != nil {
					t.Fatalf("anchor %d: %v", h, err)
				}
				txid := chainhash.Hash(reverse(ref.TxHash))
				raw, err := c.GetRawTransactionVerbose(&txid)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%s anchor %d: %d vB, %d inputs", kt.name, h, raw.Vsize, len(raw.Vin))
				if h == 3 {
					checkTampered(t, ctx, checker, rec)
					// The change output is not an anchor payload.
					r := *rec
					r.Ref.Index = 1
					var mm *audit.MismatchError
					if err := checker.CheckRecord(ctx, &r); !errors.As(err, &mm) || mm.Field != "anchor payload" {
						t.Fatalf("change output: %v", err)
					}
				}
			}
			// A crash after saving but before broadcasting loses nothing:
			// a coin marked spent by an unknown transaction is still spent
			// from, the phantom change is dropped.
			// The store holds the last change and the coin it spent, marked.
			coins, err := store.Load(ctx)
			if err != nil || len(coins) != 2 || coins[0].SpentBy != nil || coins[1].SpentBy == nil || *coins[1].SpentBy != coins[0].OutPoint.Hash {
				t.Fatalf("coins after 3 anchors: %+v %v", coins, err)
			}
			phantom := chainhash.HashH([]byte("never broadcast"))
			if err := store.Save(ctx, []anchor.Coin{{OutPoint: coins[0].OutPoint, SpentBy: &phantom}, coins[1]}); err != nil {
				t.Fatal(err)
			}
			txid, err := a.Send(ctx, 4, blockHash(4))
			if err != nil {
				t.Fatalf("after a crash: %v", err)
			}
			// Mined but not final: the checker says so, naming finality.
			if _, err := d.MineBTC(ctx, 1); err != nil {
				t.Fatal(err)
			}
			raw, err := c.GetRawTransactionVerbose(&txid)
			if err != nil {
				t.Fatal(err)
			}
			bh, _ := chainhash.NewHashFromStr(raw.BlockHash)
			hdr, err := c.GetBlockHeaderVerbose(bh)
			if err != nil {
				t.Fatal(err)
			}
			rec := &audit.Record{Kind: audit.KindAnchor, AnchorHeight: 4, AnchorHash: blockHash(4), Ref: audit.Ref{
				EventRef: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: reverse(txid), Index: 0},
				BlockNum: uint64(hdr.Height), BlockHash: reverse(*bh)}}
			var mm *audit.MismatchError
			if err := checker.CheckRecord(ctx, rec); !errors.As(err, &mm) || mm.Field != "finality" {
				t.Fatalf("1 confirmation: %v", err)
			}
			ref := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a.Wait(ctx, txid) })
			if ref != rec.Ref {
				t.Fatalf("Wait returned %+v, want %+v", ref, rec.Ref)
			}
			if err := checker.CheckRecord(ctx, rec); err != nil {
				t.Fatal(err)
			}
			// The anchor's block is reorged out: no longer final; once the
			// transaction is mined again elsewhere, the record's block is wrong.
			blk := chainhash.Hash(reverse(rec.Ref.BlockHash))
			if err := c.InvalidateBlock(&blk); err != nil {
				t.Fatal(err)
			}
			if err := checker.CheckRecord(ctx, rec); !errors.As(err, &mm) || mm.Field != "finality" {
				t.Fatalf("reorged out: %v", err)
			}
			if _, err := d.MineBTC(ctx, confs+1); err != nil {
				t.Fatal(err)
			}
			if err := checker.CheckRecord(ctx, rec); !errors.As(err, &mm) || (mm.Field != "block hash" && mm.Field != "block number") {
				t.Fatalf("re-mined elsewhere: %v", err)
			}
		})
	}
}

func TestIntegrationEVMAnchor(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithEVM(1))
	ev := d.EVM[0]
	client := ev.Client(t)
	chain := chains.ChainID(ev.ChainID)
	const confs = 3

	// A bridge whose signer set is faucet accounts 1 and 2 (2-of-2), and its anchor contract.
	deployer := d.FaucetKey(0)
	op1, op2 := d.FaucetKey(1), d.FaucetKey(2) // the signers; faucet key 3 is an outsider
	signers := []common.Address{crypto.PubkeyToAddress(op1.PublicKey), crypto.PubkeyToAddress(op2.PublicKey)}
	if signers[0].Cmp(signers[1]) > 0 {
		signers[0], signers[1] = signers[1], signers[0]
	}
	auth, err := bind.NewKeyedTransactorWithChainID(deployer, new(big.Int).SetUint64(ev.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	bridgeAddr, tx, _, err := bindings.DeployBridge(auth, client, signers, 2, nil, []uint64{uint64(chains.BitcoinRegtest)})
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

	newAnchorer := func(key int) *anchor.EVMAnchorer {
		a, err := anchor.NewEVM(anchor.EVMConfig{Chain: chain, Backend: client, Contract: anchorAddr, Key: d.FaucetKey(key),
			Confirmations: confs, PollInterval: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	a1 := newAnchorer(1)
	checker, err := anchor.NewEVMChecker(chain, client, anchorAddr, confs)
	if err != nil {
		t.Fatal(err)
	}
	mine := func() error { return d.MineEVM(ctx, 0, 1) }

	ref := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a1.Anchor(ctx, 5, blockHash(5)) })
	if rc, err := client.TransactionReceipt(ctx, common.Hash(ref.TxHash)); err == nil {
		t.Logf("first anchor of an operator: %d gas", rc.GasUsed)
	}
	rec := &audit.Record{Kind: audit.KindAnchor, Ref: ref, AnchorHeight: 5, AnchorHash: blockHash(5)}
	if err := checker.CheckRecord(ctx, rec); err != nil {
		t.Fatal(err)
	}
	checkTampered(t, ctx, checker, rec)

	// An anchor contract other than the published one is not accepted.
	other, err := anchor.NewEVMChecker(chain, client, common.HexToAddress("0x00000000000000000000000000000000000000aa"), confs)
	if err != nil {
		t.Fatal(err)
	}
	var mm *audit.MismatchError
	if err := other.CheckRecord(ctx, rec); !errors.As(err, &mm) || mm.Field != "anchor contract" {
		t.Fatalf("foreign contract: %v", err)
	}

	// The other operator anchors on its own, even at a lower height.
	a2 := newAnchorer(2)
	ref2 := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a2.Anchor(ctx, 4, blockHash(4)) })
	ref3 := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a2.Anchor(ctx, 8, blockHash(8)) })
	if rc, err := client.TransactionReceipt(ctx, common.Hash(ref3.TxHash)); err == nil {
		t.Logf("later anchor of an operator: %d gas", rc.GasUsed)
	}
	if err := checker.CheckRecord(ctx, &audit.Record{Kind: audit.KindAnchor, Ref: ref2, AnchorHeight: 4, AnchorHash: blockHash(4)}); err != nil {
		t.Fatal(err)
	}

	// Refused before sending: a repeated height, a key outside the signer set.
	if _, err := a1.Send(ctx, 5, blockHash(5)); !errors.Is(err, anchor.ErrRefused) {
		t.Fatalf("repeated height: %v", err)
	}
	if _, err := newAnchorer(3).Send(ctx, 6, blockHash(6)); !errors.Is(err, anchor.ErrRefused) {
		t.Fatalf("outsider: %v", err)
	}

	// Mined but not final.
	sent, err := a1.Send(ctx, 6, blockHash(6))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, client, sent)
	if err != nil {
		t.Fatal(err)
	}
	shallow := &audit.Record{Kind: audit.KindAnchor, AnchorHeight: 6, AnchorHash: blockHash(6), Ref: audit.Ref{
		EventRef: chains.EventRef{Chain: chain, TxHash: sent.Hash(), Index: uint32(rc.Logs[0].Index)},
		BlockNum: rc.BlockNumber.Uint64(), BlockHash: rc.BlockHash}}
	if err := checker.CheckRecord(ctx, shallow); !errors.As(err, &mm) || mm.Field != "finality" {
		t.Fatalf("shallow: %v", err)
	}
	if err := d.MineEVM(ctx, 0, confs); err != nil {
		t.Fatal(err)
	}
	if err := checker.CheckRecord(ctx, shallow); err != nil {
		t.Fatal(err)
	}

	// A reorg that drops the anchor: the record no longer checks.
	var snap string
	if err := client.Client().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	ref7 := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a1.Anchor(ctx, 7, blockHash(7)) })
	rec7 := &audit.Record{Kind: audit.KindAnchor, Ref: ref7, AnchorHeight: 7, AnchorHash: blockHash(7)}
	if err := checker.CheckRecord(ctx, rec7); err != nil {
		t.Fatal(err)
	}
	var reverted bool
	if err := client.Client().CallContext(ctx, &reverted, "evm_revert", snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	if err := d.MineEVM(ctx, 0, confs+2); err != nil {
		t.Fatal(err)
	}
	if err := checker.CheckRecord(ctx, rec7); !errors.As(err, &mm) || mm.Field != "finality" {
		t.Fatalf("reorged-out anchor: %v", err)
	}
}
