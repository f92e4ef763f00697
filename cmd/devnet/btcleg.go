package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os/exec"
	"strings"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/relay"
)

// The demo's Bitcoin leg, BTC → A → BTC: the demo user deposits BTC with
// `bridgectl deposit btc`, the relays mint it on A net of the deposit fee
// once the deposit is final and sweep it into custody; the user burns the
// wrapped BTC on A to its own Bitcoin address and the relays pay it out
// from custody. The devnet's miner loop (--btc-block-interval) mines the
// blocks; every step is read from the chains.

// demoBTCDeposit is what the demo user deposits, in BTC.
const demoBTCDeposit = "0.5"

// depositResult is what the demo reads of `bridgectl --json deposit btc`.
type depositResult struct {
	Address    string            `json:"address"`
	Txid       string            `json:"txid"`
	Vout       uint32            `json:"vout"`
	Sats       int64             `json:"sats"`
	Fee        string            `json:"depositFee"`
	FeeSats    int64             `json:"depositFeeSats"`
	Mint       string            `json:"mintAmount"`
	MintSats   int64             `json:"mintSats"`
	Locktime   uint32            `json:"locktime"`
	TransferID chains.TransferID `json:"transferId"`
}

// btcLeg runs BTC → A → BTC.
func (b *bridgeDemo) btcLeg(ctx context.Context, bridgectl string) error {
	A, btcID := chains.DevnetA, b.dep.Bitcoin.ChainID
	user, err := btcUserOf(b.user)
	if err != nil {
		return err
	}
	b.r.step("route", "BTC → A → BTC: a deposit on Bitcoin minted as wrapped BTC on A, burned back to a Bitcoin address", nil)
	if err := b.fundBTCUser(ctx, user); err != nil {
		return err
	}
	dep, txid, err := b.depositBTC(ctx, bridgectl)
	if err != nil {
		return err
	}
	// Confirmations x/N, the relays' signatures, the mint on A.
	if err := b.follow(ctx, source{id: dep.TransferID, chain: btcID, btcTx: txid}, A, false); err != nil {
		return err
	}
	if err := b.checkMinted(ctx, dep); err != nil {
		return err
	}
	if err := b.showSweep(ctx, wire.OutPoint{Hash: *txid, Index: dep.Vout}, dep); err != nil {
		return err
	}
	burnID, err := b.burnBTC(ctx, dep, user)
	if err != nil {
		return err
	}
	paid, err := b.showPayout(ctx, burnID, dep, user)
	if err != nil {
		return err
	}
	b.r.step("bitcoin", fmt.Sprintf("BTC → A → BTC: deposited %s BTC, minted %s on A, paid %s back on Bitcoin (fees: deposit %d sat, payout %d sat)",
		demoBTCDeposit, dep.Mint, fmtBTC(paid), dep.FeeSats, dep.MintSats-paid),
		map[string]any{"wired": true, "depositSats": dep.Sats, "mintSats": dep.MintSats, "paidSats": paid})
	return nil
}

// btcUser is the demo user's Bitcoin address: the same key as on the EVM
// chains, as P2WPKH.
type btcUser struct {
	addr   btcutil.Address
	script []byte
}

func btcUserOf(k *ecdsa.PrivateKey) (btcUser, error) {
	userKey, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(k))
	userAddr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(userKey.PubKey().SerializeCompressed()), &chaincfg.RegressionNetParams)
	if err != nil {
		return btcUser{}, err
	}
	userScript, _ := txscript.PayToAddrScript(userAddr)
	return btcUser{addr: userAddr, script: userScript}, nil
}

