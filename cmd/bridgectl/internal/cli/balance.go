package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/txscript"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/spf13/cobra"
)

// balanceLine is one balance of `bridgectl balance`.
type balanceLine struct {
	Chain  uint64 `json:"chain"`
	Name   string `json:"name"`
	Symbol string `json:"symbol"`           // wrapped tokens are "k" + the asset's symbol
	Kind   string `json:"kind"`             // native, home or wrapped
	Token  string `json:"token,omitempty"`  // the ERC-20, if not the chain's coin
	Amount string `json:"amount,omitempty"` // in the asset's units
	Error  string `json:"error,omitempty"`
}

// wrappedSymbol is what a wrapped token is called: kTST for TST.
func wrappedSymbol(symbol string) string { return "k" + symbol }

func (a *app) balanceCmd() *cobra.Command {
	var scanDepth int64
	cmd := &cobra.Command{
		Use:   "balance ADDRESS",
		Short: "Show an address's native and bridged token balances on every chain of the deployment",
		Long: `For a 0x address: the native coin and every asset's token (home or
wrapped, "k" + the symbol: kTST, kETH, kBTC) on each EVM chain of the
deployment. For a Bitcoin address of the deployment's network: its spendable
coins found in the last --scan-depth blocks (btcd keeps no address index).`,
		Example: "  bridgectl balance 0x226d63D254B7759E1bf6E73cEb1f876Bc98bc883\n  bridgectl balance bcrt1q4aktdvkytlu79r5qfq49dc587ktrrktwequ7hc --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dep, err := a.load()
			if err != nil {
				return err
			}
			var lines []balanceLine
			if common.IsHexAddress(args[0]) {
				lines = a.evmBalances(cmd.Context(), dep, common.HexToAddress(args[0]))
			} else if lines, err = a.btcBalance(dep, args[0], scanDepth); err != nil {
				return err
			}
			return a.console.out(map[string]any{"address": args[0], "balances": lines}, func(w io.Writer) {
				for _, l := range lines {
					if l.Error != "" {
						fmt.Fprintf(w, "%-4s %-6d %-5s unavailable: %s\n", l.Name, l.Chain, l.Symbol, l.Error)
						continue
					}
					fmt.Fprintf(w, "%-4s %-6d %-5s %s\n", l.Name, l.Chain, l.Symbol, l.Amount)
				}
			})
		},
	}
	cmd.Flags().Int64Var(&scanDepth, "scan-depth", 1000, "for a Bitcoin address: how many recent blocks to scan for its coins")
	return cmd
}

// evmBalances reads the native coin and each asset's token on every EVM
// chain; a chain that does not answer is one line with its error.
func (a *app) evmBalances(ctx context.Context, dep *deployment.Deployment, who common.Address) []balanceLine {
	var lines []balanceLine
	for _, c := range dep.EVMChains() {
		cl, err := a.evmClient(ctx, c.ID)
		if err != nil {
			lines = append(lines, balanceLine{Chain: uint64(c.ID), Name: c.Name, Symbol: "*", Error: err.Error()})
			continue
		}
		native := balanceLine{Chain: uint64(c.ID), Name: c.Name, Symbol: "ETH", Kind: deployment.TokenNative}
		if v, err := cl.BalanceAt(ctx, who, nil); err != nil {
			native.Error = err.Error()
		} else {
			native.Amount = formatAmount(v, 18)
		}
		lines = append(lines, native)
		for _, as := range dep.Assets {
			t, ok := as.Token(c.ID)
			if !ok || t.Kind == deployment.TokenNative {
				continue
			}
			l := balanceLine{Chain: uint64(c.ID), Name: c.Name, Symbol: as.Symbol, Kind: t.Kind, Token: t.Address.Hex()}
			if t.Kind == deployment.TokenWrapped {
				l.Symbol = wrappedSymbol(as.Symbol)
			}
			tk, _ := bindings.NewTestToken(t.Address, cl)
			if v, err := tk.BalanceOf(&bind.CallOpts{Context: ctx}, who); err != nil {
				l.Error = err.Error()
			} else {
				l.Amount = formatAmount(v, as.Decimals)
			}
			lines = append(lines, l)
		}
		cl.Close()
	}
	return lines
}

// btcBalance sums the address's spendable coins in the last depth blocks.
func (a *app) btcBalance(dep *deployment.Deployment, address string, depth int64) ([]balanceLine, error) {
	params, err := btcParams(dep)
	if err != nil {
		return nil, fmt.Errorf("%w: %q is not a 0x address, and %v", ErrUsage, address, err)
	}
	addr, err := btcutil.DecodeAddress(address, params)
	if err != nil || !addr.IsForNet(params) {
		return nil, fmt.Errorf("%w: %q is neither a 0x address nor a %s Bitcoin address", ErrUsage, address, params.Name)
	}
	if depth < 1 {
		return nil, fmt.Errorf("%w: --scan-depth must be at least 1", ErrUsage)
	}
	script, err := txscript.PayToAddrScript(addr)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrUsage, address, err)
	}
	c, err := a.btcClient()
	if err != nil {
		return nil, err
	}
	defer c.Shutdown()
	tip, err := c.GetBlockCount()
	if err != nil {
		return nil, fmt.Errorf("%w: btcd: %v", ErrNode, err)
	}
	coins, err := findCoins(c, script, nil, nil, depth, tip)
	if err != nil {
		return nil, err
	}
	sum := new(big.Int)
	for _, k := range coins {
		sum.Add(sum, big.NewInt(k.value))
	}
	name := "BTC"
	if dc, ok := dep.ChainByID(dep.Bitcoin.ChainID); ok && dc.Name != "" {
		name = dc.Name
	}
	return []balanceLine{{Chain: uint64(dep.Bitcoin.ChainID), Name: name, Symbol: "BTC", Kind: deployment.TokenNative, Amount: formatAmount(sum, 8)}}, nil
}
