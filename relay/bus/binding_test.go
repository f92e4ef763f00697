package bus

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// TestBusKeyBinding: an envelope signed by a bus key verifies as its
// operator's only with a valid, unexpired binding signed by that
// operator's identity key and naming that bus key.
func TestBusKeyBinding(t *testing.T) {
	op, busKey, thief, outsider := newKey(t), newKey(t), newKey(t), newKey(t)
	now := time.Now()
	good, err := SignBinding(op, busKey.addr, time.Hour, now)
	if err != nil {
		t.Fatal(err)
	}
	expired, _ := SignBinding(op, busKey.addr, time.Second, now.Add(-time.Hour))
	forged, _ := SignBinding(outsider, busKey.addr, time.Hour, now)
	forged.Operator = op.addr // claims op, signed by an outsider
	otherKey, _ := SignBinding(op, thief.addr, time.Hour, now)
	for _, tc := range []struct {
		name    string
		signer  testKey
		binding []byte
		want    error
	}{
		{"bus key with its binding", busKey, good.Encode(), nil},
		{"identity key itself, no binding", op, nil, nil},
		{"bus key without binding", busKey, nil, ErrBadSignature},
		{"expired binding", busKey, expired.Encode(), ErrBadSignature},
		{"binding signed by an outsider", busKey, forged.Encode(), ErrBadSignature},
		{"binding of another bus key", busKey, otherKey.Encode(), ErrBadSignature},
		{"stolen binding, thief's key", thief, good.Encode(), ErrBadSignature},
		{"truncated binding", busKey, good.Encode()[:40], ErrMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &Envelope{Subject: "kkh.event.31337.locked", ID: "id-1", Time: now, Payload: []byte(`{}`)}
			if err := e.SealAs(tc.signer, op.addr, tc.binding); err != nil {
				t.Fatal(err)
			}
			m := e.ToMsg()
			back, err := FromMsg(e.Subject, m.Header, m.Data)
			if err != nil {
				t.Fatal(err)
			}
			err = back.Verify()
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestBusWithSeparateBusKey: a bus whose envelopes are signed by a bus key
// speaks for the operator (Self, From), other processes accept its
// messages, and a binding for another key is refused at New.
func TestBusWithSeparateBusKey(t *testing.T) {
	op, busKey, other := newKey(t), newKey(t), newKey(t)
	bd, err := SignBinding(op, busKey.addr, time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	log := WithLogger(zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	cfg := Config{Embedded: Embedded{StoreDir: t.TempDir()}, Name: "bus-key", Operators: []common.Address{op.addr}}
	b, err := New(ctx, cfg, busKey, WithBinding(bd), WithRegisterer(prometheus.NewRegistry()), log)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Self() != op.addr {
		t.Fatalf("Self = %s, want the operator %s", b.Self(), op.addr)
	}
	if _, err := b.Publish(ctx, "kkh.event.1.locked", "bound-1", []byte("x")); err != nil {
		t.Fatal(err)
	}
	c := newCollector()
	sub, err := b.Consume(ctx, ConsumerSpec{Stream: StreamEvents}, c.handle)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Stop()
	if m, ok := c.next(t, 5*time.Second); !ok || m.ID != "bound-1" || m.From != op.addr {
		t.Fatalf("delivered %+v, want bound-1 from %s", m, op.addr)
	}

	wrong, _ := SignBinding(op, other.addr, time.Hour, time.Now())
	if err := b.SetBinding(wrong); !errors.Is(err, ErrConfig) {
		t.Fatalf("SetBinding(binding of another key) = %v, want ErrConfig", err)
	}
	cfg.Embedded.StoreDir = t.TempDir()
	if _, err := New(ctx, cfg, busKey, WithBinding(wrong), WithRegisterer(prometheus.NewRegistry()), log); !errors.Is(err, ErrConfig) {
		t.Fatalf("New with a binding of another key = %v, want ErrConfig", err)
	}
}
