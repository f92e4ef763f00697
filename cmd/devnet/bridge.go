package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/cluster"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/rs/zerolog"
)

// The bridge demo (devnet demo --bridge): the devnet, the bridges deployed
// with TST and BTC defined, three relayd (2-of-3), then TST A → B → A, the
// re-transfer A → B → C → A and BTC → A → BTC (btcleg.go), each step
// printed as it happens, and an audit replay of every operator's ledger.

// errDemo marks a demo step that did not do what it should.
var errDemo = errors.New("demo")

// bridgeFlags are the flags of devnet demo --bridge and devnet up --bridge.
type bridgeFlags struct {
	relayd, bridgectl string
	confirmations     int
	stepTimeout       time.Duration
	// detach leaves the relays running after devnet exits (up --bridge).
	detach bool
}

// reporter prints the demo's steps: text lines for people, one JSON object
// per line for machines.
type reporter struct {
	w     io.Writer
	json  bool
	began time.Time
}

// step prints one step. fields go into the JSON object only.
func (r *reporter) step(kind, msg string, fields map[string]any) {
	if r.json {
		obj := map[string]any{"at": time.Now().UTC().Format(time.RFC3339Nano), "elapsed": time.Since(r.began).Seconds(), "step": kind, "msg": msg}
		for k, v := range fields {
			obj[k] = v
		}
		_ = json.NewEncoder(r.w).Encode(obj)
		return
	}
	fmt.Fprintf(r.w, "[%5.1fs] %-9s %s\n", time.Since(r.began).Seconds(), kind, msg)
}

// text prints a block of text (text mode only), indented.
func (r *reporter) text(s string) {
	if r.json {
		return
	}
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		fmt.Fprintf(r.w, "           %s\n", l)
	}
}

type bridgeDemo struct {
	f       bridgeFlags
	r       *reporter
	d       *harness.Devnet
	dep     *deployment.Deployment
	depPath string
	clients map[chains.ChainID]*ethclient.Client
	btc     *rpcclient.Client // the devnet's btcd (the Bitcoin leg)
	names   map[chains.ChainID]string
	fed     *cluster.Cluster
	user    *ecdsa.PrivateKey
	http    *http.Client
	// lastExec is the highest block per chain holding a demo execution.
	lastExec map[chains.ChainID]uint64
	// pids are the processes the demo started, checked gone at the end.
	pids []procInfo
}

// procInfo is a process the demo started.
type procInfo struct {
	Name string `json:"name"`
	PID  int    `json:"pid"`
	Path string `json:"path"`
}

// findBinary resolves a sibling command: the flag if set, else next to this
// executable (bin/), else on PATH.
func findBinary(flag, name string) (string, error) {
	if flag != "" {
		p, err := filepath.Abs(flag)
		if err != nil {
			return "", err
		}
		if st, err := os.Stat(p); err != nil || st.IsDir() || st.Mode()&0o111 == 0 {
			return "", fmt.Errorf("%w: --%s %s is not an executable file: run `make build`, or pass the path of %s", errDemo, name, flag, name)
		}
		return p, nil
	}
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return filepath.Abs(p)
	}
	return "", fmt.Errorf("%w: %s not found next to devnet nor on PATH: run `make build`, or pass --%s", errDemo, name, name)
}

// runBridgeDemo runs the whole demo; every process it starts is stopped
// before it returns, whatever the outcome (ctx ends on Ctrl-C).
func runBridgeDemo(ctx context.Context, g *globalFlags, nf *nodeFlags, bf bridgeFlags, w io.Writer, log zerolog.Logger) (err error) {
	r := &reporter{w: w, json: g.json, began: time.Now()}
	relayd, bridgectl, err := demoBinaries(nf, bf)
	if err != nil {
		return err
	}
	b := &bridgeDemo{f: bf, r: r, clients: map[chains.ChainID]*ethclient.Client{}, names: map[chains.ChainID]string{},
		http: &http.Client{Timeout: 2 * time.Second}, lastExec: map[chains.ChainID]uint64{}}
	defer func() { err = b.stopAll(ctx, err) }()

	if err := b.startDevnet(ctx, nf.config(g.dir), log); err != nil {
		return err
	}
	if err := b.deploy(ctx); err != nil {
		return err
	}
	if err := b.startRelays(ctx, relayd, log); err != nil {
		return err
	}
	r.step("processes", fmt.Sprintf("%d processes started", len(b.pids)), map[string]any{"pids": b.pids})

	if err := b.transfers(ctx); err != nil {
		return err
	}
	if b.d.BTC != nil {
		if err := b.btcLeg(ctx, bridgectl); err != nil {
			return err
		}
	} else {
		r.step("bitcoin", "BTC → A → BTC skipped: the devnet runs without btcd (--no-btc)", map[string]any{"wired": false})
	}
	return b.audit(ctx, bridgectl)
}

