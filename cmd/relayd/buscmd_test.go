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
	"github.com/nats-io/nats.go"

	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
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

// bus init --config takes the operators and chains of a configuration
// whose nats.creds and keystore do not exist yet: the devnet order of
// docs/relay.md (write the configs, then the creds they name). A file
// with an unknown key is still refused.
func TestBusInitFromConfigBeforeCreds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fed")
	const a, b = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
	creds := filepath.Join(dir, busauth.DirUsers, "70997970c51812dc3a010c7d01b50e0d17dc79c8.creds")
	cfgPath := writeConfig(t, "operator: {keystore: "+filepath.Join(t.TempDir(), "none.json")+"}\n"+
		"operators: {threshold: 2, addresses: ["+a+", "+b+"]}\n"+
		"chains:\n  - {id: 31337, name: A, kind: evm, rpc: [http://127.0.0.1:8545], bridge: 0x5FbDB2315678afecb367f032d93F642f64180aa3, confirmations: 2}\n"+
		"nats: {urls: [nats://127.0.0.1:4222], creds: "+creds+"}\n")
	out := relayd(t, "bus", "init", "--dir", dir, "--config", cfgPath)
	if !strings.Contains(out, "user "+a+": "+creds) {
		t.Fatalf("bus init --config printed %q, want the creds of %s at %s", out, a, creds)
	}
	if err := busauth.CheckSecretFile(creds); err != nil {
		t.Fatal(err)
	}
	if _, err := config.Load(cfgPath, func(string) string { return "" }); err != nil {
		t.Fatalf("the configuration once its creds exist: %v", err)
	}

	bad := writeConfig(t, "operators: {threshold: 1, adresses: ["+a+"]}\n")
	cmd := newRootCmd(io.Discard, io.Discard, func(string) string { return "" })
	cmd.SetArgs([]string{"bus", "init", "--dir", dir, "--config", bad})
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), `did you mean "addresses"`) {
		t.Fatalf("bus init --config with a misspelt key: %v", err)
	}
}

type ecdsaSigner struct{ k *ecdsa.PrivateKey }

func (s ecdsaSigner) Address() common.Address           { return crypto.PubkeyToAddress(s.k.PublicKey) }
func (s ecdsaSigner) SignHash(h []byte) ([]byte, error) { return crypto.Sign(h, s.k) }

// An embedded server given a federation refuses anonymous clients; relayd
// creates the layout with the federation's admin creds and connects with
// its own user.
func TestEmbeddedFederation(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	const pass = "test-passphrase"
	_, ks, err := keys.Store(t.TempDir(), pass, keys.ScryptLight/16, priv)
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	fed := filepath.Join(t.TempDir(), "fed")
	relayd(t, "bus", "init", "--dir", fed, "--operators", addr.Hex())
	creds := filepath.Join(fed, busauth.DirUsers, bus.OperatorToken(addr)+".creds")
	dir := t.TempDir()
	cfgPath := writeConfig(t, "operator:\n  keystore: "+ks+"\ndataDir: "+dir+"\nnats:\n  creds: "+creds+"\n  embedded:\n    listen: 127.0.0.1:0\n    federation: "+fed+
		"\nhttp:\n  listen: 127.0.0.1:0\nlog:\n  format: json\n")
	env := map[string]string{config.DefaultPassphraseEnv: pass}
	cfg, err := config.Load(cfgPath, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	d, err := newDaemon(ctx, cfg, daemonOptions{stderr: io.Discard, getenv: func(k string) string { return env[k] }, ready: ready})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- d.run(ctx) }()
	<-ready
	if nc, err := nats.Connect(d.bus.ClientURL(), nats.Timeout(2*time.Second)); err == nil {
		nc.Close()
		t.Fatal("the embedded server accepted an anonymous client")
	}
	if _, err := d.bus.Publish(ctx, "kkh.audit.block", "test-1", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
