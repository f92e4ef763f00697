package signer

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

// ErrReplacement: a payout that declares it replaces another
// (wallet.MarkReplacement) is not that payout again at a higher fee.
var ErrReplacement = errors.New("signer: not a fee-bump replacement of the payout it names")

// CheckReplacement checks that repl is a fee-bump replacement of orig, a
// payout the caller holds as signed or broadcast (its own book, never
// the bus):
//
//   - repl declares it replaces orig (wallet.MarkReplacement);
//   - it spends exactly orig's inputs, valued as orig values them (so the
//     main orig spends, and nothing new);
//   - it pays exactly orig's burns, each to the same script and of the
//     same gross amount (output value plus its fee share, wallet.GrossBurns):
//     only the fee shares grow;
//   - its change (the next main) pays the same script the same value;
//   - its fee rate and absolute fee are above orig's (BIP-125 needs both),
//     and its rate is at most maxRate, the published maximum.
//
// It is a check of the pair only: the caller still runs CheckAndSign,
// which rebuilds repl from its own view at repl's rate. Every refusal
// wraps ErrRefused and ErrReplacement, or ErrFeePolicy for the rate bound.
func CheckReplacement(orig, repl *psbt.Packet, maxRate uint64) error {
	po, err := wallet.ReadProposal(orig)
	if err != nil {
		return refuse(err, "read replaced payout")
	}
	pr, err := wallet.ReadProposal(repl)
	if err != nil {
		return refuse(err, "read replacement")
	}
	oid, rid := orig.UnsignedTx.TxHash(), repl.UnsignedTx.TxHash()
	switch {
	case po.Kind != wallet.KindPayout || pr.Kind != wallet.KindPayout:
		return refuse(ErrReplacement, "%s and %s must both be payouts", oid, rid)
	case pr.Replaces == nil || *pr.Replaces != oid:
		return refuse(ErrReplacement, "%s does not declare it replaces %s", rid, oid)
	case oid == rid:
		return refuse(ErrReplacement, "%s is the payout it replaces", rid)
	case pr.Rate > maxRate:
		return refuse(ErrFeePolicy, "replacement %s at %d sat/vB above the published maximum %d", rid, pr.Rate, maxRate)
	case pr.Rate <= po.Rate:
		return refuse(ErrReplacement, "replacement %s at %d sat/vB does not raise %s's %d", rid, pr.Rate, oid, po.Rate)
	}
	if err := sameInputs(orig, repl); err != nil {
		return refuse(ErrReplacement, "%s vs %s: %v", rid, oid, err)
	}
	if err := sameBurns(orig, repl, po, pr); err != nil {
		return refuse(ErrReplacement, "%s vs %s: %v", rid, oid, err)
	}
	fo, _ := wallet.Fee(orig)
	fr, _ := wallet.Fee(repl)
	if fr <= fo {
		return refuse(ErrReplacement, "replacement %s pays %d sat, not more than %s's %d", rid, fr, oid, fo)
	}
	return nil
}

// sameInputs: the same outpoints, each with the same witness UTXO.
func sameInputs(orig, repl *psbt.Packet) error {
	if len(orig.UnsignedTx.TxIn) != len(repl.UnsignedTx.TxIn) {
		return fmt.Errorf("%d inputs, the replaced payout has %d", len(repl.UnsignedTx.TxIn), len(orig.UnsignedTx.TxIn))
	}
	prev := map[wire.OutPoint]*wire.TxOut{}
	for i, in := range orig.UnsignedTx.TxIn {
		prev[in.PreviousOutPoint] = orig.Inputs[i].WitnessUtxo
	}
	for i, in := range repl.UnsignedTx.TxIn {
		o, ok := prev[in.PreviousOutPoint]
		w := repl.Inputs[i].WitnessUtxo
		if !ok {
			return fmt.Errorf("input %d spends %s, which the replaced payout does not", i, in.PreviousOutPoint)
		}
		if o == nil || w == nil || o.Value != w.Value || !bytes.Equal(o.PkScript, w.PkScript) {
			return fmt.Errorf("input %d (%s) is valued differently", i, in.PreviousOutPoint)
		}
		delete(prev, in.PreviousOutPoint)
	}
	return nil
}

// sameBurns: the same burns with the same scripts and gross amounts, and
// the same change.
func sameBurns(orig, repl *psbt.Packet, po, pr wallet.Proposal) error {
	type paid struct {
		script []byte
		gross  int64
	}
	collect := func(p *psbt.Packet, prop wallet.Proposal) (map[chains.TransferID]paid, *wire.TxOut, error) {
		gross, err := wallet.GrossBurns(p)
		if err != nil {
			return nil, nil, err
		}
		m := map[chains.TransferID]paid{}
		var change *wire.TxOut
		for i, id := range prop.Burns {
			if id == nil {
				change = p.UnsignedTx.TxOut[i]
				continue
			}
			m[*id] = paid{p.UnsignedTx.TxOut[i].PkScript, gross[i]}
		}
		return m, change, nil
	}
	om, oc, err := collect(orig, po)
	if err != nil {
		return err
	}
	rm, rc, err := collect(repl, pr)
	if err != nil {
		return err
	}
	for id, r := range rm {
		o, ok := om[id]
		switch {
		case !ok:
			return fmt.Errorf("burn %s is not paid by the replaced payout", id)
		case !bytes.Equal(o.script, r.script):
			return fmt.Errorf("burn %s paid to %x, the replaced payout pays %x", id, r.script, o.script)
		case o.gross != r.gross:
			return fmt.Errorf("burn %s of %d sat gross, the replaced payout pays %d", id, r.gross, o.gross)
		}
	}
	for id := range om {
		if _, ok := rm[id]; !ok {
			return fmt.Errorf("burn %s of the replaced payout is not paid", id)
		}
	}
	if (oc == nil) != (rc == nil) || oc != nil && (oc.Value != rc.Value || !bytes.Equal(oc.PkScript, rc.PkScript)) {
		return fmt.Errorf("change differs from the replaced payout's")
	}
	return nil
}
