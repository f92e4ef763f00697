//go:build integration

package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/cluster"
)

// TestAuditAnchored (issue 17): three relayd with separate role keys
// anchor the shared audit chain. After a lock A → B is minted, the
// leader anchors a final head holding the MINT into the AuditAnchor of
// every EVM chain — the transaction sent by its transactions key, the
// Anchored event naming it (its authorisation address) and carrying the
// block's attestations. `bridgectl audit verify --chains` finds the
// anchors in the logs, checks them against the verified chain and reports
// the newest anchored height per chain. Then the (public) devnet keys of
// two operators attest a block the chain never had and anchor it in the
// name of a third: verification fails, naming that operator.
func TestAuditAnchored(t *testing.T) {
	roles := make([]cluster.RoleKeys, deployment.DevnetOperators)
	for i := range roles {
		roles[i] = cluster.RoleKeys{Custody: roleKey(i, "custody"), Transactions: roleKey(i, "transactions"), Bus: roleKey(i, "bus")}
	}
	f := newFederationOpts(t, fedOptions{roles: roles, anchor: &cluster.AuditAnchor{EveryBlocks: 2, Every: 3 * time.Second}})
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	id := f.lockTST(ctx, user, e18(2), chainB, bob)
	if _, err := f.waitExecuted(chainB, id, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "the MINT in the shared chain", func() bool { return sharedHolds(f, id, "MINT") })
	mintHeight := stepHeight(t, f.ops[0].URL(), id, "MINT")

	// Every EVM chain gets an anchor at or above the MINT's block.
	txKeys := map[common.Address]bool{}
	for _, r := range roles {
		txKeys[addrOf(r.Transactions)] = true
	}
	// Final as bridgectl audit verify --chains counts them (its default
	// EVM depth, 3).
	const verifyDepth = 3
	newest := map[chains.ChainID]anchor.EVMAnchor{}
	waitFor(t, 90*time.Second, fmt.Sprintf("final anchors of height ≥ %d on A, B and C", mintHeight), func() bool {
		for _, c := range f.dep.EVMChains() {
			found, err := anchor.FindEVM(ctx, f.clients[c.ID], c.ID, c.AuditAnchor, c.DeployBlock, verifyDepth)
			if err != nil {
				t.Fatal(err)
			}
			if len(found) == 0 || found[len(found)-1].Height < mintHeight {
				return false
			}
			newest[c.ID] = found[len(found)-1]
		}
		return true
	})
	for _, c := range f.dep.EVMChains() {
		a := newest[c.ID]
		tx := common.Hash(a.Ref.TxHash)
		if f.operatorOf(a.Operator) == nil {
			t.Fatalf("chain %s: anchor in the name of %s, not an operator", c.Name, a.Operator)
		}
		if from := f.txSender(ctx, c.ID, tx); !txKeys[from] {
			t.Fatalf("chain %s: anchor sent by %s, not an operator's transactions key", c.Name, from)
		}
		rc, err := f.clients[c.ID].TransactionReceipt(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("chain %s: height %d anchored by %s with %d attestations, %d gas (tx %s)", c.Name, a.Height, a.Operator, len(a.Attestations), rc.GasUsed, tx)
	}
	leader := f.operatorOf(newest[chainA].Operator)
	if f.metric(leader, "kakehashi_audit_anchors_total", `result="ok"`) < 3 {
		t.Errorf("op%d: kakehashi_audit_anchors_total{result=\"ok\"} below one per chain", leader.Index)
	}

	e := &btcEnv{f: f, t: t}
	got := verifyAnchors(ctx, e, f.ops[0])
	for _, c := range f.dep.EVMChains() {
		l, ok := got[c.ID]
		if !ok || l.Newest == nil || l.Newest.Height < mintHeight || l.Checked == 0 {
			t.Fatalf("audit verify --chains: chain %s: %+v", c.Name, l)
		}
		t.Logf("audit verify --chains: chain %s: %d anchors, newest height %d by %s", c.Name, l.Anchors, l.Newest.Height, l.Newest.Operator)
	}

	// A quorum anchors a block the chain never had, in op3's name (or
	// whichever operator has not anchored on C): the audit names it.
	fork := f.forkAnchor(ctx, chainC, leader)
	out, err := e.bridgectl(ctx, "audit", "verify", "--url", f.ops[0].URL(), "--chains")
	if err == nil || !strings.Contains(err.Error(), "audit_failed") || !strings.Contains(string(out), fork.Hex()) {
		t.Fatalf("audit verify --chains with a conflicting anchor by %s: %v\n%s", fork, err, out)
	}
	t.Logf("conflicting anchor named: %s", strings.TrimSpace(string(out)))
}

// anchorLine is a line of `audit verify --chains --json`'s anchors.
type anchorLine struct {
	Chain   chains.ChainID `json:"chain"`
	Anchors int            `json:"anchors"`
	Checked int            `json:"checked"`
	Newest  *struct {
		Height   uint64         `json:"height"`
		Hash     string         `json:"hash"`
		Operator common.Address `json:"operator"`
	} `json:"newest"`
}

// verifyAnchors runs `bridgectl audit verify --url op --chains` and
// returns its anchors per chain.
func verifyAnchors(ctx context.Context, e *btcEnv, op *operator) map[chains.ChainID]anchorLine {
	e.t.Helper()
	var res struct {
		OK      bool         `json:"ok"`
		Chains  bool         `json:"chainsChecked"`
		Anchors []anchorLine `json:"anchors"`
	}
	e.bridgectlJSON(ctx, &res, "audit", "verify", "--url", op.URL(), "--chains")
	if !res.OK || !res.Chains {
		e.t.Fatalf("audit verify --chains: %+v", res)
	}
	out := map[chains.ChainID]anchorLine{}
	for _, l := range res.Anchors {
		out[l.Chain] = l
	}
	return out
}

// forkAnchor has two operators' (public devnet) keys attest a block 1
// that is not the chain's and anchors it on chain in the name of an
// operator other than skip with no anchor there yet; it returns that
// operator.
func (f *federation) forkAnchor(ctx context.Context, chain chains.ChainID, skip *operator) common.Address {
	f.t.Helper()
	c, _ := f.dep.ChainByID(chain)
	aa, err := bindings.NewAuditAnchor(c.AuditAnchor, f.clients[chain])
	if err != nil {
		f.t.Fatal(err)
	}
	var named *operator
	for _, op := range f.ops {
		l, err := aa.Latest(&bind.CallOpts{Context: ctx}, op.Address)
		if err == nil && l.HeadHash == [32]byte{} && op != skip {
			named = op
		}
	}
	if named == nil {
		f.t.Fatal("every operator but the leader has anchored on this chain: no one left to forge in the name of")
	}
	h := audit.Header{Height: 1, Time: uint64(time.Now().UnixMilli()), RecordCount: 1, Proposer: named.Address}
	keys := []*ecdsa.PrivateKey{named.Key}
	for _, op := range f.ops {
		if op != named && len(keys) < 2 {
			keys = append(keys, op.Key)
		}
	}
	var atts []audit.Attestation
	for _, k := range keys {
		a, err := audit.Attest(k, h.Hash())
		if err != nil {
			f.t.Fatal(err)
		}
		atts = append(atts, a)
	}
	packed, err := anchor.PackAttestations(h.Hash(), atts, named.Address)
	if err != nil {
		f.t.Fatal(err)
	}
	rc, err := deploy.Send(ctx, f.clients[chain], f.d.FaucetKey(3), "forged anchor", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return aa.Anchor(o, named.Address, h.Encode(), packed)
	})
	if err != nil {
		f.t.Fatal(err)
	}
	// --chains counts an anchor once it is final (3 blocks deep by default).
	waitFor(f.t, 30*time.Second, "the forged anchor 3 blocks deep", func() bool {
		n, err := f.clients[chain].BlockNumber(ctx)
		return err == nil && n >= rc.BlockNumber.Uint64()+2
	})
	return named.Address
}
