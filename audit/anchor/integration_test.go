//go:build integration

package anchor_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
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

// attested is an audit header of height h (a stand-in block) with the
// attestations of keys.
func attested(t *testing.T, h uint64, salt string, keys ...*ecdsa.PrivateKey) (audit.Header, []audit.Attestation) {
	t.Helper()
	hd := audit.Header{Height: h, PrevHash: blockHash(h - 1), Time: 1_700_000_000_000 + h, RecordCount: 1,
		RecordsRoot: sha256.Sum256([]byte(salt)), StateHash: blockHash(h)}
	var atts []audit.Attestation
	for _, k := range keys {
		a, err := audit.Attest(k, hd.Hash())
		if err != nil {
			t.Fatal(err)
		}
		atts = append(atts, a)
	}
	return hd, atts
}

// TestIntegrationEVMAnchor anchors on anvil: blocks attested by the
// bridge's 2-of-2 signer set, sent by transactions keys that are not
// signers, in the name of each operator; the ANCHOR record checker and
// the log scanner (FindEVM, CheckAllEVM) find them; refusals come back
// named before anything is sent.
func TestIntegrationEVMAnchor(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := harness.New(t, harness.WithEVM(1))
	ev := d.EVM[0]
	client := ev.Client(t)
	chain := chains.ChainID(ev.ChainID)
	const confs = 3

	// A bridge whose signer set is two fresh keys (2-of-2), and its anchor
	// contract. Faucet keys 1 and 2 are the operators' transactions keys.
	deployer := d.FaucetKey(0)
	op1, _ := crypto.GenerateKey()
	op2, _ := crypto.GenerateKey()
	addr1, addr2 := crypto.PubkeyToAddress(op1.PublicKey), crypto.PubkeyToAddress(op2.PublicKey)
	signers := []common.Address{addr1, addr2}
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

	newAnchorer := func(txKey int, operator common.Address) *anchor.EVMAnchorer {
		a, err := anchor.NewEVM(anchor.EVMConfig{Chain: chain, Backend: client, Contract: anchorAddr, Key: d.FaucetKey(txKey),
			Operator: operator, Confirmations: confs, PollInterval: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	a1 := newAnchorer(1, addr1)
	checker, err := anchor.NewEVMChecker(chain, client, anchorAddr, confs)
	if err != nil {
		t.Fatal(err)
	}
	mine := func() error { return d.MineEVM(ctx, 0, 1) }
	block := func(h uint64) (audit.Header, []audit.Attestation) { return attested(t, h, "honest", op1, op2) }

	h5, at5 := block(5)
	ref := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a1.Anchor(ctx, h5, at5) })
	if rc, err := client.TransactionReceipt(ctx, common.Hash(ref.TxHash)); err == nil {
		t.Logf("first anchor of an operator (2-of-2): %d gas", rc.GasUsed)
	}
	rec := &audit.Record{Kind: audit.KindAnchor, Ref: ref, AnchorHeight: 5, AnchorHash: h5.Hash()}
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
	a2 := newAnchorer(2, addr2)
	h4, at4 := block(4)
	h8, at8 := block(8)
	anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a2.Anchor(ctx, h4, at4) })
	ref3 := anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a2.Anchor(ctx, h8, at8) })
	if rc, err := client.TransactionReceipt(ctx, common.Hash(ref3.TxHash)); err == nil {
		t.Logf("later anchor of an operator (2-of-2): %d gas", rc.GasUsed)
	}
	if h, hash, ok, err := a2.Latest(ctx); err != nil || !ok || h != 8 || hash != h8.Hash() {
		t.Fatalf("latest of operator 2: %d %x %v %v", h, hash, ok, err)
	}

	// Refused before sending: a repeated height, a quorum short of the
	// threshold; not even built: an operator who did not attest.
	if _, err := a1.Send(ctx, h5, at5); !errors.Is(err, anchor.ErrRefused) || !strings.Contains(err.Error(), "HeightNotIncreasing") {
		t.Fatalf("repeated height: %v", err)
	}
	h6, at6 := block(6)
	if _, err := a1.Send(ctx, h6, at6[:1]); !errors.Is(err, anchor.ErrRefused) || !strings.Contains(err.Error(), "BelowThreshold") {
		t.Fatalf("one of two: %v", err)
	}
	h7, only2 := attested(t, 7, "honest", op2)
	if _, err := a1.Send(ctx, h7, only2); !errors.Is(err, anchor.ErrAttestations) {
		t.Fatalf("operator not attesting: %v", err)
	}

	// The auditor's view from the logs: three final anchors, all of the
	// verified chain, the newest at 8 by operator 2.
	if err := d.MineEVM(ctx, 0, confs); err != nil {
		t.Fatal(err)
	}
	found, err := anchor.FindEVM(ctx, client, chain, anchorAddr, 0, confs)
	if err != nil || len(found) != 3 {
		t.Fatalf("FindEVM: %d anchors, %v", len(found), err)
	}
	v := verifiedUpTo(t, 10, func(h uint64) audit.Header { hd, _ := block(h); return hd }, signers)
	sum, err := anchor.CheckAllEVM(chain, anchorAddr, found, v)
	if err != nil || sum.Checked != 3 || sum.Newest == nil || sum.Newest.Height != 8 || sum.Newest.Operator != addr2 {
		t.Fatalf("CheckAllEVM: %+v %v", sum, err)
	}

	// A fork: the quorum attested another block 9, operator 1 anchors it;
	// the auditor holding the honest 9 names operator 1.
	fork9, atFork := attested(t, 9, "fork", op1, op2)
	anchorWhileMining(t, ctx, mine, func() (audit.Ref, error) { return a1.Anchor(ctx, fork9, atFork) })
	found, err = anchor.FindEVM(ctx, client, chain, anchorAddr, 0, confs)
	if err != nil {
		t.Fatal(err)
	}
	var ce *anchor.ConflictError
	if _, err := anchor.CheckAllEVM(chain, anchorAddr, found, v); !errors.As(err, &ce) || ce.Anchor.Operator != addr1 || ce.Anchor.Height != 9 {
		t.Fatalf("fork: %v", err)
	}
	testEVMReorg(t, ctx, d, checker, a1, block, confs)
}

