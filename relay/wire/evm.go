package wire

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay"
	"github.com/kakehashi/kakehashi/relay/evmauth"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/rs/zerolog"
)

// EVMConfig describes one EVM chain an operator serves.
type EVMConfig struct {
	Chain         chains.ChainID
	RPC           []string
	Bridge        common.Address
	Confirmations uint64
	// Deployment names every bridge (the sources this chain's authorizer
	// accepts) and the bridge's deployment block (where the watcher starts).
	Deployment *deployment.Deployment
	// DataDir holds the watcher's cursor (evm-<chain>.cursor.json).
	DataDir string
	// Key is the operator key: it signs authorizations and pays for the
	// transactions this operator submits.
	Key *keys.Key
	// Accountant, when set, records every final event of the watcher
	// before it is published (see Accountant).
	Accountant *Accountant
	// MaxFeeCap caps the fee per gas of submissions (default 500 gwei).
	MaxFeeCap *big.Int
	// PollInterval of the watcher (default 1s) and of receipts (default 500ms).
	PollInterval time.Duration
	// Batch turns on MintBatch/UnlockBatch proposals (second signing round).
	Batch  bool
	Logger zerolog.Logger
}

// EVM is one EVM chain wired for the relay. Close it when done.
type EVM struct {
	Roles  relay.ChainRoles
	client *evm.Client
	bridge *bindings.BridgeCaller
}

// Limits are an asset's limits as one bridge enforces them now.
type Limits struct {
	MaxPerTransfer, Capacity *big.Int
	Window                   uint32
}

// AssetLimits reads the asset's current limits from the chain's bridge
// (assetInfo); setLimits may have changed them since the deployment file
// was written.
func (e *EVM) AssetLimits(ctx context.Context, id chains.AssetID) (Limits, error) {
	info, err := e.bridge.AssetInfo(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return Limits{}, fmt.Errorf("wire: chain %d: assetInfo(%s): %w", e.client.Chain(), id, err)
	}
	return Limits{MaxPerTransfer: info.MaxPerTransfer, Capacity: info.Capacity, Window: info.Window}, nil
}

// Close closes the chain's RPC connections.
func (e *EVM) Close() { e.client.Close() }

// NewEVM dials the operator's node and builds the chain's roles: watcher
// (with a durable file cursor), verifier, EIP-712 authorizer, submitter
// and, with Batch, batcher.
func NewEVM(ctx context.Context, cfg EVMConfig) (*EVM, error) {
	if cfg.Deployment == nil || cfg.Key == nil || cfg.DataDir == "" || len(cfg.RPC) == 0 || cfg.Confirmations == 0 {
		return nil, fmt.Errorf("%w: chain %d: RPC, Confirmations, Deployment, DataDir and Key are required", ErrConfig, cfg.Chain)
	}
	dc, ok := cfg.Deployment.ChainByID(cfg.Chain)
	if !ok || dc.Kind != deployment.KindEVM {
		return nil, fmt.Errorf("%w: chain %d is not an EVM chain of the deployment", ErrConfig, cfg.Chain)
	}
	if dc.Bridge != cfg.Bridge {
		return nil, fmt.Errorf("%w: chain %d: configured bridge %s, the deployment says %s", ErrConfig, cfg.Chain, cfg.Bridge, dc.Bridge)
	}
	if cfg.MaxFeeCap == nil {
		cfg.MaxFeeCap = big.NewInt(500e9)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	log := cfg.Logger.With().Str("component", "wire.evm").Uint64("chain", uint64(cfg.Chain)).Logger()
	eps := make([]evm.Endpoint, len(cfg.RPC))
	for i, u := range cfg.RPC {
		eps[i] = evm.Endpoint{URL: u}
	}
	c, err := evm.Dial(ctx, evm.ClientConfig{Chain: cfg.Chain, Endpoints: eps}, evm.WithClientLogger(log))
	if err != nil {
		return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err)
	}
	e := &EVM{client: c}
	fail := func(err error) (*EVM, error) { c.Close(); return nil, fmt.Errorf("chain %d: %w", cfg.Chain, err) }

	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return fail(err)
	}
	cursor := evm.FileCursor{Path: filepath.Join(cfg.DataDir, fmt.Sprintf("evm-%d.cursor.json", cfg.Chain))}
	w, err := evm.NewWatcher(evm.WatcherConfig{Chain: cfg.Chain, Bridge: cfg.Bridge, Confirmations: cfg.Confirmations,
		StartBlock: dc.DeployBlock, PollInterval: cfg.PollInterval}, c, cursor, evm.WithWatcherLogger(log))
	if err != nil {
		return fail(err)
	}
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: cfg.Chain, Bridge: cfg.Bridge, Confirmations: cfg.Confirmations}, c, evm.WithVerifierLogger(log))
	if err != nil {
		return fail(err)
	}
	dom, err := deploy.Domain(ctx, c, cfg.Bridge)
	if err != nil {
		return fail(fmt.Errorf("read EIP-712 domain: %w", err))
	}
	br, err := bindings.NewBridgeCaller(cfg.Bridge, c)
	if err != nil {
		return fail(err)
	}
	e.bridge = br
	epochs := &EpochReader{Bridge: br}
	acfg := evmauth.Config{Domain: dom, EVMBridges: map[chains.ChainID]common.Address{}}
	for _, ch := range cfg.Deployment.Chains {
		switch ch.Kind {
		case deployment.KindEVM:
			acfg.EVMBridges[ch.ID] = ch.Bridge
		case deployment.KindBitcoin:
			acfg.BitcoinChains = append(acfg.BitcoinChains, ch.ID)
		}
	}
	auth, err := evmauth.New(acfg, cfg.Key, epochs)
	if err != nil {
		return fail(err)
	}
	sub, err := evm.NewSubmitter(evm.SubmitterConfig{Chain: cfg.Chain, Bridge: cfg.Bridge, Key: cfg.Key.PrivateKey(),
		Fees: evm.FeePolicy{MaxFeeCap: cfg.MaxFeeCap}, PollInterval: cfg.PollInterval / 2}, c, evm.WithSubmitterLogger(log))
	if err != nil {
		return fail(err)
	}
	s := &Submitter{Auth: auth, EVM: sub}
	e.Roles = relay.ChainRoles{
		Chain:      cfg.Chain,
		Source:     &Source{W: w, Accountant: cfg.Accountant},
		Verifier:   Verifier{V: v},
		Authorizer: auth,
		Submitter:  s,
	}
	if cfg.Batch {
		e.Roles.Batcher = auth.Batcher(s)
	}
	return e, nil
}