// fundBTCUser gives the user 1 BTC from the faucet and waits for it to
// confirm: bridgectl finds coins in blocks, not in the mempool.
func (b *bridgeDemo) fundBTCUser(ctx context.Context, user btcUser) error {
	funded, err := b.d.FundBTC(ctx, user.script, btcutil.SatoshiPerBitcoin)
	if err != nil {
		return fmt.Errorf("fund the demo user on Bitcoin: %w", err)
	}
	if _, err := b.waitBTC(ctx, &funded.Hash, 1); err != nil {
		return err
	}
	b.r.step("user", fmt.Sprintf("demo user %s: 1 BTC from the faucet (tx %s, confirmed)", user.addr, funded.Hash),
		map[string]any{"btcAddress": user.addr.EncodeAddress(), "tx": funded.Hash.String()})
	return nil
}

// depositBTC deposits with bridgectl, minting to the user's EVM address on A.
func (b *bridgeDemo) depositBTC(ctx context.Context, bridgectl string) (depositResult, *chainhash.Hash, error) {
	b.r.step("deposit", fmt.Sprintf("$ bridgectl deposit btc --amount %s --to A   (key: the demo user's; mint to its EVM address %s)", demoBTCDeposit, addr(b.user)), nil)
	var dep depositResult
	if err := b.bridgectlJSON(ctx, bridgectl, &dep, "--key", hex.EncodeToString(crypto.FromECDSA(b.user)), "deposit", "btc", "--amount", demoBTCDeposit, "--to", "A"); err != nil {
		return dep, nil, err
	}
	txid, err := chainhash.NewHashFromStr(dep.Txid)
	if err != nil {
		return dep, nil, fmt.Errorf("%w: bridgectl printed txid %q", errDemo, dep.Txid)
	}
	b.r.step("deposit", fmt.Sprintf("deposited %s BTC to %s: tx %s output %d, transfer %s; %s BTC to be minted on A (deposit fee %s BTC, the cost of sweeping it into custody); refundable from height %d if never minted",
		demoBTCDeposit, dep.Address, dep.Txid, dep.Vout, dep.TransferID, dep.Mint, dep.Fee, dep.Locktime),
		map[string]any{"chain": b.dep.Bitcoin.ChainID, "tx": dep.Txid, "vout": dep.Vout, "transferId": dep.TransferID, "sats": dep.Sats, "feeSats": dep.FeeSats, "mintSats": dep.MintSats})
	return dep, txid, nil
}

// checkMinted checks the user holds exactly the minted wrapped BTC on A.
func (b *bridgeDemo) checkMinted(ctx context.Context, dep depositResult) error {
	got, err := b.token("BTC", chains.DevnetA).BalanceOf(&bind.CallOpts{Context: ctx}, addr(b.user))
	if err != nil {
		return err
	}
	if got.Cmp(big.NewInt(dep.MintSats)) != 0 {
		return fmt.Errorf("%w: the user holds %s wrapped BTC on A, want %s", errDemo, fmtBTC(got.Int64()), dep.Mint)
	}
	return b.btcBalances(ctx, "after the deposit")
}

// showSweep waits for the relays to sweep the deposit into custody and
// follows the sweep to finality: payouts spend only final custody outputs.
func (b *bridgeDemo) showSweep(ctx context.Context, deposit wire.OutPoint, dep depositResult) error {
	sweep, err := b.waitSpender(ctx, deposit)
	if err != nil {
		return err
	}
	in, err := b.inputValue(sweep)
	if err != nil {
		return err
	}
	b.r.step("sweep", fmt.Sprintf("the relays swept the deposit into custody: tx %s, %d input(s), fee %d sat (≤ %d sat withheld per deposit)", sweep.TxHash(), len(sweep.TxIn), in-sumValues(sweep), dep.FeeSats),
		map[string]any{"tx": sweep.TxHash().String(), "inputs": len(sweep.TxIn), "feeSats": in - sumValues(sweep)})
	return b.followConfirmations(ctx, "custody", "the sweep", sweep.TxHash())
}

