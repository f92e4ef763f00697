package bitcoin

import "time"

// DeadlineRule converts a deposit's refund locktime, a block height, into
// the deadline of its mint, a time the destination chain can check
// (chains.Event.Deadline; the bridge's Mint carries it). It is a protocol
// parameter: signers that use different rules compute different deadlines,
// and their signatures do not aggregate.
type DeadlineRule struct {
	// MinBlockInterval is the shortest average time per block assumed
	// between the deposit's block and the refund locktime: the deadline
	// converts the remaining blocks at this rate, so blocks may come this
	// much faster than expected and the mint still lands before the refund
	// is possible. Zero means DefaultMinBlockInterval.
	MinBlockInterval time.Duration
	// HeaderSkew is how far a block's header time may be ahead of the real
	// time (consensus lets a miner set it up to two hours ahead); it is
	// taken off the deposit block's time. Zero means DefaultHeaderSkew.
	HeaderSkew time.Duration
}

// Defaults of DeadlineRule, for a chain with 10-minute blocks: blocks ten
// times faster than the 600 s target (the chance that 100 blocks come in
// 100 minutes instead of ~1000 is below 1e-40), and Bitcoin's two-hour
// limit on header times in the future.
const (
	DefaultMinBlockInterval = 60 * time.Second
	DefaultHeaderSkew       = 2 * time.Hour
)

// MintDeadline returns the deadline (Unix seconds, never 0) of the mint of
// a deposit whose refund locktime is locktime, mined at height in a block
// with header time blockTime, when signers stop signing cutoff blocks
// before the locktime:
//
//	blockTime − HeaderSkew + (locktime − cutoff − height) × MinBlockInterval
//
// Everything comes from the chain (the payload, the deposit block), so
// every signer derives the same deadline. The refund spends at the earliest
// in block locktime + 1, so the deadline comes at least cutoff + 1 blocks,
// each no faster than MinBlockInterval, before the refund can confirm. A
// deadline already past (a deposit too close to its locktime, or a rule
// that leaves no room) is returned as 1: a mint that can never land.
func (r DeadlineRule) MintDeadline(locktime uint32, cutoff uint32, height int64, blockTime time.Time) uint64 {
	iv, skew := r.MinBlockInterval, r.HeaderSkew
	if iv <= 0 {
		iv = DefaultMinBlockInterval
	}
	if skew <= 0 {
		skew = DefaultHeaderSkew
	}
	blocks := int64(locktime) - int64(cutoff) - height
	d := blockTime.Unix() - int64(skew/time.Second) + blocks*int64(iv/time.Second)
	if blocks <= 0 || d <= 0 {
		return 1
	}
	return uint64(d)
}
