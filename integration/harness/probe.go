package harness

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
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
	Relays  []RelayStatus   `json:"relays,omitempty"`
}

// RelayStatus is one relayd's answer to GET /readyz.
type RelayStatus struct {
	Name     string `json:"name"`
	Operator string `json:"operator"`
	PID      int    `json:"pid"`
	HTTP     string `json:"http"`
	Alive    bool   `json:"alive"`
	Ready    bool   `json:"ready"`
	// Readyz is the first line of /readyz's body, or why it did not answer.
	Readyz string `json:"readyz"`
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
	for _, r := range s.Relays {
		if !r.Ready {
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
	for _, r := range desc.Relays {
		st.Relays = append(st.Relays, probeRelay(ctx, r))
	}
	return st
}

// probeRelay asks a relayd's /readyz.
func probeRelay(ctx context.Context, r devnet.Relay) RelayStatus {
	rs := RelayStatus{Name: r.Name, Operator: r.Operator, PID: r.PID, HTTP: r.HTTP, Alive: r.Alive()}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+r.HTTP+"/readyz", nil)
	if err != nil {
		rs.Readyz = err.Error()
		return rs
	}
	resp, err := (&http.Client{Timeout: 2 * time.Second}).Do(req)
	if err != nil {
		rs.Readyz = err.Error()
		return rs
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	rs.Ready = resp.StatusCode == http.StatusOK
	rs.Readyz = fmt.Sprintf("%d %s", resp.StatusCode, readyzSummary(body))
	return rs
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

// readyzSummary is relayd's /readyz body in one line: its status and the
// chains that are not ok, or the body's first line if it is not that JSON.
func readyzSummary(body []byte) string {
	var rz struct {
		Status string `json:"status"`
		Chains []struct {
			Name  string `json:"name"`
			OK    bool   `json:"ok"`
			Error string `json:"error"`
		} `json:"chains"`
	}
	if err := json.Unmarshal(body, &rz); err != nil || rz.Status == "" {
		line, _, _ := strings.Cut(strings.TrimSpace(string(body)), "\n")
		return line
	}
	var bad []string
	for _, c := range rz.Chains {
		if !c.OK {
			bad = append(bad, strings.TrimSpace(c.Name+" "+c.Error))
		}
	}
	if len(bad) == 0 {
		return rz.Status
	}
	return rz.Status + " (not ok: " + strings.Join(bad, "; ") + ")"
}
