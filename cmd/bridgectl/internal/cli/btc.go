package cli

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
)

func (a *app) depositCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "deposit", Short: "Deposit a coin whose home chain has no bridge contract (Bitcoin)"}
	f := &depositFlags{}
	btc := &cobra.Command{
		Use:   "btc",
		Short: "Build and broadcast a Bitcoin deposit from your key, or print its address and payload for another wallet",
		Long: `A deposit is one Bitcoin transaction paying the taproot deposit address
(built from the payload and the federation keys of the deployment) and carrying
the 68-byte payload in an OP_RETURN (docs/bitcoin.md). The relays mint the
amount on --to for --recipient once it is final; if they never do, you take it
back after the locktime with 'bridgectl refund btc'.

Coins: btcd keeps no wallet and the devnet runs without --addrindex, so
bridgectl finds your coins by scanning the last --scan-depth blocks (and the
mempool is not scanned) for outputs paying your key's P2WPKH or P2TR (BIP-86)
address, and keeps those that are unspent (gettxout, and no mempool
transaction spends them). Name older coins with
--utxo TXID:VOUT. Change goes back to your P2WPKH address.

--print builds nothing: it prints the deposit address, the payload and the
OP_RETURN script for an external wallet (then --key is only needed for the
default refund key and recipient).`,
		Example: `  bridgectl deposit btc --amount 0.5 --to A --recipient 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --key $WIF
  bridgectl deposit btc --amount 0.5 --to B --recipient 0x7099… --refund-key 79be66… --print`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return f.run(cmd.Context(), a) },
	}
	f.register(btc)
	cmd.AddCommand(btc)
	return cmd
}

// depositFlags are the flags of deposit btc.
type depositFlags struct {
	amount, to, recipient, refundKey string
	utxos                            []string
	scanDepth                        int64
	feeRate                          uint64
	locktime, refundAfter            uint32
	print, wait                      bool
}

func (f *depositFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.amount, "amount", "", "BTC to deposit, e.g. 0.5")
	fs.StringVar(&f.to, "to", "", "EVM chain to mint on, by name or id")
	fs.StringVar(&f.recipient, "recipient", "", "0x address to mint to (default: your key's EVM address)")
	fs.StringVar(&f.refundKey, "refund-key", "", "x-only public key that may refund after the locktime, hex (default: your key's)")
	fs.StringSliceVar(&f.utxos, "utxo", nil, "coin to spend, TXID:VOUT (repeatable; default: scan recent blocks)")
	fs.Int64Var(&f.scanDepth, "scan-depth", 1000, "how many recent blocks to scan for your coins")
	fs.Uint64Var(&f.feeRate, "fee-rate", 2, "fee rate, sat/vB")
	fs.Uint32Var(&f.locktime, "locktime", 0, "refund locktime as an absolute block height")
	fs.Uint32Var(&f.refundAfter, "refund-after", 0, "refund locktime as blocks above the tip (default: the deployment's defaultRefundBlocks)")
	fs.BoolVar(&f.print, "print", false, "only print the address and payload for an external wallet")
	fs.BoolVar(&f.wait, "wait", false, "wait until the deposit has the deployment's confirmations (final for the relays), showing progress")
}

