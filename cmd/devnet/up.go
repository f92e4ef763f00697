package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/rs/zerolog"
)

// devnet up --bridge: the devnet, the bridges deployed (TST, ETH, BTC
// defined), a funded demo user and three relayd (2-of-3), all left running
// in the background until `devnet down`. The relays are recorded in
// devnet.json (Description.Relays), so that `down` stops them first.

// refuseRunning refuses a directory whose devnet still runs.
func refuseRunning(dir string) error {
	desc, err := devnet.Read(dir)
	if err != nil {
		return nil // nothing there, or an unreadable leftover harness.Start reports
	}
	var alive []string
	for _, p := range desc.AllProcs() {
		if p.Alive() {
			alive = append(alive, fmt.Sprintf("%s (pid %d)", p.Name, p.PID))
		}
	}
	if len(alive) == 0 {
		return nil
	}
	return fmt.Errorf("%w in %s (%s): stop it with `devnet --dir %s down` first, or choose another --dir", harness.ErrAlreadyRunning, dir, strings.Join(alive, ", "), dir)
}

// upBridge runs `devnet up --bridge`. On any error everything it started is
// stopped (logs stay in the devnet dir).
func upBridge(ctx context.Context, g *globalFlags, nf *nodeFlags, bf bridgeFlags, serve []string, w io.Writer, log zerolog.Logger) (err error) {
	if err := refuseRunning(g.dir); err != nil {
		return err
	}
	relayd, _, err := demoBinaries(nf, bf)
	if err != nil {
		return err
	}
	bf.detach = true
	r := &reporter{w: w, json: g.json, began: time.Now()}
	b := &bridgeDemo{f: bf, r: r, clients: map[chains.ChainID]*ethclient.Client{}, names: map[chains.ChainID]string{},
		http: &http.Client{Timeout: 2 * time.Second}, lastExec: map[chains.ChainID]uint64{}}
	defer func() {
		if err != nil {
			err = b.stopAll(ctx, err)
			return
		}
		b.closeClients()
	}()
	cfg := nf.config(g.dir)
	cfg.Detach, cfg.ServeCommand = true, serve
	if err := b.startDevnet(ctx, cfg, log); err != nil {
		return err
	}
	if err := b.deploy(ctx); err != nil {
		return err
	}
	user := demoUser{EVMAddress: addr(b.user).Hex()}
	if b.d.BTC != nil {
		if user.BTCAddress, err = fundDemoBTC(ctx, b.d); err != nil {
			return err
		}
		r.step("user", "demo user "+user.BTCAddress+": 5 BTC", map[string]any{"btcAddress": user.BTCAddress})
	}
	if err := b.startRelays(ctx, relayd, log); err != nil {
		return err
	}
	desc := b.d.Description
	for _, op := range b.fed.Operators() {
		desc.Relays = append(desc.Relays, devnet.Relay{
			Proc:     devnet.Proc{Name: fmt.Sprintf("relayd-op%d", op.Index), PID: op.PID(), Path: relayd, Log: op.LogPath},
			Operator: op.Address.Hex(), HTTP: op.HTTP, Config: op.Config,
		})
	}
	if err := devnet.Write(desc.Dir, &desc); err != nil {
		return err
	}
	return printBridgeUp(w, g.json, &desc, b.depPath, user, time.Since(r.began))
}

// closeClients closes the demo's connections, leaving every process run.
func (b *bridgeDemo) closeClients() {
	for _, c := range b.clients {
		c.Close()
	}
	if b.btc != nil {
		b.btc.Shutdown()
	}
}

// upResult is the last JSON object of `devnet --json up --bridge`.
type upResult struct {
	Devnet       *devnet.Description `json:"devnet"`
	Deployment   string              `json:"deployment"`
	DemoUser     demoUser            `json:"demoUser"`
	DemoKey      string              `json:"demoKey"`
	StartSeconds float64             `json:"startSeconds"`
}

func printBridgeUp(w io.Writer, jsonOut bool, d *devnet.Description, depPath string, user demoUser, took time.Duration) error {
	k, err := demoKey()
	if err != nil {
		return err
	}
	keyHex := "0x" + hex.EncodeToString(k.D.FillBytes(make([]byte, 32)))
	if jsonOut {
		return json.NewEncoder(w).Encode(upResult{Devnet: d, Deployment: depPath, DemoUser: user, DemoKey: keyHex, StartSeconds: took.Seconds()})
	}
	fmt.Fprintf(w, "\ndevnet up with the bridge in %.1fs; it runs in the background until `devnet down`\n", took.Seconds())
	fmt.Fprintf(w, "  devnet      %s\n", filepath.Join(d.Dir, devnet.File))
	fmt.Fprintf(w, "  deployment  %s (TST, ETH, BTC)\n", depPath)
	for _, r := range d.Relays {
		fmt.Fprintf(w, "  %-11s %s pid %d  http://%s (/readyz, /metrics, /v1/transfers/<id>)\n", r.Name, r.Operator, r.PID, r.HTTP)
		fmt.Fprintf(w, "              config %s\n              log    %s\n", r.Config, r.Log)
	}
	for _, p := range d.Processes {
		fmt.Fprintf(w, "  %-11s pid %d  log %s\n", p.Name, p.PID, p.Log)
	}
	fmt.Fprintf(w, "  demo user   %s", user.EVMAddress)
	if user.BTCAddress != "" {
		fmt.Fprintf(w, " / %s", user.BTCAddress)
	}
	fmt.Fprintf(w, " (100 ETH on each EVM chain, 100 TST on A")
	if user.BTCAddress != "" {
		fmt.Fprint(w, ", 5 BTC")
	}
	fmt.Fprintf(w, "); its public devnet-only key:\n    export KAKEHASHI_KEY=%s\n", keyHex)
	fmt.Fprintln(w, "  then: bridgectl lock --asset TST --amount 5 --to B; bridgectl status <transferId>; devnet status --bridge")
	return nil
}

// errNoRelays: `devnet status --bridge` on a devnet started without --bridge.
var errNoRelays = errors.New("this devnet runs no relays: it was started without --bridge; `devnet down` then `devnet up --bridge`")
