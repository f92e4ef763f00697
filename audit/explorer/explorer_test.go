package explorer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

func TestOverview(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "relay-1", data: cb.export()})
	resp, body := get(t, srv, "/")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %s", resp.Status)
	}
	head := cb.blocks[4].Hash()
	signers := cb.signers()
	mustContain(t, body,
		`id="head-height">4</a>`, "0x"+hex.EncodeToString(head[:]),
		"2 of 3 operators attested (signer set epoch 1, threshold 2)",
		signers[0].Hex(), signers[1].Hex(), signers[2].Hex(),
		"Signer set epoch 1: 2 of 3 operators must attest each block.",
		`<a href="/blocks/0">block 0</a>`, // the epoch's block
		"relay-1", "verifies, agrees with the verified chain",
		"not pinned",
		`/transfers/`+tid(2).String(), "unlocked on A (31337)",
		`/static/htmx.min.js`,
	)
	// No anchor source: the chains' anchors are not checked, and the
	// page says so.
	if n := strings.Count(body, `data-status="unchecked"`); n != 3 || !strings.Contains(body, `id="anchors-off"`) {
		t.Errorf("anchors: %d chains not checked, want 3 (A, B, C), and the note", n)
	}
}

func TestInvariantTable(t *testing.T) {
	cb := newChainBuilder(t)
	cb.genesis()
	cb.add(&audit.Record{Kind: audit.KindLock, Ref: ref(chains.DevnetA, 10, 0), TransferID: tid(1), AssetID: tstID, Amount: e18(5), Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: 1})
	cb.add(&audit.Record{Kind: audit.KindMint, Ref: ref(chains.DevnetB, 20, 1), TransferID: tid(1), AssetID: tstID, Amount: e18(5), Recipient: bob})
	cb.add(&audit.Record{Kind: audit.KindLock, Ref: ref(chains.DevnetA, 11, 0), TransferID: tid(3), AssetID: tstID, Amount: e18(2), Sender: alice, DstChain: chains.DevnetC, Recipient: bob, Nonce: 2})
	e, srv := serve(t, &memReplica{name: "r", data: cb.export()})

	var ov overviewView
	resp, body := get(t, srv, "/", "Accept", "application/json")
	if resp.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &ov) != nil {
		t.Fatalf("GET / as JSON = %s %s", resp.Status, body)
	}
	if len(ov.Invariant) != 1 {
		t.Fatalf("invariant rows %+v", ov.Invariant)
	}
	row := ov.Invariant[0]
	if !row.Holds || row.Asset != "TST" || row.Locked.Units != "7" || row.InFlight.Units != "2" || row.Sum.Units != "7" ||
		len(row.Outstanding) != 2 || row.Outstanding[0].Amount.Units != "5" || row.Outstanding[1].Amount.Units != "0" {
		t.Fatalf("invariant row %+v", row)
	}
	_, html := get(t, srv, "/")
	mustContain(t, html, `<tr class="holds" data-asset="`+tstID.String()+`">`, `<td class="verdict">holds</td>`, `title="7000000000000000000 base units">7</span>`)

	// A row that does not hold is marked: a verified chain never has one,
	// so the view is fed a broken balance directly.
	v := &viewer{ix: e.ix, names: e.cfg.Names}
	broken := []audit.Balance{{
		Asset: tstID, HomeChain: chains.DevnetA, Locked: uint256.NewInt(10), InFlight: uint256.NewInt(1),
		Outstanding: map[chains.ChainID]*uint256.Int{chains.DevnetB: uint256.NewInt(8)},
	}}
	rows := v.invariant(broken)
	if rows[0].Holds || rows[0].Sum.Base != "9" {
		t.Fatalf("broken row %+v", rows[0])
	}
	var buf strings.Builder
	if err := e.tmpl.ExecuteTemplate(&buf, "overview.html", page{Body: overviewView{Invariant: rows}}); err != nil {
		t.Fatal(err)
	}
	mustContain(t, buf.String(), `<tr class="broken" data-asset="`+tstID.String()+`">`, "DOES NOT HOLD")
}

