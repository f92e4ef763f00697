package deployment

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// Errors; see the package documentation.
var (
	ErrDeployment = errors.New("deployment: bad deployment file")
	ErrNotFound   = errors.New("deployment: not in the deployment")
)

// FileName is the deployment file's usual name, next to devnet.json.
const FileName = "deployment.json"

// Version is the deployment file format this package writes and reads.
const Version = 1

// Chain kinds in a deployment.
const (
	KindEVM     = "evm"
	KindBitcoin = "bitcoin"
)

// Deployment describes one bridge deployment across chains.
type Deployment struct {
	Version   int       `json:"version"`
	CreatedAt time.Time `json:"createdAt"`
	// Signers is the signer set the bridges were deployed with (epoch 1).
	// The live set may have been rotated since: ask the bridge (signers()).
	Signers SignerSet `json:"signers"`
	Chains  []Chain   `json:"chains"`
	Bitcoin *Bitcoin  `json:"bitcoin,omitempty"`
	Assets  []Asset   `json:"assets"`
}

// SignerSet is a t-of-n EVM signer set, addresses ascending.
type SignerSet struct {
	Threshold uint8            `json:"threshold"`
	Addresses []common.Address `json:"addresses"`
}

// Chain is one chain of the deployment.
type Chain struct {
	ID   chains.ChainID `json:"chainId"`
	Name string         `json:"name"`
	Kind string         `json:"kind"` // KindEVM or KindBitcoin
	// EVM only: the Bridge contract, the block and transaction that created it.
	Bridge      common.Address `json:"bridge,omitzero"`
	DeployBlock uint64         `json:"deployBlock,omitempty"`
	DeployTx    common.Hash    `json:"deployTx,omitzero"`
	// Confirmations (EVM only) is the chain's finality depth: a protocol
	// parameter, so that every relay takes the same events as final. A
	// relayd configured below it refuses to start (issue 14, L3). 0: not
	// published; each relay's own setting applies.
	Confirmations uint64 `json:"confirmations,omitempty"`
	// AuditAnchor (EVM only) is the chain's audit-chain anchor contract
	// (contracts/src/AuditAnchor.sol, over Bridge): relayd anchors the
	// shared audit chain's head there and `bridgectl audit verify
	// --chains` checks the anchors. Zero: not deployed on this chain.
	AuditAnchor common.Address `json:"auditAnchor,omitzero"`
}

// Bitcoin is what a depositor needs to know about the Bitcoin side.
type Bitcoin struct {
	ChainID chains.ChainID `json:"chainId"`
	Network string         `json:"network"` // mainnet, testnet3, signet, regtest
	// Federation is the signer set deposits are made to (the mint leaf's
	// multi_a): BIP-340 x-only keys, hex, and the threshold.
	Federation Federation `json:"federation"`
	// MinDeposit is the smallest deposit the relays accept, in satoshis.
	MinDeposit int64 `json:"minDeposit"`
	// Confirmations is the depth at which the relays take a deposit as
	// final, and RefundMargin how many blocks must then remain before its
	// refund locktime (chains/bitcoin/watcher.Config). Protocol parameters:
	// every relay must use these values.
	Confirmations uint32 `json:"confirmations"`
	RefundMargin  uint32 `json:"refundMargin"`
	// DefaultRefundBlocks is the locktime distance (above the tip) wallets
	// use by default.
	DefaultRefundBlocks uint32 `json:"defaultRefundBlocks"`
	// MaxFeeRate is the published highest sweep fee rate, sat/vB. Each
	// deposit mints net of the fee of sweeping it at this rate
	// (chains/bitcoin.DepositFee), so every relay must use the same value: a
	// protocol parameter. 0 in a file written before it existed: relays
	// refuse to serve the Bitcoin chain until it is set.
	MaxFeeRate uint64 `json:"maxFeeRate,omitempty"`
	// Recovery and RecoveryDelay complete the custody output: its recovery
	// leaf lets Recovery spend custody RecoveryDelay blocks (CSV) after a
	// custody output confirms, should the federation disappear. Needed by
	// relays (they build custody scripts) and auditors (bridgectl audit
	// --chains recognises custody outputs by them).
	Recovery      *Federation `json:"recovery,omitempty"`
	RecoveryDelay uint16      `json:"recoveryDelay,omitempty"`
	// MinBlockSeconds and HeaderSkewSeconds make the rule that turns a
	// deposit's refund locktime into the deadline of its mint
	// (bitcoin.DeadlineRule, docs/bitcoin-route.md "Mint deadline"): the
	// pessimistic seconds per block and how far ahead of real time a
	// header's time may be. Protocol parameters: every relay must use the
	// same values or their mint signatures do not aggregate. 0: bitcoin's
	// defaults (60 s, 2 h), for 10-minute blocks.
	MinBlockSeconds   uint32 `json:"minBlockSeconds,omitempty"`
	HeaderSkewSeconds uint32 `json:"headerSkewSeconds,omitempty"`
}

