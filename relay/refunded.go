package relay

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
)

// refundSubjects are the refund events of every source chain
// (kkh.event.<chain>.refund): the coordinator of each destination drops
// the mint of a deposit refunded on its source.
var refundSubjects = fmt.Sprintf("kkh.event.*.%s", chains.KindRefund)

// dropRefunded drops the transfer of a deposit whose refund this
// operator's own watcher saw: its mint must never land, whatever its
// deadline says. The deadline holds only while blocks come no faster than
// the deployment's minBlockSeconds (on regtest nothing bounds them); the
// refund on chain is the fact itself. Other operators' refund events are
// ignored: a rogue operator must not be able to drop a mint. A mint
// already sent is not recalled; its deadline and the bridge's replay bit
// are what stop it then. Nothing is recorded: the watcher records the
// REFUND, after which every signer's accountant refuses the mint.
func (c *Coordinator) dropRefunded(ev chains.Event, from common.Address) {
	if from != c.cfg.Self || ev.Reorged || ev.TransferID == (chains.TransferID{}) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.transfers[ev.TransferID]
	if t == nil {
		return
	}
	c.log.Warn().Str("transfer", t.id.String()).Str("refund", ev.Ref.String()).Int("attempts", t.attempts).
		Msg("deposit refunded on its source: dropping its mint")
	c.finish(t.id, c.now())
}
