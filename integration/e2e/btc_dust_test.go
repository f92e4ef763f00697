//go:build integration

package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// TestDustBurnDoesNotBlockPayouts (issue 13, H1): a burn toward Bitcoin
// below the asset's minPerTransfer is refused by the bridge
// (AmountBelowMinimum). Burns made while the minimum was lower — the
// test lowers it to 1 sat on A (setLimits) and in the relays' asset table
// — reach the relays: in one block, two normal burns, one whose payout
// output would be dust after its fee share, and one below the dust limit
// of its script. The normal burns are paid, exactly once; the dust one is
// left out of the payout and reported (relay status and `bridgectl
// status` give the reason, the leader logs it and counts it in
// kakehashi_btc_payout_items_left_out_total); the one below dust is never
// signed (NetPolicy); a later burn is paid too.
func TestDustBurnDoesNotBlockPayouts(t *testing.T) {
	began := time.Now()
	f := newFederationWith(t, true)
	e := newBTCEnv(f)
	btcDep := f.dep.Bitcoin
	btcAsset := chains.ComputeAssetID(btcDep.ChainID, nil)
	// The relays' asset table as it was before the minimum existed.
	f.setDeploymentMin(btcAsset, big.NewInt(1))
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	wBTC := f.token("BTC", chainA)

	// Wrapped BTC for the user, and a final custody output to pay from.
	user := f.d.FaucetKey(1)
	e.fund(ctx, user, 10_000_000)
	e.mine(ctx, 1)
	var dep depositOut
	e.bridgectlJSON(ctx, &dep, "--key", keyHex(user), "deposit", "btc", "--amount", "0.01", "--to", "A")
	e.mine(ctx, int(btcDep.Confirmations))
	if _, err := f.waitExecuted(chainA, dep.TransferID, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	sweep := e.waitSpend(ctx, wire.OutPoint{Hash: mustHash(t, dep.Txid), Index: dep.Vout}, 90*time.Second)
	e.mine(ctx, 1)
	e.assertConfirmed(sweep.TxHash())
	e.mine(ctx, int(btcDep.Confirmations)-1)

	// 1. Below the bridge's minimum: the bridge refuses the burn.
	br, _ := f.bridge(chainA)
	minimum := big.NewInt(deployment.DevnetBTCMinPerTransfer)
	below := new(big.Int).Sub(minimum, big.NewInt(1))
	_, err := deploy.Send(ctx, f.clients[chainA], user, "burn below the minimum", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Burn(o, wBTC.addr, below, uint64(btcDep.ChainID), payee(e, "refused"))
	})
	re, ok := deploy.DecodeRevert(err)
	if !ok || re.Name != "AmountBelowMinimum" || len(re.Order) != 2 ||
		re.Args[re.Order[0]].(*big.Int).Cmp(below) != 0 || re.Args[re.Order[1]].(*big.Int).Cmp(minimum) != 0 {
		t.Fatalf("burn of %s sat: %v (%+v), want revert AmountBelowMinimum(%s, %s)", below, err, re, below, minimum)
	}

	// 2. The minimum lowered on A: dust burns reach the relays, in one
	// block with two normal burns.
	f.setMinPerTransfer(ctx, chainA, btcAsset, big.NewInt(1))
	p1, p2, pDust, pTiny := payee(e, "normal 1"), payee(e, "normal 2"), payee(e, "dust after fee"), payee(e, "below dust")
	dustLimit := bitcoin.DustLimit(pDust) // 294 sat for P2WPKH
	fromHeight := e.tip() + 1
	ids := f.burnsInOneBlock(ctx, chainA, user, wBTC.addr, btcDep.ChainID, []burnReq{
		{p1, 100_000}, {pDust, dustLimit + 106}, {pTiny, dustLimit - 94}, {p2, 150_000},
	})
	n1, dust, tiny, n2 := ids[0], ids[1], ids[2], ids[3]
	t.Logf("burns: normal %s, %s; dust after fee %s; below dust %s", n1, n2, dust, tiny)

	// 3. The normal burns are paid.
	for _, p := range [][]byte{p1, p2} {
		tx := e.waitPayment(ctx, p, 120*time.Second)
		for _, o := range tx.TxOut {
			if bytes.Equal(o.PkScript, pDust) || bytes.Equal(o.PkScript, pTiny) {
				t.Fatalf("payout %s pays a dust burn's script", tx.TxHash())
			}
		}
	}
	e.mine(ctx, int(btcDep.Confirmations))
	e.status(ctx, n1)
	e.status(ctx, n2)

	// 4. The dust burn: signed, left out, and said why — by the relays'
	// status, bridgectl status, the leader's log and its counter.
	st := waitReason(t, e, dust, 30*time.Second)
	if st.State != relay.StateSigned || !strings.HasPrefix(st.Reason, "fee_share_below_dust: ") {
		t.Fatalf("dust burn: relay status %s, reason %q; want signed and left out (fee_share_below_dust)", st.State, st.Reason)
	}
	args := []string{"status", dust.String(), "--timeout", "2s", "--interval", "300ms"}
	for _, op := range f.ops {
		args = append(args, "--relay", op.URL())
	}
	// It follows the transfer until it times out (the burn is not done):
	// its first line is the status, its last the timeout.
	out, _ := e.bridgectl(ctx, args...)
	var line struct {
		State  string `json:"state"`
		Reason string `json:"reason"`
	}
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&line); err != nil || line.State != string(relay.StateSigned) || !strings.HasPrefix(line.Reason, "fee_share_below_dust: ") {
		t.Fatalf("bridgectl status of the dust burn printed %q (%v), want signed with the fee_share_below_dust reason", out, err)
	}
	t.Logf("bridgectl status: %s — %s", line.State, line.Reason)
	counted, logged := 0.0, false
	for _, op := range f.ops {
		counted += f.metric(op, "kakehashi_btc_payout_items_left_out_total", `reason="fee_share_below_dust"`)
		logged = logged || f.logHas(op, "burn left out of the payout", dust.String())
	}
	if counted < 1 || !logged {
		t.Fatalf("left-out dust burn: counted %v, logged %v; want counted and logged by the leader", counted, logged)
	}

	// The burn below its script's dust limit is never signed.
	if st, ok := e.relayStatus(tiny); !ok || st.State != relay.StateFinal || !strings.HasPrefix(st.Signed, "0/") {
		t.Fatalf("burn below dust: relay status %+v (known %v), want final and never signed", st, ok)
	}
	refused := false
	for _, op := range f.ops {
		refused = refused || f.logHas(op, tiny.String(), "dust limit")
	}
	if !refused {
		t.Error("no signer logged its refusal of the burn below dust")
	}

	// 5. Payouts go on: a later burn is paid while the dust one is still
	// offered at every round.
	p3 := payee(e, "normal 3")
	n3 := f.burnsInOneBlock(ctx, chainA, user, wBTC.addr, btcDep.ChainID, []burnReq{{p3, 50_000}})[0]
	e.waitPayment(ctx, p3, 120*time.Second)
	e.mine(ctx, int(btcDep.Confirmations))
	e.status(ctx, n3)

	// 6. Exactly once, after the relays had time to try again.
	e.mine(ctx, 2)
	time.Sleep(5 * time.Second)
	for _, c := range []struct {
		what   string
		script []byte
		want   int
	}{{"normal 1", p1, 1}, {"normal 2", p2, 1}, {"normal 3", p3, 1}, {"dust after fee", pDust, 0}, {"below dust", pTiny, 0}} {
		if pays := e.payments(c.script, fromHeight); len(pays) != c.want {
			t.Errorf("%s: %d payments %v, want %d", c.what, len(pays), pays, c.want)
		}
	}
	if st, _ := e.relayStatus(dust); st.State != relay.StateSigned {
		t.Errorf("dust burn ended %s, want still signed (left out)", st.State)
	}
	t.Logf("dust burns did not block payouts; whole test %s", time.Since(began).Round(100*time.Millisecond))
}

