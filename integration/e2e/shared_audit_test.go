//go:build integration

package e2e

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/auditchain"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
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

	// An auditor compares the three replicas over HTTP; then a modified
	// operator serves its export with the MINT's amount raised: it is named,
	// with the block and record.
	e := &btcEnv{f: f, t: t}
	var cmp struct {
		OK       bool `json:"ok"`
		Replicas []struct {
			URL        string  `json:"url"`
			OK         bool    `json:"ok"`
			Error      string  `json:"error"`
			DivergesAt *uint64 `json:"divergesAt"`
		} `json:"replicas"`
	}
	args := []string{"audit", "verify"}
	for _, op := range f.ops {
		args = append(args, "--url", op.URL())
	}
	e.bridgectlJSON(ctx, &cmp, args...)
	if !cmp.OK || len(cmp.Replicas) != 3 {
		t.Fatalf("audit verify of the three replicas: %+v", cmp)
	}
	forged := forgedExport(t, f.ops[2].URL(), id)
	out, err := e.bridgectl(ctx, "audit", "verify", "--url", f.ops[0].URL(), "--url", f.ops[1].URL(), "--url", forged)
	if err == nil || !strings.Contains(err.Error(), "audit_failed") {
		t.Fatalf("audit verify with a forged replica: %v", err)
	}
	if err := lastJSON(out[:bytes.LastIndex(out, []byte("\n{"))+1], &cmp); err != nil {
		t.Fatalf("audit verify printed %s: %v", out, err)
	}
	if r := cmp.Replicas[2]; r.OK || r.DivergesAt == nil || !strings.Contains(r.Error, "record") || !cmp.Replicas[0].OK || !cmp.Replicas[1].OK {
		t.Fatalf("forged replica not named: %+v", cmp.Replicas)
	}
	t.Logf("forged replica named: %s (diverges at height %d)", cmp.Replicas[2].Error, *cmp.Replicas[2].DivergesAt)

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

// TestAuditCatchUp (issue 17): op3 is killed, op1 and op2 make 50 more
// blocks, and the bus forgets them (the audit stream purged, as a stream
// past its retention would be). Restarted, op3 cannot
// replay them from the bus: it fetches them from its peers over HTTP
// (audit.peers, GET /v1/audit/blocks?from=N), verifies each (link,
// attestations, state) before it stores it, reaches the others' head,
// and then follows the bus again.
func TestAuditCatchUp(t *testing.T) {
	f := newFederationOpts(t, fedOptions{auditPeers: true, auditInterval: 200 * time.Millisecond})
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	first := f.lockTST(ctx, user, e18(1), chainB, bob)
	if _, err := f.waitExecuted(chainB, first, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "the first transfer's MINT in every replica", func() bool { return sharedHolds(f, first, "MINT") })
	down := f.ops[2]
	f.kill(down)
	before, _ := sharedHead(f.ops[0].URL())

	// Transfers while op3 is down, until the shared chain is 50 blocks
	// longer (each round with new records makes a block).
	var ids []chains.TransferID
	mid := before
	for len(ids) < 80 && mid.Height < before.Height+50 {
		id := f.lockTST(ctx, user, e18(1), chainB, bob)
		ids = append(ids, id)
		if len(ids)%5 == 0 {
			if _, err := f.waitExecuted(chainB, id, false, 90*time.Second); err != nil {
				t.Fatal(err)
			}
		}
		mid, _ = sharedHead(f.ops[0].URL())
	}
	last := ids[len(ids)-1]
	if _, err := f.waitExecuted(chainB, last, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "op1 and op2 sharing the last MINT", func() bool {
		return holds(f.ops[0], last, "MINT") && holds(f.ops[1], last, "MINT")
	})
	mid, _ = sharedHead(f.ops[0].URL())
	if mid.Height < before.Height+50 {
		t.Fatalf("the shared chain grew by %d blocks with %d transfers, want 50", mid.Height-before.Height, len(ids))
	}
	for _, a := range mid.AttestedBy {
		if a == down.Address.Hex() {
			t.Fatalf("a block made while op3 was down carries its attestation: %v", mid.AttestedBy)
		}
	}

	// op3 returns: the bus has forgotten what it missed; its peers have it.
	f.purgeAuditStream(ctx)
	start := time.Now()
	f.start(down)
	waitFor(t, 90*time.Second, "op3's replica reaching the others' head", func() bool {
		h0, ok0 := sharedHead(f.ops[0].URL())
		h3, ok3 := sharedHead(down.URL())
		return ok0 && ok3 && h3.Height >= mid.Height && h3.Hash == h0.Hash
	})
	if n := f.metric(down, "kakehashi_audit_shared_catch_up_total", `result="blocks"`); n < float64(mid.Height-before.Height) {
		t.Fatalf("op3 caught up %v blocks from its peers, want at least the %d made while it was down", n, mid.Height-before.Height)
	}
	for _, id := range []chains.TransferID{ids[0], last} {
		if !holds(down, id, "MINT") {
			t.Errorf("op3's replica lacks the MINT of %s after catching up", id)
		}
	}
	t.Logf("op3 caught up from height %d to %d (%d transfers) over HTTP in %s", before.Height, mid.Height, len(ids), time.Since(start).Round(100*time.Millisecond))

	// And it follows the bus again.
	next := f.lockTST(ctx, user, e18(1), chainB, bob)
	if _, err := f.waitExecuted(chainB, next, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 60*time.Second, "every replica holding the next MINT", func() bool { return sharedHolds(f, next, "MINT") })
}

