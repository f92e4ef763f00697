package audit

import (
	"errors"
	"math/big"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
)

func TestFromEvent(t *testing.T) {
	base := chains.Event{
		Ref: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{7}, Index: 2}, BlockNum: 10, BlockHash: [32]byte{8},
		TransferID: tid(1), AssetID: erc20ID, Amount: big.NewInt(100), Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: 4,
		Finality: chains.Finality{Confirmations: 12, Final: true},
	}
	cases := []struct {
		name string
		kind chains.EventKind
		edit func(*chains.Event)
		want Kind
		err  error
	}{
		{"locked", chains.KindLocked, nil, KindLock, nil},
		{"burned", chains.KindBurned, nil, KindBurn, nil},
		{"minted", chains.KindMinted, nil, KindMint, nil},
		{"unlocked", chains.KindUnlocked, nil, KindUnlock, nil},
		{"refund", chains.KindRefund, nil, KindRefund, nil},
		{"rejected deposit", chains.KindDepositRejected, func(e *chains.Event) { e.Reason = "below minimum" }, KindLockRejected, nil},
		{"not final", chains.KindLocked, func(e *chains.Event) { e.Final = false }, 0, ErrEvent},
		{"reorged", chains.KindLocked, func(e *chains.Event) { e.Reorged = true }, 0, ErrEvent},
		{"no amount", chains.KindLocked, func(e *chains.Event) { e.Amount = nil }, 0, ErrEvent},
		{"amount over 256 bits", chains.KindLocked, func(e *chains.Event) { e.Amount = new(big.Int).Lsh(big.NewInt(1), 256) }, 0, ErrEvent},
		{"payout needs the burn amount", chains.KindPayout, nil, 0, ErrEvent},
		{"sweep needs its deposits", chains.KindSweep, nil, 0, ErrEvent},
		{"recipient over the limit", chains.KindLocked, func(e *chains.Event) { e.Recipient = make([]byte, MaxVarBytes+1) }, 0, ErrEncoding},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := base
			ev.Kind = tc.kind
			if tc.edit != nil {
				tc.edit(&ev)
			}
			r, err := FromEvent(ev)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("got %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != tc.want || r.Ref.EventRef != ev.Ref || r.Ref.BlockNum != 10 || r.Amount.Uint64() != 100 || r.TransferID != ev.TransferID {
				t.Fatalf("record %+v", r)
			}
			if tc.want == KindLockRejected && r.Reason != "below minimum" {
				t.Fatalf("reason %q", r.Reason)
			}
		})
	}
}

func TestLockWithFee(t *testing.T) {
	dep := chains.Event{
		Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{7}}, BlockNum: 10, BlockHash: [32]byte{8},
		TransferID: tid(1), AssetID: btcID, Amount: big.NewInt(50_000), DstChain: chains.DevnetA, Recipient: bob,
		Finality: chains.Finality{Confirmations: 6, Final: true},
	}
	cases := []struct {
		name string
		edit func(*chains.Event)
		fee  *big.Int
		want uint64 // the record's fee
		err  error
	}{
		{"gross amount and fee", nil, big.NewInt(252), 252, nil},
		{"nil fee is FromEvent", nil, nil, 0, nil},
		{"fee of the whole amount", nil, big.NewInt(50_000), 50_000, nil},
		{"fee above the amount", nil, big.NewInt(50_001), 0, ErrEvent},
		{"negative fee", nil, big.NewInt(-1), 0, ErrEvent},
		{"fee over 256 bits", nil, new(big.Int).Lsh(big.NewInt(1), 256), 0, ErrEvent},
		{"not a deposit", func(e *chains.Event) { e.Kind = chains.KindRefund }, big.NewInt(252), 0, ErrEvent},
		{"not final", func(e *chains.Event) { e.Final = false }, big.NewInt(252), 0, ErrEvent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := dep
			if tc.edit != nil {
				tc.edit(&ev)
			}
			r, err := LockWithFee(ev, tc.fee)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("got %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != KindLock || r.Amount.Uint64() != 50_000 || r.Fee.Uint64() != tc.want || r.TransferID != ev.TransferID {
				t.Fatalf("record %+v", r)
			}
			raw, err := r.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if back, err := DecodeRecord(raw); err != nil || back.Fee != r.Fee {
				t.Fatalf("round trip: %+v %v", back, err)
			}
		})
	}
}
