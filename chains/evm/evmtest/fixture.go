package evmtest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// Backend is one EVM chain that the conformance suite drives. Blocks are
// produced only by Mine (anvil runs with automine off), so every backend
// behaves the same.
type Backend interface {
	// Endpoint is how the adapter reaches the chain.
	Endpoint() evm.Endpoint
	ChainID() chains.ChainID
	// Key returns funded account i (0 ≤ i < 4).
	Key(i int) *ecdsa.PrivateKey
	// Mine mines n blocks; the first includes the pending transactions.
	Mine(ctx context.Context, n int) error
	// Reorg replaces the last depth blocks with depth+1 empty blocks. Whether
	// the removed transactions return to the pool is backend-specific.
	Reorg(ctx context.Context, depth int) error
}

// PeerChain is the other chain the fixture bridge accepts as a destination
// and as the home of its wrapped asset.
const PeerChain chains.ChainID = 424242

// Fixture is a deployed bridge on a Backend: 2-of-3 signers, this chain's
// native coin defined (lockable), and a wrapped asset whose home is
// PeerChain (mintable).
type Fixture struct {
	B        Backend
	Client   *evm.Client
	Chain    chains.ChainID
	Bridge   common.Address
	Contract *bindings.Bridge
	Signers  []*ecdsa.PrivateKey // sorted by address
	Epoch    uint64
	Native   chains.AssetID
	Wrapped  chains.AssetID
	Deployer *ecdsa.PrivateKey
	// DeployBlock is the block holding the deployment.
	DeployBlock uint64
	adminNonce  uint64
}

// Dial returns an adapter client for b that fails t on error.
func Dial(t testing.TB, b Backend) *evm.Client {
	t.Helper()
	c, err := evm.Dial(context.Background(), evm.ClientConfig{
		Chain: b.ChainID(), Endpoints: []evm.Endpoint{b.Endpoint()}, BackoffMin: 20 * time.Millisecond, BackoffMax: 200 * time.Millisecond,
	})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

// NewFixture deploys and configures a bridge.
func NewFixture(t testing.TB, b Backend) *Fixture {
	t.Helper()
	ctx := context.Background()
	f := &Fixture{B: b, Client: Dial(t, b), Chain: b.ChainID(), Deployer: b.Key(0), Epoch: 1}
	for i := 0; i < 3; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi evmtest signer %d", i))))
		f.Signers = append(f.Signers, k)
	}
	sort.Slice(f.Signers, func(i, j int) bool {
		return bytes.Compare(crypto.PubkeyToAddress(f.Signers[i].PublicKey).Bytes(), crypto.PubkeyToAddress(f.Signers[j].PublicKey).Bytes()) < 0
	})
	addrs := make([]common.Address, len(f.Signers))
	for i, k := range f.Signers {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	addr, tx, c, err := bindings.DeployBridge(f.Opts(t, f.Deployer), f.Client, addrs, 2, []uint64{uint64(PeerChain)}, []uint64{uint64(chains.BitcoinRegtest)})
	if err != nil {
		t.Fatalf("deploy bridge: %v", err)
	}
	r := f.MineTx(t, tx)
	f.Bridge, f.Contract, f.DeployBlock = addr, c, r.BlockNumber.Uint64()
	big1e30, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	f.Native = f.define(t, eip712.AssetDef{HomeChain: f.Chain, MaxPerTransfer: big1e30, Capacity: big1e30, Window: 3600})
	f.Wrapped = f.define(t, eip712.AssetDef{HomeChain: PeerChain, Name: "Wrapped Peer", Symbol: "wPEER", Decimals: 18, MaxPerTransfer: big1e30, Capacity: big1e30, Window: 3600})
	f.route(t, f.Native, PeerChain)
	f.route(t, f.Wrapped, PeerChain)
	_ = ctx
	return f
}

func (f *Fixture) define(t testing.TB, def eip712.AssetDef) chains.AssetID {
	t.Helper()
	d, err := eip712.DefineAssetDigest(f.Domain(), f.Epoch, def, f.adminNonce)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := f.Contract.DefineAsset(f.Opts(t, f.Deployer), f.Epoch, def.Binding(), f.adminNonce, f.Quorum(t, d))
	if err != nil {
		t.Fatalf("defineAsset: %v", err)
	}
	f.MineTx(t, tx)
	f.adminNonce++
	return def.AssetID()
}

// route lets locks and burns of asset go to dst (the quorum's setRoutes).
func (f *Fixture) route(t testing.TB, asset chains.AssetID, dst chains.ChainID) {
	t.Helper()
	d := eip712.SetRoutesDigest(f.Domain(), f.Epoch, asset, []chains.ChainID{dst}, true, f.adminNonce)
	tx, err := f.Contract.SetRoutes(f.Opts(t, f.Deployer), f.Epoch, asset, []uint64{uint64(dst)}, true, f.adminNonce, f.Quorum(t, d))
	if err != nil {
		t.Fatalf("setRoutes: %v", err)
	}
	f.MineTx(t, tx)
	f.adminNonce++
}

// Domain is the bridge's EIP-712 domain.
func (f *Fixture) Domain() eip712.Domain { return eip712.Domain{ChainID: f.Chain, Bridge: f.Bridge} }

// Quorum signs digest with the first two signers and packs the signatures.
func (f *Fixture) Quorum(t testing.TB, digest common.Hash) []byte {
	t.Helper()
	var shares []eip712.Share
	for _, k := range f.Signers[:2] {
		sig, err := eip712.Sign(digest, k)
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, eip712.Share{Signer: crypto.PubkeyToAddress(k.PublicKey), Sig: sig})
	}
	sigs, err := eip712.Pack(shares)
	if err != nil {
		t.Fatal(err)
	}
	return sigs
}

