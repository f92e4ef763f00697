package cli

import (
	"context"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/audit/btccheck"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/deployment"
)

// DefaultEVMConfirmations is the finality depth --chains requires of EVM
// records when neither --confirmations nor the deployment (an EVM chain's
// published chains[].confirmations) says otherwise: older deployment files
// publish none.
const DefaultEVMConfirmations = 3

// chainFlags are verify's --chains options.
type chainFlags struct {
	enabled       bool
	confirmations []string // CHAIN=N
	anchors       []string // CHAIN=ADDR
	recovery      []string // x-only hex keys
	recoveryT     int
	recoveryDelay uint16
}

func (f *chainFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.enabled, "chains", false, "also check every record against your own nodes (endpoints from devnet.json, --rpc, --btc-rpc)")
	fl.StringSliceVar(&f.confirmations, "confirmations", nil, fmt.Sprintf("finality depth per chain, CHAIN=N (repeatable; default: the deployment's, else %d for EVM)", DefaultEVMConfirmations))
	fl.StringSliceVar(&f.anchors, "anchor", nil, "AuditAnchor contract per EVM chain, CHAIN=ADDRESS, overriding the deployment's auditAnchor: its anchors and ANCHOR records are checked (repeatable)")
	fl.StringSliceVar(&f.recovery, "btc-recovery-key", nil, "x-only hex key of the Bitcoin custody recovery set (repeatable; needed to check SWEEP and payout records)")
	fl.IntVar(&f.recoveryT, "btc-recovery-threshold", 0, "threshold of the recovery set (default: all --btc-recovery-key)")
	fl.Uint16Var(&f.recoveryDelay, "btc-recovery-delay", 0, "CSV delay (blocks) of the custody recovery leaf")
}

// parseChainMap reads repeatable CHAIN=VALUE flags; CHAIN is an id or a
// deployment chain name.
func parseChainMap(dep *deployment.Deployment, flag string, kvs []string) (map[chains.ChainID]string, error) {
	out := map[chains.ChainID]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("%w: --%s %q: write CHAIN=VALUE, e.g. 31337=…", ErrUsage, flag, kv)
		}
		c, err := dep.Chain(k)
		if err != nil {
			return nil, fmt.Errorf("%w: --%s %q: %v", ErrUnknownChain, flag, kv, err)
		}
		out[c.ID] = v
	}
	return out, nil
}

// chainDepth is chain id's finality depth: its --confirmations entry
// (parseChainMap's), else def.
func chainDepth(confs map[chains.ChainID]string, id chains.ChainID, def uint64) (uint64, error) {
	s, ok := confs[id]
	if !ok {
		return def, nil
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("%w: --confirmations %d=%s: want a whole number ≥ 1", ErrUsage, id, s)
	}
	return n, nil
}

// chainSet is what --chains checks with: one audit.ChainChecker per
// chain of the deployment, and the AuditAnchor contracts whose Anchored
// logs are read.
type chainSet struct {
	checkers map[chains.ChainID]audit.ChainChecker
	anchors  []anchorSource
	close    func()
}

// anchorSource is one EVM chain's AuditAnchor, read on the auditor's node.
type anchorSource struct {
	chain    deployment.Chain
	node     anchor.LogReader
	contract common.Address
	confs    uint64
}

