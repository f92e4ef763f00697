package deployment

import (
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
)

func sample() *Deployment {
	ops := DevnetOperatorKeys()
	token := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tst := chains.ComputeAssetID(31337, token.Bytes())
	btc := chains.ComputeAssetID(18444, nil)
	rec := FederationOf(2, DevnetRecoveryKeys()...)
	return &Deployment{
		Version: Version,
		Signers: SignerSet{Threshold: 2, Addresses: []common.Address{crypto.PubkeyToAddress(ops[0].PublicKey)}},
		Chains: []Chain{
			{ID: 31337, Name: "A", Kind: KindEVM, Bridge: common.HexToAddress("0x01"), DeployBlock: 1},
			{ID: 31338, Name: "B", Kind: KindEVM, Bridge: common.HexToAddress("0x02"), DeployBlock: 1},
			{ID: 18444, Name: "BTC", Kind: KindBitcoin},
		},
		Bitcoin: &Bitcoin{ChainID: 18444, Network: "regtest", Federation: FederationOf(2, ops...), MinDeposit: 10000, Confirmations: 6, RefundMargin: 20, DefaultRefundBlocks: 144,
			MaxFeeRate: 10, Recovery: &rec, RecoveryDelay: 144, MinBlockSeconds: DevnetMinBlockSeconds, HeaderSkewSeconds: DevnetHeaderSkew},
		Assets: []Asset{
			{ID: tst, Symbol: "TST", HomeChain: 31337, HomeAsset: token.Bytes(), Decimals: 18,
				MaxPerTransfer: NewAmount(new(big.Int).Lsh(big.NewInt(1), 100)), Capacity: NewAmount(new(big.Int).Lsh(big.NewInt(1), 101)), Window: 60,
				Tokens: []Token{{Chain: 31337, Kind: TokenHome, Address: token}, {Chain: 31338, Kind: TokenWrapped, Address: common.HexToAddress("0xbb")}}},
			{ID: btc, Symbol: "BTC", HomeChain: 18444, Decimals: 8, MinPerTransfer: NewAmount(big.NewInt(DevnetBTCMinPerTransfer)),
				MaxPerTransfer: NewAmount(big.NewInt(1e8)), Capacity: NewAmount(big.NewInt(2e8)), Window: 60},
		},
	}
}

func TestDeploymentRoundTrip(t *testing.T) {
	d := sample()
	path := filepath.Join(t.TempDir(), FileName)
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := got.Asset("tst")
	if err != nil {
		t.Fatal(err)
	}
	if a.MaxPerTransfer.Big().Cmp(d.Assets[0].MaxPerTransfer.Big()) != 0 || a.ID != d.Assets[0].ID {
		t.Fatalf("asset after round trip: %+v", a)
	}
	if tok, ok := a.Token(31338); !ok || tok.Address != common.HexToAddress("0xbb") || tok.Kind != TokenWrapped {
		t.Fatalf("token on B: %+v %v", tok, ok)
	}
	if _, err := got.Asset(d.Assets[1].ID.String()); err != nil {
		t.Fatalf("asset by id: %v", err)
	}
	for _, ref := range []string{"B", "b", "31338"} {
		if c, err := got.Chain(ref); err != nil || c.ID != 31338 {
			t.Fatalf("chain %q: %+v %v", ref, c, err)
		}
	}
	if _, err := got.Chain("Z"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown chain: %v", err)
	}
	if _, err := got.Asset("DOGE"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown asset: %v", err)
	}
	ks, err := got.Bitcoin.Federation.KeySet()
	if err != nil || ks.Len() != 3 || ks.Threshold() != 2 {
		t.Fatalf("federation: %v %v", ks, err)
	}
	if got.Bitcoin.MinRefundBlocks() != 26 {
		t.Fatalf("MinRefundBlocks %d", got.Bitcoin.MinRefundBlocks())
	}
	if r := got.Bitcoin.DeadlineRule(); r.MinBlockInterval != time.Second || r.HeaderSkew != 30*time.Second {
		t.Fatalf("deadline rule %+v", r)
	}
	if b, _ := got.Asset("BTC"); b.MinPerTransfer.Big().Int64() != 3846 {
		t.Fatalf("BTC minPerTransfer %s, want 546 + 330 vB × 10 sat/vB", b.MinPerTransfer)
	}
	if tst, _ := got.Asset("TST"); tst.MinPerTransfer.Big().Sign() != 0 {
		t.Fatalf("TST minPerTransfer %s, want none", tst.MinPerTransfer)
	}
}

func TestDeploymentValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(d *Deployment)
	}{
		{"wrong version", func(d *Deployment) { d.Version = 2 }},
		{"duplicate chain", func(d *Deployment) { d.Chains[1].ID = 31337 }},
		{"evm chain without bridge", func(d *Deployment) { d.Chains[0].Bridge = common.Address{} }},
		{"unknown kind", func(d *Deployment) { d.Chains[2].Kind = "solana" }},
		{"asset id mismatch", func(d *Deployment) { d.Assets[0].HomeChain = 31338 }},
		{"asset home not a chain", func(d *Deployment) {
			d.Assets[1].HomeChain = 99
			d.Assets[1].ID = chains.ComputeAssetID(99, nil)
		}},
		{"token on a bitcoin chain", func(d *Deployment) { d.Assets[0].Tokens[1].Chain = 18444 }},
		{"duplicate asset", func(d *Deployment) { d.Assets[1] = d.Assets[0] }},
		{"bad federation key", func(d *Deployment) { d.Bitcoin.Federation.Keys[0] = "zz" }},
		{"federation threshold", func(d *Deployment) { d.Bitcoin.Federation.Threshold = 4 }},
		{"bitcoin chain missing", func(d *Deployment) { d.Bitcoin.ChainID = 31337 }},
		{"recovery without delay", func(d *Deployment) { d.Bitcoin.RecoveryDelay = 0 }},
		{"delay without recovery", func(d *Deployment) { d.Bitcoin.Recovery = nil }},
		{"bad recovery key", func(d *Deployment) { d.Bitcoin.Recovery.Keys[1] = "00" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := sample()
			tc.break_(d)
			if err := d.Validate(); !errors.Is(err, ErrDeployment) {
				t.Fatalf("Validate = %v, want ErrDeployment", err)
			}
		})
	}
	if err := sample().Validate(); err != nil {
		t.Fatalf("valid sample: %v", err)
	}
}

func TestDevnetOperatorKeys(t *testing.T) {
	a, b := DevnetOperatorKeys(), DevnetOperatorKeys()
	seen := map[common.Address]bool{}
	for i := range a {
		if crypto.PubkeyToAddress(a[i].PublicKey) != crypto.PubkeyToAddress(b[i].PublicKey) {
			t.Fatalf("key %d not deterministic", i)
		}
		seen[crypto.PubkeyToAddress(a[i].PublicKey)] = true
	}
	if len(seen) != DevnetOperators {
		t.Fatalf("%d distinct keys", len(seen))
	}
	want := crypto.Keccak256([]byte("kakehashi devnet operator 1"))
	if got := crypto.FromECDSA(a[0]); string(got) != string(want) {
		t.Fatalf("key 1 is not keccak256 of its public string")
	}
}

func TestBitcoinCustody(t *testing.T) {
	d := sample()
	ks, delay, err := d.Bitcoin.Custody()
	if err != nil || delay != 144 || ks.Threshold() != 2 || len(ks.Keys()) != 3 {
		t.Fatalf("custody %+v %d %v", ks, delay, err)
	}
	if !slices.Contains(ks.Keys(), XOnly(DevnetRecoveryKeys()[0])) {
		t.Fatalf("recovery keys %x are not the devnet's", ks.Keys())
	}
	d.Bitcoin.Recovery, d.Bitcoin.RecoveryDelay = nil, 0
	if err := d.Validate(); err != nil {
		t.Fatalf("a deployment without the recovery leaf is still readable: %v", err)
	}
	if _, _, err := d.Bitcoin.Custody(); !errors.Is(err, ErrDeployment) || !strings.Contains(err.Error(), "bitcoin.recovery") {
		t.Fatalf("Custody without recovery = %v", err)
	}
}
