package explorer

import (
	"errors"
	"fmt"
	"time"

	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
)

// overviewView is the page at /.
type overviewView struct {
	Head       blockRefView     `json:"head"`
	Blocks     uint64           `json:"blocks"`
	Records    uint64           `json:"records"`
	Open       int              `json:"openTransfers"`
	Genesis    string           `json:"genesis"`
	Pinned     bool             `json:"genesisPinned"`
	VerifiedAt time.Time        `json:"verifiedAt"`
	Replicas   []replicaView    `json:"replicas"`
	Invariant  []invariantRow   `json:"invariant"`
	Signers    *audit.SignerSet `json:"signers"`
	Epochs     []epochView      `json:"epochs"`
	Anchors    []anchorView     `json:"anchors"`
	// AnchorsChecked says whether the explorer reads the chains'
	// AuditAnchor contracts; AnchorsOff, when it does not, why and how
	// to have it do so.
	AnchorsChecked bool           `json:"anchorsChecked"`
	AnchorsOff     string         `json:"anchorsOff,omitempty"`
	Latest         []transferLine `json:"latest"`
}

// replicaView is one replica as the last refresh found it.
type replicaView struct {
	Name      string    `json:"name"`
	Height    *uint64   `json:"height,omitempty"`
	Hash      string    `json:"hash,omitempty"`
	Error     string    `json:"error,omitempty"`
	CheckedAt time.Time `json:"checkedAt"`
}

// invariantRow restates, for one asset, locked on the home chain =
// Σ outstanding on the other chains + in flight.
type invariantRow struct {
	Asset       string        `json:"asset"`
	AssetID     string        `json:"assetId"`
	Home        chainView     `json:"homeChain"`
	Locked      amountView    `json:"locked"`
	Outstanding []chainAmount `json:"outstanding"`
	InFlight    amountView    `json:"inFlight"`
	Sum         amountView    `json:"sum"`
	Holds       bool          `json:"holds"`
}

// chainAmount is an amount on one chain.
type chainAmount struct {
	Chain  chainView  `json:"chain"`
	Amount amountView `json:"amount"`
}

// epochView is one signer set and the audit block that recorded it.
type epochView struct {
	Height uint64           `json:"height"`
	Set    *audit.SignerSet `json:"set"`
}

// anchorView is one row of the overview's anchors table: an anchor in a
// chain's AuditAnchor contract, the chain's latest ANCHOR record, or
// what is known of the chain when it has neither.
type anchorView struct {
	Chain chainView `json:"chain"`
	// Status says what the row is:
	//   - "verified": the newest anchor in the AuditAnchor that checks
	//     out: its hash is the verified chain's at its height, and its
	//     attestations are a quorum of that block's signer set with the
	//     operator among them;
	//   - "conflict": an anchor whose hash is not the verified chain's at
	//     its height: Operator attested a block the chain does not hold
	//     (VerifiedHash is the chain's);
	//   - "invalid": an anchor whose attestations do not verify (Error);
	//   - "none": the AuditAnchor holds no final anchor that checks out
	//     (AboveHead: anchors of heights the verified chain does not
	//     reach yet, checked once it does);
	//   - "error": the AuditAnchor could not be read (Error);
	//   - "record": the chain's latest ANCHOR record in the audit chain;
	//   - "unchecked": the explorer reads no AuditAnchor of the chain and
	//     the audit chain holds no ANCHOR record of it.
	Status string `json:"status"`
	// Contract is the AuditAnchor read (rows from the contract).
	Contract     string    `json:"contract,omitempty"`
	Height       uint64    `json:"anchoredHeight"`
	Hash         string    `json:"anchoredHash,omitempty"`
	VerifiedHash string    `json:"verifiedHash,omitempty"`
	Behind       uint64    `json:"blocksBehindHead,omitempty"`
	Operator     string    `json:"operator,omitempty"`
	Attestations int       `json:"attestations,omitempty"`
	TxHash       string    `json:"txHash,omitempty"`
	ChainBlock   uint64    `json:"chainBlock,omitempty"`
	RecordedAt   uint64    `json:"recordedAt,omitempty"` // the audit block holding the ANCHOR record
	Time         time.Time `json:"time,omitzero"`        // of the chain block holding the event; of the audit block for a record
	Age          string    `json:"age,omitempty"`
	// Found counts the contract's final anchors read, AboveHead those
	// not checked yet, Bad those that do not check out (the latest
	// maxBad have a row).
	Found     int       `json:"found,omitempty"`
	AboveHead int       `json:"aboveHead,omitempty"`
	Bad       int       `json:"bad,omitempty"`
	Error     string    `json:"error,omitempty"`
	CheckedAt time.Time `json:"checkedAt,omitzero"`
}

