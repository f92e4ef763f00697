package devnet

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go"

	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
)

// DefaultLeaseTTL is the lease duration the devnet's bus starts with.
const DefaultLeaseTTL = 5 * time.Second

// AdminCreds is the path of the admin user's creds: unrestricted in the
// bridge account (streams, tools, tests that read everything).
func (n *NATSNode) AdminCreds() string { return filepath.Join(n.Federation, busauth.FileAdminCreds) }

// AdminOptions are the NATS options of an admin connection.
func (n *NATSNode) AdminOptions() []nats.Option {
	if n.Federation == "" {
		return nil
	}
	return []nats.Option{nats.UserCredentials(n.AdminCreds())}
}

// Init creates or updates the bus layout as the admin user, with lease
// duration leaseTTL: what `relayd bus init --nats` does.
func (n *NATSNode) Init(ctx context.Context, leaseTTL time.Duration) error {
	return bus.Init(ctx, bus.Config{URLs: []string{n.URL}, Name: "devnet-admin", Auth: bus.Auth{CredsFile: n.AdminCreds()}}, leaseTTL)
}

// UserCreds writes the creds file of op's user in a federation of ops
// over chains and returns its path (what `relayd bus init --operators`
// writes).
func (n *NATSNode) UserCreds(op common.Address, ops []common.Address, chains []uint64) (string, error) {
	f, err := busauth.Load(n.Federation)
	if err != nil {
		return "", err
	}
	c, err := f.UserCreds(busauth.Grant{Operator: op, Others: ops, Chains: chains})
	if err != nil {
		return "", err
	}
	p := filepath.Join(n.Federation, busauth.DirUsers, bus.OperatorToken(op)+".creds")
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return "", err
	}
	return p, os.WriteFile(p, c, 0o600)
}

// BusConfig returns a bus configuration for op (named name) with its
// user's creds.
func (n *NATSNode) BusConfig(op common.Address, ops []common.Address, chains []uint64, name string) (bus.Config, error) {
	p, err := n.UserCreds(op, ops, chains)
	if err != nil {
		return bus.Config{}, err
	}
	return bus.Config{URLs: []string{n.URL}, Name: name, Operators: ops, Auth: bus.Auth{CredsFile: p}}, nil
}
