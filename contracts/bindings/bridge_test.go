package bindings_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

const (
	chainB chains.ChainID = 31338
	btc    chains.ChainID = chains.BitcoinRegtest
)

// osaka runs the simulated chain on the Osaka rules (anvil 1.7.1's and
// mainnet's), not go-ethereum's dev default, which also enables the
// experimental Bogota/Amsterdam state-gas repricing (EIP-8037/8038) and would
// make every gas figure meaningless for today's chains.
func osaka(_ *node.Config, eth *ethconfig.Config) {
	cfg := *eth.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	eth.Genesis.Config = &cfg
}

// world is a simulated chain with a Bridge, a t-of-n signer set and a
// funded deployer.
type world struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	chainID  chains.ChainID
	deployer *bind.TransactOpts
	keys     []*ecdsa.PrivateKey // sorted by address
	bridge   *bindings.Bridge
	addr     common.Address
	domain   eip712.Domain
	nonce    uint64 // admin nonce
	quorum   int    // threshold
}

func newWorld(t *testing.T, nSigners int, threshold uint8) *world {
	t.Helper()
	deployerKey, _ := crypto.GenerateKey()
	deployer := crypto.PubkeyToAddress(deployerKey.PublicKey)
	alloc := types.GenesisAlloc{deployer: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), osaka)
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	id, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(deployerKey, id)
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, sim: sim, client: client, chainID: chains.ChainID(id.Uint64()), deployer: auth, quorum: int(threshold)}
	for range nSigners {
		k, _ := crypto.GenerateKey()
		w.keys = append(w.keys, k)
	}
	sort.Slice(w.keys, func(i, j int) bool {
		a, b := crypto.PubkeyToAddress(w.keys[i].PublicKey), crypto.PubkeyToAddress(w.keys[j].PublicKey)
		return bytes.Compare(a[:], b[:]) < 0
	})
	addrs := make([]common.Address, len(w.keys))
	for i, k := range w.keys {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	addr, tx, b, err := bindings.DeployBridge(auth, client, addrs, threshold, []uint64{uint64(chainB)}, []uint64{uint64(btc)})
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	w.bridge, w.addr = b, addr
	w.domain = eip712.Domain{ChainID: w.chainID, Bridge: addr}
	return w
}

