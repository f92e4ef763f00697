package audit

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
)

// FormatJSONL is the export format: one JSON object per block per line
// (docs/audit-format.md §7).
const FormatJSONL = "jsonl"

// blockLine is one exported block. The *Hex fields are authoritative
// (Import reads only them); the decoded fields are for people and tools.
type blockLine struct {
	Height       uint64            `json:"height"`
	Hash         string            `json:"hash"`
	HeaderHex    string            `json:"headerHex"`
	StateHex     string            `json:"stateHex"`
	Leaves       []string          `json:"leaves"`
	Attestations []attestationLine `json:"attestations"`
	Header       *headerLine       `json:"header,omitempty"`
	Records      []recordLine      `json:"records"`
}

type attestationLine struct {
	Sig    string `json:"sig"`
	Signer string `json:"signer,omitempty"`
}

type headerLine struct {
	PrevHash    string `json:"prevHash"`
	Time        uint64 `json:"time"`
	RecordCount uint32 `json:"recordCount"`
	RecordsRoot string `json:"recordsRoot"`
	StateHash   string `json:"stateHash"`
	Proposer    string `json:"proposer"`
}

type recordLine struct {
	RecordHex  string              `json:"recordHex"`
	Kind       Kind                `json:"kind"`
	Chain      chains.ChainID      `json:"chain,omitempty"`
	TxHash     string              `json:"txHash,omitempty"`
	Index      *uint32             `json:"index,omitempty"`
	Block      uint64              `json:"block,omitempty"`
	BlockHash  string              `json:"blockHash,omitempty"`
	TransferID *chains.TransferID  `json:"transferId,omitempty"`
	AssetID    *chains.AssetID     `json:"assetId,omitempty"`
	Amount     string              `json:"amount,omitempty"`
	Fee        string              `json:"fee,omitempty"`
	Sender     string              `json:"sender,omitempty"`
	DstChain   chains.ChainID      `json:"dstChain,omitempty"`
	Recipient  string              `json:"recipient,omitempty"`
	Nonce      uint64              `json:"nonce,omitempty"`
	Reason     string              `json:"reason,omitempty"`
	Define     *defineLine         `json:"define,omitempty"`
	SignerSet  *signerSetLine      `json:"signerSet,omitempty"`
	Scope      *scopeLine          `json:"scope,omitempty"`
	Swept      []chains.TransferID `json:"swept,omitempty"`
	AnchorHt   *uint64             `json:"anchorHeight,omitempty"`
	AnchorHash string              `json:"anchorHash,omitempty"`
}

type defineLine struct {
	HomeChain      chains.ChainID            `json:"homeChain"`
	HomeAsset      string                    `json:"homeAsset"`
	Decimals       uint8                     `json:"decimals"`
	MaxPerTransfer string                    `json:"maxPerTransfer"`
	Wrapped        map[chains.ChainID]string `json:"wrapped"`
}

type signerSetLine struct {
	Epoch     uint64           `json:"epoch"`
	Threshold uint16           `json:"threshold"`
	Signers   []common.Address `json:"signers"`
}

type scopeLine struct {
	Chain chains.ChainID `json:"chain"`
	Asset chains.AssetID `json:"asset"`
	By    common.Address `json:"by"`
}

func hx(b []byte) string { return hex.EncodeToString(b) }

func describeHeader(h *Header) *headerLine {
	return &headerLine{
		PrevHash: "0x" + hx(h.PrevHash[:]), Time: h.Time, RecordCount: h.RecordCount,
		RecordsRoot: "0x" + hx(h.RecordsRoot[:]), StateHash: "0x" + hx(h.StateHash[:]), Proposer: h.Proposer.Hex(),
	}
}

