package evmtest

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// Run runs the conformance suite: every EVM backend the adapter supports
// must pass it. newBackend returns a fresh chain for each test.
func Run(t *testing.T, newBackend func(t *testing.T) Backend) {
	tests := []struct {
		name string
		fn   func(t *testing.T, f *Fixture)
	}{
		{"lock final after N confirmations, once, all fields", testLockFinal},
		{"unconfirmed event reorged out is never emitted", testShallowReorg},
		{"emitted event reorged out raises an alarm", testDeepReorg},
		{"alarm after a restart names the event from the saved checkpoint", testDeepReorgAfterRestart},
		{"restart resumes from cursor without gap or duplicate", testRestart},
		{"verifier accepts a final event and rejects bad references", testVerifier},
		{"submitter mints, treats a repeat as already processed, decodes reverts", testSubmitter},
		{"submitter batches, partial and full already-processed, unlock; watcher sees Minted and Unlocked", testBatchAndUnlock},
		{"submitter concurrent sends use consecutive nonces", testConcurrentSubmit},
		{"submitter gas limit: checked default, estimate when a call at it fails", testGasLimit},
		{"submitter replaces a stuck transaction", testReplace},
		{"submitter sends a contract call that is no transfer (the audit anchor), decodes its reverts", testCall},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, NewFixture(t, newBackend(t)))
		})
	}
}

