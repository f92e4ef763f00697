package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
)

// refundTarget is a lock or burn to refund, checked on this user's own
// nodes (deploy.RefundCheck): its source event and the chains involved.
type refundTarget struct {
	src   deploy.RefundSource
	chain deployment.Chain // the source chain, whose bridge refunds
	cl    *ethclient.Client
}

// checkRefund parses --source (EVM-CHAIN:NONCE) and runs the honest
// signer's checks on this user's nodes of the source and destination
// chains. The caller closes t.cl.
func (a *app) checkRefund(ctx context.Context, source string) (refundTarget, error) {
	dep, err := a.load()
	if err != nil {
		return refundTarget{}, err
	}
	parts := strings.Split(strings.TrimSpace(source), ":")
	if len(parts) != 2 {
		return refundTarget{}, fmt.Errorf("%w: --source %q: want EVM-CHAIN:NONCE (the lock's or burn's chain and its nonce)", ErrUsage, source)
	}
	c, err := lookupChain(dep, parts[0])
	if err != nil {
		return refundTarget{}, err
	}
	if c.Kind != deployment.KindEVM {
		return refundTarget{}, fmt.Errorf("%w: --source %q: only an EVM bridge refunds; a Bitcoin depositor takes a deposit back with 'bridgectl btc refund'", ErrUsage, source)
	}
	nonce, err := strconv.ParseUint(parts[1], 10, 64)
	if err != nil {
		return refundTarget{}, fmt.Errorf("%w: --source %q: %q is not a nonce", ErrUsage, source, parts[1])
	}
	cl, err := a.evmClient(ctx, c.ID)
	if err != nil {
		return refundTarget{}, err
	}
	src, err := deploy.FindSource(ctx, cl, c.ID, c.Bridge, nonce, c.DeployBlock)
	if err != nil {
		cl.Close()
		return refundTarget{}, refundError(err)
	}
	dst, ok := dep.ChainByID(src.DstChain)
	if !ok || dst.Kind != deployment.KindEVM {
		cl.Close()
		return refundTarget{}, fmt.Errorf("%w: the %s of nonce %d goes to chain %d, which has no bridge that can cancel it: a payout toward Bitcoin is not refundable", ErrRefund, src.Kind, nonce, src.DstChain)
	}
	dcl, err := a.evmClient(ctx, dst.ID)
	if err != nil {
		cl.Close()
		return refundTarget{}, err
	}
	defer dcl.Close()
	check := deploy.RefundCheck{
		Source: cl, SourceBridge: c.Bridge, SourceChain: c.ID, SourceDeployBlock: c.DeployBlock, SourceConf: max(c.Confirmations, 1),
		Dest: dcl, DestBridge: dst.Bridge, DestDeployBlock: dst.DeployBlock, DestConf: max(dst.Confirmations, 1),
	}
	if src, err = check.Refundable(ctx, nonce); err != nil {
		cl.Close()
		return refundTarget{}, refundError(err)
	}
	return refundTarget{src: src, chain: c, cl: cl}, nil
}

func refundError(err error) error {
	for _, e := range []error{deploy.ErrNoSource, deploy.ErrNotFinal, deploy.ErrNotCancelled, deploy.ErrRefunded} {
		if errors.Is(err, e) {
			return fmt.Errorf("%w: %w", ErrRefund, err)
		}
	}
	return fmt.Errorf("%w: %v", ErrNode, err)
}

// refunded is the --json output of bridgectl refund evm.
type refunded struct {
	Chain      string `json:"chain"`
	Nonce      uint64 `json:"nonce"`
	TransferID string `json:"transferId"`
	Kind       string `json:"kind"`
	AssetID    string `json:"assetId"`
	Sender     string `json:"sender"`
	Amount     string `json:"amount"`
	TxHash     string `json:"txHash"`
}

