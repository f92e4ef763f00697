package devnet

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestReadWrite(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(dir); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("Read of an empty dir = %v, want ErrNotRunning", err)
	}
	want := &Description{
		Dir: dir, StartedAt: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC),
		BTC:       &BTCNode{ChainID: 18444, Network: "regtest", RPCHost: "127.0.0.1:18443", RPCUser: "u", RPCPass: "p"},
		EVM:       []EVMNode{{ChainID: 31337, RPCURL: "http://127.0.0.1:8545", FaucetKeys: []string{"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"}}},
		NATS:      &NATSNode{URL: "nats://127.0.0.1:4222"},
		Processes: []Proc{{Name: "btcd", PID: 1, Path: "/bin/btcd"}},
	}
	if err := Write(dir, want); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, File))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("devnet.json: %v %v, want mode 0600 (it holds RPC credentials)", fi, err)
	}
	got, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if *got.BTC != *want.BTC || got.EVM[0].RPCURL != want.EVM[0].RPCURL || *got.NATS != *want.NATS || got.Processes[0] != want.Processes[0] || !got.StartedAt.Equal(want.StartedAt) {
		t.Fatalf("read back %+v, wrote %+v", got, want)
	}
	if k, err := got.EVM[0].Key(0); err != nil || k == nil {
		t.Fatalf("Key(0) = %v, %v", k, err)
	}
	if _, err := got.EVM[0].Key(1); err == nil {
		t.Fatal("Key(1) of one faucet key: no error")
	}

	if err := os.WriteFile(filepath.Join(dir, File), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(dir); err == nil || errors.Is(err, ErrNotRunning) {
		t.Fatalf("Read of a broken file = %v, want a decoding error", err)
	}
}

func TestProcAlive(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		p    Proc
		want bool
	}{
		{"this test binary", Proc{PID: os.Getpid(), Path: exe}, true},
		{"a PID running another executable", Proc{PID: os.Getpid(), Path: "/bin/true"}, false},
		{"no PID", Proc{Path: exe}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.Alive(); got != tc.want {
				t.Fatalf("Alive = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAllProcsRelaysFirst(t *testing.T) {
	d := &Description{
		Processes: []Proc{{Name: "btcd", PID: 1}},
		Relays:    []Relay{{Proc: Proc{Name: "relayd-op1", PID: 2}, HTTP: "127.0.0.1:1"}},
	}
	got := d.AllProcs()
	if len(got) != 2 || got[0].Name != "relayd-op1" || got[1].Name != "btcd" {
		t.Fatalf("AllProcs = %+v, want the relay then btcd", got)
	}
	if alive := d.Alive(); len(alive) != 2 {
		t.Fatalf("Alive = %v, want both names", alive)
	}
}
