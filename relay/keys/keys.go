package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/rs/zerolog"
)

// Errors returned by this package.
var (
	ErrPassphrase      = errors.New("keys: passphrase unavailable")
	ErrKeystore        = errors.New("keys: keystore file unusable")
	ErrWrongPassphrase = errors.New("keys: wrong passphrase for keystore")
	ErrAddressMismatch = errors.New("keys: keystore holds a different address than expected")
	ErrKeyFormat       = errors.New("keys: not a secp256k1 private key in hex")
	ErrExists          = errors.New("keys: keystore file exists")
)

// Passphrase says where the keystore passphrase comes from: a file (its
// content, without a trailing newline) or an environment variable. Exactly
// one must be set.
type Passphrase struct {
	File string `yaml:"passphraseFile" json:"passphraseFile,omitempty"`
	Env  string `yaml:"passphraseEnv" json:"passphraseEnv,omitempty"`
}

// read returns the passphrase. getenv is os.Getenv outside tests.
func (p Passphrase) read(getenv func(string) string, log zerolog.Logger) (string, error) {
	switch {
	case p.File != "" && p.Env != "":
		return "", fmt.Errorf("%w: both a passphrase file and a passphrase variable are set: keep one", ErrPassphrase)
	case p.File != "":
		st, err := os.Stat(p.File)
		if err != nil {
			return "", fmt.Errorf("%w: passphrase file: %v", ErrPassphrase, err)
		}
		if st.Mode().Perm()&0o077 != 0 {
			log.Warn().Str("file", p.File).Str("mode", st.Mode().Perm().String()).
				Msg("passphrase file is readable by group or others: chmod 600 it")
		}
		b, err := os.ReadFile(p.File)
		if err != nil {
			return "", fmt.Errorf("%w: passphrase file: %v", ErrPassphrase, err)
		}
		s := strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
		if s == "" {
			return "", fmt.Errorf("%w: passphrase file %s is empty", ErrPassphrase, p.File)
		}
		return s, nil
	case p.Env != "":
		s := getenv(p.Env)
		if s == "" {
			return "", fmt.Errorf("%w: environment variable %s is unset or empty: export it or use a passphrase file", ErrPassphrase, p.Env)
		}
		return s, nil
	default:
		return "", fmt.Errorf("%w: neither a passphrase file nor a passphrase variable is set", ErrPassphrase)
	}
}

// Key is an operator's secp256k1 key. Its String, GoString, Format and
// MarshalJSON show only the address, so a Key that ends up in a log line
// or an error message by mistake does not leak.
type Key struct {
	priv *ecdsa.PrivateKey
	addr common.Address
}

// FromECDSA wraps a private key (development mode and tests; operators load
// keys with Load).
func FromECDSA(priv *ecdsa.PrivateKey) *Key {
	return &Key{priv: priv, addr: crypto.PubkeyToAddress(priv.PublicKey)}
}

// Address returns the operator address (Ethereum address of the key).
func (k *Key) Address() common.Address { return k.addr }

// PublicKey returns the public key.
func (k *Key) PublicKey() *ecdsa.PublicKey { return &k.priv.PublicKey }

// SignHash signs a 32-byte digest, returning [R || S || V] with V in {0,1}.
func (k *Key) SignHash(hash []byte) ([]byte, error) { return crypto.Sign(hash, k.priv) }

// PrivateKey returns the private key for chain adapters that must sign with
// it in a scheme of their own (Bitcoin tapscript Schnorr signatures). Do not
// log, copy or send it anywhere.
func (k *Key) PrivateKey() *ecdsa.PrivateKey { return k.priv }

func (k *Key) String() string               { return "operator-key(" + k.addr.Hex() + ")" }
func (k *Key) GoString() string             { return k.String() }
func (k *Key) Format(f fmt.State, _ rune)   { _, _ = f.Write([]byte(k.String())) }
func (k *Key) MarshalJSON() ([]byte, error) { return []byte(`"` + k.addr.Hex() + `"`), nil }

// LoadOptions tune Load.
type LoadOptions struct {
	// Expect, if non-zero, is the address the keystore must hold.
	Expect common.Address
	// Getenv replaces os.Getenv (tests).
	Getenv func(string) string
	// Log receives one line on success (address and file, never key material).
	Log zerolog.Logger
}