// demoBinaries finds relayd and bridgectl and refuses a devnet the demo
// cannot run on.
func demoBinaries(nf *nodeFlags, bf bridgeFlags) (relayd, bridgectl string, err error) {
	if relayd, err = findBinary(bf.relayd, "relayd"); err != nil {
		return "", "", err
	}
	if bridgectl, err = findBinary(bf.bridgectl, "bridgectl"); err != nil {
		return "", "", err
	}
	if len(nf.evmChains) < 3 || nf.noNATS || nf.evmBlock <= 0 {
		return "", "", fmt.Errorf("%w: the bridge demo needs three EVM chains, NATS and --evm-block-time > 0", errDemo)
	}
	if !nf.noBTC && nf.btcBlock <= 0 {
		return "", "", fmt.Errorf("%w: the Bitcoin leg needs the devnet's miner loop: --btc-block-interval > 0 (or --no-btc to leave Bitcoin out)", errDemo)
	}
	return relayd, bridgectl, nil
}

// stopAll stops everything the demo started, relays before nodes, and
// returns the demo's outcome: err, or an error if a process is left
// running. The devnet's data goes unless the demo failed, so its logs stay
// to read.
func (b *bridgeDemo) stopAll(ctx context.Context, err error) error {
	r := b.r
	if err != nil && ctx.Err() != nil {
		err = fmt.Errorf("interrupted (%v): stopping everything", context.Cause(ctx))
		r.step("interrupted", err.Error(), nil)
	}
	if b.fed != nil {
		b.fed.Close()
	}
	if b.d != nil {
		b.d.Stop()
		if err == nil || ctx.Err() != nil {
			_ = b.d.RemoveData()
		} else {
			r.step("logs", fmt.Sprintf("node and relay logs kept in %s (relays/op*/relayd.log)", b.d.Dir), map[string]any{"dir": b.d.Dir})
		}
	}
	for _, c := range b.clients {
		c.Close()
	}
	if b.btc != nil {
		b.btc.Shutdown()
	}
	left := 0
	for _, p := range b.pids {
		if (devnet.Proc{PID: p.PID, Path: p.Path}).Alive() {
			left++
		}
	}
	if left > 0 {
		r.step("stopped", fmt.Sprintf("%d processes STILL RUNNING", left), map[string]any{"left": left})
		if err == nil {
			err = fmt.Errorf("%w: %d processes left running", errDemo, left)
		}
		return err
	}
	r.step("stopped", fmt.Sprintf("relays and devnet stopped: %d processes, none left running", len(b.pids)), map[string]any{"processes": len(b.pids), "left": 0})
	return err
}

// startDevnet starts the nodes, connects to them and prints their
// endpoints.
func (b *bridgeDemo) startDevnet(ctx context.Context, cfg harness.Config, log zerolog.Logger) error {
	b.r.step("devnet", "starting btcd (regtest), three anvil chains and NATS with JetStream …", nil)
	var err error
	if b.d, err = harness.Start(ctx, cfg, log); err != nil {
		return err
	}
	for _, p := range b.d.Processes {
		b.pids = append(b.pids, procInfo{Name: p.Name, PID: p.PID, Path: p.Path})
	}
	for _, n := range b.d.EVM {
		c, err := n.NewClient(ctx)
		if err != nil {
			return err
		}
		b.clients[chains.ChainID(n.ChainID)] = c
	}
	if b.d.BTC != nil {
		if b.btc, err = b.d.BTC.NewClient(); err != nil {
			return err
		}
	}
	var desc strings.Builder
	if b.d.BTC != nil {
		fmt.Fprintf(&desc, "bitcoin regtest  rpc http://%s\n", b.d.BTC.RPCHost)
	}
	for i, n := range b.d.EVM {
		fmt.Fprintf(&desc, "chain %c %d  rpc %s\n", 'A'+i, n.ChainID, n.RPCURL)
	}
	fmt.Fprintf(&desc, "nats  %s  (anonymous clients refused; federation %s)\n", b.d.NATS.URL, b.d.NATS.Federation)
	b.r.step("devnet", "up", map[string]any{"devnet": b.d.Description})
	b.r.text(desc.String())
	return nil
}

