package audit

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/chains"
)

type refuseKind struct{ kind Kind }

func (r refuseKind) CheckRecord(_ context.Context, rec *Record) error {
	if rec.Kind == r.kind {
		return errors.New("my node has no such final event")
	}
	return nil
}

func TestAttester(t *testing.T) {
	ctx := context.Background()
	keys := operatorKeys(3)
	cb := newChainBuilder(t, keys, nil)
	cb.add(signerSetRecord(1, 2, keys), defineERC20())
	cb.add(lockRec(tid(1), erc20ID, chains.DevnetA, 10, 100, chains.DevnetB))
	propose := func(recs ...*Record) *Block {
		b, rej, err := cb.proposer.Propose(ctx, recs)
		if err != nil || len(rej) != 0 {
			t.Fatalf("propose: %v %v", err, rej)
		}
		return b
	}
	attester := func(c RecordChecker, now func() time.Time) *Attester {
		a, err := NewAttester(AttesterConfig{Key: keys[1], Ledger: cb.ledger, Checker: c, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	mint := destRec(KindMint, tid(1), erc20ID, chains.DevnetB, 20, 100, bob)

	cases := []struct {
		name   string
		block  func() *Block
		a      *Attester
		record int
		reason error
	}{
		{"own node does not confirm the mint", func() *Block { return propose(mint) }, attester(refuseKind{KindMint}, nil), 0, ErrChainCheck},
		{"leader lies about the state hash", func() *Block {
			b := propose(mint)
			b.Header.StateHash[5] ^= 1
			return b
		}, attester(acceptAll{}, nil), NoRecord, ErrStateHash},
		{"block does not follow the head", func() *Block {
			b := propose(mint)
			b.Header.Height++
			return b
		}, attester(acceptAll{}, nil), NoRecord, ErrLinkage},
		{"block from the future", func() *Block { return propose(mint) }, attester(acceptAll{}, func() time.Time { return time.UnixMilli(0) }), NoRecord, ErrTime},
		{"record smuggled in after the root", func() *Block {
			b := propose(mint)
			raw, _ := destRec(KindMint, tid(9), erc20ID, chains.DevnetB, 21, 5, bob).Encode()
			b.Records = append(b.Records, raw)
			b.Header.RecordCount++
			return b
		}, attester(acceptAll{}, nil), NoRecord, ErrRecordsRoot},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.a.Attest(ctx, tc.block())
			var ve *VerifyError
			if !errors.As(err, &ve) || ve.Record != tc.record || !errors.Is(err, tc.reason) {
				t.Fatalf("got %v, want record %d reason %v", err, tc.record, tc.reason)
			}
		})
	}

	t.Run("quorum: final at t, foreign and repeated signatures handled", func(t *testing.T) {
		b := propose(mint)
		set := cb.ledger.Signers()
		if err := cb.ledger.Apply(ctx, b); !errors.Is(err, ErrQuorum) {
			t.Fatalf("non-final block applied: %v", err)
		}
		if h, _, _ := cb.ledger.Head(); h != 1 {
			t.Fatalf("head moved to %d", h)
		}
		outsider, _ := Attest(operatorKey(9), b.Hash())
		if _, err := AddAttestation(set, b, outsider); !errors.Is(err, ErrAttestation) {
			t.Fatalf("outsider accepted: %v", err)
		}
		if final, err := AddAttestation(set, b, b.Attestations[0]); err != nil || final || len(b.Attestations) != 1 {
			t.Fatalf("repeat: final %v err %v n %d", final, err, len(b.Attestations))
		}
		att, err := attester(acceptAll{}, nil).Attest(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if final, err := AddAttestation(set, b, att); err != nil || !final {
			t.Fatalf("final %v err %v", final, err)
		}
		if err := cb.ledger.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	})
}

func TestConstructorsValidate(t *testing.T) {
	l, err := NewLedger(context.Background(), LedgerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	k := operatorKey(0)
	for name, err := range map[string]error{
		"proposer without key": func() error { _, err := NewProposer(ProposerConfig{Ledger: l}); return err }(),
		"proposer MaxRecords": func() error {
			_, err := NewProposer(ProposerConfig{Key: k, Ledger: l, MaxRecords: MaxBlockRecords + 1})
			return err
		}(),
		"attester without checker": func() error { _, err := NewAttester(AttesterConfig{Key: k, Ledger: l}); return err }(),
		"attester negative skew": func() error {
			_, err := NewAttester(AttesterConfig{Key: k, Ledger: l, Checker: acceptAll{}, MaxClockSkew: -1})
			return err
		}(),
	} {
		if !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
	p, _ := NewProposer(ProposerConfig{Key: operatorKey(5), Ledger: l})
	if _, _, err := p.Propose(context.Background(), []*Record{signerSetRecord(1, 1, operatorKeys(1))}); !errors.Is(err, ErrConfig) {
		t.Fatalf("proposer outside the signer set: %v", err)
	}
	p, _ = NewProposer(ProposerConfig{Key: k, Ledger: l})
	b, rej, err := p.Propose(context.Background(), []*Record{defineERC20()})
	if err != nil || b != nil || len(rej) != 1 || !errors.Is(rej[0].Err, ErrGenesis) {
		t.Fatalf("genesis without signer set: %v %v %v", b, rej, err)
	}
}

func TestAttestationMsg(t *testing.T) {
	cb := sampleChain(t)
	b := cb.blocks[3]
	m := AttestationMsg{Height: 3, Hash: b.Hash(), Attestation: b.Attestations[1]}
	back, err := DecodeAttestationMsg(m.Encode())
	if err != nil || back != m {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := DecodeAttestationMsg(m.Encode()[:104]); !errors.Is(err, ErrEncoding) {
		t.Fatalf("short message: %v", err)
	}
	// The collector checks the message names the block it holds, then adds it.
	fresh := cloneBlocks(cb.blocks[3:4])[0]
	fresh.Attestations = fresh.Attestations[:1]
	if back.Height != fresh.Header.Height || back.Hash != fresh.Hash() {
		t.Fatal("message does not name the block")
	}
	set := &SignerSet{Epoch: 1, Threshold: 2, Signers: signerSetRecord(1, 2, operatorKeys(3)).SignerSet.Signers}
	if final, err := AddAttestation(set, fresh, back.Attestation); err != nil || !final {
		t.Fatalf("final %v: %v", final, err)
	}
}
