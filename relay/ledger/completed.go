package ledger

import "github.com/kakehashi/kakehashi/chains"

// Completed implements relay.Completions: it reports whether this
// operator's ledger holds the execution (MINT, UNLOCK or REFUND) of
// transfer id. The signer keeps its signed-set entry of a transfer until
// it is completed.
func (a *Accountant) Completed(id chains.TransferID) bool {
	a.seen.RLock()
	defer a.seen.RUnlock()
	return a.done[id]
}
