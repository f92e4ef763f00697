package audit

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
)

// baseState has both assets defined and a signer set.
func baseState(t *testing.T) *State {
	t.Helper()
	s := NewState()
	for _, r := range []*Record{signerSetRecord(1, 2, operatorKeys(3)), defineERC20(), defineBTC()} {
		if err := s.Apply(r, 0, nil); err != nil {
			t.Fatal(err)
		}
	}
	s.endBlock()
	return s
}

func TestTransitions(t *testing.T) {
	A, B, C, BTC := chains.DevnetA, chains.DevnetB, chains.DevnetC, chains.BitcoinRegtest
	lockAB := lockRec(tid(1), erc20ID, A, 10, 100, B)
	cases := []struct {
		name    string
		records []*Record
		err     error  // of the last record; nil = all valid
		errText string // substring of the error
		// balances of asset (erc20 unless set) after all records (when err == nil)
		asset                      chains.AssetID
		locked, inFlight, withheld uint64
		out                        map[chains.ChainID]uint64
	}{
		{name: "lock puts value in flight", records: []*Record{lockAB}, locked: 100, inFlight: 100, out: map[chains.ChainID]uint64{B: 0}},
		{name: "lock then mint", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob)}, locked: 100, out: map[chains.ChainID]uint64{B: 100}},
		{
			name: "re-transfer B→C moves outstanding through in flight, home locked unchanged",
			records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob),
				burnRec(tid(2), erc20ID, B, 6, 30, C)},
			locked: 100, inFlight: 30, out: map[chains.ChainID]uint64{B: 70, C: 0},
		},
		{
			name: "re-transfer completed",
			records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob),
				burnRec(tid(2), erc20ID, B, 6, 30, C), destRec(KindMint, tid(2), erc20ID, C, 9, 30, alice)},
			locked: 100, out: map[chains.ChainID]uint64{B: 70, C: 30},
		},
		{
			name: "burn home then unlock releases custody",
			records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob),
				burnRec(tid(2), erc20ID, B, 6, 100, A), destRec(KindUnlock, tid(2), erc20ID, A, 20, 100, alice)},
			locked: 0, out: map[chains.ChainID]uint64{B: 0},
		},
		{name: "refund of a lock never minted", records: []*Record{lockAB, destRec(KindRefund, tid(1), erc20ID, A, 30, 100, alice)}, locked: 0},
		{
			name:    "mint without a final lock is rejected by the invariant",
			records: []*Record{destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob)},
			err:     ErrInvariant, errText: "without a recorded final lock or burn",
		},
		{
			name:    "second mint of the same transfer",
			records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), destRec(KindMint, tid(1), erc20ID, B, 6, 100, bob)},
			err:     ErrInvariant,
		},
		{name: "mint of a different amount", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 101, bob)}, err: ErrInvariant, errText: "differs from the source amount"},
		{name: "mint on the wrong chain", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, C, 5, 100, bob)}, err: ErrTransition, errText: "goes to chain 31338"},
		{name: "mint to another recipient", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, alice)}, err: ErrTransition, errText: "recipient"},
		{name: "mint of a rejected deposit", records: []*Record{func() *Record { r := lockRec(tid(1), btcID, BTC, 1, 5, A); r.Kind = KindLockRejected; return r }(), destRec(KindMint, tid(1), btcID, A, 5, 5, bob)}, err: ErrInvariant, errText: "rejected deposit"},
		{name: "unlock of a lock (not a burn)", records: []*Record{lockAB, destRec(KindUnlock, tid(1), erc20ID, A, 5, 100, bob)}, err: ErrInvariant},
		{name: "refund after mint", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), destRec(KindRefund, tid(1), erc20ID, A, 30, 100, alice)}, err: ErrInvariant},
		{name: "burn beyond outstanding", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), burnRec(tid(2), erc20ID, B, 6, 101, A)}, err: ErrInvariant, errText: "exceeds its outstanding"},
		{name: "lock off the home chain", records: []*Record{lockRec(tid(1), erc20ID, B, 10, 100, C)}, err: ErrTransition, errText: "home chain is 31337"},
		{name: "lock to a chain without wrapped token", records: []*Record{lockRec(tid(1), erc20ID, A, 10, 100, 5)}, err: ErrTransition},
		{name: "lock of an undefined asset", records: []*Record{lockRec(tid(1), chains.AssetID{9}, A, 10, 100, B)}, err: ErrTransition, errText: "not defined"},
		{name: "zero amount", records: []*Record{lockRec(tid(1), erc20ID, A, 10, 0, B)}, err: ErrTransition},
		{name: "duplicate open transfer id", records: []*Record{lockAB, lockRec(tid(1), erc20ID, A, 11, 100, B)}, err: ErrTransition, errText: "already open"},
		{name: "source event repeated (same ref)", records: []*Record{lockAB, lockRec(tid(2), erc20ID, A, 10, 100, B)}, err: ErrTransition, errText: "not after the previous source event"},
		{name: "source event out of block order", records: []*Record{lockAB, lockRec(tid(2), erc20ID, A, 9, 100, B)}, err: ErrTransition},
		{name: "burn to its own chain", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), burnRec(tid(2), erc20ID, B, 6, 1, B)}, err: ErrTransition},
		{
			name:    "refund of a burn mints it again on its chain",
			records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), burnRec(tid(2), erc20ID, B, 6, 30, A), destRec(KindRefund, tid(2), erc20ID, B, 7, 30, bob)},
			locked:  100, out: map[chains.ChainID]uint64{B: 100},
		},
		{
			name:    "refund of a lock releases custody",
			records: []*Record{lockAB, destRec(KindRefund, tid(1), erc20ID, A, 11, 100, alice)},
			out:     map[chains.ChainID]uint64{B: 0},
		},
		{name: "refund of a burn on another chain", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), burnRec(tid(2), erc20ID, B, 6, 1, A), destRec(KindRefund, tid(2), erc20ID, A, 7, 1, bob)}, err: ErrTransition, errText: "refund on chain"},
		{name: "refund of another amount", records: []*Record{lockAB, destRec(KindRefund, tid(1), erc20ID, A, 11, 99, alice)}, err: ErrInvariant},
		{name: "refund after the mint", records: []*Record{lockAB, destRec(KindMint, tid(1), erc20ID, B, 5, 100, bob), destRec(KindRefund, tid(1), erc20ID, A, 11, 100, alice)}, err: ErrInvariant},
		{
			name:    "redefinition may add a chain but not change a token",
			records: []*Record{func() *Record { r := defineERC20(); r.Define.Wrapped[0].Token = wrappedC; return r }()},
			err:     ErrTransition, errText: "drops or changes",
		},
		{
			name:    "asset id must be computed from home chain and asset",
			records: []*Record{func() *Record { r := defineERC20(); r.Define.HomeChain = B; return r }()},
			err:     ErrTransition, errText: "keccak256",
		},
		{name: "signer set epoch must increase by one", records: []*Record{signerSetRecord(3, 2, operatorKeys(3))}, err: ErrTransition, errText: "epoch 3, want 2"},
		{name: "signer set threshold above size", records: []*Record{signerSetRecord(2, 4, operatorKeys(3))}, err: ErrTransition},
		{name: "resume of a scope not paused", records: []*Record{{Kind: KindResume, Scope: Scope{Chain: B}}}, err: ErrTransition},
		{name: "anchor of a future block", records: []*Record{{Kind: KindAnchor, AnchorHeight: 5}}, err: ErrAnchor},

		// A Bitcoin deposit credited net of its deposit fee (LOCK carries
		// gross amount 5000 and fee 126; the mint is 4874).
		{name: "lock with fee puts the gross in flight", asset: btcID, records: []*Record{btcLock(5000, 126)}, locked: 5000, inFlight: 5000, out: map[chains.ChainID]uint64{A: 0}},
		{
			name: "lock with fee then mint of the net", asset: btcID,
			records: []*Record{btcLock(5000, 126), destRec(KindMint, tid(7), btcID, A, 5, 4874, bob)},
			locked:  4874, withheld: 126, out: map[chains.ChainID]uint64{A: 4874},
		},
		{
			name: "lock with fee: mint of the gross is refused by the invariant", asset: btcID,
			records: []*Record{btcLock(5000, 126), destRec(KindMint, tid(7), btcID, A, 5, 5000, bob)},
			err:     ErrInvariant, errText: "lock amount 5000 − deposit fee 126 = 4874",
		},
		{
			name: "lock with fee: mint of one unit less than the net is refused", asset: btcID,
			records: []*Record{btcLock(5000, 126), destRec(KindMint, tid(7), btcID, A, 5, 4873, bob)},
			err:     ErrInvariant,
		},
		{
			name: "refund of a lock with fee returns the gross", asset: btcID,
			records: []*Record{btcLock(5000, 126), destRec(KindRefund, tid(7), btcID, BTC, 150, 5000, alice)},
			locked:  0, out: map[chains.ChainID]uint64{A: 0},
		},
		{
			name: "refund of a lock with fee for the net is refused", asset: btcID,
			records: []*Record{btcLock(5000, 126), destRec(KindRefund, tid(7), btcID, BTC, 150, 4874, alice)},
			err:     ErrInvariant, errText: "source amount 5000",
		},
		{name: "lock fee above the amount", asset: btcID, records: []*Record{btcLock(100, 101)}, err: ErrTransition, errText: "lock fee 101 above amount 100"},
		{name: "lock fee equal to the amount can only be refunded", asset: btcID, records: []*Record{btcLock(126, 126)}, locked: 126, inFlight: 126, out: map[chains.ChainID]uint64{A: 0}},
		{
			name: "lock fee equal to the amount: a mint of nothing is refused", asset: btcID,
			records: []*Record{btcLock(126, 126), destRec(KindMint, tid(7), btcID, A, 5, 0, bob)},
			err:     ErrTransition, errText: "mint of nothing",
		},
		{
			name: "withheld fee stays in custody after the minted deposit's burn and payout", asset: btcID,
			records: []*Record{btcLock(5000, 126), destRec(KindMint, tid(7), btcID, A, 5, 4874, bob),
				burnRec(tid(8), btcID, A, 6, 4874, BTC), func() *Record {
					r := destRec(KindUnlock, tid(8), btcID, BTC, 160, 4874, alice)
					r.Fee = amt(200)
					return r
				}()},
			locked: 0, withheld: 126, out: map[chains.ChainID]uint64{A: 0},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := baseState(t)
			var err error
			for i, r := range tc.records {
				before := s.Hash()
				err = s.Apply(r, 1, nil)
				if err != nil {
					if i != len(tc.records)-1 {
						t.Fatalf("record %d (%s): %v", i, r.Kind, err)
					}
					if s.Hash() != before {
						t.Fatal("failed record changed the state")
					}
					break
				}
				if ierr := s.CheckInvariant(); ierr != nil {
					t.Fatalf("record %d (%s) broke the invariant: %v", i, r.Kind, ierr)
				}
			}
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.errText) {
					t.Fatalf("got %v, want %v containing %q", err, tc.err, tc.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			id := tc.asset
			if id == (chains.AssetID{}) {
				id = erc20ID
			}
			a := s.assets[id]
			if a.locked.Uint64() != tc.locked || a.inFlight.Uint64() != tc.inFlight || a.withheld.Uint64() != tc.withheld {
				t.Fatalf("locked %s in flight %s withheld %s, want %d %d %d", a.locked.Dec(), a.inFlight.Dec(), a.withheld.Dec(), tc.locked, tc.inFlight, tc.withheld)
			}
			for c, v := range tc.out {
				o := a.outstanding[c]
				if o.Uint64() != v {
					t.Fatalf("outstanding on %d is %s, want %d", c, o.Dec(), v)
				}
			}
		})
	}
}

