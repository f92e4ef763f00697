package eip712

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// Domain name and version of the Bridge contract. Version is the
// contract's VERSION: it changes whenever the contract's interface or its
// signed messages do, so a signature for one version never verifies on
// another.
const (
	Name    = "Kakehashi Bridge"
	Version = "3"
)

// Type strings, exactly as the contract hashes them.
const (
	DomainType       = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	transferFields   = "uint64 srcChain,bytes32 srcRef,uint64 srcIndex,bytes32 assetId,address recipient,uint256 amount)"
	MintType         = "Mint(uint64 epoch,uint64 deadline," + transferFields
	UnlockType       = "Unlock(uint64 epoch," + transferFields
	ItemType         = "Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"
	MintBatchType    = "MintBatch(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 assetId,Item[] items)" + ItemType
	UnlockBatchType  = "UnlockBatch(uint64 epoch,uint64 srcChain,bytes32 assetId,Item[] items)" + ItemType
	CancelType       = "Cancel(uint64 epoch,uint64 srcChain,bytes32 srcRef,uint64 srcIndex)"
	RefundType       = "Refund(uint64 epoch,uint64 nonce,bytes32 assetId,address sender,uint256 amount)"
	DefineAssetType  = "DefineAsset(uint64 epoch,uint64 homeChain,bytes homeAsset,string name,string symbol,uint8 decimals,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)"
	SetLimitsType    = "SetLimits(uint64 epoch,bytes32 assetId,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)"
	SetRoutesType    = "SetRoutes(uint64 epoch,bytes32 assetId,uint64[] dstChains,bool enabled,uint64 nonce)"
	SetChainType     = "SetChain(uint64 epoch,uint64 chainId,uint8 kind,uint64 nonce)"
	RotateSignerType = "RotateSigners(uint64 epoch,address[] signers,uint8 threshold,uint64 nonce)"
	PauseType        = "Pause(uint64 epoch,uint32 nonce)"
	UnpauseType      = "Unpause(uint64 epoch,uint64 nonce)"
)

// NoDeadline is the deadline of a mint that may land at any time (an EVM
// source's: nothing on the source chain can undo a final lock or burn).
const NoDeadline = ^uint64(0)

// Errors; see the package documentation.
var (
	ErrAmount          = errors.New("eip712: amount out of range")
	ErrSignature       = errors.New("eip712: bad signature")
	ErrDuplicateSigner = errors.New("eip712: duplicate signer")
	ErrBatch           = errors.New("eip712: bad batch")
)

// ChainKind is what the bridge knows a chain to be (SetChain).
type ChainKind uint8

// Chain kinds, as the contract's ChainKind enum.
const (
	ChainNone    ChainKind = 0
	ChainEVM     ChainKind = 1
	ChainBitcoin ChainKind = 2
)

// Domain is the EIP-712 domain of one Bridge deployment.
type Domain struct {
	ChainID chains.ChainID // the chain the bridge is on
	Bridge  common.Address // the bridge contract
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return keccak(
		typeHash(DomainType),
		keccak([]byte(Name)).Bytes(),
		keccak([]byte(Version)).Bytes(),
		word(uint64(d.ChainID)),
		common.LeftPadBytes(d.Bridge.Bytes(), 32),
	)
}

// Digest is keccak256("\x19\x01" ‖ separator ‖ structHash).
func (d Domain) Digest(structHash common.Hash) common.Hash {
	return keccak([]byte{0x19, 0x01}, d.Separator().Bytes(), structHash.Bytes())
}

// Transfer is one authorised transfer into the bridge's chain: the
// contract's Transfer struct.
type Transfer struct {
	SrcChain  chains.ChainID
	SrcRef    [32]byte // EVM: source bridge, left-padded; Bitcoin: txid in display order
	SrcIndex  uint64   // EVM: the event's nonce; Bitcoin: vout
	AssetID   chains.AssetID
	Recipient common.Address
	Amount    *big.Int
}

