package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
)

const sampleChain = "../../../../audit/testdata/sample-chain.jsonl"

// sampleLines returns the committed sample chain's lines, decoded.
func sampleLines(t *testing.T) []map[string]any {
	t.Helper()
	raw, err := os.ReadFile(sampleChain)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func writeLines(t *testing.T, lines []map[string]any) string {
	t.Helper()
	var buf bytes.Buffer
	for _, l := range lines {
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	p := filepath.Join(t.TempDir(), "chain.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = Execute(context.Background(), append([]string{"--devnet-dir", t.TempDir()}, args...), &o, &e)
	return o.String(), e.String(), err
}

// The committed sample chain verifies; text names the head, --json parses
// and carries the same head, the counts and the balanced invariant.
func TestAuditVerifySample(t *testing.T) {
	lines := sampleLines(t)
	head := lines[len(lines)-1]["hash"].(string)
	genesis := lines[0]["hash"].(string)

	out, _, err := run(t, "audit", "verify", "--file", sampleChain, "--genesis", "0x"+genesis)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	for _, want := range []string{"OK: verified 8 blocks, 20 records", "head 7 0x" + head, "genesis pinned", "attestations checked", "signer set epoch"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	// Unpinned, the output names the hash to compare and pin.
	out, _, err = run(t, "audit", "verify", "--file", sampleChain)
	if err != nil || !strings.Contains(out, "genesis NOT pinned: compare 0x"+genesis) || !strings.Contains(out, "--genesis 0x"+genesis) {
		t.Fatalf("unpinned verify does not name the genesis hash 0x%s: %v\n%s", genesis, err, out)
	}

	out, _, err = run(t, "--json", "audit", "verify", "--file", sampleChain)
	if err != nil {
		t.Fatalf("verify --json: %v", err)
	}
	var res struct {
		Genesis   string `json:"genesis"`
		OK        bool   `json:"ok"`
		Head      string `json:"head"`
		Height    uint64 `json:"height"`
		Blocks    uint64 `json:"blocks"`
		Records   uint64 `json:"records"`
		Attested  bool   `json:"attestationsChecked"`
		Invariant []struct {
			Locked, Outstanding, InFlight string
			OK                            bool
		} `json:"invariant"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, out)
	}
	if !res.OK || res.Head != "0x"+head || res.Genesis != "0x"+genesis || res.Height != 7 || res.Blocks != 8 || res.Records != 20 || !res.Attested {
		t.Fatalf("json result %+v", res)
	}
	if len(res.Invariant) == 0 {
		t.Fatal("no invariant lines")
	}
	for _, l := range res.Invariant {
		if !l.OK {
			t.Fatalf("invariant line %+v", l)
		}
	}
}

// A changed byte anywhere makes verify fail with one line naming the
// block, the record and the reason, exit code (error) set, and --json
// carrying the same fields.
func TestAuditVerifyTampered(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(t *testing.T, lines []map[string]any)
		want   []string
		block  float64
		record float64 // -1: none
		cause  error
	}{
		{
			name: "mint amount raised by one",
			edit: func(t *testing.T, lines []map[string]any) {
				rec := lines[2]["records"].([]any)[0].(map[string]any)
				raw, _ := hex.DecodeString(rec["recordHex"].(string))
				r, err := audit.DecodeRecord(raw)
				if err != nil || r.Kind != audit.KindMint || r.Amount.Uint64() != 100 {
					t.Fatalf("sample block 2 record 0 is not the mint of 100: %v %+v", err, r)
				}
				r.Amount.SetUint64(101)
				enc, _ := r.Encode()
				if diff := countDiff(raw, enc); diff != 1 {
					t.Fatalf("edit changed %d bytes, want 1", diff)
				}
				rec["recordHex"] = hex.EncodeToString(enc)
			},
			want:  []string{"block 2 record 0:", "Merkle root", "record changed"},
			block: 2, record: 0, cause: audit.ErrRecordsRoot,
		},
		{
			name: "attestation byte flipped",
			edit: func(t *testing.T, lines []map[string]any) {
				att := lines[5]["attestations"].([]any)[0].(map[string]any)
				raw, _ := hex.DecodeString(att["sig"].(string))
				raw[10] ^= 0x01
				att["sig"] = hex.EncodeToString(raw)
			},
			want:  []string{"block 5", "attestation"},
			block: 5, record: -1, cause: audit.ErrAttestation,
		},
		{
			name: "block dropped",
			edit: func(t *testing.T, lines []map[string]any) {
				copy(lines[3:], lines[4:])
				lines[len(lines)-1] = nil
			},
			want:  []string{"block 4", "does not link"},
			block: 4, record: -1, cause: audit.ErrLinkage,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lines := sampleLines(t)
			tc.edit(t, lines)
			var kept []map[string]any
			for _, l := range lines {
				if l != nil {
					kept = append(kept, l)
				}
			}
			path := writeLines(t, kept)

			_, stderr, err := run(t, "audit", "verify", "--file", path)
			if err == nil {
				t.Fatal("tampered chain verified")
			}
			if !errors.Is(err, ErrAuditFailed) || !errors.Is(err, tc.cause) || Code(err) != "audit_failed" {
				t.Fatalf("err = %v (code %s), want ErrAuditFailed and %v", err, Code(err), tc.cause)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
				t.Fatalf("error is %d lines:\n%s", n+1, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("error line lacks %q: %s", w, stderr)
				}
			}

			out, _, err := run(t, "--json", "audit", "verify", "--file", path)
			if err == nil {
				t.Fatal("tampered chain verified with --json")
			}
			var obj map[string]any
			if err := json.Unmarshal([]byte(out), &obj); err != nil {
				t.Fatalf("--json error does not parse: %v\n%s", err, out)
			}
			if obj["code"] != "audit_failed" || obj["block"] != tc.block || obj["reason"] == "" {
				t.Fatalf("--json error %v", obj)
			}
			if rec, ok := obj["record"]; tc.record >= 0 && rec != tc.record || tc.record < 0 && ok {
				t.Fatalf("--json record = %v, want %v", obj["record"], tc.record)
			}
		})
	}
}

func countDiff(a, b []byte) int {
	if len(a) != len(b) {
		return -1
	}
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

// A wrong pinned genesis fails at block 0.
func TestAuditVerifyGenesis(t *testing.T) {
	_, stderr, err := run(t, "audit", "verify", "--file", sampleChain, "--genesis", "0x"+strings.Repeat("11", 32))
	if !errors.Is(err, audit.ErrGenesis) || !strings.Contains(stderr, "block 0") {
		t.Fatalf("err = %v, stderr %s", err, stderr)
	}
	if _, _, err := run(t, "audit", "verify", "--file", sampleChain, "--genesis", "0x1234"); !errors.Is(err, ErrUsage) {
		t.Fatalf("short genesis: %v", err)
	}
}

// replay prints per asset the locked, outstanding and in-flight amounts
// and the invariant; --json carries the balances.
func TestAuditReplaySample(t *testing.T) {
	out, _, err := run(t, "audit", "replay", "--file", sampleChain)
	if err != nil {
		t.Fatalf("replay: %v", err)
	}
	for _, want := range []string{"OK: replayed 8 blocks", "locked (home)", "outstanding", "in flight", "attestations not checked", ": OK"} {
		if !strings.Contains(out, want) {
			t.Errorf("replay output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "BROKEN") {
		t.Fatalf("invariant broken:\n%s", out)
	}

	// The library's own replay is the reference for the figures.
	f, _ := os.Open(sampleChain)
	defer f.Close()
	ref, err := audit.Replay(context.Background(), audit.NewJSONLSource(f), audit.VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, _, err = run(t, "--json", "audit", "replay", "--file", sampleChain)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		OK       bool `json:"ok"`
		Balances []struct {
			Asset       string            `json:"asset"`
			Locked      string            `json:"locked"`
			InFlight    string            `json:"inFlight"`
			Outstanding map[string]string `json:"outstanding"`
		} `json:"balances"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if !res.OK || len(res.Balances) != len(ref.Balances) {
		t.Fatalf("balances %+v, want %d", res, len(ref.Balances))
	}
	for i, b := range ref.Balances {
		got := res.Balances[i]
		if got.Locked != b.Locked.Dec() || got.InFlight != b.InFlight.Dec() || len(got.Outstanding) != len(b.Outstanding) {
			t.Fatalf("balance %d: %+v, want locked %s in flight %s", i, got, b.Locked.Dec(), b.InFlight.Dec())
		}
		if b.Locked.IsZero() && i == 0 {
			t.Fatal("the sample's first asset should have something locked")
		}
	}
}

// export rewrites a chain byte for byte (stdout and --out); --store reads
// a relayd's bbolt store, which export and verify accept like a file.
func TestAuditExportAndStore(t *testing.T) {
	want, err := os.ReadFile(sampleChain)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "audit", "export", "--file", sampleChain, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Fatalf("export to stdout differs from its input (%d vs %d bytes)", len(out), len(want))
	}
	if _, _, err := run(t, "audit", "export", "--file", sampleChain, "--format", "csv"); !errors.Is(err, ErrUsage) {
		t.Fatalf("--format csv: %v", err)
	}

	// Build a store from the sample, the way a relayd's ledger fills it.
	dir := t.TempDir()
	storePath := filepath.Join(dir, "audit.db")
	st, err := audit.NewStore(audit.StoreConfig{Path: storePath})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	l, err := audit.NewLedger(ctx, audit.LedgerConfig{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(sampleChain)
	n, err := audit.Import(ctx, f, l)
	f.Close()
	if err != nil || n != 8 {
		t.Fatalf("import: %d, %v", n, err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	out, _, err = run(t, "audit", "verify", "--store", storePath)
	if err != nil || !strings.Contains(out, "OK: verified 8 blocks") {
		t.Fatalf("verify --store: %v\n%s", err, out)
	}
	outPath := filepath.Join(dir, "export.jsonl")
	out, _, err = run(t, "--json", "audit", "export", "--store", storePath, "--out", outPath)
	if err != nil {
		t.Fatal(err)
	}
	var sum struct {
		Blocks uint64 `json:"blocks"`
		Out    string `json:"out"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum.Blocks != 8 || sum.Out != outPath {
		t.Fatalf("export summary %q: %v", out, err)
	}
	got, err := os.ReadFile(outPath)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("export of the store differs from the sample (%v)", err)
	}
}

// Bad invocations are usage or setup errors, and a missing store is never
// created (an auditor must not verify an empty chain by typo).
func TestAuditSourceErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.db")
	cases := []struct {
		name string
		args []string
		want error
	}{
		{"no source", []string{"audit", "verify"}, ErrUsage},
		{"two sources", []string{"audit", "verify", "--file", sampleChain, "--store", "x.db"}, ErrUsage},
		{"missing file", []string{"audit", "replay", "--file", missing}, ErrSetup},
		{"missing store", []string{"audit", "verify", "--store", missing}, ErrSetup},
		{"chains without deployment", []string{"audit", "verify", "--file", sampleChain, "--chains"}, ErrSetup},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := run(t, tc.args...)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Fatal("verify --store created the missing store")
	}
}

// writeDeployment writes a deployment file with EVM chain 31337 and
// returns the devnet directory holding it.
func writeDeployment(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	dep := &deployment.Deployment{Version: deployment.Version, Chains: []deployment.Chain{
		{ID: chains.DevnetA, Name: "A", Kind: deployment.KindEVM, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
	}}
	if err := dep.Write(filepath.Join(dir, deployment.FileName)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// --chains refuses bad flags and an unreachable node before judging
// anything: those are usage and node errors, never "audit failed".
func TestAuditChainsSetup(t *testing.T) {
	dir := writeDeployment(t)
	dead := deadRelay(t) // an http address nothing listens on
	cases := []struct {
		name string
		args []string
		want error
	}{
		{"node down", []string{"--rpc", "31337=" + dead}, ErrNode},
		{"zero confirmations", []string{"--rpc", "31337=" + dead, "--confirmations", "A=0"}, ErrUsage},
		{"confirmations of an unknown chain", []string{"--confirmations", "Z=3"}, ErrUnknownChain},
		{"anchor not an address", []string{"--rpc", "31337=" + dead, "--anchor", "31337"}, ErrUsage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o, e bytes.Buffer
			args := append([]string{"--devnet-dir", dir}, tc.args...)
			err := Execute(context.Background(), append(args, "audit", "verify", "--file", sampleChain, "--chains"), &o, &e)
			if !errors.Is(err, tc.want) || errors.Is(err, ErrAuditFailed) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// A deployment whose Bitcoin side lacks the custody recovery leaf cannot
// check Bitcoin records: verify --chains fails naming the record it could
// not check and the flags to pass.
func TestAuditChainsBitcoinNeedsRecovery(t *testing.T) {
	ctx := context.Background()
	op, _ := crypto.GenerateKey()
	storePath := filepath.Join(t.TempDir(), "audit.db")
	st, err := audit.NewStore(audit.StoreConfig{Path: storePath})
	if err != nil {
		t.Fatal(err)
	}
	l, err := audit.NewLedger(ctx, audit.LedgerConfig{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	p, err := audit.NewProposer(audit.ProposerConfig{Key: op, Ledger: l})
	if err != nil {
		t.Fatal(err)
	}
	btc := chains.ComputeAssetID(chains.BitcoinRegtest, nil)
	lock := &audit.Record{Kind: audit.KindLock, Ref: audit.Ref{EventRef: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{7}, Index: 0}, BlockNum: 120, BlockHash: [32]byte{8}},
		TransferID: chains.TransferID{9}, AssetID: btc, Sender: make([]byte, 32), DstChain: chains.DevnetA, Recipient: common.HexToAddress("0x01").Bytes()}
	lock.Amount.SetUint64(50_000)
	for _, recs := range [][]*audit.Record{{
		{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: 1, Signers: []common.Address{crypto.PubkeyToAddress(op.PublicKey)}}},
		{Kind: audit.KindDefine, AssetID: btc, Define: &audit.Definition{HomeChain: chains.BitcoinRegtest, Decimals: 8,
			Wrapped: []audit.Wrapped{{Chain: chains.DevnetA, Token: common.HexToAddress("0x3333333333333333333333333333333333333333").Bytes()}}}},
	}, {lock}} {
		b, rejected, err := p.Propose(ctx, recs)
		if err != nil || len(rejected) > 0 || b == nil {
			t.Fatalf("propose: %v %+v", err, rejected)
		}
		if err := l.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	keys := deployment.DevnetOperatorKeys()
	dep := &deployment.Deployment{Version: deployment.Version, Chains: []deployment.Chain{{ID: chains.BitcoinRegtest, Name: "BTC", Kind: deployment.KindBitcoin}},
		Bitcoin: &deployment.Bitcoin{ChainID: chains.BitcoinRegtest, Network: "regtest", Federation: deployment.FederationOf(2, keys...), Confirmations: 6}}
	if err := dep.Write(filepath.Join(dir, deployment.FileName)); err != nil {
		t.Fatal(err)
	}
	var o, e bytes.Buffer
	err = Execute(ctx, []string{"--devnet-dir", dir, "audit", "verify", "--store", storePath, "--chains"}, &o, &e)
	if !errors.Is(err, ErrAuditFailed) || !errors.Is(err, audit.ErrChainCheck) {
		t.Fatalf("err = %v", err)
	}
	for _, w := range []string{"block 1 record 0 (LOCK)", "--btc-recovery-key"} {
		if !strings.Contains(e.String(), w) {
			t.Fatalf("stderr lacks %q: %s", w, e.String())
		}
	}
	// Without --chains the same chain verifies.
	o.Reset()
	if err := Execute(ctx, []string{"--devnet-dir", dir, "audit", "verify", "--store", storePath}, &o, &e); err != nil {
		t.Fatalf("without --chains: %v", err)
	}
}

// A store another process holds (a running relayd) is refused with advice,
// after bbolt's lock timeout, as a setup error.
func TestAuditStoreLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.db")
	st, err := audit.NewStore(audit.StoreConfig{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, stderr, err := run(t, "audit", "verify", "--store", path)
	if !errors.Is(err, ErrSetup) || !strings.Contains(stderr, "stop relayd") {
		t.Fatalf("err = %v, stderr %s", err, stderr)
	}
}
