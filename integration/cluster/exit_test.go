package cluster

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeEnv selects what the test binary does when the cluster runs it as
// relayd (see fakeRelayd).
const fakeEnv = "KAKEHASHI_CLUSTER_FAKE_RELAYD"

// fakeEnvProbe is the variable the fake relayd reports in mode "env".
const fakeEnvProbe = "KAKEHASHI_CLUSTER_ENV_PROBE"

func TestMain(m *testing.M) {
	if mode := os.Getenv(fakeEnv); mode != "" {
		os.Exit(fakeRelayd(mode, os.Args[1:]))
	}
	os.Exit(m.Run())
}

// fakeRelayd stands in for `relayd run --config <file> …`: it serves
// /readyz on the configuration's http.listen address, then, by mode:
// "crash" writes a Go fatal error to stderr and exits 2 after 300 ms;
// "serve" runs until SIGTERM and exits 0; "env" writes the value of
// fakeEnvProbe to stdout and runs as "serve"; "fail-on-term" exits 1 on
// SIGTERM; "ignore-term" ignores SIGTERM.
func fakeRelayd(mode string, args []string) int {
	var cfgPath string
	for i, a := range args {
		if a == "--config" && i+1 < len(args) {
			cfgPath = args[i+1]
		}
	}
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	m := regexp.MustCompile(`listen: "([^"]+)"`).FindSubmatch(raw)
	if m == nil {
		fmt.Fprintln(os.Stderr, "no http.listen in", cfgPath)
		return 1
	}
	term := make(chan os.Signal, 1)
	signal.Notify(term, syscall.SIGTERM)
	http.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	go func() { _ = http.ListenAndServe(string(m[1]), nil) }()
	fmt.Println(`{"level":"info","component":"relayd","message":"ready"}`)
	switch mode {
	case "crash":
		time.Sleep(300 * time.Millisecond)
		fmt.Fprint(os.Stderr, "fatal error: concurrent map read and map write\n\ngoroutine 7 [running]:\nrelay.(*Coordinator).runProposals(...)\n")
		return 2
	case "fail-on-term":
		<-term
		fmt.Fprintln(os.Stderr, "relayd: shutdown: audit store: close failed")
		return 1
	case "ignore-term":
		select {}
	case "env":
		fmt.Printf("probe=%q\n", os.Getenv(fakeEnvProbe))
		<-term
		return 0
	default:
		<-term
		return 0
	}
}

// fakeCluster is a cluster of test-binary relays in mode.
func fakeCluster(t *testing.T, mode string) *Cluster {
	t.Helper()
	t.Setenv(fakeEnv, mode)
	// A -race binary sleeps 1 s on exit by default, as long as StopGrace.
	t.Setenv("GORACE", "atexit_sleep_ms=0")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t)
	cfg.Relayd, cfg.ReadyTimeout, cfg.StopGrace = self, 20*time.Second, time.Second
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func startOne(t *testing.T, c *Cluster) *Operator {
	t.Helper()
	op := c.Operators()[0]
	if err := c.Start(context.Background(), op); err != nil {
		t.Fatal(err)
	}
	return op
}

