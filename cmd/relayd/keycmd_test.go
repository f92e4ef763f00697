package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/keys"
)

// fakeTerminal answers prompts with secrets in order.
type fakeTerminal struct {
	answers []string
	prompts []string
}

func (f *fakeTerminal) ReadSecret(prompt string) (string, error) {
	f.prompts = append(f.prompts, prompt)
	if len(f.answers) == 0 {
		return "", io.EOF
	}
	a := f.answers[0]
	f.answers = f.answers[1:]
	return a, nil
}

// withTerminal makes stdin a terminal typing answers for the test's
// duration (nil: stdin is not a terminal).
func withTerminal(t *testing.T, tty *fakeTerminal) {
	t.Helper()
	old := stdinTerminal
	stdinTerminal = func(io.Reader, io.Writer) terminal {
		if tty == nil {
			return nil
		}
		return tty
	}
	t.Cleanup(func() { stdinTerminal = old })
}

// The devnet operator keys are keccak256("kakehashi devnet operator <i>"):
// importing that hash, as docs/relay.md shows with cast keccak, gives the
// deployment's operator i.
func devnetOperatorHex(i int) string {
	return "0x" + hex.EncodeToString(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi devnet operator %d", i))))
}

func TestKeyImportCommand(t *testing.T) {
	op1 := crypto.PubkeyToAddress(deployment.DevnetOperatorKeys()[0].PublicKey)
	const pass = "import-pass"
	for _, tc := range []struct {
		name    string
		keyFile string // content of --key-file ("" = no flag)
		stdin   string
		tty     *fakeTerminal
		env     map[string]string
		passOK  bool // write a --passphrase-file
		wantErr string
	}{
		{name: "key file, passphrase file", keyFile: devnetOperatorHex(1) + "\n", passOK: true},
		{name: "stdin, passphrase variable", stdin: devnetOperatorHex(1), env: map[string]string{"KAKEHASHI_PASSPHRASE": pass}},
		{name: "typed at the terminal", tty: &fakeTerminal{answers: []string{devnetOperatorHex(1), pass, pass}}},
		{name: "passphrases differ", tty: &fakeTerminal{answers: []string{devnetOperatorHex(1), pass, pass + "x"}}, wantErr: "the two passphrases differ"},
		{name: "no passphrase, no terminal", stdin: devnetOperatorHex(1), wantErr: "no passphrase: set --passphrase-file, export KAKEHASHI_PASSPHRASE, or run in a terminal"},
		{name: "no key", stdin: "\n", passOK: true, wantErr: "no key in stdin: give --key-file FILE, or pipe the hex key on stdin"},
		{name: "not a key", keyFile: "0x1234\n", passOK: true, wantErr: "want 64 hex digits"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			withTerminal(t, tc.tty)
			dir := t.TempDir()
			ksDir := filepath.Join(dir, "keystore")
			args := []string{"key", "import", "--dir", ksDir, "--light", "--json"}
			if tc.keyFile != "" {
				p := filepath.Join(dir, "key.hex")
				if err := os.WriteFile(p, []byte(tc.keyFile), 0o600); err != nil {
					t.Fatal(err)
				}
				args = append(args, "--key-file", p)
			}
			if tc.passOK {
				p := filepath.Join(dir, "pass")
				if err := os.WriteFile(p, []byte(pass+"\n"), 0o600); err != nil {
					t.Fatal(err)
				}
				args = append(args, "--passphrase-file", p)
			}
			var out bytes.Buffer
			cmd := newRootCmd(&out, io.Discard, func(k string) string { return tc.env[k] })
			cmd.SetIn(strings.NewReader(tc.stdin))
			cmd.SetArgs(args)
			err := cmd.Execute()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				if entries, _ := os.ReadDir(ksDir); len(entries) != 0 {
					t.Fatalf("a refused import wrote %d file(s)", len(entries))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var res struct{ Address, Keystore string }
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatalf("%v: %s", err, out.String())
			}
			if res.Address != op1.Hex() || res.Keystore != keys.Path(ksDir, op1) {
				t.Fatalf("imported %s into %s, want %s into %s", res.Address, res.Keystore, op1.Hex(), keys.Path(ksDir, op1))
			}
			k, err := keys.Load(res.Keystore, keys.Passphrase{Env: "P"}, keys.LoadOptions{Getenv: func(string) string { return pass }})
			if err != nil || k.Address() != op1 {
				t.Fatalf("load: %v, %v", k, err)
			}
			if strings.Contains(strings.ToLower(out.String()), devnetOperatorHex(1)[2:18]) {
				t.Fatalf("output shows the key: %s", out.String())
			}
		})
	}
}

// An imported key is never written over an existing keystore file.
func TestKeyImportRefusesOverwrite(t *testing.T) {
	withTerminal(t, nil)
	dir := t.TempDir()
	env := map[string]string{"KAKEHASHI_PASSPHRASE": "pw"}
	run := func() error {
		cmd := newRootCmd(io.Discard, io.Discard, func(k string) string { return env[k] })
		cmd.SetIn(strings.NewReader(devnetOperatorHex(2)))
		cmd.SetArgs([]string{"key", "import", "--dir", dir, "--light"})
		return cmd.Execute()
	}
	if err := run(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	before, _ := os.ReadFile(files[0])
	env["KAKEHASHI_PASSPHRASE"] = "other"
	if err := run(); !errors.Is(err, keys.ErrExists) || !strings.Contains(err.Error(), "move it away first") {
		t.Fatalf("second import: %v", err)
	}
	after, _ := os.ReadFile(files[0])
	if !bytes.Equal(before, after) {
		t.Fatal("the keystore was replaced")
	}
}

// key new asks for the passphrase twice at a terminal and refuses an
// empty one.
func TestKeyNewPrompts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		answers []string
		wantErr string
	}{
		{"typed twice", []string{"pw", "pw"}, ""},
		{"empty", []string{""}, "empty passphrase"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tty := &fakeTerminal{answers: tc.answers}
			withTerminal(t, tty)
			dir := t.TempDir()
			cmd := newRootCmd(io.Discard, io.Discard, func(string) string { return "" })
			cmd.SetArgs([]string{"key", "new", "--dir", dir, "--light"})
			err := cmd.Execute()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(tty.prompts) != 2 {
				t.Fatalf("prompts %q", tty.prompts)
			}
		})
	}
}
