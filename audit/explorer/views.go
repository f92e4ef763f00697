package explorer

import (
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// The views are what templates render and what the JSON twins encode:
// plain values, built under the read lock, so rendering needs no lock.

// chainView names a chain by id and, when known, by name.
type chainView struct {
	ID   chains.ChainID `json:"id"`
	Name string         `json:"name,omitempty"`
}

func (c chainView) String() string {
	if c.Name != "" {
		return fmt.Sprintf("%s (%d)", c.Name, c.ID)
	}
	return fmt.Sprint(c.ID)
}

// amountView is an amount in base units and, when the asset's decimals
// are known, in the asset's units.
type amountView struct {
	Base  string `json:"base"`
	Units string `json:"units,omitempty"`
}

func (a amountView) String() string {
	if a.Units == "" || a.Units == a.Base {
		return a.Base
	}
	return a.Units
}

// attestationView is one operator's attestation of a block.
type attestationView struct {
	Operator common.Address `json:"operator"`
	Attested bool           `json:"attested"`
}

// blockRefView is a block and the operators of its signer set, each
// marked whether it attested.
type blockRefView struct {
	Height       uint64            `json:"height"`
	Hash         string            `json:"hash"`
	Time         time.Time         `json:"time"`
	Epoch        uint64            `json:"epoch"`
	Threshold    uint16            `json:"threshold"`
	Attestations []attestationView `json:"attestations"`
}

// Attested is how many operators attested.
func (b blockRefView) Attested() int {
	n := 0
	for _, a := range b.Attestations {
		if a.Attested {
			n++
		}
	}
	return n
}

// recordView is one record, every field a page shows already a string.
type recordView struct {
	Height     uint64      `json:"height"`
	Index      int         `json:"index"`
	Kind       string      `json:"kind"`
	Chain      *chainView  `json:"chain,omitempty"`
	TxHash     string      `json:"txHash,omitempty"`
	EventIndex uint32      `json:"eventIndex"`
	ChainBlock uint64      `json:"chainBlock,omitempty"`
	TransferID string      `json:"transferId,omitempty"`
	Asset      string      `json:"asset,omitempty"`
	AssetID    string      `json:"assetId,omitempty"`
	Amount     *amountView `json:"amount,omitempty"`
	Fee        *amountView `json:"fee,omitempty"`
	Sender     string      `json:"sender,omitempty"`
	Recipient  string      `json:"recipient,omitempty"`
	DstChain   *chainView  `json:"dstChain,omitempty"`
	Reason     string      `json:"reason,omitempty"`
	// Detail says what the other kinds carry (DEFINE, SIGNERSET, PAUSE,
	// RESUME, ANCHOR, SWEEP), in one line.
	Detail string `json:"detail,omitempty"`
	// Swept are the transfers a SWEEP spent.
	Swept []string `json:"swept,omitempty"`
}

// viewer builds views from the index; it holds the names, and what the
// refreshes learnt of the anchors (one state per AnchorSource; none when
// the explorer reads no chain, anchorsOff then saying why).
type viewer struct {
	ix           *chainIndex
	names        Names
	now          time.Time
	anchorStates []anchorState
	anchorsOff   string
}

func (v *viewer) chain(id chains.ChainID) *chainView {
	return &chainView{ID: id, Name: v.names.Chains[id]}
}

// asset is the asset's name, or its id shortened when it has none.
func (v *viewer) asset(id chains.AssetID) string {
	if n := v.names.Assets[id]; n != "" {
		return n
	}
	return shortHex(id[:])
}

func (v *viewer) amount(id chains.AssetID, x *uint256.Int) *amountView {
	a := &amountView{Base: x.Dec()}
	if d, ok := v.ix.defs[id]; ok {
		a.Units = units(x, d.Decimals)
	}
	return a
}

// units writes base units x as a decimal with decimals places, trailing
// zeros trimmed.
func units(x *uint256.Int, decimals uint8) string {
	s := x.Dec()
	d := int(decimals)
	if d == 0 {
		return s
	}
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	s = s[:len(s)-d] + "." + s[len(s)-d:]
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

// shortHex is 0x1234…cdef: enough to tell ids apart on a page.
func shortHex(b []byte) string {
	s := hex.EncodeToString(b)
	if len(s) <= 12 {
		return "0x" + s
	}
	return "0x" + s[:6] + "…" + s[len(s)-4:]
}

func (v *viewer) blockRef(e *blockEntry) blockRefView {
	out := blockRefView{Height: e.header.Height, Hash: hex0x(e.hash[:]), Time: time.UnixMilli(int64(e.header.Time)).UTC()}
	attested := map[common.Address]bool{}
	for _, a := range e.attesters {
		attested[a] = true
	}
	if e.set != nil {
		out.Epoch, out.Threshold = e.set.Epoch, e.set.Threshold
		for _, s := range e.set.Signers {
			out.Attestations = append(out.Attestations, attestationView{Operator: s, Attested: attested[s]})
		}
	}
	return out
}

func (v *viewer) record(r *audit.Record, p recordPos) recordView {
	out := recordView{Height: p.height, Index: p.index, Kind: r.Kind.String()}
	if !r.Ref.IsZero() {
		out.Chain, out.TxHash, out.EventIndex, out.ChainBlock = v.chain(r.Ref.Chain), hex0x(r.Ref.TxHash[:]), r.Ref.Index, r.Ref.BlockNum
	}
	switch r.Kind {
	case audit.KindLock, audit.KindLockRejected, audit.KindBurn, audit.KindMint, audit.KindUnlock, audit.KindRefund:
		out.TransferID, out.Asset, out.AssetID = r.TransferID.String(), v.asset(r.AssetID), r.AssetID.String()
		out.Amount = v.amount(r.AssetID, &r.Amount)
		if !r.Fee.IsZero() {
			out.Fee = v.amount(r.AssetID, &r.Fee)
		}
		if len(r.Sender) > 0 {
			out.Sender = hex0x(r.Sender)
		}
		if len(r.Recipient) > 0 {
			out.Recipient = hex0x(r.Recipient)
		}
		if r.Kind == audit.KindLock || r.Kind == audit.KindLockRejected || r.Kind == audit.KindBurn {
			out.DstChain = v.chain(r.DstChain)
		}
		out.Reason = r.Reason
	case audit.KindSweep:
		out.Asset, out.AssetID = v.asset(r.AssetID), r.AssetID.String()
		out.Amount, out.Fee = v.amount(r.AssetID, &r.Amount), v.amount(r.AssetID, &r.Fee)
		for _, id := range r.Swept {
			out.Swept = append(out.Swept, id.String())
		}
		out.Detail = fmt.Sprintf("%d deposit(s) swept into custody", len(r.Swept))
	default:
		out.Reason, out.Detail = r.Reason, v.detail(r)
	}
	return out
}

// detail is the one-line body of the records that move no value.
func (v *viewer) detail(r *audit.Record) string {
	switch r.Kind {
	case audit.KindDefine:
		d := r.Define
		var ws []string
		for _, w := range d.Wrapped {
			ws = append(ws, fmt.Sprintf("%s on %s", hex0x(w.Token), v.chain(w.Chain)))
		}
		home := "native coin"
		if len(d.HomeAsset) > 0 {
			home = hex0x(d.HomeAsset)
		}
		return fmt.Sprintf("asset %s (%s): home %s on %s, %d decimals; wrapped %s", v.asset(r.AssetID), r.AssetID, home, v.chain(d.HomeChain), d.Decimals, strings.Join(ws, ", "))
	case audit.KindSignerSet:
		s := r.SignerSet
		return fmt.Sprintf("signer set epoch %d: %d of %d operators", s.Epoch, s.Threshold, len(s.Signers))
	case audit.KindPause, audit.KindResume:
		scope := "every chain"
		if r.Scope.Chain != 0 {
			scope = "chain " + v.chain(r.Scope.Chain).String()
		}
		if r.Scope.Asset != (chains.AssetID{}) {
			scope += ", asset " + v.asset(r.Scope.Asset)
		} else {
			scope += ", every asset"
		}
		return fmt.Sprintf("%s by operator %s", scope, r.By.Hex())
	case audit.KindAnchor:
		return fmt.Sprintf("audit block %d (%s) written to %s", r.AnchorHeight, hex0x(r.AnchorHash[:]), v.chain(r.Ref.Chain))
	}
	return ""
}

// sortedChains lists the chains of m in ascending order.
func sortedChains[T any](m map[chains.ChainID]T) []chains.ChainID {
	return slices.Sorted(maps.Keys(m))
}
