package pkcs11_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkSignHash is one signature at a time through SoftHSM2, the
// latency a signer sees; BenchmarkSignHash in package keys is the same
// for the keystore key. BENCHMARKS.md compares them.
func BenchmarkSignHash(b *testing.B) {
	_, cfg, _ := generated(b)
	s := open(b, cfg)
	hash := crypto.Keccak256([]byte("benchmark"))
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.SignHash(hash); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignHashParallel signs from GOMAXPROCS goroutines through the
// default session pool.
func BenchmarkSignHashParallel(b *testing.B) {
	_, cfg, _ := generated(b)
	s := open(b, cfg)
	hash := crypto.Keccak256([]byte("benchmark"))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.SignHash(hash); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
