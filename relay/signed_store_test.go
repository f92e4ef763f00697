package relay

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

func openSigned(t *testing.T, path string, cfg SignedStoreConfig) *SignedStore {
	t.Helper()
	cfg.Path = path
	st, err := OpenSignedStore(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func tid(n byte) chains.TransferID { return chains.TransferID{n} }

func TestSignedStoreSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "signed.db")
	ctx := context.Background()
	at := time.Unix(1_700_000_000, 123)
	st := openSigned(t, path, SignedStoreConfig{})
	for i := byte(1); i <= 3; i++ {
		if err := st.Record(ctx, SignedRecord{Transfer: tid(i), Hash: [32]byte{i, i}, At: at}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.Record(ctx, SignedRecord{Transfer: tid(9)}); !errors.Is(err, ErrStoreClosed) {
		t.Fatalf("Record after Close = %v, want ErrStoreClosed", err)
	}

	st = openSigned(t, path, SignedStoreConfig{})
	var got []SignedRecord
	if err := st.Each(func(r SignedRecord) { got = append(got, r) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[1].Transfer != tid(2) || got[1].Hash != [32]byte{2, 2} || !got[1].At.Equal(at) {
		t.Fatalf("after reopen: %+v", got)
	}
	for _, tc := range []struct {
		name string
		rec  SignedRecord
		want error
	}{
		{"same hash again (a re-sign)", SignedRecord{Transfer: tid(1), Hash: [32]byte{1, 1}, At: at.Add(time.Hour)}, nil},
		{"another hash for a signed transfer", SignedRecord{Transfer: tid(1), Hash: [32]byte{7}, At: at}, ErrSignedOther},
		{"new transfer", SignedRecord{Transfer: tid(4), Hash: [32]byte{4}, At: at}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := st.Record(ctx, tc.rec)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Record = %v, want %v", err, tc.want)
			}
			var so *SignedOtherError
			if tc.want != nil && (!errors.As(err, &so) || so.Signed != [32]byte{1, 1} || so.Hash != tc.rec.Hash) {
				t.Fatalf("Record = %#v, want both hashes", err)
			}
		})
	}
	if r, ok, err := st.Get(tid(1)); err != nil || !ok || r.Hash != [32]byte{1, 1} || !r.At.Equal(at) {
		t.Fatalf("Get = %+v %v %v: a re-sign or a refusal changed the entry", r, ok, err)
	}
}

type executedSet map[chains.TransferID]bool

func (c executedSet) Executed(id chains.TransferID) bool { return c[id] }

func TestSignedStorePrune(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	old, young := now.Add(-31*24*time.Hour), now.Add(-29*24*time.Hour)
	const (
		oldDone, oldOpen, youngDone = 1, 2, 3
	)
	done := executedSet{tid(oldDone): true, tid(youngDone): true}
	for _, tc := range []struct {
		name       string
		executions Executions
		kept       []byte
	}{
		{"keeps open and young entries", done, []byte{oldOpen, youngDone}},
		{"without executions, by age alone", nil, []byte{youngDone}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := openSigned(t, filepath.Join(t.TempDir(), "signed.db"), SignedStoreConfig{Executions: tc.executions})
			for id, at := range map[byte]time.Time{oldDone: old, oldOpen: old, youngDone: young} {
				if err := st.Record(context.Background(), SignedRecord{Transfer: tid(id), Hash: [32]byte{id}, At: at}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := st.Prune(now); err != nil {
				t.Fatal(err)
			}
			var kept []byte
			_ = st.Each(func(r SignedRecord) { kept = append(kept, r.Transfer[0]) })
			if string(kept) != string(tc.kept) {
				t.Fatalf("kept %v, want %v", kept, tc.kept)
			}
		})
	}
}

// storeChecker is a Publisher that fails the test unless the signer's
// entry for a share is already in the durable signed set.
type storeChecker struct {
	recorder
	t     *testing.T
	store *SignedStore
}

func (c *storeChecker) Publish(ctx context.Context, subject, id string, payload []byte) (bus.PublishResult, error) {
	if sh, err := DecodeShare(payload); err == nil {
		r, ok, err := c.store.Get(sh.Authorization.TransferID)
		if err != nil || !ok || r.Hash != sh.Authorization.Hash() {
			c.t.Errorf("share of %s published before its entry is stored (%+v %v %v)", sh.Authorization.TransferID, r, ok, err)
		}
	}
	return c.recorder.Publish(ctx, subject, id, payload)
}

// restartable builds signers for keys[0] on one durable signed set, as
// relayd does after each restart.
type restartable struct {
	t     *testing.T
	path  string
	keys  []opKey
	ops   OperatorSet
	node  *fakeChain
	store *SignedStore
}

func newRestartable(t *testing.T) *restartable {
	keys := newOpKeys(2)
	ops, _ := NewOperatorSet([]common.Address{keys[0].addr, keys[1].addr}, 2)
	return &restartable{t: t, path: filepath.Join(t.TempDir(), "signed.db"), keys: keys, ops: ops, node: newFakeChain()}
}

// start closes the previous store, if any, and starts a signer on it.
func (r *restartable) start(pub Publisher, m *Metrics) *Signer {
	r.t.Helper()
	if r.store != nil {
		if err := r.store.Close(); err != nil {
			r.t.Fatal(err)
		}
	}
	r.store = openSigned(r.t, r.path, SignedStoreConfig{})
	if c, ok := pub.(*storeChecker); ok {
		c.store = r.store
	}
	auth, _ := NewECDSAAuthorizer(r.keys[0], HashDigest)
	s, err := NewSigner(SignerConfig{Self: r.keys[0].addr, Operators: r.ops, Verifiers: map[chains.ChainID]Verifier{chainA: r.node},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Batchers: map[chains.ChainID]Batcher{chainB: &fakeBatcher{key: r.keys[0]}},
		Policy: assets(), Accountant: &fakeAccountant{}, Signed: r.store}, pub, WithMetrics(m))
	if err != nil {
		r.t.Fatal(err)
	}
	return s
}

func (r *restartable) proposal(items ...Authorization) bus.Msg {
	p, _ := EncodeProposal(Proposal{Batch: Batch{Chain: chainB, Items: items}, Leader: r.keys[1].addr})
	return bus.Msg{Subject: ProposalSubject(chainB), From: r.keys[1].addr, Payload: p}
}

func sharesOf(msgs []bus.Msg, subject string) int {
	n := 0
	for _, m := range msgs {
		if m.Subject == subject {
			n++
		}
	}
	return n
}

// After a restart the signer signs a batch whose items it signed before
// (awaitOwnShares finds them in the durable set), and a redelivered event
// it signed before is signed again with the same hash and its share
// re-published.
func TestSignerRestartSignsBatchOfEarlierItems(t *testing.T) {
	r := newRestartable(t)
	ev1, ev2 := lockEvent(1), lockEvent(2)
	r.node.put(ev1)
	r.node.put(ev2)
	m, _ := NewMetrics(nil)
	pub := &storeChecker{t: t}
	s := r.start(pub, m)
	for _, ev := range []chains.Event{ev1, ev2} {
		if err := s.Handle(context.Background(), eventMsg(t, ev, r.keys[1].addr)); err != nil {
			t.Fatal(err)
		}
	}

	pub = &storeChecker{t: t}
	s = r.start(pub, m)
	a1, a2 := authOf(t, ev1), authOf(t, ev2)
	if err := s.HandleProposal(context.Background(), r.proposal(a1, a2)); err != nil {
		t.Fatalf("HandleProposal after restart = %v, want the batch signed", err)
	}
	if n := sharesOf(pub.all(), BatchShareSubject(chainB)); n != 1 {
		t.Fatalf("%d batch shares published, want 1", n)
	}
	if err := s.Handle(context.Background(), eventMsg(t, ev1, r.keys[1].addr)); err != nil {
		t.Fatalf("redelivered event after restart = %v", err)
	}
	if n := sharesOf(pub.all(), ShareSubject(chainB)); n != 1 {
		t.Fatalf("%d shares re-published, want 1", n)
	}
	if err := s.Handle(context.Background(), eventMsg(t, ev1, r.keys[1].addr)); err != nil || sharesOf(pub.all(), ShareSubject(chainB)) != 1 {
		t.Fatalf("a copy after the re-publish: %v, %d shares; want it skipped", err, sharesOf(pub.all(), ShareSubject(chainB)))
	}
}

// After a restart the signer refuses an authorization for a transfer it
// signed before with other content: another event, a proposal.
func TestSignerRestartRefusesOtherAuthorization(t *testing.T) {
	r := newRestartable(t)
	ev := lockEvent(1)
	r.node.put(ev)
	m, _ := NewMetrics(nil)
	s := r.start(&storeChecker{t: t}, m)
	if err := s.Handle(context.Background(), eventMsg(t, ev, r.keys[1].addr)); err != nil {
		t.Fatal(err)
	}

	// This operator's node now backs another amount for the same transfer
	// (a policy or node change between the two runs).
	other := ev
	other.Amount = big.NewInt(999)
	r.node.put(other)
	pub := &storeChecker{t: t}
	s = r.start(pub, m)
	err := s.Handle(context.Background(), eventMsg(t, other, r.keys[1].addr))
	var re *bus.RetryError
	if !errors.Is(err, ErrSignedOther) || errors.As(err, &re) {
		t.Fatalf("Handle = %v, want refusal ErrSignedOther", err)
	}
	if n := sharesOf(pub.all(), ShareSubject(chainB)); n != 0 {
		t.Fatalf("%d shares published for the other authorization", n)
	}
	if got := counterValue(m.Refusals.WithLabelValues("signed_other")); got != 1 {
		t.Fatalf("signed_other refusals = %v, want 1", got)
	}
	if err := s.HandleProposal(context.Background(), r.proposal(authOf(t, other))); !errors.Is(err, ErrNotSigned) {
		t.Fatalf("HandleProposal = %v, want ErrNotSigned", err)
	}
	if rec, _, _ := r.store.Get(ev.TransferID); rec.Hash != authOf(t, ev).Hash() {
		t.Fatal("the stored entry changed")
	}
}

// A share whose entry cannot be stored is not published; the event is
// retried.
func TestSignerStoreFailureWithholdsShare(t *testing.T) {
	r := newRestartable(t)
	ev := lockEvent(1)
	r.node.put(ev)
	m, _ := NewMetrics(nil)
	pub := &storeChecker{t: t}
	s := r.start(pub, m)
	_ = r.store.Close()
	err := s.Handle(context.Background(), eventMsg(t, ev, r.keys[1].addr))
	var re *bus.RetryError
	if !errors.As(err, &re) || !errors.Is(err, ErrStoreClosed) {
		t.Fatalf("Handle = %v, want a retry of ErrStoreClosed", err)
	}
	if len(pub.all()) != 0 {
		t.Fatalf("published %d messages without a stored entry", len(pub.all()))
	}
}

// The signer prunes its signed set hourly, from the store and from
// memory: an executed transfer's old entry goes, an open one's stays.
func TestSignerPrunesSignedSet(t *testing.T) {
	r := newRestartable(t)
	evs := []chains.Event{lockEvent(1), lockEvent(2), lockEvent(3)}
	for _, ev := range evs {
		r.node.put(ev)
	}
	now := time.Unix(1_800_000_000, 0)
	clock := func() time.Time { return now }
	r.store = openSigned(t, r.path, SignedStoreConfig{Executions: executedSet{evs[0].TransferID: true}})
	auth, _ := NewECDSAAuthorizer(r.keys[0], HashDigest)
	s, err := NewSigner(SignerConfig{Self: r.keys[0].addr, Operators: r.ops, Verifiers: map[chains.ChainID]Verifier{chainA: r.node},
		Authorizers: map[chains.ChainID]Authorizer{chainB: auth}, Policy: assets(), Accountant: &fakeAccountant{}, Signed: r.store},
		&recorder{}, WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs[:2] {
		if err := s.Handle(context.Background(), eventMsg(t, ev, r.keys[1].addr)); err != nil {
			t.Fatal(err)
		}
	}
	now = now.Add(DefaultSignedRetention + time.Hour)
	if err := s.Handle(context.Background(), eventMsg(t, evs[2], r.keys[1].addr)); err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{false, true, true} {
		id := evs[i].TransferID
		_, stored, _ := r.store.Get(id)
		s.mu.Lock()
		_, held := s.signed[id]
		s.mu.Unlock()
		if stored != want || held != want {
			t.Errorf("transfer %d: stored %v, in memory %v; want %v", i+1, stored, held, want)
		}
	}
}
