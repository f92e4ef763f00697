package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/btcsuite/btcd/rpcclient"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// BTCNode describes the devnet's btcd.
type BTCNode struct {
	ChainID uint64 `json:"chainId"`
	Network string `json:"network"` // always "regtest"
	RPCHost string `json:"rpcHost"` // host:port, plain HTTP (loopback only)
	RPCUser string `json:"rpcUser"`
	RPCPass string `json:"rpcPass"`
	// FaucetWIF is the devnet faucet key that mining pays to.
	FaucetWIF     string `json:"faucetWif"`
	FaucetAddress string `json:"faucetAddress"`
}

// EVMNode describes one anvil chain.
type EVMNode struct {
	ChainID uint64 `json:"chainId"`
	RPCURL  string `json:"rpcUrl"`
	WSURL   string `json:"wsUrl"`
	// FaucetKeys are anvil's pre-funded accounts (its public test
	// mnemonic), hex without 0x; the same on every chain.
	FaucetKeys []string `json:"faucetKeys"`
}

// TB is the part of testing.TB the Client helpers use; *testing.T and
// *testing.B satisfy it.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Cleanup(func())
}

// NewClient connects a btcd RPC client (HTTP POST mode). Shut it down when done.
func (n BTCNode) NewClient() (*rpcclient.Client, error) {
	return rpcclient.New(&rpcclient.ConnConfig{
		Host: n.RPCHost, User: n.RPCUser, Pass: n.RPCPass,
		HTTPPostMode: true, DisableTLS: true,
	}, nil)
}

// Client is NewClient for tests: it fails t on error and shuts down in Cleanup.
func (n BTCNode) Client(t TB) *rpcclient.Client {
	t.Helper()
	c, err := n.NewClient()
	if err != nil {
		t.Fatalf("btcd client: %v", err)
	}
	t.Cleanup(c.Shutdown)
	return c
}

// NewClient dials the chain's RPC endpoint.
func (n EVMNode) NewClient(ctx context.Context) (*ethclient.Client, error) {
	return ethclient.DialContext(ctx, n.RPCURL)
}

// Client is NewClient for tests: it fails t on error and closes in Cleanup.
func (n EVMNode) Client(t TB) *ethclient.Client {
	t.Helper()
	c, err := n.NewClient(context.Background())
	if err != nil {
		t.Fatalf("anvil %d client: %v", n.ChainID, err)
	}
	t.Cleanup(c.Close)
	return c
}

// Key returns faucet key i as an ECDSA key.
func (n EVMNode) Key(i int) (*ecdsa.PrivateKey, error) {
	if i < 0 || i >= len(n.FaucetKeys) {
		return nil, fmt.Errorf("devnet: faucet key %d of %d", i, len(n.FaucetKeys))
	}
	return crypto.HexToECDSA(n.FaucetKeys[i])
}
