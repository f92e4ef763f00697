//go:build integration

package cli_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/cmd/bridgectl/internal/cli"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// ctl runs bridgectl in-process against one devnet.
type ctl struct {
	t   *testing.T
	dir string
}

type result struct {
	out    []byte
	stderr string
	err    error
}

func (c ctl) run(args ...string) result {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, errb bytes.Buffer
	err := cli.Execute(ctx, append([]string{"--devnet-dir", c.dir}, args...), &out, &errb)
	return result{out: out.Bytes(), stderr: errb.String(), err: err}
}

// ok runs with --json and decodes the output into v.
func (c ctl) ok(v any, args ...string) {
	c.t.Helper()
	r := c.run(append([]string{"--json"}, args...)...)
	if r.err != nil {
		c.t.Fatalf("bridgectl %s: %v\n%s", strings.Join(args, " "), r.err, r.out)
	}
	if v != nil {
		if err := json.Unmarshal(r.out, v); err != nil {
			c.t.Fatalf("bridgectl %s: output %s: %v", strings.Join(args, " "), r.out, err)
		}
	}
}

// fails runs args twice — with --json, expecting error code `code`, and as
// text, expecting exactly one line on stderr containing each of `want` —
// and returns that line.
func (c ctl) fails(code string, want []string, args ...string) string {
	c.t.Helper()
	r := c.run(append([]string{"--json"}, args...)...)
	if r.err == nil {
		c.t.Fatalf("bridgectl %s succeeded, want %s", strings.Join(args, " "), code)
	}
	var e struct{ Error, Code string }
	if err := json.Unmarshal(r.out, &e); err != nil || e.Code != code {
		c.t.Fatalf("bridgectl %s: json error %s (%v), want code %s", strings.Join(args, " "), r.out, err, code)
	}
	r = c.run(args...)
	line := strings.TrimSuffix(r.stderr, "\n")
	if strings.Contains(line, "\n") || !strings.HasPrefix(line, "bridgectl: ") {
		c.t.Fatalf("bridgectl %s: stderr is not one line: %q", strings.Join(args, " "), r.stderr)
	}
	for _, w := range want {
		if !strings.Contains(line, w) {
			c.t.Fatalf("bridgectl %s: %q does not say %q", strings.Join(args, " "), line, w)
		}
	}
	return line
}

