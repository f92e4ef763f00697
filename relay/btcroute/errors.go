package btcroute

import "errors"

// ErrConfig: a configuration is incomplete or disagrees with the
// deployment (chain, federation, fee policy, operator key).
var ErrConfig = errors.New("btcroute: invalid configuration")

// ErrNode: this operator's btcd did not answer a call of the route's own
// (a sweep round's), or answered with an error.
var ErrNode = errors.New("btcroute: bitcoin node")
