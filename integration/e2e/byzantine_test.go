//go:build integration

package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/btcroute"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
)

// TestByzantinePayout plays operator 3 of the 2-of-3 federation as an
// attacker (DESIGN.md §10: t−1 operators "propose anything, withhold,
// equivocate, send different messages to different peers, restart at
// will" and must never "make two payouts of one burn both valid").
// Operators 1 and 2 run the unmodified relayd on btcd, anvil and NATS;
// operator 3's relayd never runs. The attacker is test code holding
// operator 3's keys — its bus key signs its envelopes, the same key as
// BIP-340 federation key signs its inputs — that speaks the bus protocol
// directly: it takes the Bitcoin coordinator's leader lease, reads the
// honest operators' shares, publishes payout proposals built with the
// real wallet package and collects the batch shares that come back (as
// the lease holder it also runs the setup's sweep rounds, honestly). Its
// own signature and one honest signature are a quorum, so one honest
// share of a bad payout is enough to move funds.
//
// One federation runs the subtests in order, each on what the previous
// ones left:
//
//   - BadChangeOrFee: payouts of an open burn on the custody main whose
//     change goes to the attacker, whose fee is above what its declared
//     rate allows, or whose rate is above the published maximum: no
//     honest share, both honest logs name the refusal.
//   - SplitView: P1 pays two burns from the main; op2 restarted since it
//     signed one of them, and signs P1 only from its durable signed set
//     (without it, only op1 could: a split view); P2 pays the other burn
//     alone — from another custody output, from P1's change, from the
//     main — and both are asked to sign each. The attacker broadcasts
//     whatever got a quorum: at most one payout of the burn may confirm.
//   - Repay: the attacker lets the honest relays lead; they pay a burn,
//     and once it is final the attacker proposes a new payout of it from
//     the (new) main: no honest share, no second payment.
//   - Books: every burn paid exactly once on btcd, and the custody
//     outputs on btcd hold what each honest ledger says (locked + deposit
//     fees withheld − sweep fees paid).
func TestByzantinePayout(t *testing.T) {
	began := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s := newByzantineScene(ctx, t)
	for _, st := range []struct {
		name string
		run  func(context.Context, *testing.T, *byzantineScene)
	}{
		{"BadChangeOrFee", byzantineBadChangeOrFee},
		{"SplitView", byzantineSplitView},
		{"Repay", byzantineRepay},
		{"Books", byzantineBooks},
	} {
		t.Run(st.name, func(t *testing.T) {
			defer s.failThrough(t)()
			st.run(ctx, t, s)
		})
	}
	t.Logf("whole byzantine payout test in %s", time.Since(began).Round(100*time.Millisecond))
}

// byzantineScene is the federation the attacks run on: relayd op1 and
// op2, the attacker as op3 leading the Bitcoin coordinator, two final
// custody outputs (two deposits swept one at a time) and three open
// burns of wrapped BTC on A, each to its own bcrt1 address.
type byzantineScene struct {
	t             *testing.T
	f             *federation
	e             *btcEnv
	m             *attacker
	op1, op2, op3 *operator
	releaseLead   func()
	// x is signed by op1 and op2 before op2 restarts. Were an honest
	// signer's memory of the authorizations it signed not durable, op2
	// could never sign a batch holding x again while op1 could — the item
	// op2 "has not seen" of a split view. With the durable signed set
	// (<dataDir>/signed.db) op2 signs it as op1 does. split and repay are
	// signed by both after the restart.
	x, split, repay byzantineBurn
	from            int64 // the height of the burns: payments are counted from it
}

type byzantineBurn struct {
	id   chains.TransferID
	auth relay.Authorization
	pay  []byte // the recipient's script
}

func newByzantineScene(ctx context.Context, t *testing.T) *byzantineScene {
	began := time.Now()
	f := newFederationWith(t, true)
	s := &byzantineScene{t: t, f: f, e: newBTCEnv(f), op1: f.ops[0], op2: f.ops[1], op3: f.ops[2]}
	s.m = newAttacker(ctx, s.e, s.op3)
	// The attacker leads the Bitcoin coordinator before any honest relayd
	// starts, so the honest operators only sign: nothing but the attacker
	// proposes payouts until it lets go of the lease (Repay).
	s.releaseLead = s.m.lead(ctx)
	f.start(s.op1)
	f.start(s.op2)
	t.Logf("devnet, deployment, relayd op1 and op2 up, attacker (op3 %s) leading in %s", s.op3.Address, time.Since(began).Round(100*time.Millisecond))

	user := f.d.FaucetKey(1)
	s.custody(ctx, user)
	wBTC := f.token("BTC", chainA)
	burn := func(label string) byzantineBurn {
		script := payeeScript(s.e, label)
		return byzantineBurn{id: f.burnTo(ctx, user, chainA, wBTC.addr, big.NewInt(5_000_000), f.dep.Bitcoin.ChainID, script), pay: script}
	}
	s.from = s.e.tip() + 1
	s.x = burn("byzantine x")
	s.x.auth = s.m.authorization(ctx, s.x.id, s.op1, s.op2)
	f.c.Stop(s.op2)
	f.start(s.op2)
	t.Logf("burn x %s signed by op1 and op2; op2 restarted", s.x.id)
	s.split, s.repay = burn("byzantine split"), burn("byzantine repay")
	s.split.auth = s.m.authorization(ctx, s.split.id, s.op1, s.op2)
	s.repay.auth = s.m.authorization(ctx, s.repay.id, s.op1, s.op2)
	t.Logf("burns: split %s, repay %s, both signed by op1 and op2", s.split.id, s.repay.id)
	return s
}

