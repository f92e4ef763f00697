//go:build integration

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// TestChaosLyingNode (issue 19): op3's node of chain A lies to it — every
// Locked log and receipt inflates the amount by 1,000 TST, and every
// eth_getLogs answer carries a fabricated Locked of 500 TST to an
// attacker that never happened. op1 and op2 run on honest nodes.
//
//   - op3 signs nothing it cannot match on its node: not the real lock
//     (its node says another amount), and its watcher's inflated and
//     fabricated events are refused by op1 and op2, who verify on theirs;
//   - the real lock is minted once, for the real amount, by op1 and op2;
//   - nothing fabricated or inflated is minted: the attacker holds no
//     wrapped TST on B, bob exactly what was locked.
func TestChaosLyingNode(t *testing.T) {
	f := newFederation(t)
	liar := f.ops[2]
	attacker := common.HexToAddress("0x00000000000000000000000000000000000a77ac")
	proxy := newLyingRPC(t, f.d.EVM[0].RPCURL, attacker, f)
	liar.Env = append(liar.Env, fmt.Sprintf("KAKEHASHI_CHAIN_%d_RPC=%s", chainA, proxy.url))
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	wTST := f.token("TST", chainB)
	id := f.lockTST(ctx, user, e18(7), chainB, bob)
	mint, err := f.waitExecuted(chainB, id, false, 120*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "op3's node to have lied about the lock", func() bool { return proxy.inflated.Load() > 0 && proxy.fabricated.Load() > 0 })
	// Give a fake a chance to be minted, were it to be.
	time.Sleep(10 * time.Second)

	if got := f.balance(wTST, bob); got.Cmp(e18(7)) != 0 {
		t.Fatalf("bob holds %s wrapped TST on B, want exactly the 7 TST locked", got)
	}
	if got := f.balance(wTST, attacker); got.Sign() != 0 {
		t.Fatalf("the attacker holds %s wrapped TST on B: a fabricated lock was minted", got)
	}
	if m, _ := f.executions(chainB, id); len(m) != 1 {
		t.Fatalf("%d Minted of the real lock, want 1", len(m))
	}
	if m, _ := f.executions(chainB, proxy.fakeID); len(m) != 0 {
		t.Fatalf("the fabricated lock %s was minted", proxy.fakeID)
	}
	sender := f.txSender(ctx, chainB, mint.TxHash)
	if sender == liar.Address {
		t.Logf("note: the mint was submitted by op3 (its shares came from op1 and op2)")
	}
	for _, op := range f.ops[:2] {
		if n := f.metric(op, "kakehashi_relay_signer_refusals_total", ""); n == 0 {
			t.Errorf("op%d refused nothing: the liar's events were not refused on its node", op.Index)
		}
	}
	if n := f.metric(liar, "kakehashi_relay_signer_refusals_total", ""); n == 0 {
		t.Errorf("op3 refused nothing: it signed what its node contradicts")
	}
	t.Logf("minted 7 TST once (tx %s); op3's node lied %d times (inflated) and %d times (fabricated); nothing fake minted",
		mint.TxHash, proxy.inflated.Load(), proxy.fabricated.Load())
}

// lyingRPC is a JSON-RPC proxy in front of an honest node that inflates
// every Locked event's amount (logs and receipts) and adds a fabricated
// Locked to every eth_getLogs answer that holds a real one.
type lyingRPC struct {
	url                  string
	target               string
	lockedTopic          common.Hash
	fake                 json.RawMessage
	fakeID               chains.TransferID
	inflated, fabricated atomic.Int64
}

