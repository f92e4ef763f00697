//go:build integration

package e2e

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// TestRefundUnroutable: value a destination cannot take is either refused
// at its source or given back — never kept. Three relayd (2-of-3) on real
// anvils:
//
//  1. A lock toward a chain the asset has no route to reverts on A with
//     UnsupportedDestination, and takes nothing.
//  2. A lock over the destination's per-transfer limit is accepted on A and
//     can never be minted on B: the relays report it held with B's reason.
//  3. An honest operator's 'bridgectl sign refund' refuses to sign while the
//     transfer is not cancelled at B (a refund then could pay twice).
//  4. The quorum cancels it on B ('bridgectl cancel'), then refunds it on A
//     ('bridgectl sign refund' by two operators, 'bridgectl refund evm'):
//     the sender has its tokens back, B never minted, every relayd's audit
//     ledger holds the transfer's REFUND and 'bridgectl status' reports it
//     refunded; a second refund is refused.
func TestRefundUnroutable(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := &btcEnv{f: f, t: t} // its bridgectl and ledger helpers only
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	tstA := f.token("TST", chainA)
	br, brAddr := f.bridge(chainA)
	asset, err := f.dep.Asset("TST")
	if err != nil {
		t.Fatal(err)
	}

	// 1. The quorum takes TST's route A → C away: a lock toward C is
	// refused at the source.
	if err := deploy.SetRoutes(ctx, f.clients[chainA], f.admin(), brAddr, asset.ID, []chains.ChainID{chainC}, false, deploy.KeySigner(deployment.DevnetOperatorKeys()[:2]...)); err != nil {
		t.Fatal(err)
	}
	before := f.balance(tstA, addrOf(user))
	_, err = deploy.Send(ctx, f.clients[chainA], user, "lock toward C", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Lock(o, tstA.addr, e18(1), uint64(chainC), bob.Bytes())
	})
	if rev, ok := deploy.DecodeRevert(err); !ok || rev.Name != "UnsupportedDestination" {
		t.Fatalf("lock of TST toward C without a route: %v, want a revert UnsupportedDestination", err)
	}
	if got := f.balance(tstA, addrOf(user)); got.Cmp(before) != 0 {
		t.Fatalf("unroutable lock took tokens: balance %s, was %s", got, before)
	}

	// 2. B takes at most 10 TST per transfer; A took 50.
	f.setLimitsOn(ctx, chainB, asset.ID, func(l *limits) { l.max = e18(10) })
	id := f.lockTST(ctx, user, e18(50), chainB, bob)
	nonce := f.lockedEvent(ctx, id).Nonce
	source := fmt.Sprintf("%s:%d", f.chainName(chainA), nonce)
	waitFor(t, 90*time.Second, "a relay reporting why the lock is held", func() bool {
		st, _ := f.relayStatus(id)
		return st.Reason != ""
	})
	st, _ := f.relayStatus(id)
	t.Logf("over-limit lock held: state %s, reason %q", st.State, st.Reason)

	// 3. Not cancelled at B yet: an honest operator refuses to sign.
	keys := deployment.DevnetOperatorKeys()
	out, err := e.bridgectl(ctx, "sign", "refund", "--source", source, "--signer-key", hex.EncodeToString(crypto.FromECDSA(keys[0])))
	if err == nil || !strings.Contains(err.Error(), "refund_refused") || !strings.Contains(err.Error(), "not cancelled") {
		t.Fatalf("sign refund before the cancel: %v (out %s), want refund_refused: not cancelled", err, out)
	}

	// 4. Cancel on B, then refund on A.
	admin := hex.EncodeToString(crypto.FromECDSA(f.admin()))
	if _, err := e.bridgectl(ctx, "cancel", "--chain", f.chainName(chainB), "--source", source, "--devnet-operators", "--key", admin); err != nil {
		t.Fatal(err)
	}
	var sigs []string
	for _, k := range keys[1:] {
		var s struct {
			Signature string `json:"signature"`
		}
		// The cancel needs its confirmations first: retry until final.
		waitFor(t, 30*time.Second, "sign refund after the cancel", func() bool {
			out, err := e.bridgectl(ctx, "sign", "refund", "--source", source, "--signer-key", hex.EncodeToString(crypto.FromECDSA(k)))
			if err != nil {
				if !strings.Contains(err.Error(), "not final") {
					t.Fatalf("sign refund: %v", err)
				}
				return false
			}
			return lastJSON(out, &s) == nil
		})
		sigs = append(sigs, "--signature", s.Signature)
	}
	var res struct {
		Amount string `json:"amount"`
		Sender string `json:"sender"`
		TxHash string `json:"txHash"`
	}
	e.bridgectlJSON(ctx, &res, append([]string{"refund", "evm", "--source", source, "--key", admin}, sigs...)...)
	if res.Amount != e18(50).String() || !strings.EqualFold(res.Sender, addrOf(user).Hex()) {
		t.Fatalf("refund printed %+v, want 50 TST to %s", res, addrOf(user))
	}
	if got := f.balance(tstA, addrOf(user)); got.Cmp(before) != 0 {
		t.Errorf("sender's TST after the refund = %s, want %s (all of it back)", got, before)
	}
	if done, err := br.IsRefunded(&bind.CallOpts{Context: ctx}, nonce); err != nil || !done {
		t.Errorf("isRefunded(%d) = %v, %v", nonce, done, err)
	}
	if m, _ := f.executions(chainB, id); len(m) != 0 {
		t.Errorf("the refunded lock was minted on B %d times", len(m))
	}
	if _, err := e.bridgectl(ctx, append([]string{"refund", "evm", "--source", source, "--key", admin}, sigs...)...); err == nil || !strings.Contains(err.Error(), "already refunded") {
		t.Errorf("second refund: %v, want already refunded", err)
	}

	// Every relayd's ledger records the REFUND, and says so; the ledgers
	// verify against the chains with nothing left open.
	e.waitState(ctx, id, relay.StateRefunded, 60*time.Second)
	for _, op := range f.ops {
		waitFor(t, 30*time.Second, fmt.Sprintf("op%d recording the REFUND", op.Index), func() bool {
			return f.logHas(op, `"kind":"REFUND"`, id.String(), "recorded")
		})
	}
	args := []string{"status", id.String(), "--timeout", "30s", "--interval", "300ms"}
	for _, op := range f.ops {
		args = append(args, "--relay", op.URL())
	}
	// status ends on a transfer that was not delivered with transfer_failed.
	out, err = e.bridgectl(ctx, args...)
	if err == nil || !strings.Contains(err.Error(), "transfer_failed") || !regexp.MustCompile(`"state":\s*"refunded"`).Match(out) {
		t.Errorf("bridgectl status of the refunded lock: %v\n%s\nwant state refunded, then transfer_failed", err, out)
	}
	f.c.Close()
	for _, op := range f.ops {
		got, _, _ := e.ledger(ctx, op.AuditStore())
		for kind, want := range map[string]int{"LOCK": 1, "REFUND": 1, "MINT": 0} {
			if n := got[id.String()+" "+kind]; n != want {
				t.Errorf("op%d's ledger: %d × %s for the refunded lock, want %d", op.Index, n, kind, want)
			}
		}
		var rep struct {
			OK            bool `json:"ok"`
			Chains        bool `json:"chainsChecked"`
			OpenTransfers int  `json:"openTransfers"`
		}
		e.bridgectlJSON(ctx, &rep, "audit", "verify", "--store", op.AuditStore(), "--chains", "--confirmations", fmt.Sprintf("%d=%d", chainA, confirmations))
		if !rep.OK || !rep.Chains || rep.OpenTransfers != 0 {
			t.Errorf("op%d: bridgectl audit verify --chains: %+v, want ok, chains checked, no open transfer", op.Index, rep)
		}
	}
	t.Logf("refunded %s TST to %s; bridge custody on A %s", res.Amount, res.Sender, f.balance(tstA, brAddr))
}

