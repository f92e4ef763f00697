package explorer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
)

// fakeAnchors is an AnchorSource whose next answer the test sets.
type fakeAnchors struct {
	chain    chains.ChainID
	contract common.Address

	mu    sync.Mutex
	next  []anchor.EVMAnchor
	err   error
	times map[uint64]time.Time // chain block → its time
	reads int
}

func newFakeAnchors(chain chains.ChainID) *fakeAnchors {
	return &fakeAnchors{chain: chain, contract: common.Address{0xaa, byte(chain)}, times: map[uint64]time.Time{}}
}

func (f *fakeAnchors) Chain() chains.ChainID    { return f.chain }
func (f *fakeAnchors) Contract() common.Address { return f.contract }

func (f *fakeAnchors) Anchors(context.Context) ([]anchor.EVMAnchor, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads++
	if f.err != nil {
		return nil, f.err
	}
	out := f.next
	f.next = nil
	return out, nil
}

func (f *fakeAnchors) BlockTime(_ context.Context, n uint64) (time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, ok := f.times[n]
	if !ok {
		return time.Time{}, fmt.Errorf("%w: no block %d", anchor.ErrNode, n)
	}
	return t, nil
}

// add queues a for the next read, its chain block made at at.
func (f *fakeAnchors) add(a anchor.EVMAnchor, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next = append(f.next, a)
	f.times[a.Ref.BlockNum] = at
}

func (f *fakeAnchors) fail(err error) {
	f.mu.Lock()
	f.err = err
	f.mu.Unlock()
}

// evmAnchor is an anchor of header by operator op, attested by the
// operators who, in chain block block.
func (cb *chainBuilder) evmAnchor(chain chains.ChainID, hd audit.Header, op int, block uint64, who ...int) anchor.EVMAnchor {
	cb.t.Helper()
	hash := hd.Hash()
	var atts []audit.Attestation
	for _, i := range who {
		a, err := audit.Attest(cb.keys[i], hash)
		if err != nil {
			cb.t.Fatal(err)
		}
		atts = append(atts, a)
	}
	operator := crypto.PubkeyToAddress(cb.keys[op].PublicKey)
	packed, err := anchor.PackAttestations(hash, atts, common.Address{})
	if err != nil {
		cb.t.Fatal(err)
	}
	if atts, err = anchor.UnpackAttestations(packed); err != nil {
		cb.t.Fatal(err)
	}
	a := anchor.EVMAnchor{Chain: chain, Operator: operator, Height: hd.Height, Hash: hash, Attestations: atts}
	a.Ref.Chain, a.Ref.BlockNum, a.Ref.Index = chain, block, 0
	a.Ref.TxHash = crypto.Keccak256Hash([]byte(fmt.Sprintf("anchor tx %d %d", chain, block)))
	return a
}

// exportUpTo is the chain's blocks 0…n-1 as a replica serves them.
func (cb *chainBuilder) exportUpTo(n int) []byte {
	cb.t.Helper()
	var buf bytes.Buffer
	if err := audit.Export(context.Background(), &buf, audit.BlockSlice(cb.blocks[:n]), audit.FormatJSONL); err != nil {
		cb.t.Fatal(err)
	}
	return buf.Bytes()
}

// newAnchored builds an explorer over rep and the anchor sources, its
// clock at now, and refreshes it once (the refresh's error returned).
func newAnchored(t *testing.T, rep Replica, now time.Time, srcs ...AnchorSource) (*Explorer, error) {
	t.Helper()
	e, err := New(Config{Replicas: []Replica{rep}, Anchors: srcs, Now: func() time.Time { return now },
		Names: Names{Chains: map[chains.ChainID]string{chains.DevnetA: "A", chains.DevnetB: "B", chains.DevnetC: "C"}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Refresh(context.Background())
	return e, err
}

// overviewJSON is the overview's JSON twin.
func overviewJSON(t *testing.T, e *Explorer) overviewView {
	t.Helper()
	srv := httptestServer(t, e)
	_, body := get(t, srv, "/", "Accept", "application/json")
	var ov overviewView
	if err := json.Unmarshal([]byte(body), &ov); err != nil {
		t.Fatalf("overview JSON: %v\n%s", err, body)
	}
	return ov
}

// rows returns the anchors rows of chain c.
func rows(ov overviewView, c chains.ChainID) []anchorView {
	var out []anchorView
	for _, a := range ov.Anchors {
		if a.Chain.ID == c {
			out = append(out, a)
		}
	}
	return out
}

func statuses(rs []anchorView) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.Status)
	}
	return strings.Join(s, ",")
}

