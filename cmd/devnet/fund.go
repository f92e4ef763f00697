package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/txscript"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/spf13/cobra"
)

// errFund: devnet fund was asked for something it cannot do.
var errFund = errors.New("fund")

// fundRequest is a parsed `devnet fund`: BTC to a regtest address, or ETH
// to an EVM address on the chosen chains (indexes into Description.EVM).
type fundRequest struct {
	btc    btcutil.Address
	evm    common.Address
	chains []int
	amount *big.Int // sats or wei
}

func newFund(g *globalFlags) *cobra.Command {
	var chain, amount string
	cmd := &cobra.Command{
		Use:   "fund ADDRESS",
		Short: "Send ETH (0x address) or BTC (bcrt1 address) from the devnet's faucets",
		Long: `Send ETH from the first anvil faucet account to a 0x address, on every EVM
chain or the one --chain names (A, B, C or a chain id), waiting for the
receipt; or BTC from the devnet's mining key to a regtest (bcrt1…) address,
mining a block to confirm it. --amount is in ETH or BTC (default 10 ETH,
1 BTC).`,
		Example: `  devnet fund 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --chain B --amount 2.5
  devnet fund bcrt1q4aktdvkytlu79r5qfq49dc587ktrrktwequ7hc --amount 0.5`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			desc, err := devnet.Read(g.dir)
			if err != nil {
				return err
			}
			req, err := parseFund(desc, args[0], chain, amount)
			if err != nil {
				return err
			}
			sent, err := req.send(cmd.Context(), desc)
			w := cmd.OutOrStdout()
			if g.json {
				if jerr := json.NewEncoder(w).Encode(map[string]any{"sent": sent}); jerr != nil {
					return jerr
				}
			} else {
				for _, p := range sent {
					fmt.Fprintln(w, p.Text)
				}
			}
			return err
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "", "EVM chain: A, B, C or a chain id (default: every EVM chain; BTC for a bcrt1 address)")
	cmd.Flags().StringVar(&amount, "amount", "", "amount in ETH or BTC, e.g. 2.5 (default 10 ETH, 1 BTC)")
	return cmd
}

// parseFund checks the request against the devnet before anything is sent.
func parseFund(desc *devnet.Description, address, chain, amount string) (fundRequest, error) {
	var req fundRequest
	if common.IsHexAddress(address) {
		if len(desc.EVM) == 0 {
			return req, fmt.Errorf("%w: this devnet runs no EVM chain", errFund)
		}
		req.evm = common.HexToAddress(address)
		if chain == "" {
			for i := range desc.EVM {
				req.chains = append(req.chains, i)
			}
		} else {
			i, err := evmIndex(desc, chain)
			if err != nil {
				return req, err
			}
			req.chains = []int{i}
		}
		if amount == "" {
			amount = "10"
		}
		v, err := decimalUnits(amount, 18)
		req.amount = v
		return req, err
	}
	a, err := btcutil.DecodeAddress(address, &chaincfg.RegressionNetParams)
	if err != nil || !a.IsForNet(&chaincfg.RegressionNetParams) {
		return req, fmt.Errorf("%w: %q is neither a 0x EVM address nor a regtest Bitcoin address (bcrt1…)", errFund, address)
	}
	if desc.BTC == nil {
		return req, fmt.Errorf("%w: this devnet runs no btcd (started with --no-btc)", errFund)
	}
	if chain != "" && !strings.EqualFold(chain, "BTC") && chain != strconv.FormatUint(desc.BTC.ChainID, 10) {
		return req, fmt.Errorf("%w: --chain %s: a bcrt1 address is funded on the Bitcoin chain: leave --chain out", errFund, chain)
	}
	req.btc = a
	if amount == "" {
		amount = "1"
	}
	v, err := decimalUnits(amount, 8)
	req.amount = v
	return req, err
}

// evmIndex finds an EVM chain by devnet name (A is the first) or id.
func evmIndex(desc *devnet.Description, chain string) (int, error) {
	names := make([]string, len(desc.EVM))
	for i, n := range desc.EVM {
		names[i] = fmt.Sprintf("%c (%d)", 'A'+i, n.ChainID)
		if strings.EqualFold(chain, string(rune('A'+i))) || chain == strconv.FormatUint(n.ChainID, 10) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%w: no EVM chain %q on this devnet: choose one of %s", errFund, chain, strings.Join(names, ", "))
}

// decimalUnits parses a positive decimal amount into base units.
func decimalUnits(s string, decimals int) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 || strings.ContainsAny(s, "eE/") {
		return nil, fmt.Errorf("%w: --amount %q: want a positive decimal, e.g. 2.5", errFund, s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("%w: --amount %q has more than %d decimals", errFund, s, decimals)
	}
	return r.Num(), nil
}

// payment is one payment devnet fund made.
type payment struct {
	Chain   uint64 `json:"chain"`
	Address string `json:"address"`
	Amount  string `json:"amount"` // sats or wei
	Tx      string `json:"tx"`
	Block   string `json:"block,omitempty"` // Bitcoin: the block that confirmed it
	Text    string `json:"-"`
}

// send makes the payments, stopping at the first that fails; it returns
// those made.
func (req fundRequest) send(ctx context.Context, desc *devnet.Description) ([]payment, error) {
	if req.btc != nil {
		pk, err := txscript.PayToAddrScript(req.btc)
		if err != nil {
			return nil, err
		}
		amt := btcutil.Amount(req.amount.Int64())
		op, err := harness.PayBTC(ctx, desc.BTC, pk, amt)
		if err != nil {
			return nil, err
		}
		p := payment{Chain: desc.BTC.ChainID, Address: req.btc.String(), Amount: req.amount.String(), Tx: op.Hash.String(),
			Text: fmt.Sprintf("sent %s to %s: tx %s output %d", amt, req.btc, op.Hash, op.Index)}
		c, err := desc.BTC.NewClient()
		if err != nil {
			return []payment{p}, err
		}
		defer c.Shutdown()
		blocks, err := c.Generate(1)
		if err != nil {
			return []payment{p}, fmt.Errorf("mine the payment (it waits in the mempool): %w", err)
		}
		p.Block = blocks[0].String()
		p.Text += ", mined in block " + p.Block
		return []payment{p}, nil
	}
	var sent []payment
	for _, i := range req.chains {
		n := desc.EVM[i]
		tx, err := sendETH(ctx, n, req.evm, req.amount)
		if err != nil {
			return sent, fmt.Errorf("chain %c (%d): %w", 'A'+i, n.ChainID, err)
		}
		sent = append(sent, payment{Chain: n.ChainID, Address: req.evm.Hex(), Amount: req.amount.String(), Tx: tx.Hex(),
			Text: fmt.Sprintf("sent %s ETH to %s on %c (%d): tx %s", fmtTST(req.amount), req.evm, 'A'+i, n.ChainID, tx)})
	}
	return sent, nil
}

// sendETH sends wei from the chain's first faucet key and waits for the
// receipt.
func sendETH(ctx context.Context, n devnet.EVMNode, to common.Address, wei *big.Int) (common.Hash, error) {
	key, err := n.Key(0)
	if err != nil {
		return common.Hash{}, err
	}
	c, err := n.NewClient(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	defer c.Close()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return common.Hash{}, err
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	id := new(big.Int).SetUint64(n.ChainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: wei,
	})
	if err != nil {
		return common.Hash{}, err
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	rc, err := bind.WaitMined(ctx, c, tx)
	if err != nil {
		return common.Hash{}, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return tx.Hash(), fmt.Errorf("%w: transfer %s reverted", errFund, tx.Hash())
	}
	return tx.Hash(), nil
}
