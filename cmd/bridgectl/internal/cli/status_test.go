package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// These tests run the status command against an in-process HTTP server
// that plays a scripted sequence of relayd answers (relay.Status, the type
// relayd serves at /v1/transfers/{id}): a unit test of the CLI's following,
// printing and exit codes, not an end-to-end claim.

var (
	testTransfer = chains.EVMTransferID(chains.DevnetA, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), 7)
	sourceTx     = "0x" + strings.Repeat("ab", 32)
	mintTx       = "0x" + strings.Repeat("cd", 32)
)

// ref sets a relay.Status's source or executed reference the only way a
// client can: from relayd's JSON.
func withRefs(t *testing.T, st relay.Status, source, executed bool) relay.Status {
	t.Helper()
	var tmp relay.Status
	js := `{"source":{"chain":31337,"txHash":"` + sourceTx + `","index":1}`
	if executed {
		js += `,"executed":{"chain":31338,"txHash":"` + mintTx + `","index":0}`
	}
	js += "}"
	if err := json.Unmarshal([]byte(js), &tmp); err != nil {
		t.Fatal(err)
	}
	if source {
		st.Source = tmp.Source
	}
	st.Executed = tmp.Executed
	return st
}

// script is the sequence a relay walks through; nil entries answer 404.
func happyScript(t *testing.T) []*relay.Status {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	base := relay.Status{TransferID: testTransfer, Kind: "locked", DstChain: chains.DevnetB, Amount: "1000", Threshold: 2, Signed: "0/2"}
	hist := []relay.Transition{}
	step := func(state relay.State, detail string, edit func(*relay.Status)) *relay.Status {
		hist = append(hist, relay.Transition{State: state, At: at, Detail: detail})
		s := withRefs(t, base, true, state == relay.StateExecuted)
		s.State = state
		s.History = append([]relay.Transition(nil), hist...)
		if edit != nil {
			edit(&s)
		}
		base = s
		base.Executed = nil
		return &s
	}
	return []*relay.Status{
		nil, // the watcher has not seen the lock yet
		step(relay.StateObserved, "1 confirmations", nil),
		step(relay.StateObserved, "2 confirmations", nil),
		step(relay.StateFinal, "3 confirmations", nil),
		step(relay.StateSigned, "1/2 by 0x01", func(s *relay.Status) { s.Signed, s.Action = "1/2", "mint" }),
		step(relay.StateSigned, "2/2 by 0x02", func(s *relay.Status) { s.Signed = "2/2" }),
		step(relay.StateSubmitted, "tx "+mintTx, func(s *relay.Status) { s.TxID = mintTx }),
		step(relay.StateExecuted, "minted", nil),
	}
}

// relayServer serves script, one entry per request, then repeats the last.
func relayServer(t *testing.T, script []*relay.Status) *httptest.Server {
	var mu sync.Mutex
	i := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/transfers/"+testTransfer.String() {
			http.Error(w, "unexpected path "+r.URL.Path, http.StatusBadRequest)
			return
		}
		mu.Lock()
		st := script[min(i, len(script)-1)]
		i++
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if st == nil {
			w.WriteHeader(http.StatusNotFound)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "unknown transfer " + testTransfer.String()})
			return
		}
		_ = json.NewEncoder(w).Encode(st)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// deadRelay is an address nothing listens on.
func deadRelay(t *testing.T) string {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	return u
}

func TestStatusFollowsToExecuted(t *testing.T) {
	srv := relayServer(t, happyScript(t))
	out, stderr, err := run(t, "status", testTransfer.String(), "--relay", deadRelay(t), "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s")
	if err != nil {
		t.Fatalf("status: %v\nstdout:\n%s\nstderr:\n%s", err, out, stderr)
	}
	want := []string{
		"waiting    no relay knows transfer",
		"observed   confirmations 1/3 [######--------------]",
		"observed   confirmations 2/3 [#############-------]",
		"final      confirmations 3/3 [####################]",
		"signed     signatures 1/2",
		"signed     signatures 2/2",
		"submitted  signatures 2/2, tx " + mintTx + " on chain 31338",
		"executed   tx " + mintTx + " on chain 31338",
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
		}
	}
}

func TestStatusJSONLines(t *testing.T) {
	srv := relayServer(t, happyScript(t))
	out, _, err := run(t, "--json", "status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms")
	if err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	var states []string
	var last statusUpdate
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var u statusUpdate
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if u.TransferID != testTransfer {
			t.Fatalf("line for transfer %s", u.TransferID)
		}
		c := "-"
		if u.Confirmations != nil {
			c = fmt.Sprint(*u.Confirmations)
		}
		states = append(states, u.State+":"+c+":"+u.Signed)
		last = u
	}
	want := "unknown:-: observed:1: observed:2: final:3: signed:3:1/2 signed:3:2/2 submitted:3:2/2 executed:3:2/2"
	if got := strings.Join(states, " "); got != want {
		t.Fatalf("transitions\n got %s\nwant %s", got, want)
	}
	if !last.Done || last.ExecutedTx != mintTx || last.SubmittedTx != mintTx || last.SourceTx != sourceTx || last.Required != 3 || last.DstChain != chains.DevnetB {
		t.Fatalf("last update %+v", last)
	}
}

