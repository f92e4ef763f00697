package deploy

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// Errors; see the package documentation.
var (
	ErrConfig   = errors.New("deploy: invalid configuration")
	ErrReverted = errors.New("deploy: transaction reverted")
	ErrQuorum   = errors.New("deploy: not enough valid signers")
)

// Backend is what this package needs from a node: an ethclient.Client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// BridgeConfig is the constructor input of one Bridge.
type BridgeConfig struct {
	// Signers is the epoch-1 signer set; DeployBridge sorts it.
	Signers []common.Address
	// Threshold must be a strict majority of Signers.
	Threshold uint8
	// EVMChains and BitcoinChains are the other chains the bridge accepts
	// as destinations (and homes of wrapped assets). The bridge's own chain
	// is dropped if listed.
	EVMChains, BitcoinChains []chains.ChainID
}

// Validate checks the signer set the way the contract will.
func (c BridgeConfig) Validate() error {
	n := len(c.Signers)
	if n == 0 || n > 64 {
		return fmt.Errorf("%w: %d signers, want 1 to 64", ErrConfig, n)
	}
	if c.Threshold == 0 || int(c.Threshold) > n || 2*int(c.Threshold) <= n {
		return fmt.Errorf("%w: threshold %d of %d signers is not a strict majority", ErrConfig, c.Threshold, n)
	}
	seen := map[common.Address]bool{}
	for _, s := range c.Signers {
		if s == (common.Address{}) || seen[s] {
			return fmt.Errorf("%w: signer %s is zero or listed twice", ErrConfig, s)
		}
		seen[s] = true
	}
	return nil
}

// SortAddresses sorts addresses ascending (the order the bridge wants).
func SortAddresses(a []common.Address) {
	sort.Slice(a, func(i, j int) bool { return bytes.Compare(a[i][:], a[j][:]) < 0 })
}

// Progress, if non-nil, is told about each transaction being waited for.
type Progress func(what string, tx common.Hash, waited time.Duration)

type options struct {
	progress Progress
	poll     time.Duration
}

// Option configures the transaction-sending calls.
type Option func(*options)

// WithProgress reports waits to p (a CLI shows a spinner).
func WithProgress(p Progress) Option { return func(o *options) { o.progress = p } }

// WithPollInterval sets how often receipts are polled (default 100ms).
func WithPollInterval(d time.Duration) Option { return func(o *options) { o.poll = d } }

func collect(opts []Option) options {
	o := options{poll: 100 * time.Millisecond}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// Transactor returns transact options for key on b's chain.
func Transactor(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, id)
	if err != nil {
		return nil, err
	}
	auth.Context = ctx
	return auth, nil
}

// WaitMined polls for tx's receipt and returns it; a reverted transaction is
// ErrReverted.
func WaitMined(ctx context.Context, b bind.DeployBackend, what string, tx *types.Transaction, opts ...Option) (*types.Receipt, error) {
	o := collect(opts)
	began := time.Now()
	for {
		r, err := b.TransactionReceipt(ctx, tx.Hash())
		if err == nil && r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%w: %s (tx %s, block %d)", ErrReverted, what, tx.Hash(), r.BlockNumber)
			}
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s (tx %s): %w", what, tx.Hash(), err)
		}
		if o.progress != nil {
			o.progress(what, tx.Hash(), time.Since(began))
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s (tx %s): %w", what, tx.Hash(), ctx.Err())
		case <-time.After(o.poll):
		}
	}
}