// Load decrypts an encrypted keystore file (go-ethereum's Web3 Secret
// Storage v3 format) with the passphrase from pass.
func Load(path string, pass Passphrase, o LoadOptions) (*Key, error) {
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
	log := o.Log.With().Str("component", "keys").Logger()
	if path == "" {
		return nil, fmt.Errorf("%w: no keystore path: set operator.keystore", ErrKeystore)
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKeystore, err)
	}
	pw, err := pass.read(o.Getenv, log)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(blob, pw)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("%w %s: check the passphrase source", ErrWrongPassphrase, path)
		}
		// Decrypt errors name the failing step, never key material.
		return nil, fmt.Errorf("%w: %s: %v", ErrKeystore, path, err)
	}
	key := FromECDSA(k.PrivateKey)
	if o.Expect != (common.Address{}) && o.Expect != key.addr {
		return nil, fmt.Errorf("%w: %s holds %s, want %s", ErrAddressMismatch, path, key.addr, o.Expect)
	}
	log.Info().Str("address", key.addr.Hex()).Str("keystore", path).Msg("loaded operator key")
	return key, nil
}

// ScryptLight and ScryptStandard are the scrypt cost choices of Create:
// light for development and tests, standard (256 MiB) for production.
const (
	ScryptLight    = keystore.LightScryptN
	ScryptStandard = keystore.StandardScryptN
)

// Create generates a new key and writes it, encrypted with passphrase, as
// dir/<address>.json (mode 0600). It returns the address and the file path.
func Create(dir, passphrase string, scryptN int) (common.Address, string, error) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, "", fmt.Errorf("keys: generate: %w", err)
	}
	return Store(dir, passphrase, scryptN, priv)
}

// ParsePrivateKey reads a private key written as 64 hex digits, with or
// without 0x, surrounded by white space or not (what `cast keccak` and
// `cast wallet new` print). Errors never quote the input: it is a key.
func ParsePrivateKey(raw []byte) (*ecdsa.PrivateKey, error) {
	s := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("%w: want 64 hex digits (32 bytes, 0x optional), got %d characters", ErrKeyFormat, len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: want 64 hex digits, found a character that is not one", ErrKeyFormat)
	}
	priv, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("%w: zero or not below the curve order", ErrKeyFormat)
	}
	return priv, nil
}

// Path is the keystore file Store writes for addr in dir:
// dir/<address in lower-case hex without 0x>.json.
func Path(dir string, addr common.Address) string {
	return filepath.Join(dir, strings.ToLower(addr.Hex()[2:])+".json")
}

// Store encrypts priv with passphrase into Path(dir, address) (mode 0600,
// synced). It never replaces a file: an existing one is ErrExists.
func Store(dir, passphrase string, scryptN int, priv *ecdsa.PrivateKey) (common.Address, string, error) {
	if passphrase == "" {
		return common.Address{}, "", fmt.Errorf("%w: refusing an empty passphrase", ErrPassphrase)
	}
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	path := Path(dir, addr)
	if _, err := os.Stat(path); err == nil {
		return common.Address{}, "", fmt.Errorf("%w: %s holds %s already: use it, or move it away first", ErrExists, path, addr.Hex())
	}
	if err := StoreFile(path, passphrase, scryptN, priv); err != nil {
		return common.Address{}, "", err
	}
	return addr, path, nil
}

// StoreFile encrypts priv with passphrase into the file path (mode 0600,
// synced; its directory is made 0700 if missing), for a keystore whose
// name the user chose (relayd key restore --out). It never replaces a
// file: an existing one is ErrExists.
func StoreFile(path, passphrase string, scryptN int, priv *ecdsa.PrivateKey) error {
	if passphrase == "" {
		return fmt.Errorf("%w: refusing an empty passphrase", ErrPassphrase)
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%w: %s: use it, or move it away first", ErrExists, path)
	}
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	p := keystore.LightScryptP
	if scryptN >= keystore.StandardScryptN {
		p = keystore.StandardScryptP
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: addr, PrivateKey: priv}, passphrase, scryptN, p)
	if err != nil {
		return fmt.Errorf("keys: encrypt: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	return writeNew(path, blob)
}

// writeNew creates path with blob (0600) and syncs it; O_EXCL keeps a
// file that appeared since the check.
func writeNew(path string, blob []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%w: %s: use it, or move it away first", ErrExists, path)
	}
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	_, err = f.Write(blob)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return fmt.Errorf("keys: write %s: %w", path, err)
	}
	return nil
}
