package config

import (
	"crypto/ecdsa"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/deployment"
)

func TestCheckFederation(t *testing.T) {
	devnet := deployment.DevnetOperatorKeys()
	addr := func(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }
	stranger, _ := crypto.GenerateKey()
	dep := func() *deployment.Deployment {
		d := &deployment.Deployment{Signers: deployment.SignerSet{Threshold: 2}}
		for _, k := range devnet {
			d.Signers.Addresses = append(d.Signers.Addresses, crypto.PubkeyToAddress(k.PublicKey))
		}
		d.Bitcoin = &deployment.Bitcoin{ChainID: 18444, Federation: deployment.FederationOf(2, devnet...)}
		return d
	}
	cfg := func(threshold int, ops ...*ecdsa.PrivateKey) *Config {
		c := &Config{Operators: Operators{Threshold: threshold},
			Chains: []Chain{{ID: 31337, Kind: KindEVM, Roles: []string{RoleWatch, RoleSign}}, {ID: 18444, Name: "BTC", Kind: KindBitcoin, Roles: []string{RoleWatch, RoleSign}}}}
		for _, k := range ops {
			c.Operators.Addresses = append(c.Operators.Addresses, addr(k))
		}
		return c
	}
	for _, tc := range []struct {
		name string
		cfg  *Config
		dep  *deployment.Deployment
		key  *ecdsa.PrivateKey
		want []string // field: fragment, one per problem
	}{
		{"agree", cfg(2, devnet[2], devnet[0], devnet[1]), dep(), devnet[1], nil},
		{"agree, key not read", cfg(2, devnet...), dep(), nil, nil},
		{"no deployment, key listed", cfg(2, devnet...), nil, devnet[0], nil},
		{"no deployment, key not listed", cfg(2, devnet...), nil, stranger,
			[]string{"operator.keystore: key " + addr(stranger) + " is not one of operators.addresses"}},
		{"other set", cfg(2, devnet[0], devnet[1], stranger), dep(), devnet[0],
			[]string{"operators.addresses: [" + addr(devnet[0])}},
		{"other threshold", cfg(3, devnet...), dep(), devnet[0],
			[]string{"operators.threshold: 3, the deployment's federation is 2-of-3 ["}},
		{"key not a signer", cfg(2, devnet[0], devnet[1], stranger), dep(), stranger,
			[]string{"operators.addresses:", "operator.keystore: key " + addr(stranger) + " is not a signer of the deployment", "chains[1] (BTC): operator " + addr(stranger) + " holds no key of the deployment's Bitcoin federation"}},
		{"single operator, 2-of-3 deployment", cfg(0), dep(), devnet[0],
			[]string{"operators: single-operator mode (no operators.addresses) runs 1-of-1, the deployment's federation is 2-of-3"}},
		{"not in the Bitcoin federation", cfg(2, devnet...), func() *deployment.Deployment {
			d := dep()
			d.Bitcoin.Federation = deployment.FederationOf(2, devnet[1], devnet[2], stranger)
			return d
		}(), devnet[0], []string{"chains[1] (BTC): operator " + addr(devnet[0]) + " holds no key of the deployment's Bitcoin federation"}},
		{"not in the Bitcoin federation, does not sign there", func() *Config {
			c := cfg(2, devnet...)
			c.Chains[1].Roles = []string{RoleWatch}
			return c
		}(), func() *deployment.Deployment {
			d := dep()
			d.Bitcoin.Federation = deployment.FederationOf(2, devnet[1], devnet[2], stranger)
			return d
		}(), devnet[0], nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pub *ecdsa.PublicKey
			if tc.key != nil {
				pub = &tc.key.PublicKey
			}
			ps := tc.cfg.CheckFederation(tc.dep, pub, nil)
			if len(ps) != len(tc.want) {
				t.Fatalf("problems %v, want %d", ps, len(tc.want))
			}
			for i, w := range tc.want {
				if got := ps[i].Field + ": " + ps[i].Msg; !strings.Contains(got, w) {
					t.Errorf("problem %d: %q lacks %q", i, got, w)
				}
			}
		})
	}
}

func TestCheckBridgeSigners(t *testing.T) {
	a, b, c := common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")
	fed := &Config{Operators: Operators{Threshold: 2, Addresses: []string{a.Hex(), b.Hex(), c.Hex()}}}
	single := &Config{}
	for _, tc := range []struct {
		name      string
		cfg       *Config
		signers   []common.Address
		threshold int
		ok        bool
	}{
		{"same set, other order", fed, []common.Address{c, a, b}, 2, true},
		{"rotated away", fed, []common.Address{a, b}, 2, false},
		{"other threshold", fed, []common.Address{a, b, c}, 3, false},
		{"single operator, its own bridge", single, []common.Address{a}, 1, true},
		{"single operator, a federation's bridge", single, []common.Address{a, b, c}, 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := tc.cfg.CheckBridgeSigners("chains[0] (A)", a, tc.signers, tc.threshold)
			if tc.ok != (len(ps) == 0) {
				t.Fatalf("problems %v", ps)
			}
			if !tc.ok && (!strings.Contains(ps[0].Msg, "set operators.addresses and operators.threshold to the bridge's") || ps[0].Field != "chains[0] (A)") {
				t.Fatalf("problem %+v does not say the fix", ps[0])
			}
		})
	}
}
