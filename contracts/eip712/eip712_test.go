package eip712

import (
	"errors"
	"math/big"
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
)

func TestTransferIDMatchesChains(t *testing.T) {
	bridge := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	txid, _ := chainhash.NewHashFromStr("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b")
	for _, tc := range []struct {
		name string
		tr   Transfer
		want chains.TransferID
	}{
		{"evm nonce 0", evm(31338, bridge, 0), chains.EVMTransferID(31338, bridge, 0)},
		{"evm nonce 2^40", evm(31337, bridge, 1<<40), chains.EVMTransferID(31337, bridge, 1<<40)},
		{"bitcoin vout 0", btc(*txid, 0), chains.BitcoinTransferID(chains.BitcoinRegtest, *txid, 0)},
		{"bitcoin vout 7", btc(*txid, 7), chains.BitcoinTransferID(chains.BitcoinRegtest, *txid, 7)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.tr.ID(); got != tc.want {
				t.Fatalf("ID %s, want %s", got, tc.want)
			}
		})
	}
}

func evm(chain chains.ChainID, bridge common.Address, nonce uint64) Transfer {
	ref, idx := EVMSource(bridge, nonce)
	return Transfer{SrcChain: chain, SrcRef: ref, SrcIndex: idx, Amount: big.NewInt(1)}
}

func btc(txid chainhash.Hash, vout uint32) Transfer {
	ref, idx := BitcoinSource(txid, vout)
	return Transfer{SrcChain: chains.BitcoinRegtest, SrcRef: ref, SrcIndex: idx, Amount: big.NewInt(1)}
}

// Vectors computed independently with `cast` (foundry 1.7.1):
//
//	typehash=$(cast keccak "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
//	sep=$(cast abi-encode "f(bytes32,bytes32,bytes32,uint256,address)" $typehash $(cast keccak "Kakehashi Bridge") $(cast keccak 3) 31337 0x5FbDB2315678afecb367f032d93F642f64180aa3 | cast keccak)
//	s=$(cast abi-encode "f(bytes32,uint64,uint64)" $(cast keccak "Unpause(uint64 epoch,uint64 nonce)") 2 3 | cast keccak)
//	cast concat-hex 0x1901 $sep $s | cast keccak
//	s=$(cast abi-encode "f(bytes32,uint64,bytes32,uint128,uint128,uint128,uint32,uint64)" $(cast keccak "SetLimits(uint64 epoch,bytes32 assetId,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)") 2 0xabab…ab 1136 1000000 5000000 86400 7 | cast keccak)
//	cast concat-hex 0x1901 $sep $s | cast keccak
//	arr=$(cast abi-encode "f(uint256,uint256,uint256)" 31338 31339 18444 | cast keccak)
//	s=$(cast abi-encode "f(bytes32,uint64,bytes32,bytes32,bool,uint64)" $(cast keccak "SetRoutes(uint64 epoch,bytes32 assetId,uint64[] dstChains,bool enabled,uint64 nonce)") 2 0xabab…ab $arr true 7 | cast keccak)
//	cast concat-hex 0x1901 $sep $s | cast keccak
//	s=$(cast abi-encode "f(bytes32,uint64,uint64,bytes32,address,uint256)" $(cast keccak "Refund(uint64 epoch,uint64 nonce,bytes32 assetId,address sender,uint256 amount)") 2 41 0xabab…ab 0x70997970C51812dc3A010C7d01b50e20d17dc79C 1000000 | cast keccak)
//	cast concat-hex 0x1901 $sep $s | cast keccak
const (
	domainVector    = "0xb2f599e033096f601ef59d3977e6c4af45beffe0cfcc561bf615f0516c20934e"
	unpauseVector   = "0x72c147926c6c1f25fe10763d4faf3511863a33ff647ac698ce97ba231341c652"
	setLimitsVector = "0x87b56657f95c09302c0f843f6d9794ffa839d99b20b9df35da85a21de9327cb5"
	setRoutesVector = "0x114bcaa678c2603b39b01208c03a02738babb81f5caa5e078b5d9ba71612ec2c"
	refundVector    = "0xe381d04cfd9c9ff2fa4bfd5af086e36030c23c9ab45322b8e6e979d8a7a9a2a2"
)

