package harness

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/kakehashi/kakehashi/relay/bus/busauth"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// InitialBTCBlocks are mined to the faucet at start: past coinbase maturity
// (100) with 20 mature coinbases of 50 BTC to fund from.
const InitialBTCBlocks = 120

// Config says which nodes to start and how.
type Config struct {
	// Dir holds the nodes' data, logs and the description file. Required.
	Dir string
	// BTC starts btcd in regtest.
	BTC bool
	// EVMChainIDs starts one anvil per id.
	EVMChainIDs []uint64
	// NATS starts a NATS server with JetStream.
	NATS bool
	// BasePort, if non-zero, puts the nodes on fixed consecutive ports from
	// it (checked free); zero picks free ports.
	BasePort int
	// EVMBlockTime, if non-zero, makes anvil mine on its own at this interval.
	EVMBlockTime time.Duration
	// BTCBlockInterval, if non-zero, runs a miner loop calling generate.
	BTCBlockInterval time.Duration
	// Detach lets the nodes outlive this process (`devnet up`): they get
	// their own process group and NATS and the miner loop run in a child
	// started as ServeCommand.
	Detach bool
	// ServeCommand is the command line, without arguments, of a program that
	// calls Serve with the JSON ServeConfig path as its last argument. Needed
	// with Detach when NATS or BTCBlockInterval is on.
	ServeCommand []string
	// ToolsDir overrides where btcd and anvil are found.
	ToolsDir string
}

// Devnet is a running devnet.
type Devnet struct {
	devnet.Description
	cfg Config
	log zerolog.Logger

	procs   []*proc
	nats    *server.Server
	cancel  context.CancelFunc
	serving sync.WaitGroup
	faucet  *btcFaucet
	stopped bool
}

