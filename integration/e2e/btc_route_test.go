//go:build integration

package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/relay"
)

// TestBitcoinRoute runs the Bitcoin route through three relayd (2-of-3)
// on real btcd, anvil and NATS, mining Bitcoin blocks only when the test
// says so:
//
//   - a deposit made with `bridgectl deposit btc` is minted on A net of
//     the deposit fee, swept into custody, and its wrapped BTC burned on A
//     to a bcrt1 address is paid out on Bitcoin (amount − the payout's
//     fee share) — each exactly once, asserted on chain, and reported
//     executed by `bridgectl status`;
//   - a deposit over the destination's per-transfer limit is never
//     minted and, after its locktime, `bridgectl refund btc` gives it back;
//   - a deposit below the minimum and one with a malformed (truncated)
//     payload are rejected (LOCK_REJECTED on the bus), never minted, and
//     refunded (the malformed one with `refund btc --payload`; having no
//     identifiable deposit output it has no audit record);
//   - every operator's audit ledger then holds each of these records once
//     (LOCK, MINT, SWEEP; BURN, UNLOCK with the payout's fee; LOCK and
//     REFUND; LOCK_REJECTED, REFUND) and `bridgectl audit
//     replay` finds every asset balanced with no open transfer.
func TestBitcoinRoute(t *testing.T) {
	began := time.Now()
	f := newFederationWith(t, true)
	e := newBTCEnv(f)
	f.startAll()
	t.Logf("devnet, deployment and three relayd up in %s", time.Since(began).Round(100*time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	btcDep := f.dep.Bitcoin

	// The user: an anvil account (ETH for gas on A) whose key also holds
	// bitcoin at its P2WPKH address.
	user := f.d.FaucetKey(1)
	e.fund(ctx, user, 100_000_000)
	e.mine(ctx, 1)
	tip0 := e.tip()

	// 1. Deposits, all in one block: the real one through bridgectl, the
	// others built by hand (bridgectl refuses each of them up front).
	var dep depositOut
	e.bridgectlJSON(ctx, &dep, "--key", keyHex(user), "deposit", "btc", "--amount", "0.5", "--to", "A")
	if dep.Sats != 50_000_000 || dep.Recipient != addrOf(user) || dep.TransferID == (chains.TransferID{}) {
		t.Fatalf("bridgectl deposit btc printed %+v", dep)
	}
	depOut := wire.OutPoint{Hash: mustHash(t, dep.Txid), Index: dep.Vout}
	if dep.TransferID != chains.BitcoinTransferID(btcDep.ChainID, depOut.Hash, depOut.Index) {
		t.Fatalf("transfer id %s is not the deposit outpoint's", dep.TransferID)
	}
	shortLock := uint32(tip0) + btcDep.MinRefundBlocks() + 4
	over := e.rawDeposit(ctx, "over-limit", shortLock, 1_050_000_000, nil) // 10.5 BTC > 10 per transfer
	below := e.rawDeposit(ctx, "below-minimum", shortLock, 9_000, nil)     // < minDeposit 10,000
	bad := e.rawDeposit(ctx, "malformed", shortLock, 20_000, func(p []byte) []byte { return p[:bitcoin.PayloadSize-1] })
	e.mine(ctx, int(btcDep.Confirmations)) // final for the relays
	t.Logf("deposits: bridgectl %s, over-limit %s, below-minimum %s, malformed %s", dep.TransferID, over.id, below.id, bad.id)

	// 2. Net mint on A.
	fee, err := bitcoin.NewDepositFee(e.fed, btcDep.MaxFeeRate)
	if err != nil {
		t.Fatal(err)
	}
	if fee.Sats != 126*int64(btcDep.MaxFeeRate) {
		t.Fatalf("deposit fee %d sat, want 126 vB × %d sat/vB for 2-of-3", fee.Sats, btcDep.MaxFeeRate)
	}
	net := dep.Sats - fee.Sats
	wBTC := f.token("BTC", chainA)
	start := time.Now()
	mint, err := f.waitExecuted(chainA, dep.TransferID, false, 90*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deposit final → minted on A in %s (tx %s)", time.Since(start).Round(100*time.Millisecond), mint.TxHash)
	if got := f.balance(wBTC, addrOf(user)); got.Cmp(big.NewInt(net)) != 0 {
		t.Fatalf("wrapped BTC of the user on A = %s, want %d − fee %d = %d", got, dep.Sats, fee.Sats, net)
	}

	// Rejected deposits: LOCK_REJECTED with the watcher's reason codes.
	for _, rj := range []struct {
		d    rawDep
		code string
	}{{below, "below_minimum"}, {bad, "bad_length"}} {
		st := e.waitState(ctx, rj.d.id, relay.StateRejected, 30*time.Second)
		if !strings.HasPrefix(st.Reason, rj.code+":") {
			t.Errorf("%s deposit rejected with %q, want %s", rj.d.label, st.Reason, rj.code)
		}
	}

	// 3. Sweep into custody: only the minted deposit.
	start = time.Now()
	sweep := e.waitSpend(ctx, depOut, 90*time.Second)
	t.Logf("minted → sweep %s in the mempool in %s", sweep.TxHash(), time.Since(start).Round(100*time.Millisecond))
	if len(sweep.TxIn) != 1 || len(sweep.TxOut) != 1 {
		t.Fatalf("sweep %s has %d inputs and %d outputs, want the one minted deposit into one custody output", sweep.TxHash(), len(sweep.TxIn), len(sweep.TxOut))
	}
	custody := sweep.TxOut[0]
	if custody.Value < net {
		t.Fatalf("custody output %d sat < %d sat minted: the sweep took more than the deposit fee", custody.Value, net)
	}
	e.mine(ctx, 1)
	e.assertConfirmed(sweep.TxHash())
	e.mine(ctx, int(btcDep.Confirmations)-1) // custody final: spendable by payouts
	for _, d := range []rawDep{over, below, bad} {
		if !e.unspent(d.out) {
			t.Fatalf("the %s deposit %s was spent: only minted deposits are swept", d.label, d.out)
		}
	}

	// 4. Burn the wrapped BTC on A to a bcrt1 address → payout.
	_, payee := btcec.PrivKeyFromBytes(crypto.Keccak256([]byte("e2e payee")))
	payeeAddr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(payee.SerializeCompressed()), e.params)
	if err != nil {
		t.Fatal(err)
	}
	payeeScript, _ := txscript.PayToAddrScript(payeeAddr)
	fromHeight := e.tip() + 1
	burnID := f.burnTo(ctx, user, chainA, wBTC.addr, big.NewInt(net), btcDep.ChainID, payeeScript)
	if got := f.balance(wBTC, addrOf(user)); got.Sign() != 0 {
		t.Fatalf("wrapped BTC of the user after burning = %s, want 0", got)
	}
	start = time.Now()
	payout := e.waitPayment(ctx, payeeScript, 120*time.Second)
	t.Logf("burn on A → payout %s in the mempool in %s", payout.TxHash(), time.Since(start).Round(100*time.Millisecond))
	e.mine(ctx, 1)
	e.assertConfirmed(payout.TxHash())
	var paid int64
	burns := 0
	for _, o := range payout.TxOut {
		if bytes.Equal(o.PkScript, payeeScript) {
			paid = o.Value
		}
		if !bytes.Equal(o.PkScript, custody.PkScript) {
			burns++
		}
	}
	payoutFee := e.inputValue(payout) - sumOut(payout)
	if burns != 1 {
		t.Fatalf("payout %s pays %d recipients, want the one burn", payout.TxHash(), burns)
	}
	if paid != net-payoutFee || payoutFee <= 0 {
		t.Fatalf("payout pays %d sat, want burned %d − the payout's fee %d (its only recipient bears it)", paid, net, payoutFee)
	}
	t.Logf("deposited %d sat, minted %d (fee %d), paid out %d (payout fee %d)", dep.Sats, net, fee.Sats, paid, payoutFee)
	e.mine(ctx, int(btcDep.Confirmations)-1) // the payout final: the relays record it

	// Both transfers reported executed by bridgectl status.
	if st := e.status(ctx, dep.TransferID); st.DstChain != chainA || !strings.EqualFold(st.ExecutedTx, mint.TxHash.Hex()) {
		t.Errorf("status of the deposit: %+v, want executed by %s on A", st, mint.TxHash)
	}
	if st := e.status(ctx, burnID); st.DstChain != btcDep.ChainID || !strings.Contains(strings.ToLower(st.ExecutedTx), payout.TxHash().String()) {
		t.Errorf("status of the burn: %+v, want executed by payout %s on %d", st, payout.TxHash(), btcDep.ChainID)
	}

	// 5. Refunds after the locktime: the over-limit deposit (never
	// signed: the relays' policy refuses it) and the two rejected ones.
	if st, ok := e.relayStatus(over.id); !ok || st.State != relay.StateFinal {
		t.Fatalf("over-limit deposit: relay status %+v (known %v), want final and never signed", st, ok)
	}
	if n := int(int64(shortLock) - e.tip()); n > 0 {
		e.mine(ctx, n)
	}
	var refunds []chainhash.Hash
	for _, d := range []rawDep{over, below} {
		var res struct {
			RefundTxid string `json:"refundTxid"`
		}
		e.bridgectlJSON(ctx, &res, "--key", keyHex(d.key), "refund", "btc", "--deposit", d.out.String())
		refunds = append(refunds, mustHash(t, res.RefundTxid))
	}
	// The malformed payload cannot be read back from the chain: the
	// depositor supplies the payload it committed to.
	var res struct {
		RefundTxid string `json:"refundTxid"`
	}
	e.bridgectlJSON(ctx, &res, "--key", keyHex(bad.key), "refund", "btc", "--deposit", bad.out.String(), "--payload", hex.EncodeToString(bad.payload.Encode()))
	refunds = append(refunds, mustHash(t, res.RefundTxid))
	e.mine(ctx, 1)
	for i, d := range []rawDep{over, below, bad} {
		tx := e.assertConfirmed(refunds[i])
		if len(tx.TxOut) != 1 || !bytes.Equal(tx.TxOut[0].PkScript, d.script) {
			t.Fatalf("%s refund does not pay the depositor's address", d.label)
		}
		if back, vsize := tx.TxOut[0].Value, bitcoin.VSize(tx); back != d.amount-bitcoin.FeeFor(vsize, 2) {
			t.Fatalf("%s refund returns %d sat, want %d − %d vB × 2 sat/vB", d.label, back, d.amount, vsize)
		}
		if !e.unspent(wire.OutPoint{Hash: refunds[i], Index: 0}) {
			t.Fatalf("%s refund output is not the depositor's to spend", d.label)
		}
	}
	e.mine(ctx, int(btcDep.Confirmations)-1)
	// The relays see the refunds of deposits whose payload they can read;
	// the malformed one stays rejected (its output is not recognisable as
	// a deposit from the chain alone).
	for _, d := range []rawDep{over, below} {
		e.waitState(ctx, d.id, relay.StateRefunded, 30*time.Second)
	}
	if st, ok := e.relayStatus(bad.id); !ok || st.State != relay.StateRejected {
		t.Errorf("malformed deposit after its refund: relay status %+v, want still rejected", st)
	}

	// 6. Exactly once, after the relays had time to try again.
	e.mine(ctx, 2)
	time.Sleep(5 * time.Second)
	for _, c := range []chains.ChainID{chainA, chainB, chainC} {
		for _, id := range []chains.TransferID{dep.TransferID, burnID, over.id, below.id, bad.id} {
			m, u := f.executions(c, id)
			want := 0
			if c == chainA && id == dep.TransferID {
				want = 1
			}
			if len(m) != want || len(u) != 0 {
				t.Fatalf("transfer %s on chain %d: %d Minted, %d Unlocked; want %d, 0", id, c, len(m), len(u), want)
			}
		}
	}
	if pays := e.payments(payeeScript, fromHeight); len(pays) != 1 {
		t.Fatalf("%d outputs pay the burn's recipient, want exactly 1: %v", len(pays), pays)
	}
	if s, err := wBTC.erc.TotalSupply(&bind.CallOpts{}); err != nil || s.Sign() != 0 {
		t.Fatalf("wrapped BTC supply on A = %v (%v), want 0", s, err)
	}

	// 7. Every operator's audit ledger holds the route's records and
	// balances with no open transfer.
	time.Sleep(2 * time.Second) // the watchers poll: let the last blocks be recorded
	f.c.Close()
	want := map[string]int{
		dep.TransferID.String() + " LOCK": 1, dep.TransferID.String() + " MINT": 1, dep.TransferID.String() + " SWEEP": 1,
		burnID.String() + " BURN": 1, burnID.String() + " UNLOCK": 1,
		over.id.String() + " LOCK": 1, over.id.String() + " REFUND": 1,
		below.id.String() + " LOCK_REJECTED": 1, below.id.String() + " REFUND": 1,
		// A payload that cannot be decoded names no deposit output (the
		// deposit script is built from the payload), so the rejection has
		// no amount to account for: it is published as rejected (checked
		// above) and refunded by its depositor, and the ledger records
		// nothing for it (docs/bitcoin-route.md, "Rejected deposits").
		bad.id.String() + " LOCK_REJECTED": 0, bad.id.String() + " REFUND": 0,
	}
	for _, op := range f.ops {
		got, amounts, fees := e.ledger(ctx, op.AuditStore())
		for k, n := range want {
			if got[k] != n {
				t.Errorf("op%d's ledger: %d × %s, want %d (all: %v)", op.Index, got[k], k, n, got)
			}
		}
		// The deposit's LOCK credits the net amount: gross with the fee, or
		// (the ledger's convention until LOCK records carry the fee) net.
		if k := dep.TransferID.String() + " LOCK"; amounts[k]-fees[k] != net || amounts[dep.TransferID.String()+" MINT"] != net {
			t.Errorf("op%d's ledger: deposit LOCK %d − fee %d, MINT %d; want both %d", op.Index, amounts[k], fees[k], amounts[dep.TransferID.String()+" MINT"], net)
		}
		if k := burnID.String() + " UNLOCK"; fees[k] != payoutFee {
			t.Errorf("op%d's ledger: payout UNLOCK fee %d, want the payout's fee share %d", op.Index, fees[k], payoutFee)
		}
		var rep struct {
			OK            bool `json:"ok"`
			OpenTransfers int  `json:"openTransfers"`
			Invariant     []struct {
				Symbol string `json:"symbol"`
				OK     bool   `json:"ok"`
			} `json:"invariant"`
		}
		e.bridgectlJSON(ctx, &rep, "audit", "replay", "--store", op.AuditStore())
		balanced := rep.OK && len(rep.Invariant) > 0
		for _, inv := range rep.Invariant {
			balanced = balanced && inv.OK
		}
		if !balanced || rep.OpenTransfers != 0 {
			t.Errorf("op%d's ledger: replay %+v, want balanced with no open transfer", op.Index, rep)
		}
	}
	t.Logf("whole Bitcoin route in %s", time.Since(began).Round(100*time.Millisecond))
}

// ledger counts the records of an audit store by "<transfer id> <KIND>"
// (a SWEEP counts once for each deposit it lists) and returns their
// amounts and fees.
func (e *btcEnv) ledger(ctx context.Context, path string) (count map[string]int, amounts, fees map[string]int64) {
	e.t.Helper()
	st, err := audit.NewStore(audit.StoreConfig{Path: path})
	if err != nil {
		e.t.Fatal(err)
	}
	defer st.Close()
	count, amounts, fees = map[string]int{}, map[string]int64{}, map[string]int64{}
	err = st.Blocks(ctx, 0, func(b *audit.Block) error {
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			ids := []chains.TransferID{r.TransferID}
			if r.Kind == audit.KindSweep {
				ids = r.Swept
			}
			for _, id := range ids {
				k := id.String() + " " + r.Kind.String()
				count[k]++
				fees[k], amounts[k] = int64(r.Fee.Uint64()), int64(r.Amount.Uint64())
			}
		}
		return nil
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return count, amounts, fees
}

// ---- Bitcoin helpers ----

// btcEnv is the Bitcoin side of a federation.
type btcEnv struct {
	f      *federation
	t      *testing.T
	c      *rpcclient.Client
	params *chaincfg.Params
	fed    bitcoin.KeySet
}

func newBTCEnv(f *federation) *btcEnv {
	f.t.Helper()
	fed, err := f.dep.Bitcoin.Federation.KeySet()
	if err != nil {
		f.t.Fatal(err)
	}
	return &btcEnv{f: f, t: f.t, c: f.d.BTC.Client(f.t), params: &chaincfg.RegressionNetParams, fed: fed}
}

func (e *btcEnv) mine(ctx context.Context, n int) {
	e.t.Helper()
	if _, err := e.f.d.MineBTC(ctx, n); err != nil {
		e.t.Fatal(err)
	}
}

func (e *btcEnv) tip() int64 {
	e.t.Helper()
	h, err := e.c.GetBlockCount()
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// btcKey is k as a Bitcoin key (the same secp256k1 scalar).
func btcKey(k *ecdsa.PrivateKey) *btcec.PrivateKey {
	p, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(k))
	return p
}

func keyHex(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }

func wpkhScript(k *ecdsa.PrivateKey) []byte {
	return append([]byte{txscript.OP_0, txscript.OP_DATA_20}, btcutil.Hash160(btcKey(k).PubKey().SerializeCompressed())...)
}

// fund pays sats from the faucet to k's P2WPKH address (unconfirmed).
func (e *btcEnv) fund(ctx context.Context, k *ecdsa.PrivateKey, sats int64) wire.OutPoint {
	e.t.Helper()
	op, err := e.f.d.FundBTC(ctx, wpkhScript(k), btcutil.Amount(sats))
	if err != nil {
		e.t.Fatal(err)
	}
	return *op
}

// rawDep is a deposit built by the test, not by bridgectl.
type rawDep struct {
	label   string
	key     *ecdsa.PrivateKey
	script  []byte // the depositor's P2WPKH
	payload bitcoin.Payload
	out     wire.OutPoint // the deposit (P2TR) output
	amount  int64
	id      chains.TransferID // what the relays call it
}

// rawDeposit sends a deposit of amount to A from a fresh key: the P2TR
// output of a valid payload, and an OP_RETURN carrying that payload, or
// what mangle makes of it. Nothing is mined.
func (e *btcEnv) rawDeposit(ctx context.Context, label string, locktime uint32, amount int64, mangle func([]byte) []byte) rawDep {
	e.t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		e.t.Fatal(err)
	}
	d := rawDep{label: label, key: k, script: wpkhScript(k), amount: amount}
	const fee = 1_000
	in := e.fund(ctx, k, amount+fee)
	d.payload = bitcoin.Payload{DstChain: chainA, Recipient: addrOf(k), Locktime: locktime}
	copy(d.payload.RefundKey[:], schnorr.SerializePubKey(btcKey(k).PubKey()))
	out, err := bitcoin.NewDepositOutput(d.payload, e.fed)
	if err != nil {
		e.t.Fatal(err)
	}
	tx := wire.NewMsgTx(bitcoin.TxVersion)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: in, Sequence: bitcoin.SequenceRBF})
	tx.AddTxOut(wire.NewTxOut(amount, out.PkScript()))
	opReturn := bitcoin.PayloadScript(d.payload)
	if mangle != nil {
		if opReturn, err = txscript.NullDataScript(mangle(d.payload.Encode())); err != nil {
			e.t.Fatal(err)
		}
	}
	tx.AddTxOut(wire.NewTxOut(0, opReturn))
	fetch := txscript.NewCannedPrevOutputFetcher(d.script, amount+fee)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, amount+fee, d.script, txscript.SigHashAll, btcKey(k), true)
	if err != nil {
		e.t.Fatal(err)
	}
	tx.TxIn[0].Witness = wit
	txid, err := e.c.SendRawTransaction(tx, false)
	if err != nil {
		e.t.Fatalf("%s deposit refused by btcd: %v", label, err)
	}
	d.out = wire.OutPoint{Hash: *txid, Index: 0}
	idx := uint32(0)
	if mangle != nil {
		idx = 1 // no output matches the payload: the relays name it by the OP_RETURN
	}
	d.id = chains.BitcoinTransferID(chains.ChainID(e.f.d.BTC.ChainID), *txid, idx)
	return d
}