// commit mines the pending transactions and requires tx to have succeeded.
func (w *world) commit(tx *types.Transaction) *types.Receipt {
	w.t.Helper()
	w.sim.Commit()
	r, err := w.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		w.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("transaction %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r
}

// sign returns the packed signatures of the first k signers over digest,
// built the way a relay would: shares in any order, then eip712.Pack.
func (w *world) sign(digest common.Hash, k int) []byte {
	w.t.Helper()
	var shares []eip712.Share
	for i := k - 1; i >= 0; i-- { // deliberately unsorted
		sig, err := eip712.Sign(digest, w.keys[i])
		if err != nil {
			w.t.Fatal(err)
		}
		shares = append(shares, eip712.Share{Signer: crypto.PubkeyToAddress(w.keys[i].PublicKey), Sig: sig})
	}
	packed, err := eip712.Pack(shares)
	if err != nil {
		w.t.Fatal(err)
	}
	return packed
}

func (w *world) define(d eip712.AssetDef) common.Address {
	w.t.Helper()
	digest, err := eip712.DefineAssetDigest(w.domain, 1, d, w.nonce)
	if err != nil {
		w.t.Fatal(err)
	}
	tx, err := w.bridge.DefineAsset(w.deployer, 1, d.Binding(), w.nonce, w.sign(digest, w.quorum))
	if err != nil {
		w.t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++
	info, err := w.bridge.AssetInfo(nil, d.AssetID())
	if err != nil {
		w.t.Fatal(err)
	}
	return info.Token
}

// route enables locks and burns of d's asset toward dsts (the quorum's SetRoutes).
func (w *world) route(d eip712.AssetDef, dsts ...chains.ChainID) {
	w.t.Helper()
	digest := eip712.SetRoutesDigest(w.domain, 1, d.AssetID(), dsts, true, w.nonce)
	ids := make([]uint64, len(dsts))
	for i, c := range dsts {
		ids[i] = uint64(c)
	}
	tx, err := w.bridge.SetRoutes(w.deployer, 1, d.AssetID(), ids, true, w.nonce, w.sign(digest, w.quorum))
	if err != nil {
		w.t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++
}

func limits() (*big.Int, *big.Int) {
	e18 := big.NewInt(1e18)
	return new(big.Int).Mul(big.NewInt(1_000_000), e18), new(big.Int).Mul(big.NewInt(10_000_000), e18)
}

// revertError extracts the custom error name from a failed call or estimate.
func revertError(t *testing.T, err error) string {
	t.Helper()
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("want a revert with data, got %v", err)
	}
	data, ok := de.ErrorData().(string)
	if !ok {
		t.Fatalf("revert data %T", de.ErrorData())
	}
	raw := common.FromHex(data)
	parsed, err := bindings.BridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) < 4 {
		t.Fatalf("revert data %x", raw)
	}
	e, err := parsed.ErrorByID([4]byte(raw[:4]))
	if err != nil {
		t.Fatalf("unknown error selector %x", raw[:4])
	}
	return e.Name
}

// TestGoSignaturesAcceptedByBridge deploys the bridge on a simulated chain,
// defines a home ERC-20 and a wrapped asset, locks, and mints, unlocks and
// batch-mints with 2-of-3 signatures built in Go from the EIP-712 digests.
func TestGoSignaturesAcceptedByBridge(t *testing.T) {
	w := newWorld(t, 3, 2)
	maxPer, capacity := limits()

	// The Go domain separator is the contract's, and so is its version.
	sep, err := w.bridge.DomainSeparator(nil)
	if err != nil {
		t.Fatal(err)
	}
	if sep != w.domain.Separator() {
		t.Fatalf("domain separator: contract %x, Go %x", sep, w.domain.Separator())
	}
	if v, err := w.bridge.VERSION(nil); err != nil || v != eip712.Version {
		t.Fatalf("VERSION %q (%v), eip712.Version %q", v, err, eip712.Version)
	}

	// A home ERC-20 on this chain and a wrapped token of chain B's ERC-20.
	tokenAddr, tx, token, err := bindings.DeployTestToken(w.deployer, w.client, "Test", "TST", 18)
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	home := eip712.AssetDef{HomeChain: w.chainID, HomeAsset: tokenAddr.Bytes(), MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	if got := w.define(home); got != tokenAddr {
		t.Fatalf("home token %s, want %s", got, tokenAddr)
	}
	w.route(home, chainB)
	if on, err := w.bridge.Routes(nil, home.AssetID(), uint64(chainB)); err != nil || !on {
		t.Fatalf("routes(home, B) = %v, %v", on, err)
	}
	remote := common.HexToAddress("0x00000000000000000000000000000000000B0B0B")
	wrapped := eip712.AssetDef{HomeChain: chainB, HomeAsset: remote.Bytes(), Name: "Kakehashi TST", Symbol: "kTST", Decimals: 6, MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	wAddr := w.define(wrapped)
	wToken, err := bindings.NewWrappedToken(wAddr, w.client)
	if err != nil {
		t.Fatal(err)
	}
	if dec, _ := wToken.Decimals(nil); dec != 6 {
		t.Fatalf("wrapped decimals %d", dec)
	}
	if got, _ := w.bridge.WrappedTokenOf(nil, wrapped.AssetID()); got != wAddr {
		t.Fatalf("wrappedTokenOf %s, want %s", got, wAddr)
	}

	// Lock: the event carries the nonce, and transferId = chains.EVMTransferID.
	amount := big.NewInt(1_000_000)
	if tx, err = token.Mint(w.deployer, w.deployer.From, amount); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if tx, err = token.Approve(w.deployer, w.addr, amount); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if tx, err = w.bridge.Lock(w.deployer, tokenAddr, amount, uint64(chainB), w.deployer.From.Bytes()); err != nil {
		t.Fatal(err)
	}
	rcpt := w.commit(tx)
	var locked *bindings.BridgeLocked
	for _, l := range rcpt.Logs {
		if ev, err := w.bridge.ParseLocked(*l); err == nil {
			locked = ev
		}
	}
	if locked == nil {
		t.Fatal("no Locked event")
	}
	if want := chains.EVMTransferID(w.chainID, w.addr, locked.Nonce); chains.TransferID(locked.TransferId) != want {
		t.Fatalf("Locked transferId %x, want %s", locked.TransferId, want)
	}
	if locked.AssetId != home.AssetID() || locked.Amount.Cmp(amount) != 0 || locked.DstChain != uint64(chainB) {
		t.Fatalf("Locked event %+v", locked)
	}

	// Mint on this chain from a (pretend) lock on chain B, nonce 0.
	recipient := common.HexToAddress("0x000000000000000000000000000000000000BEEF")
	ref, idx := eip712.EVMSource(common.HexToAddress("0x00000000000000000000000000000000000B41D6"), 0)
	m := eip712.Transfer{SrcChain: chainB, SrcRef: ref, SrcIndex: idx, AssetID: wrapped.AssetID(), Recipient: recipient, Amount: big.NewInt(4242)}
	digest, err := eip712.MintDigest(w.domain, 1, eip712.NoDeadline, m)
	if err != nil {
		t.Fatal(err)
	}
	if tx, err = w.bridge.Mint(w.deployer, 1, eip712.NoDeadline, m.Binding(), w.sign(digest, 2)); err != nil {
		t.Fatal(err)
	}
	rcpt = w.commit(tx)
	var minted *bindings.BridgeMinted
	for _, l := range rcpt.Logs {
		if ev, err := w.bridge.ParseMinted(*l); err == nil {
			minted = ev
		}
	}
	if minted == nil || chains.TransferID(minted.TransferId) != m.ID() || m.ID() != chains.EVMTransferID(chainB, common.HexToAddress("0x00000000000000000000000000000000000B41D6"), 0) {
		t.Fatalf("Minted event %+v, want transferId %s", minted, m.ID())
	}
	if bal, _ := wToken.BalanceOf(nil, recipient); bal.Cmp(m.Amount) != 0 {
		t.Fatalf("balance %s", bal)
	}

	// The same signatures again: AlreadyProcessed, decoded from the revert.
	_, err = w.bridge.Mint(w.deployer, 1, eip712.NoDeadline, m.Binding(), w.sign(digest, 2))
	if name := revertError(t, err); name != "AlreadyProcessed" {
		t.Fatalf("replay reverted with %s", name)
	}
	// One signature is below the threshold.
	m2 := m
	m2.SrcIndex = 1
	d2, _ := eip712.MintDigest(w.domain, 1, eip712.NoDeadline, m2)
	_, err = w.bridge.Mint(w.deployer, 1, eip712.NoDeadline, m2.Binding(), w.sign(d2, 1))
	if name := revertError(t, err); name != "BelowThreshold" {
		t.Fatalf("1-of-3 reverted with %s", name)
	}

	// Unlock the locked ERC-20 back (from a pretend burn on chain B, nonce 7).
	ref, idx = eip712.EVMSource(common.HexToAddress("0x00000000000000000000000000000000000B41D6"), 7)
	u := eip712.Transfer{SrcChain: chainB, SrcRef: ref, SrcIndex: idx, AssetID: home.AssetID(), Recipient: recipient, Amount: big.NewInt(600_000)}
	ud, _ := eip712.UnlockDigest(w.domain, 1, u)
	if tx, err = w.bridge.Unlock(w.deployer, 1, u.Binding(), w.sign(ud, 3)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if bal, _ := token.BalanceOf(nil, recipient); bal.Cmp(u.Amount) != 0 {
		t.Fatalf("unlocked balance %s", bal)
	}

	// Batch mint of 5, Bitcoin-sourced (txid:vout).
	var batch []eip712.Transfer
	for i := range 5 {
		var txid [32]byte
		txid[0], txid[31] = 0xaa, byte(i)
		batch = append(batch, eip712.Transfer{SrcChain: btc, SrcRef: txid, SrcIndex: 1, AssetID: wrapped.AssetID(), Recipient: recipient, Amount: big.NewInt(int64(i + 1))})
	}
	const deadline = 4_000_000_000 // a Bitcoin deposit's mint has a deadline (unix seconds)
	bd, err := eip712.MintBatchDigest(w.domain, 1, deadline, batch)
	if err != nil {
		t.Fatal(err)
	}
	b, err := eip712.NewBatch(batch)
	if err != nil {
		t.Fatal(err)
	}
	if tx, err = w.bridge.MintBatch(w.deployer, 1, deadline, uint64(b.SrcChain), b.AssetID, b.Items, w.sign(bd, 2)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if bal, _ := wToken.BalanceOf(nil, recipient); bal.Int64() != 4242+15 {
		t.Fatalf("balance after batch %s", bal)
	}
	ok, err := w.bridge.IsProcessed(nil, uint64(btc), batch[3].SrcRef, 1)
	if err != nil || !ok {
		t.Fatalf("isProcessed: %v %v", ok, err)
	}

	// A cancelled deposit can never be minted, whatever signatures exist.
	var ctxid [32]byte
	ctxid[0] = 0xcc
	c := eip712.Transfer{SrcChain: btc, SrcRef: ctxid, SrcIndex: 0, AssetID: wrapped.AssetID(), Recipient: recipient, Amount: big.NewInt(7)}
	cd, err := eip712.MintDigest(w.domain, 1, deadline, c)
	if err != nil {
		t.Fatal(err)
	}
	cmint := w.sign(cd, 2)
	if tx, err = w.bridge.Cancel(w.deployer, 1, uint64(c.SrcChain), c.SrcRef, c.SrcIndex, w.sign(eip712.CancelDigest(w.domain, 1, c), 2)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	_, err = w.bridge.Mint(w.deployer, 1, deadline, c.Binding(), cmint)
	if name := revertError(t, err); name != "AlreadyProcessed" {
		t.Fatalf("mint after cancel reverted with %s", name)
	}
	// A deadline in the past: DeadlineExpired.
	c.SrcIndex = 1
	cd, _ = eip712.MintDigest(w.domain, 1, 1, c)
	_, err = w.bridge.Mint(w.deployer, 1, 1, c.Binding(), w.sign(cd, 2))
	if name := revertError(t, err); name != "DeadlineExpired" {
		t.Fatalf("expired mint reverted with %s", name)
	}
}

// TestFeeOnTransferTokenRejected: lock reverts with TransferAmountMismatch.
func TestFeeOnTransferTokenRejected(t *testing.T) {
	w := newWorld(t, 3, 2)
	maxPer, capacity := limits()
	feeAddr, tx, feeToken, err := bindings.DeployFeeToken(w.deployer, w.client, big.NewInt(100))
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	fee := eip712.AssetDef{HomeChain: w.chainID, HomeAsset: feeAddr.Bytes(), MaxPerTransfer: maxPer, Capacity: capacity, Window: 3600}
	w.define(fee)
	w.route(fee, chainB)
	if tx, err = feeToken.Mint(w.deployer, w.deployer.From, big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if tx, err = feeToken.Approve(w.deployer, w.addr, big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	_, err = w.bridge.Lock(w.deployer, feeAddr, big.NewInt(1000), uint64(chainB), w.deployer.From.Bytes())
	if name := revertError(t, err); name != "TransferAmountMismatch" {
		t.Fatalf("fee token lock reverted with %s", name)
	}
}

// The committed ABI JSON for dapps (contracts/abi) is the ABI the bindings
// were generated from.
func TestABIJSONMatchesBindings(t *testing.T) {
	for _, tc := range []struct {
		name string
		meta string
	}{{"Bridge", bindings.BridgeMetaData.ABI}, {"WrappedToken", bindings.WrappedTokenMetaData.ABI}} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("..", "abi", tc.name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			// abigen embeds the ABI with all white space removed (also inside
			// internalType "struct Bridge.Transfer"); compare the same way.
			var file, bound any
			if err := json.Unmarshal([]byte(strings.Join(strings.Fields(string(raw)), "")), &file); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tc.meta), &bound); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(file, bound) {
				t.Fatalf("abi/%s.json differs from the bindings: run make contracts", tc.name)
			}
			if _, err := abi.JSON(strings.NewReader(tc.meta)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestAdminDigestsAcceptedByBridge: every admin message built in Go is
// accepted: setChain, setRoutes, setLimits, pauseBySignature, unpause,
// rotateSigners.
func TestAdminDigestsAcceptedByBridge(t *testing.T) {
	w := newWorld(t, 3, 2)
	maxPer, capacity := limits()
	wrapped := eip712.AssetDef{HomeChain: btc, Name: "Kakehashi BTC", Symbol: "kBTC", Decimals: 8, MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	w.define(wrapped)

	tx, err := w.bridge.SetChain(w.deployer, 1, 31339, uint8(eip712.ChainEVM), w.nonce, w.sign(eip712.SetChainDigest(w.domain, 1, 31339, eip712.ChainEVM, w.nonce), 2))
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++
	if k, _ := w.bridge.ChainKind(nil, 31339); k != uint8(eip712.ChainEVM) {
		t.Fatalf("chain kind %d", k)
	}

	dsts := []chains.ChainID{31339, btc}
	rd := eip712.SetRoutesDigest(w.domain, 1, wrapped.AssetID(), dsts, true, w.nonce)
	if tx, err = w.bridge.SetRoutes(w.deployer, 1, wrapped.AssetID(), []uint64{31339, uint64(btc)}, true, w.nonce, w.sign(rd, 2)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++
	for _, c := range dsts {
		if on, _ := w.bridge.Routes(nil, wrapped.AssetID(), uint64(c)); !on {
			t.Fatalf("route to %d not enabled", c)
		}
	}

	d, err := eip712.SetLimitsDigest(w.domain, 1, wrapped.AssetID(), big.NewInt(2), big.NewInt(10), big.NewInt(100), 60, w.nonce)
	if err != nil {
		t.Fatal(err)
	}
	if tx, err = w.bridge.SetLimits(w.deployer, 1, wrapped.AssetID(), big.NewInt(2), big.NewInt(10), big.NewInt(100), 60, w.nonce, w.sign(d, 2)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++

	sig, err := eip712.Sign(eip712.PauseDigest(w.domain, 1, 0), w.keys[1])
	if err != nil {
		t.Fatal(err)
	}
	if tx, err = w.bridge.PauseBySignature(w.deployer, 1, 0, sig); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if cfg, _ := w.bridge.Config(nil); !cfg.Paused || cfg.PauseNonce != 1 {
		t.Fatalf("config after pause %+v", cfg)
	}
	if tx, err = w.bridge.Unpause(w.deployer, 1, w.nonce, w.sign(eip712.UnpauseDigest(w.domain, 1, w.nonce), 2)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++

	signers, err := w.bridge.Signers(nil)
	if err != nil {
		t.Fatal(err)
	}
	// An unpause signed in epoch 1 for the nonce after the rotation.
	early := w.sign(eip712.UnpauseDigest(w.domain, 1, w.nonce+1), 3)
	if tx, err = w.bridge.RotateSigners(w.deployer, 1, signers, 3, w.nonce, w.sign(eip712.RotateSignersDigest(w.domain, 1, signers, 3, w.nonce), 2)); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	w.nonce++
	cfg, _ := w.bridge.Config(nil)
	if cfg.Epoch != 2 || cfg.Threshold != 3 || cfg.Paused || cfg.AdminNonce != w.nonce {
		t.Fatalf("config after rotation %+v", cfg)
	}
	// The same signers, a new epoch: the epoch-1 message is dead.
	_, err = w.bridge.Unpause(w.deployer, 1, w.nonce, early)
	if name := revertError(t, err); name != "WrongEpoch" {
		t.Fatalf("epoch-1 unpause after the rotation reverted with %s", name)
	}
	_, err = w.bridge.Unpause(w.deployer, 2, w.nonce, early)
	if name := revertError(t, err); name != "NotSigner" {
		t.Fatalf("epoch-1 signatures for epoch 2 reverted with %s", name)
	}
}

// TestTypeStringsAreTheContracts: every EIP-712 type string in Go appears,
// byte for byte, in the contract's source (the contract keeps its type hashes
// internal: EIP-170 leaves no room for a getter each). The type hashes
// live in BridgeBase.sol, shared by Bridge and BridgeAdmin. The round trips
// above check the hashing itself.
func TestTypeStringsAreTheContracts(t *testing.T) {
	var src []byte
	for _, f := range []string{"Bridge.sol", "BridgeBase.sol"} {
		b, err := os.ReadFile(filepath.Join("..", "src", f))
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, b...)
	}
	for _, typ := range []string{
		eip712.DomainType, eip712.MintType, eip712.UnlockType, eip712.ItemType, eip712.MintBatchType,
		eip712.UnlockBatchType, eip712.CancelType, eip712.RefundType, eip712.DefineAssetType, eip712.SetLimitsType,
		eip712.SetRoutesType, eip712.SetChainType, eip712.RotateSignerType, eip712.PauseType, eip712.UnpauseType,
	} {
		if !strings.Contains(string(src), `"`+typ+`"`) {
			t.Errorf("not in Bridge.sol: %s", typ)
		}
	}
	if !strings.Contains(string(src), `string public constant VERSION = "`+eip712.Version+`";`) ||
		!strings.Contains(string(src), `VERSION_HASH = keccak256("`+eip712.Version+`")`) {
		t.Errorf("Bridge.sol's VERSION and BridgeBase.sol's domain version are not %q", eip712.Version)
	}
}

// TestPaymentDeferredAndClaim: a native unlock to a contract that refuses
// ether is executed and its amount becomes claimable (PaymentDeferred, read
// through the bindings); claim reverts with ClaimFailed and keeps it. The
// gas limit comes from the node's estimate, which must cover the payout's
// whole gas allowance (InsufficientGas below it).
func TestPaymentDeferredAndClaim(t *testing.T) {
	w := newWorld(t, 3, 2)
	maxPer, capacity := limits()
	native := eip712.AssetDef{HomeChain: w.chainID, MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	w.define(native)
	w.route(native, chainB)
	opts := *w.deployer
	opts.Value = big.NewInt(5e18)
	tx, err := w.bridge.LockNative(&opts, uint64(chainB), w.deployer.From.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)

	// Deploy runtime PUSH1 0 PUSH1 0 REVERT: it refuses everything.
	initcode := common.FromHex("6005600c60003960056000f3" + "60006000fd")
	nonce, _ := w.client.PendingNonceAt(context.Background(), w.deployer.From)
	raw := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(uint64(w.chainID)), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(10e9), Gas: 100_000, Data: initcode})
	signed, err := w.deployer.Signer(w.deployer.From, raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.client.SendTransaction(context.Background(), signed); err != nil {
		t.Fatal(err)
	}
	refuser := w.commit(signed).ContractAddress

	ref, idx := eip712.EVMSource(common.HexToAddress("0x00000000000000000000000000000000000B41D6"), 3)
	u := eip712.Transfer{SrcChain: chainB, SrcRef: ref, SrcIndex: idx, AssetID: native.AssetID(), Recipient: refuser, Amount: big.NewInt(2e18)}
	ud, _ := eip712.UnlockDigest(w.domain, 1, u)
	if tx, err = w.bridge.Unlock(w.deployer, 1, u.Binding(), w.sign(ud, 2)); err != nil {
		t.Fatal(err)
	}
	rcpt := w.commit(tx)
	var deferred *bindings.BridgePaymentDeferred
	var unlocked bool
	for _, l := range rcpt.Logs {
		if ev, err := w.bridge.ParsePaymentDeferred(*l); err == nil {
			deferred = ev
		}
		if _, err := w.bridge.ParseUnlocked(*l); err == nil {
			unlocked = true
		}
	}
	if deferred == nil || !unlocked {
		t.Fatalf("PaymentDeferred %v, Unlocked %v", deferred, unlocked)
	}
	if chains.TransferID(deferred.TransferId) != u.ID() || deferred.Token != (common.Address{}) || deferred.Recipient != refuser ||
		deferred.Amount.Cmp(u.Amount) != 0 || len(deferred.Reason) != 0 {
		t.Fatalf("PaymentDeferred %+v", deferred)
	}
	if owed, _ := w.bridge.Claimable(nil, common.Address{}, refuser); owed.Cmp(u.Amount) != 0 {
		t.Fatalf("claimable %s", owed)
	}
	_, err = w.bridge.Claim(w.deployer, common.Address{}, refuser)
	if name := revertError(t, err); name != "ClaimFailed" {
		t.Fatalf("claim reverted with %s", name)
	}
	if total, _ := w.bridge.TotalClaimable(nil, common.Address{}); total.Cmp(u.Amount) != 0 {
		t.Fatalf("totalClaimable %s after a failed claim", total)
	}
}

// TestRefundAcceptedByBridge: a lock is returned to its sender by a refund
// signed in Go (eip712.RefundDigest) over the Locked event's fields, once;
// the Refunded event names the lock's transferId, and a second refund
// reverts with AlreadyRefunded. Another amount than the signed one recovers
// other signers (NotSigner); a nonce the bridge has not given is refused
// (UnknownNonce).
func TestRefundAcceptedByBridge(t *testing.T) {
	w := newWorld(t, 3, 2)
	maxPer, capacity := limits()
	tokenAddr, tx, token, err := bindings.DeployTestToken(w.deployer, w.client, "Test", "TST", 18)
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	home := eip712.AssetDef{HomeChain: w.chainID, HomeAsset: tokenAddr.Bytes(), MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	w.define(home)
	w.route(home, chainB)
	amount := big.NewInt(777)
	if tx, err = token.Mint(w.deployer, w.deployer.From, amount); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if tx, err = token.Approve(w.deployer, w.addr, amount); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	if tx, err = w.bridge.Lock(w.deployer, tokenAddr, amount, uint64(chainB), w.deployer.From.Bytes()); err != nil {
		t.Fatal(err)
	}
	var locked *bindings.BridgeLocked
	for _, l := range w.commit(tx).Logs {
		if ev, err := w.bridge.ParseLocked(*l); err == nil {
			locked = ev
		}
	}
	if locked == nil {
		t.Fatal("no Locked event")
	}

	sigs := w.sign(eip712.RefundDigest(w.domain, 1, locked.Nonce, locked.AssetId, locked.Sender, locked.Amount), 2)
	_, err = w.bridge.Refund(w.deployer, 1, locked.Nonce, locked.AssetId, locked.Sender, new(big.Int).Add(locked.Amount, big.NewInt(1)), sigs)
	if name := revertError(t, err); name != "NotSigner" {
		t.Fatalf("refund of another amount than signed reverted with %s", name)
	}
	next := locked.Nonce + 1
	unknown := w.sign(eip712.RefundDigest(w.domain, 1, next, locked.AssetId, locked.Sender, locked.Amount), 2)
	_, err = w.bridge.Refund(w.deployer, 1, next, locked.AssetId, locked.Sender, locked.Amount, unknown)
	if name := revertError(t, err); name != "UnknownNonce" {
		t.Fatalf("refund of a nonce not given reverted with %s", name)
	}
	if tx, err = w.bridge.Refund(w.deployer, 1, locked.Nonce, locked.AssetId, locked.Sender, locked.Amount, sigs); err != nil {
		t.Fatal(err)
	}
	var refunded *bindings.BridgeRefunded
	for _, l := range w.commit(tx).Logs {
		if ev, err := w.bridge.ParseRefunded(*l); err == nil {
			refunded = ev
		}
	}
	if refunded == nil || refunded.TransferId != locked.TransferId || refunded.Sender != w.deployer.From ||
		refunded.Amount.Cmp(amount) != 0 || refunded.Nonce != locked.Nonce {
		t.Fatalf("Refunded %+v, lock %+v", refunded, locked)
	}
	if bal, _ := token.BalanceOf(nil, w.deployer.From); bal.Cmp(amount) != 0 {
		t.Fatalf("balance after refund %s", bal)
	}
	if done, _ := w.bridge.IsRefunded(nil, locked.Nonce); !done {
		t.Fatal("isRefunded false")
	}
	_, err = w.bridge.Refund(w.deployer, 1, locked.Nonce, locked.AssetId, locked.Sender, locked.Amount, sigs)
	if name := revertError(t, err); name != "AlreadyRefunded" {
		t.Fatalf("second refund reverted with %s", name)
	}
}
