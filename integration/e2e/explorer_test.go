//go:build integration

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/integration/cluster"
	"github.com/kakehashi/kakehashi/relay/auditchain"
)

// TestExplorer: `bridgectl audit serve` reads the three relays' replicas
// of the shared chain while a real ERC-20 round trip A → B → A runs (lock,
// mint, burn, unlock), verifies every block, and reads the anchors the
// relays write into the AuditAnchor of A, B and C (the deployment's
// auditAnchor, on the nodes of devnet.json). A person in headless
// Chromium finds the transfers by typing their ids into the search box:
// each page shows the steps with links to their audit blocks and the
// operators who attested them; bob's address lists both (he received the
// mint and made the burn); the overview's supply invariant row for TST
// holds, and its anchors table shows a chain's newest anchor, checked
// against the verified chain, by one of the operators, and no conflict;
// an unknown id is "Not found".
func TestExplorer(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is not on PATH (make browser-tools installs it): %v", err)
	}
	// Anchor every 2 final blocks or 5 s (relayd's defaults: 10, 30 s), so
	// that anchors are there by the end of the round trip.
	f := newFederationOpts(t, fedOptions{anchor: &cluster.AuditAnchor{EveryBlocks: 2, Every: 5 * time.Second}})
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
	waitStart := time.Now()
	waitFor(t, 60*time.Second, "the explorer showing a checked anchor (relays anchor, 3 blocks deep, the explorer's refresh)", func() bool {
		return len(explorerAnchors(t, site, "verified")) > 0
	})
	t.Logf("explorer: anchors checked on %d chain(s), %s after the round trip", len(explorerAnchors(t, site, "verified")), time.Since(waitStart).Round(100*time.Millisecond))

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

// startExplorer runs `bridgectl audit serve` over the three relays'
// replicas, refreshed every second, with the federation's devnet.json and
// deployment (so it reads the anchors), until the test ends.
func startExplorer(ctx context.Context, t *testing.T, f *federation) string {
	t.Helper()
	args := []string{"--json", "--devnet-dir", f.d.Dir, "--deployment", f.depPath, "audit", "serve", "--interval", "1s", "--listen", "127.0.0.1:0"}
	for _, op := range f.ops {
		args = append(args, "--url", op.URL())
	}
	cmd := exec.Command(bridgectlBin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
			t.Errorf("bridgectl audit serve did not stop on SIGINT")
		}
		if t.Failed() {
			t.Logf("bridgectl audit serve stderr:\n%s", stderr.String())
		}
	})
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		lines <- line
		_, _ = io.Copy(io.Discard, out)
	}()
	var res struct {
		URL          string           `json:"url"`
		AnchorChains []chains.ChainID `json:"anchorChains"`
	}
	select {
	case line := <-lines:
		if err := json.Unmarshal([]byte(line), &res); err != nil || res.URL == "" {
			t.Fatalf("bridgectl audit serve printed %q (%v); stderr:\n%s", line, err, stderr.String())
		}
	case <-ctx.Done():
		t.Fatalf("bridgectl audit serve printed nothing; stderr:\n%s", stderr.String())
	}
	if len(res.AnchorChains) != len(f.dep.EVMChains()) {
		t.Fatalf("bridgectl audit serve reads the anchors of chains %v, want every EVM chain of the deployment", res.AnchorChains)
	}
	return strings.TrimSuffix(res.URL, "/")
}

// explorerAnchors returns the rows of the explorer's anchors table (the
// overview's JSON twin) of the given status.
func explorerAnchors(t *testing.T, site, status string) []explorerAnchor {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, site+"/", nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	var ov struct {
		Anchors []explorerAnchor `json:"anchors"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&ov) != nil {
		return nil
	}
	var out []explorerAnchor
	for _, a := range ov.Anchors {
		if a.Status == status {
			out = append(out, a)
		}
	}
	return out
}

// explorerAnchor is a row of the overview's anchors table.
type explorerAnchor struct {
	Chain struct {
		ID chains.ChainID `json:"id"`
	} `json:"chain"`
	Status   string `json:"status"`
	Height   uint64 `json:"anchoredHeight"`
	Operator string `json:"operator"`
	Error    string `json:"error"`
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

// checkOverview: the supply invariant row of TST holds; the anchors table
// shows at least one chain's newest anchor, checked against the verified
// chain, by an operator of the federation, and no conflict.
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
	anchored := read(t, browser, "anchored chains", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('#anchors tr.anchor[data-status="verified"]')].map(e => e.dataset.chain)`))
	if len(anchored) == 0 {
		t.Fatalf("anchors section shows no checked anchor: %q", text(t, browser, "#anchors"))
	}
	arow := fmt.Sprintf(`#anchors tr.anchor[data-status="verified"][data-chain="%s"]`, anchored[0])
	op, check := text(t, browser, arow+" td.operator"), text(t, browser, arow+" td.verdict")
	if f.operatorOf(common.HexToAddress(strings.TrimSpace(op))) == nil || !strings.HasPrefix(check, "matches the verified chain") {
		t.Errorf("anchor row of chain %s: operator %q, check %q", anchored[0], op, check)
	}
	bad := read(t, browser, "anchor problems", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('#anchors tr.anchor.broken')].map(e => e.textContent)`))
	if len(bad) > 0 {
		t.Errorf("anchors section has rows that do not check out: %q", bad)
	}
	t.Logf("explorer: overview invariant row of %s holds; anchors checked on chains %v, e.g. by %s", as.Symbol, anchored, strings.TrimSpace(op))
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