// run checks the deposit against the deployment and both chains, builds its
// output, then prints it (--print) or pays it from the caller's coins.
func (f *depositFlags) run(ctx context.Context, a *app) error {
	dep, err := a.load()
	if err != nil {
		return err
	}
	params, err := btcParams(dep)
	if err != nil {
		return err
	}
	as, err := btcAsset(dep)
	if err != nil {
		return err
	}
	amt, err := depositAmounts(dep, as, f.amount)
	if err != nil {
		return err
	}
	dst, err := depositDestination(dep, as, f.to)
	if err != nil {
		return err
	}
	key, err := f.depositorKey(a)
	if err != nil {
		return err
	}
	p := bitcoin.Payload{DstChain: dst.ID}
	if p.Recipient, err = f.mintRecipient(key); err != nil {
		return err
	}
	if p.RefundKey, err = f.refundKeyOf(key); err != nil {
		return err
	}
	// The limits apply to what is minted: the deposit less its fee.
	if err := checkMintable(ctx, a, dst, as, big.NewInt(amt.net)); err != nil {
		return err
	}
	bc, err := a.btcClient()
	if err != nil {
		return err
	}
	defer bc.Shutdown()
	tip, err := bc.GetBlockCount()
	if err != nil {
		return fmt.Errorf("%w: btcd: %v", ErrNode, err)
	}
	if p.Locktime, err = f.refundLocktime(dep, tip); err != nil {
		return err
	}
	out, err := depositOutput(dep, p)
	if err != nil {
		return err
	}
	addr, err := out.Address(params)
	if err != nil {
		return err
	}
	res := newDepositResult(addr, p, amt, tip)
	if f.print {
		return a.console.out(res, func(w io.Writer) {
			fmt.Fprintf(w, "pay exactly %s BTC to %s\nand add an OP_RETURN output with script %s\n(payload %s)\n", res.Amount, res.Address, res.OpReturn, res.Payload)
			fmt.Fprintf(w, "the relays mint %s BTC on %s for %s (%s BTC less the deposit fee of %s BTC)\n", res.Mint, dst.Name, res.Recipient, res.Amount, res.Fee)
			fmt.Fprintf(w, "refundable from height %d with the key %s; the transaction must have no other deposit output or KKH OP_RETURN\n", p.Locktime, res.RefundKey)
		})
	}
	if err := f.pay(ctx, a, bc, dep, params, key, out, &res); err != nil {
		return err
	}
	res.StatusCommand = a.followCommand(res.Txid, res.Vout)
	return a.console.out(res, func(w io.Writer) {
		fmt.Fprintf(w, "deposited %s BTC to %s (mint on %s for %s)\n", res.Amount, res.Address, dst.Name, res.Recipient)
		fmt.Fprintf(w, "to be minted: %s BTC (%s BTC less the deposit fee of %s BTC)\n", res.Mint, res.Amount, res.Fee)
		fmt.Fprintf(w, "tx %s output %d\ntransfer %s\nrefundable from height %d: bridgectl refund btc --deposit %s:%d\n", res.Txid, res.Vout, res.TransferID, p.Locktime, res.Txid, res.Vout)
		fmt.Fprintf(w, "follow it: %s\n", res.StatusCommand)
	})
}

// depositAmount is a deposit's value and what is minted for it: the value
// less the deposit fee.
type depositAmount struct {
	sats *big.Int
	fee  bitcoin.DepositFee
	net  int64
}

// depositAmounts parses --amount and refuses a deposit the relays would
// not mint: below the minimum, or not above the deposit fee.
func depositAmounts(dep *deployment.Deployment, as deployment.Asset, amount string) (depositAmount, error) {
	sats, err := parseAmount(amount, as.Decimals)
	if err != nil {
		return depositAmount{}, err
	}
	if !sats.IsInt64() || sats.Int64() < dep.Bitcoin.MinDeposit {
		return depositAmount{}, fmt.Errorf("%w: %s BTC is below the minimum deposit of %s BTC: the relays would not mint it", ErrAmount, amount, formatAmount(big.NewInt(dep.Bitcoin.MinDeposit), 8))
	}
	fee, err := depositFee(dep)
	if err != nil {
		return depositAmount{}, err
	}
	net := sats.Int64() - fee.Sats
	if net <= 0 {
		return depositAmount{}, fmt.Errorf("%w: %s BTC does not exceed the deposit fee of %s BTC: nothing would be minted", ErrAmount, amount, formatAmount(big.NewInt(fee.Sats), 8))
	}
	return depositAmount{sats: sats, fee: fee, net: net}, nil
}

// depositDestination resolves --to: an EVM chain where BTC is defined.
func depositDestination(dep *deployment.Deployment, as deployment.Asset, to string) (deployment.Chain, error) {
	if to == "" {
		return deployment.Chain{}, fmt.Errorf("%w: --to is required: the EVM chain to mint on", ErrUsage)
	}
	dst, err := lookupChain(dep, to)
	if err != nil {
		return deployment.Chain{}, err
	}
	if dst.Kind != deployment.KindEVM {
		return deployment.Chain{}, fmt.Errorf("%w: a deposit mints on an EVM chain; %s is not one", ErrRoute, dst.Name)
	}
	if _, ok := as.Token(dst.ID); !ok {
		return deployment.Chain{}, fmt.Errorf("%w: BTC is not defined on chain %s", ErrRoute, dst.Name)
	}
	return dst, nil
}

// depositorKey is the caller's key. --print needs none when --recipient
// and --refund-key are both given: another wallet pays.
func (f *depositFlags) depositorKey(a *app) (*btcecKey, error) {
	if f.print && f.refundKey != "" && f.recipient != "" {
		return nil, nil
	}
	k, err := a.userKey()
	if err != nil {
		if f.print {
			return nil, fmt.Errorf("%w: with --print and no key, give both --recipient and --refund-key", ErrUsage)
		}
		return nil, err
	}
	return &btcecKey{k: k}, nil
}

