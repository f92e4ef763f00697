package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/txscript"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/spf13/cobra"
)

// demoUser is the devnet's demo user: a key anyone can derive from a public
// string, funded on every chain. Devnet only.
type demoUser struct {
	BTCAddress string `json:"btcAddress"`
	EVMAddress string `json:"evmAddress"`
}

func newDemo(g *globalFlags) *cobra.Command {
	f := &nodeFlags{}
	var duration time.Duration
	var bridge bool
	bf := bridgeFlags{}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Start the devnet in the foreground, fund a demo user on every chain, stop on Ctrl-C; --bridge runs the bridge demo",
		Long: `Without --bridge: start the devnet in the foreground, fund a demo user on
every chain, print what runs and stop on Ctrl-C (or after --duration).

With --bridge: start the devnet, deploy the bridges (TST and BTC defined),
start three relayd (2-of-3, each also serving the Bitcoin chain), then move
TST A → B → A and re-transfer A → B → C → A, then BTC → A → BTC (a deposit
made with 'bridgectl deposit btc', its confirmations x/N, the mint on A net
of the deposit fee, the sweep into custody, a burn on A to the user's
Bitcoin address and the payout), printing each step as it happens (lock,
confirmations, the relays' signatures, mint, burn, unlock, payout,
balances), and end with 'bridgectl audit replay' of every operator's audit
ledger. Every process is stopped before it exits, on success, failure or
Ctrl-C. relayd and bridgectl are taken from --relayd/--bridgectl, else next
to this binary, else from PATH.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			w := cmd.OutOrStdout()
			if bridge {
				return runBridgeDemo(ctx, g, f, bf, w, log)
			}
			began := time.Now()
			d, err := harness.Start(ctx, f.config(g.dir), log)
			if err != nil {
				return err
			}
			defer func() {
				d.Stop()
				_ = d.RemoveData()
				if !g.json {
					fmt.Fprintln(w, "devnet stopped; no process left running")
				}
			}()
			if err := printDescription(cmd, g, &d.Description, time.Since(began)); err != nil {
				return err
			}
			user, err := fundDemoUser(cmd, d)
			if err != nil {
				return err
			}
			if g.json {
				_ = json.NewEncoder(w).Encode(map[string]any{"demoUser": user})
			} else {
				fmt.Fprintf(w, "demo user funded: 5 BTC to %s; 100 ETH to %s on every EVM chain\n", user.BTCAddress, user.EVMAddress)
				fmt.Fprintln(w, "devnet running — press Ctrl-C to stop")
			}
			if duration > 0 {
				select {
				case <-ctx.Done():
				case <-time.After(duration):
				}
			} else {
				<-ctx.Done()
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().DurationVar(&duration, "duration", 0, "stop after this long instead of waiting for Ctrl-C")
	cmd.Flags().BoolVar(&bridge, "bridge", false, "run the end-to-end bridge demo (relays, transfers, audit replay) and exit")
	cmd.Flags().StringVar(&bf.relayd, "relayd", "", "relayd binary for --bridge (default: next to devnet, else PATH)")
	cmd.Flags().StringVar(&bf.bridgectl, "bridgectl", "", "bridgectl binary for --bridge (default: next to devnet, else PATH)")
	cmd.Flags().IntVar(&bf.confirmations, "confirmations", 2, "confirmations the relays require, with --bridge")
	cmd.Flags().DurationVar(&bf.stepTimeout, "step-timeout", 2*time.Minute, "give up on a transfer not executed within this, with --bridge")
	return cmd
}

func fundDemoUser(cmd *cobra.Command, d *harness.Devnet) (demoUser, error) {
	ctx := cmd.Context()
	var u demoUser
	if d.BTC != nil {
		a, err := fundDemoBTC(ctx, d)
		if err != nil {
			return u, err
		}
		u.BTCAddress = a
	}
	ek, err := demoKey()
	if err != nil {
		return u, err
	}
	a := crypto.PubkeyToAddress(ek.PublicKey)
	for i := range d.EVM {
		if err := d.FundEVM(ctx, i, a, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
			return u, err
		}
	}
	u.EVMAddress = a.Hex()
	return u, nil
}

// demoBTCAddress is the demo user's P2WPKH address and its script.
func demoBTCAddress() (string, []byte, error) {
	k, _ := btcec.PrivKeyFromBytes(demoSeed[:])
	a, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(k.PubKey().SerializeCompressed()), &chaincfg.RegressionNetParams)
	if err != nil {
		return "", nil, err
	}
	pk, err := txscript.PayToAddrScript(a)
	return a.EncodeAddress(), pk, err
}

// fundDemoBTC pays the demo user 5 BTC and mines a block to confirm it.
func fundDemoBTC(ctx context.Context, d *harness.Devnet) (string, error) {
	a, pk, err := demoBTCAddress()
	if err != nil {
		return "", err
	}
	if _, err := d.FundBTC(ctx, pk, 5*btcutil.SatoshiPerBitcoin); err != nil {
		return "", err
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		return "", err
	}
	return a, nil
}

// demoSeed derives the demo user's key from a public string. Devnet only.
var demoSeed = sha256.Sum256([]byte("kakehashi devnet demo user"))

// demoKey is the demo user's EVM key.
func demoKey() (*ecdsa.PrivateKey, error) { return crypto.ToECDSA(demoSeed[:]) }