func (f *Fixture) watcher(t *testing.T, conf uint64, cur evm.Cursor, opts ...evm.WatcherOption) *evm.Watcher {
	t.Helper()
	w, err := evm.NewWatcher(evm.WatcherConfig{
		Chain: f.Chain, Bridge: f.Bridge, Confirmations: conf, StartBlock: f.DeployBlock, PollInterval: 50 * time.Millisecond,
		ReorgWindow: 64,
	}, f.Client, cur, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (f *Fixture) mine(t *testing.T, n int) {
	t.Helper()
	if err := f.B.Mine(context.Background(), n); err != nil {
		t.Fatalf("mine: %v", err)
	}
}

func sync1(t *testing.T, w *evm.Watcher, c *Collector) {
	t.Helper()
	if err := w.Sync(context.Background(), c.Sink); err != nil {
		t.Fatalf("sync: %v", err)
	}
}

func transferEvents(evs []chains.Event) []chains.Event {
	var out []chains.Event
	for _, e := range evs {
		if e.Kind != chains.KindAdmin {
			out = append(out, e)
		}
	}
	return out
}

func testLockFinal(t *testing.T, f *Fixture) {
	const conf = 3
	user, recipient := f.B.Key(1), common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	var c Collector
	w := f.watcher(t, conf, &evm.MemoryCursor{})
	sync1(t, w, &c)
	tx := f.LockNative(t, user, f.Nonce(t, user), 12345, recipient)
	r := f.MineTx(t, tx)
	for i := 1; i < conf; i++ {
		sync1(t, w, &c)
		if n := len(transferEvents(c.Events)); n != 0 {
			t.Fatalf("event emitted with %d of %d confirmations", i, conf)
		}
		if len(transferEvents(w.Pending())) != 1 {
			t.Fatalf("pending tail = %d events, want the lock", len(w.Pending()))
		}
		f.mine(t, 1)
	}
	sync1(t, w, &c)
	sync1(t, w, &c)
	f.mine(t, 2)
	sync1(t, w, &c)
	got := transferEvents(c.Events)
	if len(got) != 1 {
		t.Fatalf("got %d transfer events, want exactly 1: %+v", len(got), got)
	}
	e := got[0]
	lg := r.Logs[len(r.Logs)-1]
	wantID := chains.EVMTransferID(f.Chain, f.Bridge, e.Nonce)
	checks := []struct {
		name string
		ok   bool
	}{
		{"kind", e.Kind == chains.KindLocked},
		{"ref chain", e.Ref.Chain == f.Chain},
		{"ref tx", e.Ref.TxHash == tx.Hash()},
		{"ref index", e.Ref.Index == uint32(lg.Index)},
		{"block", e.BlockNum == r.BlockNumber.Uint64() && e.BlockHash == r.BlockHash},
		{"transfer id", e.TransferID == wantID},
		{"asset", e.AssetID == f.Native},
		{"amount", e.Amount != nil && e.Amount.Int64() == 12345},
		{"sender", common.BytesToAddress(e.Sender) == crypto.PubkeyToAddress(user.PublicKey) && len(e.Sender) == 20},
		{"dst", e.DstChain == PeerChain},
		{"recipient", common.BytesToAddress(e.Recipient) == recipient && len(e.Recipient) == 20},
		{"final", e.Final && !e.Reorged && e.Confirmations == conf},
	}
	for _, ch := range checks {
		if !ch.ok {
			t.Errorf("field %s wrong in %+v", ch.name, e)
		}
	}
}

func testShallowReorg(t *testing.T, f *Fixture) {
	const conf = 4
	user := f.B.Key(1)
	var c Collector
	var observed []chains.Event
	var mu sync.Mutex
	w := f.watcher(t, conf, &evm.MemoryCursor{}, evm.WithObserver(func(e chains.Event) { mu.Lock(); observed = append(observed, e); mu.Unlock() }))
	sync1(t, w, &c)
	tx := f.LockNative(t, user, f.Nonce(t, user), 1, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	r := f.MineTx(t, tx)
	f.mine(t, 1)
	sync1(t, w, &c)
	if len(transferEvents(w.Pending())) != 1 {
		t.Fatalf("lock not in the unconfirmed tail")
	}
	if err := f.B.Reorg(context.Background(), 2); err != nil {
		t.Fatalf("reorg: %v", err)
	}
	sync1(t, w, &c)
	f.mine(t, conf+1)
	sync1(t, w, &c)
	for _, e := range c.Events {
		if e.BlockHash == r.BlockHash {
			t.Fatalf("event from the reorged-out block was emitted: %+v", e)
		}
	}
	if w.Stats().Dropped == 0 {
		t.Fatalf("drop of the unconfirmed lock not noticed: %+v", w.Stats())
	}
	mu.Lock()
	defer mu.Unlock()
	var sawDrop bool
	for _, e := range observed {
		if e.Reorged && e.Ref.TxHash == tx.Hash() && e.BlockHash == r.BlockHash {
			sawDrop = true
		}
	}
	if !sawDrop {
		t.Fatalf("observer not told of the drop: %+v", observed)
	}
}

func testDeepReorg(t *testing.T, f *Fixture) {
	const conf = 2
	user := f.B.Key(1)
	var c Collector
	w := f.watcher(t, conf, &evm.MemoryCursor{})
	tx := f.LockNative(t, user, f.Nonce(t, user), 7, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	r := f.MineTx(t, tx)
	f.mine(t, conf)
	sync1(t, w, &c)
	if n := len(transferEvents(c.Final())); n != 1 {
		t.Fatalf("want the lock emitted before the reorg, got %d", n)
	}
	if err := f.B.Reorg(context.Background(), conf+1); err != nil {
		t.Fatalf("reorg: %v", err)
	}
	sync1(t, w, &c)
	sync1(t, w, &c)
	alarms := transferEvents(c.Alarms())
	if len(alarms) != 1 {
		t.Fatalf("want one alarm, got %d: %+v", len(alarms), alarms)
	}
	a := alarms[0]
	if a.Ref.TxHash != tx.Hash() || a.BlockHash != r.BlockHash || a.Kind != chains.KindLocked || a.Final {
		t.Fatalf("alarm does not name the reorged event: %+v", a)
	}
	// Whatever is emitted after the alarm is on the new best chain.
	f.mine(t, conf+1)
	sync1(t, w, &c)
	for _, e := range transferEvents(c.Final()) {
		if e.BlockHash == r.BlockHash && e.Ref.TxHash == tx.Hash() && e.Confirmations == 0 {
			t.Fatalf("stale event re-emitted: %+v", e)
		}
	}
}

func testRestart(t *testing.T, f *Fixture) {
	const conf, locks = 2, 12
	user := f.B.Key(1)
	cur := &evm.MemoryCursor{}
	var c Collector
	w1 := f.watcher(t, conf, cur)
	n := f.Nonce(t, user)
	var want []common.Hash
	for i := 0; i < locks; i++ {
		tx := f.LockNative(t, user, n+uint64(i), int64(i+1), common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
		want = append(want, tx.Hash())
		f.MineTx(t, tx)
		if i == locks/2 {
			sync1(t, w1, &c)
		}
	}
	f.mine(t, conf)
	// A new watcher (a restarted process) resumes from the saved cursor.
	w2 := f.watcher(t, conf, cur)
	sync1(t, w2, &c)
	got := map[common.Hash]int{}
	for _, e := range transferEvents(c.Final()) {
		got[e.Ref.TxHash]++
	}
	for i, h := range want {
		if got[h] != 1 {
			t.Errorf("lock %d emitted %d times", i, got[h])
		}
	}
	if len(got) != locks {
		t.Errorf("got %d distinct locks, want %d", len(got), locks)
	}
	// The cursor round-trips through JSON (FileCursor) unchanged.
	dir := t.TempDir()
	fc := evm.FileCursor{Path: dir + "/cursor.json"}
	cp, _, _ := cur.Load(context.Background())
	if err := fc.Save(context.Background(), cp); err != nil {
		t.Fatal(err)
	}
	back, ok, err := fc.Load(context.Background())
	if err != nil || !ok || back.Block != cp.Block || back.Hash != cp.Hash || len(back.Recent) != len(cp.Recent) {
		t.Fatalf("file cursor round trip: %v %v %+v vs %+v", err, ok, back, cp)
	}
}

func testVerifier(t *testing.T, f *Fixture) {
	ctx := context.Background()
	const conf = 3
	user := f.B.Key(1)
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: conf}, f.Client)
	if err != nil {
		t.Fatal(err)
	}
	tx := f.LockNative(t, user, f.Nonce(t, user), 99, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	r := f.MineTx(t, tx)
	lg := r.Logs[len(r.Logs)-1]
	ref := chains.EventRef{Chain: f.Chain, TxHash: tx.Hash(), Index: uint32(lg.Index)}

	var nf *evm.NotFinalError
	if _, err := v.Verify(ctx, ref); !errors.As(err, &nf) || !errors.Is(err, evm.ErrNotFinal) || nf.Confirmations != 1 {
		t.Fatalf("1 confirmation: want NotFinalError, got %v", err)
	}
	f.mine(t, conf-1)
	ev, err := v.Verify(ctx, ref)
	if err != nil {
		t.Fatalf("verify final lock: %v", err)
	}
	if ev.Kind != chains.KindLocked || ev.Amount.Int64() != 99 || !ev.Final || ev.TransferID != chains.EVMTransferID(f.Chain, f.Bridge, ev.Nonce) {
		t.Fatalf("verified event wrong: %+v", ev)
	}

	// A second bridge deployment (same code, other address) and a
	// look-alike contract emitting the same event signature.
	other := NewFixtureOn(t, f)
	otx := other.LockNative(t, user, f.Nonce(t, user), 5, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	or := other.MineTx(t, otx)
	emitter := f.DeployEmitter(t)
	lockedData, err := bridgeEvent("Locked").Inputs.NonIndexed().Pack(big.NewInt(1), uint64(PeerChain), common.Address{1}.Bytes(), uint64(0))
	if err != nil {
		t.Fatal(err)
	}
	// transferId not derived from (chain, emitter, nonce): inconsistent.
	idTopic := crypto.Keccak256Hash([]byte("not a real transfer"))
	sender := common.BytesToHash(crypto.PubkeyToAddress(f.Deployer.PublicKey).Bytes())
	lookalike := f.Emit(t, emitter, [4]common.Hash{evm.TopicLocked, idTopic, common.Hash(f.Native), sender}, lockedData)
	malformed := f.Emit(t, emitter, [4]common.Hash{evm.TopicLocked, idTopic, common.Hash(f.Native), {}}, lockedData[:40])
	f.mine(t, conf)

	vEmitter, err := evm.NewVerifier(evm.VerifierConfig{Chain: f.Chain, Bridge: emitter, Confirmations: conf}, f.Client)
	if err != nil {
		t.Fatal(err)
	}
	refOf := func(txh common.Hash, idx uint) chains.EventRef {
		return chains.EventRef{Chain: f.Chain, TxHash: txh, Index: uint32(idx)}
	}
	cases := []struct {
		name string
		v    *evm.Verifier
		ref  chains.EventRef
		want error
	}{
		{"another chain", v, chains.EventRef{Chain: f.Chain + 1, TxHash: ref.TxHash, Index: ref.Index}, evm.ErrWrongChain},
		{"unknown transaction", v, refOf(common.Hash{0xde, 0xad}, 0), evm.ErrTxNotFound},
		{"log index not in the transaction", v, refOf(tx.Hash(), lg.Index+7), evm.ErrLogNotFound},
		{"lock on another bridge deployment", v, refOf(otx.Hash(), or.Logs[len(or.Logs)-1].Index), evm.ErrWrongContract},
		{"look-alike contract, same signature", v, refOf(lookalike.TxHash, lookalike.Logs[0].Index), evm.ErrWrongContract},
		{"malformed event", vEmitter, refOf(malformed.TxHash, malformed.Logs[0].Index), evm.ErrMalformedEvent},
		{"inconsistent transfer id", vEmitter, refOf(lookalike.TxHash, lookalike.Logs[0].Index), evm.ErrMalformedEvent},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.v.Verify(ctx, tc.ref)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			t.Log(err)
		})
	}
	var wc *evm.WrongContractError
	if _, err := v.Verify(ctx, refOf(lookalike.TxHash, lookalike.Logs[0].Index)); !errors.As(err, &wc) || wc.Got != emitter || wc.Want != f.Bridge {
		t.Fatalf("WrongContractError does not name the emitter: %v", err)
	}
}

// NewFixtureOn deploys a second bridge on f's chain.
func NewFixtureOn(t testing.TB, f *Fixture) *Fixture {
	return NewFixture(t, f.B)
}

func (f *Fixture) submitter(t *testing.T, key int, stuck time.Duration) *evm.Submitter {
	t.Helper()
	s, err := evm.NewSubmitter(evm.SubmitterConfig{
		Chain: f.Chain, Bridge: f.Bridge, Key: f.B.Key(key),
		Fees:       evm.FeePolicy{MaxFeeCap: big.NewInt(500e9)},
		StuckAfter: stuck, PollInterval: 25 * time.Millisecond,
	}, f.Client)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// miner mines a block every interval until the returned stop is called.
func (f *Fixture) miner(t *testing.T, every time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(every):
				_ = f.B.Mine(ctx, 1)
			}
		}
	}()
	return func() { cancel(); <-done }
}

func testSubmitter(t *testing.T, f *Fixture) {
	ctx := context.Background()
	s := f.submitter(t, 2, time.Minute)
	defer f.miner(t, 30*time.Millisecond)()
	rcpt := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	tr, sigs := f.MintTransfer(t, 1, rcpt, 1000)
	res, err := s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr, sigs)
	if err != nil {
		t.Fatalf("mint: %v", err)
	}
	if len(res.Submitted) != 1 || res.Submitted[0] != evm.TransferID(tr) || res.Receipt == nil || res.Receipt.Status != 1 {
		t.Fatalf("mint result: %+v", res)
	}
	again, err := s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr, sigs)
	if err != nil {
		t.Fatalf("repeat mint: %v", err)
	}
	if len(again.AlreadyProcessed) != 1 || again.TxHash != (common.Hash{}) || len(again.Sent) != 0 {
		t.Fatalf("repeat mint should be already processed without a transaction: %+v", again)
	}
	// A bad quorum: the bridge's custom error comes back decoded.
	tr2, _ := f.MintTransfer(t, 2, rcpt, 1000)
	_, err = s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr2, sigs)
	var re *evm.RevertError
	if !errors.As(err, &re) || !errors.Is(err, evm.ErrReverted) || re.Name == "" {
		t.Fatalf("bad signatures: want a decoded RevertError, got %v", err)
	}
	// Wrong epoch.
	tr3, sigs3 := f.MintTransfer(t, 3, rcpt, 1000)
	_, err = s.Mint(ctx, 7, eip712.NoDeadline, tr3, sigs3)
	if !errors.As(err, &re) || re.Name != "WrongEpoch" {
		t.Fatalf("wrong epoch: got %v", err)
	}
}

