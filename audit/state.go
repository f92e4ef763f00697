package audit

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/chains"
)

// assetState is the derived state of one asset.
type assetState struct {
	def         Definition
	locked      uint256.Int // held in custody on the home chain for the wrapped supply and the transfers in flight
	inFlight    uint256.Int // locked or burned, not yet minted or unlocked (a lock: its gross amount)
	fees        uint256.Int // sweep fees paid out of custody (reported, outside the invariant)
	withheld    uint256.Int // deposit fees withheld by minted locks for their sweep (reported, outside the invariant)
	outstanding map[chains.ChainID]uint256.Int
}

// openTransfer is a transfer whose source event is recorded and whose
// destination event (or refund) is not yet.
type openTransfer struct {
	kind      Kind // KindLock, KindBurn or KindLockRejected
	asset     chains.AssetID
	src, dst  chains.ChainID
	amount    uint256.Int // the source amount (a lock: gross, as on chain)
	fee       uint256.Int // a lock's deposit fee: the mint is amount − fee
	recipient []byte
}

// srcPos orders source events (LOCK, LOCK_REJECTED, BURN) on one chain.
type srcPos struct {
	block uint64
	index uint32
	tx    [32]byte
}

func (a srcPos) less(b srcPos) bool {
	if a.block != b.block {
		return a.block < b.block
	}
	if a.index != b.index {
		return a.index < b.index
	}
	return bytes.Compare(a.tx[:], b.tx[:]) < 0
}

// State is the state derived from the records: per asset the amount locked
// on the home chain, outstanding on each other chain and in flight; the
// open transfers; the signer set; the pauses. Its memory is proportional to
// the assets, chains and open transfers, never to the length of history.
// A State is not safe for concurrent use (Ledger adds the locking).
type State struct {
	signers *SignerSet
	// next is a SIGNERSET recorded in the current block: it takes effect
	// for the attestations of the next block.
	next    *SignerSet
	assets  map[chains.AssetID]*assetState
	open    map[chains.TransferID]*openTransfer
	pauses  map[Scope]struct{}
	lastSrc map[chains.ChainID]srcPos
}

// NewState returns the empty state before genesis.
func NewState() *State {
	return &State{
		assets:  map[chains.AssetID]*assetState{},
		open:    map[chains.TransferID]*openTransfer{},
		pauses:  map[Scope]struct{}{},
		lastSrc: map[chains.ChainID]srcPos{},
	}
}

// Clone returns a deep copy (O(assets + open transfers)).
func (s *State) Clone() *State {
	c := &State{
		signers: s.signers,
		next:    s.next,
		assets:  make(map[chains.AssetID]*assetState, len(s.assets)),
		open:    make(map[chains.TransferID]*openTransfer, len(s.open)),
		pauses:  maps.Clone(s.pauses),
		lastSrc: maps.Clone(s.lastSrc),
	}
	for k, a := range s.assets {
		x := *a
		x.outstanding = maps.Clone(a.outstanding)
		c.assets[k] = &x
	}
	for k, o := range s.open {
		x := *o
		c.open[k] = &x
	}
	return c
}

// Signers returns the signer set in force (nil before genesis).
func (s *State) Signers() *SignerSet { return s.signers }

// OpenTransfers returns how many transfers await their destination event.
func (s *State) OpenTransfers() int { return len(s.open) }

// endBlock makes a SIGNERSET recorded in the block take effect.
func (s *State) endBlock() {
	if s.next != nil {
		s.signers, s.next = s.next, nil
	}
}

// anchorLookup returns the hash of the block at a height below the current one.
type anchorLookup func(height uint64) ([32]byte, bool)

// Apply applies one record. On error the state is unchanged; the error
// wraps ErrTransition or ErrInvariant. height is the block being built;
// hashAt resolves earlier block hashes for ANCHOR records.
func (s *State) Apply(r *Record, height uint64, hashAt anchorLookup) error {
	switch r.Kind {
	case KindDefine:
		return s.applyDefine(r)
	case KindSignerSet:
		return s.applySignerSet(r)
	case KindLock, KindLockRejected, KindBurn:
		return s.applySource(r)
	case KindMint, KindUnlock, KindRefund:
		return s.applyDest(r)
	case KindSweep:
		return s.applySweep(r)
	case KindPause, KindResume:
		return s.applyPause(r)
	case KindAnchor:
		if r.AnchorHeight >= height {
			return fmt.Errorf("%w: anchor of height %d recorded at height %d", ErrAnchor, r.AnchorHeight, height)
		}
		if hashAt != nil {
			h, ok := hashAt(r.AnchorHeight)
			if !ok {
				return fmt.Errorf("%w: no block hash known for height %d", ErrAnchor, r.AnchorHeight)
			}
			if h != r.AnchorHash {
				return fmt.Errorf("%w: anchored hash %x is not block %d's hash %x", ErrAnchor, r.AnchorHash, r.AnchorHeight, h)
			}
		}
		return nil
	}
	return fmt.Errorf("%w: unknown kind %d", ErrTransition, uint8(r.Kind))
}

