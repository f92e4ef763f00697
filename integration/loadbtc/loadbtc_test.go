//go:build integration

package loadbtc

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/cluster"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/kakehashi/kakehashi/relay"
)

const (
	// evmConfirmations every relayd requires on chain A (anvil mines a
	// block every evmBlockTime). Bitcoin's come from the deployment (6).
	evmConfirmations = 2
	threshold        = 2
	evmBlockTime     = time.Second
	pollEvery        = 200 * time.Millisecond
	// gasLimit of a burn (well under 200k used).
	gasLimit = 400_000
	// Deposit i is depositBase + i × depositStep sat: distinct amounts,
	// far below the per-transfer limit (10 BTC) and, together, the daily
	// capacity (100 BTC) up to several thousand deposits.
	depositBase = 1_000_000
	depositStep = 1_000
	// depositTxFee is what each deposit transaction pays (≈ 4 sat/vB).
	depositTxFee = 1_000
	// refundAfter puts the deposits' locktime far beyond any run, so that
	// the relays' minting cut-off never refuses one.
	refundAfter = 2_016
)

type knobs struct {
	n, depositors, burners, blocks int
	every, timeout                 time.Duration
	keep, relayd, bridgectl        string
	verifyAll                      bool
}

func readKnobs(b *testing.B) knobs {
	b.Helper()
	k := knobs{n: 60, depositors: 4, burners: 4, blocks: 3, every: 2 * time.Second, timeout: 10 * time.Minute,
		keep: os.Getenv("KAKEHASHI_LOADBTC_KEEP"), relayd: os.Getenv("KAKEHASHI_LOADBTC_RELAYD"), bridgectl: os.Getenv("KAKEHASHI_LOADBTC_BRIDGECTL")}
	whole := func(name string, dst *int, lo int) {
		if s := os.Getenv(name); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil || v < lo {
				b.Fatalf("%s=%q: want a whole number ≥ %d", name, s, lo)
			}
			*dst = v
		}
	}
	dur := func(name string, dst *time.Duration) {
		if s := os.Getenv(name); s != "" {
			v, err := time.ParseDuration(s)
			if err != nil || v <= 0 {
				b.Fatalf("%s=%q: want a positive duration such as 2s", name, s)
			}
			*dst = v
		}
	}
	whole("KAKEHASHI_LOADBTC_N", &k.n, 1)
	whole("KAKEHASHI_LOADBTC_DEPOSITORS", &k.depositors, 1)
	whole("KAKEHASHI_LOADBTC_BURNERS", &k.burners, 1)
	whole("KAKEHASHI_LOADBTC_BLOCKS", &k.blocks, 1)
	dur("KAKEHASHI_LOADBTC_BLOCK_EVERY", &k.every)
	dur("KAKEHASHI_LOADBTC_TIMEOUT", &k.timeout)
	switch v := os.Getenv("KAKEHASHI_LOADBTC_VERIFY"); v {
	case "", "op1":
	case "all":
		k.verifyAll = true
	default:
		b.Fatalf("KAKEHASHI_LOADBTC_VERIFY=%q: want op1 or all", v)
	}
	k.blocks = min(k.blocks, k.n)
	return k
}

// ---- Bitcoin as the driver sees it ----

// btcView mines (only the driver mines: regtest without a block
// interval), and records when it mined each block, when it first saw each
// transaction in btcd's mempool, and every transaction of every block
// since it started.
type btcView struct {
	d *harness.Devnet
	c *rpcclient.Client

	mineMu sync.Mutex // one miner at a time: heights follow Generate calls

	mu      sync.Mutex
	minedAt map[int64]time.Time
	inPool  map[chainhash.Hash]time.Time
	next    int64 // next height to scan
	height  map[chainhash.Hash]int64
	txs     map[chainhash.Hash]*wire.MsgTx
	spentBy map[wire.OutPoint]chainhash.Hash
	paidBy  map[string]chainhash.Hash // output script → the last mined transaction paying it
	lastErr error
}

func newBTCView(d *harness.Devnet, c *rpcclient.Client) (*btcView, error) {
	tip, err := c.GetBlockCount()
	if err != nil {
		return nil, err
	}
	return &btcView{d: d, c: c, minedAt: map[int64]time.Time{}, inPool: map[chainhash.Hash]time.Time{}, next: tip + 1,
		height: map[chainhash.Hash]int64{}, txs: map[chainhash.Hash]*wire.MsgTx{}, spentBy: map[wire.OutPoint]chainhash.Hash{},
		paidBy: map[string]chainhash.Hash{}}, nil
}

// mine mines n blocks one at a time and records when each was mined.
func (v *btcView) mine(ctx context.Context, n int) error {
	v.mineMu.Lock()
	defer v.mineMu.Unlock()
	for range n {
		if _, err := v.d.MineBTC(ctx, 1); err != nil {
			return err
		}
		now := time.Now()
		tip, err := v.c.GetBlockCount()
		if err != nil {
			return err
		}
		v.mu.Lock()
		v.minedAt[tip] = now
		v.mu.Unlock()
	}
	return nil
}

// poll notes new mempool transactions, then scans new blocks.
func (v *btcView) poll(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ids, err := v.c.GetRawMempool()
	if err != nil {
		return err
	}
	now := time.Now()
	v.mu.Lock()
	for _, id := range ids {
		if _, ok := v.inPool[*id]; !ok {
			v.inPool[*id] = now
		}
	}
	from := v.next
	v.mu.Unlock()
	tip, err := v.c.GetBlockCount()
	if err != nil {
		return err
	}
	for h := from; h <= tip; h++ {
		hash, err := v.c.GetBlockHash(h)
		if err != nil {
			return err
		}
		blk, err := v.c.GetBlock(hash)
		if err != nil {
			return err
		}
		v.mu.Lock()
		for _, tx := range blk.Transactions[1:] {
			id := tx.TxHash()
			v.height[id], v.txs[id] = h, tx
			for _, in := range tx.TxIn {
				v.spentBy[in.PreviousOutPoint] = id
			}
			for _, o := range tx.TxOut {
				v.paidBy[string(o.PkScript)] = id
			}
		}
		v.next = h + 1
		v.mu.Unlock()
	}
	return nil
}