// testGasLimit: a batch goes out at GasBase + GasPerTransfer × n when a
// call at that limit succeeds; when the call needs more, the node's
// estimate (plus the margin) is used instead and the batch still executes.
func testGasLimit(t *testing.T, f *Fixture) {
	ctx := context.Background()
	defer f.miner(t, 30*time.Millisecond)()
	rcpt := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	for _, tc := range []struct {
		name        string
		base, per   uint64
		idx         []uint64
		wantDefault bool
	}{
		// First, so that it also takes any one-time cost (on the simulated
		// backend the asset's first mint deploys its wrapped token, far
		// above the default limit).
		{"limit too low: estimated", 21_000, 1, []uint64{30, 31}, false},
		{"default limit", 0, 0, []uint64{21, 22, 23}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := evm.NewSubmitter(evm.SubmitterConfig{
				Chain: f.Chain, Bridge: f.Bridge, Key: f.B.Key(2), Fees: evm.FeePolicy{MaxFeeCap: big.NewInt(500e9)},
				StuckAfter: time.Minute, PollInterval: 25 * time.Millisecond, GasBase: tc.base, GasPerTransfer: tc.per,
			}, f.Client)
			if err != nil {
				t.Fatal(err)
			}
			b, sigs := f.MintBatch(t, tc.idx, rcpt)
			res, err := s.MintBatch(ctx, f.Epoch, eip712.NoDeadline, uint64(b.SrcChain), b.AssetID, b.Items, sigs)
			if err != nil || len(res.Submitted) != len(tc.idx) || res.Receipt == nil || res.Receipt.Status != 1 {
				t.Fatalf("batch: %+v %v", res, err)
			}
			tx, _, err := f.Client.TransactionByHash(ctx, res.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			base, per := tc.base, tc.per
			if base == 0 {
				base, per = evm.DefaultGasBase, evm.DefaultGasPerTransfer
			}
			def := base + per*uint64(len(tc.idx))
			def += def * evm.DefaultGasMarginPercent / 100
			if got := tx.Gas() == def; got != tc.wantDefault {
				t.Fatalf("gas limit %d (used %d), default %d: want default = %v", tx.Gas(), res.Receipt.GasUsed, def, tc.wantDefault)
			}
			if tx.Gas() < res.Receipt.GasUsed {
				t.Fatalf("gas limit %d below gas used %d", tx.Gas(), res.Receipt.GasUsed)
			}
		})
	}
}