func newLyingRPC(t *testing.T, target string, attacker common.Address, f *federation) *lyingRPC {
	t.Helper()
	abi, err := bindings.BridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	ev := abi.Events["Locked"]
	p := &lyingRPC{target: target, lockedTopic: ev.ID}
	data, err := ev.Inputs.NonIndexed().Pack(e18(500), uint64(chainB), attacker.Bytes(), uint64(999_999))
	if err != nil {
		t.Fatal(err)
	}
	tst, _ := f.dep.Asset("TST")
	dc, _ := f.dep.ChainByID(chainA)
	// A well-formed lie: the transfer id is the one the nonce gives, and it
	// is placed in a real block next to a real log (see lie).
	p.fakeID = chains.EVMTransferID(chainA, dc.Bridge, 999_999)
	p.fake, _ = json.Marshal(map[string]any{
		"address": dc.Bridge, "topics": []common.Hash{ev.ID, common.Hash(p.fakeID), common.Hash(tst.ID), common.BytesToHash(attacker.Bytes())},
		"data": hexutil.Bytes(data), "transactionHash": crypto.Keccak256Hash([]byte("fabricated tx")),
		"transactionIndex": "0x7", "logIndex": "0x63", "removed": false,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: p}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	p.url = "http://" + ln.Addr().String()
	return p
}

type rpcMsg struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Rest   map[string]json.RawMessage
}

func (p *lyingRPC) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	batch := strings.HasPrefix(strings.TrimSpace(string(body)), "[")
	var reqs, res []map[string]json.RawMessage
	if batch {
		_ = json.Unmarshal(body, &reqs)
		_ = json.Unmarshal(out, &res)
	} else {
		var q, a map[string]json.RawMessage
		_ = json.Unmarshal(body, &q)
		_ = json.Unmarshal(out, &a)
		reqs, res = []map[string]json.RawMessage{q}, []map[string]json.RawMessage{a}
	}
	methods := map[string]string{}
	for _, q := range reqs {
		var m string
		_ = json.Unmarshal(q["method"], &m)
		methods[string(q["id"])] = m
	}
	for _, a := range res {
		if a == nil || a["result"] == nil {
			continue
		}
		a["result"] = p.lie(methods[string(a["id"])], a["result"])
	}
	if batch {
		out, _ = json.Marshal(res)
	} else if len(res) == 1 && res[0] != nil {
		out, _ = json.Marshal(res[0])
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// lie rewrites one result.
func (p *lyingRPC) lie(method string, result json.RawMessage) json.RawMessage {
	switch method {
	case "eth_getLogs":
		var logs []map[string]json.RawMessage
		if json.Unmarshal(result, &logs) != nil {
			return result
		}
		if p.inflateAll(logs) > 0 {
			// The fabricated lock rides in the block of a real one.
			fake := map[string]json.RawMessage{}
			_ = json.Unmarshal(p.fake, &fake)
			fake["blockNumber"], fake["blockHash"] = logs[0]["blockNumber"], logs[0]["blockHash"]
			logs = append(logs, fake)
			p.fabricated.Add(1)
		}
		out, _ := json.Marshal(logs)
		return out
	case "eth_getTransactionReceipt":
		var rc map[string]json.RawMessage
		if json.Unmarshal(result, &rc) != nil || rc == nil {
			return result
		}
		var logs []map[string]json.RawMessage
		if json.Unmarshal(rc["logs"], &logs) != nil {
			return result
		}
		p.inflateAll(logs)
		rc["logs"], _ = json.Marshal(logs)
		out, _ := json.Marshal(rc)
		return out
	}
	return result
}

// inflateAll adds 1,000 TST to the amount (the first data word) of every
// Locked log and returns how many it changed.
func (p *lyingRPC) inflateAll(logs []map[string]json.RawMessage) (n int) {
	for _, l := range logs {
		var topics []common.Hash
		if json.Unmarshal(l["topics"], &topics) != nil || len(topics) == 0 || topics[0] != p.lockedTopic {
			continue
		}
		var data hexutil.Bytes
		if json.Unmarshal(l["data"], &data) != nil || len(data) < 32 {
			continue
		}
		amount := new(big.Int).Add(new(big.Int).SetBytes(data[:32]), e18(1000))
		copy(data[:32], common.LeftPadBytes(amount.Bytes(), 32))
		l["data"], _ = json.Marshal(data)
		p.inflated.Add(1)
		n++
	}
	return n
}