// Send calls build with fresh transact options for key, waits for the
// transaction and returns its receipt. A call the node refuses to estimate
// (a revert) comes back with the contract error decoded (RevertReason).
func Send(ctx context.Context, b Backend, key *ecdsa.PrivateKey, what string, build func(*bind.TransactOpts) (*types.Transaction, error), opts ...Option) (*types.Receipt, error) {
	auth, err := Transactor(ctx, b, key)
	if err != nil {
		return nil, err
	}
	tx, err := build(auth)
	if err != nil {
		if reason, ok := RevertReason(err); ok {
			return nil, &revertedError{msg: fmt.Sprintf("%v: %s: %s", ErrReverted, what, reason), errs: []error{ErrReverted, err}}
		}
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return WaitMined(ctx, b, what, tx, opts...)
}

// revertedError is ErrReverted with the node's error kept for DecodeRevert.
type revertedError struct {
	msg  string
	errs []error
}

func (e *revertedError) Error() string   { return e.msg }
func (e *revertedError) Unwrap() []error { return e.errs }

// ChainDeployment is the result of DeployBridge.
type ChainDeployment struct {
	ChainID     chains.ChainID
	Bridge      common.Address
	DeployBlock uint64
	DeployTx    common.Hash
}

// DeployBridge deploys a Bridge with cfg from deployer's account and waits
// for it.
func DeployBridge(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, cfg BridgeConfig, opts ...Option) (ChainDeployment, error) {
	if err := cfg.Validate(); err != nil {
		return ChainDeployment{}, err
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return ChainDeployment{}, fmt.Errorf("chain id: %w", err)
	}
	self := chains.ChainID(id.Uint64())
	signers := append([]common.Address(nil), cfg.Signers...)
	SortAddresses(signers)
	others := func(ids []chains.ChainID) []uint64 {
		var out []uint64
		for _, c := range ids {
			if c != self && c != 0 {
				out = append(out, uint64(c))
			}
		}
		return out
	}
	var addr common.Address
	r, err := Send(ctx, b, deployer, fmt.Sprintf("deploy Bridge on %d", self), func(auth *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bindings.DeployBridge(auth, b, signers, cfg.Threshold, others(cfg.EVMChains), others(cfg.BitcoinChains))
		addr = a
		return tx, err
	}, opts...)
	if err != nil {
		return ChainDeployment{}, err
	}
	return ChainDeployment{ChainID: self, Bridge: addr, DeployBlock: r.BlockNumber.Uint64(), DeployTx: r.TxHash}, nil
}

// DeployAuditAnchor deploys the audit-chain anchor contract of bridge
// (contracts/src/AuditAnchor.sol: its attesters are the bridge's current
// signers) and waits for it.
func DeployAuditAnchor(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, bridge common.Address, opts ...Option) (common.Address, error) {
	var addr common.Address
	_, err := Send(ctx, b, deployer, "deploy AuditAnchor", func(auth *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, _, err := bindings.DeployAuditAnchor(auth, b, bridge)
		addr = a
		return tx, err
	}, opts...)
	return addr, err
}

// Signer produces signature shares over an admin digest: operators' keys on
// a devnet (KeySigner), or signatures collected offline (ShareSigner).
type Signer func(digest common.Hash) ([]eip712.Share, error)

// KeySigner signs with each key.
func KeySigner(keys ...*ecdsa.PrivateKey) Signer {
	return func(digest common.Hash) ([]eip712.Share, error) {
		out := make([]eip712.Share, 0, len(keys))
		for _, k := range keys {
			sig, err := eip712.Sign(digest, k)
			if err != nil {
				return nil, err
			}
			out = append(out, eip712.Share{Signer: crypto.PubkeyToAddress(k.PublicKey), Sig: sig})
		}
		return out, nil
	}
}

// ShareSigner returns signatures made offline over the digest: each must
// recover (over this digest) to its signer, so a signature made for another
// message, chain, bridge or nonce is reported here rather than on chain.
func ShareSigner(sigs ...[]byte) Signer {
	return func(digest common.Hash) ([]eip712.Share, error) {
		out := make([]eip712.Share, 0, len(sigs))
		for i, s := range sigs {
			a, err := eip712.Recover(digest, s)
			if err != nil {
				return nil, fmt.Errorf("%w: signature %d: %v", ErrQuorum, i+1, err)
			}
			out = append(out, eip712.Share{Signer: a, Sig: s})
		}
		return out, nil
	}
}

// Quorum signs digest with s and returns the packed signatures the bridge
// accepts, after checking them against the bridge's current signer set and
// threshold: a signer outside the set is an error (it would revert), and so
// is a count below the threshold. Shares beyond the threshold are dropped.
func Quorum(ctx context.Context, bridge *bindings.Bridge, digest common.Hash, s Signer) ([]byte, error) {
	call := &bind.CallOpts{Context: ctx}
	cfg, err := bridge.Config(call)
	if err != nil {
		return nil, fmt.Errorf("read bridge config: %w", err)
	}
	set, err := bridge.Signers(call)
	if err != nil {
		return nil, fmt.Errorf("read bridge signers: %w", err)
	}
	member := map[common.Address]bool{}
	for _, a := range set {
		member[a] = true
	}
	shares, err := s(digest)
	if err != nil {
		return nil, err
	}
	var ok []eip712.Share
	seen := map[common.Address]bool{}
	for _, sh := range shares {
		if !member[sh.Signer] {
			return nil, fmt.Errorf("%w: %s is not a signer of epoch %d (signers: %s)", ErrQuorum, sh.Signer, cfg.Epoch, joinAddrs(set))
		}
		if seen[sh.Signer] {
			continue
		}
		seen[sh.Signer] = true
		ok = append(ok, sh)
	}
	if len(ok) < int(cfg.Threshold) {
		return nil, fmt.Errorf("%w: %d signature(s), the bridge needs %d of %d", ErrQuorum, len(ok), cfg.Threshold, len(set))
	}
	sort.Slice(ok, func(i, j int) bool { return bytes.Compare(ok[i].Signer[:], ok[j].Signer[:]) < 0 })
	return eip712.Pack(ok[:cfg.Threshold])
}

func joinAddrs(a []common.Address) string {
	s := make([]string, len(a))
	for i, x := range a {
		s[i] = x.Hex()
	}
	return strings.Join(s, ", ")
}

// Domain returns the EIP-712 domain of the bridge at addr on b's chain.
func Domain(ctx context.Context, b Backend, addr common.Address) (eip712.Domain, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return eip712.Domain{}, fmt.Errorf("chain id: %w", err)
	}
	return eip712.Domain{ChainID: chains.ChainID(id.Uint64()), Bridge: addr}, nil
}

