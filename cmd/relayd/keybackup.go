package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/keys/backup"
)

// backupFlags are key backup's flags.
type backupFlags struct {
	keystore, blob, passFile, passEnv, out string
	n, k                                   int
	asJSON                                 bool
}

func newKeyBackupCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var f backupFlags
	cmd := &cobra.Command{
		Use:   "backup",
		Short: "Split an operator key (or a wrapped key blob) into n shares, any k of which restore it",
		Long: `Backup is the key ceremony's first half. It reads the operator key from
--keystore (or an opaque blob, such as an HSM-wrapped custody key, from
--blob), seals it under a random data key, splits the data key into
--shares n Shamir shares of which any --threshold k restore it, and
writes each share as text to <out>/share-<id>-<i>-of-<n>.txt (mode 0600;
it never replaces a file). Fewer than k shares reveal nothing about the key.

It then reads the files back and restores from them, each share taking
part, before it reports success. It prints the backup id, the key's
fingerprint (the address of an operator key, sha256:<hex> of a blob) and
each share's checksum, for the custodians to check on their copy; never
the key. The keystore's passphrase comes from --passphrase-file, else
the variable named by --passphrase-env, else it is asked for when stdin
is a terminal.

Print each share, hand it to its custodian, and delete the files: see
docs/relay.md, Key backup.

  relayd key backup --keystore op1/keystore/<address>.json --passphrase-file op1/pass --shares 5 --threshold 3 --out /media/ceremony`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.run(stdout, getenv, stdinTerminal(cmd.InOrStdin(), cmd.ErrOrStderr()))
		},
	}
	cmd.Flags().StringVar(&f.keystore, "keystore", "", "the operator keystore to back up")
	cmd.Flags().StringVar(&f.blob, "blob", "", "back up this file's bytes (an HSM-wrapped key) instead of a keystore")
	cmd.Flags().StringVar(&f.passFile, "passphrase-file", "", "file holding the keystore's passphrase")
	cmd.Flags().StringVar(&f.passEnv, "passphrase-env", config.DefaultPassphraseEnv, "environment variable holding the keystore's passphrase")
	cmd.Flags().IntVar(&f.n, "shares", 0, "number of shares n (2..255)")
	cmd.Flags().IntVar(&f.k, "threshold", 0, "shares k that restore the key (2..n)")
	cmd.Flags().StringVar(&f.out, "out", "", "directory to write the share files to (made 0700 if missing)")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
	return cmd
}

func (f *backupFlags) run(stdout io.Writer, getenv func(string) string, tty terminal) error {
	if err := f.check(); err != nil {
		return err
	}
	secret, kind, err := f.readSecret(getenv, tty)
	if err != nil {
		return err
	}
	shares, err := backup.Split(secret, backup.Meta{Kind: kind}, f.n, f.k)
	clear(secret)
	if err != nil {
		return err
	}
	files, err := writeShares(f.out, shares)
	if err != nil {
		return err
	}
	if err := checkFiles(files); err != nil {
		removeAll(files)
		return fmt.Errorf("the share files written do not restore the key, so they were deleted: %w", err)
	}
	return printBackup(stdout, f.asJSON, shares, files)
}

// check refuses flags that cannot make a backup, before anything is read.
func (f *backupFlags) check() error {
	switch {
	case (f.keystore == "") == (f.blob == ""):
		return errors.New("give --keystore FILE (an operator key) or --blob FILE (a wrapped key), one of them")
	case f.n == 0 || f.k == 0:
		return errors.New("give --shares n and --threshold k, e.g. --shares 5 --threshold 3: any k of the n custodians can then restore the key")
	case f.out == "":
		return errors.New("give --out DIR, the directory to write the share files to")
	}
	return nil
}

// readSecret is the key to back up and its kind.
func (f *backupFlags) readSecret(getenv func(string) string, tty terminal) ([]byte, backup.Kind, error) {
	if f.blob != "" {
		b, err := os.ReadFile(f.blob)
		if err != nil {
			return nil, "", fmt.Errorf("--blob: %w", err)
		}
		return b, backup.KindHSMWrapped, nil
	}
	pass, getenv, err := existingPassphrase(f.keystore, f.passFile, f.passEnv, getenv, tty)
	if err != nil {
		return nil, "", err
	}
	k, err := keys.Load(f.keystore, pass, keys.LoadOptions{Getenv: getenv, Log: zerolog.Nop()})
	if err != nil {
		return nil, "", err
	}
	return crypto.FromECDSA(k.PrivateKey()), backup.KindSecp256k1, nil
}