// mintRecipient is --recipient, else the key's EVM address.
func (f *depositFlags) mintRecipient(key *btcecKey) (common.Address, error) {
	if f.recipient != "" {
		return evmAddress(f.recipient)
	}
	return crypto.PubkeyToAddress(key.k.PublicKey), nil
}

// refundKeyOf is --refund-key, else the key's x-only public key. A key
// that does not parse could never sign the refund.
func (f *depositFlags) refundKeyOf(key *btcecKey) ([32]byte, error) {
	var refund [32]byte
	if f.refundKey == "" {
		copy(refund[:], schnorr.SerializePubKey(btcKey(key.k).PubKey()))
		return refund, nil
	}
	b, err := hex.DecodeString(strings.TrimPrefix(f.refundKey, "0x"))
	if err != nil || len(b) != 32 {
		return refund, fmt.Errorf("%w: --refund-key must be a 32-byte x-only public key, hex", ErrUsage)
	}
	copy(refund[:], b)
	if _, err := schnorr.ParsePubKey(b); err != nil {
		return refund, fmt.Errorf("%w: --refund-key is not a valid x-only key: such a deposit could never be refunded", ErrUsage)
	}
	return refund, nil
}

// checkMintable reads the bridge that will mint or unlock amount: paused,
// and its limits (checkInbound).
func checkMintable(ctx context.Context, a *app, dst deployment.Chain, as deployment.Asset, amount *big.Int) error {
	cl, err := a.evmClient(ctx, dst.ID)
	if err != nil {
		return err
	}
	defer cl.Close()
	bridge, _ := bindings.NewBridge(dst.Bridge, cl)
	return checkInbound(ctx, bridge, dst, as, amount)
}

// refundLocktime is --locktime, else --refund-after (or the deployment's
// default) above the tip; the relays need enough blocks before it to see
// the deposit final and mint.
func (f *depositFlags) refundLocktime(dep *deployment.Deployment, tip int64) (uint32, error) {
	lt := f.locktime
	if lt == 0 {
		after := f.refundAfter
		if after == 0 {
			after = dep.Bitcoin.DefaultRefundBlocks
		}
		lt = uint32(tip) + after
	}
	if min := uint32(tip) + dep.Bitcoin.MinRefundBlocks(); lt < min {
		return 0, fmt.Errorf("%w: locktime %d is too close (tip %d): the relays need at least %d blocks (%d confirmations + %d margin); use --refund-after %d or more",
			ErrLocktime, lt, tip, dep.Bitcoin.MinRefundBlocks(), dep.Bitcoin.Confirmations, dep.Bitcoin.RefundMargin, dep.Bitcoin.MinRefundBlocks())
	}
	return lt, nil
}

// depositOutput is the taproot output that carries payload p to the
// deployment's federation.
func depositOutput(dep *deployment.Deployment, p bitcoin.Payload) (*bitcoin.DepositOutput, error) {
	fed, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUsage, err)
	}
	return bitcoin.NewDepositOutput(p, fed)
}

func newDepositResult(addr btcutil.Address, p bitcoin.Payload, amt depositAmount, tip int64) depositResult {
	return depositResult{Address: addr.EncodeAddress(), Payload: hex.EncodeToString(p.Encode()),
		OpReturn: hex.EncodeToString(bitcoin.PayloadScript(p)), Amount: formatAmount(amt.sats, 8), Sats: amt.sats.Int64(),
		Fee: formatAmount(big.NewInt(amt.fee.Sats), 8), FeeSats: amt.fee.Sats, Mint: formatAmount(big.NewInt(amt.net), 8), MintSats: amt.net,
		DstChain: p.DstChain, Recipient: p.Recipient, RefundKey: hex.EncodeToString(p.RefundKey[:]), Locktime: p.Locktime, Tip: tip}
}

// pay builds the deposit from the key's coins, broadcasts it and, with
// --wait, follows it to the deployment's confirmations; res gains the
// transaction and the transfer id.
func (f *depositFlags) pay(ctx context.Context, a *app, bc *rpcclient.Client, dep *deployment.Deployment, params *chaincfg.Params,
	key *btcecKey, out *bitcoin.DepositOutput, res *depositResult) error {
	tx, vout, err := buildDeposit(bc, key, params, out, res.Sats, f.utxos, f.scanDepth, f.feeRate, res.Tip)
	if err != nil {
		return err
	}
	txid, err := bc.SendRawTransaction(tx, false)
	if err != nil {
		return fmt.Errorf("%w: btcd refused the deposit: %v; nothing was spent", ErrRejected, err)
	}
	res.Txid, res.Vout = txid.String(), vout
	res.TransferID = chains.BitcoinTransferID(dep.Bitcoin.ChainID, *txid, vout)
	if f.wait {
		if res.Confirmations, err = waitConfirmations(ctx, &a.console, bc, txid, int64(dep.Bitcoin.Confirmations)); err != nil {
			return err
		}
	}
	return nil
}

