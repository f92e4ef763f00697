package chaincheck_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/evmtest"
)

// simBackend is go-ethereum's in-process simulated chain as an evmtest.Backend.
type simBackend struct {
	sim  *simulated.Backend
	keys []*ecdsa.PrivateKey
}

func newSim(t *testing.T) *simBackend {
	b := &simBackend{}
	alloc := types.GenesisAlloc{}
	bal, _ := new(big.Int).SetString("1000000000000000000000000", 10)
	for i := 0; i < 4; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi audit chaincheck key %d", i))))
		b.keys = append(b.keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: bal}
	}
	b.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = b.sim.Close() })
	return b
}

func (b *simBackend) Endpoint() evm.Endpoint {
	return evm.Endpoint{Name: "simulated", Node: b.sim.Client()}
}
func (b *simBackend) ChainID() chains.ChainID          { return 1337 }
func (b *simBackend) Key(i int) *ecdsa.PrivateKey      { return b.keys[i] }
func (b *simBackend) Reorg(context.Context, int) error { return errors.New("not used") }
func (b *simBackend) Mine(_ context.Context, n int) error {
	for i := 0; i < n; i++ {
		b.sim.Commit()
	}
	return nil
}

// A LOCK recorded from a real Locked event passes the check; a record that
// differs from the chain in any field, or names an event that does not
// exist or is not final, fails with a *MismatchError / ErrChainCheck.
func TestEventCheckerOnEVM(t *testing.T) {
	ctx := context.Background()
	f := evmtest.NewFixture(t, newSim(t))
	const conf = 3
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: conf}, f.Client)
	if err != nil {
		t.Fatal(err)
	}
	user := f.B.Key(1)
	recipient := common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	tx := f.LockNative(t, user, f.Nonce(t, user), 4242, recipient)
	rcpt := f.MineTx(t, tx)
	lg := rcpt.Logs[len(rcpt.Logs)-1]
	ref := chains.EventRef{Chain: f.Chain, TxHash: tx.Hash(), Index: uint32(lg.Index)}
	checker := audit.EventChecker{Reader: v}

	// Not final yet: the checker refuses what a too-eager proposer recorded.
	early := &audit.Record{Kind: audit.KindLock, Ref: audit.Ref{EventRef: ref, BlockNum: rcpt.BlockNumber.Uint64(), BlockHash: rcpt.BlockHash}}
	if err := checker.CheckRecord(ctx, early); !errors.Is(err, audit.ErrChainCheck) || !errors.Is(err, evm.ErrNotFinal) {
		t.Fatalf("unfinal lock: %v", err)
	}
	if err := f.B.Mine(ctx, conf); err != nil {
		t.Fatal(err)
	}
	ev, err := v.Verify(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := audit.FromEvent(ev)
	if err != nil {
		t.Fatal(err)
	}
	if err := checker.CheckRecord(ctx, rec); err != nil {
		t.Fatalf("genuine lock refused: %v", err)
	}
	if rec.Ref.BlockHash != rcpt.BlockHash || rec.Amount.Uint64() != 4242 || rec.DstChain != evmtest.PeerChain {
		t.Fatalf("record from the event: %+v", rec)
	}

	cases := []struct {
		name  string
		edit  func(r *audit.Record)
		field string
		cause error
	}{
		{"amount inflated", func(r *audit.Record) { r.Amount.SetUint64(4243) }, "amount", nil},
		{"recipient changed", func(r *audit.Record) {
			r.Recipient = common.HexToAddress("0x0000000000000000000000000000000000000bad").Bytes()
		}, "recipient", nil},
		{"destination changed", func(r *audit.Record) { r.DstChain = chains.DevnetC }, "destination chain", nil},
		{"recorded as a burn", func(r *audit.Record) { r.Kind = audit.KindBurn }, "kind", nil},
		{"wrong block", func(r *audit.Record) { r.Ref.BlockNum++ }, "block number", nil},
		{"wrong block hash", func(r *audit.Record) { r.Ref.BlockHash[3] ^= 1 }, "block hash", nil},
		{"transfer id of another lock", func(r *audit.Record) { r.TransferID[0] ^= 1 }, "transfer id", nil},
		{"transaction that does not exist", func(r *audit.Record) { r.Ref.TxHash[0] ^= 1 }, "", evm.ErrTxNotFound},
		{"log index that does not exist", func(r *audit.Record) { r.Ref.Index += 9 }, "", evm.ErrLogNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := *rec
			tc.edit(&r)
			err := checker.CheckRecord(ctx, &r)
			if !errors.Is(err, audit.ErrChainCheck) {
				t.Fatalf("accepted or wrong error: %v", err)
			}
			var me *audit.MismatchError
			if tc.field != "" && (!errors.As(err, &me) || me.Field != tc.field) {
				t.Fatalf("got %v, want a mismatch on %q", err, tc.field)
			}
			if tc.cause != nil && !errors.Is(err, tc.cause) {
				t.Fatalf("got %v, want %v", err, tc.cause)
			}
		})
	}
}

// acceptConfig stands for the operator's own configuration check of DEFINE
// and SIGNERSET records (what its relay config says the assets and
// operators are); everything else must come from the chain.
type acceptConfig struct{}

