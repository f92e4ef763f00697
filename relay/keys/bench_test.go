package keys

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// benchKey loads a key from a keystore file, as relayd does; signing then
// works on the decrypted key in memory.
func benchKey(b *testing.B) *Key {
	b.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	_, path, err := Store(b.TempDir(), "bench", ScryptLight/16, priv)
	if err != nil {
		b.Fatal(err)
	}
	k, err := Load(path, Passphrase{Env: "P"}, LoadOptions{Getenv: func(string) string { return "bench" }})
	if err != nil {
		b.Fatal(err)
	}
	return k
}

// BenchmarkSignHash is one signature at a time with a keystore key; the
// PKCS#11 signer's BenchmarkSignHash (relay/keys/pkcs11) is the same
// through an HSM. BENCHMARKS.md compares them.
func BenchmarkSignHash(b *testing.B) {
	k := benchKey(b)
	hash := crypto.Keccak256([]byte("benchmark"))
	b.ResetTimer()
	for b.Loop() {
		if _, err := k.SignHash(hash); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignHashParallel signs from GOMAXPROCS goroutines.
func BenchmarkSignHashParallel(b *testing.B) {
	k := benchKey(b)
	hash := crypto.Keccak256([]byte("benchmark"))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := k.SignHash(hash); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