// burnBTC burns the minted wrapped BTC on A to the user's Bitcoin address.
func (b *bridgeDemo) burnBTC(ctx context.Context, dep depositResult, user btcUser) (chains.TransferID, error) {
	A, btcID := chains.DevnetA, b.dep.Bitcoin.ChainID
	br, _ := b.bridge(A)
	amount := big.NewInt(dep.MintSats)
	rc, err := deploy.Send(ctx, b.clients[A], b.user, "burn", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Burn(o, b.tokenAddr("BTC", A), amount, uint64(btcID), user.script)
	})
	if err != nil {
		return chains.TransferID{}, fmt.Errorf("burn wrapped BTC on A: %w", err)
	}
	var burnID chains.TransferID
	for _, l := range rc.Logs {
		if ev, err := br.ParseBurned(*l); err == nil {
			burnID = ev.TransferId
		}
	}
	if burnID == (chains.TransferID{}) {
		return burnID, fmt.Errorf("%w: burn receipt %s without a Burned event", errDemo, rc.TxHash)
	}
	b.r.step("burn", fmt.Sprintf("burned %s wrapped BTC on A for %s on BTC (payout from custody): tx %s in block %d, transfer %s", dep.Mint, user.addr, rc.TxHash, rc.BlockNumber, burnID),
		map[string]any{"chain": A, "tx": rc.TxHash, "block": rc.BlockNumber.Uint64(), "transferId": burnID, "amount": amount.String(), "dstChain": btcID})
	if rc.BlockNumber.Uint64() > b.lastExec[A] {
		b.lastExec[A] = rc.BlockNumber.Uint64()
	}
	return burnID, nil
}

// showPayout follows the payout of burn burnID to finality and checks the
// wrapped BTC on A is all gone; it returns the sats paid to the user.
func (b *bridgeDemo) showPayout(ctx context.Context, burnID chains.TransferID, dep depositResult, user btcUser) (int64, error) {
	payout, vout, err := b.followPayout(ctx, burnID, user.script)
	if err != nil {
		return 0, err
	}
	paid := payout.TxOut[vout].Value
	b.r.step("paid", fmt.Sprintf("paid out %s BTC to %s: output %d of tx %s (%s BTC burned less its share of the payout fee, %d sat)", fmtBTC(paid), user.addr, vout, payout.TxHash(), dep.Mint, dep.MintSats-paid),
		map[string]any{"transferId": burnID, "chain": b.dep.Bitcoin.ChainID, "tx": payout.TxHash().String(), "vout": vout, "sats": paid, "feeSats": dep.MintSats - paid})
	if err := b.btcBalances(ctx, "after the payout"); err != nil {
		return 0, err
	}
	if s, err := b.token("BTC", chains.DevnetA).TotalSupply(&bind.CallOpts{Context: ctx}); err != nil {
		return 0, err
	} else if s.Sign() != 0 {
		return 0, fmt.Errorf("%w: wrapped BTC supply on A is %s after the round trip, want 0", errDemo, fmtBTC(s.Int64()))
	}
	return paid, nil
}

