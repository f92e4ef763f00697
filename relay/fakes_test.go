package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// Test doubles for the adapters and the audit chain. They stand in for
// chain nodes only in unit tests of the relay's own logic; the end-to-end
// tests in integration/ run real anvil and btcd.

// fakeChain is one operator's view of the chains: the events its node
// knows, with their finality.
type fakeChain struct {
	mu     sync.Mutex
	events map[chains.EventRef]chains.Event
	calls  int
}

func newFakeChain() *fakeChain { return &fakeChain{events: map[chains.EventRef]chains.Event{}} }

func (f *fakeChain) put(ev chains.Event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events[ev.Ref] = ev
}

func (f *fakeChain) Verify(_ context.Context, ref chains.EventRef) (chains.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	ev, ok := f.events[ref]
	if !ok {
		return chains.Event{}, fmt.Errorf("%w: %s", ErrNotFound, ref)
	}
	return ev, nil
}

type fakeAccountant struct {
	mu     sync.Mutex
	refuse map[chains.TransferID]bool
}

func (f *fakeAccountant) Check(_ context.Context, a Authorization) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.refuse[a.TransferID] {
		return fmt.Errorf("%w: minting %s would exceed locked supply", ErrInvariant, a.Amount)
	}
	return nil
}

// fakeDest is a destination chain's bridge contract: it executes each
// transfer id at most once (replay protection) and checks the signatures.
type fakeDest struct {
	mu       sync.Mutex
	ops      OperatorSet
	executed map[chains.TransferID]int
	calls    int
	firstAt  map[chains.TransferID]time.Time
	tx       int
}

func newFakeDest(ops OperatorSet) *fakeDest {
	return &fakeDest{ops: ops, executed: map[chains.TransferID]int{}, firstAt: map[chains.TransferID]time.Time{}}
}

func (d *fakeDest) count(id chains.TransferID) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.executed[id]
}

func (d *fakeDest) total() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.executed)
}

// submitter returns a Submitter for one operator; hook runs after the
// batch is executed and before Submit returns (crash injection).
func (d *fakeDest) submitter(hook func(batch []SignedAuthorization)) Submitter {
	return submitFunc(func(ctx context.Context, batch []SignedAuthorization) (SubmitResult, error) {
		d.mu.Lock()
		d.calls++
		d.tx++
		res := SubmitResult{TxID: fmt.Sprintf("0x%064x", d.tx)}
		now := time.Now()
		for _, sa := range batch {
			if err := d.checkSigs(sa); err != nil {
				d.mu.Unlock()
				return SubmitResult{}, err
			}
			if _, ok := d.firstAt[sa.TransferID]; !ok {
				d.firstAt[sa.TransferID] = now
			}
			if d.executed[sa.TransferID] > 0 {
				res.AlreadyProcessed = append(res.AlreadyProcessed, sa.TransferID)
				continue
			}
			d.executed[sa.TransferID]++
			res.Submitted = append(res.Submitted, sa.TransferID)
		}
		d.mu.Unlock()
		if hook != nil {
			hook(batch)
		}
		if err := ctx.Err(); err != nil {
			return SubmitResult{}, err
		}
		return res, nil
	})
}

// checkSigs does what the contract does: t signatures, strictly ascending
// signers, each an operator, each valid.
func (d *fakeDest) checkSigs(sa SignedAuthorization) error {
	if len(sa.Signatures) != d.ops.Threshold() {
		return fmt.Errorf("want %d signatures, got %d", d.ops.Threshold(), len(sa.Signatures))
	}
	auth, _ := NewECDSAAuthorizer(nil, HashDigest)
	var prev common.Address
	for i, s := range sa.Signatures {
		if i > 0 && string(s.Signer[:]) <= string(prev[:]) {
			return fmt.Errorf("signers not strictly ascending")
		}
		prev = s.Signer
		if !d.ops.Contains(s.Signer) {
			return fmt.Errorf("%s not an operator", s.Signer)
		}
		if err := auth.Verify(sa.Authorization, s.Signer, s.Signature); err != nil {
			return err
		}
	}
	return nil
}