func (s *State) applyDefine(r *Record) error {
	d := r.Define
	if d == nil {
		return fmt.Errorf("%w: DEFINE without a definition", ErrTransition)
	}
	if want := chains.ComputeAssetID(d.HomeChain, d.HomeAsset); want != r.AssetID {
		return fmt.Errorf("%w: asset id %s is not keccak256(abi.encode(%d, 0x%x)) = %s", ErrTransition, r.AssetID, d.HomeChain, d.HomeAsset, want)
	}
	if len(d.HomeAsset) != 0 && len(d.HomeAsset) != 20 {
		return fmt.Errorf("%w: home asset of %d bytes, want 20 or 0", ErrTransition, len(d.HomeAsset))
	}
	if d.HomeChain == 0 {
		return fmt.Errorf("%w: home chain 0", ErrTransition)
	}
	for _, w := range d.Wrapped {
		if w.Chain == d.HomeChain || w.Chain == 0 {
			return fmt.Errorf("%w: wrapped token on chain %d (home or zero)", ErrTransition, w.Chain)
		}
		if len(w.Token) == 0 {
			return fmt.Errorf("%w: empty wrapped token address on chain %d", ErrTransition, w.Chain)
		}
	}
	old, exists := s.assets[r.AssetID]
	if exists {
		if old.def.Decimals != d.Decimals {
			return fmt.Errorf("%w: redefinition changes decimals %d → %d", ErrTransition, old.def.Decimals, d.Decimals)
		}
		for _, ow := range old.def.Wrapped {
			found := false
			for _, nw := range d.Wrapped {
				if nw.Chain == ow.Chain {
					found = bytes.Equal(nw.Token, ow.Token)
				}
			}
			if !found {
				return fmt.Errorf("%w: redefinition drops or changes the wrapped token on chain %d", ErrTransition, ow.Chain)
			}
		}
	}
	def := Definition{
		HomeChain: d.HomeChain, HomeAsset: bytes.Clone(d.HomeAsset), Decimals: d.Decimals,
		MaxPerTransfer: d.MaxPerTransfer, Wrapped: make([]Wrapped, len(d.Wrapped)),
	}
	for i, w := range d.Wrapped {
		def.Wrapped[i] = Wrapped{Chain: w.Chain, Token: bytes.Clone(w.Token)}
	}
	if exists {
		old.def = def
		for _, w := range def.Wrapped {
			if _, ok := old.outstanding[w.Chain]; !ok {
				old.outstanding[w.Chain] = uint256.Int{}
			}
		}
		return nil
	}
	a := &assetState{def: def, outstanding: map[chains.ChainID]uint256.Int{}}
	for _, w := range def.Wrapped {
		a.outstanding[w.Chain] = uint256.Int{}
	}
	s.assets[r.AssetID] = a
	return nil
}

func (s *State) applySignerSet(r *Record) error {
	ss := r.SignerSet
	if ss == nil {
		return fmt.Errorf("%w: SIGNERSET without a set", ErrTransition)
	}
	cur := s.signers
	if s.next != nil {
		return fmt.Errorf("%w: second SIGNERSET in one block", ErrTransition)
	}
	wantEpoch := uint64(1)
	if cur != nil {
		wantEpoch = cur.Epoch + 1
	}
	if ss.Epoch != wantEpoch {
		return fmt.Errorf("%w: signer set epoch %d, want %d", ErrTransition, ss.Epoch, wantEpoch)
	}
	if len(ss.Signers) == 0 || ss.Threshold == 0 || int(ss.Threshold) > len(ss.Signers) {
		return fmt.Errorf("%w: threshold %d of %d signers", ErrTransition, ss.Threshold, len(ss.Signers))
	}
	for _, a := range ss.Signers {
		if a == (common.Address{}) {
			return fmt.Errorf("%w: zero signer address", ErrTransition)
		}
	}
	cp := &SignerSet{Epoch: ss.Epoch, Threshold: ss.Threshold, Signers: slices.Clone(ss.Signers)}
	if cur == nil {
		// Genesis: the first set attests the block that defines it.
		s.signers = cp
		return nil
	}
	s.next = cp
	return nil
}

