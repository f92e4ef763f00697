package cluster

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"time"
)

// ExitLogLines is how many lines of a relayd's log an ExitError quotes.
const ExitLogLines = 40

// Exit is how one relayd process ended.
type Exit struct {
	PID int
	// At is when the harness saw the process end.
	At time.Time
	// Code is the exit status, or -1 when a signal ended the process.
	Code int
	// Signal ended the process (0 when it exited by itself).
	Signal syscall.Signal
	// Stopped: the harness had asked the process to end (Stop, Kill, Close,
	// StopAll, or Start giving up on it) before it ended.
	Stopped bool
}

// Clean reports whether the process ended as the harness asked and without
// an error: stopped, and exit status 0.
func (e Exit) Clean() bool { return e.Stopped && e.Code == 0 }

// String reads "exited with status 2 at 12:03:04.512 (not stopped by the
// harness)" or "was killed by signal killed at … (stopped by the harness)".
func (e Exit) String() string {
	how := fmt.Sprintf("exited with status %d", e.Code)
	if e.Signal != 0 {
		how = "was killed by signal " + e.Signal.String()
	}
	who := "not stopped by the harness"
	if e.Stopped {
		who = "stopped by the harness"
	}
	return fmt.Sprintf("%s at %s (%s)", how, e.At.Format("15:04:05.000"), who)
}

// exitOf reads how cmd's process ended, once cmd.Wait has returned.
func exitOf(cmd *exec.Cmd, at time.Time, stopped bool) Exit {
	e := Exit{At: at, Code: -1, Stopped: stopped}
	if cmd.Process != nil {
		e.PID = cmd.Process.Pid
	}
	ps := cmd.ProcessState
	if ps == nil { // Wait failed before the process was reaped
		return e
	}
	e.Code = ps.ExitCode()
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		e.Signal = ws.Signal()
	}
	return e
}

// ExitError reports a relayd that ended when it should not have: without
// the harness stopping it (Alive, Start), or with an error when stopped
// (StopAll). errors.Is(err, ErrExited) holds.
type ExitError struct {
	Op   int    // operator index, 1-based
	Exit Exit   // how it ended
	Log  string // the relayd's log file
	// Excerpt is the end of the log when the error was made: a Go crash
	// report (from its "panic:" or "fatal error:" line) if the log holds
	// one, else the last ExitLogLines lines.
	Excerpt string
}

func newExitError(op *Operator, ex Exit) *ExitError {
	return &ExitError{Op: op.Index, Exit: ex, Log: op.LogPath, Excerpt: LogExcerpt(op.LogPath, ExitLogLines)}
}

// Error reads "op1 exited with status 2 at 12:03:04.512 (not stopped by
// the harness); log: /path/op1.log", then the excerpt of the log.
func (e *ExitError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "op%d %s; log: %s", e.Op, e.Exit, e.Log)
	if e.Excerpt != "" {
		fmt.Fprintf(&b, "\n---- end of op%d's log:\n%s", e.Op, e.Excerpt)
	}
	return b.String()
}

// Unwrap returns ErrExited.
func (e *ExitError) Unwrap() error { return ErrExited }

// wait reaps cmd and records how it ended before closing done, so that a
// caller that saw done closed reads the exit.
func (o *Operator) wait(cmd *exec.Cmd, done chan struct{}) {
	_ = cmd.Wait() // the exit status is read from cmd.ProcessState
	at := time.Now()
	o.mu.Lock()
	ex := exitOf(cmd, at, o.stopping)
	o.exit = &ex
	o.mu.Unlock()
	close(done)
}

func (o *Operator) markStopping() {
	o.mu.Lock()
	o.stopping = true
	o.mu.Unlock()
}

// LastExit returns how op's most recent process ended; false if no process
// of op has ended yet. While a restarted relayd runs it still returns the
// previous process's end.
func (o *Operator) LastExit() (Exit, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.exit == nil {
		return Exit{}, false
	}
	return *o.exit, true
}