// chainCheckers builds one audit.ChainChecker per chain of the deployment:
// an EventChecker over chains/evm's Verifier for EVM chains (ANCHOR
// records through anchor.EVMChecker when the chain has an AuditAnchor:
// --anchor, else the deployment's auditAnchor), and audit/btccheck for the
// Bitcoin chain.
func (a *app) chainCheckers(ctx context.Context, f *chainFlags) (*chainSet, error) {
	dep, err := a.load()
	if err != nil {
		return nil, err
	}
	confs, err := parseChainMap(dep, "confirmations", f.confirmations)
	if err != nil {
		return nil, err
	}
	anchors, err := parseChainMap(dep, "anchor", f.anchors)
	if err != nil {
		return nil, err
	}
	depth := func(id chains.ChainID, def uint64) (uint64, error) { return chainDepth(confs, id, def) }
	var closers []func()
	set := &chainSet{checkers: map[chains.ChainID]audit.ChainChecker{}, close: func() {
		for _, c := range closers {
			c()
		}
	}}
	for _, c := range dep.EVMChains() {
		def := uint64(DefaultEVMConfirmations)
		if c.Confirmations > 0 {
			def = c.Confirmations // the protocol's depth, as the relays use it
		}
		n, err := depth(c.ID, def)
		if err != nil {
			set.close()
			return nil, err
		}
		closer, err := a.evmChecker(ctx, set, c, n, anchors[c.ID])
		if closer != nil {
			closers = append(closers, closer)
		}
		if err != nil {
			set.close()
			return nil, err
		}
	}
	if dep.Bitcoin != nil {
		bc, err := a.btcChecker(dep, f, depth)
		if err != nil {
			set.close()
			return nil, err
		}
		set.checkers[dep.Bitcoin.ChainID] = bc
	}
	return set, nil
}

// evmChecker dials EVM chain c and adds its checker, and its anchor
// contract (flag, an address, overrides the deployment's) to set; close
// releases the connection.
func (a *app) evmChecker(ctx context.Context, set *chainSet, c deployment.Chain, confs uint64, flag string) (close func(), err error) {
	url, err := a.evmURL(c.ID)
	if err != nil {
		return nil, err
	}
	cl, err := evm.Dial(ctx, evm.ClientConfig{Chain: c.ID, Endpoints: []evm.Endpoint{{URL: url}}})
	if err != nil {
		return nil, fmt.Errorf("%w: chain %d at %s: %v", ErrNode, c.ID, url, err)
	}
	v, err := evm.NewVerifier(evm.VerifierConfig{Chain: c.ID, Bridge: c.Bridge, Confirmations: confs}, cl)
	if err != nil {
		return cl.Close, fmt.Errorf("%w: chain %d: %v", ErrSetup, c.ID, err)
	}
	contract := c.AuditAnchor
	if flag != "" {
		if !common.IsHexAddress(flag) {
			return cl.Close, fmt.Errorf("%w: --anchor %d=%s: not an address", ErrUsage, c.ID, flag)
		}
		contract = common.HexToAddress(flag)
	}
	other := audit.ChainChecker(noChecker{chain: c.ID, hint: fmt.Sprintf("the deployment has no auditAnchor for chain %d: pass --anchor %d=<AuditAnchor address> to check ANCHOR records", c.ID, c.ID)})
	if contract != (common.Address{}) {
		ac, err := anchor.NewEVMChecker(c.ID, cl, contract, confs)
		if err != nil {
			return cl.Close, fmt.Errorf("%w: chain %d: %v", ErrSetup, c.ID, err)
		}
		other = anchorOnly{c: ac, chain: c.ID}
		set.anchors = append(set.anchors, anchorSource{chain: c, node: cl, contract: contract, confs: confs})
	}
	set.checkers[c.ID] = audit.EventChecker{Reader: v, Other: other}
	return cl.Close, nil
}