func TestSearch(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "r", data: cb.export()})
	mintTx := ref(chains.DevnetB, 20, 1).TxHash
	blockHash := cb.blocks[2].Hash()
	for _, tc := range []struct {
		name, q  string
		status   int
		location string
		contains []string
	}{
		{"transfer id", tid(1).String(), http.StatusSeeOther, "/transfers/" + tid(1).String(), nil},
		{"transfer id bare, upper case, spaced", "  " + strings.ToUpper(strings.TrimPrefix(tid(2).String(), "0x")) + " ", http.StatusSeeOther, "/transfers/" + tid(2).String(), nil},
		{"chain tx hash", "0x" + hex.EncodeToString(mintTx[:]), http.StatusSeeOther, "/transfers/" + tid(1).String(), nil},
		{"block height", "3", http.StatusSeeOther, "/blocks/3", nil},
		{"block hash", hex.EncodeToString(blockHash[:]), http.StatusSeeOther, "/blocks/2", nil},
		{"address in two transfers", "0x" + hex.EncodeToString(bob), http.StatusOK, "",
			[]string{"2 results for", `href="/transfers/` + tid(1).String(), `href="/transfers/` + tid(2).String()}},
		{"prefix of a transfer id", tid(1).String()[:12], http.StatusSeeOther, "/transfers/" + tid(1).String(), nil},
		{"unknown id", "0x" + strings.Repeat("ab", 32), http.StatusNotFound, "", []string{`<h1 id="not-found">Not found</h1>`, strings.Repeat("ab", 32)}},
		{"unknown height", "99", http.StatusNotFound, "", []string{"Not found"}},
		{"junk", "hello", http.StatusNotFound, "", []string{"Not found"}},
		{"empty", "", http.StatusOK, "", []string{"Search the verified audit chain"}},
		{"too long to be anything", strings.Repeat("ab", 2000), http.StatusNotFound, "", []string{"Not found"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, srv, "/search?q="+urlQuery(tc.q))
			if resp.StatusCode != tc.status {
				t.Fatalf("status %s, want %d", resp.Status, tc.status)
			}
			if loc := resp.Header.Get("Location"); loc != tc.location {
				t.Errorf("Location %q, want %q", loc, tc.location)
			}
			mustContain(t, body, tc.contains...)
		})
	}
}

func urlQuery(q string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "#", "%23", "+", "%2B", " ", "+", "<", "%3C", ">", "%3E", `"`, "%22").Replace(q)
}

func TestSearchFragment(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "r", data: cb.export()})
	resp, body := get(t, srv, "/search/results?q="+hex.EncodeToString(bob))
	if resp.StatusCode != http.StatusOK || strings.Contains(body, "<html") {
		t.Fatalf("fragment: %s %s", resp.Status, body)
	}
	if n := strings.Count(body, `class="hit hit-transfer"`); n != 2 {
		t.Errorf("fragment lists %d transfers, want 2:\n%s", n, body)
	}
	// htmx swaps only 2xx answers: a miss says so with a 200.
	resp, body = get(t, srv, "/search/results?q=nothing-here")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "No match for") {
		t.Fatalf("fragment miss: %s %s", resp.Status, body)
	}
	if _, body = get(t, srv, "/search/results?q="); strings.TrimSpace(body) != "" {
		t.Errorf("empty query fragment %q, want empty", body)
	}
}

// TestSearchEscapes: what a user types comes back escaped, on the page,
// in the search box and in the fragment.
func TestSearchEscapes(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "r", data: cb.export()})
	for _, q := range []string{
		`<script>alert(1)</script>`,
		`"><img src=x onerror=alert(2)>`,
		`'onfocus='alert(3)' autofocus='`,
		`javascript:alert(4)`,
	} {
		for _, path := range []string{"/search?q=", "/search/results?q="} {
			resp, body := get(t, srv, path+urlQuery(q))
			if path == "/search?q=" && resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s%s: %s, want 404", path, q, resp.Status)
			}
			for _, bad := range []string{"<script>alert", "<img src=x", `"><img`, `'onfocus='`, `value='`} {
				if strings.Contains(body, bad) {
					t.Errorf("%s%q echoes %q unescaped", path, q, bad)
				}
			}
			if !strings.Contains(body, "No match") && !strings.Contains(body, "Nothing in the verified audit chain matches") {
				t.Errorf("%s%q: no not-found message", path, q)
			}
		}
	}
	resp, _ := get(t, srv, "/search?q=x")
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
}

