package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
)

type defineFlags struct {
	symbol, name, wrappedSymbol string
	homeChain, homeAsset        string
	decimals                    uint8
	minPer, maxPer, capacity    string
	window                      time.Duration
	chains                      string
}

func (f *defineFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.symbol, "symbol", "", "the asset's symbol in the deployment file, e.g. USDC (required)")
	cmd.Flags().StringVar(&f.name, "name", "", "wrapped token name (default \"Kakehashi <symbol>\")")
	cmd.Flags().StringVar(&f.wrappedSymbol, "wrapped-symbol", "", "wrapped token symbol (default \"k<symbol>\")")
	cmd.Flags().StringVar(&f.homeChain, "home-chain", "", "home chain, by name or id (required)")
	cmd.Flags().StringVar(&f.homeAsset, "home-asset", "native", "home ERC-20 address, or native")
	cmd.Flags().Uint8Var(&f.decimals, "decimals", 18, "decimals of the home asset")
	cmd.Flags().StringVar(&f.minPer, "min-per-transfer", "0", "smallest lock or burn, in the asset's units (for BTC: keep burns payable, docs/bitcoin-route.md)")
	cmd.Flags().StringVar(&f.maxPer, "max-per-transfer", "", "largest single transfer, in the asset's units (required)")
	cmd.Flags().StringVar(&f.capacity, "capacity", "", "most that mints and unlocks can release in any --window, in the asset's units (required)")
	cmd.Flags().DurationVar(&f.window, "window", 24*time.Hour, "the limit's window: mints and unlocks release at most --capacity in any window this long")
	cmd.Flags().StringVar(&f.chains, "chains", "all", "EVM chains to define it on: comma list of names or ids, or all")
}

func (f *defineFlags) def(a *app, dep *deployment.Deployment) (eip712.AssetDef, []deployment.Chain, error) {
	if f.symbol == "" || f.homeChain == "" || f.maxPer == "" || f.capacity == "" {
		return eip712.AssetDef{}, nil, fmt.Errorf("%w: --symbol, --home-chain, --max-per-transfer and --capacity are required", ErrUsage)
	}
	home, err := lookupChain(dep, f.homeChain)
	if err != nil {
		return eip712.AssetDef{}, nil, err
	}
	var homeAsset []byte
	if !strings.EqualFold(f.homeAsset, "native") {
		if home.Kind == deployment.KindBitcoin {
			return eip712.AssetDef{}, nil, fmt.Errorf("%w: a Bitcoin chain has only its native coin: use --home-asset native", ErrUsage)
		}
		addr, err := evmAddress(f.homeAsset)
		if err != nil {
			return eip712.AssetDef{}, nil, fmt.Errorf("%w: --home-asset: %v", ErrUsage, err)
		}
		homeAsset = addr.Bytes()
	}
	maxPer, err := parseAmount(f.maxPer, f.decimals)
	if err != nil {
		return eip712.AssetDef{}, nil, fmt.Errorf("--max-per-transfer: %w", err)
	}
	capacity, err := parseAmount(f.capacity, f.decimals)
	if err != nil {
		return eip712.AssetDef{}, nil, fmt.Errorf("--capacity: %w", err)
	}
	minPer := new(big.Int)
	if strings.TrimSpace(f.minPer) != "0" {
		if minPer, err = parseAmount(f.minPer, f.decimals); err != nil {
			return eip712.AssetDef{}, nil, fmt.Errorf("--min-per-transfer: %w", err)
		}
	}
	if minPer.Cmp(maxPer) > 0 {
		return eip712.AssetDef{}, nil, fmt.Errorf("%w: --min-per-transfer is above --max-per-transfer: no transfer could be made", ErrUsage)
	}
	if maxPer.Cmp(capacity) > 0 {
		return eip712.AssetDef{}, nil, fmt.Errorf("%w: --max-per-transfer is above --capacity: one transfer could never fit", ErrUsage)
	}
	if f.window < time.Second || f.window > time.Duration(1<<32-1)*time.Second {
		return eip712.AssetDef{}, nil, fmt.Errorf("%w: --window must be between 1s and 136 years", ErrUsage)
	}
	name, sym := f.name, f.wrappedSymbol
	if name == "" {
		name = "Kakehashi " + f.symbol
	}
	if sym == "" {
		sym = "k" + f.symbol
	}
	def := eip712.AssetDef{HomeChain: home.ID, HomeAsset: homeAsset, Name: name, Symbol: sym, Decimals: f.decimals,
		MinPerTransfer: minPer, MaxPerTransfer: maxPer, Capacity: capacity, Window: uint32(f.window / time.Second)}
	var targets []deployment.Chain
	if strings.EqualFold(f.chains, "all") || f.chains == "" {
		targets = dep.EVMChains()
	} else {
		for _, r := range strings.Split(f.chains, ",") {
			c, err := evmTargets(dep, r)
			if err != nil {
				return eip712.AssetDef{}, nil, err
			}
			targets = append(targets, c...)
		}
	}
	return def, targets, nil
}

