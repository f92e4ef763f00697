//go:build integration

package load

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/cluster"
	"github.com/kakehashi/kakehashi/integration/harness"
)

const (
	chainA = chains.DevnetA
	chainB = chains.DevnetB
	chainC = chains.DevnetC
	// confirmations every relayd requires; anvil mines a block every second.
	confirmations = 2
	// threshold of the 2-of-3 federation.
	threshold = 2
	blockTime = time.Second
	pollEvery = 200 * time.Millisecond
	// gasLimit of a user's lock or burn (they use well under 200k).
	gasLimit = 400_000
)

var allChains = []chains.ChainID{chainA, chainB, chainC}

// route is one way value moves; kind names its source call.
type route struct {
	name     string
	key      string // in metric names: overhead6-<key>-p50-ms
	src, dst chains.ChainID
	burn     bool // burn wrapped TST on src (else lock TST on src)
	unlock   bool // the destination unlocks (else mints)
}

var routes = []route{
	{name: "lock A→B (mint)", key: "lock", src: chainA, dst: chainB},
	{name: "burn B→A (unlock)", key: "unlock", src: chainB, dst: chainA, burn: true, unlock: true},
	{name: "burn B→C (mint)", key: "retransfer", src: chainB, dst: chainC, burn: true},
}

type knobs struct {
	n, users int
	mix      []int // percent per route
	rate     float64
	timeout  time.Duration
	keep     string
}

func readKnobs(b *testing.B) knobs {
	b.Helper()
	k := knobs{n: 1000, users: 8, mix: []int{60, 20, 20}, rate: 10, timeout: 15 * time.Minute, keep: os.Getenv("KAKEHASHI_LOAD_KEEP")}
	atoi := func(name string, dst *int, min int) {
		if s := os.Getenv(name); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil || v < min {
				b.Fatalf("%s=%q: want a whole number ≥ %d", name, s, min)
			}
			*dst = v
		}
	}
	atoi("KAKEHASHI_LOAD_N", &k.n, 1)
	atoi("KAKEHASHI_LOAD_USERS", &k.users, 1)
	if s := os.Getenv("KAKEHASHI_LOAD_MIX"); s != "" {
		parts := strings.Split(s, ",")
		if len(parts) != len(routes) {
			b.Fatalf("KAKEHASHI_LOAD_MIX=%q: want %d percentages (lock A→B, burn B→A, burn B→C), e.g. 60,20,20", s, len(routes))
		}
		k.mix = nil
		sum := 0
		for _, p := range parts {
			v, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || v < 0 {
				b.Fatalf("KAKEHASHI_LOAD_MIX=%q: %q is not a percentage", s, p)
			}
			k.mix = append(k.mix, v)
			sum += v
		}
		if sum != 100 {
			b.Fatalf("KAKEHASHI_LOAD_MIX=%q: percentages add up to %d, want 100", s, sum)
		}
	}
	if s := os.Getenv("KAKEHASHI_LOAD_RATE"); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v <= 0 {
			b.Fatalf("KAKEHASHI_LOAD_RATE=%q: want transfers per second > 0", s)
		}
		k.rate = v
	}
	if s := os.Getenv("KAKEHASHI_LOAD_TIMEOUT"); s != "" {
		v, err := time.ParseDuration(s)
		if err != nil || v <= 0 {
			b.Fatalf("KAKEHASHI_LOAD_TIMEOUT=%q: want a duration such as 15m", s)
		}
		k.timeout = v
	}
	return k
}

// ---- the bridge as the driver sees it ----

// seen is a block first seen by the poller.
type seen struct {
	wall time.Time // when the poller first saw it
	ts   uint64    // its timestamp
}

// event is one bridge log.
type event struct {
	chain   chains.ChainID
	name    string // Locked, Burned, Minted, Unlocked
	id      chains.TransferID
	dst     chains.ChainID // Locked/Burned
	block   uint64
	tx      common.Hash
	logIdx  uint
	removed bool
}

type chainState struct {
	id      chains.ChainID
	c       *ethclient.Client
	bridge  common.Address
	br      *bindings.Bridge
	mu      sync.Mutex
	blocks  map[uint64]seen
	next    uint64 // next block to scan
	headErr error
}

type tracker struct {
	mu     sync.Mutex
	chains map[chains.ChainID]*chainState
	src    map[chains.TransferID]event   // Locked/Burned
	execs  map[chains.TransferID][]event // Minted/Unlocked
	byTx   map[common.Hash]chains.TransferID
}

var topics = func() map[common.Hash]string {
	a, err := bindings.BridgeMetaData.GetAbi()
	if err != nil {
		panic(err) // generated ABI; cannot fail
	}
	out := map[common.Hash]string{}
	for _, n := range []string{"Locked", "Burned", "Minted", "Unlocked"} {
		out[a.Events[n].ID] = n
	}
	return out
}()

