package cli

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
)

// parseSource reads --source: BITCOIN-CHAIN:TXID:VOUT (a deposit output,
// the txid as btcd prints it) or EVM-CHAIN:NONCE (a Locked or Burned
// event of that chain's bridge), the chain by name or id. Only the source
// fields of the returned transfer are set.
func parseSource(dep *deployment.Deployment, s string) (eip712.Transfer, error) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return eip712.Transfer{}, fmt.Errorf("%w: --source %q: want BITCOIN-CHAIN:TXID:VOUT or EVM-CHAIN:NONCE", ErrUsage, s)
	}
	c, err := lookupChain(dep, parts[0])
	if err != nil {
		return eip712.Transfer{}, err
	}
	idx, err := strconv.ParseUint(parts[len(parts)-1], 10, 64)
	if err != nil {
		return eip712.Transfer{}, fmt.Errorf("%w: --source %q: %q is not an output index or nonce", ErrUsage, s, parts[len(parts)-1])
	}
	t := eip712.Transfer{SrcChain: c.ID, SrcIndex: idx}
	switch {
	case c.Kind == deployment.KindBitcoin && len(parts) == 3:
		txid, err := hex.DecodeString(parts[1])
		if err != nil || len(txid) != 32 || idx > 1<<32-1 {
			return eip712.Transfer{}, fmt.Errorf("%w: --source %q: want a 64-hex-digit txid and an output index", ErrUsage, s)
		}
		copy(t.SrcRef[:], txid) // display order, as the bridge names a deposit
	case c.Kind == deployment.KindEVM && len(parts) == 2:
		t.SrcRef, t.SrcIndex = eip712.EVMSource(c.Bridge, idx)
	default:
		return eip712.Transfer{}, fmt.Errorf("%w: --source %q: a Bitcoin source is CHAIN:TXID:VOUT, an EVM source CHAIN:NONCE", ErrUsage, s)
	}
	return t, nil
}

func (a *app) cancelCmd() *cobra.Command {
	var chain, source string
	f := &signerFlags{}
	cmd := &cobra.Command{
		Use:   "cancel",
		Short: "Cancel a source event on a bridge with a quorum of signer signatures: it can never be minted there",
		Long: `Cancel submits cancel(epoch, srcChain, srcRef, srcIndex, sigs) to the bridge of
--chain: the source event's replay flag is set, so no signature, queued or
future, can mint or unlock it on that chain. It works while the bridge is
paused — the case it exists for: a deposit whose refund window is closing
while its destination is paused (docs/bitcoin-route.md, "Mint deadline").
Signatures come from 'bridgectl sign cancel' (same --chain and --source),
or on a devnet from --devnet-operators or --signer-key.`,
		Example: `  bridgectl cancel --chain A --source BTC:<txid>:1 --devnet-operators
  bridgectl cancel --chain B --source A:7 --signature 0xabc… --signature 0xdef… --key $PAYER_KEY`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			dep, err := a.load()
			if err != nil {
				return err
			}
			src, err := parseSource(dep, source)
			if err != nil {
				return err
			}
			signer, payer, err := f.signerAndPayer(a)
			if err != nil {
				return err
			}
			targets, err := evmTargets(dep, chain)
			if err != nil {
				return err
			}
			if len(targets) != 1 {
				return fmt.Errorf("%w: --chain must name the one destination bridge", ErrUsage)
			}
			return a.eachChain(ctx, targets, "cancelled "+src.ID().String(), func(cl *ethclient.Client, _ *bindings.Bridge, c deployment.Chain) error {
				if err := needGas(ctx, cl, crypto.PubkeyToAddress(payer.PublicKey), c.Name); err != nil {
					return err
				}
				return deploy.Cancel(ctx, cl, payer, c.Bridge, src, signer, a.console.progress())
			})
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "", "the destination chain whose bridge must never mint it (required)")
	cmd.Flags().StringVar(&source, "source", "", "the source event: BITCOIN-CHAIN:TXID:VOUT or EVM-CHAIN:NONCE (required)")
	_ = cmd.MarkFlagRequired("chain")
	_ = cmd.MarkFlagRequired("source")
	f.register(cmd)
	return cmd
}
