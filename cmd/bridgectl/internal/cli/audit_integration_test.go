//go:build integration

package cli_test

import (
	"cmp"
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/btcsuite/btcd/txscript"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/harness"
)

// auditStore writes an audit chain attested 2-of-3 by the devnet
// operators into a bbolt store at path, as a relayd's ledger would: a
// genesis (SIGNERSET, DEFINE of asset) and one block per record batch.
func auditStore(t *testing.T, ctx context.Context, path string, asset deployment.Asset, batches ...[]*audit.Record) (genesis [32]byte) {
	t.Helper()
	ops := deployment.DevnetOperatorKeys()
	var addrs []common.Address
	for _, k := range ops {
		addrs = append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	deploy.SortAddresses(addrs)
	st, err := audit.NewStore(audit.StoreConfig{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := audit.NewLedger(ctx, audit.LedgerConfig{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	p, err := audit.NewProposer(audit.ProposerConfig{Key: ops[0], Ledger: l})
	if err != nil {
		t.Fatal(err)
	}
	def := &audit.Definition{HomeChain: asset.HomeChain, HomeAsset: asset.HomeAsset, Decimals: asset.Decimals}
	def.MaxPerTransfer.SetFromBig(asset.MaxPerTransfer.Big())
	for _, tok := range asset.Tokens {
		if tok.Kind == deployment.TokenWrapped {
			def.Wrapped = append(def.Wrapped, audit.Wrapped{Chain: tok.Chain, Token: tok.Address.Bytes()})
		}
	}
	slices.SortFunc(def.Wrapped, func(a, b audit.Wrapped) int { return cmp.Compare(a.Chain, b.Chain) })
	all := append([][]*audit.Record{{
		{Kind: audit.KindSignerSet, SignerSet: &audit.SignerSet{Epoch: 1, Threshold: deployment.DevnetThreshold, Signers: addrs}},
		{Kind: audit.KindDefine, AssetID: asset.ID, Define: def},
	}}, batches...)
	for i, recs := range all {
		b, rejected, err := p.Propose(ctx, recs)
		if err != nil || len(rejected) > 0 || b == nil {
			t.Fatalf("propose block %d: %v %+v", i, err, rejected)
		}
		att, err := audit.Attest(ops[1], b.Hash())
		if err != nil {
			t.Fatal(err)
		}
		set, err := l.NextSigners(b)
		if err != nil {
			t.Fatal(err)
		}
		if final, err := audit.AddAttestation(set, b, att); err != nil || !final {
			t.Fatalf("attest block %d: final %v, %v", i, final, err)
		}
		if err := l.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			genesis = b.Hash()
		}
	}
	return genesis
}

// TestIntegrationAuditVerifyChains runs `bridgectl audit verify --chains`
// against real anvil nodes: a TST lock made with `bridgectl lock` becomes
// the LOCK record of an audit chain (read back through chains/evm's
// Verifier once final); the chain verifies with --chains. A chain in which
// the quorum recorded one base unit more than was locked verifies without
// --chains — every hash and signature is right — and fails with it, naming
// the block, the record and the field.
func TestIntegrationAuditVerifyChains(t *testing.T) {
	d := harness.New(t, harness.WithEVM(2))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := ctl{t: t, dir: d.Dir}

	userKey, _ := crypto.GenerateKey()
	user := crypto.PubkeyToAddress(userKey.PublicKey)
	if err := d.FundEVM(ctx, 0, user, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	var deployed struct{ Deployment string }
	c.ok(&deployed, "deploy", "--mint-tst", user.Hex())
	dep, err := deployment.Read(deployed.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	var lk struct {
		TransferID chains.TransferID `json:"transferId"`
		Tx         common.Hash       `json:"tx"`
	}
	c.ok(&lk, "--key", hex.EncodeToString(crypto.FromECDSA(userKey)), "lock", "--asset", "TST", "--amount", "1.5", "--to", "B")
	if err := d.MineEVM(ctx, 0, 3); err != nil {
		t.Fatal(err)
	}

	// The LOCK record, from the final event as an operator's watcher sees it.
	chainA, _ := dep.Chain("A")
	cl, err := evm.Dial(ctx, evm.ClientConfig{Chain: chainA.ID, Endpoints: []evm.Endpoint{{URL: d.EVM[0].RPCURL}}})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: chainA.ID, Bridge: chainA.Bridge, Confirmations: 3}, cl)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := cl.TransactionReceipt(ctx, lk.Tx)
	if err != nil {
		t.Fatal(err)
	}
	var lock *audit.Record
	for _, lg := range rcpt.Logs {
		ev, err := v.Verify(ctx, chains.EventRef{Chain: chainA.ID, TxHash: lk.Tx, Index: uint32(lg.Index)})
		if err == nil && ev.Kind == chains.KindLocked && ev.TransferID == lk.TransferID {
			if lock, err = audit.FromEvent(ev); err != nil {
				t.Fatal(err)
			}
		}
	}
	if lock == nil {
		t.Fatal("no final Locked event in the lock transaction")
	}
	tst, _ := dep.Asset("TST")
	want := new(uint256.Int).Mul(uint256.NewInt(15), new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(17)))
	if !lock.Amount.Eq(want) {
		t.Fatalf("lock amount %s", lock.Amount.Dec())
	}

	dir := t.TempDir()
	honest := filepath.Join(dir, "honest.db")
	gen := auditStore(t, ctx, honest, tst, []*audit.Record{lock})
	var res struct {
		OK      bool   `json:"ok"`
		Chains  bool   `json:"chainsChecked"`
		Records uint64 `json:"records"`
	}
	c.ok(&res, "audit", "verify", "--store", honest, "--chains", "--genesis", fmt.Sprintf("0x%x", gen))
	if !res.OK || !res.Chains || res.Records != 3 {
		t.Fatalf("honest chain: %+v", res)
	}

	forged := *lock
	forged.Amount.AddUint64(&forged.Amount, 1)
	bad := filepath.Join(dir, "forged.db")
	auditStore(t, ctx, bad, tst, []*audit.Record{&forged})
	c.ok(&res, "audit", "verify", "--store", bad)
	line := c.fails("audit_failed", []string{"block 1 record 0 (LOCK)", "amount", "not confirmed by the chain"}, "audit", "verify", "--store", bad, "--chains")
	t.Logf("forged chain: %s", line)
	if !strings.Contains(line, want.Dec()) {
		t.Fatalf("the failure does not show the chain's amount: %s", line)
	}

	// A record whose transaction the node does not have.
	ghost := *lock
	ghost.Ref.TxHash[0] ^= 0xff
	gpath := filepath.Join(dir, "ghost.db")
	auditStore(t, ctx, gpath, tst, []*audit.Record{&ghost})
	t.Logf("ghost record: %s", c.fails("audit_failed", []string{"block 1 record 0 (LOCK)"}, "audit", "verify", "--store", gpath, "--chains"))
}

// TestIntegrationAuditVerifyChainsBitcoin is the same on btcd: a deposit
// made with `bridgectl deposit btc` becomes a LOCK record (read back through
// the Bitcoin watcher's Verifier with the deployment's rules once final);
// `audit verify --chains` with the custody recovery flags checks it through
// audit/btccheck, and an inflated amount fails naming the field.
func TestIntegrationAuditVerifyChainsBitcoin(t *testing.T) {
	d := harness.New(t, harness.WithBTC(), harness.WithEVM(2))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := ctl{t: t, dir: d.Dir}

	var deployed struct{ Deployment string }
	c.ok(&deployed, "deploy")
	dep, err := deployment.Read(deployed.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	userKey, _ := crypto.GenerateKey()
	bk, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(userKey))
	waddr, _ := btcutil.NewAddressWitnessPubKeyHash(btcutil.Hash160(bk.PubKey().SerializeCompressed()), &chaincfg.RegressionNetParams)
	wscript, _ := txscript.PayToAddrScript(waddr)
	if _, err := d.FundBTC(ctx, wscript, btcutil.SatoshiPerBitcoin); err != nil {
		t.Fatal(err)
	}
	if _, err := d.MineBTC(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var dp struct {
		Txid string `json:"txid"`
		Vout uint32 `json:"vout"`
	}
	c.ok(&dp, "--key", hex.EncodeToString(crypto.FromECDSA(userKey)), "deposit", "btc", "--amount", "0.25", "--to", "A")
	if _, err := d.MineBTC(ctx, int(dep.Bitcoin.Confirmations)); err != nil {
		t.Fatal(err)
	}

	// The recovery set the test declares for custody: the operators, 2 of 3.
	ops := deployment.DevnetOperatorKeys()
	var recKeys [][32]byte
	recArgs := []string{"--btc-recovery-threshold", "2", "--btc-recovery-delay", "144"}
	for _, k := range ops {
		x := deployment.XOnly(k)
		recKeys = append(recKeys, x)
		recArgs = append(recArgs, "--btc-recovery-key", hex.EncodeToString(x[:]))
	}
	signers, err := dep.Bitcoin.Federation.KeySet()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := bitcoin.NewKeySet(2, recKeys...)
	if err != nil {
		t.Fatal(err)
	}
	v, err := watcher.NewVerifier(watcher.Config{Chain: dep.Bitcoin.ChainID, Confirmations: dep.Bitcoin.Confirmations,
		MinDeposit: dep.Bitcoin.MinDeposit, RefundMargin: dep.Bitcoin.RefundMargin,
		Federations: []bitcoin.Federation{{Epoch: 1, Signers: signers, Recovery: rec, RecoveryDelay: 144}}}, d.BTC.Client(t))
	if err != nil {
		t.Fatal(err)
	}
	txid, _ := hex.DecodeString(dp.Txid) // refs carry Bitcoin txids in display order
	ev, err := v.VerifyKind(ctx, chains.EventRef{Chain: dep.Bitcoin.ChainID, TxHash: [32]byte(txid), Index: dp.Vout}, chains.KindLocked)
	if err != nil {
		t.Fatal(err)
	}
	lock, err := audit.FromEvent(ev)
	if err != nil {
		t.Fatal(err)
	}
	if lock.Amount.Uint64() != 25_000_000 {
		t.Fatalf("lock amount %s", lock.Amount.Dec())
	}
	btc, _ := dep.Asset("BTC")
	dir := t.TempDir()
	honest := filepath.Join(dir, "honest.db")
	auditStore(t, ctx, honest, btc, []*audit.Record{lock})

	// The deployment describes the recovery leaf: no flag needed; the
	// flags override it.
	var res struct {
		OK     bool `json:"ok"`
		Chains bool `json:"chainsChecked"`
	}
	c.ok(&res, "audit", "verify", "--store", honest, "--chains")
	if !res.OK || !res.Chains {
		t.Fatalf("honest chain, recovery leaf from the deployment: %+v", res)
	}
	c.ok(&res, append([]string{"audit", "verify", "--store", honest, "--chains"}, recArgs...)...)
	if !res.OK || !res.Chains {
		t.Fatalf("honest chain: %+v", res)
	}

	forged := *lock
	forged.Amount.AddUint64(&forged.Amount, 1000)
	bad := filepath.Join(dir, "forged.db")
	auditStore(t, ctx, bad, btc, []*audit.Record{&forged})
	line := c.fails("audit_failed", []string{"block 1 record 0 (LOCK)", "amount", "25000000"},
		append([]string{"audit", "verify", "--store", bad, "--chains"}, recArgs...)...)
	t.Logf("forged Bitcoin chain: %s", line)
}
