package relay

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/chains"
)

// Action is what an authorization allows on its destination chain.
type Action uint8

// Actions. A final Locked event (or Bitcoin deposit) becomes a Mint on the
// destination; a final Burned event becomes an Unlock when the destination
// is the asset's home chain (a Bitcoin payout when home is Bitcoin) and a
// Mint otherwise (re-transfer, DESIGN §2.5).
const (
	ActionUnknown Action = iota
	ActionMint
	ActionUnlock
)

func (a Action) String() string {
	switch a {
	case ActionMint:
		return "mint"
	case ActionUnlock:
		return "unlock"
	}
	return fmt.Sprintf("action(%d)", uint8(a))
}

// MarshalText encodes the action by name.
func (a Action) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText decodes "mint" or "unlock".
func (a *Action) UnmarshalText(b []byte) error {
	switch string(b) {
	case "mint":
		*a = ActionMint
	case "unlock":
		*a = ActionUnlock
	default:
		return fmt.Errorf("%w: unknown action %q", ErrDecode, b)
	}
	return nil
}

// Authorization is what t operators sign: one mint or unlock on the
// destination chain, keyed by the transfer id of the source event. It is
// built by each signer from the event as re-read from its own node, never
// from bus content.
type Authorization struct {
	Action     Action
	TransferID chains.TransferID
	Source     chains.EventRef // the Locked/Burned event or deposit output
	// Nonce is the source event's bridge nonce (EVM sources; 0 for
	// Bitcoin). With the source bridge address it names the source in the
	// contracts' EIP-712 Transfer (srcRef, srcIndex); see contracts/eip712.
	Nonce     uint64
	DstChain  chains.ChainID
	AssetID   chains.AssetID
	Amount    *big.Int
	Recipient []byte // 20-byte address on EVM, scriptPubKey on Bitcoin
	// Deadline is the last destination block time (Unix seconds) at
	// which a mint may execute; 0 means none. It is the source event's
	// chains.Event.Deadline (a Bitcoin deposit's mint must land before its
	// depositor can refund), so every signer derives the same one from its
	// own node. The EVM bridge enforces it; the coordinator drops an
	// authorization whose deadline has passed (Expired).
	Deadline uint64
}

// Expired reports whether a's deadline leaves less than margin after now:
// a transaction sent now could land after it.
func (a Authorization) Expired(now time.Time, margin time.Duration) bool {
	return a.Deadline != 0 && now.Add(margin).Unix() > int64(min(a.Deadline, 1<<62))
}

// AuthorizationDomain prefixes the canonical encoding hashed by Hash.
const AuthorizationDomain = "kakehashi/relay/authorization/v1"

// Hash is a canonical digest of every field, used to group shares that
// sign the same authorization. It is not the on-chain digest (EIP-712 on
// EVM, a sighash on Bitcoin): that one belongs to the Authorizer.
//
//	keccak256( domain ‖ 0x00 ‖ u8 action ‖ transferId ‖ u64 srcChain ‖ srcTx ‖ u32 srcIndex
//	         ‖ u64 nonce ‖ u64 dstChain ‖ assetId ‖ u256 amount ‖ u16 len(recipient) ‖ recipient
//	         [‖ u64 deadline, when not zero] )
func (a Authorization) Hash() [32]byte {
	buf := make([]byte, 0, 256)
	buf = append(buf, AuthorizationDomain...)
	buf = append(buf, 0, byte(a.Action))
	buf = append(buf, a.TransferID[:]...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(a.Source.Chain))
	buf = append(buf, a.Source.TxHash[:]...)
	buf = binary.BigEndian.AppendUint32(buf, a.Source.Index)
	buf = binary.BigEndian.AppendUint64(buf, a.Nonce)
	buf = binary.BigEndian.AppendUint64(buf, uint64(a.DstChain))
	buf = append(buf, a.AssetID[:]...)
	var amt [32]byte
	if a.Amount != nil && a.Amount.Sign() >= 0 && a.Amount.BitLen() <= 256 {
		a.Amount.FillBytes(amt[:])
	}
	buf = append(buf, amt[:]...)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(a.Recipient)))
	buf = append(buf, a.Recipient...)
	if a.Deadline != 0 {
		buf = binary.BigEndian.AppendUint64(buf, a.Deadline)
	}
	return crypto.Keccak256Hash(buf)
}

