package audit

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The seed corpus lives in testdata/fuzz/<FuzzName>/ (one record or block of
// the sample chain per file, plus the spec's vectors). Regenerate it with
//
//	AUDIT_WRITE_CORPUS=1 go test -run TestWriteFuzzCorpus ./audit/
func TestWriteFuzzCorpus(t *testing.T) {
	if os.Getenv("AUDIT_WRITE_CORPUS") != "1" {
		t.Skip("set AUDIT_WRITE_CORPUS=1 to regenerate testdata/fuzz")
	}
	cb := sampleChain(t)
	write := func(fuzz, name string, data []byte) {
		dir := filepath.Join("testdata", "fuzz", fuzz)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range cb.blocks {
		write("FuzzDecodeBlock", fmt.Sprintf("block-%d", b.Header.Height), b.Encode())
		for i, r := range b.Records {
			k := Kind(r[1])
			write("FuzzDecodeRecord", fmt.Sprintf("block-%d-record-%d-%s", b.Header.Height, i, k), r)
		}
	}
}

// FuzzDecodeRecord: the decoder never panics, and whatever it accepts
// re-encodes to exactly the input (the encoding is canonical).
func FuzzDecodeRecord(f *testing.F) {
	for _, r := range []*Record{vecLock(), vecSignerSet(), defineERC20()} {
		raw, _ := r.Encode()
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeRecord(data)
		if err != nil {
			return
		}
		back, err := r.Encode()
		if err != nil {
			t.Fatalf("decoded record does not re-encode: %v", err)
		}
		if !bytes.Equal(back, data) {
			t.Fatalf("non-canonical accept:\n in  %x\n out %x", data, back)
		}
	})
}

// FuzzDecodeBlock: the block decoder never panics, and re-encodes what it
// accepts to the input; verifying an accepted block never panics either.
func FuzzDecodeBlock(f *testing.F) {
	f.Add((&Block{Header: vecHeader()}).Encode())
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeBlock(data)
		if err != nil {
			return
		}
		if back := b.Encode(); !bytes.Equal(back, data) {
			t.Fatalf("non-canonical accept:\n in  %x\n out %x", data, back)
		}
		_, _ = Verify(t.Context(), BlockSlice{b}, VerifyOptions{})
	})
}

// testdata/sample-chain.jsonl is the export of sampleChain: a complete,
// valid chain for independent implementers (docs/audit-format.md §9). It is
// regenerated with AUDIT_WRITE_CORPUS=1 and must not drift silently.
func TestSampleChainGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Export(t.Context(), &buf, BlockSlice(sampleChain(t).blocks), FormatJSONL); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "sample-chain.jsonl")
	if os.Getenv("AUDIT_WRITE_CORPUS") == "1" {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Fatalf("export of the sample chain differs from %s (encoding changed? regenerate only for an intended format change)", path)
	}
	if _, err := Verify(t.Context(), NewJSONLSource(bytes.NewReader(want)), VerifyOptions{}); err != nil {
		t.Fatal(err)
	}
}
