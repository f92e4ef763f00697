//go:build integration

package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
)

// TestBusOutsider attacks a running federation's bus (issue 14, C3): an
// anonymous client and a user of another NATS federation cannot connect;
// operator C's valid user cannot speak on A's subjects, use A's consumers,
// read A's replies, or delete or purge a stream or the lease bucket. The
// federation then still moves a lock A → B.
func TestBusOutsider(t *testing.T) {
	f := newFederation(t)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	n := f.d.NATS
	a, c := f.ops[0].Address, f.ops[2].Address

	if nc, err := nats.Connect(n.URL, nats.Timeout(2*time.Second)); err == nil {
		nc.Close()
		t.Fatal("an anonymous client connected")
	} else if !errors.Is(err, nats.ErrAuthorization) {
		t.Fatalf("anonymous connect: %v, want an authorization violation", err)
	}
	other, err := busauth.New("not-the-federation")
	if err != nil {
		t.Fatal(err)
	}
	cr, err := other.UserCreds(busauth.Grant{Operator: c})
	if err != nil {
		t.Fatal(err)
	}
	untrusted := filepath.Join(t.TempDir(), "untrusted.creds")
	if err := os.WriteFile(untrusted, cr, 0o600); err != nil {
		t.Fatal(err)
	}
	if nc, err := nats.Connect(n.URL, nats.UserCredentials(untrusted), nats.Timeout(2*time.Second)); err == nil {
		nc.Close()
		t.Fatal("a user signed by another federation connected")
	} else if !errors.Is(err, nats.ErrAuthorization) {
		t.Fatalf("untrusted connect: %v, want an authorization violation", err)
	}

	// Operator C's own user, as the cluster wrote it.
	var v violations
	nc, err := nats.Connect(n.URL, nats.UserCredentials(filepath.Join(n.Federation, busauth.DirUsers, bus.OperatorToken(c)+".creds")),
		nats.CustomInboxPrefix(bus.InboxPrefix(c)), nats.ErrorHandler(v.handler))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	tokA := bus.OperatorToken(a)
	signerA := bus.DurableName("signer", a)
	sharesA := bus.DurableName(fmt.Sprintf("coordinator-%d-shares", chainB), a)
	for _, tc := range []struct{ what, subject string }{
		{"forged lock on A's subject", fmt.Sprintf("kkh.event.%s.%d.Locked", tokA, chainA)},
		{"share on A's subject", fmt.Sprintf("kkh.share.%s.%d", tokA, chainB)},
		{"submission on A's subject", fmt.Sprintf("kkh.submission.%s.%d", tokA, chainB)},
		{"pull from A's signer consumer", "$JS.API.CONSUMER.MSG.NEXT." + bus.StreamEvents + "." + signerA},
		{"ack on A's signer consumer", "$JS.ACK." + bus.StreamEvents + "." + signerA + ".1.1.1.0.0"},
		{"pull from A's share consumer", "$JS.API.CONSUMER.MSG.NEXT." + bus.StreamShares + "." + sharesA},
		{"re-filter A's consumer", "$JS.API.CONSUMER.CREATE." + bus.StreamEvents + "." + signerA + ".kkh.event.nothing"},
		{"delete A's consumer", "$JS.API.CONSUMER.DELETE." + bus.StreamShares + "." + sharesA},
		{"delete the shares stream", "$JS.API.STREAM.DELETE." + bus.StreamShares},
		{"purge the events stream", "$JS.API.STREAM.PURGE." + bus.StreamEvents},
		{"delete an event", "$JS.API.STREAM.MSG.DELETE." + bus.StreamEvents},
		{"delete the lease bucket", "$JS.API.STREAM.DELETE.KV_" + bus.LeaseBucket},
		{"purge the lease bucket", "$JS.API.STREAM.PURGE.KV_" + bus.LeaseBucket},
	} {
		if err := nc.Publish(tc.subject, []byte("{}")); err != nil {
			t.Fatal(err)
		}
		_ = nc.Flush()
		v.refused(t, tc.what, tc.subject)
	}
	if _, err := nc.Subscribe(bus.InboxPrefix(a)+".>", func(*nats.Msg) {}); err != nil {
		t.Fatal(err)
	}
	_ = nc.Flush()
	v.refused(t, "read A's replies", bus.InboxPrefix(a)+".>")

	// Through the JetStream API the refusals surface as errors too.
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	jctx, jcancel := context.WithTimeout(ctx, 3*time.Second)
	if err := js.DeleteStream(jctx, bus.StreamShares); err == nil {
		t.Error("C deleted the shares stream")
	}
	jcancel()

	// Everything is still there (the admin looks), and the federation mints.
	anc, err := nats.Connect(n.URL, n.AdminOptions()...)
	if err != nil {
		t.Fatal(err)
	}
	defer anc.Close()
	ajs, _ := jetstream.New(anc)
	for _, s := range []string{bus.StreamEvents, bus.StreamShares, "KV_" + bus.LeaseBucket} {
		if _, err := ajs.Stream(ctx, s); err != nil {
			t.Errorf("stream %s after the attacks: %v", s, err)
		}
	}
	if _, err := ajs.Consumer(ctx, bus.StreamEvents, signerA); err != nil {
		t.Errorf("A's signer consumer after the attacks: %v", err)
	}
	user, bob := f.d.FaucetKey(0), f.d.FaucetKey(1)
	id := f.lockTST(ctx, user, e18(1), chainB, addrOf(bob))
	if _, err := f.waitExecuted(chainB, id, false, 90*time.Second); err != nil {
		t.Fatalf("lock A → B after the attacks: %v", err)
	}
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
	t.Errorf("%s: no permission violation for %s", what, subject)
}
