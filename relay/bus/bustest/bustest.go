// Package bustest runs an authenticated bus for tests: an in-process NATS
// server on a free loopback port trusting a fresh federation
// (relay/bus/busauth), the layout created by the admin user, and a creds
// file per operator. The server stops when the test ends.
package bustest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats-server/v2/server"

	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
)

// Server is a running authenticated bus.
type Server struct {
	URL        string
	Dir        string // the federation directory
	Federation *busauth.Federation
	Operators  []common.Address
	Chains     []uint64
	t          testing.TB
	srv        *server.Server
}

// Start starts the server for ops, whose users may use the consumers of
// chains, and creates the layout with lease duration leaseTTL.
func Start(t testing.TB, ops []common.Address, chains []uint64, leaseTTL time.Duration) *Server {
	t.Helper()
	dir := t.TempDir()
	f, err := busauth.New("bustest")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Dir: filepath.Join(dir, "federation"), Federation: f, Operators: ops, Chains: chains, t: t}
	if err := f.Save(s.Dir); err != nil {
		t.Fatal(err)
	}
	opts := &server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: filepath.Join(dir, "js"),
		NoSigs: true, NoLog: true, SyncAlways: true}
	if err := f.ServerOptions(opts); err != nil {
		t.Fatal(err)
	}
	if s.srv, err = server.NewServer(opts); err != nil {
		t.Fatal(err)
	}
	go s.srv.Start()
	if !s.srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("bustest: NATS not ready")
	}
	t.Cleanup(func() { s.srv.Shutdown(); s.srv.WaitForShutdown() })
	s.URL = s.srv.ClientURL()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := bus.Init(ctx, bus.Config{URLs: []string{s.URL}, Name: "bustest-admin",
		Auth: bus.Auth{CredsFile: filepath.Join(s.Dir, busauth.FileAdminCreds)}}, leaseTTL); err != nil {
		t.Fatal(err)
	}
	return s
}

// Creds writes (once) and returns the creds file of op's user.
func (s *Server) Creds(op common.Address) string {
	s.t.Helper()
	p := filepath.Join(s.Dir, busauth.DirUsers, bus.OperatorToken(op)+".creds")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	c, err := s.Federation.UserCreds(busauth.Grant{Operator: op, Others: s.Operators, Chains: s.Chains})
	if err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(p, c, 0o600); err != nil {
		s.t.Fatal(err)
	}
	return p
}

// Config returns a bus configuration for op named name.
func (s *Server) Config(op common.Address, name string) bus.Config {
	return bus.Config{URLs: []string{s.URL}, Name: name, Operators: s.Operators, Auth: bus.Auth{CredsFile: s.Creds(op)}}
}