// EVMSource returns (srcRef, srcIndex) for a Locked/Burned event with
// `nonce` emitted by `bridge`.
func EVMSource(bridge common.Address, nonce uint64) (srcRef [32]byte, srcIndex uint64) {
	copy(srcRef[12:], bridge.Bytes())
	return srcRef, nonce
}

// BitcoinSource returns (srcRef, srcIndex) for deposit output txid:vout;
// srcRef is the txid in RPC display order (chainhash.Hash reversed).
func BitcoinSource(txid chainhash.Hash, vout uint32) (srcRef [32]byte, srcIndex uint64) {
	for i := range 32 {
		srcRef[i] = txid[31-i]
	}
	return srcRef, uint64(vout)
}

// ID is the transferId the bridge derives and emits:
// keccak256(abi.encode(uint64 srcChain, bytes32 srcRef, uint64 srcIndex)).
func (t Transfer) ID() chains.TransferID {
	return chains.TransferID(keccak(word(uint64(t.SrcChain)), t.SrcRef[:], word(t.SrcIndex)))
}

// Binding converts t to the abigen struct passed to Mint/Unlock.
func (t Transfer) Binding() bindings.BridgeTransfer {
	return bindings.BridgeTransfer{
		SrcChain:  uint64(t.SrcChain),
		SrcRef:    t.SrcRef,
		SrcIndex:  t.SrcIndex,
		AssetId:   t.AssetID,
		Recipient: t.Recipient,
		Amount:    t.Amount,
	}
}

func (t Transfer) fields() ([][]byte, error) {
	amt, err := uint256(t.Amount, 256)
	if err != nil {
		return nil, err
	}
	return [][]byte{
		word(uint64(t.SrcChain)), t.SrcRef[:], word(t.SrcIndex), t.AssetID[:],
		common.LeftPadBytes(t.Recipient.Bytes(), 32), amt,
	}, nil
}

// ItemHash is hashStruct(Item) of t, an element of a batch.
func ItemHash(t Transfer) (common.Hash, error) {
	amt, err := uint256(t.Amount, 256)
	if err != nil {
		return common.Hash{}, err
	}
	return keccak(typeHash(ItemType), t.SrcRef[:], word(t.SrcIndex),
		common.LeftPadBytes(t.Recipient.Bytes(), 32), amt), nil
}

// Batch is the argument list of Bridge.mintBatch / unlockBatch.
type Batch struct {
	SrcChain chains.ChainID
	AssetID  chains.AssetID
	Items    []bindings.BridgeItem
}

// NewBatch checks ts — non-empty, one source chain and one asset (a batch is
// per source chain and asset), amounts in range — and converts it for
// MintBatch/UnlockBatch.
func NewBatch(ts []Transfer) (Batch, error) {
	if len(ts) == 0 {
		return Batch{}, fmt.Errorf("%w: no transfers", ErrBatch)
	}
	b := Batch{SrcChain: ts[0].SrcChain, AssetID: ts[0].AssetID, Items: make([]bindings.BridgeItem, len(ts))}
	for i, t := range ts {
		if t.SrcChain != b.SrcChain || t.AssetID != b.AssetID {
			return Batch{}, fmt.Errorf("%w: transfer %d is from chain %d asset %s, the batch from chain %d asset %s",
				ErrBatch, i, t.SrcChain, t.AssetID, b.SrcChain, b.AssetID)
		}
		if _, err := uint256(t.Amount, 256); err != nil {
			return Batch{}, fmt.Errorf("transfer %d: %w", i, err)
		}
		b.Items[i] = bindings.BridgeItem{SrcRef: t.SrcRef, SrcIndex: t.SrcIndex, Recipient: t.Recipient, Amount: t.Amount}
	}
	return b, nil
}

// single is the digest of Mint (head: epoch, deadline) or Unlock (head: epoch).
func single(typ string, d Domain, t Transfer, head ...uint64) (common.Hash, error) {
	f, err := t.fields()
	if err != nil {
		return common.Hash{}, err
	}
	parts := [][]byte{typeHash(typ)}
	for _, h := range head {
		parts = append(parts, word(h))
	}
	return d.Digest(keccak(append(parts, f...)...)), nil
}

