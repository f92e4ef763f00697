package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
)

// identityKey is the authorisation key: an in-memory keystore key or a
// key inside an HSM token. Its address is the operator's identity.
type identityKey interface {
	Address() common.Address
	PublicKey() *ecdsa.PublicKey
	SignHash(hash []byte) ([]byte, error)
}

// roleKeys are the operator's four keys (issue 18): authorisation signs
// what moves funds and is the operator's identity, custody signs Bitcoin
// custody spends, transactions pays gas, bus signs envelopes.
type roleKeys struct {
	auth    identityKey
	custody *btcec.PrivateKey
	tx      *ecdsa.PrivateKey
	bus     *keys.Key
	// shared are the roles that fell back to operator.keystore.
	shared []string
	close  func() error
}

// ErrKeyReuse: one key configured for two roles.
var ErrKeyReuse = errors.New("one key serves two roles")

// loadRoleKeys loads every role's key; a keystore used by several roles
// (the development layout) is decrypted once. It refuses two roles whose
// keys are the same key unless both fell back to operator.keystore.
func loadRoleKeys(cfg *config.Config, getenv func(string) string, log zerolog.Logger) (_ *roleKeys, err error) {
	rk := &roleKeys{close: func() error { return nil }}
	loaded := map[string]*keys.Key{}
	load := func(role string) (*keys.Key, error) {
		src, field, shared := cfg.Source(role)
		if shared {
			rk.shared = append(rk.shared, role)
		}
		p := filepath.Clean(src.Keystore)
		if k, ok := loaded[p]; ok {
			return k, nil
		}
		k, err := keys.Load(src.Keystore, keys.Passphrase{File: src.PassphraseFile, Env: src.PassphraseEnv}, keys.LoadOptions{Getenv: getenv, Log: log})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", field, err)
		}
		loaded[p] = k
		return k, nil
	}
	if rk.auth, err = loadAuthorisation(cfg, load); err != nil {
		return nil, err
	}
	if c, ok := rk.auth.(*pkcs11.Signer); ok {
		rk.close = c.Close
	}
	defer func() {
		if err != nil {
			_ = rk.close()
		}
	}()
	if rk.custody, err = loadCustody(cfg, load); err != nil {
		return nil, err
	}
	tk, err := load(config.RoleTransactions)
	if err != nil {
		return nil, err
	}
	rk.tx = tk.PrivateKey()
	if rk.bus, err = load(config.RoleBus); err != nil {
		return nil, err
	}
	if err := rk.checkDistinct(cfg); err != nil {
		return nil, err
	}
	if len(rk.shared) > 0 {
		log.Warn().Strs("roles", rk.shared).Str("operator", rk.auth.Address().Hex()).
			Msg("operator.keystore serves several key roles (the one-key development layout): give each role its own key under keys: for real funds (docs/relay.md, Key roles)")
	}
	return rk, nil
}

// loadAuthorisation opens the authorisation key: from its PKCS#11 token,
// or a keystore.
func loadAuthorisation(cfg *config.Config, load func(string) (*keys.Key, error)) (identityKey, error) {
	src, field, _ := cfg.Source(config.RoleAuthorisation)
	if src.PKCS11 == nil {
		return load(config.RoleAuthorisation)
	}
	pc, err := tokenConfig(src.PKCS11, field)
	if err != nil {
		return nil, err
	}
	s, err := pkcs11.Open(pc)
	if err != nil {
		return nil, fmt.Errorf("%s.pkcs11: %w", field, err)
	}
	return s, nil
}

// loadCustody reads the custody key: unsealed by its token's AES key, or
// from a keystore.
func loadCustody(cfg *config.Config, load func(string) (*keys.Key, error)) (*btcec.PrivateKey, error) {
	src, field, _ := cfg.Source(config.RoleCustody)
	if src.Sealed == "" {
		k, err := load(config.RoleCustody)
		if err != nil {
			return nil, err
		}
		priv, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(k.PrivateKey()))
		return priv, nil
	}
	pc, err := tokenConfig(src.PKCS11, field)
	if err != nil {
		return nil, err
	}
	blob, err := os.ReadFile(src.Sealed)
	if err != nil {
		return nil, fmt.Errorf("%s.sealed: %w", field, err)
	}
	secret, err := pkcs11.Unseal(pc, blob)
	if err != nil {
		return nil, fmt.Errorf("%s.sealed %s: %w", field, src.Sealed, err)
	}
	defer clear(secret)
	if _, err := crypto.ToECDSA(secret); err != nil {
		return nil, fmt.Errorf("%s.sealed %s: the sealed secret is not a secp256k1 key: %w", field, src.Sealed, err)
	}
	priv, _ := btcec.PrivKeyFromBytes(secret)
	return priv, nil
}

// tokenConfig is the pkcs11 package's configuration of a keys: entry,
// with the PIN read from its file.
func tokenConfig(p *config.PKCS11Key, field string) (pkcs11.Config, error) {
	pin, err := os.ReadFile(p.PinFile)
	if err != nil {
		return pkcs11.Config{}, fmt.Errorf("%s.pkcs11.pinFile: %w", field, err)
	}
	return pkcs11.Config{Module: p.Module, TokenLabel: p.TokenLabel, KeyLabel: p.KeyLabel, PIN: strings.TrimSpace(string(pin)), Sessions: p.Sessions}, nil
}

// addresses are the roles' keys as Ethereum addresses (the custody key's
// too), in config.KeyRoles order.
func (rk *roleKeys) addresses() []common.Address {
	return []common.Address{rk.auth.Address(), crypto.PubkeyToAddress(*rk.custody.PubKey().ToECDSA()),
		crypto.PubkeyToAddress(rk.tx.PublicKey), rk.bus.Address()}
}

// checkDistinct refuses two roles with one key, unless both use
// operator.keystore (the development layout, warned about).
func (rk *roleKeys) checkDistinct(cfg *config.Config) error {
	addrs := rk.addresses()
	for i := range addrs {
		for j := i + 1; j < len(addrs); j++ {
			ri, rj := config.KeyRoles[i], config.KeyRoles[j]
			_, fi, si := cfg.Source(ri)
			_, fj, sj := cfg.Source(rj)
			if addrs[i] == addrs[j] && !(si && sj) {
				return fmt.Errorf("%w: %s (%s) and %s (%s) are the same key %s: a stolen %s key would also be a %s key; create a key per role with `relayd key new`",
					ErrKeyReuse, fi, ri, fj, rj, addrs[i].Hex(), rj, ri)
			}
		}
	}
	return nil
}

// separateBus reports whether envelopes are signed by a bus key other than
// the identity key (then they carry a binding).
func (rk *roleKeys) separateBus() bool { return rk.bus.Address() != rk.auth.Address() }
