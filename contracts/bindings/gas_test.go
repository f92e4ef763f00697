package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// TestGasBudgets measures whole-transaction gas (receipt.GasUsed: intrinsic
// 21,000, calldata and execution; every transaction in its own block, so
// storage starts cold) on go-ethereum's EVM and enforces the budgets of
// docs/contracts.md:
//
//	mint 2-of-3 to a new holder          <= 100,000
//	mint 2-of-3 to an existing holder    <=  85,000
//	mintBatch of 50 to new holders       <=  35,000 per transfer
//
// Run with -v for every figure (lock, burn, refund, unlock, marginal signer).
func TestGasBudgets(t *testing.T) {
	w := newWorld(t, 3, 2)
	maxPer, capacity := limits()
	remote := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	wrapped := eip712.AssetDef{HomeChain: chainB, HomeAsset: remote.Bytes(), Name: "Kakehashi TST", Symbol: "kTST", Decimals: 18, MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	wAddr := w.define(wrapped)
	tokenAddr, tx, token, err := bindings.DeployTestToken(w.deployer, w.client, "Test", "TST", 18)
	if err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	home := eip712.AssetDef{HomeChain: w.chainID, HomeAsset: tokenAddr.Bytes(), MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	w.define(home)
	native := eip712.AssetDef{HomeChain: w.chainID, MaxPerTransfer: maxPer, Capacity: capacity, Window: 86400}
	w.define(native)
	for _, d := range []eip712.AssetDef{wrapped, home, native} {
		w.route(d, chainB)
	}

	srcBridge := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	addr := func(label string) common.Address { return common.BytesToAddress(crypto.Keccak256([]byte(label))) }
	xfer := func(asset eip712.AssetDef, to common.Address, nonce uint64) eip712.Transfer {
		ref, idx := eip712.EVMSource(srcBridge, nonce)
		return eip712.Transfer{SrcChain: chainB, SrcRef: ref, SrcIndex: idx, AssetID: asset.AssetID(), Recipient: to, Amount: big.NewInt(1e18)}
	}
	mint := func(tr eip712.Transfer) uint64 {
		d, err := eip712.MintDigest(w.domain, 1, eip712.NoDeadline, tr)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := w.bridge.Mint(w.deployer, 1, eip712.NoDeadline, tr.Binding(), w.sign(d, 2))
		if err != nil {
			t.Fatal(err)
		}
		return w.commit(tx).GasUsed
	}
	existing, holder := addr("existing holder"), w.deployer.From
	mint(xfer(wrapped, existing, 0)) // the bitmap word is in use, the holder exists
	mint(xfer(wrapped, holder, 1000))

	type figure struct {
		name   string
		gas    uint64
		budget uint64 // 0: reported only
	}
	var figs []figure
	figs = append(figs, figure{"mint 2-of-3, new holder", mint(xfer(wrapped, addr("fresh"), 1)), 100_000})
	figs = append(figs, figure{"mint 2-of-3, existing holder", mint(xfer(wrapped, existing, 2)), 85_000})
	figs = append(figs, figure{"mint 2-of-3, new holder, first in its bitmap word (1 in 256)", mint(xfer(wrapped, addr("fresh2"), 256)), 0})

	var batch []eip712.Transfer
	for i := range 50 {
		batch = append(batch, xfer(wrapped, addr(string(rune('A'+i))+"batch"), uint64(3+i)))
	}
	bd, err := eip712.MintBatchDigest(w.domain, 1, eip712.NoDeadline, batch)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := eip712.NewBatch(batch)
	tx, err = w.bridge.MintBatch(w.deployer, 1, eip712.NoDeadline, uint64(b.SrcChain), b.AssetID, b.Items, w.sign(bd, 2))
	if err != nil {
		t.Fatal(err)
	}
	total := w.commit(tx).GasUsed
	figs = append(figs, figure{"mintBatch of 50 new holders, per transfer", total / 50, 35_000})

	// User-facing calls and unlock.
	tx, _ = token.Mint(w.deployer, holder, new(big.Int).Mul(big.NewInt(1e18), big.NewInt(10)))
	w.commit(tx)
	tx, _ = token.Approve(w.deployer, w.addr, new(big.Int).Lsh(big.NewInt(1), 200))
	w.commit(tx)
	for _, name := range []string{"lock ERC-20, first (bridge balance and locked start at 0)", "lock ERC-20"} {
		tx, err = w.bridge.Lock(w.deployer, tokenAddr, big.NewInt(1e18), uint64(chainB), holder.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		figs = append(figs, figure{name, w.commit(tx).GasUsed, 0})
	}
	opts := *w.deployer
	opts.Value = big.NewInt(1e18)
	for _, name := range []string{"lockNative, first (locked starts at 0)", "lockNative"} {
		tx, err = w.bridge.LockNative(&opts, uint64(chainB), holder.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		figs = append(figs, figure{name, w.commit(tx).GasUsed, 0})
	}
	tx, err = w.bridge.Burn(w.deployer, wAddr, big.NewInt(1e17), uint64(chainB), holder.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	figs = append(figs, figure{"burn", w.commit(tx).GasUsed, 0})
	u := xfer(home, addr("unlock recipient"), 1001) // a nonce the mints did not use, in a word they did (one bitmap per route)
	ud, _ := eip712.UnlockDigest(w.domain, 1, u)
	tx, err = w.bridge.Unlock(w.deployer, 1, u.Binding(), w.sign(ud, 2))
	if err != nil {
		t.Fatal(err)
	}
	figs = append(figs, figure{"unlock ERC-20 2-of-3, new holder", w.commit(tx).GasUsed, 0})
	n := xfer(native, addr("native recipient"), 1002)
	nd, _ := eip712.UnlockDigest(w.domain, 1, n)
	tx, err = w.bridge.Unlock(w.deployer, 1, n.Binding(), w.sign(nd, 2))
	if err != nil {
		t.Fatal(err)
	}
	figs = append(figs, figure{"unlock native 2-of-3, empty account", w.commit(tx).GasUsed, 0})
	// Refunds of the two ERC-20 locks (nonces 0 and 1), after a third lock,
	// so the bridge's balance and `locked` stay above zero (no storage
	// refund), as while other locks are in flight: the first refund creates
	// the refund bitmap word, the second finds it in use.
	if tx, err = w.bridge.Lock(w.deployer, tokenAddr, big.NewInt(2e18), uint64(chainB), holder.Bytes()); err != nil {
		t.Fatal(err)
	}
	w.commit(tx)
	for _, f := range []struct {
		name  string
		nonce uint64
	}{{"refund of an ERC-20 lock 2-of-3, first in its bitmap word", 1}, {"refund of an ERC-20 lock 2-of-3, bitmap word in use", 0}} {
		amount := big.NewInt(1e18)
		rd := eip712.RefundDigest(w.domain, 1, f.nonce, common.Hash(home.AssetID()), holder, amount)
		tx, err = w.bridge.Refund(w.deployer, 1, f.nonce, home.AssetID(), holder, amount, w.sign(rd, 2))
		if err != nil {
			t.Fatal(err)
		}
		figs = append(figs, figure{f.name, w.commit(tx).GasUsed, 0})
	}

	// Marginal signer: 7 signers, threshold 4, k = 4..7 signatures.
	w7 := newWorld(t, 7, 4)
	w7.define(wrapped)
	var prev, first, last uint64
	for k := 4; k <= 7; k++ {
		tr := xfer(wrapped, existing, uint64(k))
		if k == 4 {
			m := xfer(wrapped, existing, 0)
			d, _ := eip712.MintDigest(w7.domain, 1, eip712.NoDeadline, m)
			tx, _ := w7.bridge.Mint(w7.deployer, 1, eip712.NoDeadline, m.Binding(), w7.sign(d, 4))
			w7.commit(tx)
		}
		d, _ := eip712.MintDigest(w7.domain, 1, eip712.NoDeadline, tr)
		tx, err := w7.bridge.Mint(w7.deployer, 1, eip712.NoDeadline, tr.Binding(), w7.sign(d, k))
		if err != nil {
			t.Fatal(err)
		}
		g := w7.commit(tx).GasUsed
		if k == 4 {
			first = g
		} else {
			t.Logf("%-62s %7d (+%d)", "mint, existing holder, signatures k="+string(rune('0'+k)), g, g-prev)
		}
		prev, last = g, g
	}
	figs = append(figs, figure{"marginal gas per extra signer (k=4..7 of 7)", (last - first) / 3, 0})

	for _, f := range figs {
		if f.budget == 0 {
			t.Logf("%-62s %7d", f.name, f.gas)
			continue
		}
		t.Logf("%-62s %7d  (budget %d)", f.name, f.gas, f.budget)
		if f.gas > f.budget {
			t.Errorf("%s: %d gas, over the budget of %d", f.name, f.gas, f.budget)
		}
	}
}