// purgeAuditStream empties the bus's audit stream as its admin.
func (f *federation) purgeAuditStream(ctx context.Context) {
	f.t.Helper()
	nc, err := nats.Connect(f.d.NATS.URL, f.d.NATS.AdminOptions()...)
	if err != nil {
		f.t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		f.t.Fatal(err)
	}
	st, err := js.Stream(ctx, bus.StreamAudit)
	if err == nil {
		err = st.Purge(ctx)
	}
	if err != nil {
		f.t.Fatalf("purge %s: %v", bus.StreamAudit, err)
	}
}

// holds reports whether op's replica holds a record of kind for id.
func holds(op *operator, id chains.TransferID, kind string) bool {
	resp, err := http.Get(op.URL() + "/v1/audit/transfers/" + id.String())
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var got struct {
		Steps []auditchain.Step `json:"steps"`
	}
	if json.NewDecoder(resp.Body).Decode(&got) != nil {
		return false
	}
	for _, s := range got.Steps {
		if s.Kind == kind {
			return true
		}
	}
	return false
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
		if !holds(op, id, kind) {
			return false
		}
	}
	return true
}

// forgedExport serves, as a modified operator would, the export of the
// relay at url with the MINT of transfer id raised by 1,000 units.
func forgedExport(t *testing.T, url string, id chains.TransferID) string {
	t.Helper()
	resp, err := http.Get(url + "/v1/audit/blocks")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	forged := false
	for _, line := range bytes.Split(bytes.TrimSpace(body), []byte("\n")) {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatal(err)
		}
		recs, _ := m["records"].([]any)
		for _, x := range recs {
			rec := x.(map[string]any)
			raw, _ := hex.DecodeString(rec["recordHex"].(string))
			r, err := audit.DecodeRecord(raw)
			if err != nil || r.Kind != audit.KindMint || r.TransferID != id {
				continue
			}
			r.Amount.AddUint64(&r.Amount, 1000)
			enc, _ := r.Encode()
			rec["recordHex"] = hex.EncodeToString(enc)
			forged = true
		}
		b, _ := json.Marshal(m)
		out.Write(b)
		out.WriteByte('\n')
	}
	if !forged {
		t.Fatalf("no MINT of %s in %s's export", id, url)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(out.Bytes()) }))
	t.Cleanup(srv.Close)
	return srv.URL
}