func testConcurrentSubmit(t *testing.T, f *Fixture) {
	ConcurrentMints(t, f, 24, 30*time.Millisecond)
}

// ConcurrentMints submits n mints concurrently from one key while a miner
// runs, and checks every one is mined with consecutive nonces.
func ConcurrentMints(t *testing.T, f *Fixture, n int, mineEvery time.Duration) []evm.Result {
	ctx := context.Background()
	s := f.submitter(t, 2, time.Minute)
	start := f.Nonce(t, f.B.Key(2))
	stop := f.miner(t, mineEvery)
	defer stop()
	results := make([]evm.Result, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		tr, sigs := f.MintTransfer(t, uint64(1000+i), common.BigToAddress(big.NewInt(int64(0x1000+i))), int64(i+1))
		wg.Add(1)
		go func(i int, tr bindings.BridgeTransfer, sigs []byte) {
			defer wg.Done()
			results[i], errs[i] = s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr, sigs)
		}(i, tr, sigs)
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for i := range results {
		if errs[i] != nil {
			t.Fatalf("mint %d: %v", i, errs[i])
		}
		if results[i].Receipt == nil || results[i].Receipt.Status != 1 || len(results[i].Submitted) != 1 {
			t.Fatalf("mint %d not mined: %+v", i, results[i])
		}
		if seen[results[i].Nonce] {
			t.Fatalf("nonce %d used twice", results[i].Nonce)
		}
		seen[results[i].Nonce] = true
	}
	for k := start; k < start+uint64(n); k++ {
		if !seen[k] {
			t.Fatalf("nonce gap: %d unused (start %d, n %d)", k, start, n)
		}
	}
	return results
}