type btcecKey struct{ k *ecdsa.PrivateKey }

type depositResult struct {
	Address  string `json:"address"`
	Payload  string `json:"payload"`
	OpReturn string `json:"opReturnScript"`
	Amount   string `json:"amount"`
	Sats     int64  `json:"sats"`
	// Fee is the deposit fee withheld from the mint (the cost of sweeping
	// the deposit at the deployment's maxFeeRate); Mint what is minted.
	Fee        string            `json:"depositFee"`
	FeeSats    int64             `json:"depositFeeSats"`
	Mint       string            `json:"mintAmount"`
	MintSats   int64             `json:"mintSats"`
	DstChain   chains.ChainID    `json:"dstChain"`
	Recipient  common.Address    `json:"recipient"`
	RefundKey  string            `json:"refundKey"`
	Locktime   uint32            `json:"locktime"`
	Tip        int64             `json:"tip"`
	Txid       string            `json:"txid,omitempty"`
	Vout       uint32            `json:"vout,omitempty"`
	TransferID chains.TransferID `json:"transferId,omitzero"`
	// Confirmations reached, with --wait.
	Confirmations int64 `json:"confirmations,omitempty"`
	// StatusCommand follows the deposit from its first confirmation to the
	// mint: `bridgectl status --deposit TXID:VOUT`.
	StatusCommand string `json:"statusCommand,omitempty"`
}

