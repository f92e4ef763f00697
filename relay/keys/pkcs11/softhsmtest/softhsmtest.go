package softhsmtest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
)

// ModuleEnv names the variable that overrides where Module looks.
const ModuleEnv = "KAKEHASHI_PKCS11_MODULE"

// ModulePaths are the places SoftHSM2's PKCS#11 module is installed by
// the usual packages, in the order Module tries them.
var ModulePaths = []string{
	"/usr/lib/softhsm/libsofthsm2.so",                   // Debian, Ubuntu
	"/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",  // Debian, multiarch
	"/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", // Debian, multiarch
	"/usr/lib64/pkcs11/libsofthsm2.so",                  // Fedora, RHEL
	"/usr/lib/pkcs11/libsofthsm2.so",                    // Arch
	"/usr/local/lib/softhsm/libsofthsm2.so",             // built from source
	"/opt/homebrew/lib/softhsm/libsofthsm2.so",          // Homebrew
}

// The PINs of every token New and Add make.
const (
	PIN   = "kkh-user-1234"
	SOPIN = "kkh-so-5678"
)

// Module returns the path of SoftHSM2's PKCS#11 module: the file named by
// $KAKEHASHI_PKCS11_MODULE when set, else the first of ModulePaths that
// exists.
func Module() (string, error) {
	if p := os.Getenv(ModuleEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", ModuleEnv, p, err)
		}
		return p, nil
	}
	for _, p := range ModulePaths {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no libsofthsm2.so in " + strings.Join(ModulePaths, ", ") + " and " + ModuleEnv + " unset")
}

// Require returns the module path and the softhsm2-util path. Without
// SoftHSM2 it fails the test when the variable CI is set (CI installs it:
// make test runs make hsm-tools) and skips it otherwise.
func Require(t testing.TB) (module, util string) {
	t.Helper()
	module, err := Module()
	if err == nil {
		util, err = exec.LookPath("softhsm2-util")
	}
	if err != nil {
		msg := fmt.Sprintf("SoftHSM2 is not installed (%v): run `make hsm-tools`, or set %s to a libsofthsm2.so", err, ModuleEnv)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return module, util
}

// Token is a SoftHSM2 token directory of the test's own.
type Token struct {
	// Config names the first token: Module, TokenLabel and PIN are set,
	// KeyLabel is left to the test.
	Config pkcs11.Config
	// Dir holds the token files.
	Dir  string
	util string
}

// New writes a SoftHSM2 configuration in t.TempDir() with a token
// directory of its own, points SOFTHSM2_CONF at it for the rest of the
// test (t.Setenv, so the test cannot run in parallel), and initialises a
// token labelled label with PIN and SOPIN.
//
// SoftHSM2 reads its configuration and its tokens when the module is
// initialised, that is when the process's first Signer opens: make the
// tokens first, and close every Signer before the test ends, so that the
// next test's Open reads the next test's directory.
func New(t testing.TB, label string) *Token {
	t.Helper()
	module, util := Require(t)
	dir := t.TempDir()
	tok := &Token{Dir: filepath.Join(dir, "tokens"), util: util}
	if err := os.Mkdir(tok.Dir, 0o700); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "softhsm2.conf")
	body := "directories.tokendir = " + tok.Dir + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n"
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOFTHSM2_CONF", conf)
	tok.Config = tok.Add(t, label)
	tok.Config.Module = module
	return tok
}

// Add initialises another token labelled label in the same directory
// (labels may repeat) and returns its Config.
func (tok *Token) Add(t testing.TB, label string) pkcs11.Config {
	t.Helper()
	out, err := exec.Command(tok.util, "--init-token", "--free", "--label", label,
		"--pin", PIN, "--so-pin", SOPIN).CombinedOutput()
	if err != nil {
		t.Fatalf("softhsm2-util --init-token --label %s: %v\n%s", label, err, out)
	}
	return pkcs11.Config{Module: tok.Config.Module, TokenLabel: label, PIN: PIN}
}