// Validate checks the authorization is well formed.
func (a Authorization) Validate() error {
	var probs []string
	if a.Action != ActionMint && a.Action != ActionUnlock {
		probs = append(probs, "unknown action")
	}
	if a.TransferID == (chains.TransferID{}) {
		probs = append(probs, "zero transfer id")
	}
	if a.DstChain == 0 {
		probs = append(probs, "zero destination chain")
	}
	if a.Amount == nil || a.Amount.Sign() <= 0 || a.Amount.BitLen() > 256 {
		probs = append(probs, "amount must be in (0, 2^256)")
	}
	if len(a.Recipient) == 0 || len(a.Recipient) > 0xffff {
		probs = append(probs, "recipient must be 1..65535 bytes")
	}
	if len(probs) > 0 {
		return fmt.Errorf("%w: authorization %s: %s", ErrDecode, a.TransferID, strings.Join(probs, ", "))
	}
	return nil
}

// OperatorSig is one operator's signature over an authorization.
type OperatorSig struct {
	Signer    common.Address
	Signature []byte
}

// SignedAuthorization is an authorization with exactly t signatures of
// distinct operators, sorted by signer address ascending (as the bridge
// contract requires).
type SignedAuthorization struct {
	Authorization
	Signatures []OperatorSig
}

// SubmitResult reports what a Submitter did with a batch.
type SubmitResult struct {
	// TxID identifies the destination transaction (hex hash), if one was sent.
	TxID string
	// Submitted are the transfers carried by TxID.
	Submitted []chains.TransferID
	// AlreadyProcessed are the transfers the destination had already
	// executed (on-chain replay protection); they count as done.
	AlreadyProcessed []chains.TransferID
}

// ---- wire forms (JSON payloads of bus envelopes) ----

type refJSON struct {
	Chain  chains.ChainID `json:"chain"`
	TxHash hexutil.Bytes  `json:"txHash"`
	Index  uint32         `json:"index"`
}

func refToJSON(r chains.EventRef) refJSON {
	return refJSON{Chain: r.Chain, TxHash: r.TxHash[:], Index: r.Index}
}

func (r refJSON) ref() (chains.EventRef, error) {
	if len(r.TxHash) != 32 {
		return chains.EventRef{}, fmt.Errorf("%w: txHash is %d bytes, want 32", ErrDecode, len(r.TxHash))
	}
	out := chains.EventRef{Chain: r.Chain, Index: r.Index}
	copy(out.TxHash[:], r.TxHash)
	return out, nil
}

// eventJSON is the payload of kkh.event.* messages: a chains.Event with
// every field explicit (chains.Event leaves the hashes out of its JSON).
type eventJSON struct {
	Kind          chains.EventKind  `json:"kind"`
	Ref           refJSON           `json:"ref"`
	Block         uint64            `json:"block"`
	BlockHash     hexutil.Bytes     `json:"blockHash"`
	TransferID    chains.TransferID `json:"transferId"`
	AssetID       chains.AssetID    `json:"assetId"`
	Amount        string            `json:"amount,omitempty"`
	Sender        hexutil.Bytes     `json:"sender,omitempty"`
	DstChain      chains.ChainID    `json:"dstChain,omitempty"`
	Recipient     hexutil.Bytes     `json:"recipient,omitempty"`
	Nonce         uint64            `json:"nonce,omitempty"`
	Reason        string            `json:"reason,omitempty"`
	Confirmations uint64            `json:"confirmations"`
	Final         bool              `json:"final"`
	Reorged       bool              `json:"reorged,omitempty"`
}

// EncodeEvent returns the bus payload of an event.
func EncodeEvent(ev chains.Event) ([]byte, error) {
	j := eventJSON{
		Kind: ev.Kind, Ref: refToJSON(ev.Ref), Block: ev.BlockNum, BlockHash: ev.BlockHash[:],
		TransferID: ev.TransferID, AssetID: ev.AssetID, Sender: ev.Sender, DstChain: ev.DstChain,
		Recipient: ev.Recipient, Nonce: ev.Nonce, Reason: ev.Reason,
		Confirmations: ev.Confirmations, Final: ev.Final, Reorged: ev.Reorged,
	}
	if ev.Amount != nil {
		j.Amount = ev.Amount.String()
	}
	return json.Marshal(j)
}

