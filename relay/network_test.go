package relay

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/bustest"
	"github.com/rs/zerolog"
)

// These tests run several operators' relay roles in one process on a real
// NATS JetStream server (embedded, random loopback port). Chains are test
// doubles (fakeChain, fakeDest); integration/ repeats the scenarios on
// real anvil and btcd.

// chanSource is a watcher the test feeds by hand.
type chanSource chan chains.Event

func (c chanSource) Run(ctx context.Context, out chan<- chains.Event) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev := <-c:
			select {
			case out <- ev:
			case <-ctx.Done():
				return nil
			}
		}
	}
}

type operator struct {
	key    opKey
	chain  *fakeChain
	source chanSource
	hook   func(op *operator, batch []SignedAuthorization)
	// batcher, if set, is this operator's Batcher for chain B.
	batcher *fakeBatcher
	// rounds, if set, gives the batcher Rounds from this schedule.
	rounds *roundSchedule
	// batchOnly leaves the destination without a Submitter (no fallback).
	batchOnly bool
	// signedPath, when set, is this operator's durable signed set, kept
	// across restarts (network.durable).
	signedPath string
	signed     *SignedStore

	mu     sync.Mutex
	bus    *bus.Bus
	node   *Node
	cancel context.CancelFunc
	done   chan struct{}
}

type network struct {
	t    testing.TB
	srv  *bustest.Server
	ops  OperatorSet
	dest *fakeDest
	op   []*operator
	cfg  NodeConfig // template
	log  zerolog.Logger
	// durable gives every operator a durable signed set (as relayd runs).
	durable bool
}

func newNetwork(t testing.TB, n, threshold int) *network {
	keys := newOpKeys(n)
	addrs := make([]common.Address, n)
	for i, k := range keys {
		addrs[i] = k.addr
	}
	ops, err := NewOperatorSet(addrs, threshold)
	if err != nil {
		t.Fatal(err)
	}
	nw := &network{t: t, srv: bustest.Start(t, addrs, []uint64{uint64(chainA), uint64(chainB)}, time.Second), ops: ops, dest: newFakeDest(ops),
		cfg: NodeConfig{Operators: ops, Sign: true, MaxBatch: 64, MaxWait: 20 * time.Millisecond, LeaseTTL: time.Second, SignerRetry: 100 * time.Millisecond},
		log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.ErrorLevel)}
	for _, k := range keys {
		nw.op = append(nw.op, &operator{key: k, chain: newFakeChain(), source: make(chanSource, 1024)})
	}
	t.Cleanup(func() {
		for _, o := range nw.op {
			o.stop()
		}
	})
	return nw
}

