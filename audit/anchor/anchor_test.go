package anchor

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

func TestPayloadVector(t *testing.T) {
	var hash [32]byte
	for i := range hash {
		hash[i] = byte(i)
	}
	got := hex.EncodeToString(PayloadScript(0x0102030405060708, hash))
	want := "6a2d" + "4b4b4841" + "01" + "0102030405060708" + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	if got != want {
		t.Fatalf("script %s\nwant   %s", got, want)
	}
	h, x, err := PayloadFromScript(PayloadScript(7, hash))
	if err != nil || h != 7 || x != hash {
		t.Fatalf("round trip: %d %x %v", h, x, err)
	}
}

func TestPayloadErrors(t *testing.T) {
	good := EncodePayload(3, [32]byte{9})
	mod := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	for _, tc := range []struct {
		name   string
		script []byte
		text   string
	}{
		{"not OP_RETURN", append([]byte{txscript.OP_0, 45}, good...), "not an OP_RETURN"},
		{"empty", nil, "not an OP_RETURN"},
		{"two pushes", append(append([]byte{txscript.OP_RETURN, 45}, good...), txscript.OP_DATA_1, 0), "single data push"},
		{"non-minimal push", append([]byte{txscript.OP_RETURN, txscript.OP_PUSHDATA1, 45}, good...), "OP_DATA_45"},
		{"wrong magic", append([]byte{txscript.OP_RETURN, 45}, mod(func(b []byte) []byte { b[3] = 'X'; return b })...), "does not start"},
		{"deposit payload", append([]byte{txscript.OP_RETURN, 45}, mod(func(b []byte) []byte { return append([]byte("KKH\x01"), b[4:]...) })...), "does not start"},
		{"short", append([]byte{txscript.OP_RETURN, 44}, good[:44]...), "44 bytes"},
		{"long", append([]byte{txscript.OP_RETURN, 46}, append(bytes.Clone(good), 0)...), "46 bytes"},
		{"version 2", append([]byte{txscript.OP_RETURN, 45}, mod(func(b []byte) []byte { b[4] = 2; return b })...), "version 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := PayloadFromScript(tc.script)
			if !errors.Is(err, ErrPayload) || !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("err = %v, want ErrPayload containing %q", err, tc.text)
			}
		})
	}
}

func TestAnchoredTopicMatchesABI(t *testing.T) {
	abi, err := bindings.AuditAnchorMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	if abi.Events["Anchored"].ID != anchoredID {
		t.Fatalf("topic %x, ABI says %x", anchoredID, abi.Events["Anchored"].ID)
	}
}