// custody makes two final custody outputs: two deposits of user, each
// minted on A and swept on its own. Sweeps are rounds of the Bitcoin
// coordinator's lease holder, the attacker: it runs them as relayd
// would.
func (s *byzantineScene) custody(ctx context.Context, user *ecdsa.PrivateKey) {
	f, e := s.f, s.e
	e.fund(ctx, user, 40_000_000)
	e.fund(ctx, user, 40_000_000)
	e.mine(ctx, 1)
	for i := 0; i < 2; i++ {
		var dep depositOut
		e.bridgectlJSON(ctx, &dep, "--key", keyHex(user), "deposit", "btc", "--amount", "0.3", "--to", "A")
		e.mine(ctx, int(f.dep.Bitcoin.Confirmations))
		if _, err := f.waitExecuted(chainA, dep.TransferID, false, 90*time.Second); err != nil {
			s.t.Fatal(err)
		}
		out := wire.OutPoint{Hash: mustHash(s.t, dep.Txid), Index: dep.Vout}
		s.m.sweep(ctx, out, 60*time.Second)
		sweep := e.waitSpend(ctx, out, 90*time.Second)
		s.t.Logf("deposit %d minted, swept by %s", i+1, sweep.TxHash())
	}
	e.mine(ctx, int(f.dep.Bitcoin.Confirmations))
	if us := s.m.custody(ctx, true); len(us) < 2 {
		s.t.Fatalf("custody holds %d final outputs, want the 2 sweeps", len(us))
	}
}

// failThrough makes the helpers fail through t (a subtest's) until the
// returned function restores the test's own.
func (s *byzantineScene) failThrough(t *testing.T) (restore func()) {
	s.f.t, s.e.t, s.m.t = t, t, t
	return func() { s.f.t, s.e.t, s.m.t = s.t, s.t, s.t }
}

// byzantineBadChangeOrFee: change outside custody, a fee above the
// declared rate, a rate above the published maximum — refused by both.
func byzantineBadChangeOrFee(ctx context.Context, t *testing.T, s *byzantineScene) {
	e, m := s.e, s.m
	// On the main, the one input an honest signer accepts as a payout's
	// parent: refused for the change or the fee, nothing else.
	in := []wallet.UTXO{m.main(ctx)}
	burns := []relay.Authorization{s.repay.auth}
	fair := m.build(2, in, burns)
	away := clonePacket(t, fair)
	away.UnsignedTx.TxOut[len(away.UnsignedTx.TxOut)-1].PkScript = wpkhScript(s.op3.Key) // the change, to the attacker
	hidden := clonePacket(t, fair)
	hidden.UnsignedTx.TxOut[len(hidden.UnsignedTx.TxOut)-1].Value -= 50_000 // declares 2 sat/vB, pays 50,000 sat more
	maxRate := s.f.dep.Bitcoin.MaxFeeRate
	over := m.build(2*maxRate, in, burns)
	for _, c := range []struct {
		name   string
		pk     *psbt.Packet
		reason string
	}{
		{"change outside custody", away, "does not go to the current custody"},
		{"fee above the declared rate", hidden, "fee outside policy"},
		{fmt.Sprintf("rate %d sat/vB above the published maximum %d", 2*maxRate, maxRate), over, "fee outside policy"},
	} {
		marks := logMarks(s.op1, s.op2)
		h := m.propose(ctx, c.pk, burns)
		for _, ans := range m.answers(ctx, h, marks, 20*time.Second, s.op1, s.op2) {
			switch {
			case ans.share != nil:
				t.Errorf("%s: op%d signed payout %s", c.name, ans.op.Index, c.pk.UnsignedTx.TxHash())
			case !strings.Contains(ans.refusal, c.reason):
				t.Errorf("%s: op%d's log names no refusal %q of payout %s (found %q)", c.name, ans.op.Index, c.reason, c.pk.UnsignedTx.TxHash(), logErr(ans.refusal))
			default:
				t.Logf("%s: op%d refused: %s", c.name, ans.op.Index, logErr(ans.refusal))
			}
		}
		if tx, err := m.broadcast(c.pk, h); err == nil {
			t.Errorf("%s: payout %s broadcast with an honest share", c.name, tx.TxHash())
		}
	}
	if pays := e.payments(s.repay.pay, s.from); len(pays) != 0 {
		t.Errorf("the repay burn was paid by a refused payout: %v", pays)
	}
}

