package watcher

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/btcsuite/btcd/btcjson"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/bitcointest"
)

// memNode is a Node over a fixed set of transactions, each in a block at a
// height; the tip is fixed. It stands in for btcd in unit tests only; the
// real-node path is covered by audit/btccheck's integration test.
type memNode struct {
	tip    int64
	txs    map[chainhash.Hash]*wire.MsgTx
	height map[chainhash.Hash]int64 // 0: in the mempool; -1: in a block off the best chain
}

func newMemNode(tip int64) *memNode {
	return &memNode{tip: tip, txs: map[chainhash.Hash]*wire.MsgTx{}, height: map[chainhash.Hash]int64{}}
}

func (n *memNode) add(tx *wire.MsgTx, height int64) {
	n.txs[tx.TxHash()] = tx
	n.height[tx.TxHash()] = height
}

func blockAt(h int64) chainhash.Hash { return chainhash.HashH([]byte{byte(h), byte(h >> 8), 'b'}) }

func (n *memNode) GetBlockCount() (int64, error) { return n.tip, nil }
func (n *memNode) GetBlockHash(h int64) (*chainhash.Hash, error) {
	b := blockAt(h)
	return &b, nil
}
func (n *memNode) GetBlock(*chainhash.Hash) (*wire.MsgBlock, error) {
	return nil, errors.New("not served")
}
func (n *memNode) GetRawTransaction(txid *chainhash.Hash) (*btcutil.Tx, error) {
	tx, ok := n.txs[*txid]
	if !ok {
		return nil, &btcjson.RPCError{Code: btcjson.ErrRPCNoTxInfo, Message: "no tx"}
	}
	return btcutil.NewTx(tx), nil
}
func (n *memNode) GetRawTransactionVerbose(txid *chainhash.Hash) (*btcjson.TxRawResult, error) {
	tx, ok := n.txs[*txid]
	if !ok {
		return nil, &btcjson.RPCError{Code: btcjson.ErrRPCNoTxInfo, Message: "no tx"}
	}
	var buf bytes.Buffer
	_ = tx.Serialize(&buf)
	r := &btcjson.TxRawResult{Hex: hex.EncodeToString(buf.Bytes()), Txid: txid.String()}
	switch h := n.height[*txid]; {
	case h > 0:
		r.BlockHash = blockAt(h).String()
		r.Confirmations = uint64(n.tip - h + 1)
	case h < 0:
		r.BlockHash = blockAt(999).String() // a stale block
		r.Confirmations = 5
	}
	return r, nil
}
func (n *memNode) GetBlockHeaderVerbose(hash *chainhash.Hash) (*btcjson.GetBlockHeaderVerboseResult, error) {
	for h := int64(1); h <= n.tip; h++ {
		if blockAt(h) == *hash {
			return &btcjson.GetBlockHeaderVerboseResult{Hash: hash.String(), Height: int32(h), Confirmations: n.tip - h + 1, Time: headerTime(h)}, nil
		}
	}
	return &btcjson.GetBlockHeaderVerboseResult{Hash: hash.String(), Height: 999, Confirmations: -1}, nil
}

// headerTime is the header time of memNode's block at height h: 600 s apart.
func headerTime(h int64) int64 { return 1_700_000_000 + 600*h }

