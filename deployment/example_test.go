package deployment_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/deployment"
)

// The devnet operators are derived from public strings: every devnet has
// the same three, and the Bitcoin federation is their x-only keys.
func ExampleDevnetOperatorKeys() {
	keys := deployment.DevnetOperatorKeys()
	for _, k := range keys {
		fmt.Println(crypto.PubkeyToAddress(k.PublicKey))
	}
	fed := deployment.FederationOf(deployment.DevnetThreshold, keys...)
	ks, _ := fed.KeySet()
	fmt.Printf("federation %d of %d\n", ks.Threshold(), ks.Len())
	// Output:
	// 0x00fc71e35B1f9C1d97F1c9343Bc671C2A91b6100
	// 0xC85d7B4D326547aA3E5879e27D6D4acDfac51B3F
	// 0x491A32C3DdA19c34A03fA4b3ED282788AC93F315
	// federation 2 of 3
}
