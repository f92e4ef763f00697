package config

import (
	"path/filepath"
	"strings"
	"time"
)

// Key roles (issue 18, role separation). Each has its own entry under
// keys: and may have its own backend.
const (
	// RoleAuthorisation signs EIP-712 mint/unlock/admin authorizations,
	// payout authorizations and audit attestations: the key that moves
	// funds and the operator's identity (its address is the one in
	// operators.addresses and the bridges' signers()).
	RoleAuthorisation = "authorisation"
	// RoleCustody is the BIP-340 Bitcoin federation key (sweeps, payouts).
	RoleCustody = "custody"
	// RoleTransactions pays gas for submitted transactions; it holds gas
	// money only and may be hot.
	RoleTransactions = "transactions"
	// RoleBus signs bus envelopes, bound to the operator by a binding the
	// authorisation key signs (relay/bus.Binding).
	RoleBus = "bus"
)

// KeyRoles lists the roles in the order relayd loads them.
var KeyRoles = []string{RoleAuthorisation, RoleCustody, RoleTransactions, RoleBus}

// Keys are this operator's role keys. A role without an entry uses
// operator.keystore: the one-key development layout, which relayd accepts
// with a warning and `relayd config check --strict` refuses.
type Keys struct {
	Authorisation KeySource `yaml:"authorisation" json:"authorisation,omitzero"`
	Custody       KeySource `yaml:"custody" json:"custody,omitzero"`
	Transactions  KeySource `yaml:"transactions" json:"transactions,omitzero"`
	Bus           KeySource `yaml:"bus" json:"bus,omitzero"`
	// BusBindingTTL is how long the authorisation key's binding of the
	// bus key is valid (default 24h); relayd renews it at half its life.
	// It bounds how long a stolen bus key can speak for the operator.
	BusBindingTTL Duration `yaml:"busBindingTTL" json:"busBindingTTL,omitempty"`
}

// KeySource is where one role's key lives: an encrypted keystore file;
// for the authorisation key, a PKCS#11 token; for the custody key, a file
// sealed by an AES key in a PKCS#11 token (Sealed, with PKCS11 naming the
// AES key): it is never at rest in plaintext.
type KeySource struct {
	Keystore       string     `yaml:"keystore" json:"keystore,omitempty"`
	Sealed         string     `yaml:"sealed" json:"sealed,omitempty"`
	PassphraseFile string     `yaml:"passphraseFile" json:"passphraseFile,omitempty"`
	PassphraseEnv  string     `yaml:"passphraseEnv" json:"passphraseEnv,omitempty"`
	PKCS11         *PKCS11Key `yaml:"pkcs11" json:"pkcs11,omitempty"`
}

// PKCS11Key names a key inside an HSM token (relay/keys/pkcs11). The PIN
// is read from PinFile; it is never part of the configuration.
type PKCS11Key struct {
	Module     string `yaml:"module" json:"module"`
	TokenLabel string `yaml:"tokenLabel" json:"tokenLabel"`
	KeyLabel   string `yaml:"keyLabel" json:"keyLabel"`
	PinFile    string `yaml:"pinFile" json:"pinFile"`
	Sessions   int    `yaml:"sessions" json:"sessions,omitempty"`
}

// Set reports whether the role has an entry of its own.
func (s KeySource) Set() bool { return s.Keystore != "" || s.PKCS11 != nil || s.Sealed != "" }

// Source returns the role's entry, or operator.keystore's for a role
// without one (shared reports that).
func (c *Config) Source(role string) (src KeySource, field string, shared bool) {
	var s KeySource
	switch role {
	case RoleAuthorisation:
		s = c.Keys.Authorisation
	case RoleCustody:
		s = c.Keys.Custody
	case RoleTransactions:
		s = c.Keys.Transactions
	case RoleBus:
		s = c.Keys.Bus
	}
	if s.Set() {
		if s.Keystore != "" && s.PassphraseFile == "" && s.PassphraseEnv == "" {
			s.PassphraseEnv = DefaultPassphraseEnv
		}
		return s, "keys." + role, false
	}
	o := c.Operator
	return KeySource{Keystore: o.Keystore, PassphraseFile: o.PassphraseFile, PassphraseEnv: o.PassphraseEnv}, "operator.keystore", true
}