// TestIntegrationBridgectl drives bridgectl against real anvil and btcd:
// deploy, lock an ERC-20 and see the Locked event, the bad-input table with
// balances and nonces unchanged, pause and resume (in place and with
// signatures collected by 'sign'), a Bitcoin deposit whose output matches
// the printed address, and its refund refused before the locktime and
// accepted at it.
func TestIntegrationBridgectl(t *testing.T) {
	d := harness.New(t, harness.WithBTC(), harness.WithEVM(3))
	ctx := context.Background()
	c := ctl{t: t, dir: d.Dir}

	// A user with ETH on A and (after deploy) TST.
	userKey, _ := crypto.GenerateKey()
	user := crypto.PubkeyToAddress(userKey.PublicKey)
	keyHex := hex.EncodeToString(crypto.FromECDSA(userKey))
	if err := d.FundEVM(ctx, 0, user, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	poor, _ := crypto.GenerateKey()
	poorHex := hex.EncodeToString(crypto.FromECDSA(poor))
	if err := d.FundEVM(ctx, 0, crypto.PubkeyToAddress(poor.PublicKey), big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}

	// Nothing deployed yet: one line that says what to run.
	c.fails("setup", []string{"bridgectl deploy"}, "assets")

	var deployed struct{ Deployment string }
	c.ok(&deployed, "deploy", "--mint-tst", user.Hex())
	dep, err := deployment.Read(deployed.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	// Every EVM chain publishes the devnet's finality depth (the relays'
	// floor), as `devnet up --bridge` does.
	for _, ch := range dep.EVMChains() {
		if ch.Confirmations != deployment.DevnetConfirmations {
			t.Fatalf("chain %s publishes %d confirmations, want the devnet's %d", ch.Name, ch.Confirmations, deployment.DevnetConfirmations)
		}
	}
	// Deploying again over live bridges is refused.
	c.fails("usage", []string{"--force"}, "deploy")

	a := d.EVM[0].Client(t)
	chainA, _ := dep.Chain("A")
	bridgeA, _ := bindings.NewBridge(chainA.Bridge, a)
	tst, _ := dep.Asset("TST")
	tstTok, _ := tst.Token(chainA.ID)
	token, _ := bindings.NewTestToken(tstTok.Address, a)
	e18 := big.NewInt(1e18)
	balance := func() *big.Int {
		b, err := token.BalanceOf(nil, user)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if got := balance(); got.Cmp(new(big.Int).Mul(big.NewInt(1_000_000), e18)) != 0 {
		t.Fatalf("minted TST %s", got)
	}

	// signers and assets read the chains.
	var signers struct {
		Bridges []struct {
			Chain     uint64 `json:"chainId"`
			Threshold uint8
			Signers   []common.Address
			Paused    bool
		}
	}
	c.ok(&signers, "signers")
	if len(signers.Bridges) != 3 || signers.Bridges[0].Threshold != 2 || len(signers.Bridges[0].Signers) != 3 {
		t.Fatalf("signers: %+v", signers)
	}

	// Lock 25 TST A → B and find the Locked event on chain.
	var locked struct {
		TransferID string `json:"transferId"`
		Nonce      uint64
		Tx         common.Hash
		Block      uint64
	}
	c.ok(&locked, "--key", keyHex, "lock", "--asset", "TST", "--amount", "25", "--to", "B")
	it, err := bridgeA.FilterLocked(&bind.FilterOpts{Start: locked.Block, End: &locked.Block}, nil, nil, []common.Address{user})
	if err != nil {
		t.Fatal(err)
	}
	if !it.Next() {
		t.Fatal("no Locked event on chain A")
	}
	ev := it.Event
	if fmt.Sprintf("0x%x", ev.TransferId) != locked.TransferID || ev.Amount.Cmp(new(big.Int).Mul(big.NewInt(25), e18)) != 0 ||
		ev.DstChain != 31338 || !bytes.Equal(ev.Recipient, user.Bytes()) || ev.Raw.TxHash != locked.Tx {
		t.Fatalf("Locked event %+v does not match the output %+v", ev, locked)
	}
	var assets struct {
		Assets []struct {
			Symbol  string
			OnChain []struct {
				Name   string `json:"chain"`
				Locked string
			}
		}
	}
	c.ok(&assets, "assets")
	if assets.Assets[0].Symbol != "TST" || assets.Assets[0].OnChain[0].Locked != "25" {
		t.Fatalf("assets: %+v", assets)
	}

	// Bad input: one line each, nothing sent, balances unchanged.
	btcUser := "bcrt1q" + strings.Repeat("q", 38) // right prefix, bad checksum
	before, nonce := balance(), nonceOf(t, a, user)
	for _, tc := range []struct {
		name string
		code string
		want []string
		args []string
	}{
		{"unknown asset", "unknown_asset", []string{`"DOGE"`, "TST"}, []string{"--key", keyHex, "lock", "--asset", "DOGE", "--amount", "1", "--to", "B"}},
		{"over the limit", "above_limit", []string{"1000000 per transfer", "split"}, []string{"--key", keyHex, "lock", "--asset", "TST", "--amount", "1000001", "--to", "B"}},
		{"malformed EVM recipient", "bad_recipient", []string{"0x1234", "40 hex digits"}, []string{"--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--to", "B", "--recipient", "0x1234"}},
		{"bad checksum", "bad_recipient", []string{"checksum"}, []string{"--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--to", "B", "--recipient", "0x70997970c51812DC3A010C7d01b50e0d17dc79C8"}},
		{"malformed BTC address", "bad_recipient", []string{"not a valid Bitcoin"}, []string{"--key", keyHex, "burn", "--asset", "BTC", "--amount", "0.1", "--from", "A", "--to", "BTC", "--recipient", btcUser}},
		{"mainnet BTC address on regtest", "bad_recipient", []string{"not a valid Bitcoin"}, []string{"--key", keyHex, "burn", "--asset", "BTC", "--amount", "0.1", "--from", "A", "--to", "BTC", "--recipient", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}},
		{"insufficient balance", "insufficient_balance", []string{"has 0 TST", "lower --amount"}, []string{"--key", keyHex, "burn", "--asset", "TST", "--amount", "1", "--from", "B", "--to", "A"}},
		{"ERC-20 to Bitcoin", "unsupported_route", []string{"TST cannot"}, []string{"--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--to", "BTC", "--recipient", "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"}},
		{"lock a wrapped asset", "unsupported_route", []string{"bridgectl burn"}, []string{"--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--from", "B", "--to", "C"}},
		{"unknown chain", "unknown_chain", []string{`"Z"`}, []string{"--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--to", "Z"}},
		{"too many decimals", "bad_amount", []string{"decimals"}, []string{"--key", keyHex, "deposit", "btc", "--amount", "0.000000001", "--to", "A"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			line := c.fails(tc.code, tc.want, tc.args...)
			t.Log(line)
		})
	}
	// The poor user has ETH but no TST.
	c.fails("insufficient_balance", []string{"has 0 TST"}, "--key", poorHex, "lock", "--asset", "TST", "--amount", "5", "--to", "C")
	if got := balance(); got.Cmp(before) != 0 || nonceOf(t, a, user) != nonce || nonceOf(t, a, crypto.PubkeyToAddress(poor.PublicKey)) != 0 {
		t.Fatalf("bad input changed state: balance %s → %s, nonce %d → %d", before, got, nonce, nonceOf(t, a, user))
	}

	// Paused route: one operator pauses A; lock is refused before sending.
	ops := deployment.DevnetOperatorKeys()
	opHex := hex.EncodeToString(crypto.FromECDSA(ops[0]))
	c.fails("signers", []string{"not a current signer"}, "pause", "--chain", "A", "--signer-key", keyHex)
	c.ok(nil, "pause", "--chain", "A", "--signer-key", opHex)
	before, nonce = balance(), nonceOf(t, a, user)
	c.fails("paused", []string{"chain A is paused", "nothing was sent"}, "--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--to", "B")
	if got := balance(); got.Cmp(before) != 0 || nonceOf(t, a, user) != nonce {
		t.Fatal("paused lock changed state")
	}
	// One signature is not a quorum; two collected with 'sign' are.
	var s1, s2 struct{ Signature string }
	c.ok(&s1, "sign", "resume", "--chain", "A", "--signer-key", opHex)
	c.fails("signers", []string{"needs 2"}, "resume", "--chain", "A", "--signature", s1.Signature, "--key", keyHex)
	c.ok(&s2, "sign", "resume", "--chain", "A", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[2])))
	c.ok(nil, "resume", "--chain", "A", "--signature", s1.Signature, "--signature", s2.Signature, "--key", keyHex)
	c.ok(nil, "--key", keyHex, "lock", "--asset", "TST", "--amount", "1", "--to", "C")
	// Pause and resume everywhere in place (devnet).
	c.ok(nil, "pause", "--chain", "all", "--signer-key", opHex)
	c.ok(nil, "resume", "--chain", "all", "--devnet-operators")

	// Native ETH lock.
	c.ok(&locked, "--key", keyHex, "lock", "--asset", "ETH", "--amount", "0.5", "--to", "B")

	// define-asset: a second ERC-20 homed on B, defined on A and B.
	tokAddr, err := deploy.DeployTestToken(ctx, d.EVM[1].Client(t), d.FaucetKey(0), "USD Coin", "USDC", 6)
	if err != nil {
		t.Fatal(err)
	}
	var defined struct {
		Asset deployment.Asset
	}
	c.ok(&defined, "define-asset", "--symbol", "USDC", "--home-chain", "B", "--home-asset", tokAddr.Hex(), "--decimals", "6",
		"--max-per-transfer", "1000", "--capacity", "5000", "--window", "1h", "--chains", "A,B", "--devnet-operators")
	if len(defined.Asset.Tokens) != 2 || defined.Asset.Tokens[0].Kind != deployment.TokenWrapped || defined.Asset.Tokens[1].Address != tokAddr {
		t.Fatalf("defined %+v", defined.Asset)
	}
	c.fails("above_limit", []string{"1000 per transfer"}, "--key", keyHex, "lock", "--asset", "USDC", "--amount", "1000.5", "--to", "A")
	// The production flow on C: two operators sign offline, one submits.
	usdcFlags := []string{"--symbol", "USDC", "--home-chain", "B", "--home-asset", tokAddr.Hex(), "--decimals", "6",
		"--max-per-transfer", "1000", "--capacity", "5000", "--window", "1h"}
	var u1, u2 struct{ Signature string }
	c.ok(&u1, append([]string{"sign", "define-asset", "--chain", "C", "--signer-key", opHex}, usdcFlags...)...)
	c.ok(&u2, append([]string{"sign", "define-asset", "--chain", "C", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[1]))}, usdcFlags...)...)
	// A signature for another chain's bridge is caught before sending.
	var wrongChain struct{ Signature string }
	c.ok(&wrongChain, append([]string{"sign", "define-asset", "--chain", "A", "--signer-key", hex.EncodeToString(crypto.FromECDSA(ops[1]))}, usdcFlags...)...)
	c.fails("insufficient_balance", []string{"pay gas"}, append([]string{"--key", keyHex, "define-asset", "--chains", "C", "--signature", u1.Signature, "--signature", u2.Signature}, usdcFlags...)...)
	if err := d.FundEVM(ctx, 2, user, e18); err != nil {
		t.Fatal(err)
	}
	c.fails("signers", []string{"not a signer"}, append([]string{"--key", keyHex, "define-asset", "--chains", "C", "--signature", u1.Signature, "--signature", wrongChain.Signature}, usdcFlags...)...)
	c.ok(&defined, append([]string{"--key", keyHex, "define-asset", "--chains", "C", "--signature", u1.Signature, "--signature", u2.Signature}, usdcFlags...)...)
	if back, err := deployment.Read(deployed.Deployment); err != nil {
		t.Fatal(err)
	} else if usdc, err := back.Asset("USDC"); err != nil || len(usdc.Tokens) != 3 {
		t.Fatalf("USDC in the deployment file: %+v %v", usdc, err)
	}

	// Burn: mint kTST and kBTC on B as a relay quorum would (2 devnet
	// operator signatures), then burn them back through bridgectl.
	b := d.EVM[1].Client(t)
	chainB, _ := dep.Chain("B")
	bridgeB, _ := bindings.NewBridge(chainB.Bridge, b)
	if err := d.FundEVM(ctx, 1, user, new(big.Int).Mul(big.NewInt(10), e18)); err != nil {
		t.Fatal(err)
	}
	btcAsset, _ := dep.Asset("BTC")
	mintOn := func(cl *ethclient.Client, on deployment.Chain, assetID chains.AssetID, srcChain chains.ChainID, ref [32]byte, idx uint64, amount *big.Int) {
		t.Helper()
		br, _ := bindings.NewBridge(on.Bridge, cl)
		tr := eip712.Transfer{SrcChain: srcChain, SrcRef: ref, SrcIndex: idx, AssetID: assetID, Recipient: user, Amount: amount}
		digest, err := eip712.MintDigest(eip712.Domain{ChainID: on.ID, Bridge: on.Bridge}, 1, eip712.NoDeadline, tr)
		if err != nil {
			t.Fatal(err)
		}
		sigs, err := deploy.Quorum(ctx, br, digest, deploy.KeySigner(ops[0], ops[1]))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := deploy.Send(ctx, cl, d.FaucetKey(0), "mint", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return br.Mint(o, 1, eip712.NoDeadline, tr.Binding(), sigs)
		}); err != nil {
			t.Fatal(err)
		}
	}
	mint := func(assetID chains.AssetID, srcChain chains.ChainID, ref [32]byte, idx uint64, amount *big.Int) {
		t.Helper()
		mintOn(b, chainB, assetID, srcChain, ref, idx, amount)
	}
	ref, idx := eip712.EVMSource(chainA.Bridge, 0)
	mint(tst.ID, chainA.ID, ref, idx, new(big.Int).Mul(big.NewInt(25), e18))
	mint(btcAsset.ID, chains.BitcoinRegtest, [32]byte{0xde, 0xad}, 1, big.NewInt(30_000_000))
	kTST, _ := tst.Token(chainB.ID)
	wrapped, _ := bindings.NewWrappedToken(kTST.Address, b)
	var burned struct {
		TransferID string `json:"transferId"`
		Block      uint64
	}
	c.ok(&burned, "--key", keyHex, "burn", "--asset", "TST", "--amount", "10", "--from", "B", "--to", "A")
	if bal, _ := wrapped.BalanceOf(nil, user); bal.Cmp(new(big.Int).Mul(big.NewInt(15), e18)) != 0 {
		t.Fatalf("kTST after burn: %s", bal)
	}
	bit, err := bridgeB.FilterBurned(&bind.FilterOpts{Start: burned.Block, End: &burned.Block}, nil, nil, []common.Address{user})
	if err != nil || !bit.Next() || fmt.Sprintf("0x%x", bit.Event.TransferId) != burned.TransferID || bit.Event.DstChain != uint64(chainA.ID) {
		t.Fatalf("Burned event: %v %+v", err, bit.Event)
	}
	// Burn kBTC to a Bitcoin address: the event carries its scriptPubKey.
	payTo := "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080"
	c.ok(&burned, "--key", keyHex, "burn", "--asset", "BTC", "--amount", "0.1", "--from", "B", "--to", "BTC", "--recipient", payTo)
	bit, err = bridgeB.FilterBurned(&bind.FilterOpts{Start: burned.Block, End: &burned.Block}, nil, nil, []common.Address{user})
	if err != nil || !bit.Next() {
		t.Fatalf("Burned event: %v", err)
	}
	if got := hex.EncodeToString(bit.Event.Recipient); got != "0014751e76e8199196d454941c45d1b3a323f1433bd6" || bit.Event.Amount.Int64() != 10_000_000 {
		t.Fatalf("BTC burn recipient %s amount %s", got, bit.Event.Amount)
	}
	// More than held: refused, nothing burned.
	c.fails("insufficient_balance", []string{"has 0.2 BTC"}, "--key", keyHex, "burn", "--asset", "BTC", "--amount", "0.5", "--from", "B", "--to", "BTC", "--recipient", payTo)

	// The destination's window: CAP (home B, 10 per transfer, 10 per day)
	// has its bucket on A drained by a mint; a lock B → A is refused
	// before sending, and so is one while A is paused.
	capAddr, err := deploy.DeployTestToken(ctx, b, d.FaucetKey(0), "Cap", "CAP", 0)
	if err != nil {
		t.Fatal(err)
	}
	capTok, _ := bindings.NewTestToken(capAddr, b)
	if _, err := deploy.Send(ctx, b, d.FaucetKey(0), "mint CAP", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return capTok.Mint(o, user, big.NewInt(100))
	}); err != nil {
		t.Fatal(err)
	}
	c.ok(nil, "define-asset", "--symbol", "CAP", "--home-chain", "B", "--home-asset", capAddr.Hex(), "--decimals", "0",
		"--max-per-transfer", "10", "--capacity", "10", "--window", "24h", "--devnet-operators")
	capID := chains.ComputeAssetID(chainB.ID, capAddr.Bytes())
	ref, idx = eip712.EVMSource(chainB.Bridge, 1000)
	mintOn(a, chainA, capID, chainB.ID, ref, idx, big.NewInt(10))
	capBal := func() int64 { v, _ := capTok.BalanceOf(nil, user); return v.Int64() }
	nonceB := nonceOf(t, b, user)
	c.fails("rate_limited", []string{"chain A can take 0 CAP"}, "--key", keyHex, "lock", "--asset", "CAP", "--amount", "5", "--to", "A")
	c.ok(nil, "pause", "--chain", "A", "--signer-key", opHex)
	c.fails("paused", []string{"chain A, the destination, is paused"}, "--key", keyHex, "lock", "--asset", "CAP", "--amount", "1", "--to", "A")
	c.ok(nil, "resume", "--chain", "A", "--devnet-operators")
	if capBal() != 100 || nonceOf(t, b, user) != nonceB {
		t.Fatalf("refused CAP locks changed state: balance %d, nonce %d → %d", capBal(), nonceB, nonceOf(t, b, user))
	}
	c.ok(nil, "--key", keyHex, "lock", "--asset", "CAP", "--amount", "7", "--to", "C")
	if capBal() != 93 {
		t.Fatalf("CAP after a lock to C: %d", capBal())
	}

	// Bitcoin: fund the user's P2WPKH, deposit, refund.
	bk, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(userKey))
	waddr, _ := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(bk.PubKey().SerializeCompressed()), &chaincfg.RegressionNetParams)
	wscript, _ := txscript.PayToAddrScript(waddr)
	if _, err := d.FundBTC(ctx, wscript, 2*btcutil.SatoshiPerBitcoin); err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	btcClient := d.BTC.Client(t)
	c.fails("bad_amount", []string{"minimum deposit"}, "--key", keyHex, "deposit", "btc", "--amount", "0.00001", "--to", "A")
	c.fails("locktime", []string{"--refund-after 26"}, "--key", keyHex, "deposit", "btc", "--amount", "0.5", "--to", "A", "--refund-after", "10")
	c.fails("insufficient_balance", []string{"cannot pay 5 BTC"}, "--key", keyHex, "deposit", "btc", "--amount", "5", "--to", "A")
	c.fails("above_limit", []string{"10 per transfer"}, "--key", keyHex, "deposit", "btc", "--amount", "11", "--to", "A")

	var printed, dep1 struct {
		Address, Payload, OpReturnScript, Txid string
		Vout                                   uint32
		Locktime                               uint32
		Sats                                   int64
		FeeSats                                int64  `json:"depositFeeSats"`
		MintSats                               int64  `json:"mintSats"`
		Mint                                   string `json:"mintAmount"`
		TransferID                             string `json:"transferId"`
	}
	c.ok(&printed, "--key", keyHex, "deposit", "btc", "--amount", "0.5", "--to", "A", "--refund-after", "26", "--print")
	c.ok(&dep1, "--key", keyHex, "deposit", "btc", "--amount", "0.5", "--to", "A", "--refund-after", "26")
	if dep1.Address != printed.Address || dep1.Payload != printed.Payload {
		t.Fatalf("--print and the broadcast deposit differ: %+v vs %+v", printed, dep1)
	}
	// Minted net of the deposit fee: 126 vB × the devnet's 10 sat/vB.
	for _, d := range []struct {
		FeeSats, MintSats, Sats int64
		Mint                    string
	}{{printed.FeeSats, printed.MintSats, printed.Sats, printed.Mint}, {dep1.FeeSats, dep1.MintSats, dep1.Sats, dep1.Mint}} {
		if d.FeeSats != 1260 || d.MintSats != 50_000_000-1260 || d.Mint != "0.4999874" {
			t.Fatalf("deposit of %d sat: fee %d, mint %d (%s); want 1260 and 49998740", d.Sats, d.FeeSats, d.MintSats, d.Mint)
		}
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	txid, _ := chainhash.NewHashFromStr(dep1.Txid)
	vt, err := btcClient.GetRawTransactionVerbose(txid)
	if err != nil {
		t.Fatal(err)
	}
	if vt.Confirmations != 1 {
		t.Fatalf("deposit has %d confirmations", vt.Confirmations)
	}
	out := vt.Vout[dep1.Vout]
	if out.ScriptPubKey.Address != dep1.Address || int64(out.Value*1e8+0.5) != 50_000_000 {
		t.Fatalf("deposit output %+v does not pay %s 0.5 BTC", out.ScriptPubKey, dep1.Address)
	}
	var opret bool
	for _, o := range vt.Vout {
		if o.ScriptPubKey.Hex == dep1.OpReturnScript {
			opret = true
		}
	}
	if !opret {
		t.Fatal("no OP_RETURN output with the printed payload script")
	}
	p, err := bitcoin.DecodePayload(common.FromHex(dep1.Payload))
	if err != nil || p.DstChain != 31337 || common.Address(p.Recipient) != user {
		t.Fatalf("payload %+v %v", p, err)
	}

	// Refund: refused before the locktime with the height to wait for.
	tip, _ := btcClient.GetBlockCount()
	line := c.fails("locktime", []string{fmt.Sprintf("from height %d", dep1.Locktime), fmt.Sprintf("wait %d more blocks", int64(dep1.Locktime)-tip)},
		"--key", keyHex, "refund", "btc", "--deposit", fmt.Sprintf("%s:%d", dep1.Txid, dep1.Vout))
	t.Log(line)
	other, _ := crypto.GenerateKey()
	c.fails("key", []string{"refund key"}, "--key", hex.EncodeToString(crypto.FromECDSA(other)), "refund", "btc", "--deposit", dep1.Txid)
	if _, err := d.MineBTC(ctx, int(int64(dep1.Locktime)-tip)); err != nil {
		t.Fatal(err)
	}
	var refunded struct{ RefundTxid string }
	c.ok(&refunded, "--key", keyHex, "refund", "btc", "--deposit", dep1.Txid)
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	rid, _ := chainhash.NewHashFromStr(refunded.RefundTxid)
	rt, err := btcClient.GetRawTransactionVerbose(rid)
	if err != nil || rt.Confirmations != 1 || rt.Vin[0].Txid != dep1.Txid || rt.Vin[0].Vout != dep1.Vout {
		t.Fatalf("refund %+v %v", rt, err)
	}
	c.fails("not_refundable", []string{"already spent"}, "--key", keyHex, "refund", "btc", "--deposit", dep1.Txid)

	// A deposit whose OP_RETURN is malformed (the payload cut short): its
	// output cannot be read back from the chain; --payload refunds it.
	cur, _ := btcClient.GetBlockCount()
	bad := malformedDeposit(t, d, dep, userKey, uint32(cur)+10, 30_000)
	c.fails("not_refundable", []string{"bad payload", "--payload"}, "--key", keyHex, "refund", "btc", "--deposit", bad.txid)
	wrong := bad.payload
	wrong.Locktime++
	c.fails("not_refundable", []string{"check the payload"}, "--key", keyHex, "refund", "btc", "--deposit", bad.txid, "--payload", hex.EncodeToString(wrong.Encode()))
	if now, _ := btcClient.GetBlockCount(); now < int64(bad.payload.Locktime) {
		if _, err := d.MineBTC(ctx, int(int64(bad.payload.Locktime)-now)); err != nil {
			t.Fatal(err)
		}
	}
	var badRefund struct{ RefundTxid, Deposit string }
	c.ok(&badRefund, "--key", keyHex, "refund", "btc", "--deposit", bad.txid, "--payload", hex.EncodeToString(bad.payload.Encode()))
	if badRefund.Deposit != bad.txid+":0" {
		t.Fatalf("refunded %s, want %s:0", badRefund.Deposit, bad.txid)
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	rid, _ = chainhash.NewHashFromStr(badRefund.RefundTxid)
	if rt, err := btcClient.GetRawTransactionVerbose(rid); err != nil || rt.Confirmations != 1 || rt.Vin[0].Txid != bad.txid {
		t.Fatalf("refund of the malformed deposit %+v %v", rt, err)
	}

	// A coin on the key's P2TR (BIP-86) address, named with --utxo: the
	// key-path signature must satisfy btcd.
	trAddr, _ := btcutil.NewAddressTaproot(schnorr.SerializePubKey(txscript.ComputeTaprootKeyNoScript(bk.PubKey())), &chaincfg.RegressionNetParams)
	trScript, _ := txscript.PayToAddrScript(trAddr)
	trOut, err := d.FundBTC(ctx, trScript, 30_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var dep3 struct{ Txid string }
	c.ok(&dep3, "--key", keyHex, "deposit", "btc", "--amount", "0.25", "--to", "B", "--utxo", trOut.String())
	txid3, _ := chainhash.NewHashFromStr(dep3.Txid)
	raw3, err := btcClient.GetRawTransaction(txid3)
	if err != nil || len(raw3.MsgTx().TxIn) != 1 || raw3.MsgTx().TxIn[0].PreviousOutPoint != *trOut {
		t.Fatalf("P2TR deposit %v: %v", raw3, err)
	}
	// The same coin again: spent (in the mempool), refused before signing.
	c.fails("usage", []string{"spent by unconfirmed transaction " + dep3.Txid}, "--key", keyHex, "deposit", "btc", "--amount", "0.25", "--to", "B", "--utxo", trOut.String())
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	c.fails("usage", []string{"spent or unknown"}, "--key", keyHex, "deposit", "btc", "--amount", "0.25", "--to", "B", "--utxo", trOut.String())
	// A coin of someone else.
	c.fails("usage", []string{"does not pay your key"}, "--key", keyHex, "deposit", "btc", "--amount", "0.1", "--to", "B", "--utxo", trOut.Hash.String()+":1") // the faucet's change

	// --wait follows the deposit to the deployment's confirmations while
	// blocks arrive (here: mined every 100ms by the test).
	stop := make(chan struct{})
	mined := make(chan struct{})
	go func() {
		defer close(mined)
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				_, _ = d.MineBTC(ctx, 1)
			}
		}
	}()
	var dep2 struct {
		Txid          string
		Confirmations int64
	}
	c.ok(&dep2, "--key", keyHex, "deposit", "btc", "--amount", "0.2", "--to", "C", "--wait")
	close(stop)
	<-mined
	if dep2.Confirmations < int64(dep.Bitcoin.Confirmations) {
		t.Fatalf("--wait returned at %d confirmations", dep2.Confirmations)
	}
	txid2, _ := chainhash.NewHashFromStr(dep2.Txid)
	if vt, err := btcClient.GetRawTransactionVerbose(txid2); err != nil || int64(vt.Confirmations) < dep2.Confirmations {
		t.Fatalf("deposit 2: %v %v", vt, err)
	}
}