func TestTransferPage(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "r", data: cb.export()})
	resp, body := get(t, srv, "/transfers/"+tid(1).String())
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s", resp.Status)
	}
	kinds := regexp.MustCompile(`<li class="step" data-kind="([A-Z_]+)">`).FindAllStringSubmatch(body, -1)
	if len(kinds) != 2 || kinds[0][1] != "LOCK" || kinds[1][1] != "MINT" {
		t.Fatalf("steps %v, want LOCK then MINT", kinds)
	}
	lockTx, mintTx := ref(chains.DevnetA, 10, 0).TxHash, ref(chains.DevnetB, 20, 1).TxHash
	signers := cb.signers()
	mustContain(t, body,
		`<a class="block-link" href="/blocks/1">block 1</a>`, `<a class="block-link" href="/blocks/2">block 2</a>`,
		"0x"+hex.EncodeToString(lockTx[:]), "0x"+hex.EncodeToString(mintTx[:]),
		"on A (31337)", "on B (31338)", "minted on B (31338)", `title="5000000000000000000 base units">5</span>`,
		"0x"+hex.EncodeToString(bob), "2 of 3 operators attested",
		"A (31337) → B (31338)",
	)
	if n := strings.Count(body, `class="attested"`); n != 4 {
		t.Errorf("%d attestations shown, want 2 per step", n)
	}
	if n := strings.Count(body, `class="absent"`); n != 2 || !strings.Contains(body, signers[0].Hex()) {
		t.Errorf("%d absent operators shown, want 1 per step", n)
	}

	var tv transferView
	resp, js := get(t, srv, "/transfers/"+tid(2).String(), "Accept", "application/json")
	if resp.StatusCode != http.StatusOK || json.Unmarshal([]byte(js), &tv) != nil || len(tv.Steps) != 2 ||
		tv.Steps[0].Record.Kind != "BURN" || tv.Steps[1].Record.Kind != "UNLOCK" || tv.Steps[1].Block.Height != 4 {
		t.Fatalf("JSON twin: %s %s", resp.Status, js)
	}

	for path, status := range map[string]int{
		"/transfers/" + strings.Repeat("cd", 32): http.StatusNotFound,
		"/transfers/0x1234":                      http.StatusBadRequest,
		"/nowhere":                               http.StatusNotFound,
	} {
		if resp, _ := get(t, srv, path); resp.StatusCode != status {
			t.Errorf("GET %s = %s, want %d", path, resp.Status, status)
		}
	}
}

func TestBlockPage(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "r", data: cb.export()})
	resp, body := get(t, srv, "/blocks/0")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s", resp.Status)
	}
	h0 := cb.blocks[0].Hash()
	mustContain(t, body, `<span id="block-height">0</span>`, "0x"+hex.EncodeToString(h0[:]),
		`data-kind="SIGNERSET"`, `data-kind="DEFINE"`, "signer set epoch 1: 2 of 3 operators",
		"asset TST", "2 of 3 operators attested", `href="/blocks/1" rel="next"`)
	if strings.Contains(body, `rel="prev"`) {
		t.Error("block 0 links to a previous block")
	}
	_, body = get(t, srv, "/blocks/4")
	mustContain(t, body, `href="/blocks/3" rel="prev"`, `data-kind="UNLOCK"`, `href="/transfers/`+tid(2).String())
	if strings.Contains(body, `rel="next"`) {
		t.Error("the head links to a next block")
	}
	for path, status := range map[string]int{"/blocks/5": http.StatusNotFound, "/blocks/x": http.StatusBadRequest, "/blocks/-1": http.StatusBadRequest} {
		if resp, _ := get(t, srv, path); resp.StatusCode != status {
			t.Errorf("GET %s = %s, want %d", path, resp.Status, status)
		}
	}
}

