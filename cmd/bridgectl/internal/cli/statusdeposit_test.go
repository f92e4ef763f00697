package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// depositTxid is the deposit the tests follow, as Bitcoin tools print it.
const depositTxid = "ee27af0d000000000000000000000000000000000000000000000000000b2380"

// depositID is depositTxid:vout's transfer id on the devnet's Bitcoin chain.
func depositID(t *testing.T, vout uint32) chains.TransferID {
	t.Helper()
	h, err := chainhash.NewHashFromStr(depositTxid)
	if err != nil {
		t.Fatal(err)
	}
	return chains.BitcoinTransferID(chains.BitcoinRegtest, *h, vout)
}

// fakeBTCD is btcd's JSON-RPC as much as status reads of a deposit:
// getrawtransaction (verbose) of depositTxid, its confirmations rising by
// one per call from first; before first it is unknown to the node (-5),
// as a transaction not broadcast yet.
type fakeBTCD struct {
	host  string
	calls atomic.Int64
}

func newFakeBTCD(t *testing.T, first int64) *fakeBTCD {
	t.Helper()
	f := &fakeBTCD{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp := map[string]any{"id": req.ID, "result": nil, "error": nil}
		n := f.calls.Add(1) - 1 - first
		switch {
		case req.Method != "getrawtransaction" || len(req.Params) == 0 || string(req.Params[0]) != `"`+depositTxid+`"`:
			resp["error"] = map[string]any{"code": -32601, "message": "fake btcd: no " + req.Method}
		case n < 0:
			resp["error"] = map[string]any{"code": -5, "message": "No information available about transaction"}
		default:
			resp["result"] = map[string]any{"txid": depositTxid, "confirmations": n}
		}
		_ = json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	f.host = strings.TrimPrefix(srv.URL, "http://")
	return f
}

// A Bitcoin deposit no relay knows yet is followed by its outpoint: status
// reads it from the user's own btcd and counts its confirmations x/6 from
// the mempool on (state "confirming"), then the relays take over.
func TestStatusDeposit(t *testing.T) {
	_, path := btcDeployment(t, 10)
	id := depositID(t, 1)
	final := relay.Status{TransferID: id, State: relay.StateFinal, Kind: "locked", DstChain: chains.DevnetA, Threshold: 2, Signed: "0/2",
		History: []relay.Transition{{State: relay.StateFinal, Detail: "6 confirmations"}}}
	if err := json.Unmarshal([]byte(`{"source":{"chain":18444,"txHash":"0x`+depositTxid+`","index":1}}`), &final); err != nil {
		t.Fatal(err)
	}
	executed := final
	executed.State, executed.Signed, executed.TxID = relay.StateExecuted, "2/2", mintTx
	if err := json.Unmarshal([]byte(`{"executed":{"chain":31337,"txHash":"`+mintTx+`","index":0}}`), &executed); err != nil {
		t.Fatal(err)
	}
	script := []*relay.Status{nil, nil, nil, nil, nil, nil, nil, nil, &final, &executed}
	for _, form := range [][]string{{"--deposit", depositTxid + ":1"}, {depositTxid + ":1"}, {id.String(), "--deposit", depositTxid + ":1"}} {
		t.Run(strings.Join(form, " "), func(t *testing.T) {
			btcd := newFakeBTCD(t, 1)
			srv := relayServerFor(t, id, script)
			args := append([]string{"--deployment", path, "--btc-rpc", btcd.host, "--btc-user", "u", "--btc-pass", "p", "status"}, form...)
			out, stderr, err := run(t, append(args, "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s")...)
			if err != nil {
				t.Fatalf("status: %v\n%s\n%s", err, out, stderr)
			}
			src := "(18444:" + depositTxid + ", your node; no relay reports it yet)"
			want := []string{
				"waiting    source tx " + depositTxid + " on chain 18444 is not on your node yet",
				"observed   confirmations 0/6 [--------------------]  " + src,
			}
			for i := 1; i <= 6; i++ {
				want = append(want, fmt.Sprintf("observed   confirmations %d/6 %s  %s", i, progressBar(uint64(i), 6), src))
			}
			want = append(want, "final      confirmations 6/6 [####################]", "executed   tx "+mintTx+" on chain 31337")
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != len(want) {
				t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
			}
			for i, w := range want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
				}
			}
		})
	}

	// --json: "confirming" with the node's figures, then the relays'.
	btcd := newFakeBTCD(t, 0)
	srv := relayServerFor(t, id, []*relay.Status{nil, nil, &executed})
	out, _, err := run(t, "--json", "--deployment", path, "--btc-rpc", btcd.host, "--btc-user", "u", "--btc-pass", "p",
		"status", "--deposit", depositTxid+":1", "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s")
	if err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	var got []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var u statusUpdate
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if u.TransferID != id {
			t.Fatalf("update for %s, want %s", u.TransferID, id)
		}
		c := "-"
		if u.Confirmations != nil {
			c = fmt.Sprint(*u.Confirmations)
		}
		got = append(got, fmt.Sprintf("%s:%s/%d:%s", u.State, c, u.Required, u.SourceTx))
	}
	if want := "confirming:0/6:" + depositTxid + " confirming:1/6:" + depositTxid + " executed:6/6:" + depositTxid; strings.Join(got, " ") != want {
		t.Fatalf("updates\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

// What status follows: a transfer id, or a deposit's outpoint; the
// refusals name the fix.
func TestStatusTarget(t *testing.T) {
	_, withBTC := btcDeployment(t, 10)
	evmOnly := filepath.Join(writeDeployment(t), deployment.FileName)
	id1 := depositID(t, 1)
	for _, tc := range []struct {
		name    string
		dep     string
		args    []string
		deposit string
		want    chains.TransferID
		err     error
		text    string
	}{
		{"transfer id", withBTC, []string{testTransfer.String()}, "", testTransfer, nil, ""},
		{"--deposit", withBTC, nil, depositTxid + ":1", id1, nil, ""},
		{"outpoint in place of the id", withBTC, []string{depositTxid + ":1"}, "", id1, nil, ""},
		{"id and its deposit", withBTC, []string{id1.String()}, depositTxid + ":1", id1, nil, ""},
		{"neither", withBTC, nil, "", chains.TransferID{}, ErrUsage, "--deposit TXID:VOUT"},
		{"bad id", withBTC, []string{"0x1234"}, "", chains.TransferID{}, ErrUsage, "want 32 bytes of hex"},
		{"id of another transfer", withBTC, []string{testTransfer.String()}, depositTxid + ":1", chains.TransferID{}, ErrUsage, "whose transfer id is " + id1.String()},
		{"bad txid", withBTC, nil, "abcd:1", chains.TransferID{}, ErrUsage, "64-hex-digit txid"},
		{"bad vout", withBTC, nil, depositTxid + ":x", chains.TransferID{}, ErrUsage, "not an output index"},
		{"no Bitcoin chain", evmOnly, nil, depositTxid + ":1", chains.TransferID{}, ErrSetup, "has no Bitcoin chain"},
		{"no deployment", filepath.Join(t.TempDir(), "none.json"), nil, depositTxid + ":1", chains.TransferID{}, ErrSetup, "bridgectl deploy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &app{deployment: tc.dep, getenv: func(string) string { return "" }}
			got, src, err := a.statusTarget(tc.args, tc.deposit)
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.text) {
					t.Fatalf("err = %v, want %v saying %q", err, tc.err, tc.text)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("statusTarget = %s, %v; want %s", got, err, tc.want)
			}
			if isDeposit := tc.deposit != "" || strings.Contains(strings.Join(tc.args, ""), ":"); isDeposit != (src != nil) {
				t.Fatalf("source %v for a deposit: %v", src, isDeposit)
			}
			if src != nil && (src.Chain != chains.BitcoinRegtest || src.Index != 1 || fmt.Sprintf("%x", src.TxHash) != depositTxid) {
				t.Fatalf("source %+v, want 18444:%s:1 in display order", src, depositTxid)
			}
		})
	}
}

// deposit btc prints the status command with the global flags that chose
// the deployment and btcd, so that it runs as printed.
func TestFollowCommand(t *testing.T) {
	root := New(&strings.Builder{}, &strings.Builder{})
	if err := root.ParseFlags([]string{"--devnet-dir", "/tmp/my devnet", "--btc-rpc", "127.0.0.1:18443", "--key", "secret"}); err != nil {
		t.Fatal(err)
	}
	a := &app{globals: root.PersistentFlags()}
	got := a.followCommand(depositTxid, 2)
	want := "bridgectl --devnet-dir '/tmp/my devnet' --btc-rpc 127.0.0.1:18443 status --deposit " + depositTxid + ":2"
	if got != want {
		t.Fatalf("followCommand\n got %s\nwant %s", got, want)
	}
	if (&app{globals: New(nil, nil).PersistentFlags()}).followCommand(depositTxid, 0) != "bridgectl status --deposit "+depositTxid+":0" {
		t.Fatal("without global flags the command has none")
	}
}
