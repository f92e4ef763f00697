//go:build integration

package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/cluster"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11/softhsmtest"
)

// TestPKCS11Federation (issue 18): three relayd whose authorisation keys
// live in SoftHSM tokens (the devnet operator keys, imported as
// sensitive, non-extractable objects, so that the devnet bridges accept
// their signatures), whose custody keys are sealed by an AES key of that
// token, and whose custody, transaction and bus keys are each a key of
// its own run the ERC-20 route A → B and the Bitcoin route
// BTC → A → BTC on real anvil, btcd and NATS:
//
//   - the mint on B is sent by a transactions key (not the authorisation
//     key that signed it);
//   - the deposit is swept and the burn paid out with the custody keys
//     (the deployment's federation is the custody keys, held by the
//     operators it names);
//   - every envelope is signed by a bus key bound to its operator;
//   - no private key of any role, in hex or raw, is in any relayd's log,
//     data directory, configuration directory or process environment.
func TestPKCS11Federation(t *testing.T) {
	tok := softhsmtest.New(t, "kkh-op1")
	auth := deployment.DevnetOperatorKeys()
	roles := make([]cluster.RoleKeys, len(auth))
	pinFile := filepath.Join(t.TempDir(), "pin")
	if err := os.WriteFile(pinFile, []byte(softhsmtest.PIN+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	secrets := map[string]*ecdsa.PrivateKey{}
	for i, k := range auth {
		label := fmt.Sprintf("kkh-op%d", i+1)
		cfg := tok.Config
		if i > 0 {
			cfg = tok.Add(t, label)
			cfg.Module = tok.Config.Module
		}
		cfg.KeyLabel = "authorisation"
		if _, err := pkcs11.Import(cfg, k); err != nil {
			t.Fatalf("import op%d's authorisation key into SoftHSM: %v", i+1, err)
		}
		roles[i] = cluster.RoleKeys{
			Authorisation: &cluster.PKCS11Key{Module: cfg.Module, TokenLabel: label, KeyLabel: "authorisation", PinFile: pinFile},
			Custody:       roleKey(i, "custody"), Transactions: roleKey(i, "transactions"), Bus: roleKey(i, "bus"),
		}
		// The custody key, sealed by an AES key of the same token: never
		// at rest in plaintext.
		seal := cfg
		seal.KeyLabel = "custody-seal"
		if err := pkcs11.GenerateSealingKey(seal); err != nil {
			t.Fatal(err)
		}
		blob, err := pkcs11.Seal(seal, crypto.FromECDSA(roles[i].Custody))
		if err != nil {
			t.Fatal(err)
		}
		roles[i].CustodySealed = filepath.Join(t.TempDir(), "custody.sealed")
		if err := os.WriteFile(roles[i].CustodySealed, blob, 0o600); err != nil {
			t.Fatal(err)
		}
		roles[i].CustodyToken = &cluster.PKCS11Key{Module: cfg.Module, TokenLabel: label, KeyLabel: "custody-seal", PinFile: pinFile}
		secrets[fmt.Sprintf("op%d authorisation", i+1)] = k
		secrets[fmt.Sprintf("op%d custody", i+1)] = roles[i].Custody
		secrets[fmt.Sprintf("op%d transactions", i+1)] = roles[i].Transactions
		secrets[fmt.Sprintf("op%d bus", i+1)] = roles[i].Bus
	}
	f := newFederationOpts(t, fedOptions{btc: true, roles: roles})
	e := newBTCEnv(f)
	f.startAll()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	// ERC-20 A → B: minted by a transaction key.
	user, bob := f.d.FaucetKey(0), addrOf(f.d.FaucetKey(1))
	id := f.lockTST(ctx, user, e18(3), chainB, bob)
	mint, err := f.waitExecuted(chainB, id, false, 90*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	sender := f.txSender(ctx, chainB, mint.TxHash)
	txKeys := map[common.Address]bool{}
	for _, r := range roles {
		txKeys[addrOf(r.Transactions)] = true
	}
	if !txKeys[sender] {
		t.Fatalf("the mint on B was sent by %s, not by an operator's transactions key", sender)
	}
	t.Logf("ERC-20 A → B minted (tx %s sent by transactions key %s)", mint.TxHash, sender)

	// BTC → A → BTC with the custody keys.
	f.btcRoundTrip(ctx, e, f.d.FaucetKey(2))

	for i, r := range roles {
		if blob, _ := os.ReadFile(r.CustodySealed); bytes.Contains(blob, crypto.FromECDSA(r.Custody)) {
			t.Errorf("op%d's sealed custody file holds its custody key in clear", i+1)
		}
	}
	for _, op := range f.ops {
		if !f.logHas(op, `"bus ready"`, `"bus_key"`) {
			t.Errorf("op%d: no bus ready line naming its bus key", op.Index)
		}
		noSecrets(t, op, secrets)
	}
}

// roleKey is operator i's key for role, derived like the devnet keys
// (public knowledge: tests only).
func roleKey(i int, role string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("kakehashi e2e %s key %d", role, i+1))))
	if err != nil {
		panic(err)
	}
	return k
}

