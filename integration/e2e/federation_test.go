//go:build integration

package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/kakehashi/kakehashi/relay"
)

const (
	chainA = chains.DevnetA
	chainB = chains.DevnetB
	chainC = chains.DevnetC
	// confirmations every relayd requires; anvil mines every second.
	confirmations = 2
	blockTime     = time.Second
)

// federation is a devnet with the bridges deployed and three relayd
// processes, one per devnet operator (package integration/cluster).
type federation struct {
	t       *testing.T
	d       *harness.Devnet
	dep     *deployment.Deployment
	depPath string
	clients map[chains.ChainID]*ethclient.Client
	c       *cluster.Cluster
	ops     []*operator
}

// operator is one relayd of the federation.
type operator = cluster.Operator

// newFederation starts 3 anvils and NATS, deploys the devnet bridges and
// writes (without starting) three relayd configurations on chains A, B, C.
func newFederation(t *testing.T) *federation { return newFederationWith(t, false) }

// newFederationWith is newFederation, with btc also btcd (mining only
// when the test asks), the Bitcoin chain in the deployment and in every
// relayd's configuration.
func newFederationWith(t *testing.T, btc bool) *federation {
	t.Helper()
	return newFederationOpts(t, fedOptions{btc: btc})
}

// fedOptions vary the federation: btc as in newFederationWith; roles
// gives each operator separate role keys (issue 18), custody being then
// the deployment's Bitcoin federation and each transactions key funded.
type fedOptions struct {
	btc   bool
	roles []cluster.RoleKeys
	// auditPeers and auditInterval as in cluster.Config.
	auditPeers    bool
	auditInterval time.Duration
	// anchor is every relayd's audit.anchor section (nil: its defaults).
	anchor *cluster.AuditAnchor
}