// waitConfirmations polls until txid has n confirmations, drawing
// "confirmations x/N" with a bar on a terminal's stderr.
func waitConfirmations(ctx context.Context, con *console, c *rpcclient.Client, txid *chainhash.Hash, n int64) (int64, error) {
	tty := con.isTerminal()
	for {
		v, err := c.GetRawTransactionVerbose(txid)
		if err != nil {
			return 0, fmt.Errorf("%w: btcd: %v", ErrNode, err)
		}
		got := int64(v.Confirmations)
		if tty {
			done := min(got, n) * 20 / max(n, 1)
			fmt.Fprintf(con.stderr, "\r\033[Kconfirmations %d/%d [%s%s]", got, n, strings.Repeat("#", int(done)), strings.Repeat("-", int(20-done)))
		}
		if got >= n {
			if tty {
				fmt.Fprintln(con.stderr)
			}
			return got, nil
		}
		select {
		case <-ctx.Done():
			return got, fmt.Errorf("waiting for %s: %w (it has %d of %d confirmations; the deposit stands)", txid, ctx.Err(), got, n)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// depositFee is what the relays withhold from every deposit's mint: one
// sweep input at the deployment's maxFeeRate (chains/bitcoin.DepositFee).
func depositFee(dep *deployment.Deployment) (bitcoin.DepositFee, error) {
	if dep.Bitcoin.MaxFeeRate == 0 {
		return bitcoin.DepositFee{}, fmt.Errorf("%w: the deployment file has no bitcoin.maxFeeRate: the relays refuse to mint from such a deployment; regenerate it (bridgectl deploy)", ErrSetup)
	}
	fed, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		return bitcoin.DepositFee{}, err
	}
	return bitcoin.NewDepositFee(fed, dep.Bitcoin.MaxFeeRate)
}

func btcAsset(dep *deployment.Deployment) (deployment.Asset, error) {
	for _, as := range dep.Assets {
		if as.HomeChain == dep.Bitcoin.ChainID && as.Native() {
			return as, nil
		}
	}
	return deployment.Asset{}, fmt.Errorf("%w: the deployment defines no asset for chain %d's coin", ErrUnknownAsset, dep.Bitcoin.ChainID)
}

type coin struct {
	op     wire.OutPoint
	value  int64
	script []byte
}

// keyScripts returns the P2WPKH and P2TR (BIP-86) scripts of k.
func keyScripts(k *ecdsa.PrivateKey, params *chaincfg.Params) (wpkh, tr []byte, err error) {
	pub := btcKey(k).PubKey()
	a1, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(pub.SerializeCompressed()), params)
	if err != nil {
		return nil, nil, err
	}
	a2, err := btcutil.NewAddressTaproot(schnorr.SerializePubKey(txscript.ComputeTaprootKeyNoScript(pub)), params)
	if err != nil {
		return nil, nil, err
	}
	wpkh, _ = txscript.PayToAddrScript(a1)
	tr, _ = txscript.PayToAddrScript(a2)
	return wpkh, tr, nil
}

// findCoins returns the key's unspent coins: the named ones, or those
// found in the last depth blocks.
func findCoins(c *rpcclient.Client, wpkh, tr []byte, named []string, depth, tip int64) ([]coin, error) {
	mine := func(s []byte) bool { return bytes.Equal(s, wpkh) || bytes.Equal(s, tr) }
	var cands []wire.OutPoint
	for _, n := range named {
		h, v, ok := strings.Cut(n, ":")
		hash, err := chainhash.NewHashFromStr(h)
		idx, err2 := strconv.ParseUint(v, 10, 32)
		if !ok || err != nil || err2 != nil {
			return nil, fmt.Errorf("%w: --utxo %q: want TXID:VOUT", ErrUsage, n)
		}
		cands = append(cands, wire.OutPoint{Hash: *hash, Index: uint32(idx)})
	}
	if len(named) == 0 {
		from := max(tip-depth+1, 1)
		for h := from; h <= tip; h++ {
			hash, err := c.GetBlockHash(h)
			if err != nil {
				return nil, fmt.Errorf("%w: btcd: %v", ErrNode, err)
			}
			blk, err := c.GetBlock(hash)
			if err != nil {
				return nil, fmt.Errorf("%w: btcd: %v", ErrNode, err)
			}
			for _, tx := range blk.Transactions {
				for i, o := range tx.TxOut {
					if mine(o.PkScript) {
						cands = append(cands, wire.OutPoint{Hash: tx.TxHash(), Index: uint32(i)})
					}
				}
			}
		}
	}
	// btcd's gettxout does not see spends by mempool transactions: collect
	// those, so a coin already spent by an unconfirmed transaction (a
	// deposit sent a moment ago) is not spent twice.
	pending, err := mempoolSpends(c)
	if err != nil {
		return nil, err
	}
	var out []coin
	for _, op := range cands {
		if by, ok := pending[op]; ok {
			if len(named) > 0 {
				return nil, fmt.Errorf("%w: --utxo %s is spent by unconfirmed transaction %s", ErrUsage, op, by)
			}
			continue
		}
		res, err := c.GetTxOut(&op.Hash, op.Index, true)
		if err != nil {
			return nil, fmt.Errorf("%w: btcd gettxout: %v", ErrNode, err)
		}
		if res == nil {
			if len(named) > 0 {
				return nil, fmt.Errorf("%w: --utxo %s is spent or unknown", ErrUsage, op)
			}
			continue
		}
		if res.Coinbase && res.Confirmations < 100 {
			continue
		}
		script, err := hex.DecodeString(res.ScriptPubKey.Hex)
		if err != nil {
			return nil, err
		}
		if !mine(script) {
			return nil, fmt.Errorf("%w: --utxo %s does not pay your key's P2WPKH or P2TR address", ErrUsage, op)
		}
		amt, err := btcutil.NewAmount(res.Value)
		if err != nil {
			return nil, err
		}
		out = append(out, coin{op: op, value: int64(amt), script: script})
	}
	return out, nil
}

// maxMempoolScan bounds mempoolSpends: beyond it (a busy public node) the
// check is skipped and the node rejects a double spend instead.
const maxMempoolScan = 5000

// mempoolSpends maps each outpoint spent by a mempool transaction to it.
func mempoolSpends(c *rpcclient.Client) (map[wire.OutPoint]chainhash.Hash, error) {
	ids, err := c.GetRawMempool()
	if err != nil {
		return nil, fmt.Errorf("%w: btcd getrawmempool: %v", ErrNode, err)
	}
	out := map[wire.OutPoint]chainhash.Hash{}
	if len(ids) > maxMempoolScan {
		return out, nil
	}
	for _, id := range ids {
		tx, err := c.GetRawTransaction(id)
		if err != nil {
			continue // left the mempool meanwhile
		}
		for _, in := range tx.MsgTx().TxIn {
			out[in.PreviousOutPoint] = *id
		}
	}
	return out, nil
}

// buildDeposit selects coins (largest first), builds and signs the deposit
// transaction and returns it with the deposit output's index.
func buildDeposit(c *rpcclient.Client, key *btcecKey, params *chaincfg.Params, out *bitcoin.DepositOutput, amount int64,
	named []string, depth int64, rate uint64, tip int64) (*wire.MsgTx, uint32, error) {
	if rate == 0 {
		return nil, 0, fmt.Errorf("%w: --fee-rate must be at least 1 sat/vB", ErrUsage)
	}
	wpkh, tr, err := keyScripts(key.k, params)
	if err != nil {
		return nil, 0, err
	}
	coins, err := findCoins(c, wpkh, tr, named, depth, tip)
	if err != nil {
		return nil, 0, err
	}
	sort.Slice(coins, func(i, j int) bool { return coins[i].value > coins[j].value })
	var total int64
	for _, x := range coins {
		total += x.value
	}
	d := depositSpend{key: key, out: out, amount: amount, wpkh: wpkh, tr: tr}
	for n := 1; n <= len(coins); n++ {
		var sum int64
		for _, x := range coins[:n] {
			sum += x.value
		}
		if sum < amount {
			continue
		}
		tx, change, err := d.build(coins[:n], 0)
		if err != nil {
			return nil, 0, err
		}
		if tx == nil || change < 0 {
			continue
		}
		fee := bitcoin.FeeFor(bitcoin.VSize(tx)+int64(n), rate) // +1 vB per input: signature length varies
		tx, change, err = d.build(coins[:n], fee)
		if err != nil {
			return nil, 0, err
		}
		if tx == nil {
			continue
		}
		for i, o := range tx.TxOut {
			if bytes.Equal(o.PkScript, out.PkScript()) {
				return tx, uint32(i), nil
			}
		}
	}
	wAddr, _ := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(btcKey(key.k).PubKey().SerializeCompressed()), params)
	return nil, 0, fmt.Errorf("%w: your coins (%d found, %s BTC, last %d blocks scanned) cannot pay %s BTC plus the fee: fund %s or name coins with --utxo",
		ErrInsufficientBalance, len(coins), formatAmount(big.NewInt(total), 8), depth, formatAmount(big.NewInt(amount), 8), wAddr.EncodeAddress())
}

