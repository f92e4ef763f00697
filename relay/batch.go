package relay

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
)

// Batch is a group of ready authorizations that a destination chain
// executes under one quorum signature: an EIP-712 MintBatch/UnlockBatch on
// EVM, one payout transaction on Bitcoin. The coordinator leader proposes
// it (Batcher.Propose); each signer signs it only if it signed every item
// itself.
type Batch struct {
	Chain chains.ChainID
	Items []Authorization
	// Data is what signers need to rebuild and check the batch beyond its
	// items (for Bitcoin, the unsigned payout transaction); may be empty.
	Data []byte
}

// BatchDomain prefixes the canonical encoding hashed by Batch.Hash.
const BatchDomain = "kakehashi/relay/batch/v1"

// Hash identifies a batch: keccak256(domain ‖ 0x00 ‖ u64 chain ‖ u32 n ‖
// item hashes ‖ u32 len(data) ‖ data).
func (b Batch) Hash() [32]byte {
	buf := make([]byte, 0, len(BatchDomain)+1+8+4+32*len(b.Items)+4+len(b.Data))
	buf = append(buf, BatchDomain...)
	buf = append(buf, 0)
	buf = binary.BigEndian.AppendUint64(buf, uint64(b.Chain))
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(b.Items)))
	for _, it := range b.Items {
		h := it.Hash()
		buf = append(buf, h[:]...)
	}
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(b.Data)))
	buf = append(buf, b.Data...)
	return crypto.Keccak256Hash(buf)
}

// Proposal is a batch proposed by the coordinator leader, published on
// kkh.proposal.<dstChain>.
type Proposal struct {
	Batch  Batch
	Leader common.Address
}

type proposalJSON struct {
	Chain  chains.ChainID `json:"chain"`
	Items  []authJSON     `json:"items"`
	Data   hexutil.Bytes  `json:"data,omitempty"`
	Leader common.Address `json:"leader"`
}

// EncodeProposal returns the bus payload of a proposal.
func EncodeProposal(p Proposal) ([]byte, error) {
	j := proposalJSON{Chain: p.Batch.Chain, Data: p.Batch.Data, Leader: p.Leader}
	for _, it := range p.Batch.Items {
		j.Items = append(j.Items, authToJSON(it))
	}
	return json.Marshal(j)
}

// DecodeProposal parses a proposal payload.
func DecodeProposal(b []byte) (Proposal, error) {
	var j proposalJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return Proposal{}, fmt.Errorf("%w: proposal: %v", ErrDecode, err)
	}
	if len(j.Items) == 0 && len(j.Data) == 0 {
		return Proposal{}, fmt.Errorf("%w: empty proposal", ErrDecode)
	}
	p := Proposal{Batch: Batch{Chain: j.Chain, Data: j.Data}, Leader: j.Leader}
	seen := map[chains.TransferID]bool{}
	for _, ij := range j.Items {
		a, err := ij.auth()
		if err != nil {
			return Proposal{}, err
		}
		if a.DstChain != j.Chain {
			return Proposal{}, fmt.Errorf("%w: item %s for chain %d in a batch for %d", ErrDecode, a.TransferID, a.DstChain, j.Chain)
		}
		if seen[a.TransferID] {
			return Proposal{}, fmt.Errorf("%w: transfer %s twice in one batch", ErrDecode, a.TransferID)
		}
		seen[a.TransferID] = true
		p.Batch.Items = append(p.Batch.Items, a)
	}
	return p, nil
}

// BatchShare is one operator's signature over a proposed batch, published
// on kkh.bshare.<dstChain>.
type BatchShare struct {
	Chain     chains.ChainID `json:"chain"`
	BatchHash common.Hash    `json:"batchHash"`
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// ProposalID is the publication id of one proposal attempt:
// prop.<dstChain>.<batch hash>.<attempt start, Unix ns>. Signers derive
// their batch-share ids from it (BatchShareID), so a batch proposed again
// after a timeout gets fresh shares instead of deduplicated ones.
func ProposalID(dst chains.ChainID, h [32]byte, started time.Time) string {
	return fmt.Sprintf("prop.%d.%x.%d", dst, h, started.UnixNano())
}

// BatchShareID is the publication id of signer's share for the proposal
// published with id proposalID.
func BatchShareID(proposalID string, signer common.Address) string {
	return fmt.Sprintf("bshare.%s.%x", strings.TrimPrefix(proposalID, "prop."), signer)
}

// ProposalSubject is kkh.proposal.<dstChain>.
func ProposalSubject(dst chains.ChainID) string { return fmt.Sprintf("kkh.proposal.%d", dst) }

// BatchShareSubject is kkh.bshare.<dstChain>.
func BatchShareSubject(dst chains.ChainID) string { return fmt.Sprintf("kkh.bshare.%d", dst) }
