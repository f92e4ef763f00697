// Package btcrpc makes btcd's RPC client context-first. rpcclient's calls
// take no context, so a caller whose context ends would otherwise wait for
// the node; Call runs the call on its own goroutine and returns when
// either the call or the context ends.
//
//	hash, err := btcrpc.Call(ctx, ErrNode, "getblockhash", func() (*chainhash.Hash, error) {
//		return node.GetBlockHash(height)
//	})
//
// The call itself cannot be stopped: if ctx ends first it finishes in the
// background (bounded by the client's own timeout) and its result is
// dropped.
//
// # Errors
//
// Call returns ctx's error when ctx ends first. An error of the call is
// wrapped as "<kind>: <what>: <error>", so errors.Is finds both the
// caller's kind (its package's ErrNode) and the client's error (an
// *btcjson.RPCError keeps its code for errors.As).
package btcrpc
