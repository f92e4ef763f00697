package wallet

import (
	"fmt"
	"sort"

	"github.com/btcsuite/btcd/blockchain"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
)

// maxStandardWeight is the mempool's limit on a transaction's weight.
const maxStandardWeight = 400_000

// Config configures a Wallet.
type Config struct {
	// Federations lists the epochs whose deposits and custody UTXOs the
	// wallet can spend (normally the current and the previous one).
	Federations []bitcoin.Federation
	// Current is the epoch that receives sweeps and change.
	Current uint32
	// Fees sets the fee rate and its bounds.
	Fees FeePolicy
}

// Wallet builds sweeps and payouts of the federation as PSBTs. It holds no
// keys and does no I/O: the same Config and inputs always give the same
// transaction, so every signer can rebuild a proposal from its own view.
type Wallet struct {
	feds    map[uint32]bitcoin.Federation
	custody map[uint32]*bitcoin.CustodyOutput
	current uint32
	fees    FeePolicy
}

// New validates cfg and returns a Wallet.
func New(cfg Config) (*Wallet, error) {
	if err := cfg.Fees.validate(); err != nil {
		return nil, err
	}
	w := &Wallet{feds: map[uint32]bitcoin.Federation{}, custody: map[uint32]*bitcoin.CustodyOutput{}, current: cfg.Current, fees: cfg.Fees}
	for _, f := range cfg.Federations {
		if _, dup := w.feds[f.Epoch]; dup {
			return nil, fmt.Errorf("%w: epoch %d listed twice", ErrConfig, f.Epoch)
		}
		c, err := bitcoin.NewCustodyOutput(f)
		if err != nil {
			return nil, fmt.Errorf("%w: epoch %d: %w", ErrConfig, f.Epoch, err)
		}
		w.feds[f.Epoch], w.custody[f.Epoch] = f, c
	}
	if _, ok := w.feds[cfg.Current]; !ok {
		return nil, fmt.Errorf("%w: current epoch %d not in Federations", ErrConfig, cfg.Current)
	}
	return w, nil
}

// Custody returns the custody output of an epoch.
func (w *Wallet) Custody(epoch uint32) (*bitcoin.CustodyOutput, error) {
	c, ok := w.custody[epoch]
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownEpoch, epoch)
	}
	return c, nil
}

// Federation returns the federation of an epoch.
func (w *Wallet) Federation(epoch uint32) (bitcoin.Federation, error) {
	f, ok := w.feds[epoch]
	if !ok {
		return f, fmt.Errorf("%w: %d", ErrUnknownEpoch, epoch)
	}
	return f, nil
}

