package cli

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
)

// rotateFlags name the new signer set of a rotation.
type rotateFlags struct {
	signers   []string
	threshold uint8
}

func (r *rotateFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&r.signers, "signers", nil, "the new signer set: authorisation addresses, comma-separated (required)")
	cmd.Flags().Uint8Var(&r.threshold, "threshold", 0, "the new set's threshold t (required)")
	_ = cmd.MarkFlagRequired("signers")
	_ = cmd.MarkFlagRequired("threshold")
}

// set parses and checks the new set: addresses, no duplicate, 1 ≤ t ≤ n;
// sorted as the bridge wants them.
func (r *rotateFlags) set() ([]common.Address, error) {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, s := range r.signers {
		s = strings.TrimSpace(s)
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("%w: --signers: %q is not an address", ErrUsage, s)
		}
		a := common.HexToAddress(s)
		if a == (common.Address{}) || seen[a] {
			return nil, fmt.Errorf("%w: --signers: %s is zero or listed twice", ErrUsage, a)
		}
		seen[a] = true
		out = append(out, a)
	}
	if r.threshold < 1 || int(r.threshold) > len(out) {
		return nil, fmt.Errorf("%w: --threshold %d with %d signers: use 1..%d", ErrUsage, r.threshold, len(out), len(out))
	}
	deploy.SortAddresses(out)
	return out, nil
}

// signRotateCmd is 'bridgectl sign rotate', with the shared sign flags f.
func (a *app) signRotateCmd(f *signFlags) *cobra.Command {
	r := &rotateFlags{}
	cmd := &cobra.Command{
		Use:   "rotate",
		Short: "Sign rotateSigners for one chain's bridge: the new signer set and threshold",
		Long: `Sign the current set's approval of a new signer set on one chain's bridge
(RotateSigners(epoch, signers, threshold, nonce)). Once a quorum of the
current set has signed and the rotation is submitted ('bridgectl rotate'),
the bridge's epoch grows by one and the old set's signatures stop
counting there. Each chain's bridge signs its own digest: sign once per
chain. docs/relay.md, "Rotating the federation", gives the whole
procedure (relays, deployment file, Bitcoin custody).`,
		Example: "  bridgectl sign rotate --chain A --signers 0xop1,0xop2,0xop3,0xop4 --threshold 3 --signer-key $OPERATOR_KEY",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			set, err := r.set()
			if err != nil {
				return err
			}
			t, err := f.target(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer t.close()
			return f.emit(a, fmt.Sprintf("rotate to %d-of-%d", r.threshold, len(set)), t, eip712.RotateSignersDigest(t.domain, t.epoch, set, r.threshold, t.nonce))
		},
	}
	r.register(cmd)
	return cmd
}

// rotateCmd is 'bridgectl rotate': submit a signed rotation.
func (a *app) rotateCmd() *cobra.Command {
	var chain string
	r := &rotateFlags{}
	f := &signerFlags{}
	cmd := &cobra.Command{
		Use:   "rotate",
		Short: "Rotate a bridge's signer set with a quorum of the current set's signatures",
		Long: `Rotate submits rotateSigners(epoch, signers, threshold, nonce, sigs). The
signatures come from the current set's operators ('bridgectl sign rotate'
on each one's machine, handed over and passed with repeated --signature);
on a devnet --devnet-operators or --signer-key sign in place. After it the
bridge's epoch is one higher: relays must run with the new set
(operators.addresses, operators.threshold) and an updated deployment file
(docs/relay.md, "Rotating the federation").`,
		Example: `  bridgectl rotate --chain all --signers 0xop1,0xop2,0xop3,0xop4 --threshold 3 --devnet-operators
  bridgectl rotate --chain A --signers … --threshold 3 --signature 0xabc… --signature 0xdef… --key $PAYER_KEY`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			set, err := r.set()
			if err != nil {
				return err
			}
			dep, err := a.load()
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
			verb := fmt.Sprintf("rotated to %d-of-%d", r.threshold, len(set))
			return a.eachChain(ctx, targets, verb, func(cl *ethclient.Client, _ *bindings.Bridge, c deployment.Chain) error {
				if err := needGas(ctx, cl, crypto.PubkeyToAddress(payer.PublicKey), c.Name); err != nil {
					return err
				}
				return deploy.RotateSigners(ctx, cl, payer, c.Bridge, set, r.threshold, signer, a.console.progress())
			})
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "", "chain name or id, or all (required)")
	_ = cmd.MarkFlagRequired("chain")
	r.register(cmd)
	f.register(cmd)
	return cmd
}
