package bitcoin_test

import (
	"testing"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
)

// verifyPacket runs the script engine with standard flags over every input
// of tx, taking the spent outputs from the packet's witness UTXOs.
func verifyPacket(t testing.TB, p *psbt.Packet, tx *wire.MsgTx) {
	t.Helper()
	prev := map[wire.OutPoint]*wire.TxOut{}
	for i, in := range p.Inputs {
		prev[tx.TxIn[i].PreviousOutPoint] = in.WitnessUtxo
	}
	fetch := txscript.NewMultiPrevOutFetcher(prev)
	hashes := txscript.NewTxSigHashes(tx, fetch)
	for i := range tx.TxIn {
		out := prev[tx.TxIn[i].PreviousOutPoint]
		vm, err := txscript.NewEngine(out.PkScript, tx, i, txscript.StandardVerifyFlags, nil, hashes, out.Value, fetch)
		if err != nil {
			t.Fatal(err)
		}
		if err := vm.Execute(); err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
	}
}
