package wallet_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
)

func newWallet(t *testing.T) *wallet.Wallet {
	t.Helper()
	fed, err := bitcointest.Federation(7, 2, bitcointest.Keys("wallet-test", 3), "wallet-test")
	if err != nil {
		t.Fatal(err)
	}
	w, err := wallet.New(wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 7, Fees: wallet.FeePolicy{Rate: 0, MinRate: 2, MaxRate: 10}})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func utxo(i uint32, amt int64) wallet.UTXO {
	return wallet.UTXO{OutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte{byte(i)}), Index: i}, Amount: amt, Epoch: 7}
}

func burn(i int, amt int64) wallet.Burn {
	return wallet.Burn{TransferID: chains.TransferID(chainhash.HashH([]byte(fmt.Sprint("b", i)))),
		PkScript: append([]byte{0x00, 0x14}, chainhash.HashB([]byte{byte(i)})[:20]...), Amount: amt}
}

func TestFeeShares(t *testing.T) {
	for _, tc := range []struct {
		fee  int64
		n    int
		want []int64
	}{{10, 3, []int64{3, 3, 4}}, {9, 3, []int64{3, 3, 3}}, {2, 3, []int64{0, 0, 2}}, {7, 1, []int64{7}}} {
		t.Run(fmt.Sprint(tc.fee, "/", tc.n), func(t *testing.T) {
			if got := wallet.FeeShares(tc.fee, tc.n); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("got %v", got)
			}
		})
	}
}

func TestBuildPayoutSelection(t *testing.T) {
	w := newWallet(t)
	us := []wallet.UTXO{utxo(1, 10_000), utxo(2, 80_000), utxo(3, 50_000), utxo(4, 50_000)}
	for _, tc := range []struct {
		name       string
		burns      []wallet.Burn
		wantIns    int
		wantChange int64
		wantErr    error
	}{
		{"largest first", []wallet.Burn{burn(1, 70_000)}, 1, 10_000, nil},
		{"exact, no change", []wallet.Burn{burn(1, 80_000)}, 1, 0, nil},
		{"change below dust takes another coin", []wallet.Burn{burn(1, 79_900)}, 2, 50_100, nil},
		{"two coins", []wallet.Burn{burn(1, 60_000), burn(2, 60_000)}, 2, 10_000, nil},
		{"insufficient", []wallet.Burn{burn(1, 200_000)}, 0, 0, wallet.ErrInsufficientFunds},
		{"dust after fee", []wallet.Burn{burn(1, 400)}, 0, 0, wallet.ErrBelowDust},
		{"non-standard recipient", []wallet.Burn{{TransferID: chains.TransferID{1}, PkScript: []byte{0x6a, 0x01, 0x00}, Amount: 10_000}}, 0, 0, bitcoin.ErrNonStandardScript},
		{"bare multisig recipient", []wallet.Burn{{TransferID: chains.TransferID{1}, PkScript: append(append([]byte{0x51, 0x21}, bitcointest.Key("m").PubKey().SerializeCompressed()...), 0x51, 0xae), Amount: 10_000}}, 0, 0, bitcoin.ErrNonStandardScript},
		{"future witness version", []wallet.Burn{{TransferID: chains.TransferID{1}, PkScript: append([]byte{0x52, 0x20}, make([]byte, 32)...), Amount: 10_000}}, 0, 0, bitcoin.ErrNonStandardScript},
		{"duplicate burn", []wallet.Burn{burn(1, 1000), burn(1, 1000)}, 0, 0, wallet.ErrDuplicate},
		{"nothing", nil, 0, 0, wallet.ErrNothingToDo},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := w.BuildPayout(us, tc.burns)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tx := p.UnsignedTx
			if len(tx.TxIn) != tc.wantIns {
				t.Fatalf("%d inputs", len(tx.TxIn))
			}
			var change int64
			if len(tx.TxOut) > len(tc.burns) {
				change = tx.TxOut[len(tx.TxOut)-1].Value
			}
			if change != tc.wantChange {
				t.Fatalf("change %d", change)
			}
			// Deterministic: same inputs in another order give the same transaction.
			rev := append([]wallet.UTXO(nil), us...)
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			p2, err := w.BuildPayout(rev, tc.burns)
			if err != nil || p2.UnsignedTx.TxHash() != tx.TxHash() {
				t.Fatalf("not deterministic: %v", err)
			}
			for _, in := range tx.TxIn {
				if in.Sequence != bitcoin.SequenceRBF {
					t.Fatal("RBF not signalled")
				}
			}
		})
	}
}

func TestBuildSweepErrors(t *testing.T) {
	w := newWallet(t)
	p := bitcoin.Payload{DstChain: 1, Locktime: 100}
	p.Recipient[0] = 1
	copy(p.RefundKey[:], bitcointest.Key("r").PubKey().SerializeCompressed()[1:])
	d := wallet.Deposit{OutPoint: wire.OutPoint{Index: 1}, Amount: 100_000, Payload: p, Epoch: 7}
	for _, tc := range []struct {
		name string
		ds   []wallet.Deposit
		want error
	}{
		{"none", nil, wallet.ErrNothingToDo},
		{"duplicate", []wallet.Deposit{d, d}, wallet.ErrDuplicate},
		{"unknown epoch", []wallet.Deposit{{OutPoint: d.OutPoint, Amount: d.Amount, Payload: p, Epoch: 8}}, wallet.ErrUnknownEpoch},
		{"dust", []wallet.Deposit{{OutPoint: d.OutPoint, Amount: 500, Payload: p, Epoch: 7}}, wallet.ErrBelowDust},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := w.BuildSweep(tc.ds); !errors.Is(err, tc.want) {
				t.Fatalf("got %v want %v", err, tc.want)
			}
		})
	}
}