func (nw *network) start(i int) {
	nw.t.Helper()
	o := nw.op[i]
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.node != nil {
		nw.t.Fatalf("operator %d already running", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	b, err := bus.New(ctx, nw.srv.Config(o.key.addr, fmt.Sprint("op", i)), o.key,
		bus.WithLogger(nw.log))
	if err != nil {
		cancel()
		nw.t.Fatal(err)
	}
	auth, _ := NewECDSAAuthorizer(o.key, HashDigest)
	cfg := nw.cfg
	cfg.Self = o.key.addr
	cfg.Policy = assets()
	cfg.Accountant = &fakeAccountant{refuse: map[chains.TransferID]bool{}}
	cfg.Chains = []ChainRoles{
		{Chain: chainA, Source: o.source, Verifier: o.chain},
		{Chain: chainB, Authorizer: auth, Submitter: nw.dest.submitter(func(b []SignedAuthorization) {
			if o.hook != nil {
				o.hook(o, b)
			}
		})},
	}
	if o.batcher != nil {
		cfg.Chains[1].Batcher = o.batcher
		if o.rounds != nil {
			cfg.Chains[1].Batcher, cfg.Chains[1].RoundInterval = &roundBatcher{fakeBatcher: o.batcher, schedule: o.rounds}, 100*time.Millisecond
		}
		if o.batchOnly {
			cfg.Chains[1].Submitter = nil
		}
	}
	if nw.durable {
		if o.signedPath == "" {
			o.signedPath = filepath.Join(nw.t.TempDir(), "signed.db")
		}
		if o.signed, err = OpenSignedStore(SignedStoreConfig{Path: o.signedPath}); err != nil {
			cancel()
			nw.t.Fatal(err)
		}
		cfg.Signed = o.signed
	}
	node, err := NewNode(cfg, b, WithLogger(nw.log))
	if err != nil {
		cancel()
		o.closeSigned()
		nw.t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = node.Run(ctx); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for node.Ready() != nil && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if err := node.Ready(); err != nil {
		nw.t.Fatal(err)
	}
	o.bus, o.node, o.cancel, o.done = b, node, cancel, done
}

// stop shuts an operator down gracefully.
func (o *operator) stop() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.node == nil {
		return
	}
	o.cancel()
	<-o.done
	o.bus.Close()
	o.closeSigned()
	o.node = nil
}

// closeSigned closes the operator's signed set once its node stopped.
func (o *operator) closeSigned() {
	if o.signed != nil {
		_ = o.signed.Close()
		o.signed = nil
	}
}

// kill drops an operator's bus connection at once, like SIGKILL: no
// lease release, no submission record.
func (o *operator) kill() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.node == nil {
		return
	}
	o.bus.Abort()
	o.cancel()
	go func(done chan struct{}, st *SignedStore) {
		<-done
		if st != nil {
			_ = st.Close()
		}
	}(o.done, o.signed)
	o.signed = nil
	o.node = nil
}

func (o *operator) running() *Node {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.node
}

// lock puts a final lock on chain A: every operator's node knows it, and
// every running operator's watcher reports it.
func (nw *network) lock(n uint64) chains.Event {
	ev := lockEvent(n)
	for _, o := range nw.op {
		o.chain.put(ev)
	}
	for _, o := range nw.op {
		if o.running() != nil {
			o.source <- ev
		}
	}
	return ev
}

func (nw *network) waitExecuted(ids []chains.TransferID, within time.Duration) bool {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		all := true
		for _, id := range ids {
			if nw.dest.count(id) == 0 {
				all = false
				break
			}
		}
		if all {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

func (nw *network) assertOnce(ids []chains.TransferID) {
	nw.t.Helper()
	for _, id := range ids {
		if c := nw.dest.count(id); c != 1 {
			nw.t.Errorf("transfer %s executed %d times, want exactly once", id, c)
		}
	}
}

func TestNetworkTwoOfThree(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	for i := range nw.op {
		nw.start(i)
	}
	var ids []chains.TransferID
	for n := uint64(1); n <= 30; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
	// Every operator's state machine sees each transfer submitted.
	for i, o := range nw.op {
		tr := o.running().Tracker()
		waitCond(t, 5*time.Second, func() bool { return tr.Count()[StateSubmitted] == len(ids) }, fmt.Sprintf("op %d tracker: %v", i, tr.Count()))
		st, ok := tr.Get(ids[0])
		if !ok || st.State != StateSubmitted || st.TxID == "" || st.Source == nil || len(st.Signers) < 2 {
			t.Fatalf("op %d status %+v", i, st)
		}
	}
}

func TestNetworkOneOperatorDown(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	nw.start(0)
	nw.start(2)
	var ids []chains.TransferID
	for n := uint64(1); n <= 10; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
}

// Two of three down: nothing is minted. When one comes back, the backlog
// completes: its signer's durable consumer reads the events published
// while it was away.
func TestNetworkTwoDownThenBacklog(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	nw.start(0)
	var ids []chains.TransferID
	for n := uint64(1); n <= 10; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	tr := nw.op[0].running().Tracker()
	waitCond(t, 5*time.Second, func() bool { return tr.Count()[StateSigned] == len(ids) }, "operator 0 signs everything")
	time.Sleep(500 * time.Millisecond)
	if got := nw.dest.total(); got != 0 {
		t.Fatalf("%d transfers executed with one operator of three", got)
	}
	if st, _ := tr.Get(ids[0]); st.Signed != "1/2" {
		t.Fatalf("status %+v", st)
	}
	nw.start(1)
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("backlog: executed %d of %d", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
}

// The leader sends a batch and is killed before it can record the
// submission. Another operator takes the lease over and resubmits; the
// destination's replay protection answers "already processed"; nothing is
// executed twice and later transfers complete.
func TestNetworkLeaderKilledMidBatch(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	var once sync.Once
	killed := make(chan *operator, 1)
	for _, o := range nw.op {
		o.hook = func(o *operator, batch []SignedAuthorization) {
			once.Do(func() {
				o.kill()
				killed <- o
			})
		}
	}
	for i := range nw.op {
		nw.start(i)
	}
	var ids []chains.TransferID
	for n := uint64(1); n <= 20; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	var victim *operator
	select {
	case victim = <-killed:
	case <-time.After(10 * time.Second):
		t.Fatal("no batch was submitted")
	}
	callsAtKill := nw.dest.callCount()
	for n := uint64(21); n <= 30; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
	// The survivors learn the killed leader's batch is done (already
	// processed) and hold nothing pending.
	for _, o := range nw.op {
		if o == victim {
			continue
		}
		co := o.running().Coordinator(chainB)
		waitCond(t, 10*time.Second, func() bool {
			p := co.Pending()
			return p["ready"] == 0 && p["collecting"] == 0 && p["inflight"] == 0
		}, fmt.Sprintf("survivor pending %v", co.Pending()))
	}
	if nw.dest.callCount() <= callsAtKill {
		t.Fatal("nobody took over")
	}
}

// Forged events never lead to a signature, let alone a mint: an event
// envelope from a key that is not an operator (for a lock that really
// exists), and events signed by a real operator for a transaction that does
// not exist or is not final.
func TestNetworkForgedEvents(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	for i := range nw.op {
		nw.start(i)
	}
	ctx := context.Background()
	outsider := newOpKeys(1)[0]
	real := lockEvent(1)
	for _, o := range nw.op {
		o.chain.put(real) // on chain and final, but only the outsider reports it
	}
	payload, _ := EncodeEvent(real)
	// op[0] may only publish on its own wire subjects; it relays the
	// outsider's envelope there.
	env := &bus.Envelope{Subject: bus.WireSubject(EventSubject(chainA, chains.KindLocked), nw.op[0].key.addr), ID: EventID(real, outsider.addr), Time: time.Now(), Payload: payload}
	if err := env.Seal(outsider); err != nil {
		t.Fatal(err)
	}
	if err := nw.op[0].bus.PublishRaw(ctx, env.ToMsg()); err != nil {
		t.Fatal(err)
	}

	rogue := nw.op[1] // a real operator publishing lies
	ghost := lockEvent(2)
	notFinal := lockEvent(3)
	chainCopy := notFinal
	chainCopy.Final, chainCopy.Confirmations = false, 1
	for _, o := range nw.op {
		o.chain.put(chainCopy)
	}
	inflated := lockEvent(4)
	for _, o := range nw.op {
		o.chain.put(inflated)
	}
	inflatedBus := inflated
	inflatedBus.Amount = inflated.Amount.Mul(inflated.Amount, inflated.Amount)
	for _, ev := range []chains.Event{ghost, notFinal, inflatedBus} {
		p, _ := EncodeEvent(ev)
		if _, err := rogue.bus.Publish(ctx, EventSubject(ev.Ref.Chain, ev.Kind), EventID(ev, rogue.key.addr), p); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(1500 * time.Millisecond)
	if got := nw.dest.total(); got != 0 {
		t.Fatalf("%d forged transfers executed", got)
	}
	for i, o := range nw.op {
		tr := o.running().Tracker()
		if st, ok := tr.Get(real.TransferID); ok {
			t.Errorf("op %d tracked the outsider's event: %+v", i, st)
		}
		for _, ev := range []chains.Event{ghost, notFinal, inflated} {
			if st, _ := tr.Get(ev.TransferID); len(st.Signers) != 0 {
				t.Errorf("op %d: %s signed by %v", i, ev.TransferID, st.Signers)
			}
		}
	}
}

func waitCond(t testing.TB, d time.Duration, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out: %s", what)
}

// With a Batcher, the leader proposes batches, the signers sign each batch
// as a whole (having signed every item themselves) and it is executed in
// one call under t batch signatures.
func TestNetworkBatchProposals(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	for _, o := range nw.op {
		o.batcher = &fakeBatcher{dest: nw.dest, key: o.key}
	}
	for i := range nw.op {
		nw.start(i)
	}
	var ids []chains.TransferID
	for n := uint64(1); n <= 30; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
	batches := 0
	for _, o := range nw.op {
		batches += o.batcher.count()
	}
	if batches == 0 || nw.dest.callCount() != 0 {
		t.Fatalf("%d batch submissions, %d individual submissions; want only batches", batches, nw.dest.callCount())
	}
}

// A batcher's rounds (batches of no items: Bitcoin sweeps) are proposed
// by the lease holder, signed by the signers on the batch path and
// submitted once each; they move no transfer, and the transfers go
// through beside them.
func TestNetworkRounds(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	schedule := &roundSchedule{due: 3}
	for _, o := range nw.op {
		o.batcher = &fakeBatcher{dest: nw.dest, key: o.key}
		o.rounds = schedule
		o.batchOnly = true
	}
	for i := range nw.op {
		nw.start(i)
	}
	ids := []chains.TransferID{nw.lock(1).TransferID, nw.lock(2).TransferID}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d beside the rounds", nw.dest.total(), len(ids))
	}
	rounds := func() int {
		n := 0
		for _, o := range nw.op {
			n += o.batcher.roundCount()
		}
		return n
	}
	waitUntil(t, 20*time.Second, func() bool { return rounds() == 3 })
	time.Sleep(500 * time.Millisecond)
	if n := rounds(); n != 3 {
		t.Fatalf("%d rounds submitted, want 3, once each", n)
	}
	nw.assertOnce(ids)
	schedule.mu.Lock()
	defer schedule.mu.Unlock()
	if len(schedule.proposed) != 3 {
		t.Fatalf("%d rounds proposed, want 3", len(schedule.proposed))
	}
}

// A proposal that times out (every signer refused it once) is proposed
// again unchanged and goes through: its new publication id is not a
// duplicate the bus drops, nor are the batch shares answering it. No
// fallback exists here (batches only, as for Bitcoin payouts).
func TestNetworkBatchProposedAgain(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	for _, o := range nw.op {
		o.batcher = &fakeBatcher{dest: nw.dest, key: o.key, refuseFirst: 1}
		o.batchOnly = true
	}
	for i := range nw.op {
		nw.start(i)
	}
	ids := []chains.TransferID{nw.lock(1).TransferID, nw.lock(2).TransferID}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d: the batch proposed again did not go through", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
	if nw.dest.callCount() != 0 {
		t.Fatalf("%d individual submissions without a submitter", nw.dest.callCount())
	}
}

// Items the batcher leaves out (nothing can pay them yet) are offered
// again after RetryBackoff each time, not after a doubling backoff: six
// empty rounds cost about 6 s here, a doubling backoff would take a
// minute. The reason the batcher gives reaches every tracker (the
// leader's Submission record) and is cleared once the item is submitted.
func TestNetworkBatcherLeavesOut(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	for _, o := range nw.op {
		o.batcher = &fakeBatcher{dest: nw.dest, key: o.key, leaveOutFirst: 6}
		o.batchOnly = true
	}
	for i := range nw.op {
		nw.start(i)
	}
	ids := []chains.TransferID{nw.lock(1).TransferID}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d: items left out by the batcher backed off", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
	for i, o := range nw.op {
		tr := o.running().Tracker()
		waitCond(t, 5*time.Second, func() bool {
			st, _ := tr.Get(ids[0])
			return st.State == StateSubmitted
		}, fmt.Sprintf("op %d tracker: not submitted", i))
		st, _ := tr.Get(ids[0])
		said := 0
		for _, h := range st.History {
			if h.Detail == "left out of a batch: "+fakeLeftOutReason {
				said++
			}
		}
		if said != 1 || st.Reason != "" {
			t.Fatalf("op %d tracker: %d left-out transitions, reason %q once submitted; want 1 and none (history %+v)", i, said, st.Reason, st.History)
		}
	}
}

// When signers refuse a proposal, the leader falls back to the
// individually signed authorizations after the proposal timeout.
func TestNetworkBatchFallback(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	for _, o := range nw.op {
		o.batcher = &fakeBatcher{dest: nw.dest, key: o.key, refuse: true}
	}
	for i := range nw.op {
		nw.start(i)
	}
	var ids []chains.TransferID
	for n := uint64(1); n <= 5; n++ {
		ids = append(ids, nw.lock(n).TransferID)
	}
	if !nw.waitExecuted(ids, 20*time.Second) {
		t.Fatalf("executed %d of %d", nw.dest.total(), len(ids))
	}
	nw.assertOnce(ids)
	if nw.dest.callCount() == 0 {
		t.Fatal("no individual submission")
	}
}

// An operator that signed a transfer restarts before its batch executes,
// with a third operator down: the restarted signer signs the batch from
// its durable signed set (its event was acknowledged before the restart
// and is not delivered again), so the transfer is not stranded. Operator
// 1 leads throughout (its coordinator holds the shares).
func TestNetworkRestartSignsBatchOfEarlierItems(t *testing.T) {
	nw := newNetwork(t, 3, 2)
	nw.durable = true
	for _, o := range nw.op {
		o.batcher = &fakeBatcher{dest: nw.dest, key: o.key, refuse: true} // nothing executes yet
		o.batchOnly = true
	}
	nw.start(1)
	deadline := time.Now().Add(10 * time.Second)
	for !nw.op[1].running().Coordinator(chainB).lead.Held() {
		if time.Now().After(deadline) {
			t.Fatal("operator 1 does not lead")
		}
		time.Sleep(10 * time.Millisecond)
	}
	nw.start(0)
	nw.start(2)
	id := nw.lock(1).TransferID
	for _, o := range nw.op {
		for {
			o.mu.Lock()
			_, ok, _ := o.signed.Get(id)
			o.mu.Unlock()
			if ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("not signed by every operator")
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	nw.op[2].stop()
	nw.op[0].stop()
	nw.op[0].batcher = &fakeBatcher{dest: nw.dest, key: nw.op[0].key}
	nw.start(0)
	nw.op[1].batcher.setRefuse(false)
	if !nw.waitExecuted([]chains.TransferID{id}, 20*time.Second) {
		t.Fatal("a transfer signed before the restart is stranded")
	}
	nw.assertOnce([]chains.TransferID{id})
}