// DecodeEvent parses a bus event payload.
func DecodeEvent(b []byte) (chains.Event, error) {
	var j eventJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return chains.Event{}, fmt.Errorf("%w: event: %v", ErrDecode, err)
	}
	ref, err := j.Ref.ref()
	if err != nil {
		return chains.Event{}, err
	}
	ev := chains.Event{
		Kind: j.Kind, Ref: ref, BlockNum: j.Block, TransferID: j.TransferID, AssetID: j.AssetID,
		Sender: j.Sender, DstChain: j.DstChain, Recipient: j.Recipient, Nonce: j.Nonce, Reason: j.Reason,
		Finality: chains.Finality{Confirmations: j.Confirmations, Final: j.Final, Reorged: j.Reorged},
	}
	if len(j.BlockHash) != 0 && len(j.BlockHash) != 32 {
		return chains.Event{}, fmt.Errorf("%w: blockHash is %d bytes", ErrDecode, len(j.BlockHash))
	}
	copy(ev.BlockHash[:], j.BlockHash)
	if j.Amount != "" {
		amt, ok := new(big.Int).SetString(j.Amount, 10)
		if !ok || amt.Sign() < 0 {
			return chains.Event{}, fmt.Errorf("%w: amount %q is not a non-negative decimal", ErrDecode, j.Amount)
		}
		ev.Amount = amt
	}
	if ev.Kind == chains.KindUnknown {
		return chains.Event{}, fmt.Errorf("%w: event without a kind", ErrDecode)
	}
	return ev, nil
}

type authJSON struct {
	Action     Action            `json:"action"`
	TransferID chains.TransferID `json:"transferId"`
	Source     refJSON           `json:"source"`
	Nonce      uint64            `json:"nonce,omitempty"`
	DstChain   chains.ChainID    `json:"dstChain"`
	AssetID    chains.AssetID    `json:"assetId"`
	Amount     string            `json:"amount"`
	Recipient  hexutil.Bytes     `json:"recipient"`
	Deadline   uint64            `json:"deadline,omitempty"`
}

func authToJSON(a Authorization) authJSON {
	amt := ""
	if a.Amount != nil {
		amt = a.Amount.String()
	}
	return authJSON{a.Action, a.TransferID, refToJSON(a.Source), a.Nonce, a.DstChain, a.AssetID, amt, a.Recipient, a.Deadline}
}

func (j authJSON) auth() (Authorization, error) {
	src, err := j.Source.ref()
	if err != nil {
		return Authorization{}, err
	}
	amt, ok := new(big.Int).SetString(j.Amount, 10)
	if !ok {
		return Authorization{}, fmt.Errorf("%w: amount %q is not decimal", ErrDecode, j.Amount)
	}
	a := Authorization{Action: j.Action, TransferID: j.TransferID, Source: src, Nonce: j.Nonce, DstChain: j.DstChain,
		AssetID: j.AssetID, Amount: amt, Recipient: j.Recipient, Deadline: j.Deadline}
	return a, a.Validate()
}

// Share is one operator's signature over an authorization, published on
// kkh.share.<dstChain>.
type Share struct {
	Authorization Authorization
	Signer        common.Address
	Signature     []byte
	// ObservedAt is the time the source event was published on the bus (its
	// envelope time), carried for the pipeline latency metric.
	ObservedAt time.Time
}

type shareJSON struct {
	Authorization authJSON       `json:"authorization"`
	Signer        common.Address `json:"signer"`
	Signature     hexutil.Bytes  `json:"signature"`
	ObservedAt    time.Time      `json:"observedAt"`
}

// EncodeShare returns the bus payload of a share.
func EncodeShare(s Share) ([]byte, error) {
	return json.Marshal(shareJSON{authToJSON(s.Authorization), s.Signer, s.Signature, s.ObservedAt.UTC()})
}