func describeRecord(raw []byte) recordLine {
	l := recordLine{RecordHex: hx(raw)}
	r, err := DecodeRecord(raw)
	if err != nil {
		l.Reason = "undecodable: " + err.Error()
		return l
	}
	l.Kind = r.Kind
	if r.Kind != KindDefine && r.Kind != KindSignerSet && !r.Ref.IsZero() {
		idx := r.Ref.Index
		l.Chain, l.TxHash, l.Index, l.Block, l.BlockHash = r.Ref.Chain, "0x"+hx(r.Ref.TxHash[:]), &idx, r.Ref.BlockNum, "0x"+hx(r.Ref.BlockHash[:])
	}
	switch r.Kind {
	case KindDefine:
		d := r.Define
		l.AssetID = &r.AssetID
		dl := &defineLine{HomeChain: d.HomeChain, HomeAsset: "0x" + hx(d.HomeAsset), Decimals: d.Decimals, MaxPerTransfer: d.MaxPerTransfer.Dec(), Wrapped: map[chains.ChainID]string{}}
		for _, w := range d.Wrapped {
			dl.Wrapped[w.Chain] = "0x" + hx(w.Token)
		}
		l.Define = dl
	case KindSignerSet:
		l.SignerSet = &signerSetLine{Epoch: r.SignerSet.Epoch, Threshold: r.SignerSet.Threshold, Signers: r.SignerSet.Signers}
	case KindLock, KindLockRejected, KindBurn, KindMint, KindUnlock, KindRefund:
		l.TransferID, l.AssetID, l.Amount = &r.TransferID, &r.AssetID, r.Amount.Dec()
		l.Recipient = "0x" + hx(r.Recipient)
		if r.Kind == KindLock || r.Kind == KindLockRejected || r.Kind == KindBurn {
			l.Sender, l.DstChain, l.Nonce = "0x"+hx(r.Sender), r.DstChain, r.Nonce
		}
		if r.Kind == KindUnlock || r.Kind == KindLock {
			l.Fee = r.Fee.Dec()
		}
		l.Reason = r.Reason
	case KindSweep:
		l.AssetID, l.Amount, l.Fee, l.Swept = &r.AssetID, r.Amount.Dec(), r.Fee.Dec(), r.Swept
	case KindPause, KindResume:
		l.Scope = &scopeLine{Chain: r.Scope.Chain, Asset: r.Scope.Asset, By: r.By}
		l.Reason = r.Reason
	case KindAnchor:
		ah := r.AnchorHeight
		l.AnchorHt, l.AnchorHash = &ah, "0x"+hx(r.AnchorHash[:])
	}
	return l
}

// Export writes the chain from src in format (only FormatJSONL) to w, one
// block per line, replaying as it goes so that each line carries the
// encoded state after its block. It stops at the first block that does not
// replay (a *VerifyError); lines already written stay valid.
func Export(ctx context.Context, w io.Writer, src Source, format string) error {
	return ExportFrom(ctx, w, src, format, 0)
}

// ExportFrom is Export of the blocks from height from on: a replica
// catching up asks only for what it lacks. The chain is still replayed
// from genesis (each line carries the state after its block), and the
// reader verifies the blocks against its own replica's head.
func ExportFrom(ctx context.Context, w io.Writer, src Source, format string, from uint64) error {
	if format != FormatJSONL {
		return fmt.Errorf("audit: export: %w: format %q, only %q is supported", ErrConfig, format, FormatJSONL)
	}
	v := newVerifier(VerifyOptions{SkipAttestations: true})
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := src.Blocks(ctx, 0, func(b *Block) error {
		if err := v.applyBlock(ctx, b); err != nil {
			return err
		}
		if b.Header.Height < from {
			return nil
		}
		hash := b.Hash()
		h := &b.Header
		line := blockLine{
			Height: h.Height, Hash: hx(hash[:]), HeaderHex: hx(h.Encode()), StateHex: hx(v.state.Encode()),
			Leaves: make([]string, len(b.Records)), Records: make([]recordLine, len(b.Records)),
			Header: describeHeader(h),
		}
		for i, raw := range b.Records {
			leaf := LeafHash(raw)
			line.Leaves[i] = hx(leaf[:])
			line.Records[i] = describeRecord(raw)
		}
		for _, a := range b.Attestations {
			al := attestationLine{Sig: hx(a[:])}
			if addr, err := a.Signer(hash); err == nil {
				al.Signer = addr.Hex()
			}
			line.Attestations = append(line.Attestations, al)
		}
		return enc.Encode(&line)
	})
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("audit: export: %w", ferr)
	}
	return err
}

// jsonlSource reads an export back, one line at a time.
type jsonlSource struct{ r io.Reader }

// NewJSONLSource returns a Source reading a JSONL export from r, one block
// at a time (flat memory). The block is built from the hex fields only;
// once it has been handed on (and verified), the decoded fields its line
// carries (height, hash, header, each record's kind, amount, recipient, …)
// are derived again from the hex and any that says something else stops
// the read with ErrReadable, so an edited readable field cannot mislead a
// person reading a file that verifies. It can be iterated once.
func NewJSONLSource(r io.Reader) Source { return &jsonlSource{r: r} }

type importLine struct {
	Height       uint64   `json:"height"`
	HeaderHex    string   `json:"headerHex"`
	Leaves       []string `json:"leaves"`
	Attestations []struct {
		Sig string `json:"sig"`
	} `json:"attestations"`
	Records []struct {
		RecordHex string `json:"recordHex"`
	} `json:"records"`
}

