package bus

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/rs/zerolog"
)

// Lease is a leader lease held in the JetStream key-value bucket
// KKH_LEASES. The bucket's TTL (maximum age of an entry) is the lease
// duration: the holder rewrites its entry every TTL/4 with a compare-and-set
// on the revision it last wrote; when it stops (crash, partition, SIGKILL)
// the entry ages out after TTL and the next candidate's create succeeds.
//
// The holder considers itself leader only until 3/4 TTL after the start of
// its last successful write, so with clocks that run at the same rate two
// holders never both believe they lead. The lease is an efficiency device,
// not a safety one: a double submission is harmless because every mint and
// unlock is replay-protected on chain by its transferId.
type Lease struct {
	kv     jetstream.KeyValue
	key    string
	holder string
	ttl    time.Duration
	log    zerolog.Logger

	mu         sync.Mutex
	rev        uint64
	validUntil time.Time
	current    string
}

// NewLease binds the lease bucket (creating it too on an Admin bus) and
// returns a lease candidate for name (e.g. "coordinator-31337"). Every
// operator must use the bucket's TTL, which the admin sets (`relayd bus
// init --lease-ttl`); a different ttl is logged.
func (b *Bus) NewLease(ctx context.Context, name string, ttl time.Duration) (*Lease, error) {
	if ttl < 500*time.Millisecond {
		return nil, fmt.Errorf("%w: lease ttl %s is below 500ms", ErrConfig, ttl)
	}
	var (
		kv  jetstream.KeyValue
		err error
	)
	if b.cfg.Admin {
		kv, err = b.CreateLeaseBucket(ctx, ttl)
	} else {
		kv, err = b.bindLeaseBucket(ctx, ttl)
	}
	if err != nil {
		return nil, err
	}
	var nonce [6]byte
	_, _ = rand.Read(nonce[:])
	return &Lease{
		kv:     kv,
		key:    name,
		holder: b.Self().Hex() + "/" + hex.EncodeToString(nonce[:]),
		ttl:    ttl,
		log:    b.log.With().Str("lease", name).Logger(),
	}, nil
}

// CreateLeaseBucket creates or updates the lease bucket with the lease
// duration ttl: the admin step (see Config.Admin).
func (b *Bus) CreateLeaseBucket(ctx context.Context, ttl time.Duration) (jetstream.KeyValue, error) {
	kv, err := b.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      LeaseBucket,
		Description: "leader leases of the relay coordinators",
		TTL:         ttl,
		History:     1,
		Storage:     jetstream.FileStorage,
		Replicas:    b.cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("bus: lease bucket: %w", err)
	}
	return kv, nil
}

func (b *Bus) bindLeaseBucket(ctx context.Context, ttl time.Duration) (jetstream.KeyValue, error) {
	kv, err := b.js.KeyValue(ctx, LeaseBucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		return nil, fmt.Errorf("%w: lease bucket %s does not exist: run `relayd bus init` (the federation's admin step) first", ErrNoStream, LeaseBucket)
	}
	if err != nil {
		return nil, fmt.Errorf("bus: lease bucket: %w", err)
	}
	if st, err := kv.Status(ctx); err == nil && st.TTL() != ttl {
		b.log.Warn().Dur("bucket_ttl", st.TTL()).Dur("lease_ttl", ttl).
			Msg("lease TTL differs from the lease bucket's: use the TTL the admin gave `relayd bus init --lease-ttl`")
	}
	return kv, nil
}

// Held reports whether this process holds the lease right now.
func (l *Lease) Held() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rev != 0 && time.Now().Before(l.validUntil)
}

// Holder returns the last holder this candidate saw ("" if none), as
// "<operator address>/<instance>".
func (l *Lease) Holder() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.current
}

// Self returns this candidate's holder string.
func (l *Lease) Self() string { return l.holder }

// Run competes for the lease and renews it until ctx is done, then releases
// it (deleting the entry) so another candidate can take over at once.
func (l *Lease) Run(ctx context.Context) error {
	tick := time.NewTicker(l.ttl / 4)
	defer tick.Stop()
	for {
		l.step(ctx)
		select {
		case <-ctx.Done():
			l.release()
			return nil
		case <-tick.C:
		}
	}
}

func (l *Lease) step(ctx context.Context) {
	start := time.Now()
	cctx, cancel := context.WithTimeout(ctx, l.ttl/4)
	defer cancel()
	l.mu.Lock()
	rev := l.rev
	l.mu.Unlock()
	var (
		nrev uint64
		err  error
	)
	if rev != 0 {
		nrev, err = l.kv.Update(cctx, l.key, []byte(l.holder), rev)
	} else {
		nrev, err = l.kv.Create(cctx, l.key, []byte(l.holder))
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case err == nil:
		if rev == 0 {
			l.log.Info().Str("holder", l.holder).Msg("acquired lease")
		}
		l.rev, l.validUntil, l.current = nrev, start.Add(l.ttl*3/4), l.holder
	case errors.Is(err, jetstream.ErrKeyExists) || isWrongRevision(err):
		if rev != 0 {
			l.log.Warn().Str("holder", l.holder).Msg("lost lease")
		}
		l.rev, l.validUntil = 0, time.Time{}
		if e, gerr := l.kv.Get(cctx, l.key); gerr == nil {
			l.current = string(e.Value())
		}
	default:
		// Transient: keep what we have; Held lapses on its own if this lasts.
		if ctx.Err() == nil {
			l.log.Debug().Err(err).Msg("lease step")
		}
	}
}

func isWrongRevision(err error) bool {
	return errors.Is(err, jetstream.ErrKeyRevisionMismatch)
}

func (l *Lease) release() {
	l.mu.Lock()
	rev := l.rev
	l.rev, l.validUntil = 0, time.Time{}
	l.mu.Unlock()
	if rev == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := l.kv.Delete(ctx, l.key, jetstream.LastRevision(rev)); err != nil {
		l.log.Debug().Err(err).Msg("release lease")
		return
	}
	l.log.Info().Str("holder", l.holder).Msg("released lease")
}
