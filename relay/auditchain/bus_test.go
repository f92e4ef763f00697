package auditchain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/bustest"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

// honest is one operator running the unmodified chain over a real ledger
// on an authenticated bus.
type honest struct {
	key   *ecdsa.PrivateKey
	local *ledger.Accountant
	chain *Chain
}

// TestSharedChainAgainstAModifiedOperator: two honest operators (2-of-3)
// build the shared chain on an in-process authenticated NATS bus; the
// third is a modified operator that publishes, under its own key, a
// proposal and a "final" block carrying an inflated copy of a lock the
// honest ones recorded. Neither enters any replica: the honest operators
// refuse to attest it (divergent), the forged final block does not verify
// (one attestation of two), and the honest chain goes on, with a record
// only one honest operator has seen final only once the other sees it too.
func TestSharedChainAgainstAModifiedOperator(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var privs []*ecdsa.PrivateKey
	var addrs []common.Address
	for range 3 {
		k, _ := crypto.GenerateKey()
		privs, addrs = append(privs, k), append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	srv := bustest.Start(t, addrs, nil, time.Second)
	dep := ledgertest.Deployment()
	gen, err := Genesis(addrs, 2, dep)
	if err != nil {
		t.Fatal(err)
	}
	connect := func(k *ecdsa.PrivateKey, name string) *bus.Bus {
		b, err := bus.New(ctx, srv.Config(crypto.PubkeyToAddress(k.PublicKey), name), keys.FromECDSA(k))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		return b
	}
	var ops []*honest
	for i, k := range privs[:2] {
		dir := t.TempDir()
		local, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(dir, "audit.db"), Key: keys.FromECDSA(k), Deployment: dep})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = local.Close() })
		c, err := New(ctx, Config{Key: k, Path: filepath.Join(dir, "federation-audit.db"), Genesis: gen, Local: local,
			Bus: connect(k, fmt.Sprint("op", i+1)), Interval: 200 * time.Millisecond, LeaseTTL: time.Second, Registerer: prometheus.NewRegistry()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = c.Close() })
		go func() { _ = c.Run(ctx) }()
		ops = append(ops, &honest{key: k, local: local, chain: c})
	}
	holds := func(o *honest, id chains.TransferID) bool {
		steps, err := o.chain.Transfer(ctx, id)
		return err == nil && len(steps) > 0
	}
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within 20s", what)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	// Both honest operators record lock 1: it becomes final in both replicas.
	lock1 := ledgertest.Lock(1, 10)
	for _, o := range ops {
		if err := o.local.RecordEvents(ctx, []chains.Event{lock1}); err != nil {
			t.Fatal(err)
		}
	}
	waitUntil("lock 1 in both replicas", func() bool { return holds(ops[0], lock1.TransferID) && holds(ops[1], lock1.TransferID) })

	// Lock 2 only op1 has seen: never final with one attestation of two.
	lock2 := ledgertest.Lock(2, 20)
	if err := ops[0].local.RecordEvents(ctx, []chains.Event{lock2}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // five proposal rounds
	if holds(ops[0], lock2.TransferID) || holds(ops[1], lock2.TransferID) {
		t.Fatal("a lock one operator of the quorum has not seen became final")
	}

	// The modified operator: an inflated lock 2 (op2 has not recorded it
	// yet, op1 has: divergent for op1) as a proposal and as a "final"
	// block on the replicas' head, signed by itself alone.
	h, hash, _ := ops[0].chain.ledger.Head()
	rogue := connect(privs[2], "op3-modified")
	replica, err := audit.NewLedger(ctx, audit.LedgerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ops[0].chain.store.Blocks(ctx, 0, func(b *audit.Block) error {
		if b.Header.Height > h {
			return nil
		}
		return replica.Apply(ctx, b)
	}); err != nil {
		t.Fatal(err)
	}
	if _, rh, _ := replica.Head(); rh != hash {
		t.Fatal("the modified operator's copy of the chain is not at the honest head")
	}
	prop, err := audit.NewProposer(audit.ProposerConfig{Key: privs[2], Ledger: replica})
	if err != nil {
		t.Fatal(err)
	}
	inflated := lock2
	inflated.Amount = new(big.Int).Mul(lock2.Amount, big.NewInt(50))
	rec, err := audit.FromEvent(inflated)
	if err != nil {
		t.Fatal(err)
	}
	forged, _, err := prop.Propose(ctx, []*audit.Record{rec})
	if err != nil || forged == nil {
		t.Fatalf("forging the block: %v", err)
	}
	divergentBefore := testutil.ToFloat64(ops[0].chain.m.attest.WithLabelValues("divergent"))
	if _, err := rogue.Publish(ctx, audit.SubjectBlock, "forged-proposal", forged.Encode()); err != nil {
		t.Fatal(err)
	}
	if _, err := rogue.Publish(ctx, audit.SubjectFinal, audit.BlockMsgID(forged), forged.Encode()); err != nil {
		t.Fatal(err)
	}
	waitUntil("op1 refusing the inflated proposal as divergent", func() bool {
		return testutil.ToFloat64(ops[0].chain.m.attest.WithLabelValues("divergent")) > divergentBefore
	})
	waitUntil("both replicas refusing the forged final block", func() bool {
		return testutil.ToFloat64(ops[0].chain.m.finalRefused) >= 1 && testutil.ToFloat64(ops[1].chain.m.finalRefused) >= 1
	})

	// op2 now records the real lock 2: the honest block becomes final, with
	// the real amount, and both replicas are the same chain.
	if err := ops[1].local.RecordEvents(ctx, []chains.Event{ledgertest.Lock(2, 20)}); err != nil {
		t.Fatal(err)
	}
	waitUntil("the real lock 2 in both replicas", func() bool { return holds(ops[0], lock2.TransferID) && holds(ops[1], lock2.TransferID) })
	for _, o := range ops {
		steps, _ := o.chain.Transfer(ctx, lock2.TransferID)
		if len(steps) != 1 || steps[0].Amount != "20" {
			t.Fatalf("replica's lock 2: %+v, want one LOCK of 20", steps)
		}
	}
	var exports [2][]byte
	for i, o := range ops {
		var buf bytes.Buffer
		if err := o.chain.Export(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		exports[i] = buf.Bytes()
	}
	n := min(len(exports[0]), len(exports[1]))
	if !slices.Equal(exports[0][:n], exports[1][:n]) {
		t.Fatal("the two honest replicas differ")
	}
}