func testReplace(t *testing.T, f *Fixture) {
	ctx := context.Background()
	s := f.submitter(t, 3, 150*time.Millisecond)
	tr, sigs := f.MintTransfer(t, 77, common.HexToAddress("0x00000000000000000000000000000000000000aa"), 5)
	type out struct {
		res evm.Result
		err error
	}
	ch := make(chan out, 1)
	go func() {
		r, err := s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr, sigs)
		ch <- out{r, err}
	}()
	// Nothing is mined until the submitter has replaced its transaction.
	time.Sleep(600 * time.Millisecond)
	stop := f.miner(t, 30*time.Millisecond)
	defer stop()
	var o out
	select {
	case o = <-ch:
	case <-time.After(30 * time.Second):
		t.Fatal("mint not done")
	}
	if o.err != nil {
		t.Fatalf("mint: %v", o.err)
	}
	if len(o.res.Sent) < 2 {
		t.Fatalf("stuck transaction was not replaced: %+v", o.res)
	}
	if o.res.TxHash == o.res.Sent[0] {
		t.Fatalf("original, not a replacement, was mined: %+v", o.res)
	}
	tx, _, err := f.Client.TransactionByHash(ctx, o.res.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != o.res.Nonce {
		t.Fatalf("replacement nonce %d, want %d", tx.Nonce(), o.res.Nonce)
	}
}