func (e *btcEnv) unspent(op wire.OutPoint) bool {
	e.t.Helper()
	r, err := e.c.GetTxOut(&op.Hash, op.Index, true)
	if err != nil {
		e.t.Fatal(err)
	}
	if r == nil {
		return false
	}
	return e.mempoolSpender(op) == nil // btcd's gettxout does not see mempool spends
}

// mempoolSpender returns the mempool transaction spending op, if any.
func (e *btcEnv) mempoolSpender(op wire.OutPoint) *wire.MsgTx {
	e.t.Helper()
	for _, tx := range e.mempool() {
		for _, in := range tx.TxIn {
			if in.PreviousOutPoint == op {
				return tx
			}
		}
	}
	return nil
}

func (e *btcEnv) mempool() []*wire.MsgTx {
	e.t.Helper()
	ids, err := e.c.GetRawMempool()
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*wire.MsgTx
	for _, id := range ids {
		if tx, err := e.c.GetRawTransaction(id); err == nil {
			out = append(out, tx.MsgTx())
		}
	}
	return out
}

// waitSpend waits until a mempool transaction spends op and returns it.
func (e *btcEnv) waitSpend(ctx context.Context, op wire.OutPoint, within time.Duration) *wire.MsgTx {
	e.t.Helper()
	deadline := time.Now().Add(within)
	for {
		if tx := e.mempoolSpender(op); tx != nil {
			return tx
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			e.t.Fatalf("nothing spent %s within %s", op, within)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// waitPayment waits until a mempool transaction pays script.
func (e *btcEnv) waitPayment(ctx context.Context, script []byte, within time.Duration) *wire.MsgTx {
	e.t.Helper()
	deadline := time.Now().Add(within)
	for {
		for _, tx := range e.mempool() {
			for _, o := range tx.TxOut {
				if bytes.Equal(o.PkScript, script) {
					return tx
				}
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			e.t.Fatalf("no transaction paid %x within %s", script, within)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// assertConfirmed fails unless txid is in the best chain; it returns it.
func (e *btcEnv) assertConfirmed(txid chainhash.Hash) *wire.MsgTx {
	e.t.Helper()
	v, err := e.c.GetRawTransactionVerbose(&txid)
	if err != nil {
		e.t.Fatalf("transaction %s: %v", txid, err)
	}
	if v.Confirmations < 1 {
		e.t.Fatalf("transaction %s is not mined", txid)
	}
	tx, err := e.c.GetRawTransaction(&txid)
	if err != nil {
		e.t.Fatal(err)
	}
	return tx.MsgTx()
}

// inputValue sums the values of the outputs tx spends.
func (e *btcEnv) inputValue(tx *wire.MsgTx) int64 {
	e.t.Helper()
	var sum int64
	for _, in := range tx.TxIn {
		prev, err := e.c.GetRawTransaction(&in.PreviousOutPoint.Hash)
		if err != nil {
			e.t.Fatal(err)
		}
		sum += prev.MsgTx().TxOut[in.PreviousOutPoint.Index].Value
	}
	return sum
}

func sumOut(tx *wire.MsgTx) int64 {
	var sum int64
	for _, o := range tx.TxOut {
		sum += o.Value
	}
	return sum
}

// payments lists the outputs paying script in blocks from height on and
// in the mempool.
func (e *btcEnv) payments(script []byte, from int64) []string {
	e.t.Helper()
	var out []string
	scan := func(where string, txs []*wire.MsgTx) {
		for _, tx := range txs {
			for i, o := range tx.TxOut {
				if bytes.Equal(o.PkScript, script) {
					out = append(out, fmt.Sprintf("%s:%d (%d sat, %s)", tx.TxHash(), i, o.Value, where))
				}
			}
		}
	}
	for h := from; h <= e.tip(); h++ {
		hash, err := e.c.GetBlockHash(h)
		if err != nil {
			e.t.Fatal(err)
		}
		blk, err := e.c.GetBlock(hash)
		if err != nil {
			e.t.Fatal(err)
		}
		scan(fmt.Sprintf("block %d", h), blk.Transactions)
	}
	scan("mempool", e.mempool())
	return out
}

// ---- relays and bridgectl ----

// relayStatus asks the relays in order; the first that knows id answers.
func (e *btcEnv) relayStatus(id chains.TransferID) (relay.Status, bool) { return e.f.relayStatus(id) }

// waitState waits until a relay reports id in state.
func (e *btcEnv) waitState(ctx context.Context, id chains.TransferID, state relay.State, within time.Duration) relay.Status {
	e.t.Helper()
	deadline := time.Now().Add(within)
	for {
		st, ok := e.relayStatus(id)
		if ok && st.State == state {
			return st
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			e.t.Fatalf("transfer %s: relay state %q (known %v, reason %q) after %s, want %s", id, st.State, ok, st.Reason, within, state)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// depositOut is what `bridgectl --json deposit btc` prints.
type depositOut struct {
	Txid       string            `json:"txid"`
	Vout       uint32            `json:"vout"`
	Sats       int64             `json:"sats"`
	Recipient  common.Address    `json:"recipient"`
	TransferID chains.TransferID `json:"transferId"`
	// StatusCommand is the `bridgectl status --deposit` that follows it.
	StatusCommand string `json:"statusCommand"`
}

// bridgectl runs the bridgectl binary against the devnet with --json.
func (e *btcEnv) bridgectl(ctx context.Context, args ...string) ([]byte, error) {
	all := append([]string{"--json", "--devnet-dir", e.f.d.Dir, "--deployment", e.f.depPath}, args...)
	cmd := exec.CommandContext(ctx, bridgectlBin, all...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("bridgectl %s: %w\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out, stderr.String())
	}
	return out, nil
}

// bridgectlJSON runs bridgectl and decodes its (last) JSON line into v.
func (e *btcEnv) bridgectlJSON(ctx context.Context, v any, args ...string) {
	e.t.Helper()
	out, err := e.bridgectl(ctx, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := lastJSON(out, v); err != nil {
		e.t.Fatalf("bridgectl %s printed %q: %v", strings.Join(args, " "), out, err)
	}
}

// lastJSON decodes the last of the JSON values in out into v (bridgectl
// indents single results and prints one object per line when following).
func lastJSON(out []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(out))
	var last json.RawMessage
	for {
		var m json.RawMessage
		if err := dec.Decode(&m); err != nil {
			if err == io.EOF && last != nil {
				return json.Unmarshal(last, v)
			}
			if err == io.EOF {
				return fmt.Errorf("no JSON value")
			}
			return err
		}
		last = m
	}
}

// statusLine is the part of `bridgectl --json status` the test reads.
type statusLine struct {
	State      string         `json:"state"`
	DstChain   chains.ChainID `json:"dstChain"`
	ExecutedTx string         `json:"executedTx"`
	Done       bool           `json:"done"`
}

// status follows id with `bridgectl status` until it is done and returns
// the last line; it fails unless the transfer is executed.
func (e *btcEnv) status(ctx context.Context, id chains.TransferID) statusLine {
	e.t.Helper()
	args := []string{"status", id.String(), "--timeout", "60s", "--interval", "300ms"}
	for _, op := range e.f.ops {
		args = append(args, "--relay", op.URL())
	}
	out, err := e.bridgectl(ctx, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	var last statusLine
	if err := lastJSON(out, &last); err != nil {
		e.t.Fatalf("bridgectl status printed %q: %v", out, err)
	}
	if last.State != string(relay.StateExecuted) || !last.Done {
		e.t.Fatalf("bridgectl status %s ended %+v, want executed", id, last)
	}
	return last
}

// burnTo burns amount of wrapped on src for a raw recipient (a Bitcoin
// scriptPubKey for a Bitcoin destination).
func (f *federation) burnTo(ctx context.Context, user *ecdsa.PrivateKey, src chains.ChainID, wrapped common.Address, amount *big.Int, dst chains.ChainID, recipient []byte) chains.TransferID {
	f.t.Helper()
	br, _ := f.bridge(src)
	rc, err := deploy.Send(ctx, f.clients[src], user, "burn", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Burn(o, wrapped, amount, uint64(dst), recipient)
	})
	if err != nil {
		f.t.Fatal(err)
	}
	for _, l := range rc.Logs {
		if ev, err := br.ParseBurned(*l); err == nil {
			if !bytes.Equal(ev.Recipient, recipient) {
				f.t.Fatalf("Burned recipient %x, want %x", ev.Recipient, recipient)
			}
			return ev.TransferId
		}
	}
	f.t.Fatal("burn receipt without Burned event")
	return chains.TransferID{}
}

func mustHash(t *testing.T, s string) chainhash.Hash {
	t.Helper()
	h, err := chainhash.NewHashFromStr(s)
	if err != nil || len(s) != 64 {
		t.Fatalf("txid %q: %v", s, err)
	}
	return *h
}