func (a *app) defineAssetCmd() *cobra.Command {
	f := &defineFlags{}
	sf := &signerFlags{}
	cmd := &cobra.Command{
		Use:   "define-asset",
		Short: "Define an asset on the bridges with a quorum of operator signatures, and add it to the deployment file",
		Long: `Define an asset (home chain + home ERC-20 or native coin) on each chosen
EVM bridge: on its home chain it becomes lockable, elsewhere the bridge deploys
its wrapped token. Needs a quorum of operator signatures per chain, because
each bridge has its own EIP-712 domain and admin nonce: collect them with
'bridgectl sign define-asset …' (same flags, one --chains value) or, on a
devnet, sign in place with --devnet-operators.

Signing in place (--devnet-operators, --signer-key), it then routes the
asset: each chain where it is defined may send it to every other one
(setRoutes), since a lock or burn toward a chain without a route reverts.`,
		Example: `  bridgectl define-asset --symbol USDC --home-chain A --home-asset 0x5FbDB2315678afecb367f032d93F642f64180aa3 \
      --decimals 6 --max-per-transfer 100000 --capacity 1000000 --window 24h --devnet-operators`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			dep, err := a.load()
			if err != nil {
				return err
			}
			def, targets, err := f.def(a, dep)
			if err != nil {
				return err
			}
			signer, payer, err := sf.signerAndPayer(a)
			if err != nil {
				return err
			}
			as := deployment.Asset{ID: def.AssetID(), Symbol: f.symbol, Name: def.Name, HomeChain: def.HomeChain, HomeAsset: def.HomeAsset,
				Decimals: def.Decimals, MinPerTransfer: deployment.NewAmount(def.MinPerTransfer), MaxPerTransfer: deployment.NewAmount(def.MaxPerTransfer), Capacity: deployment.NewAmount(def.Capacity), Window: def.Window}
			if old, err := dep.Asset(f.symbol); err == nil && old.ID != as.ID {
				return fmt.Errorf("%w: symbol %s already names asset %s: pick another --symbol", ErrUsage, f.symbol, old.ID)
			}
			for _, c := range targets {
				if err := a.defineOn(ctx, c, def, &as, signer, payer); err != nil {
					return err
				}
			}
			// Routes need the quorum's signatures over SetRoutes, which
			// only in-place signers (keys) can make here.
			var routed []assetRoutes
			if len(sf.signatures) == 0 {
				if routed, err = a.routeAsset(ctx, dep, f.symbol, signer, payer); err != nil {
					return err
				}
			}
			return a.console.out(map[string]any{"asset": as, "routes": routed}, func(w io.Writer) {
				fmt.Fprintf(w, "defined %s (%s)\n", as.Symbol, as.ID)
				for _, t := range as.Tokens {
					fmt.Fprintf(w, "  chain %d %s %s\n", t.Chain, t.Kind, t.Address)
				}
				for _, r := range routed {
					fmt.Fprintf(w, "  routes on %s: %v\n", r.Chain, r.To)
				}
				if routed == nil {
					fmt.Fprintf(w, "routes not set (signed offline): until the quorum enables them (setRoutes), locks and burns of %s go nowhere\n", as.Symbol)
				}
				fmt.Fprintf(w, "updated %s\n", a.deploymentPath())
			})
		},
	}
	f.register(cmd)
	sf.register(cmd)
	return cmd
}

// defineOn defines def on chain c's bridge, adds the token to as and
// writes the deployment file (after each chain, so a later failure keeps
// what was done).
func (a *app) defineOn(ctx context.Context, c deployment.Chain, def eip712.AssetDef, as *deployment.Asset, signer deploy.Signer, payer *ecdsa.PrivateKey) error {
	cl, err := a.evmClient(ctx, c.ID)
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := needGas(ctx, cl, crypto.PubkeyToAddress(payer.PublicKey), c.Name); err != nil {
		return err
	}
	tok, err := deploy.DefineAsset(ctx, cl, payer, c.Bridge, def, signer, a.console.progress())
	a.console.doneProgress()
	if errors.Is(err, deploy.ErrQuorum) {
		return fmt.Errorf("%w: chain %s: %s: collect signatures with 'bridgectl sign define-asset'", ErrSigners, c.Name,
			strings.TrimPrefix(err.Error(), deploy.ErrQuorum.Error()+": "))
	}
	if err != nil {
		return chainError(fmt.Errorf("chain %s: %w", c.Name, err))
	}
	as.Tokens = append(as.Tokens, deployment.Token{Chain: c.ID, Kind: deployment.TokenKind(c.ID, def), Address: tok})
	a.dep.AddAsset(*as)
	return a.dep.Write(a.deploymentPath())
}