func (v *btcView) run(ctx context.Context) {
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		if err := v.poll(ctx); err != nil && ctx.Err() == nil {
			v.mu.Lock()
			v.lastErr = err
			v.mu.Unlock()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// tip is the highest scanned height.
func (v *btcView) tip() int64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.next - 1
}

// confirmations of a mined transaction (0: not mined).
func (v *btcView) confirmations(id chainhash.Hash) int64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	h, ok := v.height[id]
	if !ok {
		return 0
	}
	return v.next - h
}

// seen is when the driver first saw id: in the mempool, else the mining
// of its block (a transaction broadcast just before a block and mined in
// it may never be polled in the mempool). pooled says which.
func (v *btcView) seen(id chainhash.Hash) (at time.Time, pooled, ok bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if t, ok := v.inPool[id]; ok {
		return t, true, true
	}
	if h, ok := v.height[id]; ok {
		t, ok := v.minedAt[h]
		return t, false, ok
	}
	return time.Time{}, false, false
}

// ---- chain A as the driver sees it ----

// mintSeen is a Minted log on A.
type mintSeen struct {
	block  uint64
	tx     common.Hash
	amount *big.Int
	to     common.Address
	seen   time.Time // when the driver's poller first saw it
}

// evmView records when A's node announced each block and each pending
// transaction (websocket push), and every Minted and Unlocked log.
type evmView struct {
	c  *ethclient.Client
	br *bindings.Bridge

	mu       sync.Mutex
	heads    map[uint64]time.Time
	pending  map[common.Hash]time.Time
	minted   map[chains.TransferID][]mintSeen
	unlocked int
	next     uint64
	lastErr  error
}

// subscribe starts the websocket subscriptions; they end with ctx.
func (v *evmView) subscribe(ctx context.Context, wsURL string) error {
	rc, err := rpc.DialWebsocket(ctx, wsURL, "")
	if err != nil {
		return fmt.Errorf("dial %s: %w", wsURL, err)
	}
	heads := make(chan *types.Header, 256)
	txs := make(chan common.Hash, 4096)
	hsub, err := rc.EthSubscribe(ctx, heads, "newHeads")
	if err != nil {
		rc.Close()
		return fmt.Errorf("newHeads: %w", err)
	}
	tsub, err := rc.EthSubscribe(ctx, txs, "newPendingTransactions")
	if err != nil {
		hsub.Unsubscribe()
		rc.Close()
		return fmt.Errorf("newPendingTransactions: %w", err)
	}
	go func() {
		defer rc.Close()
		defer hsub.Unsubscribe()
		defer tsub.Unsubscribe()
		for {
			select {
			case <-ctx.Done():
				return
			case h := <-heads:
				v.mu.Lock()
				if _, ok := v.heads[h.Number.Uint64()]; !ok {
					v.heads[h.Number.Uint64()] = time.Now()
				}
				v.mu.Unlock()
			case id := <-txs:
				v.mu.Lock()
				if _, ok := v.pending[id]; !ok {
					v.pending[id] = time.Now()
				}
				v.mu.Unlock()
			case err := <-hsub.Err():
				v.fail(fmt.Errorf("newHeads subscription: %v", err))
				return
			case err := <-tsub.Err():
				v.fail(fmt.Errorf("newPendingTransactions subscription: %v", err))
				return
			}
		}
	}()
	return nil
}

func (v *evmView) fail(err error) {
	v.mu.Lock()
	v.lastErr = err
	v.mu.Unlock()
}

// poll reads the bridge's Minted and Unlocked logs of new blocks.
func (v *evmView) poll(ctx context.Context) error {
	head, err := v.c.BlockNumber(ctx)
	if err != nil || head < v.next {
		return err
	}
	opts := &bind.FilterOpts{Start: v.next, End: &head, Context: ctx}
	mi, err := v.br.FilterMinted(opts, nil, nil, nil)
	if err != nil {
		return err
	}
	now := time.Now()
	var got []bindings.BridgeMinted
	for mi.Next() {
		got = append(got, *mi.Event)
	}
	if err := mi.Error(); err != nil {
		return err
	}
	ui, err := v.br.FilterUnlocked(opts, nil, nil, nil)
	if err != nil {
		return err
	}
	unlocked := 0
	for ui.Next() {
		unlocked++
	}
	v.mu.Lock()
	for _, m := range got {
		id := chains.TransferID(m.TransferId)
		v.minted[id] = append(v.minted[id], mintSeen{block: m.Raw.BlockNumber, tx: m.Raw.TxHash, amount: m.Amount, to: m.Recipient, seen: now})
	}
	v.unlocked += unlocked
	v.mu.Unlock()
	v.next = head + 1
	return nil
}

