package deployment

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"time"

	"github.com/btcsuite/btcd/btcec/v2"
	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm/deploy"
	"github.com/kakehashi/kakehashi/contracts/eip712"
)

// DevnetOperators is the number of devnet operators; DevnetThreshold of
// them must sign.
const (
	DevnetOperators = 3
	DevnetThreshold = 2
)

// DevnetConfirmations is the EVM finality depth a devnet deployment
// publishes (Chain.Confirmations) and its relays use: anvil mines a block a
// second and never reorgs, so two blocks keep the demo quick while still
// exercising the wait for finality.
const DevnetConfirmations = 2

// DevnetOperatorKeys returns the devnet operators' keys,
// keccak256("kakehashi devnet operator <i>") for i = 1…3, in that order.
// Public knowledge: devnet only, never for anything of value.
func DevnetOperatorKeys() []*ecdsa.PrivateKey { return devnetKeys("operator", DevnetOperators) }

// Devnet Bitcoin protocol parameters: the published maximum sweep fee
// rate (sat/vB) and the custody recovery leaf's CSV delay (blocks).
const (
	DevnetMaxFeeRate    = 10
	DevnetRecoveryDelay = 144
)

// DevnetBTCMinPerTransfer is the devnet's smallest lock or burn of BTC, in
// satoshis (the bridges' minPerTransfer): a burn towards Bitcoin must stay
// payable when it alone bears a whole payout's fee at the published
// maximum rate and still leaves a non-dust output. Worst case: the
// largest dust limit (P2PKH, 546 sat) plus a payout of that one burn
// spending two custody inputs (171 vB for one custody input and change,
// 116 vB for the second input, 43 vB for the largest recipient output,
// P2TR or P2WSH: 330 vB) at DevnetMaxFeeRate: 546 + 3,300 = 3,846 sat.
// (wallet.FeeShares gives each of n recipients fee/n, so one recipient
// alone is the worst case.) See docs/bitcoin-route.md, "Minimum burn".
const DevnetBTCMinPerTransfer = 546 + (171+116+43)*DevnetMaxFeeRate

// Devnet mint-deadline rule (bitcoin.DeadlineRule): the devnet mines a
// block every 2 s, so 1 s per block is the pessimistic rate; header times
// of regtest blocks mined in bursts run ahead of the clock by about a
// second per six blocks, hence 30 s of skew.
const (
	DevnetMinBlockSeconds = 1
	DevnetHeaderSkew      = 30
)

// DevnetRecoveryKeys returns the devnet custody recovery keys (2-of-3),
// keccak256("kakehashi devnet recovery <i>") for i = 1…3. Public
// knowledge: devnet only.
func DevnetRecoveryKeys() []*ecdsa.PrivateKey { return devnetKeys("recovery", 3) }

func devnetKeys(role string, n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		seed := crypto.Keccak256([]byte(fmt.Sprintf("kakehashi devnet %s %d", role, i+1)))
		k, err := crypto.ToECDSA(seed)
		if err != nil {
			panic(err) // a fixed seed that is a valid scalar; cannot happen
		}
		out[i] = k
	}
	return out
}

// XOnly returns the BIP-340 x-only public key of an operator key: the key
// the operator signs Bitcoin tapscript with (the same secp256k1 key).
func XOnly(k *ecdsa.PrivateKey) [32]byte {
	priv, _ := btcec.PrivKeyFromBytes(crypto.FromECDSA(k))
	var out [32]byte
	copy(out[:], schnorr.SerializePubKey(priv.PubKey()))
	return out
}

// FederationOf builds the Bitcoin federation record of operator keys.
func FederationOf(threshold int, keys ...*ecdsa.PrivateKey) Federation {
	f := Federation{Threshold: threshold}
	for _, k := range keys {
		x := XOnly(k)
		f.Keys = append(f.Keys, hex.EncodeToString(x[:]))
	}
	return f
}

