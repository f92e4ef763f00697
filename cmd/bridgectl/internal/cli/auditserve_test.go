package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
)

// startServe runs audit serve with args (after --json), waits for its
// line and returns it, and a stop that ends it and checks it stopped
// cleanly.
func startServe(t *testing.T, args ...string) (serveResult, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Execute(ctx, append([]string{"--json"}, args...), outW, io.Discard)
		outW.Close()
	}()
	line, err := bufio.NewReader(outR).ReadString('\n')
	if err != nil {
		cancel()
		t.Fatalf("no line on stdout: %v (exit: %v)", err, <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, outR) }()
	var res serveResult
	if err := json.Unmarshal([]byte(line), &res); err != nil || !strings.HasPrefix(res.URL, "http://127.0.0.1:") {
		cancel()
		t.Fatalf("serve printed %q (%v)", line, err)
	}
	stop := func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("serve after its context ended: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop when its context ended")
		}
	}
	return res, stop
}

// audit serve verifies the sample chain, prints where it listens as one
// JSON line, serves the explorer and stops when its context ends.
func TestAuditServe(t *testing.T) {
	res, stop := startServe(t, "--devnet-dir", t.TempDir(), "audit", "serve", "--file", sampleChain, "--listen", "127.0.0.1:0")
	if res.Height != 7 || len(res.AnchorChains) != 0 {
		t.Fatalf("serve printed %+v", res)
	}
	lines := sampleLines(t)
	if res.Head != "0x"+lines[7]["hash"].(string) {
		t.Errorf("head %s, want block 7's", res.Head)
	}
	resp, err := http.Get(res.URL + "blocks/7")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), res.Head) {
		t.Fatalf("GET /blocks/7: %s", resp.Status)
	}
	// No deployment file: anchors are not checked, and the page says how
	// to have them checked.
	if ov := serveOverview(t, res.URL); ov.AnchorsChecked || !strings.Contains(ov.AnchorsOff, "--deployment") {
		t.Errorf("without a deployment: %+v", ov)
	}
	stop()
}

// serveOverview is the part of the overview's JSON twin the tests read.
type overviewAnchors struct {
	AnchorsChecked bool   `json:"anchorsChecked"`
	AnchorsOff     string `json:"anchorsOff"`
	Anchors        []struct {
		Chain struct {
			ID chains.ChainID `json:"id"`
		} `json:"chain"`
		Status   string `json:"status"`
		Contract string `json:"contract"`
		Error    string `json:"error"`
	} `json:"anchors"`
}

func serveOverview(t *testing.T, url string) overviewAnchors {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ov overviewAnchors
	if err := json.NewDecoder(resp.Body).Decode(&ov); err != nil {
		t.Fatal(err)
	}
	return ov
}

// audit serve reads the AuditAnchor of each EVM chain the deployment
// gives one: chain A's node is down (its row says so, serve still
// serves), chain B has no endpoint (its row names --rpc), chain C has no
// auditAnchor (not checked). --anchors=false reads none and says so.
func TestAuditServeAnchors(t *testing.T) {
	dir := t.TempDir()
	dep := &deployment.Deployment{Version: deployment.Version, Chains: []deployment.Chain{
		{ID: chains.DevnetA, Name: "A", Kind: deployment.KindEVM, Bridge: common.Address{1}, AuditAnchor: common.Address{0xa1}},
		{ID: chains.DevnetB, Name: "B", Kind: deployment.KindEVM, Bridge: common.Address{2}, AuditAnchor: common.Address{0xb1}},
		{ID: chains.DevnetC, Name: "C", Kind: deployment.KindEVM, Bridge: common.Address{3}},
	}}
	if err := dep.Write(filepath.Join(dir, deployment.FileName)); err != nil {
		t.Fatal(err)
	}
	res, stop := startServe(t, "--devnet-dir", dir, "--rpc", "A="+deadRelay(t), "audit", "serve", "--file", sampleChain, "--listen", "127.0.0.1:0")
	if fmt.Sprint(res.AnchorChains) != fmt.Sprint([]chains.ChainID{chains.DevnetA, chains.DevnetB}) {
		t.Errorf("anchorChains %v, want A and B", res.AnchorChains)
	}
	ov := serveOverview(t, res.URL)
	got := map[chains.ChainID]string{}
	for _, a := range ov.Anchors {
		got[a.Chain.ID] += a.Status + ":" + a.Error + ";"
	}
	if !ov.AnchorsChecked || !strings.HasPrefix(got[chains.DevnetA], "error:") || !strings.Contains(got[chains.DevnetA], "--rpc 31337=URL") ||
		!strings.Contains(got[chains.DevnetB], "no endpoint for chain 31338: pass --rpc 31338=URL") || strings.Contains(got[chains.DevnetB], dir) {
		t.Errorf("anchors: %+v", got)
	}
	stop()

	for _, bad := range []string{"A=0", "A", "Z=3"} {
		err := Execute(context.Background(), []string{"--devnet-dir", dir, "audit", "serve", "--file", sampleChain, "--confirmations", bad}, io.Discard, io.Discard)
		if !errors.Is(err, ErrUsage) && !errors.Is(err, ErrUnknownChain) {
			t.Errorf("--confirmations %s: %v", bad, err)
		}
	}

	res, stop = startServe(t, "--devnet-dir", dir, "audit", "serve", "--file", sampleChain, "--listen", "127.0.0.1:0", "--anchors=false")
	if ov := serveOverview(t, res.URL); ov.AnchorsChecked || !strings.Contains(ov.AnchorsOff, "--anchors=false") || len(res.AnchorChains) != 0 {
		t.Errorf("--anchors=false: %+v", ov)
	}
	stop()
}

func TestAuditServeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want error
	}{
		{"no source", nil, ErrUsage},
		{"bad genesis flag", []string{"--file", sampleChain, "--genesis", "0x12"}, ErrUsage},
		{"wrong genesis", []string{"--file", sampleChain, "--genesis", "0x" + strings.Repeat("11", 32)}, ErrAuditFailed},
		{"missing file", []string{"--file", "/nonexistent/chain.jsonl"}, ErrNode},
		{"unreachable relay", []string{"--url", "http://127.0.0.1:1"}, ErrNode},
		{"bad interval", []string{"--file", sampleChain, "--interval", "0s"}, ErrUsage},
		{"bad listen address", []string{"--file", sampleChain, "--listen", "256.0.0.1:1"}, ErrSetup},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := run(t, append([]string{"audit", "serve"}, tc.args...)...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
}
