package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// A child started with sleeperEnv set only sleeps: the tests run this test
// binary under the name relayd to put a "relayd started by hand" in the
// real process table.
const sleeperEnv = "KAKEHASHI_DEVNET_TEST_SLEEPER"

func init() {
	if os.Getenv(sleeperEnv) == "1" {
		time.Sleep(time.Minute)
		os.Exit(0)
	}
}

// handDevnet writes a devnet.json in a fresh directory under a fresh
// parent, with one anvil (rpc and ws), btcd and NATS on the given ports
// and a relay of its own (pid ownRelay), and a relayd configuration in
// it at op1/relayd.yaml. It returns the directory.
func handDevnet(t *testing.T, ports [4]int, ownRelay int, nodes []devnet.Proc) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), ".devnet")
	if err := os.MkdirAll(filepath.Join(dir, "op1"), 0o755); err != nil {
		t.Fatal(err)
	}
	desc := &devnet.Description{Dir: dir, Processes: nodes,
		EVM:  []devnet.EVMNode{{ChainID: 31337, RPCURL: fmt.Sprintf("http://127.0.0.1:%d", ports[0]), WSURL: fmt.Sprintf("ws://127.0.0.1:%d", ports[1])}},
		BTC:  &devnet.BTCNode{RPCHost: fmt.Sprintf("127.0.0.1:%d", ports[2])},
		NATS: &devnet.NATSNode{URL: fmt.Sprintf("nats://127.0.0.1:%d", ports[3])},
	}
	if ownRelay != 0 {
		desc.Relays = []devnet.Relay{{Proc: devnet.Proc{Name: "relayd-op1", PID: ownRelay}}}
	}
	if err := devnet.Write(dir, desc); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "op1", "relayd.yaml"), "dataDir: .devnet/op1/data\n")
	return dir
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Which relayd use the devnet: a command-line argument in its directory,
// or an endpoint of its nodes in the configuration or the environment;
// never a relay the devnet started, another program, another devnet's
// relay or a relative path that cannot be placed.
func TestFindHandRelays(t *testing.T) {
	dir := handDevnet(t, [4]int{40001, 40002, 40003, 40004}, 500, nil)
	parent := filepath.Dir(dir)
	other := t.TempDir()
	wsCfg := writeFile(t, filepath.Join(other, "ws.yaml"), "chains:\n  - {id: 31337, rpc: [ws://127.0.0.1:40002]}\n")
	btcCfg := writeFile(t, filepath.Join(other, "btc.yaml"), "rpc: [http://localhost:40003]\n")
	elsewhere := writeFile(t, filepath.Join(other, "elsewhere.yaml"), "rpc: [ws://127.0.0.1:4000, http://127.0.0.1:400011]\nnats: {urls: [nats://10.0.0.1:40004]}\n")
	cfgInDir := filepath.Join(dir, "op1", "relayd.yaml")
	procs := []osProc{
		{PID: 101, Args: []string{"bin/relayd", "run", "--config", ".devnet/op1/relayd.yaml"}, Cwd: parent},
		{PID: 102, Args: []string{"relayd", "run", "--config", wsCfg, "--deployment=" + filepath.Join(dir, "devnet.json")}, Cwd: "/"},
		{PID: 103, Args: []string{"/usr/local/bin/relayd", "run", "-c", wsCfg}, Cwd: "/"},
		{PID: 104, Args: []string{"relayd", "run", "-c=" + btcCfg}},
		{PID: 105, Args: []string{"relayd", "run", "-c" + btcCfg}},
		{PID: 106, Args: []string{"relayd", "run"}, Env: []string{"KAKEHASHI_NATS_URL=nats://localhost:40004"}},
		{PID: 107, Exe: "/tmp/go-build1/exe/relayd (deleted)", Args: []string{"/proc/self/fd/3", "run", "--config", wsCfg}},
		// Not ours to name:
		{PID: 500, Args: []string{"relayd", "run", "--config", cfgInDir}},                  // the devnet's own relay
		{PID: 201, Args: []string{"bridgectl", "status", "--deployment", cfgInDir}},        // not a relayd
		{PID: 202, Args: []string{"relayd", "run", "--config", elsewhere}, Cwd: "/"},       // another devnet's ports
		{PID: 203, Args: []string{"relayd", "run", "--config", ".devnet/op1/relayd.yaml"}}, // working directory unknown
		{PID: 204, Args: []string{"relayd", "run", "--config", filepath.Join(other, "missing.yaml")}},
		{PID: 205, Args: []string{"relayd"}, Env: []string{"KAKEHASHI_LOG_LEVEL=debug"}},
	}
	found := findHandRelays(mustRead(t, dir), dir, procs)
	want := map[int]string{
		101: "its command line names .devnet/op1/relayd.yaml, in the devnet directory",
		102: "its command line names " + filepath.Join(dir, "devnet.json") + ", in the devnet directory",
		103: wsCfg + " names 127.0.0.1:40002 (anvil 31337)",
		104: btcCfg + " names localhost:40003 (btcd)",
		105: btcCfg + " names localhost:40003 (btcd)",
		106: "its environment names localhost:40004 (nats)",
		107: wsCfg + " names 127.0.0.1:40002 (anvil 31337)",
	}
	got := map[int]string{}
	for _, r := range found {
		got[r.PID] = r.Why
	}
	for pid, why := range want {
		if got[pid] != why {
			t.Errorf("pid %d: %q, want %q", pid, got[pid], why)
		}
	}
	for pid, why := range got {
		if _, ok := want[pid]; !ok {
			t.Errorf("pid %d named (%s): it does not use this devnet, or the devnet started it", pid, why)
		}
	}
}

