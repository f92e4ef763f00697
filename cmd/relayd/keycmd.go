package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
)

// terminal reads what the operator types, without echo.
type terminal interface {
	ReadSecret(prompt string) (string, error)
}

// stdinTerminal is the terminal behind in, or nil when in is not one (a
// pipe, a file): secrets are asked for only when someone can type them.
// Prompts go to prompts. Tests replace it.
var stdinTerminal = func(in io.Reader, prompts io.Writer) terminal {
	f, ok := in.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return tty{fd: int(f.Fd()), out: prompts}
}

type tty struct {
	fd  int
	out io.Writer
}

func (t tty) ReadSecret(prompt string) (string, error) {
	fmt.Fprint(t.out, prompt)
	b, err := term.ReadPassword(t.fd)
	fmt.Fprintln(t.out)
	return string(b), err
}

// keyFlags are what key new and key import share.
type keyFlags struct {
	dir, passFile, passEnv string
	light, asJSON          bool
}

func (f *keyFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dir, "dir", "./keystore", "directory for the keystore file (<dir>/<address>.json)")
	cmd.Flags().StringVar(&f.passFile, "passphrase-file", "", "file holding the passphrase")
	cmd.Flags().StringVar(&f.passEnv, "passphrase-env", config.DefaultPassphraseEnv, "environment variable holding the passphrase")
	cmd.Flags().BoolVar(&f.light, "light", false, "cheap scrypt parameters (development only)")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
}

// store encrypts priv into the keystore directory and prints the address
// and the file, never the key.
func (f *keyFlags) store(stdout io.Writer, priv *ecdsa.PrivateKey, pass string) error {
	n := keys.ScryptStandard
	if f.light {
		n = keys.ScryptLight
	}
	addr, path, err := keys.Store(f.dir, pass, n, priv)
	if err != nil {
		return err
	}
	if f.asJSON {
		return json.NewEncoder(stdout).Encode(map[string]string{"address": addr.Hex(), "keystore": path})
	}
	fmt.Fprintf(stdout, "address  %s\nkeystore %s\n", addr.Hex(), path)
	return nil
}

func newKeyCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	cmd := &cobra.Command{Use: "key", Short: "Create, import, back up and restore operator keystores"}
	cmd.AddCommand(newKeyNewCmd(stdout, getenv), newKeyImportCmd(stdout, getenv),
		newKeyBackupCmd(stdout, getenv), newKeyRestoreCmd(stdout, getenv), newKeySealCmd(stdout, getenv))
	return cmd
}

const passphraseHelp = `The passphrase comes from --passphrase-file, else the variable named by
--passphrase-env (default KAKEHASHI_PASSPHRASE), else it is asked for twice
when stdin is a terminal.`

func newKeyNewCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		f   keyFlags
		hsm hsmFlags
	)
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Create a new operator key in an encrypted keystore file",
		Long: `New generates a secp256k1 key and writes it encrypted (go-ethereum keystore
format, scrypt) to <dir>/<address>.json with mode 0600; it never replaces
a file. ` + passphraseHelp + ` It prints the address, never the key.

With --pkcs11-module the key is made inside that PKCS#11 token instead
(sensitive, never extractable, sign only): the authorisation key of
keys.authorisation.pkcs11.

  relayd key new --pkcs11-module /usr/lib/softhsm/libsofthsm2.so --token-label kakehashi-op1 --pin-file op1.pin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if hsm.set() {
				return hsm.generate(stdout, f.asJSON)
			}
			pass, err := newPassphrase(f.passFile, f.passEnv, getenv, stdinTerminal(cmd.InOrStdin(), cmd.ErrOrStderr()))
			if err != nil {
				return err
			}
			priv, err := crypto.GenerateKey()
			if err != nil {
				return fmt.Errorf("generate a key: %w", err)
			}
			return f.store(stdout, priv, pass)
		},
	}
	f.register(cmd)
	hsm.register(cmd)
	return cmd
}

func newKeyImportCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		f       keyFlags
		hsm     hsmFlags
		keyFile string
	)
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Encrypt an existing private key into a keystore file",
		Long: `Import reads a secp256k1 private key as 64 hex digits (0x optional) from
--key-file, or else from stdin (asked for without echo when stdin is a
terminal), never from a flag value, and writes it encrypted to
<dir>/<address>.json like key new; it never replaces a file. ` + passphraseHelp + `
It prints the address, never the key. With --pkcs11-module the key goes
into that PKCS#11 token instead (sensitive, never extractable).

  cast keccak "kakehashi devnet operator 1" | relayd key import --dir op1/keystore --passphrase-file op1/pass`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			tty := stdinTerminal(cmd.InOrStdin(), cmd.ErrOrStderr())
			priv, err := readKey(keyFile, cmd.InOrStdin(), tty)
			if err != nil {
				return err
			}
			if hsm.set() {
				defer priv.D.SetInt64(0)
				return hsm.importKey(stdout, f.asJSON, priv)
			}
			pass, err := newPassphrase(f.passFile, f.passEnv, getenv, tty)
			if err != nil {
				return err
			}
			return f.store(stdout, priv, pass)
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "file holding the private key in hex (default: read it from stdin)")
	f.register(cmd)
	hsm.register(cmd)
	return cmd
}

// readKey reads the private key to import from file, or else from stdin:
// typed at the terminal without echo, or piped.
func readKey(file string, in io.Reader, tty terminal) (*ecdsa.PrivateKey, error) {
	var (
		raw  []byte
		from string
		err  error
	)
	switch {
	case file != "":
		from = file
		raw, err = os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("--key-file: %w", err)
		}
	case tty != nil:
		from = "the terminal"
		s, err := tty.ReadSecret("private key (hex): ")
		if err != nil {
			return nil, fmt.Errorf("read the key: %w", err)
		}
		raw = []byte(s)
	default:
		from = "stdin"
		if raw, err = io.ReadAll(io.LimitReader(in, 4096)); err != nil {
			return nil, fmt.Errorf("read the key from stdin: %w", err)
		}
	}
	if strings.TrimSpace(string(raw)) == "" {
		return nil, fmt.Errorf("no key in %s: give --key-file FILE, or pipe the hex key on stdin", from)
	}
	priv, err := keys.ParsePrivateKey(raw)
	if err != nil {
		return nil, fmt.Errorf("key from %s: %w", from, err)
	}
	return priv, nil
}

// newPassphrase is the passphrase a new keystore is encrypted with: from
// file, else from the variable env, else typed twice at the terminal.
func newPassphrase(file, env string, getenv func(string) string, tty terminal) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("--passphrase-file: %w", err)
		}
		p := strings.TrimRight(string(b), "\r\n")
		if p == "" {
			return "", fmt.Errorf("--passphrase-file %s is empty: write the passphrase in it", file)
		}
		return p, nil
	}
	if p := getenv(env); p != "" {
		return p, nil
	}
	if tty == nil {
		return "", fmt.Errorf("no passphrase: set --passphrase-file, export %s, or run in a terminal to type it", env)
	}
	p, err := tty.ReadSecret("passphrase for the new keystore: ")
	if err != nil {
		return "", fmt.Errorf("read the passphrase: %w", err)
	}
	if p == "" {
		return "", errors.New("empty passphrase: type one, or use --passphrase-file")
	}
	again, err := tty.ReadSecret("the same passphrase again: ")
	if err != nil {
		return "", fmt.Errorf("read the passphrase: %w", err)
	}
	if again != p {
		return "", errors.New("the two passphrases differ: nothing written, run it again")
	}
	return p, nil
}
