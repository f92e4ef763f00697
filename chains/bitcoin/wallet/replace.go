package wallet

import (
	"bytes"
	"fmt"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
)

// MarkReplacement annotates payout p as the fee-bump replacement of
// payout orig: signers then hold it to the replacement rules
// (signer.CheckReplacement) against orig as their own book holds it.
// The annotation is not part of the transaction: p's txid is unchanged.
func MarkReplacement(p *psbt.Packet, orig chainhash.Hash) error {
	pr, err := ReadProposal(p)
	if err != nil {
		return err
	}
	if pr.Kind != KindPayout {
		return fmt.Errorf("%w: a %s cannot replace a payout", ErrPacket, pr.Kind)
	}
	key := propKey(keyReplaces)
	kept := p.Unknowns[:0:0]
	for _, u := range p.Unknowns {
		if !bytes.Equal(u.Key, key) {
			kept = append(kept, u)
		}
	}
	p.Unknowns = append(kept, &psbt.Unknown{Key: key, Value: bytes.Clone(orig[:])})
	return nil
}

// Fee is Σ inputs − Σ outputs of p, the inputs valued by their witness
// UTXOs (which every signer checks against its own node).
func Fee(p *psbt.Packet) (int64, error) {
	var in, out int64
	for i, pin := range p.Inputs {
		if pin.WitnessUtxo == nil {
			return 0, fmt.Errorf("%w: input %d has no witness UTXO", ErrPacket, i)
		}
		in += pin.WitnessUtxo.Value
	}
	for _, o := range p.UnsignedTx.TxOut {
		out += o.Value
	}
	return in - out, nil
}

// GrossBurns returns, per output of payout p that pays a burn, the burn's
// amount before its fee share: the output's value plus its share of Fee
// (FeeShares over the burn outputs in output order, as the builders
// charge it).
func GrossBurns(p *psbt.Packet) ([]int64, error) {
	pr, err := ReadProposal(p)
	if err != nil {
		return nil, err
	}
	fee, err := Fee(p)
	if err != nil {
		return nil, err
	}
	var idx []int
	for i, id := range pr.Burns {
		if id != nil {
			idx = append(idx, i)
		}
	}
	out := make([]int64, len(p.UnsignedTx.TxOut))
	if len(idx) == 0 {
		return out, nil
	}
	shares := FeeShares(fee, len(idx))
	for k, i := range idx {
		out[i] = p.UnsignedTx.TxOut[i].Value + shares[k]
	}
	return out, nil
}
