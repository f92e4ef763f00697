package anchor_test

import (
	"crypto/sha256"
	"fmt"

	"github.com/kakehashi/kakehashi/audit/anchor"
)

// The OP_RETURN output script that anchors audit block 7 into Bitcoin, and
// how a checker reads it back.
func ExamplePayloadScript() {
	hash := sha256.Sum256([]byte("audit block 7"))
	script := anchor.PayloadScript(7, hash)
	fmt.Printf("%x\n", script[:15])
	height, got, err := anchor.PayloadFromScript(script)
	fmt.Println(len(script), height, got == hash, err)
	// Output:
	// 6a2d4b4b4841010000000000000007
	// 47 7 true <nil>
}