func (b *bridgeDemo) deploy(ctx context.Context) error {
	b.r.step("deploy", "deploying a Bridge on A, B and C (operators 2-of-3), TST on A; defining TST, ETH and BTC …", nil)
	var devChains []deployment.DevnetChain
	for i, n := range b.d.EVM {
		devChains = append(devChains, deployment.DevnetChain{Name: string(rune('A' + i)), Backend: b.clients[chains.ChainID(n.ChainID)]})
	}
	var btcID chains.ChainID
	if b.d.BTC != nil {
		btcID = chains.ChainID(b.d.BTC.ChainID)
	}
	deployer := b.d.FaucetKey(0)
	dep, err := deployment.Devnet(ctx, deployment.DevnetConfig{EVM: devChains, BitcoinChainID: btcID, Deployer: deployer,
		FundOperators: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), Confirmations: uint64(b.f.confirmations)})
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	b.dep = dep
	b.depPath = filepath.Join(b.d.Dir, deployment.FileName)
	if err := dep.Write(b.depPath); err != nil {
		return err
	}
	for _, c := range dep.Chains {
		b.names[c.ID] = c.Name
	}
	for _, c := range dep.EVMChains() {
		b.r.step("deploy", fmt.Sprintf("chain %s (%d): bridge %s", c.Name, c.ID, c.Bridge), map[string]any{"chain": c.ID, "bridge": c.Bridge})
	}
	for _, as := range dep.Assets {
		b.r.step("deploy", fmt.Sprintf("asset %-4s home chain %d, id %s", as.Symbol, as.HomeChain, as.ID), map[string]any{"asset": as.Symbol, "id": as.ID, "homeChain": as.HomeChain})
	}

	// The demo user: a key derived from a public string (devnet only).
	u, err := demoKey()
	if err != nil {
		return err
	}
	b.user = u
	for i := range b.d.EVM {
		if err := b.d.FundEVM(ctx, i, addr(u), new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
			return err
		}
	}
	tst := b.token("TST", chains.DevnetA)
	if _, err := deploy.Send(ctx, b.clients[chains.DevnetA], deployer, "mint TST", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tst.Mint(o, addr(u), e18(100))
	}); err != nil {
		return fmt.Errorf("mint TST: %w", err)
	}
	b.r.step("user", fmt.Sprintf("demo user %s: 100 ETH on A, B, C and 100 TST on A", addr(u)), map[string]any{"user": addr(u)})
	return nil
}

func (b *bridgeDemo) startRelays(ctx context.Context, relayd string, log zerolog.Logger) error {
	dir := filepath.Join(b.d.Dir, "relays")
	if err := os.RemoveAll(dir); err != nil { // a failed earlier run's keystores and ledgers
		return err
	}
	fed, err := cluster.New(cluster.Config{
		Relayd: relayd, Dir: dir, Devnet: b.d.Description,
		Deployment: b.dep, DeploymentPath: b.depPath, Keys: deployment.DevnetOperatorKeys(),
		Threshold: deployment.DevnetThreshold, Confirmations: b.f.confirmations, Detach: b.f.detach,
	}, cluster.WithLogger(log))
	if err != nil {
		return err
	}
	b.fed = fed
	b.r.step("relays", fmt.Sprintf("starting three relayd (2-of-3, %d confirmations) …", b.f.confirmations), nil)
	for _, op := range fed.Operators() {
		began := time.Now()
		err := fed.Start(ctx, op)
		if op.PID() != 0 {
			b.pids = append(b.pids, procInfo{Name: fmt.Sprintf("relayd-op%d", op.Index), PID: op.PID(), Path: relayd})
		}
		if err != nil {
			return err
		}
		b.r.step("relays", fmt.Sprintf("op%d %s ready in %.1fs (pid %d, http %s)", op.Index, op.Address, time.Since(began).Seconds(), op.PID(), op.HTTP),
			map[string]any{"op": op.Index, "address": op.Address, "pid": op.PID(), "http": op.HTTP, "log": op.LogPath})
	}
	return nil
}