// Blocks implements Source.
func (s *jsonlSource) Blocks(ctx context.Context, from uint64, fn func(*Block) error) error {
	sc := bufio.NewScanner(s.r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		if err := ctx.Err(); err != nil {
			return err
		}
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		b, err := parseLine([]byte(text))
		if err != nil {
			return fmt.Errorf("audit: import line %d: %w", lineNo, err)
		}
		if b.Header.Height < from {
			continue
		}
		if err := fn(b); err != nil {
			return err
		}
		// After the block verified: a changed hex is reported as what it
		// breaks (Merkle root, state hash, …), an edited readable field as
		// such.
		if err := checkReadable([]byte(text), b); err != nil {
			return fmt.Errorf("audit: import line %d: %w", lineNo, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("audit: import line %d: %w", lineNo+1, err)
	}
	return nil
}

func parseLine(text []byte) (*Block, error) {
	var l importLine
	if err := json.Unmarshal(text, &l); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	hb, err := hex.DecodeString(l.HeaderHex)
	if err != nil {
		return nil, fmt.Errorf("%w: headerHex: %v", ErrEncoding, err)
	}
	h, err := DecodeHeader(hb)
	if err != nil {
		return nil, err
	}
	b := &Block{Header: h}
	for i, r := range l.Records {
		raw, err := hex.DecodeString(r.RecordHex)
		if err != nil {
			return nil, blockErrRec(h.Height, i, fmt.Errorf("%w: recordHex: %v", ErrEncoding, err))
		}
		b.Records = append(b.Records, raw)
	}
	for i, a := range l.Attestations {
		raw, err := hex.DecodeString(a.Sig)
		if err != nil || len(raw) != AttestationSize {
			return nil, blockErr(h.Height, fmt.Errorf("%w: attestation %d is not %d bytes of hex", ErrAttestation, i, AttestationSize))
		}
		b.Attestations = append(b.Attestations, Attestation(raw))
	}
	for _, lf := range l.Leaves {
		raw, err := hex.DecodeString(lf)
		if err != nil || len(raw) != 32 {
			b.Leaves = nil // diagnostic only: ignore a damaged list
			break
		}
		b.Leaves = append(b.Leaves, [32]byte(raw))
	}
	return b, nil
}

func blockErrRec(h uint64, i int, err error) *VerifyError {
	return &VerifyError{Height: h, Record: i, Err: err}
}

// Import verifies and applies, above the ledger's head, every block of a
// JSONL export read from r (with the ledger's Store, durably). It returns
// how many blocks it applied and the first failure.
func Import(ctx context.Context, r io.Reader, l *Ledger) (int, error) {
	return l.CatchUp(ctx, NewJSONLSource(r))
}

// checkReadable derives the decoded fields of an export line again from
// the block built from its hex and reports the first field the line
// states differently (absent fields are fine: a tool may strip them).
func checkReadable(text []byte, b *Block) error {
	var stated struct {
		Height  json.RawMessage              `json:"height"`
		Hash    json.RawMessage              `json:"hash"`
		Header  map[string]json.RawMessage   `json:"header"`
		Records []map[string]json.RawMessage `json:"records"`
	}
	if err := json.Unmarshal(text, &stated); err != nil {
		return fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	h := &b.Header
	hash := b.Hash()
	top := map[string]json.RawMessage{"height": stated.Height, "hash": stated.Hash}
	if err := sameFields(top, struct {
		Height uint64 `json:"height"`
		Hash   string `json:"hash"`
	}{h.Height, hx(hash[:])}); err != nil {
		return blockErr(h.Height, err)
	}
	if err := sameFields(stated.Header, describeHeader(h)); err != nil {
		return blockErr(h.Height, fmt.Errorf("header %w", err))
	}
	for i, r := range stated.Records {
		if i >= len(b.Records) {
			break
		}
		if err := sameFields(r, describeRecord(b.Records[i])); err != nil {
			return blockErrRec(h.Height, i, err)
		}
	}
	return nil
}

// sameFields compares each field stated (JSON values by name, nil or
// null meaning absent) with the same field of want's JSON encoding,
// numbers exactly.
func sameFields(stated map[string]json.RawMessage, want any) error {
	wb, err := json.Marshal(want)
	if err != nil {
		return err
	}
	var derived map[string]json.RawMessage
	if err := json.Unmarshal(wb, &derived); err != nil {
		return err
	}
	for k, v := range stated {
		if len(v) == 0 || string(v) == "null" {
			continue
		}
		got, err := canonicalJSON(v)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", ErrEncoding, k, err)
		}
		d, ok := derived[k]
		want := "absent"
		if ok {
			if w, err := canonicalJSON(d); err == nil && reflect.DeepEqual(got, w) {
				continue
			}
			want = string(d)
		}
		return fmt.Errorf("%w: %s is %s, the hex says %s", ErrReadable, k, v, want)
	}
	return nil
}

// canonicalJSON decodes a JSON value keeping numbers exact.
func canonicalJSON(v json.RawMessage) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	var out any
	err := dec.Decode(&out)
	return out, err
}