// SharedRoles are the roles that use operator.keystore (no keys: entry).
func (c *Config) SharedRoles() []string {
	var out []string
	for _, r := range KeyRoles {
		if _, _, shared := c.Source(r); shared {
			out = append(out, r)
		}
	}
	return out
}

// BindingTTL is keys.busBindingTTL or its default.
func (k Keys) BindingTTL() time.Duration {
	if k.BusBindingTTL <= 0 {
		return 24 * time.Hour
	}
	return k.BusBindingTTL.D()
}

func (c *Config) validateKeys(ps *problems) {
	files := map[string]string{}
	if c.Operator.Keystore != "" {
		files[filepath.Clean(c.Operator.Keystore)] = "operator.keystore"
	}
	var missing []string
	for _, role := range KeyRoles {
		s, field, shared := c.Source(role)
		if shared {
			if c.Operator.Keystore == "" {
				missing = append(missing, "keys."+role)
			}
			continue
		}
		s.validate(role, field, ps)
		if s.Keystore == "" {
			continue
		}
		p := filepath.Clean(s.Keystore)
		if other, dup := files[p]; dup && other != field {
			ps.add(field, "%s is also %s: one key must not serve two roles (a stolen %s key would then also be a %s key); create a key per role with `relayd key new`", s.Keystore, other, role, other)
		}
		files[p] = field
	}
	if len(missing) == 4 {
		ps.add("operator.keystore", "not set: give this operator's keystore (create one with `relayd key new`), or a key per role under keys: (authorisation, custody, transactions, bus)")
	} else if len(missing) > 0 {
		ps.add("operator.keystore", "not set, and %s neither: give each of them a keystore (create one with `relayd key new`)", strings.Join(missing, ", "))
	}
	if c.Keys.BusBindingTTL < 0 || c.Keys.BusBindingTTL > 0 && c.Keys.BusBindingTTL.D() < time.Minute {
		ps.add("keys.busBindingTTL", "%s: use at least 1m (default 24h)", c.Keys.BusBindingTTL.D())
	}
}

func (s KeySource) validate(role, field string, ps *problems) {
	switch {
	case s.Keystore != "" && (s.PKCS11 != nil || s.Sealed != ""):
		ps.add(field, "keystore and pkcs11 or sealed are set: keep one")
	case s.PassphraseFile != "" && s.PassphraseEnv != "":
		ps.add(field, "both passphraseFile and passphraseEnv are set: keep one")
	case s.Sealed != "" && role != RoleCustody:
		ps.add(field+".sealed", "only the custody key is sealed (the authorisation key lives inside the token: use pkcs11 alone)")
	case s.Sealed != "" && s.PKCS11 == nil:
		ps.add(field+".pkcs11", "not set: name the token's AES key that sealed %s (relayd key seal)", s.Sealed)
	case s.PKCS11 != nil && role == RoleCustody && s.Sealed == "":
		ps.add(field+".sealed", "not set: no PKCS#11 mechanism signs BIP-340, so the custody key is sealed by the token's AES key, not kept in it: give the sealed file (relayd key seal)")
	case s.PKCS11 != nil && role != RoleAuthorisation && role != RoleCustody:
		ps.add(field+".pkcs11", "only the authorisation key lives in a PKCS#11 token, and the custody key is sealed by one: use a keystore")
	case s.PKCS11 != nil:
		p := s.PKCS11
		for _, f := range []struct{ name, v string }{{"module", p.Module}, {"tokenLabel", p.TokenLabel}, {"keyLabel", p.KeyLabel}, {"pinFile", p.PinFile}} {
			if f.v == "" {
				ps.add(field+".pkcs11."+f.name, "not set")
			}
		}
	}
}