func mustRead(t *testing.T, dir string) *devnet.Description {
	t.Helper()
	d, err := devnet.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFlagValue(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "--config", "a.yaml"}, "a.yaml"},
		{[]string{"run", "--config=a.yaml"}, "a.yaml"},
		{[]string{"run", "-c", "a.yaml"}, "a.yaml"},
		{[]string{"run", "-c=a.yaml"}, "a.yaml"},
		{[]string{"run", "-ca.yaml"}, "a.yaml"},
		{[]string{"run", "--deployment", "d.json"}, ""},
		{[]string{"run", "--config"}, ""},
	} {
		if got := flagValue(tc.args, "config", "c"); got != tc.want {
			t.Errorf("flagValue(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// A failed scan is a note, no relay is silence, and found relays are
// named with the kill command that stops them.
func TestWarnHandRelays(t *testing.T) {
	var b bytes.Buffer
	warnHandRelays(&b, nil, nil)
	if b.Len() != 0 {
		t.Fatalf("nothing found: %q", b.String())
	}
	warnHandRelays(&b, nil, errors.New("open /proc: no such file"))
	if !strings.HasPrefix(b.String(), "note: could not look for relayd started by hand (open /proc") {
		t.Fatalf("scan failed: %q", b.String())
	}
	b.Reset()
	warnHandRelays(&b, []handRelay{{PID: 7, Why: "a.yaml names 127.0.0.1:1 (btcd)"}, {PID: 9, Why: "x"}}, nil)
	want := "warning: relayd pid 7 was not started by devnet and uses this devnet (a.yaml names 127.0.0.1:1 (btcd)): it keeps running against the stopped nodes\n" +
		"warning: relayd pid 9 was not started by devnet and uses this devnet (x): it keeps running against the stopped nodes\n" +
		"warning: devnet down stops only what 'devnet up' started; stop these yourself: kill 7 9 (SIGTERM: relayd shuts down cleanly)\n"
	if b.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// fakeTable is a process table whose processes exit after a number of
// Running calls each (-1: never).
type fakeTable struct{ left map[int]int }

func (f *fakeTable) Procs() ([]osProc, error) { return nil, nil }

func (f *fakeTable) Running(p osProc) bool {
	n := f.left[p.PID]
	if n == 0 {
		return false
	}
	f.left[p.PID] = n - 1
	return true
}

// Relays that exit within the grace are not named; those that do not
// are, once the grace has passed.
func TestStillRunning(t *testing.T) {
	relays := []handRelay{{PID: 1, proc: osProc{PID: 1}}, {PID: 2, proc: osProc{PID: 2}}, {PID: 3, proc: osProc{PID: 3}}}
	table := &fakeTable{left: map[int]int{1: 0, 2: 3, 3: -1}}
	began := time.Now()
	left := stillRunning(table, relays, 2*time.Second)
	if len(left) != 1 || left[0].PID != 3 {
		t.Fatalf("still running %+v, want pid 3 only", left)
	}
	if d := time.Since(began); d < 2*time.Second || d > 3*time.Second {
		t.Fatalf("waited %s, want the 2s grace", d)
	}
	table = &fakeTable{left: map[int]int{1: 1, 2: 2}}
	began = time.Now()
	if left := stillRunning(table, relays[:2], time.Minute); len(left) != 0 || time.Since(began) > time.Second {
		t.Fatalf("still running %+v after %s, want none at once when all exit", left, time.Since(began))
	}
}

// devnet down on the real process table: it stops the node it recorded,
// names the relayd started by hand that uses the devnet (not one stopped
// by hand just before down, as the documented teardown does, nor one that
// uses other nodes), and signals none of them.
func TestDownWarnsAboutHandStartedRelays(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep on PATH")
	}
	if sleep, err = filepath.EvalSymlinks(sleep); err != nil {
		t.Fatal(err)
	}
	defer func(g time.Duration) { handExitGrace = g }(handExitGrace)
	handExitGrace = 2 * time.Second
	for _, jsonOut := range []bool{false, true} {
		t.Run(fmt.Sprintf("json=%v", jsonOut), func(t *testing.T) {
			// Ports held for the test: no other devnet on this machine has them.
			var ports [4]int
			for i := range ports {
				ports[i] = heldPort(t)
			}
			node := startProc(t, sleep, []string{sleep, "60"}, nil)
			dir := handDevnet(t, ports, 0, []devnet.Proc{{Name: "anvil-31337", PID: node.Process.Pid, Path: sleep}})
			cfg := writeFile(t, filepath.Join(t.TempDir(), "relayd.yaml"), fmt.Sprintf("nats: {urls: [nats://127.0.0.1:%d]}\n", ports[3]))
			otherCfg := writeFile(t, filepath.Join(t.TempDir(), "relayd.yaml"), fmt.Sprintf("nats: {urls: [nats://127.0.0.1:%d]}\n", heldPort(t)))
			exe, err := os.Executable()
			if err != nil {
				t.Fatal(err)
			}
			env := append(os.Environ(), sleeperEnv+"=1")
			hand := startProc(t, exe, []string{"relayd", "run", "--config", cfg}, env)
			stopping := startProc(t, exe, []string{"relayd", "run", "--config", cfg}, env)
			other := startProc(t, exe, []string{"relayd", "run", "--config", otherCfg}, env)
			time.AfterFunc(300*time.Millisecond, func() { _ = stopping.Process.Signal(syscall.SIGTERM) })

			args := []string{"--dir", dir, "down"}
			if jsonOut {
				args = append([]string{"--json"}, args...)
			}
			out, err := runDevnet(t, args...)
			if err != nil {
				t.Fatalf("devnet down: %v\n%s", err, out)
			}
			t.Logf("devnet %s:\n%s", strings.Join(args, " "), out)
			h, o, st := hand.Process.Pid, other.Process.Pid, stopping.Process.Pid
			if jsonOut {
				var res struct {
					HandStartedRelays []handRelay `json:"handStartedRelays"`
				}
				if err := json.Unmarshal([]byte(out), &res); err != nil {
					t.Fatalf("--json output %q: %v", out, err)
				}
				if len(res.HandStartedRelays) != 1 || !hasPID(res.HandStartedRelays, h) {
					t.Fatalf("handStartedRelays %+v: want pid %d alone (not %d, stopped, nor %d, other nodes)", res.HandStartedRelays, h, st, o)
				}
			} else {
				for _, want := range []string{
					fmt.Sprintf("warning: relayd pid %d was not started by devnet and uses this devnet (%s names 127.0.0.1:%d (nats))", h, cfg, ports[3]),
					"stop these yourself: kill ", fmt.Sprint(h), "stopped anvil-31337",
				} {
					if !strings.Contains(out, want) {
						t.Errorf("output lacks %q:\n%s", want, out)
					}
				}
				if strings.Contains(out, fmt.Sprintf("pid %d ", o)) || strings.Contains(out, fmt.Sprintf("pid %d ", st)) {
					t.Errorf("names pid %d (other nodes) or %d (stopped before the nodes):\n%s", o, st, out)
				}
			}
			if alive(node.Process.Pid) {
				t.Error("the recorded node still runs")
			}
			if !alive(h) || !alive(o) {
				t.Errorf("down signalled what it did not start: hand-started relayd alive %v, other %v", alive(h), alive(o))
			}
		})
	}
}

// heldPort is a loopback port held open until the test ends.
func heldPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l.Addr().(*net.TCPAddr).Port
}

// startProc starts path with argv args (args[0] is the name it shows)
// and kills it when the test ends.
func startProc(t *testing.T, path string, args, env []string) *exec.Cmd {
	t.Helper()
	cmd := &exec.Cmd{Path: path, Args: args, Env: env}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() { _ = cmd.Process.Kill(); <-done })
	return cmd
}

// alive: pid is a live process that is not a zombie.
func alive(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	return err == nil && !isZombie(stat) && syscall.Kill(pid, 0) == nil
}

func hasPID(rs []handRelay, pid int) bool {
	for _, r := range rs {
		if r.PID == pid {
			return true
		}
	}
	return false
}
