//go:build integration

package e2e

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
)

// TestBadItemDoesNotBlockBatch (issue 15, M2 and M5): four burns of
// wrapped ETH on B, mined in one block, unlock native ETH on A. One
// unlocks to a contract that reverts whatever it receives: since contract
// v3 the unlock executes and the payment becomes claimable
// (PaymentDeferred; the recipient or anyone claims it later), so it no
// longer holds the batch. One names a token A's bridge manages (A's TST)
// as recipient, which A refuses (ReservedRecipient) while B, which does not
// know A's tokens, accepted the burn: batches are all-or-nothing on
// chain, so the unlock batch holding it reverts; the coordinators split
// it, the other unlocks execute exactly once (one Unlocked event each, the
// recipients' balances up by exactly the amounts), the refused one is
// never executed, and the relays report why (`rejected_by_destination:
// …ReservedRecipient`, kakehashi_relay_rejected_transfers).
func TestBadItemDoesNotBlockBatch(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	user := f.d.FaucetKey(1)
	ethA := f.clients[chainA]

	// 1. Wrapped ETH on B: lock 4 ETH on A.
	br, _ := f.bridge(chainA)
	rc, err := deploy.Send(ctx, ethA, user, "lockNative", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = e18(4)
		return br.LockNative(o, uint64(chainB), addrOf(user).Bytes())
	})
	if err != nil {
		t.Fatal(err)
	}
	var lockID chains.TransferID
	for _, l := range rc.Logs {
		if ev, err := br.ParseLocked(*l); err == nil {
			lockID = ev.TransferId
		}
	}
	if _, err := f.waitExecuted(chainB, lockID, false, 90*time.Second); err != nil {
		t.Fatalf("lock of 4 ETH: %v", err)
	}

	// 2. Recipients on A: a contract that refuses every payment, a token
	// A's bridge manages, and two plain addresses.
	reverter := f.deployReverter(ctx, chainA)
	reserved := f.token("TST", chainA).addr
	good1, good2 := freshAddress(), freshAddress()
	amounts := map[common.Address]*big.Int{good1: e18(1), reverter: e18(1), reserved: e18(1), good2: big.NewInt(5e17)}

	// 3. Four burns in one block on B.
	wETH := f.token("ETH", chainB)
	order := []common.Address{good1, reverter, reserved, good2}
	var reqs []burnReq
	for _, who := range order {
		reqs = append(reqs, burnReq{who.Bytes(), amounts[who].Int64()})
	}
	ids := f.burnsInOneBlock(ctx, chainB, user, wETH.addr, chainA, reqs)
	executedIDs, refusedID := []chains.TransferID{ids[0], ids[1], ids[3]}, ids[2]

	// 4. The others are unlocked, once each: the plain recipients paid
	// exactly their amount, the refusing contract's payment claimable.
	for i, id := range executedIDs {
		if _, err := f.waitExecuted(chainA, id, true, 90*time.Second); err != nil {
			t.Fatalf("unlock %d: %v (held back by the refused item?)", i+1, err)
		}
	}
	for _, who := range []common.Address{good1, good2} {
		if got, err := ethA.BalanceAt(ctx, who, nil); err != nil || got.Cmp(amounts[who]) != 0 {
			t.Errorf("native balance of %s on A = %v (%v), want %s", who, got, err, amounts[who])
		}
	}
	if got, err := ethA.BalanceAt(ctx, reverter, nil); err != nil || got.Sign() != 0 {
		t.Errorf("refusing recipient holds %v (%v)", got, err)
	}
	if got, err := br.Claimable(&bind.CallOpts{Context: ctx}, common.Address{}, reverter); err != nil || got.Cmp(amounts[reverter]) != 0 {
		t.Errorf("claimable ether of the refusing recipient = %v (%v), want %s", got, err, amounts[reverter])
	}
	deferred, err := br.FilterPaymentDeferred(&bind.FilterOpts{Context: ctx}, [][32]byte{ids[1]}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for deferred.Next() {
		n++
	}
	if n != 1 {
		t.Errorf("%d PaymentDeferred events for the refusing recipient's unlock, want 1", n)
	}

	// 5. The refused one: reported with the revert, counted, never executed.
	waitFor(t, 60*time.Second, "a relay reporting why the refused unlock is held", func() bool {
		st, _ := f.relayStatus(refusedID)
		return strings.Contains(st.Reason, "rejected_by_destination") && strings.Contains(st.Reason, "ReservedRecipient")
	})
	waitFor(t, 10*time.Second, "kakehashi_relay_rejected_transfers = 1 on a coordinator", func() bool {
		for _, op := range f.ops {
			if f.metric(op, "kakehashi_relay_rejected_transfers", fmt.Sprintf(`chain="%d"`, chainA)) == 1 {
				return true
			}
		}
		return false
	})
	for _, id := range executedIDs {
		if _, u := f.executions(chainA, id); len(u) != 1 {
			t.Errorf("unlock %s: %d Unlocked events, want 1", id, len(u))
		}
	}
	if _, u := f.executions(chainA, refusedID); len(u) != 0 {
		t.Errorf("refused unlock executed %d times", len(u))
	}
	st, _ := f.relayStatus(refusedID)
	t.Logf("refused unlock: state %s, reason %q", st.State, st.Reason)
}

// reverterCode deploys a contract whose code is PUSH1 0 PUSH1 0 REVERT: it
// refuses every call and every payment.
var reverterCode = common.FromHex("0x6005600c60003960056000f3" + "60006000fd")

// deployReverter deploys a contract that reverts on every call on chain.
func (f *federation) deployReverter(ctx context.Context, chain chains.ChainID) common.Address {
	f.t.Helper()
	var addr common.Address
	_, err := deploy.Send(ctx, f.clients[chain], f.d.FaucetKey(2), "deploy reverter", func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bind.DeployContract(o, abi.ABI{}, reverterCode, f.clients[chain])
		addr = a
		return tx, err
	})
	if err != nil {
		f.t.Fatal(err)
	}
	code, err := f.clients[chain].CodeAt(ctx, addr, nil)
	if err != nil || len(code) == 0 {
		f.t.Fatalf("reverter at %s: code %x, %v", addr, code, err)
	}
	return addr
}

func freshAddress() common.Address {
	k, _ := crypto.GenerateKey()
	return crypto.PubkeyToAddress(k.PublicKey)
}
