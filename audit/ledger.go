package audit

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/kakehashi/kakehashi/chains"
)

// LedgerConfig configures a Ledger.
type LedgerConfig struct {
	// Store keeps the chain durably; nil keeps it in memory only (tests,
	// auditors replaying an export).
	Store *Store
	// Genesis pins the genesis block hash (see VerifyOptions.Genesis).
	Genesis [32]byte
	// Logger receives ledger events; the zero value logs nothing.
	Logger zerolog.Logger
}

// Ledger is an operator's verified head of the audit chain: it accepts
// only blocks that verify against its head (Apply), stores them durably
// before advancing, and answers the signers' questions about the derived
// state (the Accountant methods). It is safe for concurrent use.
type Ledger struct {
	store *Store
	log   zerolog.Logger

	mu sync.RWMutex
	v  *verifier
}

// NewLedger opens a ledger. With a Store it replays and verifies every
// stored block from genesis first (flat memory), so a restarted operator
// starts from a head it has checked itself.
func NewLedger(ctx context.Context, cfg LedgerConfig) (*Ledger, error) {
	l := &Ledger{
		store: cfg.Store,
		log:   cfg.Logger.With().Str("component", "audit.ledger").Logger(),
		v:     newVerifier(VerifyOptions{Genesis: cfg.Genesis}),
	}
	if cfg.Store != nil {
		err := cfg.Store.Blocks(ctx, 0, func(b *Block) error { return l.v.applyBlock(ctx, b) })
		if err != nil {
			return nil, fmt.Errorf("audit: ledger: verify local store: %w", err)
		}
		if l.v.started {
			l.log.Info().Uint64("height", l.v.next-1).Hex("head", l.v.prev[:]).Msg("local chain verified")
		}
	}
	return l, nil
}

// Head returns the height and hash of the last applied block; ok is false
// before genesis.
func (l *Ledger) Head() (height uint64, hash [32]byte, ok bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if !l.v.started {
		return 0, [32]byte{}, false
	}
	return l.v.next - 1, l.v.prev, true
}

// cloneVerifier copies the head so a block can be tried without touching it.
func (v *verifier) clone() *verifier {
	c := *v
	c.state = v.state.Clone()
	c.rec = Record{}
	return &c
}

// Apply verifies a final block (attestations included) against the head,
// stores it durably and advances the head. A block that fails leaves the
// ledger unchanged and returns a *VerifyError.
func (l *Ledger) Apply(ctx context.Context, b *Block) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	next := l.v.clone()
	if err := next.applyBlock(ctx, b); err != nil {
		return err
	}
	if l.store != nil {
		if err := l.store.Append(ctx, b); err != nil {
			return err
		}
	}
	l.v = next
	l.log.Debug().Uint64("height", b.Header.Height).Int("records", len(b.Records)).Msg("block applied")
	return nil
}

// CatchUp applies, in order, every block src holds above the head: how a
// restarted operator takes in what it missed (src is the replicated stream
// or a peer's export). Each block is fully verified. Blocks at or below the
// head are skipped (repeated publications). A block that fails
// verification is refused and the search goes on, since the stream may
// also hold the genuine block for that height; the refusals are returned
// joined (errors.As finds the first *VerifyError). Other errors (storage,
// transport) stop at once.
func (l *Ledger) CatchUp(ctx context.Context, src Source) (applied int, err error) {
	from := uint64(0)
	if h, _, ok := l.Head(); ok {
		from = h + 1
	}
	var refused []error
	err = src.Blocks(ctx, from, func(b *Block) error {
		if h, _, ok := l.Head(); ok && b.Header.Height <= h {
			return nil
		}
		if err := l.Apply(ctx, b); err != nil {
			var ve *VerifyError
			if !errors.As(err, &ve) {
				return err
			}
			l.log.Warn().Err(err).Uint64("height", b.Header.Height).Msg("block refused during catch-up")
			refused = append(refused, err)
			return nil
		}
		applied++
		return nil
	})
	if err != nil {
		return applied, err
	}
	return applied, errors.Join(refused...)
}