func waitExit(t *testing.T, op *Operator) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for op.Running() {
		if time.Now().After(deadline) {
			t.Fatalf("op%d still runs", op.Index)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestAliveReportsDeath: a relayd that exits by itself is reported as such
// — status, time, not stopped by the harness, its log and the crash report
// in it — by Operator.Alive, Cluster.Alive and StopAll; PID is then 0.
func TestAliveReportsDeath(t *testing.T) {
	c := fakeCluster(t, "crash")
	if err := c.Alive(); err != nil {
		t.Fatalf("Alive before any start = %v", err)
	}
	op := startOne(t, c)
	if err := op.Alive(); err != nil {
		t.Fatalf("Alive while running = %v", err)
	}
	waitExit(t, op)
	if op.PID() != 0 {
		t.Fatalf("PID = %d after the exit", op.PID())
	}
	ex, ok := op.LastExit()
	if !ok || ex.Code != 2 || ex.Signal != 0 || ex.Stopped || ex.Clean() || ex.PID == 0 || time.Since(ex.At) > time.Minute {
		t.Fatalf("LastExit = %+v, %v; want status 2, not stopped", ex, ok)
	}
	for name, err := range map[string]error{"Operator.Alive": op.Alive(), "Cluster.Alive": c.Alive(), "StopAll": c.StopAll()} {
		var ee *ExitError
		if !errors.Is(err, ErrExited) || !errors.As(err, &ee) || ee.Op != 1 {
			t.Fatalf("%s = %v, want an *ExitError of op1", name, err)
		}
		msg := err.Error()
		for _, want := range []string{
			"op1 exited with status 2 at " + ex.At.Format("15:04:05.000") + " (not stopped by the harness); log: " + op.LogPath,
			"fatal error: concurrent map read and map write", "relay.(*Coordinator).runProposals",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: %q lacks %q", name, msg, want)
			}
		}
	}
}

// TestStopIsNotDeath: relays the harness stopped or killed are not
// reported; a clean SIGTERM exit is Clean.
func TestStopIsNotDeath(t *testing.T) {
	c := fakeCluster(t, "serve")
	ops := c.Operators()
	for _, op := range ops[:2] {
		if err := c.Start(context.Background(), op); err != nil {
			t.Fatal(err)
		}
	}
	c.Stop(ops[0])
	c.Kill(ops[1])
	if ex, ok := ops[0].LastExit(); !ok || !ex.Clean() || ex.Code != 0 {
		t.Fatalf("op1 after Stop: %+v, %v; want a clean exit", ex, ok)
	}
	if ex, _ := ops[1].LastExit(); !ex.Stopped || ex.Signal != syscall.SIGKILL || ex.Code != -1 ||
		!strings.HasPrefix(ex.String(), "was killed by signal killed at ") || !strings.HasSuffix(ex.String(), "(stopped by the harness)") {
		t.Fatalf("op2 after Kill: %+v (%s)", ex, ex)
	}
	if err := c.Alive(); err != nil {
		t.Fatalf("Alive = %v after Stop and Kill", err)
	}
	if err := c.Start(context.Background(), ops[0]); err != nil {
		t.Fatal(err)
	}
	if err := c.StopAll(); err != nil {
		t.Fatalf("StopAll = %v", err)
	}
	if ex, _ := ops[0].LastExit(); !ex.Clean() {
		t.Fatalf("op1 after a restart and StopAll: %+v", ex)
	}
}

// TestOperatorEnv: a relayd runs with the test process's environment
// and its Operator.Env on top; another operator gets none of it.
func TestOperatorEnv(t *testing.T) {
	c := fakeCluster(t, "env")
	ops := c.Operators()
	ops[0].Env = []string{fakeEnvProbe + "=from-op1"}
	for _, op := range ops[:2] {
		if err := c.Start(context.Background(), op); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.StopAll(); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{`probe="from-op1"`, `probe=""`} {
		b, err := os.ReadFile(ops[i].LogPath)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want+"\n") {
			t.Errorf("op%d log %q lacks %s", ops[i].Index, b, want)
		}
	}
}

// TestStopAllReportsBadShutdown: an error exit on SIGTERM, or a relayd
// killed after StopGrace, fails StopAll.
func TestStopAllReportsBadShutdown(t *testing.T) {
	tests := []struct{ mode, want string }{
		{"fail-on-term", "on shutdown: op1 exited with status 1 at "},
		{"ignore-term", "on shutdown: op1 was killed by signal killed at "},
	}
	for _, tc := range tests {
		t.Run(tc.mode, func(t *testing.T) {
			c := fakeCluster(t, tc.mode)
			op := startOne(t, c)
			err := c.StopAll()
			if !errors.Is(err, ErrExited) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "(stopped by the harness); log: "+op.LogPath) {
				t.Fatalf("StopAll = %v, want %q", err, tc.want)
			}
			if op.Alive() != nil {
				t.Fatalf("Alive = %v: the harness stopped it", op.Alive())
			}
		})
	}
}