func TestFileCoins(t *testing.T) {
	ctx := context.Background()
	f := FileCoins{Path: filepath.Join(t.TempDir(), "coins.json")}
	if c, err := f.Load(ctx); err != nil || c != nil {
		t.Fatalf("missing file: %v %v", c, err)
	}
	spender := chainhash.HashH([]byte("s"))
	want := []Coin{{OutPoint: wire.OutPoint{Hash: chainhash.HashH([]byte("a")), Index: 1}}, {OutPoint: wire.OutPoint{Index: 3}, SpentBy: &spender}}
	if err := f.Save(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := f.Load(ctx)
	if err != nil || len(got) != 2 || got[0] != want[0] || got[1].OutPoint != want[1].OutPoint || *got[1].SpentBy != spender {
		t.Fatalf("round trip: %+v %v", got, err)
	}
}

// utxoNode serves gettxout from a fixed set and records broadcasts.
type utxoNode struct {
	outs map[wire.OutPoint]*wire.TxOut
	sent []*wire.MsgTx
}

func (n *utxoNode) GetTxOut(h *chainhash.Hash, i uint32, _ bool) (*btcjson.GetTxOutResult, error) {
	o, ok := n.outs[wire.OutPoint{Hash: *h, Index: i}]
	if !ok {
		return nil, nil
	}
	return &btcjson.GetTxOutResult{Confirmations: 6, Value: btcutil.Amount(o.Value).ToBTC(),
		ScriptPubKey: btcjson.ScriptPubKeyResult{Hex: hex.EncodeToString(o.PkScript)}}, nil
}
func (n *utxoNode) SendRawTransaction(tx *wire.MsgTx, _ bool) (*chainhash.Hash, error) {
	n.sent = append(n.sent, tx)
	h := tx.TxHash()
	return &h, nil
}
func (n *utxoNode) GetRawTransactionVerbose(*chainhash.Hash) (*btcjson.TxRawResult, error) {
	return nil, &btcjson.RPCError{Code: btcjson.ErrRPCNoTxInfo}
}
func (n *utxoNode) GetBlockHeaderVerbose(*chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error) {
	return nil, errors.New("not served")
}

// TestBitcoinBuild checks the anchor transaction itself: standard, the
// payload at output 0, change home at the configured fee rate, and
// signatures that the script engine accepts — for both key types, and
// coin selection across several small coins.
func TestBitcoinBuild(t *testing.T) {
	key := bitcointest.Key("anchor/unit")
	for _, tc := range []struct {
		name   string
		kt     KeyType
		values []int64
		inputs int
		err    error
	}{
		{"p2wpkh one coin", P2WPKH, []int64{100_000}, 1, nil},
		{"p2tr one coin", P2TR, []int64{100_000}, 1, nil},
		{"largest first", P2WPKH, []int64{1_000, 90_000, 2_000}, 1, nil},
		{"several small coins", P2TR, []int64{350, 350, 350}, 3, nil},
		{"dust only", P2WPKH, []int64{300, 300}, 0, ErrFunds},
		{"no coins", P2WPKH, nil, 0, ErrFunds},
	} {
		t.Run(tc.name, func(t *testing.T) {
			script, _ := KeyScript(key.PubKey(), tc.kt)
			node := &utxoNode{outs: map[wire.OutPoint]*wire.TxOut{}}
			var coins []Coin
			for i, v := range tc.values {
				op := wire.OutPoint{Hash: chainhash.HashH([]byte(tc.name)), Index: uint32(i)}
				node.outs[op] = wire.NewTxOut(v, script)
				coins = append(coins, Coin{OutPoint: op})
			}
			// A coin paying someone else is ignored.
			foreign := wire.OutPoint{Hash: chainhash.HashH([]byte("foreign"))}
			node.outs[foreign] = wire.NewTxOut(1e8, append([]byte{0, 20}, make([]byte, 20)...))
			coins = append(coins, Coin{OutPoint: foreign})
			store := NewMemCoins(coins...)
			a, err := NewBitcoin(BitcoinConfig{Chain: chains.BitcoinRegtest, Node: node, Key: key, KeyType: tc.kt, Coins: store, FeeRate: 2, Confirmations: 1})
			if err != nil {
				t.Fatal(err)
			}
			hash := [32]byte{0xab}
			txid, err := a.Send(context.Background(), 42, hash)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tx := node.sent[0]
			if tx.TxHash() != txid || len(tx.TxIn) != tc.inputs || len(tx.TxOut) != 2 {
				t.Fatalf("tx %s: %d inputs, %d outputs", tx.TxHash(), len(tx.TxIn), len(tx.TxOut))
			}
			if h, x, err := PayloadFromScript(tx.TxOut[0].PkScript); err != nil || h != 42 || x != hash || tx.TxOut[0].Value != 0 {
				t.Fatalf("payload output: %d %x %v", h, x, err)
			}
			if !bytes.Equal(tx.TxOut[1].PkScript, script) {
				t.Fatal("change does not go home")
			}
			prev := map[wire.OutPoint]*wire.TxOut{}
			var in int64
			for _, ti := range tx.TxIn {
				prev[ti.PreviousOutPoint] = node.outs[ti.PreviousOutPoint]
				in += node.outs[ti.PreviousOutPoint].Value
			}
			fee := in - tx.TxOut[1].Value
			if vs := bitcoin.VSize(tx); fee < 2*vs || fee > 2*(vs+1) {
				t.Fatalf("fee %d for %d vB at 2 sat/vB", fee, vs)
			}
			fetch := txscript.NewMultiPrevOutFetcher(prev)
			hashes := txscript.NewTxSigHashes(tx, fetch)
			for i, ti := range tx.TxIn {
				vm, err := txscript.NewEngine(prev[ti.PreviousOutPoint].PkScript, tx, i, txscript.StandardVerifyFlags, nil, hashes, prev[ti.PreviousOutPoint].Value, fetch)
				if err != nil {
					t.Fatal(err)
				}
				if err := vm.Execute(); err != nil {
					t.Fatalf("input %d: %v", i, err)
				}
			}
			// The store now holds the change and the spent coins, marked.
			got, _ := store.Load(context.Background())
			if got[0].OutPoint != (wire.OutPoint{Hash: txid, Index: 1}) || got[0].SpentBy != nil {
				t.Fatalf("store: %+v", got)
			}
			marked := 0
			for _, c := range got[1:] {
				if c.SpentBy != nil && *c.SpentBy == txid {
					marked++
				}
				if c.OutPoint == foreign {
					t.Fatal("foreign coin kept")
				}
			}
			if marked != tc.inputs {
				t.Fatalf("%d coins marked spent, want %d", marked, tc.inputs)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	key := bitcointest.Key("anchor/unit")
	node := &utxoNode{}
	good := BitcoinConfig{Chain: chains.BitcoinRegtest, Node: node, Key: key, Coins: NewMemCoins(), FeeRate: 1, Confirmations: 1}
	for _, tc := range []struct {
		name string
		mod  func(c *BitcoinConfig)
	}{
		{"no node", func(c *BitcoinConfig) { c.Node = nil }},
		{"no key", func(c *BitcoinConfig) { c.Key = nil }},
		{"no coins", func(c *BitcoinConfig) { c.Coins = nil }},
		{"zero fee rate", func(c *BitcoinConfig) { c.FeeRate = 0 }},
		{"absurd fee rate", func(c *BitcoinConfig) { c.FeeRate = 1e6 }},
		{"zero confirmations", func(c *BitcoinConfig) { c.Confirmations = 0 }},
		{"no chain", func(c *BitcoinConfig) { c.Chain = 0 }},
		{"unknown key type", func(c *BitcoinConfig) { c.KeyType = 9 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.mod(&c)
			if _, err := NewBitcoin(c); !errors.Is(err, ErrConfig) {
				t.Fatalf("err = %v", err)
			}
		})
	}
	if _, err := NewBitcoin(good); err != nil {
		t.Fatal(err)
	}
	if _, err := NewEVM(EVMConfig{}); !errors.Is(err, ErrConfig) {
		t.Fatalf("empty EVM config: %v", err)
	}
	if _, err := NewBitcoinChecker(chains.BitcoinRegtest, nil, 1); !errors.Is(err, ErrConfig) {
		t.Fatalf("checker without node: %v", err)
	}
}

func TestRevertReason(t *testing.T) {
	for _, tc := range []struct {
		name string
		data any
		want string
	}{
		{"height", "0x2e14f010" + strings.Repeat("0", 63) + "5" + strings.Repeat("0", 63) + "5", "HeightNotIncreasing(5, 5)"},
		{"not signer", "0x" + hex.EncodeToString(crypto.Keccak256([]byte("NotSigner(address)"))[:4]) + strings.Repeat("0", 24) + "00000000000000000000000000000000000000aa", "NotSigner(0x00000000000000000000000000000000000000AA)"},
		{"unknown selector", "0xdeadbeef", "revert data 0xdeadbeef"},
		{"not hex", 42, "revert data 42"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := revertReason(tc.data); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}