// batch is the digest of MintBatch (head: epoch, deadline) or UnlockBatch
// (head: epoch).
func batch(typ string, d Domain, ts []Transfer, head ...uint64) (common.Hash, error) {
	if _, err := NewBatch(ts); err != nil {
		return common.Hash{}, err
	}
	cat := make([]byte, 0, 32*len(ts))
	for i, t := range ts {
		h, err := ItemHash(t)
		if err != nil {
			return common.Hash{}, fmt.Errorf("transfer %d: %w", i, err)
		}
		cat = append(cat, h.Bytes()...)
	}
	parts := [][]byte{typeHash(typ)}
	for _, h := range head {
		parts = append(parts, word(h))
	}
	parts = append(parts, word(uint64(ts[0].SrcChain)), ts[0].AssetID[:], keccak(cat).Bytes())
	return d.Digest(keccak(parts...)), nil
}

// MintDigest is the digest signed for Bridge.mint(epoch, deadline, t,
// sigs): the bridge mints while block.timestamp <= deadline (unix seconds;
// NoDeadline for none).
func MintDigest(d Domain, epoch, deadline uint64, t Transfer) (common.Hash, error) {
	return single(MintType, d, t, epoch, deadline)
}

// UnlockDigest is the digest signed for Bridge.unlock(epoch, t, sigs).
func UnlockDigest(d Domain, epoch uint64, t Transfer) (common.Hash, error) {
	return single(UnlockType, d, t, epoch)
}

// MintBatchDigest is the digest signed for Bridge.mintBatch(epoch,
// deadline, srcChain, assetId, items, sigs); ts must share SrcChain and
// AssetID (see NewBatch), and deadline is the earliest of its transfers'.
func MintBatchDigest(d Domain, epoch, deadline uint64, ts []Transfer) (common.Hash, error) {
	return batch(MintBatchType, d, ts, epoch, deadline)
}

// UnlockBatchDigest is the digest signed for Bridge.unlockBatch(epoch,
// srcChain, assetId, items, sigs); ts must share SrcChain and AssetID.
func UnlockBatchDigest(d Domain, epoch uint64, ts []Transfer) (common.Hash, error) {
	return batch(UnlockBatchType, d, ts, epoch)
}

// CancelDigest is the digest signed for Bridge.cancel(epoch, srcChain,
// srcRef, srcIndex, sigs): once executed, the source event t names can
// never be minted or unlocked on that bridge. Only t's source (SrcChain,
// SrcRef, SrcIndex) is signed.
func CancelDigest(d Domain, epoch uint64, t Transfer) common.Hash {
	return d.Digest(keccak(typeHash(CancelType), word(epoch), word(uint64(t.SrcChain)), t.SrcRef[:], word(t.SrcIndex)))
}

// RefundDigest is the digest signed for Bridge.refund(epoch, nonce,
// assetID, sender, amount, sigs) on the bridge of d: its lock or burn
// `nonce` goes back to sender, once. The bridge keeps no record of a lock or
// burn, so what is signed is what is returned: take assetID, sender and
// amount from the nonce's Locked or Burned event on your own node, as for a
// mint, and sign only once the transfer's destination has cancelled it and
// the cancel is final (docs/contracts.md, "Refunds"). An amount that is nil,
// negative or wider than 256 bits (no event carries one) gives the zero
// hash, which no bridge computes: signatures over it authorise nothing.
func RefundDigest(d Domain, epoch, nonce uint64, assetID common.Hash, sender common.Address, amount *big.Int) common.Hash {
	amt, err := uint256(amount, 256)
	if err != nil {
		return common.Hash{}
	}
	return d.Digest(keccak(typeHash(RefundType), word(epoch), word(nonce), assetID[:],
		common.LeftPadBytes(sender.Bytes(), 32), amt))
}

