package audit

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
)

func TestVerifySampleChain(t *testing.T) {
	cb := sampleChain(t)
	ctx := context.Background()
	rep, err := Verify(ctx, BlockSlice(cb.blocks), VerifyOptions{Genesis: cb.blocks[0].Hash()})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Blocks != 8 || rep.Height != 7 || rep.Head != cb.blocks[7].Hash() {
		t.Fatalf("report %+v", rep)
	}
	if rep.OpenTransfers != 0 {
		t.Fatalf("open transfers %d, want 0", rep.OpenTransfers)
	}
	if rep.Signers.Epoch != 2 || rep.Signers.Threshold != 3 {
		t.Fatalf("signer set %+v", rep.Signers)
	}
	want := map[chains.AssetID]struct {
		locked, inFlight, fees, withheld uint64
		out                              map[chains.ChainID]uint64
	}{
		// erc20: locked 100, minted on B, 40 re-transferred B→C, then burned on C and unlocked on A.
		erc20ID: {60, 0, 0, 0, map[chains.ChainID]uint64{chains.DevnetB: 60, chains.DevnetC: 0}},
		// btc: 5000 deposited with a 400 deposit fee, 4600 minted on A,
		// 2000 burned and paid out, sweep fee 300. Custody holds
		// 5000 − 300 − 2000 = 2700 = locked + withheld − fees.
		btcID: {2600, 0, 300, 400, map[chains.ChainID]uint64{chains.DevnetA: 2600}},
	}
	if len(rep.Balances) != len(want) {
		t.Fatalf("%d balances", len(rep.Balances))
	}
	for _, b := range rep.Balances {
		w := want[b.Asset]
		if b.Locked.Uint64() != w.locked || b.InFlight.Uint64() != w.inFlight || b.FeesPaid.Uint64() != w.fees || b.FeesWithheld.Uint64() != w.withheld {
			t.Errorf("asset %s: locked %s in flight %s fees paid %s withheld %s", b.Asset, b.Locked.Dec(), b.InFlight.Dec(), b.FeesPaid.Dec(), b.FeesWithheld.Dec())
		}
		for c, v := range w.out {
			if b.Outstanding[c].Uint64() != v {
				t.Errorf("asset %s chain %d outstanding %s, want %d", b.Asset, c, b.Outstanding[c].Dec(), v)
			}
		}
	}
	// Replay agrees with the ledger that produced the chain.
	if got, want := cb.ledger.Report().HeadHex, rep.HeadHex; got != want {
		t.Fatalf("ledger head %s, verify head %s", got, want)
	}
	if _, err := Verify(ctx, BlockSlice(cb.blocks), VerifyOptions{Genesis: [32]byte{1}}); !errors.Is(err, ErrGenesis) {
		t.Fatalf("pinned wrong genesis: %v", err)
	}
}

// exportLines exports the chain and returns its JSONL lines.
func exportLines(t *testing.T, blocks []*Block) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(context.Background(), &buf, BlockSlice(blocks), FormatJSONL); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
}

func verifyLines(lines []string) error {
	_, err := Verify(context.Background(), NewJSONLSource(strings.NewReader(strings.Join(lines, "\n"))), VerifyOptions{})
	return err
}

// editLine decodes one exported line as generic JSON, lets f change it and
// re-encodes it, as a tamperer with a text editor would.
func editLine(t *testing.T, line string, f func(m map[string]any)) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func flipHexByte(s string, byteIndex int) string {
	b, _ := hex.DecodeString(s)
	b[byteIndex] ^= 0x01
	return hex.EncodeToString(b)
}

// resign replaces a block's attestations with fresh ones from keys, as
// colluding operators would.
func resign(b *Block, keys ...int) {
	b.Attestations = nil
	set := &SignerSet{Threshold: 1}
	for _, k := range keys {
		set.Signers = append(set.Signers, crypto.PubkeyToAddress(operatorKey(k).PublicKey))
	}
	for _, k := range keys {
		a, _ := Attest(operatorKey(k), b.Hash())
		_, _ = AddAttestation(set, b, a)
	}
}

func cloneBlocks(bs []*Block) []*Block {
	out := make([]*Block, len(bs))
	for i, b := range bs {
		c, err := DecodeBlock(b.Encode())
		if err != nil {
			panic(err)
		}
		out[i] = c
	}
	return out
}

