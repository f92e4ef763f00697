package backup_test

import (
	"fmt"

	"github.com/kakehashi/kakehashi/relay/keys/backup"
)

// A wrapped custody key backed up as 3 shares, any 2 of which restore it.
func Example() {
	blob := []byte("custody key wrapped by the HSM")
	shares, err := backup.Split(blob, backup.Meta{Kind: backup.KindHSMWrapped}, 3, 2)
	if err != nil {
		panic(err)
	}
	for _, s := range shares {
		text, _ := s.MarshalText() // print it, hand it to a custodian
		_ = text
	}
	secret, meta, err := backup.Combine([]backup.Share{shares[2], shares[0]})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(secret), meta.K, "of", meta.N)
	_, _, err = backup.Combine(shares[:1])
	fmt.Println(err != nil)
	// Output:
	// custody key wrapped by the HSM 2 of 3
	// true
}
