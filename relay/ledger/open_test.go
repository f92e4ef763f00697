package ledger

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

// OpenTransfers lists the LOCKs without an execution, known for longer
// than asked — across a restart too (counted from the start), and not an
// execution seen before its source.
func TestOpenTransfers(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	k := keys.FromECDSA(priv)
	path := filepath.Join(t.TempDir(), "audit.db")
	now := time.Unix(1_800_000_000, 0)
	clock := func() time.Time { return now }
	a, err := New(ctx, Config{Path: path, Key: k, Deployment: ledgertest.Deployment(), Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	l1, l2, l3 := ledgertest.Lock(1, 100), ledgertest.Lock(2, 200), ledgertest.Lock(3, 300)
	for _, ev := range []chains.Event{l1, l2, ledgertest.Minted(l1), ledgertest.Minted(l3)} {
		if err := a.Record(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(os []relay.OpenTransfer) []chains.TransferID {
		var out []chains.TransferID
		for _, o := range os {
			out = append(out, o.ID)
		}
		return out
	}
	if got := a.OpenTransfers(now); len(got) != 0 {
		t.Fatalf("open before any time passed: %v", ids(got))
	}
	now = now.Add(time.Minute)
	got := a.OpenTransfers(now)
	if len(got) != 1 || got[0].ID != l2.TransferID || got[0].Kind != chains.KindLocked || got[0].Source != l2.Ref {
		t.Fatalf("open = %+v, want l2's lock only (l1 minted, l3's mint held before its source)", got)
	}
	if err := a.Record(ctx, l3); err != nil { // the held mint applies with it
		t.Fatal(err)
	}
	if got := a.OpenTransfers(now.Add(time.Hour)); len(got) != 1 {
		t.Fatalf("open after l3 and its held mint = %v", ids(got))
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Hour)
	b, err := New(ctx, Config{Path: path, Key: k, Deployment: ledgertest.Deployment(), Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if got := b.OpenTransfers(now); len(got) != 0 {
		t.Fatalf("open right after a restart = %v: counted from the start", ids(got))
	}
	if got := b.OpenTransfers(now.Add(time.Second)); len(got) != 1 || got[0].ID != l2.TransferID {
		t.Fatalf("open after a restart = %v, want l2", ids(got))
	}
	if err := b.Record(ctx, ledgertest.Minted(l2)); err != nil {
		t.Fatal(err)
	}
	if got := b.OpenTransfers(now.Add(time.Hour)); len(got) != 0 {
		t.Fatalf("open after l2's mint = %v", ids(got))
	}
}

// OpenBurns and ExecutionAt answer from memory what a scan of the ledger
// would: the open burns matching chain, recipient and amount; the
// execution recorded at an event.
func TestOpenBurnsAndExecutionAt(t *testing.T) {
	ctx := context.Background()
	priv, _ := crypto.GenerateKey()
	a := newTestAccountant(t, filepath.Join(t.TempDir(), "audit.db"), keys.FromECDSA(priv))
	l := ledgertest.Lock(1, 100)
	minted := ledgertest.Minted(l)
	burn := func(n byte, amount int64) chains.Event {
		return chains.Event{Kind: chains.KindBurned, Ref: chains.EventRef{Chain: chains.DevnetB, TxHash: [32]byte{0xbb, n}}, BlockNum: 20 + uint64(n),
			TransferID: chains.EVMTransferID(chains.DevnetB, ledgertest.BridgeA, uint64(n)), AssetID: ledgertest.AssetID, Amount: big.NewInt(amount),
			Sender: ledgertest.Alice.Bytes(), DstChain: chains.DevnetA, Recipient: ledgertest.Alice.Bytes(), Nonce: uint64(n),
			Finality: chains.Finality{Confirmations: 3, Final: true}}
	}
	b1, b2, b3 := burn(1, 30), burn(2, 30), burn(3, 40)
	for _, ev := range []chains.Event{l, minted, b1, b2, b3} {
		if err := a.Record(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	got, err := a.OpenBurns(ctx, chains.DevnetA, ledgertest.Alice.Bytes(), big.NewInt(30))
	if err != nil || len(got) != 2 || !(got[0] == b1.TransferID && got[1] == b2.TransferID || got[0] == b2.TransferID && got[1] == b1.TransferID) {
		t.Fatalf("OpenBurns(30) = %v, %v; want b1 and b2", got, err)
	}
	if got, _ := a.OpenBurns(ctx, chains.DevnetB, ledgertest.Alice.Bytes(), big.NewInt(30)); len(got) != 0 {
		t.Fatalf("OpenBurns to B = %v, want none", got)
	}
	if id, ok, err := a.ExecutionAt(ctx, minted.Ref); err != nil || !ok || id != l.TransferID {
		t.Fatalf("ExecutionAt(mint) = %s, %v, %v; want the lock's transfer", id, ok, err)
	}
	if _, ok, _ := a.ExecutionAt(ctx, b1.Ref); ok {
		t.Fatal("ExecutionAt(a burn) found an execution")
	}
	if id, ok, _ := a.OpenBurn(ctx, chains.DevnetA, ledgertest.Alice.Bytes(), big.NewInt(40)); !ok || id != b3.TransferID {
		t.Fatalf("OpenBurn(40) = %s, %v; want b3", id, ok)
	}
}
