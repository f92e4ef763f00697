package watcher_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
)

// fakeNode is a TEST DOUBLE of watcher.Node for unit tests: an in-process
// chain of blocks with a mempool and a transaction index over the best
// chain, which keeps blocks of abandoned branches readable by hash (as
// btcd does) and answers with btcd's RPC error codes. It checks no
// consensus rule: transactions are taken as given, unsigned. The real
// node is btcd, on which the same conformance suite runs
// (TestChaintestBtcd, build tag integration).
type fakeNode struct {
	mu      sync.Mutex
	blocks  map[chainhash.Hash]*wire.MsgBlock
	height  map[chainhash.Hash]int64 // every block ever mined
	best    []chainhash.Hash         // best[h]: the best chain's block at height h
	txBlock map[chainhash.Hash]int64 // txid → height on the best chain
	mempool []*wire.MsgTx
	serial  uint32 // makes every coinbase, and so every block, distinct
}

func newFakeNode() *fakeNode {
	n := &fakeNode{blocks: map[chainhash.Hash]*wire.MsgBlock{}, height: map[chainhash.Hash]int64{}, txBlock: map[chainhash.Hash]int64{}}
	n.mine(101) // genesis and 100 blocks, as a regtest devnet starts
	return n
}

var _ watcher.Node = (*fakeNode)(nil)

func (n *fakeNode) Node() watcher.Node { return n }

// Pay puts a transaction with outs in the mempool; its input spends an
// outpoint no one checks.
func (n *fakeNode) Pay(_ testing.TB, outs []*wire.TxOut) *wire.MsgTx {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.serial++
	tx := wire.NewMsgTx(2)
	tx.AddTxIn(wire.NewTxIn(&wire.OutPoint{Hash: chainhash.HashH(binary.BigEndian.AppendUint32([]byte("fake funding "), n.serial))}, nil, nil))
	for _, o := range outs {
		tx.AddTxOut(o)
	}
	n.mempool = append(n.mempool, tx)
	return tx
}

func (n *fakeNode) Mine(_ testing.TB, k int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.mine(k)
}

func (n *fakeNode) Reorg(t testing.TB, depth int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	keep := len(n.best) - depth
	if depth <= 0 || keep < 1 {
		t.Fatalf("fake node: cannot reorg %d of %d blocks", depth, len(n.best))
	}
	var back []*wire.MsgTx
	for _, h := range n.best[keep:] {
		for _, tx := range n.blocks[h].Transactions[1:] {
			delete(n.txBlock, tx.TxHash())
			back = append(back, tx)
		}
	}
	n.best = n.best[:keep]
	n.mempool = append(back, n.mempool...)
	n.mine(depth + 1)
}

func (n *fakeNode) Tip(testing.TB) int64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.tip()
}

func (n *fakeNode) tip() int64 { return int64(len(n.best)) - 1 }

// mine appends k blocks to the best chain; the first takes the mempool.
func (n *fakeNode) mine(k int) {
	for i := 0; i < k; i++ {
		n.serial++
		h := int64(len(n.best))
		cb := wire.NewMsgTx(1)
		cb.AddTxIn(wire.NewTxIn(wire.NewOutPoint(&chainhash.Hash{}, wire.MaxPrevOutIndex),
			binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint64(nil, uint64(h)), n.serial), nil))
		cb.AddTxOut(wire.NewTxOut(50e8, []byte{txscript.OP_TRUE}))
		blk := &wire.MsgBlock{Header: wire.BlockHeader{Version: 4, Timestamp: time.Unix(1_700_000_000+h*600, 0), Nonce: n.serial}}
		if h > 0 {
			blk.Header.PrevBlock = n.best[h-1]
		}
		blk.Transactions = append([]*wire.MsgTx{cb}, n.mempool...)
		n.mempool = nil
		hash := blk.BlockHash()
		n.blocks[hash], n.height[hash] = blk, h
		n.best = append(n.best, hash)
		for _, tx := range blk.Transactions {
			n.txBlock[tx.TxHash()] = h
		}
	}
}

func rpcErr(code btcjson.RPCErrorCode, format string, args ...any) error {
	return &btcjson.RPCError{Code: code, Message: fmt.Sprintf(format, args...)}
}

func (n *fakeNode) GetBlockCount() (int64, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.tip(), nil
}

func (n *fakeNode) GetBlockHash(h int64) (*chainhash.Hash, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if h < 0 || h > n.tip() {
		return nil, rpcErr(btcjson.ErrRPCOutOfRange, "Block number out of range")
	}
	hash := n.best[h]
	return &hash, nil
}

func (n *fakeNode) GetBlock(hash *chainhash.Hash) (*wire.MsgBlock, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	blk, ok := n.blocks[*hash]
	if !ok {
		return nil, rpcErr(btcjson.ErrRPCBlockNotFound, "Block not found")
	}
	return blk, nil
}

// find returns txid from the best chain (height ≥ 0) or the mempool (-1).
func (n *fakeNode) find(txid chainhash.Hash) (*wire.MsgTx, int64, error) {
	if h, ok := n.txBlock[txid]; ok {
		for _, tx := range n.blocks[n.best[h]].Transactions {
			if tx.TxHash() == txid {
				return tx, h, nil
			}
		}
	}
	for _, tx := range n.mempool {
		if tx.TxHash() == txid {
			return tx, -1, nil
		}
	}
	return nil, 0, rpcErr(btcjson.ErrRPCNoTxInfo, "No information available about transaction")
}

func (n *fakeNode) GetRawTransaction(txid *chainhash.Hash) (*btcutil.Tx, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	tx, _, err := n.find(*txid)
	if err != nil {
		return nil, err
	}
	return btcutil.NewTx(tx), nil
}

func (n *fakeNode) GetRawTransactionVerbose(txid *chainhash.Hash) (*btcjson.TxRawResult, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	tx, h, err := n.find(*txid)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tx.Serialize(&buf); err != nil {
		return nil, err
	}
	r := &btcjson.TxRawResult{Hex: hex.EncodeToString(buf.Bytes()), Txid: txid.String()}
	if h >= 0 {
		r.BlockHash = n.best[h].String()
		r.Confirmations = uint64(n.tip() - h + 1)
	}
	return r, nil
}

func (n *fakeNode) GetBlockHeaderVerbose(hash *chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	h, ok := n.height[*hash]
	if !ok {
		return nil, rpcErr(btcjson.ErrRPCBlockNotFound, "Block not found")
	}
	r := &btcjson.GetBlockHeaderVerboseResult{Hash: hash.String(), Height: int32(h), Confirmations: -1}
	if n.best[h] == *hash {
		r.Confirmations = n.tip() - h + 1
	}
	return r, nil
}