func topicList() []common.Hash {
	var t []common.Hash
	for h := range topics {
		t = append(t, h)
	}
	return t
}

// decode turns a bridge log into an event.
func (cs *chainState) decode(l types.Log) (event, error) {
	name, ok := topics[l.Topics[0]]
	if !ok {
		return event{}, fmt.Errorf("unexpected topic %s", l.Topics[0])
	}
	ev := event{chain: cs.id, name: name, id: chains.TransferID(l.Topics[1]), block: l.BlockNumber, tx: l.TxHash, logIdx: l.Index, removed: l.Removed}
	switch name {
	case "Locked":
		p, err := cs.br.ParseLocked(l)
		if err != nil {
			return event{}, err
		}
		ev.dst = chains.ChainID(p.DstChain)
	case "Burned":
		p, err := cs.br.ParseBurned(l)
		if err != nil {
			return event{}, err
		}
		ev.dst = chains.ChainID(p.DstChain)
	}
	return ev, nil
}

// poll scans chain cs from cs.next to its head, once.
func (t *tracker) poll(ctx context.Context, cs *chainState) error {
	head, err := cs.c.BlockNumber(ctx)
	if err != nil {
		return err
	}
	now := time.Now()
	if head < cs.next {
		return nil
	}
	for n := cs.next; n <= head; n++ {
		h, err := cs.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		cs.mu.Lock()
		if _, ok := cs.blocks[n]; !ok {
			cs.blocks[n] = seen{wall: now, ts: h.Time}
		}
		cs.mu.Unlock()
	}
	logs, err := cs.c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(cs.next), ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{cs.bridge}, Topics: [][]common.Hash{topicList()}})
	if err != nil {
		return err
	}
	t.mu.Lock()
	for _, l := range logs {
		ev, err := cs.decode(l)
		if err != nil {
			t.mu.Unlock()
			return err
		}
		switch ev.name {
		case "Locked", "Burned":
			t.src[ev.id] = ev
			t.byTx[ev.tx] = ev.id
		default:
			t.execs[ev.id] = append(t.execs[ev.id], ev)
		}
	}
	t.mu.Unlock()
	cs.next = head + 1
	return nil
}

