//go:build integration

package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// TestDelayedMintAfterRefund: two deposits' mints are signed while no
// operator can submit to A (their accounts on A hold no ether: a bridge
// paused first would stop the signers themselves, issue 14 L2), then A is
// paused. The first one's mint deadline passes
// (the coordinators drop it, kakehashi_relay_expired_total); the second
// one's is still far when both are refunded — blocks came faster than the
// deadline rule assumes, as regtest allows — and its mint is dropped by
// the coordinators when their own watchers see the refund. Each is
// refunded after its locktime with `bridgectl refund btc`, then A is
// unpaused and the operators' ether is back with the relays running, for longer than the coordinator's
// longest retry backoff. Nothing is ever minted for either (no Minted
// event, no balance, no supply), every operator's ledger holds each one's
// LOCK and REFUND and no MINT, and `bridgectl audit verify --chains`
// passes on each ledger (issue 13, C2: no wrapped BTC for a deposit that
// is or was refundable).
func TestDelayedMintAfterRefund(t *testing.T) {
	began := time.Now()
	f := newFederationWith(t, true)
	e := newBTCEnv(f)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	btcDep := f.dep.Bitcoin
	wBTC := f.token("BTC", chainA)
	cutoff := btcDep.RefundMargin / 2 // relayd's mint cut-off

	// 1. Hold submissions to A before the deposits exist.
	release := f.holdSubmissions(ctx, chainA)

	// 2. Two deposits in one block H, their mint deadlines (at the
	// devnet's 1 s per block) about 50 s and 160 s after it: long enough
	// for the relays to sign and try the mints while they cannot pay.
	tip0 := e.tip()
	h := tip0 + 1
	late := e.rawDeposit(ctx, "late", uint32(h)+cutoff+79, 200_000, nil)
	fast := e.rawDeposit(ctx, "fast", uint32(h)+cutoff+190, 300_000, nil)
	e.mine(ctx, 1)
	hash, err := e.c.GetBlockHash(h)
	if err != nil {
		t.Fatal(err)
	}
	hdr, err := e.c.GetBlockHeader(hash)
	if err != nil {
		t.Fatal(err)
	}
	deadline := func(d rawDep) uint64 {
		return btcDep.DeadlineRule().MintDeadline(d.payload.Locktime, cutoff, h, hdr.Timestamp)
	}
	for _, d := range []rawDep{late, fast} {
		t.Logf("%s deposit %s in block %d (header %s), locktime %d, mint deadline %s (in %s)", d.label, d.id, h, hdr.Timestamp.Format(time.TimeOnly),
			d.payload.Locktime, time.Unix(int64(deadline(d)), 0).Format(time.TimeOnly), time.Until(time.Unix(int64(deadline(d)), 0)).Round(time.Second))
	}
	e.mine(ctx, int(btcDep.Confirmations)-1) // final for the relays

	// The relays sign both mints (2 of 3) and cannot land them.
	for _, d := range []rawDep{late, fast} {
		waitFor(t, 30*time.Second, "2 of 2 signatures on the "+d.label+" mint", func() bool {
			st, _ := e.relayStatus(d.id)
			return st.Signed == "2/2" || st.Signed == "3/2"
		})
	}
	waitFor(t, 30*time.Second, "a failed submission of the mints", func() bool {
		for _, op := range f.ops {
			if f.metric(op, "kakehashi_relay_submissions_total", fmt.Sprintf(`chain="%d",result="error"`, chainA)) > 0 {
				return true
			}
		}
		return false
	})
	// And the destination paused (issue 13's scenario: any one signer can
	// pause): the mints stay signed, held by the coordinators.
	f.pause(ctx, chainA)
	t.Log("both mints signed, none can be submitted, A paused")

	// 3. The late one's deadline passes on A's clock; the coordinators
	// drop its mint.
	waitFor(t, 2*time.Minute, "A's clock past the late mint's deadline", func() bool { return f.headTime(ctx, chainA) > deadline(late)+2 })
	waitFor(t, 30*time.Second, "a coordinator dropping the expired mint", func() bool {
		n := 0.0
		for _, op := range f.ops {
			n += f.metric(op, "kakehashi_relay_expired_total", fmt.Sprintf(`chain="%d"`, chainA))
		}
		return n >= 1
	})

	// 4. Both refund locktimes, long before the fast one's deadline on
	// A's clock: the depositors take their deposits back.
	if n := int(int64(fast.payload.Locktime) - e.tip()); n > 0 {
		e.mine(ctx, n)
	}
	var refunds []chainhash.Hash
	for _, d := range []rawDep{late, fast} {
		var res struct {
			RefundTxid string `json:"refundTxid"`
		}
		e.bridgectlJSON(ctx, &res, "--key", keyHex(d.key), "refund", "btc", "--deposit", d.out.String())
		refunds = append(refunds, mustHash(t, res.RefundTxid))
	}
	e.mine(ctx, 1)
	for _, r := range refunds {
		e.assertConfirmed(r)
	}
	e.mine(ctx, int(btcDep.Confirmations)-1)
	for _, d := range []rawDep{late, fast} {
		e.waitState(ctx, d.id, relay.StateRefunded, 30*time.Second)
	}
	if now := f.headTime(ctx, chainA); now+60 > deadline(fast) {
		t.Fatalf("the fast deposit's deadline %d is less than 60 s after A's clock %d: the test no longer shows a refund before the deadline", deadline(fast), now)
	}
	t.Logf("refunded by %v", refunds)

	// Every coordinator has seen the refund with its own watcher and
	// dropped the mint (a coordinator whose watcher is still behind holds
	// a mint that is valid until its deadline, and since issue 14 any
	// coordinator may submit it, lease or not: on regtest, where blocks
	// come faster than the deployment's minBlockSeconds, only the drop
	// protects a deposit refunded before its deadline).
	waitFor(t, 30*time.Second, "every coordinator dropping the refunded mints", func() bool {
		for _, op := range f.ops {
			if f.metric(op, "kakehashi_relay_coordinator_pending", fmt.Sprintf(`chain="%d"`, chainA)) != 0 {
				return false
			}
		}
		return true
	})

	// 5. Let the operators pay again with the relays running, for longer
	// than the coordinator's longest retry backoff (30 s): nothing is
	// minted.
	f.unpause(ctx, chainA)
	release()
	time.Sleep(35 * time.Second)
	for _, d := range []rawDep{late, fast} {
		if m, u := f.executions(chainA, d.id); len(m) != 0 || len(u) != 0 {
			t.Fatalf("%s deposit after its refund and the unpause: %d Minted, %d Unlocked on A; want none", d.label, len(m), len(u))
		}
		if got := f.balance(wBTC, addrOf(d.key)); got.Sign() != 0 {
			t.Fatalf("wrapped BTC of the %s depositor on A = %s, want 0", d.label, got)
		}
	}
	if s, err := wBTC.erc.TotalSupply(&bind.CallOpts{Context: ctx}); err != nil || s.Sign() != 0 {
		t.Fatalf("wrapped BTC supply on A = %v (%v), want 0", s, err)
	}
	// The fast one's mint was dropped on the refund, not on its deadline.
	dropped := false
	for _, op := range f.ops {
		dropped = dropped || f.logHas(op, "deposit refunded on its source: dropping its mint", fast.id.String())
	}
	if !dropped {
		t.Error("no coordinator logged dropping the fast deposit's mint on its refund")
	}

	// 6. Every ledger: LOCK and REFUND, no MINT; audit verify --chains.
	time.Sleep(2 * time.Second) // the watchers poll: let the last blocks be recorded
	f.c.Close()
	for _, op := range f.ops {
		got, _, _ := e.ledger(ctx, op.AuditStore())
		for _, d := range []rawDep{late, fast} {
			for kind, want := range map[string]int{"LOCK": 1, "REFUND": 1, "MINT": 0, "SWEEP": 0} {
				if n := got[d.id.String()+" "+kind]; n != want {
					t.Errorf("op%d's ledger: %d × %s for the %s deposit, want %d (all: %v)", op.Index, n, kind, d.label, want, got)
				}
			}
		}
		e.auditVerify(ctx, op)
	}
	t.Logf("delayed mints refused after the refunds in %s", time.Since(began).Round(100*time.Millisecond))
}