// setDeploymentMin sets asset's minPerTransfer in the deployment file the
// relays read (before they start).
func (f *federation) setDeploymentMin(asset chains.AssetID, min *big.Int) {
	f.t.Helper()
	for i := range f.dep.Assets {
		if f.dep.Assets[i].ID == asset {
			f.dep.Assets[i].MinPerTransfer = deployment.NewAmount(min)
		}
	}
	if err := f.dep.Write(f.depPath); err != nil {
		f.t.Fatal(err)
	}
}

// payee is a P2WPKH script of a key named by label.
func payee(e *btcEnv, label string) []byte {
	_, pub := btcec.PrivKeyFromBytes(crypto.Keccak256([]byte("e2e payee " + label)))
	addr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(pub.SerializeCompressed()), e.params)
	if err != nil {
		e.t.Fatal(err)
	}
	script, _ := txscript.PayToAddrScript(addr)
	return script
}

// burnReq is one burn: recipient (a Bitcoin script, an EVM address) and
// amount (sat, wei).
type burnReq struct {
	script []byte
	sats   int64
}

// burnsInOneBlock sends the burns on src back to back (consecutive
// nonces, not waiting in between), so that they are normally mined in one
// block, and returns their transfer ids in order.
func (f *federation) burnsInOneBlock(ctx context.Context, src chains.ChainID, user *ecdsa.PrivateKey, wrapped common.Address, dst chains.ChainID, reqs []burnReq) []chains.TransferID {
	f.t.Helper()
	c := f.clients[src]
	br, _ := f.bridge(src)
	nonce, err := c.PendingNonceAt(ctx, addrOf(user))
	if err != nil {
		f.t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	var txs []*types.Transaction
	for i, r := range reqs {
		o, err := bind.NewKeyedTransactorWithChainID(user, id)
		if err != nil {
			f.t.Fatal(err)
		}
		o.Context, o.Nonce, o.GasLimit = ctx, new(big.Int).SetUint64(nonce+uint64(i)), 400_000
		tx, err := br.Burn(o, wrapped, big.NewInt(r.sats), uint64(dst), r.script)
		if err != nil {
			f.t.Fatalf("burn %d of %d sat: %v", i, r.sats, err)
		}
		txs = append(txs, tx)
	}
	out := make([]chains.TransferID, len(txs))
	for i, tx := range txs {
		rc, err := bind.WaitMined(ctx, c, tx)
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			f.t.Fatalf("burn %d: receipt %+v, %v", i, rc, err)
		}
		for _, l := range rc.Logs {
			if ev, err := br.ParseBurned(*l); err == nil {
				out[i] = ev.TransferId
			}
		}
		if out[i] == (chains.TransferID{}) {
			f.t.Fatalf("burn %d: receipt without Burned event", i)
		}
	}
	return out
}

// waitReason waits until a relay reports a reason for id.
func waitReason(t *testing.T, e *btcEnv, id chains.TransferID, within time.Duration) relay.Status {
	t.Helper()
	var st relay.Status
	waitFor(t, within, "a reason for "+id.String(), func() bool {
		st, _ = e.relayStatus(id)
		return st.Reason != ""
	})
	return st
}