// Epochs returns the wallet's federation epochs in ascending order.
func (w *Wallet) Epochs() []uint32 {
	out := make([]uint32, 0, len(w.feds))
	for e := range w.feds {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Current returns the epoch that receives sweeps and change.
func (w *Wallet) Current() uint32 { return w.current }

// Fees returns the wallet's fee policy.
func (w *Wallet) Fees() FeePolicy { return w.fees }

// spend is one input being built: what it spends and through which leaf.
type spend struct {
	op      wire.OutPoint
	prev    *wire.TxOut
	leaf    []byte
	control []byte
	signers bitcoin.KeySet
}

func (w *Wallet) depositSpend(d Deposit) (spend, error) {
	f, ok := w.feds[d.Epoch]
	if !ok {
		return spend{}, fmt.Errorf("%w: deposit %s made to epoch %d", ErrUnknownEpoch, d.OutPoint, d.Epoch)
	}
	out, err := bitcoin.NewDepositOutput(d.Payload, f.Signers)
	if err != nil {
		return spend{}, err
	}
	return spend{op: d.OutPoint, prev: wire.NewTxOut(d.Amount, out.PkScript()),
		leaf: out.Leaf(bitcoin.MintLeaf).Script, control: out.ControlBlock(bitcoin.MintLeaf), signers: f.Signers}, nil
}

func (w *Wallet) utxoSpend(u UTXO) (spend, error) {
	c, ok := w.custody[u.Epoch]
	if !ok {
		return spend{}, fmt.Errorf("%w: UTXO %s of epoch %d", ErrUnknownEpoch, u.OutPoint, u.Epoch)
	}
	return spend{op: u.OutPoint, prev: wire.NewTxOut(u.Amount, c.PkScript()),
		leaf: c.Leaf(bitcoin.SignersLeaf).Script, control: c.ControlBlock(bitcoin.SignersLeaf), signers: c.Federation.Signers}, nil
}

// vsize returns the virtual size the transaction will have once signed:
// each input's witness is t 64-byte signatures, n−t empty pushes, the leaf
// script and the control block, which is exactly what AssembleWitness makes.
func vsize(tx *wire.MsgTx, spends []spend) (int64, int64) {
	c := tx.Copy()
	for i, s := range spends {
		wit := make(wire.TxWitness, 0, s.signers.Len()+2)
		for k := 0; k < s.signers.Len(); k++ {
			if k < s.signers.Threshold() {
				wit = append(wit, make([]byte, schnorr.SignatureSize))
			} else {
				wit = append(wit, nil)
			}
		}
		c.TxIn[i].Witness = append(wit, s.leaf, s.control)
	}
	weight := blockchain.GetTransactionWeight(btcutil.NewTx(c))
	return (weight + 3) / 4, weight
}

// BuildSweep builds a sweep of deposits into the current epoch's custody:
// inputs in outpoint order (txid bytes, then index), each spending the mint
// leaf; one output to custody worth Σ amounts − fee; fee = vsize × rate;
// version 2, nLockTime 0, every sequence SequenceRBF.
func (w *Wallet) BuildSweep(deposits []Deposit) (*psbt.Packet, error) {
	if len(deposits) == 0 {
		return nil, ErrNothingToDo
	}
	ds := append([]Deposit(nil), deposits...)
	sort.Slice(ds, func(i, j int) bool { return lessOutPoint(ds[i].OutPoint, ds[j].OutPoint) })
	var spends []spend
	var total int64
	for i, d := range ds {
		if i > 0 && ds[i-1].OutPoint == d.OutPoint {
			return nil, fmt.Errorf("%w: deposit %s", ErrDuplicate, d.OutPoint)
		}
		if d.Amount <= 0 {
			return nil, fmt.Errorf("%w: deposit %s amount %d", ErrBelowDust, d.OutPoint, d.Amount)
		}
		s, err := w.depositSpend(d)
		if err != nil {
			return nil, err
		}
		spends = append(spends, s)
		total += d.Amount
	}
	home := w.custody[w.current].PkScript()
	tx := newTx(spends)
	tx.AddTxOut(wire.NewTxOut(0, home))
	rate := w.fees.effective()
	vs, weight := vsize(tx, spends)
	if weight > maxStandardWeight {
		return nil, fmt.Errorf("%w: %d deposits weigh %d", ErrTooLarge, len(ds), weight)
	}
	fee := bitcoin.FeeFor(vs, rate)
	tx.TxOut[0].Value = total - fee
	if tx.TxOut[0].Value < bitcoin.DustLimit(home) {
		return nil, fmt.Errorf("%w: sweep of %d sat pays %d sat fee", ErrBelowDust, total, fee)
	}
	return w.packet(tx, spends, annotations{kind: KindSweep, rate: rate, epoch: w.current}, nil)
}

// BuildPayout builds one transaction paying many burns from custody.
//
//   - Burns are paid in transfer-id order, one output each, then the change
//     output (if any) to the current epoch's custody.
//   - Coin selection is deterministic: UTXOs by amount descending, then
//     outpoint; take them until they cover Σ burn amounts with a change of
//     zero or at least the custody dust limit. Inputs are then ordered by
//     outpoint.
//   - fee = vsize × rate is paid by the recipients: each pays fee / n and
//     the last one also the remainder (as tBTC's redemptions do); the change
//     is exactly Σ inputs − Σ burn amounts.
//   - Every recipient script must be standard (bitcoin.CheckStandardPayment)
//     and every output above its dust limit after its fee share.
func (w *Wallet) BuildPayout(utxos []UTXO, burns []Burn) (*psbt.Packet, error) {
	return w.buildPayout(nil, utxos, burns)
}

// BuildMainPayout is BuildPayout on the federation's main-UTXO chain:
// main is always spent, the other UTXOs are taken (largest first, as
// BuildPayout) only until the burns are covered with a change of at
// least the custody dust limit, and the change output is always made:
// it is the next main. Any two payouts built on one main spend a common
// outpoint, so at most one of them can confirm.
func (w *Wallet) BuildMainPayout(main UTXO, others []UTXO, burns []Burn) (*psbt.Packet, error) {
	return w.buildPayout(&main, others, burns)
}

func (w *Wallet) buildPayout(main *UTXO, utxos []UTXO, burns []Burn) (*psbt.Packet, error) {
	if len(burns) == 0 {
		return nil, ErrNothingToDo
	}
	bs := append([]Burn(nil), burns...)
	sort.Slice(bs, func(i, j int) bool { return string(bs[i].TransferID[:]) < string(bs[j].TransferID[:]) })
	var need int64
	for i, b := range bs {
		if i > 0 && bs[i-1].TransferID == b.TransferID {
			return nil, fmt.Errorf("%w: burn %s", ErrDuplicate, b.TransferID)
		}
		if err := bitcoin.CheckStandardPayment(b.PkScript); err != nil {
			return nil, fmt.Errorf("burn %s: %w", b.TransferID, err)
		}
		if b.Amount <= 0 {
			return nil, &DustError{Burns: []DustBurn{{TransferID: b.TransferID, Amount: b.Amount, Limit: bitcoin.DustLimit(b.PkScript)}}}
		}
		need += b.Amount
	}
	home := w.custody[w.current].PkScript()
	dust := bitcoin.DustLimit(home)
	chosen, have, err := selectUTXOs(main, utxos, need, dust)
	if err != nil {
		return nil, err
	}
	change := have - need
	var spends []spend
	for _, u := range chosen {
		s, err := w.utxoSpend(u)
		if err != nil {
			return nil, err
		}
		spends = append(spends, s)
	}
	tx := newTx(spends)
	for _, b := range bs {
		tx.AddTxOut(wire.NewTxOut(b.Amount, b.PkScript))
	}
	if change > 0 {
		tx.AddTxOut(wire.NewTxOut(change, home))
	}
	rate := w.fees.effective()
	vs, weight := vsize(tx, spends)
	if weight > maxStandardWeight {
		return nil, fmt.Errorf("%w: %d inputs, %d burns weigh %d", ErrTooLarge, len(spends), len(bs), weight)
	}
	fee := bitcoin.FeeFor(vs, rate)
	shares := FeeShares(fee, len(bs))
	var below []DustBurn
	for i, b := range bs {
		tx.TxOut[i].Value = b.Amount - shares[i]
		if d := bitcoin.DustLimit(b.PkScript); tx.TxOut[i].Value < d {
			below = append(below, DustBurn{TransferID: b.TransferID, Amount: b.Amount, FeeShare: shares[i], Limit: d})
		}
	}
	if len(below) > 0 {
		return nil, &DustError{Rate: rate, Burns: below}
	}
	ids := make([][32]byte, len(bs))
	for i, b := range bs {
		ids[i] = b.TransferID
	}
	return w.packet(tx, spends, annotations{kind: KindPayout, rate: rate, epoch: w.current}, ids)
}

// selectUTXOs is the payout's coin selection: main first when set, then
// the UTXOs by amount descending (ties by outpoint) until they cover need
// with a change of zero or at least dust — with a main, of at least dust.
// The chosen UTXOs are returned in outpoint order.
func selectUTXOs(main *UTXO, utxos []UTXO, need, dust int64) ([]UTXO, int64, error) {
	us := append([]UTXO(nil), utxos...)
	sort.Slice(us, func(i, j int) bool {
		if us[i].Amount != us[j].Amount {
			return us[i].Amount > us[j].Amount
		}
		return lessOutPoint(us[i].OutPoint, us[j].OutPoint)
	})
	seen := make(map[wire.OutPoint]bool, len(us)+1)
	var chosen []UTXO
	var have int64
	if main != nil {
		seen[main.OutPoint] = true
		chosen = append(chosen, *main)
		have = main.Amount
	}
	for _, u := range us {
		if seen[u.OutPoint] {
			return nil, 0, fmt.Errorf("%w: UTXO %s", ErrDuplicate, u.OutPoint)
		}
		seen[u.OutPoint] = true
	}
	covered := func() bool {
		if main != nil {
			return have-need >= dust
		}
		return have >= need && (have == need || have-need >= dust)
	}
	for _, u := range us {
		if covered() {
			break
		}
		chosen = append(chosen, u)
		have += u.Amount
	}
	if !covered() {
		return nil, 0, fmt.Errorf("%w: have %d sat, burns need %d sat", ErrInsufficientFunds, have, need)
	}
	sort.Slice(chosen, func(i, j int) bool { return lessOutPoint(chosen[i].OutPoint, chosen[j].OutPoint) })
	return chosen, have, nil
}

// FeeShares splits fee among n recipients: fee/n each, the remainder on the last.
func FeeShares(fee int64, n int) []int64 {
	s := make([]int64, n)
	for i := range s {
		s[i] = fee / int64(n)
	}
	s[n-1] += fee % int64(n)
	return s
}

func newTx(spends []spend) *wire.MsgTx {
	tx := wire.NewMsgTx(bitcoin.TxVersion)
	for _, s := range spends {
		tx.AddTxIn(&wire.TxIn{PreviousOutPoint: s.op, Sequence: bitcoin.SequenceRBF})
	}
	return tx
}

// packet wraps tx as a PSBT: each input carries its witness UTXO, the
// NUMS internal key and the leaf script with its control block; the
// globals and burn outputs carry Kakehashi annotations.
func (w *Wallet) packet(tx *wire.MsgTx, spends []spend, a annotations, burnIDs [][32]byte) (*psbt.Packet, error) {
	p, err := psbt.NewFromUnsignedTx(tx)
	if err != nil {
		return nil, fmt.Errorf("wallet: psbt: %w", err)
	}
	nums := bitcoin.NUMSKey()
	for i, s := range spends {
		in := &p.Inputs[i]
		in.WitnessUtxo = s.prev
		in.TaprootInternalKey = schnorr.SerializePubKey(nums)
		in.TaprootLeafScript = []*psbt.TaprootTapLeafScript{{ControlBlock: s.control, Script: s.leaf, LeafVersion: txscript.BaseLeafVersion}}
	}
	p.Unknowns = a.encode()
	for i, id := range burnIDs {
		p.Outputs[i].Unknowns = []*psbt.Unknown{{Key: propKey(keyTransferID), Value: append([]byte(nil), id[:]...)}}
	}
	return p, nil
}

// WithRate returns a copy of w that builds at rate sat/vB (the signer uses
// it to rebuild a proposal at the rate it declares).
func (w *Wallet) WithRate(rate uint64) *Wallet {
	c := *w
	c.fees.Rate, c.fees.MinRate = rate, min(rate, c.fees.MinRate)
	return &c
}
