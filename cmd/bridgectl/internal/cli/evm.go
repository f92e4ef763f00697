package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/txscript"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
)

// ---------------------------------------------------------------- deploy

func (a *app) deployCmd() *cobra.Command {
	f := &deployFlags{}
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the bridge and its audit anchor on every devnet EVM chain and define TST, ETH and BTC (devnet only)",
		Long: `Deploy a Bridge and its AuditAnchor on every EVM chain of the devnet
(2-of-3 devnet operator keys, keccak256("kakehashi devnet operator N")), a
TestToken TST on the first chain, and define TST (home: first chain), ETH (native coin of the first chain)
and BTC (home: the regtest chain) on every EVM chain. Pays with anvil's first
faucet account, funds each operator with 10 ETH per chain, and writes the
deployment file. Devnet only: the operator keys are public.

The deployment publishes each EVM chain's finality depth, --confirmations
(chains[].confirmations): a protocol parameter every relay shares, so relayd
refuses to start configured below it. The default is what 'devnet up
--bridge' uses.`,
		Example: `  bridgectl deploy
  bridgectl deploy --mint-tst 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
  bridgectl deploy --confirmations 4`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return f.run(cmd.Context(), a) },
	}
	cmd.Flags().BoolVar(&f.force, "force", false, "deploy even if the deployment file describes live bridges")
	cmd.Flags().StringSliceVar(&f.mintTo, "mint-tst", nil, "mint 1,000,000 TST to this address (repeatable)")
	cmd.Flags().Uint64Var(&f.confirmations, "confirmations", deployment.DevnetConfirmations, "EVM finality depth the deployment publishes: relays must require at least this many confirmations")
	return cmd
}

// deployFlags are the flags of deploy.
type deployFlags struct {
	force         bool
	mintTo        []string
	confirmations uint64
}

// run deploys on the devnet's EVM chains with its first faucet key, mints
// TST to --mint-tst and writes the deployment file.
func (f *deployFlags) run(ctx context.Context, a *app) error {
	if f.confirmations == 0 {
		return fmt.Errorf("%w: --confirmations must be at least 1: it is the finality depth every relay waits for (the devnet's is %d)", ErrUsage, deployment.DevnetConfirmations)
	}
	desc, err := a.devnet()
	if err != nil {
		return err
	}
	if len(desc.EVM) == 0 {
		return fmt.Errorf("%w: the devnet in %s has no EVM chains", ErrSetup, a.devnetDir)
	}
	path := a.deploymentPath()
	if _, err := os.Stat(path); err == nil && !f.force {
		if old, err := deployment.Read(path); err == nil && a.bridgesLive(ctx, old) {
			return fmt.Errorf("%w: %s already describes live bridges on this devnet: use them, or pass --force to deploy again", ErrUsage, path)
		}
	}
	deployer, err := desc.EVM[0].Key(0)
	if err != nil {
		return fmt.Errorf("%w: devnet faucet key: %v", ErrSetup, err)
	}
	var mints []common.Address
	for _, s := range f.mintTo {
		addr, err := evmAddress(s)
		if err != nil {
			return err
		}
		mints = append(mints, addr)
	}
	evm, closeAll, err := dialDevnet(ctx, a, desc)
	if err != nil {
		return err
	}
	defer closeAll()
	var btcID chains.ChainID
	if desc.BTC != nil {
		btcID = chains.ChainID(desc.BTC.ChainID)
	}
	dep, err := deployment.Devnet(ctx, deployment.DevnetConfig{
		EVM: evm, BitcoinChainID: btcID, Deployer: deployer,
		FundOperators: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), Confirmations: f.confirmations,
	}, a.console.progress())
	a.console.doneProgress()
	if err != nil {
		return err
	}
	if err := mintTST(ctx, a, dep, evm[0].Backend, deployer, mints); err != nil {
		return err
	}
	if err := dep.Write(path); err != nil {
		return err
	}
	return a.console.out(map[string]any{"deployment": path, "chains": dep.Chains, "assets": dep.Assets}, func(w io.Writer) {
		for _, c := range dep.EVMChains() {
			fmt.Fprintf(w, "chain %-3s %-6d bridge %s (block %d), %d confirmations, audit anchor %s\n", c.Name, c.ID, c.Bridge, c.DeployBlock, c.Confirmations, c.AuditAnchor)
		}
		for _, as := range dep.Assets {
			fmt.Fprintf(w, "asset %-4s %s home %d\n", as.Symbol, as.ID, as.HomeChain)
		}
		for _, m := range mints {
			fmt.Fprintf(w, "minted 1000000 TST to %s\n", m)
		}
		fmt.Fprintf(w, "wrote %s\n", path)
	})
}

// dialDevnet connects to every EVM chain of the devnet, named A, B, C… in
// its order; closeAll closes them. On an error none is left open.
func dialDevnet(ctx context.Context, a *app, desc *devnet.Description) (evm []deployment.DevnetChain, closeAll func(), err error) {
	var clients []*ethclient.Client
	closeAll = func() {
		for _, c := range clients {
			c.Close()
		}
	}
	for i, n := range desc.EVM {
		c, err := a.evmClient(ctx, chains.ChainID(n.ChainID))
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		clients = append(clients, c)
		evm = append(evm, deployment.DevnetChain{Name: string(rune('A' + i)), Backend: c})
	}
	return evm, closeAll, nil
}