// Class is the row's CSS class: an anchor that checks out holds, one
// that does not (or a contract not read) is broken.
func (a anchorView) Class() string {
	switch a.Status {
	case "verified":
		return "anchor holds"
	case "conflict", "invalid", "error":
		return "anchor broken"
	}
	return "anchor"
}

// Shown reports whether the row is an anchor (its columns filled).
func (a anchorView) Shown() bool {
	switch a.Status {
	case "verified", "conflict", "invalid", "record":
		return true
	}
	return false
}

// transferLine is a transfer in a list: the overview's latest, a search.
type transferLine struct {
	ID     string     `json:"transferId"`
	Kind   string     `json:"kind"` // of its source record
	Asset  string     `json:"asset"`
	Amount amountView `json:"amount"`
	From   chainView  `json:"from"`
	To     chainView  `json:"to"`
	Status string     `json:"status"`
	Height uint64     `json:"height"` // of its last record
}

func (v *viewer) overview(rep *audit.Report, pinned bool, verifiedAt time.Time, replicas []replicaStatus) overviewView {
	head := v.ix.head()
	out := overviewView{
		Head: v.blockRef(head), Blocks: rep.Blocks, Records: rep.Records, Open: rep.OpenTransfers,
		Genesis: rep.GenesisHex, Pinned: pinned, VerifiedAt: verifiedAt, Signers: rep.Signers,
	}
	for _, r := range replicas {
		rv := replicaView{Name: r.name, CheckedAt: r.checkedAt}
		if r.seen {
			h := r.height
			rv.Height, rv.Hash = &h, hex0x(r.hash[:])
		}
		if r.err != nil {
			rv.Error = r.err.Error()
		}
		out.Replicas = append(out.Replicas, rv)
	}
	out.Invariant = v.invariant(rep.Balances)
	for _, e := range v.ix.epochs {
		out.Epochs = append(out.Epochs, epochView{Height: e.height, Set: e.set})
	}
	out.Anchors = v.anchors(head)
	out.AnchorsChecked = len(v.anchorStates) > 0
	if !out.AnchorsChecked {
		out.AnchorsOff = v.anchorsOff
		if out.AnchorsOff == "" {
			out.AnchorsOff = "this explorer reads no chain. Give it a node of each EVM chain and the address of the chain's AuditAnchor to have the anchors the federation writes there checked."
		}
	}
	for i := len(v.ix.order) - 1; i >= 0 && len(out.Latest) < 10; i-- {
		out.Latest = append(out.Latest, v.transferLine(v.ix.order[i]))
	}
	return out
}

// invariant builds one row per asset from the replayed balances, marking
// a row whose locked ≠ Σ outstanding + in flight. A chain that verified
// never has one (audit checks it after every block); the row says so
// rather than assume it.
func (v *viewer) invariant(bals []audit.Balance) []invariantRow {
	rows := make([]invariantRow, 0, len(bals))
	for _, b := range bals {
		zero := new(uint256.Int)
		locked, inFlight := orZero(b.Locked, zero), orZero(b.InFlight, zero)
		row := invariantRow{
			Asset: v.asset(b.Asset), AssetID: b.Asset.String(), Home: *v.chain(b.HomeChain),
			Locked: *v.amount(b.Asset, locked), InFlight: *v.amount(b.Asset, inFlight),
		}
		sum := new(uint256.Int).Set(inFlight)
		for _, c := range sortedChains(b.Outstanding) {
			o := orZero(b.Outstanding[c], zero)
			sum.Add(sum, o)
			row.Outstanding = append(row.Outstanding, chainAmount{Chain: *v.chain(c), Amount: *v.amount(b.Asset, o)})
		}
		row.Sum, row.Holds = *v.amount(b.Asset, sum), sum.Eq(locked)
		rows = append(rows, row)
	}
	return rows
}

