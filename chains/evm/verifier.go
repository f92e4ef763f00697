package evm

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/rs/zerolog"
)

// VerifierConfig configures a Verifier.
type VerifierConfig struct {
	Chain         chains.ChainID
	Bridge        common.Address
	Confirmations uint64 // as WatcherConfig.Confirmations; required
}

// VerifierOption configures optional parts of a Verifier.
type VerifierOption func(*Verifier)

// WithVerifierLogger injects the logger (default: disabled).
func WithVerifierLogger(l zerolog.Logger) VerifierOption {
	return func(v *Verifier) { v.log = l.With().Str("component", "evm.verifier").Logger() }
}

// Verifier re-reads an event from the operator's own node: signers call it
// with the reference they were given and trust only what it returns.
type Verifier struct {
	cfg VerifierConfig
	c   *Client
	dec *decoder
	log zerolog.Logger
}

// NewVerifier validates cfg and returns a verifier reading through c.
func NewVerifier(cfg VerifierConfig, c *Client, opts ...VerifierOption) (*Verifier, error) {
	switch {
	case c == nil:
		return nil, fmt.Errorf("%w: nil Client", ErrConfig)
	case cfg.Chain == 0 || cfg.Chain != c.Chain():
		return nil, fmt.Errorf("%w: verifier chain %d, client chain %d", ErrConfig, cfg.Chain, c.Chain())
	case cfg.Bridge == (common.Address{}):
		return nil, fmt.Errorf("%w: Bridge is the zero address", ErrConfig)
	case cfg.Confirmations == 0:
		return nil, fmt.Errorf("%w: Confirmations must be at least 1", ErrConfig)
	}
	dec, err := newDecoder(cfg.Chain, cfg.Bridge)
	if err != nil {
		return nil, err
	}
	v := &Verifier{cfg: cfg, c: c, dec: dec, log: zerolog.Nop()}
	for _, o := range opts {
		o(v)
	}
	return v, nil
}

// Verify fetches the receipt of ref.TxHash itself and returns the decoded
// event at log index ref.Index, final. In order, it fails with:
// ErrWrongChain (ref names another chain), ErrTxNotFound (no receipt),
// ErrTxFailed (the transaction reverted), ErrLogNotFound (no log with that
// index in the transaction), ErrWrongContract (*WrongContractError: not
// emitted by the bridge), ErrUnknownEvent (not a bridge event signature),
// ErrMalformedEvent (does not decode, or its transferId is inconsistent),
// ErrNotCanonical (the receipt's block is not on the best chain), ErrNotFinal
// (*NotFinalError), or a classified RPC error (ErrUnavailable, …).
func (v *Verifier) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	if ref.Chain != v.cfg.Chain {
		return chains.Event{}, fmt.Errorf("%w: %s, verifier is for chain %d", ErrWrongChain, ref, v.cfg.Chain)
	}
	// The head is read beside the receipt: one round trip less on the
	// signing path. Read a moment before the receipt's block appeared, it
	// only understates the confirmations (not final yet: retried). The
	// canonical check below is read after the receipt, as before.
	type headResult struct {
		h   *types.Header
		err error
	}
	headc := make(chan headResult, 1)
	go func() {
		h, err := v.c.HeaderByNumber(ctx, nil)
		headc <- headResult{h, err}
	}()
	rcpt, err := v.c.TransactionReceipt(ctx, ref.TxHash)
	if errors.Is(err, ErrNotFound) {
		return chains.Event{}, fmt.Errorf("%w: %s", ErrTxNotFound, ref)
	}
	if err != nil {
		return chains.Event{}, fmt.Errorf("evm: verify %s: %w", ref, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return chains.Event{}, fmt.Errorf("%w: %s reverted in block %d", ErrTxFailed, ref, rcpt.BlockNumber)
	}
	var lg *types.Log
	for _, l := range rcpt.Logs {
		if l.Index == uint(ref.Index) {
			lg = l
			break
		}
	}
	if lg == nil {
		return chains.Event{}, fmt.Errorf("%w: %s has %d logs, none with block index %d", ErrLogNotFound, ref, len(rcpt.Logs), ref.Index)
	}
	ev, err := v.dec.decode(*lg)
	if err != nil {
		return chains.Event{}, fmt.Errorf("evm: verify %s: %w", ref, err)
	}
	if lg.TxHash != ref.TxHash {
		return chains.Event{}, fmt.Errorf("%w: %s: node returned a log of tx %s", ErrMalformedEvent, ref, lg.TxHash)
	}
	hdr, err := v.c.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return chains.Event{}, fmt.Errorf("evm: verify %s: %w", ref, err)
	}
	if hdr == nil || hdr.Hash() != rcpt.BlockHash {
		return chains.Event{}, fmt.Errorf("%w: %s: receipt block %d %s is not on the best chain", ErrNotCanonical, ref, rcpt.BlockNumber, rcpt.BlockHash)
	}
	hr := <-headc
	if hr.err != nil {
		return chains.Event{}, fmt.Errorf("evm: verify %s: %w", ref, hr.err)
	}
	block, tip := rcpt.BlockNumber.Uint64(), hr.h.Number.Uint64()
	conf := uint64(0)
	if tip >= block {
		conf = tip - block + 1
	}
	if conf < v.cfg.Confirmations {
		return chains.Event{}, fmt.Errorf("%s: %w", ref, &NotFinalError{Block: block, Confirmations: conf, Required: v.cfg.Confirmations})
	}
	ev.Finality = chains.Finality{Confirmations: conf, Final: true}
	return ev, nil
}
