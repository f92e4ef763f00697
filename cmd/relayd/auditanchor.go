package main

import (
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/relay/auditanchor"
	"github.com/kakehashi/kakehashi/relay/auditchain"
)

// addAuditAnchor anchors the shared audit chain (relay/auditanchor), while
// this operator leads it, on every configured EVM chain the deployment
// gives an AuditAnchor (chains[].auditAnchor), through that chain's
// submitter: paid by the transactions key.
func (d *daemon) addAuditAnchor(env *chainEnv, c *auditchain.Chain) error {
	cfg := d.cfg.Audit.Anchor
	if !cfg.Enabled {
		d.log.Info().Msg("audit anchoring is off (audit.anchor.enabled: false)")
		return nil
	}
	var targets []auditanchor.Target
	for _, id := range slices.Sorted(maps.Keys(env.evms)) {
		dc, _ := env.deployment.ChainByID(id)
		if dc.AuditAnchor == (common.Address{}) {
			d.log.Warn().Uint64("chain", uint64(id)).Msg("the deployment has no auditAnchor for this chain: the audit chain is not anchored there (deploy an AuditAnchor over the chain's bridge and add chains[].auditAnchor)")
			continue
		}
		r := env.evms[id]
		t, err := auditanchor.NewEVMTarget(id, dc.AuditAnchor, r.Client(), r.TxSubmitter())
		if err != nil {
			return err
		}
		targets = append(targets, t)
	}
	if len(targets) == 0 {
		return nil
	}
	a, err := auditanchor.New(auditanchor.Config{
		Chain: c, Signer: d.keys.auth, Targets: targets, EveryBlocks: cfg.EveryBlocks, Every: cfg.Every.D(),
		Logger: d.log, Registerer: d.reg,
	})
	if err != nil {
		return err
	}
	d.background = append(d.background, namedLoop{name: "audit anchoring", run: a.Run})
	return nil
}