// existingPassphrase says where the passphrase of keystore comes from:
// file, else the variable env, else typed once at the terminal (handed to
// keys.Load as a variable of a getenv that answers only it).
func existingPassphrase(keystore, file, env string, getenv func(string) string, tty terminal) (keys.Passphrase, func(string) string, error) {
	if file != "" {
		return keys.Passphrase{File: file}, getenv, nil
	}
	if getenv(env) != "" {
		return keys.Passphrase{Env: env}, getenv, nil
	}
	if tty == nil {
		return keys.Passphrase{}, nil, fmt.Errorf("no passphrase for %s: set --passphrase-file, export %s, or run in a terminal to type it", keystore, env)
	}
	typed, err := tty.ReadSecret("passphrase of " + keystore + ": ")
	if err != nil {
		return keys.Passphrase{}, nil, fmt.Errorf("read the passphrase: %w", err)
	}
	return keys.Passphrase{Env: "typed"}, func(string) string { return typed }, nil
}

// shareFile is where share s is written in dir.
func shareFile(dir string, s *backup.Share) string {
	return filepath.Join(dir, fmt.Sprintf("share-%s-%d-of-%d.txt", s.Meta.IDString(), s.Index, s.Meta.N))
}

// writeShares writes each share's text to its file in dir (0600), all or
// none: on an error the files written so far are removed.
func writeShares(dir string, shares []backup.Share) ([]string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("--out: %w", err)
	}
	var files []string
	for i := range shares {
		text, err := shares[i].MarshalText()
		if err == nil {
			err = atomicfile.WriteNew(shareFile(dir, &shares[i]), text, 0o600)
		}
		if err != nil {
			removeAll(files)
			return nil, fmt.Errorf("write share %d (nothing kept): %w", i+1, err)
		}
		files = append(files, shareFile(dir, &shares[i]))
	}
	return files, nil
}

// checkFiles reads the share files back and proves that they restore the
// key, every share taking part.
func checkFiles(files []string) error {
	shares := make([]backup.Share, 0, len(files))
	for _, f := range files {
		s, err := backup.ReadFile(f)
		if err != nil {
			return err
		}
		shares = append(shares, s)
	}
	return backup.Check(shares)
}

func removeAll(files []string) {
	for _, f := range files {
		_ = os.Remove(f)
	}
}

// backupReport is what key backup prints: nothing secret.
type backupReport struct {
	BackupID    string        `json:"backupId"`
	Kind        backup.Kind   `json:"kind"`
	Fingerprint string        `json:"fingerprint"`
	Address     string        `json:"address,omitempty"`
	Shares      int           `json:"shares"`
	Threshold   int           `json:"threshold"`
	Verified    bool          `json:"verified"`
	Files       []shareReport `json:"files"`
}

type shareReport struct {
	Share    int    `json:"share"`
	Checksum string `json:"checksum"`
	File     string `json:"file"`
}

func printBackup(stdout io.Writer, asJSON bool, shares []backup.Share, files []string) error {
	m := shares[0].Meta
	r := backupReport{BackupID: m.IDString(), Kind: m.Kind, Fingerprint: m.FingerprintString(), Shares: m.N, Threshold: m.K, Verified: true}
	if m.Kind == backup.KindSecp256k1 {
		r.Address = common.BytesToAddress(m.Fingerprint).Hex()
	}
	for i := range shares {
		r.Files = append(r.Files, shareReport{Share: shares[i].Index, Checksum: shares[i].ChecksumString(), File: files[i]})
	}
	if asJSON {
		return json.NewEncoder(stdout).Encode(r)
	}
	fmt.Fprintf(stdout, "backup       %s\nkey          %s (%s)\nthreshold    any %d of the %d shares restore it (checked on the files written)\n",
		r.BackupID, r.Fingerprint, r.Kind, r.Threshold, r.Shares)
	for _, s := range r.Files {
		fmt.Fprintf(stdout, "share %d of %d  checksum %s  %s\n", s.Share, r.Shares, s.Checksum, s.File)
	}
	return nil
}
