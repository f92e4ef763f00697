//go:build integration

package e2e

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"io"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/keys"
)

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// TestERC20RoundTrip: TST locked on A is minted on B; part of it is burned
// on B and minted on C (re-transfer), the rest burned on B, and the part
// on C burned too, both unlocked on A — each exactly once, by three relayd
// processes (2-of-3): A → B → C → A.
func TestERC20RoundTrip(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	user, bob, carol := f.d.FaucetKey(0), f.d.FaucetKey(1), addrOf(f.d.FaucetKey(2))
	tstA, wB := f.token("TST", chainA), f.token("TST", chainB)
	_, bridgeA := f.bridge(chainA)
	custody0 := f.balance(tstA, bridgeA)
	amount := e18(5)

	// LOCK on A → MINT on B.
	start := time.Now()
	lockID := f.lockTST(ctx, user, amount, chainB, addrOf(bob))
	mint, err := f.waitExecuted(chainB, lockID, false, 90*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("lock on A → minted on B in %s (approve + lock sent → Minted seen; %d confirmations, a block every %s)", time.Since(start).Round(100*time.Millisecond), confirmations, blockTime)
	if got := f.balance(wB, addrOf(bob)); got.Cmp(amount) != 0 {
		t.Fatalf("wrapped TST of bob on B = %s, want %s", got, amount)
	}
	if got := new(big.Int).Sub(f.balance(tstA, bridgeA), custody0); got.Cmp(amount) != 0 {
		t.Fatalf("custody on A grew by %s, want %s", got, amount)
	}
	f.replayHasNoEffect(ctx, chainB, mint.TxHash, user)

	// Re-transfer: BURN 2 on B → MINT on C (custody on A does not move).
	wC := f.token("TST", chainC)
	part := e18(2)
	start = time.Now()
	reID := f.burn(ctx, bob, chainB, wB.addr, part, chainC, addrOf(bob))
	if _, err := f.waitExecuted(chainC, reID, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	t.Logf("burn on B → minted on C in %s", time.Since(start).Round(100*time.Millisecond))
	if got := f.balance(wC, addrOf(bob)); got.Cmp(part) != 0 {
		t.Fatalf("wrapped TST of bob on C = %s, want %s", got, part)
	}
	if got := new(big.Int).Sub(f.balance(tstA, bridgeA), custody0); got.Cmp(amount) != 0 {
		t.Fatalf("custody on A moved on a re-transfer: +%s, want +%s", got, amount)
	}

	// BURN the rest on B and on C → UNLOCK both on A.
	rest := new(big.Int).Sub(amount, part)
	start = time.Now()
	burnB := f.burn(ctx, bob, chainB, wB.addr, rest, chainA, carol)
	burnC := f.burn(ctx, bob, chainC, wC.addr, part, chainA, carol)
	unlock, err := f.waitExecuted(chainA, burnB, true, 90*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.waitExecuted(chainA, burnC, true, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	t.Logf("burns on B and C → both unlocked on A in %s", time.Since(start).Round(100*time.Millisecond))
	if got := f.balance(tstA, carol); got.Cmp(amount) != 0 {
		t.Fatalf("TST of carol on A = %s, want %s", got, amount)
	}
	for _, w := range []token{wB, wC} {
		if got := f.balance(w, addrOf(bob)); got.Sign() != 0 {
			t.Fatalf("wrapped TST of bob after burning = %s, want 0", got)
		}
	}
	f.replayHasNoEffect(ctx, chainA, unlock.TxHash, user)

	// Exactly once, after the relays had time to try again: one execution
	// per transfer on its destination and none elsewhere, custody back where
	// it was, wrapped supply zero on B and C.
	if err := f.d.MineEVM(ctx, 0, 5); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Second)
	for _, tc := range []struct {
		id     chains.TransferID
		dst    chains.ChainID
		minted bool
	}{{lockID, chainB, true}, {reID, chainC, true}, {burnB, chainA, false}, {burnC, chainA, false}} {
		for _, c := range []chains.ChainID{chainA, chainB, chainC} {
			m, u := f.executions(c, tc.id)
			wantM, wantU := 0, 0
			if c == tc.dst && tc.minted {
				wantM = 1
			} else if c == tc.dst {
				wantU = 1
			}
			if len(m) != wantM || len(u) != wantU {
				t.Fatalf("transfer %s on chain %d: %d Minted, %d Unlocked; want %d, %d", tc.id, c, len(m), len(u), wantM, wantU)
			}
		}
	}
	if got := f.balance(tstA, bridgeA); got.Cmp(custody0) != 0 {
		t.Fatalf("custody on A = %s, want %s", got, custody0)
	}
	for _, w := range []token{wB, wC} {
		if s, err := w.erc.TotalSupply(&bind.CallOpts{}); err != nil || s.Sign() != 0 {
			t.Fatalf("wrapped TST supply = %v (%v), want 0", s, err)
		}
	}
}

// replayHasNoEffect sends the executing transaction's calldata again, with
// the same t operator signatures, from another account: the bridge reverts
// with AlreadyProcessed and no Minted/Unlocked event is added.
func (f *federation) replayHasNoEffect(ctx context.Context, chain chains.ChainID, txHash common.Hash, from *ecdsa.PrivateKey) {
	f.t.Helper()
	c := f.clients[chain]
	tx, _, err := c.TransactionByHash(ctx, txHash)
	if err != nil {
		f.t.Fatal(err)
	}
	msg := ethereum.CallMsg{From: addrOf(from), To: tx.To(), Data: tx.Data()}
	_, err = c.CallContract(ctx, msg, nil)
	if re, ok := deploy.DecodeRevert(err); !ok || re.Name != "AlreadyProcessed" {
		f.t.Fatalf("replayed %s: err = %v, want revert AlreadyProcessed", txHash, err)
	}
	nonce, err := c.PendingNonceAt(ctx, addrOf(from))
	if err != nil {
		f.t.Fatal(err)
	}
	fee, err := c.SuggestGasPrice(ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	signed, err := types.SignNewTx(from, types.LatestSignerForChainID(tx.ChainId()), &types.DynamicFeeTx{
		ChainID: tx.ChainId(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Mul(fee, big.NewInt(2)),
		Gas: 1_000_000, To: tx.To(), Data: tx.Data(),
	})
	if err != nil {
		f.t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, signed); err != nil {
		f.t.Fatal(err)
	}
	rc, err := bind.WaitMined(ctx, c, signed)
	if err != nil {
		f.t.Fatal(err)
	}
	if rc.Status != types.ReceiptStatusFailed || len(rc.Logs) != 0 {
		f.t.Fatalf("replayed %s: status %d with %d logs, want a revert without logs", txHash, rc.Status, len(rc.Logs))
	}
}

// TestOperatorFaults runs one federation through the failures a 2-of-3
// federation must survive or stop at: the leader killed, a non-leader
// killed, two operators down (nothing minted) and one restarted (the
// backlog completes), and forged events on the bus (never minted).
func TestOperatorFaults(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	wB := f.token("TST", chainB)
	minted := new(big.Int)
	var firstID chains.TransferID
	transfer := func(what string, within time.Duration) *operator {
		t.Helper()
		start := time.Now()
		id := f.lockTST(ctx, user, e18(1), chainB, bob)
		l, err := f.waitExecuted(chainB, id, false, within)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		minted.Add(minted, e18(1))
		if got := f.balance(wB, bob); got.Cmp(minted) != 0 {
			t.Fatalf("%s: bob holds %s wrapped TST on B, want %s", what, got, minted)
		}
		if firstID == (chains.TransferID{}) {
			firstID = id
		}
		sub := f.submitter(chainB, l)
		t.Logf("%s: minted by op%d in %s", what, sub.Index, time.Since(start).Round(100*time.Millisecond))
		return sub
	}

	leader := transfer("all up", 90*time.Second)

	// The leader of chain B dies without releasing its lease.
	f.kill(leader)
	next := transfer("leader killed", 90*time.Second)
	if next == leader {
		t.Fatalf("minted by op%d, which is down", leader.Index)
	}

	// The old leader comes back; a non-leader dies.
	f.start(leader)
	var victim *operator
	for _, op := range f.ops {
		if op != next && op != leader {
			victim = op
		}
	}
	f.kill(victim)
	transfer("non-leader killed", 90*time.Second)

	// Two down: only one operator left, below the threshold.
	f.kill(next)
	id := f.lockTST(ctx, user, e18(1), chainB, bob)
	if _, err := f.waitExecuted(chainB, id, false, 20*time.Second); err == nil {
		t.Fatalf("transfer %s minted with one operator of three up", id)
	}
	if got := f.balance(wB, bob); got.Cmp(minted) != 0 {
		t.Fatalf("two down: bob holds %s, want %s", got, minted)
	}
	// One comes back: the backlog completes.
	start := time.Now()
	f.start(victim)
	if _, err := f.waitExecuted(chainB, id, false, 120*time.Second); err != nil {
		t.Fatalf("backlog after restart: %v", err)
	}
	t.Logf("backlog minted %s after op%d was restarted", time.Since(start).Round(100*time.Millisecond), victim.Index)
	minted.Add(minted, e18(1))
	f.start(next)

	// Forged events. A lock that never happened, published as final by a
	// key outside the federation and by an operator's key; and an inflated
	// copy of a real lock signed by an operator's key.
	_, bridgeA := f.bridge(chainA)
	tst, err := f.dep.Asset("TST")
	if err != nil {
		t.Fatal(err)
	}
	forger, _ := crypto.GenerateKey()
	mallory := addrOf(forger)
	fake := func(nonce uint64) chains.Event {
		var tx [32]byte
		_, _ = rand.Read(tx[:])
		return chains.Event{Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chainA, TxHash: tx, Index: 0}, BlockNum: 1,
			TransferID: chains.EVMTransferID(chainA, bridgeA, nonce), AssetID: tst.ID, Amount: e18(1000), Sender: mallory.Bytes(),
			DstChain: chainB, Recipient: mallory.Bytes(), Nonce: nonce, Finality: chains.Finality{Confirmations: 100, Final: true}}
	}
	outsider := f.publisher(ctx, forger)
	insider := f.publisher(ctx, f.ops[2].Key)
	forged := []chains.Event{fake(1_000_000), fake(1_000_001)}
	f.publish(ctx, outsider, forged[0])
	f.publish(ctx, insider, forged[1])

	realID := f.lockTST(ctx, user, e18(1), chainB, bob)
	// Inflated copies, to Mallory, signed by an operator: of the lock above
	// (in flight) and of the first transfer, long executed — every relay
	// was restarted since, so no signer remembers signing it and each must
	// compare it with its own node.
	for _, id := range []chains.TransferID{realID, firstID} {
		inflated := f.lockedEvent(ctx, id)
		inflated.Amount, inflated.Recipient = e18(1000), mallory.Bytes()
		inflated.Finality = chains.Finality{Confirmations: 100, Final: true}
		f.publish(ctx, insider, inflated)
	}

	if _, err := f.waitExecuted(chainB, realID, false, 90*time.Second); err != nil {
		t.Fatalf("real transfer next to forged ones: %v", err)
	}
	minted.Add(minted, e18(1))
	time.Sleep(10 * time.Second) // give the forged events every chance
	for _, ev := range forged {
		if m, _ := f.executions(chainB, ev.TransferID); len(m) != 0 {
			t.Fatalf("forged transfer %s minted", ev.TransferID)
		}
	}
	if got := f.balance(wB, mallory); got.Sign() != 0 {
		t.Fatalf("mallory holds %s wrapped TST", got)
	}
	if got := f.balance(wB, bob); got.Cmp(minted) != 0 {
		t.Fatalf("bob holds %s wrapped TST, want %s", got, minted)
	}
	for _, id := range []chains.TransferID{realID, firstID} {
		if m, _ := f.executions(chainB, id); len(m) != 1 {
			t.Fatalf("transfer %s minted %d times", id, len(m))
		}
	}
	// Every relay saw the outsider's envelope and dropped it; its signer
	// declined the insider's lock, which its own node does not know, and
	// refused the inflated copy of the first transfer.
	for _, op := range f.ops {
		if n := f.metric(op, "kakehashi_bus_dropped_total", `reason="unknown_sender"`); n < 1 {
			t.Errorf("op%d dropped %v envelopes from unknown senders, want ≥ 1", op.Index, n)
		}
		if !f.logHas(op, `"transfer":"`+forged[1].TransferID.String()+`"`, "not signing yet", "event not found on this operator's node") {
			t.Errorf("op%d: no log of its signer declining the insider's forged lock %s as not found on its node", op.Index, forged[1].TransferID)
		}
		if !f.logHas(op, `"transfer":"`+firstID.String()+`"`, `"reason":"mismatch"`, "refused to sign") {
			t.Errorf("op%d: no log of its signer refusing the inflated copy of %s as a mismatch with its node", op.Index, firstID)
		}
	}
}

// logHas reports whether one line of op's log contains every part.
func (f *federation) logHas(op *operator, parts ...string) bool {
	f.t.Helper()
	b, err := os.ReadFile(op.LogPath)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return true
		}
	}
	return false
}

// metric sums the samples of a Prometheus counter on op's /metrics whose
// labels contain label.
func (f *federation) metric(op *operator, name, label string) float64 {
	f.t.Helper()
	resp, err := http.Get(op.URL() + "/metrics")
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	var sum float64
	for _, line := range strings.Split(string(body), "\n") {
		if !strings.HasPrefix(line, name+"{") && !(label == "" && strings.HasPrefix(line, name+" ")) || !strings.Contains(line, label) {
			continue
		}
		fields := strings.Fields(line)
		v, err := strconv.ParseFloat(fields[len(fields)-1], 64)
		if err != nil {
			f.t.Fatalf("metric line %q: %v", line, err)
		}
		sum += v
	}
	return sum
}

// publisher connects to the devnet's bus with key (any key: the relays
// decide whom to believe). The test holds the federation's account key and
// gives the key a user of its own.
func (f *federation) publisher(ctx context.Context, key *ecdsa.PrivateKey) *bus.Bus {
	f.t.Helper()
	k := keys.FromECDSA(key)
	cfg, err := f.d.NATS.BusConfig(k.Address(), []common.Address{k.Address()}, nil, "e2e-forger")
	if err != nil {
		f.t.Fatal(err)
	}
	b, err := bus.New(ctx, cfg, k)
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(b.Close)
	return b
}

func (f *federation) publish(ctx context.Context, b *bus.Bus, ev chains.Event) {
	f.t.Helper()
	payload, err := relay.EncodeEvent(ev)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := b.Publish(ctx, relay.EventSubject(ev.Ref.Chain, ev.Kind), relay.EventID(ev, common.Address{0xf0}), payload); err != nil {
		f.t.Fatal(err)
	}
}

// lockedEvent reads the Locked event of transfer id on A as a watcher
// would report it.
func (f *federation) lockedEvent(ctx context.Context, id chains.TransferID) chains.Event {
	f.t.Helper()
	br, _ := f.bridge(chainA)
	it, err := br.FilterLocked(&bind.FilterOpts{Context: ctx}, [][32]byte{id}, nil, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if !it.Next() {
		f.t.Fatalf("no Locked event for %s", id)
	}
	e := it.Event
	return chains.Event{Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chainA, TxHash: e.Raw.TxHash, Index: uint32(e.Raw.Index)},
		BlockNum: e.Raw.BlockNumber, BlockHash: e.Raw.BlockHash, TransferID: e.TransferId, AssetID: e.AssetId, Amount: e.Amount,
		Sender: e.Sender.Bytes(), DstChain: chains.ChainID(e.DstChain), Recipient: e.Recipient, Nonce: e.Nonce}
}
