//go:build integration

package btccheck_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/audit/btccheck"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/integration/harness"
)

const confs = 2

// view is the signers' view of the chain for this test: deposits from the
// verifier, custody outputs from the node, burns from a map.
type view struct {
	v       *watcher.Verifier
	c       *rpcclient.Client
	custody []byte
	burns   map[chains.TransferID]wallet.Burn
}

func (n *view) Deposit(ctx context.Context, op wire.OutPoint) (wallet.Deposit, error) {
	return n.v.Deposit(ctx, op)
}

func (n *view) CustodyUTXO(_ context.Context, op wire.OutPoint) (wallet.UTXO, error) {
	r, err := n.c.GetTxOut(&op.Hash, op.Index, false)
	if err != nil || r == nil {
		return wallet.UTXO{}, fmt.Errorf("utxo %s not found (%v)", op, err)
	}
	amt, _ := btcutil.NewAmount(r.Value)
	return wallet.UTXO{OutPoint: op, Amount: int64(amt), Epoch: 1}, nil
}

func (n *view) Burn(_ context.Context, id chains.TransferID) (wallet.Burn, error) {
	b, ok := n.burns[id]
	if !ok {
		return b, fmt.Errorf("burn %s unknown", id)
	}
	return b, nil
}

func reverse(h [32]byte) [32]byte {
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		h[i], h[j] = h[j], h[i]
	}
	return h
}

// wantMismatch asserts err is a *audit.MismatchError naming field.
func wantMismatch(t *testing.T, what string, err error, field string) {
	t.Helper()
	var mm *audit.MismatchError
	if !errors.As(err, &mm) || mm.Field != field || !errors.Is(err, audit.ErrChainCheck) {
		t.Errorf("%s: got %v, want a mismatch of %q", what, err, field)
	}
}

// env is one regtest btcd with a 2-of-3 federation, a watcher from the
// current tip on, a depositor and the checker under test.
type env struct {
	t          *testing.T
	ctx        context.Context
	d          *harness.Devnet
	c          *rpcclient.Client
	keys       []*btcec.PrivateKey
	fed        bitcoin.Federation
	wcfg       watcher.Config
	w          *watcher.Watcher
	user       *btcec.PrivateKey
	userScript []byte
	checker    *btccheck.Checker
}

func newEnv(t *testing.T, ctx context.Context, opts ...harness.Option) *env {
	e := &env{t: t, ctx: ctx, d: harness.New(t, append([]harness.Option{harness.WithBTC()}, opts...)...), keys: bitcointest.Keys("btccheck/signer", 3)}
	e.c = e.d.BTC.Client(t)
	var err error
	if e.fed, err = bitcointest.Federation(1, 2, e.keys, "btccheck"); err != nil {
		t.Fatal(err)
	}
	e.wcfg = watcher.Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{e.fed}, Confirmations: confs,
		MinDeposit: 10_000, RefundMargin: 100, StartHeight: e.tip() + 1}
	if e.w, err = watcher.New(e.wcfg, e.c, &watcher.MemCursor{}); err != nil {
		t.Fatal(err)
	}
	if e.checker, err = btccheck.New(btccheck.Config{Watcher: e.wcfg, Node: e.c}); err != nil {
		t.Fatal(err)
	}
	e.user = bitcointest.Key("btccheck/user")
	e.userScript = append([]byte{0x00, 0x14}, btcutil.Hash160(e.user.PubKey().SerializeCompressed())...)
	return e
}

// depositFee is the deposit fee the tests credit deposits net of (126 vB ×
// 2 sat/vB, as chains/bitcoin's DepositFee computes for a 2-of-3 federation).
const depositFee = 252