// txSender is the sender of transaction h on chain.
func (f *federation) txSender(ctx context.Context, chain chains.ChainID, h common.Hash) common.Address {
	f.t.Helper()
	tx, _, err := f.clients[chain].TransactionByHash(ctx, h)
	if err != nil {
		f.t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		f.t.Fatal(err)
	}
	return from
}

// btcRoundTrip deposits 0.2 BTC of user's to A, waits for the mint and
// the sweep, burns the wrapped BTC to a bcrt1 address and waits for the
// payout to confirm.
func (f *federation) btcRoundTrip(ctx context.Context, e *btcEnv, user *ecdsa.PrivateKey) {
	t := f.t
	t.Helper()
	btcDep := f.dep.Bitcoin
	e.fund(ctx, user, 50_000_000)
	e.mine(ctx, 1)
	var dep depositOut
	e.bridgectlJSON(ctx, &dep, "--key", keyHex(user), "deposit", "btc", "--amount", "0.2", "--to", "A")
	e.mine(ctx, int(btcDep.Confirmations))
	if _, err := f.waitExecuted(chainA, dep.TransferID, false, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	wBTC := f.token("BTC", chainA)
	net := f.balance(wBTC, addrOf(user))
	sweep := e.waitSpend(ctx, wire.OutPoint{Hash: mustHash(t, dep.Txid), Index: dep.Vout}, 90*time.Second)
	e.mine(ctx, 1)
	e.assertConfirmed(sweep.TxHash())
	e.mine(ctx, int(btcDep.Confirmations)-1)

	_, payee := btcec.PrivKeyFromBytes(crypto.Keccak256([]byte("pkcs11 payee")))
	payeeAddr, err := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(payee.SerializeCompressed()), e.params)
	if err != nil {
		t.Fatal(err)
	}
	payeeScript, _ := txscript.PayToAddrScript(payeeAddr)
	f.burnTo(ctx, user, chainA, wBTC.addr, net, btcDep.ChainID, payeeScript)
	payout := e.waitPayment(ctx, payeeScript, 120*time.Second)
	e.mine(ctx, 1)
	e.assertConfirmed(payout.TxHash())
	t.Logf("BTC → A → BTC: deposit %s minted %s sat, swept by %s, paid out by %s with the custody keys", dep.TransferID, net, sweep.TxHash(), payout.TxHash())
}

// noSecrets fails t if any key of secrets appears, as hex or raw bytes,
// in op's log, in any file under its directory (configuration, keystores,
// data) or in its process environment.
func noSecrets(t *testing.T, op *operator, secrets map[string]*ecdsa.PrivateKey) {
	t.Helper()
	type needle struct {
		name string
		b    [][]byte
	}
	var needles []needle
	for name, k := range secrets {
		raw := crypto.FromECDSA(k)
		h := hex.EncodeToString(raw)
		needles = append(needles, needle{name, [][]byte{raw, []byte(h), []byte(strings.ToUpper(h))}})
	}
	scan := func(where string, data []byte) {
		for _, n := range needles {
			for _, b := range n.b {
				if bytes.Contains(data, b) {
					t.Errorf("op%d: the %s private key is in %s", op.Index, n.name, where)
				}
			}
		}
	}
	files := 0
	root := filepath.Dir(op.Config)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		scan(p, b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if log, err := os.ReadFile(op.LogPath); err == nil {
		scan(op.LogPath, log)
	}
	env, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", op.PID()))
	if err != nil {
		t.Fatalf("op%d: read its environment: %v", op.Index, err)
	}
	scan("its process environment", env)
	t.Logf("op%d: %d files under %s, its log and its environment hold no private key", op.Index, files, root)
}
