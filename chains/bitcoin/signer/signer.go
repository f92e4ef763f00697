package signer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/rs/zerolog"
)

// Errors; every refusal wraps ErrRefused and one of the specific errors.
var (
	ErrRefused        = errors.New("signer: refused")
	ErrConfig         = errors.New("signer: invalid config")
	ErrUnknownDeposit = errors.New("signer: input is not a final, accepted, unswept deposit in this signer's view")
	ErrUnknownUTXO    = errors.New("signer: input is not a final unspent custody output in this signer's view")
	ErrUnknownBurn    = errors.New("signer: output is not an unpaid final burn in this signer's view")
	ErrOutputMismatch = errors.New("signer: output does not pay its burn's recipient")
	ErrChangeNotHome  = errors.New("signer: sweep or change output does not go to the current custody")
	ErrFeePolicy      = errors.New("signer: fee outside policy")
	ErrMismatch       = errors.New("signer: proposal differs from this signer's rebuild")
	ErrNotASigner     = errors.New("signer: no input is spendable by this signer's key")
	ErrDoublePay      = errors.New("signer: burn already signed in a payout this one does not conflict with")
	ErrNotMain        = errors.New("signer: payout does not spend exactly one main custody output with one change, or a sweep spends the main")
)

// View is this signer's own picture of the chain and the bridge, built
// from its own node and audit state, never from the bus.
type View interface {
	// Deposit returns an accepted, final deposit that is not yet swept.
	Deposit(ctx context.Context, op wire.OutPoint) (wallet.Deposit, error)
	// CustodyUTXO returns a final, unspent custody output.
	CustodyUTXO(ctx context.Context, op wire.OutPoint) (wallet.UTXO, error)
	// Burn returns a final burn that is not yet paid.
	Burn(ctx context.Context, id chains.TransferID) (wallet.Burn, error)
}

// MainView is a View that names the federation's main custody outputs
// (the main-UTXO chain of wallet.BuildMainPayout). Given one,
// CheckAndSign refuses (ErrNotMain) a payout that does not spend exactly
// one output IsMain accepts or does not end with its change to current
// custody (the next main), a payout output other than the change that
// pays a custody script, and a sweep that spends a main; and it rebuilds
// the payout with BuildMainPayout. Two payouts this signer signs on one
// main therefore spend a common outpoint: at most one confirms.
type MainView interface {
	View
	// IsMain reports whether op is an output this signer accepts as the
	// main a payout spends.
	IsMain(ctx context.Context, op wire.OutPoint) bool
}

// Config configures a Signer.
type Config struct {
	// Key is this operator's federation signing key.
	Key *btcec.PrivateKey
	// Wallet is the same wallet configuration the coordinator uses; its fee
	// policy bounds are this signer's own.
	Wallet wallet.Config
}

// Option customises a Signer.
type Option func(*Signer)

// WithLogger sets the logger (a "component" field is added).
func WithLogger(l zerolog.Logger) Option {
	return func(s *Signer) { s.log = l.With().Str("component", "bitcoin-signer").Logger() }
}

// Signer checks proposals against its own view and signs them.
type Signer struct {
	key  *btcec.PrivateKey
	xkey [32]byte
	w    *wallet.Wallet
	log  zerolog.Logger

	mu sync.Mutex
	// inflight maps a burn this signer signed a payout for to the inputs of
	// that payout: another payout of the same burn is signed only if it
	// spends one of them (an RBF replacement), so at most one can confirm.
	inflight map[chains.TransferID]map[wire.OutPoint]bool
}