func (t *tracker) run(ctx context.Context, cs *chainState) {
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		if err := t.poll(ctx, cs); err != nil && ctx.Err() == nil {
			cs.mu.Lock()
			cs.headErr = err
			cs.mu.Unlock()
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// block returns what the poller recorded of block n on chain (fetching
// the header if the poller has not seen it yet).
func (t *tracker) block(ctx context.Context, chain chains.ChainID, n uint64) (seen, error) {
	cs := t.chains[chain]
	cs.mu.Lock()
	s, ok := cs.blocks[n]
	cs.mu.Unlock()
	if ok {
		return s, nil
	}
	h, err := cs.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return seen{}, err
	}
	return seen{wall: time.Now(), ts: h.Time}, nil
}

// ---- users ----

type user struct {
	key    *ecdsa.PrivateKey
	addr   common.Address
	nonces map[chains.ChainID]uint64
}

// sendTx signs and sends one user transaction with an explicit nonce and
// fixed fees (no estimation round trips under load).
func sendTx(ctx context.Context, cs *chainState, u *user, call func(*bind.TransactOpts) (*types.Transaction, error)) (common.Hash, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(u.key, new(big.Int).SetUint64(uint64(cs.id)))
	if err != nil {
		return common.Hash{}, err
	}
	opts.Context = ctx
	opts.Nonce = new(big.Int).SetUint64(u.nonces[cs.id])
	opts.GasLimit = gasLimit
	opts.GasTipCap = big.NewInt(1e9)
	opts.GasFeeCap = big.NewInt(200e9)
	tx, err := call(opts)
	if err != nil {
		return common.Hash{}, err
	}
	u.nonces[cs.id]++
	return tx.Hash(), nil
}

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// relayHistory returns the state history of transfer id as the relay that
// sent the executing transaction tx on cs recorded it (state → time).
func relayHistory(ctx context.Context, cs *chainState, tx common.Hash, id chains.TransferID, ops map[common.Address]*cluster.Operator) (map[string]time.Time, error) {
	t, _, err := cs.c.TransactionByHash(ctx, tx)
	if err != nil {
		return nil, err
	}
	from, err := types.Sender(types.LatestSignerForChainID(t.ChainId()), t)
	if err != nil {
		return nil, err
	}
	op, ok := ops[from]
	if !ok {
		return nil, fmt.Errorf("tx %s sent by %s, not an operator", tx, from)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, op.URL()+"/v1/transfers/"+id.String(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("op%d /v1/transfers/%s: %s", op.Index, id, resp.Status)
	}
	var st struct {
		History []struct {
			State  string    `json:"state"`
			At     time.Time `json:"at"`
			Detail string    `json:"detail"`
		} `json:"history"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return nil, fmt.Errorf("op%d /v1/transfers/%s: %w", op.Index, id, err)
	}
	// The tracker adds a "signed" transition per share ("k/t by …"); the
	// transfer is signed when the t-th share arrives.
	quorum := fmt.Sprintf("%d/", threshold)
	out := map[string]time.Time{}
	for _, h := range st.History {
		if h.State == "signed" && !strings.HasPrefix(h.Detail, quorum) {
			continue
		}
		if _, dup := out[h.State]; !dup {
			out[h.State] = h.At
		}
	}
	return out, nil
}

// sent is a user transaction that starts a transfer on route routes[route].
type sent struct {
	tx    common.Hash
	route int
	at    time.Time // when SendTransaction returned
}

// newTracker returns an empty tracker.
func newTracker() *tracker {
	return &tracker{chains: map[chains.ChainID]*chainState{}, src: map[chains.TransferID]event{}, execs: map[chains.TransferID][]event{}, byTx: map[common.Hash]chains.TransferID{}}
}

// rescan reads every bridge log of every chain of t from genesis into a new
// tracker (no block times).
func rescan(ctx context.Context, t *tracker) (*tracker, error) {
	full := newTracker()
	for id, cs := range t.chains {
		fc := &chainState{id: id, c: cs.c, bridge: cs.bridge, br: cs.br, blocks: map[uint64]seen{}}
		full.chains[id] = fc
		head, err := cs.c.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		logs, err := cs.c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{cs.bridge}, Topics: [][]common.Hash{topicList()}})
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			ev, err := fc.decode(l)
			if err != nil {
				return nil, err
			}
			if ev.name == "Locked" || ev.name == "Burned" {
				full.src[ev.id], full.byTx[ev.tx] = ev, ev.id
			} else {
				full.execs[ev.id] = append(full.execs[ev.id], ev)
			}
		}
	}
	return full, nil
}

// exactlyOnce checks, on a full rescan, that every transaction of list
// started a transfer on its route that was executed exactly once, on its
// destination, and that nothing else was executed. It returns how many
// transfers it checked.
func exactlyOnce(full *tracker, list []sent) (int, error) {
	checked := 0
	for _, s := range list {
		id, ok := full.byTx[s.tx]
		if !ok {
			return checked, fmt.Errorf("source tx %s has no Locked/Burned event", s.tx)
		}
		want := routes[s.route]
		src := full.src[id]
		if src.chain != want.src || src.dst != want.dst {
			return checked, fmt.Errorf("transfer %s: source %d → %d, want %s", id, src.chain, src.dst, want.name)
		}
		ex := full.execs[id]
		if len(ex) != 1 {
			return checked, fmt.Errorf("transfer %s (%s) executed %d times, want exactly once: %+v", id, want.name, len(ex), ex)
		}
		wantName := "Minted"
		if want.unlock {
			wantName = "Unlocked"
		}
		if ex[0].chain != want.dst || ex[0].name != wantName {
			return checked, fmt.Errorf("transfer %s (%s): %s on chain %d", id, want.name, ex[0].name, ex[0].chain)
		}
		checked++
	}
	if extra := len(full.execs) - checked; extra != 0 {
		return checked, fmt.Errorf("%d transfers this run did not send were executed", extra)
	}
	return checked, nil
}

// verifyLedgers runs audit.Verify with chain checks over each (stopped)
// operator's audit store, as `bridgectl audit verify --store <op>/data/audit.db
// --chains --confirmations <chain>=2` does for the EVM chains.
func verifyLedgers(ctx context.Context, d *harness.Devnet, t *tracker, ops []*cluster.Operator) ([]*audit.Report, error) {
	checkers := map[chains.ChainID]audit.ChainChecker{}
	for _, n := range d.EVM {
		id := chains.ChainID(n.ChainID)
		ec, err := evm.Dial(ctx, evm.ClientConfig{Chain: id, Endpoints: []evm.Endpoint{{URL: n.RPCURL}}})
		if err != nil {
			return nil, err
		}
		defer ec.Close()
		v, err := evm.NewVerifier(evm.VerifierConfig{Chain: id, Bridge: t.chains[id].bridge, Confirmations: confirmations}, ec)
		if err != nil {
			return nil, err
		}
		checkers[id] = audit.EventChecker{Reader: v}
	}
	reports := make([]*audit.Report, len(ops))
	for i, op := range ops {
		st, err := audit.NewStore(audit.StoreConfig{Path: op.AuditStore()})
		if err != nil {
			return nil, fmt.Errorf("op%d audit store: %w", op.Index, err)
		}
		rep, err := audit.Verify(ctx, st, audit.VerifyOptions{Chains: checkers})
		_ = st.Close()
		if err != nil {
			return nil, fmt.Errorf("op%d: audit verify --chains failed: %w", op.Index, err)
		}
		reports[i] = rep
	}
	return reports, nil
}

// BenchmarkLoad runs the load benchmark once (whatever b.N is); see the
// package documentation.
func BenchmarkLoad(b *testing.B) {
	k := readKnobs(b)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// relayd, built for this run unless KAKEHASHI_LOAD_RELAYD names a
	// binary (to compare two builds under the same driver).
	relayd := os.Getenv("KAKEHASHI_LOAD_RELAYD")
	if relayd == "" {
		relayd = filepath.Join(b.TempDir(), "relayd")
		build := exec.CommandContext(ctx, "go", "build", "-o", relayd, "github.com/kakehashi/kakehashi/cmd/relayd")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			b.Fatalf("build relayd: %v", err)
		}
	} else if _, err := os.Stat(relayd); err != nil {
		b.Fatalf("KAKEHASHI_LOAD_RELAYD=%q: %v", relayd, err)
	}

	// Devnet, bridges, federation.
	d := harness.New(b, harness.WithEVM(3), harness.WithNATS(), harness.WithEVMBlockTime(blockTime))
	t := newTracker()
	// Push clocks (newHeads, newPendingTransactions) per chain, for issue
	// 6's relay overhead: the final block's announcement → the relay
	// transaction entering the destination node's pool.
	clocks := map[chains.ChainID]*nodeClock{}
	for _, n := range d.EVM {
		nc, err := watchNode(ctx, n.WSURL)
		if err != nil {
			b.Fatal(err)
		}
		clocks[chains.ChainID(n.ChainID)] = nc
	}
	var devChains []deployment.DevnetChain
	clients := map[chains.ChainID]*ethclient.Client{}
	for i, n := range d.EVM {
		c := n.Client(b)
		clients[chains.ChainID(n.ChainID)] = c
		devChains = append(devChains, deployment.DevnetChain{Name: string(rune('A' + i)), Backend: c})
	}
	setupCtx, setupCancel := context.WithTimeout(ctx, 3*time.Minute)
	defer setupCancel()
	dep, err := deployment.Devnet(setupCtx, deployment.DevnetConfig{EVM: devChains, Deployer: d.FaucetKey(0), FundOperators: e18(1000), Confirmations: confirmations})
	if err != nil {
		b.Fatalf("deploy devnet: %v", err)
	}
	for _, id := range allChains {
		dc, ok := dep.ChainByID(id)
		if !ok {
			b.Fatalf("chain %d not deployed", id)
		}
		br, err := bindings.NewBridge(dc.Bridge, clients[id])
		if err != nil {
			b.Fatal(err)
		}
		t.chains[id] = &chainState{id: id, c: clients[id], bridge: dc.Bridge, br: br, blocks: map[uint64]seen{}}
	}
	tst, err := dep.Asset("TST")
	if err != nil {
		b.Fatal(err)
	}
	tokA, _ := tst.Token(chainA)
	tokB, _ := tst.Token(chainB)
	tstA, err := bindings.NewTestToken(tokA.Address, clients[chainA])
	if err != nil {
		b.Fatal(err)
	}

	dir := b.TempDir()
	depPath := filepath.Join(dir, deployment.FileName)
	if err := dep.Write(depPath); err != nil {
		b.Fatal(err)
	}
	// The relayd logs: in KAKEHASHI_LOAD_KEEP, or kept in a temporary
	// directory when the run fails (its cleanup runs after cl.Close).
	logDir, err := cluster.RunLogDir(b, k.keep, "load")
	if err != nil {
		b.Fatal(err)
	}
	cl, err := cluster.New(cluster.Config{
		Relayd: relayd, Dir: dir, Devnet: d.Description, Deployment: dep, DeploymentPath: depPath,
		Keys: deployment.DevnetOperatorKeys(), Threshold: threshold, Confirmations: confirmations,
		LogDir: logDir, LogPrefix: "load-",
	})
	if err != nil {
		b.Fatal(err)
	}
	ops := cl.Operators()
	b.Cleanup(cl.Close)
	// alive fails the run at once when a relayd has ended on its own: a
	// relay must not exit under load.
	alive := func(when string) {
		b.Helper()
		if err := cl.Alive(); err != nil {
			b.Fatalf("%s: %v", when, err)
		}
	}

	// Users: ETH on every chain, TST on A, the bridge approved once.
	users := make([]*user, k.users)
	for i := range users {
		key, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		users[i] = &user{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), nonces: map[chains.ChainID]uint64{}}
		for ci := range d.EVM {
			if err := d.FundEVM(setupCtx, ci, users[i].addr, e18(100)); err != nil {
				b.Fatalf("fund user %d on chain %d: %v", i, ci, err)
			}
		}
		if _, err := deploy.Send(setupCtx, clients[chainA], d.FaucetKey(0), "mint TST", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tstA.Mint(o, users[i].addr, e18(1_000_000))
		}); err != nil {
			b.Fatalf("mint TST to user %d: %v", i, err)
		}
	}

	if err := cl.StartAll(setupCtx); err != nil {
		b.Fatal(err)
	}
	pollCtx, stopPoll := context.WithCancel(ctx)
	defer stopPoll()
	for _, cs := range t.chains {
		go t.run(pollCtx, cs)
	}

	// Seed: each user approves the bridge and locks 10,000 TST to itself
	// on B, the wrapped TST it burns later. Seed transfers are checked for
	// exactly-once delivery but not counted in the figures.
	csA, csB := t.chains[chainA], t.chains[chainB]
	var seeds []sent
	for _, u := range users {
		if _, err := sendTx(setupCtx, csA, u, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tstA.Approve(o, csA.bridge, e18(1_000_000))
		}); err != nil {
			b.Fatalf("approve: %v", err)
		}
		h, err := sendTx(setupCtx, csA, u, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return csA.br.Lock(o, tokA.Address, e18(10_000), uint64(chainB), u.addr.Bytes())
		})
		if err != nil {
			b.Fatalf("seed lock: %v", err)
		}
		seeds = append(seeds, sent{tx: h, route: 0, at: time.Now()})
	}
	// waitAll waits until every transaction of list has its source event
	// and an execution on its destination.
	waitAll := func(list []sent, within time.Duration) (missing []sent) {
		deadline := time.Now().Add(within)
		for {
			missing = missing[:0]
			t.mu.Lock()
			for _, s := range list {
				id, ok := t.byTx[s.tx]
				if !ok || len(t.execs[id]) == 0 {
					missing = append(missing, s)
				}
			}
			t.mu.Unlock()
			if len(missing) == 0 || time.Now().After(deadline) {
				return missing
			}
			alive(fmt.Sprintf("%d of %d transfers executed", len(list)-len(missing), len(list)))
			time.Sleep(500 * time.Millisecond)
		}
	}
	seedStart := time.Now()
	if miss := waitAll(seeds, 3*time.Minute); len(miss) > 0 {
		b.Fatalf("%d of %d seed locks not minted on B within 3m", len(miss), len(seeds))
	}
	b.Logf("seeded %d users with wrapped TST on B in %s", len(users), time.Since(seedStart).Round(time.Second))

	// The load: transfers dispatched at k.rate per second, round robin over
	// the users; each user sends its transfers in order with its own nonces.
	routeOf := plan(k.n, k.mix)
	queues := make([]chan int, len(users))
	var sentMu sync.Mutex
	sentList := make([]sent, 0, k.n)
	var sendErrs []error
	var wg sync.WaitGroup
	for ui, u := range users {
		queues[ui] = make(chan int, k.n)
		wg.Add(1)
		go func(u *user, q chan int) {
			defer wg.Done()
			for i := range q {
				r := routes[routeOf[i]]
				amount := big.NewInt(int64(1e15) + int64(i)) // distinct amounts, easy to tell apart
				var h common.Hash
				var err error
				if r.burn {
					h, err = sendTx(ctx, csB, u, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return csB.br.Burn(o, tokB.Address, amount, uint64(r.dst), u.addr.Bytes())
					})
				} else {
					h, err = sendTx(ctx, csA, u, func(o *bind.TransactOpts) (*types.Transaction, error) {
						return csA.br.Lock(o, tokA.Address, amount, uint64(r.dst), u.addr.Bytes())
					})
				}
				sentMu.Lock()
				if err != nil {
					sendErrs = append(sendErrs, fmt.Errorf("transfer %d (%s): %w", i, r.name, err))
				} else {
					sentList = append(sentList, sent{tx: h, route: routeOf[i], at: time.Now()})
				}
				sentMu.Unlock()
			}
		}(u, queues[ui])
	}
	loadStart := time.Now()
	tick := time.NewTicker(time.Duration(float64(time.Second) / k.rate))
	for i := 0; i < k.n; i++ {
		queues[i%len(users)] <- i
		if i < k.n-1 {
			<-tick.C
			alive(fmt.Sprintf("sending, %d of %d transfers dispatched", i+1, k.n))
		}
	}
	tick.Stop()
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	sendDur := time.Since(loadStart)
	if len(sendErrs) > 0 {
		b.Fatalf("%d transfers could not be sent; first: %v", len(sendErrs), sendErrs[0])
	}
	b.Logf("sent %d transfers in %s (%.2f/s)", len(sentList), sendDur.Round(time.Second), float64(len(sentList))/sendDur.Seconds())
	if miss := waitAll(sentList, k.timeout); len(miss) > 0 {
		for _, cs := range t.chains {
			cs.mu.Lock()
			if cs.headErr != nil {
				b.Logf("chain %d poller: last error %v", cs.id, cs.headErr)
			}
			cs.mu.Unlock()
		}
		b.Fatalf("lost: %d of %d transfers not executed within %s (first source tx %s)", len(miss), len(sentList), k.timeout, miss[0].tx)
	}
	allDone := time.Since(loadStart)
	b.Logf("all %d transfers executed %s after the first was sent", len(sentList), allDone.Round(time.Second))

	// Let the relays run a little longer (a late duplicate would show),
	// then read their CPU and memory before stopping them.
	for range 10 {
		time.Sleep(blockTime)
		alive("after every transfer was executed")
	}
	stats := make([]procStat, len(ops))
	for i, op := range ops {
		alive("reading the relays' CPU and memory")
		st, err := readProc(op.PID())
		if err != nil {
			b.Fatalf("op%d /proc: %v", op.Index, err)
		}
		stats[i] = st
	}
	shared, err := readSharedAudit(ctx, ops)
	if err != nil {
		b.Fatal(err)
	}
	// Each transfer's history (state → time) as its submitting relay's
	// tracker recorded it, from /v1/transfers/{id}.
	histories := map[chains.TransferID]map[string]time.Time{}
	opByAddr := map[common.Address]*cluster.Operator{}
	for _, op := range ops {
		opByAddr[op.Address] = op
	}
	histCtx, histCancel := context.WithTimeout(ctx, 3*time.Minute)
	defer histCancel()
	var histErrs int
	for _, s := range sentList {
		t.mu.Lock()
		id := t.byTx[s.tx]
		ex := t.execs[id][0]
		t.mu.Unlock()
		h, err := relayHistory(histCtx, t.chains[ex.chain], ex.tx, id, opByAddr)
		if err != nil {
			histErrs++
			if histErrs == 1 {
				b.Logf("history of %s: %v", id, err)
			}
			continue
		}
		histories[id] = h
	}
	alive("reading the transfers' histories")
	if err := cl.StopAll(); err != nil {
		b.Fatalf("stopping the relays: %v", err)
	}
	stopPoll()

	// Exactly once: a full rescan of every chain from genesis.
	checkCtx, checkCancel := context.WithTimeout(ctx, 5*time.Minute)
	defer checkCancel()
	full, err := rescan(checkCtx, t)
	if err != nil {
		b.Fatalf("rescan: %v", err)
	}
	checked, err := exactlyOnce(full, append(append([]sent(nil), seeds...), sentList...))
	if err != nil {
		b.Fatal(err)
	}

	// Figures, over the k.n load transfers.
	var e2eTS, e2eWall, ovTS, ovWall dist
	var watchLag, finSigned, finSubmitted, subExecuted dist
	// Issue 6, milliseconds, over all transfers and per route.
	var all6 legs6
	route6 := make([]legs6, len(routes))
	missing6 := 0
	perRoute := make([]dist, len(routes))
	gasTx := map[common.Hash][]chains.TransferID{}
	for _, s := range sentList {
		id := full.byTx[s.tx]
		src, ex := full.src[id], full.execs[id][0]
		sb, err := t.block(checkCtx, src.chain, src.block)
		if err != nil {
			b.Fatal(err)
		}
		fb, err := t.block(checkCtx, src.chain, src.block+confirmations-1)
		if err != nil {
			b.Fatal(err)
		}
		db, err := t.block(checkCtx, ex.chain, ex.block)
		if err != nil {
			b.Fatal(err)
		}
		e2eTS = append(e2eTS, float64(db.ts)-float64(sb.ts))
		e2eWall = append(e2eWall, db.wall.Sub(sb.wall).Seconds())
		ovTS = append(ovTS, float64(db.ts)-float64(fb.ts))
		ovWall = append(ovWall, db.wall.Sub(fb.wall).Seconds())
		perRoute[s.route] = append(perRoute[s.route], db.wall.Sub(sb.wall).Seconds())
		if h, ok := histories[id]; ok {
			fin, okF := h["final"]
			sig, okS := h["signed"]
			sub, okU := h["submitted"]
			exe, okE := h["executed"]
			if okF {
				watchLag = append(watchLag, fin.Sub(fb.wall).Seconds())
			}
			if okF && okS {
				finSigned = append(finSigned, sig.Sub(fin).Seconds())
			}
			if okF && okU {
				finSubmitted = append(finSubmitted, sub.Sub(fin).Seconds())
			}
			if okU && okE {
				subExecuted = append(subExecuted, exe.Sub(sub).Seconds())
			}
		}
		fin6, okH := clocks[src.chain].head(src.block + confirmations - 1)
		sent6, okP := clocks[ex.chain].sent(ex.tx)
		if okH && okP {
			mined, okM := clocks[ex.chain].head(ex.block)
			for _, l := range []*legs6{&all6, &route6[s.route]} {
				l.add(fin6, sent6, mined, okM, histories[id])
			}
		} else {
			missing6++
		}
		gasTx[ex.tx] = append(gasTx[ex.tx], id)
	}
	for id, nc := range clocks {
		if err := nc.lastErr(); err != nil {
			b.Logf("chain %d push clock: %v", id, err)
		}
	}
	var gasMint, gasUnlock, batchMint, batchUnlock, soloMint, soloUnlock dist
	for h, ids := range gasTx {
		ex := full.execs[ids[0]][0]
		rc, err := t.chains[ex.chain].c.TransactionReceipt(checkCtx, h)
		if err != nil {
			b.Fatal(err)
		}
		// Every execution in the transaction (seed ones included) shares its gas.
		n := 0
		for _, l := range rc.Logs {
			if name, ok := topics[l.Topics[0]]; ok && (name == "Minted" || name == "Unlocked") {
				n++
			}
		}
		per := float64(rc.GasUsed) / float64(n)
		for range ids {
			if ex.name == "Minted" {
				gasMint = append(gasMint, per)
			} else {
				gasUnlock = append(gasUnlock, per)
			}
		}
		if ex.name == "Minted" {
			batchMint = append(batchMint, float64(n))
			if n == 1 {
				soloMint = append(soloMint, per)
			}
		} else {
			batchUnlock = append(batchUnlock, float64(n))
			if n == 1 {
				soloUnlock = append(soloUnlock, per)
			}
		}
	}

	// Audit ledgers, relays stopped.
	reports, err := verifyLedgers(checkCtx, d, t, ops)
	if err != nil {
		b.Fatal(err)
	}

	// Report.
	w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(w, "\nload: %d transfers (mix %v of %s / %s / %s), %d users, %.1f/s offered; %d confirmations, a block every %s, relayd 2-of-3\n",
		k.n, k.mix, routes[0].name, routes[1].name, routes[2].name, k.users, k.rate, confirmations, blockTime)
	fmt.Fprintf(w, "sent in %s; all executed %s after the first was sent; %d seed transfers as well\n", sendDur.Round(time.Second), allDone.Round(time.Second), len(seeds))
	fmt.Fprintf(w, "\nseconds\tp50\tp90\tp99\tmax\tmean\n")
	row := func(name string, x dist) {
		fmt.Fprintf(w, "%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\n", name, x.q(.5), x.q(.9), x.q(.99), x.q(1), x.mean())
	}
	row("end-to-end, block timestamps", e2eTS)
	row("end-to-end, driver clock", e2eWall)
	row("relay overhead beyond finality, block timestamps", ovTS)
	row("relay overhead beyond finality, driver clock", ovWall)
	for r, x := range perRoute {
		if len(x) > 0 {
			row("end-to-end, driver clock, "+routes[r].name, x)
		}
	}
	fmt.Fprintf(w, "submitting relay's /v1/transfers history (%d of %d transfers):\t\t\t\t\t\n", len(histories), len(sentList))
	row("  final block first seen by the driver → relay's final", watchLag)
	row("  relay: final → signed (t of n shares)", finSigned)
	row("  relay: final → \"submitted\" (stamped once the receipt is read)", finSubmitted)
	row("  relay: \"submitted\" → executed (execution event final)", subExecuted)
	fmt.Fprintf(w, "\nrelay overhead (issue 6), ms\tp50\tp90\tp99\tmax\tmean\n")
	rowMS := func(name string, x dist) {
		fmt.Fprintf(w, "%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\n", name, x.q(.5), x.q(.9), x.q(.99), x.q(1), x.mean())
	}
	rowMS(fmt.Sprintf("final block announced → relay tx in destination pool (%d of %d)", len(all6.total), len(all6.total)+missing6), all6.total)
	for r, l := range route6 {
		rowMS(fmt.Sprintf("  %s (%d)", routes[r].name, len(l.total)), l.total)
	}
	rowMS("  final block announced → relay's final (watcher)", all6.watch)
	rowMS("  relay's final → signed (t of n shares)", all6.sign)
	rowMS("  signed → relay tx in destination pool", all6.send)
	rowMS("  (after) relay tx in pool → its block announced", all6.mine)
	rowMS("  (after) its block announced → relay's \"submitted\" (receipt poll)", all6.receipt)
	fmt.Fprintf(w, "\nlegs per route, ms p50 / p99\toverhead\twatcher\tsigning\tsigned → pool\tpool → block\tblock → \"submitted\"\n")
	legRow := func(name string, l legs6) {
		fmt.Fprintf(w, "%s", name)
		for _, x := range []dist{l.total, l.watch, l.sign, l.send, l.mine, l.receipt} {
			fmt.Fprintf(w, "\t%.0f / %.0f", x.q(.5), x.q(.99))
		}
		fmt.Fprintln(w)
	}
	legRow("all", all6)
	for r, l := range route6 {
		legRow(routes[r].name, l)
	}
	fmt.Fprintf(w, "\ngas (tx gasUsed / executions in it)\tp50\tmin\tmax\ttxs\ttransfers per tx (mean, max)\ttxs of one transfer: n, p50 gas\n")
	fmt.Fprintf(w, "per mint\t%.0f\t%.0f\t%.0f\t%d\t%.2f, %.0f\t%d, %.0f\n", gasMint.q(.5), gasMint.q(0), gasMint.q(1), len(batchMint), batchMint.mean(), batchMint.q(1), len(soloMint), soloMint.q(.5))
	fmt.Fprintf(w, "per unlock\t%.0f\t%.0f\t%.0f\t%d\t%.2f, %.0f\t%d, %.0f\n", gasUnlock.q(.5), gasUnlock.q(0), gasUnlock.q(1), len(batchUnlock), batchUnlock.mean(), batchUnlock.q(1), len(soloUnlock), soloUnlock.q(.5))
	fmt.Fprintf(w, "\nrelayd (whole run)\tCPU s\tCPU ms per transfer\tpeak RSS MiB\taudit blocks\taudit records\n")
	var cpuSum, rssMax float64
	for i, op := range ops {
		fmt.Fprintf(w, "op%d\t%.1f\t%.1f\t%.1f\t%d\t%d\n", op.Index, stats[i].cpu, 1000*stats[i].cpu/float64(checked), float64(stats[i].hwmKiB)/1024, reports[i].Blocks, reports[i].Records)
		cpuSum += stats[i].cpu
		rssMax = max(rssMax, float64(stats[i].hwmKiB)/1024)
	}
	fmt.Fprintf(w, "\nshared audit chain\tblocks\trecords\tbytes\tbytes per transfer\trecord → final s p50 / p90 / p99 (n)\n")
	fmt.Fprintf(w, "op%d's replica\t%d\t%d\t%d\t%.0f\t%.2f / %.2f / %.2f (%.0f, every relay's own records)\n", ops[0].Index, shared.blocks, shared.records, shared.bytes,
		float64(shared.bytes)/float64(checked), shared.p50, shared.p90, shared.p99, shared.n)
	fmt.Fprintf(w, "\nexactly once: %d transfers (%d load + %d seed), one execution each on the right chain, none elsewhere; audit.Verify with chain checks passed for %d ledgers\n", checked, len(sentList), len(seeds), len(ops))
	_ = w.Flush()

	b.ReportMetric(e2eWall.q(.5), "e2e-p50-s")
	b.ReportMetric(e2eWall.q(.9), "e2e-p90-s")
	b.ReportMetric(e2eWall.q(.99), "e2e-p99-s")
	b.ReportMetric(e2eWall.q(1), "e2e-max-s")
	b.ReportMetric(ovWall.q(.5), "overhead-p50-s")
	b.ReportMetric(ovWall.q(.99), "overhead-p99-s")
	b.ReportMetric(all6.total.q(.5), "overhead6-p50-ms")
	b.ReportMetric(all6.total.q(.99), "overhead6-p99-ms")
	for r, l := range route6 {
		b.ReportMetric(l.total.q(.5), "overhead6-"+routes[r].key+"-p50-ms")
		b.ReportMetric(l.total.q(.99), "overhead6-"+routes[r].key+"-p99-ms")
	}
	b.ReportMetric(gasMint.q(.5), "gas/mint")
	b.ReportMetric(gasUnlock.q(.5), "gas/unlock")
	b.ReportMetric(cpuSum/float64(len(ops)), "relayd-cpu-s")
	b.ReportMetric(shared.p50, "audit-final-p50-s")
	b.ReportMetric(shared.p99, "audit-final-p99-s")
	b.ReportMetric(float64(shared.bytes)/float64(checked), "audit-bytes/transfer")
	b.ReportMetric(rssMax, "relayd-peak-rss-MiB")
}