var vectorDomain = Domain{ChainID: 31337, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

func TestDomainSeparatorVector(t *testing.T) {
	want := common.HexToHash(domainVector)
	if got := vectorDomain.Separator(); got != want {
		t.Fatalf("separator %s, want %s", got, want)
	}
}

func TestAdminDigestVectors(t *testing.T) {
	if got, want := UnpauseDigest(vectorDomain, 2, 3), common.HexToHash(unpauseVector); got != want {
		t.Errorf("Unpause(2, 3): %s, want %s", got, want)
	}
	var asset chains.AssetID
	for i := range asset {
		asset[i] = 0xab
	}
	got, err := SetLimitsDigest(vectorDomain, 2, asset, big.NewInt(1136), big.NewInt(1_000_000), big.NewInt(5_000_000), 86400, 7)
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToHash(setLimitsVector); got != want {
		t.Errorf("SetLimits: %s, want %s", got, want)
	}
	routes := SetRoutesDigest(vectorDomain, 2, asset, []chains.ChainID{31338, 31339, 18444}, true, 7)
	if want := common.HexToHash(setRoutesVector); routes != want {
		t.Errorf("SetRoutes: %s, want %s", routes, want)
	}
	sender := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e20d17dc79C")
	if got, want := RefundDigest(vectorDomain, 2, 41, common.Hash(asset), sender, big.NewInt(1_000_000)), common.HexToHash(refundVector); got != want {
		t.Errorf("Refund(2, 41, …): %s, want %s", got, want)
	}
}

// Every quorum or signer message names the signer epoch: the same message
// signed in another epoch is another digest, so a rotation retires it.
func TestAdminDigestsNameTheEpoch(t *testing.T) {
	d := Domain{ChainID: 31337, Bridge: common.HexToAddress("0x01")}
	def := AssetDef{HomeChain: 31338, MaxPerTransfer: big.NewInt(1), Capacity: big.NewInt(1), Window: 1}
	signers := []common.Address{{1}, {2}, {3}}
	for name, digest := range map[string]func(epoch uint64) common.Hash{
		"DefineAsset": func(e uint64) common.Hash { h, _ := DefineAssetDigest(d, e, def, 4); return h },
		"SetLimits": func(e uint64) common.Hash {
			h, _ := SetLimitsDigest(d, e, def.AssetID(), nil, big.NewInt(1), big.NewInt(1), 1, 4)
			return h
		},
		"SetChain": func(e uint64) common.Hash { return SetChainDigest(d, e, 31339, ChainEVM, 4) },
		"SetRoutes": func(e uint64) common.Hash {
			return SetRoutesDigest(d, e, def.AssetID(), []chains.ChainID{31339}, true, 4)
		},
		"RotateSigners": func(e uint64) common.Hash { return RotateSignersDigest(d, e, signers, 2, 4) },
		"Pause":         func(e uint64) common.Hash { return PauseDigest(d, e, 4) },
		"Unpause":       func(e uint64) common.Hash { return UnpauseDigest(d, e, 4) },
		"Cancel":        func(e uint64) common.Hash { return CancelDigest(d, e, evm(31338, common.Address{2}, 4)) },
		"Refund": func(e uint64) common.Hash {
			return RefundDigest(d, e, 4, common.Hash(def.AssetID()), common.Address{5}, big.NewInt(6))
		},
	} {
		if digest(1) == digest(2) {
			t.Errorf("%s: epochs 1 and 2 share a digest", name)
		}
	}
}

func TestDigestsDiffer(t *testing.T) {
	d := Domain{ChainID: 31337, Bridge: common.HexToAddress("0x01")}
	tr := evm(31338, common.HexToAddress("0x02"), 1)
	mint, _ := MintDigest(d, 1, NoDeadline, tr)
	unlock, _ := UnlockDigest(d, 1, tr)
	batch, _ := MintBatchDigest(d, 1, NoDeadline, []Transfer{tr})
	otherEpoch, _ := MintDigest(d, 2, NoDeadline, tr)
	otherChain, _ := MintDigest(Domain{ChainID: 31339, Bridge: d.Bridge}, 1, NoDeadline, tr)
	otherBridge, _ := MintDigest(Domain{ChainID: 31337, Bridge: common.HexToAddress("0x03")}, 1, NoDeadline, tr)
	otherDeadline, _ := MintDigest(d, 1, 1_700_000_000, tr)
	batchDeadline, _ := MintBatchDigest(d, 1, 1_700_000_000, []Transfer{tr})
	cancel := CancelDigest(d, 1, tr)
	refund := RefundDigest(d, 1, tr.SrcIndex, common.Hash(tr.AssetID), tr.Recipient, tr.Amount)
	seen := map[common.Hash]string{}
	for name, h := range map[string]common.Hash{
		"mint": mint, "unlock": unlock, "batch of one": batch, "other epoch": otherEpoch,
		"other chain": otherChain, "other bridge": otherBridge, "other deadline": otherDeadline,
		"batch, other deadline": batchDeadline, "cancel": cancel, "refund": refund,
	} {
		if prev, dup := seen[h]; dup {
			t.Fatalf("%s and %s share a digest", name, prev)
		}
		seen[h] = name
	}
}

// A Refund signs every field: changing any one changes the digest.
func TestRefundDigestNamesEveryField(t *testing.T) {
	d := Domain{ChainID: 31337, Bridge: common.HexToAddress("0x01")}
	asset, sender, amount := common.Hash{0xa5}, common.Address{0x5e}, big.NewInt(1000)
	base := RefundDigest(d, 1, 7, asset, sender, amount)
	for name, h := range map[string]common.Hash{
		"epoch":  RefundDigest(d, 2, 7, asset, sender, amount),
		"nonce":  RefundDigest(d, 1, 8, asset, sender, amount),
		"asset":  RefundDigest(d, 1, 7, common.Hash{0xa6}, sender, amount),
		"sender": RefundDigest(d, 1, 7, asset, common.Address{0x5f}, amount),
		"amount": RefundDigest(d, 1, 7, asset, sender, big.NewInt(1001)),
		"bridge": RefundDigest(Domain{ChainID: 31337, Bridge: common.HexToAddress("0x02")}, 1, 7, asset, sender, amount),
	} {
		if h == base {
			t.Errorf("another %s, the same digest", name)
		}
	}
}

func TestAmountRange(t *testing.T) {
	d := Domain{ChainID: 1}
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, tc := range []struct {
		name   string
		amount *big.Int
		ok     bool
	}{
		{"nil", nil, false},
		{"negative", big.NewInt(-1), false},
		{"zero encodes (the contract rejects it)", big.NewInt(0), true},
		{"max uint256", max256, true},
		{"2^256", new(big.Int).Add(max256, big.NewInt(1)), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := MintDigest(d, 1, NoDeadline, Transfer{Amount: tc.amount})
			if tc.ok != (err == nil) || (err != nil && !errors.Is(err, ErrAmount)) {
				t.Fatalf("err = %v, want ok=%v", err, tc.ok)
			}
			if refund := RefundDigest(d, 1, 0, common.Hash{}, common.Address{}, tc.amount); tc.ok == (refund == common.Hash{}) {
				t.Fatalf("RefundDigest = %s, want the zero hash only for an amount out of range", refund)
			}
		})
	}
	_, err := DefineAssetDigest(d, 1, AssetDef{MaxPerTransfer: new(big.Int).Lsh(big.NewInt(1), 128), Capacity: big.NewInt(1)}, 0)
	if !errors.Is(err, ErrAmount) {
		t.Fatalf("uint128 overflow: %v", err)
	}
}