// New validates cfg and returns a Signer.
func New(cfg Config, opts ...Option) (*Signer, error) {
	if cfg.Key == nil {
		return nil, fmt.Errorf("%w: no key", ErrConfig)
	}
	w, err := wallet.New(cfg.Wallet)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	s := &Signer{key: cfg.Key, w: w, log: zerolog.Nop(), inflight: map[chains.TransferID]map[wire.OutPoint]bool{}}
	copy(s.xkey[:], schnorr.SerializePubKey(cfg.Key.PubKey()))
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// PublicKey returns the signer's x-only key.
func (s *Signer) PublicKey() [32]byte { return s.xkey }

func refuse(err error, format string, args ...any) error {
	return fmt.Errorf("%w: %w: %s", ErrRefused, err, fmt.Sprintf(format, args...))
}

// CheckAndSign checks a proposed sweep or payout and, if it passes, returns
// this signer's signatures for every input whose leaf lists its key.
//
// The check, in order: the annotations parse; the declared fee rate is
// within [MinRate, MaxRate]; the receiving epoch is the current one; every
// input is known to view (a deposit for a sweep, a custody UTXO for a
// payout); for a payout every annotated output pays its burn's script and
// every other output is the single, last change output to current custody;
// the fee paid is not above what the policy computes; the transaction
// rebuilt with package wallet from view's data is identical, byte for
// byte, including every input's leaf, control block and witness UTXO; and
// no burn it pays was signed before in a payout this one does not conflict
// with (see Release).
func (s *Signer) CheckAndSign(ctx context.Context, p *psbt.Packet, view View) ([]wallet.Signature, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pr, err := wallet.ReadProposal(p)
	if err != nil {
		return nil, refuse(err, "read proposal")
	}
	pol := s.w.Fees()
	if pr.Rate < pol.MinRate || pr.Rate > pol.MaxRate {
		return nil, refuse(ErrFeePolicy, "rate %d sat/vB outside [%d, %d]", pr.Rate, pol.MinRate, pol.MaxRate)
	}
	if pr.Epoch != s.w.Current() {
		return nil, refuse(ErrChangeNotHome, "proposal pays epoch %d, current is %d", pr.Epoch, s.w.Current())
	}
	w := s.w.WithRate(pr.Rate)
	home, _ := w.Custody(w.Current())
	tx := p.UnsignedTx

	var want *psbt.Packet
	var inSum int64
	switch pr.Kind {
	case wallet.KindSweep:
		if want, inSum, err = s.rebuildSweep(ctx, tx, view, w, home.PkScript()); err != nil {
			return nil, err
		}
	case wallet.KindPayout:
		if want, inSum, err = s.rebuildPayout(ctx, pr, tx, view, w); err != nil {
			return nil, err
		}
	}
	var outSum, wantOut int64
	for _, o := range tx.TxOut {
		outSum += o.Value
	}
	for _, o := range want.UnsignedTx.TxOut {
		wantOut += o.Value
	}
	if fee, wantFee := inSum-outSum, inSum-wantOut; fee > wantFee {
		return nil, refuse(ErrFeePolicy, "fee %d sat, policy allows %d sat at %d sat/vB", fee, wantFee, pr.Rate)
	}
	if err := samePacket(p, want); err != nil {
		return nil, refuse(ErrMismatch, "%v", err)
	}

	sigs, err := s.sign(p)
	if err != nil {
		return nil, err
	}
	if pr.Kind == wallet.KindPayout {
		if err := s.claim(pr, tx); err != nil {
			return nil, err
		}
	}
	txid := tx.TxHash()
	s.log.Info().Str("kind", pr.Kind.String()).Str("txid", txid.String()).Int("inputs", len(tx.TxIn)).
		Int("outputs", len(tx.TxOut)).Uint64("rate", pr.Rate).Msg("signed proposal")
	return sigs, nil
}

// rebuildSweep checks a sweep's inputs (deposits view knows, none a main
// custody output) and its one output (current custody) and rebuilds it
// from view's data.
func (s *Signer) rebuildSweep(ctx context.Context, tx *wire.MsgTx, view View, w *wallet.Wallet, home []byte) (*psbt.Packet, int64, error) {
	var ds []wallet.Deposit
	var inSum int64
	for i, in := range tx.TxIn {
		if mv, ok := view.(MainView); ok && mv.IsMain(ctx, in.PreviousOutPoint) {
			return nil, 0, refuse(ErrNotMain, "sweep input %d (%s) is a main custody output", i, in.PreviousOutPoint)
		}
		d, err := view.Deposit(ctx, in.PreviousOutPoint)
		if err != nil {
			return nil, 0, refuse(ErrUnknownDeposit, "input %d (%s): %v", i, in.PreviousOutPoint, err)
		}
		ds = append(ds, d)
		inSum += d.Amount
	}
	if len(tx.TxOut) != 1 || !bytes.Equal(tx.TxOut[0].PkScript, home) {
		return nil, 0, refuse(ErrChangeNotHome, "a sweep has exactly one output, to current custody")
	}
	want, err := w.BuildSweep(ds)
	if err != nil {
		return nil, 0, refuse(ErrMismatch, "rebuild sweep: %v", err)
	}
	return want, inSum, nil
}

// sign signs every input whose leaf names this signer's key.
func (s *Signer) sign(p *psbt.Packet) ([]wallet.Signature, error) {
	leaves, err := wallet.Leaves(p)
	if err != nil {
		return nil, refuse(err, "leaves")
	}
	var sigs []wallet.Signature
	for i, il := range leaves {
		if il.Signers.Index(s.xkey) < 0 {
			continue
		}
		sig, err := schnorr.Sign(s.key, il.SigHash)
		if err != nil {
			return nil, fmt.Errorf("signer: sign input %d: %w", i, err)
		}
		out := wallet.Signature{Input: i, Key: s.xkey, LeafHash: il.Leaf.TapHash()}
		copy(out.Sig[:], sig.Serialize())
		sigs = append(sigs, out)
	}
	if len(sigs) == 0 {
		return nil, refuse(ErrNotASigner, "key %x", s.xkey)
	}
	return sigs, nil
}

// rebuildPayout checks a payout's inputs, outputs and, with a MainView,
// its main and change, and rebuilds it from view's data.
func (s *Signer) rebuildPayout(ctx context.Context, pr wallet.Proposal, tx *wire.MsgTx, view View, w *wallet.Wallet) (*psbt.Packet, int64, error) {
	home, _ := w.Custody(w.Current())
	mv, chain := view.(MainView)
	var us []wallet.UTXO
	var main *wallet.UTXO
	var inSum int64
	for i, in := range tx.TxIn {
		u, err := view.CustodyUTXO(ctx, in.PreviousOutPoint)
		if err != nil {
			return nil, 0, refuse(ErrUnknownUTXO, "input %d (%s): %v", i, in.PreviousOutPoint, err)
		}
		inSum += u.Amount
		if chain && mv.IsMain(ctx, in.PreviousOutPoint) {
			if main != nil {
				return nil, 0, refuse(ErrNotMain, "inputs %s and %s are both main outputs", main.OutPoint, in.PreviousOutPoint)
			}
			main = &u
			continue
		}
		us = append(us, u)
	}
	if chain && main == nil {
		return nil, 0, refuse(ErrNotMain, "no input is a main custody output")
	}
	var bs []wallet.Burn
	for i, out := range tx.TxOut {
		id := pr.Burns[i]
		if id == nil {
			if i != len(tx.TxOut)-1 || !bytes.Equal(out.PkScript, home.PkScript()) {
				return nil, 0, refuse(ErrChangeNotHome, "output %d is neither a burn nor the last output to current custody (pays %x)", i, out.PkScript)
			}
			continue
		}
		if chain && i == len(tx.TxOut)-1 {
			return nil, 0, refuse(ErrNotMain, "no change output: the last output pays burn %s", *id)
		}
		if chain && s.isCustody(out.PkScript) {
			return nil, 0, refuse(ErrNotMain, "output %d (burn %s) pays a custody script", i, *id)
		}
		b, err := view.Burn(ctx, *id)
		if err != nil {
			return nil, 0, refuse(ErrUnknownBurn, "output %d (burn %s): %v", i, *id, err)
		}
		if !bytes.Equal(out.PkScript, b.PkScript) {
			return nil, 0, refuse(ErrOutputMismatch, "output %d pays %x, burn %s pays %x", i, out.PkScript, *id, b.PkScript)
		}
		bs = append(bs, b)
	}
	var want *psbt.Packet
	var err error
	if chain {
		want, err = w.BuildMainPayout(*main, us, bs)
	} else {
		want, err = w.BuildPayout(us, bs)
	}
	if err != nil {
		return nil, 0, refuse(ErrMismatch, "rebuild payout: %v", err)
	}
	return want, inSum, nil
}

// isCustody reports whether script is the custody script of an epoch of
// the signer's wallet.
func (s *Signer) isCustody(script []byte) bool {
	for _, e := range s.w.Epochs() {
		if c, err := s.w.Custody(e); err == nil && bytes.Equal(c.PkScript(), script) {
			return true
		}
	}
	return false
}

// claim records the payout's burns as in flight, refusing a burn already
// signed in a payout that shares no input with this one.
func (s *Signer) claim(pr wallet.Proposal, tx *wire.MsgTx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range pr.Burns {
		if id == nil {
			continue
		}
		if prev, ok := s.inflight[*id]; ok && !spendsAny(tx, prev) {
			return refuse(ErrDoublePay, "burn %s", *id)
		}
	}
	ins := map[wire.OutPoint]bool{}
	for _, in := range tx.TxIn {
		ins[in.PreviousOutPoint] = true
	}
	for _, id := range pr.Burns {
		if id != nil {
			s.inflight[*id] = ins
		}
	}
	return nil
}

func spendsAny(tx *wire.MsgTx, ins map[wire.OutPoint]bool) bool {
	for _, in := range tx.TxIn {
		if ins[in.PreviousOutPoint] {
			return true
		}
	}
	return false
}

// Release forgets that a burn was signed: call it once the payout that
// carried it is final (the view then reports the burn paid) or can never
// confirm (one of its inputs was spent by a final transaction that does
// not pay the burn). The record is in memory; a relay that restarts must
// rebuild it from its own store of signed proposals before signing payouts.
func (s *Signer) Release(id chains.TransferID) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.inflight, id)
}

