package harness

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// BitcoinChainID is the chain id the devnet gives its regtest chain (DESIGN §3).
const BitcoinChainID = 18444

// FaucetKey derives the devnet's Bitcoin faucet key from a public string:
// anyone can recompute it, which is the point of a devnet key.
func FaucetKey() *btcec.PrivateKey {
	seed := sha256.Sum256([]byte("kakehashi devnet btc faucet"))
	k, _ := btcec.PrivKeyFromBytes(seed[:])
	return k
}

func faucetAddress() (*btcutil.AddressWitnessPubKeyHash, error) {
	return btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(FaucetKey().PubKey().SerializeCompressed()), &chaincfg.RegressionNetParams)
}

func (d *Devnet) startBTC(path string, port int) error {
	addr, err := faucetAddress()
	if err != nil {
		return err
	}
	wif, err := btcutil.NewWIF(FaucetKey(), &chaincfg.RegressionNetParams, true)
	if err != nil {
		return err
	}
	home := filepath.Join(d.Dir, "btcd")
	if err := os.MkdirAll(home, 0o755); err != nil {
		return err
	}
	conf := filepath.Join(home, "btcd.conf") // empty: keeps btcd away from ~/.btcd
	if err := os.WriteFile(conf, nil, 0o600); err != nil {
		return err
	}
	n := &devnet.BTCNode{
		ChainID: BitcoinChainID, Network: "regtest",
		RPCHost: fmt.Sprintf("127.0.0.1:%d", port), RPCUser: "kakehashi", RPCPass: "devnet",
		FaucetWIF: wif.String(), FaucetAddress: addr.EncodeAddress(),
	}
	args := []string{
		"--regtest", "--txindex", "--rejectnonstd", "--notls", "--nolisten",
		"--configfile=" + conf, "--datadir=" + filepath.Join(home, "data"), "--logdir=" + filepath.Join(home, "logs"),
		"--rpclisten=" + n.RPCHost, "--rpcuser=" + n.RPCUser, "--rpcpass=" + n.RPCPass,
		"--miningaddr=" + n.FaucetAddress, "--debuglevel=info",
	}
	p, err := startProc("btcd", path, args, filepath.Join(d.Dir, "btcd.log"), d.cfg.Detach)
	if err != nil {
		return err
	}
	d.procs = append(d.procs, p)
	d.BTC = n
	return nil
}

