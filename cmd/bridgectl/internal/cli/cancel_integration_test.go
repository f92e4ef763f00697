//go:build integration

package cli_test

import (
	"context"
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// TestIntegrationCancel: 'bridgectl sign cancel' by two operators, then
// 'bridgectl cancel' with their signatures on a paused bridge, sets the
// deposit's replay flag (no mint can land); an EVM source cancelled in
// place with --devnet-operators likewise; a second cancel is refused.
func TestIntegrationCancel(t *testing.T) {
	d := harness.New(t, harness.WithBTC(), harness.WithEVM(3))
	ctx := context.Background()
	c := ctl{t: t, dir: d.Dir}
	payer, _ := crypto.GenerateKey()
	payerHex := hex.EncodeToString(crypto.FromECDSA(payer))
	if err := d.FundEVM(ctx, 0, crypto.PubkeyToAddress(payer.PublicKey), big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	var deployed struct{ Deployment string }
	c.ok(&deployed, "deploy")
	dep, err := deployment.Read(deployed.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	chainA, _ := dep.Chain("A")
	chainB, _ := dep.Chain("B")
	btc, _ := dep.Chain("BTC")
	bridgeA, _ := bindings.NewBridge(chainA.Bridge, d.EVM[0].Client(t))
	ops := deployment.DevnetOperatorKeys()

	txid := "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"
	var ref [32]byte
	b, _ := hex.DecodeString(txid)
	copy(ref[:], b)
	source := "BTC:" + txid + ":1"

	var s1, s2 struct{ Signature string }
	c.ok(&s1, "sign", "cancel", "--chain", "A", "--source", source, "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[0])))
	c.ok(&s2, "sign", "cancel", "--chain", "A", "--source", source, "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[1])))
	c.ok(nil, "pause", "--chain", "A", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[0])))
	c.ok(nil, "--key", payerHex, "cancel", "--chain", "A", "--source", source, "--signature", s1.Signature, "--signature", s2.Signature)
	if done, err := bridgeA.IsProcessed(nil, uint64(btc.ID), ref, 1); err != nil || !done {
		t.Fatalf("deposit not cancelled on A: %v %v", done, err)
	}
	if r := c.run("--key", payerHex, "cancel", "--chain", "A", "--source", source, "--devnet-operators"); r.err == nil {
		t.Fatal("a second cancel of the same deposit succeeded")
	}

	// An EVM source (B's bridge, nonce 5), cancelled in place.
	c.ok(nil, "--key", payerHex, "cancel", "--chain", "A", "--source", "B:5", "--devnet-operators")
	srcRef, idx := eip712.EVMSource(chainB.Bridge, 5)
	if done, err := bridgeA.IsProcessed(nil, uint64(chainB.ID), srcRef, idx); err != nil || !done {
		t.Fatalf("B nonce 5 not cancelled on A: %v %v", done, err)
	}
	c.fails("usage", []string{"--source"}, "cancel", "--chain", "A", "--source", "BTC:7", "--devnet-operators")
}
