package busauth

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/nats-io/jwt/v2"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// Errors of the package.
var (
	// ErrFederation: the federation directory is missing, incomplete or
	// holds keys that do not belong together.
	ErrFederation = errors.New("busauth: federation")
	// ErrPermissions: a secret file is readable by others than its owner.
	ErrPermissions = errors.New("busauth: file permissions")
)

// MaxControlLine is the max_control_line servers of a federation need: a
// user JWT carrying Permissions is larger than NATS's 4 KiB default.
const MaxControlLine = 64 * 1024

// AccountName is the name of the bridge account.
const AccountName = "KAKEHASHI"

// Limits of the bridge account's JetStream use.
var Limits = jwt.JetStreamLimits{
	DiskStorage:   -1,
	MemoryStorage: 256 << 20, // ordered consumers' state
	Streams:       16,
	Consumer:      -1,
}

// Files of a federation directory (0700; seeds and creds 0600).
const (
	FileOperatorSeed = "operator.nk"
	FileOperatorJWT  = "operator.jwt"
	FileSystemSeed   = "system.nk"
	FileSystemJWT    = "system.jwt"
	FileAccountSeed  = "account.nk"
	FileAccountJWT   = "account.jwt"
	FileAdminCreds   = "admin.creds"
	FileServerConf   = "nats-server.conf"
	DirUsers         = "users"
)

// Federation holds the trust root of a bus: the operator (NATS's trust
// root, not a bridge operator), the system account and the bridge account
// with their JWTs. Whoever holds it signs users; servers only need the
// public parts (ServerOptions, ServerConfig).
type Federation struct {
	Operator, System, Account          nkeys.KeyPair
	OperatorJWT, SystemJWT, AccountJWT string
}

// New creates a federation named name with fresh keys.
func New(name string) (*Federation, error) {
	f := &Federation{}
	var err error
	if f.Operator, err = nkeys.CreateOperator(); err != nil {
		return nil, err
	}
	if f.System, err = nkeys.CreateAccount(); err != nil {
		return nil, err
	}
	if f.Account, err = nkeys.CreateAccount(); err != nil {
		return nil, err
	}
	opub, _ := f.Operator.PublicKey()
	spub, _ := f.System.PublicKey()
	apub, _ := f.Account.PublicKey()

	oc := jwt.NewOperatorClaims(opub)
	oc.Name = name
	oc.SystemAccount = spub
	if f.OperatorJWT, err = oc.Encode(f.Operator); err != nil {
		return nil, err
	}
	sc := jwt.NewAccountClaims(spub)
	sc.Name = "SYS"
	if f.SystemJWT, err = sc.Encode(f.Operator); err != nil {
		return nil, err
	}
	ac := jwt.NewAccountClaims(apub)
	ac.Name = AccountName
	ac.Limits.JetStreamLimits = Limits
	if f.AccountJWT, err = ac.Encode(f.Operator); err != nil {
		return nil, err
	}
	return f, nil
}

// Save writes the federation to dir (created 0700): seeds, JWTs, the admin
// user's creds and a nats-server.conf fragment for external servers.
func (f *Federation) Save(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, DirUsers), 0o700); err != nil {
		return err
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return err
	}
	admin, err := f.AdminCreds()
	if err != nil {
		return err
	}
	conf, err := f.ServerConfig()
	if err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
	}{
		{FileOperatorSeed, seed(f.Operator)}, {FileOperatorJWT, []byte(f.OperatorJWT)},
		{FileSystemSeed, seed(f.System)}, {FileSystemJWT, []byte(f.SystemJWT)},
		{FileAccountSeed, seed(f.Account)}, {FileAccountJWT, []byte(f.AccountJWT)},
		{FileAdminCreds, admin}, {FileServerConf, []byte(conf)},
	}
	for _, fl := range files {
		if err := atomicfile.WriteFile(filepath.Join(dir, fl.name), fl.data, 0o600); err != nil {
			return err
		}
	}
	return nil
}

func seed(kp nkeys.KeyPair) []byte {
	s, _ := kp.Seed()
	return s
}

// Load reads a federation saved by Save. It refuses seed files readable by
// group or others (ErrPermissions).
func Load(dir string) (*Federation, error) {
	f := &Federation{}
	read := func(name string, secret bool) (string, error) {
		p := filepath.Join(dir, name)
		if secret {
			if err := CheckSecretFile(p); err != nil {
				return "", err
			}
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return "", fmt.Errorf("%w: %v (run `relayd bus init --dir %s`)", ErrFederation, err, dir)
		}
		return strings.TrimSpace(string(b)), nil
	}
	var err error
	for _, k := range []struct {
		name string
		kp   *nkeys.KeyPair
	}{{FileOperatorSeed, &f.Operator}, {FileSystemSeed, &f.System}, {FileAccountSeed, &f.Account}} {
		s, err := read(k.name, true)
		if err != nil {
			return nil, err
		}
		if *k.kp, err = nkeys.FromSeed([]byte(s)); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFederation, k.name, err)
		}
	}
	if f.OperatorJWT, err = read(FileOperatorJWT, false); err != nil {
		return nil, err
	}
	if f.SystemJWT, err = read(FileSystemJWT, false); err != nil {
		return nil, err
	}
	if f.AccountJWT, err = read(FileAccountJWT, false); err != nil {
		return nil, err
	}
	return f, nil
}