// Start brings up the nodes cfg asks for, waits until each answers and
// writes Dir/devnet.json. On error everything already started is stopped.
func Start(ctx context.Context, cfg Config, log zerolog.Logger) (*Devnet, error) {
	if cfg.Dir == "" {
		return nil, errors.New("harness: Config.Dir is required")
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	cfg.Dir = dir
	if desc, err := devnet.Read(dir); err == nil && alivePIDs(desc) != "" {
		return nil, fmt.Errorf("%w in %s (pids %s): run `devnet down` first, or use another --dir", ErrAlreadyRunning, dir, alivePIDs(desc))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("devnet dir: %w", err)
	}
	if cfg.Detach && (cfg.NATS || cfg.BTCBlockInterval > 0) && len(cfg.ServeCommand) == 0 {
		return nil, errors.New("harness: Detach with NATS or a BTC miner needs Config.ServeCommand")
	}
	// Find every tool before starting anything, so a missing one costs nothing.
	var btcdPath, anvilPath string
	if cfg.BTC {
		if btcdPath, err = findTool(cfg.ToolsDir, "btcd"); err != nil {
			return nil, err
		}
	}
	if len(cfg.EVMChainIDs) > 0 {
		if anvilPath, err = findTool(cfg.ToolsDir, "anvil"); err != nil {
			return nil, err
		}
	}

	d := &Devnet{cfg: cfg, log: log.With().Str("component", "devnet").Logger()}
	d.Dir, d.StartedAt = dir, time.Now().UTC()
	ok := false
	defer func() {
		if !ok {
			d.Stop()
		}
	}()
	// Start every process first, then wait for all: the waits overlap.
	natsPort, err := d.startNodes(btcdPath, anvilPath)
	if err != nil {
		return nil, err
	}
	if err := d.waitNodes(ctx); err != nil {
		return nil, err
	}
	if err := d.startServe(ctx, natsPort); err != nil {
		return nil, err
	}
	if d.NATS != nil {
		if err := d.NATS.Init(ctx, devnet.DefaultLeaseTTL); err != nil {
			return nil, fmt.Errorf("harness: bus layout: %w", err)
		}
	}
	for _, p := range d.procs {
		d.Processes = append(d.Processes, p.Proc)
	}
	if err := devnet.Write(d.Dir, &d.Description); err != nil {
		return nil, err
	}
	ok = true
	return d, nil
}

// startNodes starts btcd and the anvil chains without waiting for them,
// and prepares the NATS federation; it returns the port NATS will serve
// on (0 without NATS).
func (d *Devnet) startNodes(btcdPath, anvilPath string) (natsPort int, err error) {
	cfg := d.cfg
	pp := &ports{next: cfg.BasePort}
	if cfg.BTC {
		btcPort, err := pp.take()
		if err != nil {
			return 0, err
		}
		if err := d.startBTC(btcdPath, btcPort); err != nil {
			return 0, err
		}
	}
	for _, id := range cfg.EVMChainIDs {
		port, err := pp.take()
		if err != nil {
			return 0, err
		}
		if err := d.startEVM(anvilPath, id, port); err != nil {
			return 0, err
		}
	}
	if cfg.NATS {
		if natsPort, err = pp.take(); err != nil {
			return 0, err
		}
		d.NATS = &devnet.NATSNode{URL: fmt.Sprintf("nats://127.0.0.1:%d", natsPort), StoreDir: filepath.Join(d.Dir, "nats"),
			Federation: filepath.Join(d.Dir, "nats-federation")}
		if err := newFederation(d.NATS.Federation); err != nil {
			return 0, err
		}
	}
	return natsPort, nil
}

// waitNodes waits until every chain node started answers.
func (d *Devnet) waitNodes(ctx context.Context) error {
	for i := range d.EVM {
		if err := d.waitEVM(ctx, i); err != nil {
			return err
		}
	}
	if d.cfg.BTC {
		return d.waitBTC(ctx)
	}
	return nil
}

// newFederation writes the NATS trust of a devnet's bus (what `relayd bus
// init` does), keeping one that is there.
func newFederation(dir string) error {
	if _, err := busauth.Load(dir); err == nil {
		return nil
	}
	f, err := busauth.New("kakehashi-devnet")
	if err != nil {
		return err
	}
	return f.Save(dir)
}

// startServe runs NATS and the BTC miner loop: in this process, or in a
// detached child when the devnet must outlive us.
func (d *Devnet) startServe(ctx context.Context, natsPort int) error {
	sc := ServeConfig{NATSPort: natsPort, BlockInterval: d.cfg.BTCBlockInterval}
	if d.NATS != nil {
		sc.NATSStoreDir = d.NATS.StoreDir
		sc.NATSFederation = d.NATS.Federation
	}
	if d.BTC != nil && d.cfg.BTCBlockInterval > 0 {
		sc.BTC = d.BTC
	}
	if sc.NATSPort == 0 && sc.BTC == nil {
		return nil
	}
	if d.cfg.Detach {
		path := filepath.Join(d.Dir, "serve.json")
		raw, _ := json.MarshalIndent(sc, "", "  ")
		if err := os.WriteFile(path, raw, 0o600); err != nil {
			return err
		}
		args := append(append([]string{}, d.cfg.ServeCommand[1:]...), path)
		p, err := startProc("serve", d.cfg.ServeCommand[0], args, filepath.Join(d.Dir, "serve.log"), true)
		if err != nil {
			return err
		}
		d.procs = append(d.procs, p)
		if d.NATS != nil {
			return waitNATS(ctx, d.NATS, p)
		}
		return nil
	}
	sctx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	ready := make(chan error, 1)
	d.serving.Add(1)
	go func() {
		defer d.serving.Done()
		_ = serve(sctx, sc, d.log, func(s *server.Server, err error) { d.nats = s; ready <- err })
	}()
	select {
	case err := <-ready:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stop stops every node this Devnet started and waits for them to exit.
// Data stays in Dir; RemoveData deletes it.
func (d *Devnet) Stop() {
	if d.stopped {
		return
	}
	d.stopped = true
	if d.cancel != nil {
		d.cancel()
		d.serving.Wait()
	}
	var wg sync.WaitGroup
	for _, p := range d.procs {
		wg.Add(1)
		go func(p *proc) { defer wg.Done(); p.stop(5 * time.Second) }(p)
	}
	wg.Wait()
	_ = os.Remove(filepath.Join(d.Dir, devnet.File))
}

// RemoveData deletes Dir. Call after Stop.
func (d *Devnet) RemoveData() error { return os.RemoveAll(d.Dir) }

// StopDir stops the devnet described in dir — only the processes it
// recorded, matched by PID and executable: the relays first, while the
// nodes they use still answer, then the nodes — and removes dir unless
// keep.
func StopDir(dir string, keep bool) (*devnet.Description, error) {
	desc, err := devnet.Read(dir)
	if err != nil {
		return nil, err
	}
	relays := make([]devnet.Proc, len(desc.Relays))
	for i, r := range desc.Relays {
		relays[i] = r.Proc
	}
	stopAll(relays, relayStopGrace)
	stopAll(desc.Processes, 5*time.Second)
	if alive := alivePIDs(desc); alive != "" {
		return desc, fmt.Errorf("devnet processes still alive after SIGKILL: %s", alive)
	}
	if keep {
		return desc, os.Remove(filepath.Join(dir, devnet.File))
	}
	return desc, os.RemoveAll(dir)
}

// relayStopGrace is how long a relayd gets to shut down on SIGTERM (it
// releases its leases and closes its stores) before SIGKILL.
const relayStopGrace = 15 * time.Second

// stopAll stops the recorded processes, all at once.
func stopAll(recs []devnet.Proc, grace time.Duration) {
	var wg sync.WaitGroup
	for _, rec := range recs {
		p := &proc{Proc: rec}
		wg.Add(1)
		go func() { defer wg.Done(); p.stop(grace) }()
	}
	wg.Wait()
}

// alivePIDs lists the recorded processes, relays included, that are still
// alive, as name=pid.
func alivePIDs(desc *devnet.Description) string {
	var alive []string
	for _, p := range desc.AllProcs() {
		if p.Alive() {
			alive = append(alive, fmt.Sprintf("%s=%d", p.Name, p.PID))
		}
	}
	return strings.Join(alive, ",")
}

func (d *Devnet) proc(name string) *proc {
	for _, p := range d.procs {
		if p.Name == name {
			return p
		}
	}
	return nil
}
