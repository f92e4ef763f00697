//go:build integration

package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// TestAuditDivergence (issue 17): op3's own ledger is altered while it is
// stopped — the LOCK and MINT of a transfer raised by one TST, the ledger
// re-hashed and re-signed with op3's key, a valid 1-of-1 chain again — and
// op3 restarts:
//
//   - it finds that the federation's attested chain contradicts its own
//     ledger, raises kakehashi_audit_shared_diverged, reports where on
//     GET /v1/audit/head, attests nothing and stays out of the lead;
//   - `bridgectl audit verify` against the three relays fails and names
//     op3, with the block and the record;
//   - op1 and op2 keep producing attested blocks: a new transfer's MINT is
//     final in their replicas with their two attestations.
func TestAuditDivergence(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	id := f.lockTST(ctx, user, e18(2), chainB, bob)
	if _, err := f.waitExecuted(chainB, id, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "the MINT in every replica", func() bool { return sharedHolds(f, id, "MINT") })
	lockHeight := stepHeight(t, f.ops[0].URL(), id, "LOCK")

	op3 := f.ops[2]
	f.c.Stop(op3)
	tamperLock(t, op3.AuditStore(), op3.Key, id)
	f.start(op3)
	var h3 struct {
		Diverged *struct {
			Height uint64 `json:"height"`
			Record int    `json:"record"`
			Kind   string `json:"kind"`
		} `json:"diverged"`
	}
	waitFor(t, 30*time.Second, "op3 reporting that the shared chain contradicts its ledger", func() bool {
		return getJSON(op3.URL()+"/v1/audit/head", &h3) && h3.Diverged != nil
	})
	if h3.Diverged.Height != lockHeight || h3.Diverged.Kind != "LOCK" {
		t.Fatalf("op3 reports divergence at %+v, want the LOCK at height %d", *h3.Diverged, lockHeight)
	}
	if v := f.metric(op3, "kakehashi_audit_shared_diverged", ""); v != 1 {
		t.Fatalf("kakehashi_audit_shared_diverged on op3 = %v, want 1", v)
	}

	// The auditor's view: op3 named, with block and record.
	e := &btcEnv{f: f, t: t}
	args := []string{"--json", "audit", "verify"}
	for _, op := range f.ops {
		args = append(args, "--url", op.URL())
	}
	out, err := e.bridgectl(ctx, args...)
	if err == nil {
		t.Fatalf("audit verify of the three relays passed with op3 diverged:\n%s", out)
	}
	var cmp struct {
		Replicas []struct {
			URL               string `json:"url"`
			OwnLedgerDiverges *struct {
				Height uint64 `json:"height"`
				Record int    `json:"record"`
			} `json:"ownLedgerDiverges"`
		} `json:"replicas"`
	}
	// The comparison, then the error object (exit status audit_failed).
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&cmp); err != nil || len(cmp.Replicas) != 3 {
		t.Fatalf("audit verify --json: %v\n%s", err, out)
	}
	for i, r := range cmp.Replicas {
		named := r.OwnLedgerDiverges != nil
		if named != (i == 2) || named && r.OwnLedgerDiverges.Height != lockHeight {
			t.Fatalf("replica %d (%s): ownLedgerDiverges %+v; want only op3, at height %d", i+1, r.URL, r.OwnLedgerDiverges, lockHeight)
		}
	}

	// The honest two go on.
	next := f.lockTST(ctx, user, e18(1), chainB, bob)
	if _, err := f.waitExecuted(chainB, next, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "op1 and op2 sharing the next MINT", func() bool {
		return holds(f.ops[0], next, "MINT") && holds(f.ops[1], next, "MINT")
	})
	head, _ := sharedHead(f.ops[0].URL())
	for _, a := range head.AttestedBy {
		if a == op3.Address.Hex() {
			t.Fatalf("a block made after the divergence carries op3's attestation: %v", head.AttestedBy)
		}
	}
	t.Logf("op3 diverged at block %d record %d; op1 and op2 went on to height %d", h3.Diverged.Height, h3.Diverged.Record, head.Height)
}

// stepHeight is the shared-chain height of transfer id's record of kind.
func stepHeight(t *testing.T, url string, id chains.TransferID, kind string) uint64 {
	t.Helper()
	var got struct {
		Steps []struct {
			Height uint64 `json:"height"`
			Kind   string `json:"kind"`
		} `json:"steps"`
	}
	if !getJSON(url+"/v1/audit/transfers/"+id.String(), &got) {
		t.Fatalf("no audit steps of %s at %s", id, url)
	}
	for _, s := range got.Steps {
		if s.Kind == kind {
			return s.Height
		}
	}
	t.Fatalf("no %s of %s in the shared chain", kind, id)
	return 0
}

// tamperLock rewrites the local ledger at path as a modified operator
// would: the LOCK of id and its MINT raised by 10^18 (a consistent lie),
// every block re-proposed and
// re-signed with key, so that the ledger is a valid chain again.
func tamperLock(t *testing.T, path string, key *ecdsa.PrivateKey, id chains.TransferID) {
	t.Helper()
	ctx := context.Background()
	src, err := audit.NewStore(audit.StoreConfig{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	var blocks [][]*audit.Record
	err = src.Blocks(ctx, 0, func(b *audit.Block) error {
		var recs []*audit.Record
		for _, raw := range b.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			if (r.Kind == audit.KindLock || r.Kind == audit.KindMint) && r.TransferID == id {
				r.Amount.Add(&r.Amount, uint256.NewInt(1e18))
			}
			recs = append(recs, r)
		}
		blocks = append(blocks, recs)
		return nil
	})
	src.Close()
	if err != nil {
		t.Fatal(err)
	}
	out := path + ".tampered"
	dst, err := audit.NewStore(audit.StoreConfig{Path: out})
	if err != nil {
		t.Fatal(err)
	}
	l, err := audit.NewLedger(ctx, audit.LedgerConfig{Store: dst})
	if err == nil {
		var p *audit.Proposer
		if p, err = audit.NewProposer(audit.ProposerConfig{Key: key, Ledger: l}); err == nil {
			for _, recs := range blocks {
				b, rejected, perr := p.Propose(ctx, recs)
				if perr != nil || len(rejected) > 0 {
					t.Fatalf("re-propose: %v, rejected %v", perr, rejected)
				}
				if err = l.Apply(ctx, b); err != nil {
					break
				}
			}
		}
	}
	dst.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(out, path); err != nil {
		t.Fatal(err)
	}
}

// getJSON GETs url and decodes a 200 answer into v.
func getJSON(url string, v any) bool {
	resp, err := http.Get(url)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK && json.NewDecoder(resp.Body).Decode(v) == nil
}