// depositSpend is what every candidate deposit transaction shares: the
// key that spends, the deposit output and amount, the key's scripts
// (change goes to its P2WPKH).
type depositSpend struct {
	key      *btcecKey
	out      *bitcoin.DepositOutput
	amount   int64
	wpkh, tr []byte
}

// build spends coins to the deposit output with fee, change above dust
// back to the key, and signs every input. A nil transaction with negative
// change says the coins cannot pay amount and fee.
func (d depositSpend) build(coins []coin, fee int64) (*wire.MsgTx, int64, error) {
	tx := wire.NewMsgTx(bitcoin.TxVersion)
	var in int64
	fetch := txscript.NewMultiPrevOutFetcher(nil)
	for _, x := range coins {
		tx.AddTxIn(&wire.TxIn{PreviousOutPoint: x.op, Sequence: bitcoin.SequenceRBF})
		fetch.AddPrevOut(x.op, wire.NewTxOut(x.value, x.script))
		in += x.value
	}
	for _, o := range d.out.Outputs(d.amount) {
		tx.AddTxOut(o)
	}
	change := in - d.amount - fee
	if change >= bitcoin.DustLimit(d.wpkh) {
		tx.AddTxOut(wire.NewTxOut(change, d.wpkh))
	} else if change < 0 {
		return nil, change, nil
	}
	hashes := txscript.NewTxSigHashes(tx, fetch)
	priv := btcKey(d.key.k)
	for i, x := range coins {
		var wit wire.TxWitness
		var err error
		if bytes.Equal(x.script, d.tr) {
			wit, err = txscript.TaprootWitnessSignature(tx, hashes, i, x.value, x.script, txscript.SigHashDefault, priv)
		} else {
			wit, err = txscript.WitnessSignature(tx, hashes, i, x.value, x.script, txscript.SigHashAll, priv, true)
		}
		if err != nil {
			return nil, 0, err
		}
		tx.TxIn[i].Witness = wit
	}
	return tx, change, nil
}

// ---------------------------------------------------------------- refund

func (a *app) refundCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "refund", Short: "Take back what was not delivered: a Bitcoin deposit after its locktime, or (a quorum) an EVM lock or burn cancelled at its destination"}
	f := &refundFlags{}
	btc := &cobra.Command{
		Use:   "btc",
		Short: "Refund a Bitcoin deposit through its refund leaf once the chain reaches its locktime",
		Long: `Reads the deposit transaction from btcd (txindex), decodes its payload,
rebuilds the deposit output from the payload and the deployment's federation,
and spends it through the refund leaf to --to (default: your key's P2WPKH
address). Before the locktime it refuses and says which height to wait for; a
deposit already swept by the federation or refunded is reported as spent.

A deposit whose OP_RETURN is missing or malformed (the relays rejected it)
cannot be read back from the chain: give the payload its output was built
from with --payload (the output must still match it).`,
		Example: "  bridgectl refund btc --deposit 5f3c…e1:0 --key $WIF\n  bridgectl refund btc --deposit 5f3c…e1 --to bcrt1q… --fee-rate 5\n  bridgectl refund btc --deposit 9c1e…aa:0 --payload 4b4b4801…0116 --key $WIF   # a deposit with a malformed OP_RETURN",
		Args:    cobra.NoArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return f.run(a) },
	}
	f.register(btc)
	cmd.AddCommand(btc, a.quorumRefundCmd())
	return cmd
}