func TestStatusFailures(t *testing.T) {
	rejected := withRefs(t, relay.Status{TransferID: testTransfer, State: relay.StateRejected, Kind: "locked", Reason: "refund window too short", Threshold: 2, Signed: "0/2"}, true, false)
	stuck := withRefs(t, relay.Status{TransferID: testTransfer, State: relay.StateSigned, Threshold: 2, Signed: "1/2"}, true, false)
	other := relay.Status{TransferID: chains.TransferID{1}, State: relay.StateExecuted}
	cases := []struct {
		name   string
		relays func(t *testing.T) []string
		args   []string
		want   error
		code   string
		text   string
	}{
		{"rejected", func(t *testing.T) []string { return []string{relayServer(t, []*relay.Status{&rejected}).URL} }, nil,
			ErrTransferFailed, "transfer_failed", "refund window too short"},
		{"timeout", func(t *testing.T) []string { return []string{relayServer(t, []*relay.Status{&stuck}).URL} }, []string{"--timeout", "100ms"},
			ErrTimeout, "timeout", "still signed"},
		{"no relay answers", func(t *testing.T) []string { return []string{deadRelay(t)} }, []string{"--timeout", "100ms"},
			ErrNode, "node", "no relay answered"},
		{"relay answers for another transfer", func(t *testing.T) []string { return []string{relayServer(t, []*relay.Status{&other}).URL} }, []string{"--timeout", "100ms"},
			ErrNode, "node", "no relay answered"},
		{"bad transfer id", func(t *testing.T) []string { return []string{deadRelay(t)} }, []string{"--timeout", "100ms"},
			ErrUsage, "usage", "transfer id"},
		{"bad relay url", func(t *testing.T) []string { return []string{"ftp://x"} }, nil,
			ErrUsage, "usage", "relay address"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id := testTransfer.String()
			if tc.name == "bad transfer id" {
				id = "0x1234"
			}
			args := []string{"status", id, "--interval", "5ms"}
			for _, u := range tc.relays(t) {
				args = append(args, "--relay", u)
			}
			_, stderr, err := run(t, append(args, tc.args...)...)
			if !errors.Is(err, tc.want) || Code(err) != tc.code {
				t.Fatalf("err = %v (code %s), want %v", err, Code(err), tc.want)
			}
			if !strings.Contains(stderr, tc.text) {
				t.Fatalf("stderr lacks %q:\n%s", tc.text, stderr)
			}
		})
	}
}

// KAKEHASHI_RELAY_URL is the default when --relay is not given.
func TestStatusRelayFromEnv(t *testing.T) {
	srv := relayServer(t, happyScript(t)[7:])
	a := &app{getenv: func(k string) string {
		if k == "KAKEHASHI_RELAY_URL" {
			return " " + deadRelay(t) + " ," + srv.URL + "/"
		}
		return ""
	}}
	urls, err := statusFlags{}.relayURLs(a.getenv, []string{"http://127.0.0.1:1"})
	if err != nil || len(urls) != 2 || urls[1] != srv.URL {
		t.Fatalf("urls %v, %v", urls, err)
	}
	a = &app{getenv: func(string) string { return "" }}
	if urls, _ := (statusFlags{}).relayURLs(a.getenv, nil); len(urls) != 1 || urls[0] != DefaultRelayURL {
		t.Fatalf("default %v", urls)
	}
	// devnet.json's relays (devnet up --bridge) come after the environment.
	if urls, _ := (statusFlags{}).relayURLs(a.getenv, []string{"http://127.0.0.1:5"}); len(urls) != 1 || urls[0] != "http://127.0.0.1:5" {
		t.Fatalf("devnet relays %v", urls)
	}
}

// A source event the relays report reorged out is one warning line, not
// one per later change, and following goes on to the end.
func TestStatusReorgWarning(t *testing.T) {
	script := happyScript(t)[1:]
	for _, s := range script[1:] {
		s.Reorged = true // from the second observation on
	}
	srv := relayServer(t, script)
	out, _, err := run(t, "status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms")
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	if n := strings.Count(out, "reorged out"); n != 1 {
		t.Fatalf("%d reorg warnings:\n%s", n, out)
	}
	if !strings.Contains(out, "executed   tx "+mintTx) {
		t.Fatalf("did not follow to the end:\n%s", out)
	}
}

// The depth status shows: the flag, else the deployment's (Bitcoin, or an
// EVM chain's published finality depth), else DefaultEVMConfirmations.
func TestStatusRequired(t *testing.T) {
	dep, _ := btcDeployment(t, 10)
	withDepth := *dep
	withDepth.Chains = append([]deployment.Chain(nil), dep.Chains...)
	withDepth.Chains[0].Confirmations = 2
	cr := &confReader{}
	for _, tc := range []struct {
		name string
		id   chains.ChainID
		flag uint64
		dep  *deployment.Deployment
		want uint64
	}{
		{"flag", chains.DevnetA, 7, &withDepth, 7},
		{"bitcoin", chains.BitcoinRegtest, 0, dep, 6},
		{"evm chain's depth", chains.DevnetA, 0, &withDepth, 2},
		{"evm default", chains.DevnetA, 0, dep, DefaultEVMConfirmations},
		{"no deployment", chains.DevnetA, 0, nil, DefaultEVMConfirmations},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cr.required(tc.id, tc.flag, tc.dep); got != tc.want {
				t.Fatalf("required = %d, want %d", got, tc.want)
			}
		})
	}
}
