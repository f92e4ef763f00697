package explorer

import (
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
)

// hit is one search result: a transfer or a block.
type hit struct {
	Kind   string `json:"kind"` // "transfer" or "block"
	Href   string `json:"href"`
	Title  string `json:"title"`
	Detail string `json:"detail"`
}

// minPrefix is the fewest hex digits a prefix search takes: fewer match
// too much to be of use. maxQuery bounds what a search decodes: the
// longest thing it finds is a party of audit.MaxVarBytes bytes (a script).
const (
	minPrefix = 6
	maxQuery  = 2 + 2*audit.MaxVarBytes
)

// search finds what q names, at most limit hits: a block height; a
// transfer id, a chain transaction hash or a block hash (32 bytes); a
// sender or recipient (an address, a script, a refund key). Exact matches
// come first; with none, q is taken as the start of an id, hash or
// address. more reports hits left out.
func (v *viewer) search(q string, limit int) (hits []hit, more bool) {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" || len(q) > maxQuery {
		return nil, false
	}
	c := collector{limit: limit, seen: map[string]bool{}}
	if h, err := strconv.ParseUint(q, 10, 64); err == nil && len(q) < 20 {
		if _, ok := v.ix.block(h); ok {
			c.add(v.blockHit(h, "block height"))
		}
	}
	x := strings.TrimPrefix(q, "0x")
	raw, err := hex.DecodeString(x)
	if err != nil || len(x) == 0 {
		return c.hits, c.more
	}
	if len(raw) == 32 {
		v.exact32([32]byte(raw), &c)
	}
	for _, id := range v.ix.parties[x] {
		c.add(v.transferHit(id, "sender or recipient "+hex0x(raw)))
	}
	if len(c.hits) == 0 && len(x) >= minPrefix {
		v.prefix(x, &c)
	}
	return c.hits, c.more
}

// exact32 adds what a 32-byte value names: a transfer, the records of a
// chain transaction, a block.
func (v *viewer) exact32(k [32]byte, c *collector) {
	if _, ok := v.ix.transfers[chains.TransferID(k)]; ok {
		c.add(v.transferHit(chains.TransferID(k), "transfer id"))
	}
	for _, p := range v.ix.txs[k] {
		r := v.ix.record(p)
		why := fmt.Sprintf("%s in chain transaction %s", r.Kind, shortHex(k[:]))
		switch {
		case len(v.ix.transfers[r.TransferID]) > 0:
			c.add(v.transferHit(r.TransferID, why))
		case len(r.Swept) > 0:
			for _, id := range r.Swept {
				c.add(v.transferHit(id, why))
			}
		default:
			c.add(v.blockHit(p.height, why))
		}
	}
	if h, ok := v.ix.byHash[k]; ok {
		c.add(v.blockHit(h, "block hash"))
	}
}

// prefix adds the transfers, then the blocks, whose id, chain
// transactions, parties or hash start with x: transfers in chain order,
// blocks by height (a scan: the explorer's chain is in memory).
func (v *viewer) prefix(x string, c *collector) {
	why := map[chains.TransferID]string{}
	blocks := map[uint64]string{}
	for _, id := range v.ix.order {
		if strings.HasPrefix(hex.EncodeToString(id[:]), x) {
			why[id] = "transfer id"
		}
	}
	for tx, ps := range v.ix.txs {
		if !strings.HasPrefix(hex.EncodeToString(tx[:]), x) {
			continue
		}
		for _, p := range ps {
			if r := v.ix.record(p); len(v.ix.transfers[r.TransferID]) > 0 {
				why[r.TransferID] = "chain transaction"
			} else {
				blocks[p.height] = "chain transaction"
			}
		}
	}
	for party, ids := range v.ix.parties {
		if strings.HasPrefix(party, x) {
			for _, id := range ids {
				why[id] = "sender or recipient"
			}
		}
	}
	for h, e := range v.ix.blocks {
		if strings.HasPrefix(hex.EncodeToString(e.hash[:]), x) {
			blocks[uint64(h)] = "block hash"
		}
	}
	for _, id := range v.ix.order {
		if w, ok := why[id]; ok {
			c.add(v.transferHit(id, w+" starting "+x))
		}
	}
	for _, h := range slices.Sorted(maps.Keys(blocks)) {
		c.add(v.blockHit(h, blocks[h]+" starting "+x))
	}
}

func (v *viewer) transferHit(id chains.TransferID, why string) hit {
	l := v.transferLine(id)
	return hit{
		Kind: "transfer", Href: "/transfers/" + l.ID, Title: l.ID,
		Detail: fmt.Sprintf("%s %s %s, %s → %s: %s (%s)", l.Kind, l.Amount, l.Asset, l.From, l.To, l.Status, why),
	}
}

func (v *viewer) blockHit(h uint64, why string) hit {
	e := v.ix.blocks[h]
	return hit{
		Kind: "block", Href: fmt.Sprintf("/blocks/%d", h), Title: fmt.Sprintf("block %d", h),
		Detail: fmt.Sprintf("%s, %d records (%s)", hex0x(e.hash[:]), len(e.records), why),
	}
}

// collector gathers hits once each, up to limit.
type collector struct {
	limit int
	hits  []hit
	seen  map[string]bool
	more  bool
}

func (c *collector) add(h hit) {
	if c.seen[h.Href] {
		return
	}
	if len(c.hits) >= c.limit {
		c.more = true
		return
	}
	c.seen[h.Href] = true
	c.hits = append(c.hits, h)
}