type submitFunc func(ctx context.Context, batch []SignedAuthorization) (SubmitResult, error)

func (f submitFunc) Submit(ctx context.Context, b []SignedAuthorization) (SubmitResult, error) {
	return f(ctx, b)
}

// recorder is a Publisher that keeps what it was asked to publish.
type recorder struct {
	mu   sync.Mutex
	msgs []bus.Msg
	err  error
}

func (r *recorder) Publish(_ context.Context, subject, id string, payload []byte) (bus.PublishResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return bus.PublishResult{}, r.err
	}
	r.msgs = append(r.msgs, bus.Msg{Subject: subject, ID: id, Payload: payload})
	return bus.PublishResult{}, nil
}

func (r *recorder) all() []bus.Msg {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bus.Msg(nil), r.msgs...)
}

type staticLease bool

func (s staticLease) Held() bool { return bool(s) }

type opKey struct {
	addr common.Address
	priv func([]byte) ([]byte, error)
}

func (k opKey) Address() common.Address           { return k.addr }
func (k opKey) SignHash(h []byte) ([]byte, error) { return k.priv(h) }

func newOpKeys(n int) []opKey {
	out := make([]opKey, n)
	for i := range out {
		priv, _ := crypto.GenerateKey()
		out[i] = opKey{addr: crypto.PubkeyToAddress(priv.PublicKey), priv: func(h []byte) ([]byte, error) { return crypto.Sign(h, priv) }}
	}
	return out
}

const (
	chainA chains.ChainID = 31337
	chainB chains.ChainID = 31338
)

var (
	tokenA = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	assetX = chains.ComputeAssetID(chainA, tokenA.Bytes())
	bridge = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
)

// lockEvent is a final ERC-20 lock on A towards B with nonce n.
func lockEvent(n uint64) chains.Event {
	var tx [32]byte
	copy(tx[:], crypto.Keccak256([]byte(fmt.Sprint("tx", n))))
	return chains.Event{
		Kind: chains.KindLocked, Ref: chains.EventRef{Chain: chainA, TxHash: tx, Index: 1}, BlockNum: 100 + n,
		TransferID: chains.EVMTransferID(chainA, bridge, n), AssetID: assetX, Amount: big.NewInt(int64(1000 + n)),
		Sender: tokenA.Bytes(), DstChain: chainB, Recipient: common.HexToAddress("0xBEEF").Bytes(), Nonce: n,
		Finality: chains.Finality{Confirmations: 3, Final: true},
	}
}

func assets() *AssetTable {
	t, err := NewAssetTable(Asset{ID: assetX, HomeChain: chainA, Wrapped: []chains.ChainID{chainB}, MaxAmount: big.NewInt(1_000_000)})
	if err != nil {
		panic(err)
	}
	return t
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

func (d *fakeDest) callCount() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.calls
}

// fakeBatcher executes batches on fakeDest under one quorum signature over
// Batch.Hash (as MintBatch does over its EIP-712 digest).
type fakeBatcher struct {
	dest   *fakeDest
	key    opKey
	refuse bool // SignBatch refuses everything
	// refuseFirst makes SignBatch refuse its first n calls; leaveOutFirst
	// makes Propose propose nothing in its first n calls (as a Bitcoin
	// batcher does while no custody output can pay).
	refuseFirst, leaveOutFirst int
	mu                         sync.Mutex
	batches                    int
	rounds                     int       // batches of no items submitted
	leftOut                    []LeftOut // reported by LeftOut
}

// fakeLeftOutReason is the reason fakeBatcher gives for the items it leaves out.
const fakeLeftOutReason = "no_custody: nothing can pay it yet"

// LeftOut implements LeftOutReporter.
func (f *fakeBatcher) LeftOut() []LeftOut {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := f.leftOut
	f.leftOut = nil
	return out
}

