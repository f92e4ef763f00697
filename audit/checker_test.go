package audit

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/chains"
)

// nodeView is a unit-test stand-in for one node's answer (the real-chain
// test is in audit/chaincheck).
type nodeView struct {
	ev  chains.Event
	err error
}

func (n nodeView) Verify(context.Context, chains.EventRef) (chains.Event, error) { return n.ev, n.err }

func TestEventChecker(t *testing.T) {
	rec := lockRec(tid(1), erc20ID, chains.DevnetA, 10, 100, chains.DevnetB)
	good := chains.Event{
		Kind: chains.KindLocked, Ref: rec.Ref.EventRef, BlockNum: 10, BlockHash: rec.Ref.BlockHash, TransferID: tid(1), AssetID: erc20ID,
		Amount: big.NewInt(100), Sender: alice, DstChain: chains.DevnetB, Recipient: bob, Nonce: 10,
		Finality: chains.Finality{Confirmations: 20, Final: true},
	}
	cases := []struct {
		name  string
		edit  func(e *chains.Event)
		err   error
		field string
	}{
		{"matches", nil, nil, ""},
		{"node does not know it", func(e *chains.Event) {}, ErrChainCheck, ""},
		{"other kind", func(e *chains.Event) { e.Kind = chains.KindBurned }, ErrChainCheck, "kind"},
		{"not final", func(e *chains.Event) { e.Final = false }, ErrChainCheck, "finality"},
		{"other block", func(e *chains.Event) { e.BlockNum = 11 }, ErrChainCheck, "block number"},
		{"other block hash", func(e *chains.Event) { e.BlockHash[0] ^= 1 }, ErrChainCheck, "block hash"},
		{"other amount", func(e *chains.Event) { e.Amount = big.NewInt(101) }, ErrChainCheck, "amount"},
		{"other recipient", func(e *chains.Event) { e.Recipient = alice }, ErrChainCheck, "recipient"},
		{"other sender", func(e *chains.Event) { e.Sender = bob }, ErrChainCheck, "sender"},
		{"other destination", func(e *chains.Event) { e.DstChain = chains.DevnetC }, ErrChainCheck, "destination chain"},
		{"other transfer id", func(e *chains.Event) { e.TransferID = tid(2) }, ErrChainCheck, "transfer id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := nodeView{ev: good}
			if tc.edit != nil {
				tc.edit(&n.ev)
			}
			if tc.name == "node does not know it" {
				n.err = errors.New("transaction not found")
			}
			err := EventChecker{Reader: n}.CheckRecord(context.Background(), rec)
			if tc.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var me *MismatchError
			if !errors.Is(err, tc.err) || (tc.field != "" && (!errors.As(err, &me) || me.Field != tc.field)) {
				t.Fatalf("got %v, want %v on %q", err, tc.err, tc.field)
			}
		})
	}
	t.Run("unlock compares amount minus fee", func(t *testing.T) {
		u := destRec(KindUnlock, tid(5), btcID, chains.BitcoinRegtest, 142, 2000, alice)
		u.Fee = amt(150)
		ev := chains.Event{Kind: chains.KindUnlocked, Ref: u.Ref.EventRef, BlockNum: 142, TransferID: tid(5), AssetID: btcID, Amount: big.NewInt(1850), Recipient: alice, Finality: chains.Finality{Final: true}}
		if err := (EventChecker{Reader: nodeView{ev: ev}}).CheckRecord(context.Background(), u); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("lock fee", func(t *testing.T) {
		lock := btcLock(5000, 126)
		dep := chains.Event{Kind: chains.KindLocked, Ref: lock.Ref.EventRef, BlockNum: 100, BlockHash: lock.Ref.BlockHash, TransferID: tid(7), AssetID: btcID,
			Amount: big.NewInt(5000), DstChain: chains.DevnetA, Recipient: bob, Finality: chains.Finality{Final: true}}
		for _, tc := range []struct {
			name     string
			lockFees bool
			gross    uint64 // the record's amount
			fee      uint64
			field    string // "" = matches
		}{
			{"gross amount and fee on a chain with deposit fees", true, 5000, 126, ""},
			{"the whole amount as fee", true, 5000, 5000, ""},
			{"no fee", false, 5000, 0, ""},
			{"fee above the amount", true, 5000, 5001, "fee"},
			{"net amount recorded instead of the gross", true, 4874, 126, "amount"},
			{"fee on a chain without deposit fees (EVM)", false, 5000, 126, "fee"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := btcLock(tc.gross, tc.fee)
				err := (EventChecker{Reader: nodeView{ev: dep}, LockFees: tc.lockFees}).CheckRecord(context.Background(), r)
				var me *MismatchError
				if tc.field == "" && err != nil || tc.field != "" && (!errors.As(err, &me) || me.Field != tc.field) {
					t.Fatalf("got %v, want mismatch %q", err, tc.field)
				}
			})
		}
	})
	t.Run("other kinds need Other", func(t *testing.T) {
		sweep := &Record{Kind: KindSweep}
		if err := (EventChecker{}).CheckRecord(context.Background(), sweep); !errors.Is(err, ErrChainCheck) || !strings.Contains(err.Error(), "no checker for SWEEP") {
			t.Fatalf("got %v", err)
		}
		if err := (EventChecker{Other: acceptAll{}}).CheckRecord(context.Background(), sweep); err != nil {
			t.Fatal(err)
		}
	})
}