// followPayout prints the payout of burn id — the relays' signatures, the
// broadcast transaction, its confirmations x/N on our own node — until the
// relays report it executed (final), and returns it with the output that
// pays script.
func (b *bridgeDemo) followPayout(ctx context.Context, id chains.TransferID, script []byte) (*wire.MsgTx, int, error) {
	began := time.Now()
	ctx, cancel := context.WithTimeout(ctx, b.f.stepTimeout)
	defer cancel()
	need := int(b.dep.Bitcoin.Confirmations)
	var lastState relay.State
	lastSigned, lastConf := "", 0
	var txid *chainhash.Hash
	for {
		st, ok := b.relayStatus(ctx, id)
		if ok && (st.State != lastState || st.Signed != lastSigned) {
			switch st.State {
			case relay.StateSigned:
				k, _, _ := strings.Cut(st.Signed, "/")
				b.r.step("signed", fmt.Sprintf("%s of %d operators signed the payout of the burn (threshold %d)", k, len(b.fed.Operators()), st.Threshold),
					map[string]any{"transferId": id, "signed": k, "threshold": st.Threshold})
			case relay.StateSubmitted:
				if lastState == relay.StateSubmitted {
					break // only another signature arrived
				}
				b.r.step("submitted", fmt.Sprintf("the leader broadcast the payout on Bitcoin: tx %s", st.TxID), map[string]any{"transferId": id, "tx": st.TxID})
			}
			lastState, lastSigned = st.State, st.Signed
		}
		if txid == nil && ok && st.TxID != "" {
			if h, err := chainhash.NewHashFromStr(strings.TrimPrefix(st.TxID, "0x")); err == nil {
				txid = h
			}
		}
		if txid != nil && lastConf < need {
			if v, err := b.btc.GetRawTransactionVerbose(txid); err == nil && int(v.Confirmations) > lastConf {
				lastConf = min(int(v.Confirmations), need)
				b.r.step("payout", fmt.Sprintf("payout confirmations %d/%d %s on BTC", lastConf, need, bar(lastConf, need)),
					map[string]any{"transferId": id, "confirmations": lastConf, "required": need})
			}
		}
		if ok && st.State == relay.StateExecuted {
			if txid == nil && st.Executed != nil {
				h, err := chainhash.NewHash(reversed(st.Executed.TxHash))
				if err != nil {
					return nil, 0, err
				}
				txid = h
			}
			if txid == nil {
				return nil, 0, fmt.Errorf("%w: the relays report burn %s executed without a payout transaction", errDemo, id)
			}
			tx, err := b.btc.GetRawTransaction(txid)
			if err != nil {
				return nil, 0, fmt.Errorf("read payout %s: %w", txid, err)
			}
			for i, o := range tx.MsgTx().TxOut {
				if bytes.Equal(o.PkScript, script) {
					b.r.step("executed", fmt.Sprintf("the relays recorded the payout final (%.1fs after the burn)", time.Since(began).Seconds()), map[string]any{"transferId": id})
					return tx.MsgTx(), i, nil
				}
			}
			return nil, 0, fmt.Errorf("%w: payout %s does not pay the burn's recipient", errDemo, txid)
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, 0, fmt.Errorf("%w: burn %s not paid out within %s (last relay state %q); relay logs under %s", errDemo, id, b.f.stepTimeout, lastState, b.d.Dir)
			}
			return nil, 0, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// followConfirmations prints "<what> confirmations x/N" of txid on our
// own node until it has the deployment's confirmations.
func (b *bridgeDemo) followConfirmations(ctx context.Context, kind, what string, txid chainhash.Hash) error {
	ctx, cancel := context.WithTimeout(ctx, b.f.stepTimeout)
	defer cancel()
	need, last := int(b.dep.Bitcoin.Confirmations), 0
	for last < need {
		if v, err := b.btc.GetRawTransactionVerbose(&txid); err == nil && int(v.Confirmations) > last {
			last = min(int(v.Confirmations), need)
			msg := fmt.Sprintf("%s: confirmations %d/%d %s on BTC", what, last, need, bar(last, need))
			if last == need {
				msg += " — final: payouts may spend its custody output"
			}
			b.r.step(kind, msg, map[string]any{"tx": txid.String(), "confirmations": last, "required": need})
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("%w: %s %s has %d of %d confirmations after %s: is the devnet's miner loop on?", errDemo, what, txid, last, need, b.f.stepTimeout)
			}
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
	return nil
}

// reversed returns a copy of h with its bytes in reverse order (a txid in
// display order → chainhash order).
func reversed(h []byte) []byte {
	out := make([]byte, len(h))
	for i := range h {
		out[len(h)-1-i] = h[i]
	}
	return out
}

// waitBTC waits until txid has n confirmations.
func (b *bridgeDemo) waitBTC(ctx context.Context, txid *chainhash.Hash, n int64) (int64, error) {
	ctx, cancel := context.WithTimeout(ctx, b.f.stepTimeout)
	defer cancel()
	for {
		if v, err := b.btc.GetRawTransactionVerbose(txid); err == nil && int64(v.Confirmations) >= n {
			return int64(v.Confirmations), nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return 0, fmt.Errorf("%w: %s not confirmed %d times within %s: is the devnet's miner loop on (--btc-block-interval)?", errDemo, txid, n, b.f.stepTimeout)
			}
			return 0, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// waitSpender waits until a transaction spends op (in the mempool or a
// block) and returns it.
func (b *bridgeDemo) waitSpender(ctx context.Context, op wire.OutPoint) (*wire.MsgTx, error) {
	ctx, cancel := context.WithTimeout(ctx, b.f.stepTimeout)
	defer cancel()
	start, err := b.btc.GetBlockCount()
	if err != nil {
		return nil, err
	}
	seen := start
	for {
		ids, err := b.btc.GetRawMempool()
		if err != nil {
			return nil, err
		}
		var cands []*wire.MsgTx
		for _, id := range ids {
			if tx, err := b.btc.GetRawTransaction(id); err == nil {
				cands = append(cands, tx.MsgTx())
			}
		}
		tip, err := b.btc.GetBlockCount()
		if err != nil {
			return nil, err
		}
		for h := seen; h <= tip; h++ { // mined between two polls
			hash, err := b.btc.GetBlockHash(h)
			if err != nil {
				return nil, err
			}
			blk, err := b.btc.GetBlock(hash)
			if err != nil {
				return nil, err
			}
			cands = append(cands, blk.Transactions...)
		}
		seen = tip
		for _, tx := range cands {
			for _, in := range tx.TxIn {
				if in.PreviousOutPoint == op {
					return tx, nil
				}
			}
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, fmt.Errorf("%w: the deposit %s was not swept within %s; relay logs under %s", errDemo, op, b.f.stepTimeout, b.d.Dir)
			}
			return nil, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func (b *bridgeDemo) inputValue(tx *wire.MsgTx) (int64, error) {
	var sum int64
	for _, in := range tx.TxIn {
		prev, err := b.btc.GetRawTransaction(&in.PreviousOutPoint.Hash)
		if err != nil {
			return 0, err
		}
		sum += prev.MsgTx().TxOut[in.PreviousOutPoint.Index].Value
	}
	return sum, nil
}

func sumValues(tx *wire.MsgTx) int64 {
	var sum int64
	for _, o := range tx.TxOut {
		sum += o.Value
	}
	return sum
}

// btcBalances prints the user's wrapped BTC on A and its supply.
func (b *bridgeDemo) btcBalances(ctx context.Context, when string) error {
	w := b.token("BTC", chains.DevnetA)
	opts := &bind.CallOpts{Context: ctx}
	bal, err := w.BalanceOf(opts, addr(b.user))
	if err != nil {
		return err
	}
	sup, err := w.TotalSupply(opts)
	if err != nil {
		return err
	}
	b.r.step("balances", fmt.Sprintf("%s: wrapped BTC on A: user %s, supply %s", when, fmtBTC(bal.Int64()), fmtBTC(sup.Int64())),
		map[string]any{"when": when, "balances": map[string]string{"btcUserA": bal.String(), "btcSupplyA": sup.String()}})
	return nil
}

// bridgectlJSON runs bridgectl --json against the demo's devnet and
// decodes its output into v.
func (b *bridgeDemo) bridgectlJSON(ctx context.Context, bridgectl string, v any, args ...string) error {
	all := append([]string{"--json", "--devnet-dir", b.d.Dir, "--deployment", b.depPath}, args...)
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bridgectl, all...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%w: bridgectl %s: %v: %s%s", errDemo, args[len(args)-1], err, out, stderr.String())
	}
	if err := json.Unmarshal(out, v); err != nil {
		return fmt.Errorf("%w: bridgectl printed %q: %v", errDemo, out, err)
	}
	return nil
}

// fmtBTC prints satoshis as BTC without trailing zeros.
func fmtBTC(sats int64) string {
	s := fmt.Sprintf("%d.%08d", sats/1e8, sats%1e8)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}
