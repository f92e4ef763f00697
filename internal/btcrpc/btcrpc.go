package btcrpc

import (
	"context"
	"fmt"
)

// Call runs f, one RPC named what, and gives up when ctx ends. An error of
// f is wrapped with kind; f's value is returned with it as f returned it.
func Call[T any](ctx context.Context, kind error, what string, f func() (T, error)) (T, error) {
	type res struct {
		v   T
		err error
	}
	ch := make(chan res, 1) // buffered: an abandoned call does not leak its goroutine
	go func() { v, err := f(); ch <- res{v, err} }()
	select {
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	case r := <-ch:
		if r.err != nil {
			return r.v, fmt.Errorf("%w: %s: %w", kind, what, r.err)
		}
		return r.v, nil
	}
}