func orZero(x, zero *uint256.Int) *uint256.Int {
	if x == nil {
		return zero
	}
	return x
}

// anchors lists every chain a DEFINE names, every chain an AuditAnchor
// is read on and every chain with an ANCHOR record, in ascending order:
// for each, the rows of its AuditAnchor (the newest anchor that checks
// out and the latest that do not, or none, or the read failure), then
// its latest ANCHOR record; a chain with neither is "unchecked".
func (v *viewer) anchors(head *blockEntry) []anchorView {
	ids := map[chains.ChainID]struct{}{}
	for c := range v.ix.known {
		ids[c] = struct{}{}
	}
	for c := range v.ix.anchors {
		ids[c] = struct{}{}
	}
	for _, st := range v.anchorStates {
		ids[st.chain] = struct{}{}
	}
	var out []anchorView
	for _, c := range sortedChains(ids) {
		n := len(out)
		for i := range v.anchorStates {
			if st := &v.anchorStates[i]; st.chain == c {
				out = append(out, v.contractAnchors(st, head)...)
			}
		}
		if a, ok := v.ix.anchors[c]; ok {
			out = append(out, v.recordAnchor(a, head))
		}
		if len(out) == n {
			out = append(out, anchorView{Chain: *v.chain(c), Status: "unchecked"})
		}
	}
	return out
}

// contractAnchors are the rows of one AuditAnchor: its newest anchor
// that checks out (else none), the latest that do not, newest first, and
// the last read's failure.
func (v *viewer) contractAnchors(st *anchorState, head *blockEntry) []anchorView {
	base := anchorView{Chain: *v.chain(st.chain), Contract: st.contract.Hex(), Found: st.found, AboveHead: len(st.above), Bad: st.nbad, CheckedAt: st.read}
	var rows []anchorView
	if st.newest != nil {
		r := v.evmAnchor(base, *st.newest, st.newestAt)
		r.Status, r.Behind = "verified", head.header.Height-st.newest.Height
		rows = append(rows, r)
	} else if st.err == nil {
		r := base
		r.Status = "none"
		rows = append(rows, r)
	}
	for i := len(st.bad) - 1; i >= 0; i-- {
		b := st.bad[i]
		r := v.evmAnchor(base, b.a, b.at)
		r.Status, r.Error = "invalid", b.err.Error()
		var ce *anchor.ConflictError
		if errors.As(b.err, &ce) {
			r.Status, r.VerifiedHash = "conflict", hex0x(ce.Verified[:])
		}
		rows = append(rows, r)
	}
	if st.err != nil {
		r := base
		r.Status, r.Error = "error", st.err.Error()
		rows = append(rows, r)
	}
	return rows
}

// evmAnchor fills base with anchor a, whose chain block is of time at
// (zero: not read yet).
func (v *viewer) evmAnchor(base anchorView, a anchor.EVMAnchor, at time.Time) anchorView {
	base.Height, base.Hash, base.Operator = a.Height, hex0x(a.Hash[:]), a.Operator.Hex()
	base.Attestations, base.TxHash, base.ChainBlock = len(a.Attestations), hex0x(a.Ref.TxHash[:]), a.Ref.BlockNum
	if !at.IsZero() {
		base.Time, base.Age = at, age(v.now.Sub(at))
	}
	return base
}

// recordAnchor is the row of a chain's latest ANCHOR record.
func (v *viewer) recordAnchor(a anchorEntry, head *blockEntry) anchorView {
	at := v.ix.blocks[a.height]
	out := anchorView{Chain: *v.chain(a.rec.Ref.Chain), Status: "record", Height: a.rec.AnchorHeight, Hash: hex0x(a.rec.AnchorHash[:]),
		RecordedAt: a.height, Behind: head.header.Height - a.rec.AnchorHeight, TxHash: hex0x(a.rec.Ref.TxHash[:]), ChainBlock: a.rec.Ref.BlockNum}
	out.Time = time.UnixMilli(int64(at.header.Time)).UTC()
	out.Age = age(v.now.Sub(out.Time))
	return out
}

