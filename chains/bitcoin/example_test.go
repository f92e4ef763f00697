package bitcoin_test

import (
	"encoding/hex"
	"fmt"

	"github.com/btcsuite/btcd/chaincfg"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
)

// A wallet derives the deposit address from the payload and the published
// federation keys alone (the first test vector of docs/bitcoin.md).
func ExampleNewDepositOutput() {
	raw, _ := hex.DecodeString("4b4b48010000000000007a69abababababababababababababababababababab2de79a10891eb15e781623b9175f8e8a241934a1eb62bf4ec33881fc75cd1c2e000003e8")
	payload, err := bitcoin.DecodePayload(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	var keys [][32]byte
	for _, k := range []string{
		"86ca81fa06b852de82a5644a829f40fa8ef59989516097422ebcf732bebc73a9",
		"b9fd842ffeaf1bcfd47907de79c797322dc60588e6a0a84ff84a9f289154fc1d",
		"d4db0acf033ceddf554eb5716b960118ebcebe02919e507a0899f6db77195817",
	} {
		b, _ := hex.DecodeString(k)
		keys = append(keys, [32]byte(b))
	}
	signers, _ := bitcoin.NewKeySet(2, keys...)
	out, _ := bitcoin.NewDepositOutput(payload, signers)
	addr, _ := out.Address(&chaincfg.RegressionNetParams)
	fmt.Println(payload.DstChain, payload.Locktime)
	fmt.Println(addr)
	// Output:
	// 31337 1000
	// bcrt1p9vqntxsw33vf7qftw5uhch3dw7mgr8tyuzumrc8llccdwjz66s2qvusf7n
}