func TestExitString(t *testing.T) {
	at := time.Date(2026, 1, 2, 12, 3, 4, 512e6, time.UTC)
	tests := []struct {
		name string
		e    Exit
		want string
	}{
		{"died", Exit{At: at, Code: 2}, "exited with status 2 at 12:03:04.512 (not stopped by the harness)"},
		{"stopped", Exit{At: at, Code: 0, Stopped: true}, "exited with status 0 at 12:03:04.512 (stopped by the harness)"},
		{"signalled", Exit{At: at, Code: -1, Signal: syscall.SIGSEGV}, "was killed by signal segmentation fault at 12:03:04.512 (not stopped by the harness)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.String(); got != tc.want {
				t.Fatalf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestExcerpt(t *testing.T) {
	var long []string
	for i := range 100 {
		long = append(long, fmt.Sprintf(`{"n":%d}`, i))
	}
	crash := append(append([]string(nil), long[:90]...), "panic: boom", "", "goroutine 1 [running]:", "main.main()")
	tests := []struct {
		name, log, want string
		n               int
	}{
		{"empty", "", "", 3},
		{"short", "a\nb\n", "a\nb", 3},
		{"last lines", strings.Join(long, "\n") + "\n", `{"n":97}` + "\n" + `{"n":98}` + "\n" + `{"n":99}`, 3},
		{"go crash", strings.Join(crash, "\n") + "\n", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()", 2},
		{"crash report capped", "fatal error: x\n1\n2\n3\n4\n5\n6\n7\n", "fatal error: x\n1\n2\n3\n4\n5", 2},
		{"fatal signal", "a\nb\nc\nSIGABRT: abort\nPC=0x4711 m=0 sigcode=0\n", "SIGABRT: abort\nPC=0x4711 m=0 sigcode=0", 1},
		{"not a crash header", "x\nno panic: here\nSIGNAL\ny\n", "SIGNAL\ny", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := excerpt([]byte(tc.log), tc.n); got != tc.want {
				t.Fatalf("excerpt = %q, want %q", got, tc.want)
			}
		})
	}
	if got := LogExcerpt(filepath.Join(t.TempDir(), "none.log"), 3); !strings.Contains(got, "no such file") {
		t.Fatalf("LogExcerpt of a missing file = %q", got)
	}
}

// fakeTB records what RunLogDir does with a test.
type fakeTB struct {
	failed   bool
	cleanups []func()
	logs     []string
}

func (f *fakeTB) Helper()                      {}
func (f *fakeTB) Cleanup(fn func())            { f.cleanups = append(f.cleanups, fn) }
func (f *fakeTB) Failed() bool                 { return f.failed }
func (f *fakeTB) Logf(format string, a ...any) { f.logs = append(f.logs, fmt.Sprintf(format, a...)) }
func (f *fakeTB) finish() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}

func TestRunLogDir(t *testing.T) {
	keep := filepath.Join(t.TempDir(), "keep")
	tests := []struct {
		name       string
		keep       string
		failed     bool
		wantKept   bool
		wantLogged bool
	}{
		{"passed, temporary", "", false, false, false},
		{"failed, temporary", "", true, true, true},
		{"passed, keep", keep, false, true, false},
		{"failed, keep", keep, true, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := &fakeTB{failed: tc.failed}
			dir, err := RunLogDir(tb, tc.keep, "unit")
			if err != nil {
				t.Fatal(err)
			}
			if tc.keep != "" && dir != tc.keep || tc.keep == "" && !strings.HasPrefix(filepath.Base(dir), "kakehashi-unit-logs-") {
				t.Fatalf("dir = %s", dir)
			}
			if tc.keep == "" && tc.wantKept {
				defer os.RemoveAll(dir)
			}
			tb.finish()
			_, err = os.Stat(dir)
			if kept := err == nil; kept != tc.wantKept {
				t.Fatalf("kept = %v, want %v", kept, tc.wantKept)
			}
			if logged := len(tb.logs) == 1 && tb.logs[0] == "relayd logs kept in "+dir; logged != tc.wantLogged {
				t.Fatalf("logs %q", tb.logs)
			}
		})
	}
}

// TestLogDir: Config.LogDir places fresh logs under it, named by prefix.
func TestLogDir(t *testing.T) {
	cfg := testConfig(t)
	cfg.LogDir, cfg.LogPrefix = filepath.Join(t.TempDir(), "logs"), "load-"
	stale := filepath.Join(cfg.LogDir, "load-op1.log")
	if err := os.MkdirAll(cfg.LogDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stale, []byte("an earlier run\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range c.Operators() {
		if want := filepath.Join(cfg.LogDir, fmt.Sprintf("load-op%d.log", op.Index)); op.LogPath != want {
			t.Fatalf("LogPath = %s, want %s", op.LogPath, want)
		}
		if raw, err := os.ReadFile(op.LogPath); err != nil || len(raw) != 0 {
			t.Fatalf("op%d log %q, %v: want a fresh empty file", op.Index, raw, err)
		}
	}
}
