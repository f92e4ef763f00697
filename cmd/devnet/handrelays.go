package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// A relayd started by hand (docs/relay.md, "Three operators by hand") is
// not in devnet.json: `devnet down` does not stop it — it stops only what
// `up` started — and once the nodes are gone that relayd fails against
// them. So down first looks for such relays in the process table and, after
// stopping the devnet, names them and how to stop them; it never signals
// them.
//
// A relayd uses this devnet when
//   - an argument of its command line names a file inside the devnet
//     directory (--config .devnet/op1/relayd.yaml, --deployment
//     .devnet/deployment.json), relative paths taken from its working
//     directory, as relayd takes them; or
//   - its configuration file (--config) or its KAKEHASHI_* variables name
//     one of the devnet's endpoints: a loopback host:port of an anvil,
//     btcd or NATS of devnet.json. The kernel gave those ports to this
//     devnet, so while it runs no other devnet has them.
// Processes of other users whose working directory or environment cannot
// be read are judged on what can be.

// osProc is one live process as the process table shows it.
type osProc struct {
	PID   int
	Start uint64   // start time (clock ticks after boot): with PID, the process's identity
	Exe   string   // the executable (/proc/PID/exe), "" when unreadable
	Args  []string // the command line
	Cwd   string   // the working directory, "" when unreadable
	Env   []string // its KAKEHASHI_* variables, NAME=VALUE
}

// procTable is the machine's process table.
type procTable interface {
	// Procs lists the live processes.
	Procs() ([]osProc, error)
	// Running reports whether p still runs: its PID is live, not a
	// zombie, and was not reused by another process.
	Running(p osProc) bool
}

// procfs is the procTable of a Linux /proc mounted at root.
type procfs struct{ root string }

// Procs lists the processes under root, zombies and kernel threads left
// out (they hold no command line).
func (p procfs) Procs() ([]osProc, error) {
	ents, err := os.ReadDir(p.root)
	if err != nil {
		return nil, err
	}
	var out []osProc
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid <= 0 {
			continue
		}
		dir := filepath.Join(p.root, e.Name())
		start, ok := p.start(pid)
		if !ok {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "cmdline"))
		if err != nil || len(raw) == 0 {
			continue
		}
		pr := osProc{PID: pid, Start: start, Args: splitNUL(raw)}
		pr.Exe, _ = os.Readlink(filepath.Join(dir, "exe"))
		pr.Cwd, _ = os.Readlink(filepath.Join(dir, "cwd"))
		if env, err := os.ReadFile(filepath.Join(dir, "environ")); err == nil {
			for _, kv := range splitNUL(env) {
				if strings.HasPrefix(kv, "KAKEHASHI_") {
					pr.Env = append(pr.Env, kv)
				}
			}
		}
		out = append(out, pr)
	}
	return out, nil
}

// Running reports whether p is still the live process it was.
func (p procfs) Running(pr osProc) bool {
	start, ok := p.start(pr.PID)
	return ok && start == pr.Start
}

// start reads pid's start time from its stat; ok is false when pid is
// gone or a zombie.
func (p procfs) start(pid int) (uint64, bool) {
	stat, err := os.ReadFile(filepath.Join(p.root, strconv.Itoa(pid), "stat"))
	if err != nil || isZombie(stat) {
		return 0, false
	}
	// After the parenthesised name: state (field 3) … starttime (field 22).
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	if len(fields) < 20 {
		return 0, false
	}
	start, err := strconv.ParseUint(fields[19], 10, 64)
	return start, err == nil
}

// isZombie reads /proc/PID/stat: field 3, after the parenthesised name,
// is the state; Z only waits to be reaped.
func isZombie(stat []byte) bool {
	i := bytes.LastIndexByte(stat, ')')
	return i > 0 && i+2 < len(stat) && stat[i+2] == 'Z'
}

func splitNUL(b []byte) []string {
	return strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
}

// handRelay is a relayd that `devnet up` did not start and that uses the
// devnet.
type handRelay struct {
	PID    int    `json:"pid"`
	Config string `json:"config,omitempty"` // its --config, as given
	Why    string `json:"why"`              // what ties it to the devnet
	proc   osProc
}

// findHandRelays lists the relayd in procs that use the devnet desc in dir
// (see the comment at the top of this file) and that it did not start.
func findHandRelays(desc *devnet.Description, dir string, procs []osProc) []handRelay {
	absDir := ""
	if abs, err := filepath.Abs(dir); err == nil {
		absDir = realPath(abs, "")
	}
	ours := map[int]bool{os.Getpid(): true}
	for _, r := range desc.Relays {
		ours[r.PID] = true
	}
	ports := devnetPorts(desc)
	var out []handRelay
	for _, p := range procs {
		if ours[p.PID] || !isRelayd(p) {
			continue
		}
		cfg := flagValue(p.Args[1:], "config", "c")
		if why := p.pathInDir(absDir); why != "" {
			out = append(out, handRelay{PID: p.PID, Config: cfg, Why: why, proc: p})
		} else if why := p.namesEndpoint(cfg, ports); why != "" {
			out = append(out, handRelay{PID: p.PID, Config: cfg, Why: why, proc: p})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].PID < out[j].PID })
	return out
}

// isRelayd: the program is called relayd (a deleted, rebuilt binary
// included).
func isRelayd(p osProc) bool {
	if len(p.Args) == 0 {
		return false
	}
	return filepath.Base(p.Args[0]) == "relayd" || filepath.Base(strings.TrimSuffix(p.Exe, " (deleted)")) == "relayd"
}