// byzantineSplitView: two views of one burn, one per honest signer.
//
// P1 pays x and split from the custody main; op1 signed both burns, op2
// signed x before its restart and can sign P1 only if it remembers x
// (it does: its signed set is durable; were it not, P1 would be signed by
// op1 alone, the split view). Then P2 pays split alone, from
// another custody output (two payouts that could both confirm), from
// the change of P1 (a child of P1: both could confirm), and from the
// main (two payouts that conflict). If an honest operator signs a P2
// that can confirm beside P1, the attacker holds two quorums.
func byzantineSplitView(ctx context.Context, t *testing.T, s *byzantineScene) {
	f, e, m := s.f, s.e, s.m
	burns := []relay.Authorization{s.x.auth, s.split.auth}
	main := m.main(ctx)
	var other *wallet.UTXO
	for _, u := range m.custody(ctx, true) {
		if u.OutPoint != main.OutPoint && u.Amount > s.split.auth.Amount.Int64() {
			other = &u
			break
		}
	}
	if other == nil {
		t.Fatal("no final custody output besides the main")
	}
	p1 := m.build(2, []wallet.UTXO{main}, burns)
	last := len(p1.UnsignedTx.TxOut) - 1
	change := wallet.UTXO{OutPoint: wire.OutPoint{Hash: p1.UnsignedTx.TxHash(), Index: uint32(last)}, Amount: p1.UnsignedTx.TxOut[last].Value, Epoch: main.Epoch}
	type payout struct {
		name string
		pk   *psbt.Packet
		h    [32]byte
	}
	var sent []payout
	refused := map[*operator]int{}
	for _, c := range []struct {
		name  string
		in    wallet.UTXO
		burns []relay.Authorization
	}{
		{"P1 (x and split, from the main)", main, burns},
		{"P2 (split, from another custody output)", *other, burns[1:]},
		{"P2 (split, from the change of P1)", change, burns[1:]},
		{"P2 (split, from the main)", main, burns[1:]},
	} {
		pk := m.build(2, []wallet.UTXO{c.in}, c.burns)
		marks := logMarks(s.op1, s.op2)
		h := m.propose(ctx, pk, c.burns)
		var by []string
		for _, ans := range m.answers(ctx, h, marks, 15*time.Second, s.op1, s.op2) {
			switch {
			case ans.share != nil:
				by = append(by, fmt.Sprintf("op%d", ans.op.Index))
			case ans.refusal != "":
				refused[ans.op]++
				t.Logf("%s: op%d refused: %s", c.name, ans.op.Index, logErr(ans.refusal))
			}
		}
		t.Logf("%s %s spends %s: signed by %v", c.name, pk.UnsignedTx.TxHash(), c.in.OutPoint, by)
		if len(sent) == 0 && len(by) > 1 {
			// op2 remembered x across its restart: there is only one view
			// left to split, the P2s then test the book alone.
			t.Logf("op2 signed P1 as well: no split view to exploit")
		}
		sent = append(sent, payout{c.name, pk, h})
	}
	var txids []chainhash.Hash
	for _, p := range sent {
		tx, err := m.broadcast(p.pk, p.h)
		if err != nil {
			t.Logf("%s not broadcast: %v", p.name, err)
			continue
		}
		t.Logf("%s broadcast by the attacker: %s", p.name, tx.TxHash())
		txids = append(txids, tx.TxHash())
	}
	e.mine(ctx, 1)
	confirmed := 0
	for _, h := range txids {
		if v, err := e.c.GetRawTransactionVerbose(&h); err == nil && v.Confirmations > 0 {
			confirmed++
		}
	}
	if confirmed > 1 {
		t.Errorf("%d payouts of burn %s confirmed: the split view made them all valid", confirmed, s.split.id)
	}
	if pays := e.payments(s.split.pay, s.from); len(pays) > 1 {
		t.Errorf("burn %s paid %d times: %v", s.split.id, len(pays), pays)
	}
	for _, op := range []*operator{s.op1, s.op2} {
		if refused[op] == 0 {
			t.Errorf("op%d's log names no refusal of P1 or a P2", op.Index)
		}
	}
	e.mine(ctx, int(f.dep.Bitcoin.Confirmations)-1)
}

