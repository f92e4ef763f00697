package chaintest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/chains"
)

// Run runs the conformance suite; newBackend returns a fresh chain for
// each test.
func Run(t *testing.T, newBackend func(t *testing.T) Backend) {
	tests := []struct {
		name string
		fn   func(e *env)
	}{
		{"a lock is final exactly once, at the finality depth", testFinalOnce},
		{"the verifier agrees with the watcher on each final event", testVerifierAgrees},
		{"a reorg below the finality depth is silent", testShallowReorg},
		{"a reorg of a final event raises the alarm once", testDeepReorg},
		{"a restarted watcher raises the alarm from its cursor", testDeepReorgAfterRestart},
		{"a restart from the cursor leaves no gap and no duplicate", testRestart},
		{"the range hook sees final events before the sink; its failure holds them", testHook},
		{"Run delivers final events through the hook, retrying a failed hook", testRun},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			tc.fn(&env{t: t, ctx: ctx, b: newBackend(t), dir: t.TempDir()})
		})
	}
}

// env is one test's backend and a directory for its cursors.
type env struct {
	t   *testing.T
	ctx context.Context
	b   Backend
	dir string
}

func (e *env) watcher(conf uint64, cursor string) Watcher {
	e.t.Helper()
	return e.b.Watcher(e.t, conf, filepath.Join(e.dir, cursor))
}

// begin returns a recorder and a watcher (cursor "cursor.json") synced
// once, before any lock.
func (e *env) begin(conf uint64) (*recorder, Watcher) {
	e.t.Helper()
	r, w := newRecorder(), e.watcher(conf, "cursor.json")
	e.sync(w, r)
	return r, w
}

// lock sends a lock and has r keep its events.
func (e *env) lock(r ...*recorder) Lock {
	e.t.Helper()
	l := e.b.Lock(e.t)
	for _, r := range r {
		r.track(l)
	}
	return l
}

func (e *env) sync(w Watcher, r *recorder) {
	e.t.Helper()
	if err := w.Sync(e.ctx, r.hook, r.sink); err != nil {
		e.t.Fatalf("sync: %v", err)
	}
}

// once checks that l was given to the sink as final exactly once and
// returns that event.
func (e *env) once(r *recorder, l Lock) chains.Event {
	e.t.Helper()
	got := r.final(l)
	if len(got) != 1 {
		e.t.Fatalf("lock %x given as final %d times, want once: %+v", l.TxHash, len(got), got)
	}
	return got[0]
}

func (e *env) noAlarm(r *recorder) {
	e.t.Helper()
	if a := r.alarms(); len(a) != 0 {
		e.t.Fatalf("unexpected alarms: %+v", a)
	}
}

func testFinalOnce(e *env) {
	const conf = 3
	r, w := e.begin(conf)
	l := e.lock(r)
	e.b.Mine(e.t, 1)
	for c := 1; c < conf; c++ {
		e.sync(w, r)
		if n := len(r.final(l)); n != 0 {
			e.t.Fatalf("lock given as final at %d of %d confirmations", c, conf)
		}
		e.b.Mine(e.t, 1)
	}
	e.sync(w, r)
	ev := e.once(r, l)
	if !ev.Final || ev.Reorged || ev.Confirmations != conf {
		e.t.Fatalf("finality %+v, want final at exactly %d confirmations", ev.Finality, conf)
	}
	if ev.Amount == nil || ev.Amount.Cmp(l.Amount) != 0 || ev.TransferID == (chains.TransferID{}) || ev.BlockHash == ([32]byte{}) {
		e.t.Fatalf("lock event incomplete (amount %v, want %v): %+v", ev.Amount, l.Amount, ev)
	}
	e.b.Mine(e.t, 2)
	e.sync(w, r)
	e.sync(w, r)
	e.once(r, l)
	e.noAlarm(r)
}

func testVerifierAgrees(e *env) {
	const conf, deeper = 2, 6
	r, w := e.begin(conf)
	locks := []Lock{e.lock(r), e.lock(r), e.lock(r)}
	e.b.Mine(e.t, conf)
	e.sync(w, r)
	v, vDeep := e.b.Verifier(e.t, conf), e.b.Verifier(e.t, deeper)
	for _, l := range locks {
		ev := e.once(r, l)
		e.agree(v, ev)
		e.verdict(vDeep, ev.Ref, NotFinal)
		wrong := ev.Ref
		wrong.Index += 50
		e.verdict(v, wrong, NotFound)
	}
	unknown := locks[0]
	unknown.TxHash[0] ^= 0xff
	unknown.TxHash[31] ^= 0xff
	e.verdict(v, chains.EventRef{Chain: e.once(r, locks[0]).Ref.Chain, TxHash: unknown.TxHash}, NotFound)
	e.b.Mine(e.t, deeper-conf)
	for _, l := range locks {
		e.agree(vDeep, e.once(r, l))
	}
}

