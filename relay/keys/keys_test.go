package keys

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
)

func writeKeystore(t *testing.T, pass string) (string, []byte, common.Address) {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr, path, err := Store(t.TempDir(), pass, ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	return path, crypto.FromECDSA(priv), addr
}

func TestLoad(t *testing.T) {
	const pass = "correct horse battery staple"
	path, _, addr := writeKeystore(t, pass)
	dir := t.TempDir()
	passFile := filepath.Join(dir, "pass")
	if err := os.WriteFile(passFile, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	wrongFile := filepath.Join(dir, "wrong")
	_ = os.WriteFile(wrongFile, []byte("nope"), 0o600)
	emptyFile := filepath.Join(dir, "empty")
	_ = os.WriteFile(emptyFile, nil, 0o600)
	notKeystore := filepath.Join(dir, "junk.json")
	_ = os.WriteFile(notKeystore, []byte(`{"hello":1}`), 0o600)
	env := map[string]string{"KKH_PASS": pass}
	getenv := func(k string) string { return env[k] }

	for _, tc := range []struct {
		name    string
		path    string
		pass    Passphrase
		expect  common.Address
		wantErr error
	}{
		{"file", path, Passphrase{File: passFile}, addr, nil},
		{"env", path, Passphrase{Env: "KKH_PASS"}, common.Address{}, nil},
		{"wrong passphrase", path, Passphrase{File: wrongFile}, common.Address{}, ErrWrongPassphrase},
		{"empty passphrase file", path, Passphrase{File: emptyFile}, common.Address{}, ErrPassphrase},
		{"unset env", path, Passphrase{Env: "KKH_NOPE"}, common.Address{}, ErrPassphrase},
		{"both sources", path, Passphrase{File: passFile, Env: "KKH_PASS"}, common.Address{}, ErrPassphrase},
		{"no source", path, Passphrase{}, common.Address{}, ErrPassphrase},
		{"missing keystore", filepath.Join(dir, "missing.json"), Passphrase{File: passFile}, common.Address{}, ErrKeystore},
		{"not a keystore", notKeystore, Passphrase{File: passFile}, common.Address{}, ErrKeystore},
		{"other address", path, Passphrase{File: passFile}, common.HexToAddress("0x01"), ErrAddressMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, err := Load(tc.path, tc.pass, LoadOptions{Expect: tc.expect, Getenv: getenv})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if k.Address() != addr {
				t.Fatalf("address %s, want %s", k.Address(), addr)
			}
		})
	}
}

// Loading logs one line; neither it nor any rendering of Key may contain
// the private key or the passphrase.
func TestNoKeyMaterialInLogs(t *testing.T) {
	const pass = "s3cret-passphrase-value"
	path, raw, addr := writeKeystore(t, pass)
	var buf bytes.Buffer
	log := zerolog.New(&buf).Level(zerolog.TraceLevel)
	k, err := Load(path, Passphrase{Env: "P"}, LoadOptions{Log: log, Getenv: func(string) string { return pass }})
	if err != nil {
		t.Fatal(err)
	}
	log.Info().Interface("key", k).Msg("interface")
	log.Info().Str("key", fmt.Sprint(k)).Str("v", fmt.Sprintf("%v %+v %#v %s %x", k, k, k, k, k)).Msg("fmt")
	out := buf.String()
	if !strings.Contains(out, addr.Hex()) {
		t.Fatalf("log does not name the address: %s", out)
	}
	hexKey := hex.EncodeToString(raw)
	for _, secret := range []string{hexKey, strings.ToUpper(hexKey), pass, hexKey[:16]} {
		if strings.Contains(strings.ToLower(out), strings.ToLower(secret)) {
			t.Fatalf("log output contains key material %q:\n%s", secret[:8], out)
		}
	}
	// Wrong passphrase errors must not echo the passphrase either.
	_, err = Load(path, Passphrase{Env: "P"}, LoadOptions{Getenv: func(string) string { return "guess-" + pass }})
	if err == nil || strings.Contains(err.Error(), pass) {
		t.Fatalf("error leaks passphrase or is nil: %v", err)
	}
}

func TestSignHashRecovers(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	k := FromECDSA(priv)
	h := crypto.Keccak256([]byte("x"))
	sig, err := k.SignHash(h)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(h, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != k.Address() {
		t.Fatalf("recovered %v %v", pub, err)
	}
}

func TestParsePrivateKey(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	h := hex.EncodeToString(crypto.FromECDSA(priv))
	for _, tc := range []struct {
		name string
		in   string
		err  error
	}{
		{"bare", h, nil},
		{"0x and newline", "0x" + h + "\n", nil},
		{"upper case, spaces", "  0X" + strings.ToUpper(h) + " \r\n", nil},
		{"short", h[:62], ErrKeyFormat},
		{"not hex", "zz" + h[2:], ErrKeyFormat},
		{"zero", strings.Repeat("0", 64), ErrKeyFormat},
		{"above the order", strings.Repeat("f", 64), ErrKeyFormat},
		{"empty", "", ErrKeyFormat},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParsePrivateKey([]byte(tc.in))
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				if len(tc.in) > 8 && strings.Contains(err.Error(), strings.TrimSpace(tc.in)[2:10]) {
					t.Fatalf("error quotes the input: %v", err)
				}
				return
			}
			if err != nil || crypto.PubkeyToAddress(got.PublicKey) != crypto.PubkeyToAddress(priv.PublicKey) {
				t.Fatalf("got %v, %v", got, err)
			}
		})
	}
}

// Store never replaces a keystore: the same key twice is ErrExists and the
// first file is left as it was.
func TestStoreRefusesOverwrite(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	dir := t.TempDir()
	addr, path, err := Store(dir, "one", ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	if path != Path(dir, addr) {
		t.Fatalf("path %s, want %s", path, Path(dir, addr))
	}
	before, _ := os.ReadFile(path)
	if _, _, err := Store(dir, "two", ScryptLight/16, priv); !errors.Is(err, ErrExists) {
		t.Fatalf("second store: %v, want ErrExists", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the keystore was rewritten")
	}
	if _, err := Load(path, Passphrase{Env: "P"}, LoadOptions{Getenv: func(string) string { return "one" }}); err != nil {
		t.Fatal(err)
	}
}

// StoreFile writes a keystore at the path given (making its directory),
// loads back to the same address, and never replaces a file.
func TestStoreFile(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	path := filepath.Join(t.TempDir(), "restored", "op1.json")
	if err := StoreFile(path, "", ScryptLight/16, priv); !errors.Is(err, ErrPassphrase) {
		t.Fatalf("empty passphrase: %v", err)
	}
	if err := StoreFile(path, "pw", ScryptLight/16, priv); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("%v %v", fi, err)
	}
	k, err := Load(path, Passphrase{Env: "P"}, LoadOptions{Getenv: func(string) string { return "pw" }})
	if err != nil || k.Address() != crypto.PubkeyToAddress(priv.PublicKey) {
		t.Fatalf("%v %v", k, err)
	}
	before, _ := os.ReadFile(path)
	if err := StoreFile(path, "other", ScryptLight/16, priv); !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "move it away first") {
		t.Fatalf("second store: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the keystore was rewritten")
	}
}
