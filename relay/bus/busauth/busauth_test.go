package busauth_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
)

type key struct {
	addr common.Address
	sign func([]byte) ([]byte, error)
}

func (k key) Address() common.Address           { return k.addr }
func (k key) SignHash(h []byte) ([]byte, error) { return k.sign(h) }

func newKey(t *testing.T) key {
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return key{crypto.PubkeyToAddress(priv.PublicKey), func(h []byte) ([]byte, error) { return crypto.Sign(h, priv) }}
}

// federation starts a server trusting a fresh federation, runs the admin
// step, and writes creds for each key.
func federation(t *testing.T, keys ...key) (url string, creds map[common.Address]string, dir string) {
	t.Helper()
	dir = t.TempDir()
	f, err := busauth.New("test")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Save(filepath.Join(dir, "fed")); err != nil {
		t.Fatal(err)
	}
	opts := &server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: filepath.Join(dir, "js"), NoSigs: true, NoLog: true, SyncAlways: true}
	if err := f.ServerOptions(opts); err != nil {
		t.Fatal(err)
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("server not ready")
	}
	t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
	url = srv.ClientURL()

	var addrs []common.Address
	for _, k := range keys {
		addrs = append(addrs, k.addr)
	}
	ctx := context.Background()
	admin, err := bus.New(ctx, bus.Config{URLs: []string{url}, Name: "admin", Operators: addrs, Admin: true,
		Auth: bus.Auth{CredsFile: filepath.Join(dir, "fed", busauth.FileAdminCreds)}}, keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.CreateLeaseBucket(ctx, 2*time.Second); err != nil {
		t.Fatal(err)
	}
	admin.Close()

	creds = map[common.Address]string{}
	for _, k := range keys {
		c, err := f.UserCreds(busauth.Grant{Operator: k.addr, Others: addrs, Chains: []uint64{1, 2}})
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, bus.OperatorToken(k.addr)+".creds")
		if err := os.WriteFile(p, c, 0o600); err != nil {
			t.Fatal(err)
		}
		creds[k.addr] = p
	}
	return url, creds, dir
}

// violations collects the permission errors the server sends a connection.
type violations struct {
	mu   sync.Mutex
	errs []error
}

func (v *violations) handler(_ *nats.Conn, _ *nats.Subscription, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.errs = append(v.errs, err)
}

// refused waits for a permission violation naming subject.
func (v *violations) refused(t *testing.T, what, subject string) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		v.mu.Lock()
		for _, err := range v.errs {
			if errors.Is(err, nats.ErrPermissionViolation) && strings.Contains(err.Error(), `"`+subject+`"`) {
				v.mu.Unlock()
				return
			}
		}
		v.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("%s: no permission violation for %s (errors: %v)", what, subject, v.errs)
}