func (f *fakeBatcher) Propose(_ context.Context, ready []SignedAuthorization) ([]Batch, error) {
	f.mu.Lock()
	leaveOut := f.leaveOutFirst > 0
	f.leaveOutFirst--
	if leaveOut {
		for _, sa := range ready {
			f.leftOut = append(f.leftOut, LeftOut{TransferID: sa.TransferID, Reason: fakeLeftOutReason})
		}
	}
	f.mu.Unlock()
	if leaveOut {
		return nil, nil
	}
	groups := map[string]*Batch{}
	var order []string
	for _, sa := range ready {
		k := fmt.Sprint(sa.Action, sa.Source.Chain, sa.AssetID)
		if groups[k] == nil {
			groups[k] = &Batch{Chain: sa.DstChain}
			order = append(order, k)
		}
		groups[k].Items = append(groups[k].Items, sa.Authorization)
	}
	out := make([]Batch, 0, len(order))
	for _, k := range order {
		out = append(out, *groups[k])
	}
	return out, nil
}

func (f *fakeBatcher) setRefuse(r bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refuse = r
}

func (f *fakeBatcher) SignBatch(_ context.Context, b Batch) ([]byte, error) {
	f.mu.Lock()
	refuse := f.refuse
	f.mu.Unlock()
	if refuse {
		return nil, fmt.Errorf("batch does not rebuild")
	}
	f.mu.Lock()
	first := f.refuseFirst > 0
	f.refuseFirst--
	f.mu.Unlock()
	if first {
		return nil, fmt.Errorf("batch does not rebuild yet")
	}
	h := b.Hash()
	return f.key.SignHash(h[:])
}

func (f *fakeBatcher) VerifyBatch(b Batch, signer common.Address, sig []byte) error {
	h := b.Hash()
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != signer {
		return fmt.Errorf("%w: batch signature", ErrBadShare)
	}
	return nil
}

func (f *fakeBatcher) SubmitBatch(_ context.Context, b Batch, sigs []OperatorSig) (SubmitResult, error) {
	d := f.dest
	if len(sigs) != d.ops.Threshold() {
		return SubmitResult{}, fmt.Errorf("want %d batch signatures", d.ops.Threshold())
	}
	for i, s := range sigs {
		if i > 0 && string(s.Signer[:]) <= string(sigs[i-1].Signer[:]) || !d.ops.Contains(s.Signer) || f.VerifyBatch(b, s.Signer, s.Signature) != nil {
			return SubmitResult{}, fmt.Errorf("bad batch signature %d", i)
		}
	}
	f.mu.Lock()
	f.batches++
	if len(b.Items) == 0 {
		f.rounds++
	}
	f.mu.Unlock()
	d.mu.Lock()
	defer d.mu.Unlock()
	d.tx++
	res := SubmitResult{TxID: fmt.Sprintf("0xb%063x", d.tx)}
	now := time.Now()
	for _, it := range b.Items {
		if _, ok := d.firstAt[it.TransferID]; !ok {
			d.firstAt[it.TransferID] = now
		}
		if d.executed[it.TransferID] > 0 {
			res.AlreadyProcessed = append(res.AlreadyProcessed, it.TransferID)
			continue
		}
		d.executed[it.TransferID]++
		res.Submitted = append(res.Submitted, it.TransferID)
	}
	return res, nil
}

func (f *fakeBatcher) roundCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rounds
}

func (f *fakeBatcher) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.batches
}

// roundSchedule is the rounds a federation's batchers have to run, shared
// by every operator's roundBatcher: whichever leads proposes the next.
type roundSchedule struct {
	mu       sync.Mutex
	due      int
	proposed []common.Address // the proposer of each round
}

// roundBatcher is a fakeBatcher with Rounds: each Round call proposes the
// schedule's next round, if any, as a batch of no items.
type roundBatcher struct {
	*fakeBatcher
	schedule *roundSchedule
}

var _ Rounds = (*roundBatcher)(nil)

func (r *roundBatcher) Round(context.Context) ([]Batch, error) {
	s := r.schedule
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.due == 0 {
		return nil, nil
	}
	s.due--
	s.proposed = append(s.proposed, r.key.addr)
	return []Batch{{Chain: chainB, Data: []byte(fmt.Sprint("round ", len(s.proposed)))}}, nil
}