// byzantineRepay: a second payout of a burn paid and final.
func byzantineRepay(ctx context.Context, t *testing.T, s *byzantineScene) {
	f, e, m := s.f, s.e, s.m
	b := s.repay
	// The attacker lets go of the lease: an honest relayd leads and pays
	// the burn.
	s.releaseLead()
	paid := e.waitPayment(ctx, b.pay, 90*time.Second)
	e.mine(ctx, 1)
	e.assertConfirmed(paid.TxHash())
	e.mine(ctx, int(f.dep.Bitcoin.Confirmations)-1)
	m.waitPaidEvents(ctx, b.id, 60*time.Second, s.op1, s.op2) // each honest watcher saw it final and recorded it
	t.Logf("burn %s paid by %s (honest leader), final for op1 and op2", b.id, paid.TxHash())

	// A new payout of the same burn from custody the honest payout did
	// not spend: the main (the honest payout's change, if it spent the
	// main), so that only the burn being paid can make an honest signer
	// refuse; else any other custody output.
	var in []wallet.UTXO
	if _, main, ok := m.scan(ctx, true); ok && main.Amount > b.auth.Amount.Int64() {
		in = []wallet.UTXO{main}
	}
	for _, u := range m.custody(ctx, true) {
		if in == nil && u.Amount > b.auth.Amount.Int64() {
			in = []wallet.UTXO{u}
		}
	}
	if in == nil {
		t.Fatal("no final custody output left to fund a second payout")
	}
	again := m.build(2, in, []relay.Authorization{b.auth})
	marks := logMarks(s.op1, s.op2)
	h := m.propose(ctx, again, []relay.Authorization{b.auth})
	t.Logf("second payout %s of burn %s from %s", again.UnsignedTx.TxHash(), b.id, in[0].OutPoint)
	for _, ans := range m.answers(ctx, h, marks, 20*time.Second, s.op1, s.op2) {
		switch {
		case ans.share != nil:
			t.Errorf("op%d signed the second payout", ans.op.Index)
		case ans.refusal == "":
			t.Errorf("op%d's log names no refusal of the second payout", ans.op.Index)
		default:
			t.Logf("op%d refused: %s", ans.op.Index, logErr(ans.refusal))
		}
	}
	if tx, err := m.broadcast(again, h); err == nil {
		e.mine(ctx, 1)
		t.Errorf("second payout %s of burn %s broadcast with an honest share", tx.TxHash(), b.id)
	}
	if pays := e.payments(b.pay, s.from); len(pays) != 1 {
		t.Errorf("burn %s paid %d times, want once: %v", b.id, len(pays), pays)
	}
}

// byzantineBooks: exactly one payment per burn; custody on chain equals
// each honest ledger's.
func byzantineBooks(ctx context.Context, t *testing.T, s *byzantineScene) {
	f, e, m := s.f, s.e, s.m
	e.mine(ctx, int(f.dep.Bitcoin.Confirmations))
	time.Sleep(3 * time.Second) // the watchers poll: let the last blocks be recorded
	for _, b := range []struct {
		name string
		id   chains.TransferID
		pay  []byte
	}{{"x", s.x.id, s.x.pay}, {"split", s.split.id, s.split.pay}, {"repay", s.repay.id, s.repay.pay}} {
		if pays := e.payments(b.pay, s.from); len(pays) != 1 {
			t.Errorf("burn %s (%s) paid %d times, want exactly once: %v", b.name, b.id, len(pays), pays)
		}
	}
	var onChain int64
	for _, u := range m.custody(ctx, false) {
		onChain += u.Amount
	}
	f.c.Close()
	asset := chains.ComputeAssetID(f.dep.Bitcoin.ChainID, nil)
	for _, op := range []*operator{s.op1, s.op2} {
		st, err := audit.NewStore(audit.StoreConfig{Path: op.AuditStore()})
		if err != nil {
			t.Fatal(err)
		}
		rep, err := audit.Verify(ctx, st, audit.VerifyOptions{SkipAttestations: true})
		st.Close()
		if err != nil {
			t.Fatalf("op%d's ledger: %v", op.Index, err)
		}
		found := false
		for _, bal := range rep.Balances {
			if bal.Asset != asset {
				continue
			}
			found = true
			want := int64(bal.Locked.Uint64() + bal.FeesWithheld.Uint64() - bal.FeesPaid.Uint64())
			if onChain != want {
				t.Errorf("custody on btcd holds %d sat; op%d's ledger says locked %s + fees withheld %s − fees paid %s = %d",
					onChain, op.Index, bal.Locked.Dec(), bal.FeesWithheld.Dec(), bal.FeesPaid.Dec(), want)
			} else {
				t.Logf("custody %d sat = op%d's ledger", onChain, op.Index)
			}
		}
		if !found {
			t.Errorf("op%d's ledger has no balance of BTC (asset %s)", op.Index, asset)
		}
	}
}