// DecodeShare parses a share payload.
func DecodeShare(b []byte) (Share, error) {
	var j shareJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return Share{}, fmt.Errorf("%w: share: %v", ErrDecode, err)
	}
	a, err := j.Authorization.auth()
	if err != nil {
		return Share{}, err
	}
	return Share{Authorization: a, Signer: j.Signer, Signature: j.Signature, ObservedAt: j.ObservedAt}, nil
}

// Submission is what a coordinator leader sent, published on
// kkh.submission.<dstChain> so the other coordinators and the state
// machine learn of it.
type Submission struct {
	Chain            chains.ChainID      `json:"chain"`
	TxID             string              `json:"txId,omitempty"`
	Leader           common.Address      `json:"leader"`
	Submitted        []chains.TransferID `json:"submitted,omitempty"`
	AlreadyProcessed []chains.TransferID `json:"alreadyProcessed,omitempty"`
	// LeftOut are ready items the leader's Batcher did not propose, and
	// why (LeftOutReporter); such a record sends nothing.
	LeftOut []LeftOut `json:"leftOut,omitempty"`
	At      time.Time `json:"at"`
}

// ---- subjects and publication ids ----

// EventSubject is kkh.event.<chain>.<kind>.
func EventSubject(chain chains.ChainID, kind chains.EventKind) string {
	return fmt.Sprintf("kkh.event.%d.%s", chain, kind)
}

// ShareSubject is kkh.share.<dstChain>.
func ShareSubject(dst chains.ChainID) string { return fmt.Sprintf("kkh.share.%d", dst) }

// SubmissionSubject is kkh.submission.<dstChain>.
func SubmissionSubject(dst chains.ChainID) string { return fmt.Sprintf("kkh.submission.%d", dst) }

// Stage of an event publication, part of its id: an event is published at
// most once per stage by each operator.
func stage(ev chains.Event) string {
	switch {
	case ev.Reorged:
		return "reorged"
	case ev.Final:
		return "final"
	}
	return "observed"
}

// EventID is the publication id of an event by operator from:
// ev.<chain>.<txHash>.<index>.<kind>.<stage>.<from>. The sender is part of
// the id so that one operator cannot pre-empt another's publication of the
// same event with a forged copy inside the dedupe window.
func EventID(ev chains.Event, from common.Address) string {
	return fmt.Sprintf("ev.%d.%x.%d.%s.%s.%x", ev.Ref.Chain, ev.Ref.TxHash, ev.Ref.Index, ev.Kind, stage(ev), from)
}

// ShareID is share.<transferId>.<authHash[:8]>.<signer>.
func ShareID(a Authorization, signer common.Address) string {
	h := a.Hash()
	return fmt.Sprintf("share.%x.%x.%x", a.TransferID, h[:8], signer)
}

// ReofferShareID is ShareID ‖ .r<unix ns>: the publication id of a share
// the reconciliation publishes again. ShareID alone would be dropped by
// the bus's duplicate window, and the coordinators that need it again
// (restarted, or holding a signature of a retired epoch) would not get it.
func ReofferShareID(a Authorization, signer common.Address, at time.Time) string {
	return fmt.Sprintf("%s.r%d", ShareID(a, signer), at.UnixNano())
}

// SubmissionID is sub.<chain>.<txId>, or sub.<chain>.none.<hash of the
// ids> when nothing was sent, or sub.<chain>.leftout.<hash of the ids and
// reasons> for a record of items left out.
func SubmissionID(s Submission) string {
	if s.TxID != "" {
		return fmt.Sprintf("sub.%d.%s", s.Chain, s.TxID)
	}
	if len(s.LeftOut) > 0 && len(s.AlreadyProcessed) == 0 {
		return fmt.Sprintf("sub.%d.%s", s.Chain, leftOutID(s.LeftOut))
	}
	ids := make([]string, 0, len(s.AlreadyProcessed))
	for _, t := range s.AlreadyProcessed {
		ids = append(ids, t.String())
	}
	sort.Strings(ids)
	return fmt.Sprintf("sub.%d.none.%x", s.Chain, crypto.Keccak256([]byte(strings.Join(ids, ",")))[:12])
}
