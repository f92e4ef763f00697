package anchor

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/audit"
)

// PackAttestations returns atts as AuditAnchor.anchor takes them: 65-byte
// signatures concatenated in strictly ascending order of their signers
// over the block hash, v in {0, 1}. operator, if not zero, must be one of
// the signers (the contract requires it). Errors wrap ErrAttestations: a
// signature that does not recover, two by one signer, or the operator
// missing.
func PackAttestations(hash [32]byte, atts []audit.Attestation, operator common.Address) ([]byte, error) {
	type signed struct {
		by  common.Address
		att audit.Attestation
	}
	list := make([]signed, 0, len(atts))
	named := operator == (common.Address{})
	for i, a := range atts {
		by, err := a.Signer(hash)
		if err != nil {
			return nil, fmt.Errorf("%w: attestation %d: %w", ErrAttestations, i, err)
		}
		named = named || by == operator
		list = append(list, signed{by, a})
	}
	if !named {
		return nil, fmt.Errorf("%w: operator %s did not attest block %x: add its own attestation", ErrAttestations, operator, hash)
	}
	slices.SortFunc(list, func(a, b signed) int { return bytes.Compare(a.by[:], b.by[:]) })
	out := make([]byte, 0, len(list)*audit.AttestationSize)
	for i, s := range list {
		if i > 0 && s.by == list[i-1].by {
			return nil, fmt.Errorf("%w: two attestations by %s", ErrAttestations, s.by)
		}
		out = append(out, s.att[:]...)
	}
	return out, nil
}

// UnpackAttestations splits an Anchored event's attestations into 65-byte
// signatures, with v brought to {0, 1} (the contract also accepts 27 and
// 28). Errors wrap ErrAttestations: a length that is not a multiple of 65.
func UnpackAttestations(b []byte) ([]audit.Attestation, error) {
	if len(b)%audit.AttestationSize != 0 {
		return nil, fmt.Errorf("%w: %d bytes is not a whole number of %d-byte signatures", ErrAttestations, len(b), audit.AttestationSize)
	}
	out := make([]audit.Attestation, len(b)/audit.AttestationSize)
	for i := range out {
		copy(out[i][:], b[i*audit.AttestationSize:])
		if v := out[i][64]; v == 27 || v == 28 {
			out[i][64] = v - 27
		}
	}
	return out, nil
}