// auditVerify runs `bridgectl audit verify --chains` on op's ledger and
// fails unless it is ok, checked against the chains, with no open
// transfer.
func (e *btcEnv) auditVerify(ctx context.Context, op *operator) {
	e.t.Helper()
	dep := e.f.dep.Bitcoin
	args := []string{"audit", "verify", "--store", op.AuditStore(), "--chains",
		"--confirmations", fmt.Sprintf("%d=%d", chainA, confirmations),
		"--btc-recovery-threshold", strconv.Itoa(dep.Recovery.Threshold), "--btc-recovery-delay", strconv.Itoa(int(dep.RecoveryDelay))}
	for _, key := range dep.Recovery.Keys {
		args = append(args, "--btc-recovery-key", key)
	}
	var rep struct {
		OK            bool `json:"ok"`
		Chains        bool `json:"chainsChecked"`
		OpenTransfers int  `json:"openTransfers"`
	}
	e.bridgectlJSON(ctx, &rep, args...)
	if !rep.OK || !rep.Chains || rep.OpenTransfers != 0 {
		e.t.Errorf("op%d: bridgectl audit verify --chains: %+v, want ok, chains checked, no open transfer", op.Index, rep)
	}
}

// pause pauses chain's bridge with one operator's signature
// (pauseBySignature), sent by a faucet account so that no relayd's
// nonce moves.
func (f *federation) pause(ctx context.Context, chain chains.ChainID) {
	f.t.Helper()
	br, addr := f.bridge(chain)
	cfg, err := br.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		f.t.Fatal(err)
	}
	dom, err := deploy.Domain(ctx, f.clients[chain], addr)
	if err != nil {
		f.t.Fatal(err)
	}
	sig, err := eip712.Sign(eip712.PauseDigest(dom, cfg.Epoch, cfg.PauseNonce), deployment.DevnetOperatorKeys()[0])
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := deploy.Send(ctx, f.clients[chain], f.admin(), "pause", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.PauseBySignature(o, cfg.Epoch, cfg.PauseNonce, sig)
	}); err != nil {
		f.t.Fatal(err)
	}
}

