package explorer

import (
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// chainIndex is what the pages read, built block by block from the
// verified chain. It keeps every block decoded: memory grows with the
// chain, which an explorer of a federation's audit chain can afford (a
// block is a few hundred bytes a record).
type chainIndex struct {
	blocks    []*blockEntry // by height
	byHash    map[[32]byte]uint64
	transfers map[chains.TransferID][]recordPos // every record naming the transfer, in chain order
	order     []chains.TransferID               // transfers by their first record
	parties   map[string][]chains.TransferID    // hex of a sender or recipient → its transfers
	txs       map[[32]byte][]recordPos          // chain transaction → its records
	defs      map[chains.AssetID]*audit.Definition
	known     map[chains.ChainID]struct{} // chains named by a DEFINE (home or wrapped)
	epochs    []epochEntry
	anchors   map[chains.ChainID]anchorEntry // the latest ANCHOR per chain
}

// blockEntry is one verified block, decoded.
type blockEntry struct {
	header  audit.Header
	hash    [32]byte
	records []*audit.Record
	// attesters are the operators whose attestations the block carries,
	// in the block's order; set is the signer set they were checked
	// against.
	attesters []common.Address
	set       *audit.SignerSet
	atts      []audit.Attestation
}

// same checks that b, read from a replica at e's height, is e: the same
// header, and attestations that are e's or, if another replica kept
// another quorum of them, that verify as well.
func (e *blockEntry) same(b *audit.Block) error {
	h := b.Header.Height
	if hash := b.Hash(); hash != e.hash {
		return fmt.Errorf("%w at height %d: block %x, the verified chain has %x", ErrDiverged, h, hash, e.hash)
	}
	if slices.Equal(b.Attestations, e.atts) {
		return nil
	}
	if err := audit.CheckAttestations(e.set, e.hash, b.Attestations); err != nil {
		return &audit.VerifyError{Height: h, Record: audit.NoRecord, Err: err}
	}
	return nil
}

type recordPos struct {
	height uint64
	index  int
}

// epochEntry is a SIGNERSET record and the block that holds it.
type epochEntry struct {
	set    *audit.SignerSet
	height uint64
}

// anchorEntry is an ANCHOR record and the block that holds it.
type anchorEntry struct {
	rec    *audit.Record
	height uint64
}

func newChainIndex() *chainIndex {
	return &chainIndex{
		byHash:    map[[32]byte]uint64{},
		transfers: map[chains.TransferID][]recordPos{},
		parties:   map[string][]chains.TransferID{},
		txs:       map[[32]byte][]recordPos{},
		defs:      map[chains.AssetID]*audit.Definition{},
		known:     map[chains.ChainID]struct{}{},
		anchors:   map[chains.ChainID]anchorEntry{},
	}
}

// head returns the last block, or nil before genesis.
func (ix *chainIndex) head() *blockEntry {
	if len(ix.blocks) == 0 {
		return nil
	}
	return ix.blocks[len(ix.blocks)-1]
}

func (ix *chainIndex) block(h uint64) (*blockEntry, bool) {
	if h >= uint64(len(ix.blocks)) {
		return nil, false
	}
	return ix.blocks[h], true
}

// record returns the record at p.
func (ix *chainIndex) record(p recordPos) *audit.Record {
	return ix.blocks[p.height].records[p.index]
}

// add indexes a block that has just verified at height len(ix.blocks),
// attested under set.
func (ix *chainIndex) add(b *audit.Block, set *audit.SignerSet) error {
	e := &blockEntry{header: b.Header, hash: b.Hash(), set: set, atts: b.Attestations}
	for _, a := range b.Attestations {
		addr, err := a.Signer(e.hash)
		if err != nil {
			return err // cannot happen: the block verified
		}
		e.attesters = append(e.attesters, addr)
	}
	height := b.Header.Height
	for i, raw := range b.Records {
		r, err := audit.DecodeRecord(raw)
		if err != nil {
			return err // cannot happen: the block verified
		}
		e.records = append(e.records, r)
		ix.addRecord(r, recordPos{height: height, index: i})
	}
	ix.blocks = append(ix.blocks, e)
	ix.byHash[e.hash] = height
	return nil
}

func (ix *chainIndex) addRecord(r *audit.Record, p recordPos) {
	switch r.Kind {
	case audit.KindDefine:
		ix.defs[r.AssetID] = r.Define
		ix.known[r.Define.HomeChain] = struct{}{}
		for _, w := range r.Define.Wrapped {
			ix.known[w.Chain] = struct{}{}
		}
		return
	case audit.KindSignerSet:
		ix.epochs = append(ix.epochs, epochEntry{set: r.SignerSet, height: p.height})
		return
	case audit.KindAnchor:
		ix.anchors[r.Ref.Chain] = anchorEntry{rec: r, height: p.height}
	case audit.KindSweep:
		for _, id := range r.Swept {
			ix.addStep(id, p)
		}
	case audit.KindLock, audit.KindLockRejected, audit.KindBurn, audit.KindMint, audit.KindUnlock, audit.KindRefund:
		ix.addStep(r.TransferID, p)
		ix.addParty(r.Sender, r.TransferID)
		ix.addParty(r.Recipient, r.TransferID)
	}
	if !r.Ref.IsZero() {
		ix.txs[r.Ref.TxHash] = append(ix.txs[r.Ref.TxHash], p)
	}
}

func (ix *chainIndex) addStep(id chains.TransferID, p recordPos) {
	if _, seen := ix.transfers[id]; !seen {
		ix.order = append(ix.order, id)
	}
	ix.transfers[id] = append(ix.transfers[id], p)
}

// addParty notes that party (an address, a script, a refund key) takes
// part in transfer id, once.
func (ix *chainIndex) addParty(party []byte, id chains.TransferID) {
	if len(party) == 0 {
		return
	}
	k := hex.EncodeToString(party)
	ids := ix.parties[k]
	if len(ids) > 0 && ids[len(ids)-1] == id {
		return
	}
	for _, x := range ids {
		if x == id {
			return
		}
	}
	ix.parties[k] = append(ids, id)
}
