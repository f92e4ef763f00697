package pkcs11

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestParseECPoint(t *testing.T) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	raw := crypto.FromECDSAPub(&priv.PublicKey)
	compressed := crypto.CompressPubkey(&priv.PublicKey)
	octet := func(b []byte) []byte { return append([]byte{0x04, byte(len(b))}, b...) }
	offCurve := bytes.Clone(raw)
	offCurve[64] ^= 1

	for _, tc := range []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"DER OCTET STRING, uncompressed", octet(raw), true},
		{"bare uncompressed point", raw, true},
		{"DER OCTET STRING, compressed", octet(compressed), true},
		{"bare compressed point", compressed, true},
		{"empty", nil, false},
		{"trailing byte after the OCTET STRING", append(octet(raw), 0), false},
		{"truncated point", octet(raw[:64]), false},
		{"point off the curve", octet(offCurve), false},
		{"P-256 sized garbage", bytes.Repeat([]byte{0x04}, 97), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pub, err := parseECPoint(tc.in)
			if !tc.ok {
				if !errors.Is(err, ErrNotSecp256k1) {
					t.Fatalf("err = %v, want ErrNotSecp256k1", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !pub.Equal(&priv.PublicKey) {
				t.Fatal("parsed another point")
			}
		})
	}
}

// TestRecoverable feeds recoverable what a token may answer: r ‖ s with s
// low or high, for digests signed by go-ethereum, and checks that it
// returns exactly go-ethereum's canonical signature.
func TestRecoverable(t *testing.T) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub := crypto.FromECDSAPub(&priv.PublicKey)
	for i := range 64 {
		hash := crypto.Keccak256([]byte{byte(i)})
		want, err := crypto.Sign(hash, priv)
		if err != nil {
			t.Fatal(err)
		}
		low := bytes.Clone(want[:64])
		high := bytes.Clone(low)
		s := new(big.Int).Sub(curveN, new(big.Int).SetBytes(low[32:]))
		s.FillBytes(high[32:])
		for name, rs := range map[string][]byte{"low s": low, "high s": high} {
			got, err := recoverable(hash, rs, pub)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s: got %x, want %x", name, got, want)
			}
		}
	}
}

func TestRecoverableRefuses(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	hash := crypto.Keccak256([]byte("digest"))
	sig, _ := crypto.Sign(hash, priv)
	pub := crypto.FromECDSAPub(&priv.PublicKey)
	n := curveN.FillBytes(make([]byte, 32))

	for _, tc := range []struct {
		name string
		rs   []byte
		pub  []byte
		want error
	}{
		{"DER instead of r ‖ s", append([]byte{0x30, 0x44}, sig[:64]...), pub, ErrSign},
		{"short", sig[:63], pub, ErrSign},
		{"r zero", append(make([]byte, 32), sig[32:64]...), pub, ErrSign},
		{"s equal to n", append(bytes.Clone(sig[:32]), n...), pub, ErrSign},
		{"another key's point", sig[:64], crypto.FromECDSAPub(&other.PublicKey), ErrKeyMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := recoverable(hash, tc.rs, tc.pub); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestCurveName(t *testing.T) {
	p256, _ := hex.DecodeString("06082a8648ce3d030107")
	for _, tc := range []struct {
		params []byte
		want   string
	}{
		{secp256k1Params, "secp256k1 (1.3.132.0.10)"},
		{p256, "P-256 (1.2.840.10045.3.1.7)"},
		{[]byte{0x06, 0x03, 0x2a, 0x03, 0x04}, "curve 1.2.3.4"},
		{[]byte{0x30, 0x00}, "explicit or unknown parameters 3000"},
	} {
		if got := curveName(tc.params); !strings.Contains(got, tc.want) {
			t.Errorf("curveName(%x) = %q, want %q", tc.params, got, tc.want)
		}
	}
}

func TestConfig(t *testing.T) {
	const pin = "s3cret-pin-4711"
	full := Config{Module: "/m.so", TokenLabel: "t", KeyLabel: "k", PIN: pin}
	for _, tc := range []struct {
		name   string
		mutate func(*Config)
		want   string // in the error; "" for valid
	}{
		{"complete", func(*Config) {}, ""},
		{"no module", func(c *Config) { c.Module = "" }, "no PKCS#11 module"},
		{"no token", func(c *Config) { c.TokenLabel = "" }, "no token label"},
		{"token label too long", func(c *Config) { c.TokenLabel = strings.Repeat("x", 33) }, "32 bytes"},
		{"no key", func(c *Config) { c.KeyLabel = "" }, "no key label"},
		{"no PIN", func(c *Config) { c.PIN = "" }, "no PIN"},
		{"negative sessions", func(c *Config) { c.Sessions = -1 }, "sessions -1"},
		{"too many sessions", func(c *Config) { c.Sessions = maxSessions + 1 }, "sessions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := full
			tc.mutate(&c)
			err := c.validate()
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrConfig with %q", err, tc.want)
			}
		})
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		if s := fmt.Sprintf(verb, full); strings.Contains(s, pin) || !strings.Contains(s, "PIN: set") {
			t.Errorf("Sprintf(%s, cfg) = %s", verb, s)
		}
	}
}