// AssetDef mirrors the contract's AssetDef (defineAsset).
type AssetDef struct {
	HomeChain      chains.ChainID
	HomeAsset      []byte // 20-byte token address, or empty for the native coin
	Name, Symbol   string
	Decimals       uint8
	MinPerTransfer *big.Int // uint128 below 2^88; nil: 0 (no minimum)
	MaxPerTransfer *big.Int // uint128
	Capacity       *big.Int // uint128
	Window         uint32   // seconds
}

// AssetID is the id the bridge assigns: chains.ComputeAssetID.
func (a AssetDef) AssetID() chains.AssetID { return chains.ComputeAssetID(a.HomeChain, a.HomeAsset) }

// Binding converts a to the abigen struct passed to DefineAsset.
func (a AssetDef) Binding() bindings.BridgeAssetDef {
	return bindings.BridgeAssetDef{
		HomeChain: uint64(a.HomeChain), HomeAsset: a.HomeAsset, Name: a.Name, Symbol: a.Symbol,
		Decimals: a.Decimals, MinPerTransfer: orZero(a.MinPerTransfer), MaxPerTransfer: a.MaxPerTransfer,
		Capacity: a.Capacity, Window: a.Window,
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// DefineAssetDigest is the digest signed for Bridge.defineAsset(epoch, a,
// nonce, sigs). Like every admin message it names the signer epoch: a
// rotation retires it, even for signers who stay.
func DefineAssetDigest(d Domain, epoch uint64, a AssetDef, nonce uint64) (common.Hash, error) {
	minPer, err := uint256(orZero(a.MinPerTransfer), 128)
	if err != nil {
		return common.Hash{}, fmt.Errorf("minPerTransfer: %w", err)
	}
	maxPer, err := uint256(a.MaxPerTransfer, 128)
	if err != nil {
		return common.Hash{}, fmt.Errorf("maxPerTransfer: %w", err)
	}
	capacity, err := uint256(a.Capacity, 128)
	if err != nil {
		return common.Hash{}, fmt.Errorf("capacity: %w", err)
	}
	return d.Digest(keccak(
		typeHash(DefineAssetType), word(epoch), word(uint64(a.HomeChain)), keccak(a.HomeAsset).Bytes(),
		keccak([]byte(a.Name)).Bytes(), keccak([]byte(a.Symbol)).Bytes(), word(uint64(a.Decimals)),
		minPer, maxPer, capacity, word(uint64(a.Window)), word(nonce),
	)), nil
}

// SetLimitsDigest is the digest signed for Bridge.setLimits(epoch, asset,
// minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs).
func SetLimitsDigest(d Domain, epoch uint64, asset chains.AssetID, minPerTransfer, maxPerTransfer, capacity *big.Int, window uint32, nonce uint64) (common.Hash, error) {
	minPer, err := uint256(orZero(minPerTransfer), 128)
	if err != nil {
		return common.Hash{}, fmt.Errorf("minPerTransfer: %w", err)
	}
	maxPer, err := uint256(maxPerTransfer, 128)
	if err != nil {
		return common.Hash{}, fmt.Errorf("maxPerTransfer: %w", err)
	}
	c, err := uint256(capacity, 128)
	if err != nil {
		return common.Hash{}, fmt.Errorf("capacity: %w", err)
	}
	return d.Digest(keccak(typeHash(SetLimitsType), word(epoch), asset[:], minPer, maxPer, c, word(uint64(window)), word(nonce))), nil
}

// SetRoutesDigest is the digest signed for Bridge.setRoutes(epoch, asset,
// dstChains, enabled, nonce, sigs): locks and burns of asset may (enabled)
// or may not go to each of dstChains.
func SetRoutesDigest(d Domain, epoch uint64, asset chains.AssetID, dstChains []chains.ChainID, enabled bool, nonce uint64) common.Hash {
	cat := make([]byte, 0, 32*len(dstChains))
	for _, c := range dstChains {
		cat = append(cat, word(uint64(c))...)
	}
	on := uint64(0)
	if enabled {
		on = 1
	}
	return d.Digest(keccak(typeHash(SetRoutesType), word(epoch), asset[:], keccak(cat).Bytes(), word(on), word(nonce)))
}

// SetChainDigest is the digest signed for Bridge.setChain(epoch, chainId, kind, nonce, sigs).
func SetChainDigest(d Domain, epoch uint64, chain chains.ChainID, kind ChainKind, nonce uint64) common.Hash {
	return d.Digest(keccak(typeHash(SetChainType), word(epoch), word(uint64(chain)), word(uint64(kind)), word(nonce)))
}

// RotateSignersDigest is the digest signed for Bridge.rotateSigners(epoch,
// signers, threshold, nonce, sigs), by the quorum of epoch (the current one).
func RotateSignersDigest(d Domain, epoch uint64, signers []common.Address, threshold uint8, nonce uint64) common.Hash {
	cat := make([]byte, 0, 32*len(signers))
	for _, s := range signers {
		cat = append(cat, common.LeftPadBytes(s.Bytes(), 32)...)
	}
	return d.Digest(keccak(typeHash(RotateSignerType), word(epoch), keccak(cat).Bytes(), word(uint64(threshold)), word(nonce)))
}

// PauseDigest is the digest one signer signs for Bridge.pauseBySignature(epoch, nonce, sig).
func PauseDigest(d Domain, epoch uint64, nonce uint32) common.Hash {
	return d.Digest(keccak(typeHash(PauseType), word(epoch), word(uint64(nonce))))
}

// UnpauseDigest is the digest signed for Bridge.unpause(epoch, nonce, sigs).
func UnpauseDigest(d Domain, epoch, nonce uint64) common.Hash {
	return d.Digest(keccak(typeHash(UnpauseType), word(epoch), word(nonce)))
}

// Sign signs digest with key: 65 bytes [R ‖ S ‖ V], V in {27, 28}.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	sig[64] += 27
	return sig, nil
}

// Share is one signer's signature over a digest.
type Share struct {
	Signer common.Address
	Sig    []byte // 65 bytes, V in {0, 1, 27, 28}
}

// Recover returns the address that signed digest (V in {0, 1, 27, 28}).
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrSignature, len(sig))
	}
	s := bytes.Clone(sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest.Bytes(), s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Pack sorts shares by signer ascending, rejects duplicates and returns the
// concatenated signatures (V normalised to 27/28) for the bridge's `sigs`.
// It does not check that shares recover to their claimed signers; use
// Recover (the contract rejects a share that does not).
func Pack(shares []Share) ([]byte, error) {
	s := append([]Share(nil), shares...)
	sort.Slice(s, func(i, j int) bool { return bytes.Compare(s[i].Signer[:], s[j].Signer[:]) < 0 })
	out := make([]byte, 0, 65*len(s))
	for i, sh := range s {
		if len(sh.Sig) != crypto.SignatureLength {
			return nil, fmt.Errorf("%w: share of %s is %d bytes, want 65", ErrSignature, sh.Signer, len(sh.Sig))
		}
		if i > 0 && s[i-1].Signer == sh.Signer {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateSigner, sh.Signer)
		}
		sig := bytes.Clone(sh.Sig)
		if sig[64] < 27 {
			sig[64] += 27
		}
		out = append(out, sig...)
	}
	return out, nil
}

func keccak(parts ...[]byte) common.Hash { return crypto.Keccak256Hash(parts...) }

func typeHash(t string) []byte { return crypto.Keccak256([]byte(t)) }

func word(v uint64) []byte {
	return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32)
}

func uint256(v *big.Int, bits int) ([]byte, error) {
	if v == nil || v.Sign() < 0 || v.BitLen() > bits {
		return nil, fmt.Errorf("%w: %v does not fit uint%d", ErrAmount, v, bits)
	}
	return common.LeftPadBytes(v.Bytes(), 32), nil
}