func (s *State) asset(id chains.AssetID) (*assetState, error) {
	a, ok := s.assets[id]
	if !ok {
		return nil, fmt.Errorf("%w: asset %s is not defined", ErrTransition, id)
	}
	return a, nil
}

func (a *assetState) isWrappedChain(c chains.ChainID) bool {
	_, ok := a.outstanding[c]
	return ok
}

func (s *State) applySource(r *Record) error {
	a, err := s.asset(r.AssetID)
	if err != nil {
		return err
	}
	src := r.Ref.Chain
	if r.Amount.IsZero() {
		return fmt.Errorf("%w: zero amount", ErrTransition)
	}
	if _, dup := s.open[r.TransferID]; dup {
		return fmt.Errorf("%w: transfer %s is already open", ErrTransition, r.TransferID)
	}
	pos := srcPos{block: r.Ref.BlockNum, index: r.Ref.Index, tx: r.Ref.TxHash}
	if last, ok := s.lastSrc[src]; ok && !last.less(pos) {
		return fmt.Errorf("%w: source event %s at block %d is not after the previous source event on chain %d (block %d, index %d)",
			ErrTransition, r.Ref.EventRef, r.Ref.BlockNum, src, last.block, last.index)
	}
	o := &openTransfer{kind: r.Kind, asset: r.AssetID, src: src, dst: r.DstChain, amount: r.Amount, recipient: bytes.Clone(r.Recipient)}
	if r.Kind == KindLock {
		if r.Fee.Gt(&r.Amount) {
			return fmt.Errorf("%w: lock fee %s above amount %s", ErrTransition, r.Fee.Dec(), r.Amount.Dec())
		}
		o.fee = r.Fee
	}
	switch r.Kind {
	case KindLockRejected:
		if src != a.def.HomeChain {
			return fmt.Errorf("%w: rejected lock on chain %d, home chain is %d", ErrTransition, src, a.def.HomeChain)
		}
	case KindLock:
		if src != a.def.HomeChain {
			return fmt.Errorf("%w: lock on chain %d, home chain is %d", ErrTransition, src, a.def.HomeChain)
		}
		if !a.isWrappedChain(r.DstChain) {
			return fmt.Errorf("%w: lock to chain %d, which has no wrapped token", ErrTransition, r.DstChain)
		}
		locked, ov1 := new(uint256.Int).AddOverflow(&a.locked, &r.Amount)
		inFlight, ov2 := new(uint256.Int).AddOverflow(&a.inFlight, &r.Amount)
		if ov1 || ov2 {
			return fmt.Errorf("%w: lock overflows 256 bits", ErrInvariant)
		}
		a.locked, a.inFlight = *locked, *inFlight
	case KindBurn:
		if !a.isWrappedChain(src) {
			return fmt.Errorf("%w: burn on chain %d, which has no wrapped token", ErrTransition, src)
		}
		if r.DstChain == src || (r.DstChain != a.def.HomeChain && !a.isWrappedChain(r.DstChain)) {
			return fmt.Errorf("%w: burn on chain %d to chain %d", ErrTransition, src, r.DstChain)
		}
		out := a.outstanding[src]
		if out.Lt(&r.Amount) {
			return fmt.Errorf("%w: burn of %s on chain %d exceeds its outstanding %s", ErrInvariant, r.Amount.Dec(), src, out.Dec())
		}
		inFlight, ov := new(uint256.Int).AddOverflow(&a.inFlight, &r.Amount)
		if ov {
			return fmt.Errorf("%w: in flight overflows 256 bits", ErrInvariant)
		}
		out.Sub(&out, &r.Amount)
		a.outstanding[src] = out
		a.inFlight = *inFlight
	}
	s.lastSrc[src] = pos
	s.open[r.TransferID] = o
	return nil
}

