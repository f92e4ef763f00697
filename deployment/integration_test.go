//go:build integration

package deployment_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// TestIntegrationDevnetDeployment deploys the devnet on three real anvil
// chains and checks every bridge against the Deployment it produced:
// signer set, registered chains, assetInfo and wrappedTokenOf per asset and
// chain; then that the file round-trips and that quorum errors are caught
// before anything is sent.
func TestIntegrationDevnetDeployment(t *testing.T) {
	d := harness.New(t, harness.WithEVM(3))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	var evm []deployment.DevnetChain
	var clients []*ethclient.Client
	for i, n := range d.EVM {
		clients = append(clients, n.Client(t))
		evm = append(evm, deployment.DevnetChain{Name: string(rune('A' + i)), Backend: clients[i]})
	}
	began := time.Now()
	dep, err := deployment.Devnet(ctx, deployment.DevnetConfig{
		EVM: evm, BitcoinChainID: chains.BitcoinRegtest, Deployer: d.FaucetKey(0),
		FundOperators: big.NewInt(1e18),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("devnet deployment on 3 chains took %s", time.Since(began))

	ops := deployment.DevnetOperatorKeys()
	if len(dep.Assets) != 3 || len(dep.Chains) != 4 {
		t.Fatalf("deployment has %d assets, %d chains", len(dep.Assets), len(dep.Chains))
	}
	for i, c := range dep.EVMChains() {
		client := clients[i]
		b, err := bindings.NewBridge(c.Bridge, client)
		if err != nil {
			t.Fatal(err)
		}
		call := &bind.CallOpts{Context: ctx}
		signers, err := b.Signers(call)
		if err != nil {
			t.Fatal(err)
		}
		if len(signers) != 3 {
			t.Fatalf("chain %s: %d signers", c.Name, len(signers))
		}
		for j, a := range signers {
			if a != dep.Signers.Addresses[j] {
				t.Fatalf("chain %s: signer %d is %s, deployment says %s", c.Name, j, a, dep.Signers.Addresses[j])
			}
		}
		aa, err := bindings.NewAuditAnchorCaller(c.AuditAnchor, client)
		if err != nil {
			t.Fatal(err)
		}
		if over, err := aa.Bridge(call); err != nil || over != c.Bridge {
			t.Fatalf("chain %s: audit anchor %s is over %s (%v), want the bridge %s", c.Name, c.AuditAnchor, over, err, c.Bridge)
		}
		cfg, err := b.Config(call)
		// One defineAsset and one setRoutes per asset.
		if err != nil || cfg.Threshold != 2 || cfg.Epoch != 1 || cfg.AdminNonce != uint64(2*len(dep.Assets)) {
			t.Fatalf("chain %s: config %+v %v", c.Name, cfg, err)
		}
		for _, other := range dep.Chains {
			kind, err := b.ChainKind(call, uint64(other.ID))
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]uint8{deployment.KindEVM: 1, deployment.KindBitcoin: 2}[other.Kind]
			if other.ID == c.ID {
				want = 0
			}
			if kind != want {
				t.Fatalf("chain %s: chainKind(%d) = %d, want %d", c.Name, other.ID, kind, want)
			}
		}
		for _, a := range dep.Assets {
			tok, ok := a.Token(c.ID)
			if !ok {
				t.Fatalf("asset %s has no token on %s", a.Symbol, c.Name)
			}
			info, err := b.AssetInfo(call, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			wantKind := map[string]uint8{deployment.TokenHome: 1, deployment.TokenNative: 2, deployment.TokenWrapped: 3}[tok.Kind]
			if info.Token != tok.Address || info.Kind != wantKind {
				t.Fatalf("%s on %s: assetInfo token %s kind %d, deployment %s %s", a.Symbol, c.Name, info.Token, info.Kind, tok.Address, tok.Kind)
			}
			if info.MaxPerTransfer.Cmp(a.MaxPerTransfer.Big()) != 0 || info.Capacity.Cmp(a.Capacity.Big()) != 0 || info.Window != a.Window {
				t.Fatalf("%s on %s: limits %v/%v/%d", a.Symbol, c.Name, info.MaxPerTransfer, info.Capacity, info.Window)
			}
			wrapped, err := b.WrappedTokenOf(call, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if (tok.Kind == deployment.TokenWrapped) != (wrapped == tok.Address && wrapped != common.Address{}) {
				t.Fatalf("%s on %s: wrappedTokenOf %s, deployment %s %s", a.Symbol, c.Name, wrapped, tok.Kind, tok.Address)
			}
			if tok.Kind == deployment.TokenWrapped {
				w, err := bindings.NewWrappedToken(tok.Address, client)
				if err != nil {
					t.Fatal(err)
				}
				if dec, err := w.Decimals(call); err != nil || dec != a.Decimals {
					t.Fatalf("%s on %s: decimals %d %v", a.Symbol, c.Name, dec, err)
				}
			}
		}
		// Operators were funded so that they can pause.
		for _, k := range ops {
			bal, err := client.BalanceAt(ctx, crypto.PubkeyToAddress(k.PublicKey), nil)
			if err != nil || bal.Cmp(big.NewInt(1e18)) != 0 {
				t.Fatalf("operator balance on %s: %v %v", c.Name, bal, err)
			}
		}
	}

	// The file round-trips.
	path := filepath.Join(t.TempDir(), deployment.FileName)
	if err := dep.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := deployment.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Chains[0].Bridge != dep.Chains[0].Bridge || back.Assets[2].ID != dep.Assets[2].ID {
		t.Fatal("deployment changed in the round trip")
	}

	// Quorum problems are reported before anything is sent.
	a := clients[0]
	def := eip712.AssetDef{HomeChain: 31338, HomeAsset: common.HexToAddress("0x1234").Bytes(), Name: "x", Symbol: "x", Decimals: 6,
		MaxPerTransfer: big.NewInt(1), Capacity: big.NewInt(1), Window: 1}
	stranger, _ := crypto.GenerateKey()
	for name, s := range map[string]deploy.Signer{
		"one signer":     deploy.KeySigner(ops[0]),
		"not a signer":   deploy.KeySigner(ops[0], stranger),
		"foreign digest": deploy.ShareSigner(mustSign(t, common.Hash{1}, ops[0]), mustSign(t, common.Hash{1}, ops[1])),
	} {
		before, _ := a.NonceAt(ctx, crypto.PubkeyToAddress(d.FaucetKey(0).PublicKey), nil)
		_, err := deploy.DefineAsset(ctx, a, d.FaucetKey(0), dep.Chains[0].Bridge, def, s)
		if !errors.Is(err, deploy.ErrQuorum) {
			t.Fatalf("%s: err = %v, want ErrQuorum", name, err)
		}
		after, _ := a.NonceAt(ctx, crypto.PubkeyToAddress(d.FaucetKey(0).PublicKey), nil)
		if after != before {
			t.Fatalf("%s: a transaction was sent", name)
		}
	}
	// Offline signatures over the right digest work (the sign/submit split).
	b0, _ := bindings.NewBridge(dep.Chains[0].Bridge, a)
	epoch, nonce, _ := deploy.AdminState(ctx, b0)
	digest, err := eip712.DefineAssetDigest(eip712.Domain{ChainID: dep.Chains[0].ID, Bridge: dep.Chains[0].Bridge}, epoch, def, nonce)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := deploy.DefineAsset(ctx, a, d.FaucetKey(0), dep.Chains[0].Bridge, def,
		deploy.ShareSigner(mustSign(t, digest, ops[2]), mustSign(t, digest, ops[1])))
	if err != nil || tok == (common.Address{}) {
		t.Fatalf("define with collected signatures: %s %v", tok, err)
	}
	// Defining it again reverts with the contract's error, decoded.
	_, err = deploy.DefineAsset(ctx, a, d.FaucetKey(0), dep.Chains[0].Bridge, def, deploy.KeySigner(ops...))
	if !errors.Is(err, deploy.ErrReverted) {
		t.Fatalf("redefine: %v", err)
	}
	if !strings.Contains(err.Error(), "AssetExists") {
		t.Fatalf("redefine error does not name the contract error: %v", err)
	}
}

func mustSign(t *testing.T, digest common.Hash, k *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := eip712.Sign(digest, k)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}
