package wire

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/evmauth"
)

func TestPack(t *testing.T) {
	sig := func(epoch byte, v byte) []byte {
		b := make([]byte, 8+65)
		b[7] = epoch
		b[8+64] = v
		return b
	}
	s1, s2 := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	for _, tc := range []struct {
		name    string
		sigs    []relay.OperatorSig
		wantErr error
	}{
		{"same epoch", []relay.OperatorSig{{Signer: s1, Signature: sig(1, 27)}, {Signer: s2, Signature: sig(1, 28)}}, nil},
		{"mixed epochs", []relay.OperatorSig{{Signer: s1, Signature: sig(1, 27)}, {Signer: s2, Signature: sig(2, 27)}}, evmauth.ErrEpoch},
		{"short share", []relay.OperatorSig{{Signer: s1, Signature: make([]byte, 65)}}, relay.ErrBadShare},
	} {
		t.Run(tc.name, func(t *testing.T) {
			epoch, packed, err := pack(tc.sigs, true)
			switch {
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
			default:
				if err != nil || epoch != 1 || len(packed) != 2*65 {
					t.Fatalf("pack = %d, %d bytes, %v", epoch, len(packed), err)
				}
			}
		})
	}
}
