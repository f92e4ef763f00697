package evm_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/rs/zerolog"
)

// A watcher over two endpoints that resumes from a cursor file.
func ExampleWatcher() {
	ctx := context.Background()
	log := zerolog.Nop()
	c, err := evm.Dial(ctx, evm.ClientConfig{
		Chain: chains.DevnetA,
		Endpoints: []evm.Endpoint{
			{Name: "local", URL: "ws://127.0.0.1:8545"},
			{Name: "backup", URL: "http://127.0.0.1:8546"},
		},
	}, evm.WithClientLogger(log))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	w, err := evm.NewWatcher(evm.WatcherConfig{
		Chain:         chains.DevnetA,
		Bridge:        common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Confirmations: 3,
		StartBlock:    1,
	}, c, evm.FileCursor{Path: "/var/lib/kakehashi/cursor-31337.json"}, evm.WithWatcherLogger(log))
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = w.Run(ctx, func(ctx context.Context, ev chains.Event) error {
		if ev.Reorged {
			fmt.Println("ALARM: reorged out after publication:", ev.Ref)
			return nil
		}
		fmt.Println(ev.Kind, ev.TransferID, ev.Amount)
		return nil
	})
}

// A signer re-reads the event it was told about from its own node.
func ExampleVerifier_Verify() {
	ctx := context.Background()
	var c *evm.Client // from evm.Dial
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: chains.DevnetA, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), Confirmations: 3}, c)
	if err != nil {
		fmt.Println(err) // a nil client is a configuration error
		return
	}
	ev, err := v.Verify(ctx, chains.EventRef{Chain: chains.DevnetA, TxHash: [32]byte{1}, Index: 0})
	var nf *evm.NotFinalError
	switch {
	case errors.As(err, &nf):
		fmt.Printf("retry later: %d of %d confirmations\n", nf.Confirmations, nf.Required)
	case errors.Is(err, evm.ErrWrongContract), errors.Is(err, evm.ErrMalformedEvent):
		fmt.Println("refuse: not a genuine bridge event")
	case err == nil:
		fmt.Println("verified", ev.TransferID)
	}
	// Output: evm: invalid configuration: nil Client
}

// Minting with the operator's submit key.
func ExampleSubmitter_Mint() {
	ctx := context.Background()
	var (
		c         *evm.Client       // from evm.Dial
		submitKey *ecdsa.PrivateKey // the operator's gas-paying key
		transfer  bindings.BridgeTransfer
		sigs      []byte // t signatures over the EIP-712 Mint message, packed (contracts/eip712.Pack)
	)
	s, err := evm.NewSubmitter(evm.SubmitterConfig{
		Chain: chains.DevnetB, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), Key: submitKey,
		Fees:       evm.FeePolicy{MaxFeeCap: big.NewInt(200e9), BumpPercent: 20},
		StuckAfter: 30 * time.Second,
	}, c)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := s.Mint(ctx, 1, eip712.NoDeadline, transfer, sigs)
	switch {
	case err != nil:
		fmt.Println("mint failed:", err)
	case len(res.AlreadyProcessed) > 0:
		fmt.Println("already minted by another operator; nothing sent")
	default:
		fmt.Println("minted in", res.TxHash, "after", len(res.Sent), "broadcasts")
	}
	// Output: evm: invalid configuration: nil Client
}
