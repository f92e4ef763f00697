//go:build integration

package walkthrough

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kakehashi/kakehashi/integration/harness"
)

// binDir holds devnet, relayd and bridgectl, built once for this run: the
// bin/ of every session's workspace.
var binDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kakehashi-walkthrough-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	build := exec.Command("go", "build", "-o", dir+string(filepath.Separator),
		"github.com/kakehashi/kakehashi/cmd/devnet",
		"github.com/kakehashi/kakehashi/cmd/relayd",
		"github.com/kakehashi/kakehashi/cmd/bridgectl")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build devnet, relayd and bridgectl:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// session is one documented walkthrough and the workspace it runs in: a
// temporary directory laid out like the repository root the page assumes
// (bin/ and .tools/bin/; the session makes .devnet/).
type session struct {
	t             *testing.T
	page          string
	dir           string
	run, teardown string
	scripts       string // where the scripts and their output go, outside dir
}

// newSession reads the section headed heading of page (a path from the
// repository root) and lays out its workspace. Its cleanup stops whatever
// the session left running: `bin/devnet down`, then any process still
// working in the workspace (relays started by hand).
func newSession(t *testing.T, page, heading string) *session {
	t.Helper()
	md, err := os.ReadFile(filepath.Join("..", "..", page))
	if err != nil {
		t.Fatal(err)
	}
	run, teardown, err := section(string(md), heading)
	if err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	for _, tool := range []string{"bash", "jq", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed: the walkthrough of %s runs it (apt-get install %s)", tool, page, tool)
		}
	}
	cast, err := harness.Tool("cast")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(binDir, filepath.Join(dir, "bin")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, ".tools"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Dir(cast), filepath.Join(dir, ".tools", "bin")); err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, page: page, dir: dir, run: run, teardown: teardown, scripts: t.TempDir()}
	t.Cleanup(s.stopAll)
	return s
}

// bash runs script in the workspace with bash -eux -o pipefail (an
// interactive reader's shell stops at nothing, the test's at the first
// failing command) and returns what it printed, trace included. It fails
// the test, with the relays' logs, when the script fails.
func (s *session) bash(ctx context.Context, name, script string) string {
	s.t.Helper()
	path := filepath.Join(s.scripts, name+".sh")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		s.t.Fatal(err)
	}
	// A file, not a pipe: relays the script leaves in the background keep
	// its stdout open, and Wait would wait for them.
	out, err := os.Create(filepath.Join(s.scripts, name+".out"))
	if err != nil {
		s.t.Fatal(err)
	}
	defer out.Close()
	cmd := exec.CommandContext(ctx, "bash", "-eux", "-o", "pipefail", path)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = s.dir, sessionEnv(), out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	began := time.Now()
	runErr := cmd.Run()
	raw, err := os.ReadFile(out.Name())
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Logf("%s of %s in %s:\n%s", name, s.page, time.Since(began).Round(100*time.Millisecond), raw)
	if runErr != nil {
		s.fatalf("%s of %s: %v (output above)", name, s.page, runErr)
	}
	return string(raw)
}

// sessionEnv is this process's environment without the KAKEHASHI_
// settings a developer may have exported (a key, a devnet directory, a
// deployment) that would change what the page's commands do;
// KAKEHASHI_TOOLS stays, it only says where the pinned tools are.
func sessionEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "KAKEHASHI_") && !strings.HasPrefix(kv, "KAKEHASHI_TOOLS=") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// fatalf prints the tail of every relayd log under the workspace's
// .devnet, then fails the test.
func (s *session) fatalf(format string, args ...any) {
	s.t.Helper()
	_ = filepath.WalkDir(filepath.Join(s.dir, ".devnet"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "relayd.log" {
			return nil
		}
		raw, _ := os.ReadFile(p)
		lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
		s.t.Logf("%s (last %d lines):\n%s", p, min(len(lines), 40), strings.Join(lines[max(0, len(lines)-40):], "\n"))
		return nil
	})
	s.t.Fatalf(format, args...)
}

// stopAll: devnet down, then SIGKILL to whatever still works in the
// workspace.
func (s *session) stopAll() {
	if _, err := os.Stat(filepath.Join(s.dir, ".devnet", "devnet.json")); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, filepath.Join(binDir, "devnet"), "down")
		cmd.Dir, cmd.Env = s.dir, sessionEnv()
		if out, err := cmd.CombinedOutput(); err != nil {
			s.t.Logf("devnet down: %v: %s", err, out)
		}
	}
	for _, pid := range s.strays() {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
}

// strays lists the live processes whose working directory is in the
// workspace: what the session started (relayd, and the nodes until
// `devnet down`); no other process has a fresh temporary directory as its
// working directory.
func (s *session) strays() []int {
	paths, _ := filepath.Glob("/proc/[0-9]*/cwd")
	var pids []int
	for _, p := range paths {
		cwd, err := os.Readlink(p)
		if err != nil || (cwd != s.dir && !strings.HasPrefix(cwd, s.dir+string(filepath.Separator))) {
			continue
		}
		pid, err := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if stat, err := os.ReadFile(filepath.Join(filepath.Dir(p), "stat")); err == nil {
			if i := strings.LastIndexByte(string(stat), ')'); i > 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
				continue // a zombie only waits to be reaped
			}
		}
		pids = append(pids, pid)
	}
	return pids
}

// eventually polls check every 500 ms until it returns nil or timeout
// passes, and returns its last error.
func eventually(timeout time.Duration, check func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		err := check()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(500 * time.Millisecond)
	}
}
