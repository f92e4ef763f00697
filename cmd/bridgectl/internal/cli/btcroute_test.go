package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
)

// btcDeployment writes a deployment with chain A and the devnet's Bitcoin
// chain (2-of-3 devnet federation, maxFeeRate as given) and returns its path.
func btcDeployment(t *testing.T, maxFeeRate uint64) (*deployment.Deployment, string) {
	t.Helper()
	ops := deployment.DevnetOperatorKeys()
	dep := &deployment.Deployment{Version: 1,
		Chains: []deployment.Chain{
			{ID: chains.DevnetA, Name: "A", Kind: deployment.KindEVM, Bridge: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
			{ID: chains.BitcoinRegtest, Name: "BTC", Kind: deployment.KindBitcoin},
		},
		Bitcoin: &deployment.Bitcoin{ChainID: chains.BitcoinRegtest, Network: "regtest", Federation: deployment.FederationOf(2, ops...),
			MinDeposit: 10_000, Confirmations: 6, RefundMargin: 20, DefaultRefundBlocks: 144, MaxFeeRate: maxFeeRate},
	}
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := dep.Write(path); err != nil {
		t.Fatal(err)
	}
	return dep, path
}

// The deposit fee bridgectl prints is chains/bitcoin's: one 2-of-3 sweep input
// (126 vB) at the deployment's maxFeeRate; a deployment without one is a
// setup error, not a guess.
func TestDepositFee(t *testing.T) {
	for _, tc := range []struct {
		name    string
		rate    uint64
		sats    int64
		wantErr error
	}{
		{"devnet 10 sat/vB", 10, 1260, nil},
		{"1 sat/vB", 1, 126, nil},
		{"no maxFeeRate", 0, 0, ErrSetup},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dep, _ := btcDeployment(t, tc.rate)
			fee, err := depositFee(dep)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), "maxFeeRate") {
					t.Fatalf("err = %v, want %v naming maxFeeRate", err, tc.wantErr)
				}
				return
			}
			if err != nil || fee.Sats != tc.sats || fee.InputVBytes != 126 {
				t.Fatalf("fee = %+v, %v; want %d sat (126 vB)", fee, err, tc.sats)
			}
		})
	}
}

// --payload is checked before anything else is read.
func TestRefundPayloadFlag(t *testing.T) {
	_, path := btcDeployment(t, 10)
	txid := strings.Repeat("ab", 32)
	for _, tc := range []struct {
		name, payload, want string
	}{
		{"not hex", "zz", "--payload is not hex"},
		{"short", "4b4b4801" + strings.Repeat("00", 10), "--payload:"},
		{"not a payload", strings.Repeat("00", 68), "--payload:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := run(t, "--deployment", path, "refund", "btc", "--deposit", txid, "--payload", tc.payload)
			if !errors.Is(err, ErrUsage) || !strings.Contains(stderr, tc.want) {
				t.Fatalf("err = %v, stderr %q; want ErrUsage with %q", err, stderr, tc.want)
			}
		})
	}
}

// A burn paid out on Bitcoin: status prints Bitcoin txids as Bitcoin
// tools do (no 0x) and names the payout output; without a reachable btcd
// the submitted line has no payout confirmations.
func TestStatusBitcoinPayout(t *testing.T) {
	_, path := btcDeployment(t, 10)
	payoutTx := strings.Repeat("5e", 32)
	var executed relay.Status
	if err := json.Unmarshal([]byte(`{"source":{"chain":31337,"txHash":"`+sourceTx+`","index":3},"executed":{"chain":18444,"txHash":"0x`+payoutTx+`","index":1}}`), &executed); err != nil {
		t.Fatal(err)
	}
	base := relay.Status{TransferID: testTransfer, Kind: "burned", DstChain: chains.BitcoinRegtest, Amount: "4998740", Threshold: 2, Signed: "2/2", Action: "payout", Source: executed.Source}
	submitted := base
	submitted.State, submitted.TxID = relay.StateSubmitted, payoutTx
	done := base
	done.State, done.TxID, done.Executed = relay.StateExecuted, payoutTx, executed.Executed
	srv := relayServer(t, []*relay.Status{&submitted, &done})
	args := []string{"--deployment", path, "--btc-rpc", strings.TrimPrefix(deadRelay(t), "http://"), "--btc-user", "u", "--btc-pass", "p",
		"status", testTransfer.String(), "--relay", srv.URL, "--interval", "1ms", "--timeout", "10s"}

	out, stderr, err := run(t, args...)
	if err != nil {
		t.Fatalf("status: %v\n%s\n%s", err, out, stderr)
	}
	want := []string{
		"submitted  2 signed (2 needed), tx " + payoutTx + " on chain 18444",
		"executed   paid by output 1 of tx " + payoutTx + " on chain 18444",
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i, lines[i], w)
		}
	}

	out, _, err = run(t, append([]string{"--json"}, args...)...)
	if err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	var last statusUpdate
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		if err := json.Unmarshal(sc.Bytes(), &last); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
	}
	if !last.Done || last.ExecutedTx != payoutTx || last.ExecutedOutput == nil || *last.ExecutedOutput != 1 ||
		last.DstChain != chains.BitcoinRegtest || last.SourceTx != sourceTx || last.PayoutConfirmations != nil {
		t.Fatalf("last update %+v", last)
	}
}
