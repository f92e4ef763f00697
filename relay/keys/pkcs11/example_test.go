package pkcs11_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
)

// A Signer signs wherever the relay takes a key to sign digests with.
var (
	_ relay.HashSigner = (*pkcs11.Signer)(nil)
	_ bus.Signer       = (*pkcs11.Signer)(nil)
)

// An operator's authorisation key: generated once inside the token, then
// opened at every start. The PIN comes from a file only the operator's
// user can read.
func Example() {
	pin, err := os.ReadFile("/etc/kakehashi/op1.pin")
	if err != nil {
		panic(err)
	}
	cfg := pkcs11.Config{
		Module:     "/usr/lib/softhsm/libsofthsm2.so",
		TokenLabel: "kakehashi-op1",
		KeyLabel:   "authorisation",
		PIN:        strings.TrimRight(string(pin), "\r\n"),
	}
	if _, err := pkcs11.Generate(cfg); err != nil {
		fmt.Println(err) // pkcs11.ErrKeyExists after the first time
	}

	s, err := pkcs11.Open(cfg)
	if err != nil {
		panic(err)
	}
	defer s.Close()
	sig, err := s.SignHash(crypto.Keccak256([]byte("an EIP-712 digest")))
	if err != nil {
		panic(err)
	}
	fmt.Println(s, len(sig)) // pkcs11-key(0x…) 65
}
