package audit_test

import (
	"context"
	"fmt"
	"os"

	"github.com/kakehashi/kakehashi/audit"
)

// An auditor verifies an exported chain from genesis and prints where every
// unit of value is.
func ExampleVerify() {
	f, err := os.Open("testdata/sample-chain.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rep, err := audit.Verify(context.Background(), audit.NewJSONLSource(f), audit.VerifyOptions{})
	if err != nil {
		fmt.Println("verification failed:", err)
		return
	}
	_ = rep.Print(os.Stdout)
	// Output:
	// blocks 8, records 20, head 7 0x43a4a6f03a2ee3656b79d6fd2a71658468f184cd05388ba748d710e43d74b50e, open transfers 0
	// signer set epoch 2: 3 of 3
	// asset                                                               chain  role                   amount
	// 0x4787ecd2dd7364e332ee4129b10627eb6f37822e2b8fe08f41128770d14f413d  18444  locked (home)          2600
	// 0x4787ecd2dd7364e332ee4129b10627eb6f37822e2b8fe08f41128770d14f413d  -      in flight              0
	// 0x4787ecd2dd7364e332ee4129b10627eb6f37822e2b8fe08f41128770d14f413d  31337  outstanding            2600
	// 0x4787ecd2dd7364e332ee4129b10627eb6f37822e2b8fe08f41128770d14f413d  18444  deposit fees withheld  400
	// 0x4787ecd2dd7364e332ee4129b10627eb6f37822e2b8fe08f41128770d14f413d  18444  sweep fees paid        300
	// 0xd90eae9536f00008523a86bc0d805af6dd146564a406b5f50549807f0210557b  31337  locked (home)          60
	// 0xd90eae9536f00008523a86bc0d805af6dd146564a406b5f50549807f0210557b  -      in flight              0
	// 0xd90eae9536f00008523a86bc0d805af6dd146564a406b5f50549807f0210557b  31338  outstanding            60
	// 0xd90eae9536f00008523a86bc0d805af6dd146564a406b5f50549807f0210557b  31339  outstanding            0
}
