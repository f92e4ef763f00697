package relay

import (
	"bytes"
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// OperatorSet is the federation: n operator addresses and the threshold t
// of distinct signatures an authorization needs.
type OperatorSet struct {
	addrs     []common.Address // sorted ascending
	member    map[common.Address]bool
	threshold int
}

// NewOperatorSet validates and returns the set: at least one operator, no
// duplicates or zero address, 1 ≤ t ≤ n.
func NewOperatorSet(addrs []common.Address, threshold int) (OperatorSet, error) {
	if len(addrs) == 0 {
		return OperatorSet{}, fmt.Errorf("%w: no operators: list at least one address", ErrConfig)
	}
	s := OperatorSet{member: make(map[common.Address]bool, len(addrs)), threshold: threshold}
	for _, a := range addrs {
		if a == (common.Address{}) {
			return OperatorSet{}, fmt.Errorf("%w: operator address is zero", ErrConfig)
		}
		if s.member[a] {
			return OperatorSet{}, fmt.Errorf("%w: operator %s listed twice", ErrConfig, a)
		}
		s.member[a] = true
		s.addrs = append(s.addrs, a)
	}
	sort.Slice(s.addrs, func(i, j int) bool { return bytes.Compare(s.addrs[i][:], s.addrs[j][:]) < 0 })
	if threshold < 1 || threshold > len(addrs) {
		return OperatorSet{}, fmt.Errorf("%w: threshold %d with %d operators: use 1..%d", ErrConfig, threshold, len(addrs), len(addrs))
	}
	return s, nil
}

// Contains reports whether a is an operator.
func (s OperatorSet) Contains(a common.Address) bool { return s.member[a] }

// Threshold is t.
func (s OperatorSet) Threshold() int { return s.threshold }

// Len is n.
func (s OperatorSet) Len() int { return len(s.addrs) }

// Addresses returns the operators sorted ascending.
func (s OperatorSet) Addresses() []common.Address { return append([]common.Address(nil), s.addrs...) }

// HashSigner signs 32-byte digests; keys.Key implements it.
type HashSigner interface {
	Address() common.Address
	SignHash(hash []byte) ([]byte, error)
}

// DigestFunc returns the 32-byte digest an authorization is signed over on
// its destination chain (for EVM: the EIP-712 digest of the Mint/Unlock
// struct under the bridge's domain, from contracts/eip712).
type DigestFunc func(a Authorization) ([32]byte, error)

// ECDSAAuthorizer signs digests with secp256k1 ECDSA ([R || S || V], V in
// {0,1}) and verifies shares by public-key recovery. It is the Authorizer
// for EVM destinations once given the EIP-712 digest function.
type ECDSAAuthorizer struct {
	key    HashSigner
	digest DigestFunc
}

// NewECDSAAuthorizer returns an authorizer signing with key over digest.
// A nil key gives a verify-only authorizer (a coordinator that does not sign).
func NewECDSAAuthorizer(key HashSigner, digest DigestFunc) (*ECDSAAuthorizer, error) {
	if digest == nil {
		return nil, fmt.Errorf("%w: ECDSA authorizer needs a digest function", ErrConfig)
	}
	return &ECDSAAuthorizer{key: key, digest: digest}, nil
}

// Sign signs a's digest.
func (e *ECDSAAuthorizer) Sign(_ context.Context, a Authorization) ([]byte, error) {
	if e.key == nil {
		return nil, fmt.Errorf("%w: verify-only authorizer cannot sign", ErrConfig)
	}
	d, err := e.digest(a)
	if err != nil {
		return nil, fmt.Errorf("relay: digest of %s: %w", a.TransferID, err)
	}
	return e.key.SignHash(d[:])
}

// Verify checks that sig over a's digest recovers to signer.
func (e *ECDSAAuthorizer) Verify(a Authorization, signer common.Address, sig []byte) error {
	if len(sig) != crypto.SignatureLength {
		return fmt.Errorf("%w: signature is %d bytes", ErrBadShare, len(sig))
	}
	d, err := e.digest(a)
	if err != nil {
		return fmt.Errorf("%w: digest: %v", ErrBadShare, err)
	}
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadShare, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != signer {
		return fmt.Errorf("%w: recovers to %s, claimed %s", ErrBadShare, got, signer)
	}
	return nil
}

// HashDigest is a DigestFunc over Authorization.Hash. It binds every field
// of the authorization and is what tests and the development mode use; EVM
// destinations use the bridge's EIP-712 digest instead.
func HashDigest(a Authorization) ([32]byte, error) { return a.Hash(), nil }