// agree checks that v returns the watcher's event ev, final.
func (e *env) agree(v Verifier, ev chains.Event) {
	e.t.Helper()
	got, err := v.Verify(e.ctx, ev.Ref)
	if err != nil {
		e.t.Fatalf("verify %s: %v (%s)", ev.Ref, err, e.b.Classify(err))
	}
	if d := diff(ev, got); d != "" {
		e.t.Fatalf("verifier disagrees with the watcher on %s: %s", ev.Ref, d)
	}
}

func (e *env) verdict(v Verifier, ref chains.EventRef, want Verdict) {
	e.t.Helper()
	ev, err := v.Verify(e.ctx, ref)
	if err == nil {
		e.t.Fatalf("verify %s: got %+v, want %s", ref, ev, want)
	}
	if got := e.b.Classify(err); got != want {
		e.t.Fatalf("verify %s: %v is %s, want %s", ref, err, got, want)
	}
}

// diff names the fields in which a verified event differs from the
// watched one; the verifier may see more confirmations.
func diff(w, v chains.Event) string {
	checks := []struct {
		name string
		ok   bool
	}{
		{"kind", w.Kind == v.Kind},
		{"ref", w.Ref == v.Ref},
		{"block", w.BlockNum == v.BlockNum && w.BlockHash == v.BlockHash},
		{"transfer id", w.TransferID == v.TransferID},
		{"asset", w.AssetID == v.AssetID},
		{"amount", w.Amount != nil && v.Amount != nil && w.Amount.Cmp(v.Amount) == 0},
		{"sender", bytes.Equal(w.Sender, v.Sender)},
		{"destination", w.DstChain == v.DstChain && bytes.Equal(w.Recipient, v.Recipient)},
		{"nonce", w.Nonce == v.Nonce},
		{"finality", v.Final && !v.Reorged && v.Confirmations >= w.Confirmations},
	}
	for _, c := range checks {
		if !c.ok {
			return fmt.Sprintf("%s: watcher %+v, verifier %+v", c.name, w, v)
		}
	}
	return ""
}

func testShallowReorg(e *env) {
	const conf = 4
	r, w := e.begin(conf)
	l := e.lock(r)
	e.b.Mine(e.t, 2)
	e.sync(w, r)
	e.b.Reorg(e.t, 2)
	e.sync(w, r)
	e.b.Mine(e.t, conf+1)
	e.sync(w, r)
	e.sync(w, r)
	e.noAlarm(r)
	// The lock may come back in a new block (btcd re-mines it); then it is
	// final once, in a block of the best chain.
	switch got := r.final(l); len(got) {
	case 0:
		e.t.Log("the reorged lock did not come back")
	case 1:
		e.t.Logf("the reorged lock came back in block %d", got[0].BlockNum)
		e.agree(e.b.Verifier(e.t, conf), got[0])
	default:
		e.t.Fatalf("lock given as final %d times: %+v", len(got), got)
	}
}

func testDeepReorg(e *env)             { deepReorg(e, false) }
func testDeepReorgAfterRestart(e *env) { deepReorg(e, true) }

// deepReorg reorganises a final lock away; with restart, the watcher that
// sees the reorg is a new one with nothing but the saved cursor.
func deepReorg(e *env, restart bool) {
	const conf = 2
	r, w := e.begin(conf)
	l := e.lock(r)
	e.b.Mine(e.t, conf)
	e.sync(w, r)
	ev := e.once(r, l)
	e.b.Reorg(e.t, conf+1)
	if restart {
		w = e.watcher(conf, "cursor.json")
	}
	e.sync(w, r)
	e.sync(w, r)
	e.alarmOnce(r, ev)
	e.b.Mine(e.t, conf+1)
	e.sync(w, r)
	e.alarmOnce(r, ev)
	e.afterReorg(r, l, ev)
}

// alarmOnce checks that the only alarm names ev.
func (e *env) alarmOnce(r *recorder, ev chains.Event) {
	e.t.Helper()
	a := r.alarms()
	if len(a) != 1 {
		e.t.Fatalf("want one alarm for %s, got %d: %+v", ev.Ref, len(a), a)
	}
	got := a[0]
	if got.Kind != ev.Kind || got.Ref != ev.Ref || got.BlockHash != ev.BlockHash || got.TransferID != ev.TransferID || got.Final || !got.Reorged {
		e.t.Fatalf("alarm does not name the reorged event %+v: %+v", ev, got)
	}
}

