package btcroute

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/chains/bitcoin/signer"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
)

func TestDepositBook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.json")
	b, err := OpenDepositBook(path)
	if err != nil {
		t.Fatal(err)
	}
	d1, d2 := depositEvent(1, chains.KindLocked, 50_000), depositEvent(2, chains.KindLocked, 60_000)
	sweep1 := chains.Event{Kind: chains.KindSweep, Ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{9}}, TransferID: d1.TransferID,
		Finality: chains.Finality{Confirmations: 3, Final: true}}
	reorged := func(ev chains.Event) chains.Event { ev.Reorged = true; return ev }
	op := func(ev chains.Event) wire.OutPoint {
		return wire.OutPoint{Hash: chainhash.Hash(reverse32(ev.Ref.TxHash)), Index: ev.Ref.Index}
	}
	for _, tc := range []struct {
		name string
		ev   chains.Event
		want []wire.OutPoint
	}{
		{"first deposit", d1, []wire.OutPoint{op(d1)}},
		{"replayed deposit", d1, []wire.OutPoint{op(d1)}},
		{"second deposit", d2, sorted(op(d1), op(d2))},
		{"first swept", sweep1, []wire.OutPoint{op(d2)}},
		{"sweep reorged out", reorged(sweep1), sorted(op(d1), op(d2))},
		{"swept again", sweep1, []wire.OutPoint{op(d2)}},
		{"second deposit reorged out", reorged(d2), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := b.Apply(tc.ev); err != nil {
				t.Fatal(err)
			}
			if got := b.Unswept(); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("Unswept = %v, want %v", got, tc.want)
			}
			// The book is durable: a reopened copy agrees.
			re, err := OpenDepositBook(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := re.Unswept(); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("reopened Unswept = %v, want %v", got, tc.want)
			}
		})
	}
}

func sorted(a, b wire.OutPoint) []wire.OutPoint {
	if string(a.Hash[:]) > string(b.Hash[:]) {
		return []wire.OutPoint{b, a}
	}
	return []wire.OutPoint{a, b}
}

type fakeDeposits struct{ err error }

func (f fakeDeposits) Deposit(_ context.Context, op wire.OutPoint) (wallet.Deposit, error) {
	return wallet.Deposit{OutPoint: op, Amount: 50_000, Epoch: 1}, f.err
}

type fakeOutputs map[wire.OutPoint]*btcjson.GetTxOutResult

func (f fakeOutputs) GetTxOut(h *chainhash.Hash, i uint32, _ bool) (*btcjson.GetTxOutResult, error) {
	return f[wire.OutPoint{Hash: *h, Index: i}], nil
}

func TestBitcoinView(t *testing.T) {
	ctx := context.Background()
	custody := []byte{0x51, 0x20, 1, 2, 3}
	minted, unminted, spent := wire.OutPoint{Hash: chainhash.Hash{1}}, wire.OutPoint{Hash: chainhash.Hash{2}}, wire.OutPoint{Hash: chainhash.Hash{3}}
	utxo, shallow, foreign := wire.OutPoint{Hash: chainhash.Hash{4}}, wire.OutPoint{Hash: chainhash.Hash{5}}, wire.OutPoint{Hash: chainhash.Hash{6}}
	outs := fakeOutputs{
		minted:   {Value: 0.0005, Confirmations: 5},
		unminted: {Value: 0.0005, Confirmations: 5},
		utxo:     {Value: 1.5, Confirmations: 3, ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", custody)}},
		shallow:  {Value: 1.5, Confirmations: 2, ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: fmt.Sprintf("%x", custody)}},
		foreign:  {Value: 1.5, Confirmations: 9, ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: "0014ab"}},
	}
	isMinted := map[chains.TransferID]bool{
		chains.BitcoinTransferID(chains.BitcoinRegtest, minted.Hash, 0): true,
		chains.BitcoinTransferID(chains.BitcoinRegtest, spent.Hash, 0):  true,
	}
	v := &View{Chain: chains.BitcoinRegtest, Deposits: fakeDeposits{}, Outputs: outs, Custody: map[uint32][]byte{1: custody}, Confirmations: 3,
		Minted: func(id chains.TransferID) bool { return isMinted[id] }}
	for _, tc := range []struct {
		name string
		op   wire.OutPoint
		want error
	}{
		{"minted, unspent", minted, nil},
		{"not minted", unminted, ErrNotMinted},
		{"spent", spent, ErrSpent},
	} {
		t.Run("deposit "+tc.name, func(t *testing.T) {
			d, err := v.Deposit(ctx, tc.op)
			if tc.want == nil && (err != nil || d.OutPoint != tc.op) || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Deposit = %+v, %v; want %v", d, err, tc.want)
			}
		})
	}
	notFinal := errors.New("not final")
	if _, err := (&View{Chain: chains.BitcoinRegtest, Deposits: fakeDeposits{err: notFinal}, Outputs: outs, Minted: func(chains.TransferID) bool { return true }}).Deposit(ctx, minted); !errors.Is(err, notFinal) {
		t.Fatalf("verifier error not passed on: %v", err)
	}
	for _, tc := range []struct {
		name string
		op   wire.OutPoint
		want error
	}{
		{"final custody", utxo, nil},
		{"too shallow", shallow, ErrNotCustody},
		{"not custody", foreign, ErrNotCustody},
		{"spent", spent, ErrSpent},
	} {
		t.Run("custody "+tc.name, func(t *testing.T) {
			u, err := v.CustodyUTXO(ctx, tc.op)
			if tc.want == nil && (err != nil || u.Amount != 150_000_000 || u.Epoch != 1) || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("CustodyUTXO = %+v, %v; want %v", u, err, tc.want)
			}
		})
	}
	if _, err := v.Burn(ctx, chains.TransferID{1}); !errors.Is(err, ErrNoPayouts) {
		t.Fatalf("Burn = %v, want ErrNoPayouts", err)
	}
}

