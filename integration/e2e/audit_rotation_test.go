//go:build integration

package e2e

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// TestAuditRotation (issues 17 and 18): the federation rotates from 2-of-3
// to 3-of-3. The current quorum rotates every bridge (bridgectl rotate),
// the operators update operators.threshold and the deployment file and
// restart; the shared audit chain's leader then proposes the SIGNERSET of
// epoch 2, which the old quorum attests, each attester checking it against
// its own configuration; blocks after it carry three attestations, and a
// transfer minted under the new epoch is in every replica.
func TestAuditRotation(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	first := f.lockTST(ctx, user, e18(1), chainB, bob)
	if _, err := f.waitExecuted(chainB, first, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "the first MINT in every replica", func() bool { return sharedHolds(f, first, "MINT") })
	h1, _ := sharedHead(f.ops[0].URL())
	if h1.Epoch != 1 || h1.Threshold != 2 {
		t.Fatalf("shared head before the rotation: epoch %d threshold %d, want 1 and 2", h1.Epoch, h1.Threshold)
	}

	// The rotation: every bridge, then every relay's configuration.
	var set []string
	for _, op := range f.ops {
		set = append(set, op.Address.Hex())
	}
	e := &btcEnv{f: f, t: t}
	if out, err := e.bridgectl(ctx, "rotate", "--chain", "all", "--signers", strings.Join(set, ","), "--threshold", "3", "--devnet-operators"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, op := range f.ops {
		f.c.Stop(op)
		b, err := os.ReadFile(op.Config)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(op.Config, []byte(strings.Replace(string(b), "threshold: 2", "threshold: 3", 1)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f.dep.Signers.Threshold = 3
	if err := f.dep.Write(f.depPath); err != nil {
		t.Fatal(err)
	}
	f.startAll()

	next := f.lockTST(ctx, user, e18(1), chainB, bob)
	if _, err := f.waitExecuted(chainB, next, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "the next MINT in every replica", func() bool { return sharedHolds(f, next, "MINT") })
	h2, _ := sharedHead(f.ops[0].URL())
	if h2.Epoch != 2 || h2.Threshold != 3 || len(h2.AttestedBy) < 3 {
		t.Fatalf("shared head after the rotation: epoch %d threshold %d attested by %v, want epoch 2, 3-of-3", h2.Epoch, h2.Threshold, h2.AttestedBy)
	}
	var steps struct {
		Steps []struct {
			Height uint64 `json:"height"`
			Kind   string `json:"kind"`
		} `json:"steps"`
	}
	if !getJSON(f.ops[1].URL()+"/v1/audit/transfers/"+next.String(), &steps) || len(steps.Steps) == 0 {
		t.Fatal("no steps of the transfer after the rotation")
	}
	t.Logf("rotated: shared head %d epoch %d %d-of-%d, attested by %v", h2.Height, h2.Epoch, h2.Threshold, len(set), h2.AttestedBy)
}