// EpochReader reads the bridge's signer-set epoch (evmauth.EpochReader).
// Every share and batch signature needs it, so a read is kept for MaxAge
// (default DefaultEpochMaxAge) instead of costing one eth_call per
// signature on the signing path. The epoch changes only when the signer
// set is rotated (an admin transaction): within MaxAge after a rotation a
// signature may still name the old epoch, which the bridge refuses like
// any signature of a retired set (WrongEpoch) — nothing executes on it.
// Such a transfer then needs signing again, as one whose shares were made
// just before a rotation always did (not automated yet: docs/relay.md).
type EpochReader struct {
	Bridge *bindings.BridgeCaller
	MaxAge time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time

	mu    sync.Mutex
	epoch uint64
	at    time.Time // when epoch was read; zero: never
}

// DefaultEpochMaxAge is how long an EpochReader trusts its last read.
const DefaultEpochMaxAge = time.Second

// Epoch implements evmauth.EpochReader. Concurrent callers share one read.
func (r *EpochReader) Epoch(ctx context.Context) (uint64, error) {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	maxAge := r.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultEpochMaxAge
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.at.IsZero() && now().Sub(r.at) < maxAge {
		return r.epoch, nil
	}
	start := now()
	cfg, err := r.Bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("wire: read bridge config: %w", err)
	}
	r.epoch, r.at = cfg.Epoch, start
	return cfg.Epoch, nil
}

// Source is the relay's EventSource over an EVM watcher: the final events
// of each range the watcher scans are first recorded in the operator's own
// audit ledger (when an Accountant is set) in one audit block
// (Accountant.RecordAll, the watcher's RangeHook), then handed to the
// relay for publication. The watcher saves its cursor only after the sink
// accepted the events, so a crash between the two replays them, and the
// ledger skips what it holds.
type Source struct {
	W          *evm.Watcher
	Accountant *Accountant
}

// Run implements relay.EventSource.
func (s *Source) Run(ctx context.Context, out chan<- chains.Event) error {
	send := evm.ChanSink(out)
	if s.Accountant == nil {
		return s.W.Run(ctx, send)
	}
	return s.W.RunRange(ctx, s.Accountant.RecordAll, func(ctx context.Context, ev chains.Event) error {
		if ev.Reorged {
			// Says the alarm in the ledger's log; records nothing.
			if err := s.Accountant.Record(ctx, ev); err != nil {
				return err
			}
		}
		return send(ctx, ev)
	})
}

// Verifier adapts evm.Verifier to relay.Verifier: the relay's sentinels
// (ErrNotFound, ErrNotFinal) wrap the adapter's errors so that the
// signer's metrics name the reason; every adapter error is retried.
type Verifier struct{ V *evm.Verifier }

// Verify implements relay.Verifier.
func (v Verifier) Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error) {
	ev, err := v.V.Verify(ctx, ref)
	switch {
	case err == nil:
		return ev, nil
	case errors.Is(err, evm.ErrTxNotFound), errors.Is(err, evm.ErrLogNotFound):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFound, err)
	case errors.Is(err, evm.ErrNotFinal):
		return ev, fmt.Errorf("%w: %w", relay.ErrNotFinal, err)
	case errors.Is(err, evm.ErrNotCanonical):
		return ev, fmt.Errorf("%w: %w", relay.ErrReorged, err)
	}
	return ev, err
}