// AdminNonce reads the bridge's next admin nonce.
func AdminNonce(ctx context.Context, bridge *bindings.Bridge) (uint64, error) {
	_, nonce, err := AdminState(ctx, bridge)
	return nonce, err
}

// AdminState reads what the bridge's next quorum admin message must carry:
// its signer epoch and its next admin nonce.
func AdminState(ctx context.Context, bridge *bindings.Bridge) (epoch, nonce uint64, err error) {
	cfg, err := bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, 0, fmt.Errorf("read bridge config: %w", err)
	}
	return cfg.Epoch, cfg.AdminNonce, nil
}

// Admin is what a quorum-signed admin message to a bridge needs: the
// bridge, its EIP-712 domain, and the epoch and admin nonce the message
// carries.
type Admin struct {
	Bridge       *bindings.Bridge
	Domain       eip712.Domain
	Epoch, Nonce uint64
	b            Backend
}

// AdminOf reads the admin state of the bridge at addr.
func AdminOf(ctx context.Context, b Backend, addr common.Address) (Admin, error) {
	bridge, err := bindings.NewBridge(addr, b)
	if err != nil {
		return Admin{}, err
	}
	dom, err := Domain(ctx, b, addr)
	if err != nil {
		return Admin{}, err
	}
	epoch, nonce, err := AdminState(ctx, bridge)
	if err != nil {
		return Admin{}, err
	}
	return Admin{Bridge: bridge, Domain: dom, Epoch: epoch, Nonce: nonce, b: b}, nil
}

// Send has s sign digest (Quorum) and sends call with the packed
// signatures from sender, waiting for its receipt (Send).
func (a Admin) Send(ctx context.Context, sender *ecdsa.PrivateKey, what string, digest common.Hash, s Signer,
	call func(auth *bind.TransactOpts, sigs []byte) (*types.Transaction, error), opts ...Option) error {
	sigs, err := Quorum(ctx, a.Bridge, digest, s)
	if err != nil {
		return err
	}
	_, err = Send(ctx, a.b, sender, fmt.Sprintf("%s on %d", what, a.Domain.ChainID), func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return call(auth, sigs)
	}, opts...)
	return err
}