func (a *app) quorumRefundCmd() *cobra.Command {
	var source string
	f := &signerFlags{}
	cmd := &cobra.Command{
		Use:   "evm",
		Short: "Return an EVM lock or burn that its destination cancelled to its sender, with a quorum of signer signatures",
		Long: `Refund submits refund(epoch, nonce, assetId, sender, amount, sigs) to the
bridge of the lock's or burn's own chain: a lock is unlocked to its sender
(claimable if the sender refuses the payment), a burn minted again to it.

The quorum refunds only what can no longer execute: first cancel the
transfer at its destination ('bridgectl sign cancel' and 'bridgectl cancel
--chain DEST --source CHAIN:NONCE'), wait for the cancel to be final, then
each operator runs 'bridgectl sign refund', which checks on its own nodes
that the lock or burn is final, not refunded, and cancelled at its
destination, final. This command runs the same checks before it sends.
Each relayd's watcher records the Refunded event as a REFUND in its audit
ledger (docs/contracts.md, "Refunds").`,
		Example: `  bridgectl refund evm --source A:7 --devnet-operators
  bridgectl refund evm --source A:7 --signature 0xabc… --signature 0xdef… --key $PAYER_KEY`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			signer, payer, err := f.signerAndPayer(a)
			if err != nil {
				return err
			}
			t, err := a.checkRefund(ctx, source)
			if err != nil {
				return err
			}
			defer t.cl.Close()
			return a.submitRefund(ctx, t, signer, payer)
		},
	}
	cmd.Flags().StringVar(&source, "source", "", "the lock or burn: EVM-CHAIN:NONCE (required)")
	_ = cmd.MarkFlagRequired("source")
	f.register(cmd)
	return cmd
}

func (a *app) submitRefund(ctx context.Context, t refundTarget, signer deploy.Signer, payer *ecdsa.PrivateKey) error {
	if err := needGas(ctx, t.cl, crypto.PubkeyToAddress(payer.PublicKey), t.chain.Name); err != nil {
		return err
	}
	rc, err := deploy.Refund(ctx, t.cl, payer, t.src, signer, a.console.progress())
	a.console.doneProgress()
	if err != nil {
		if errors.Is(err, deploy.ErrQuorum) {
			return fmt.Errorf("%w: %v", ErrSigners, err)
		}
		return chainError(err)
	}
	s := t.src
	out := refunded{Chain: t.chain.Name, Nonce: s.Nonce, TransferID: s.TransferID.String(), Kind: s.Kind.String(),
		AssetID: s.AssetID.Hex(), Sender: s.Sender.Hex(), Amount: s.Amount.String(), TxHash: rc.TxHash.Hex()}
	return a.console.out(out, func(w io.Writer) {
		fmt.Fprintf(w, "refunded the %s of nonce %d on %s: %s to %s (transfer %s, tx %s)\n", s.Kind, s.Nonce, t.chain.Name, s.Amount, s.Sender, s.TransferID, rc.TxHash.Hex())
	})
}

// signRefundCmd is 'bridgectl sign refund': the operator's checks on its
// own nodes, then its signature over the Refund digest.
func (a *app) signRefundCmd() *cobra.Command {
	var source, signerKey string
	cmd := &cobra.Command{
		Use:   "refund",
		Short: "Check on your own nodes that a lock or burn was cancelled at its destination, and sign its refund",
		Long: `Sign refund checks, on the nodes of your configuration, that the lock or
burn --source is final on its chain, not refunded yet, and that its
destination's bridge has a final Cancelled event of it — so it can never
execute there — and only then signs Refund(epoch, nonce, assetId, sender,
amount) for the source chain's bridge at its current epoch, with the fields
read from the Locked or Burned event. Hand the printed signature to
whoever runs 'bridgectl refund evm'.`,
		Example: "  bridgectl sign refund --source A:7 --signer-key $OPERATOR_KEY",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if signerKey == "" {
				return fmt.Errorf("%w: --signer-key is required", ErrUsage)
			}
			t, err := a.checkRefund(ctx, source)
			if err != nil {
				return err
			}
			defer t.cl.Close()
			digest, epoch, err := deploy.RefundDigest(ctx, t.cl, t.src)
			if err != nil {
				return fmt.Errorf("%w: %v", ErrNode, err)
			}
			f := &signFlags{chain: t.chain.Name, signerKey: signerKey}
			st := signTarget{chain: t.chain, domain: eip712.Domain{ChainID: t.chain.ID, Bridge: t.chain.Bridge}, nonce: t.src.Nonce, nonceName: "lock/burn nonce", epoch: epoch}
			return f.emit(a, fmt.Sprintf("refund %s %s of %s to %s", t.src.Kind, t.src.Amount, t.src.AssetID.Hex(), t.src.Sender.Hex()), st, digest)
		},
	}
	cmd.Flags().StringVar(&source, "source", "", "the lock or burn: EVM-CHAIN:NONCE (required)")
	cmd.Flags().StringVar(&signerKey, "signer-key", "", "your operator key, hex")
	_ = cmd.MarkFlagRequired("source")
	return cmd
}
