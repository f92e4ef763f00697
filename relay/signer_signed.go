package relay

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// signedPruneEvery is how often the signer prunes its durable signed set
// (and the same entries from memory).
const signedPruneEvery = time.Hour

// loadSigned prunes the durable signed set and loads what remains, so that
// awaitOwnShares and signedOther see what this operator signed before a
// restart.
func (s *Signer) loadSigned() error {
	st := s.cfg.Signed
	if st == nil {
		return nil
	}
	now := s.now()
	if _, err := st.Prune(now); err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	s.prunedAt = now
	if err := st.Each(func(r SignedRecord) {
		s.signed[r.Transfer] = signedEntry{at: r.At, hash: r.Hash}
	}); err != nil {
		return fmt.Errorf("signer: load signed set: %w", err)
	}
	s.log.Info().Int("entries", len(s.signed)).Dur("retention", st.Retention()).Msg("signed set loaded")
	return nil
}

// signedOther returns a *SignedOtherError when this operator signed
// another authorization for a's transfer.
func (s *Signer) signedOther(a Authorization) error {
	h := a.Hash()
	s.mu.Lock()
	e, ok := s.signed[a.TransferID]
	s.mu.Unlock()
	if ok && e.hash != h {
		return &SignedOtherError{Transfer: a.TransferID, Signed: e.hash, Hash: h}
	}
	return nil
}

// record makes a's entry durable (when the signer has a store) and marks
// it in memory. An entry already held with a's hash is durable already: a
// re-sign writes nothing.
func (s *Signer) record(ctx context.Context, a Authorization) error {
	if err := s.signedOther(a); err != nil {
		return err
	}
	s.mu.Lock()
	_, held := s.signed[a.TransferID]
	s.mu.Unlock()
	if !held && s.cfg.Signed != nil {
		if err := s.cfg.Signed.Record(ctx, SignedRecord{Transfer: a.TransferID, Hash: a.Hash(), At: s.now()}); err != nil {
			return err
		}
	}
	s.mark(a)
	return nil
}

// refuseSignedOther refuses for good an authorization for a transfer this
// operator signed another authorization for, naming both hashes.
func (s *Signer) refuseSignedOther(m bus.Msg, ev chains.Event, err error) error {
	s.metrics.Refusals.WithLabelValues("signed_other").Inc()
	s.metrics.SignerEvents.WithLabelValues(fmt.Sprint(ev.Ref.Chain), ev.Kind.String(), "refused").Inc()
	l := s.log.Error().Err(err).Str("reason", "signed_other").Str("transfer", ev.TransferID.String()).Str("ref", ev.Ref.String())
	var so *SignedOtherError
	if errors.As(err, &so) {
		l = l.Str("signed_hash", "0x"+hex.EncodeToString(so.Signed[:])).Str("refused_hash", "0x"+hex.EncodeToString(so.Hash[:]))
	}
	l.Str("from", m.From.Hex()).Str("id", m.ID).Msg("refused to sign: another authorization of this transfer is signed already")
	return fmt.Errorf("signer refused %s: %w", m.ID, err)
}

// maybePrune prunes the durable signed set once per signedPruneEvery, on
// the worker that comes first, and forgets the dropped entries.
func (s *Signer) maybePrune(now time.Time) {
	st := s.cfg.Signed
	if st == nil {
		return
	}
	s.mu.Lock()
	if s.pruning || now.Sub(s.prunedAt) < signedPruneEvery {
		s.mu.Unlock()
		return
	}
	s.pruning = true
	s.mu.Unlock()
	dropped, err := st.Prune(now)
	if err != nil {
		s.log.Warn().Err(err).Msg("pruning the signed set")
	}
	s.mu.Lock()
	for _, id := range dropped {
		delete(s.signed, id)
	}
	s.pruning, s.prunedAt = false, now
	s.mu.Unlock()
}