// transfers: TST A → B → A and the re-transfer A → B → C → A.
func (b *bridgeDemo) transfers(ctx context.Context) error {
	A, B, C := chains.DevnetA, chains.DevnetB, chains.DevnetC
	user := addr(b.user)
	custody0, err := b.custody(ctx)
	if err != nil {
		return err
	}
	if err := b.balances(ctx, "before"); err != nil {
		return err
	}

	b.r.step("route", "TST A → B → A, and the re-transfer A → B → C → A", nil)
	lockID, err := b.lock(ctx, e18(5), B, user)
	if err != nil {
		return err
	}
	if err := b.follow(ctx, lockID, B, false); err != nil {
		return err
	}
	if err := b.balances(ctx, "after lock A → B"); err != nil {
		return err
	}

	wB, wC := b.tokenAddr("TST", B), b.tokenAddr("TST", C)
	reID, err := b.burn(ctx, B, wB, e18(2), C, user)
	if err != nil {
		return err
	}
	if err := b.follow(ctx, reID, C, false); err != nil {
		return err
	}
	if err := b.balances(ctx, "after re-transfer B → C (custody on A unchanged)"); err != nil {
		return err
	}
	if c, err := b.custody(ctx); err != nil {
		return err
	} else if want := new(big.Int).Add(custody0, e18(5)); c.Cmp(want) != 0 {
		return fmt.Errorf("%w: custody on A moved on a re-transfer: %s, want %s", errDemo, fmtTST(c), fmtTST(want))
	}

	burnB, err := b.burn(ctx, B, wB, e18(3), A, user)
	if err != nil {
		return err
	}
	if err := b.follow(ctx, burnB, A, true); err != nil {
		return err
	}
	burnC, err := b.burn(ctx, C, wC, e18(2), A, user)
	if err != nil {
		return err
	}
	if err := b.follow(ctx, burnC, A, true); err != nil {
		return err
	}
	if err := b.balances(ctx, "final balances"); err != nil {
		return err
	}
	// Round trip closed: custody back, no wrapped TST left anywhere.
	if c, err := b.custody(ctx); err != nil {
		return err
	} else if c.Cmp(custody0) != 0 {
		return fmt.Errorf("%w: custody on A is %s after the round trip, want %s", errDemo, fmtTST(c), fmtTST(custody0))
	}
	for _, ch := range []chains.ChainID{B, C} {
		s, err := b.wrapped(ch).TotalSupply(&bind.CallOpts{Context: ctx})
		if err != nil {
			return err
		}
		if s.Sign() != 0 {
			return fmt.Errorf("%w: wrapped TST supply on %s is %s after the round trip, want 0", errDemo, b.names[ch], fmtTST(s))
		}
	}
	return nil
}

// lock approves and locks amount of TST on A for recipient on dst.
func (b *bridgeDemo) lock(ctx context.Context, amount *big.Int, dst chains.ChainID, recipient common.Address) (source, error) {
	A := chains.DevnetA
	tst, tstAddr := b.token("TST", A), b.tokenAddr("TST", A)
	br, brAddr := b.bridge(A)
	c := b.clients[A]
	if _, err := deploy.Send(ctx, c, b.user, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tst.Approve(o, brAddr, amount)
	}); err != nil {
		return source{}, fmt.Errorf("approve: %w", err)
	}
	rc, err := deploy.Send(ctx, c, b.user, "lock", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Lock(o, tstAddr, amount, uint64(dst), recipient.Bytes())
	})
	if err != nil {
		return source{}, fmt.Errorf("lock: %w", err)
	}
	for _, l := range rc.Logs {
		if ev, err := br.ParseLocked(*l); err == nil {
			b.r.step("lock", fmt.Sprintf("locked %s TST on A for %s on %s: tx %s in block %d, transfer %s", fmtTST(amount), recipient, b.names[dst], rc.TxHash, rc.BlockNumber, chains.TransferID(ev.TransferId)),
				map[string]any{"chain": A, "tx": rc.TxHash, "block": rc.BlockNumber.Uint64(), "transferId": chains.TransferID(ev.TransferId), "amount": amount.String(), "dstChain": dst})
			return source{id: ev.TransferId, chain: A, block: rc.BlockNumber.Uint64()}, nil
		}
	}
	return source{}, fmt.Errorf("%w: lock receipt %s without a Locked event", errDemo, rc.TxHash)
}