// attacker is operator 3 gone rogue: its keys, a bus connection of its
// own, and what it reads on the bus.
type attacker struct {
	t      *testing.T
	e      *btcEnv
	op     *operator
	bus    *bus.Bus
	fedKey *btcec.PrivateKey
	xkey   [32]byte
	chain  chains.ChainID
	fed    bitcoin.Federation
	from   int64 // custody outputs are searched from this height on

	mu      sync.Mutex
	auths   map[chains.TransferID]map[common.Address]relay.Authorization
	bshares map[[32]byte]map[common.Address][]byte
	paid    map[chains.TransferID]map[common.Address]bool // Payout events, by publisher
}

func newAttacker(ctx context.Context, e *btcEnv, op *operator) *attacker {
	t := e.t
	t.Helper()
	rec, delay, err := e.f.dep.Bitcoin.Custody()
	if err != nil {
		t.Fatal(err)
	}
	a := &attacker{t: t, e: e, op: op, fedKey: btcKey(op.Key), chain: e.f.dep.Bitcoin.ChainID, from: e.tip(),
		fed:   bitcoin.Federation{Epoch: 1, Signers: e.fed, Recovery: rec, RecoveryDelay: delay},
		auths: map[chains.TransferID]map[common.Address]relay.Authorization{}, bshares: map[[32]byte]map[common.Address][]byte{},
		paid: map[chains.TransferID]map[common.Address]bool{}}
	copy(a.xkey[:], schnorr.SerializePubKey(a.fedKey.PubKey()))
	var ops []common.Address
	for _, o := range e.f.ops {
		ops = append(ops, o.Address)
	}
	// A modified operator keeps its own NATS user: the bus is authenticated
	// (issue 14), and op3's user may do whatever op3's relayd may.
	creds := filepath.Join(e.f.d.NATS.Federation, busauth.DirUsers, bus.OperatorToken(op.Address)+".creds")
	a.bus, err = bus.New(ctx, bus.Config{URLs: []string{e.f.d.NATS.URL}, Name: "e2e-byzantine-op3", Operators: ops, Replicas: 1, Auth: bus.Auth{CredsFile: creds}}, keys.FromECDSA(op.Key))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.bus.Close)
	for _, spec := range []bus.ConsumerSpec{
		{Stream: bus.StreamShares, Filters: []string{relay.ShareSubject(a.chain), relay.BatchShareSubject(a.chain)}},
		{Stream: bus.StreamEvents, Filters: []string{relay.EventSubject(a.chain, chains.KindPayout)}},
	} {
		if _, err := a.bus.Consume(ctx, spec, a.read); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// read records shares, batch shares and payout events.
func (a *attacker) read(_ context.Context, m bus.Msg) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	switch m.Subject {
	case relay.ShareSubject(a.chain):
		sh, err := relay.DecodeShare(m.Payload)
		if err != nil {
			return err
		}
		if a.auths[sh.Authorization.TransferID] == nil {
			a.auths[sh.Authorization.TransferID] = map[common.Address]relay.Authorization{}
		}
		a.auths[sh.Authorization.TransferID][m.From] = sh.Authorization
	case relay.BatchShareSubject(a.chain):
		var bs relay.BatchShare
		if err := json.Unmarshal(m.Payload, &bs); err != nil {
			return err
		}
		if a.bshares[bs.BatchHash] == nil {
			a.bshares[bs.BatchHash] = map[common.Address][]byte{}
		}
		a.bshares[bs.BatchHash][m.From] = bs.Signature
	default:
		ev, err := relay.DecodeEvent(m.Payload)
		if err != nil {
			return err
		}
		if a.paid[ev.TransferID] == nil {
			a.paid[ev.TransferID] = map[common.Address]bool{}
		}
		a.paid[ev.TransferID][m.From] = true
	}
	return nil
}

// lead takes the Bitcoin coordinator's leader lease (the name and TTL
// relayd uses) and keeps it until the returned function is called.
func (a *attacker) lead(ctx context.Context) (release func()) {
	a.t.Helper()
	l, err := a.bus.NewLease(ctx, fmt.Sprintf("coordinator-%d", a.chain), 3*time.Second)
	if err != nil {
		a.t.Fatal(err)
	}
	lctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = l.Run(lctx); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for !l.Held() {
		if time.Now().After(deadline) {
			a.t.Fatalf("attacker did not get the coordinator lease (holder %q)", l.Holder())
		}
		time.Sleep(50 * time.Millisecond)
	}
	var once sync.Once
	release = func() { once.Do(func() { cancel(); <-done }) }
	a.t.Cleanup(release)
	return release
}

