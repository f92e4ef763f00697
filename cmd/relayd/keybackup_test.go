package main

import (
	"bytes"
	"encoding/base32"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/keys/backup"
)

// runRelayd runs the relayd command line with args and env, stdin not a
// terminal unless the test says so, and returns stdout and stderr.
func runRelayd(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := newRootCmd(&out, &errOut, func(k string) string { return env[k] })
	cmd.SetIn(strings.NewReader(""))
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), errOut.String(), err
}

// operatorKeystore writes a fresh key to a keystore in dir and returns the
// file, the key's hex and its address.
func operatorKeystore(t *testing.T, dir, pass string) (string, string, common.Address) {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr, path, err := keys.Store(dir, pass, keys.ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	return path, hex.EncodeToString(crypto.FromECDSA(priv)), addr
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// noKey fails if text shows the key, in hex (either case, with or
// without 0x) or in base32, whole or either half.
func noKey(t *testing.T, what, text, keyHex string) {
	t.Helper()
	raw, _ := hex.DecodeString(keyHex)
	lower := strings.ToLower(text)
	for _, needle := range []string{keyHex, keyHex[:32], keyHex[32:], strings.ToLower(base32.StdEncoding.EncodeToString(raw))[:26]} {
		if strings.Contains(lower, needle) {
			t.Fatalf("%s shows the private key", what)
		}
	}
}

type backupJSON struct {
	BackupID, Kind, Fingerprint, Address string
	Shares, Threshold                    int
	Verified                             bool
	Files                                []struct {
		Share    int
		Checksum string
		File     string
	}
}

// key backup then key restore of a real keystore, through the commands:
// the restored keystore holds the same key, every file is private, and
// nothing printed or written shows the key.
func TestKeyBackupRestore(t *testing.T) {
	withTerminal(t, nil)
	dir := t.TempDir()
	pass := writeFile(t, filepath.Join(dir, "pass"), "ceremony pass\n")
	ks, keyHex, addr := operatorKeystore(t, filepath.Join(dir, "keystore"), "ceremony pass")
	out, errOut, err := runRelayd(t, nil, "key", "backup", "--keystore", ks, "--passphrase-file", pass,
		"--shares", "5", "--threshold", "3", "--out", filepath.Join(dir, "shares"), "--json")
	if err != nil {
		t.Fatal(err)
	}
	noKey(t, "key backup's output", out+errOut, keyHex)
	var b backupJSON
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if b.Address != addr.Hex() || b.Fingerprint != addr.Hex() || b.Kind != "secp256k1" || b.Shares != 5 || b.Threshold != 3 || !b.Verified || len(b.Files) != 5 {
		t.Fatalf("report %+v", b)
	}
	name := regexp.MustCompile(`^share-` + b.BackupID + `-([1-5])-of-5\.txt$`)
	for i, f := range b.Files {
		fi, err := os.Stat(f.File)
		if err != nil || fi.Mode().Perm() != 0o600 || !name.MatchString(filepath.Base(f.File)) || f.Share != i+1 {
			t.Fatalf("share file %+v: %v %v", f, fi, err)
		}
		content, _ := os.ReadFile(f.File)
		noKey(t, f.File, string(content), keyHex)
		if !strings.Contains(string(content), "checksum="+f.Checksum) {
			t.Fatalf("%s does not carry the checksum printed", f.File)
		}
	}
	restored := filepath.Join(dir, "restored", "op1.json")
	out, errOut, err = runRelayd(t, map[string]string{"KAKEHASHI_PASSPHRASE": "new pass"}, "key", "restore",
		"--share", b.Files[4].File, "--share", b.Files[0].File, "--share", b.Files[2].File, "--out", restored, "--light", "--json")
	if err != nil {
		t.Fatal(err)
	}
	noKey(t, "key restore's output", out+errOut, keyHex)
	var r struct{ BackupID, Address, Keystore string }
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Address != addr.Hex() || r.Keystore != restored || r.BackupID != b.BackupID {
		t.Fatalf("%v: %s", err, out)
	}
	k, err := keys.Load(restored, keys.Passphrase{Env: "P"}, keys.LoadOptions{Getenv: func(string) string { return "new pass" }})
	if err != nil || k.Address() != addr || hex.EncodeToString(crypto.FromECDSA(k.PrivateKey())) != keyHex {
		t.Fatalf("restored keystore: %v, %v", k, err)
	}
}

// backupShares makes a 3-of-5 backup of a fresh key in dir and returns
// its share files.
func backupShares(t *testing.T, dir string) ([]string, common.Address) {
	t.Helper()
	ks, _, addr := operatorKeystore(t, filepath.Join(dir, "keystore"), "pw")
	out, _, err := runRelayd(t, map[string]string{"KAKEHASHI_PASSPHRASE": "pw"}, "key", "backup", "--keystore", ks,
		"--shares", "5", "--threshold", "3", "--out", filepath.Join(dir, "shares"), "--json")
	if err != nil {
		t.Fatal(err)
	}
	var b backupJSON
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range b.Files {
		files = append(files, f.File)
	}
	return files, addr
}

func restoreArgs(out string, shares ...string) []string {
	args := []string{"key", "restore", "--out", out, "--light"}
	for _, s := range shares {
		args = append(args, "--share", s)
	}
	return args
}

// key restore refuses, naming the problem and writing nothing, when the
// shares cannot restore the key or the file exists.
func TestKeyRestoreRefuses(t *testing.T) {
	withTerminal(t, nil)
	dir := t.TempDir()
	files, _ := backupShares(t, filepath.Join(dir, "a"))
	others, _ := backupShares(t, filepath.Join(dir, "b"))
	text, _ := os.ReadFile(files[1])
	damaged := strings.Replace(string(text), "\n03 ", "\n03 Q", 1) // one character more on line 03
	damagedFile := writeFile(t, filepath.Join(dir, "damaged-share-2.txt"), damaged)
	existing := writeFile(t, filepath.Join(dir, "existing.json"), "{}")
	env := map[string]string{"KAKEHASHI_PASSPHRASE": "pw"}
	for _, tc := range []struct {
		name string
		args []string
		want error
		says string
	}{
		{"two of three", restoreArgs(filepath.Join(dir, "new.json"), files[0], files[1]), backup.ErrTooFewShares, "bring 1 more"},
		{"one share twice", restoreArgs(filepath.Join(dir, "new.json"), files[0], files[1], files[0]), backup.ErrDuplicate, "given twice"},
		{"a damaged share", restoreArgs(filepath.Join(dir, "new.json"), files[0], damagedFile, files[2]), backup.ErrCorruptShare, "share 2 of 5 (" + damagedFile + "): line 03"},
		{"shares of two backups", restoreArgs(filepath.Join(dir, "new.json"), files[0], files[1], others[2]), backup.ErrMixedBackups, others[2]},
		{"an existing file", restoreArgs(existing, files[0], files[1], files[2]), keys.ErrExists, "move that one away first"},
		{"no shares", restoreArgs(filepath.Join(dir, "new.json")), nil, "give --share FILE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runRelayd(t, env, tc.args...)
			if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("err = %v, want %v saying %q", err, tc.want, tc.says)
			}
			if _, err := os.Stat(filepath.Join(dir, "new.json")); err == nil {
				t.Fatal("a refused restore wrote a keystore")
			}
			if b, _ := os.ReadFile(existing); string(b) != "{}" {
				t.Fatal("the existing file was replaced")
			}
		})
	}
}

