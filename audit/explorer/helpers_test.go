package explorer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// Fixtures: three operators (2-of-3) and an ERC-20 homed on devnet A,
// wrapped on B and C, as in package audit's tests.
var (
	tokenA   = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Bytes()
	wrappedB = common.HexToAddress("0x1111111111111111111111111111111111111111").Bytes()
	wrappedC = common.HexToAddress("0x2222222222222222222222222222222222222222").Bytes()
	tstID    = chains.ComputeAssetID(chains.DevnetA, tokenA)
	alice    = common.HexToAddress("0xa11ce00000000000000000000000000000000001").Bytes()
	bob      = common.HexToAddress("0xb0b0000000000000000000000000000000000002").Bytes()
)

func operatorKey(i int) *ecdsa.PrivateKey {
	seed := sha256.Sum256([]byte(fmt.Sprintf("kakehashi-explorer-test-operator-%d", i)))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		panic(err) // a fixed, valid scalar
	}
	return k
}

func tid(n uint64) chains.TransferID {
	return chains.EVMTransferID(chains.DevnetA, common.Address{1}, n)
}

func ref(chain chains.ChainID, block uint64, index uint32) audit.Ref {
	var r audit.Ref
	r.Chain, r.BlockNum, r.Index = chain, block, index
	r.TxHash = sha256.Sum256([]byte(fmt.Sprintf("tx-%d-%d-%d", chain, block, index)))
	r.BlockHash = sha256.Sum256([]byte(fmt.Sprintf("block-%d-%d", chain, block)))
	return r
}

func amt(v uint64) uint256.Int { return *uint256.NewInt(v) }

func e18(v uint64) uint256.Int {
	x := uint256.NewInt(v)
	return *x.Mul(x, uint256.NewInt(1e18))
}

// chainBuilder makes a valid, attested chain through the real Proposer,
// Attester and Ledger: operator 0 proposes, operator 1 attests.
type chainBuilder struct {
	t        testing.TB
	keys     []*ecdsa.PrivateKey
	ledger   *audit.Ledger
	proposer *audit.Proposer
	attester *audit.Attester
	blocks   []*audit.Block
	clock    time.Time
}

func newChainBuilder(t testing.TB) *chainBuilder {
	t.Helper()
	keys := []*ecdsa.PrivateKey{operatorKey(0), operatorKey(1), operatorKey(2)}
	l, err := audit.NewLedger(context.Background(), audit.LedgerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	cb := &chainBuilder{t: t, keys: keys, ledger: l, clock: time.UnixMilli(1_767_225_600_000)}
	if cb.proposer, err = audit.NewProposer(audit.ProposerConfig{Key: keys[0], Ledger: l, Now: cb.now}); err != nil {
		t.Fatal(err)
	}
	if cb.attester, err = audit.NewAttester(audit.AttesterConfig{Key: keys[1], Ledger: l, Checker: acceptAll{}, Now: func() time.Time { return cb.clock }}); err != nil {
		t.Fatal(err)
	}
	return cb
}

type acceptAll struct{}

func (acceptAll) CheckRecord(context.Context, *audit.Record) error { return nil }

func (cb *chainBuilder) now() time.Time {
	cb.clock = cb.clock.Add(time.Second)
	return cb.clock
}

// add makes recs the next block, attested by operators 0 and 1.
func (cb *chainBuilder) add(recs ...*audit.Record) *audit.Block {
	cb.t.Helper()
	ctx := context.Background()
	b, rejected, err := cb.proposer.Propose(ctx, recs)
	if err != nil || len(rejected) > 0 {
		cb.t.Fatalf("propose: %v %v", err, rejected)
	}
	set, err := cb.ledger.NextSigners(b)
	if err != nil {
		cb.t.Fatal(err)
	}
	att, err := cb.attester.Attest(ctx, b)
	if err != nil {
		cb.t.Fatal(err)
	}
	if final, err := audit.AddAttestation(set, b, att); err != nil || !final {
		cb.t.Fatalf("attestation: final %v, %v", final, err)
	}
	if err := cb.ledger.Apply(ctx, b); err != nil {
		cb.t.Fatal(err)
	}
	cb.blocks = append(cb.blocks, b)
	return b
}

// export is the chain as a relayd serves it (GET /v1/audit/blocks).
func (cb *chainBuilder) export() []byte {
	cb.t.Helper()
	var buf bytes.Buffer
	if err := audit.Export(context.Background(), &buf, audit.BlockSlice(cb.blocks), audit.FormatJSONL); err != nil {
		cb.t.Fatal(err)
	}
	return buf.Bytes()
}

func (cb *chainBuilder) signers() []common.Address {
	var out []common.Address
	for _, k := range cb.keys {
		out = append(out, crypto.PubkeyToAddress(k.PublicKey))
	}
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out
}

func (cb *chainBuilder) genesis() *audit.Block {
	return cb.add(
		&audit.Record{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: 2, Signers: cb.signers()}},
		&audit.Record{Kind: audit.KindDefine, AssetID: tstID, Define: &audit.Definition{
			HomeChain: chains.DevnetA, HomeAsset: tokenA, Decimals: 18,
			Wrapped: []audit.Wrapped{{Chain: chains.DevnetB, Token: wrappedB}, {Chain: chains.DevnetC, Token: wrappedC}},
		}},
	)
}

