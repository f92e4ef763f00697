package audit

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
)

// Source yields blocks in height order starting at from. Blocks calls fn
// once per block and stops at the first error fn returns, returning it.
// The Store, a JSONL export (NewJSONLSource) and BlockSlice are Sources.
type Source interface {
	Blocks(ctx context.Context, from uint64, fn func(*Block) error) error
}

// BlockSlice is an in-memory Source.
type BlockSlice []*Block

// Blocks implements Source.
func (s BlockSlice) Blocks(ctx context.Context, from uint64, fn func(*Block) error) error {
	for _, b := range s {
		if b.Header.Height < from {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(b); err != nil {
			return err
		}
	}
	return nil
}

// ChainChecker confirms records against a real chain, for `audit verify
// --chains`: the record's transaction exists on the chain's best chain, in
// the recorded block, is final, and its decoded event matches the record
// (kind, transfer id, asset, amount, sender, recipient, destination). For
// an ANCHOR record it confirms that the transaction carries AnchorHash (a
// Bitcoin OP_RETURN output, or the anchor contract's event). Chain adapters
// implement it; errors wrap ErrChainCheck. The same method set serves the
// attester as its RecordChecker.
type ChainChecker interface {
	CheckRecord(ctx context.Context, r *Record) error
}

// VerifyOptions tune Verify and Replay.
type VerifyOptions struct {
	// Genesis pins the expected genesis block hash (recommended: publish it
	// out of band). Zero means trust the genesis block's own signer set.
	Genesis [32]byte
	// Chains checks every record with a chain reference against that
	// chain's node; a record on a chain with no checker fails. Nil skips
	// the chain checks.
	Chains map[chains.ChainID]ChainChecker
	// SkipAttestations skips signature checks (Replay sets it).
	SkipAttestations bool
	// Progress, if set, is called after each block.
	Progress func(height uint64, records uint64)
	// Verified, if set, is called with each block once it has verified,
	// and the signer set in force for it (the set that attested it): what
	// an auditor keeps to check anchors found on the chains
	// (audit/anchor.Verified).
	Verified func(b *Block, set *SignerSet)
}

// Report is what Verify and Replay found.
type Report struct {
	Blocks  uint64   `json:"blocks"`
	Records uint64   `json:"records"`
	Height  uint64   `json:"height"`
	Head    [32]byte `json:"-"`
	HeadHex string   `json:"head"`
	// GenesisHex is the hash of block 0: the value an auditor pins
	// (VerifyOptions.Genesis) once it is published out of band.
	GenesisHex    string     `json:"genesis"`
	Signers       *SignerSet `json:"signers,omitempty"`
	OpenTransfers int        `json:"openTransfers"`
	Balances      []Balance  `json:"balances"`
}

// Verify replays the chain from genesis and checks every block: encoding,
// height and previous-hash linkage, time order, the records' Merkle root,
// every record against the derived state, the supply invariant, the state
// hash, and t distinct valid attestations from the signer set in force
// (SIGNERSET records change it from the next block on). With opts.Chains it
// also checks each record against the real chains. The first failure is
// returned as a *VerifyError naming the block, the record and the reason.
// Memory stays proportional to the open transfers, not to the chain length.
func Verify(ctx context.Context, src Source, opts VerifyOptions) (*Report, error) {
	v := newVerifier(opts)
	var records uint64
	err := src.Blocks(ctx, 0, func(b *Block) error {
		if err := v.applyBlock(ctx, b); err != nil {
			return err
		}
		records += uint64(len(b.Records))
		if opts.Progress != nil {
			opts.Progress(b.Header.Height, records)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !v.started {
		return nil, fmt.Errorf("audit: %w: the chain is empty", ErrGenesis)
	}
	return v.report(), nil
}

// Replay rebuilds the state from genesis like Verify, checking hashes,
// linkage, transitions, the invariant and the state hash, but not the
// attestation signatures; its Report carries the balances per asset and chain.
func Replay(ctx context.Context, src Source, opts VerifyOptions) (*Report, error) {
	opts.SkipAttestations = true
	return Verify(ctx, src, opts)
}

// verifier is the incremental chain checker shared by Verify and Ledger.
type verifier struct {
	opts     VerifyOptions
	state    *State
	started  bool
	next     uint64   // expected next height
	prev     [32]byte // hash of the last block
	prevTime uint64
	hashes   [][32]byte // every block hash, for ANCHOR records (32 bytes per block)
	blocks   uint64
	records  uint64
	rec      Record // reused decode target
}

func newVerifier(opts VerifyOptions) *verifier {
	return &verifier{opts: opts, state: NewState()}
}

func (v *verifier) report() *Report {
	r := &Report{
		Blocks: v.blocks, Records: v.records, Height: v.next - 1, Head: v.prev, HeadHex: fmt.Sprintf("0x%x", v.prev),
		Signers: v.state.signers, OpenTransfers: len(v.state.open), Balances: v.state.Balances(),
	}
	if g, ok := v.hashAt(0); ok {
		r.GenesisHex = fmt.Sprintf("0x%x", g)
	}
	return r
}

func (v *verifier) hashAt(h uint64) ([32]byte, bool) {
	if h >= uint64(len(v.hashes)) {
		return [32]byte{}, false
	}
	return v.hashes[h], true
}

// applyBlock checks b against the current head and, if valid, advances the
// head. On error the verifier must be discarded (its state may be partial).
func (v *verifier) applyBlock(ctx context.Context, b *Block) error {
	h := &b.Header
	height := h.Height
	if err := v.checkLink(h); err != nil {
		return blockErr(height, err)
	}
	hash := h.Hash()
	if height == 0 && v.opts.Genesis != ([32]byte{}) && hash != v.opts.Genesis {
		return blockErr(height, fmt.Errorf("%w: genesis hash %x, pinned %x", ErrGenesis, hash, v.opts.Genesis))
	}
	if int(h.RecordCount) != len(b.Records) {
		return blockErr(height, fmt.Errorf("%w: header counts %d records, block has %d", ErrRecordsRoot, h.RecordCount, len(b.Records)))
	}
	if len(b.Records) == 0 {
		return blockErr(height, fmt.Errorf("%w: block has no records", ErrRecordsRoot))
	}
	leaves := make([][32]byte, len(b.Records))
	for i, r := range b.Records {
		leaves[i] = LeafHash(r)
	}
	if root := MerkleRoot(leaves); root != h.RecordsRoot {
		return v.rootMismatch(b, leaves, root)
	}

	st := v.state
	set := st.signers
	for i, raw := range b.Records {
		r := &v.rec
		*r = Record{}
		if err := decodeRecordInto(raw, r, true); err != nil {
			return &VerifyError{Height: height, Record: i, Err: err}
		}
		if height == 0 && i == 0 && r.Kind != KindSignerSet {
			return &VerifyError{Height: height, Record: i, Kind: r.Kind, Err: fmt.Errorf("%w: genesis must open with SIGNERSET", ErrGenesis)}
		}
		if err := st.Apply(r, height, v.hashAt); err != nil {
			return &VerifyError{Height: height, Record: i, Kind: r.Kind, Err: err}
		}
		if v.opts.Chains != nil {
			if err := v.checkChain(ctx, r); err != nil {
				return &VerifyError{Height: height, Record: i, Kind: r.Kind, Err: err}
			}
		}
	}
	if err := st.CheckInvariant(); err != nil {
		return blockErr(height, err)
	}
	if set == nil {
		set = st.signers // genesis is attested by the set it defines
	}
	st.endBlock() // a SIGNERSET in this block is part of the state after it
	if sh := st.Hash(); sh != h.StateHash {
		return blockErr(height, fmt.Errorf("%w: header says %x, replay derives %x", ErrStateHash, h.StateHash, sh))
	}
	if !v.opts.SkipAttestations {
		if err := CheckAttestations(set, hash, b.Attestations); err != nil {
			return blockErr(height, err)
		}
	}
	v.started = true
	v.next = height + 1
	v.prev = hash
	v.prevTime = h.Time
	v.hashes = append(v.hashes, hash)
	v.blocks++
	v.records += uint64(len(b.Records))
	if v.opts.Verified != nil {
		v.opts.Verified(b, set)
	}
	return nil
}

// checkLink checks h's place in the chain: genesis first, then each
// height once, in order, on the previous hash, never back in time.
func (v *verifier) checkLink(h *Header) error {
	if !v.started {
		if h.Height != 0 || h.PrevHash != ([32]byte{}) {
			return fmt.Errorf("%w: first block has height %d and previous hash %x, want genesis (0, zero)", ErrLinkage, h.Height, h.PrevHash)
		}
		return nil
	}
	switch {
	case h.Height != v.next:
		return fmt.Errorf("%w: height %d, want %d (a block is missing, repeated or out of order)", ErrLinkage, h.Height, v.next)
	case h.PrevHash != v.prev:
		return fmt.Errorf("%w: previous hash %x, want %x", ErrLinkage, h.PrevHash, v.prev)
	case h.Time < v.prevTime:
		return fmt.Errorf("%w: time %d before previous block's %d", ErrTime, h.Time, v.prevTime)
	}
	return nil
}

// rootMismatch names the record that no longer matches, when the block
// carries the exported leaf hashes and they still hash to the attested root.
func (v *verifier) rootMismatch(b *Block, leaves [][32]byte, root [32]byte) error {
	h := b.Header.Height
	if len(b.Leaves) == len(leaves) && MerkleRoot(b.Leaves) == b.Header.RecordsRoot {
		for i := range leaves {
			if leaves[i] != b.Leaves[i] {
				return &VerifyError{Height: h, Record: i, Err: fmt.Errorf("%w: record hashes to leaf %x, the attested tree has %x here (record changed or moved)", ErrRecordsRoot, leaves[i], b.Leaves[i])}
			}
		}
	}
	return blockErr(h, fmt.Errorf("%w: records hash to %x, header says %x", ErrRecordsRoot, root, b.Header.RecordsRoot))
}

func (v *verifier) checkChain(ctx context.Context, r *Record) error {
	switch r.Kind {
	case KindDefine, KindSignerSet:
		return nil
	case KindPause, KindResume:
		if r.Ref.IsZero() {
			return nil
		}
	}
	c, ok := v.opts.Chains[r.Ref.Chain]
	if !ok {
		return fmt.Errorf("%w: no checker configured for chain %d", ErrChainCheck, r.Ref.Chain)
	}
	if err := c.CheckRecord(ctx, r); err != nil {
		if !errors.Is(err, ErrChainCheck) {
			err = fmt.Errorf("%w: %w", ErrChainCheck, err)
		}
		return err
	}
	return nil
}

// CheckAttestations checks that atts holds at least set.Threshold valid
// signatures over AttestationDigest(headerHash) by distinct members of set,
// in strictly ascending signer order. Any invalid or foreign attestation is
// an error even when the rest reach the threshold.
func CheckAttestations(set *SignerSet, headerHash [32]byte, atts []Attestation) error {
	if set == nil {
		return fmt.Errorf("%w: no signer set in force", ErrQuorum)
	}
	var prev common.Address
	for i, a := range atts {
		addr, err := a.Signer(headerHash)
		if err != nil {
			return fmt.Errorf("attestation %d: %w", i, err)
		}
		if !set.Has(addr) {
			return fmt.Errorf("%w: attestation %d by %s, not in signer set epoch %d", ErrAttestation, i, addr, set.Epoch)
		}
		if i > 0 && addr.Cmp(prev) <= 0 {
			return fmt.Errorf("%w: attestation %d by %s repeated or out of ascending order", ErrAttestation, i, addr)
		}
		prev = addr
	}
	if len(atts) < int(set.Threshold) {
		return fmt.Errorf("%w: %d valid attestations, signer set epoch %d needs %d", ErrQuorum, len(atts), set.Epoch, set.Threshold)
	}
	return nil
}