// assetRoutes is what routeAsset enabled on one chain.
type assetRoutes struct {
	Chain string           `json:"chain"`
	To    []chains.ChainID `json:"to"`
}

// routeAsset lets every EVM chain where the asset named symbol is defined
// send it to every other chain where it is represented (those, and its
// Bitcoin home chain): setRoutes with signatures from signer, paid by payer.
func (a *app) routeAsset(ctx context.Context, dep *deployment.Deployment, symbol string, signer deploy.Signer, payer *ecdsa.PrivateKey) ([]assetRoutes, error) {
	as, err := dep.Asset(symbol)
	if err != nil {
		return nil, err
	}
	var represented []chains.ChainID
	for _, t := range as.Tokens {
		represented = append(represented, t.Chain)
	}
	if home, ok := dep.ChainByID(as.HomeChain); ok && home.Kind == deployment.KindBitcoin {
		represented = append(represented, home.ID)
	}
	var out []assetRoutes
	for _, t := range as.Tokens {
		c, ok := dep.ChainByID(t.Chain)
		if !ok || c.Kind != deployment.KindEVM {
			continue
		}
		var dsts []chains.ChainID
		for _, id := range represented {
			if id != c.ID {
				dsts = append(dsts, id)
			}
		}
		if len(dsts) == 0 {
			continue
		}
		cl, err := a.evmClient(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		err = deploy.SetRoutes(ctx, cl, payer, c.Bridge, as.ID, dsts, true, signer, a.console.progress())
		cl.Close()
		a.console.doneProgress()
		if errors.Is(err, deploy.ErrQuorum) {
			return nil, fmt.Errorf("%w: chain %s: routes of %s: %s", ErrSigners, c.Name, symbol,
				strings.TrimPrefix(err.Error(), deploy.ErrQuorum.Error()+": "))
		}
		if err != nil {
			return nil, chainError(fmt.Errorf("chain %s: routes of %s: %w", c.Name, symbol, err))
		}
		out = append(out, assetRoutes{Chain: c.Name, To: dsts})
	}
	return out, nil
}

// ---------------------------------------------------------------- sign

type signature struct {
	Action    string         `json:"action"`
	Chain     chains.ChainID `json:"chainId"`
	Bridge    common.Address `json:"bridge"`
	Epoch     uint64         `json:"epoch"`
	Nonce     uint64         `json:"nonce"`
	Digest    common.Hash    `json:"digest"`
	Signer    common.Address `json:"signer"`
	Signature string         `json:"signature"`
}

func (a *app) signCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sign",
		Short: "Sign an operator action offline-style and print the signature for whoever submits it",
		Long: `Each operator signs the EIP-712 digest of a quorum action with its own key
and hands the printed signature to the submitter, who passes them with
repeated --signature. The digest binds the chain, the bridge, its signer
epoch and its current admin nonce, so read it right before signing; a
signature becomes useless once any other admin action uses that nonce, or
once the signer set rotates.`,
	}
	f := &signFlags{}
	resume := &cobra.Command{
		Use:     "resume",
		Short:   "Sign unpause for one chain's bridge",
		Example: "  bridgectl sign resume --chain A --signer-key $OPERATOR_KEY",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := f.target(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer t.close()
			return f.emit(a, "resume", t, eip712.UnpauseDigest(t.domain, t.epoch, t.nonce))
		},
	}
	df := &defineFlags{}
	define := &cobra.Command{
		Use:     "define-asset",
		Short:   "Sign defineAsset for one chain's bridge (same flags as define-asset)",
		Example: "  bridgectl sign define-asset --chain B --symbol USDC --home-chain A --home-asset 0x… --decimals 6 --max-per-transfer 100000 --capacity 1000000 --signer-key $OPERATOR_KEY",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := f.target(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer t.close()
			df.chains = t.chain.Name
			def, _, err := df.def(a, a.dep)
			if err != nil {
				return err
			}
			digest, err := eip712.DefineAssetDigest(t.domain, t.epoch, def, t.nonce)
			if err != nil {
				return fmt.Errorf("%w: %v", ErrUsage, err)
			}
			return f.emit(a, "define-asset "+df.symbol, t, digest)
		},
	}
	df.register(define)
	define.Flags().Lookup("chains").Hidden = true
	cancel := a.signCancelCmd(f)
	rotate := a.signRotateCmd(f)
	for _, sub := range []*cobra.Command{resume, define, cancel, rotate} {
		f.register(sub)
		cmd.AddCommand(sub)
	}
	cmd.AddCommand(a.signRefundCmd())
	return cmd
}

