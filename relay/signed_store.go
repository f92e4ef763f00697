package relay

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"
)

// ErrSignedOther: this operator has already signed another authorization
// (another Authorization.Hash) for the transfer. The signer refuses for
// good: an operator never signs two different authorizations for one
// transfer, across restarts too.
var ErrSignedOther = errors.New("relay: another authorization of this transfer is signed already")

// SignedOtherError is the ErrSignedOther of one transfer: the hash this
// operator signed and the one it was asked to sign.
type SignedOtherError struct {
	Transfer chains.TransferID
	Signed   [32]byte // stored
	Hash     [32]byte // refused
}

func (e *SignedOtherError) Error() string {
	return fmt.Sprintf("%v: transfer %s: signed %x, refused %x", ErrSignedOther, e.Transfer, e.Signed, e.Hash)
}

func (e *SignedOtherError) Unwrap() error { return ErrSignedOther }

// ErrStoreClosed: use of a closed SignedStore.
var ErrStoreClosed = errors.New("relay: signed store closed")

// DefaultSignedRetention is how long a SignedStore keeps the entry of an
// executed transfer when SignedStoreConfig.Retention is zero.
const DefaultSignedRetention = 30 * 24 * time.Hour

// Executions reports whether this operator's ledger holds a transfer's
// execution (mint, unlock or refund); ledger.Accountant implements it. A
// SignedStore prunes only entries of executed transfers.
type Executions interface {
	Executed(id chains.TransferID) bool
}

// SignedStoreConfig configures a SignedStore.
type SignedStoreConfig struct {
	// Path of the bbolt file; created if missing.
	Path string
	// Retention is the least age at which Prune drops the entry of an
	// executed transfer (default DefaultSignedRetention).
	Retention time.Duration
	// Executions, when set, keeps every entry of a transfer not
	// executed in this operator's ledger, however old. Without it Prune
	// goes by age alone (tools and tests; relayd always sets it).
	Executions Executions
	// Logger receives store events; the zero value logs nothing.
	Logger zerolog.Logger
}

// SignedRecord is what the signer signed for one transfer: the
// Authorization.Hash and when.
type SignedRecord struct {
	Transfer chains.TransferID
	Hash     [32]byte
	At       time.Time
}

// SignedStore is the signer's durable signed set, in a bbolt file: per
// transfer id the hash of the one authorization this operator signed.
// Record is a group commit: concurrent Records are written by one
// transaction and one fsync, and each returns only after that fsync, so
// the signer publishes a share only once its entry is on disk. A
// SignedStore is safe for concurrent use.
type SignedStore struct {
	db   *bolt.DB
	cfg  SignedStoreConfig
	log  zerolog.Logger
	reqs chan *signedReq
	done chan struct{}
	wg   sync.WaitGroup

	sendMu sync.RWMutex // senders hold it shared, Close exclusively
	closed bool

	commits atomic.Uint64 // transactions (fsyncs) written by Record
}

type signedReq struct {
	rec SignedRecord
	err chan error
}

var bucketSigned = []byte("signed")

// signedMaxBatch bounds the entries written by one commit.
const signedMaxBatch = 1024

// OpenSignedStore opens (or creates) the store at cfg.Path.
func OpenSignedStore(cfg SignedStoreConfig) (*SignedStore, error) {
	if cfg.Path == "" {
		return nil, fmt.Errorf("%w: signed store: empty path", ErrConfig)
	}
	if cfg.Retention < 0 {
		return nil, fmt.Errorf("%w: signed store: negative retention %s", ErrConfig, cfg.Retention)
	}
	if cfg.Retention == 0 {
		cfg.Retention = DefaultSignedRetention
	}
	db, err := bolt.Open(cfg.Path, 0o600, &bolt.Options{Timeout: 2 * time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("signed store %s: %w", cfg.Path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketSigned)
		return err
	}); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("signed store %s: %w", cfg.Path, err)
	}
	s := &SignedStore{
		db: db, cfg: cfg, log: cfg.Logger.With().Str("component", "signer.store").Logger(),
		reqs: make(chan *signedReq, 256), done: make(chan struct{}),
	}
	s.wg.Add(1)
	go s.commitLoop()
	return s, nil
}

// Retention is the configured retention of entries of executed transfers.
func (s *SignedStore) Retention() time.Duration { return s.cfg.Retention }

