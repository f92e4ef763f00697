package harness

import (
	"context"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/kakehashi/kakehashi/integration/devnet"
)

// Status is what Probe found: which processes run, each chain's height and
// whether NATS answers.
type Status struct {
	Alive   map[string]bool `json:"alive"`
	Chains  []ChainStatus   `json:"chains"`
	NATSErr string          `json:"natsError,omitempty"`
}

// ChainStatus is one chain's answer.
type ChainStatus struct {
	ChainID  uint64 `json:"chainId"`
	Endpoint string `json:"endpoint"`
	Height   uint64 `json:"height"`
	Err      string `json:"error,omitempty"`
}

// Healthy is true when every process runs and every node answered.
func (s Status) Healthy() bool {
	for _, a := range s.Alive {
		if !a {
			return false
		}
	}
	for _, c := range s.Chains {
		if c.Err != "" {
			return false
		}
	}
	return s.NATSErr == ""
}

// Probe asks every node of a described devnet for its state.
func Probe(ctx context.Context, desc *devnet.Description) Status {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	st := Status{Alive: desc.Alive()}
	if n := desc.BTC; n != nil {
		cs := ChainStatus{ChainID: n.ChainID, Endpoint: "http://" + n.RPCHost}
		if c, err := n.NewClient(); err != nil {
			cs.Err = err.Error()
		} else {
			if h, err := c.GetBlockCount(); err != nil {
				cs.Err = err.Error()
			} else {
				cs.Height = uint64(h)
			}
			c.Shutdown()
		}
		st.Chains = append(st.Chains, cs)
	}
	for _, n := range desc.EVM {
		cs := ChainStatus{ChainID: n.ChainID, Endpoint: n.RPCURL}
		if c, err := n.NewClient(ctx); err != nil {
			cs.Err = err.Error()
		} else {
			if h, err := c.BlockNumber(ctx); err != nil {
				cs.Err = err.Error()
			} else {
				cs.Height = h
			}
			c.Close()
		}
		st.Chains = append(st.Chains, cs)
	}
	if desc.NATS != nil {
		if err := waitNATSOnce(desc.NATS); err != nil {
			st.NATSErr = err.Error()
		}
	}
	return st
}

func waitNATSOnce(n *devnet.NATSNode) error {
	nc, err := nats.Connect(n.URL, append(n.AdminOptions(), nats.Timeout(2*time.Second))...)
	if err != nil {
		return err
	}
	defer nc.Close()
	js, err := nc.JetStream()
	if err != nil {
		return err
	}
	_, err = js.AccountInfo()
	return err
}
