package harness

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
)

// ServeConfig is what the in-process services of a devnet need: the NATS
// server with JetStream, and the BTC miner loop that makes confirmations
// advance with nobody typing.
type ServeConfig struct {
	NATSPort     int    `json:"natsPort,omitempty"`
	NATSStoreDir string `json:"natsStoreDir,omitempty"`
	// NATSFederation is the federation directory the server trusts.
	NATSFederation string          `json:"natsFederation,omitempty"`
	BTC            *devnet.BTCNode `json:"btc,omitempty"`
	BlockInterval  time.Duration   `json:"blockInterval,omitempty"`
}

// Serve runs the services described by the ServeConfig JSON file at path
// until ctx ends. `devnet up` runs it in a detached child (see
// Config.ServeCommand).
func Serve(ctx context.Context, path string, log zerolog.Logger) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var sc ServeConfig
	if err := json.Unmarshal(raw, &sc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return serve(ctx, sc, log, func(*server.Server, error) {})
}

func serve(ctx context.Context, sc ServeConfig, log zerolog.Logger, ready func(*server.Server, error)) error {
	var ns *server.Server
	if sc.NATSPort != 0 {
		opts := &server.Options{
			ServerName: "kakehashi-devnet",
			Host:       "127.0.0.1",
			Port:       sc.NATSPort,
			JetStream:  true,
			StoreDir:   sc.NATSStoreDir,
			NoSigs:     true,
			NoLog:      true,
			SyncAlways: true,
		}
		err := configureTrust(opts, sc.NATSFederation)
		if err == nil {
			ns, err = server.NewServer(opts)
		}
		if err != nil {
			ready(nil, fmt.Errorf("nats: %w", err))
			return err
		}
		go ns.Start()
		if !ns.ReadyForConnections(10 * time.Second) {
			ns.Shutdown()
			err := fmt.Errorf("%w: nats did not listen on 127.0.0.1:%d within 10s", ErrPortBusy, sc.NATSPort)
			ready(nil, err)
			return err
		}
		defer func() { ns.Shutdown(); ns.WaitForShutdown() }()
	}
	ready(ns, nil)
	if sc.BTC != nil && sc.BlockInterval > 0 {
		go mineLoop(ctx, *sc.BTC, sc.BlockInterval, log)
	}
	<-ctx.Done()
	return nil
}

func configureTrust(opts *server.Options, dir string) error {
	if dir == "" {
		return nil
	}
	f, err := busauth.Load(dir)
	if err != nil {
		return err
	}
	return f.ServerOptions(opts)
}

// mineLoop mines one block every interval, as a real chain would produce
// them, until ctx ends.
func mineLoop(ctx context.Context, n devnet.BTCNode, every time.Duration, log zerolog.Logger) {
	c, err := n.NewClient()
	if err != nil {
		log.Error().Err(err).Msg("btc miner: no client")
		return
	}
	defer c.Shutdown()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := c.Generate(1); err != nil {
				log.Warn().Err(err).Msg("btc miner: generate failed")
			}
		}
	}
}

// waitNATS waits until a NATS server answers with JetStream enabled.
func waitNATS(ctx context.Context, n *devnet.NATSNode, p *proc) error {
	url := n.URL
	deadline := time.Now().Add(15 * time.Second)
	for {
		nc, err := nats.Connect(url, append(n.AdminOptions(), nats.Timeout(time.Second))...)
		if err == nil {
			js, jerr := nc.JetStream()
			if jerr == nil {
				_, jerr = js.AccountInfo()
			}
			nc.Close()
			if jerr == nil {
				return nil
			}
			err = jerr
		}
		if p != nil && p.exited() {
			return fmt.Errorf("nats exited during start-up: see %s", p.Log)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("nats at %s did not answer within 15s: %w", url, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