// CheckSecretFile reports a missing secret file, or one that group or
// others can read, with the fix.
func CheckSecretFile(path string) error {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s does not exist", ErrFederation, path)
	}
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("%w: %s is mode %s, readable by others than its owner: chmod 600 %s", ErrPermissions, path, st.Mode().Perm(), path)
	}
	return nil
}

// Trust returns the server-side part of the federation: the operator,
// the system account and the account JWTs to preload.
func (f *Federation) Trust() (*jwt.OperatorClaims, map[string]string, error) {
	oc, err := jwt.DecodeOperatorClaims(f.OperatorJWT)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: operator JWT: %v", ErrFederation, err)
	}
	accounts := map[string]string{}
	for _, j := range []string{f.SystemJWT, f.AccountJWT} {
		ac, err := jwt.DecodeAccountClaims(j)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: account JWT: %v", ErrFederation, err)
		}
		if ac.Issuer != oc.Subject {
			return nil, nil, fmt.Errorf("%w: account %s is not signed by operator %s", ErrFederation, ac.Name, oc.Subject)
		}
		accounts[ac.Subject] = j
	}
	return oc, accounts, nil
}

// ServerOptions makes opts trust the federation: operator mode with the
// accounts preloaded in a memory resolver, and MaxControlLine.
func (f *Federation) ServerOptions(opts *server.Options) error {
	oc, accounts, err := f.Trust()
	if err != nil {
		return err
	}
	res := &server.MemAccResolver{}
	for pub, j := range accounts {
		if err := res.Store(pub, j); err != nil {
			return err
		}
	}
	opts.TrustedOperators = []*jwt.OperatorClaims{oc}
	opts.SystemAccount = oc.SystemAccount
	opts.AccountResolver = res
	opts.MaxControlLine = MaxControlLine
	return nil
}

// ServerConfig returns the nats-server configuration fragment for an
// external server (or each server of a cluster) of the federation.
func (f *Federation) ServerConfig() (string, error) {
	oc, accounts, err := f.Trust()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Kakehashi bus federation %q: include this in nats-server.conf.\n", oc.Name)
	fmt.Fprintf(&b, "operator: %q\n", f.OperatorJWT)
	fmt.Fprintf(&b, "system_account: %s\n", oc.SystemAccount)
	fmt.Fprintf(&b, "max_control_line: %d\n", MaxControlLine)
	b.WriteString("resolver: MEMORY\nresolver_preload: {\n")
	for pub, j := range accounts {
		fmt.Fprintf(&b, "  %s: %q\n", pub, j)
	}
	b.WriteString("}\n# Every acknowledged publication on disk before the ack.\njetstream: { sync_interval: always }\n")
	return b.String(), nil
}

// AdminCreds returns the creds of the admin user: unrestricted in the
// bridge account, for `relayd bus init` to create and update the streams.
func (f *Federation) AdminCreds() ([]byte, error) {
	kp, err := nkeys.CreateUser()
	if err != nil {
		return nil, err
	}
	pub, _ := kp.PublicKey()
	uc := jwt.NewUserClaims(pub)
	uc.Name = "admin"
	j, err := f.sign(uc)
	if err != nil {
		return nil, err
	}
	return jwt.FormatUserConfig(j, seed(kp))
}

// UserJWT signs the user JWT of g's operator for the user public key pub
// (a "U…" NKey the operator generated and kept the seed of).
func (f *Federation) UserJWT(pub string, g Grant) (string, error) {
	if !nkeys.IsValidPublicUserKey(pub) {
		return "", fmt.Errorf("%w: %q is not a user public key (nk -gen user prints one starting with U)", ErrFederation, pub)
	}
	uc := jwt.NewUserClaims(pub)
	uc.Name = "operator-" + g.Operator.Hex()
	uc.Permissions = Permissions(g)
	return f.sign(uc)
}

// UserCreds makes a fresh user NKey for g's operator and returns its creds
// (JWT and seed): the devnet shortcut where one party provisions everyone.
func (f *Federation) UserCreds(g Grant) ([]byte, error) {
	kp, err := nkeys.CreateUser()
	if err != nil {
		return nil, err
	}
	pub, _ := kp.PublicKey()
	j, err := f.UserJWT(pub, g)
	if err != nil {
		return nil, err
	}
	return jwt.FormatUserConfig(j, seed(kp))
}

func (f *Federation) sign(uc *jwt.UserClaims) (string, error) { return uc.Encode(f.Account) }