// holdSubmissions empties the operators' accounts on chain (anvil_setBalance),
// so that every submission to it fails before it uses a nonce, while
// the signers go on signing (a paused bridge would stop them); release
// gives the ether back.
func (f *federation) holdSubmissions(ctx context.Context, chain chains.ChainID) (release func()) {
	f.t.Helper()
	c := f.clients[chain]
	was := map[common.Address]*big.Int{}
	for _, op := range f.ops {
		b, err := c.BalanceAt(ctx, op.Address, nil)
		if err != nil {
			f.t.Fatal(err)
		}
		was[op.Address] = b
		if err := c.Client().CallContext(ctx, nil, "anvil_setBalance", op.Address, "0x0"); err != nil {
			f.t.Fatal(err)
		}
	}
	return func() {
		f.t.Helper()
		for a, b := range was {
			if err := c.Client().CallContext(context.Background(), nil, "anvil_setBalance", a, hexutil.EncodeBig(b)); err != nil {
				f.t.Fatal(err)
			}
		}
	}
}

// unpause resumes chain's bridge with a quorum of operator keys.
func (f *federation) unpause(ctx context.Context, chain chains.ChainID) {
	f.t.Helper()
	_, addr := f.bridge(chain)
	if err := deploy.Unpause(ctx, f.clients[chain], f.admin(), addr, deploy.KeySigner(deployment.DevnetOperatorKeys()[:2]...)); err != nil {
		f.t.Fatal(err)
	}
}

// adminOf reads the admin state of chain's bridge (deploy.AdminOf).
func (f *federation) adminOf(ctx context.Context, chain chains.ChainID) deploy.Admin {
	f.t.Helper()
	_, addr := f.bridge(chain)
	a, err := deploy.AdminOf(ctx, f.clients[chain], addr)
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

// quorumSend has two operator keys sign digest and sends the admin call
// from the admin account.
func (f *federation) quorumSend(ctx context.Context, a deploy.Admin, what string, digest common.Hash, call func(o *bind.TransactOpts, sigs []byte) (*types.Transaction, error)) {
	f.t.Helper()
	if err := a.Send(ctx, f.admin(), what, digest, deploy.KeySigner(deployment.DevnetOperatorKeys()[:2]...), call); err != nil {
		f.t.Fatal(err)
	}
}

// setMinPerTransfer sets asset's minPerTransfer on chain's bridge with a
// quorum of operator keys, keeping its other limits.
func (f *federation) setMinPerTransfer(ctx context.Context, chain chains.ChainID, asset chains.AssetID, min *big.Int) {
	f.t.Helper()
	a := f.adminOf(ctx, chain)
	info, err := a.Bridge.AssetInfo(&bind.CallOpts{Context: ctx}, asset)
	if err != nil {
		f.t.Fatal(err)
	}
	digest, err := eip712.SetLimitsDigest(a.Domain, a.Epoch, asset, min, info.MaxPerTransfer, info.Capacity, info.Window, a.Nonce)
	if err != nil {
		f.t.Fatal(err)
	}
	f.quorumSend(ctx, a, "setLimits", digest, func(o *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
		return a.Bridge.SetLimits(o, a.Epoch, asset, min, info.MaxPerTransfer, info.Capacity, info.Window, a.Nonce, sigs)
	})
}

// admin is the faucet account that sends the test's admin transactions
// (no relayd and no test user sends from it).
func (f *federation) admin() *ecdsa.PrivateKey { return f.d.FaucetKey(3) }

// headTime is the timestamp of chain's latest block.
func (f *federation) headTime(ctx context.Context, chain chains.ChainID) uint64 {
	f.t.Helper()
	h, err := f.clients[chain].HeaderByNumber(ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// waitFor polls cond every 300 ms until it holds, failing after within.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(300 * time.Millisecond)
	}
}