// checkDest validates a MINT, UNLOCK or REFUND against the state without
// changing it and returns the open transfer it closes.
func (s *State) checkDest(r *Record) (*assetState, *openTransfer, error) {
	a, err := s.asset(r.AssetID)
	if err != nil {
		return nil, nil, err
	}
	o, ok := s.open[r.TransferID]
	if !ok {
		what := map[Kind]string{KindMint: "lock or burn", KindUnlock: "burn", KindRefund: "lock or burn"}[r.Kind]
		return nil, nil, fmt.Errorf("%w: %s of transfer %s without a recorded final %s in flight (never locked, or already completed)",
			ErrInvariant, r.Kind, r.TransferID, what)
	}
	if o.asset != r.AssetID {
		return nil, nil, fmt.Errorf("%w: transfer %s is for asset %s, record says %s", ErrTransition, r.TransferID, o.asset, r.AssetID)
	}
	// A mint of a lock carries the lock's amount net of its deposit fee;
	// everything else (an unlock, a refund, a mint of a burn) the source
	// amount: a refund returns the whole deposit.
	want, what := &o.amount, "source amount"
	if r.Kind == KindMint && o.kind == KindLock && !o.fee.IsZero() {
		want, what = new(uint256.Int).Sub(&o.amount, &o.fee), fmt.Sprintf("lock amount %s − deposit fee %s =", o.amount.Dec(), o.fee.Dec())
	}
	if !want.Eq(&r.Amount) {
		return nil, nil, fmt.Errorf("%w: %s amount %s differs from the %s %s of transfer %s", ErrInvariant, r.Kind, r.Amount.Dec(), what, want.Dec(), r.TransferID)
	}
	chain := r.Ref.Chain
	switch r.Kind {
	case KindMint:
		if o.kind == KindLockRejected {
			return nil, nil, fmt.Errorf("%w: mint of rejected deposit %s", ErrInvariant, r.TransferID)
		}
		if r.Amount.IsZero() {
			return nil, nil, fmt.Errorf("%w: mint of nothing: transfer %s's deposit fee takes its whole amount (it can only be refunded)", ErrTransition, r.TransferID)
		}
		if chain != o.dst || chain == a.def.HomeChain {
			return nil, nil, fmt.Errorf("%w: mint on chain %d, transfer %s goes to chain %d", ErrTransition, chain, r.TransferID, o.dst)
		}
	case KindUnlock:
		if o.kind != KindBurn {
			return nil, nil, fmt.Errorf("%w: unlock of %s, which is not a burn", ErrInvariant, r.TransferID)
		}
		if chain != o.dst || chain != a.def.HomeChain {
			return nil, nil, fmt.Errorf("%w: unlock on chain %d, transfer %s goes to chain %d (home %d)", ErrTransition, chain, r.TransferID, o.dst, a.def.HomeChain)
		}
		if r.Fee.Gt(&r.Amount) {
			return nil, nil, fmt.Errorf("%w: unlock fee %s above amount %s", ErrTransition, r.Fee.Dec(), r.Amount.Dec())
		}
	case KindRefund:
		if chain != o.src {
			return nil, nil, fmt.Errorf("%w: refund on chain %d, %s %s is on chain %d", ErrTransition, chain, o.kind, r.TransferID, o.src)
		}
		// The refund goes back to the sender (a deposit's refund key, an
		// EVM lock's or burn's sender), not to the recipient.
		return a, o, nil
	}
	if !bytes.Equal(o.recipient, r.Recipient) {
		return nil, nil, fmt.Errorf("%w: %s recipient 0x%x differs from the source's recipient 0x%x", ErrTransition, r.Kind, r.Recipient, o.recipient)
	}
	return a, o, nil
}