// SeparateFederationOf builds the federation record of custody keys held
// by operators[i] (their authorisation addresses): role separation.
func SeparateFederationOf(threshold int, operators []common.Address, custody ...*ecdsa.PrivateKey) Federation {
	f := FederationOf(threshold, custody...)
	f.Operators = append([]common.Address(nil), operators...)
	return f
}

// devnetFederation is FederationOf the operators' keys, or, with custody
// keys, SeparateFederationOf them.
func devnetFederation(threshold int, ops, custody []*ecdsa.PrivateKey) Federation {
	if len(custody) == 0 {
		return FederationOf(threshold, ops...)
	}
	addrs := make([]common.Address, len(ops))
	for i, k := range ops {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return SeparateFederationOf(threshold, addrs, custody...)
}

// DevnetChain is one EVM chain of a devnet deployment.
type DevnetChain struct {
	Name    string // "A", "B", "C"
	Backend deploy.Backend
}

// DevnetConfig describes a devnet deployment.
type DevnetConfig struct {
	// EVM chains; the first is home of the demo ERC-20 and of native ETH.
	EVM []DevnetChain
	// BitcoinChainID is the Bitcoin chain (0: none; devnet 18444).
	BitcoinChainID chains.ChainID
	// Deployer pays for everything; it also mints the demo token to itself.
	Deployer *ecdsa.PrivateKey
	// Operators sign the asset definitions (DevnetOperatorKeys if nil).
	Operators []*ecdsa.PrivateKey
	// Custody, if set, are the operators' Bitcoin custody keys, in the
	// order of Operators (role separation, issue 18); nil: each
	// operator's key is also its custody key (the development layout).
	Custody []*ecdsa.PrivateKey
	// Threshold of the operator set (DevnetThreshold if zero).
	Threshold uint8
	// FundOperators, if set, is sent to each operator on each chain so that
	// operators can pause and submit, and to each of Fund (the operators'
	// transaction keys, when separate).
	FundOperators *big.Int
	Fund          []common.Address
	// Confirmations, if set, is published as every EVM chain's finality
	// depth (Chain.Confirmations).
	Confirmations uint64
}

// Devnet deploys the bridge and its audit anchor on every EVM chain of
// cfg, deploys the demo TestToken on the first, defines TST, BTC and ETH
// on every EVM chain, and routes each to every other chain where it is
// represented.
// Chains are deployed concurrently.
func Devnet(ctx context.Context, cfg DevnetConfig, opts ...deploy.Option) (*Deployment, error) {
	if len(cfg.EVM) == 0 || cfg.Deployer == nil {
		return nil, fmt.Errorf("%w: devnet needs at least one EVM chain and a deployer key", deploy.ErrConfig)
	}
	if len(cfg.Custody) > 0 && len(cfg.Custody) != len(cfg.Operators) {
		return nil, fmt.Errorf("%w: %d custody keys for %d operators: give one per operator, in their order", deploy.ErrConfig, len(cfg.Custody), len(cfg.Operators))
	}
	ops := cfg.Operators
	if ops == nil {
		ops = DevnetOperatorKeys()
	}
	threshold := cfg.Threshold
	if threshold == 0 {
		threshold = DevnetThreshold
	}
	addrs := make([]common.Address, len(ops))
	for i, k := range ops {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	deploy.SortAddresses(addrs)
	ids := make([]chains.ChainID, len(cfg.EVM))
	for i, c := range cfg.EVM {
		id, err := c.Backend.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain %s: chain id: %w", c.Name, err)
		}
		ids[i] = chains.ChainID(id.Uint64())
	}
	d := &Deployment{Version: Version, CreatedAt: time.Now().UTC(), Signers: SignerSet{Threshold: threshold, Addresses: addrs}}
	token, err := deployBridges(ctx, cfg, d, ids, opts)
	if err != nil {
		return nil, err
	}
	if cfg.BitcoinChainID != 0 {
		d.Chains = append(d.Chains, Chain{ID: cfg.BitcoinChainID, Name: "BTC", Kind: KindBitcoin})
		d.Bitcoin = &Bitcoin{
			ChainID: cfg.BitcoinChainID, Network: "regtest",
			Federation: devnetFederation(int(threshold), ops, cfg.Custody),
			MinDeposit: 10_000, Confirmations: 6, RefundMargin: 20, DefaultRefundBlocks: 144,
			MaxFeeRate: DevnetMaxFeeRate, RecoveryDelay: DevnetRecoveryDelay,
			MinBlockSeconds: DevnetMinBlockSeconds, HeaderSkewSeconds: DevnetHeaderSkew,
		}
		rec := FederationOf(2, DevnetRecoveryKeys()...)
		d.Bitcoin.Recovery = &rec
	}
	if d.Assets, err = defineAssets(ctx, cfg, d, ids, token, deploy.KeySigner(ops...), opts); err != nil {
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// deployBridges deploys a bridge and its AuditAnchor on every EVM chain
// of cfg, concurrently (and funds the operators there), and the demo
// token TST on the first;
// it fills d.Chains and returns TST's address.
func deployBridges(ctx context.Context, cfg DevnetConfig, d *Deployment, ids []chains.ChainID, opts []deploy.Option) (token common.Address, err error) {
	bcfg := deploy.BridgeConfig{Signers: d.Signers.Addresses, Threshold: d.Signers.Threshold, EVMChains: ids}
	if cfg.BitcoinChainID != 0 {
		bcfg.BitcoinChains = []chains.ChainID{cfg.BitcoinChainID}
	}
	d.Chains = make([]Chain, len(cfg.EVM))
	g, gctx := errgroup.WithContext(ctx)
	for i, c := range cfg.EVM {
		g.Go(func() error {
			cd, err := deploy.DeployBridge(gctx, c.Backend, cfg.Deployer, bcfg, opts...)
			if err != nil {
				return fmt.Errorf("chain %s: %w", c.Name, err)
			}
			anchor, err := deploy.DeployAuditAnchor(gctx, c.Backend, cfg.Deployer, cd.Bridge, opts...)
			if err != nil {
				return fmt.Errorf("chain %s: %w", c.Name, err)
			}
			d.Chains[i] = Chain{ID: cd.ChainID, Name: c.Name, Kind: KindEVM, Bridge: cd.Bridge, DeployBlock: cd.DeployBlock, DeployTx: cd.DeployTx,
				Confirmations: cfg.Confirmations, AuditAnchor: anchor}
			if cfg.FundOperators != nil && cfg.FundOperators.Sign() > 0 {
				for _, a := range append(append([]common.Address(nil), d.Signers.Addresses...), cfg.Fund...) {
					if err := deploy.Transfer(gctx, c.Backend, cfg.Deployer, a, cfg.FundOperators, opts...); err != nil {
						return fmt.Errorf("chain %s: fund operator %s: %w", c.Name, a, err)
					}
				}
			}
			if i == 0 {
				var err error
				if token, err = deploy.DeployTestToken(gctx, c.Backend, cfg.Deployer, "Kakehashi Test Token", "TST", 18, opts...); err != nil {
					return fmt.Errorf("chain %s: %w", c.Name, err)
				}
			}
			return nil
		})
	}
	return token, g.Wait()
}

// devnetAsset is one asset the devnet defines on every EVM bridge.
type devnetAsset struct {
	symbol string
	def    eip712.AssetDef
}

// devnetAssets are TST and native ETH, home on the first EVM chain, and
// BTC when the devnet has a Bitcoin chain.
func devnetAssets(cfg DevnetConfig, home chains.ChainID, token common.Address) []devnetAsset {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	mul := func(n int64, unit *big.Int) *big.Int { return new(big.Int).Mul(big.NewInt(n), unit) }
	defs := []devnetAsset{
		{"TST", eip712.AssetDef{HomeChain: home, HomeAsset: token.Bytes(), Name: "Kakehashi TST", Symbol: "kTST", Decimals: 18,
			MaxPerTransfer: mul(1_000_000, e18), Capacity: mul(10_000_000, e18), Window: 86400}},
		{"ETH", eip712.AssetDef{HomeChain: home, Name: "Kakehashi ETH", Symbol: "kETH", Decimals: 18,
			MaxPerTransfer: mul(100, e18), Capacity: mul(1_000, e18), Window: 86400}},
	}
	if cfg.BitcoinChainID != 0 {
		defs = append(defs, devnetAsset{"BTC", eip712.AssetDef{HomeChain: cfg.BitcoinChainID, Name: "Kakehashi BTC", Symbol: "kBTC", Decimals: 8,
			MinPerTransfer: big.NewInt(DevnetBTCMinPerTransfer),
			MaxPerTransfer: mul(10, big.NewInt(1e8)), Capacity: mul(100, big.NewInt(1e8)), Window: 86400}})
	}
	return defs
}

// defineAssets defines the devnet's assets on every EVM bridge (signed by
// the operators' quorum), concurrently per chain, and returns them with
// their token on each chain.
func defineAssets(ctx context.Context, cfg DevnetConfig, d *Deployment, ids []chains.ChainID, token common.Address, signer deploy.Signer, opts []deploy.Option) ([]Asset, error) {
	defs := devnetAssets(cfg, ids[0], token)
	assets := make([]Asset, len(defs))
	for j, x := range defs {
		assets[j] = Asset{
			ID: x.def.AssetID(), Symbol: x.symbol, Name: x.def.Name, HomeChain: x.def.HomeChain, HomeAsset: x.def.HomeAsset,
			Decimals: x.def.Decimals, MinPerTransfer: optAmount(x.def.MinPerTransfer), MaxPerTransfer: NewAmount(x.def.MaxPerTransfer), Capacity: NewAmount(x.def.Capacity),
			Window: x.def.Window, Tokens: make([]Token, len(cfg.EVM)),
		}
	}
	g, gctx := errgroup.WithContext(ctx)
	for i, c := range cfg.EVM {
		g.Go(func() error {
			for j, x := range defs {
				t, err := deploy.DefineAsset(gctx, c.Backend, cfg.Deployer, d.Chains[i].Bridge, x.def, signer, opts...)
				if err != nil {
					return fmt.Errorf("chain %s: define %s: %w", c.Name, x.symbol, err)
				}
				assets[j].Tokens[i] = Token{Chain: ids[i], Kind: TokenKind(ids[i], x.def), Address: t}
			}
			// Every asset is represented on every EVM chain, and BTC on
			// Bitcoin: route each to all of them but this one.
			for _, x := range defs {
				var dsts []chains.ChainID
				for _, id := range ids {
					if id != ids[i] {
						dsts = append(dsts, id)
					}
				}
				if x.def.HomeChain == cfg.BitcoinChainID && cfg.BitcoinChainID != 0 {
					dsts = append(dsts, cfg.BitcoinChainID)
				}
				if err := deploy.SetRoutes(gctx, c.Backend, cfg.Deployer, d.Chains[i].Bridge, x.def.AssetID(), dsts, true, signer, opts...); err != nil {
					return fmt.Errorf("chain %s: routes of %s: %w", c.Name, x.symbol, err)
				}
			}
			return nil
		})
	}
	return assets, g.Wait()
}

// TokenKind is the kind of token def has on chain.
func TokenKind(chain chains.ChainID, def eip712.AssetDef) string {
	switch {
	case def.HomeChain != chain:
		return TokenWrapped
	case len(def.HomeAsset) == 0:
		return TokenNative
	default:
		return TokenHome
	}
}