// authorization waits until every one of ops published its share for
// burn id and returns the authorization they signed.
func (a *attacker) authorization(ctx context.Context, id chains.TransferID, ops ...*operator) relay.Authorization {
	a.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		a.mu.Lock()
		got := a.auths[id]
		var out relay.Authorization
		n := 0
		for _, op := range ops {
			if au, ok := got[op.Address]; ok {
				out = au
				n++
			}
		}
		a.mu.Unlock()
		if n == len(ops) {
			return out
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			a.t.Fatalf("burn %s: %d of %d honest shares after 60s", id, n, len(ops))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// waitPaidEvents waits until each of ops published a Payout event of id
// (its own watcher saw the payout final and its ledger recorded it).
func (a *attacker) waitPaidEvents(ctx context.Context, id chains.TransferID, within time.Duration, ops ...*operator) {
	a.t.Helper()
	deadline := time.Now().Add(within)
	for {
		a.mu.Lock()
		n := 0
		for _, op := range ops {
			if a.paid[id][op.Address] {
				n++
			}
		}
		a.mu.Unlock()
		if n == len(ops) {
			return
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			a.t.Fatalf("burn %s: %d of %d operators reported its payout within %s", id, n, len(ops), within)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// custody returns the custody outputs on btcd (final ones only, if
// final), unspent in blocks and in the mempool, largest first.
func (a *attacker) custody(ctx context.Context, final bool) []wallet.UTXO {
	us, _, _ := a.scan(ctx, final)
	return us
}

// main returns the federation's custody main as the chain defines it
// (wallet.BuildMainPayout): the first final custody output, then the
// one custody output of each final transaction that spends the main.
// It is the one input an honest signer accepts as a payout's parent.
func (a *attacker) main(ctx context.Context) wallet.UTXO {
	a.t.Helper()
	_, m, ok := a.scan(ctx, true)
	if !ok {
		a.t.Fatal("no custody main: no final custody output, or the main is spent")
	}
	return m
}

// scan reads custody from the blocks since the attacker connected, and
// the mempool. The main is unspendable (ok false) when the transaction
// that spent it made no or several custody outputs.
func (a *attacker) scan(ctx context.Context, final bool) (us []wallet.UTXO, main wallet.UTXO, ok bool) {
	a.t.Helper()
	home, err := bitcoin.NewCustodyOutput(a.fed)
	if err != nil {
		a.t.Fatal(err)
	}
	type at struct {
		u      wallet.UTXO
		height int64
	}
	set := map[wire.OutPoint]at{}
	tip := a.e.tip()
	finalAt := tip - int64(a.e.f.dep.Bitcoin.Confirmations) + 1
	var mainOp *wire.OutPoint
	for h := a.from; h <= tip && ctx.Err() == nil; h++ {
		hash, err := a.e.c.GetBlockHash(h)
		if err != nil {
			a.t.Fatal(err)
		}
		blk, err := a.e.c.GetBlock(hash)
		if err != nil {
			a.t.Fatal(err)
		}
		for _, tx := range blk.Transactions {
			spendsMain := false
			for _, in := range tx.TxIn {
				delete(set, in.PreviousOutPoint)
				spendsMain = spendsMain || (mainOp != nil && in.PreviousOutPoint == *mainOp)
			}
			var made []wire.OutPoint
			for i, o := range tx.TxOut {
				if bytes.Equal(o.PkScript, home.PkScript()) {
					op := wire.OutPoint{Hash: tx.TxHash(), Index: uint32(i)}
					set[op] = at{wallet.UTXO{OutPoint: op, Amount: o.Value, Epoch: a.fed.Epoch}, h}
					made = append(made, op)
				}
			}
			switch {
			case h > finalAt:
			case mainOp == nil && len(made) > 0:
				mainOp = &made[0]
			case spendsMain && len(made) == 1:
				mainOp = &made[0]
			case spendsMain:
				mainOp = &wire.OutPoint{} // spent without one change: no main
			}
		}
	}
	for _, tx := range a.e.mempool() {
		for _, in := range tx.TxIn {
			delete(set, in.PreviousOutPoint)
		}
	}
	for _, x := range set {
		if final && x.height > finalAt {
			continue
		}
		us = append(us, x.u)
		if mainOp != nil && x.u.OutPoint == *mainOp {
			main, ok = x.u, true
		}
	}
	sort.Slice(us, func(i, j int) bool {
		if us[i].Amount != us[j].Amount {
			return us[i].Amount > us[j].Amount
		}
		return us[i].OutPoint.String() < us[j].OutPoint.String()
	})
	return us, main, ok
}

// build makes a payout of burns from exactly the inputs, at rate sat/vB,
// as the federation wallet would (so that an honest signer's rebuild
// matches it unless the attacker edits it afterwards).
func (a *attacker) build(rate uint64, inputs []wallet.UTXO, burns []relay.Authorization) *psbt.Packet {
	a.t.Helper()
	w, err := wallet.New(wallet.Config{Federations: []bitcoin.Federation{a.fed}, Current: a.fed.Epoch,
		Fees: wallet.FeePolicy{Rate: rate, MinRate: 1, MaxRate: max(rate, a.e.f.dep.Bitcoin.MaxFeeRate)}})
	if err != nil {
		a.t.Fatal(err)
	}
	var bs []wallet.Burn
	for _, au := range burns {
		bs = append(bs, wallet.Burn{TransferID: au.TransferID, PkScript: au.Recipient, Amount: au.Amount.Int64()})
	}
	pk, err := w.BuildPayout(inputs, bs)
	if err != nil {
		a.t.Fatalf("build payout: %v", err)
	}
	if len(pk.UnsignedTx.TxIn) != len(inputs) {
		a.t.Fatalf("payout spends %d inputs, the attacker gave %d", len(pk.UnsignedTx.TxIn), len(inputs))
	}
	return pk
}

// propose publishes pk as operator 3's batch proposal of items, the way
// the coordinator does, and returns the batch hash shares will name.
func (a *attacker) propose(ctx context.Context, pk *psbt.Packet, items []relay.Authorization) [32]byte {
	a.t.Helper()
	pr, err := wallet.ReadProposal(pk)
	if err != nil {
		a.t.Fatal(err)
	}
	byID := map[chains.TransferID]relay.Authorization{}
	for _, it := range items {
		byID[it.TransferID] = it
	}
	b := relay.Batch{Chain: a.chain}
	for _, id := range pr.Burns { // in output order, as the coordinator's batcher lists them
		if id != nil {
			b.Items = append(b.Items, byID[*id])
		}
	}
	var raw bytes.Buffer
	if err := pk.Serialize(&raw); err != nil {
		a.t.Fatal(err)
	}
	b.Data = raw.Bytes()
	payload, err := relay.EncodeProposal(relay.Proposal{Batch: b, Leader: a.op.Address})
	if err != nil {
		a.t.Fatal(err)
	}
	h := b.Hash()
	if _, err := a.bus.Publish(ctx, relay.ProposalSubject(a.chain), relay.ProposalID(a.chain, h, time.Now()), payload); err != nil {
		a.t.Fatal(err)
	}
	return h
}

// sweep plays the lease holder's part of a sweep round honestly, as
// relayd's PayoutBatcher.Round would: it proposes the sweep of deposit op
// at relayd's default fee rate, waits (up to within) for one honest batch
// share — the honest signer checks the sweep against its own node and
// ledger, and retries while its ledger lacks the deposit's MINT — and
// broadcasts the sweep with its own signatures.
func (a *attacker) sweep(ctx context.Context, op wire.OutPoint, within time.Duration) {
	a.t.Helper()
	wcfg, err := btcroute.Config{Chain: a.chain, Deployment: a.e.f.dep, Recovery: a.fed.Recovery, RecoveryDelay: a.fed.RecoveryDelay}.WatcherConfig()
	if err != nil {
		a.t.Fatal(err)
	}
	v, err := watcher.NewVerifier(wcfg, a.e.c)
	if err != nil {
		a.t.Fatal(err)
	}
	d, err := v.Deposit(ctx, op)
	if err != nil {
		a.t.Fatalf("deposit %s: %v", op, err)
	}
	w, err := wallet.New(wallet.Config{Federations: []bitcoin.Federation{a.fed}, Current: a.fed.Epoch,
		Fees: wallet.FeePolicy{Rate: config.DefaultBitcoinFeeRate, MinRate: 1, MaxRate: a.e.f.dep.Bitcoin.MaxFeeRate}})
	if err != nil {
		a.t.Fatal(err)
	}
	pk, err := w.BuildSweep([]wallet.Deposit{d})
	if err != nil {
		a.t.Fatal(err)
	}
	h := a.propose(ctx, pk, nil)
	deadline := time.Now().Add(within)
	for len(a.shares(h)) == 0 {
		if time.Now().After(deadline) || ctx.Err() != nil {
			a.t.Fatalf("no honest share of the sweep of %s within %s", op, within)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, err := a.broadcast(pk, h); err != nil {
		a.t.Fatalf("sweep of %s: %v", op, err)
	}
}

// shares returns the batch shares of h other operators sent.
func (a *attacker) shares(h [32]byte) map[common.Address][]byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := map[common.Address][]byte{}
	for k, v := range a.bshares[h] {
		if k != a.op.Address {
			out[k] = v
		}
	}
	return out
}

// answer is what one honest operator did with a proposal: signed it
// (its batch share), or refused it (the line of its log that says so).
type answer struct {
	op      *operator
	share   []byte
	refusal string
}

// answers waits until each of ops either sent its batch share of the
// proposal with batch hash h or refused it for good in its log (after
// marks), or within has passed; a retry it logged then counts as its
// refusal. The bus logs every refusal with the publication id, which
// names the batch hash (relay.ProposalID).
func (a *attacker) answers(ctx context.Context, h [32]byte, marks map[*operator]int64, within time.Duration, ops ...*operator) []answer {
	id := fmt.Sprintf("%x", h)
	deadline := time.Now().Add(within)
	for {
		got := a.shares(h)
		out := make([]answer, len(ops))
		done := 0
		for i, op := range ops {
			out[i].op = op
			if sh, ok := got[op.Address]; ok {
				out[i].share = sh
				done++
				continue
			}
			for _, line := range logLines(op, marks[op]) {
				if !strings.Contains(line, id) {
					continue
				}
				if strings.Contains(line, "message refused") || strings.Contains(line, "giving up") {
					out[i].refusal = line
					done++
					break
				}
				if strings.Contains(line, "retry later") && out[i].refusal == "" {
					out[i].refusal = line
				}
			}
		}
		if done == len(ops) || time.Now().After(deadline) || ctx.Err() != nil {
			return out
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// sign is the attacker's own BIP-340 signature of every input of pk.
func (a *attacker) sign(pk *psbt.Packet) []wallet.Signature {
	a.t.Helper()
	leaves, err := wallet.Leaves(pk)
	if err != nil {
		a.t.Fatal(err)
	}
	var out []wallet.Signature
	for i, il := range leaves {
		sig, err := schnorr.Sign(a.fedKey, il.SigHash)
		if err != nil {
			a.t.Fatal(err)
		}
		s := wallet.Signature{Input: i, Key: a.xkey, LeafHash: il.Leaf.TapHash()}
		copy(s.Sig[:], sig.Serialize())
		out = append(out, s)
	}
	return out
}

// broadcast completes pk with the attacker's signatures and the batch
// shares of h it got, and sends it to btcd: it fails without a quorum.
func (a *attacker) broadcast(pk *psbt.Packet, h [32]byte) (*wire.MsgTx, error) {
	all := a.sign(pk)
	for signer, raw := range a.shares(h) {
		var sigs []wallet.Signature
		if err := json.Unmarshal(raw, &sigs); err != nil {
			return nil, fmt.Errorf("shares of %s: %w", signer, err)
		}
		all = append(all, sigs...)
	}
	tx, err := wallet.AssembleWitness(pk, all)
	if err != nil {
		return nil, err
	}
	if _, err := a.e.c.SendRawTransaction(tx, false); err != nil {
		return nil, fmt.Errorf("btcd refused %s: %w", tx.TxHash(), err)
	}
	return tx, nil
}

func clonePacket(t *testing.T, pk *psbt.Packet) *psbt.Packet {
	t.Helper()
	var raw bytes.Buffer
	if err := pk.Serialize(&raw); err != nil {
		t.Fatal(err)
	}
	c, err := psbt.NewFromRawBytes(&raw, false)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// payeeScript is a P2WPKH script of a key named by label.
func payeeScript(e *btcEnv, label string) []byte {
	e.t.Helper()
	_, pub := btcec.PrivKeyFromBytes(crypto.Keccak256([]byte(label)))
	addr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(pub.SerializeCompressed()), e.params)
	if err != nil {
		e.t.Fatal(err)
	}
	s, err := txscript.PayToAddrScript(addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// ---- relayd logs ----

// logMarks returns the current length of each operator's log.
func logMarks(ops ...*operator) map[*operator]int64 {
	out := map[*operator]int64{}
	for _, op := range ops {
		if st, err := os.Stat(op.LogPath); err == nil {
			out[op] = st.Size()
		}
	}
	return out
}

// logLines returns the lines written to op's log after offset from.
func logLines(op *operator, from int64) []string {
	b, err := os.ReadFile(op.LogPath)
	if err != nil || int64(len(b)) < from {
		return nil
	}
	return strings.Split(string(b[from:]), "\n")
}

// logErr is the message and error of a JSON log line.
func logErr(line string) string {
	var l struct {
		Msg   string `json:"message"`
		Error string `json:"error"`
	}
	if json.Unmarshal([]byte(line), &l) != nil {
		return line
	}
	return l.Msg + ": " + l.Error
}
