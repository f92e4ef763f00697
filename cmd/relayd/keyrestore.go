package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/keys/backup"
)

// restoreFlags are key restore's flags.
type restoreFlags struct {
	shares                 []string
	out, passFile, passEnv string
	light, asJSON          bool
	hsm                    hsmFlags
}

func newKeyRestoreCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var f restoreFlags
	cmd := &cobra.Command{
		Use:   "restore",
		Short: "Restore a key from at least k of the shares key backup wrote",
		Long: `Restore is the key ceremony's second half. It reads the share files given
with --share (at least the backup's threshold of them, in any order),
checks each one's checksum and line checks (a mistyped or damaged share is
named), that they are of one backup and none is given twice, combines
them and checks that the key has the backup's fingerprint.

An operator key is written encrypted to a new keystore at --out (or, if
--out is a directory, to <out>/<address>.json; mode 0600), with the
passphrase from --passphrase-file, else the variable named by
--passphrase-env, else typed twice at the terminal. A blob (a backup made
with --blob) is written back as it was to --out. Restore never replaces a
file. It prints the address or the blob's fingerprint, never the key.
With --pkcs11-module an operator key is imported into that PKCS#11 token
instead (sensitive, never extractable; no --out): restoring the
authorisation key of keys.authorisation.pkcs11 into a new HSM.

  relayd key restore --share a/share-<id>-1-of-5.txt --share b/share-<id>-4-of-5.txt --share c/share-<id>-5-of-5.txt --out op1/keystore --passphrase-file op1/pass`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.run(stdout, getenv, stdinTerminal(cmd.InOrStdin(), cmd.ErrOrStderr()))
		},
	}
	cmd.Flags().StringArrayVar(&f.shares, "share", nil, "a share file (repeat the flag for each share)")
	cmd.Flags().StringVar(&f.out, "out", "", "the new keystore file (or a directory for <address>.json), or the blob's file")
	cmd.Flags().StringVar(&f.passFile, "passphrase-file", "", "file holding the new keystore's passphrase")
	cmd.Flags().StringVar(&f.passEnv, "passphrase-env", config.DefaultPassphraseEnv, "environment variable holding the new keystore's passphrase")
	cmd.Flags().BoolVar(&f.light, "light", false, "cheap scrypt parameters for the new keystore (development only)")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
	f.hsm.register(cmd)
	return cmd
}

// restoreReport is what key restore prints: nothing secret.
type restoreReport struct {
	BackupID    string      `json:"backupId"`
	Kind        backup.Kind `json:"kind"`
	Fingerprint string      `json:"fingerprint"`
	Shares      int         `json:"shares"`
	Address     string      `json:"address,omitempty"`
	Keystore    string      `json:"keystore,omitempty"`
	Blob        string      `json:"blob,omitempty"`
}

func (f *restoreFlags) run(stdout io.Writer, getenv func(string) string, tty terminal) error {
	if len(f.shares) == 0 || f.out == "" && !f.hsm.set() {
		return errors.New("give --share FILE once for each share (at least the backup's threshold of them) and --out, the file to restore to")
	}
	shares := make([]backup.Share, 0, len(f.shares))
	for _, file := range f.shares {
		s, err := backup.ReadFile(file)
		if err != nil {
			return err
		}
		shares = append(shares, s)
	}
	secret, meta, err := backup.Combine(shares)
	if err != nil {
		return err
	}
	defer clear(secret)
	r := restoreReport{BackupID: meta.IDString(), Kind: meta.Kind, Fingerprint: meta.FingerprintString(), Shares: len(shares)}
	if f.hsm.set() {
		if meta.Kind != backup.KindSecp256k1 {
			return fmt.Errorf("backup %s holds a %s blob, not an operator key: restore it with --out, without --pkcs11-module", r.BackupID, meta.Kind)
		}
		priv, err := crypto.ToECDSA(secret)
		if err != nil {
			return fmt.Errorf("restored key: %w", err)
		}
		defer priv.D.SetInt64(0)
		return f.hsm.importKey(stdout, f.asJSON, priv)
	}
	if meta.Kind == backup.KindSecp256k1 {
		err = f.writeKeystore(&r, secret, getenv, tty)
	} else {
		err = f.writeBlob(&r, secret)
	}
	if err != nil {
		return err
	}
	return printRestore(stdout, f.asJSON, r)
}

// writeKeystore encrypts the restored operator key into a new keystore.
func (f *restoreFlags) writeKeystore(r *restoreReport, secret []byte, getenv func(string) string, tty terminal) error {
	priv, err := crypto.ToECDSA(secret)
	if err != nil {
		return fmt.Errorf("restored key: %w", err) // Combine checked it already
	}
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	path := f.out
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		path = keys.Path(path, addr)
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%w: %s: nothing written; restore to a new file, or move that one away first", keys.ErrExists, path)
	}
	pass, err := newPassphrase(f.passFile, f.passEnv, getenv, tty)
	if err != nil {
		return err
	}
	n := keys.ScryptStandard
	if f.light {
		n = keys.ScryptLight
	}
	if err := keys.StoreFile(path, pass, n, priv); err != nil {
		return err
	}
	r.Address, r.Keystore = addr.Hex(), path
	return nil
}

// writeBlob writes a restored blob back to --out as it was.
func (f *restoreFlags) writeBlob(r *restoreReport, secret []byte) error {
	if fi, err := os.Stat(f.out); err == nil && fi.IsDir() {
		return fmt.Errorf("--out %s is a directory: give the blob's file name", f.out)
	}
	err := atomicfile.WriteNew(f.out, secret, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists: nothing written; restore to a new file, or move that one away first", f.out)
	}
	if err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	r.Blob = f.out
	return nil
}

func printRestore(stdout io.Writer, asJSON bool, r restoreReport) error {
	if asJSON {
		return json.NewEncoder(stdout).Encode(r)
	}
	fmt.Fprintf(stdout, "backup   %s (%d shares)\n", r.BackupID, r.Shares)
	if r.Address != "" {
		fmt.Fprintf(stdout, "address  %s\nkeystore %s\n", r.Address, r.Keystore)
		return nil
	}
	fmt.Fprintf(stdout, "blob     %s\nfile     %s\n", r.Fingerprint, r.Blob)
	return nil
}