// age is a duration for people: "42s", "5m", "3h", "2d".
func age(d time.Duration) string {
	switch {
	case d < 0:
		return "just now"
	case d < time.Minute:
		return d.Truncate(time.Second).String()
	case d < time.Hour:
		return d.Truncate(time.Minute).String()
	case d < 48*time.Hour:
		return d.Truncate(time.Hour).String()
	}
	return fmt.Sprintf("%dd", d/(24*time.Hour))
}

// transferView is the page at /transfers/{id}: every record naming the
// transfer, in chain order, each with the block that holds it and that
// block's attestations.
type transferView struct {
	transferLine
	Sender    string     `json:"sender,omitempty"`
	Recipient string     `json:"recipient,omitempty"`
	Steps     []stepView `json:"steps"`
}

// stepView is one record of a transfer and its audit block.
type stepView struct {
	Record recordView   `json:"record"`
	Block  blockRefView `json:"block"`
}

// transferLine summarises transfer id, which the index holds.
func (v *viewer) transferLine(id chains.TransferID) transferLine {
	pos := v.ix.transfers[id]
	out := transferLine{ID: id.String(), Status: "recorded", Height: pos[len(pos)-1].height}
	var src *audit.Record
	for _, p := range pos {
		r := v.ix.record(p)
		switch r.Kind {
		case audit.KindLock, audit.KindBurn:
			src, out.Status = r, "in flight to "+v.chain(r.DstChain).String()
		case audit.KindLockRejected:
			src, out.Status = r, "rejected ("+r.Reason+"): refundable by the depositor"
		case audit.KindMint:
			out.Status = "minted on " + v.chain(r.Ref.Chain).String()
		case audit.KindUnlock:
			out.Status = "unlocked on " + v.chain(r.Ref.Chain).String()
		case audit.KindRefund:
			out.Status = "refunded on " + v.chain(r.Ref.Chain).String()
		}
	}
	if src == nil { // a SWEEP alone: its deposit is in an earlier block
		src = v.ix.record(pos[0])
	}
	out.Kind, out.Asset, out.Amount = src.Kind.String(), v.asset(src.AssetID), *v.amount(src.AssetID, &src.Amount)
	out.From, out.To = *v.chain(src.Ref.Chain), *v.chain(src.DstChain)
	return out
}

func (v *viewer) transfer(id chains.TransferID) (transferView, bool) {
	pos, ok := v.ix.transfers[id]
	if !ok {
		return transferView{}, false
	}
	out := transferView{transferLine: v.transferLine(id)}
	for _, p := range pos {
		r := v.ix.record(p)
		rv := v.record(r, p)
		if out.Sender == "" && rv.Sender != "" {
			out.Sender = rv.Sender
		}
		if out.Recipient == "" && rv.Recipient != "" && r.Kind != audit.KindRefund {
			out.Recipient = rv.Recipient
		}
		out.Steps = append(out.Steps, stepView{Record: rv, Block: v.blockRef(v.ix.blocks[p.height])})
	}
	return out, true
}

// blockView is the page at /blocks/{h}.
type blockView struct {
	blockRefView
	PrevHash    string       `json:"prevHash"`
	RecordsRoot string       `json:"recordsRoot"`
	StateHash   string       `json:"stateHash"`
	Proposer    string       `json:"proposer"`
	Records     []recordView `json:"records"`
	HasNext     bool         `json:"-"`
}

func (v *viewer) block(h uint64) (blockView, bool) {
	e, ok := v.ix.block(h)
	if !ok {
		return blockView{}, false
	}
	hd := &e.header
	out := blockView{
		blockRefView: v.blockRef(e), PrevHash: hex0x(hd.PrevHash[:]), RecordsRoot: hex0x(hd.RecordsRoot[:]),
		StateHash: hex0x(hd.StateHash[:]), Proposer: hd.Proposer.Hex(), HasNext: h+1 < uint64(len(v.ix.blocks)),
	}
	for i, r := range e.records {
		out.Records = append(out.Records, v.record(r, recordPos{height: h, index: i}))
	}
	return out, true
}

// PrevHeight and NextHeight are the neighbours the page links to.
func (b blockView) PrevHeight() uint64 { return b.Height - 1 }
func (b blockView) NextHeight() uint64 { return b.Height + 1 }
