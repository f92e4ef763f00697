package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats-server/v2/server"

	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
)

func relayd(t *testing.T, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	cmd := newRootCmd(&out, io.Discard, func(string) string { return "" })
	cmd.SetArgs(args)
	if err := cmd.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("relayd %s: %v", strings.Join(args, " "), err)
	}
	return out.String()
}

func TestBusInitAndUser(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fed")
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	key := ecdsaSigner{priv}
	const a = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	b := key.Address().Hex()
	relayd(t, "bus", "init", "--dir", dir, "--operators", a+","+b, "--chains", "31337,31338")
	st, err := os.Stat(dir)
	if err != nil || st.Mode().Perm() != 0o700 {
		t.Fatalf("federation dir: %v %v, want 0700", st.Mode().Perm(), err)
	}
	for _, f := range []string{busauth.FileOperatorSeed, busauth.FileAccountSeed, busauth.FileAdminCreds, "users/70997970c51812dc3a010c7d01b50e0d17dc79c8.creds"} {
		if err := busauth.CheckSecretFile(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}

	// The real-federation flow: B makes its own key and sends the public part.
	seed := filepath.Join(t.TempDir(), "b.nk")
	pub := regexp.MustCompile(`public key: (U[A-Z0-9]+)`).FindStringSubmatch(relayd(t, "bus", "nkey", "--out", seed))
	if pub == nil {
		t.Fatal("no public key printed")
	}
	jwtFile := filepath.Join(t.TempDir(), "b.jwt")
	relayd(t, "bus", "user", "--dir", dir, "--operator", b, "--user-pubkey", pub[1], "--operators", a+","+b, "--chains", "31337", "--out", jwtFile)

	// A server trusting the federation; the admin step; B connects with its JWT and seed.
	f, err := busauth.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := &server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true}
	if err := f.ServerOptions(opts); err != nil {
		t.Fatal(err)
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("not ready")
	}
	defer srv.Shutdown()
	relayd(t, "bus", "init", "--dir", dir, "--nats", srv.ClientURL(), "--lease-ttl", "2s")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	bb, err := bus.New(ctx, bus.Config{URLs: []string{srv.ClientURL()}, Name: "b", Operators: []common.Address{key.Address()},
		Auth: bus.Auth{JWTFile: jwtFile, SeedFile: seed}}, key)
	if err != nil {
		t.Fatal(err)
	}
	defer bb.Close()
	if _, err := bb.Publish(ctx, "kkh.event.31337.Locked", "b-1", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if _, err := bb.NewLease(ctx, "coordinator-31337", 2*time.Second); err != nil {
		t.Fatal(err)
	}
}

type ecdsaSigner struct{ k *ecdsa.PrivateKey }

func (s ecdsaSigner) Address() common.Address           { return crypto.PubkeyToAddress(s.k.PublicKey) }
func (s ecdsaSigner) SignHash(h []byte) ([]byte, error) { return crypto.Sign(h, s.k) }