func (s *State) applyDest(r *Record) error {
	a, o, err := s.checkDest(r)
	if err != nil {
		return err
	}
	if o.kind != KindLockRejected {
		// The transfer leaves in flight with its source amount (a lock's
		// gross). A mint of a lock with a deposit fee moves the fee out of
		// locked into withheld: custody keeps it to pay the sweep.
		if a.inFlight.Lt(&o.amount) {
			return fmt.Errorf("%w: %s of %s exceeds in flight %s", ErrInvariant, r.Kind, o.amount.Dec(), a.inFlight.Dec())
		}
		switch r.Kind {
		case KindMint:
			out := a.outstanding[r.Ref.Chain]
			sum, ov := new(uint256.Int).AddOverflow(&out, &r.Amount)
			if ov {
				return fmt.Errorf("%w: outstanding overflows 256 bits", ErrInvariant)
			}
			withheld, ov := new(uint256.Int).AddOverflow(&a.withheld, &o.fee)
			if ov {
				return fmt.Errorf("%w: withheld deposit fees overflow 256 bits", ErrInvariant)
			}
			if a.locked.Lt(&o.fee) {
				return fmt.Errorf("%w: deposit fee %s exceeds locked %s", ErrInvariant, o.fee.Dec(), a.locked.Dec())
			}
			a.outstanding[r.Ref.Chain] = *sum
			a.withheld = *withheld
			a.locked.Sub(&a.locked, &o.fee)
		case KindRefund:
			if o.kind == KindBurn {
				// A burn refunded is minted again on its own chain.
				out := a.outstanding[r.Ref.Chain]
				sum, ov := new(uint256.Int).AddOverflow(&out, &r.Amount)
				if ov {
					return fmt.Errorf("%w: outstanding overflows 256 bits", ErrInvariant)
				}
				a.outstanding[r.Ref.Chain] = *sum
				break
			}
			if a.locked.Lt(&o.amount) {
				return fmt.Errorf("%w: %s of %s exceeds locked %s", ErrInvariant, r.Kind, o.amount.Dec(), a.locked.Dec())
			}
			a.locked.Sub(&a.locked, &o.amount)
		case KindUnlock:
			if a.locked.Lt(&o.amount) {
				return fmt.Errorf("%w: %s of %s exceeds locked %s", ErrInvariant, r.Kind, o.amount.Dec(), a.locked.Dec())
			}
			a.locked.Sub(&a.locked, &o.amount)
		}
		a.inFlight.Sub(&a.inFlight, &o.amount)
	}
	delete(s.open, r.TransferID)
	return nil
}

func (s *State) applySweep(r *Record) error {
	a, err := s.asset(r.AssetID)
	if err != nil {
		return err
	}
	if r.Ref.Chain != a.def.HomeChain {
		return fmt.Errorf("%w: sweep on chain %d, home chain is %d", ErrTransition, r.Ref.Chain, a.def.HomeChain)
	}
	if len(r.Swept) == 0 {
		return fmt.Errorf("%w: sweep of no deposits", ErrTransition)
	}
	if r.Fee.Gt(&r.Amount) {
		return fmt.Errorf("%w: sweep fee %s above amount %s", ErrTransition, r.Fee.Dec(), r.Amount.Dec())
	}
	fees, ov := new(uint256.Int).AddOverflow(&a.fees, &r.Fee)
	if ov {
		return fmt.Errorf("%w: fees overflow 256 bits", ErrInvariant)
	}
	a.fees = *fees
	return nil
}

func (s *State) applyPause(r *Record) error {
	if r.Scope.Asset != (chains.AssetID{}) {
		if _, err := s.asset(r.Scope.Asset); err != nil {
			return err
		}
	}
	_, paused := s.pauses[r.Scope]
	if r.Kind == KindPause {
		if paused {
			return fmt.Errorf("%w: scope chain %d asset %s is already paused", ErrTransition, r.Scope.Chain, r.Scope.Asset)
		}
		s.pauses[r.Scope] = struct{}{}
		return nil
	}
	if !paused {
		return fmt.Errorf("%w: resume of scope chain %d asset %s, which is not paused", ErrTransition, r.Scope.Chain, r.Scope.Asset)
	}
	delete(s.pauses, r.Scope)
	return nil
}

// isPaused reports whether any pause covers chain c and asset id.
func (s *State) isPaused(id chains.AssetID, cs ...chains.ChainID) bool {
	if len(s.pauses) == 0 {
		return false
	}
	for _, c := range append(cs, 0) {
		for _, a := range []chains.AssetID{id, {}} {
			if _, ok := s.pauses[Scope{Chain: c, Asset: a}]; ok {
				return true
			}
		}
	}
	return false
}

// CheckInvariant checks locked = Σ outstanding + in flight for every asset.
func (s *State) CheckInvariant() error {
	for id, a := range s.assets {
		sum := a.inFlight
		for _, o := range a.outstanding {
			if _, ov := sum.AddOverflow(&sum, &o); ov {
				return fmt.Errorf("%w: asset %s: Σ outstanding + in flight overflows", ErrInvariant, id)
			}
		}
		if !sum.Eq(&a.locked) {
			return fmt.Errorf("%w: asset %s: locked %s ≠ Σ outstanding + in flight %s", ErrInvariant, id, a.locked.Dec(), sum.Dec())
		}
	}
	return nil
}

// StateVersion is the first byte of the state encoding. Version 2 added
// each asset's withheld deposit fees.
const StateVersion byte = 2

