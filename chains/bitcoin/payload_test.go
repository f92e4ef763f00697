package bitcoin

import (
	"bytes"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
)

// testKey derives a deterministic private key from a label (tests and
// documented vectors only).
func testKey(label string) *btcec.PrivateKey {
	k, _ := btcec.PrivKeyFromBytes(chainhash.HashB([]byte(label)))
	return k
}

func xonly(k *btcec.PrivateKey) [32]byte {
	var x [32]byte
	copy(x[:], schnorr.SerializePubKey(k.PubKey()))
	return x
}

func samplePayload() Payload {
	p := Payload{DstChain: 31337, Locktime: 1000}
	copy(p.Recipient[:], bytes.Repeat([]byte{0xab}, 20))
	p.RefundKey = xonly(testKey("kakehashi/vector/refund"))
	return p
}

func TestPayloadRoundTrip(t *testing.T) {
	p := samplePayload()
	enc := p.Encode()
	if len(enc) != PayloadSize {
		t.Fatalf("encoded %d bytes", len(enc))
	}
	if !bytes.HasPrefix(enc, []byte("KKH\x01")) {
		t.Fatalf("prefix %x", enc[:4])
	}
	got, err := DecodePayload(enc)
	if err != nil {
		t.Fatal(err)
	}
	if got != p {
		t.Fatalf("round trip: %+v != %+v", got, p)
	}
	if d := PayloadFromScript(PayloadScript(p)); !bytes.Equal(d, enc) {
		t.Fatalf("PayloadFromScript: %x", d)
	}
}

func TestDecodePayloadErrors(t *testing.T) {
	good := samplePayload().Encode()
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	offCurve := mut(func(b []byte) []byte {
		// x = 5 has no point on secp256k1 (5³+7 = 132 is not a square mod p).
		copy(b[32:64], make([]byte, 32))
		b[63] = 5
		return b
	})
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrPayloadLength},
		{"two bytes", []byte("KK"), ErrPayloadLength},
		{"magic only", []byte("KKH"), ErrPayloadLength},
		{"bad magic", mut(func(b []byte) []byte { b[0] = 'X'; return b }), ErrPayloadMagic},
		{"version 2", mut(func(b []byte) []byte { b[3] = 2; return b }), ErrPayloadVersion},
		{"version 0 short", []byte("KKH\x00"), ErrPayloadVersion},
		{"short", good[:67], ErrPayloadLength},
		{"long", append(append([]byte(nil), good...), 0), ErrPayloadLength},
		{"zero locktime", mut(func(b []byte) []byte { copy(b[64:], []byte{0, 0, 0, 0}); return b }), ErrLocktime},
		{"timestamp locktime", mut(func(b []byte) []byte { copy(b[64:], []byte{0x1d, 0xcd, 0x65, 0x00}); return b }), ErrLocktime},
		{"refund key off curve", offCurve, ErrRefundKey},
		{"zero recipient", mut(func(b []byte) []byte { copy(b[12:32], make([]byte, 20)); return b }), ErrRecipient},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodePayload(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestPayloadFromScript(t *testing.T) {
	p := samplePayload()
	for _, tc := range []struct {
		name   string
		script []byte
		want   []byte
	}{
		{"payload", PayloadScript(p), p.Encode()},
		{"not op_return", append([]byte{0x51}, PayloadScript(p)[1:]...), nil},
		{"two pushes", append(PayloadScript(p), 0x01, 0x00), nil},
		{"bare op_return", []byte{0x6a}, nil},
		{"pushdata1", append([]byte{0x6a, 0x4c, 68}, p.Encode()...), nil}, // non-minimal push
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PayloadFromScript(tc.script); !bytes.Equal(got, tc.want) {
				t.Fatalf("got %x want %x", got, tc.want)
			}
		})
	}
}

func FuzzDecodePayload(f *testing.F) {
	f.Add(samplePayload().Encode())
	f.Add([]byte("KKH"))
	f.Add([]byte("KKH\x02"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodePayload(b)
		if err != nil {
			if p != (Payload{}) {
				t.Fatalf("non-zero payload with error %v", err)
			}
			return
		}
		// Anything accepted re-encodes to exactly the input and validates.
		if enc := p.Encode(); !bytes.Equal(enc, b) {
			t.Fatalf("re-encode %x != input %x", enc, b)
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted payload fails Validate: %v", err)
		}
		if !IsPayloadCandidate(b) {
			t.Fatal("accepted payload is not a candidate")
		}
	})
}

func hexOf(b []byte) string { return hex.EncodeToString(b) }