// capped returns a checker of e's chain with Config.MaxDepositFee max.
func (e *env) capped(max uint64) *btccheck.Checker {
	e.t.Helper()
	c, err := btccheck.New(btccheck.Config{Watcher: e.wcfg, Node: e.c, MaxDepositFee: max})
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) mine(n int) {
	e.t.Helper()
	if _, err := e.d.MineBTC(e.ctx, n); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) tip() int64 {
	e.t.Helper()
	n, err := e.c.GetBlockCount()
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// poll runs one watcher poll and returns the events by kind.
func (e *env) poll() map[chains.EventKind][]chains.Event {
	e.t.Helper()
	got := map[chains.EventKind][]chains.Event{}
	if err := e.w.Poll(e.ctx, func(_ context.Context, ev chains.Event) error {
		got[ev.Kind] = append(got[ev.Kind], ev)
		return nil
	}); err != nil {
		e.t.Fatal(err)
	}
	return got
}

// deposit sends (unmined) a deposit of amount to DevnetA recipient 0xee…i.
func (e *env) deposit(i int, amount int64) *wire.MsgTx {
	t := e.t
	t.Helper()
	p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: uint32(e.tip()) + 1000}
	p.Recipient[0], p.Recipient[19] = 0xee, byte(i)
	copy(p.RefundKey[:], schnorr.SerializePubKey(e.user.PubKey()))
	out, err := bitcoin.NewDepositOutput(p, e.fed.Signers)
	if err != nil {
		t.Fatal(err)
	}
	const fee = 2000
	op, err := e.d.FundBTC(e.ctx, e.userScript, btcutil.Amount(amount+fee))
	if err != nil {
		t.Fatal(err)
	}
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: *op, Sequence: bitcoin.SequenceRBF})
	for _, o := range out.Outputs(amount) {
		tx.AddTxOut(o)
	}
	fetch := txscript.NewCannedPrevOutputFetcher(e.userScript, amount+fee)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, amount+fee, e.userScript, txscript.SigHashAll, e.user, true)
	if err != nil {
		t.Fatal(err)
	}
	tx.TxIn[0].Witness = wit
	if _, err := e.c.SendRawTransaction(tx, false); err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestIntegrationBitcoinRecords(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newEnv(t, ctx)
	d, c, checker, keys, fed, wcfg, userScript := e.d, e.c, e.checker, e.keys, e.fed, e.wcfg, e.userScript
	mine := e.mine
	poll := func(kind chains.EventKind) []chains.Event { t.Helper(); return e.poll()[kind] }
	deposit := e.deposit

	// Two deposits by one user (P2WPKH funds), and one below the minimum.
	deposit(1, 150_000)
	deposit(2, 250_000)
	deposit(3, 5_000)
	mine(confs)
	evs := e.poll()
	locked, rejected := evs[chains.KindLocked], evs[chains.KindDepositRejected]
	if len(locked) != 2 || len(rejected) != 1 {
		t.Fatalf("%d locked, %d rejected", len(locked), len(rejected))
	}

	t.Run("LOCK", func(t *testing.T) {
		// The relay's signer path: Verify returns what the watcher emitted.
		ver, err := watcher.NewVerifier(wcfg, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range locked {
			got, err := ver.Verify(ctx, ev.Ref)
			if err != nil {
				t.Fatal(err)
			}
			got.Finality = ev.Finality
			// The verifier adds the mint deadline, derived from the chain
			// for each signer (chains.Event.Deadline); the watcher's event
			// carries none.
			if got.Deadline == 0 {
				t.Fatalf("Verify of deposit %s has no mint deadline", ev.Ref)
			}
			got.Deadline = ev.Deadline
			if !reflect.DeepEqual(got, ev) {
				t.Fatalf("Verify %+v\nwatcher %+v", got, ev)
			}
		}
		for _, ev := range locked {
			rec, err := audit.FromEvent(ev)
			if err != nil {
				t.Fatal(err)
			}
			if err := checker.CheckRecord(ctx, rec); err != nil {
				t.Fatalf("genuine LOCK: %v", err)
			}
		}
		for _, tc := range []struct {
			field string
			mod   func(r *audit.Record)
		}{
			{"amount", func(r *audit.Record) { r.Amount.AddUint64(&r.Amount, 1) }},
			{"recipient", func(r *audit.Record) { r.Recipient[0] ^= 1 }},
			{"destination chain", func(r *audit.Record) { r.DstChain = chains.DevnetB }},
			{"sender", func(r *audit.Record) { r.Sender[0] ^= 1 }},
			{"transfer id", func(r *audit.Record) { r.TransferID[0] ^= 1 }},
			{"block hash", func(r *audit.Record) { r.Ref.BlockHash[0] ^= 1 }},
			{"block number", func(r *audit.Record) { r.Ref.BlockNum-- }},
		} {
			rec, _ := audit.FromEvent(locked[0])
			tc.mod(rec)
			wantMismatch(t, "tampered "+tc.field, checker.CheckRecord(ctx, rec), tc.field)
		}
		// A deposit credited net of its deposit fee: the LOCK carries the
		// gross amount (the output's value) and the fee.
		for _, ev := range locked {
			rec, err := audit.LockWithFee(ev, big.NewInt(depositFee))
			if err != nil {
				t.Fatal(err)
			}
			if err := checker.CheckRecord(ctx, rec); err != nil {
				t.Fatalf("genuine LOCK with fee: %v", err)
			}
		}
		for _, tc := range []struct {
			name, field string
			c           *btccheck.Checker
			mod         func(r *audit.Record)
		}{
			// What the relay recorded before the fee was on LOCK.
			{"net amount recorded as the amount", "amount", checker, func(r *audit.Record) { r.Amount.SubUint64(&r.Amount, depositFee) }},
			{"fee above the amount", "fee", checker, func(r *audit.Record) { r.Fee.AddUint64(&r.Amount, 1) }},
			{"fee above the published deposit fee", "fee", e.capped(depositFee - 1), func(r *audit.Record) {}},
		} {
			rec, _ := audit.LockWithFee(locked[0], big.NewInt(depositFee))
			tc.mod(rec)
			wantMismatch(t, tc.name, tc.c.CheckRecord(ctx, rec), tc.field)
		}
		rec, _ := audit.LockWithFee(locked[0], big.NewInt(depositFee))
		if err := e.capped(depositFee).CheckRecord(ctx, rec); err != nil {
			t.Fatalf("fee at the published deposit fee: %v", err)
		}

		// A LOCK naming the rejected deposit is refused: it was not a lock.
		rec, _ = audit.FromEvent(rejected[0])
		rec.Kind, rec.Reason = audit.KindLock, ""
		if err := checker.CheckRecord(ctx, rec); !errors.Is(err, audit.ErrChainCheck) || !errors.Is(err, watcher.ErrNotFound) {
			t.Errorf("rejected deposit as LOCK: %v", err)
		}
	})

	t.Run("LOCK_REJECTED", func(t *testing.T) {
		rec, err := audit.FromEvent(rejected[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := checker.CheckRecord(ctx, rec); err != nil {
			t.Fatalf("genuine LOCK_REJECTED: %v", err)
		}
		rec.Reason = watcher.RejectRefundWindow + ": made up"
		wantMismatch(t, "other rejection code", checker.CheckRecord(ctx, rec), "rejection reason")
	})

	// Sweep both deposits into custody (signers 0 and 2).
	ver, err := watcher.NewVerifier(wcfg, c)
	if err != nil {
		t.Fatal(err)
	}
	wal, err := wallet.New(wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 50}})
	if err != nil {
		t.Fatal(err)
	}
	custody, _ := wal.Custody(1)
	v := &view{v: ver, c: c, custody: custody.PkScript(), burns: map[chains.TransferID]wallet.Burn{}}
	signAndSend := func(p *psbt.Packet, idx ...int) *wire.MsgTx {
		t.Helper()
		var sigs []wallet.Signature
		for _, i := range idx {
			s, err := signer.New(signer.Config{Key: keys[i], Wallet: wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 50}}})
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.CheckAndSign(ctx, p, v)
			if err != nil {
				t.Fatalf("signer %d: %v", i, err)
			}
			sigs = append(sigs, got...)
		}
		tx, err := wallet.AssembleWitness(p, sigs)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.SendRawTransaction(tx, false); err != nil {
			t.Fatalf("btcd rejected %s: %v", tx.TxHash(), err)
		}
		return tx
	}
	var ds []wallet.Deposit
	for _, ev := range locked {
		dep, err := ver.Deposit(ctx, wire.OutPoint{Hash: chainhash.Hash(reverse(ev.Ref.TxHash)), Index: ev.Ref.Index})
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, dep)
	}
	sweepP, err := wal.BuildSweep(ds)
	if err != nil {
		t.Fatal(err)
	}
	sweepTx := signAndSend(sweepP, 0, 2)
	mine(confs)
	swept := poll(chains.KindSweep)
	if len(swept) != 2 {
		t.Fatalf("%d sweep events", len(swept))
	}

	t.Run("SWEEP", func(t *testing.T) {
		ids := []chains.TransferID{swept[0].TransferID, swept[1].TransferID}
		sort.Slice(ids, func(i, j int) bool { return bytes.Compare(ids[i][:], ids[j][:]) < 0 })
		total := uint64(150_000 + 250_000)
		fee := total - uint64(sweepTx.TxOut[0].Value)
		good := audit.Record{Kind: audit.KindSweep, Ref: audit.Ref{EventRef: swept[0].Ref, BlockNum: swept[0].BlockNum, BlockHash: swept[0].BlockHash},
			AssetID: swept[0].AssetID, Amount: *uint256.NewInt(total), Fee: *uint256.NewInt(fee), Swept: ids}
		if _, err := good.Encode(); err != nil {
			t.Fatal(err)
		}
		if err := checker.CheckRecord(ctx, &good); err != nil {
			t.Fatalf("genuine SWEEP: %v", err)
		}
		for _, tc := range []struct {
			field string
			mod   func(r *audit.Record)
		}{
			{"fee", func(r *audit.Record) { r.Fee.AddUint64(&r.Fee, 1) }},
			{"amount", func(r *audit.Record) { r.Amount.AddUint64(&r.Amount, 1000) }},
			{"swept transfers", func(r *audit.Record) { r.Swept = r.Swept[:1] }},
			{"asset id", func(r *audit.Record) { r.AssetID[0] ^= 1 }},
			{"block hash", func(r *audit.Record) { r.Ref.BlockHash[0] ^= 1 }},
			{"event reference", func(r *audit.Record) { r.Ref.Index = 7 }},
		} {
			r := good
			tc.mod(&r)
			wantMismatch(t, "tampered "+tc.field, checker.CheckRecord(ctx, &r), tc.field)
		}
	})

	// Pay one burn out of custody (signers 1 and 2).
	burn := wallet.Burn{TransferID: chains.TransferID{0xb1}, PkScript: userScript, Amount: 120_000}
	v.burns[burn.TransferID] = burn
	utxo := wallet.UTXO{OutPoint: wire.OutPoint{Hash: sweepTx.TxHash(), Index: 0}, Amount: sweepTx.TxOut[0].Value, Epoch: 1}
	payoutP, err := wal.BuildPayout([]wallet.UTXO{utxo}, []wallet.Burn{burn})
	if err != nil {
		t.Fatal(err)
	}
	payoutTx := signAndSend(payoutP, 1, 2)
	mine(confs)
	paid := poll(chains.KindPayout)
	if len(paid) != 1 {
		t.Fatalf("%d payout events", len(paid))
	}

	t.Run("UNLOCK", func(t *testing.T) {
		ev := paid[0]
		// The UNLOCK of a Bitcoin payout: Amount is the burn amount, Fee the
		// miner fee share, so Amount − Fee is what the output pays.
		share := uint64(burn.Amount - payoutTx.TxOut[ev.Ref.Index].Value)
		good := audit.Record{Kind: audit.KindUnlock, Ref: audit.Ref{EventRef: ev.Ref, BlockNum: ev.BlockNum, BlockHash: ev.BlockHash},
			TransferID: burn.TransferID, AssetID: ev.AssetID, Amount: *uint256.NewInt(uint64(burn.Amount)), Fee: *uint256.NewInt(share), Recipient: userScript}
		if err := checker.CheckRecord(ctx, &good); err != nil {
			t.Fatalf("genuine UNLOCK: %v", err)
		}
		for _, tc := range []struct {
			field string
			mod   func(r *audit.Record)
		}{
			{"amount", func(r *audit.Record) { r.Fee.SubUint64(&r.Fee, 1) }},
			{"recipient", func(r *audit.Record) { r.Recipient = bytes.Clone(r.Recipient); r.Recipient[5] ^= 1 }},
			{"kind", func(r *audit.Record) { r.Ref.Index = 1 }}, // the change output goes home: not a payout
		} {
			r := good
			tc.mod(&r)
			wantMismatch(t, "tampered "+tc.field, checker.CheckRecord(ctx, &r), tc.field)
		}
	})

	t.Run("ANCHOR", func(t *testing.T) {
		a, err := anchor.NewBitcoin(anchor.BitcoinConfig{Chain: chains.BitcoinRegtest, Node: c, Key: bitcointest.Key("btccheck/anchor"),
			Coins: anchor.NewMemCoins(), FeeRate: 2, Confirmations: confs, PollInterval: 20 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		op, err := d.FundBTC(ctx, a.PkScript(), 20_000)
		if err != nil {
			t.Fatal(err)
		}
		store := anchor.NewMemCoins(anchor.Coin{OutPoint: *op})
		a, _ = anchor.NewBitcoin(anchor.BitcoinConfig{Chain: chains.BitcoinRegtest, Node: c, Key: bitcointest.Key("btccheck/anchor"),
			Coins: store, FeeRate: 2, Confirmations: confs, PollInterval: 20 * time.Millisecond})
		hash := [32]byte{0x42}
		txid, err := a.Send(ctx, 9, hash)
		if err != nil {
			t.Fatal(err)
		}
		mine(confs)
		ref, err := a.Wait(ctx, txid)
		if err != nil {
			t.Fatal(err)
		}
		rec := &audit.Record{Kind: audit.KindAnchor, Ref: ref, AnchorHeight: 9, AnchorHash: hash}
		if err := checker.CheckRecord(ctx, rec); err != nil {
			t.Fatal(err)
		}
		rec.AnchorHash[0] ^= 1
		wantMismatch(t, "tampered hash", checker.CheckRecord(ctx, rec), "anchored hash")
	})

	t.Run("not on Bitcoin", func(t *testing.T) {
		rec, _ := audit.FromEvent(locked[0])
		rec.Kind = audit.KindMint
		if err := checker.CheckRecord(ctx, rec); !errors.Is(err, audit.ErrChainCheck) {
			t.Fatalf("MINT on Bitcoin: %v", err)
		}
		rec.Ref.Chain = chains.DevnetA
		if err := checker.CheckRecord(ctx, rec); !errors.Is(err, audit.ErrChainCheck) {
			t.Fatalf("foreign chain: %v", err)
		}
	})
}