// Encode returns the canonical encoding of the state that the block
// header's state hash commits to (docs/audit-format.md §5).
func (s *State) Encode() []byte {
	b := make([]byte, 0, 256)
	b = append(b, StateVersion)
	if ss := s.signers; ss != nil {
		b = binary.BigEndian.AppendUint64(b, ss.Epoch)
		b = binary.BigEndian.AppendUint16(b, ss.Threshold)
		b = binary.BigEndian.AppendUint16(b, uint16(len(ss.Signers)))
		for _, a := range ss.Signers {
			b = append(b, a[:]...)
		}
	} else {
		b = append(b, make([]byte, 12)...)
	}
	scopes := slices.SortedFunc(maps.Keys(s.pauses), func(x, y Scope) int {
		if x.Chain != y.Chain {
			if x.Chain < y.Chain {
				return -1
			}
			return 1
		}
		return bytes.Compare(x.Asset[:], y.Asset[:])
	})
	b = binary.BigEndian.AppendUint32(b, uint32(len(scopes)))
	for _, sc := range scopes {
		b = binary.BigEndian.AppendUint64(b, uint64(sc.Chain))
		b = append(b, sc.Asset[:]...)
	}
	ids := slices.SortedFunc(maps.Keys(s.assets), func(x, y chains.AssetID) int { return bytes.Compare(x[:], y[:]) })
	b = binary.BigEndian.AppendUint32(b, uint32(len(ids)))
	var w [32]byte
	for _, id := range ids {
		a := s.assets[id]
		b = append(b, id[:]...)
		b = binary.BigEndian.AppendUint64(b, uint64(a.def.HomeChain))
		for _, v := range []*uint256.Int{&a.locked, &a.inFlight, &a.fees, &a.withheld} {
			v.WriteToArray32(&w)
			b = append(b, w[:]...)
		}
		cs := slices.Sorted(maps.Keys(a.outstanding))
		b = binary.BigEndian.AppendUint16(b, uint16(len(cs)))
		for _, c := range cs {
			o := a.outstanding[c]
			b = binary.BigEndian.AppendUint64(b, uint64(c))
			o.WriteToArray32(&w)
			b = append(b, w[:]...)
		}
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(s.open)))
	return b
}

// Hash returns SHA-256 of Encode().
func (s *State) Hash() [32]byte { return sha256.Sum256(s.Encode()) }

// Balance is the replayed position of one asset.
type Balance struct {
	Asset     chains.AssetID `json:"asset"`
	HomeChain chains.ChainID `json:"homeChain"`
	HomeAsset string         `json:"homeAsset"` // 0x-hex token address, "" for the native coin
	Decimals  uint8          `json:"decimals"`
	// Locked on the home chain; equals Σ Outstanding + InFlight.
	Locked      *uint256.Int                    `json:"locked"`
	InFlight    *uint256.Int                    `json:"inFlight"`
	Outstanding map[chains.ChainID]*uint256.Int `json:"outstanding"`
	// FeesPaid are sweep fees paid out of custody.
	FeesPaid *uint256.Int `json:"feesPaid"`
	// FeesWithheld are the deposit fees of minted locks, kept in custody
	// to pay the sweeps. The custody wallet's real balance (unswept
	// deposits included) is expected to be Locked + FeesWithheld −
	// FeesPaid; FeesWithheld − FeesPaid is the sweep-fee margin left.
	FeesWithheld *uint256.Int `json:"feesWithheld"`
}

// Balances returns every asset's position, ascending by asset id.
func (s *State) Balances() []Balance {
	ids := slices.SortedFunc(maps.Keys(s.assets), func(x, y chains.AssetID) int { return bytes.Compare(x[:], y[:]) })
	out := make([]Balance, 0, len(ids))
	for _, id := range ids {
		a := s.assets[id]
		bal := Balance{
			Asset: id, HomeChain: a.def.HomeChain, Decimals: a.def.Decimals,
			Locked: a.locked.Clone(), InFlight: a.inFlight.Clone(), FeesPaid: a.fees.Clone(), FeesWithheld: a.withheld.Clone(),
			Outstanding: map[chains.ChainID]*uint256.Int{},
		}
		if len(a.def.HomeAsset) > 0 {
			bal.HomeAsset = fmt.Sprintf("0x%x", a.def.HomeAsset)
		}
		for c, o := range a.outstanding {
			bal.Outstanding[c] = o.Clone()
		}
		out = append(out, bal)
	}
	return out
}