// TestSweepRoundRefuses: the batcher's round proposes nothing without a
// deposit book or with nothing due, and SignBatch refuses a batch of no
// items unless it is a sweep: a payout, taken out of its items, is not
// signed on the sweep path.
func TestSweepRoundRefuses(t *testing.T) {
	ctx := context.Background()
	f := newPayoutFixture(t)
	u := f.utxo(1, 1_000_000)
	b := f.batcher(t, 0, t.TempDir(), nil, u)
	if got, err := b.Round(ctx); err != nil || len(got) != 0 {
		t.Fatalf("Round without a deposit book = %v, %v; want nothing", got, err)
	}
	book, err := OpenDepositBook(filepath.Join(t.TempDir(), "deposits.json"))
	if err != nil {
		t.Fatal(err)
	}
	b.cfg.Deposits = book
	if got, err := b.Round(ctx); err != nil || len(got) != 0 {
		t.Fatalf("Round with no deposit = %v, %v; want nothing", got, err)
	}
	batches, err := b.Propose(ctx, ready(payoutAuth(1, 100_000)))
	if err != nil || len(batches) != 1 {
		t.Fatalf("Propose = %d batches, %v; want 1", len(batches), err)
	}
	signer1 := f.batcher(t, 1, t.TempDir(), nil, u)
	for _, tc := range []struct {
		name  string
		batch relay.Batch
		want  error
	}{
		{"a payout without its items", relay.Batch{Chain: chains.BitcoinRegtest, Data: batches[0].Data}, signer.ErrRefused},
		{"not a PSBT", relay.Batch{Chain: chains.BitcoinRegtest, Data: []byte("sweep")}, ErrBatch},
		{"another chain", relay.Batch{Chain: chains.DevnetA, Data: batches[0].Data}, ErrBatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := signer1.SignBatch(ctx, tc.batch); !errors.Is(err, tc.want) {
				t.Fatalf("SignBatch = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestCheckSweepCovered(t *testing.T) {
	fed, err := bitcointest.Federation(1, 2, bitcointest.Keys("wire-covered", 3), "wire-covered")
	if err != nil {
		t.Fatal(err)
	}
	fee, err := bitcoin.NewDepositFee(fed.Signers, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		fees    wallet.FeePolicy
		wantErr bool
	}{
		{"max rate well below the deposit fee rate", wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 5}, false},
		{"max rate equal to the deposit fee rate", wallet.FeePolicy{Rate: 2, MinRate: 1, MaxRate: 10}, true},
		{"rate above max rate counts", wallet.FeePolicy{Rate: 12, MinRate: 1, MaxRate: 5}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := wallet.New(wallet.Config{Federations: []bitcoin.Federation{fed}, Current: 1, Fees: tc.fees})
			if err != nil {
				t.Fatal(err)
			}
			err = CheckSweepCovered(w, fee)
			if err != nil {
				t.Log(err)
			}
			if tc.wantErr != errors.Is(err, ErrConfig) || !tc.wantErr && err != nil {
				t.Fatalf("CheckSweepCovered = %v, want error %v", err, tc.wantErr)
			}
		})
	}
}