func TestVerifyRef(t *testing.T) {
	_, cur, prev := testRules(t)
	cfg := Config{Chain: chains.BitcoinRegtest, Federations: []bitcoin.Federation{cur, prev}, Confirmations: 3,
		MinDeposit: 10_000, RefundMargin: 100, MintCutoff: 50, DstChains: []chains.ChainID{chains.DevnetA}}
	node := newMemNode(600)
	v, err := NewVerifier(cfg, node)
	if err != nil {
		t.Fatal(err)
	}
	refundKey := bitcointest.Key("depositor")
	payload := func(locktime uint32, tag byte) bitcoin.Payload {
		p := bitcoin.Payload{DstChain: chains.DevnetA, Locktime: locktime}
		p.Recipient[0] = tag
		copy(p.RefundKey[:], refundKey.PubKey().SerializeCompressed()[1:])
		return p
	}
	// Deposit at height 500, final; locktime far away.
	pOK := payload(2000, 1)
	dep := depositTx(pOK, cur, 100_000)
	node.add(dep, 500)
	// A deposit whose refund is near the tip: final, but past the mint cutoff.
	pNear := payload(640, 2)
	near := depositTx(pNear, cur, 100_000)
	node.add(near, 400)
	// A deposit below the minimum: rejected, still an event.
	small := depositTx(payload(2000, 3), cur, 5_000)
	node.add(small, 500)
	// Unconfirmed, shallow and stale transactions.
	mem := depositTx(payload(2000, 4), cur, 100_000)
	node.add(mem, 0)
	shallow := depositTx(payload(2000, 5), cur, 100_000)
	node.add(shallow, 599)
	stale := depositTx(payload(2000, 6), cur, 100_000)
	node.add(stale, -1)
	// A sweep of dep (mint leaf, input 0) into custody.
	depOut, _ := bitcoin.NewDepositOutput(pOK, cur.Signers)
	custody, _ := bitcoin.NewCustodyOutput(cur)
	sweep := wire.NewMsgTx(2)
	sweep.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: dep.TxHash(), Index: 1},
		Witness: wire.TxWitness{make([]byte, 64), make([]byte, 64), bitcoin.MintLeafScript(pOK, cur.Signers), depOut.ControlBlock(bitcoin.MintLeaf)}})
	sweep.AddTxOut(wire.NewTxOut(99_000, custody.PkScript()))
	node.add(sweep, 550)
	// A refund of near (input 0) that makes a new deposit at output 0... and 1.
	nearOut, _ := bitcoin.NewDepositOutput(pNear, cur.Signers)
	pAgain := payload(2000, 7)
	againOut, _ := bitcoin.NewDepositOutput(pAgain, cur.Signers)
	refund := wire.NewMsgTx(2)
	refund.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: near.TxHash(), Index: 1},
		Witness: wire.TxWitness{make([]byte, 64), bitcoin.RefundLeafScript(pNear), nearOut.ControlBlock(bitcoin.RefundLeaf)}})
	refund.AddTxOut(wire.NewTxOut(90_000, againOut.PkScript()))
	refund.AddTxOut(wire.NewTxOut(0, bitcoin.PayloadScript(pAgain)))
	node.add(refund, 580)
	// A payout: custody spent, one output elsewhere, change home.
	payee := append([]byte{0x00, 0x14}, bytes.Repeat([]byte{0x77}, 20)...)
	payout := wire.NewMsgTx(2)
	payout.AddTxIn(&wire.TxIn{PreviousOutPoint: wire.OutPoint{Hash: sweep.TxHash(), Index: 0},
		Witness: wire.TxWitness{make([]byte, 64), make([]byte, 64), cur.Signers.MultiA(), custody.ControlBlock(bitcoin.SignersLeaf)}})
	payout.AddTxOut(wire.NewTxOut(40_000, payee))
	payout.AddTxOut(wire.NewTxOut(58_000, custody.PkScript()))
	node.add(payout, 560)

	ref := func(tx *wire.MsgTx, i uint32) chains.EventRef {
		return chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: displayOrder(tx.TxHash()), Index: i}
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		ref     chains.EventRef
		kind    chains.EventKind // VerifyKind when set
		want    chains.EventKind
		amount  int64
		err     error
		errText string
		// deadline of the mint: block 500's time − 2 h skew + (2000 − 50 − 500) blocks × 60 s
		deadline uint64
	}{
		{name: "deposit", ref: ref(dep, 1), want: chains.KindLocked, amount: 100_000,
			deadline: uint64(headerTime(500) - 7200 + (2000-50-500)*60)},
		{name: "deposit at the wrong output", ref: ref(dep, 0), err: ErrNotFound},
		{name: "deposit on another chain", ref: chains.EventRef{Chain: chains.DevnetA, TxHash: displayOrder(dep.TxHash()), Index: 1}, err: ErrNotFound},
		{name: "deposit near its refund: signer refuses", ref: ref(near, 1), err: ErrTooLate},
		{name: "deposit near its refund: auditor reads it", ref: ref(near, 1), kind: chains.KindLocked, want: chains.KindLocked, amount: 100_000},
		{name: "rejected deposit is an event", ref: ref(small, 1), want: chains.KindDepositRejected, amount: 5_000},
		{name: "unknown transaction", ref: chains.EventRef{Chain: chains.BitcoinRegtest, TxHash: [32]byte{1}}, err: ErrNotFinal},
		{name: "mempool", ref: ref(mem, 1), err: ErrNotFinal},
		{name: "too shallow", ref: ref(shallow, 1), err: ErrNotFinal},
		{name: "off the best chain", ref: ref(stale, 1), err: ErrNotFinal, errText: "-1 confirmations"},
		{name: "sweep", ref: ref(sweep, 0), want: chains.KindSweep, amount: 100_000},
		{name: "payout", ref: ref(payout, 0), want: chains.KindPayout, amount: 40_000},
		{name: "payout change is no event", ref: ref(payout, 1), err: ErrNotFound},
		{name: "refund and deposit at index 0", ref: ref(refund, 0), err: ErrAmbiguous, errText: "locked and refund"},
		{name: "refund by kind", ref: ref(refund, 0), kind: chains.KindRefund, want: chains.KindRefund, amount: 100_000},
		{name: "deposit by kind", ref: ref(refund, 0), kind: chains.KindLocked, want: chains.KindLocked, amount: 90_000},
		{name: "wrong kind", ref: ref(refund, 0), kind: chains.KindSweep, err: ErrNotFound, errText: "not sweep"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ev chains.Event
			var err error
			if tc.kind != chains.KindUnknown {
				ev, err = v.VerifyKind(ctx, tc.ref, tc.kind)
			} else {
				ev, err = v.Verify(ctx, tc.ref)
			}
			if tc.err != nil {
				if !errors.Is(err, tc.err) || !bytes.Contains([]byte(err.Error()), []byte(tc.errText)) {
					t.Fatalf("err = %v, want %v containing %q", err, tc.err, tc.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ev.Kind != tc.want || ev.Amount.Int64() != tc.amount || ev.Ref != tc.ref || !ev.Final || ev.Reorged {
				t.Fatalf("event %+v, want %s of %d at %s", ev, tc.want, tc.amount, tc.ref)
			}
			if ev.Deadline != tc.deadline {
				t.Fatalf("deadline %d, want %d", ev.Deadline, tc.deadline)
			}
			if h := node.height[chainhash.Hash(displayOrder(tc.ref.TxHash))]; ev.BlockNum != uint64(h) ||
				ev.BlockHash != displayOrder(blockAt(h)) || ev.Confirmations != uint64(node.tip-h+1) {
				t.Fatalf("position %d %x conf %d, want %d", ev.BlockNum, ev.BlockHash, ev.Confirmations, h)
			}
		})
	}

	// The sweep names the deposit's transfer id; the payout its recipient.
	ev, _ := v.Verify(ctx, ref(sweep, 0))
	if ev.TransferID != chains.BitcoinTransferID(chains.BitcoinRegtest, dep.TxHash(), 1) {
		t.Fatalf("sweep transfer id %s", ev.TransferID)
	}
	ev, _ = v.Verify(ctx, ref(payout, 0))
	if !bytes.Equal(ev.Recipient, payee) || ev.TransferID != (chains.TransferID{}) {
		t.Fatalf("payout %+v", ev)
	}
}

// The verifier serves the relay's signer and the auditor's EventChecker.
var _ audit.EventReader = (*Verifier)(nil)