// Opts returns transact options for key with a fixed gas limit (no
// estimation against pending state, which differs between backends).
func (f *Fixture) Opts(t testing.TB, key *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	o, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(uint64(f.Chain)))
	if err != nil {
		t.Fatal(err)
	}
	o.Context = context.Background()
	return o
}

// MineTx mines one block and returns tx's receipt, failing t unless it succeeded.
func (f *Fixture) MineTx(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	if err := f.B.Mine(ctx, 1); err != nil {
		t.Fatalf("mine: %v", err)
	}
	r, err := f.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatalf("receipt %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// LockNative sends lockNative(PeerChain, recipient) with value wei from key
// with an explicit nonce (so many can be queued before mining) and returns
// the transaction, unmined.
func (f *Fixture) LockNative(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, wei int64, recipient common.Address) *types.Transaction {
	t.Helper()
	o := f.Opts(t, key)
	o.Value = big.NewInt(wei)
	o.Nonce = new(big.Int).SetUint64(nonce)
	// Room for a lock's new storage word (locked) also under go-ethereum's
	// dev-default state-gas pricing: 161,829 for a first lock.
	o.GasLimit = 400_000
	o.GasTipCap, o.GasFeeCap = big.NewInt(1e9), big.NewInt(100e9) // no fee queries per lock
	tx, err := f.Contract.LockNative(o, uint64(PeerChain), recipient.Bytes())
	if err != nil {
		t.Fatalf("lockNative: %v", err)
	}
	return tx
}

// Nonce returns key's pending nonce.
func (f *Fixture) Nonce(t testing.TB, key *ecdsa.PrivateKey) uint64 {
	t.Helper()
	n, err := f.Client.PendingNonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// MintTransfer returns a transfer of the wrapped asset from PeerChain with
// source index i, and the quorum's signatures over its Mint message.
func (f *Fixture) MintTransfer(t testing.TB, i uint64, recipient common.Address, amount int64) (bindings.BridgeTransfer, []byte) {
	t.Helper()
	ref, idx := eip712.EVMSource(common.HexToAddress("0x00000000000000000000000000000000000b41d6"), i)
	tr := eip712.Transfer{SrcChain: PeerChain, SrcRef: ref, SrcIndex: idx, AssetID: f.Wrapped, Recipient: recipient, Amount: big.NewInt(amount)}
	d, err := eip712.MintDigest(f.Domain(), f.Epoch, eip712.NoDeadline, tr)
	if err != nil {
		t.Fatal(err)
	}
	return tr.Binding(), f.Quorum(t, d)
}

// MintBatch returns a batch of wrapped-asset transfers from PeerChain with
// source indexes idx, and the quorum's signatures over its MintBatch message.
func (f *Fixture) MintBatch(t testing.TB, idx []uint64, recipient common.Address) (eip712.Batch, []byte) {
	t.Helper()
	var ts []eip712.Transfer
	for _, i := range idx {
		ref, n := eip712.EVMSource(common.HexToAddress("0x00000000000000000000000000000000000b41d6"), i)
		ts = append(ts, eip712.Transfer{SrcChain: PeerChain, SrcRef: ref, SrcIndex: n, AssetID: f.Wrapped, Recipient: recipient, Amount: big.NewInt(10)})
	}
	b, err := eip712.NewBatch(ts)
	if err != nil {
		t.Fatal(err)
	}
	d, err := eip712.MintBatchDigest(f.Domain(), f.Epoch, eip712.NoDeadline, ts)
	if err != nil {
		t.Fatal(err)
	}
	return b, f.Quorum(t, d)
}

// UnlockTransfer returns an unlock of the native coin (locked earlier by
// LockNative) with source index i, and the quorum's signatures.
func (f *Fixture) UnlockTransfer(t testing.TB, i uint64, recipient common.Address, amount int64) (bindings.BridgeTransfer, []byte) {
	t.Helper()
	ref, idx := eip712.EVMSource(common.HexToAddress("0x00000000000000000000000000000000000b41d6"), i)
	tr := eip712.Transfer{SrcChain: PeerChain, SrcRef: ref, SrcIndex: idx, AssetID: f.Native, Recipient: recipient, Amount: big.NewInt(amount)}
	d, err := eip712.UnlockDigest(f.Domain(), f.Epoch, tr)
	if err != nil {
		t.Fatal(err)
	}
	return tr.Binding(), f.Quorum(t, d)
}

// Emitter is a contract with no ABI: it emits LOG4 with the four 32-byte
// topics at the start of its calldata and the rest as data. Tests use it to
// forge look-alike and malformed bridge logs.
//
//	CALLDATASIZE 0 0 CALLDATACOPY; mload(0x60) mload(0x40) mload(0x20) mload(0)
//	(CALLDATASIZE-0x80) 0x80 LOG4 STOP
var emitterRuntime = common.FromHex("0x366000600037606051604051602051600051608036036080a400")

// DeployEmitter deploys an Emitter and returns its address.
func (f *Fixture) DeployEmitter(t testing.TB) common.Address {
	t.Helper()
	n := byte(len(emitterRuntime))
	initCode := append([]byte{0x60, n, 0x80, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3, 0x00}, emitterRuntime...)
	tx := f.rawTx(t, nil, initCode, 300_000)
	r := f.MineTx(t, tx)
	return r.ContractAddress
}

// Emit makes the emitter log topics (exactly four) and data; it returns the
// mined receipt.
func (f *Fixture) Emit(t testing.TB, emitter common.Address, topics [4]common.Hash, data []byte) *types.Receipt {
	t.Helper()
	in := make([]byte, 0, 128+len(data))
	for _, tp := range topics {
		in = append(in, tp.Bytes()...)
	}
	in = append(in, data...)
	return f.MineTx(t, f.rawTx(t, &emitter, in, 200_000))
}

func (f *Fixture) rawTx(t testing.TB, to *common.Address, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	key := f.Deployer
	head, err := f.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(uint64(f.Chain))), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(uint64(f.Chain)), Nonce: f.Nonce(t, key), GasTipCap: big.NewInt(1e9), GasFeeCap: feeCap,
		Gas: gas, To: to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return tx
}

func bridgeEvent(name string) abi.Event {
	a, err := bindings.BridgeMetaData.GetAbi()
	if err != nil {
		panic(err) // generated constant: cannot fail
	}
	return a.Events[name]
}

// Collector is a chains.Sink that records what it is given.
type Collector struct {
	Events []chains.Event
}

// Sink records ev.
func (c *Collector) Sink(_ context.Context, ev chains.Event) error {
	c.Events = append(c.Events, ev)
	return nil
}

// Final returns the final (non-alarm) events.
func (c *Collector) Final() []chains.Event {
	var out []chains.Event
	for _, e := range c.Events {
		if e.Final && !e.Reorged {
			out = append(out, e)
		}
	}
	return out
}

// Alarms returns the reorg alarms.
func (c *Collector) Alarms() []chains.Event {
	var out []chains.Event
	for _, e := range c.Events {
		if e.Reorged {
			out = append(out, e)
		}
	}
	return out
}