// TestAnchors: an explorer given the AuditAnchor of A, B and C checks what
// each holds against the chain it verified. A holds fresh anchors (the
// newest is shown with its operator, transaction and the age of its
// block); B holds an anchor of a block the chain does not have (a
// CONFLICT row naming its operator) and one whose attestations fall
// short of the threshold; C holds none.
func TestAnchors(t *testing.T) {
	cb := roundTrip(t)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	srcA, srcB, srcC := newFakeAnchors(chains.DevnetA), newFakeAnchors(chains.DevnetB), newFakeAnchors(chains.DevnetC)
	srcA.add(cb.evmAnchor(chains.DevnetA, cb.blocks[2].Header, 0, 100, 0, 1), now.Add(-10*time.Minute))
	srcA.add(cb.evmAnchor(chains.DevnetA, cb.blocks[3].Header, 1, 140, 1, 2), now.Add(-42*time.Second))
	srcA.add(cb.evmAnchor(chains.DevnetA, cb.blocks[1].Header, 2, 150, 0, 2), now.Add(-30*time.Second)) // older height, later block
	forged := cb.blocks[2].Header
	forged.StateHash = [32]byte{0xf0}
	conflict := cb.evmAnchor(chains.DevnetB, forged, 2, 77, 0, 2)
	srcB.add(conflict, now.Add(-5*time.Minute))
	srcB.add(cb.evmAnchor(chains.DevnetB, cb.blocks[4].Header, 0, 78, 0), now.Add(-4*time.Minute)) // one attestation of two
	e, err := newAnchored(t, &memReplica{name: "relay-1", data: cb.export()}, now, srcA, srcB, srcC)
	if err != nil {
		t.Fatalf("refresh: %v", err)
	}
	ov := overviewJSON(t, e)
	if !ov.AnchorsChecked || ov.AnchorsOff != "" {
		t.Errorf("anchorsChecked %v, anchorsOff %q", ov.AnchorsChecked, ov.AnchorsOff)
	}

	a := rows(ov, chains.DevnetA)
	if statuses(a) != "verified" {
		t.Fatalf("A: rows %s, want verified", statuses(a))
	}
	op1 := crypto.PubkeyToAddress(cb.keys[1].PublicKey)
	want := cb.blocks[3].Hash()
	if r := a[0]; r.Height != 3 || r.Hash != hex0x(want[:]) || r.Operator != op1.Hex() || r.Behind != 1 || r.Found != 3 || r.Attestations != 2 ||
		r.ChainBlock != 140 || r.Age != "42s" || !r.Time.Equal(now.Add(-42*time.Second)) || r.Contract != srcA.contract.Hex() || r.TxHash == "" {
		t.Errorf("A's newest anchor: %+v", r)
	}

	b := rows(ov, chains.DevnetB)
	if statuses(b) != "none,invalid,conflict" {
		t.Fatalf("B: rows %s, want none,invalid,conflict (newest first)", statuses(b))
	}
	op2 := crypto.PubkeyToAddress(cb.keys[2].PublicKey)
	real2 := cb.blocks[2].Hash()
	if r := b[2]; r.Operator != op2.Hex() || r.Height != 2 || r.Hash != hex0x(conflict.Hash[:]) || r.VerifiedHash != hex0x(real2[:]) || r.Age != "5m0s" || r.Bad != 2 {
		t.Errorf("B's conflict: %+v", r)
	}
	if r := b[1]; !strings.Contains(r.Error, "attestations") || r.Height != 4 {
		t.Errorf("B's short anchor: %+v", r)
	}
	if c := rows(ov, chains.DevnetC); statuses(c) != "none" || c[0].Contract != srcC.contract.Hex() || c[0].Found != 0 {
		t.Errorf("C: %+v", c)
	}

	// The page: A's anchor with its operator and age, B's CONFLICT naming
	// the operator, C none yet.
	srv := httptestServer(t, e)
	_, body := get(t, srv, "/")
	mustContain(t, body,
		`data-chain="31337" data-status="verified"`, `<a href="/blocks/3">block 3</a> (1 behind the head)`, op1.Hex(), "42s ago",
		"matches the verified chain; 2 attestations of its signer set",
		`data-chain="31338" data-status="conflict"`, "CONFLICT: operator <span class=\"addr\">"+op2.Hex()+"</span> anchored, as block 2, a block this chain does not hold",
		`data-chain="31338" data-status="invalid"`, "INVALID:",
		`data-chain="31339" data-status="none"`, "none yet: AuditAnchor",
	)
	if strings.Contains(body, `id="anchors-off"`) {
		t.Error("the page says anchors are not checked")
	}
	if regexp.MustCompile(`class="anchor broken" data-chain="31337"`).MatchString(body) {
		t.Error("A's anchors are marked broken")
	}
}

// TestAnchorAboveHead: an anchor of a block the explorer has not verified
// yet waits, and is checked once the replica serves that block.
func TestAnchorAboveHead(t *testing.T) {
	cb := roundTrip(t)
	cb.add(&audit.Record{Kind: audit.KindLock, Ref: ref(chains.DevnetA, 40, 0), TransferID: tid(3), AssetID: tstID, Amount: e18(1), Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: 2})
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	src := newFakeAnchors(chains.DevnetA)
	src.add(cb.evmAnchor(chains.DevnetA, cb.blocks[5].Header, 0, 200, 0, 1), now.Add(-3*time.Second))
	rep := &memReplica{name: "relay-1", data: cb.exportUpTo(5)}
	e, err := newAnchored(t, rep, now, src)
	if err != nil {
		t.Fatal(err)
	}
	a := rows(overviewJSON(t, e), chains.DevnetA)
	if statuses(a) != "none" || a[0].AboveHead != 1 {
		t.Fatalf("before block 5 verified: %+v", a)
	}
	rep.set(cb.export())
	if _, err := e.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	a = rows(overviewJSON(t, e), chains.DevnetA)
	if statuses(a) != "verified" || a[0].Height != 5 || a[0].AboveHead != 0 || a[0].Behind != 0 || a[0].Age != "3s" {
		t.Fatalf("after: %+v", a)
	}
}