// Alive returns an *ExitError when op's relayd has ended without the
// harness asking it to; nil while it runs, before it was ever started, and
// after the harness stopped it.
func (o *Operator) Alive() error {
	if o.cmd == nil || o.Running() {
		return nil
	}
	ex, ok := o.LastExit()
	if !ok || ex.Stopped {
		return nil
	}
	return newExitError(o, ex)
}

// Alive returns the ExitErrors of every operator whose relayd ended
// without the harness asking it to (errors.Join), nil if there is none.
// Load drivers call it while they wait, to fail at once when a relay dies.
func (c *Cluster) Alive() error {
	var errs []error
	for _, op := range c.ops {
		if err := op.Alive(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// StopAll stops every running operator, all at once (as Close), and
// returns an *ExitError for each one that had ended without the harness
// asking it to, or that did not exit with status 0 on SIGTERM (an error or
// a crash at shutdown, or killed after StopGrace); nil when every relayd
// ended as asked. An operator the harness stopped or killed before is not
// an error.
func (c *Cluster) StopAll() error {
	var errs []error
	var running []*Operator
	for _, op := range c.ops {
		if op.Running() {
			running = append(running, op)
		} else if err := op.Alive(); err != nil {
			errs = append(errs, err)
		}
	}
	c.Close()
	for _, op := range running {
		ex, _ := op.LastExit()
		switch {
		case !ex.Stopped: // died just before the SIGTERM
			errs = append(errs, newExitError(op, ex))
		case !ex.Clean():
			errs = append(errs, fmt.Errorf("on shutdown: %w", newExitError(op, ex)))
		}
	}
	return errors.Join(errs...)
}

// crashHeader matches the first line of a Go crash report: a panic, a
// runtime fatal error ("fatal error: concurrent map read and map write"),
// or a fatal signal ("SIGSEGV: segmentation violation", "SIGABRT: abort").
var crashHeader = regexp.MustCompile(`^(panic: |fatal error: |SIG[A-Z]+: )`)

// maxExcerptRead bounds how much of the end of a log LogExcerpt reads.
const maxExcerptRead = 1 << 20

// LogExcerpt returns the end of the log at path worth quoting when a relayd
// died: when its last MiB holds a Go crash report — a line starting with
// "panic: ", "fatal error: " or a signal such as "SIGSEGV: ", which the
// runtime writes to stderr before the goroutine traces — the text from the
// last such line (at most 3n lines), else the last n lines. A read error is returned as the text.
func LogExcerpt(path string, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > maxExcerptRead {
		if _, err := f.Seek(st.Size()-maxExcerptRead, io.SeekStart); err != nil {
			return err.Error()
		}
	}
	raw, err := io.ReadAll(f)
	if err != nil {
		return err.Error()
	}
	return excerpt(raw, n)
}

func excerpt(raw []byte, n int) string {
	lines := strings.Split(string(bytes.TrimRight(raw, "\n")), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return ""
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if crashHeader.MatchString(lines[i]) {
			end := min(len(lines), i+3*n)
			return strings.Join(lines[i:end], "\n")
		}
	}
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TB is what RunLogDir needs of a *testing.T or *testing.B (this package
// does not link package testing: cmd/devnet uses it).
type TB interface {
	Helper()
	Cleanup(func())
	Failed() bool
	Logf(format string, args ...any)
}

// RunLogDir returns the directory for a run's relayd logs (Config.LogDir):
// keep when it is set (created if missing, left in place), else a new
// os.TempDir()/kakehashi-<name>-logs-* directory that is removed when tb
// passes and kept when it fails. Either way a failed tb logs where the
// logs are. Register it before the cluster's own cleanup, so that the
// relays are stopped first.
func RunLogDir(tb TB, keep, name string) (string, error) {
	tb.Helper()
	dir := keep
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
	} else {
		var err error
		if dir, err = os.MkdirTemp("", "kakehashi-"+name+"-logs-"); err != nil {
			return "", err
		}
	}
	tb.Cleanup(func() {
		switch {
		case tb.Failed():
			tb.Logf("relayd logs kept in %s", dir)
		case keep == "":
			_ = os.RemoveAll(dir)
		}
	})
	return dir, nil
}