// pathInDir says which argument of p's command line names an existing
// file in the devnet directory absDir, if one does.
func (p osProc) pathInDir(absDir string) string {
	if absDir == "" {
		return ""
	}
	for _, arg := range p.Args[1:] {
		if strings.HasPrefix(arg, "-") {
			_, v, ok := strings.Cut(arg, "=")
			if !ok {
				continue
			}
			arg = v
		}
		if path := realPath(arg, p.Cwd); path != "" && within(path, absDir) {
			return fmt.Sprintf("its command line names %s, in the devnet directory", arg)
		}
	}
	return ""
}

// namesEndpoint says which of the devnet's endpoints p's configuration file
// cfg (read from p's working directory) or its KAKEHASHI_* variables name,
// if any does.
func (p osProc) namesEndpoint(cfg string, ports map[string]string) string {
	if cfg != "" {
		if path := realPath(cfg, p.Cwd); path != "" {
			if raw, err := readHead(path, 1<<20); err == nil {
				if ep := loopbackEndpoint(string(raw), ports); ep != "" {
					return fmt.Sprintf("%s names %s", cfg, ep)
				}
			}
		}
	}
	if ep := loopbackEndpoint(strings.Join(p.Env, "\n"), ports); ep != "" {
		return "its environment names " + ep
	}
	return ""
}

// devnetPorts maps each port of the devnet's nodes to what serves it.
func devnetPorts(desc *devnet.Description) map[string]string {
	ports := map[string]string{}
	add := func(endpoint, what string) {
		if u, err := url.Parse(endpoint); err == nil && u.Port() != "" {
			ports[u.Port()] = what
		} else if _, port, err := net.SplitHostPort(endpoint); err == nil {
			ports[port] = what
		}
	}
	for _, n := range desc.EVM {
		add(n.RPCURL, fmt.Sprintf("anvil %d", n.ChainID))
		add(n.WSURL, fmt.Sprintf("anvil %d", n.ChainID))
	}
	if desc.BTC != nil {
		add(desc.BTC.RPCHost, "btcd")
	}
	if desc.NATS != nil {
		add(desc.NATS.URL, "nats")
	}
	return ports
}

// loopbackAddr finds host:port on a loopback name; the port ends at a
// non-digit, so 127.0.0.1:80 is not read in 127.0.0.1:8080.
var loopbackAddr = regexp.MustCompile(`(127\.0\.0\.1|localhost|\[::1\]):([0-9]{1,5})([^0-9]|$)`)

// loopbackEndpoint is the first loopback host:port in text that is one of
// ports, with what serves it.
func loopbackEndpoint(text string, ports map[string]string) string {
	for _, m := range loopbackAddr.FindAllStringSubmatch(text, -1) {
		if what, ok := ports[m[2]]; ok {
			return fmt.Sprintf("%s:%s (%s)", m[1], m[2], what)
		}
	}
	return ""
}

// flagValue is the value of --long or -short in args, in any of the forms
// cobra accepts (--long V, --long=V, -s V, -s=V, -sV), or "".
func flagValue(args []string, long, short string) string {
	for i, a := range args {
		switch {
		case a == "--"+long || a == "-"+short:
			if i+1 < len(args) {
				return args[i+1]
			}
		case strings.HasPrefix(a, "--"+long+"="):
			return strings.TrimPrefix(a, "--"+long+"=")
		case strings.HasPrefix(a, "-"+short) && !strings.HasPrefix(a, "--"):
			return strings.TrimPrefix(strings.TrimPrefix(a, "-"+short), "=")
		}
	}
	return ""
}

// realPath is path, taken from cwd when relative, with its symbolic links
// resolved; "" when it does not exist or cannot be placed (relative, and
// the working directory unknown).
func realPath(path, cwd string) string {
	if path == "" || !filepath.IsAbs(path) && cwd == "" {
		return ""
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(cwd, path)
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return ""
	}
	return real
}

func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// readHead reads at most n bytes of the file at path.
func readHead(path string, n int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}

// handExitGrace is how long down gives the relayd it found to exit before
// it stops the nodes: the documented teardown (docs/relay.md) sends them
// SIGTERM just before 'devnet down', and a relayd shuts down faster, and
// releases its leases, while its nodes and bus still answer. A variable
// for the tests.
var handExitGrace = 5 * time.Second

// stillRunning keeps the relays of found that still run, waiting up to
// grace (polling every 100 ms) for them to exit.
func stillRunning(table procTable, found []handRelay, grace time.Duration) []handRelay {
	deadline := time.Now().Add(grace)
	for {
		left := found[:0:0]
		for _, r := range found {
			if table.Running(r.proc) {
				left = append(left, r)
			}
		}
		if len(left) == 0 || !time.Now().Before(deadline) {
			return left
		}
		found = left
		time.Sleep(100 * time.Millisecond)
	}
}

// warnHandRelays tells, on w, which relayd keep running after down and how
// to stop them; a failed scan is said once, as a note.
func warnHandRelays(w io.Writer, found []handRelay, scanErr error) {
	if scanErr != nil {
		fmt.Fprintf(w, "note: could not look for relayd started by hand (%v): stop any you started against this devnet yourself\n", scanErr)
		return
	}
	if len(found) == 0 {
		return
	}
	pids := make([]string, len(found))
	for i, r := range found {
		pids[i] = strconv.Itoa(r.PID)
		fmt.Fprintf(w, "warning: relayd pid %d was not started by devnet and uses this devnet (%s): it keeps running against the stopped nodes\n", r.PID, r.Why)
	}
	fmt.Fprintf(w, "warning: devnet down stops only what 'devnet up' started; stop these yourself: kill %s (SIGTERM: relayd shuts down cleanly)\n", strings.Join(pids, " "))
}