// DeadlineRule is the mint-deadline rule of MinBlockSeconds and
// HeaderSkewSeconds.
func (b Bitcoin) DeadlineRule() bitcoin.DeadlineRule {
	return bitcoin.DeadlineRule{
		MinBlockInterval: time.Duration(b.MinBlockSeconds) * time.Second,
		HeaderSkew:       time.Duration(b.HeaderSkewSeconds) * time.Second,
	}
}

// Custody returns the recovery set and delay, or an error saying what the
// deployment file lacks.
func (b Bitcoin) Custody() (bitcoin.KeySet, uint16, error) {
	if b.Recovery == nil || b.RecoveryDelay == 0 {
		return bitcoin.KeySet{}, 0, fmt.Errorf("%w: bitcoin.recovery and bitcoin.recoveryDelay are not set: the custody output cannot be built; regenerate the deployment (bridgectl deploy) or add the recovery set", ErrDeployment)
	}
	ks, err := b.Recovery.KeySet()
	if err != nil {
		return bitcoin.KeySet{}, 0, fmt.Errorf("%w: bitcoin.recovery: %v", ErrDeployment, err)
	}
	return ks, b.RecoveryDelay, nil
}

// MinRefundBlocks is the smallest locktime distance above the current tip a
// deposit can have and still be accepted if mined in the next block:
// Confirmations + RefundMargin.
func (b Bitcoin) MinRefundBlocks() uint32 { return b.Confirmations + b.RefundMargin }

// Federation is a t-of-n x-only key set, as in bitcoin.KeySet.
type Federation struct {
	Threshold int      `json:"threshold"`
	Keys      []string `json:"keys"` // 32-byte x-only keys, hex
	// Operators names, in the order of Keys, the operator (its identity:
	// the authorisation key's address, one of Signers) that holds each
	// custody key, when custody and authorisation are separate keys
	// (issue 18, role separation). Empty: each key is also its operator's
	// authorisation key, and the operator's address is derived from it
	// (the one-key development layout).
	Operators []common.Address `json:"operators,omitempty"`
}

// Owners maps each operator's identity address to its custody x-only key:
// from Operators when set, else derived (an x-only key lifted to both
// parities, each giving an address).
func (f Federation) Owners() (map[common.Address][32]byte, error) {
	ks, err := f.KeySet()
	if err != nil {
		return nil, err
	}
	keys := ks.Keys()
	out := map[common.Address][32]byte{}
	if len(f.Operators) > 0 {
		if len(f.Operators) != len(f.Keys) {
			return nil, fmt.Errorf("%w: federation lists %d operators for %d keys: give one operator per key, in the order of keys", ErrDeployment, len(f.Operators), len(f.Keys))
		}
		for i, a := range f.Operators {
			var x [32]byte
			b, _ := hex.DecodeString(strings.TrimPrefix(f.Keys[i], "0x")) // checked by KeySet
			copy(x[:], b)
			if _, dup := out[a]; dup || a == (common.Address{}) {
				return nil, fmt.Errorf("%w: federation operator %s listed twice or zero", ErrDeployment, a)
			}
			out[a] = x
		}
		return out, nil
	}
	for _, x := range keys {
		for _, prefix := range []byte{0x02, 0x03} {
			pub, err := btcec.ParsePubKey(append([]byte{prefix}, x[:]...))
			if err != nil {
				return nil, fmt.Errorf("%w: federation key %x: %v", ErrDeployment, x, err)
			}
			out[crypto.PubkeyToAddress(*pub.ToECDSA())] = x
		}
	}
	return out, nil
}

