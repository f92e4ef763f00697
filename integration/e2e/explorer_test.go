//go:build integration

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/audit/explorer"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/auditchain"
)

// TestExplorer: the audit explorer reads the three relays' replicas of the
// shared chain while a real ERC-20 round trip A → B → A runs (lock, mint,
// burn, unlock), verifies every block, and a person in headless Chromium
// finds the transfers by typing their ids into the search box: each page
// shows the steps with links to their audit blocks and the operators who
// attested them; bob's address lists both (he received the mint and made
// the burn); the overview's supply invariant row for TST holds; an unknown
// id is "Not found".
func TestExplorer(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is not on PATH (make browser-tools installs it): %v", err)
	}
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	waitFor(t, 60*time.Second, "the shared audit chain's genesis", func() bool { _, ok := sharedHead(f.ops[0].URL()); return ok })
	site := startExplorer(ctx, t, f)

	// The round trip, while the explorer follows the chain.
	user, bob, carol := f.d.FaucetKey(0), f.d.FaucetKey(1), addrOf(f.d.FaucetKey(2))
	amount := e18(3)
	lockID := f.lockTST(ctx, user, amount, chainB, addrOf(bob))
	if _, err := f.waitExecuted(chainB, lockID, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	burnID := f.burn(ctx, bob, chainB, f.token("TST", chainB).addr, amount, chainA, carol)
	if _, err := f.waitExecuted(chainA, burnID, true, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 90*time.Second, "the explorer showing the UNLOCK (relays' shared chain, then the explorer's refresh)", func() bool {
		return explorerHas(site, burnID, "UNLOCK") && explorerHas(site, lockID, "MINT")
	})

	browser := newBrowser(ctx, t, chromium)
	start := time.Now()
	for _, tr := range []struct {
		id    chains.TransferID
		kinds []string
	}{{lockID, []string{"LOCK", "MINT"}}, {burnID, []string{"BURN", "UNLOCK"}}} {
		checkTransferPage(t, browser, f, site, tr.id, tr.kinds)
	}
	checkParty(t, browser, site, addrOf(bob), lockID, burnID)
	checkOverview(t, browser, f, site)
	checkNotFound(t, browser, site)
	t.Logf("browser checks in %s", time.Since(start).Round(100*time.Millisecond))
}

// startExplorer serves an explorer over the three relays' replicas,
// refreshed every second, until the test ends.
func startExplorer(ctx context.Context, t *testing.T, f *federation) string {
	t.Helper()
	names := explorer.Names{Chains: map[chains.ChainID]string{}, Assets: map[chains.AssetID]string{}}
	for _, c := range f.dep.Chains {
		names.Chains[c.ID] = c.Name
	}
	for _, as := range f.dep.Assets {
		names.Assets[as.ID] = as.Symbol
	}
	var reps []explorer.Replica
	for _, op := range f.ops {
		reps = append(reps, explorer.URLReplica(op.URL(), nil))
	}
	ex, err := explorer.New(explorer.Config{Replicas: reps, Interval: time.Second, Names: names})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ex.Refresh(ctx); err != nil {
		t.Fatalf("first refresh of the three replicas: %v", err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); _ = ex.Run(runCtx) }()
	srv := httptest.NewServer(ex)
	t.Cleanup(func() { srv.Close(); stop(); <-done })
	return srv.URL
}