func nonceOf(t *testing.T, c *ethclient.Client, a common.Address) uint64 {
	t.Helper()
	n, err := c.NonceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// malformed is a deposit whose OP_RETURN carries its payload cut short.
type malformed struct {
	txid    string
	payload bitcoin.Payload
}

// malformedDeposit sends amount from key (funded by the faucet) to the
// deposit output of a valid payload, with an OP_RETURN holding that
// payload minus its last byte, and mines it.
func malformedDeposit(t *testing.T, d *harness.Devnet, dep *deployment.Deployment, key *ecdsa.PrivateKey, locktime uint32, amount int64) malformed {
	t.Helper()
	ctx := context.Background()
	priv, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(key))
	script := append([]byte{txscript.OP_0, txscript.OP_DATA_20}, btcutil.Hash160(priv.PubKey().SerializeCompressed())...)
	const fee = 1_000
	in, err := d.FundBTC(ctx, script, btcutil.Amount(amount+fee))
	if err != nil {
		t.Fatal(err)
	}
	p := bitcoin.Payload{DstChain: chains.DevnetA, Recipient: crypto.PubkeyToAddress(key.PublicKey), Locktime: locktime}
	copy(p.RefundKey[:], schnorr.SerializePubKey(priv.PubKey()))
	fed, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}
	out, err := bitcoin.NewDepositOutput(p, fed)
	if err != nil {
		t.Fatal(err)
	}
	opReturn, err := txscript.NullDataScript(p.Encode()[:bitcoin.PayloadSize-1])
	if err != nil {
		t.Fatal(err)
	}
	tx := wire.NewMsgTx(bitcoin.TxVersion)
	tx.AddTxIn(&wire.TxIn{PreviousOutPoint: *in, Sequence: bitcoin.SequenceRBF})
	tx.AddTxOut(wire.NewTxOut(amount, out.PkScript()))
	tx.AddTxOut(wire.NewTxOut(0, opReturn))
	fetch := txscript.NewCannedPrevOutputFetcher(script, amount+fee)
	wit, err := txscript.WitnessSignature(tx, txscript.NewTxSigHashes(tx, fetch), 0, amount+fee, script, txscript.SigHashAll, priv, true)
	if err != nil {
		t.Fatal(err)
	}
	tx.TxIn[0].Witness = wit
	txid, err := d.BTC.Client(t).SendRawTransaction(tx, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	return malformed{txid: txid.String(), payload: p}
}

// deploy --confirmations N publishes N as every EVM chain's finality depth
// (chains[].confirmations), the floor relayd checks its configuration
// against.
func TestDeployConfirmations(t *testing.T) {
	d := harness.New(t, harness.WithEVM(2))
	c := ctl{t: t, dir: d.Dir}
	var deployed struct {
		Deployment string
		Chains     []deployment.Chain
	}
	c.ok(&deployed, "deploy", "--confirmations", "4")
	dep, err := deployment.Read(deployed.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	if len(dep.EVMChains()) != 2 || len(deployed.Chains) != 2 {
		t.Fatalf("deployed %d chains (printed %d), want 2", len(dep.EVMChains()), len(deployed.Chains))
	}
	for i, ch := range dep.EVMChains() {
		if ch.Confirmations != 4 || deployed.Chains[i].Confirmations != 4 {
			t.Fatalf("chain %s: file %d, printed %d confirmations; want 4", ch.Name, ch.Confirmations, deployed.Chains[i].Confirmations)
		}
	}
}