func (v *evmView) run(ctx context.Context) {
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		if err := v.poll(ctx); err != nil && ctx.Err() == nil {
			v.fail(err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (v *evmView) head(n uint64) (time.Time, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	t, ok := v.heads[n]
	return t, ok
}

// ---- users ----

// depositor holds bitcoin at its P2WPKH address and spends one coin at a
// time, its own change next (unconfirmed chains of its deposits).
type depositor struct {
	key    *btcec.PrivateKey
	script []byte
	coin   wire.OutPoint
	value  int64
}

type burner struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

// send builds, signs and broadcasts a deposit of amount from dp: the deposit
// output, the payload's OP_RETURN and change to dp.
func (dp *depositor) send(ctx context.Context, c *rpcclient.Client, fed bitcoin.KeySet, p bitcoin.Payload, amount int64) (wire.OutPoint, error) {
	if err := ctx.Err(); err != nil {
		return wire.OutPoint{}, err
	}
	out, err := bitcoin.NewDepositOutput(p, fed)
	if err != nil {
		return wire.OutPoint{}, err
	}
	change := dp.value - amount - depositTxFee
	if change < 1_000 {
		return wire.OutPoint{}, fmt.Errorf("depositor holds %d sat, cannot deposit %d", dp.value, amount)
	}
	tx := wire.NewMsgTx(bitcoin.TxVersion)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: dp.coin, Sequence: bitcoin.SequenceRBF})
	for _, o := range out.Outputs(amount) {
		tx.AddTxOut(o)
	}
	tx.AddTxOut(wire.NewTxOut(change, dp.script))
	fetch := txscript.NewCannedPrevOutputFetcher(dp.script, dp.value)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, dp.value, dp.script, txscript.SigHashAll, dp.key, true)
	if err != nil {
		return wire.OutPoint{}, err
	}
	tx.TxIn[0].Witness = wit
	txid, err := c.SendRawTransaction(tx, false)
	if err != nil {
		return wire.OutPoint{}, fmt.Errorf("btcd refused the deposit: %w", err)
	}
	dp.coin, dp.value = wire.OutPoint{Hash: *txid, Index: 2}, change
	return wire.OutPoint{Hash: *txid, Index: 0}, nil
}

func p2wpkh(k *btcec.PrivateKey) []byte {
	return append([]byte{txscript.OP_0, txscript.OP_DATA_20}, btcutil.Hash160(k.PubKey().SerializeCompressed())...)
}

// payeeScript is the P2WPKH script of the i-th payout recipient, a key no
// one else uses.
func payeeScript(i int) []byte {
	k, _ := btcec.PrivKeyFromBytes(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi loadbtc payee %d", i))))
	return p2wpkh(k)
}

// ---- relays ----

// relayStatus asks op what it knows of transfer id (known false when
// it does not know it).
func relayStatus(ctx context.Context, op *cluster.Operator, id chains.TransferID) (st relay.Status, known bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, op.URL()+"/v1/transfers/"+id.String(), nil)
	if err != nil {
		return st, false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return st, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return st, false, nil
	}
	if resp.StatusCode != http.StatusOK {
		return st, false, fmt.Errorf("op%d: %s", op.Index, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return st, false, err
	}
	return st, true, nil
}

// relayMilestones merges the histories every relay keeps of id; signers
// is how many distinct operators' shares any relay saw.
func relayMilestones(ctx context.Context, ops []*cluster.Operator, id chains.TransferID) (ms map[relay.State]time.Time, signers int, err error) {
	var hs [][]relay.Transition
	seen := map[common.Address]bool{}
	for _, op := range ops {
		st, known, err := relayStatus(ctx, op, id)
		if err != nil {
			return nil, 0, err
		}
		if known {
			hs = append(hs, st.History)
			for _, a := range st.Signers {
				seen[a] = true
			}
		}
	}
	return milestones(hs, threshold), len(seen), nil
}

// ledgerCounts counts an audit store's records by "<transfer id> <KIND>"
// (a SWEEP once for each deposit it lists).
func ledgerCounts(ctx context.Context, path string) (map[string]int, error) {
	st, err := audit.NewStore(audit.StoreConfig{Path: path})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	n := map[string]int{}
	err = st.Blocks(ctx, 0, func(blk *audit.Block) error {
		for _, raw := range blk.Records {
			r, err := audit.DecodeRecord(raw)
			if err != nil {
				return err
			}
			ids := []chains.TransferID{r.TransferID}
			if r.Kind == audit.KindSweep {
				ids = r.Swept
			}
			for _, id := range ids {
				n[id.String()+" "+r.Kind.String()]++
			}
		}
		return nil
	})
	return n, err
}

// verifyResult is the part of `bridgectl --json audit verify` read here.
type verifyResult struct {
	OK            bool   `json:"ok"`
	Chains        bool   `json:"chainsChecked"`
	Blocks        uint64 `json:"blocks"`
	Records       uint64 `json:"records"`
	OpenTransfers int    `json:"openTransfers"`
}

func build(ctx context.Context, b *testing.B, dir, pkg string) string {
	b.Helper()
	out := filepath.Join(dir, filepath.Base(pkg))
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, pkg)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("build %s: %v", pkg, err)
	}
	return out
}

func secs(d time.Duration) float64 { return d.Seconds() }

