package backup

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"testing"

	"github.com/corvus-ch/shamir"
	"golang.org/x/crypto/chacha20poly1305"
)

// The layout in docs/relay.md ("Binary layout") is enough to restore a
// key: this reads k shares by offsets alone, combines the data key and
// opens the sealed secret, without the package's decoder.
func TestLayoutAsDocumented(t *testing.T) {
	for kind, secret := range secrets(t) {
		t.Run(string(kind), func(t *testing.T) {
			shares := split(t, kind, secret, 5, 3)
			parts := map[byte][]byte{}
			var ad, nonce, sealed []byte
			for i := range 3 {
				b, err := shares[i+1].MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				F := int(b[16])
				L := int(binary.BigEndian.Uint16(b[75+F:]))
				if string(b[:4]) != "KKHB" || b[4] != 1 || b[5] != kindCodes[kind] || b[14] != 5 || b[15] != 3 ||
					F != fingerprintLen(kind) || int(b[17+F]) != i+2 || len(b) != 77+F+L+4 || L != len(secret)+16 {
					t.Fatalf("share %d: fields not where documented", i+2)
				}
				if sum := sha256.Sum256(b[:77+F+L]); !bytes.Equal(sum[:4], b[77+F+L:]) {
					t.Fatal("checksum is not SHA-256 of the bytes before it")
				}
				parts[b[18+F]] = b[19+F : 51+F]
				ad, nonce, sealed = b[:17+F], b[51+F:75+F], b[77+F:77+F+L]
			}
			if kind == KindSecp256k1 && len(shares[0].Meta.Fingerprint) != 20 {
				t.Fatal("fingerprint of an operator key is not its address")
			}
			dataKey, err := shamir.Combine(parts)
			if err != nil {
				t.Fatal(err)
			}
			aead, _ := chacha20poly1305.NewX(dataKey)
			got, err := aead.Open(nil, nonce, sealed, ad)
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("open by the documented layout: %v", err)
			}
		})
	}
}
