package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/kakehashi/kakehashi/audit"
)

// fetchAudit downloads a relayd's replica of the shared audit chain
// (GET <url>/v1/audit/blocks, the JSONL export).
func fetchAudit(ctx context.Context, url string) ([]byte, error) {
	return fetchPath(ctx, url, "/v1/audit/blocks")
}

// ownDivergence asks a relayd whether the shared chain contradicts its own
// ledger (GET <url>/v1/audit/head, field diverged); nil when it does not
// or cannot say.
func ownDivergence(ctx context.Context, url string) *ownDiverged {
	body, err := fetchPath(ctx, url, "/v1/audit/head")
	if err != nil {
		return nil
	}
	var h struct {
		Diverged *ownDiverged `json:"diverged"`
	}
	if json.Unmarshal(body, &h) != nil {
		return nil
	}
	return h.Diverged
}

// ownDiverged is where an operator's own ledger contradicts the shared
// chain, as its relayd reports it (relay/auditchain.Divergence).
type ownDiverged struct {
	Height   uint64 `json:"height"`
	Record   int    `json:"record"`
	Kind     string `json:"kind"`
	Transfer string `json:"transfer"`
	Reason   string `json:"reason"`
}

func fetchPath(ctx context.Context, url, path string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(url, "/")+path, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: --url %q: %v", ErrUsage, url, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNode, url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNode, url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: %s answered %s: %s", ErrNode, url, resp.Status, strings.TrimSpace(string(body)))
	}
	return body, nil
}

// replicaResult is one operator's replica in 'audit verify --url … --url …'.
type replicaResult struct {
	URL    string `json:"url"`
	OK     bool   `json:"ok"`
	Height uint64 `json:"height"`
	Head   string `json:"head,omitempty"`
	// Error is why its chain does not verify (block, record, reason), or
	// why it could not be read.
	Error string `json:"error,omitempty"`
	// DivergesAt is the first height where its block differs from the one
	// most replicas hold.
	DivergesAt *uint64 `json:"divergesAt,omitempty"`
	// OwnLedgerDiverges: the operator's relayd reports that the shared
	// chain contradicts its own ledger at this block and record (its
	// watchers saw otherwise, or its ledger was altered).
	OwnLedgerDiverges *ownDiverged `json:"ownLedgerDiverges,omitempty"`
}

// compareResult is the --json output of 'audit verify' with several --url.
type compareResult struct {
	OK       bool            `json:"ok"`
	Replicas []replicaResult `json:"replicas"`
}

// compareReplicas verifies each operator's replica from genesis and
// compares them block by block: a replica that does not verify, or whose
// block at some height is not the one most replicas hold, is named.
func (a *app) compareReplicas(ctx context.Context, urls []string, gen [32]byte) error {
	res := compareResult{OK: true}
	hashes := make([][][32]byte, len(urls))
	for i, u := range urls {
		r := replicaResult{URL: u}
		body, err := fetchAudit(ctx, u)
		if err == nil {
			var rep *audit.Report
			if rep, err = audit.Verify(ctx, audit.NewJSONLSource(bytes.NewReader(body)), audit.VerifyOptions{Genesis: gen}); err == nil {
				r.OK, r.Height, r.Head = true, rep.Height, rep.HeadHex
			}
		}
		if err != nil {
			r.Error = err.Error()
		}
		r.OwnLedgerDiverges = ownDivergence(ctx, u)
		// The hash of every block's whole encoding (header, records,
		// attestations), verified or not: where a bad replica departs from
		// the others is what names it, even where it kept the header.
		_ = audit.NewJSONLSource(bytes.NewReader(body)).Blocks(ctx, 0, func(b *audit.Block) error {
			hashes[i] = append(hashes[i], sha256.Sum256(b.Encode()))
			return nil
		})
		res.Replicas = append(res.Replicas, r)
	}
	for i := range res.Replicas {
		if h, ok := divergence(hashes, i); ok {
			res.Replicas[i].DivergesAt = &h
		}
		res.OK = res.OK && res.Replicas[i].OK && res.Replicas[i].DivergesAt == nil && res.Replicas[i].OwnLedgerDiverges == nil
	}
	err := a.console.out(res, func(w io.Writer) {
		for _, r := range res.Replicas {
			switch {
			case r.Error != "":
				fmt.Fprintf(w, "%s: DOES NOT VERIFY: %s\n", r.URL, r.Error)
			case r.DivergesAt != nil:
				fmt.Fprintf(w, "%s: verifies alone, but DIFFERS from the majority at height %d\n", r.URL, *r.DivergesAt)
			case r.OwnLedgerDiverges != nil:
				d := r.OwnLedgerDiverges
				fmt.Fprintf(w, "%s: its replica verifies, but ITS OWN LEDGER CONTRADICTS the shared chain at block %d record %d (%s of transfer %s): %s\n",
					r.URL, d.Height, d.Record, d.Kind, d.Transfer, d.Reason)
			default:
				fmt.Fprintf(w, "%s: OK, head %d %s\n", r.URL, r.Height, r.Head)
			}
		}
	})
	if err != nil {
		return err
	}
	if !res.OK {
		return fmt.Errorf("%w: the operators' replicas disagree or do not verify (see above)", ErrAuditFailed)
	}
	return nil
}

// divergence returns the first height at which replica i's block is not
// the one most replicas that have that height hold.
func divergence(hashes [][][32]byte, i int) (uint64, bool) {
	for h := range hashes[i] {
		votes := map[[32]byte]int{}
		for _, hs := range hashes {
			if h < len(hs) {
				votes[hs[h]]++
			}
		}
		best, n := [32]byte{}, 0
		for k, v := range votes {
			if v > n {
				best, n = k, v
			}
		}
		if hashes[i][h] != best && votes[hashes[i][h]] < n {
			return uint64(h), true
		}
	}
	return 0, false
}
