package chaintest

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/kakehashi/kakehashi/chains"
)

// call is one delivery the recorder saw: a hook batch or a sink event.
type call struct {
	hook bool
	ev   chains.Event
}

// recorder is a RangeHook and a Sink that remember, in order, what the
// suite's locks received; it can be told to fail the hook.
type recorder struct {
	mu       sync.Mutex
	locks    map[[32]byte]bool
	calls    []call
	failHook int // fail this many hook calls that carry a lock
	changed  chan struct{}
}

var errHookDown = errors.New("chaintest: store unavailable")

func newRecorder() *recorder {
	return &recorder{locks: map[[32]byte]bool{}, changed: make(chan struct{}, 1)}
}

// track makes the recorder keep the events of l.
func (r *recorder) track(l Lock) {
	r.mu.Lock()
	r.locks[l.TxHash] = true
	r.mu.Unlock()
}

func (r *recorder) mine(ev chains.Event) bool {
	return ev.Kind == chains.KindLocked && r.locks[ev.Ref.TxHash]
}

// hook implements chains.RangeHook.
func (r *recorder) hook(_ context.Context, evs []chains.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var ours []chains.Event
	for _, ev := range evs {
		if r.mine(ev) {
			ours = append(ours, ev)
		}
	}
	if len(ours) > 0 && r.failHook > 0 {
		r.failHook--
		return errHookDown
	}
	for _, ev := range ours {
		r.calls = append(r.calls, call{hook: true, ev: ev})
	}
	return nil
}

// sink implements chains.Sink.
func (r *recorder) sink(_ context.Context, ev chains.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.mine(ev) {
		r.calls = append(r.calls, call{ev: ev})
		select {
		case r.changed <- struct{}{}:
		default:
		}
	}
	return nil
}

// sunk returns the events the sink received, in order.
func (r *recorder) sunk() []chains.Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []chains.Event
	for _, c := range r.calls {
		if !c.hook {
			out = append(out, c.ev)
		}
	}
	return out
}

// final returns the final events (not alarms) the sink received for l.
func (r *recorder) final(l Lock) []chains.Event {
	return slices.DeleteFunc(r.sunk(), func(ev chains.Event) bool {
		return ev.Reorged || !ev.Final || ev.Ref.TxHash != l.TxHash
	})
}

// alarms returns every alarm the sink received.
func (r *recorder) alarms() []chains.Event {
	return slices.DeleteFunc(r.sunk(), func(ev chains.Event) bool { return !ev.Reorged })
}

// order returns the positions of the first hook call and of the first sink
// call for ev (same Ref and block), each -1 when there is none.
func (r *recorder) order(ev chains.Event) (hook, sink int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	hook, sink = -1, -1
	for i, c := range r.calls {
		if c.ev.Ref != ev.Ref || c.ev.BlockHash != ev.BlockHash || c.ev.Reorged {
			continue
		}
		if c.hook && hook < 0 {
			hook = i
		}
		if !c.hook && sink < 0 {
			sink = i
		}
	}
	return hook, sink
}