// TestAnchorSourceFails: a node that cannot be read is named on its
// chain's row and in Refresh's error (ErrAnchors); the explorer still
// serves the chain and the anchors it read before.
func TestAnchorSourceFails(t *testing.T) {
	cb := roundTrip(t)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	src := newFakeAnchors(chains.DevnetA)
	src.add(cb.evmAnchor(chains.DevnetA, cb.blocks[4].Header, 0, 10, 0, 1), now.Add(-time.Minute))
	e, err := newAnchored(t, &memReplica{name: "relay-1", data: cb.export()}, now, src)
	if err != nil {
		t.Fatal(err)
	}
	src.fail(fmt.Errorf("%w: connection refused", anchor.ErrNode))
	_, err = e.Refresh(context.Background())
	if !errors.Is(err, ErrAnchors) || !errors.Is(err, anchor.ErrNode) || errors.Is(err, ErrNoChain) {
		t.Fatalf("refresh with the node down: %v", err)
	}
	a := rows(overviewJSON(t, e), chains.DevnetA)
	if statuses(a) != "verified,error" || !strings.Contains(a[1].Error, "connection refused") || a[0].Height != 4 {
		t.Fatalf("rows: %+v", a)
	}
	src.fail(nil)
	if _, err := e.Refresh(context.Background()); err != nil {
		t.Fatalf("node back: %v", err)
	}
	if a := rows(overviewJSON(t, e), chains.DevnetA); statuses(a) != "verified" {
		t.Fatalf("node back: %s", statuses(a))
	}
}

// TestNoAnchorSource: without chain access the page says that anchors
// are not checked, and why; each chain is "not checked".
func TestNoAnchorSource(t *testing.T) {
	cb := roundTrip(t)
	for _, tc := range []struct{ name, off, want string }{
		{"default hint", "", "this explorer reads no chain"},
		{"caller's hint", "started with --anchors=false", "started with --anchors=false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := New(Config{Replicas: []Replica{&memReplica{name: "r", data: cb.export()}}, AnchorsOff: tc.off})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.Refresh(context.Background()); err != nil {
				t.Fatal(err)
			}
			srv := httptestServer(t, e)
			_, body := get(t, srv, "/")
			mustContain(t, body, `id="anchors-off"`, "Anchors in the chains are not checked", tc.want)
			if n := strings.Count(body, `data-status="unchecked"`); n != 3 {
				t.Errorf("%d chains not checked, want 3 (A, B, C)", n)
			}
			ov := overviewJSON(t, e)
			if ov.AnchorsChecked || !strings.Contains(ov.AnchorsOff, tc.want) {
				t.Errorf("JSON: anchorsChecked %v, anchorsOff %q", ov.AnchorsChecked, ov.AnchorsOff)
			}
		})
	}
}

// logNode is a node with a head and no Anchored event; it records the
// block ranges asked for.
type logNode struct {
	head   uint64
	ranges [][2]uint64
}

func (n *logNode) HeaderByNumber(_ context.Context, num *big.Int) (*types.Header, error) {
	if num == nil {
		return &types.Header{Number: new(big.Int).SetUint64(n.head)}, nil
	}
	return &types.Header{Number: num, Time: 1_767_225_600 + num.Uint64()}, nil
}

func (n *logNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.ranges = append(n.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	return nil, nil
}

// EVMAnchors reads from the deploy block on, each final block once, and
// dates a block by its header.
func TestEVMAnchors(t *testing.T) {
	node := &logNode{head: 20}
	cfg := EVMAnchorConfig{Chain: chains.DevnetA, Contract: common.Address{1}, Node: node, From: 5, Confirmations: 3}
	src, err := EVMAnchors(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, head := range []uint64{20, 20, 25} {
		node.head = head
		if _, err := src.Anchors(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if fmt.Sprint(node.ranges) != "[[5 18] [19 23]]" {
		t.Errorf("ranges read %v, want [[5 18] [19 23]]", node.ranges)
	}
	if at, err := src.BlockTime(ctx, 7); err != nil || at.Unix() != 1_767_225_607 {
		t.Errorf("block time %v, %v", at, err)
	}
	for _, tc := range []struct {
		name string
		mod  func(*EVMAnchorConfig)
	}{
		{"no chain", func(c *EVMAnchorConfig) { c.Chain = 0 }},
		{"no node", func(c *EVMAnchorConfig) { c.Node = nil }},
		{"no contract", func(c *EVMAnchorConfig) { c.Contract = common.Address{} }},
		{"no confirmations", func(c *EVMAnchorConfig) { c.Confirmations = 0 }},
	} {
		c := cfg
		tc.mod(&c)
		if _, err := EVMAnchors(c); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