// TestEveryRecordKind renders the audit package's sample chain, which
// holds every record kind, BTC deposits and an ANCHOR.
func TestEveryRecordKind(t *testing.T) {
	_, srv := serve(t, FileReplica(filepath.Join("..", "testdata", "sample-chain.jsonl")))
	for h := 0; h <= 7; h++ {
		if resp, body := get(t, srv, fmt.Sprintf("/blocks/%d", h)); resp.StatusCode != http.StatusOK {
			t.Fatalf("block %d: %s %s", h, resp.Status, body)
		}
	}
	_, body := get(t, srv, "/")
	mustContain(t, body, `data-chain="18444" data-status="record"`, `<a href="/blocks/2">block 2</a>`, "ANCHOR record in block 4", "not checked:",
		"Signer set epoch 2: 3 of 3", `<a href="/blocks/5">block 5</a>`)
	var ov overviewView
	_, js := get(t, srv, "/", "Accept", "application/json")
	if err := json.Unmarshal([]byte(js), &ov); err != nil {
		t.Fatal(err)
	}
	var anchored int
	for _, a := range ov.Anchors {
		if a.Status == "record" {
			anchored++
			if a.Chain.ID != chains.BitcoinRegtest || a.Height != 2 || a.RecordedAt != 4 || a.Behind != 5 || a.Age == "" {
				t.Errorf("anchor %+v", a)
			}
		}
	}
	if anchored != 1 || len(ov.Epochs) != 2 || len(ov.Invariant) != 2 {
		t.Errorf("anchors %d, epochs %d, invariant rows %d", anchored, len(ov.Epochs), len(ov.Invariant))
	}
	for _, row := range ov.Invariant {
		if !row.Holds {
			t.Errorf("invariant row %+v does not hold", row)
		}
	}
	// The swept BTC deposit (transfer 2 of the sample) lists its SWEEP.
	id := chains.EVMTransferID(chains.DevnetA, [20]byte{1}, 2)
	resp, body := get(t, srv, "/transfers/"+id.String())
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s", resp.Status)
	}
	mustContain(t, body, `data-kind="LOCK"`, `data-kind="MINT"`, `data-kind="SWEEP"`)
}

func TestRefreshFollowsTheReplica(t *testing.T) {
	cb := roundTrip(t)
	all := cb.export()
	lines := strings.SplitAfter(string(all), "\n")
	rep := &memReplica{name: "relay", data: []byte(strings.Join(lines[:3], ""))}
	e, srv := serve(t, rep)
	if h, _ := e.Head(); h.Height != 2 {
		t.Fatalf("head %d, want 2", h.Height)
	}
	if resp, _ := get(t, srv, "/search?q="+tid(2).String()); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("burn found before it is recorded: %s", resp.Status)
	}
	rep.set(all)
	n, err := e.Refresh(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("refresh: %d blocks, %v", n, err)
	}
	if resp, _ := get(t, srv, "/search?q="+tid(2).String()); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("burn not found after refresh: %s", resp.Status)
	}
}

