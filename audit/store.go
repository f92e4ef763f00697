package audit

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"
)

var (
	bucketBlocks = []byte("blocks")
	bucketMeta   = []byte("meta")
	keyHead      = []byte("head")
)

// StoreConfig configures a Store.
type StoreConfig struct {
	// Path of the bbolt file; created if missing.
	Path string
	// MaxBatch bounds the blocks written by one commit (default 1024).
	MaxBatch int
	// Logger receives store events; the zero value logs nothing.
	Logger zerolog.Logger
}

// Store is the durable local copy of the audit chain, in a bbolt file.
// Append is a group commit: concurrent Appends are written by one
// transaction and one fsync, and each returns only after that fsync. The
// store keeps blocks contiguous (height = head + 1, previous hash = head
// hash); full verification is the Ledger's job. A Store is safe for
// concurrent use and is a Source.
type Store struct {
	db   *bolt.DB
	log  zerolog.Logger
	max  int
	reqs chan *appendReq
	done chan struct{} // closed by Close
	wg   sync.WaitGroup

	// sendMu guards closed: senders hold it shared, Close exclusively.
	sendMu sync.RWMutex
	closed bool

	mu      sync.RWMutex // guards the head
	hasHead bool
	head    uint64
	hash    [32]byte
}

type appendReq struct {
	blocks []*Block
	enc    [][]byte
	err    chan error
}

// NewStore opens (or creates) the store at cfg.Path.
func NewStore(cfg StoreConfig) (*Store, error) {
	if cfg.Path == "" {
		return nil, fmt.Errorf("audit: store: %w: empty path", ErrConfig)
	}
	if cfg.MaxBatch < 0 {
		return nil, fmt.Errorf("audit: store: %w: negative MaxBatch", ErrConfig)
	}
	if cfg.MaxBatch == 0 {
		cfg.MaxBatch = 1024
	}
	db, err := bolt.Open(cfg.Path, 0o600, &bolt.Options{Timeout: 2 * time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("audit: open store %s: %w", cfg.Path, err)
	}
	s := &Store{
		db: db, log: cfg.Logger.With().Str("component", "audit.store").Logger(), max: cfg.MaxBatch,
		reqs: make(chan *appendReq, 256), done: make(chan struct{}),
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(bucketBlocks); err != nil {
			return err
		}
		m, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := m.Get(keyHead); v != nil {
			if len(v) != 40 {
				return fmt.Errorf("%w: head record of %d bytes", ErrEncoding, len(v))
			}
			s.hasHead, s.head = true, binary.BigEndian.Uint64(v)
			copy(s.hash[:], v[8:])
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("audit: open store %s: %w", cfg.Path, err)
	}
	s.wg.Add(1)
	go s.commitLoop()
	return s, nil
}

// Head returns the height and hash of the last stored block; ok is false
// for an empty store.
func (s *Store) Head() (height uint64, hash [32]byte, ok bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.head, s.hash, s.hasHead
}

// Append durably stores blocks, which must continue the stored chain in
// order. It returns after the data is fsynced (or with the reason it was
// not stored: ErrLinkage, ErrClosed, an I/O error).
func (s *Store) Append(ctx context.Context, blocks ...*Block) error {
	return <-s.AppendAsync(ctx, blocks...)
}

// AppendAsync queues blocks for the next group commit and returns at once.
// The channel yields nil once they are fsynced, or the reason they were not
// stored. Calls made one after another are committed in call order, so a
// producer can keep several blocks in flight (pipelining) while each is
// still acknowledged only after its fsync. Once queued, a request is
// committed or failed even if ctx ends.
func (s *Store) AppendAsync(ctx context.Context, blocks ...*Block) <-chan error {
	res := make(chan error, 1)
	if len(blocks) == 0 {
		res <- nil
		return res
	}
	req := &appendReq{blocks: blocks, enc: make([][]byte, len(blocks)), err: res}
	for i, b := range blocks {
		req.enc[i] = b.Encode()
	}
	// The read lock makes Close wait for a send in progress; the committer
	// drains the queue after Close, so every queued request is answered.
	s.sendMu.RLock()
	defer s.sendMu.RUnlock()
	if s.closed {
		res <- fmt.Errorf("audit: store: %w", ErrClosed)
		return res
	}
	select {
	case s.reqs <- req:
	case <-ctx.Done():
		res <- ctx.Err()
	}
	return res
}

func (s *Store) commitLoop() {
	defer s.wg.Done()
	for {
		var batch []*appendReq
		select {
		case r := <-s.reqs:
			batch = append(batch, r)
		case <-s.done:
			// Fail whatever is still queued.
			for {
				select {
				case r := <-s.reqs:
					r.err <- fmt.Errorf("audit: store: %w", ErrClosed)
				default:
					return
				}
			}
		}
		n := len(batch[0].blocks)
	drain:
		for n < s.max {
			select {
			case r := <-s.reqs:
				batch = append(batch, r)
				n += len(r.blocks)
			default:
				break drain
			}
		}
		s.commit(batch)
	}
}

// commit writes a batch in one transaction (one fsync). A request that does
// not continue the chain is refused on its own; the others still commit.
func (s *Store) commit(batch []*appendReq) {
	s.mu.RLock()
	has, head, hash := s.hasHead, s.head, s.hash
	s.mu.RUnlock()
	results := make([]error, len(batch))
	start := time.Now()
	err := s.db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketBlocks)
		for i, r := range batch {
			h, hh, ok := head, hash, has
			var rerr error
			for _, b := range r.blocks {
				want := uint64(0)
				if ok {
					want = h + 1
				}
				if b.Header.Height != want || b.Header.PrevHash != hh {
					rerr = fmt.Errorf("audit: store: %w: block %d (previous %x) does not continue head %d (%x)", ErrLinkage, b.Header.Height, b.Header.PrevHash, h, hh)
					break
				}
				h, hh, ok = b.Header.Height, b.Hash(), true
			}
			if rerr != nil {
				results[i] = rerr
				continue
			}
			for j, b := range r.blocks {
				var k [8]byte
				binary.BigEndian.PutUint64(k[:], b.Header.Height)
				if err := bk.Put(k[:], r.enc[j]); err != nil {
					return err
				}
			}
			head, hash, has = h, hh, ok
		}
		if !has {
			return nil
		}
		v := make([]byte, 40)
		binary.BigEndian.PutUint64(v, head)
		copy(v[8:], hash[:])
		return tx.Bucket(bucketMeta).Put(keyHead, v)
	})
	if err != nil {
		err = fmt.Errorf("audit: store commit: %w", err)
		s.log.Error().Err(err).Int("requests", len(batch)).Msg("commit failed")
		for _, r := range batch {
			r.err <- err
		}
		return
	}
	s.mu.Lock()
	s.hasHead, s.head, s.hash = has, head, hash
	s.mu.Unlock()
	s.log.Debug().Int("requests", len(batch)).Uint64("head", head).Dur("took", time.Since(start)).Msg("committed")
	for i, r := range batch {
		r.err <- results[i]
	}
}