// mintTST mints 1,000,000 TST to each of mints on TST's home chain.
func mintTST(ctx context.Context, a *app, dep *deployment.Deployment, home deploy.Backend, deployer *ecdsa.PrivateKey, mints []common.Address) error {
	if len(mints) == 0 {
		return nil
	}
	tst, _ := dep.Asset("TST")
	tok, _ := tst.Token(tst.HomeChain)
	t, err := bindings.NewTestToken(tok.Address, home)
	if err != nil {
		return err
	}
	amount := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for _, m := range mints {
		if _, err := deploy.Send(ctx, home, deployer, "mint TST to "+m.Hex(), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return t.Mint(o, m, amount)
		}, a.console.progress()); err != nil {
			return err
		}
	}
	a.console.doneProgress()
	return nil
}

// bridgesLive reports whether every EVM bridge of dep has code.
func (a *app) bridgesLive(ctx context.Context, dep *deployment.Deployment) bool {
	for _, c := range dep.EVMChains() {
		cl, err := a.evmClient(ctx, c.ID)
		if err != nil {
			return false
		}
		code, err := cl.CodeAt(ctx, c.Bridge, nil)
		cl.Close()
		if err != nil || len(code) == 0 {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- assets

type assetView struct {
	deployment.Asset
	OnChain []tokenView `json:"onChain"`
}

type tokenView struct {
	Chain          chains.ChainID `json:"chainId"`
	Name           string         `json:"chain"`
	Kind           string         `json:"kind"`
	Token          common.Address `json:"token"`
	MaxPerTransfer string         `json:"maxPerTransfer"`
	Available      string         `json:"available"`
	Locked         string         `json:"locked,omitempty"`
	Paused         bool           `json:"paused"`
	Error          string         `json:"error,omitempty"`
}

func (a *app) assetsCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "assets",
		Short:   "List the assets of the deployment with their tokens, limits and what is locked, read from each chain",
		Example: "  bridgectl assets\n  bridgectl assets --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			dep, err := a.load()
			if err != nil {
				return err
			}
			var views []assetView
			clients := map[chains.ChainID]*ethclient.Client{}
			defer func() {
				for _, c := range clients {
					c.Close()
				}
			}()
			for _, as := range dep.Assets {
				v := assetView{Asset: as}
				for _, t := range as.Tokens {
					c, _ := dep.ChainByID(t.Chain)
					tv := tokenView{Chain: t.Chain, Name: c.Name, Kind: t.Kind, Token: t.Address}
					cl, ok := clients[t.Chain]
					if !ok {
						if cl, err = a.evmClient(ctx, t.Chain); err != nil {
							tv.Error = err.Error()
							v.OnChain = append(v.OnChain, tv)
							continue
						}
						clients[t.Chain] = cl
					}
					b, _ := bindings.NewBridge(c.Bridge, cl)
					call := &bind.CallOpts{Context: ctx}
					info, err := b.AssetInfo(call, as.ID)
					cfg, err2 := b.Config(call)
					if err = errors.Join(err, err2); err != nil {
						tv.Error = err.Error()
					} else {
						tv.MaxPerTransfer = formatAmount(info.MaxPerTransfer, as.Decimals)
						tv.Available = formatAmount(info.Available, as.Decimals)
						if t.Kind != deployment.TokenWrapped {
							tv.Locked = formatAmount(info.Locked, as.Decimals)
						}
						tv.Paused = cfg.Paused
					}
					v.OnChain = append(v.OnChain, tv)
				}
				views = append(views, v)
			}
			return a.console.out(map[string]any{"assets": views}, func(w io.Writer) {
				for _, v := range views {
					fmt.Fprintf(w, "%s  %s  home chain %d  %d decimals  id %s\n", v.Symbol, v.Name, v.HomeChain, v.Decimals, v.ID)
					for _, t := range v.OnChain {
						if t.Error != "" {
							fmt.Fprintf(w, "  %-3s %-6d %-7s %s  unavailable: %s\n", t.Name, t.Chain, t.Kind, t.Token, t.Error)
							continue
						}
						paused := ""
						if t.Paused {
							paused = "  PAUSED"
						}
						locked := ""
						if t.Locked != "" {
							locked = "  locked " + t.Locked
						}
						fmt.Fprintf(w, "  %-3s %-6d %-7s %s  max/transfer %s  available %s%s%s\n", t.Name, t.Chain, t.Kind, t.Token, t.MaxPerTransfer, t.Available, locked, paused)
					}
				}
			})
		},
	}
}

// ---------------------------------------------------------------- lock / burn

type moveFlags struct {
	asset, amount, from, to, recipient string
}

func (f *moveFlags) register(cmd *cobra.Command, fromHelp string) {
	cmd.Flags().StringVar(&f.asset, "asset", "", "asset symbol or id (see 'bridgectl assets')")
	cmd.Flags().StringVar(&f.amount, "amount", "", "amount in the asset's units, e.g. 1.5")
	cmd.Flags().StringVar(&f.from, "from", "", fromHelp)
	cmd.Flags().StringVar(&f.to, "to", "", "destination chain, by name or id")
	cmd.Flags().StringVar(&f.recipient, "recipient", "", "0x address on an EVM destination (default: your address), a Bitcoin address for a Bitcoin destination")
}