// limits are an asset's limits on one bridge (setLimitsOn).
type limits struct {
	min, max, capacity *big.Int
	window             uint32
}

// setLimitsOn changes asset's limits on chain's bridge with a quorum of
// operator keys: change edits the current ones.
func (f *federation) setLimitsOn(ctx context.Context, chain chains.ChainID, asset chains.AssetID, change func(*limits)) {
	f.t.Helper()
	a := f.adminOf(ctx, chain)
	info, err := a.Bridge.AssetInfo(&bind.CallOpts{Context: ctx}, asset)
	if err != nil {
		f.t.Fatal(err)
	}
	l := limits{min: info.MinPerTransfer, max: info.MaxPerTransfer, capacity: info.Capacity, window: info.Window}
	change(&l)
	digest, err := eip712.SetLimitsDigest(a.Domain, a.Epoch, asset, l.min, l.max, l.capacity, l.window, a.Nonce)
	if err != nil {
		f.t.Fatal(err)
	}
	f.quorumSend(ctx, a, "setLimits", digest, func(o *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
		return a.Bridge.SetLimits(o, a.Epoch, asset, l.min, l.max, l.capacity, l.window, a.Nonce, sigs)
	})
}

// chainName is chain's name in the deployment.
func (f *federation) chainName(chain chains.ChainID) string {
	f.t.Helper()
	c, ok := f.dep.ChainByID(chain)
	if !ok {
		f.t.Fatalf("chain %d not in the deployment", chain)
	}
	return c.Name
}
