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
