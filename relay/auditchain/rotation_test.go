package auditchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/bustest"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

// TestSignerSetRotation: two operators of a 2-of-3 federation build the
// shared chain; op1 restarts configured for 2-of-2 {op1, op2} (op3 left):
// the SIGNERSET it proposes is not final while op2 still runs the old
// configuration (op2 does not attest another federation than its own);
// once op2 restarts with the new one it is, the chain is at epoch 2, and
// a lock both record afterwards is final under the new set.
func TestSignerSetRotation(t *testing.T) {
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
	oldGen, err := Genesis(addrs, 2, dep)
	if err != nil {
		t.Fatal(err)
	}
	newGen, err := Genesis(addrs[:2], 2, dep)
	if err != nil {
		t.Fatal(err)
	}
	type op struct {
		dir    string
		local  *ledger.Accountant
		chain  *Chain
		cancel context.CancelFunc
	}
	ops := make([]*op, 2)
	start := func(i int, gen []*audit.Record) {
		t.Helper()
		o := ops[i]
		b, err := bus.New(ctx, srv.Config(addrs[i], fmt.Sprint("op", i+1, time.Now().UnixNano())), keys.FromECDSA(privs[i]))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		c, err := New(ctx, Config{Key: privs[i], Path: filepath.Join(o.dir, "federation-audit.db"), Genesis: gen, Local: o.local,
			Bus: b, Interval: 200 * time.Millisecond, LeaseTTL: time.Second, Registerer: prometheus.NewRegistry()})
		if err != nil {
			t.Fatal(err)
		}
		rctx, rcancel := context.WithCancel(ctx)
		o.chain, o.cancel = c, rcancel
		go func() { _ = c.Run(rctx) }()
	}
	stop := func(i int) {
		ops[i].cancel()
		time.Sleep(300 * time.Millisecond)
		_ = ops[i].chain.Close()
	}
	for i := range ops {
		dir := t.TempDir()
		local, err := ledger.New(ctx, ledger.Config{Path: filepath.Join(dir, "audit.db"), Key: keys.FromECDSA(privs[i]), Deployment: dep})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = local.Close() })
		ops[i] = &op{dir: dir, local: local}
		start(i, oldGen)
	}
	waitUntil := func(what string, within time.Duration, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(within)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within %s", what, within)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	record := func(ev chains.Event) {
		t.Helper()
		for _, o := range ops {
			if err := o.local.RecordEvents(ctx, []chains.Event{ev}); err != nil {
				t.Fatal(err)
			}
		}
	}
	epochOf := func(i int) uint64 { return ops[i].chain.ledger.Signers().Epoch }
	record(ledgertest.Lock(1, 10))
	waitUntil("lock 1 final in both replicas", 20*time.Second, func() bool {
		s0, _ := ops[0].chain.Transfer(ctx, ledgertest.Lock(1, 10).TransferID)
		s1, _ := ops[1].chain.Transfer(ctx, ledgertest.Lock(1, 10).TransferID)
		return len(s0) > 0 && len(s1) > 0
	})

	// op1 alone has the new configuration: nothing rotates.
	stop(0)
	start(0, newGen)
	time.Sleep(2 * time.Second) // ten proposal rounds
	if e := epochOf(0); e != 1 {
		t.Fatalf("the chain rotated to epoch %d with one operator of the quorum configured for it", e)
	}

	// Both: the chain moves to epoch 2, 2-of-2, and goes on.
	stop(1)
	start(1, newGen)
	waitUntil("epoch 2 in both replicas", 20*time.Second, func() bool { return epochOf(0) == 2 && epochOf(1) == 2 })
	if set := ops[0].chain.ledger.Signers(); set.Threshold != 2 || len(set.Signers) != 2 || set.Has(addrs[2]) {
		t.Fatalf("signer set after the rotation: %+v, want 2-of-2 without op3", set)
	}
	lock2 := ledgertest.Lock(2, 20)
	record(lock2)
	waitUntil("lock 2 final under the new set", 20*time.Second, func() bool {
		s, _ := ops[1].chain.Transfer(ctx, lock2.TransferID)
		return len(s) > 0
	})
}