// DefineAsset defines def on the bridge at addr with quorum signatures from
// s, sent from sender's account, and returns the asset's token on this
// chain (the home ERC-20, zero for a native coin, or the new WrappedToken).
func DefineAsset(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, addr common.Address, def eip712.AssetDef, s Signer, opts ...Option) (common.Address, error) {
	if def.MaxPerTransfer == nil || def.Capacity == nil || def.MaxPerTransfer.Sign() <= 0 || def.MaxPerTransfer.Cmp(def.Capacity) > 0 || def.Window == 0 {
		return common.Address{}, fmt.Errorf("%w: limits must satisfy 0 < maxPerTransfer <= capacity and window > 0", ErrConfig)
	}
	if m := def.MinPerTransfer; m != nil && (m.Sign() < 0 || m.Cmp(def.MaxPerTransfer) > 0 || m.BitLen() > 88) {
		return common.Address{}, fmt.Errorf("%w: minPerTransfer must satisfy 0 <= minPerTransfer <= maxPerTransfer and fit 88 bits", ErrConfig)
	}
	if n := len(def.HomeAsset); n != 0 && n != 20 {
		return common.Address{}, fmt.Errorf("%w: home asset is %d bytes: want a 20-byte token address or empty for the native coin", ErrConfig, n)
	}
	a, err := AdminOf(ctx, b, addr)
	if err != nil {
		return common.Address{}, err
	}
	digest, err := eip712.DefineAssetDigest(a.Domain, a.Epoch, def, a.Nonce)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if err := a.Send(ctx, sender, "defineAsset "+def.AssetID().String(), digest, s, func(auth *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
		return a.Bridge.DefineAsset(auth, a.Epoch, def.Binding(), a.Nonce, sigs)
	}, opts...); err != nil {
		return common.Address{}, err
	}
	info, err := a.Bridge.AssetInfo(&bind.CallOpts{Context: ctx}, def.AssetID())
	if err != nil {
		return common.Address{}, fmt.Errorf("read asset %s: %w", def.AssetID(), err)
	}
	return info.Token, nil
}

// SetChain registers chain as kind on the bridge at addr (quorum).
func SetChain(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, addr common.Address, chain chains.ChainID, kind eip712.ChainKind, s Signer, opts ...Option) error {
	a, err := AdminOf(ctx, b, addr)
	if err != nil {
		return err
	}
	return a.Send(ctx, sender, fmt.Sprintf("setChain %d", chain), eip712.SetChainDigest(a.Domain, a.Epoch, chain, kind, a.Nonce), s,
		func(auth *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
			return a.Bridge.SetChain(auth, a.Epoch, uint64(chain), uint8(kind), a.Nonce, sigs)
		}, opts...)
}

// SetRoutes enables (or disables) locks and burns of asset on the bridge at
// addr toward each of dsts (quorum). A lock or burn toward a chain its
// asset has no route to reverts with UnsupportedDestination, so enable the
// chains where the asset is represented: its home and every chain where it
// is wrapped (a Bitcoin chain only for that chain's own coin).
func SetRoutes(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, addr common.Address, asset chains.AssetID, dsts []chains.ChainID, enabled bool, s Signer, opts ...Option) error {
	if len(dsts) == 0 {
		return fmt.Errorf("%w: no destination chains", ErrConfig)
	}
	a, err := AdminOf(ctx, b, addr)
	if err != nil {
		return err
	}
	ids := make([]uint64, len(dsts))
	for i, c := range dsts {
		ids[i] = uint64(c)
	}
	return a.Send(ctx, sender, fmt.Sprintf("setRoutes %s → %v", asset, dsts), eip712.SetRoutesDigest(a.Domain, a.Epoch, asset, dsts, enabled, a.Nonce), s,
		func(auth *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
			return a.Bridge.SetRoutes(auth, a.Epoch, asset, ids, enabled, a.Nonce, sigs)
		}, opts...)
}

// Unpause resumes the bridge at addr (quorum).
func Unpause(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, addr common.Address, s Signer, opts ...Option) error {
	a, err := AdminOf(ctx, b, addr)
	if err != nil {
		return err
	}
	return a.Send(ctx, sender, "unpause", eip712.UnpauseDigest(a.Domain, a.Epoch, a.Nonce), s,
		func(auth *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
			return a.Bridge.Unpause(auth, a.Epoch, a.Nonce, sigs)
		}, opts...)
}