func (acceptConfig) CheckRecord(_ context.Context, r *audit.Record) error {
	if r.Kind == audit.KindDefine || r.Kind == audit.KindSignerSet {
		return nil
	}
	return fmt.Errorf("%w: %s is not a configuration record", audit.ErrChainCheck, r.Kind)
}

// The attester re-checks a proposed LOCK against its own EVM node and
// refuses a forged amount; a chain forged by a colluding quorum passes the
// internal checks but `verify --chains` names the block, record and field.
func TestAttestAndVerifyAgainstEVM(t *testing.T) {
	ctx := context.Background()
	f := evmtest.NewFixture(t, newSim(t))
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: f.Chain, Bridge: f.Bridge, Confirmations: 2}, f.Client)
	if err != nil {
		t.Fatal(err)
	}
	user := f.B.Key(1)
	tx := f.LockNative(t, user, f.Nonce(t, user), 777, common.HexToAddress("0x0000000000000000000000000000000000000b0b"))
	rcpt := f.MineTx(t, tx)
	if err := f.B.Mine(ctx, 2); err != nil {
		t.Fatal(err)
	}
	ev, err := v.Verify(ctx, chains.EventRef{Chain: f.Chain, TxHash: tx.Hash(), Index: uint32(rcpt.Logs[len(rcpt.Logs)-1].Index)})
	if err != nil {
		t.Fatal(err)
	}
	lock, err := audit.FromEvent(ev)
	if err != nil {
		t.Fatal(err)
	}

	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	for i := 0; i < 3; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi audit chaincheck operator %d", i))))
		keys = append(keys, k)
	}
	for _, k := range keys {
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })
	if f.Native != chains.ComputeAssetID(f.Chain, nil) {
		t.Fatalf("fixture native asset id %s", f.Native)
	}
	genesis := []*audit.Record{
		{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: 2, Signers: addrs}},
		{Kind: audit.KindDefine, AssetID: f.Native, Define: &audit.Definition{HomeChain: f.Chain, Decimals: 18,
			Wrapped: []audit.Wrapped{{Chain: evmtest.PeerChain, Token: common.HexToAddress("0x00000000000000000000000000000000000000aa").Bytes()}}}},
	}

	ledger, err := audit.NewLedger(ctx, audit.LedgerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	proposer, err := audit.NewProposer(audit.ProposerConfig{Key: keys[0], Ledger: ledger})
	if err != nil {
		t.Fatal(err)
	}
	attester, err := audit.NewAttester(audit.AttesterConfig{Key: keys[1], Ledger: ledger, Checker: audit.EventChecker{Reader: v, Other: acceptConfig{}}})
	if err != nil {
		t.Fatal(err)
	}
	var chain audit.BlockSlice
	finalize := func(recs ...*audit.Record) *audit.Block {
		b, rej, err := proposer.Propose(ctx, recs)
		if err != nil || len(rej) > 0 {
			t.Fatalf("propose: %v %v", err, rej)
		}
		att, err := attester.Attest(ctx, b)
		if err != nil {
			t.Fatalf("attest block %d: %v", b.Header.Height, err)
		}
		set, _ := ledger.NextSigners(b)
		if final, err := audit.AddAttestation(set, b, att); err != nil || !final {
			t.Fatalf("final %v: %v", final, err)
		}
		if err := ledger.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
		chain = append(chain, b)
		return b
	}
	finalize(genesis...)

	// The leader proposes an inflated lock: the attester's node disagrees.
	forged := *lock
	forged.Amount.SetUint64(1_000_000)
	b, _, err := proposer.Propose(ctx, []*audit.Record{&forged})
	if err != nil {
		t.Fatal(err)
	}
	var me *audit.MismatchError
	if _, err := attester.Attest(ctx, b); !errors.As(err, &me) || me.Field != "amount" {
		t.Fatalf("attester signed an inflated lock: %v", err)
	}

	// Colluding operators 0 and 2 sign it anyway: internally consistent ...
	bad := append(audit.BlockSlice{}, chain...)
	att, _ := audit.Attest(keys[2], b.Hash())
	if _, err := audit.AddAttestation(ledger.Signers(), b, att); err != nil {
		t.Fatal(err)
	}
	bad = append(bad, b)
	if _, err := audit.Verify(ctx, bad, audit.VerifyOptions{}); err != nil {
		t.Fatalf("internal verification: %v", err)
	}
	// ... but the chain check finds it.
	checkers := map[chains.ChainID]audit.ChainChecker{f.Chain: audit.EventChecker{Reader: v}}
	_, err = audit.Verify(ctx, bad, audit.VerifyOptions{Chains: checkers})
	var ve *audit.VerifyError
	if !errors.As(err, &ve) || ve.Height != 1 || ve.Record != 0 || !errors.As(err, &me) || me.Field != "amount" {
		t.Fatalf("verify --chains: %v", err)
	}
	t.Log(err)

	// The honest block goes through, and the honest chain verifies against the node.
	finalize(lock)
	rep, err := audit.Verify(ctx, chain, audit.VerifyOptions{Chains: checkers, Genesis: chain[0].Hash()})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Balances[0].Locked.Uint64() != 777 || rep.Balances[0].InFlight.Uint64() != 777 {
		t.Fatalf("balances %+v", rep.Balances[0])
	}
}