// Block returns the block at height, or an error wrapping ErrNotFound.
func (s *Store) Block(ctx context.Context, height uint64) (*Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var b *Block
	err := s.db.View(func(tx *bolt.Tx) error {
		var k [8]byte
		binary.BigEndian.PutUint64(k[:], height)
		v := tx.Bucket(bucketBlocks).Get(k[:])
		if v == nil {
			return fmt.Errorf("%w: block %d", ErrNotFound, height)
		}
		var err error
		b, err = DecodeBlock(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("audit: store: %w", err)
	}
	return b, nil
}

// Blocks implements Source. It reads blocks in chunks (up to 64 blocks or
// 4 MiB) from short read transactions and calls fn outside them, so memory stays flat
// however long the chain is, and a slow fn (a --chains check, a consumer)
// never holds a transaction that would stall the writer's file growth.
func (s *Store) Blocks(ctx context.Context, from uint64, fn func(*Block) error) error {
	const chunkBlocks, chunkBytes = 64, 4 << 20
	next := from
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var blocks []*Block
		full := false
		err := s.db.View(func(tx *bolt.Tx) error {
			size := 0
			c := tx.Bucket(bucketBlocks).Cursor()
			var k [8]byte
			binary.BigEndian.PutUint64(k[:], next)
			for key, v := c.Seek(k[:]); key != nil; key, v = c.Next() {
				if len(blocks) == chunkBlocks || size >= chunkBytes {
					full = true
					break
				}
				b, err := DecodeBlock(v) // copies out of the memory map
				if err != nil {
					return blockErr(binary.BigEndian.Uint64(key), err)
				}
				blocks = append(blocks, b)
				size += len(v)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("audit: store: %w", err)
		}
		for _, b := range blocks {
			if err := fn(b); err != nil {
				return err
			}
		}
		if !full {
			return nil
		}
		next = blocks[len(blocks)-1].Header.Height + 1
	}
}

// Close stops the committer (failing queued appends with ErrClosed) and
// closes the file.
func (s *Store) Close() error {
	s.sendMu.Lock()
	if s.closed {
		s.sendMu.Unlock()
		return nil
	}
	s.closed = true
	s.sendMu.Unlock()
	close(s.done)
	s.wg.Wait()
	return s.db.Close()
}
