package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	neturl "net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/internal/usage"
)

// app holds the global flags and what they resolve to.
type app struct {
	devnetDir  string
	deployment string
	key        string
	keyFile    string
	rpc        []string
	rpcByChain map[chains.ChainID]string // --rpc, resolved (rpcOverrides)
	btcRPC     string
	btcUser    string
	btcPass    string
	console    console
	getenv     func(string) string
	globals    *pflag.FlagSet // the persistent flags, to tell which were given

	desc *devnet.Description // nil until devnet() is called
	dep  *deployment.Deployment
}

// New returns the bridgectl root command writing to stdout and stderr.
func New(stdout, stderr io.Writer) *cobra.Command {
	a := &app{console: console{stdout: stdout, stderr: stderr}, getenv: os.Getenv}
	root := &cobra.Command{
		Use:   "bridgectl",
		Short: "Use, operate and audit a Kakehashi bridge: lock, burn, deposit, refund, status, assets, operator actions, audit",
		Long: `bridgectl talks to the chains of a Kakehashi deployment directly: it reads
the deployment file (bridges, assets, Bitcoin federation) and the devnet
description (endpoints and faucet keys), checks every request against the
chains before sending anything, and prints one line of advice when it refuses.

Endpoints come from <devnet-dir>/devnet.json unless given with --rpc and
--btc-rpc. Your key comes from --key, --key-file or KAKEHASHI_KEY.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		// Flags that name chains are checked before any command runs.
		PersistentPreRunE: func(*cobra.Command, []string) error {
			_, err := a.rpcOverrides()
			return err
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	pf := root.PersistentFlags()
	a.globals = pf
	pf.StringVar(&a.devnetDir, "devnet-dir", envOr("KAKEHASHI_DEVNET_DIR", ".devnet"), "devnet directory holding devnet.json (env KAKEHASHI_DEVNET_DIR)")
	pf.StringVar(&a.deployment, "deployment", os.Getenv("KAKEHASHI_DEPLOYMENT"), "deployment file (env KAKEHASHI_DEPLOYMENT; default <devnet-dir>/deployment.json)")
	pf.StringVar(&a.key, "key", "", "your private key: 32-byte hex (EVM and Bitcoin) or a WIF (Bitcoin); env KAKEHASHI_KEY")
	pf.StringVar(&a.keyFile, "key-file", "", "file holding your key as hex or WIF, or a go-ethereum keystore (passphrase in KAKEHASHI_PASSPHRASE)")
	pf.StringSliceVar(&a.rpc, "rpc", nil, "EVM endpoint override, CHAIN=URL with CHAIN a chain name or id (repeatable), e.g. A=http://127.0.0.1:8545")
	pf.StringVar(&a.btcRPC, "btc-rpc", "", "btcd RPC host:port override (plain HTTP)")
	pf.StringVar(&a.btcUser, "btc-user", "", "btcd RPC user (with --btc-rpc)")
	pf.StringVar(&a.btcPass, "btc-pass", "", "btcd RPC password (with --btc-rpc; env KAKEHASHI_BTC_PASS)")
	pf.BoolVar(&a.console.json, "json", false, "print machine-readable JSON (errors too: {\"error\", \"code\"})")

	root.AddCommand(
		a.deployCmd(), a.assetsCmd(), a.lockCmd(), a.burnCmd(),
		a.depositCmd(), a.refundCmd(),
		a.defineAssetCmd(), a.pauseCmd(), a.resumeCmd(), a.rotateCmd(), a.cancelCmd(), a.signersCmd(), a.signCmd(),
		a.statusCmd(), a.balanceCmd(), a.auditCmd(),
	)
	usage.Apply(root)
	return root
}

// Execute runs bridgectl with args and returns the error it printed (one
// line on stderr, or a JSON object on stdout with --json).
func Execute(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	root := New(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return nil
	}
	jsonOut := false
	if f := root.PersistentFlags().Lookup("json"); f != nil && f.Value.String() == "true" {
		jsonOut = true
	}
	if jsonOut {
		obj := map[string]any{"error": oneLine(err), "code": Code(err)}
		var jf interface{ jsonFields() map[string]any }
		if errors.As(err, &jf) {
			for k, v := range jf.jsonFields() {
				obj[k] = v
			}
		}
		_ = json.NewEncoder(stdout).Encode(obj)
	} else {
		fmt.Fprintln(stderr, "bridgectl: "+oneLine(err))
	}
	return err
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// devnet reads devnet.json (cached).
func (a *app) devnet() (*devnet.Description, error) {
	if a.desc != nil {
		return a.desc, nil
	}
	d, err := devnet.Read(a.devnetDir)
	if err != nil {
		return nil, fmt.Errorf("%w: no devnet description in %s (%v): start one with 'bin/devnet up', or pass --devnet-dir", ErrSetup, a.devnetDir, err)
	}
	a.desc = d
	return d, nil
}

func (a *app) deploymentPath() string {
	if a.deployment != "" {
		return a.deployment
	}
	return filepath.Join(a.devnetDir, deployment.FileName)
}

// load reads the deployment file (cached).
func (a *app) load() (*deployment.Deployment, error) {
	if a.dep != nil {
		return a.dep, nil
	}
	d, err := deployment.Read(a.deploymentPath())
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: no deployment file at %s: run 'bridgectl deploy' on a devnet, or pass --deployment", ErrSetup, a.deploymentPath())
		}
		return nil, fmt.Errorf("%w: %v", ErrSetup, err)
	}
	a.dep = d
	return d, nil
}

// optionalDeployment is the deployment file if there is a readable one,
// else nil: for commands that work without it and only name things by it.
func (a *app) optionalDeployment() *deployment.Deployment {
	if _, err := os.Stat(a.deploymentPath()); err != nil {
		return nil
	}
	dep, _ := a.load()
	return dep
}

// rpcOverrides resolves every --rpc CHAIN=URL once, before any command
// runs: CHAIN is a chain name or id of the deployment (or, without one,
// of devnet.json), and it must be an EVM chain. A bad entry stops
// bridgectl with the fix instead of being skipped — an override that is
// silently ignored would send the transaction through another node.
func (a *app) rpcOverrides() (map[chains.ChainID]string, error) {
	if a.rpcByChain != nil || len(a.rpc) == 0 {
		return a.rpcByChain, nil
	}
	out := map[chains.ChainID]string{}
	for _, kv := range a.rpc {
		ref, url, ok := strings.Cut(kv, "=")
		ref, url = strings.TrimSpace(ref), strings.TrimSpace(url)
		if !ok || ref == "" || url == "" {
			return nil, fmt.Errorf("%w: --rpc %q: write CHAIN=URL with CHAIN a chain name or id, e.g. --rpc A=http://127.0.0.1:8545", ErrUsage, kv)
		}
		if u, err := neturl.Parse(url); err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
			return nil, fmt.Errorf("%w: --rpc %q: %q is not an http(s):// or ws(s):// URL", ErrUsage, kv, url)
		}
		id, err := a.evmChainRef(ref)
		if err != nil {
			return nil, fmt.Errorf("%w: --rpc %q: %v", ErrUsage, kv, err)
		}
		if prev, dup := out[id]; dup && prev != url {
			return nil, fmt.Errorf("%w: --rpc gives chain %d two endpoints (%s, %s)", ErrUsage, id, prev, url)
		}
		out[id] = url
	}
	a.rpcByChain = out
	return out, nil
}

// evmChainRef resolves a chain name or id against the deployment if there
// is one, else devnet.json; with neither, only a decimal id is accepted.
func (a *app) evmChainRef(ref string) (chains.ChainID, error) {
	if dep := a.optionalDeployment(); dep != nil {
		c, err := dep.Chain(ref)
		if err != nil {
			var known []string
			for _, c := range dep.Chains {
				known = append(known, fmt.Sprintf("%s (%d)", c.Name, c.ID))
			}
			return 0, fmt.Errorf("no chain %q in the deployment; its chains are %s", ref, strings.Join(known, ", "))
		}
		if c.Kind != deployment.KindEVM {
			return 0, fmt.Errorf("chain %s (%d) is not an EVM chain (for Bitcoin use --btc-rpc)", c.Name, c.ID)
		}
		return c.ID, nil
	}
	n, err := strconv.ParseUint(ref, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a chain id, and without a deployment file chain names are unknown", ref)
	}
	if d, err := a.devnet(); err == nil {
		for _, e := range d.EVM {
			if e.ChainID == n {
				return chains.ChainID(n), nil
			}
		}
		return 0, fmt.Errorf("no EVM chain %d in %s/devnet.json", n, a.devnetDir)
	}
	return chains.ChainID(n), nil
}

// evmURL is chain id's endpoint: --rpc override, else devnet.json.
func (a *app) evmURL(id chains.ChainID) (string, error) {
	overrides, err := a.rpcOverrides()
	if err != nil {
		return "", err
	}
	url := overrides[id]
	if url == "" {
		d, err := a.devnet()
		if err != nil {
			return "", err
		}
		for _, n := range d.EVM {
			if chains.ChainID(n.ChainID) == id {
				url = n.RPCURL
			}
		}
	}
	if url == "" {
		return "", fmt.Errorf("%w: no endpoint for chain %d: pass --rpc %d=URL", ErrSetup, id, id)
	}
	return url, nil
}

// evmClient dials chain id's endpoint: --rpc override, else devnet.json.
func (a *app) evmClient(ctx context.Context, id chains.ChainID) (*ethclient.Client, error) {
	url, err := a.evmURL(id)
	if err != nil {
		return nil, err
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%w: chain %d at %s: %v", ErrNode, id, url, err)
	}
	got, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("%w: chain %d at %s does not answer (%v): is the node running?", ErrNode, id, url, err)
	}
	if chains.ChainID(got.Uint64()) != id {
		c.Close()
		return nil, fmt.Errorf("%w: %s is chain %d, not %d: check --rpc", ErrSetup, url, got, id)
	}
	return c, nil
}

// btcClient connects to btcd: --btc-rpc override, else devnet.json.
func (a *app) btcClient() (*rpcclient.Client, error) {
	host, user, pass, err := a.btcEndpoint()
	if err != nil {
		return nil, err
	}
	c, err := rpcclient.New(&rpcclient.ConnConfig{Host: host, User: user, Pass: pass, HTTPPostMode: true, DisableTLS: true}, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: btcd at %s: %v", ErrNode, host, err)
	}
	return c, nil
}

// btcClientIfUp is btcClient for a caller that must not wait on a dead
// node: btcd's client retries an endpoint that refuses connections for
// half a minute per call, so it first checks, once, that something
// listens there.
func (a *app) btcClientIfUp() (*rpcclient.Client, error) {
	host, _, _, err := a.btcEndpoint()
	if err != nil {
		return nil, err
	}
	conn, err := net.DialTimeout("tcp", host, 2*time.Second)
	if err != nil {
		return nil, fmt.Errorf("%w: btcd at %s does not answer (%v): start it, or pass --btc-rpc", ErrNode, host, err)
	}
	conn.Close()
	return a.btcClient()
}

// btcEndpoint is btcd's host:port and login: the --btc-* flags, else
// devnet.json.
func (a *app) btcEndpoint() (host, user, pass string, err error) {
	host, user, pass = a.btcRPC, a.btcUser, a.btcPass
	if pass == "" {
		pass = a.getenv("KAKEHASHI_BTC_PASS")
	}
	if host == "" {
		d, err := a.devnet()
		if err != nil {
			return "", "", "", err
		}
		if d.BTC == nil {
			return "", "", "", fmt.Errorf("%w: the devnet has no btcd: pass --btc-rpc", ErrSetup)
		}
		host, user, pass = d.BTC.RPCHost, d.BTC.RPCUser, d.BTC.RPCPass
	}
	return host, user, pass, nil
}

// btcParams returns the network parameters of the deployment's Bitcoin chain.
func btcParams(dep *deployment.Deployment) (*chaincfg.Params, error) {
	if dep.Bitcoin == nil {
		return nil, fmt.Errorf("%w: the deployment has no Bitcoin chain", ErrSetup)
	}
	switch dep.Bitcoin.Network {
	case "mainnet":
		return &chaincfg.MainNetParams, nil
	case "testnet3":
		return &chaincfg.TestNet3Params, nil
	case "signet":
		return &chaincfg.SigNetParams, nil
	case "regtest":
		return &chaincfg.RegressionNetParams, nil
	}
	return nil, fmt.Errorf("%w: unknown Bitcoin network %q in the deployment", ErrSetup, dep.Bitcoin.Network)
}

// userKey resolves the caller's key from --key, KAKEHASHI_KEY or
// --key-file. It is never printed.
func (a *app) userKey() (*ecdsa.PrivateKey, error) {
	s := a.key
	if s == "" {
		s = a.getenv("KAKEHASHI_KEY")
	}
	if s == "" && a.keyFile != "" {
		raw, err := os.ReadFile(a.keyFile)
		if err != nil {
			return nil, fmt.Errorf("%w: --key-file: %v", ErrKey, err)
		}
		if strings.HasPrefix(strings.TrimSpace(string(raw)), "{") {
			pass := a.getenv("KAKEHASHI_PASSPHRASE")
			k, err := keystore.DecryptKey(raw, pass)
			if err != nil {
				return nil, fmt.Errorf("%w: keystore %s: %v (passphrase from KAKEHASHI_PASSPHRASE)", ErrKey, a.keyFile, err)
			}
			return k.PrivateKey, nil
		}
		s = strings.TrimSpace(string(raw))
	}
	if s == "" {
		return nil, fmt.Errorf("%w: no key: pass --key, --key-file or set KAKEHASHI_KEY", ErrKey)
	}
	return parseKey(s)
}

// parseKey reads a 32-byte hex key or a WIF.
func parseKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	if b, err := hex.DecodeString(strings.TrimPrefix(s, "0x")); err == nil {
		k, err := crypto.ToECDSA(b)
		if err != nil {
			return nil, fmt.Errorf("%w: hex key is not a valid secp256k1 private key (want 32 bytes)", ErrKey)
		}
		return k, nil
	}
	w, err := btcutil.DecodeWIF(s)
	if err != nil {
		return nil, fmt.Errorf("%w: key is neither 32-byte hex nor a WIF", ErrKey)
	}
	return w.PrivKey.ToECDSA(), nil
}

func btcKey(k *ecdsa.PrivateKey) *btcec.PrivateKey {
	priv, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(k))
	return priv
}

// console is where bridgectl writes: results on stdout (JSON with
// --json), progress on stderr when it is a terminal.
type console struct {
	stdout, stderr io.Writer
	json           bool
}

// out prints v as JSON with --json, else calls text.
func (c *console) out(v any, text func(w io.Writer)) error {
	if c.json {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	text(c.stdout)
	return nil
}

// isTerminal reports whether progress should be drawn on stderr.
func (c *console) isTerminal() bool {
	f, ok := c.stderr.(*os.File)
	return ok && !c.json && term.IsTerminal(int(f.Fd()))
}

// progress reports waits on stderr when it is a terminal (and not --json).
func (c *console) progress() deploy.Option {
	if !c.isTerminal() {
		return deploy.WithProgress(nil)
	}
	f := c.stderr
	frames := []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}
	var mu sync.Mutex // deploy waits on several chains at once
	i := 0
	return deploy.WithProgress(func(what string, tx common.Hash, waited time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		i++
		fmt.Fprintf(f, "\r\033[K%s waiting for %s (tx %s…) %s", frames[i%len(frames)], what, tx.Hex()[:10], waited.Truncate(100*time.Millisecond))
	})
}

// doneProgress clears the progress line.
func (c *console) doneProgress() {
	if c.isTerminal() {
		fmt.Fprint(c.stderr, "\r\033[K")
	}
}