// signCancelCmd is 'bridgectl sign cancel', with the shared sign flags f.
func (a *app) signCancelCmd(f *signFlags) *cobra.Command {
	var source string
	cancel := &cobra.Command{
		Use:   "cancel",
		Short: "Sign cancel of one source event on one chain's bridge (for the current epoch)",
		Example: "  bridgectl sign cancel --chain A --source BTC:<txid>:<vout> --signer-key $OPERATOR_KEY\n" +
			"  bridgectl sign cancel --chain B --source A:<nonce> --signer-key $OPERATOR_KEY",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := f.target(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer t.close()
			src, err := parseSource(a.dep, source)
			if err != nil {
				return err
			}
			t.nonce, t.nonceName = t.epoch, "epoch"
			return f.emit(a, "cancel "+src.ID().String(), t, eip712.CancelDigest(t.domain, t.epoch, src))
		},
	}
	cancel.Flags().StringVar(&source, "source", "", "the source event: BITCOIN-CHAIN:TXID:VOUT or EVM-CHAIN:NONCE (required)")
	_ = cancel.MarkFlagRequired("source")
	return cancel
}

// signFlags are the flags every sign subcommand shares.
type signFlags struct {
	chain, signerKey string
	nonce            int64
}

func (f *signFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.chain, "chain", "", "the one chain whose bridge this is for (required)")
	cmd.Flags().StringVar(&f.signerKey, "signer-key", "", "your operator key, hex")
	cmd.Flags().Int64Var(&f.nonce, "nonce", -1, "admin nonce to sign for (default: the bridge's current one)")
	_ = cmd.MarkFlagRequired("chain")
}

// signTarget is the bridge a signature is for: its chain, EIP-712 domain,
// signer epoch and the admin nonce to sign; close releases its connection.
type signTarget struct {
	chain     deployment.Chain
	domain    eip712.Domain
	nonce     uint64 // what the message carries: the admin nonce, or the epoch (nonceName)
	nonceName string
	epoch     uint64
	close     func()
}

// target resolves --chain to one bridge and the nonce to sign for: --nonce,
// else the bridge's current admin nonce.
func (f *signFlags) target(ctx context.Context, a *app) (signTarget, error) {
	dep, err := a.load()
	if err != nil {
		return signTarget{}, err
	}
	targets, err := evmTargets(dep, f.chain)
	if err != nil {
		return signTarget{}, err
	}
	if len(targets) != 1 {
		return signTarget{}, fmt.Errorf("%w: --chain must name one chain: each bridge signs its own digest", ErrUsage)
	}
	c := targets[0]
	cl, err := a.evmClient(ctx, c.ID)
	if err != nil {
		return signTarget{}, err
	}
	b, _ := bindings.NewBridge(c.Bridge, cl)
	cfg, err := b.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		cl.Close()
		return signTarget{}, fmt.Errorf("%w: %v", ErrNode, err)
	}
	n := cfg.AdminNonce
	if f.nonce >= 0 {
		n = uint64(f.nonce)
	}
	return signTarget{chain: c, domain: eip712.Domain{ChainID: c.ID, Bridge: c.Bridge}, nonce: n, nonceName: "admin nonce", epoch: cfg.Epoch, close: cl.Close}, nil
}

// emit signs digest with --signer-key and prints the signature for the
// submitter.
func (f *signFlags) emit(a *app, action string, t signTarget, digest common.Hash) error {
	if f.signerKey == "" {
		return fmt.Errorf("%w: --signer-key is required", ErrUsage)
	}
	k, err := parseKey(f.signerKey)
	if err != nil {
		return err
	}
	sig, err := eip712.Sign(digest, k)
	if err != nil {
		return err
	}
	c := t.chain
	s := signature{Action: action, Chain: c.ID, Bridge: c.Bridge, Epoch: t.epoch, Nonce: t.nonce, Digest: digest, Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: fmt.Sprintf("0x%x", sig)}
	return a.console.out(s, func(w io.Writer) {
		if t.nonceName == "epoch" {
			fmt.Fprintf(w, "%s on chain %s, epoch %d, signed by %s:\n%s\n", action, c.Name, t.epoch, s.Signer, s.Signature)
			return
		}
		fmt.Fprintf(w, "%s on chain %s, epoch %d, %s %d, signed by %s:\n%s\n", action, c.Name, t.epoch, t.nonceName, t.nonce, s.Signer, s.Signature)
	})
}