// explorerHas reports whether the explorer's page of id (its JSON twin)
// lists a step of kind.
func explorerHas(site string, id chains.TransferID, kind string) bool {
	req, _ := http.NewRequest(http.MethodGet, site+"/transfers/"+id.String(), nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var tv struct {
		Steps []struct {
			Record struct {
				Kind string `json:"kind"`
			} `json:"record"`
		} `json:"steps"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&tv) != nil {
		return false
	}
	for _, s := range tv.Steps {
		if s.Record.Kind == kind {
			return true
		}
	}
	return false
}

// newBrowser starts headless Chromium for the test.
func newBrowser(ctx context.Context, t *testing.T, chromium string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox cannot start
		chromedp.DisableGPU,
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	browser, cancelBrowser := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return browser
}

// browse runs browser steps with a deadline, failing the test with what.
func browse(t *testing.T, browser context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(browser, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("browser: %s: %v", what, err)
	}
}

// read runs one browser action that returns a value.
func read[T any](t *testing.T, browser context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(browser, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %s: %v", what, err)
	}
	return v
}

func text(t *testing.T, browser context.Context, sel string) string {
	t.Helper()
	return read(t, browser, "text of "+sel, chromedp.Text(chromedp.CSS(sel)))
}

func attr(t *testing.T, browser context.Context, sel, name string) string {
	t.Helper()
	return read(t, browser, name+" of "+sel, chromedp.AttributeValue(chromedp.CSS(sel), name)).Value
}

// checkTransferPage types id into the overview's search box, sees the
// as-you-type list offer it (htmx), presses Enter and checks the
// transfer page: the steps in order, each linked to the audit block the
// relays' replicas hold it in, with that block's attestations.
func checkTransferPage(t *testing.T, browser context.Context, f *federation, site string, id chains.TransferID, kinds []string) {
	t.Helper()
	browse(t, browser, "search "+id.String(),
		chromedp.Navigate(site+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), id.String()),
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#results a[href="/transfers/%s"]`, id))),
		chromedp.SendKeys(chromedp.ID("q"), kb.Enter),
		chromedp.WaitVisible(chromedp.ID("steps")),
	)
	if url := read(t, browser, "location", chromedp.Location()); url != site+"/transfers/"+id.String() {
		t.Fatalf("search for %s landed on %s", id, url)
	}
	order := read(t, browser, "step kinds", chromedp.Evaluate[[]string](`[...document.querySelectorAll("li.step")].map(e => e.dataset.kind)`))
	if strings.Join(order, ",") != strings.Join(kinds, ",") {
		t.Fatalf("transfer %s shows steps %v, want %v", id, order, kinds)
	}
	want := replicaSteps(t, f, id)
	for _, k := range kinds {
		step := fmt.Sprintf(`li.step[data-kind="%s"]`, k)
		if href := attr(t, browser, step+" a.block-link", "href"); href != fmt.Sprintf("/blocks/%d", want[k]) {
			t.Errorf("%s of %s links to %s, the relays hold it in block %d", k, id, href, want[k])
		}
		quorum := text(t, browser, step+" p.quorum")
		if !strings.Contains(quorum, "of 3 operators attested") || strings.HasPrefix(quorum, "0 ") || strings.HasPrefix(quorum, "1 ") {
			t.Errorf("%s of %s: %q, want at least 2 of 3 attestations", k, id, quorum)
		}
		attested := read(t, browser, "attesters", chromedp.Evaluate[[]string](fmt.Sprintf(
			`[...document.querySelectorAll('%s ul.attestations li.attested span.addr')].map(e => e.textContent)`, step)))
		for _, a := range attested {
			if f.operatorOf(common.HexToAddress(a)) == nil {
				t.Errorf("%s of %s: attested by %s, not an operator", k, id, a)
			}
		}
		if len(attested) < 2 {
			t.Errorf("%s of %s: attested by %v, want 2 or 3 operators", k, id, attested)
		}
	}
	// The first step's block link opens the block, which holds the transfer.
	browse(t, browser, "open the block of "+kinds[0],
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`li.step[data-kind="%s"] a.block-link`, kinds[0]))),
		chromedp.WaitVisible(chromedp.ID("block-height")),
	)
	height, records := text(t, browser, "#block-height"), text(t, browser, "#records")
	if height != fmt.Sprint(want[kinds[0]]) || !strings.Contains(records, id.String()) {
		t.Errorf("block page %s does not hold %s", height, id)
	}
	t.Logf("explorer: %s shows %v with block links and attestations", id, kinds)
}

// replicaSteps is the audit height of each step of id in op1's replica.
func replicaSteps(t *testing.T, f *federation, id chains.TransferID) map[string]uint64 {
	t.Helper()
	resp, err := http.Get(f.ops[0].URL() + "/v1/audit/transfers/" + id.String())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Steps []auditchain.Step `json:"steps"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	out := map[string]uint64{}
	for _, s := range got.Steps {
		out[s.Kind] = s.Height
	}
	return out
}

// checkParty: searching an address (as checksummed hex) lists every
// transfer it sent or received.
func checkParty(t *testing.T, browser context.Context, site string, who common.Address, ids ...chains.TransferID) {
	t.Helper()
	browse(t, browser, "search "+who.Hex(),
		chromedp.Navigate(site+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), who.Hex()+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("main ul.hits")),
	)
	got := read(t, browser, "hits", chromedp.Evaluate[[]string](`[...document.querySelectorAll("main ul.hits li.hit a")].map(e => e.getAttribute("href"))`))
	want := []string{}
	for _, id := range ids {
		want = append(want, "/transfers/"+id.String())
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("search for %s lists %v, want %v", who.Hex(), got, want)
	}
}

// checkOverview: the supply invariant row of TST holds, and the anchors
// say none yet.
func checkOverview(t *testing.T, browser context.Context, f *federation, site string) {
	t.Helper()
	as, err := f.dep.Asset("TST")
	if err != nil {
		t.Fatal(err)
	}
	row := fmt.Sprintf(`#invariant tr[data-asset="%s"]`, as.ID)
	browse(t, browser, "overview", chromedp.Navigate(site+"/"), chromedp.WaitVisible(chromedp.CSS(row)))
	class, verdict, asset := attr(t, browser, row, "class"), text(t, browser, row+" td.verdict"), text(t, browser, row+" td:first-child")
	if class != "holds" || verdict != "holds" || asset != as.Symbol {
		t.Errorf("invariant row of %s: class %q, verdict %q, asset %q", as.Symbol, class, verdict, asset)
	}
	if anchors := text(t, browser, "#anchors"); !strings.Contains(anchors, "none yet") {
		t.Errorf("anchors section %q: relayd writes no anchors yet, want none yet", anchors)
	}
	t.Logf("explorer: overview invariant row of %s holds", as.Symbol)
}

// checkNotFound: a search for an id the chain does not hold is a "Not
// found" page, answered 404.
func checkNotFound(t *testing.T, browser context.Context, site string) {
	t.Helper()
	unknown := "0x" + strings.Repeat("5a", 32)
	browse(t, browser, "search an unknown id",
		chromedp.Navigate(site+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), unknown+kb.Enter),
		chromedp.WaitVisible(chromedp.ID("not-found")),
	)
	if msg := text(t, browser, "main"); !strings.Contains(msg, "Not found") || !strings.Contains(msg, unknown) {
		t.Errorf("unknown id page: %q", msg)
	}
	resp, err := http.Get(site + "/search?q=" + unknown)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("search for an unknown id answered %s, want 404", resp.Status)
	}
}