// samePacket compares everything a signature commits to or a witness uses.
func samePacket(got, want *psbt.Packet) error {
	var a, b bytes.Buffer
	if err := got.UnsignedTx.Serialize(&a); err != nil {
		return err
	}
	_ = want.UnsignedTx.Serialize(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		return fmt.Errorf("unsigned transaction %s differs from rebuilt %s", got.UnsignedTx.TxHash(), want.UnsignedTx.TxHash())
	}
	for i := range want.Inputs {
		g, w := got.Inputs[i], want.Inputs[i]
		if g.WitnessUtxo == nil || g.WitnessUtxo.Value != w.WitnessUtxo.Value || !bytes.Equal(g.WitnessUtxo.PkScript, w.WitnessUtxo.PkScript) {
			return fmt.Errorf("input %d witness UTXO differs", i)
		}
		if len(g.TaprootLeafScript) != 1 || !bytes.Equal(g.TaprootLeafScript[0].Script, w.TaprootLeafScript[0].Script) ||
			!bytes.Equal(g.TaprootLeafScript[0].ControlBlock, w.TaprootLeafScript[0].ControlBlock) {
			return fmt.Errorf("input %d leaf script or control block differs", i)
		}
	}
	gp, _ := wallet.ReadProposal(got)
	wp, _ := wallet.ReadProposal(want)
	for i := range wp.Burns {
		if (gp.Burns[i] == nil) != (wp.Burns[i] == nil) || (gp.Burns[i] != nil && *gp.Burns[i] != *wp.Burns[i]) {
			return fmt.Errorf("output %d transfer id annotation differs", i)
		}
	}
	return nil
}
