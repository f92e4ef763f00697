package anchor

import (
	"context"

	"github.com/kakehashi/kakehashi/internal/btcrpc"
)

// call runs one RPC with ctx (btcd's client takes none); its errors wrap
// ErrNode.
func call[T any](ctx context.Context, what string, f func() (T, error)) (T, error) {
	return btcrpc.Call(ctx, ErrNode, what, f)
}
