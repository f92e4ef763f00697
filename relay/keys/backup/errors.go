package backup

import (
	"errors"
	"fmt"
)

// Errors returned by this package, wrapped with what was wrong and how to
// go on. None of them ever quotes a secret, a data key or a share's Y.
var (
	ErrParams       = errors.New("backup: cannot split")
	ErrTooFewShares = errors.New("backup: too few shares")
	ErrCorruptShare = errors.New("backup: corrupt share")
	ErrDuplicate    = errors.New("backup: duplicate share")
	ErrMixedBackups = errors.New("backup: shares of different backups")
	ErrWrongShares  = errors.New("backup: shares do not open the backup")
	ErrFingerprint  = errors.New("backup: fingerprint mismatch")
	ErrVersion      = errors.New("backup: unsupported format version")
)

// ShareError is an error about one share: ErrCorruptShare, ErrDuplicate or
// ErrVersion, naming the share by its number and the file it came from,
// so that at a ceremony everyone knows which paper to look at.
type ShareError struct {
	Err    error  // the sentinel: errors.Is finds it
	Index  int    // the share's number, 0 when it could not be read that far
	N      int    // how many shares the backup has, 0 when unknown
	Source string // the file the share was read from, "" when none
	Detail string // what is wrong and what to do
}

func (e *ShareError) Error() string {
	name := e.Source
	if e.Index > 0 {
		name = fmt.Sprintf("%d of %d", e.Index, e.N)
		if e.Source != "" {
			name += " (" + e.Source + ")"
		}
	}
	if name == "" {
		return fmt.Sprintf("%v: %s", e.Err, e.Detail)
	}
	return fmt.Sprintf("%v %s: %s", e.Err, name, e.Detail)
}

func (e *ShareError) Unwrap() error { return e.Err }

// shareErr is a ShareError about s.
func shareErr(sentinel error, s *Share, format string, a ...any) *ShareError {
	return &ShareError{Err: sentinel, Index: s.Index, N: s.Meta.N, Source: s.Source, Detail: fmt.Sprintf(format, a...)}
}