// RotateSigners replaces the signer set of the bridge at addr with
// signers (sorted here) and threshold, with the current set's quorum from
// s over RotateSigners(epoch, signers, threshold, nonce): the epoch grows
// by one and every signature of the old epoch stops counting.
func RotateSigners(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, addr common.Address, signers []common.Address, threshold uint8, s Signer, opts ...Option) error {
	a, err := AdminOf(ctx, b, addr)
	if err != nil {
		return err
	}
	set := append([]common.Address(nil), signers...)
	SortAddresses(set)
	return a.Send(ctx, sender, fmt.Sprintf("rotateSigners %d-of-%d", threshold, len(set)), eip712.RotateSignersDigest(a.Domain, a.Epoch, set, threshold, a.Nonce), s,
		func(auth *bind.TransactOpts, sigs []byte) (*types.Transaction, error) {
			return a.Bridge.RotateSigners(auth, a.Epoch, set, threshold, a.Nonce, sigs)
		}, opts...)
}

// Cancel cancels, on the bridge at addr, the source event t names (its
// SrcChain, SrcRef and SrcIndex) with quorum signatures from s over
// Cancel(epoch, srcChain, srcRef, srcIndex) for the bridge's current
// epoch: no signature can mint or unlock that event there afterwards. It
// works while the bridge is paused; an event already processed reverts
// (AlreadyProcessed).
func Cancel(ctx context.Context, b Backend, sender *ecdsa.PrivateKey, addr common.Address, t eip712.Transfer, s Signer, opts ...Option) error {
	bridge, err := bindings.NewBridge(addr, b)
	if err != nil {
		return err
	}
	dom, err := Domain(ctx, b, addr)
	if err != nil {
		return err
	}
	cfg, err := bridge.Config(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("read bridge config: %w", err)
	}
	sigs, err := Quorum(ctx, bridge, eip712.CancelDigest(dom, cfg.Epoch, t), s)
	if err != nil {
		return err
	}
	_, err = Send(ctx, b, sender, fmt.Sprintf("cancel %s on %d", t.ID(), dom.ChainID), func(auth *bind.TransactOpts) (*types.Transaction, error) {
		return bridge.Cancel(auth, cfg.Epoch, uint64(t.SrcChain), t.SrcRef, t.SrcIndex, sigs)
	}, opts...)
	return err
}

var errorABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*bind.MetaData{bindings.BridgeMetaData, bindings.TestTokenMetaData, bindings.WrappedTokenMetaData} {
		if a, err := m.GetAbi(); err == nil {
			out = append(out, a)
		}
	}
	return out
}()

// RevertError is a decoded custom error of the Kakehashi contracts (or an
// OpenZeppelin ERC-20 error).
type RevertError struct {
	Name string
	Args map[string]any
	// Order lists Args' keys in declaration order.
	Order []string
}

func (e RevertError) String() string {
	parts := make([]string, len(e.Order))
	for i, k := range e.Order {
		parts[i] = fmt.Sprintf("%s=%v", k, formatArg(e.Args[k]))
	}
	return e.Name + "(" + strings.Join(parts, ", ") + ")"
}

func formatArg(v any) string {
	switch x := v.(type) {
	case []byte:
		return fmt.Sprintf("0x%x", x)
	case [32]byte:
		return fmt.Sprintf("0x%x", x)
	default:
		return fmt.Sprint(x)
	}
}

// DecodeRevert decodes the revert data in err (a node's estimateGas or
// eth_call error), if it carries a known custom error.
func DecodeRevert(err error) (RevertError, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return RevertError{}, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return RevertError{}, false
	}
	raw := common.FromHex(s)
	if len(raw) < 4 {
		return RevertError{}, false
	}
	for _, a := range errorABIs {
		e, err := a.ErrorByID([4]byte(raw[:4]))
		if err != nil {
			continue
		}
		out := RevertError{Name: e.Name, Args: map[string]any{}}
		vals, err := e.Inputs.Unpack(raw[4:])
		if err == nil {
			for i, in := range e.Inputs {
				out.Args[in.Name] = vals[i]
				out.Order = append(out.Order, in.Name)
			}
		}
		return out, true
	}
	return RevertError{}, false
}

// RevertReason is DecodeRevert as text.
func RevertReason(err error) (string, bool) {
	if e, ok := DecodeRevert(err); ok {
		return e.String(), true
	}
	return "", false
}