// Report returns the current balances and head.
func (l *Ledger) Report() *Report {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.v.report()
}

// Signers returns the signer set that must attest the next block.
func (l *Ledger) Signers() *SignerSet {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.v.state.signers
}

// Claim is what a signer is about to authorise: a mint on Chain, or an
// unlock on the home chain Chain, of Amount for Transfer to Recipient.
// Amount is what the destination receives: for a lock recorded with a
// deposit fee (LockWithFee), the lock's amount − fee.
type Claim struct {
	Asset     chains.AssetID
	Transfer  chains.TransferID
	Chain     chains.ChainID
	Amount    *big.Int
	Recipient []byte
}

func (c Claim) record(k Kind) (*Record, error) {
	if c.Amount == nil || c.Amount.Sign() <= 0 {
		return nil, fmt.Errorf("audit: accountant: %w: amount must be positive", ErrTransition)
	}
	amt, overflow := uint256.FromBig(c.Amount)
	if overflow {
		return nil, fmt.Errorf("audit: accountant: %w: amount exceeds 256 bits", ErrTransition)
	}
	r := &Record{Kind: k, TransferID: c.Transfer, AssetID: c.Asset, Amount: *amt, Recipient: c.Recipient}
	r.Ref.Chain = c.Chain
	return r, nil
}

// CheckMint is the global accountant's answer to "may I sign this mint?".
// It refuses (with an error wrapping the reason's sentinel) a mint with no
// recorded final lock or burn in flight for the transfer (ErrInvariant —
// this includes a second mint of a completed transfer), of a different
// amount (ErrInvariant; a lock with a deposit fee mints its Amount − Fee,
// so a claim for a Bitcoin deposit carries the net amount), to another chain or recipient (ErrTransition),
// over the asset's per-transfer limit (ErrLimit), or in a paused scope
// (ErrPaused).
func (l *Ledger) CheckMint(c Claim) error {
	return l.check(KindMint, c)
}

// CheckUnlock is CheckMint for an unlock on the home chain.
func (l *Ledger) CheckUnlock(c Claim) error {
	return l.check(KindUnlock, c)
}

func (l *Ledger) check(k Kind, c Claim) error {
	r, err := c.record(k)
	if err != nil {
		return err
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	st := l.v.state
	a, o, err := st.checkDest(r)
	if err != nil {
		return fmt.Errorf("audit: accountant: %w", err)
	}
	if st.isPaused(c.Asset, o.src, c.Chain) {
		return fmt.Errorf("audit: accountant: %w: asset %s from chain %d to chain %d", ErrPaused, c.Asset, o.src, c.Chain)
	}
	if k == KindMint && !a.def.MaxPerTransfer.IsZero() && r.Amount.Gt(&a.def.MaxPerTransfer) {
		return fmt.Errorf("audit: accountant: %w: %s above %s", ErrLimit, r.Amount.Dec(), a.def.MaxPerTransfer.Dec())
	}
	// Simulate on a scratch copy of the asset, so even an inconsistency
	// elsewhere cannot let a signature through that breaks the invariant.
	scratch := &State{assets: map[chains.AssetID]*assetState{c.Asset: cloneAsset(a)}, open: map[chains.TransferID]*openTransfer{c.Transfer: o}}
	if err := scratch.applyDest(r); err != nil {
		return fmt.Errorf("audit: accountant: %w", err)
	}
	if err := scratch.CheckInvariant(); err != nil {
		return fmt.Errorf("audit: accountant: %w", err)
	}
	return nil
}

func cloneAsset(a *assetState) *assetState {
	x := *a
	x.outstanding = make(map[chains.ChainID]uint256.Int, len(a.outstanding))
	for k, v := range a.outstanding {
		x.outstanding[k] = v
	}
	x.def.Wrapped = append([]Wrapped(nil), a.def.Wrapped...)
	x.def.HomeAsset = bytes.Clone(a.def.HomeAsset)
	return &x
}
