package chains

import (
	"testing"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The hand-rolled encodings must equal go-ethereum's ABI packer, which is
// what Solidity's abi.encode produces.
func TestIDsMatchABIEncode(t *testing.T) {
	u64, _ := abi.NewType("uint64", "", nil)
	u32, _ := abi.NewType("uint32", "", nil)
	byt, _ := abi.NewType("bytes", "", nil)
	adr, _ := abi.NewType("address", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)

	token := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	for _, tc := range []struct {
		name  string
		asset []byte
	}{{"native", nil}, {"erc20", token.Bytes()}, {"odd length", []byte{1, 2, 3}}} {
		t.Run("asset/"+tc.name, func(t *testing.T) {
			enc, err := abi.Arguments{{Type: u64}, {Type: byt}}.Pack(uint64(31337), tc.asset)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ComputeAssetID(31337, tc.asset), AssetID(crypto.Keccak256Hash(enc)); got != want {
				t.Fatalf("asset id %s, want %s", got, want)
			}
		})
	}
	t.Run("evm transfer", func(t *testing.T) {
		enc, _ := abi.Arguments{{Type: u64}, {Type: adr}, {Type: u64}}.Pack(uint64(31338), token, uint64(7))
		if got, want := EVMTransferID(31338, token, 7), TransferID(crypto.Keccak256Hash(enc)); got != want {
			t.Fatalf("got %s want %s", got, want)
		}
	})
	t.Run("bitcoin transfer uses display order", func(t *testing.T) {
		h, _ := chainhash.NewHashFromStr("00000000000000000000000000000000000000000000000000000000000000ff")
		var display [32]byte
		display[31] = 0xff
		enc, _ := abi.Arguments{{Type: u64}, {Type: b32}, {Type: u32}}.Pack(uint64(18444), display, uint32(1))
		if got, want := BitcoinTransferID(18444, *h, 1), TransferID(crypto.Keccak256Hash(enc)); got != want {
			t.Fatalf("got %s want %s", got, want)
		}
	})
}

func TestTransferIDText(t *testing.T) {
	id := EVMTransferID(1, common.Address{}, 1)
	back, err := ParseTransferID(id.String())
	if err != nil || back != id {
		t.Fatalf("round trip: %v %s", err, back)
	}
	for _, bad := range []string{"", "0x12", "zz", id.String() + "00"} {
		if _, err := ParseTransferID(bad); err == nil {
			t.Errorf("ParseTransferID(%q) accepted", bad)
		}
	}
}