func newFederationOpts(t *testing.T, o fedOptions) *federation {
	t.Helper()
	btc := o.btc
	opts := []harness.Option{harness.WithEVM(3), harness.WithNATS(), harness.WithEVMBlockTime(blockTime)}
	if btc {
		opts = append(opts, harness.WithBTC())
	}
	d := harness.New(t, opts...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	f := &federation{t: t, d: d, clients: map[chains.ChainID]*ethclient.Client{}}
	var devChains []deployment.DevnetChain
	for i, n := range d.EVM {
		c := n.Client(t)
		f.clients[chains.ChainID(n.ChainID)] = c
		devChains = append(devChains, deployment.DevnetChain{Name: string(rune('A' + i)), Backend: c})
	}
	var btcID chains.ChainID
	if btc {
		btcID = chains.ChainID(d.BTC.ChainID)
	}
	dcfg := deployment.DevnetConfig{EVM: devChains, BitcoinChainID: btcID, Deployer: d.FaucetKey(0), FundOperators: big.NewInt(1e18), Confirmations: confirmations}
	if len(o.roles) > 0 {
		dcfg.Operators = deployment.DevnetOperatorKeys()
		for _, r := range o.roles {
			dcfg.Custody = append(dcfg.Custody, r.Custody)
			dcfg.Fund = append(dcfg.Fund, addrOf(r.Transactions))
		}
	}
	dep, err := deployment.Devnet(ctx, dcfg)
	if err != nil {
		t.Fatalf("deploy devnet: %v", err)
	}
	f.dep = dep
	// The user (faucet key 0) gets demo TST on A.
	tst := f.token("TST", chainA)
	if _, err := deploy.Send(ctx, f.clients[chainA], d.FaucetKey(0), "mint TST", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tst.erc.Mint(o, crypto.PubkeyToAddress(d.FaucetKey(0).PublicKey), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
	}); err != nil {
		t.Fatalf("mint TST: %v", err)
	}
	dir := t.TempDir()
	f.depPath = filepath.Join(dir, deployment.FileName)
	if err := dep.Write(f.depPath); err != nil {
		t.Fatal(err)
	}
	f.c, err = cluster.New(cluster.Config{
		Relayd: relaydBin, Dir: dir, Devnet: d.Description, Deployment: dep, DeploymentPath: f.depPath,
		Keys: deployment.DevnetOperatorKeys(), Roles: o.roles, AuditPeers: o.auditPeers, AuditInterval: o.auditInterval, Threshold: 2, Confirmations: confirmations, LogLevel: "debug",
		AuditAnchor: o.anchor,
	})
	if err != nil {
		t.Fatal(err)
	}
	f.ops = f.c.Operators()
	t.Cleanup(func() {
		f.c.Close()
		if keep := os.Getenv("KAKEHASHI_E2E_LOGS"); keep != "" {
			// Keep the relayd logs beyond the test's temporary directory.
			for _, op := range f.ops {
				if b, err := os.ReadFile(op.LogPath); err == nil {
					_ = os.MkdirAll(keep, 0o755)
					_ = os.WriteFile(filepath.Join(keep, fmt.Sprintf("%s-op%d.log", t.Name(), op.Index)), b, 0o644)
				}
			}
		}
		for _, op := range f.ops {
			if err := logKeysOnce(op.LogPath); err != nil && !os.IsNotExist(err) {
				t.Errorf("relayd op%d log: %v", op.Index, err)
			}
		}
		if t.Failed() {
			for _, op := range f.ops {
				b, _ := os.ReadFile(op.LogPath)
				lines := strings.Split(string(b), "\n")
				if len(lines) > 60 {
					lines = lines[len(lines)-60:]
				}
				t.Logf("---- relayd op%d (%s), last lines of %s:\n%s", op.Index, op.Address, op.LogPath, strings.Join(lines, "\n"))
			}
		}
	})
	return f
}

// start runs op's relayd and waits until it reports ready.
func (f *federation) start(op *operator) {
	f.t.Helper()
	if err := f.c.Start(context.Background(), op); err != nil {
		f.t.Fatal(err)
	}
}

func (f *federation) startAll() {
	for _, op := range f.ops {
		f.start(op)
	}
}

// kill SIGKILLs op's relayd: no graceful shutdown, no lease release.
func (f *federation) kill(op *operator) {
	f.t.Helper()
	f.c.Kill(op)
	f.t.Logf("op%d (%s) killed", op.Index, op.Address)
}

func (f *federation) operatorOf(addr common.Address) *operator {
	for _, op := range f.ops {
		if op.Address == addr {
			return op
		}
	}
	return nil
}

// ---- users and chain assertions ----

type token struct {
	addr common.Address
	erc  *bindings.TestToken
}

func (f *federation) token(symbol string, chain chains.ChainID) token {
	f.t.Helper()
	as, err := f.dep.Asset(symbol)
	if err != nil {
		f.t.Fatal(err)
	}
	tk, ok := as.Token(chain)
	if !ok {
		f.t.Fatalf("%s has no token on chain %d", symbol, chain)
	}
	erc, err := bindings.NewTestToken(tk.Address, f.clients[chain])
	if err != nil {
		f.t.Fatal(err)
	}
	return token{addr: tk.Address, erc: erc}
}

func (f *federation) bridge(chain chains.ChainID) (*bindings.Bridge, common.Address) {
	f.t.Helper()
	dc, ok := f.dep.ChainByID(chain)
	if !ok {
		f.t.Fatalf("chain %d not deployed", chain)
	}
	b, err := bindings.NewBridge(dc.Bridge, f.clients[chain])
	if err != nil {
		f.t.Fatal(err)
	}
	return b, dc.Bridge
}

func (f *federation) balance(tk token, who common.Address) *big.Int {
	f.t.Helper()
	b, err := tk.erc.BalanceOf(&bind.CallOpts{}, who)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

// lockTST locks amount of TST on A from user for recipient on dst and
// returns the transfer id.
func (f *federation) lockTST(ctx context.Context, user *ecdsa.PrivateKey, amount *big.Int, dst chains.ChainID, recipient common.Address) chains.TransferID {
	f.t.Helper()
	tst := f.token("TST", chainA)
	br, brAddr := f.bridge(chainA)
	c := f.clients[chainA]
	if _, err := deploy.Send(ctx, c, user, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tst.erc.Approve(o, brAddr, amount)
	}); err != nil {
		f.t.Fatal(err)
	}
	rc, err := deploy.Send(ctx, c, user, "lock", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Lock(o, tst.addr, amount, uint64(dst), recipient.Bytes())
	})
	if err != nil {
		f.t.Fatal(err)
	}
	for _, l := range rc.Logs {
		if ev, err := br.ParseLocked(*l); err == nil {
			return ev.TransferId
		}
	}
	f.t.Fatal("lock receipt without Locked event")
	return chains.TransferID{}
}