func (a *app) lockCmd() *cobra.Command {
	f := &moveFlags{}
	cmd := &cobra.Command{
		Use:   "lock",
		Short: "Lock a home asset (ERC-20 or the native coin) on its home chain, to be minted on another chain",
		Long: `Lock an asset on its home chain for a recipient on another chain. ERC-20s
are approved first if the allowance is short. Before sending, bridgectl checks
the asset, route, recipient, the per-transfer limit on both bridges, what the
destination's rate-limit window can take now, both pause flags and your
balance, and refuses with one line if any fails.`,
		Example: `  bridgectl lock --asset TST --amount 25 --to B --key $KEY
  bridgectl lock --asset ETH --amount 0.5 --to C --recipient 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return f.run(cmd.Context(), a, false) },
	}
	f.register(cmd, "source chain (default and only choice: the asset's home chain)")
	return cmd
}

func (a *app) burnCmd() *cobra.Command {
	f := &moveFlags{}
	cmd := &cobra.Command{
		Use:   "burn",
		Short: "Burn a wrapped asset on a chain, to be unlocked on its home chain or minted on another",
		Long: `Burn wrapped tokens for a recipient on the asset's home chain (unlocked
there) or on a third chain (minted there). For a Bitcoin destination the
recipient is a Bitcoin address of the deployment's network; bridgectl turns it
into the scriptPubKey the bridge records. Same checks as lock, before anything
is sent.`,
		Example: `  bridgectl burn --asset TST --amount 10 --from B --to A --key $KEY
  bridgectl burn --asset BTC --amount 0.25 --from A --to BTC --recipient bcrt1q...`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return f.run(cmd.Context(), a, true) },
	}
	f.register(cmd, "chain holding your wrapped tokens, by name or id")
	return cmd
}

type moveResult struct {
	Action     string            `json:"action"`
	Asset      string            `json:"asset"`
	AssetID    chains.AssetID    `json:"assetId"`
	Amount     string            `json:"amount"`
	BaseUnits  string            `json:"baseUnits"`
	From       chains.ChainID    `json:"fromChain"`
	To         chains.ChainID    `json:"toChain"`
	Sender     common.Address    `json:"sender"`
	Recipient  string            `json:"recipient"`
	TransferID chains.TransferID `json:"transferId"`
	Nonce      uint64            `json:"nonce"`
	Tx         common.Hash       `json:"tx"`
	Block      uint64            `json:"block"`
}

// run is lock (burn=false) or burn: it resolves the transfer against the
// deployment, checks it against both bridges and the sender's funds, and
// only then sends it.
func (f *moveFlags) run(ctx context.Context, a *app, burn bool) error {
	dep, err := a.load()
	if err != nil {
		return err
	}
	as, err := lookupAsset(dep, f.asset)
	if err != nil {
		return err
	}
	m := &move{burn: burn, as: as, amountText: f.amount}
	if m.src, m.tok, err = f.source(dep, as, burn); err != nil {
		return err
	}
	if m.dst, err = f.destination(dep, m.src); err != nil {
		return err
	}
	if m.amount, err = parseAmount(f.amount, as.Decimals); err != nil {
		return err
	}
	if m.key, err = a.userKey(); err != nil {
		return err
	}
	m.sender = crypto.PubkeyToAddress(m.key.PublicKey)
	if m.recipient, m.recipientText, err = f.recipientOn(dep, as, m.dst, m.sender); err != nil {
		return err
	}
	client, err := a.evmClient(ctx, m.src.ID)
	if err != nil {
		return err
	}
	defer client.Close()
	bridge, err := bindings.NewBridge(m.src.Bridge, client)
	if err != nil {
		return err
	}
	if err := checkOutbound(ctx, bridge, m.src, m.dst, as, m.amount); err != nil {
		return err
	}
	if m.dst.Kind == deployment.KindEVM {
		// The mint or unlock on the destination spends its bucket: a
		// transfer it cannot take now would wait in flight.
		if err := checkMintable(ctx, a, m.dst, as, m.amount); err != nil {
			return err
		}
	}
	if err := m.checkFunds(ctx, a, client); err != nil {
		return err
	}
	rcpt, err := m.send(ctx, a, client, bridge)
	if err != nil {
		return err
	}
	res, err := m.result(bridge, rcpt)
	if err != nil {
		return err
	}
	return a.console.out(res, func(w io.Writer) {
		fmt.Fprintf(w, "%sed %s %s on %s for %s on %s\n", strings.TrimSuffix(m.verb(), "e"), res.Amount, as.Symbol, m.src.Name, m.recipientText, m.dst.Name)
		fmt.Fprintf(w, "transfer %s (nonce %d)\ntx %s in block %d\n", res.TransferID, res.Nonce, res.Tx, res.Block)
	})
}

// source resolves --from and the asset's token there: its home chain for a
// lock, a chain holding it wrapped for a burn.
func (f *moveFlags) source(dep *deployment.Deployment, as deployment.Asset, burn bool) (deployment.Chain, deployment.Token, error) {
	var src deployment.Chain
	switch {
	case !burn && f.from == "":
		src, _ = dep.ChainByID(as.HomeChain)
	case f.from == "":
		return src, deployment.Token{}, fmt.Errorf("%w: --from is required: the chain holding your wrapped %s", ErrUsage, as.Symbol)
	default:
		var err error
		if src, err = lookupChain(dep, f.from); err != nil {
			return src, deployment.Token{}, err
		}
	}
	tok, ok := as.Token(src.ID)
	if src.Kind != deployment.KindEVM || !ok {
		if src.Kind == deployment.KindBitcoin && !burn {
			return src, tok, fmt.Errorf("%w: BTC is locked with a deposit transaction: use 'bridgectl deposit btc'", ErrRoute)
		}
		if src.Kind == deployment.KindBitcoin {
			return src, tok, fmt.Errorf("%w: chain %s has no bridge contract: burn wrapped %s on the EVM chain that holds it", ErrRoute, src.Name, as.Symbol)
		}
		return src, tok, fmt.Errorf("%w: %s is not defined on chain %s", ErrRoute, as.Symbol, src.Name)
	}
	if !burn && tok.Kind == deployment.TokenWrapped {
		return src, tok, fmt.Errorf("%w: %s on chain %s is wrapped: use 'bridgectl burn --from %s'", ErrRoute, as.Symbol, src.Name, src.Name)
	}
	if burn && tok.Kind != deployment.TokenWrapped {
		return src, tok, fmt.Errorf("%w: chain %s is %s's home: use 'bridgectl lock' there", ErrRoute, src.Name, as.Symbol)
	}
	return src, tok, nil
}

// destination resolves --to, which must differ from the source.
func (f *moveFlags) destination(dep *deployment.Deployment, src deployment.Chain) (deployment.Chain, error) {
	if f.to == "" {
		return deployment.Chain{}, fmt.Errorf("%w: --to is required: the destination chain", ErrUsage)
	}
	dst, err := lookupChain(dep, f.to)
	if err != nil {
		return deployment.Chain{}, err
	}
	if dst.ID == src.ID {
		return deployment.Chain{}, fmt.Errorf("%w: source and destination are both chain %s", ErrRoute, src.Name)
	}
	return dst, nil
}

// recipientOn is --recipient as the bridge takes it for dst (an EVM
// address, default the sender; or a Bitcoin scriptPubKey) and as printed.
func (f *moveFlags) recipientOn(dep *deployment.Deployment, as deployment.Asset, dst deployment.Chain, sender common.Address) ([]byte, string, error) {
	switch dst.Kind {
	case deployment.KindEVM:
		if _, ok := as.Token(dst.ID); !ok {
			return nil, "", fmt.Errorf("%w: %s is not defined on chain %s", ErrRoute, as.Symbol, dst.Name)
		}
		r := sender
		if f.recipient != "" {
			var err error
			if r, err = evmAddress(f.recipient); err != nil {
				return nil, "", err
			}
		}
		return r.Bytes(), r.Hex(), nil
	case deployment.KindBitcoin:
		if as.HomeChain != dst.ID {
			return nil, "", fmt.Errorf("%w: only %s's own coin can go to chain %s; %s cannot", ErrRoute, dst.Name, dst.Name, as.Symbol)
		}
		script, err := btcRecipient(dep, f.recipient)
		return script, f.recipient, err
	}
	return nil, f.recipient, nil
}

// move is a lock or a burn resolved against the deployment.
type move struct {
	burn       bool
	as         deployment.Asset
	src, dst   deployment.Chain
	tok        deployment.Token // the asset's token on src
	amount     *big.Int
	amountText string // --amount as given, for messages
	key        *ecdsa.PrivateKey
	sender     common.Address
	recipient  []byte // as the bridge takes it
	// recipientText is the recipient as printed.
	recipientText string
}

func (m *move) verb() string { return map[bool]string{false: "lock", true: "burn"}[m.burn] }

// checkFunds refuses a sender who cannot pay the amount and the gas, and
// approves the bridge for an ERC-20 lock when the allowance is short.
func (m *move) checkFunds(ctx context.Context, a *app, client *ethclient.Client) error {
	if m.tok.Kind == deployment.TokenNative {
		gasReserve := new(big.Int).Mul(big.NewInt(300_000), big.NewInt(10_000_000_000)) // 300k gas at 10 gwei
		bal, err := client.BalanceAt(ctx, m.sender, nil)
		if err != nil {
			return fmt.Errorf("%w: balance: %v", ErrNode, err)
		}
		if need := new(big.Int).Add(m.amount, gasReserve); bal.Cmp(need) < 0 {
			return fmt.Errorf("%w: %s has %s %s on chain %s, needs %s plus gas: fund the account or lower --amount",
				ErrInsufficientBalance, m.sender, formatAmount(bal, m.as.Decimals), m.as.Symbol, m.src.Name, m.amountText)
		}
		return nil
	}
	erc, err := bindings.NewTestToken(m.tok.Address, client)
	if err != nil {
		return err
	}
	bal, err := erc.BalanceOf(&bind.CallOpts{Context: ctx}, m.sender)
	if err != nil {
		return fmt.Errorf("%w: balance: %v", ErrNode, err)
	}
	if bal.Cmp(m.amount) < 0 {
		return fmt.Errorf("%w: %s has %s %s on chain %s, needs %s: get more or lower --amount",
			ErrInsufficientBalance, m.sender, formatAmount(bal, m.as.Decimals), m.as.Symbol, m.src.Name, m.amountText)
	}
	if err := needGas(ctx, client, m.sender, m.src.Name); err != nil {
		return err
	}
	if m.burn {
		return nil
	}
	return m.approve(ctx, a, client, erc)
}

// approve lets the source bridge take the amount of the ERC-20 to lock.
func (m *move) approve(ctx context.Context, a *app, client *ethclient.Client, erc *bindings.TestToken) error {
	allowance, err := erc.Allowance(&bind.CallOpts{Context: ctx}, m.sender, m.src.Bridge)
	if err != nil {
		return fmt.Errorf("%w: allowance: %v", ErrNode, err)
	}
	if allowance.Cmp(m.amount) >= 0 {
		return nil
	}
	if _, err := deploy.Send(ctx, client, m.key, "approve "+m.as.Symbol, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return erc.Approve(o, m.src.Bridge, m.amount)
	}, a.console.progress()); err != nil {
		a.console.doneProgress()
		return chainError(err)
	}
	return nil
}

// send sends the lock or burn and waits for its receipt.
func (m *move) send(ctx context.Context, a *app, client *ethclient.Client, bridge *bindings.Bridge) (*types.Receipt, error) {
	what := fmt.Sprintf("%s %s on %s", m.verb(), m.as.Symbol, m.src.Name)
	rcpt, err := deploy.Send(ctx, client, m.key, what, func(o *bind.TransactOpts) (*types.Transaction, error) {
		switch {
		case m.burn:
			return bridge.Burn(o, m.tok.Address, m.amount, uint64(m.dst.ID), m.recipient)
		case m.tok.Kind == deployment.TokenNative:
			o.Value = m.amount
			return bridge.LockNative(o, uint64(m.dst.ID), m.recipient)
		default:
			return bridge.Lock(o, m.tok.Address, m.amount, uint64(m.dst.ID), m.recipient)
		}
	}, a.console.progress())
	a.console.doneProgress()
	if err != nil {
		return nil, chainError(err)
	}
	return rcpt, nil
}

// result reads the transfer id and nonce from the receipt's Locked or
// Burned event.
func (m *move) result(bridge *bindings.Bridge, rcpt *types.Receipt) (moveResult, error) {
	res := moveResult{Action: m.verb(), Asset: m.as.Symbol, AssetID: m.as.ID, Amount: formatAmount(m.amount, m.as.Decimals), BaseUnits: m.amount.String(),
		From: m.src.ID, To: m.dst.ID, Sender: m.sender, Recipient: m.recipientText, Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64()}
	found := false
	for _, l := range rcpt.Logs {
		if m.burn {
			if ev, err := bridge.ParseBurned(*l); err == nil {
				res.TransferID, res.Nonce, found = ev.TransferId, ev.Nonce, true
			}
		} else if ev, err := bridge.ParseLocked(*l); err == nil {
			res.TransferID, res.Nonce, found = ev.TransferId, ev.Nonce, true
		}
	}
	if !found {
		return res, fmt.Errorf("%w: transaction %s succeeded but carries no %s event: is %s the bridge?", ErrRejected, rcpt.TxHash, m.verb(), m.src.Bridge)
	}
	return res, nil
}

// checkOutbound reads the source bridge and refuses what it would revert:
// paused, unknown destination, no route for the asset there, above the
// per-transfer limit. (Outbound transfers do not spend the rate-limit
// bucket; mints and unlocks do.)
func checkOutbound(ctx context.Context, bridge *bindings.Bridge, src, dst deployment.Chain, as deployment.Asset, amount *big.Int) error {
	call := &bind.CallOpts{Context: ctx}
	cfg, err := bridge.Config(call)
	if err != nil {
		return fmt.Errorf("%w: chain %s: read bridge: %v", ErrNode, src.Name, err)
	}
	if cfg.Paused {
		return fmt.Errorf("%w: the bridge on chain %s is paused, nothing was sent: wait for the operators to resume it (bridgectl signers shows the state)", ErrPaused, src.Name)
	}
	kind, err := bridge.ChainKind(call, uint64(dst.ID))
	if err != nil {
		return fmt.Errorf("%w: chain %s: %v", ErrNode, src.Name, err)
	}
	if kind == 0 {
		return fmt.Errorf("%w: the bridge on chain %s does not serve chain %s (%d)", ErrRoute, src.Name, dst.Name, dst.ID)
	}
	routed, err := bridge.Routes(call, as.ID, uint64(dst.ID))
	if err != nil {
		return fmt.Errorf("%w: chain %s: %v", ErrNode, src.Name, err)
	}
	if !routed {
		return fmt.Errorf("%w: the bridge on chain %s does not send %s to chain %s (no route: the bridge would revert with UnsupportedDestination); nothing was sent", ErrRoute, src.Name, as.Symbol, dst.Name)
	}
	_, err = checkLimits(ctx, bridge, src, as, amount, false)
	return err
}

// checkInbound reads the bridge that will mint or unlock: paused, its
// per-transfer limit and what its window can take now.
func checkInbound(ctx context.Context, bridge *bindings.Bridge, dst deployment.Chain, as deployment.Asset, amount *big.Int) error {
	cfg, err := bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("%w: chain %s: read bridge: %v", ErrNode, dst.Name, err)
	}
	if cfg.Paused {
		return fmt.Errorf("%w: the bridge on chain %s, the destination, is paused, so the transfer could not complete; nothing was sent: wait for the operators to resume it", ErrPaused, dst.Name)
	}
	_, err = checkLimits(ctx, bridge, dst, as, amount, true)
	return err
}

// checkLimits checks amount against the asset's per-transfer limit on a
// bridge and, for the bridge that mints or unlocks (inbound), against what
// its rate-limit window can take now.
func checkLimits(ctx context.Context, bridge *bindings.Bridge, on deployment.Chain, as deployment.Asset, amount *big.Int, inbound bool) (*big.Int, error) {
	info, err := bridge.AssetInfo(&bind.CallOpts{Context: ctx}, as.ID)
	if err != nil {
		return nil, fmt.Errorf("%w: chain %s: %v", ErrNode, on.Name, err)
	}
	if info.Kind == 0 {
		return nil, fmt.Errorf("%w: %s is not defined on the bridge of chain %s", ErrRoute, as.Symbol, on.Name)
	}
	if !inbound && info.MinPerTransfer != nil && amount.Cmp(info.MinPerTransfer) < 0 {
		min := formatAmount(info.MinPerTransfer, as.Decimals)
		return nil, fmt.Errorf("%w: %s %s is below chain %s's minimum of %s per transfer (the bridge would revert with AmountBelowMinimum): send at least %s",
			ErrBelowLimit, formatAmount(amount, as.Decimals), as.Symbol, on.Name, min, min)
	}
	if amount.Cmp(info.MaxPerTransfer) > 0 {
		max := formatAmount(info.MaxPerTransfer, as.Decimals)
		return nil, fmt.Errorf("%w: %s %s is over chain %s's limit of %s per transfer: send at most %s, or split it",
			ErrAboveLimit, formatAmount(amount, as.Decimals), as.Symbol, on.Name, max, max)
	}
	if inbound && amount.Cmp(info.Available) > 0 {
		return nil, fmt.Errorf("%w: chain %s can take %s %s more in this window, a larger transfer would wait in flight: send less, or wait for the window to refill",
			ErrRateLimited, on.Name, formatAmount(info.Available, as.Decimals), as.Symbol)
	}
	return info.Available, nil
}

// needGas refuses a payer with no native coin for gas on the chain.
func needGas(ctx context.Context, cl *ethclient.Client, payer common.Address, chain string) error {
	bal, err := cl.BalanceAt(ctx, payer, nil)
	if err != nil {
		return fmt.Errorf("%w: chain %s: balance: %v", ErrNode, chain, err)
	}
	if bal.Sign() == 0 {
		return fmt.Errorf("%w: %s has nothing on chain %s to pay gas with: fund it, or pay with another --key", ErrInsufficientBalance, payer, chain)
	}
	return nil
}

// chainError turns a decoded revert into a one-line error with advice.
func chainError(err error) error {
	e, ok := deploy.DecodeRevert(err)
	if !ok {
		if m := err.Error(); strings.Contains(m, "insufficient funds") || strings.Contains(m, "exceeds allowance: 0") {
			return fmt.Errorf("%w: not enough to pay gas (%v): fund the account", ErrInsufficientBalance, err)
		}
		return err
	}
	switch e.Name {
	case "BridgePaused":
		return fmt.Errorf("%w: the bridge is paused (%v)", ErrPaused, err)
	case "AmountAboveLimit":
		return fmt.Errorf("%w: %v", ErrAboveLimit, err)
	case "RateLimited":
		return fmt.Errorf("%w: %v", ErrRateLimited, err)
	case "InvalidEVMRecipient", "InvalidBitcoinScript", "ZeroRecipient":
		return fmt.Errorf("%w: %v", ErrRecipient, err)
	case "ERC20InsufficientBalance":
		return fmt.Errorf("%w: %v", ErrInsufficientBalance, err)
	case "NotSigner", "BelowThreshold", "DuplicateSigner", "SignersNotSorted", "InvalidSignature":
		return fmt.Errorf("%w: %v", ErrSigners, err)
	}
	return fmt.Errorf("%w: %v", ErrRejected, err)
}

// lookupAsset resolves --asset (a symbol or an id), listing the
// deployment's assets when it names none.
func lookupAsset(dep *deployment.Deployment, ref string) (deployment.Asset, error) {
	if ref == "" {
		return deployment.Asset{}, fmt.Errorf("%w: --asset is required: run 'bridgectl assets' to list them", ErrUsage)
	}
	as, err := dep.Asset(ref)
	if err != nil {
		var names []string
		for _, x := range dep.Assets {
			names = append(names, x.Symbol)
		}
		return deployment.Asset{}, fmt.Errorf("%w %q: this deployment defines %s (run 'bridgectl assets')", ErrUnknownAsset, ref, strings.Join(names, ", "))
	}
	return as, nil
}

// lookupChain resolves a chain by name or id, listing the deployment's
// chains when it names none.
func lookupChain(dep *deployment.Deployment, ref string) (deployment.Chain, error) {
	c, err := dep.Chain(ref)
	if err != nil {
		var names []string
		for _, x := range dep.Chains {
			names = append(names, fmt.Sprintf("%s (%d)", x.Name, x.ID))
		}
		return deployment.Chain{}, fmt.Errorf("%w %q: this deployment has %s", ErrUnknownChain, ref, strings.Join(names, ", "))
	}
	return c, nil
}

// evmAddress parses a non-zero 0x address.
func evmAddress(s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if !common.IsHexAddress(s) || !strings.HasPrefix(strings.ToLower(s), "0x") {
		return common.Address{}, fmt.Errorf("%w: %q is not an EVM address: want 0x followed by 40 hex digits", ErrRecipient, s)
	}
	addr := common.HexToAddress(s)
	if addr == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: the zero address cannot receive: give a real address", ErrRecipient)
	}
	if s[2:] != strings.ToLower(s[2:]) && s[2:] != strings.ToUpper(s[2:]) && addr.Hex() != s {
		return common.Address{}, fmt.Errorf("%w: %q fails its EIP-55 checksum: check for a typo", ErrRecipient, s)
	}
	return addr, nil
}

// btcRecipient decodes a Bitcoin address of the deployment's network into
// a standard scriptPubKey.
func btcRecipient(dep *deployment.Deployment, s string) ([]byte, error) {
	params, err := btcParams(dep)
	if err != nil {
		return nil, err
	}
	if s == "" {
		return nil, fmt.Errorf("%w: --recipient is required for a Bitcoin destination: a %s address", ErrRecipient, params.Name)
	}
	addr, err := btcutil.DecodeAddress(strings.TrimSpace(s), params)
	if err != nil || !addr.IsForNet(params) {
		return nil, fmt.Errorf("%w: %q is not a valid Bitcoin %s address", ErrRecipient, s, params.Name)
	}
	script, err := txscript.PayToAddrScript(addr)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrRecipient, s, err)
	}
	if err := bitcoin.CheckStandardPayment(script); err != nil {
		return nil, fmt.Errorf("%w: %q is not a standard output type the federation can pay (%v)", ErrRecipient, s, err)
	}
	return script, nil
}

// ---------------------------------------------------------------- operators

type signerFlags struct {
	keys       []string
	signatures []string
	devnet     bool
}

func (f *signerFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&f.keys, "signer-key", nil, "an operator's private key, hex (repeatable; devnet or tests)")
	cmd.Flags().StringSliceVar(&f.signatures, "signature", nil, "an operator's signature from 'bridgectl sign', hex (repeatable)")
	cmd.Flags().BoolVar(&f.devnet, "devnet-operators", false, "sign with the public devnet operator keys (devnet only)")
}

func (f *signerFlags) resolve() (deploy.Signer, []*ecdsa.PrivateKey, error) {
	var keys []*ecdsa.PrivateKey
	for _, s := range f.keys {
		k, err := parseKey(s)
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, k)
	}
	if f.devnet {
		keys = append(keys, deployment.DevnetOperatorKeys()...)
	}
	var sigs [][]byte
	for _, s := range f.signatures {
		b := common.FromHex(s)
		if len(b) != 65 {
			return nil, nil, fmt.Errorf("%w: --signature %q is not 65 bytes of hex", ErrUsage, s)
		}
		sigs = append(sigs, b)
	}
	if len(keys) == 0 && len(sigs) == 0 {
		return nil, nil, fmt.Errorf("%w: no signers: pass --signature (from 'bridgectl sign'), --signer-key, or --devnet-operators", ErrUsage)
	}
	ks, ss := deploy.KeySigner(keys...), deploy.ShareSigner(sigs...)
	return func(d common.Hash) ([]eip712.Share, error) {
		a, err := ks(d)
		if err != nil {
			return nil, err
		}
		b, err := ss(d)
		if err != nil {
			return nil, err
		}
		return append(a, b...), nil
	}, keys, nil
}

// signerAndPayer resolves the signer flags and who pays for the
// transaction (--key, or else the first signer key).
func (f *signerFlags) signerAndPayer(a *app) (deploy.Signer, *ecdsa.PrivateKey, error) {
	signer, keys, err := f.resolve()
	if err != nil {
		return nil, nil, err
	}
	payer, err := a.sender(keys)
	if err != nil {
		return nil, nil, err
	}
	return signer, payer, nil
}

// sender is --key, or else the first signer key.
func (a *app) sender(keys []*ecdsa.PrivateKey) (*ecdsa.PrivateKey, error) {
	if a.key != "" || a.keyFile != "" || a.getenv("KAKEHASHI_KEY") != "" {
		return a.userKey()
	}
	if len(keys) > 0 {
		return keys[0], nil
	}
	return nil, fmt.Errorf("%w: who pays for the transaction? pass --key", ErrKey)
}

// evmTargets resolves --chain (a name, an id, or "all").
func evmTargets(dep *deployment.Deployment, ref string) ([]deployment.Chain, error) {
	if ref == "" || strings.EqualFold(ref, "all") {
		return dep.EVMChains(), nil
	}
	c, err := lookupChain(dep, ref)
	if err != nil {
		return nil, err
	}
	if c.Kind != deployment.KindEVM {
		return nil, fmt.Errorf("%w: chain %s has no bridge contract", ErrUsage, c.Name)
	}
	return []deployment.Chain{c}, nil
}

type signerView struct {
	Chain      chains.ChainID   `json:"chainId"`
	Name       string           `json:"chain"`
	Bridge     common.Address   `json:"bridge"`
	Epoch      uint64           `json:"epoch"`
	Threshold  uint8            `json:"threshold"`
	Signers    []common.Address `json:"signers"`
	Paused     bool             `json:"paused"`
	AdminNonce uint64           `json:"adminNonce"`
	PauseNonce uint32           `json:"pauseNonce"`
}

func (a *app) signersCmd() *cobra.Command {
	var chain string
	cmd := &cobra.Command{
		Use:     "signers",
		Short:   "Show each bridge's signer set, epoch, threshold, pause flag and admin nonce",
		Example: "  bridgectl signers\n  bridgectl signers --chain B --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			dep, err := a.load()
			if err != nil {
				return err
			}
			targets, err := evmTargets(dep, chain)
			if err != nil {
				return err
			}
			var views []signerView
			for _, c := range targets {
				cl, err := a.evmClient(ctx, c.ID)
				if err != nil {
					return err
				}
				b, _ := bindings.NewBridge(c.Bridge, cl)
				call := &bind.CallOpts{Context: ctx}
				cfg, err := b.Config(call)
				if err != nil {
					cl.Close()
					return fmt.Errorf("%w: chain %s: %v", ErrNode, c.Name, err)
				}
				set, err := b.Signers(call)
				cl.Close()
				if err != nil {
					return fmt.Errorf("%w: chain %s: %v", ErrNode, c.Name, err)
				}
				views = append(views, signerView{Chain: c.ID, Name: c.Name, Bridge: c.Bridge, Epoch: cfg.Epoch, Threshold: cfg.Threshold,
					Signers: set, Paused: cfg.Paused, AdminNonce: cfg.AdminNonce, PauseNonce: cfg.PauseNonce})
			}
			return a.console.out(map[string]any{"bridges": views}, func(w io.Writer) {
				for _, v := range views {
					state := "running"
					if v.Paused {
						state = "PAUSED"
					}
					fmt.Fprintf(w, "chain %s (%d) bridge %s: epoch %d, %d of %d, %s, admin nonce %d\n", v.Name, v.Chain, v.Bridge, v.Epoch, v.Threshold, len(v.Signers), state, v.AdminNonce)
					for _, s := range v.Signers {
						fmt.Fprintf(w, "  %s\n", s)
					}
				}
			})
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "all", "chain name or id, or all")
	return cmd
}

func (a *app) pauseCmd() *cobra.Command {
	var chain, signerKey string
	cmd := &cobra.Command{
		Use:   "pause",
		Short: "Pause a bridge (any one current signer may): locks, burns, mints and unlocks stop",
		Long: `Pause calls the bridge's pause() from a current signer's account: one
signer is enough, so that any operator can stop the bridge at once when
something looks wrong. Resuming needs the quorum ('bridgectl resume').`,
		Example: "  bridgectl pause --chain A --signer-key $OPERATOR_KEY\n  bridgectl pause --chain all --signer-key $OPERATOR_KEY",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			dep, err := a.load()
			if err != nil {
				return err
			}
			if signerKey == "" {
				return fmt.Errorf("%w: --signer-key is required: the key of one current signer", ErrUsage)
			}
			key, err := parseKey(signerKey)
			if err != nil {
				return err
			}
			targets, err := evmTargets(dep, chain)
			if err != nil {
				return err
			}
			return a.eachChain(ctx, targets, "paused", func(cl *ethclient.Client, b *bindings.Bridge, c deployment.Chain) error {
				addr := crypto.PubkeyToAddress(key.PublicKey)
				cfg, err := b.Config(&bind.CallOpts{Context: ctx})
				if err != nil {
					return err
				}
				if ep, err := b.SignerEpoch(&bind.CallOpts{Context: ctx}, addr); err != nil || ep != cfg.Epoch {
					return fmt.Errorf("%w: %s is not a current signer of chain %s's bridge (see 'bridgectl signers')", ErrSigners, addr, c.Name)
				}
				if err := needGas(ctx, cl, addr, c.Name); err != nil {
					return err
				}
				_, err = deploy.Send(ctx, cl, key, "pause on "+c.Name, func(o *bind.TransactOpts) (*types.Transaction, error) { return b.Pause(o) }, a.console.progress())
				return err
			})
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "", "chain name or id, or all (required)")
	cmd.Flags().StringVar(&signerKey, "signer-key", "", "a current signer's private key, hex")
	_ = cmd.MarkFlagRequired("chain")
	return cmd
}

func (a *app) resumeCmd() *cobra.Command {
	var chain string
	f := &signerFlags{}
	cmd := &cobra.Command{
		Use:   "resume",
		Short: "Resume (unpause) a bridge with a quorum of signer signatures",
		Long: `Resume submits unpause(nonce, sigs). The signatures come from operators:
in production each runs 'bridgectl sign resume --chain X --signer-key …' on its
own machine and hands over the printed signature; one of them (or anyone)
submits them with repeated --signature. On a devnet --devnet-operators or
--signer-key sign in place.`,
		Example: `  bridgectl resume --chain A --devnet-operators
  bridgectl resume --chain A --signature 0xabc… --signature 0xdef… --key $PAYER_KEY`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
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
			return a.eachChain(ctx, targets, "resumed", func(cl *ethclient.Client, b *bindings.Bridge, c deployment.Chain) error {
				if err := needGas(ctx, cl, crypto.PubkeyToAddress(payer.PublicKey), c.Name); err != nil {
					return err
				}
				return deploy.Unpause(ctx, cl, payer, c.Bridge, signer, a.console.progress())
			})
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "", "chain name or id, or all (required)")
	_ = cmd.MarkFlagRequired("chain")
	f.register(cmd)
	return cmd
}

// eachChain runs fn on each chain's bridge and reports "<verb> on X".
func (a *app) eachChain(ctx context.Context, targets []deployment.Chain, verb string, fn func(*ethclient.Client, *bindings.Bridge, deployment.Chain) error) error {
	var done []string
	for _, c := range targets {
		cl, err := a.evmClient(ctx, c.ID)
		if err != nil {
			return err
		}
		b, _ := bindings.NewBridge(c.Bridge, cl)
		err = fn(cl, b, c)
		cl.Close()
		a.console.doneProgress()
		if err != nil {
			if errors.Is(err, deploy.ErrQuorum) {
				return fmt.Errorf("%w: chain %s: %s: collect signatures with 'bridgectl sign'", ErrSigners, c.Name,
					strings.TrimPrefix(err.Error(), deploy.ErrQuorum.Error()+": "))
			}
			return chainError(fmt.Errorf("chain %s: %w", c.Name, err))
		}
		done = append(done, c.Name)
	}
	return a.console.out(map[string]any{verb: done}, func(w io.Writer) {
		fmt.Fprintf(w, "%s on %s\n", verb, strings.Join(done, ", "))
	})
}