// btcLock is a Bitcoin deposit's LOCK (transfer tid(7), regtest → A) of
// gross amount v with deposit fee fee.
func btcLock(v, fee uint64) *Record {
	r := lockRec(tid(7), btcID, chains.BitcoinRegtest, 100, v, chains.DevnetA)
	r.Sender, r.Nonce, r.Fee = nil, 0, amt(fee)
	return r
}

func TestCheckInvariantDetectsCorruption(t *testing.T) {
	s := baseState(t)
	if err := s.Apply(lockRec(tid(1), erc20ID, chains.DevnetA, 1, 10, chains.DevnetB), 1, nil); err != nil {
		t.Fatal(err)
	}
	s.assets[erc20ID].outstanding[chains.DevnetB] = amt(1) // as a bug or a tampered state would
	if err := s.CheckInvariant(); !errors.Is(err, ErrInvariant) {
		t.Fatalf("got %v", err)
	}
}

func TestAccountant(t *testing.T) {
	cb := newChainBuilder(t, operatorKeys(3), nil)
	keys := cb.keys
	cb.add(signerSetRecord(1, 2, keys), defineERC20(), defineBTC())
	cb.add(lockRec(tid(1), erc20ID, chains.DevnetA, 10, 100, chains.DevnetB),
		lockRec(tid(2), erc20ID, chains.DevnetA, 11, 2_000_000, chains.DevnetC),
		lockRec(tid(3), btcID, chains.BitcoinRegtest, 5, 7, chains.DevnetA),
		btcLock(5000, 126)) // tid(7): a deposit of 5000 sat credited net of a 126 sat fee
	l := cb.ledger
	claim := Claim{Asset: erc20ID, Transfer: tid(1), Chain: chains.DevnetB, Amount: big.NewInt(100), Recipient: bob}

	cases := []struct {
		name string
		c    func(c Claim) Claim
		err  error
	}{
		{"valid mint", func(c Claim) Claim { return c }, nil},
		{"no lock recorded", func(c Claim) Claim { c.Transfer = tid(42); return c }, ErrInvariant},
		{"amount differs", func(c Claim) Claim { c.Amount = big.NewInt(101); return c }, ErrInvariant},
		{"wrong destination chain", func(c Claim) Claim { c.Chain = chains.DevnetC; return c }, ErrTransition},
		{"wrong recipient", func(c Claim) Claim { c.Recipient = alice; return c }, ErrTransition},
		{"zero amount", func(c Claim) Claim { c.Amount = big.NewInt(0); return c }, ErrTransition},
		{"amount over 256 bits", func(c Claim) Claim { c.Amount = new(big.Int).Lsh(big.NewInt(1), 256); return c }, ErrTransition},
		{"Bitcoin deposit: claim of amount − fee", func(c Claim) Claim {
			c.Asset, c.Transfer, c.Chain, c.Amount = btcID, tid(7), chains.DevnetA, big.NewInt(4874)
			return c
		}, nil},
		{"Bitcoin deposit: claim of the gross amount", func(c Claim) Claim {
			c.Asset, c.Transfer, c.Chain, c.Amount = btcID, tid(7), chains.DevnetA, big.NewInt(5000)
			return c
		}, ErrInvariant},
		{"over the per-transfer limit", func(c Claim) Claim {
			c.Transfer, c.Chain, c.Amount = tid(2), chains.DevnetC, big.NewInt(2_000_000)
			return c
		}, ErrLimit},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := l.CheckMint(tc.c(claim))
			if tc.err == nil && err != nil || tc.err != nil && !errors.Is(err, tc.err) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
		})
	}

	t.Run("unlock of a lock is refused", func(t *testing.T) {
		c := claim
		c.Chain = chains.DevnetA
		if err := l.CheckUnlock(c); !errors.Is(err, ErrInvariant) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("paused destination", func(t *testing.T) {
		cb.add(&Record{Kind: KindPause, Scope: Scope{Chain: chains.DevnetB}, By: common.Address{1}})
		if err := l.CheckMint(claim); !errors.Is(err, ErrPaused) {
			t.Fatalf("got %v", err)
		}
		cb.add(&Record{Kind: KindResume, Scope: Scope{Chain: chains.DevnetB}, By: common.Address{1}})
		if err := l.CheckMint(claim); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("after the mint is recorded a second mint is refused", func(t *testing.T) {
		cb.add(destRec(KindMint, tid(1), erc20ID, chains.DevnetB, 50, 100, bob))
		if err := l.CheckMint(claim); !errors.Is(err, ErrInvariant) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("proposer leaves out a mint without lock", func(t *testing.T) {
		b, rej, err := cb.proposer.Propose(t.Context(), []*Record{destRec(KindMint, tid(77), erc20ID, chains.DevnetB, 51, 5, bob)})
		if err != nil || b != nil || len(rej) != 1 || !errors.Is(rej[0].Err, ErrInvariant) {
			t.Fatalf("block %v rejected %v err %v", b, rej, err)
		}
	})
}

// Signers query the accountant while the audit goroutine applies blocks.
func TestAccountantConcurrentWithApply(t *testing.T) {
	cb := newChainBuilder(t, operatorKeys(3), nil)
	cb.add(signerSetRecord(1, 2, cb.keys), defineERC20())
	stop, done := make(chan struct{}), make(chan struct{})
	go func() { // a signer asking before each signature
		defer close(done)
		for {
			select {
			case <-stop:
				return
			default:
				_ = cb.ledger.CheckMint(Claim{Asset: erc20ID, Transfer: tid(3), Chain: chains.DevnetB, Amount: big.NewInt(5), Recipient: bob})
				_ = cb.ledger.Report()
			}
		}
	}()
	for i := uint64(0); i < 30; i++ {
		cb.add(lockRec(tid(i), erc20ID, chains.DevnetA, 10+i, 5, chains.DevnetB))
	}
	close(stop)
	<-done
	if err := cb.ledger.CheckMint(Claim{Asset: erc20ID, Transfer: tid(29), Chain: chains.DevnetB, Amount: big.NewInt(5), Recipient: bob}); err != nil {
		t.Fatal(err)
	}
}
