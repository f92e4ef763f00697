package btcroute

import "errors"

// ErrConfig: a configuration is incomplete or disagrees with the
// deployment (chain, federation, fee policy, operator key).
var ErrConfig = errors.New("btcroute: invalid configuration")
