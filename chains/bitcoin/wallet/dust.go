package wallet

import (
	"fmt"
	"strings"

	"github.com/kakehashi/kakehashi/chains"
)

// DustBurn is a burn whose payout output would be below its script's dust
// limit: Amount − FeeShare < Limit.
type DustBurn struct {
	TransferID chains.TransferID
	Amount     int64 // the burned amount (sat)
	FeeShare   int64 // its share of the payout's fee (sat)
	Limit      int64 // the dust limit of its recipient script (sat)
}

// Payable reports whether the burn could be paid by some payout: its
// amount reaches the dust limit, so a smaller fee share (a lower rate,
// more recipients sharing the fee) would leave an output.
func (d DustBurn) Payable() bool { return d.Amount >= d.Limit }

// DustError is returned by the payout builders when outputs would be
// dust after their fee share. It names every such burn of the payout, so
// a caller can build the payout again without them; errors.Is(err,
// ErrBelowDust) holds.
type DustError struct {
	Rate  uint64 // the payout's fee rate (sat/vB)
	Burns []DustBurn
}

func (e *DustError) Error() string {
	parts := make([]string, len(e.Burns))
	for i, b := range e.Burns {
		parts[i] = fmt.Sprintf("burn %s of %d sat pays %d sat fee, leaving less than %d", b.TransferID, b.Amount, b.FeeShare, b.Limit)
	}
	return fmt.Sprintf("%v: %s", ErrBelowDust, strings.Join(parts, "; "))
}

// Unwrap makes errors.Is(err, ErrBelowDust) hold.
func (e *DustError) Unwrap() error { return ErrBelowDust }