// TestReplicaThatDoesNotVerify: a forged replica is named on the
// overview; the explorer serves what the honest one holds.
func TestReplicaThatDoesNotVerify(t *testing.T) {
	cb := roundTrip(t)
	good := cb.export()
	// The MINT's amount raised in the hex, as a modified operator would.
	lines := strings.SplitAfter(string(good), "\n")
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[2]), &m); err != nil {
		t.Fatal(err)
	}
	rec := m["records"].([]any)[0].(map[string]any)
	raw, _ := hex.DecodeString(rec["recordHex"].(string))
	r, err := audit.DecodeRecord(raw)
	if err != nil {
		t.Fatal(err)
	}
	r.Amount.AddUint64(&r.Amount, 1)
	enc, _ := r.Encode()
	rec["recordHex"] = hex.EncodeToString(enc)
	forgedLine, _ := json.Marshal(m)
	lines[2] = string(forgedLine) + "\n"
	forged := &memReplica{name: "forged", data: []byte(strings.Join(lines, ""))}
	honest := &memReplica{name: "honest", data: good}

	e, err := New(Config{Replicas: []Replica{forged, honest}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Refresh(context.Background())
	var ve *audit.VerifyError
	if !errors.As(err, &ve) || ve.Height != 2 || errors.Is(err, ErrNoChain) {
		t.Fatalf("refresh with one forged and one honest replica: %v", err)
	}
	if h, _ := e.Head(); h.Height != 4 {
		t.Fatalf("head %d, want 4 from the honest replica", h.Height)
	}
	srv := httptestServer(t, e)
	_, body := get(t, srv, "/")
	mustContain(t, body, `<tr class="broken"><td>forged</td>`, "audit: block 2", "verifies, agrees with the verified chain")

	// Alone, the forged replica serves blocks 0 and 1, then nothing.
	e2, _ := New(Config{Replicas: []Replica{forged}})
	_, err = e2.Refresh(context.Background())
	if !errors.As(err, &ve) || ve.Height != 2 {
		t.Fatalf("forged replica alone: %v", err)
	}
	if h, _ := e2.Head(); h.Height != 1 {
		t.Fatalf("head %d, want 1", h.Height)
	}
}

func TestDivergingReplica(t *testing.T) {
	a, b := roundTrip(t), newChainBuilder(t)
	b.clock = b.clock.Add(time.Millisecond) // another genesis time: another chain
	b.genesis()
	e, err := New(Config{Replicas: []Replica{&memReplica{name: "a", data: a.export()}, &memReplica{name: "b", data: b.export()}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Refresh(context.Background())
	if !errors.Is(err, ErrDiverged) {
		t.Fatalf("refresh: %v, want ErrDiverged", err)
	}
	if h, _ := e.Head(); h.Height != 4 {
		t.Fatalf("head %d, want 4", h.Height)
	}
}

func TestGenesisPinAndNoChain(t *testing.T) {
	cb := roundTrip(t)
	rep := &memReplica{name: "r", data: cb.export()}
	e, err := New(Config{Replicas: []Replica{rep}, Genesis: [32]byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptestServer(t, e)
	if resp, _ := get(t, srv, "/"); resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("before refresh: %s, want 503", resp.Status)
	}
	_, err = e.Refresh(context.Background())
	if !errors.Is(err, ErrNoChain) || !errors.Is(err, audit.ErrGenesis) {
		t.Fatalf("refresh with a wrong pin: %v", err)
	}
	g := cb.blocks[0].Hash()
	e, _ = New(Config{Replicas: []Replica{rep}, Genesis: g})
	if _, err := e.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, body := get(t, httptestServer(t, e), "/")
	mustContain(t, body, "(pinned)")
	if _, err := New(Config{}); !errors.Is(err, ErrConfig) {
		t.Errorf("New without replicas: %v", err)
	}
}

func TestURLReplica(t *testing.T) {
	cb := roundTrip(t)
	export := cb.export()
	head := cb.blocks[4].Hash()
	var exports int
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/audit/blocks", func(w http.ResponseWriter, _ *http.Request) { exports++; _, _ = w.Write(export) })
	mux.HandleFunc("GET /v1/audit/head", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `{"height":4,"hash":"%x","attestedBy":[],"threshold":2,"epoch":1}`, head)
	})
	relay := httptestServer(t, mux)
	e, err := New(Config{Replicas: []Replica{URLReplica(relay.URL+"/", nil)}})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := e.Refresh(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if exports != 1 {
		t.Errorf("%d exports fetched, want 1: the head probe saves the others", exports)
	}
	_, body := get(t, httptestServer(t, e), "/")
	mustContain(t, body, relay.URL, "verifies, agrees with the verified chain")

	down, _ := New(Config{Replicas: []Replica{URLReplica("http://127.0.0.1:1", nil)}})
	if _, err := down.Refresh(context.Background()); !errors.Is(err, ErrReplica) || !errors.Is(err, ErrNoChain) {
		t.Errorf("unreachable relay: %v", err)
	}
}

// TestVendoredHTMX: the served htmx is the file static/README.md names.
func TestVendoredHTMX(t *testing.T) {
	cb := roundTrip(t)
	_, srv := serve(t, &memReplica{name: "r", data: cb.export()})
	resp, body := get(t, srv, "/static/htmx.min.js")
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "javascript") {
		t.Fatalf("%s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	sum := sha256.Sum256([]byte(body))
	readme, err := os.ReadFile(filepath.Join("static", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), hex.EncodeToString(sum[:])) || !strings.Contains(string(readme), "htmx.org@"+HTMXVersion) {
		t.Errorf("static/README.md does not name htmx %s with SHA-256 %x", HTMXVersion, sum)
	}
	if !strings.Contains(body, `version:"`+HTMXVersion+`"`) {
		t.Errorf("static/htmx.min.js is not htmx %s", HTMXVersion)
	}
}

// TestServeWhileRefreshing: pages are served while Run takes in blocks
// (run with -race).
func TestServeWhileRefreshing(t *testing.T) {
	cb := roundTrip(t)
	all := cb.export()
	lines := strings.SplitAfter(string(all), "\n")
	rep := &memReplica{name: "relay", data: []byte(lines[0])}
	e, srv := serve(t, rep)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	e.cfg.Interval = time.Millisecond
	go func() { defer close(done); _ = e.Run(ctx) }()
	for i := 1; i <= 5; i++ {
		rep.set([]byte(strings.Join(lines[:i], "")))
		for _, p := range []string{"/", "/blocks/0", "/search?q=" + hex.EncodeToString(bob), "/transfers/" + tid(1).String()} {
			get(t, srv, p)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for h, _ := e.Head(); h.Height != 4; h, _ = e.Head() {
		if time.Now().After(deadline) {
			t.Fatalf("head %d, want 4", h.Height)
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
}

// TestReplicaRecovers: a relay that could not be read is named until it
// answers again, then shown as agreeing.
func TestReplicaRecovers(t *testing.T) {
	cb := roundTrip(t)
	export := cb.export()
	head := cb.blocks[4].Hash()
	up := false
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/audit/blocks", func(w http.ResponseWriter, _ *http.Request) {
		if !up {
			http.Error(w, "no shared audit block final yet", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write(export)
	})
	mux.HandleFunc("GET /v1/audit/head", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `{"height":4,"hash":"%x"}`, head)
	})
	relay := httptestServer(t, mux)
	e, err := New(Config{Replicas: []Replica{&memReplica{name: "file", data: export}, URLReplica(relay.URL, nil)}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Refresh(context.Background()); !errors.Is(err, ErrReplica) {
		t.Fatalf("refresh with the relay down: %v", err)
	}
	srv := httptestServer(t, e)
	_, body := get(t, srv, "/")
	mustContain(t, body, "503 Service Unavailable: no shared audit block final yet")
	up = true
	if _, err := e.Refresh(context.Background()); err != nil {
		t.Fatalf("refresh with the relay back: %v", err)
	}
	_, body = get(t, srv, "/")
	if strings.Contains(body, "503") || strings.Count(body, "verifies, agrees with the verified chain") != 2 {
		t.Errorf("overview after the relay came back:\n%s", body)
	}
}

// TestReplicaWithBadAttestations: a replica that serves a verified block
// with an attestation that does not verify is named, although its header
// is the verified one.
func TestReplicaWithBadAttestations(t *testing.T) {
	cb := roundTrip(t)
	good := cb.export()
	lines := strings.SplitAfter(string(good), "\n")
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &m); err != nil {
		t.Fatal(err)
	}
	att := m["attestations"].([]any)[1].(map[string]any)
	sig := []byte(att["sig"].(string))
	sig[10] ^= 1 // a flipped hex digit of r: another (or no) signer
	att["sig"] = string(sig)
	delete(att, "signer")
	bad, _ := json.Marshal(m)
	lines[1] = string(bad) + "\n"
	e, err := New(Config{Replicas: []Replica{&memReplica{name: "honest", data: good}, &memReplica{name: "bad", data: []byte(strings.Join(lines, ""))}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Refresh(context.Background())
	var ve *audit.VerifyError
	if !errors.As(err, &ve) || ve.Height != 1 || !errors.Is(err, audit.ErrAttestation) && !errors.Is(err, audit.ErrQuorum) {
		t.Fatalf("refresh: %v, want block 1's attestations refused", err)
	}
}