// afterReorg checks that the verifier no longer confirms ev in its old
// block and that what the watcher gave as final since is on the new chain.
func (e *env) afterReorg(r *recorder, l Lock, ev chains.Event) {
	e.t.Helper()
	v := e.b.Verifier(e.t, 2)
	if got, err := v.Verify(e.ctx, ev.Ref); err == nil {
		if got.BlockHash == ev.BlockHash {
			e.t.Fatalf("verifier still confirms the reorged event in its old block: %+v", got)
		}
	} else if c := e.b.Classify(err); c != NotFinal && c != NotFound {
		e.t.Fatalf("verify reorged event: %v (%s)", err, c)
	}
	final := r.final(l)
	for _, f := range final[1:] {
		if f.BlockHash == ev.BlockHash {
			e.t.Fatalf("reorged event given as final again in its old block: %+v", f)
		}
		e.agree(v, f)
	}
	e.t.Logf("after the alarm the lock was given as final %d more time(s)", len(final)-1)
	if len(final) > 2 {
		e.t.Fatalf("lock given as final %d times after one reorg: %+v", len(final), final)
	}
}

func testRestart(e *env) {
	const conf, n = 2, 6
	r, w1 := e.begin(conf)
	var locks []Lock
	for i := 0; i < n; i++ {
		locks = append(locks, e.lock(r))
		e.b.Mine(e.t, 1)
		if i == n/2 {
			e.sync(w1, r)
		}
	}
	e.b.Mine(e.t, conf)
	w2 := e.watcher(conf, "cursor.json")
	e.sync(w2, r)
	// A restart at the tip gives nothing again.
	e.b.Mine(e.t, 1)
	e.sync(e.watcher(conf, "cursor.json"), r)
	for _, l := range locks {
		e.once(r, l)
	}
	e.noAlarm(r)
}

func testHook(e *env) {
	const conf = 2
	r, w := e.begin(conf)
	l1, l2 := e.lock(r), e.lock(r)
	e.b.Mine(e.t, conf)
	r.failHook = 1
	if err := w.Sync(e.ctx, r.hook, r.sink); err == nil {
		e.t.Fatal("sync succeeded with a failing range hook")
	}
	if got := r.sunk(); len(got) != 0 {
		e.t.Fatalf("events reached the sink although the hook failed: %+v", got)
	}
	e.sync(w, r)
	for _, l := range []Lock{l1, l2} {
		e.hookFirst(r, e.once(r, l))
	}
	// A failed hook followed by a restart: the range is given again.
	r2 := newRecorder()
	r2.track(l1)
	r2.track(l2)
	l3 := e.lock(r, r2)
	e.b.Mine(e.t, conf)
	r2.failHook = 1
	if err := w.Sync(e.ctx, r2.hook, r2.sink); err == nil {
		e.t.Fatal("sync succeeded with a failing range hook")
	}
	e.sync(e.watcher(conf, "cursor.json"), r2)
	e.hookFirst(r2, e.once(r2, l3))
	if got := append(r2.final(l1), r2.final(l2)...); len(got) != 0 {
		e.t.Fatalf("restart gave earlier events again: %+v", got)
	}
	e.noAlarm(r)
	e.noAlarm(r2)
}

// hookFirst checks that the hook received ev before the sink did.
func (e *env) hookFirst(r *recorder, ev chains.Event) {
	e.t.Helper()
	h, s := r.order(ev)
	if h < 0 || s < 0 || h > s {
		e.t.Fatalf("%s: hook call %d, sink call %d: want the hook first", ev.Ref, h, s)
	}
}

func testRun(e *env) {
	const conf = 2
	r := newRecorder()
	r.failHook = 1
	w := e.watcher(conf, "cursor.json")
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, r.hook, r.sink) }()
	running := true
	defer func() {
		cancel()
		if running {
			<-done
		}
	}()
	l := e.lock(r)
	e.b.Mine(e.t, conf)
	deadline := time.After(time.Minute)
	for len(r.final(l)) == 0 {
		select {
		case <-r.changed:
		case <-time.After(20 * time.Millisecond):
		case err := <-done:
			running = false
			e.t.Fatalf("Run ended: %v", err)
		case <-deadline:
			e.t.Fatal("Run did not deliver the lock within a minute")
		}
	}
	e.hookFirst(r, e.once(r, l))
	cancel()
	running = false
	if err := <-done; !errors.Is(err, context.Canceled) {
		e.t.Fatalf("Run returned %v, want the context's error", err)
	}
}