// Record durably stores that hash was signed for transfer id. It returns
// after the entry is fsynced; nil too when the same hash is stored
// already (a re-sign). It returns a *SignedOtherError (ErrSignedOther)
// when another hash is stored for id, ErrStoreClosed, ctx's error if ctx ends before the
// request is queued, or an I/O error.
func (s *SignedStore) Record(ctx context.Context, r SignedRecord) error {
	res := make(chan error, 1)
	s.sendMu.RLock()
	if s.closed {
		s.sendMu.RUnlock()
		return ErrStoreClosed
	}
	select {
	case s.reqs <- &signedReq{rec: r, err: res}:
	case <-ctx.Done():
		s.sendMu.RUnlock()
		return ctx.Err()
	}
	s.sendMu.RUnlock()
	return <-res // once queued, a request is committed or failed
}

// Get returns the entry of transfer id, if any.
func (s *SignedStore) Get(id chains.TransferID) (SignedRecord, bool, error) {
	var r SignedRecord
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSigned).Get(id[:])
		if v == nil {
			return nil
		}
		var err error
		r, err = decodeSigned(id[:], v)
		ok = err == nil
		return err
	})
	return r, ok, err
}

// Each calls fn for every entry, in transfer id order.
func (s *SignedStore) Each(fn func(SignedRecord)) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSigned).ForEach(func(k, v []byte) error {
			r, err := decodeSigned(k, v)
			if err != nil {
				return err
			}
			fn(r)
			return nil
		})
	})
}

// Prune drops the entries older than the retention at now whose transfer
// is executed (every old entry without Executions) and returns their
// transfer ids. Entries of open transfers stay: such a transfer can still
// be re-proposed, and its entry is what keeps this operator from signing
// another authorization for it.
func (s *SignedStore) Prune(now time.Time) ([]chains.TransferID, error) {
	cutoff := now.Add(-s.cfg.Retention)
	var drop []chains.TransferID
	err := s.Each(func(r SignedRecord) {
		if r.At.Before(cutoff) && (s.cfg.Executions == nil || s.cfg.Executions.Executed(r.Transfer)) {
			drop = append(drop, r.Transfer)
		}
	})
	if err != nil || len(drop) == 0 {
		return nil, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSigned)
		for _, id := range drop {
			if err := b.Delete(id[:]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("signed store: prune: %w", err)
	}
	s.log.Info().Int("dropped", len(drop)).Dur("retention", s.cfg.Retention).Msg("pruned signed set")
	return drop, nil
}

// Close fails what is still queued and closes the file.
func (s *SignedStore) Close() error {
	s.sendMu.Lock()
	if s.closed {
		s.sendMu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	s.sendMu.Unlock()
	s.wg.Wait()
	return s.db.Close()
}

func (s *SignedStore) commitLoop() {
	defer s.wg.Done()
	for {
		var batch []*signedReq
		select {
		case r := <-s.reqs:
			batch = append(batch, r)
		case <-s.done:
			for {
				select {
				case r := <-s.reqs:
					r.err <- ErrStoreClosed
				default:
					return
				}
			}
		}
	drain:
		for len(batch) < signedMaxBatch {
			select {
			case r := <-s.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		s.commit(batch)
	}
}

// commit writes a batch in one transaction (one fsync). A request whose
// transfer holds another hash is refused on its own; the others commit.
func (s *SignedStore) commit(batch []*signedReq) {
	results := make([]error, len(batch))
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSigned)
		for i, r := range batch {
			id := r.rec.Transfer
			if v := b.Get(id[:]); v != nil {
				old, err := decodeSigned(id[:], v)
				switch {
				case err != nil:
					results[i] = err
				case old.Hash != r.rec.Hash:
					results[i] = &SignedOtherError{Transfer: id, Signed: old.Hash, Hash: r.rec.Hash}
				}
				continue
			}
			if err := b.Put(id[:], encodeSigned(r.rec)); err != nil {
				return err
			}
		}
		return nil
	})
	s.commits.Add(1)
	for i, r := range batch {
		if err != nil {
			r.err <- fmt.Errorf("signed store: %w", err)
			continue
		}
		r.err <- results[i]
	}
}

// An entry is keyed by transfer id; its value is the 32-byte hash and the
// signing time in Unix nanoseconds (big-endian).
func encodeSigned(r SignedRecord) []byte {
	v := make([]byte, 40)
	copy(v, r.Hash[:])
	binary.BigEndian.PutUint64(v[32:], uint64(r.At.UnixNano()))
	return v
}

func decodeSigned(k, v []byte) (SignedRecord, error) {
	var r SignedRecord
	if len(k) != len(r.Transfer) || len(v) != 40 {
		return r, fmt.Errorf("%w: signed store entry of %d+%d bytes", ErrDecode, len(k), len(v))
	}
	copy(r.Transfer[:], k)
	copy(r.Hash[:], v)
	r.At = time.Unix(0, int64(binary.BigEndian.Uint64(v[32:])))
	return r, nil
}