// A blob (an HSM-wrapped key) backs up and restores byte for byte;
// --out as a directory gives an operator key its <address>.json.
func TestKeyBackupBlobAndDirectory(t *testing.T) {
	withTerminal(t, nil)
	dir := t.TempDir()
	blob := writeFile(t, filepath.Join(dir, "custody.wrapped"), "\x00wrapped custody key\xff")
	out, _, err := runRelayd(t, nil, "key", "backup", "--blob", blob, "--shares", "3", "--threshold", "2", "--out", filepath.Join(dir, "bs"))
	if err != nil || !strings.Contains(out, "any 2 of the 3 shares restore it") || !strings.Contains(out, "(hsm-wrapped)") {
		t.Fatalf("%v: %s", err, out)
	}
	shares, _ := filepath.Glob(filepath.Join(dir, "bs", "share-*-of-3.txt"))
	back := filepath.Join(dir, "restored.wrapped")
	if _, _, err := runRelayd(t, nil, restoreArgs(back, shares[2], shares[0])...); err != nil {
		t.Fatal(err)
	}
	if a, b := must(os.ReadFile(blob)), must(os.ReadFile(back)); !bytes.Equal(a, b) {
		t.Fatal("the blob came back different")
	}
	files, addr := backupShares(t, filepath.Join(dir, "key"))
	ksDir := t.TempDir()
	out, _, err = runRelayd(t, map[string]string{"KAKEHASHI_PASSPHRASE": "pw"}, restoreArgs(ksDir, files[1:4]...)...)
	if err != nil || !strings.Contains(out, "address  "+addr.Hex()) || !strings.Contains(out, keys.Path(ksDir, addr)) {
		t.Fatalf("%v: %s", err, out)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// key backup's flags are checked before anything is read or written, and
// the passphrases can be typed.
func TestKeyBackupFlagsAndPrompts(t *testing.T) {
	dir := t.TempDir()
	ks, _, addr := operatorKeystore(t, filepath.Join(dir, "keystore"), "typed")
	withTerminal(t, nil)
	for _, tc := range []struct {
		name string
		args []string
		says string
	}{
		{"no source", []string{"--shares", "5", "--threshold", "3", "--out", dir}, "give --keystore FILE"},
		{"two sources", []string{"--keystore", ks, "--blob", ks, "--shares", "5", "--threshold", "3", "--out", dir}, "one of them"},
		{"no counts", []string{"--keystore", ks, "--out", dir}, "give --shares n and --threshold k"},
		{"no out", []string{"--keystore", ks, "--shares", "5", "--threshold", "3"}, "give --out DIR"},
		{"threshold 1", []string{"--blob", ks, "--shares", "5", "--threshold", "1", "--out", dir}, "at least 2"},
		{"no passphrase", []string{"--keystore", ks, "--shares", "5", "--threshold", "3", "--out", dir}, "no passphrase for " + ks},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runRelayd(t, nil, append([]string{"key", "backup"}, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("err = %v, want %q", err, tc.says)
			}
			if m, _ := filepath.Glob(filepath.Join(dir, "share-*")); len(m) != 0 {
				t.Fatal("a refused backup wrote shares")
			}
		})
	}
	tty := &fakeTerminal{answers: []string{"typed"}}
	withTerminal(t, tty)
	if _, _, err := runRelayd(t, nil, "key", "backup", "--keystore", ks, "--shares", "2", "--threshold", "2", "--out", filepath.Join(dir, "s")); err != nil {
		t.Fatal(err)
	}
	shares, _ := filepath.Glob(filepath.Join(dir, "s", "share-*"))
	tty = &fakeTerminal{answers: []string{"new", "new"}}
	withTerminal(t, tty)
	out, _, err := runRelayd(t, nil, restoreArgs(filepath.Join(dir, "r.json"), shares...)...)
	if err != nil || !strings.Contains(out, addr.Hex()) || len(tty.prompts) != 2 {
		t.Fatalf("%v %q: %s", err, tty.prompts, out)
	}
}