// KeySet converts f for package chains/bitcoin.
func (f Federation) KeySet() (bitcoin.KeySet, error) {
	keys := make([][32]byte, len(f.Keys))
	for i, k := range f.Keys {
		b, err := hex.DecodeString(strings.TrimPrefix(k, "0x"))
		if err != nil || len(b) != 32 {
			return bitcoin.KeySet{}, fmt.Errorf("%w: federation key %d %q is not 32 bytes of hex", ErrDeployment, i, k)
		}
		copy(keys[i][:], b)
	}
	ks, err := bitcoin.NewKeySet(f.Threshold, keys...)
	if err != nil {
		return bitcoin.KeySet{}, fmt.Errorf("%w: federation: %v", ErrDeployment, err)
	}
	return ks, nil
}

// Token kinds of an asset on one chain, as the bridge's AssetKind.
const (
	TokenHome    = "home"    // the home ERC-20: locked and unlocked
	TokenNative  = "native"  // the chain's native coin: locked and unlocked
	TokenWrapped = "wrapped" // a WrappedToken: minted and burned
)

// Asset is one defined asset.
type Asset struct {
	ID        chains.AssetID `json:"assetId"`
	Symbol    string         `json:"symbol"`
	Name      string         `json:"name"`
	HomeChain chains.ChainID `json:"homeChain"`
	// HomeAsset is the home ERC-20's address, empty for a native coin.
	HomeAsset hexutil.Bytes `json:"homeAsset"`
	Decimals  uint8         `json:"decimals"`
	// Limits as defined (per EVM chain; setLimits may have changed them
	// since: the bridge's assetInfo is authoritative). MinPerTransfer is
	// the smallest lock or burn (0 or absent: none); for BTC it keeps every
	// burn payable (docs/bitcoin-route.md, "Minimum burn").
	MinPerTransfer Amount  `json:"minPerTransfer,omitzero"`
	MaxPerTransfer Amount  `json:"maxPerTransfer"`
	Capacity       Amount  `json:"capacity"`
	Window         uint32  `json:"window"`
	Tokens         []Token `json:"tokens"`
}

// Token is an asset's representation on one EVM chain.
type Token struct {
	Chain   chains.ChainID `json:"chainId"`
	Kind    string         `json:"kind"`             // TokenHome, TokenNative or TokenWrapped
	Address common.Address `json:"address,omitzero"` // zero for TokenNative
}

// Native reports whether the asset is its home chain's native coin.
func (a Asset) Native() bool { return len(a.HomeAsset) == 0 }

// Token returns the asset's token on chain id.
func (a Asset) Token(id chains.ChainID) (Token, bool) {
	for _, t := range a.Tokens {
		if t.Chain == id {
			return t, true
		}
	}
	return Token{}, false
}

// Amount is a non-negative integer written in JSON as a decimal string.
type Amount struct{ v *big.Int }

// NewAmount wraps a copy of v.
func NewAmount(v *big.Int) Amount { return Amount{new(big.Int).Set(v)} }

// optAmount is NewAmount, or the zero Amount for nil.
func optAmount(v *big.Int) Amount {
	if v == nil {
		return Amount{}
	}
	return NewAmount(v)
}

// Big returns the value (zero if unset); a copy.
func (a Amount) Big() *big.Int {
	if a.v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.v)
}

func (a Amount) String() string { return a.Big().String() }

// MarshalText writes the decimal digits.
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads decimal digits.
func (a *Amount) UnmarshalText(b []byte) error {
	v, ok := new(big.Int).SetString(string(b), 10)
	if !ok || v.Sign() < 0 {
		return fmt.Errorf("%w: amount %q is not a non-negative decimal integer", ErrDeployment, b)
	}
	a.v = v
	return nil
}

// Chain finds a chain by decimal id or by name (case-insensitive).
func (d *Deployment) Chain(ref string) (Chain, error) {
	ref = strings.TrimSpace(ref)
	if id, err := strconv.ParseUint(ref, 10, 64); err == nil {
		if c, ok := d.ChainByID(chains.ChainID(id)); ok {
			return c, nil
		}
	}
	for _, c := range d.Chains {
		if strings.EqualFold(c.Name, ref) {
			return c, nil
		}
	}
	return Chain{}, fmt.Errorf("%w: chain %q", ErrNotFound, ref)
}

