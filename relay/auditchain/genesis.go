package auditchain

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/ledger"
)

// Genesis returns the records of the shared chain's genesis block: the
// federation's signer set (epoch 1, threshold t) and one DEFINE per
// deployment asset. Every operator builds the same records from the same
// deployment and operator set, so each can check the leader's genesis.
func Genesis(signers []common.Address, threshold int, d *deployment.Deployment) ([]*audit.Record, error) {
	if threshold < 1 || threshold > len(signers) || threshold > 1<<16-1 {
		return nil, fmt.Errorf("auditchain: %w: threshold %d of %d signers", audit.ErrConfig, threshold, len(signers))
	}
	sorted := slices.Clone(signers)
	slices.SortFunc(sorted, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	defs, err := ledger.Defines(d)
	if err != nil {
		return nil, err
	}
	set := &audit.Record{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: uint16(threshold), Signers: sorted}}
	return append([]*audit.Record{set}, defs...), nil
}
