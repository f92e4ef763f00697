package explorer

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// Head is the explorer's verified head, handed to Replica.Open so a
// replica can answer ErrUnchanged without sending its whole chain.
type Head struct {
	Height uint64
	Hash   [32]byte
	OK     bool // false before the first verified block
}

// Replica is one copy of the audit chain the explorer reads: a relayd's
// replica over HTTP (URLReplica) or an export file (FileReplica).
type Replica interface {
	// Name is how pages and logs call the replica: its URL or path.
	Name() string
	// Open returns the replica's chain from genesis as a JSONL export
	// (docs/audit-format.md §7), or an error wrapping ErrUnchanged when it
	// can tell cheaply that it holds nothing beyond head.
	Open(ctx context.Context, head Head) (io.ReadCloser, error)
}

// urlReplica reads GET <base>/v1/audit/blocks, after asking
// GET <base>/v1/audit/head whether there is anything new: the export is
// the whole chain from genesis, the head a few bytes.
type urlReplica struct {
	base   string
	client *http.Client
}

// URLReplica returns the replica a relayd serves at base (its HTTP
// address, e.g. http://127.0.0.1:9180). A nil client uses one with a
// two-minute timeout.
func URLReplica(base string, client *http.Client) Replica {
	if client == nil {
		client = &http.Client{Timeout: 2 * time.Minute}
	}
	return &urlReplica{base: strings.TrimSuffix(base, "/"), client: client}
}

func (u *urlReplica) Name() string { return u.base }

func (u *urlReplica) Open(ctx context.Context, head Head) (io.ReadCloser, error) {
	if head.OK && u.sameHead(ctx, head) {
		return nil, ErrUnchanged
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.base+"/v1/audit/blocks", nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrReplica, u.base, err)
	}
	resp, err := u.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrReplica, u.base, err)
	}
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		resp.Body.Close()
		return nil, fmt.Errorf("%w: %s answered %s: %s", ErrReplica, u.base, resp.Status, strings.TrimSpace(string(body)))
	}
	return resp.Body, nil
}

// sameHead reports whether the relay's head is head. Any doubt (no head
// endpoint, an answer it cannot read) is false: the export decides.
func (u *urlReplica) sameHead(ctx context.Context, head Head) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.base+"/v1/audit/head", nil)
	if err != nil {
		return false
	}
	resp, err := u.client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var h struct {
		Height uint64 `json:"height"`
		Hash   string `json:"hash"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&h) != nil {
		return false
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(strings.ToLower(h.Hash), "0x"))
	return err == nil && h.Height == head.Height && string(raw) == string(head.Hash[:])
}

// fileReplica reads an export file, again only when its size or
// modification time changed.
type fileReplica struct {
	path string

	mu   sync.Mutex
	seen os.FileInfo // at the last Open that returned the file
}

// FileReplica returns the replica held in a JSONL export file (as written
// by 'bridgectl audit export'). A file that grows is followed.
func FileReplica(path string) Replica { return &fileReplica{path: path} }

func (f *fileReplica) Name() string { return f.path }

func (f *fileReplica) Open(_ context.Context, head Head) (io.ReadCloser, error) {
	st, err := os.Stat(f.path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrReplica, err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if head.OK && f.seen != nil && st.Size() == f.seen.Size() && st.ModTime().Equal(f.seen.ModTime()) {
		return nil, ErrUnchanged
	}
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrReplica, err)
	}
	f.seen = st
	return fh, nil
}