// burn burns amount of the wrapped token wrapped on src for recipient on dst.
func (f *federation) burn(ctx context.Context, user *ecdsa.PrivateKey, src chains.ChainID, wrapped common.Address, amount *big.Int, dst chains.ChainID, recipient common.Address) chains.TransferID {
	f.t.Helper()
	br, _ := f.bridge(src)
	rc, err := deploy.Send(ctx, f.clients[src], user, "burn", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return br.Burn(o, wrapped, amount, uint64(dst), recipient.Bytes())
	})
	if err != nil {
		f.t.Fatal(err)
	}
	for _, l := range rc.Logs {
		if ev, err := br.ParseBurned(*l); err == nil {
			return ev.TransferId
		}
	}
	f.t.Fatal("burn receipt without Burned event")
	return chains.TransferID{}
}

// relayStatus asks the relays in order; the first that knows id answers.
func (f *federation) relayStatus(id chains.TransferID) (relay.Status, bool) {
	sts := f.relayStatuses(id)
	if len(sts) == 0 {
		return relay.Status{}, false
	}
	return sts[0], true
}

// relayStatuses is id's status at every relay that knows it, in operator
// order.
func (f *federation) relayStatuses(id chains.TransferID) []relay.Status {
	var out []relay.Status
	for _, op := range f.ops {
		resp, err := http.Get(op.URL() + "/v1/transfers/" + id.String())
		if err != nil {
			continue
		}
		var st relay.Status
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && err == nil {
			out = append(out, st)
		}
	}
	return out
}

// executions returns the Minted and Unlocked logs of id on chain.
func (f *federation) executions(chain chains.ChainID, id chains.TransferID) (minted, unlocked []types.Log) {
	f.t.Helper()
	br, _ := f.bridge(chain)
	mi, err := br.FilterMinted(&bind.FilterOpts{}, [][32]byte{id}, nil, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	for mi.Next() {
		minted = append(minted, mi.Event.Raw)
	}
	ui, err := br.FilterUnlocked(&bind.FilterOpts{}, [][32]byte{id}, nil, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	for ui.Next() {
		unlocked = append(unlocked, ui.Event.Raw)
	}
	return minted, unlocked
}

var errTimeout = errors.New("timed out")

// waitExecuted waits until id is minted (unlock false) or unlocked on
// chain and returns the executing log.
func (f *federation) waitExecuted(chain chains.ChainID, id chains.TransferID, unlock bool, within time.Duration) (types.Log, error) {
	f.t.Helper()
	deadline := time.Now().Add(within)
	for {
		m, u := f.executions(chain, id)
		got := m
		if unlock {
			got = u
		}
		if len(got) > 0 {
			return got[0], nil
		}
		if time.Now().After(deadline) {
			return types.Log{}, fmt.Errorf("transfer %s not executed on chain %d within %s: %w", id, chain, within, errTimeout)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// submitter returns the operator whose key sent the transaction of l.
func (f *federation) submitter(chain chains.ChainID, l types.Log) *operator {
	f.t.Helper()
	tx, _, err := f.clients[chain].TransactionByHash(context.Background(), l.TxHash)
	if err != nil {
		f.t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		f.t.Fatal(err)
	}
	op := f.operatorOf(from)
	if op == nil {
		f.t.Fatalf("transaction %s sent by %s, not an operator", l.TxHash, from)
	}
	return op
}

// processed asks the destination bridge whether the transfer named by its
// source (bridge, nonce on src) was executed.
func (f *federation) processed(dst, src chains.ChainID, srcNonce uint64) bool {
	f.t.Helper()
	br, _ := f.bridge(dst)
	_, srcBridge := f.bridge(src)
	var ref [32]byte
	copy(ref[12:], srcBridge.Bytes())
	ok, err := br.IsProcessed(&bind.CallOpts{}, uint64(src), ref, srcNonce)
	if err != nil {
		f.t.Fatal(err)
	}
	return ok
}
