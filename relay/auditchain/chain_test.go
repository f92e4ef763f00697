package auditchain

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
)

// The attester vouches only for records its own ledger holds byte for
// byte: another record of the same chain event is a divergence, a record
// of an event it has not recorded is not seen (yet).
func TestCheckerOwnRecordsOnly(t *testing.T) {
	c := &Chain{shared: map[[32]byte]bool{}, local: map[[32]byte]bool{}, byEvent: map[eventKey][32]byte{}}
	lock := &audit.Record{Kind: audit.KindLock, Ref: audit.Ref{EventRef: chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{1}, Index: 2}, BlockNum: 7, BlockHash: [32]byte{7}},
		TransferID: chains.TransferID{9}, AssetID: chains.AssetID{3}, Amount: *uint256.NewInt(100), Sender: common.Address{1}.Bytes(),
		DstChain: chains.DevnetB, Recipient: common.Address{2}.Bytes(), Nonce: 4}
	if err := c.noteLocal(lock, time.Time{}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := (checker{c}).CheckRecord(ctx, lock); err != nil {
		t.Fatalf("own record: %v", err)
	}
	inflated := *lock
	inflated.Amount = *uint256.NewInt(1000)
	if err := (checker{c}).CheckRecord(ctx, &inflated); !errors.Is(err, ErrDivergent) {
		t.Fatalf("same event, other amount: %v, want ErrDivergent", err)
	}
	other := *lock
	other.Ref.EventRef.Index = 3
	if err := (checker{c}).CheckRecord(ctx, &other); !errors.Is(err, ErrNotSeen) {
		t.Fatalf("event not recorded: %v, want ErrNotSeen", err)
	}
	if len(c.backlog) != 1 {
		t.Fatalf("backlog %d, want the own record", len(c.backlog))
	}

	// A final block holding the contradicting record stops attestations;
	// one holding only records not seen yet does not.
	c.m, _ = newMetrics(nil)
	c.log = zerolog.Nop()
	encOther, _ := other.Encode()
	c.checkFinal(ctx, &audit.Block{Records: [][]byte{encOther}})
	if c.diverged {
		t.Fatal("a record not seen yet raised the divergence alarm")
	}
	encInflated, _ := inflated.Encode()
	c.checkFinal(ctx, &audit.Block{Records: [][]byte{encOther, encInflated}})
	if !c.diverged {
		t.Fatal("a final record contradicting the own ledger did not stop attestations")
	}
}

// Every operator derives the same genesis from the same deployment and
// operator set, whatever order it lists the operators in.
func TestGenesisDeterministic(t *testing.T) {
	dep := &deployment.Deployment{}
	a, b, c := common.Address{3}, common.Address{1}, common.Address{2}
	g1, err := Genesis([]common.Address{a, b, c}, 2, dep)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := Genesis([]common.Address{c, a, b}, 2, dep)
	if err != nil {
		t.Fatal(err)
	}
	e1, _ := g1[0].Encode()
	e2, _ := g2[0].Encode()
	if string(e1) != string(e2) || g1[0].SignerSet.Threshold != 2 || g1[0].SignerSet.Signers[0] != b {
		t.Fatalf("genesis signer sets differ or unsorted: %+v %+v", g1[0].SignerSet, g2[0].SignerSet)
	}
	if _, err := Genesis([]common.Address{a}, 2, dep); err == nil {
		t.Fatal("threshold above the signers accepted")
	}
}
