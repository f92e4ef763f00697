package signer_test

import (
	"context"
	"errors"
	"testing"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

// TestCheckReplacement: a fee bump of a payout on the main (same inputs,
// same burns, higher rate within the published maximum) is accepted and
// signed; each way a proposer could bend it is refused.
func TestCheckReplacement(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	us, bs := f.addPayoutState(3)
	main := us[1]
	mv := mainView{MemView: f.view, main: main.OutPoint}
	others := []wallet.UTXO{us[0], us[2]}
	build := func(rate uint64, main wallet.UTXO, others []wallet.UTXO, burns []wallet.Burn) *psbt.Packet {
		t.Helper()
		p, err := f.w.WithRate(rate).BuildMainPayout(main, others, burns)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	mark := func(p *psbt.Packet, orig chainhash.Hash) *psbt.Packet {
		t.Helper()
		if err := wallet.MarkReplacement(p, orig); err != nil {
			t.Fatal(err)
		}
		return clone(t, p) // the annotation survives serialization
	}
	orig := build(3, main, others, bs[:2])
	oid := orig.UnsignedTx.TxHash()
	if _, err := f.signers[0].CheckAndSign(ctx, orig, mv); err != nil {
		t.Fatal(err)
	}

	good := mark(build(6, main, others, bs[:2]), oid)
	if pr, err := wallet.ReadProposal(good); err != nil || pr.Replaces == nil || *pr.Replaces != oid {
		t.Fatalf("ReadProposal = %+v, %v; want Replaces %s", pr, err, oid)
	}
	if err := signer.CheckReplacement(orig, good, 20); err != nil {
		t.Fatalf("replacement refused: %v", err)
	}
	if _, err := f.signers[0].CheckAndSign(ctx, good, mv); err != nil {
		t.Fatalf("replacement not signed by the signer of the original: %v", err)
	}
	if gross, _ := wallet.GrossBurns(good); gross[0]+gross[1] != bs[0].Amount+bs[1].Amount || gross[2] != 0 {
		t.Fatalf("gross amounts %v, want the burns' %d and %d, then the change's 0", gross, bs[0].Amount, bs[1].Amount)
	}

	otherScript := bs[1]
	otherScript.PkScript = recipientScript(7)
	otherAmount := bs[1]
	otherAmount.Amount++
	changeScript := mark(build(6, main, others, bs[:2]), oid)
	changeScript.UnsignedTx.TxOut[len(changeScript.UnsignedTx.TxOut)-1].PkScript = recipientScript(3)
	extraInput := mark(build(6, main, others, bs[:2]), oid)
	extraInput.UnsignedTx.AddTxIn(wire.NewTxIn(&us[0].OutPoint, nil, nil))
	extraInput.Inputs = append(extraInput.Inputs, psbt.PInput{WitnessUtxo: wire.NewTxOut(us[0].Amount, extraInput.Inputs[0].WitnessUtxo.PkScript)})
	for _, tc := range []struct {
		name    string
		p       *psbt.Packet
		maxRate uint64
		want    error
	}{
		{"drops a burn", mark(build(6, main, others, bs[:1]), oid), 20, signer.ErrReplacement},
		{"adds a burn", mark(build(6, main, others, bs[:3]), oid), 20, signer.ErrReplacement},
		{"other recipient script", mark(build(6, main, others, []wallet.Burn{bs[0], otherScript}), oid), 20, signer.ErrReplacement},
		{"other burn amount", mark(build(6, main, others, []wallet.Burn{bs[0], otherAmount}), oid), 20, signer.ErrReplacement},
		{"changes the change script", changeScript, 20, signer.ErrReplacement},
		{"an extra input", extraInput, 20, signer.ErrReplacement},
		{"another main", mark(build(6, us[2], []wallet.UTXO{us[0], us[1]}, bs[:2]), oid), 20, signer.ErrReplacement},
		{"same rate", mark(build(3, main, others, bs[:2]), oid), 20, signer.ErrReplacement},
		{"lower rate", mark(build(2, main, others, bs[:2]), oid), 20, signer.ErrReplacement},
		{"rate above the published maximum", mark(build(6, main, others, bs[:2]), oid), 5, signer.ErrFeePolicy},
		{"not declared", build(6, main, others, bs[:2]), 20, signer.ErrReplacement},
		{"declares another payout", mark(build(6, main, others, bs[:2]), chainhash.HashH([]byte("other"))), 20, signer.ErrReplacement},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := signer.CheckReplacement(orig, tc.p, tc.maxRate)
			if !errors.Is(err, tc.want) || !errors.Is(err, signer.ErrRefused) {
				t.Fatalf("CheckReplacement = %v, want %v", err, tc.want)
			}
		})
	}
}