func TestVerifyTamper(t *testing.T) {
	cb := sampleChain(t)
	good := exportLines(t, cb.blocks)
	if err := verifyLines(good); err != nil {
		t.Fatalf("untouched export: %v", err)
	}
	records := func(m map[string]any) []any { return m["records"].([]any) }

	cases := []struct {
		name       string
		tamper     func(lines []string) []string
		blocks     func(bs []*Block) []*Block // alternative: tamper the binary blocks
		height     uint64
		record     int
		reason     error
		reasonText string
	}{
		{
			name: "changed byte in a record (amount of the MINT)",
			tamper: func(l []string) []string {
				l[2] = editLine(t, l[2], func(m map[string]any) {
					r := records(m)[0].(map[string]any)
					r["recordHex"] = flipHexByte(r["recordHex"].(string), 2+84+32+32+31) // last byte of the amount
				})
				return l
			},
			height: 2, record: 0, reason: ErrRecordsRoot, reasonText: "record changed or moved",
		},
		{
			name: "changed byte in a record header field (kind)",
			tamper: func(l []string) []string {
				l[1] = editLine(t, l[1], func(m map[string]any) {
					r := records(m)[2].(map[string]any)
					r["recordHex"] = flipHexByte(r["recordHex"].(string), 1)
				})
				return l
			},
			height: 1, record: 2, reason: ErrRecordsRoot,
		},
		{
			name: "reordered records",
			tamper: func(l []string) []string {
				l[3] = editLine(t, l[3], func(m map[string]any) {
					rs := records(m)
					rs[0], rs[1] = rs[1], rs[0]
				})
				return l
			},
			height: 3, record: 0, reason: ErrRecordsRoot,
		},
		{
			name:   "dropped block",
			tamper: func(l []string) []string { return append(append([]string{}, l[:4]...), l[5:]...) },
			height: 5, record: NoRecord, reason: ErrLinkage, reasonText: "height 5, want 4",
		},
		{
			name:   "repeated block",
			tamper: func(l []string) []string { return append(append([]string{}, l[:5]...), l[4:]...) },
			height: 4, record: NoRecord, reason: ErrLinkage,
		},
		{
			name: "missing attestation",
			tamper: func(l []string) []string {
				l[3] = editLine(t, l[3], func(m map[string]any) { m["attestations"] = m["attestations"].([]any)[:1] })
				return l
			},
			height: 3, record: NoRecord, reason: ErrQuorum, reasonText: "1 valid attestations, signer set epoch 1 needs 2",
		},
		{
			name: "forged attestation (corrupted signature)",
			tamper: func(l []string) []string {
				l[4] = editLine(t, l[4], func(m map[string]any) {
					a := m["attestations"].([]any)[1].(map[string]any)
					a["sig"] = flipHexByte(a["sig"].(string), 10)
				})
				return l
			},
			height: 4, record: NoRecord, reason: ErrAttestation,
		},
		{
			name: "attestation by an outsider",
			blocks: func(bs []*Block) []*Block {
				resign(bs[6], 0, 1, 7) // key 7 is not an operator
				return bs
			},
			height: 6, record: NoRecord, reason: ErrAttestation, reasonText: "not in signer set epoch 2",
		},
		{
			name: "attestation repeated to reach quorum",
			blocks: func(bs []*Block) []*Block {
				bs[2].Attestations = []Attestation{bs[2].Attestations[0], bs[2].Attestations[0]}
				return bs
			},
			height: 2, record: NoRecord, reason: ErrAttestation, reasonText: "repeated or out of ascending order",
		},
		{
			name: "signer set change honoured: old threshold no longer enough",
			blocks: func(bs []*Block) []*Block {
				bs[7].Attestations = bs[7].Attestations[:2]
				return bs
			},
			height: 7, record: NoRecord, reason: ErrQuorum, reasonText: "needs 3",
		},
		{
			name: "state hash that does not match replay (signed by a colluding quorum)",
			blocks: func(bs []*Block) []*Block {
				bs[3].Header.StateHash[0] ^= 0xff
				resign(bs[3], 0, 1)
				// relink the rest so only the state hash is wrong
				for i := 4; i < len(bs); i++ {
					bs[i].Header.PrevHash = bs[i-1].Hash()
					resign(bs[i], 0, 1, 2)
				}
				return bs
			},
			height: 3, record: NoRecord, reason: ErrStateHash, reasonText: "replay derives",
		},
		{
			name: "previous hash rewritten",
			blocks: func(bs []*Block) []*Block {
				bs[5].Header.PrevHash[31] ^= 1
				resign(bs[5], 0, 1)
				return bs
			},
			height: 5, record: NoRecord, reason: ErrLinkage, reasonText: "previous hash",
		},
		{
			name: "mint without a final lock, attested by a colluding quorum",
			blocks: func(bs []*Block) []*Block {
				forged := destRec(KindMint, tid(99), erc20ID, chains.DevnetB, 22, 1000, bob)
				raw, _ := forged.Encode()
				b := bs[3]
				b.Records = append(b.Records, raw)
				b.Header.RecordCount++
				b.Header.RecordsRoot = RecordsRoot(b.Records)
				resign(b, 0, 1)
				return bs[:4]
			},
			height: 3, record: 3, reason: ErrInvariant, reasonText: "without a recorded final lock or burn",
		},
		{
			name: "anchor pointing at a wrong hash",
			blocks: func(bs []*Block) []*Block {
				b := bs[4]
				r, _ := DecodeRecord(b.Records[3])
				r.AnchorHash[0] ^= 1
				b.Records[3], _ = r.Encode()
				b.Header.RecordsRoot = RecordsRoot(b.Records)
				resign(b, 0, 1)
				return bs[:5]
			},
			height: 4, record: 3, reason: ErrAnchor,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.blocks != nil {
				_, err = Verify(context.Background(), BlockSlice(tc.blocks(cloneBlocks(cb.blocks))), VerifyOptions{})
			} else {
				err = verifyLines(tc.tamper(append([]string{}, good...)))
			}
			var ve *VerifyError
			if !errors.As(err, &ve) {
				t.Fatalf("want *VerifyError, got %v", err)
			}
			if ve.Height != tc.height || ve.Record != tc.record || !errors.Is(err, tc.reason) {
				t.Fatalf("got block %d record %d err %v; want block %d record %d reason %v", ve.Height, ve.Record, err, tc.height, tc.record, tc.reason)
			}
			if tc.reasonText != "" && !strings.Contains(err.Error(), tc.reasonText) {
				t.Fatalf("error %q does not say %q", err, tc.reasonText)
			}
			t.Logf("%v", err)
		})
	}
}