// refundFlags are the flags of refund btc.
type refundFlags struct {
	deposit, dest, payloadHex string
	feeRate                   uint64
}

func (f *refundFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.deposit, "deposit", "", "the deposit, TXID or TXID:VOUT")
	cmd.Flags().StringVar(&f.dest, "to", "", "Bitcoin address to refund to (default: your key's P2WPKH address)")
	cmd.Flags().Uint64Var(&f.feeRate, "fee-rate", 2, "fee rate, sat/vB")
	cmd.Flags().StringVar(&f.payloadHex, "payload", "", "the 68-byte payload (hex) the deposit output was built from, for a deposit whose OP_RETURN is missing or malformed")
}

// run finds the deposit output from its payload, checks that the caller's
// key may refund it and that its locktime has passed, then spends it
// through the refund leaf.
func (f *refundFlags) run(a *app) error {
	dep, err := a.load()
	if err != nil {
		return err
	}
	params, err := btcParams(dep)
	if err != nil {
		return err
	}
	if f.deposit == "" {
		return fmt.Errorf("%w: --deposit TXID[:VOUT] is required", ErrUsage)
	}
	given, err := f.givenPayload()
	if err != nil {
		return err
	}
	ref, err := f.depositRef()
	if err != nil {
		return err
	}
	k, err := a.userKey()
	if err != nil {
		return err
	}
	destScript, err := f.destination(dep, params, k)
	if err != nil {
		return err
	}
	bc, err := a.btcClient()
	if err != nil {
		return err
	}
	defer bc.Shutdown()
	msg, err := depositTx(bc, ref.txid)
	if err != nil {
		return err
	}
	payload := given // the output match below checks it
	if payload == nil {
		if payload, err = payloadOf(msg, ref.txid); err != nil {
			return err
		}
	}
	fed, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		return err
	}
	out, err := bitcoin.NewDepositOutput(*payload, fed)
	if err != nil {
		return err
	}
	vout, err := ref.output(msg, out, given != nil)
	if err != nil {
		return err
	}
	if got := schnorr.SerializePubKey(btcKey(k).PubKey()); !bytes.Equal(got, payload.RefundKey[:]) {
		return fmt.Errorf("%w: the deposit's refund key is %x, your key's is %x: use the key that made the deposit", ErrKey, payload.RefundKey, got)
	}
	if err := checkRefundable(bc, ref.txid, vout, payload.Locktime); err != nil {
		return err
	}
	value := msg.TxOut[vout].Value
	refund, err := bitcoin.BuildRefund(bitcoin.RefundRequest{Deposit: wire.OutPoint{Hash: *ref.txid, Index: uint32(vout)}, Amount: value,
		Output: out, Destination: destScript, FeeRate: f.feeRate}, btcKey(k))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrDeposit, err)
	}
	rid, err := bc.SendRawTransaction(refund, false)
	if err != nil {
		return fmt.Errorf("%w: btcd refused the refund: %v", ErrRejected, err)
	}
	res := map[string]any{"refundTxid": rid.String(), "deposit": fmt.Sprintf("%s:%d", ref.txid, vout), "amount": formatAmount(big.NewInt(refund.TxOut[0].Value), 8),
		"fee": value - refund.TxOut[0].Value, "destination": hex.EncodeToString(destScript)}
	return a.console.out(res, func(w io.Writer) {
		fmt.Fprintf(w, "refunded %s:%d: %s BTC in tx %s\n", ref.txid, vout, res["amount"], rid)
	})
}

// givenPayload decodes --payload, if given.
func (f *refundFlags) givenPayload() (*bitcoin.Payload, error) {
	if f.payloadHex == "" {
		return nil, nil
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(f.payloadHex, "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: --payload is not hex", ErrUsage)
	}
	p, err := bitcoin.DecodePayload(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: --payload: %v", ErrUsage, err)
	}
	return &p, nil
}

// depositRef is --deposit: the deposit's txid and, if given, its output.
type depositRef struct {
	txid    *chainhash.Hash
	vout    string
	hasVout bool
}

func (f *refundFlags) depositRef() (depositRef, error) { return parseDepositRef(f.deposit) }