// burn burns amount of wrapped TST on src for recipient on dst.
func (b *bridgeDemo) burn(ctx context.Context, src chains.ChainID, wrapped common.Address, amount *big.Int, dst chains.ChainID, recipient common.Address) (source, error) {
	br, _ := b.bridge(src)
	rc, err := deploy.Send(ctx, b.clients[src], b.user, "burn", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Burn(o, wrapped, amount, uint64(dst), recipient.Bytes())
	})
	if err != nil {
		return source{}, fmt.Errorf("burn on %s: %w", b.names[src], err)
	}
	what := "unlock"
	if as, _ := b.dep.Asset("TST"); as.HomeChain != dst {
		what = "mint, custody on A does not move"
	}
	for _, l := range rc.Logs {
		if ev, err := br.ParseBurned(*l); err == nil {
			b.r.step("burn", fmt.Sprintf("burned %s wrapped TST on %s for %s on %s (%s): tx %s in block %d, transfer %s", fmtTST(amount), b.names[src], recipient, b.names[dst], what, rc.TxHash, rc.BlockNumber, chains.TransferID(ev.TransferId)),
				map[string]any{"chain": src, "tx": rc.TxHash, "block": rc.BlockNumber.Uint64(), "transferId": chains.TransferID(ev.TransferId), "amount": amount.String(), "dstChain": dst})
			return source{id: ev.TransferId, chain: src, block: rc.BlockNumber.Uint64()}, nil
		}
	}
	return source{}, fmt.Errorf("%w: burn receipt %s without a Burned event", errDemo, rc.TxHash)
}

// source is a transfer's source event: its id and where it was mined
// (an EVM block), or its Bitcoin transaction (btcTx, mined or not).
type source struct {
	id    chains.TransferID
	chain chains.ChainID
	block uint64
	btcTx *chainhash.Hash
}

// confirmations returns the source's confirmations on our own node and
// the depth the relays require.
func (b *bridgeDemo) confirmations(ctx context.Context, src source) (got, need int, ok bool) {
	if src.btcTx != nil {
		need = int(b.dep.Bitcoin.Confirmations)
		v, err := b.btc.GetRawTransactionVerbose(src.btcTx)
		if err != nil {
			return 0, need, false
		}
		return int(v.Confirmations), need, true
	}
	need = b.f.confirmations
	head, err := b.clients[src.chain].BlockNumber(ctx)
	if err != nil || head < src.block {
		return 0, need, false
	}
	return int(head-src.block) + 1, need, true
}