// Submitter sends signed authorizations to an EVM bridge: relay.Submitter
// (one mint or unlock transaction per authorization, with the t individual
// signatures) and evmauth.BatchSubmitter (mintBatch/unlockBatch under t
// batch signatures).
type Submitter struct {
	Auth *evmauth.Authorizer
	EVM  *evm.Submitter
}

// Submit implements relay.Submitter. Authorizations are sent one by one;
// the first failure stops the batch and is returned with what was done
// before it (the coordinator retries the rest).
func (s *Submitter) Submit(ctx context.Context, batch []relay.SignedAuthorization) (relay.SubmitResult, error) {
	var res relay.SubmitResult
	for _, sa := range batch {
		t, err := s.Auth.Transfer(sa.Authorization)
		if err != nil {
			return res, err
		}
		epoch, sigs, err := pack(sa.Signatures, true)
		if err != nil {
			return res, fmt.Errorf("transfer %s: %w", sa.TransferID, err)
		}
		var r evm.Result
		switch sa.Action {
		case relay.ActionMint:
			r, err = s.EVM.Mint(ctx, epoch, t.Binding(), sigs)
		case relay.ActionUnlock:
			r, err = s.EVM.Unlock(ctx, epoch, t.Binding(), sigs)
		default:
			err = fmt.Errorf("%w: action %s", evmauth.ErrSource, sa.Action)
		}
		if err != nil {
			return res, fmt.Errorf("transfer %s: %w", sa.TransferID, err)
		}
		merge(&res, r)
	}
	return res, nil
}

// SubmitBatch implements evmauth.BatchSubmitter.
func (s *Submitter) SubmitBatch(ctx context.Context, b relay.Batch, sigs []relay.OperatorSig) (relay.SubmitResult, error) {
	epoch, err := evmauth.Epoch(b)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	if len(b.Items) == 0 {
		return relay.SubmitResult{}, fmt.Errorf("%w: empty batch", evmauth.ErrSource)
	}
	first := b.Items[0]
	items := make([]bindings.BridgeItem, len(b.Items))
	for i, it := range b.Items {
		if it.Action != first.Action || it.Source.Chain != first.Source.Chain || it.AssetID != first.AssetID {
			return relay.SubmitResult{}, fmt.Errorf("%w: a bridge batch has one action, source chain and asset", evmauth.ErrSource)
		}
		t, err := s.Auth.Transfer(it)
		if err != nil {
			return relay.SubmitResult{}, err
		}
		items[i] = bindings.BridgeItem{SrcRef: t.SrcRef, SrcIndex: t.SrcIndex, Recipient: t.Recipient, Amount: t.Amount}
	}
	_, packed, err := pack(sigs, false)
	if err != nil {
		return relay.SubmitResult{}, err
	}
	var r evm.Result
	switch first.Action {
	case relay.ActionMint:
		r, err = s.EVM.MintBatch(ctx, epoch, uint64(first.Source.Chain), first.AssetID, items, packed)
	case relay.ActionUnlock:
		r, err = s.EVM.UnlockBatch(ctx, epoch, uint64(first.Source.Chain), first.AssetID, items, packed)
	default:
		err = fmt.Errorf("%w: action %s", evmauth.ErrSource, first.Action)
	}
	if err != nil {
		return relay.SubmitResult{}, err
	}
	var res relay.SubmitResult
	merge(&res, r)
	return res, nil
}

// pack turns operator signatures (sorted by signer, as the coordinator
// hands them) into the bridge's packed form. Shares carry their epoch
// (evmauth.Split): all must name the same one.
func pack(sigs []relay.OperatorSig, shares bool) (uint64, []byte, error) {
	var epoch uint64
	out := make([]eip712.Share, len(sigs))
	for i, s := range sigs {
		sig := s.Signature
		if shares {
			e, raw, err := evmauth.Split(s.Signature)
			if err != nil {
				return 0, nil, err
			}
			if i > 0 && e != epoch {
				return 0, nil, fmt.Errorf("%w: shares signed for epochs %d and %d", evmauth.ErrEpoch, epoch, e)
			}
			epoch, sig = e, raw
		}
		out[i] = eip712.Share{Signer: s.Signer, Sig: sig}
	}
	packed, err := eip712.Pack(out)
	return epoch, packed, err
}

func merge(res *relay.SubmitResult, r evm.Result) {
	if len(r.Submitted) > 0 {
		res.TxID = r.TxHash.Hex()
	}
	res.Submitted = append(res.Submitted, r.Submitted...)
	res.AlreadyProcessed = append(res.AlreadyProcessed, r.AlreadyProcessed...)
}
