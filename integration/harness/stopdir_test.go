package harness

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// StopDir stops the relays devnet.json records as well as the nodes.
func TestStopDirStopsRelays(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep on PATH")
	}
	if sleep, err = filepath.EvalSymlinks(sleep); err != nil {
		t.Fatal(err)
	}
	start := func() devnet.Proc {
		cmd := exec.Command(sleep, "60")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { _ = cmd.Wait() }()
		t.Cleanup(func() { _ = cmd.Process.Kill() })
		return devnet.Proc{Name: "p", PID: cmd.Process.Pid, Path: sleep}
	}
	node, relay := start(), start()
	node.Name, relay.Name = "anvil-31337", "relayd-op1"
	dir := t.TempDir()
	desc := &devnet.Description{Dir: dir, Processes: []devnet.Proc{node}, Relays: []devnet.Relay{{Proc: relay, HTTP: "127.0.0.1:1"}}}
	if err := devnet.Write(dir, desc); err != nil {
		t.Fatal(err)
	}
	if got := alivePIDs(desc); got == "" {
		t.Fatal("alivePIDs: none alive before StopDir")
	}
	began := time.Now()
	if _, err := StopDir(dir, true); err != nil {
		t.Fatal(err)
	}
	if node.Alive() || relay.Alive() {
		t.Fatalf("after StopDir (%s): node alive %v, relay alive %v", time.Since(began), node.Alive(), relay.Alive())
	}
}

func TestReadyzSummary(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"ready", `{"status":"ready","chains":[{"name":"A","ok":true}]}`, "ready"},
		{"a chain down", `{"status":"not ready","chains":[{"name":"A","ok":true},{"name":"B","ok":false,"error":"dial: refused"}]}`, "not ready (not ok: B dial: refused)"},
		{"not json", "ready\nmore", "ready"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := readyzSummary([]byte(tc.body)); got != tc.want {
				t.Fatalf("readyzSummary = %q, want %q", got, tc.want)
			}
		})
	}
}
