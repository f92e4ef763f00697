package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// fakeEVM is an EVM node's JSON-RPC over HTTP, as much of it as relayd's
// start and health checks read: eth_chainId, eth_blockNumber,
// eth_getBlockByNumber (the head), and eth_call of the bridge's
// signers() and config(). While down it answers 503 to everything.
type fakeEVM struct {
	URL   string
	chain uint64
	down  atomic.Bool
	calls atomic.Int64

	mu        sync.Mutex
	signers   []common.Address
	threshold uint8
	head      uint64
	headTime  time.Time
}

func newFakeEVM(t *testing.T, chain uint64, signers []common.Address, threshold uint8) *fakeEVM {
	t.Helper()
	f := &fakeEVM{chain: chain, signers: signers, threshold: threshold, head: 100, headTime: time.Now()}
	srv := httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(srv.Close)
	f.URL = srv.URL
	return f
}

// setHead sets the node's head block and its time.
func (f *fakeEVM) setHead(n uint64, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.head, f.headTime = n, at
}

var bridgeABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(bindings.BridgeMetaData.ABI))
	if err != nil {
		panic(err)
	}
	return a
}()

func (f *fakeEVM) serve(w http.ResponseWriter, r *http.Request) {
	f.calls.Add(1)
	if f.down.Load() {
		http.Error(w, "node down", http.StatusServiceUnavailable)
		return
	}
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	result, rpcErr := f.answer(req.Method, req.Params)
	resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
	if rpcErr != "" {
		resp["error"] = map[string]any{"code": -32601, "message": rpcErr}
	} else {
		resp["result"] = result
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (f *fakeEVM) answer(method string, params []json.RawMessage) (any, string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch method {
	case "eth_chainId":
		return hexutil.Uint64(f.chain), ""
	case "eth_blockNumber":
		return hexutil.Uint64(f.head), ""
	case "eth_getBlockByNumber":
		return f.header(), ""
	case "eth_call":
		var call struct {
			Input hexutil.Bytes `json:"input"`
			Data  hexutil.Bytes `json:"data"`
		}
		if len(params) == 0 || json.Unmarshal(params[0], &call) != nil {
			return nil, "bad eth_call"
		}
		data := call.Input
		if len(data) == 0 {
			data = call.Data
		}
		if len(data) < 4 {
			return nil, "short calldata"
		}
		m, err := bridgeABI.MethodById(data[:4])
		if err != nil {
			return nil, err.Error()
		}
		var out []byte
		switch m.Name {
		case "signers":
			out, err = m.Outputs.Pack(f.signers)
		case "config":
			out, err = m.Outputs.Pack(uint64(1), f.threshold, uint8(len(f.signers)), false, uint64(0), uint64(0), uint32(0))
		default:
			return nil, "fake node: no " + m.Name
		}
		if err != nil {
			return nil, err.Error()
		}
		return hexutil.Bytes(out), ""
	}
	return nil, "fake node: no method " + method
}

// header is the head block's header as a node returns it.
func (f *fakeEVM) header() map[string]any {
	zero := common.Hash{}.Hex()
	return map[string]any{
		"parentHash": zero, "sha3Uncles": zero, "miner": common.Address{}.Hex(), "stateRoot": zero,
		"transactionsRoot": zero, "receiptsRoot": zero, "logsBloom": hexutil.Bytes(bytes.Repeat([]byte{0}, 256)),
		"difficulty": "0x0", "number": hexutil.Uint64(f.head), "gasLimit": "0x1c9c380", "gasUsed": "0x0",
		"timestamp": hexutil.Uint64(f.headTime.Unix()), "extraData": "0x", "mixHash": zero, "nonce": "0x0000000000000000",
		"baseFeePerGas": "0x1", "hash": common.BytesToHash([]byte(fmt.Sprint(f.head))).Hex(),
	}
}
