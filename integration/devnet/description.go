package devnet

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// File is the name of the description file in a devnet's directory.
const File = "devnet.json"

// ErrNotRunning: the directory holds no description; see the package
// documentation.
var ErrNotRunning = errors.New("no devnet running")

// Description is what a running devnet publishes about itself, in
// Dir/devnet.json. Other commands read it to find endpoints and keys.
type Description struct {
	Dir       string    `json:"dir"`
	StartedAt time.Time `json:"startedAt"`
	BTC       *BTCNode  `json:"btc,omitempty"`
	EVM       []EVMNode `json:"evm,omitempty"`
	NATS      *NATSNode `json:"nats,omitempty"`
	Processes []Proc    `json:"processes"`
	// Relays are the relayd processes of `devnet up --bridge`, stopped
	// before the nodes by `devnet down`.
	Relays []Relay `json:"relays,omitempty"`
}

// Relay is one operator's relayd on the devnet: its process, its HTTP
// server (/readyz, /metrics, /v1/transfers/<id>) and its files.
type Relay struct {
	Proc
	Operator string `json:"operator"`
	HTTP     string `json:"http"`
	Config   string `json:"config"`
}

// NATSNode describes the NATS server.
type NATSNode struct {
	URL      string `json:"url"`
	StoreDir string `json:"storeDir"`
	// Federation is the directory of the bus's NATS trust (`relayd bus
	// init` layout): the server refuses anonymous clients.
	Federation string `json:"federation,omitempty"`
}

// Proc is a process the devnet started, recorded so that `devnet down` can
// stop exactly it, and nothing that reused its PID.
type Proc struct {
	Name string `json:"name"`
	PID  int    `json:"pid"`
	Path string `json:"path"`
	Log  string `json:"log"`
}

// Read reads the description of the devnet in dir.
func Read(dir string) (*Description, error) {
	var desc Description
	found, err := atomicfile.ReadJSON(filepath.Join(dir, File), &desc)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("%w in %s: start one with `devnet up`", ErrNotRunning, dir)
	}
	return &desc, nil
}

// Write replaces dir/devnet.json with desc, atomically; only its owner may
// read it (it holds RPC credentials).
func Write(dir string, desc *Description) error {
	raw, err := json.MarshalIndent(desc, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, File), raw, 0o600)
}

// Alive lists which recorded processes (nodes and relays) are running, by
// name.
func (desc *Description) Alive() map[string]bool {
	m := make(map[string]bool, len(desc.Processes)+len(desc.Relays))
	for _, p := range desc.AllProcs() {
		m[p.Name] = p.Alive()
	}
	return m
}

// AllProcs is every recorded process: the relays first (they are stopped
// before the nodes they use), then the nodes.
func (desc *Description) AllProcs() []Proc {
	all := make([]Proc, 0, len(desc.Relays)+len(desc.Processes))
	for _, r := range desc.Relays {
		all = append(all, r.Proc)
	}
	return append(all, desc.Processes...)
}

// Alive reports whether p's PID is a live (non-zombie) process running p's
// executable — so a PID reused by an unrelated process is never taken for
// it.
func (p Proc) Alive() bool {
	if p.PID <= 0 {
		return false
	}
	exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", p.PID))
	if err != nil {
		return false
	}
	if stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.PID)); err == nil {
		// Field 3 is the state; Z is a zombie that only waits to be reaped.
		if i := strings.LastIndexByte(string(stat), ')'); i > 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
			return false
		}
	}
	want, _ := filepath.EvalSymlinks(p.Path)
	return exe == p.Path || exe == want || strings.TrimSuffix(exe, " (deleted)") == want
}