// BenchmarkBitcoinLoad runs the Bitcoin route under load once, whatever
// b.N is; see the package documentation.
func BenchmarkBitcoinLoad(b *testing.B) {
	k := readKnobs(b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	began := time.Now()

	bin := b.TempDir()
	if k.relayd == "" {
		k.relayd = build(ctx, b, bin, "github.com/kakehashi/kakehashi/cmd/relayd")
	}
	if k.bridgectl == "" {
		k.bridgectl = build(ctx, b, bin, "github.com/kakehashi/kakehashi/cmd/bridgectl")
	}

	// Devnet (btcd mines only when the driver says so), bridge on A with
	// the Bitcoin chain, three relayd 2-of-3 serving both chains.
	d := harness.New(b, harness.WithBTC(), harness.WithEVM(1), harness.WithNATS(), harness.WithEVMBlockTime(evmBlockTime))
	setup, setupCancel := context.WithTimeout(ctx, 5*time.Minute)
	defer setupCancel()
	nodeA := d.EVM[0]
	chainA := chains.ChainID(nodeA.ChainID)
	btcChain := chains.ChainID(d.BTC.ChainID)
	ec := nodeA.Client(b)
	dep, err := deployment.Devnet(setup, deployment.DevnetConfig{EVM: []deployment.DevnetChain{{Name: "A", Backend: ec}}, BitcoinChainID: btcChain,
		Deployer: d.FaucetKey(0), FundOperators: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))})
	if err != nil {
		b.Fatalf("deploy devnet: %v", err)
	}
	dcA, _ := dep.ChainByID(chainA)
	br, err := bindings.NewBridge(dcA.Bridge, ec)
	if err != nil {
		b.Fatal(err)
	}
	btcAsset, err := dep.Asset("BTC")
	if err != nil {
		b.Fatal(err)
	}
	wbtc, ok := btcAsset.Token(chainA)
	if !ok {
		b.Fatal("BTC has no token on A")
	}
	fed, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		b.Fatal(err)
	}
	fee, err := bitcoin.NewDepositFee(fed, dep.Bitcoin.MaxFeeRate)
	if err != nil {
		b.Fatal(err)
	}
	btcConf := int64(dep.Bitcoin.Confirmations)
	dir := b.TempDir()
	depPath := filepath.Join(dir, deployment.FileName)
	if err := dep.Write(depPath); err != nil {
		b.Fatal(err)
	}
	// The relayd logs: in KAKEHASHI_LOADBTC_KEEP, or kept in a temporary
	// directory when the run fails (its cleanup runs after cl.Close).
	logDir, err := cluster.RunLogDir(b, k.keep, "loadbtc")
	if err != nil {
		b.Fatal(err)
	}
	cl, err := cluster.New(cluster.Config{Relayd: k.relayd, Dir: dir, Devnet: d.Description, Deployment: dep, DeploymentPath: depPath,
		Keys: deployment.DevnetOperatorKeys(), Threshold: threshold, Confirmations: evmConfirmations,
		LogDir: logDir, LogPrefix: "loadbtc-"})
	if err != nil {
		b.Fatal(err)
	}
	ops := cl.Operators()
	b.Cleanup(func() {
		cl.Close()
		if b.Failed() {
			for _, op := range ops {
				b.Logf("---- relayd op%d, end of %s:\n%s", op.Index, op.LogPath, cluster.LogExcerpt(op.LogPath, cluster.ExitLogLines))
			}
		}
	})
	// alive fails the run at once when a relayd has ended on its own: a
	// relay must not exit under load.
	alive := func(when string) {
		b.Helper()
		if err := cl.Alive(); err != nil {
			b.Fatalf("%s: %v", when, err)
		}
	}

	bc := d.BTC.Client(b)
	bv, err := newBTCView(d, bc)
	if err != nil {
		b.Fatal(err)
	}
	ev := &evmView{c: ec, br: br, heads: map[uint64]time.Time{}, pending: map[common.Hash]time.Time{}, minted: map[chains.TransferID][]mintSeen{}}

	// Users: depositors with one coin each (enough for their deposits),
	// burners with ETH on A for gas.
	depositors := make([]*depositor, k.depositors)
	for i := range depositors {
		key, err := btcec.NewPrivateKey()
		if err != nil {
			b.Fatal(err)
		}
		dp := &depositor{key: key, script: p2wpkh(key)}
		count := int64((k.n + k.depositors - 1) / k.depositors)
		dp.value = count*(depositBase+int64(k.n)*depositStep+depositTxFee) + 10_000
		op, err := d.FundBTC(setup, dp.script, btcutil.Amount(dp.value))
		if err != nil {
			b.Fatalf("fund depositor %d: %v", i, err)
		}
		dp.coin = *op
		depositors[i] = dp
	}
	if err := bv.mine(setup, 1); err != nil {
		b.Fatal(err)
	}
	burners := make([]*burner, k.burners)
	for i := range burners {
		key, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		burners[i] = &burner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		if err := d.FundEVM(setup, 0, burners[i].addr, big.NewInt(1e18)); err != nil {
			b.Fatalf("fund burner %d: %v", i, err)
		}
	}

	if err := cl.StartAll(setup); err != nil {
		b.Fatal(err)
	}
	cpu0 := make([]usage, len(ops))
	for i, op := range ops {
		alive("reading the relays' CPU and memory")
		if cpu0[i], err = procUsage(op.PID()); err != nil {
			b.Fatalf("op%d: %v", op.Index, err)
		}
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	if err := ev.subscribe(watchCtx, nodeA.WSURL); err != nil {
		b.Fatal(err)
	}
	var watchers sync.WaitGroup
	watchers.Add(2)
	go func() { defer watchers.Done(); ev.run(watchCtx) }()
	go func() { defer watchers.Done(); bv.run(watchCtx) }()
	b.Logf("devnet, deployment and three relayd up in %s", time.Since(began).Round(time.Second))

	// 1. Deposits, in k.blocks blocks.
	tip0, err := bc.GetBlockCount()
	if err != nil {
		b.Fatal(err)
	}
	deps := make([]deposit, k.n)
	loadStart := time.Now()
	for r := range k.blocks {
		for i := r * k.n / k.blocks; i < (r+1)*k.n/k.blocks; i++ {
			dp := depositors[i%k.depositors]
			bu := i % k.burners
			p := bitcoin.Payload{DstChain: chainA, Recipient: burners[bu].addr, Locktime: uint32(tip0) + refundAfter}
			copy(p.RefundKey[:], schnorr.SerializePubKey(dp.key.PubKey()))
			amount := int64(depositBase + i*depositStep)
			out, err := dp.send(ctx, bc, fed, p, amount)
			if err != nil {
				b.Fatalf("deposit %d: %v", i, err)
			}
			deps[i] = deposit{out: out, id: chains.BitcoinTransferID(btcChain, out.Hash, out.Index), amount: amount, burner: bu, sent: time.Now()}
		}
		if err := bv.mine(ctx, 1); err != nil {
			b.Fatal(err)
		}
		alive(fmt.Sprintf("deposits, block %d of %d", r+1, k.blocks))
	}
	sendDur := time.Since(loadStart)
	b.Logf("%d deposits from %d depositors in %d blocks (%s)", k.n, k.depositors, k.blocks, sendDur.Round(100*time.Millisecond))

	// From here on the driver mines a block every k.every.
	mineCtx, stopMining := context.WithCancel(ctx)
	var mined sync.WaitGroup
	mined.Add(1)
	var mineErr atomic.Value // error
	go func() {
		defer mined.Done()
		t := time.NewTicker(k.every)
		defer t.Stop()
		for {
			select {
			case <-mineCtx.Done():
				return
			case <-t.C:
				if err := bv.mine(mineCtx, 1); err != nil && mineCtx.Err() == nil {
					mineErr.Store(err)
					return
				}
			}
		}
	}()
	defer func() { stopMining(); mined.Wait() }()
	deadline := time.Now().Add(k.timeout)
	waitFor := func(what string, done func() (int, int)) {
		b.Helper()
		for {
			got, want := done()
			if got >= want {
				return
			}
			if time.Now().After(deadline) {
				bv.mu.Lock()
				berr := bv.lastErr
				bv.mu.Unlock()
				ev.mu.Lock()
				eerr := ev.lastErr
				ev.mu.Unlock()
				b.Fatalf("stalled: %s: %d of %d after %s (btc view error: %v; A view error: %v; miner error: %v)", what, got, want, k.timeout, berr, eerr, mineErr.Load())
			}
			alive(fmt.Sprintf("%s: %d of %d", what, got, want))
			time.Sleep(250 * time.Millisecond)
		}
	}

	// 2. Every deposit minted on A.
	waitFor("deposits minted on A", func() (int, int) {
		ev.mu.Lock()
		defer ev.mu.Unlock()
		n := 0
		for _, dd := range deps {
			if len(ev.minted[dd.id]) > 0 {
				n++
			}
		}
		return n, k.n
	})
	mintedAll := time.Since(loadStart)
	b.Logf("all %d deposits minted %s after the first was broadcast", k.n, mintedAll.Round(100*time.Millisecond))

	// 3. Every deposit swept, the sweeps final (custody spendable).
	waitFor("deposits swept, sweep final", func() (int, int) {
		n := 0
		for _, dd := range deps {
			bv.mu.Lock()
			sw, ok := bv.spentBy[dd.out]
			bv.mu.Unlock()
			if ok && bv.confirmations(sw) >= btcConf {
				n++
			}
		}
		return n, k.n
	})
	b.Logf("all deposits swept and final %s after the first was broadcast", time.Since(loadStart).Round(100*time.Millisecond))

	// 4. Burn every minted amount towards its own bcrt1 address.
	burns := make([]burn, k.n)
	ev.mu.Lock()
	for i, dd := range deps {
		m := ev.minted[dd.id][0]
		burns[i] = burn{dep: i, script: payeeScript(i), amount: m.amount.Int64()}
	}
	ev.mu.Unlock()
	burnStart := time.Now()
	var burnWG sync.WaitGroup
	burnErrs := make([]error, k.burners)
	txs := make([]*types.Transaction, k.n)
	for bi, bu := range burners {
		burnWG.Add(1)
		go func() {
			defer burnWG.Done()
			for i := range burns {
				if deps[i].burner != bi {
					continue
				}
				opts, err := bind.NewKeyedTransactorWithChainID(bu.key, new(big.Int).SetUint64(uint64(chainA)))
				if err != nil {
					burnErrs[bi] = err
					return
				}
				opts.Context, opts.Nonce, opts.GasLimit = ctx, new(big.Int).SetUint64(bu.nonce), gasLimit
				opts.GasTipCap, opts.GasFeeCap = big.NewInt(1e9), big.NewInt(200e9)
				tx, err := br.Burn(opts, wbtc.Address, big.NewInt(burns[i].amount), uint64(btcChain), burns[i].script)
				if err != nil {
					burnErrs[bi] = fmt.Errorf("burn %d: %w", i, err)
					return
				}
				bu.nonce++
				txs[i], burns[i].tx, burns[i].sent = tx, tx.Hash(), time.Now()
			}
		}()
	}
	burnWG.Wait()
	for _, err := range burnErrs {
		if err != nil {
			b.Fatal(err)
		}
	}
	minedCtx, minedCancel := context.WithTimeout(ctx, 3*time.Minute)
	defer minedCancel()
	for i, tx := range txs {
		rc, err := bind.WaitMined(minedCtx, ec, tx)
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			b.Fatalf("burn %d (%s): receipt %+v, %v", i, tx.Hash(), rc, err)
		}
		for _, l := range rc.Logs {
			if e, err := br.ParseBurned(*l); err == nil {
				burns[i].id, burns[i].block = chains.TransferID(e.TransferId), rc.BlockNumber.Uint64()
			}
		}
		if burns[i].id == (chains.TransferID{}) {
			b.Fatalf("burn %d (%s): no Burned event", i, tx.Hash())
		}
	}
	b.Logf("%d burns from %d burners mined on A in %s", k.n, k.burners, time.Since(burnStart).Round(100*time.Millisecond))
	alive("burns mined on A")

	// 5. Every burn paid on Bitcoin, the payout final.
	waitFor("burns paid on Bitcoin, payout final", func() (int, int) {
		n := 0
		for _, bu := range burns {
			bv.mu.Lock()
			id, ok := bv.paidBy[string(bu.script)]
			bv.mu.Unlock()
			if ok && bv.confirmations(id) >= btcConf {
				n++
			}
		}
		return n, k.n
	})
	paidAll := time.Since(burnStart)
	b.Logf("all %d burns paid out and final %s after the first burn was sent", k.n, paidAll.Round(100*time.Millisecond))

	// 6. The relays record the payouts (UNLOCK) once final: wait until
	// every relay reports every burn executed, then stop mining.
	reported := map[string]bool{}
	waitFor("burns reported executed by every relay", func() (int, int) {
		for _, op := range ops {
			for _, bu := range burns {
				key := fmt.Sprintf("%d %s", op.Index, bu.id)
				if reported[key] {
					continue
				}
				if st, known, err := relayStatus(ctx, op, bu.id); err == nil && known && st.State == relay.StateExecuted {
					reported[key] = true
				}
			}
		}
		return len(reported), len(ops) * k.n
	})
	stopMining()
	mined.Wait()
	if err := mineErr.Load(); err != nil {
		b.Fatalf("mining: %v", err)
	}
	for range 5 { // a late duplicate would show
		time.Sleep(time.Second)
		alive("after every burn was paid")
	}
	if err := bv.poll(ctx); err != nil {
		b.Fatal(err)
	}
	// What the relays' trackers recorded of each transfer.
	depMS := make([]map[relay.State]time.Time, k.n)
	burnMS := make([]map[relay.State]time.Time, k.n)
	var depSigners, burnSigners sample // operators whose share the relays saw
	for i := range deps {
		var n int
		if depMS[i], n, err = relayMilestones(ctx, ops, deps[i].id); err != nil {
			b.Fatal(err)
		}
		depSigners = append(depSigners, float64(n))
		if burnMS[i], n, err = relayMilestones(ctx, ops, burns[i].id); err != nil {
			b.Fatal(err)
		}
		burnSigners = append(burnSigners, float64(n))
	}
	cpu1 := make([]usage, len(ops))
	for i, op := range ops {
		alive("reading the relays' CPU and memory")
		if cpu1[i], err = procUsage(op.PID()); err != nil {
			b.Fatalf("op%d: %v", op.Index, err)
		}
	}
	total := time.Since(loadStart)
	if err := cl.StopAll(); err != nil {
		b.Fatalf("stopping the relays: %v", err)
	}
	stopWatch()
	watchers.Wait()

	// ---- checks: exactly once ----
	checkCtx, checkCancel := context.WithTimeout(ctx, 5*time.Minute)
	defer checkCancel()
	// A: one Minted per deposit (net of the deposit fee, to its burner),
	// nothing else minted or unlocked; a full rescan from genesis.
	rescan := &evmView{c: ec, br: br, minted: map[chains.TransferID][]mintSeen{}}
	if err := rescan.poll(checkCtx); err != nil {
		b.Fatal(err)
	}
	for i, dd := range deps {
		ms := rescan.minted[dd.id]
		if len(ms) != 1 {
			b.Fatalf("deposit %d (%s): %d Minted events on A, want exactly 1", i, dd.id, len(ms))
		}
		if want := dd.amount - fee.Sats; ms[0].amount.Cmp(big.NewInt(want)) != 0 || ms[0].to != burners[dd.burner].addr {
			b.Fatalf("deposit %d: minted %s to %s, want %d − fee %d = %d to %s", i, ms[0].amount, ms[0].to, dd.amount, fee.Sats, want, burners[dd.burner].addr)
		}
	}
	if len(rescan.minted) != k.n || rescan.unlocked != 0 {
		b.Fatalf("A: %d transfers minted (want %d), %d Unlocked (want 0)", len(rescan.minted), k.n, rescan.unlocked)
	}

	// Bitcoin: sweeps and payouts as promised, each burn paid once.
	bv.mu.Lock()
	ca, err := auditBitcoin(bv.txs, bv.spentBy, deps, burns, fee.Sats)
	bv.mu.Unlock()
	if err != nil {
		b.Fatal(err)
	}
	sweeps, payouts := ca.sweeps, ca.payouts
	sweepVB, sweepIns, sweepFeePer := ca.sweepVB, ca.sweepIns, ca.sweepFeePer
	if pool, err := bc.GetRawMempool(); err != nil || len(pool) != 0 {
		b.Fatalf("btcd mempool after the run: %d transactions (%v), want none", len(pool), err)
	}

	// Every operator's ledger: each record exactly once.
	kinds := map[string]int{}
	for _, op := range ops {
		got, err := ledgerCounts(checkCtx, op.AuditStore())
		if err != nil {
			b.Fatalf("op%d ledger: %v", op.Index, err)
		}
		for i := range deps {
			for _, kk := range []string{deps[i].id.String() + " LOCK", deps[i].id.String() + " MINT", deps[i].id.String() + " SWEEP",
				burns[i].id.String() + " BURN", burns[i].id.String() + " UNLOCK"} {
				if got[kk] != 1 {
					b.Fatalf("op%d's ledger: %d × %s, want exactly 1", op.Index, got[kk], kk)
				}
			}
		}
		if op.Index == 1 {
			for kk, n := range got {
				kinds[kk[strings.LastIndexByte(kk, ' ')+1:]] += n
			}
		}
	}

	// `bridgectl audit verify --chains` on the ledger(s).
	verifyArgs := func(store string) []string {
		args := []string{"--json", "--devnet-dir", d.Dir, "--deployment", depPath, "audit", "verify", "--store", store, "--chains",
			"--confirmations", fmt.Sprintf("%d=%d", chainA, evmConfirmations),
			"--btc-recovery-threshold", strconv.Itoa(dep.Bitcoin.Recovery.Threshold), "--btc-recovery-delay", strconv.Itoa(int(dep.Bitcoin.RecoveryDelay))}
		for _, key := range dep.Bitcoin.Recovery.Keys {
			args = append(args, "--btc-recovery-key", key)
		}
		return args
	}
	verifyOps := ops[:1]
	if k.verifyAll {
		verifyOps = ops
	}
	verified := make([]verifyResult, len(verifyOps))
	var verifyDur time.Duration
	for i, op := range verifyOps {
		started := time.Now()
		cmd := exec.CommandContext(checkCtx, k.bridgectl, verifyArgs(op.AuditStore())...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		verifyDur = time.Since(started)
		if err != nil {
			b.Fatalf("op%d: bridgectl audit verify --chains failed: %v\n%s%s", op.Index, err, out, stderr.String())
		}
		if err := json.Unmarshal(out, &verified[i]); err != nil || !verified[i].OK || !verified[i].Chains || verified[i].OpenTransfers != 0 {
			b.Fatalf("op%d: bridgectl audit verify --chains printed %s (%v): want ok, chains checked, no open transfer", op.Index, out, err)
		}
	}

	// ---- figures ----
	var e2eMint, depBlockToMint, finalToMintPool, finalToMintBlock, mintToSweep, depWatchLag, burnWatchLag sample
	var burnToPayout, finalToPayout, payoutToFinal, burnToPaidFinal sample
	// From the relays' own histories (earliest relay): final → t shares →
	// submitted, per route.
	var depFinalSigned, depSignedSubmitted, burnFinalSigned, burnSignedSubmitted sample
	leg := func(ms map[relay.State]time.Time, from, to relay.State, dst *sample) {
		a, okA := ms[from]
		z, okZ := ms[to]
		if okA && okZ {
			*dst = append(*dst, secs(z.Sub(a)))
		}
	}
	for i := range deps {
		leg(depMS[i], relay.StateFinal, relay.StateSigned, &depFinalSigned)
		leg(depMS[i], relay.StateSigned, relay.StateSubmitted, &depSignedSubmitted)
		leg(burnMS[i], relay.StateFinal, relay.StateSigned, &burnFinalSigned)
		leg(burnMS[i], relay.StateSigned, relay.StateSubmitted, &burnSignedSubmitted)
	}
	bv.mu.Lock()
	heightOf := func(id chainhash.Hash) int64 { return bv.height[id] }
	minedAt := func(h int64) (time.Time, bool) { t, ok := bv.minedAt[h]; return t, ok }
	bv.mu.Unlock()
	ev.mu.Lock()
	pending := ev.pending
	ev.mu.Unlock()
	noPool := 0
	for i, dd := range deps {
		m := rescan.minted[dd.id][0]
		ev.mu.Lock()
		seenAt := ev.minted[dd.id][0].seen
		ev.mu.Unlock()
		e2eMint = append(e2eMint, secs(seenAt.Sub(dd.sent)))
		h := heightOf(dd.out.Hash)
		if t, ok := minedAt(h); ok {
			depBlockToMint = append(depBlockToMint, secs(seenAt.Sub(t)))
		}
		if fin, ok := minedAt(h + btcConf - 1); ok {
			if p, ok := pending[m.tx]; ok {
				finalToMintPool = append(finalToMintPool, secs(p.Sub(fin)))
			}
			if hd, ok := ev.head(m.block); ok {
				finalToMintBlock = append(finalToMintBlock, secs(hd.Sub(fin)))
			}
			if rf, ok := depMS[i][relay.StateFinal]; ok {
				depWatchLag = append(depWatchLag, secs(rf.Sub(fin)))
			}
		}
		bv.mu.Lock()
		sw := bv.spentBy[dd.out]
		bv.mu.Unlock()
		if at, pooled, ok := bv.seen(sw); ok {
			mintToSweep = append(mintToSweep, secs(at.Sub(seenAt)))
			if !pooled {
				noPool++
			}
		}
	}
	byScript := map[string]*payoutFig{}
	for _, p := range payouts {
		for _, r := range p.recipients {
			byScript[r.script] = p
		}
	}
	var vbPerRecipient, vbPerRecipientW, recipients, feePerRecipient, payoutVB, payoutIns sample
	for _, p := range payouts {
		n := float64(len(p.recipients))
		vbPerRecipient = append(vbPerRecipient, float64(p.vsize)/n)
		recipients = append(recipients, n)
		payoutVB = append(payoutVB, float64(p.vsize))
		payoutIns = append(payoutIns, float64(p.inputs))
		for range p.recipients {
			vbPerRecipientW = append(vbPerRecipientW, float64(p.vsize)/n)
			feePerRecipient = append(feePerRecipient, float64(p.fee)/n)
		}
	}
	payoutNoPool := 0
	for i, bu := range burns {
		p := byScript[hex.EncodeToString(bu.script)]
		at, pooled, ok := bv.seen(p.id)
		if !ok {
			continue
		}
		if !pooled {
			payoutNoPool++
		}
		if hd, ok := ev.head(bu.block); ok {
			burnToPayout = append(burnToPayout, secs(at.Sub(hd)))
		}
		if fin, ok := ev.head(bu.block + evmConfirmations - 1); ok {
			finalToPayout = append(finalToPayout, secs(at.Sub(fin)))
			if rf, ok := burnMS[i][relay.StateFinal]; ok {
				burnWatchLag = append(burnWatchLag, secs(rf.Sub(fin)))
			}
		}
		if fin, ok := minedAt(heightOf(p.id) + btcConf - 1); ok {
			payoutToFinal = append(payoutToFinal, secs(fin.Sub(at)))
			burnToPaidFinal = append(burnToPaidFinal, secs(fin.Sub(bu.sent)))
		}
	}
	var cpuSum, rssMax float64
	for i := range ops {
		cpuSum += cpu1[i].cpu - cpu0[i].cpu
		rssMax = max(rssMax, float64(cpu1[i].hwmKiB)/1024)
	}

	w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(w, "\nloadbtc: %d BTC deposits from %d depositors in %d blocks → mint on A; %d burns on A from %d burners → %d bcrt1 (P2WPKH) addresses; relayd 2-of-3\n",
		k.n, k.depositors, k.blocks, k.n, k.burners, k.n)
	fmt.Fprintf(w, "mining cadence: the driver mines one btcd block every %s (Bitcoin finality %d blocks ≈ %s); anvil a block every %s, %d confirmations\n",
		k.every, btcConf, time.Duration(btcConf)*k.every, evmBlockTime, evmConfirmations)
	fmt.Fprintf(w, "deposit fee %d sat (126 vB × %d sat/vB); relays propose %d sat/vB, sign %d–%d\n",
		fee.Sats, dep.Bitcoin.MaxFeeRate, cluster.DefaultBitcoin.FeeRate, cluster.DefaultBitcoin.MinFeeRate, cluster.DefaultBitcoin.MaxFeeRate)
	fmt.Fprintf(w, "all minted %s after the first deposit; all paid out and final %s after the first burn; whole run %s; %d btcd blocks mined\n",
		mintedAll.Round(100*time.Millisecond), paidAll.Round(100*time.Millisecond), total.Round(time.Second), bv.tip()-tip0)
	fmt.Fprintf(w, "\nseconds (driver clock)\tp50\tp90\tp99\tmax\tmean\n")
	row := func(name string, s sample) {
		fmt.Fprintf(w, "%s (%d)\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\n", name, len(s), s.pct(.5), s.pct(.9), s.pct(.99), s.pct(1), s.avg())
	}
	row("deposit broadcast → Minted seen on A", e2eMint)
	row("deposit's block mined → Minted seen", depBlockToMint)
	row("finality block mined → mint tx in A's pool (relay overhead)", finalToMintPool)
	row("finality block mined → Minted block announced", finalToMintBlock)
	row("  finality block mined → relays' final (Bitcoin watcher)", depWatchLag)
	row("  relays: deposit final → t of n shares", depFinalSigned)
	row("  relays: t of n shares → mint submitted", depSignedSubmitted)
	row(fmt.Sprintf("Minted seen → its sweep seen (%d only in a block)", noPool), mintToSweep)
	row("burn's block announced → payout seen on btcd", burnToPayout)
	row("burn final on A → payout seen on btcd (relay overhead)", finalToPayout)
	row("  burn's final block announced → relays' final (EVM watcher)", burnWatchLag)
	row("  relays: burn final → t of n shares", burnFinalSigned)
	row("  relays: t of n shares → payout submitted (proposal, signatures, custody)", burnSignedSubmitted)
	row(fmt.Sprintf("payout seen → payout final (cadence) (%d only in a block)", payoutNoPool), payoutToFinal)
	row("burn sent → payout final", burnToPaidFinal)
	fmt.Fprintf(w, "\nbitcoin\tp50\tmin\tmax\tmean\tdistribution\n")
	brow := func(name string, s sample) {
		fmt.Fprintf(w, "%s (%d)\t%.1f\t%.1f\t%.1f\t%.1f\t%s\n", name, len(s), s.pct(.5), s.pct(0), s.pct(1), s.avg(), s.histogram())
	}
	brow("relays: operators that signed each deposit's mint", depSigners)
	brow("relays: operators that signed each burn's payout", burnSigners)
	brow("sweeps: deposits per sweep", sweepIns)
	brow("sweeps: vbytes per deposit", sweepVB)
	brow("sweeps: fee sat per deposit", sweepFeePer)
	brow(fmt.Sprintf("payouts: custody inputs per payout (%d custody outputs when the burns were sent)", len(sweeps)), payoutIns)
	brow("payouts: recipients per payout", recipients)
	brow("payouts: vsize", payoutVB)
	brow("payouts: vbytes per recipient, per payout", vbPerRecipient)
	brow("payouts: vbytes per recipient, per recipient", vbPerRecipientW)
	brow("payouts: fee sat per recipient", feePerRecipient)
	// The payouts in the order the driver saw them: when custody, not the
	// relays, is the bottleneck, this shows the rounds.
	order := make([]*payoutFig, 0, len(payouts))
	for _, p := range payouts {
		order = append(order, p)
	}
	sort.Slice(order, func(i, j int) bool {
		a, _, _ := bv.seen(order[i].id)
		z, _, _ := bv.seen(order[j].id)
		return a.Before(z)
	})
	fmt.Fprintf(w, "\npayout (seen after the first burn was sent)\tinputs\trecipients\tvsize\tfee sat\t\n")
	for _, p := range order {
		at, _, _ := bv.seen(p.id)
		fmt.Fprintf(w, "%s +%.1fs\t%d\t%d\t%d\t%d\t\n", p.id.String()[:12], secs(at.Sub(burnStart)), p.inputs, len(p.recipients), p.vsize, p.fee)
	}
	fmt.Fprintf(w, "\nrelayd (load phase)\tCPU s\tCPU ms per transfer (2N: deposits + burns)\tpeak RSS MiB\n")
	for i, op := range ops {
		c := cpu1[i].cpu - cpu0[i].cpu
		fmt.Fprintf(w, "op%d\t%.1f\t%.1f\t%.1f\n", op.Index, c, 1000*c/float64(2*k.n), float64(cpu1[i].hwmKiB)/1024)
	}
	fmt.Fprintf(w, "\nexactly once: %d deposits each minted once on A (net of the fee) and swept once (%d sweeps); %d burns each paid by one output (%d payouts), amount = burn − fee share; mempool empty\n",
		k.n, len(sweeps), k.n, len(payouts))
	fmt.Fprintf(w, "ledgers: every operator holds LOCK, MINT, SWEEP, BURN, UNLOCK once per transfer (op1: %v)\n", kinds)
	for i, op := range verifyOps {
		fmt.Fprintf(w, "bridgectl audit verify --chains, op%d: ok, %d blocks, %d records, %d open transfers (last took %s)\n",
			op.Index, verified[i].Blocks, verified[i].Records, verified[i].OpenTransfers, verifyDur.Round(100*time.Millisecond))
	}
	_ = w.Flush()

	b.ReportMetric(e2eMint.pct(.5), "deposit-to-mint-p50-s")
	b.ReportMetric(e2eMint.pct(.99), "deposit-to-mint-p99-s")
	b.ReportMetric(finalToMintPool.pct(.5), "final-to-mint-submitted-p50-s")
	b.ReportMetric(finalToMintPool.pct(.99), "final-to-mint-submitted-p99-s")
	b.ReportMetric(burnToPayout.pct(.5), "burn-to-payout-p50-s")
	b.ReportMetric(burnToPayout.pct(.99), "burn-to-payout-p99-s")
	b.ReportMetric(finalToPayout.pct(.5), "burn-final-to-payout-p50-s")
	b.ReportMetric(vbPerRecipientW.pct(.5), "vB/recipient-p50")
	b.ReportMetric(vbPerRecipientW.pct(1), "vB/recipient-max")
	b.ReportMetric(feePerRecipient.pct(.5), "sat-fee/recipient-p50")
	b.ReportMetric(recipients.avg(), "recipients/payout")
	b.ReportMetric(sweepVB.pct(.5), "sweep-vB/deposit-p50")
	b.ReportMetric(cpuSum/float64(len(ops)), "relayd-cpu-s")
	b.ReportMetric(rssMax, "relayd-peak-rss-MiB")
}