// follow prints the transfer's progress — confirmations on the source
// chain from our own node, the relays' state (final, signed k/t,
// submitted) — until the Minted or Unlocked event is on dst.
func (b *bridgeDemo) follow(ctx context.Context, src source, dst chains.ChainID, unlock bool) error {
	began := time.Now()
	ctx, cancel := context.WithTimeout(ctx, b.f.stepTimeout)
	defer cancel()
	id := src.id
	var lastState relay.State
	lastConf, lastSigned := 0, ""
	for {
		if got, need, ok := b.confirmations(ctx, src); ok && lastConf < need {
			if conf := min(got, need); conf > lastConf {
				lastConf = conf
				kind, what := "observed", ""
				if conf >= need {
					kind, what = "final", " — final: every relay checks it against its own node"
				}
				b.r.step(kind, fmt.Sprintf("confirmations %d/%d %s on %s%s", conf, need, bar(conf, need), b.names[src.chain], what),
					map[string]any{"transferId": id, "confirmations": conf, "required": need})
			}
		}
		if st, ok := b.relayStatus(ctx, id); ok && (st.State != lastState || st.Signed != lastSigned) {
			switch st.State {
			case relay.StateSigned:
				k, _, _ := strings.Cut(st.Signed, "/")
				b.r.step("signed", fmt.Sprintf("%s of %d operators signed the %s (threshold %d)", k, len(b.fed.Operators()), st.Action, st.Threshold),
					map[string]any{"transferId": id, "signed": k, "threshold": st.Threshold})
			case relay.StateSubmitted:
				b.r.step("submitted", fmt.Sprintf("the leader sent the %s to %s: tx %s", st.Action, b.names[dst], st.TxID), map[string]any{"transferId": id, "tx": st.TxID})
			}
			lastState, lastSigned = st.State, st.Signed
		}
		if l, ok, err := b.executed(ctx, dst, id, unlock); err != nil {
			return err
		} else if ok {
			what := "minted"
			if unlock {
				what = "unlocked"
			}
			b.r.step(what, fmt.Sprintf("%s on %s: tx %s in block %d (%.1fs after the source transaction)", what, b.names[dst], l.TxHash, l.BlockNumber, time.Since(began).Seconds()),
				map[string]any{"transferId": id, "chain": dst, "tx": l.TxHash, "block": l.BlockNumber, "seconds": time.Since(began).Seconds()})
			if l.BlockNumber > b.lastExec[dst] {
				b.lastExec[dst] = l.BlockNumber
			}
			return nil
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("%w: transfer %s not executed on %s within %s (last relay state %q); relay logs under %s", errDemo, id, b.names[dst], b.f.stepTimeout, lastState, filepath.Join(b.d.Dir, "relays"))
			}
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// relayStatus asks the relays in order; the first that knows id answers.
func (b *bridgeDemo) relayStatus(ctx context.Context, id chains.TransferID) (relay.Status, bool) {
	for _, op := range b.fed.Operators() {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, op.URL()+"/v1/transfers/"+id.String(), nil)
		if err != nil {
			continue
		}
		resp, err := b.http.Do(req)
		if err != nil {
			continue
		}
		var st relay.Status
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && err == nil {
			return st, true
		}
	}
	return relay.Status{}, false
}

// executed returns the Minted (or Unlocked) log of id on chain, if any.
func (b *bridgeDemo) executed(ctx context.Context, chain chains.ChainID, id chains.TransferID, unlock bool) (types.Log, bool, error) {
	br, _ := b.bridge(chain)
	opts := &bind.FilterOpts{Context: ctx}
	if unlock {
		it, err := br.FilterUnlocked(opts, [][32]byte{id}, nil, nil)
		if err != nil {
			return types.Log{}, false, fmt.Errorf("read Unlocked on %s: %w", b.names[chain], err)
		}
		defer it.Close()
		if it.Next() {
			return it.Event.Raw, true, nil
		}
		return types.Log{}, false, nil
	}
	it, err := br.FilterMinted(opts, [][32]byte{id}, nil, nil)
	if err != nil {
		return types.Log{}, false, fmt.Errorf("read Minted on %s: %w", b.names[chain], err)
	}
	defer it.Close()
	if it.Next() {
		return it.Event.Raw, true, nil
	}
	return types.Log{}, false, nil
}

// balances prints the user's TST on A, wrapped TST on B and C, custody on A
// and the wrapped supplies, read from the chains.
func (b *bridgeDemo) balances(ctx context.Context, when string) error {
	A, B, C := chains.DevnetA, chains.DevnetB, chains.DevnetC
	user := addr(b.user)
	opts := &bind.CallOpts{Context: ctx}
	onA, err := b.token("TST", A).BalanceOf(opts, user)
	if err != nil {
		return err
	}
	custody, err := b.custody(ctx)
	if err != nil {
		return err
	}
	vals := map[string]string{"userA": onA.String(), "custodyA": custody.String()}
	line := fmt.Sprintf("user TST on A %s; custody on A %s", fmtTST(onA), fmtTST(custody))
	for _, ch := range []chains.ChainID{B, C} {
		w := b.wrapped(ch)
		bal, err := w.BalanceOf(opts, user)
		if err != nil {
			return err
		}
		sup, err := w.TotalSupply(opts)
		if err != nil {
			return err
		}
		n := b.names[ch]
		vals["user"+n], vals["supply"+n] = bal.String(), sup.String()
		line += fmt.Sprintf("; wrapped on %s: user %s, supply %s", n, fmtTST(bal), fmtTST(sup))
	}
	b.r.step("balances", when+": "+line, map[string]any{"when": when, "balances": vals})
	return nil
}

func (b *bridgeDemo) custody(ctx context.Context) (*big.Int, error) {
	_, brA := b.bridge(chains.DevnetA)
	return b.token("TST", chains.DevnetA).BalanceOf(&bind.CallOpts{Context: ctx}, brA)
}

// audit waits for the operators' ledgers to record the last executions,
// stops the relays (bbolt allows one process per store) and replays each
// operator's audit ledger with bridgectl (op1's in full, in text mode).
func (b *bridgeDemo) audit(ctx context.Context, bridgectl string) error {
	b.r.step("audit", "waiting for the last executions to be final on every relay's own node …", nil)
	for ch, blk := range b.lastExec {
		want := blk + uint64(b.f.confirmations) + 1
		for {
			head, err := b.clients[ch].BlockNumber(ctx)
			if err != nil {
				return err
			}
			if head >= want {
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(250 * time.Millisecond):
			}
		}
	}
	select { // the watchers poll; give them a few blocks' time to record
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(3 * time.Second):
	}
	if err := b.sharedAudit(ctx, bridgectl); err != nil {
		return err
	}
	b.r.step("audit", "stopping the relays (SIGTERM): each keeps its own audit ledger, which one process may open at a time", nil)
	b.fed.Close()
	for _, op := range b.fed.Operators() {
		store := op.AuditStore()
		args := []string{"--devnet-dir", b.d.Dir, "--deployment", b.depPath, "audit", "replay", "--store", store}
		if op.Index == 1 && !b.r.json {
			// op1's replay in full, as an auditor would run it.
			b.r.step("audit", "$ bridgectl audit replay --store "+store, nil)
			text, err := exec.CommandContext(ctx, bridgectl, args...).CombinedOutput()
			b.r.text(string(text))
			if err != nil {
				return fmt.Errorf("%w: bridgectl audit replay --store %s: %v", errDemo, store, err)
			}
		}
		res, raw, err := replay(ctx, bridgectl, args)
		if err != nil {
			return err
		}
		balanced := res.OK && len(res.Invariant) > 0
		for _, l := range res.Invariant {
			balanced = balanced && l.OK
		}
		if !balanced {
			return fmt.Errorf("%w: op%d's audit ledger does not balance: %+v", errDemo, op.Index, res.Invariant)
		}
		if res.OpenTransfers != 0 {
			return fmt.Errorf("%w: op%d's audit ledger has %d open transfers: it did not record every execution (see %s)", errDemo, op.Index, res.OpenTransfers, op.LogPath)
		}
		b.r.step("audit", fmt.Sprintf("op%d's audit ledger replayed: %d blocks, %d records, %d open transfers; every asset balanced", op.Index, res.Blocks, res.Records, res.OpenTransfers),
			map[string]any{"op": op.Index, "store": store, "replay": raw, "balanced": true})
	}
	return nil
}

// sharedAudit waits until the three relays' replicas of the federation's
// shared audit chain agree on a head that has stopped moving (the last
// executions proposed and attested), then has bridgectl verify and
// compare them, as an auditor would.
func (b *bridgeDemo) sharedAudit(ctx context.Context, bridgectl string) error {
	ops := b.fed.Operators()
	var head, stableSince string
	var since time.Time
	deadline := time.Now().Add(30 * time.Second)
	for {
		heads := map[string]bool{}
		for _, op := range ops {
			h, ok := sharedHead(ctx, op.URL())
			if !ok {
				h = "none"
			}
			heads[h] = true
		}
		head = ""
		if len(heads) == 1 {
			for h := range heads {
				head = h
			}
		}
		if head != stableSince {
			stableSince, since = head, time.Now()
		}
		if head != "" && head != "none" && time.Since(since) >= 5*time.Second {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w: the relays' shared audit chains did not settle on one head within 30s: %v", errDemo, heads)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	args := []string{"--json", "--devnet-dir", b.d.Dir, "--deployment", b.depPath, "audit", "verify"}
	var urls []string
	for _, op := range ops {
		args = append(args, "--url", op.URL())
		urls = append(urls, op.URL())
	}
	out, err := exec.CommandContext(ctx, bridgectl, args...).Output()
	if err != nil {
		return fmt.Errorf("%w: bridgectl audit verify --url …: %v\n%s", errDemo, err, out)
	}
	b.r.step("audit", fmt.Sprintf("the federation's shared audit chain: head %s, the same on all %d relays, every block attested by t operators (bridgectl audit verify --url × %d)", head, len(ops), len(ops)),
		map[string]any{"head": head, "relays": urls, "verify": json.RawMessage(bytes.TrimSpace(out))})
	return nil
}

// sharedHead reads a relay's shared audit head as "<height> <hash>".
func sharedHead(ctx context.Context, url string) (string, bool) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+"/v1/audit/head", nil)
	if err != nil {
		return "", false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", false
	}
	defer resp.Body.Close()
	var h struct {
		Height uint64 `json:"height"`
		Hash   string `json:"hash"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&h) != nil {
		return "", false
	}
	return fmt.Sprintf("%d %s…", h.Height, h.Hash[:12]), true
}

// replayResult is what the demo reads of `bridgectl --json audit replay`.
type replayResult struct {
	OK            bool `json:"ok"`
	Blocks        int  `json:"blocks"`
	Records       int  `json:"records"`
	OpenTransfers int  `json:"openTransfers"`
	Invariant     []struct {
		Symbol      string `json:"symbol"`
		Locked      string `json:"locked"`
		Outstanding string `json:"outstanding"`
		InFlight    string `json:"inFlight"`
		OK          bool   `json:"ok"`
	} `json:"invariant"`
}

func replay(ctx context.Context, bridgectl string, args []string) (replayResult, json.RawMessage, error) {
	var res replayResult
	out, err := exec.CommandContext(ctx, bridgectl, append([]string{"--json"}, args...)...).Output()
	if err != nil {
		return res, nil, fmt.Errorf("%w: bridgectl %s: %v\n%s", errDemo, strings.Join(args, " "), err, out)
	}
	var raw json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&raw); err != nil {
		return res, nil, fmt.Errorf("%w: bridgectl audit replay output: %v: %s", errDemo, err, out)
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		return res, nil, fmt.Errorf("%w: bridgectl audit replay output: %v: %s", errDemo, err, out)
	}
	return res, raw, nil
}

// ---- chain helpers ----

func (b *bridgeDemo) tokenAddr(symbol string, chain chains.ChainID) common.Address {
	as, err := b.dep.Asset(symbol)
	if err != nil {
		return common.Address{}
	}
	tk, _ := as.Token(chain)
	return tk.Address
}

// token binds the ERC-20 of symbol on chain (TestToken's ABI covers
// balanceOf, approve, mint).
func (b *bridgeDemo) token(symbol string, chain chains.ChainID) *bindings.TestToken {
	t, _ := bindings.NewTestToken(b.tokenAddr(symbol, chain), b.clients[chain])
	return t
}

func (b *bridgeDemo) wrapped(chain chains.ChainID) *bindings.TestToken { return b.token("TST", chain) }

func (b *bridgeDemo) bridge(chain chains.ChainID) (*bindings.Bridge, common.Address) {
	dc, _ := b.dep.ChainByID(chain)
	br, _ := bindings.NewBridge(dc.Bridge, b.clients[chain])
	return br, dc.Bridge
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// fmtTST prints an 18-decimal amount without trailing zeros.
func fmtTST(v *big.Int) string {
	q, r := new(big.Int).QuoRem(v, big.NewInt(1e18), new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	return q.String() + "." + frac
}

func bar(n, of int) string {
	const width = 20
	if of <= 0 {
		of = 1
	}
	k := n * width / of
	if k > width {
		k = width
	}
	return "[" + strings.Repeat("#", k) + strings.Repeat("-", width-k) + "]"
}