// waitBTC waits for btcd's RPC, then mines past coinbase maturity.
func (d *Devnet) waitBTC(ctx context.Context) error {
	p := d.proc("btcd")
	c, err := d.BTC.NewClient()
	if err != nil {
		return err
	}
	defer c.Shutdown()
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := c.GetBlockCount()
		if err == nil {
			break
		}
		if p != nil && p.exited() {
			return fmt.Errorf("btcd exited during start-up (port %s taken?): see %s", d.BTC.RPCHost, p.Log)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("btcd at %s did not answer within 20s: %w (log: %s)", d.BTC.RPCHost, err, p.Log)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	if _, err := c.Generate(InitialBTCBlocks); err != nil {
		return fmt.Errorf("btcd: mining the first %d blocks: %w", InitialBTCBlocks, err)
	}
	return nil
}

// MineBTC mines n blocks to the faucet and returns their hashes.
func (d *Devnet) MineBTC(ctx context.Context, n int) ([]*chainhash.Hash, error) {
	c, err := d.btcClient()
	if err != nil {
		return nil, err
	}
	return c.Generate(uint32(n))
}

func (d *Devnet) btcClient() (*rpcclient.Client, error) {
	if d.BTC == nil {
		return nil, fmt.Errorf("harness: this devnet has no btcd (use WithBTC)")
	}
	f, err := d.btcFaucet()
	if err != nil {
		return nil, err
	}
	return f.c, nil
}

// FundBTC pays amt from the faucet to pkScript. The transaction is in the
// mempool, not mined: call MineBTC to confirm it.
func (d *Devnet) FundBTC(ctx context.Context, pkScript []byte, amt btcutil.Amount) (*wire.OutPoint, error) {
	f, err := d.btcFaucet()
	if err != nil {
		return nil, err
	}
	return f.pay(pkScript, amt)
}

func (d *Devnet) btcFaucet() (*btcFaucet, error) {
	if d.BTC == nil {
		return nil, fmt.Errorf("harness: this devnet has no btcd (use WithBTC)")
	}
	if d.faucet != nil {
		return d.faucet, nil
	}
	c, err := d.BTC.NewClient()
	if err != nil {
		return nil, err
	}
	addr, _ := faucetAddress()
	script, _ := txscript.PayToAddrScript(addr)
	d.faucet = &btcFaucet{c: c, key: FaucetKey(), script: script}
	return d.faucet, nil
}

// btcFaucet spends what mining paid to the faucet key: mature coinbases
// first, then its own change.
type btcFaucet struct {
	mu      sync.Mutex
	c       *rpcclient.Client
	key     *btcec.PrivateKey
	script  []byte
	scanned int64
	utxos   []faucetUTXO
}

type faucetUTXO struct {
	op       wire.OutPoint
	value    int64
	height   int64 // -1: our own change, spendable at once
	coinbase bool
}

// faucetFee pays for a one-input, two-output P2WPKH transaction (~150 vB)
// at about 20 sat/vB: above any default relay floor.
const faucetFee = 3000

func (f *btcFaucet) pay(pkScript []byte, amt btcutil.Amount) (*wire.OutPoint, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	tip, err := f.c.GetBlockCount()
	if err != nil {
		return nil, err
	}
	for h := f.scanned + 1; h <= tip; h++ {
		hash, err := f.c.GetBlockHash(h)
		if err != nil {
			return nil, err
		}
		blk, err := f.c.GetBlock(hash)
		if err != nil {
			return nil, err
		}
		cb := blk.Transactions[0]
		for i, out := range cb.TxOut {
			if string(out.PkScript) == string(f.script) {
				f.utxos = append(f.utxos, faucetUTXO{op: wire.OutPoint{Hash: cb.TxHash(), Index: uint32(i)}, value: out.Value, height: h, coinbase: true})
			}
		}
		f.scanned = h
	}
	// Oldest coinbases first, then change: deterministic, and keeps chains
	// of unconfirmed transactions short.
	sort.SliceStable(f.utxos, func(i, j int) bool {
		a, b := f.utxos[i], f.utxos[j]
		if (a.height < 0) != (b.height < 0) {
			return a.height >= 0
		}
		return a.height < b.height
	})
	need := int64(amt) + faucetFee
	for i, u := range f.utxos {
		if u.value < need || (u.coinbase && u.height+100 > tip+1) {
			continue
		}
		// The chain may have moved under us (a test's invalidateblock).
		if out, err := f.c.GetTxOut(&u.op.Hash, u.op.Index, true); err != nil || out == nil {
			continue
		}
		tx := wire.NewMsgTx(2)
		in := wire.NewTxIn(&u.op, nil, nil)
		in.Sequence = wire.MaxTxInSequenceNum - 2 // RBF-signalling, like a modern wallet
		tx.AddTxIn(in)
		tx.AddTxOut(wire.NewTxOut(int64(amt), pkScript))
		change := u.value - need
		if change >= 1000 {
			tx.AddTxOut(wire.NewTxOut(change, f.script))
		}
		fetch := txscript.NewCannedPrevOutputFetcher(f.script, u.value)
		wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, u.value, f.script, txscript.SigHashAll, f.key, true)
		if err != nil {
			return nil, err
		}
		tx.TxIn[0].Witness = wit
		txid, err := f.c.SendRawTransaction(tx, false)
		if err != nil {
			return nil, fmt.Errorf("faucet payment rejected by btcd: %w", err)
		}
		f.utxos = append(f.utxos[:i], f.utxos[i+1:]...)
		if change >= 1000 {
			f.utxos = append(f.utxos, faucetUTXO{op: wire.OutPoint{Hash: *txid, Index: 1}, value: change, height: -1})
		}
		return &wire.OutPoint{Hash: *txid, Index: 0}, nil
	}
	return nil, fmt.Errorf("%w: need %s (tip %d): mine more blocks (coinbases mature after 100)", ErrFaucetEmpty, btcutil.Amount(need), tip)
}

// PayBTC pays amt from the faucet of a described devnet's btcd (one that
// runs detached, `devnet up`) to pkScript. The transaction is in the
// mempool, not mined.
func PayBTC(ctx context.Context, n *devnet.BTCNode, pkScript []byte, amt btcutil.Amount) (*wire.OutPoint, error) {
	c, err := n.NewClient()
	if err != nil {
		return nil, err
	}
	defer c.Shutdown()
	addr, _ := faucetAddress()
	script, _ := txscript.PayToAddrScript(addr)
	return (&btcFaucet{c: c, key: FaucetKey(), script: script}).pay(pkScript, amt)
}