// parseDepositRef reads TXID[:VOUT], the txid as Bitcoin tools print it.
func parseDepositRef(s string) (depositRef, error) {
	h, v, hasVout := strings.Cut(s, ":")
	txid, err := chainhash.NewHashFromStr(h)
	if err != nil || len(h) != 64 {
		return depositRef{}, fmt.Errorf("%w: --deposit %q: want a 64-hex-digit txid, optionally :VOUT", ErrUsage, s)
	}
	if hasVout {
		if _, err := strconv.ParseUint(v, 10, 32); err != nil {
			return depositRef{}, fmt.Errorf("%w: --deposit %q: VOUT %q is not an output index", ErrUsage, s, v)
		}
	}
	return depositRef{txid: txid, vout: v, hasVout: hasVout}, nil
}

// destination is the script the refund pays: --to, else the key's P2WPKH.
func (f *refundFlags) destination(dep *deployment.Deployment, params *chaincfg.Params, k *ecdsa.PrivateKey) ([]byte, error) {
	if f.dest != "" {
		return btcRecipient(dep, f.dest)
	}
	wpkh, _, err := keyScripts(k, params)
	return wpkh, err
}

// depositTx reads the deposit transaction from btcd (txindex).
func depositTx(bc *rpcclient.Client, txid *chainhash.Hash) (*wire.MsgTx, error) {
	tx, err := bc.GetRawTransaction(txid)
	if err != nil {
		var je *btcjson.RPCError
		if errors.As(err, &je) && je.Code == btcjson.ErrRPCNoTxInfo {
			return nil, fmt.Errorf("%w: btcd does not know transaction %s: check the txid", ErrDeposit, txid)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrDeposit, txid, err)
	}
	return tx.MsgTx(), nil
}

// payloadOf reads the payload from the deposit's OP_RETURN (the last one
// that looks like a payload).
func payloadOf(msg *wire.MsgTx, txid *chainhash.Hash) (*bitcoin.Payload, error) {
	var payload *bitcoin.Payload
	for _, o := range msg.TxOut {
		if raw := bitcoin.PayloadFromScript(o.PkScript); bitcoin.IsPayloadCandidate(raw) {
			p, err := bitcoin.DecodePayload(raw)
			if err != nil {
				return nil, fmt.Errorf("%w: %s carries a bad payload (%v): the relays rejected it; if you know the payload the deposit output was built from, pass it with --payload", ErrDeposit, txid, err)
			}
			payload = &p
		}
	}
	if payload == nil {
		return nil, fmt.Errorf("%w: %s has no Kakehashi payload: if it pays a deposit address, pass the payload it was built from with --payload", ErrDeposit, txid)
	}
	return payload, nil
}

// output is the index of msg's output paying out (the last one, if
// several), which must be the one --deposit names; given says the payload
// came from --payload.
func (r depositRef) output(msg *wire.MsgTx, out *bitcoin.DepositOutput, given bool) (int, error) {
	vout := -1
	for i, o := range msg.TxOut {
		if bytes.Equal(o.PkScript, out.PkScript()) {
			vout = i
		}
	}
	if r.hasVout {
		n, err := strconv.Atoi(r.vout)
		if err != nil || n != vout {
			return 0, fmt.Errorf("%w: output %s of %s is not the deposit output (that is %d)", ErrDeposit, r.vout, r.txid, vout)
		}
	}
	if vout < 0 {
		if given {
			return 0, fmt.Errorf("%w: no output of %s pays the deposit address of --payload and the deployment's federation: check the payload", ErrDeposit, r.txid)
		}
		return 0, fmt.Errorf("%w: no output of %s pays the deposit address of the deployment's federation", ErrDeposit, r.txid)
	}
	return vout, nil
}

// checkRefundable refuses a deposit output that is spent (swept or
// refunded) or whose locktime the chain has not reached.
func checkRefundable(bc *rpcclient.Client, txid *chainhash.Hash, vout int, locktime uint32) error {
	utxo, err := bc.GetTxOut(txid, uint32(vout), true)
	if err != nil {
		return fmt.Errorf("%w: btcd gettxout: %v", ErrNode, err)
	}
	if utxo == nil {
		return fmt.Errorf("%w: %s:%d is already spent: swept into custody by the federation (then it was minted) or refunded", ErrDeposit, txid, vout)
	}
	tip, err := bc.GetBlockCount()
	if err != nil {
		return fmt.Errorf("%w: btcd: %v", ErrNode, err)
	}
	if tip < int64(locktime) {
		return fmt.Errorf("%w: the deposit can be refunded from height %d; the tip is %d: wait %d more blocks and run this again",
			ErrLocktime, locktime, tip, int64(locktime)-tip)
	}
	return nil
}