func testBatchAndUnlock(t *testing.T, f *Fixture) {
	ctx := context.Background()
	s := f.submitter(t, 2, time.Minute)
	stop := f.miner(t, 30*time.Millisecond)
	rcpt := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")

	b1, sigs1 := f.MintBatch(t, []uint64{10, 11, 12}, rcpt)
	res, err := s.MintBatch(ctx, f.Epoch, eip712.NoDeadline, uint64(b1.SrcChain), b1.AssetID, b1.Items, sigs1)
	if err != nil || len(res.Submitted) != 3 || res.Receipt == nil {
		t.Fatalf("batch: %+v %v", res, err)
	}
	// Overlapping batch: 11 and 12 done, 13 not — must be re-signed.
	b2, sigs2 := f.MintBatch(t, []uint64{11, 12, 13}, rcpt)
	_, err = s.MintBatch(ctx, f.Epoch, eip712.NoDeadline, uint64(b2.SrcChain), b2.AssetID, b2.Items, sigs2)
	var ap *evm.AlreadyProcessedError
	if !errors.As(err, &ap) || !errors.Is(err, evm.ErrAlreadyProcessed) || len(ap.Processed) != 2 || len(ap.Pending) != 1 {
		t.Fatalf("partly processed batch: %v", err)
	}
	// Fully processed batch: success without effect.
	res, err = s.MintBatch(ctx, f.Epoch, eip712.NoDeadline, uint64(b1.SrcChain), b1.AssetID, b1.Items, sigs1)
	if err != nil || len(res.AlreadyProcessed) != 3 || len(res.Sent) != 0 {
		t.Fatalf("repeat batch: %+v %v", res, err)
	}

	// Unlock native coin locked earlier.
	user := f.B.Key(1)
	f.MineTx(t, f.LockNative(t, user, f.Nonce(t, user), 1000, rcpt))
	tr, sigs := f.UnlockTransfer(t, 50, rcpt, 400)
	ures, err := s.Unlock(ctx, f.Epoch, tr, sigs)
	if err != nil || len(ures.Submitted) != 1 {
		t.Fatalf("unlock: %+v %v", ures, err)
	}
	// Over the locked amount: the bridge's custom error, decoded.
	tr2, sigs2u := f.UnlockTransfer(t, 51, rcpt, 10_000)
	_, err = s.Unlock(ctx, f.Epoch, tr2, sigs2u)
	var re *evm.RevertError
	if !errors.As(err, &re) || re.Name != "InsufficientLocked" {
		t.Fatalf("unlock above locked: %v", err)
	}
	stop()

	f.mine(t, 2)
	var c Collector
	w := f.watcher(t, 2, &evm.MemoryCursor{})
	sync1(t, w, &c)
	kinds := map[chains.EventKind]int{}
	for _, e := range transferEvents(c.Final()) {
		kinds[e.Kind]++
		if e.Kind == chains.KindUnlocked && (e.Amount.Int64() != 400 || e.TransferID != evm.TransferID(tr) || common.BytesToAddress(e.Recipient) != rcpt) {
			t.Fatalf("unlocked event: %+v", e)
		}
	}
	if kinds[chains.KindMinted] != 3 || kinds[chains.KindUnlocked] != 1 || kinds[chains.KindLocked] != 1 {
		t.Fatalf("watcher saw %v", kinds)
	}
}

