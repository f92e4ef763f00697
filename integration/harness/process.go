package harness

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// Sentinel errors; see the package documentation.
var (
	ErrToolMissing    = errors.New("tool not installed")
	ErrPortBusy       = errors.New("port in use")
	ErrAlreadyRunning = errors.New("devnet already running")
	ErrNotRunning     = devnet.ErrNotRunning
	ErrFaucetEmpty    = errors.New("faucet has no spendable output large enough")
)

// proc is a process the devnet started (cmd set) or one it recorded in
// devnet.json (cmd nil, found by PID and executable).
type proc struct {
	devnet.Proc

	cmd  *exec.Cmd
	done chan struct{}
}

// Tool locates a pinned tool (anvil, btcd, cast, …) as Start does without
// Config.ToolsDir: $KAKEHASHI_TOOLS, then .tools/bin in the working
// directory or any parent (the repo root), then PATH. ErrToolMissing, with
// the fix, when it is nowhere.
func Tool(name string) (string, error) { return findTool("", name) }

// findTool locates a pinned tool: only in dir when it is given; otherwise
// $KAKEHASHI_TOOLS, then .tools/bin in the working directory or any parent
// (the repo root), then PATH.
func findTool(dir, name string) (string, error) {
	if dir != "" {
		p := filepath.Join(dir, name)
		if isExec(p) {
			return p, nil
		}
		return "", fmt.Errorf("%w: %s not found in %s: run `make tools` in the repository", ErrToolMissing, name, dir)
	}
	var tried []string
	if d := os.Getenv("KAKEHASHI_TOOLS"); d != "" {
		p := filepath.Join(d, name)
		if isExec(p) {
			return p, nil
		}
		tried = append(tried, p)
	}
	// From the working directory and from this program's own location
	// (bin/devnet in a checkout), up to the filesystem root.
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	for _, start := range starts {
		for d := start; ; d = filepath.Dir(d) {
			p := filepath.Join(d, ".tools", "bin", name)
			if isExec(p) {
				return p, nil
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	tried = append(tried, ".tools/bin/"+name, "$PATH")
	return "", fmt.Errorf("%w: %s not found (looked in %s): run `make tools` in the repository", ErrToolMissing, name, strings.Join(tried, ", "))
}

func isExec(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// ports hands out loopback ports: fixed ones from a base, checked free, or
// free ones chosen by the kernel.
type ports struct {
	next int // 0: ask the kernel
}

func (p *ports) take() (int, error) {
	if p.next == 0 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, fmt.Errorf("no free loopback port: %w", err)
		}
		defer l.Close()
		return l.Addr().(*net.TCPAddr).Port, nil
	}
	port := p.next
	p.next++
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		return 0, fmt.Errorf("%w: 127.0.0.1:%d is taken by another process: stop it, or choose other ports with --base-port (or 0 for free ports)", ErrPortBusy, port)
	}
	l.Close()
	return port, nil
}

// startProc starts a child with its output in logPath. Detached children get
// their own process group so that a Ctrl-C in the terminal that ran
// `devnet up` does not reach them; `devnet down` stops them by PID.
func startProc(name, path string, args []string, logPath string, detach bool) (*proc, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("%s log: %w", name, err)
	}
	cmd := exec.Command(path, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: detach}
	if !detach {
		// A test binary killed hard must not leave nodes behind.
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	logf.Close() // the child holds its own copy
	p := &proc{Proc: devnet.Proc{Name: name, PID: cmd.Process.Pid, Path: path, Log: logPath}, cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(p.done) }()
	return p, nil
}

// exited reports whether a process this devnet started has ended.
func (p *proc) exited() bool {
	if p.done != nil {
		select {
		case <-p.done:
			return true
		default:
			return false
		}
	}
	return !p.Alive()
}

// stop ends the process: SIGTERM, then SIGKILL after grace.
func (p *proc) stop(grace time.Duration) {
	if p.exited() {
		return
	}
	_ = syscall.Kill(p.PID, syscall.SIGTERM)
	deadline := time.Now().Add(grace)
	for time.Now().Before(deadline) {
		if p.exited() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = syscall.Kill(p.PID, syscall.SIGKILL)
	for i := 0; i < 250 && !p.exited(); i++ {
		time.Sleep(20 * time.Millisecond)
	}
}
