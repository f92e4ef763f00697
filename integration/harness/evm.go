package harness

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

func (d *Devnet) startEVM(path string, chainID uint64, port int) error {
	cfgOut := filepath.Join(d.Dir, fmt.Sprintf("anvil-%d.json", chainID))
	args := []string{
		"--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(chainID, 10),
		"--accounts", "10", "--balance", "1000000",
		"--config-out", cfgOut,
	}
	if d.cfg.EVMBlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(d.cfg.EVMBlockTime.Seconds(), 'f', -1, 64))
	}
	p, err := startProc(fmt.Sprintf("anvil-%d", chainID), path, args, filepath.Join(d.Dir, fmt.Sprintf("anvil-%d.log", chainID)), d.cfg.Detach)
	if err != nil {
		return err
	}
	d.procs = append(d.procs, p)
	d.EVM = append(d.EVM, devnet.EVMNode{
		ChainID: chainID,
		RPCURL:  fmt.Sprintf("http://127.0.0.1:%d", port),
		WSURL:   fmt.Sprintf("ws://127.0.0.1:%d", port),
	})
	return nil
}

// waitEVM waits until anvil answers with the right chain id and has written
// its accounts file.
func (d *Devnet) waitEVM(ctx context.Context, i int) error {
	n := &d.EVM[i]
	p := d.proc(fmt.Sprintf("anvil-%d", n.ChainID))
	cfgOut := filepath.Join(d.Dir, fmt.Sprintf("anvil-%d.json", n.ChainID))
	deadline := time.Now().Add(20 * time.Second)
	for {
		err := func() error {
			c, err := rpc.DialContext(ctx, n.RPCURL)
			if err != nil {
				return err
			}
			defer c.Close()
			var id hexutil.Uint64
			if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
				return err
			}
			if uint64(id) != n.ChainID {
				return fmt.Errorf("%s answers chain id %d, want %d (another anvil on the port?)", n.RPCURL, id, n.ChainID)
			}
			raw, err := os.ReadFile(cfgOut)
			if err != nil {
				return err
			}
			var out struct {
				PrivateKeys []string `json:"private_keys"`
			}
			if err := json.Unmarshal(raw, &out); err != nil {
				return err
			}
			for _, k := range out.PrivateKeys {
				n.FaucetKeys = append(n.FaucetKeys, trim0x(k))
			}
			return nil
		}()
		if err == nil {
			return nil
		}
		if p != nil && p.exited() {
			return fmt.Errorf("anvil %d exited during start-up (port taken?): see %s", n.ChainID, p.Log)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("anvil %d at %s did not answer within 20s: %w", n.ChainID, n.RPCURL, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(30 * time.Millisecond):
		}
	}
}

func trim0x(s string) string {
	if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}

// FaucetKey returns anvil's pre-funded account i (same on every chain).
func (d *Devnet) FaucetKey(i int) *ecdsa.PrivateKey {
	if len(d.EVM) == 0 {
		return nil
	}
	k, _ := d.EVM[0].Key(i)
	return k
}

func (d *Devnet) evmCall(ctx context.Context, i int, result any, method string, args ...any) error {
	if i < 0 || i >= len(d.EVM) {
		return fmt.Errorf("harness: no EVM chain %d (have %d)", i, len(d.EVM))
	}
	c, err := rpc.DialContext(ctx, d.EVM[i].RPCURL)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.CallContext(ctx, result, method, args...)
}

// FundEVM adds wei to addr's balance on chain i.
func (d *Devnet) FundEVM(ctx context.Context, i int, addr common.Address, wei *big.Int) error {
	var bal hexutil.Big
	if err := d.evmCall(ctx, i, &bal, "eth_getBalance", addr, "latest"); err != nil {
		return err
	}
	sum := new(big.Int).Add(bal.ToInt(), wei)
	return d.evmCall(ctx, i, nil, "anvil_setBalance", addr, (*hexutil.Big)(sum))
}

// MineEVM mines n blocks on chain i.
func (d *Devnet) MineEVM(ctx context.Context, i, n int) error {
	return d.evmCall(ctx, i, nil, "anvil_mine", hexutil.Uint64(n))
}

// AdvanceTime moves every anvil's clock forward and mines a block on each,
// so that contracts see the new time.
func (d *Devnet) AdvanceTime(ctx context.Context, seconds int64) error {
	for i := range d.EVM {
		if err := d.evmCall(ctx, i, nil, "evm_increaseTime", hexutil.Uint64(seconds)); err != nil {
			return err
		}
		if err := d.evmCall(ctx, i, nil, "evm_mine"); err != nil {
			return err
		}
	}
	return nil
}