// roundTrip is the chain of an ERC-20 round trip A → B → A:
//
//	0 SIGNERSET 2-of-3, DEFINE TST
//	1 LOCK t1: 5 TST on A for bob on B
//	2 MINT t1 on B
//	3 BURN t2: 5 TST on B by bob for alice on A
//	4 UNLOCK t2 on A
func roundTrip(t testing.TB) *chainBuilder {
	cb := newChainBuilder(t)
	cb.genesis()
	cb.add(&audit.Record{Kind: audit.KindLock, Ref: ref(chains.DevnetA, 10, 0), TransferID: tid(1), AssetID: tstID, Amount: e18(5), Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: 1})
	cb.add(&audit.Record{Kind: audit.KindMint, Ref: ref(chains.DevnetB, 20, 1), TransferID: tid(1), AssetID: tstID, Amount: e18(5), Recipient: bob})
	cb.add(&audit.Record{Kind: audit.KindBurn, Ref: ref(chains.DevnetB, 21, 0), TransferID: tid(2), AssetID: tstID, Amount: e18(5), Sender: bob, DstChain: chains.DevnetA, Recipient: alice, Nonce: 1})
	cb.add(&audit.Record{Kind: audit.KindUnlock, Ref: ref(chains.DevnetA, 30, 1), TransferID: tid(2), AssetID: tstID, Amount: e18(5), Recipient: alice})
	return cb
}

// memReplica serves an export held in memory; set replaces it.
type memReplica struct {
	name string
	mu   sync.Mutex
	data []byte
}

func (m *memReplica) Name() string { return m.name }

func (m *memReplica) Open(context.Context, Head) (io.ReadCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return io.NopCloser(bytes.NewReader(m.data)), nil
}

func (m *memReplica) set(b []byte) {
	m.mu.Lock()
	m.data = b
	m.mu.Unlock()
}

// serve builds an explorer over the replicas, refreshes it once and
// serves it; names are the devnet's.
func serve(t *testing.T, reps ...Replica) (*Explorer, *httptest.Server) {
	t.Helper()
	e, err := New(Config{Replicas: reps, Names: Names{
		Chains: map[chains.ChainID]string{chains.DevnetA: "A", chains.DevnetB: "B", chains.DevnetC: "C"},
		Assets: map[chains.AssetID]string{tstID: "TST"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return e, srv
}

// get fetches path without following redirects.
func get(t *testing.T, srv *httptest.Server, path string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func mustContain(t *testing.T, body string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(body, p) {
			t.Errorf("page lacks %q", p)
		}
	}
}

func httptestServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}
