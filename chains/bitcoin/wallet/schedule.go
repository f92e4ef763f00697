package wallet

import "sort"

// SweepBatch picks up to limit deposits for the next sweep, the most
// urgent first: lowest refund locktime, ties by outpoint. A coordinator
// sweeps a batch when it is full or when SweepUrgent says so, so that every
// deposit is in custody well before its depositor could refund it.
func SweepBatch(deposits []Deposit, limit int) []Deposit {
	ds := append([]Deposit(nil), deposits...)
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].Payload.Locktime != ds[j].Payload.Locktime {
			return ds[i].Payload.Locktime < ds[j].Payload.Locktime
		}
		return lessOutPoint(ds[i].OutPoint, ds[j].OutPoint)
	})
	if limit > 0 && len(ds) > limit {
		ds = ds[:limit]
	}
	return ds
}

// SweepUrgent reports whether some deposit's refund locktime is at most
// horizon blocks above tip.
func SweepUrgent(deposits []Deposit, tip int64, horizon uint32) bool {
	for _, d := range deposits {
		if int64(d.Payload.Locktime)-tip <= int64(horizon) {
			return true
		}
	}
	return false
}