func testDeepReorgAfterRestart(t *testing.T, f *Fixture) {
	const conf = 2
	user := f.B.Key(1)
	cur := &evm.MemoryCursor{}
	var c Collector
	tx := f.LockNative(t, user, f.Nonce(t, user), 8, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	f.MineTx(t, tx)
	f.mine(t, conf)
	sync1(t, f.watcher(t, conf, cur), &c)
	if n := len(transferEvents(c.Final())); n != 1 {
		t.Fatalf("want the lock emitted, got %d", n)
	}
	// A new process, with nothing but the saved checkpoint, sees the reorg.
	if err := f.B.Reorg(context.Background(), conf+1); err != nil {
		t.Fatalf("reorg: %v", err)
	}
	var c2 Collector
	sync1(t, f.watcher(t, conf, cur), &c2)
	alarms := transferEvents(c2.Alarms())
	if len(alarms) != 1 || alarms[0].Ref.TxHash != tx.Hash() || alarms[0].Amount.Int64() != 8 {
		t.Fatalf("want one alarm naming the lock, got %+v", alarms)
	}
}

// testCall: Submitter.Call anchors an audit block (attested by the
// bridge's signers, paid by a key that is not one) on an AuditAnchor,
// sharing the key's nonces with a mint; a repeated height comes back as
// the anchor contract's named error.
func testCall(t *testing.T, f *Fixture) {
	ctx := context.Background()
	s := f.submitter(t, 2, time.Minute)
	defer f.miner(t, 30*time.Millisecond)()
	_, tx, anchor, err := bindings.DeployAuditAnchor(f.Opts(t, f.Deployer), f.Client, f.Bridge)
	if err != nil {
		t.Fatal(err)
	}
	f.MineTx(t, tx)
	h := audit.Header{Height: 3, Time: 1, RecordCount: 1}
	var atts []byte
	for _, k := range f.Signers[:2] {
		a, err := audit.Attest(k, h.Hash())
		if err != nil {
			t.Fatal(err)
		}
		atts = append(atts, a[:]...)
	}
	operator := crypto.PubkeyToAddress(f.Signers[1].PublicKey)
	send := func(o *bind.TransactOpts) (*types.Transaction, error) {
		return anchor.Anchor(o, operator, h.Encode(), atts)
	}
	tr, sigs := f.MintTransfer(t, 9, common.HexToAddress("0xc0ffee"), 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // a mint from the same key at the same time: consecutive nonces
		defer wg.Done()
		if _, err := s.Mint(ctx, f.Epoch, eip712.NoDeadline, tr, sigs); err != nil {
			t.Errorf("mint beside the anchor: %v", err)
		}
	}()
	res, err := s.Call(ctx, "anchor", send)
	wg.Wait()
	if err != nil || res.Receipt == nil || res.Receipt.Status != 1 {
		t.Fatalf("anchor: %+v %v", res, err)
	}
	if got, err := anchor.HashAt(&bind.CallOpts{Context: ctx}, operator, 3); err != nil || got != h.Hash() {
		t.Fatalf("hashAt: %x %v", got, err)
	}
	_, err = s.Call(ctx, "anchor", send)
	var re *evm.RevertError
	if !errors.As(err, &re) || re.Name != "HeightNotIncreasing" {
		t.Fatalf("repeated height: want HeightNotIncreasing, got %v", err)
	}
}
