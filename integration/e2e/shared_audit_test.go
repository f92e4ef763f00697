//go:build integration

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/auditchain"
)

// TestSharedAuditChain: three relayd (2-of-3) build one audit chain. After
// a lock A → B is minted, all three report the same head, and each
// replica — reopened and replayed from genesis, every block's two
// attestations verified — holds the same blocks with the transfer's LOCK
// and MINT exactly once, under the federation's signer set.
func TestSharedAuditChain(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	id := f.lockTST(ctx, user, e18(2), chainB, bob)
	if _, err := f.waitExecuted(chainB, id, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}

	// The three heads agree once the MINT is in the shared chain.
	var heads []auditchain.Head
	waitFor(t, 60*time.Second, "three relays reporting one shared head holding the MINT", func() bool {
		heads = heads[:0]
		for _, op := range f.ops {
			h, ok := sharedHead(op.URL())
			if !ok {
				return false
			}
			heads = append(heads, h)
		}
		for _, h := range heads[1:] {
			if h.Hash != heads[0].Hash || h.Height != heads[0].Height {
				return false
			}
		}
		return heads[0].Height >= 1 && sharedHolds(f, id, "MINT")
	})
	t.Logf("shared head: height %d hash %s attested by %v (threshold %d)", heads[0].Height, heads[0].Hash, heads[0].AttestedBy, heads[0].Threshold)

	f.c.Close()
	var want [][32]byte
	for i, op := range f.ops {
		st, err := audit.NewStore(audit.StoreConfig{Path: sharedStore(op)})
		if err != nil {
			t.Fatal(err)
		}
		l, err := audit.NewLedger(ctx, audit.LedgerConfig{Store: st}) // replays and verifies every block
		if err != nil {
			t.Fatalf("op%d's replica does not verify: %v", op.Index, err)
		}
		if set := l.Signers(); set == nil || set.Threshold != 2 || len(set.Signers) != 3 {
			t.Errorf("op%d's replica: signer set %+v, want 2-of-3", op.Index, set)
		}
		var hashes [][32]byte
		count := map[string]int{}
		err = st.Blocks(ctx, 0, func(b *audit.Block) error {
			if len(b.Attestations) < 2 {
				return fmt.Errorf("block %d has %d attestations", b.Header.Height, len(b.Attestations))
			}
			hashes = append(hashes, b.Header.Hash())
			for _, raw := range b.Records {
				r, err := audit.DecodeRecord(raw)
				if err != nil {
					return err
				}
				if r.TransferID == id {
					count[r.Kind.String()]++
				}
			}
			return nil
		})
		st.Close()
		if err != nil {
			t.Fatalf("op%d: %v", op.Index, err)
		}
		if count["LOCK"] != 1 || count["MINT"] != 1 {
			t.Errorf("op%d's replica: transfer records %v, want one LOCK and one MINT", op.Index, count)
		}
		if i == 0 {
			want = hashes
			continue
		}
		for h := 0; h < min(len(want), len(hashes)); h++ {
			if want[h] != hashes[h] {
				t.Fatalf("op%d's replica differs from op1's at height %d", op.Index, h)
			}
		}
	}
}

func sharedStore(op *operator) string {
	return filepath.Join(filepath.Dir(op.AuditStore()), "federation-audit.db")
}

// sharedHead asks a relay for its shared audit head.
func sharedHead(url string) (auditchain.Head, bool) {
	resp, err := http.Get(url + "/v1/audit/head")
	if err != nil {
		return auditchain.Head{}, false
	}
	defer resp.Body.Close()
	var h auditchain.Head
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&h) != nil {
		return auditchain.Head{}, false
	}
	return h, true
}

// sharedHolds reports whether every relay's replica holds a record of
// kind for transfer id (GET /v1/audit/transfers/{id}).
func sharedHolds(f *federation, id chains.TransferID, kind string) bool {
	for _, op := range f.ops {
		resp, err := http.Get(op.URL() + "/v1/audit/transfers/" + id.String())
		if err != nil {
			return false
		}
		var got struct {
			Steps []auditchain.Step `json:"steps"`
		}
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if err != nil {
			return false
		}
		found := false
		for _, s := range got.Steps {
			found = found || s.Kind == kind
		}
		if !found {
			return false
		}
	}
	return true
}
