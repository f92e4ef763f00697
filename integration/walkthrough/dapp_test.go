//go:build integration

package walkthrough

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
)

// demoUser is the address of the devnet's demo user (README, "The bridge
// by hand"): 100 ETH on every chain and 100 TST on A after `devnet up
// --bridge`.
var demoUser = common.HexToAddress("0x226d63D254B7759E1bf6E73cEb1f876Bc98bc883")

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// TestDappQuickstart runs docs/contracts.md, "Dapp quickstart", with cast:
// on a fresh `devnet up --bridge` the demo user locks 5 TST on A for B,
// locks 1 ETH on A for B and burns 2 kTST on B back to A. The test then
// reads the chains itself: 97 TST left with the user and 3 in custody on
// A, 3 kTST and 1 kETH on B, one Minted on B for each lock and one
// Unlocked on A for the burn, under the ids the page prints; then the
// page's teardown stops the devnet and nothing of it is left.
func TestDappQuickstart(t *testing.T) {
	s := newSession(t, "docs/contracts.md", "## Dapp quickstart")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out := s.bash(ctx, "session", s.run)

	w := s.world(ctx)
	A, B := chains.DevnetA, chains.DevnetB
	lockID := chains.EVMTransferID(A, w.bridge(A), 0)
	nativeID := chains.EVMTransferID(A, w.bridge(A), 1)
	burnID := chains.EVMTransferID(B, w.bridge(B), 0)
	if want := fmt.Sprintf("transfer %s (nonce 0)", lockID); !strings.Contains(out, want) {
		s.fatalf("the session did not print %q, the lock's transfer id the page shows", want)
	}
	if want := "transfer " + burnID.String(); !strings.Contains(out, want) {
		s.fatalf("the session did not print %q, the burn's transfer id", want)
	}

	tstA, kTSTB, kETHB := w.token(A, "TST"), w.token(B, "TST"), w.token(B, "ETH")
	for _, c := range []struct {
		what  string
		chain chains.ChainID
		token common.Address
		owner common.Address
		want  *big.Int
	}{
		{"the user's TST on A (100 − 5 locked + 2 unlocked)", A, tstA, demoUser, e18(97)},
		{"TST in custody on A", A, tstA, w.bridge(A), e18(3)},
		{"the user's kTST on B (5 minted − 2 burned)", B, kTSTB, demoUser, e18(3)},
		{"the user's kETH on B", B, kETHB, demoUser, e18(1)},
	} {
		if got := w.balanceOf(ctx, c.chain, c.token, c.owner); got.Cmp(c.want) != 0 {
			s.fatalf("%s = %s, want %s", c.what, got, c.want)
		}
	}
	if got, err := w.clients[A].BalanceAt(ctx, w.bridge(A), nil); err != nil || got.Cmp(e18(1)) != 0 {
		s.fatalf("ETH in custody on A = %v (%v), want %s", got, err, e18(1))
	}
	w.executedOnce(ctx, B, lockID, false, demoUser, e18(5))
	w.executedOnce(ctx, B, nativeID, false, demoUser, e18(1))
	w.executedOnce(ctx, A, burnID, true, demoUser, e18(2))

	s.bash(ctx, "teardown", s.teardown)
	if left := s.strays(); len(left) > 0 {
		t.Errorf("processes %v still run in the workspace after the page's teardown", left)
	}
}

// world is what a session deployed, read back from its workspace's
// .devnet: clients of every EVM chain and the deployment.
type world struct {
	s       *session
	dep     *deployment.Deployment
	clients map[chains.ChainID]*ethclient.Client
}

func (s *session) world(ctx context.Context) *world {
	s.t.Helper()
	dir := filepath.Join(s.dir, ".devnet")
	desc, err := devnet.Read(dir)
	if err != nil {
		s.fatalf("%v", err)
	}
	dep, err := deployment.Read(filepath.Join(dir, deployment.FileName))
	if err != nil {
		s.fatalf("%v", err)
	}
	w := &world{s: s, dep: dep, clients: map[chains.ChainID]*ethclient.Client{}}
	for _, n := range desc.EVM {
		c, err := n.NewClient(ctx)
		if err != nil {
			s.fatalf("chain %d: %v", n.ChainID, err)
		}
		s.t.Cleanup(c.Close)
		w.clients[chains.ChainID(n.ChainID)] = c
	}
	return w
}

func (w *world) bridge(id chains.ChainID) common.Address {
	c, ok := w.dep.ChainByID(id)
	if !ok {
		w.s.fatalf("chain %d is not in the deployment", id)
	}
	return c.Bridge
}

// token is the ERC-20 of asset symbol on chain id: the home token or the
// wrapped one.
func (w *world) token(id chains.ChainID, symbol string) common.Address {
	a, err := w.dep.Asset(symbol)
	if err != nil {
		w.s.fatalf("%v", err)
	}
	tk, ok := a.Token(id)
	if !ok || tk.Address == (common.Address{}) {
		w.s.fatalf("%s has no token on chain %d", symbol, id)
	}
	return tk.Address
}

func (w *world) balanceOf(ctx context.Context, id chains.ChainID, token, owner common.Address) *big.Int {
	erc20, err := bindings.NewWrappedToken(token, w.clients[id])
	if err != nil {
		w.s.fatalf("%v", err)
	}
	b, err := erc20.BalanceOf(&bind.CallOpts{Context: ctx}, owner)
	if err != nil {
		w.s.fatalf("balanceOf %s on %d: %v", token, id, err)
	}
	return b
}

// executedOnce checks that chain id's bridge emitted exactly one Minted
// (unlock: Unlocked) for transfer tid, to recipient and of amount.
func (w *world) executedOnce(ctx context.Context, id chains.ChainID, tid chains.TransferID, unlock bool, recipient common.Address, amount *big.Int) {
	w.s.t.Helper()
	br, err := bindings.NewBridge(w.bridge(id), w.clients[id])
	if err != nil {
		w.s.fatalf("%v", err)
	}
	opts := &bind.FilterOpts{Context: ctx}
	type exec struct {
		to     common.Address
		amount *big.Int
	}
	var got []exec
	if unlock {
		it, err := br.FilterUnlocked(opts, [][32]byte{tid}, nil, nil)
		if err != nil {
			w.s.fatalf("Unlocked on %d: %v", id, err)
		}
		for it.Next() {
			got = append(got, exec{it.Event.Recipient, it.Event.Amount})
		}
	} else {
		it, err := br.FilterMinted(opts, [][32]byte{tid}, nil, nil)
		if err != nil {
			w.s.fatalf("Minted on %d: %v", id, err)
		}
		for it.Next() {
			got = append(got, exec{it.Event.Recipient, it.Event.Amount})
		}
	}
	if len(got) != 1 || got[0].to != recipient || got[0].amount.Cmp(amount) != 0 {
		w.s.fatalf("transfer %s on chain %d: executions %+v, want one of %s to %s", tid, id, got, amount, recipient)
	}
}
