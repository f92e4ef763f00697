package audit

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// RecordChecker re-checks a proposed record against the attester's own
// view before it signs: for chain records, that its own node holds the
// event, final, with the same amounts and parties; for DEFINE, SIGNERSET
// and relay-level PAUSE/RESUME, that its operator's configuration agrees.
// EventChecker (with an Other for the configuration records) serves as
// one. Errors refuse the block.
type RecordChecker interface {
	CheckRecord(ctx context.Context, r *Record) error
}

// ProposerConfig configures a Proposer.
type ProposerConfig struct {
	Key *ecdsa.PrivateKey // the operator's key; its address is the proposer
	// Signer, if set, signs instead of Key (a key in an HSM, relay/keys).
	Signer Signer
	Ledger *Ledger
	// MaxRecords bounds one block (default and maximum MaxBlockRecords).
	MaxRecords int
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger zerolog.Logger
}

// Proposer builds blocks on the ledger's head from final events. It is
// independent of the transport: the relay publishes what Propose returns.
type Proposer struct {
	cfg  ProposerConfig
	addr common.Address
	log  zerolog.Logger
}

// NewProposer validates cfg.
func NewProposer(cfg ProposerConfig) (*Proposer, error) {
	if cfg.Signer == nil && cfg.Key != nil {
		cfg.Signer = KeySigner(cfg.Key)
	}
	if cfg.Signer == nil || cfg.Ledger == nil {
		return nil, fmt.Errorf("audit: proposer: %w: Key (or Signer) and Ledger are required", ErrConfig)
	}
	if cfg.MaxRecords < 0 || cfg.MaxRecords > MaxBlockRecords {
		return nil, fmt.Errorf("audit: proposer: %w: MaxRecords %d outside 0..%d", ErrConfig, cfg.MaxRecords, MaxBlockRecords)
	}
	if cfg.MaxRecords == 0 {
		cfg.MaxRecords = MaxBlockRecords
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Proposer{cfg: cfg, addr: cfg.Signer.Address(), log: cfg.Logger.With().Str("component", "audit.proposer").Logger()}, nil
}

// Rejected is a record Propose left out, with the reason.
type Rejected struct {
	Record *Record
	Err    error
}

// Propose builds the next block from records, in order, on the ledger's
// head: each record is applied to a copy of the state and left out (listed
// in rejected) if invalid — a mint without a final lock is never proposed.
// The block carries the proposer's own attestation; it becomes final once
// t attestations are collected (AddAttestation) and is then applied with
// Ledger.Apply. Propose returns a nil block when no record is valid.
func (p *Proposer) Propose(ctx context.Context, records []*Record) (*Block, []Rejected, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if len(records) > p.cfg.MaxRecords {
		return nil, nil, fmt.Errorf("audit: proposer: %w: %d records, at most %d per block", ErrConfig, len(records), p.cfg.MaxRecords)
	}
	l := p.cfg.Ledger
	l.mu.RLock()
	v := l.v.clone()
	l.mu.RUnlock()

	h := Header{Proposer: p.addr}
	if v.started {
		h.Height, h.PrevHash = v.next, v.prev
	}
	now := uint64(p.cfg.Now().UnixMilli())
	h.Time = max(now, v.prevTime)

	st := v.state
	set := st.signers
	var rejected []Rejected
	var encoded [][]byte
	for _, r := range records {
		raw, err := r.Encode()
		if err == nil && h.Height == 0 && len(encoded) == 0 && r.Kind != KindSignerSet {
			err = fmt.Errorf("%w: genesis must open with SIGNERSET", ErrGenesis)
		}
		if err == nil {
			err = st.Apply(r, h.Height, v.hashAt)
		}
		if err != nil {
			rejected = append(rejected, Rejected{Record: r, Err: err})
			p.log.Warn().Err(err).Str("kind", r.Kind.String()).Str("transfer", r.TransferID.String()).Msg("record left out of block")
			continue
		}
		encoded = append(encoded, raw)
	}
	if len(encoded) == 0 {
		return nil, rejected, nil
	}
	if err := st.CheckInvariant(); err != nil {
		return nil, rejected, fmt.Errorf("audit: proposer: %w", err)
	}
	if set == nil {
		set = st.signers
	}
	st.endBlock()
	if !set.Has(p.addr) {
		return nil, rejected, fmt.Errorf("audit: proposer: %w: %s is not in signer set epoch %d", ErrConfig, p.addr, set.Epoch)
	}
	h.RecordCount = uint32(len(encoded))
	h.RecordsRoot = RecordsRoot(encoded)
	h.StateHash = st.Hash()
	b := &Block{Header: h, Records: encoded}
	att, err := AttestWith(p.cfg.Signer, h.Hash())
	if err != nil {
		return nil, rejected, err
	}
	b.Attestations = []Attestation{att}
	p.log.Info().Uint64("height", h.Height).Int("records", len(encoded)).Int("rejected", len(rejected)).Msg("block proposed")
	return b, rejected, nil
}

// AttesterConfig configures an Attester.
type AttesterConfig struct {
	Key *ecdsa.PrivateKey
	// Signer, if set, signs instead of Key (a key in an HSM, relay/keys).
	Signer  Signer
	Ledger  *Ledger
	Checker RecordChecker
	// MaxClockSkew bounds how far a block's time may be ahead of the
	// attester's clock (default 2 minutes).
	MaxClockSkew time.Duration
	Now          func() time.Time
	Logger       zerolog.Logger
}

// Attester checks blocks proposed by the leader and signs the good ones.
type Attester struct {
	cfg  AttesterConfig
	addr common.Address
	log  zerolog.Logger
}

// NewAttester validates cfg.
func NewAttester(cfg AttesterConfig) (*Attester, error) {
	if cfg.Signer == nil && cfg.Key != nil {
		cfg.Signer = KeySigner(cfg.Key)
	}
	if cfg.Signer == nil || cfg.Ledger == nil || cfg.Checker == nil {
		return nil, fmt.Errorf("audit: attester: %w: Key (or Signer), Ledger and Checker are required", ErrConfig)
	}
	if cfg.MaxClockSkew < 0 {
		return nil, fmt.Errorf("audit: attester: %w: negative MaxClockSkew", ErrConfig)
	}
	if cfg.MaxClockSkew == 0 {
		cfg.MaxClockSkew = 2 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Attester{cfg: cfg, addr: cfg.Signer.Address(), log: cfg.Logger.With().Str("component", "audit.attester").Logger()}, nil
}

// Address is the attester's operator address.
func (a *Attester) Address() common.Address { return a.addr }

// Attest re-derives b on the attester's own head — linkage, Merkle root,
// every record against its own state and through its RecordChecker, the
// invariant and the state hash — and returns its signature over the header
// hash. It never signs a block that does not follow its head.
func (a *Attester) Attest(ctx context.Context, b *Block) (Attestation, error) {
	l := a.cfg.Ledger
	l.mu.RLock()
	v := l.v.clone()
	l.mu.RUnlock()
	v.opts.SkipAttestations = true // collected later; the content is what we vouch for
	h := b.Header.Height
	if limit := uint64(a.cfg.Now().Add(a.cfg.MaxClockSkew).UnixMilli()); b.Header.Time > limit {
		return Attestation{}, blockErr(h, fmt.Errorf("%w: block time %d is ahead of this operator's clock (limit %d)", ErrTime, b.Header.Time, limit))
	}
	if err := v.applyBlock(ctx, b); err != nil {
		return Attestation{}, err
	}
	for i, raw := range b.Records {
		r, err := DecodeRecord(raw)
		if err != nil {
			return Attestation{}, &VerifyError{Height: h, Record: i, Err: err}
		}
		if err := a.cfg.Checker.CheckRecord(ctx, r); err != nil {
			return Attestation{}, &VerifyError{Height: h, Record: i, Kind: r.Kind, Err: fmt.Errorf("%w: %w", ErrChainCheck, err)}
		}
	}
	att, err := AttestWith(a.cfg.Signer, b.Header.Hash())
	if err != nil {
		return Attestation{}, err
	}
	a.log.Debug().Uint64("height", h).Msg("block attested")
	return att, nil
}

// AddAttestation adds att to b if it is a valid signature over b's header
// by a member of set not yet present, keeping the attestations in
// ascending signer order. It reports whether b now has set.Threshold
// attestations (is final).
func AddAttestation(set *SignerSet, b *Block, att Attestation) (final bool, err error) {
	if set == nil {
		return false, fmt.Errorf("audit: %w: no signer set", ErrQuorum)
	}
	hash := b.Header.Hash()
	addr, err := att.Signer(hash)
	if err != nil {
		return false, fmt.Errorf("audit: block %d: %w", b.Header.Height, err)
	}
	if !set.Has(addr) {
		return false, fmt.Errorf("audit: block %d: %w: %s is not in signer set epoch %d", b.Header.Height, ErrAttestation, addr, set.Epoch)
	}
	addrs := make([]common.Address, len(b.Attestations))
	for i, x := range b.Attestations {
		if addrs[i], err = x.Signer(hash); err != nil {
			return false, fmt.Errorf("audit: block %d: attestation %d: %w", b.Header.Height, i, err)
		}
	}
	i, found := slices.BinarySearchFunc(addrs, addr, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	if !found {
		b.Attestations = slices.Insert(b.Attestations, i, att)
	}
	return len(b.Attestations) >= int(set.Threshold), nil
}

// NextSigners returns the signer set that must attest the ledger's next
// block: for genesis (no head yet) the set its SIGNERSET record defines.
func (l *Ledger) NextSigners(b *Block) (*SignerSet, error) {
	if s := l.Signers(); s != nil {
		return s, nil
	}
	if b == nil || len(b.Records) == 0 {
		return nil, fmt.Errorf("audit: %w: no signer set before genesis", ErrGenesis)
	}
	r, err := DecodeRecord(b.Records[0])
	if err != nil || r.Kind != KindSignerSet {
		return nil, fmt.Errorf("audit: %w: genesis does not open with SIGNERSET", ErrGenesis)
	}
	return r.SignerSet, nil
}
