package config

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/deployment"
)

// CheckFederation compares the federation this configuration names with
// the operator key and the deployment, and returns what to fix (nil when
// they agree). key is the operator's authorisation (identity) public key
// and custody its Bitcoin custody key (nil: key itself), nil when the
// keystore was not read (those checks are then skipped); dep is nil when
// no deployment is given.
//
//   - The key must be one of operators.addresses (any key in
//     single-operator mode).
//   - operators.addresses must be the deployment's signers, in any order,
//     and operators.threshold its threshold; single-operator mode needs a
//     1-of-1 deployment.
//   - The key must be one of the deployment's signers and, when this
//     operator signs on the deployment's Bitcoin chain, the custody key's
//     x-only form its key in the Bitcoin federation (Federation.Owners).
//
// Operators that disagree on the federation can never form a quorum: a
// relayd with a wrong key or set would run, report ready and sign in
// vain.
func (c *Config) CheckFederation(dep *deployment.Deployment, key, custody *ecdsa.PublicKey) []Problem {
	var ps problems
	var addr common.Address
	_, authField, _ := c.Source(RoleAuthorisation)
	if key != nil {
		addr = crypto.PubkeyToAddress(*key)
		if !c.SingleOperator() && !slices.Contains(c.OperatorAddresses(), addr) {
			ps.add(authField, "key %s is not one of operators.addresses: point %s at this operator's authorisation key, or list its address", addr.Hex(), authField)
		}
		if custody == nil {
			custody = key
		}
	}
	if dep == nil {
		return ps
	}
	want, wantT := sortedAddresses(dep.Signers.Addresses), int(dep.Signers.Threshold)
	fed := fmt.Sprintf("%d-of-%d %s", wantT, len(want), joinAddresses(want))
	switch {
	case c.SingleOperator() && (len(want) != 1 || wantT != 1):
		ps.add("operators", "single-operator mode (no operators.addresses) runs 1-of-1, the deployment's federation is %s: list its signers in operators.addresses and set threshold: %d", fed, wantT)
	case !c.SingleOperator():
		if got := sortedAddresses(c.OperatorAddresses()); !slices.Equal(got, want) {
			ps.add("operators.addresses", "%s differ from the deployment's signers %s: list exactly the deployment's signers (its signers.addresses)", joinAddresses(got), joinAddresses(want))
		}
		if c.Operators.Threshold != wantT {
			ps.add("operators.threshold", "%d, the deployment's federation is %s: set threshold: %d", c.Operators.Threshold, fed, wantT)
		}
	}
	if key == nil {
		return ps
	}
	if !slices.Contains(want, addr) {
		ps.add(authField, "key %s is not a signer of the deployment (%s): point %s at the key of one of them (import a key with `relayd key import`), or use the deployment of this federation", addr.Hex(), joinAddresses(want), authField)
	}
	if field, ok := c.signsBitcoin(dep); ok {
		if msg := custodyProblem(dep.Bitcoin.Federation, addr, custody); msg != "" {
			_, custodyField, _ := c.Source(RoleCustody)
			ps.add(field, "%s: this operator could not sign payouts or sweeps; point %s at the key listed there", msg, custodyField)
		}
	}
	return ps
}

// custodyProblem says why custody is not operator's key in the
// federation f, or "" when it is.
func custodyProblem(f deployment.Federation, operator common.Address, custody *ecdsa.PublicKey) string {
	owners, err := f.Owners()
	if err != nil {
		return err.Error()
	}
	var x [32]byte
	custody.X.FillBytes(x[:])
	got, ok := owners[operator]
	switch {
	case !ok:
		return fmt.Sprintf("operator %s holds no key of the deployment's Bitcoin federation (bitcoin.federation)", operator.Hex())
	case got != x:
		return fmt.Sprintf("the custody key (x-only %s) is not operator %s's key in the deployment's Bitcoin federation (%s)", hex.EncodeToString(x[:]), operator.Hex(), hex.EncodeToString(got[:]))
	}
	return ""
}

// CheckBridgeSigners compares the signer set a chain's bridge holds
// (signers(), config().threshold) with the configured federation:
// operators.addresses and operators.threshold, or self alone, 1-of-1, in
// single-operator mode. field names the chain, e.g. "chains[0] (A)".
func (c *Config) CheckBridgeSigners(field string, self common.Address, signers []common.Address, threshold int) []Problem {
	got, gotT := sortedAddresses(c.OperatorAddresses()), c.Operators.Threshold
	if c.SingleOperator() {
		got, gotT = []common.Address{self}, 1
	}
	want := sortedAddresses(signers)
	if slices.Equal(got, want) && gotT == threshold {
		return nil
	}
	return []Problem{{field, fmt.Sprintf("the bridge's signer set is %d-of-%d %s (signers(), config().threshold), this configuration's %d-of-%d %s: the set was rotated since the deployment file was written, or rpc reaches another deployment's chain; set operators.addresses and operators.threshold to the bridge's (and update the deployment file)",
		threshold, len(want), joinAddresses(want), gotT, len(got), joinAddresses(got))}}
}

// signsBitcoin returns the field of the configured chain that is the
// deployment's Bitcoin chain, if this operator signs on it.
func (c *Config) signsBitcoin(dep *deployment.Deployment) (string, bool) {
	if dep.Bitcoin == nil {
		return "", false
	}
	for i, ch := range c.Chains {
		if ch.ID == uint64(dep.Bitcoin.ChainID) && ch.Kind == KindBitcoin && ch.HasRole(RoleSign) {
			return ch.Field(i), true
		}
	}
	return "", false
}

func sortedAddresses(a []common.Address) []common.Address {
	out := slices.Clone(a)
	slices.SortFunc(out, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return out
}

func joinAddresses(a []common.Address) string {
	s := make([]string, len(a))
	for i, x := range a {
		s[i] = x.Hex()
	}
	return "[" + strings.Join(s, ", ") + "]"
}