func TestBusOutsider(t *testing.T) {
	a, b, c := newKey(t), newKey(t), newKey(t)
	url, creds, dir := federation(t, a, b, c)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ops := []common.Address{a.addr, b.addr, c.addr}

	// Operator A runs: a durable consumer and a lease.
	busA, err := bus.New(ctx, bus.Config{URLs: []string{url}, Name: "A", Operators: ops, Auth: bus.Auth{CredsFile: creds[a.addr]}}, a)
	if err != nil {
		t.Fatal(err)
	}
	defer busA.Close()
	got := make(chan bus.Msg, 8)
	if _, err := busA.Consume(ctx, bus.ConsumerSpec{Stream: bus.StreamEvents, Durable: bus.DurableName("signer", a.addr), Filters: []string{"kkh.event.*.Locked"}},
		func(_ context.Context, m bus.Msg) error { got <- m; return nil }); err != nil {
		t.Fatal(err)
	}
	leaseA, err := busA.NewLease(ctx, "coordinator-1", 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = leaseA.Run(ctx) }()

	t.Run("anonymous", func(t *testing.T) {
		nc, err := nats.Connect(url, nats.Timeout(2*time.Second))
		if err == nil {
			nc.Close()
			t.Fatal("anonymous client connected")
		}
		if !errors.Is(err, nats.ErrAuthorization) {
			t.Fatalf("anonymous connect: %v, want an authorization violation", err)
		}
	})
	t.Run("untrusted user", func(t *testing.T) {
		other, err := busauth.New("other")
		if err != nil {
			t.Fatal(err)
		}
		cr, err := other.UserCreds(busauth.Grant{Operator: c.addr, Others: ops})
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "untrusted.creds")
		if err := os.WriteFile(p, cr, 0o600); err != nil {
			t.Fatal(err)
		}
		nc, err := nats.Connect(url, nats.UserCredentials(p), nats.Timeout(2*time.Second))
		if err == nil {
			nc.Close()
			t.Fatal("a user of another federation connected")
		}
		if !errors.Is(err, nats.ErrAuthorization) {
			t.Fatalf("untrusted connect: %v, want an authorization violation", err)
		}
	})

	// Operator C's valid user attacks A.
	var v violations
	nc, err := nats.Connect(url, nats.UserCredentials(creds[c.addr]), nats.CustomInboxPrefix(bus.InboxPrefix(c.addr)), nats.ErrorHandler(v.handler))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	durA := bus.DurableName("signer", a.addr)
	tokA := bus.OperatorToken(a.addr)
	for _, tc := range []struct{ what, subject string }{
		{"forged event on A's subject", "kkh.event." + tokA + ".1.Locked"},
		{"share on A's subject", "kkh.share." + tokA + ".2"},
		{"pull from A's consumer", "$JS.API.CONSUMER.MSG.NEXT." + bus.StreamEvents + "." + durA},
		{"ack on A's consumer", "$JS.ACK." + bus.StreamEvents + "." + durA + ".1.1.1.0.0"},
		{"update A's consumer", "$JS.API.CONSUMER.CREATE." + bus.StreamEvents + "." + durA + ".kkh.event.>"},
		{"delete A's consumer", "$JS.API.CONSUMER.DELETE." + bus.StreamEvents + "." + durA},
		{"delete a stream", "$JS.API.STREAM.DELETE." + bus.StreamShares},
		{"purge a stream", "$JS.API.STREAM.PURGE." + bus.StreamShares},
		{"delete a message", "$JS.API.STREAM.MSG.DELETE." + bus.StreamEvents},
		{"delete the lease bucket", "$JS.API.STREAM.DELETE.KV_" + bus.LeaseBucket},
		{"purge the lease bucket", "$JS.API.STREAM.PURGE.KV_" + bus.LeaseBucket},
		{"update a stream", "$JS.API.STREAM.UPDATE." + bus.StreamEvents},
	} {
		if err := nc.Publish(tc.subject, []byte("{}")); err != nil {
			t.Fatal(err)
		}
		_ = nc.Flush()
		v.refused(t, tc.what, tc.subject)
	}
	if _, err := nc.Subscribe(bus.InboxPrefix(a.addr)+".>", func(*nats.Msg) {}); err != nil {
		t.Fatal(err)
	}
	_ = nc.Flush()
	v.refused(t, "read A's replies", bus.InboxPrefix(a.addr)+".>")

	// C through its own bus: its envelopes land on its own subjects only,
	// and A still receives and leads.
	busC, err := bus.New(ctx, bus.Config{URLs: []string{url}, Name: "C", Operators: ops, Auth: bus.Auth{CredsFile: creds[c.addr]}}, c)
	if err != nil {
		t.Fatal(err)
	}
	defer busC.Close()
	if _, err := busC.Publish(ctx, "kkh.event.1.Locked", "c-1", []byte("from c")); err != nil {
		t.Fatal(err)
	}
	if _, err := busA.Publish(ctx, "kkh.event.1.Locked", "a-1", []byte("from a")); err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	for len(seen) < 2 {
		select {
		case m := <-got:
			if m.Subject != "kkh.event.1.Locked" {
				t.Errorf("subject %q, want the logical subject", m.Subject)
			}
			seen[m.From] = true
		case <-ctx.Done():
			t.Fatalf("A received %v, want envelopes from A and C", seen)
		}
	}
	if !leaseA.Held() {
		t.Error("A lost its lease")
	}
}

func TestCheckSecretFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.creds")
	if err := busauth.CheckSecretFile(p); !errors.Is(err, busauth.ErrFederation) {
		t.Errorf("missing: %v", err)
	}
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := busauth.CheckSecretFile(p); !errors.Is(err, busauth.ErrPermissions) || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("world-readable: %v", err)
	}
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := busauth.CheckSecretFile(p); err != nil {
		t.Errorf("0600: %v", err)
	}
}
