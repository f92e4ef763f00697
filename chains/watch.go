package chains

import "context"

// Sink receives a watcher's events in chain order. A final event has Final
// set; an alarm repeats an earlier final event with Reorged set (and Final
// clear). When Sink returns an error the watcher does not move its cursor
// past that event and gives it again later, at the latest after a restart:
// delivery is at least once, and consumers deduplicate by (Kind, Ref).
type Sink func(ctx context.Context, ev Event) error

// RangeHook receives, before the Sink, the final events of one unit of work
// of a watcher (an EVM watcher's scanned block range, a Bitcoin watcher's
// block) in chain order, so that a consumer can do per-range work once,
// such as recording the whole range in its store in one transaction before
// any of it is published. When it returns an error none of those events
// goes to the sink, the cursor stays where it was, and the range is given
// again later; the hook must therefore accept events it has seen before.
// Alarms (Reorged) go to the sink only.
type RangeHook func(ctx context.Context, evs []Event) error

// Cursor persists a watcher's position P durably, so that a restarted
// watcher resumes with no gap. Each adapter has its own position type (an
// EVM checkpoint with the recently emitted events, a Bitcoin block height
// and hash); the relay may implement Cursor on its own store. Load returns
// ok=false when nothing was saved yet.
type Cursor[P any] interface {
	Load(ctx context.Context) (pos P, ok bool, err error)
	Save(ctx context.Context, pos P) error
}
