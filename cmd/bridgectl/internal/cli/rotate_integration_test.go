//go:build integration

package cli_test

import (
	"context"
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// TestIntegrationRotate: the devnet's 2-of-3 set signs, one operator at a
// time, the rotation of A's bridge to 3-of-4 (a fourth operator joins);
// one signature is not a quorum; the rotation raises A's epoch and its
// set, leaves B alone, and the old set alone can no longer act on A
// (resume with two old signatures: not a quorum of 3).
func TestIntegrationRotate(t *testing.T) {
	d := harness.New(t, harness.WithEVM(2))
	c := ctl{t: t, dir: d.Dir}
	payer, _ := crypto.GenerateKey()
	payerHex := hex.EncodeToString(crypto.FromECDSA(payer))
	if err := d.FundEVM(context.Background(), 0, crypto.PubkeyToAddress(payer.PublicKey), big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	c.ok(nil, "deploy")
	ops := deployment.DevnetOperatorKeys()
	newOp, _ := crypto.GenerateKey()
	set := ""
	for _, k := range append(ops, newOp) {
		set += crypto.PubkeyToAddress(k.PublicKey).Hex() + ","
	}
	set = set[:len(set)-1]
	var s1, s2 struct{ Signature string }
	c.ok(&s1, "sign", "rotate", "--chain", "A", "--signers", set, "--threshold", "3", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[0])))
	c.fails("usage", []string{"--threshold 5 with 4 signers"}, "sign", "rotate", "--chain", "A", "--signers", set, "--threshold", "5", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[0])))
	c.fails("signers", []string{"needs 2"}, "rotate", "--chain", "A", "--signers", set, "--threshold", "3", "--signature", s1.Signature, "--key", payerHex)
	c.ok(&s2, "sign", "rotate", "--chain", "A", "--signers", set, "--threshold", "3", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[1])))
	c.ok(nil, "rotate", "--chain", "A", "--signers", set, "--threshold", "3", "--signature", s1.Signature, "--signature", s2.Signature, "--key", payerHex)

	var got struct {
		Bridges []struct {
			Name      string
			Epoch     uint64
			Threshold uint8
			Signers   []common.Address
		}
	}
	c.ok(&got, "signers")
	for _, b := range got.Bridges {
		switch {
		case b.Name == "A" && (b.Epoch != 2 || b.Threshold != 3 || len(b.Signers) != 4):
			t.Fatalf("A after the rotation: %+v, want epoch 2, 3-of-4", b)
		case b.Name == "B" && (b.Epoch != 1 || b.Threshold != 2 || len(b.Signers) != 3):
			t.Fatalf("B (not rotated): %+v, want epoch 1, 2-of-3", b)
		}
	}
	// The old quorum alone no longer acts on A.
	c.ok(nil, "pause", "--chain", "A", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[0])))
	var r1, r2 struct{ Signature string }
	c.ok(&r1, "sign", "resume", "--chain", "A", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[0])))
	c.ok(&r2, "sign", "resume", "--chain", "A", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[1])))
	c.fails("signers", []string{"needs 3"}, "resume", "--chain", "A", "--signature", r1.Signature, "--signature", r2.Signature, "--key", payerHex)
}
