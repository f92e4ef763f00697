package bitcoin_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

func federation(t *testing.T, threshold, n int) bitcoin.KeySet {
	t.Helper()
	fed, err := bitcointest.Federation(1, threshold, bitcointest.Keys(fmt.Sprintf("wire-fed-%d-%d", threshold, n), n), "wire-fed")
	if err != nil {
		t.Fatal(err)
	}
	return fed.Signers
}

func TestSweepInputVBytes(t *testing.T) {
	// 2-of-3: 41 B × 4 + witness (1 count + 2×65 sigs + 1 empty + 139 leaf
	// + 66 control block) = 501 WU → 126 vB (the figure in decisions.md).
	if got, err := bitcoin.SweepInputVBytes(federation(t, 2, 3)); err != nil || got != 126 {
		t.Fatalf("2-of-3 = %d, %v; want 126", got, err)
	}
	if _, err := bitcoin.SweepInputVBytes(bitcoin.KeySet{}); !errors.Is(err, bitcoin.ErrKeySet) {
		t.Fatalf("empty set: %v, want ErrKeySet", err)
	}
}

// TestSweepInputVBytesCoversWallet checks the fee against what package
// wallet really charges: at 1 sat/vB a sweep's fee is its vsize, so each
// deposit added to a sweep must cost at most SweepInputVBytes (the
// collected fee covers it) and not much less (the figure is tight).
func TestSweepInputVBytesCoversWallet(t *testing.T) {
	for _, tc := range []struct{ threshold, n int }{{1, 1}, {2, 3}, {3, 5}, {7, 10}} {
		t.Run(fmt.Sprintf("%d-of-%d", tc.threshold, tc.n), func(t *testing.T) {
			fed, err := bitcointest.Federation(1, tc.threshold, bitcointest.Keys(fmt.Sprintf("fee-cover-%d", tc.n), tc.n), "fee-cover")
			if err != nil {
				t.Fatal(err)
			}
			w, err := wallet.New(wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{Rate: 1, MinRate: 1, MaxRate: 1}})
			if err != nil {
				t.Fatal(err)
			}
			vb, err := bitcoin.SweepInputVBytes(fed.Signers)
			if err != nil {
				t.Fatal(err)
			}
			var ds []wallet.Deposit
			for i := range 9 {
				p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: uint32(1000 + i)}
				p.Recipient[0] = byte(i)
				ds = append(ds, wallet.Deposit{OutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte{byte(i)}), Index: uint32(i)},
					Amount: 100_000, Payload: p, Epoch: 1})
			}
			fee := func(k int) int64 {
				p, err := w.BuildSweep(ds[:k])
				if err != nil {
					t.Fatal(err)
				}
				return psbtFee(p)
			}
			base := fee(1)
			for k := 1; k < len(ds); k++ {
				added := fee(k+1) - base
				if added > int64(k)*vb || added < int64(k)*(vb-1) {
					t.Fatalf("%d more deposits cost %d vB, SweepInputVBytes = %d", k, added, vb)
				}
			}
		})
	}
}

func psbtFee(p *psbt.Packet) int64 {
	var in int64
	for _, x := range p.Inputs {
		in += x.WitnessUtxo.Value
	}
	for _, o := range p.UnsignedTx.TxOut {
		in -= o.Value
	}
	return in
}

func TestDepositFeeNet(t *testing.T) {
	fee, err := bitcoin.NewDepositFee(federation(t, 2, 3), 10)
	if err != nil {
		t.Fatal(err)
	}
	if fee.Sats != 1260 || fee.InputVBytes != 126 || fee.MaxFeeRate != 10 {
		t.Fatalf("fee = %+v", fee)
	}
	if _, err := bitcoin.NewDepositFee(federation(t, 2, 3), 0); !errors.Is(err, bitcoin.ErrFeeRate) {
		t.Fatalf("rate 0: %v, want ErrFeeRate", err)
	}
	for _, tc := range []struct {
		name  string
		gross *big.Int
		want  int64 // -1: ErrBelowFee
	}{
		{"nil amount", nil, -1},
		{"below the fee", big.NewInt(1000), -1},
		{"equal to the fee", big.NewInt(1260), -1},
		{"one above", big.NewInt(1261), 1},
		{"typical", big.NewInt(100_000), 98_740},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := fee.Net(tc.gross)
			if tc.want < 0 {
				if !errors.Is(err, bitcoin.ErrBelowFee) {
					t.Fatalf("Net = %v, %v; want ErrBelowFee", got, err)
				}
				return
			}
			if err != nil || got.Int64() != tc.want {
				t.Fatalf("Net = %v, %v; want %d", got, err, tc.want)
			}
		})
	}
}