func TestNewValidates(t *testing.T) {
	fed, _ := bitcointest.Federation(1, 2, bitcointest.Keys("x", 3), "x")
	for _, tc := range []struct {
		name string
		cfg  wallet.Config
	}{
		{"no fee floor", wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{MaxRate: 5}}},
		{"max below min", wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: wallet.FeePolicy{MinRate: 5, MaxRate: 2}}},
		{"current missing", wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 2, Fees: wallet.FeePolicy{MinRate: 1, MaxRate: 2}}},
		{"epoch twice", wallet.Config{Federations: []bitcoin.Federation{fed, fed}, Current: 1, Fees: wallet.FeePolicy{MinRate: 1, MaxRate: 2}}},
		{"no recovery", wallet.Config{Federations: []bitcoin.Federation{{Epoch: 1, Signers: fed.Signers, RecoveryDelay: 1}}, Current: 1, Fees: wallet.FeePolicy{MinRate: 1, MaxRate: 2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := wallet.New(tc.cfg); !errors.Is(err, wallet.ErrConfig) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestSweepSchedule(t *testing.T) {
	mk := func(i uint32, lock uint32) wallet.Deposit {
		return wallet.Deposit{OutPoint: wire.OutPoint{Index: i}, Payload: bitcoin.Payload{Locktime: lock}}
	}
	ds := []wallet.Deposit{mk(0, 900), mk(1, 500), mk(2, 700), mk(3, 500)}
	got := wallet.SweepBatch(ds, 3)
	if len(got) != 3 || got[0].OutPoint.Index != 1 || got[1].OutPoint.Index != 3 || got[2].OutPoint.Index != 2 {
		t.Fatalf("batch %+v", got)
	}
	if wallet.SweepUrgent(ds, 300, 100) || !wallet.SweepUrgent(ds, 400, 100) {
		t.Fatal("urgency")
	}
}

// TestBuildMainPayout: the main is always spent and the change, the next
// main, always made and at least dust; other UTXOs only as needed.
func TestBuildMainPayout(t *testing.T) {
	w := newWallet(t)
	main := utxo(1, 10_000)
	others := []wallet.UTXO{utxo(2, 80_000), utxo(3, 50_000)}
	for _, tc := range []struct {
		name       string
		burns      []wallet.Burn
		wantIns    int
		wantChange int64
		wantErr    error
	}{
		{"main alone", []wallet.Burn{burn(1, 5_000)}, 1, 5_000, nil},
		{"exact takes another coin: change is never zero", []wallet.Burn{burn(1, 10_000)}, 2, 80_000, nil},
		{"change below dust takes another coin", []wallet.Burn{burn(1, 9_900)}, 2, 80_100, nil},
		{"main and the largest", []wallet.Burn{burn(1, 60_000)}, 2, 30_000, nil},
		{"all", []wallet.Burn{burn(1, 100_000)}, 3, 40_000, nil},
		{"insufficient", []wallet.Burn{burn(1, 140_000)}, 0, 0, wallet.ErrInsufficientFunds},
		{"main listed twice", nil, 0, 0, wallet.ErrDuplicate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			us, bs := others, tc.burns
			if bs == nil {
				us, bs = append([]wallet.UTXO{main}, others...), []wallet.Burn{burn(1, 5_000)}
			}
			p, err := w.BuildMainPayout(main, us, bs)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tx := p.UnsignedTx
			spendsMain := false
			for _, in := range tx.TxIn {
				spendsMain = spendsMain || in.PreviousOutPoint == main.OutPoint
			}
			if !spendsMain || len(tx.TxIn) != tc.wantIns {
				t.Fatalf("%d inputs (main spent: %v), want %d with the main", len(tx.TxIn), spendsMain, tc.wantIns)
			}
			if len(tx.TxOut) != len(bs)+1 || tx.TxOut[len(tx.TxOut)-1].Value != tc.wantChange {
				t.Fatalf("outputs %d, last %d; want change %d", len(tx.TxOut), tx.TxOut[len(tx.TxOut)-1].Value, tc.wantChange)
			}
		})
	}
}

// TestBuildPayoutDustError: a payout whose outputs would be dust after
// their fee share fails with a *DustError naming exactly those burns, and
// builds without them.
func TestBuildPayoutDustError(t *testing.T) {
	w := newWallet(t)
	us := []wallet.UTXO{utxo(1, 100_000)}
	burns := []wallet.Burn{burn(1, 10_000), burn(2, 400), burn(3, 20_000), burn(4, 100)}
	_, err := w.BuildPayout(us, burns)
	var de *wallet.DustError
	if !errors.As(err, &de) || !errors.Is(err, wallet.ErrBelowDust) {
		t.Fatalf("got %v, want a *DustError wrapping ErrBelowDust", err)
	}
	got := map[chains.TransferID]wallet.DustBurn{}
	for _, b := range de.Burns {
		got[b.TransferID] = b
	}
	if len(got) != 2 {
		t.Fatalf("dust burns %+v, want burns 2 and 4", de.Burns)
	}
	for _, tc := range []struct {
		b       wallet.Burn
		payable bool
	}{{burns[1], true}, {burns[3], false}} {
		d, ok := got[tc.b.TransferID]
		if !ok || d.Amount != tc.b.Amount || d.Limit != bitcoin.DustLimit(tc.b.PkScript) || d.Amount-d.FeeShare >= d.Limit || d.Payable() != tc.payable {
			t.Errorf("burn of %d sat: %+v (named %v), want named, below its dust limit, payable %v", tc.b.Amount, d, ok, tc.payable)
		}
	}
	if _, err := w.BuildPayout(us, []wallet.Burn{burns[0], burns[2]}); err != nil {
		t.Fatalf("payout without the dust burns: %v", err)
	}
}