// ChainByID finds a chain by id.
func (d *Deployment) ChainByID(id chains.ChainID) (Chain, bool) {
	for _, c := range d.Chains {
		if c.ID == id {
			return c, true
		}
	}
	return Chain{}, false
}

// EVMChains returns the EVM chains, in file order.
func (d *Deployment) EVMChains() []Chain {
	var out []Chain
	for _, c := range d.Chains {
		if c.Kind == KindEVM {
			out = append(out, c)
		}
	}
	return out
}

// Asset finds an asset by symbol (case-insensitive) or by 0x asset id.
func (d *Deployment) Asset(ref string) (Asset, error) {
	ref = strings.TrimSpace(ref)
	for _, a := range d.Assets {
		if strings.EqualFold(a.Symbol, ref) || strings.EqualFold(a.ID.String(), ref) {
			return a, nil
		}
	}
	return Asset{}, fmt.Errorf("%w: asset %q", ErrNotFound, ref)
}

// AddAsset adds a or, if an asset with its id exists, merges a's tokens
// into it (an asset defined on more chains later).
func (d *Deployment) AddAsset(a Asset) {
	for i := range d.Assets {
		if d.Assets[i].ID != a.ID {
			continue
		}
		for _, t := range a.Tokens {
			if _, ok := d.Assets[i].Token(t.Chain); !ok {
				d.Assets[i].Tokens = append(d.Assets[i].Tokens, t)
			}
		}
		return
	}
	d.Assets = append(d.Assets, a)
}

// Validate checks the deployment's internal consistency.
func (d *Deployment) Validate() error {
	if d.Version != Version {
		return fmt.Errorf("%w: version %d, this program reads version %d", ErrDeployment, d.Version, Version)
	}
	seen := map[chains.ChainID]bool{}
	for _, c := range d.Chains {
		if c.ID == 0 || seen[c.ID] {
			return fmt.Errorf("%w: chain id %d is zero or listed twice", ErrDeployment, c.ID)
		}
		seen[c.ID] = true
		switch c.Kind {
		case KindEVM:
			if c.Bridge == (common.Address{}) {
				return fmt.Errorf("%w: EVM chain %d has no bridge address", ErrDeployment, c.ID)
			}
		case KindBitcoin:
		default:
			return fmt.Errorf("%w: chain %d has kind %q, want evm or bitcoin", ErrDeployment, c.ID, c.Kind)
		}
	}
	if d.Bitcoin != nil {
		if c, ok := d.ChainByID(d.Bitcoin.ChainID); !ok || c.Kind != KindBitcoin {
			return fmt.Errorf("%w: bitcoin.chainId %d is not a bitcoin chain of the deployment", ErrDeployment, d.Bitcoin.ChainID)
		}
		if _, err := d.Bitcoin.Federation.Owners(); err != nil {
			return err
		}
		if d.Bitcoin.Recovery != nil || d.Bitcoin.RecoveryDelay != 0 {
			if _, _, err := d.Bitcoin.Custody(); err != nil {
				return err
			}
		}
	}
	ids := map[chains.AssetID]bool{}
	for _, a := range d.Assets {
		if ids[a.ID] {
			return fmt.Errorf("%w: asset %s listed twice", ErrDeployment, a.ID)
		}
		ids[a.ID] = true
		if chains.ComputeAssetID(a.HomeChain, a.HomeAsset) != a.ID {
			return fmt.Errorf("%w: asset %s (%s) does not match its home chain and asset", ErrDeployment, a.Symbol, a.ID)
		}
		if !seen[a.HomeChain] {
			return fmt.Errorf("%w: asset %s has home chain %d, not in the deployment", ErrDeployment, a.Symbol, a.HomeChain)
		}
		for _, t := range a.Tokens {
			if c, ok := d.ChainByID(t.Chain); !ok || c.Kind != KindEVM {
				return fmt.Errorf("%w: asset %s has a token on %d, not an EVM chain of the deployment", ErrDeployment, a.Symbol, t.Chain)
			}
		}
	}
	return nil
}

// Read reads and validates a deployment file.
func Read(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDeployment, err) // errors.Is(err, fs.ErrNotExist) works
	}
	var d Deployment
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDeployment, path, err)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, nil
}

// Write writes d to path atomically and durably (internal/atomicfile),
// readable by all: it holds no secret.
func (d *Deployment) Write(path string) error {
	if err := d.Validate(); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(raw, '\n'), 0o644)
}