// btcChecker builds btccheck for the deployment's Bitcoin chain: the
// federation's signer keys, deposit rules, custody recovery leaf and
// maximum fee rate come from the deployment; --btc-recovery-* override the
// recovery leaf, or supply it when the deployment file has none
// (docs/decisions.md, "Commands"). Without a recovery leaf the checker
// still stands, and refuses (naming the flag) the first record that needs
// it — the btcd connection is made only then, too.
func (a *app) btcChecker(dep *deployment.Deployment, f *chainFlags, depth func(chains.ChainID, uint64) (uint64, error)) (audit.ChainChecker, error) {
	b := dep.Bitcoin
	n, err := depth(b.ChainID, uint64(b.Confirmations))
	if err != nil {
		return nil, err
	}
	signers, err := b.Federation.KeySet()
	if err != nil {
		return nil, fmt.Errorf("%w: the deployment's Bitcoin federation: %v", ErrSetup, err)
	}
	var rec bitcoin.KeySet
	delay := f.recoveryDelay
	if len(f.recovery) == 0 {
		if b.Recovery == nil {
			return noChecker{chain: b.ChainID, hint: "the deployment does not describe the Bitcoin custody recovery leaf: pass --btc-recovery-key (repeatable), --btc-recovery-threshold and --btc-recovery-delay"}, nil
		}
		if rec, delay, err = b.Custody(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrSetup, err)
		}
	} else if rec, err = recoveryFlags(f); err != nil {
		return nil, err
	}
	var maxFee uint64
	if b.MaxFeeRate > 0 {
		fee, err := bitcoin.NewDepositFee(signers, b.MaxFeeRate)
		if err != nil {
			return nil, fmt.Errorf("%w: deposit fee: %v", ErrSetup, err)
		}
		maxFee = uint64(fee.Sats)
	}
	var dst []chains.ChainID
	for _, c := range dep.EVMChains() {
		dst = append(dst, c.ID)
	}
	wcfg := watcher.Config{
		Chain: b.ChainID, Federations: []bitcoin.Federation{{Epoch: 1, Signers: signers, Recovery: rec, RecoveryDelay: delay}},
		Confirmations: uint32(n), MinDeposit: b.MinDeposit, RefundMargin: b.RefundMargin, DstChains: dst,
	}
	rpc, err := a.btcClient()
	if err != nil {
		return nil, err
	}
	c, err := btccheck.New(btccheck.Config{Watcher: wcfg, Node: rpc, MaxDepositFee: maxFee})
	if err != nil {
		rpc.Shutdown()
		return nil, fmt.Errorf("%w: %v", ErrUsage, err)
	}
	return c, nil
}

// noChecker refuses every record it is given, saying what is missing.
type noChecker struct {
	chain chains.ChainID
	hint  string
}

func (n noChecker) CheckRecord(_ context.Context, r *audit.Record) error {
	return fmt.Errorf("%w: cannot check %s on chain %d: %s", audit.ErrChainCheck, r.Kind, n.chain, n.hint)
}

// anchorOnly passes ANCHOR records to the anchor checker and refuses the
// rest (PAUSE/RESUME: no checker for the bridge's pause events exists yet).
type anchorOnly struct {
	c     *anchor.EVMChecker
	chain chains.ChainID
}

func (o anchorOnly) CheckRecord(ctx context.Context, r *audit.Record) error {
	if r.Kind != audit.KindAnchor {
		return fmt.Errorf("%w: cannot check %s on chain %d: no checker for this record kind on EVM chains", audit.ErrChainCheck, r.Kind, o.chain)
	}
	return o.c.CheckRecord(ctx, r)
}

// recoveryFlags reads the recovery set from --btc-recovery-key and
// --btc-recovery-threshold.
func recoveryFlags(f *chainFlags) (bitcoin.KeySet, error) {
	keys := make([][32]byte, 0, len(f.recovery))
	for _, s := range f.recovery {
		raw, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		if err != nil || len(raw) != 32 {
			return bitcoin.KeySet{}, fmt.Errorf("%w: --btc-recovery-key %q: want a 32-byte x-only key in hex", ErrUsage, s)
		}
		keys = append(keys, [32]byte(raw))
	}
	t := f.recoveryT
	if t == 0 {
		t = len(keys)
	}
	rec, err := bitcoin.NewKeySet(t, keys...)
	if err != nil {
		return bitcoin.KeySet{}, fmt.Errorf("%w: recovery set: %v", ErrUsage, err)
	}
	return rec, nil
}