func TestVerifyEmpty(t *testing.T) {
	if _, err := Verify(context.Background(), BlockSlice(nil), VerifyOptions{}); !errors.Is(err, ErrGenesis) {
		t.Fatalf("empty chain: %v", err)
	}
}

type fakeChain struct {
	bad Kind
}

func (f fakeChain) CheckRecord(_ context.Context, r *Record) error {
	if r.Kind == f.bad {
		return errors.New("transaction not found")
	}
	return nil
}

func TestVerifyChainsOption(t *testing.T) {
	cb := sampleChain(t)
	all := map[chains.ChainID]ChainChecker{chains.DevnetA: fakeChain{}, chains.DevnetB: fakeChain{}, chains.DevnetC: fakeChain{}, chains.BitcoinRegtest: fakeChain{}}
	if _, err := Verify(context.Background(), BlockSlice(cb.blocks), VerifyOptions{Chains: all}); err != nil {
		t.Fatal(err)
	}
	all[chains.DevnetB] = fakeChain{bad: KindMint}
	_, err := Verify(context.Background(), BlockSlice(cb.blocks), VerifyOptions{Chains: all})
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.Height != 2 || ve.Record != 0 || !errors.Is(err, ErrChainCheck) {
		t.Fatalf("got %v", err)
	}
	delete(all, chains.BitcoinRegtest)
	all[chains.DevnetB] = fakeChain{}
	if _, err := Verify(context.Background(), BlockSlice(cb.blocks), VerifyOptions{Chains: all}); !errors.Is(err, ErrChainCheck) || !strings.Contains(err.Error(), "no checker configured for chain 18444") {
		t.Fatalf("missing checker: %v", err)
	}
}
