package evm

import (
	"context"
	"encoding/json"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/kakehashi/kakehashi/chains"
)

// Checkpoint is what a watcher persists: the last block whose events have
// all been emitted as final, and the events emitted within the reorg window
// below it, so that a reorganisation found after a restart can still name
// the events it removed.
type Checkpoint struct {
	Block  uint64
	Hash   common.Hash
	Recent []chains.Event
}

// Cursor persists a watcher's Checkpoint. The relay implements it on its
// own store (ideally in the same transaction as its record of the emitted
// events); MemoryCursor and FileCursor are provided. Load returns ok=false
// when nothing was saved yet.
type Cursor = chains.Cursor[Checkpoint]

// FileCursor keeps the checkpoint in a JSON file, replaced atomically
// (chains.FileCursor).
type FileCursor = chains.FileCursor[Checkpoint]

// MemoryCursor keeps the checkpoint in memory (tests, benchmarks).
type MemoryCursor struct {
	mu sync.Mutex
	cp *Checkpoint
	n  int
}

// Load returns the last saved checkpoint.
func (m *MemoryCursor) Load(context.Context) (Checkpoint, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cp == nil {
		return Checkpoint{}, false, nil
	}
	return cloneCheckpoint(*m.cp), true, nil
}

// Save stores cp.
func (m *MemoryCursor) Save(_ context.Context, cp Checkpoint) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := cloneCheckpoint(cp)
	m.cp = &c
	m.n++
	return nil
}

// Saves returns how many times Save was called.
func (m *MemoryCursor) Saves() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.n
}

func cloneCheckpoint(cp Checkpoint) Checkpoint {
	cp.Recent = append([]chains.Event(nil), cp.Recent...)
	return cp
}

// ---- JSON: every field explicit (chains.Event leaves hashes out of its JSON) ----

type eventJSON struct {
	Kind       chains.EventKind  `json:"kind"`
	Chain      chains.ChainID    `json:"chain"`
	TxHash     common.Hash       `json:"txHash"`
	Index      uint32            `json:"index"`
	Block      uint64            `json:"block"`
	BlockHash  common.Hash       `json:"blockHash"`
	TransferID chains.TransferID `json:"transferId"`
	AssetID    chains.AssetID    `json:"assetId"`
	Amount     *hexutil.Big      `json:"amount,omitempty"`
	Sender     hexutil.Bytes     `json:"sender,omitempty"`
	DstChain   chains.ChainID    `json:"dstChain,omitempty"`
	Recipient  hexutil.Bytes     `json:"recipient,omitempty"`
	Nonce      uint64            `json:"nonce,omitempty"`
	Reason     string            `json:"reason,omitempty"`
	Conf       uint64            `json:"confirmations"`
}

type checkpointJSON struct {
	Block  uint64      `json:"block"`
	Hash   common.Hash `json:"hash"`
	Recent []eventJSON `json:"recent,omitempty"`
}

// MarshalJSON encodes the checkpoint with every hash explicit.
func (cp Checkpoint) MarshalJSON() ([]byte, error) {
	j := checkpointJSON{Block: cp.Block, Hash: cp.Hash}
	for _, e := range cp.Recent {
		ej := eventJSON{
			Kind: e.Kind, Chain: e.Ref.Chain, TxHash: e.Ref.TxHash, Index: e.Ref.Index,
			Block: e.BlockNum, BlockHash: e.BlockHash, TransferID: e.TransferID, AssetID: e.AssetID,
			Sender: e.Sender, DstChain: e.DstChain, Recipient: e.Recipient, Nonce: e.Nonce, Reason: e.Reason,
			Conf: e.Confirmations,
		}
		if e.Amount != nil {
			ej.Amount = (*hexutil.Big)(e.Amount)
		}
		j.Recent = append(j.Recent, ej)
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON wrote.
func (cp *Checkpoint) UnmarshalJSON(b []byte) error {
	var j checkpointJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*cp = Checkpoint{Block: j.Block, Hash: j.Hash}
	for _, ej := range j.Recent {
		e := chains.Event{
			Kind: ej.Kind, Ref: chains.EventRef{Chain: ej.Chain, TxHash: ej.TxHash, Index: ej.Index},
			BlockNum: ej.Block, BlockHash: ej.BlockHash, TransferID: ej.TransferID, AssetID: ej.AssetID,
			Sender: ej.Sender, DstChain: ej.DstChain, Recipient: ej.Recipient, Nonce: ej.Nonce, Reason: ej.Reason,
			Finality: chains.Finality{Confirmations: ej.Conf, Final: true},
		}
		if ej.Amount != nil {
			e.Amount = new(big.Int).Set((*big.Int)(ej.Amount))
		}
		cp.Recent = append(cp.Recent, e)
	}
	return nil
}