func TestSignPackRecover(t *testing.T) {
	digest := crypto.Keccak256Hash([]byte("digest"))
	var shares []Share
	for range 3 {
		k, _ := crypto.GenerateKey()
		sig, err := Sign(digest, k)
		if err != nil {
			t.Fatal(err)
		}
		if sig[64] != 27 && sig[64] != 28 {
			t.Fatalf("v = %d", sig[64])
		}
		addr := crypto.PubkeyToAddress(k.PublicKey)
		if got, err := Recover(digest, sig); err != nil || got != addr {
			t.Fatalf("recover: %s %v", got, err)
		}
		raw, _ := crypto.Sign(digest.Bytes(), k) // v in {0, 1}
		shares = append(shares, Share{Signer: addr, Sig: raw})
	}
	packed, err := Pack(shares)
	if err != nil {
		t.Fatal(err)
	}
	if len(packed) != 3*65 {
		t.Fatalf("packed %d bytes", len(packed))
	}
	var prev common.Address
	for i := range 3 {
		sig := packed[i*65 : (i+1)*65]
		if sig[64] != 27 && sig[64] != 28 {
			t.Fatalf("share %d: v = %d, want 27/28", i, sig[64])
		}
		got, err := Recover(digest, sig)
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 && got.Cmp(prev) <= 0 {
			t.Fatalf("share %d not ascending", i)
		}
		prev = got
	}

	for _, tc := range []struct {
		name   string
		shares []Share
		want   error
	}{
		{"duplicate", []Share{shares[0], shares[1], shares[0]}, ErrDuplicateSigner},
		{"short", []Share{{Signer: shares[0].Signer, Sig: shares[0].Sig[:64]}}, ErrSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Pack(tc.shares); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := Recover(digest, make([]byte, 10)); !errors.Is(err, ErrSignature) {
		t.Fatalf("short recover: %v", err)
	}
}

func TestNewBatch(t *testing.T) {
	a := evm(31338, common.HexToAddress("0x02"), 1)
	b := evm(31338, common.HexToAddress("0x02"), 2)
	otherChain := evm(31339, common.HexToAddress("0x02"), 3)
	otherAsset := b
	otherAsset.AssetID[0] = 1
	badAmount := b
	badAmount.Amount = big.NewInt(-5)
	for _, tc := range []struct {
		name string
		ts   []Transfer
		want error
	}{
		{"ok", []Transfer{a, b}, nil},
		{"empty", nil, ErrBatch},
		{"two source chains", []Transfer{a, otherChain}, ErrBatch},
		{"two assets", []Transfer{a, otherAsset}, ErrBatch},
		{"negative amount", []Transfer{a, badAmount}, ErrAmount},
	} {
		t.Run(tc.name, func(t *testing.T) {
			batch, err := NewBatch(tc.ts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.want == nil && (len(batch.Items) != len(tc.ts) || batch.Items[1].SrcIndex != 2 || batch.SrcChain != 31338) {
				t.Fatalf("batch %+v", batch)
			}
			if _, err := MintBatchDigest(Domain{ChainID: 1}, 1, NoDeadline, tc.ts); !errors.Is(err, tc.want) {
				t.Fatalf("digest err = %v, want %v", err, tc.want)
			}
		})
	}
}
