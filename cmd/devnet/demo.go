package main

import (
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
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Start the devnet in the foreground, fund a demo user on every chain, stop on Ctrl-C",
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			w := cmd.OutOrStdout()
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
	return cmd
}

func fundDemoUser(cmd *cobra.Command, d *harness.Devnet) (demoUser, error) {
	ctx := cmd.Context()
	seed := sha256.Sum256([]byte("kakehashi devnet demo user"))
	var u demoUser
	if d.BTC != nil {
		k, _ := btcec.PrivKeyFromBytes(seed[:])
		addr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(k.PubKey().SerializeCompressed()), &chaincfg.RegressionNetParams)
		if err != nil {
			return u, err
		}
		pk, _ := txscript.PayToAddrScript(addr)
		if _, err := d.FundBTC(ctx, pk, 5*btcutil.SatoshiPerBitcoin); err != nil {
			return u, err
		}
		if _, err := d.MineBTC(ctx, 1); err != nil {
			return u, err
		}
		u.BTCAddress = addr.EncodeAddress()
	}
	ek, err := crypto.ToECDSA(seed[:])
	if err != nil {
		return u, err
	}
	addr := crypto.PubkeyToAddress(ek.PublicKey)
	for i := range d.EVM {
		if err := d.FundEVM(ctx, i, addr, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
			return u, err
		}
	}
	u.EVMAddress = addr.Hex()
	return u, nil
}
