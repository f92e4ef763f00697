package audit

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"text/tabwriter"
)

// Print writes the report as a table for people: the head, then per asset
// the amount locked on the home chain, in flight, outstanding on each
// chain, the deposit fees withheld for sweeps and the sweep fees paid from
// custody (each only when not zero). Amounts are in the asset's smallest
// unit.
func (r *Report) Print(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "blocks %d, records %d, head %d %s, open transfers %d\n", r.Blocks, r.Records, r.Height, r.HeadHex, r.OpenTransfers)
	if r.Signers != nil {
		fmt.Fprintf(tw, "signer set epoch %d: %d of %d\n", r.Signers.Epoch, r.Signers.Threshold, len(r.Signers.Signers))
	}
	fmt.Fprintln(tw, "asset\tchain\trole\tamount")
	for _, b := range r.Balances {
		id := b.Asset.String()
		fmt.Fprintf(tw, "%s\t%d\tlocked (home)\t%s\n", id, b.HomeChain, b.Locked.Dec())
		fmt.Fprintf(tw, "%s\t-\tin flight\t%s\n", id, b.InFlight.Dec())
		for _, c := range slices.Sorted(maps.Keys(b.Outstanding)) {
			fmt.Fprintf(tw, "%s\t%d\toutstanding\t%s\n", id, c, b.Outstanding[c].Dec())
		}
		if !b.FeesWithheld.IsZero() {
			fmt.Fprintf(tw, "%s\t%d\tdeposit fees withheld\t%s\n", id, b.HomeChain, b.FeesWithheld.Dec())
		}
		if !b.FeesPaid.IsZero() {
			fmt.Fprintf(tw, "%s\t%d\tsweep fees paid\t%s\n", id, b.HomeChain, b.FeesPaid.Dec())
		}
	}
	return tw.Flush()
}