// verifiedUpTo is the auditor's verified chain of blocks 0…n-1 (made by
// header), all attested by set (threshold 2).
func verifiedUpTo(t *testing.T, n uint64, header func(uint64) audit.Header, set []common.Address) *anchor.Verified {
	t.Helper()
	ss := &audit.SignerSet{Epoch: 1, Threshold: 2, Signers: set}
	v := &anchor.Verified{}
	for h := range n {
		v.Add(&audit.Block{Header: header(h)}, ss)
	}
	return v
}

// testEVMReorg: a mined but shallow anchor is not final; a reorg that
// drops an anchor makes its record fail.
func testEVMReorg(t *testing.T, ctx context.Context, d *harness.Devnet, checker *anchor.EVMChecker, a1 *anchor.EVMAnchorer,
	block func(uint64) (audit.Header, []audit.Attestation), confs uint64) {
	client := d.EVM[0].Client(t)
	chain := chains.ChainID(d.EVM[0].ChainID)
	var mm *audit.MismatchError
	h10, at10 := block(10)
	sent, err := a1.Send(ctx, h10, at10)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, client, sent)
	if err != nil {
		t.Fatal(err)
	}
	shallow := &audit.Record{Kind: audit.KindAnchor, AnchorHeight: 10, AnchorHash: h10.Hash(), Ref: audit.Ref{
		EventRef: chains.EventRef{Chain: chain, TxHash: sent.Hash(), Index: uint32(rc.Logs[0].Index)},
		BlockNum: rc.BlockNumber.Uint64(), BlockHash: rc.BlockHash}}
	if err := checker.CheckRecord(ctx, shallow); !errors.As(err, &mm) || mm.Field != "finality" {
		t.Fatalf("shallow: %v", err)
	}
	if err := d.MineEVM(ctx, 0, int(confs)); err != nil {
		t.Fatal(err)
	}
	if err := checker.CheckRecord(ctx, shallow); err != nil {
		t.Fatal(err)
	}

	var snap string
	if err := client.Client().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	h11, at11 := block(11)
	ref11 := anchorWhileMining(t, ctx, func() error { return d.MineEVM(ctx, 0, 1) }, func() (audit.Ref, error) { return a1.Anchor(ctx, h11, at11) })
	rec11 := &audit.Record{Kind: audit.KindAnchor, Ref: ref11, AnchorHeight: 11, AnchorHash: h11.Hash()}
	if err := checker.CheckRecord(ctx, rec11); err != nil {
		t.Fatal(err)
	}
	var reverted bool
	if err := client.Client().CallContext(ctx, &reverted, "evm_revert", snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	if err := d.MineEVM(ctx, 0, int(confs)+2); err != nil {
		t.Fatal(err)
	}
	if err := checker.CheckRecord(ctx, rec11); !errors.As(err, &mm) || mm.Field != "finality" {
		t.Fatalf("reorged-out anchor: %v", err)
	}
}
