package auditchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/ledger/ledgertest"
)

// noBus is a Bus the test never runs.
type noBus struct{}

func (noBus) Publish(context.Context, string, string, []byte) (bus.PublishResult, error) {
	return bus.PublishResult{}, errors.New("no bus")
}
func (noBus) Consume(context.Context, bus.ConsumerSpec, bus.Handler) (*bus.Subscription, error) {
	return nil, errors.New("no bus")
}
func (noBus) NewLease(context.Context, string, time.Duration) (*bus.Lease, error) {
	return nil, errors.New("no bus")
}

type noLocal struct{}

func (noLocal) LocalBlocks(context.Context, uint64, func(*audit.Block) error) error { return nil }

// genesisBlock proposes records as block 0 with keys[0] and has every
// other key attest it.
func genesisBlock(t *testing.T, recs []*audit.Record, keys ...*ecdsa.PrivateKey) *audit.Block {
	t.Helper()
	ctx := context.Background()
	st, err := audit.NewStore(audit.StoreConfig{Path: filepath.Join(t.TempDir(), "g.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := audit.NewLedger(ctx, audit.LedgerConfig{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	p, err := audit.NewProposer(audit.ProposerConfig{Key: keys[0], Ledger: l})
	if err != nil {
		t.Fatal(err)
	}
	b, rej, err := p.Propose(ctx, recs)
	if err != nil || len(rej) > 0 {
		t.Fatalf("propose genesis: %v %v", err, rej)
	}
	set, _ := l.NextSigners(b)
	for _, k := range keys[1:] {
		a, err := audit.Attest(k, b.Header.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := audit.AddAttestation(set, b, a); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// An empty replica takes as block 0 only the genesis its own configuration
// gives: a self-consistent genesis of another signer set — a modified
// operator's chain of its own, served as a peer or on the bus — is
// refused; the federation's, attested by two of three, is applied.
func TestReplicaTakesOnlyItsGenesis(t *testing.T) {
	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	for range 3 {
		k, _ := crypto.GenerateKey()
		keys, addrs = append(keys, k), append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	dep := ledgertest.Deployment()
	gen, err := Genesis(addrs, 2, dep)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := New(ctx, Config{Key: keys[0], Path: filepath.Join(t.TempDir(), "r.db"), Genesis: gen, Local: noLocal{}, Bus: noBus{},
		Registerer: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	attacker, _ := crypto.GenerateKey()
	own, err := Genesis([]common.Address{crypto.PubkeyToAddress(attacker.PublicKey)}, 1, dep)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.apply(ctx, genesisBlock(t, own, attacker)); !errors.Is(err, ErrGenesis) {
		t.Fatalf("a genesis of another signer set: %v, want ErrGenesis", err)
	}
	if _, _, ok := c.ledger.Head(); ok {
		t.Fatal("the replica took a foreign genesis")
	}
	if err := c.apply(ctx, genesisBlock(t, gen, keys[0], keys[1])); err != nil {
		t.Fatalf("the federation's genesis: %v", err)
	}
	if h, _, ok := c.ledger.Head(); !ok || h != 0 {
		t.Fatal("the federation's genesis was not applied")
	}
}
