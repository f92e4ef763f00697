package chains

import (
	"bytes"
	"cmp"
	"fmt"
	"math/big"
)

// EventKind names what a watcher saw on a chain.
type EventKind uint8

// Event kinds. The EVM bridge emits Locked, Burned, Minted, Unlocked,
// Refunded (a refund of its own lock or burn), Cancelled (a source event
// that can never execute there) and the admin events; the Bitcoin watcher
// reports deposits (a lock), rejected deposits, sweeps into custody,
// payouts (an unlock) and refunds.
const (
	KindUnknown EventKind = iota
	KindLocked
	KindBurned
	KindMinted
	KindUnlocked
	KindDepositRejected
	KindSweep
	KindPayout
	KindRefund
	KindAdmin
	KindCancelled
)

var kindNames = [...]string{"unknown", "locked", "burned", "minted", "unlocked", "deposit_rejected", "sweep", "payout", "refund", "admin", "cancelled"}

// ErrUnknownEventKind is returned by ParseEventKind for a name it does not know.
var ErrUnknownEventKind = fmt.Errorf("chains: unknown event kind")

func (k EventKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText encodes the kind by name.
func (k EventKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name.
func (k *EventKind) UnmarshalText(b []byte) error {
	p, err := ParseEventKind(string(b))
	*k = p
	return err
}

// ParseEventKind decodes a kind name as printed by String.
func ParseEventKind(s string) (EventKind, error) {
	for i, n := range kindNames {
		if n == s && i != 0 {
			return EventKind(i), nil
		}
	}
	return KindUnknown, fmt.Errorf("%w: %q", ErrUnknownEventKind, s)
}

// EventRef names one event on one chain so that anyone can re-read it from
// their own node: the transaction and an index in it. For EVM the index is
// the log index within the block's receipts; for Bitcoin it is the output
// index of a deposit or payout output, and the spending input index for a
// sweep or refund (which consume a deposit).
type EventRef struct {
	Chain  ChainID  `json:"chain"`
	TxHash [32]byte `json:"-"`
	Index  uint32   `json:"index"`
}

func (r EventRef) String() string {
	return fmt.Sprintf("%d:0x%x:%d", r.Chain, r.TxHash, r.Index)
}

// CompareOrder orders two events of one chain, a in block blockA and b in
// blockB, the way the audit chain records them: by block, then index, then
// transaction hash. The hash makes the order total: a Bitcoin index is an
// output or input index, which two transactions of a block can share.
func CompareOrder(blockA uint64, a EventRef, blockB uint64, b EventRef) int {
	if c := cmp.Compare(blockA, blockB); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Index, b.Index); c != 0 {
		return c
	}
	return bytes.Compare(a.TxHash[:], b.TxHash[:])
}

// Finality says how settled an event is on its chain when it is emitted.
type Finality struct {
	// Confirmations is the number of blocks on top of and including the event's block.
	Confirmations uint64 `json:"confirmations"`
	// Final is true once Confirmations reached the chain's configured depth.
	Final bool `json:"final"`
	// Reorged is true when an event emitted earlier is no longer on the best
	// chain; the event is repeated with Reorged set as an alarm.
	Reorged bool `json:"reorged,omitempty"`
}

// Event is one bridge-relevant occurrence on a chain, decoded and with its
// finality. Which fields are set depends on Kind; amounts are in the
// asset's smallest unit on the chain where the event happened.
type Event struct {
	Kind       EventKind  `json:"kind"`
	Ref        EventRef   `json:"ref"`
	BlockNum   uint64     `json:"block"`
	BlockHash  [32]byte   `json:"-"`
	TransferID TransferID `json:"transferId"`
	AssetID    AssetID    `json:"assetId"`
	Amount     *big.Int   `json:"amount,omitempty"`
	Sender     []byte     `json:"sender,omitempty"`
	DstChain   ChainID    `json:"dstChain,omitempty"`
	Recipient  []byte     `json:"recipient,omitempty"`
	Nonce      uint64     `json:"nonce,omitempty"`
	// Reason explains a KindDepositRejected (and is empty otherwise).
	Reason string `json:"reason,omitempty"`
	// Deadline, when not zero, is the last time (Unix seconds, as a
	// destination block's timestamp) at which the event may still be acted
	// on: a Bitcoin deposit's mint must land before its depositor can
	// refund it. The source chain's verifier derives it from chain data
	// only (chains/bitcoin.MintDeadline), so every operator gets the same.
	Deadline uint64 `json:"deadline,omitempty"`
	Finality
}
