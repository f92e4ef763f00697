//go:build integration

package harness_test

import (
	"context"
	"errors"
	"math/big"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/txscript"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/integration/harness"
	"github.com/nats-io/nats.go"
	"github.com/rs/zerolog"
)

// The foundation check: a whole devnet starts, every node answers, funding
// works on every chain, and Stop leaves no process behind.
func TestDevnetFundsEveryChainAndStopsClean(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := harness.Start(ctx, harness.Config{Dir: t.TempDir(), BTC: true, EVMChainIDs: []uint64{31337, 31338, 31339}, NATS: true}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	stopped := false
	defer func() {
		if !stopped {
			d.Stop()
		}
	}()

	// Bitcoin: pay a fresh P2TR key, confirm, read it back through RPC.
	key, _ := btcec.NewPrivateKey()
	addr, err := btcutil.NewAddressTaproot(txscript.ComputeTaprootKeyNoScript(key.PubKey()).SerializeCompressed()[1:], &chaincfg.RegressionNetParams)
	if err != nil {
		t.Fatal(err)
	}
	pk, _ := txscript.PayToAddrScript(addr)
	op, err := d.FundBTC(ctx, pk, btcutil.Amount(150_000_000))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	c := d.BTC.Client(t)
	out, err := c.GetTxOut(&op.Hash, op.Index, false)
	if err != nil || out == nil {
		t.Fatalf("funded output not found: %v", err)
	}
	if out.Value != 1.5 || out.Confirmations != 1 || out.ScriptPubKey.Address != addr.EncodeAddress() {
		t.Fatalf("funded output = %+v", out)
	}
	// Many payments in a row must not run the faucet dry or chain badly.
	for i := 0; i < 30; i++ {
		if _, err := d.FundBTC(ctx, pk, btcutil.Amount(10_000)); err != nil {
			t.Fatalf("payment %d: %v", i, err)
		}
	}

	// EVM: fund an account on each anvil and read the balance back.
	who := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for i, n := range d.EVM {
		if err := d.FundEVM(ctx, i, who, big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
		ec := n.Client(t)
		id, err := ec.ChainID(ctx)
		if err != nil || id.Uint64() != n.ChainID {
			t.Fatalf("chain %d answered id %v, %v", n.ChainID, id, err)
		}
		bal, err := ec.BalanceAt(ctx, who, nil)
		if err != nil || bal.Cmp(big.NewInt(1e18)) != 0 {
			t.Fatalf("chain %d balance %v, %v", n.ChainID, bal, err)
		}
		before, _ := ec.BlockNumber(ctx)
		if err := d.MineEVM(ctx, i, 3); err != nil {
			t.Fatal(err)
		}
		after, _ := ec.BlockNumber(ctx)
		if after != before+3 {
			t.Fatalf("mined 3, height %d -> %d", before, after)
		}
	}
	if k := d.FaucetKey(0); k == nil {
		t.Fatal("no EVM faucet key")
	}

	// NATS with JetStream.
	if nc, err := nats.Connect(d.NATS.URL); err == nil {
		nc.Close()
		t.Fatal("NATS accepted an anonymous client")
	}
	nc, err := nats.Connect(d.NATS.URL, d.NATS.AdminOptions()...)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := nc.JetStream()
	if _, err := js.AccountInfo(); err != nil {
		t.Fatalf("jetstream: %v", err)
	}
	nc.Close()

	procs := d.Processes
	if len(procs) != 4 { // btcd + 3 anvil; NATS runs in-process here
		t.Fatalf("processes = %+v", procs)
	}
	d.Stop()
	stopped = true
	for _, p := range procs {
		if p.Alive() {
			t.Errorf("%s (pid %d) still running after Stop", p.Name, p.PID)
		}
	}
	if conn, err := net.DialTimeout("tcp", d.BTC.RPCHost, 200*time.Millisecond); err == nil {
		conn.Close()
		t.Errorf("btcd port %s still answers after Stop", d.BTC.RPCHost)
	}
}

func TestDevnetBadInput(t *testing.T) {
	ctx := context.Background()
	t.Run("already running", func(t *testing.T) {
		dir := t.TempDir()
		d, err := harness.Start(ctx, harness.Config{Dir: dir, EVMChainIDs: []uint64{31337}}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		defer d.Stop()
		_, err = harness.Start(ctx, harness.Config{Dir: dir, EVMChainIDs: []uint64{31337}}, zerolog.Nop())
		if !errors.Is(err, harness.ErrAlreadyRunning) {
			t.Fatalf("second start: %v, want ErrAlreadyRunning", err)
		}
	})
	t.Run("busy port", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		port := l.Addr().(*net.TCPAddr).Port
		_, err = harness.Start(ctx, harness.Config{Dir: t.TempDir(), EVMChainIDs: []uint64{31337}, BasePort: port}, zerolog.Nop())
		if !errors.Is(err, harness.ErrPortBusy) {
			t.Fatalf("err = %v, want ErrPortBusy", err)
		}
		if want := "127.0.0.1:" + strconv.Itoa(port); !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not name %s", err, want)
		}
	})
	t.Run("missing tool", func(t *testing.T) {
		_, err := harness.Start(ctx, harness.Config{Dir: t.TempDir(), BTC: true, ToolsDir: t.TempDir()}, zerolog.Nop())
		if !errors.Is(err, harness.ErrToolMissing) || !strings.Contains(err.Error(), "make tools") {
			t.Fatalf("err = %v, want ErrToolMissing saying to run make tools", err)
		}
	})
}
