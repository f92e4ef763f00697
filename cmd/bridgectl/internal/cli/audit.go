package cli

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/holiman/uint256"
	"github.com/spf13/cobra"
	bolt "go.etcd.io/bbolt"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/audit/anchor"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin/watcher"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// auditFlags are the flags every audit subcommand shares: where the chain
// comes from and which genesis it must start with.
type auditFlags struct {
	file    string
	store   string
	urls    []string
	genesis string
}

func (f *auditFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.file, "file", "", "a JSONL export of the audit chain ('-' for stdin)")
	cmd.Flags().StringVar(&f.store, "store", "", "a relayd's audit store (bbolt file, e.g. <dataDir>/audit.db); stop relayd first or copy the file")
	cmd.Flags().StringVar(&f.genesis, "genesis", "", "the genesis block hash the chain must start with (0x-hex, published out of band)")
	cmd.Flags().StringSliceVar(&f.urls, "url", nil, "a relayd's HTTP address: its replica of the shared audit chain (GET /v1/audit/blocks); repeat it to compare operators")
}

// source opens the one source given; close releases it.
func (f *auditFlags) source() (src audit.Source, name string, closeFn func(), err error) {
	given := len(f.urls)
	for _, x := range []string{f.file, f.store} {
		if x != "" {
			given++
		}
	}
	switch {
	case given > 1:
		return nil, "", nil, fmt.Errorf("%w: give one source: --file, --store or --url (verify compares several --url)", ErrUsage)
	case len(f.urls) == 1:
		body, err := fetchAudit(context.Background(), f.urls[0])
		if err != nil {
			return nil, "", nil, err
		}
		return audit.NewJSONLSource(bytes.NewReader(body)), f.urls[0], func() {}, nil
	case f.file == "-":
		return audit.NewJSONLSource(os.Stdin), "stdin", func() {}, nil
	case f.file != "":
		fh, err := os.Open(f.file)
		if err != nil {
			return nil, "", nil, fmt.Errorf("%w: --file: %v", ErrSetup, err)
		}
		return audit.NewJSONLSource(fh), f.file, func() { _ = fh.Close() }, nil
	case f.store != "":
		// NewStore creates a missing file: an auditor pointing at the wrong
		// path must hear so, not verify an empty chain.
		if _, err := os.Stat(f.store); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, "", nil, fmt.Errorf("%w: --store %s does not exist: pass the audit store of a relayd's data directory", ErrSetup, f.store)
			}
			return nil, "", nil, fmt.Errorf("%w: --store: %v", ErrSetup, err)
		}
		st, err := audit.NewStore(audit.StoreConfig{Path: f.store})
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, "", nil, fmt.Errorf("%w: %v: the store is locked, a running relayd holds it: stop relayd, copy the file, or verify an export", ErrSetup, err)
		}
		if err != nil {
			return nil, "", nil, fmt.Errorf("%w: %v", ErrSetup, err)
		}
		return st, f.store, func() { _ = st.Close() }, nil
	}
	return nil, "", nil, fmt.Errorf("%w: no audit chain given: pass --file chain.jsonl, --store audit.db or --url http://relayd:9180", ErrUsage)
}

func (f *auditFlags) genesisHash() ([32]byte, error) {
	var h [32]byte
	if f.genesis == "" {
		return h, nil
	}
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(f.genesis), "0x"))
	if err != nil || len(b) != 32 {
		return h, fmt.Errorf("%w: --genesis %q: want a 32-byte hex hash", ErrUsage, f.genesis)
	}
	copy(h[:], b)
	return h, nil
}

func (a *app) auditCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Check the state-audit chain: verify, replay, export, serve an explorer (for auditors)",
		Long: `The state-audit chain records every DEFINE, LOCK, MINT, BURN, UNLOCK, REFUND,
SWEEP, SIGNERSET, PAUSE, RESUME and ANCHOR in hash-linked blocks attested by
t operators (docs/audit-format.md). These commands read it from a JSONL
export (--file), a relayd's audit store (--store) or relayd replicas (--url)
and rebuild everything from genesis; serve keeps doing so and shows it as
web pages.`,
	}
	cmd.AddCommand(a.auditVerifyCmd(), a.auditReplayCmd(), a.auditExportCmd(), a.auditFetchCmd(), a.auditServeCmd())
	return cmd
}

// verifyResult is the --json output of audit verify and replay.
type verifyResult struct {
	OK       bool   `json:"ok"`
	Source   string `json:"source"`
	Genesis  string `json:"genesisPinned,omitempty"`
	Chains   bool   `json:"chainsChecked"`
	Attested bool   `json:"attestationsChecked"`
	*audit.Report
	Invariant []invariantLine `json:"invariant"`
	// Anchors (with --chains) are the anchors found on each EVM chain.
	Anchors []anchorLine `json:"anchors,omitempty"`
	// AnchorsSkipped says why the anchors were not checked against this
	// chain (it is not the federation's shared chain).
	AnchorsSkipped string `json:"anchorsSkipped,omitempty"`
}

// invariantLine restates, per asset, locked = Σ outstanding + in flight.
type invariantLine struct {
	Asset       chains.AssetID `json:"asset"`
	Symbol      string         `json:"symbol,omitempty"`
	Locked      string         `json:"locked"`
	Outstanding string         `json:"outstanding"`
	InFlight    string         `json:"inFlight"`
	OK          bool           `json:"ok"`
}

func (a *app) auditVerifyCmd() *cobra.Command {
	var f auditFlags
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Verify every hash, signature and invariant from genesis (and, with --chains, every record against the nodes)",
		Long: `verify replays the audit chain from genesis and checks every block: encoding,
height and previous-hash linkage, time order, the records' Merkle root, each
record against the derived state, the supply invariant (locked on home =
Σ outstanding + in flight), the state hash and t valid operator attestations.

With --chains it also re-reads every LOCK, LOCK_REJECTED, BURN, MINT, UNLOCK,
REFUND, SWEEP and ANCHOR from your own nodes (endpoints from devnet.json or
--rpc/--btc-rpc): the transaction exists, is final in the recorded block, and
its amounts and parties match the record. It also reads every final
Anchored event of each EVM chain's AuditAnchor (the deployment's
auditAnchor, or --anchor) and checks it against the verified chain: the
anchored hash is the hash of the block at that height, and its
attestations are a quorum of that block's signer set with the anchoring
operator among them. A conflicting anchor names the operator and fails;
the newest anchored height per chain is reported.

It prints OK with the head and counts, or one line naming the block, the
record and the reason, and exits non-zero.`,
		Example: `  bridgectl audit verify --file chain.jsonl --genesis 0xafb8…7491
  bridgectl audit verify --store /var/lib/relayd/audit.db --chains
  bridgectl audit verify --file chain.jsonl --chains --confirmations 31337=12 --anchor 31337=0x…`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runVerify(cmd.Context(), &f, &cf, false)
		},
	}
	f.register(cmd)
	cf.register(cmd)
	return cmd
}

func (a *app) auditReplayCmd() *cobra.Command {
	var f auditFlags
	cmd := &cobra.Command{
		Use:   "replay",
		Short: "Rebuild and print the balances per asset and chain (locked, outstanding, in flight)",
		Long: `replay rebuilds the state from genesis, checking hashes, linkage, every
record's transition, the supply invariant and the state hashes (not the
attestation signatures: use verify for those), and prints per asset the
amount locked on the home chain, outstanding on every other chain, in
flight, and whether locked = Σ outstanding + in flight holds.`,
		Example: "  bridgectl audit replay --file chain.jsonl\n  bridgectl audit replay --store audit.db --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runVerify(cmd.Context(), &f, nil, true)
		},
	}
	f.register(cmd)
	return cmd
}

func (a *app) runVerify(ctx context.Context, f *auditFlags, cf *chainFlags, replay bool) error {
	gen, err := f.genesisHash()
	if err != nil {
		return err
	}
	if len(f.urls) > 1 {
		if replay || (cf != nil && cf.enabled) {
			return fmt.Errorf("%w: several --url are compared by 'audit verify' without --chains: check one against the chains with a single --url", ErrUsage)
		}
		return a.compareReplicas(ctx, f.urls, gen)
	}
	opts := audit.VerifyOptions{Genesis: gen}
	src, name, closeSrc, err := f.source()
	if err != nil {
		return err
	}
	defer closeSrc()
	checking := cf != nil && cf.enabled
	var set *chainSet
	verified := &anchor.Verified{}
	if checking {
		if set, err = a.chainCheckers(ctx, cf); err != nil {
			return err
		}
		defer set.close()
		opts.Chains, opts.Verified = set.checkers, verified.Add
	}
	a.showProgress(&opts)
	verify := audit.Verify
	if replay {
		verify = audit.Replay
	}
	rep, err := verify(ctx, src, opts)
	a.console.doneProgress()
	if err != nil {
		return auditFailure(err)
	}
	names := auditNames{dep: a.optionalDeployment()}
	res := verifyResult{OK: true, Source: name, Chains: checking, Attested: !replay, Report: rep, Invariant: invariant(rep, names)}
	if f.genesis != "" {
		res.Genesis = fmt.Sprintf("0x%x", gen)
	}
	for _, l := range res.Invariant {
		if !l.OK { // Verify checks it after every block; this cannot happen on a chain that verified
			return fmt.Errorf("%w: asset %s: locked %s != outstanding %s + in flight %s", ErrAuditFailed, l.Asset, l.Locked, l.Outstanding, l.InFlight)
		}
	}
	if checking {
		if skip := anchorsNotOf(verified, a.optionalDeployment()); skip != "" {
			res.AnchorsSkipped = skip
		} else if res.Anchors, err = checkAnchors(ctx, set.anchors, verified); err != nil {
			return err
		}
	}
	return a.console.out(res, func(w io.Writer) { printVerify(w, &res, replay, names) })
}

// showProgress draws the block count on a terminal.
func (a *app) showProgress(opts *audit.VerifyOptions) {
	if !a.console.isTerminal() {
		return
	}
	opts.Progress = func(h, n uint64) {
		if h%64 == 0 {
			fmt.Fprintf(a.console.stderr, "\r\033[Kblock %d, %d records", h, n)
		}
	}
}

// printVerify is the text form of verify's and replay's result.
func printVerify(w io.Writer, res *verifyResult, replay bool, names auditNames) {
	rep := res.Report
	what := "verified"
	if replay {
		what = "replayed"
	}
	fmt.Fprintf(w, "OK: %s %d blocks, %d records from genesis; head %d %s; %d open transfers\n", what, rep.Blocks, rep.Records, rep.Height, rep.HeadHex, rep.OpenTransfers)
	var checks []string
	if res.Genesis != "" {
		checks = append(checks, "genesis pinned")
	} else {
		checks = append(checks, fmt.Sprintf("genesis NOT pinned: compare %s with the hash the operators publish, then pass --genesis %s", rep.GenesisHex, rep.GenesisHex))
	}
	if !replay {
		checks = append(checks, "attestations checked")
	} else {
		checks = append(checks, "attestations not checked (use verify)")
	}
	if res.Chains {
		checks = append(checks, "every record checked against the chains")
	}
	fmt.Fprintln(w, strings.Join(checks, "; "))
	if rep.Signers != nil {
		fmt.Fprintf(w, "signer set epoch %d: %d of %d\n", rep.Signers.Epoch, rep.Signers.Threshold, len(rep.Signers.Signers))
	}
	printAnchors(w, res.Anchors, names)
	if res.AnchorsSkipped != "" {
		fmt.Fprintf(w, "anchors not checked: %s\n", res.AnchorsSkipped)
	}
	if replay {
		printBalances(w, rep, names)
	}
}

// invariant restates locked = Σ outstanding + in flight per asset, with the
// asset's symbol when the deployment file is readable.
func invariant(rep *audit.Report, names auditNames) []invariantLine {
	out := make([]invariantLine, 0, len(rep.Balances))
	for _, b := range rep.Balances {
		sum := new(uint256.Int)
		if b.InFlight != nil {
			sum.Add(sum, b.InFlight)
		}
		out2 := new(uint256.Int)
		for _, v := range b.Outstanding {
			out2.Add(out2, v)
		}
		sum.Add(sum, out2)
		locked := b.Locked
		if locked == nil {
			locked = new(uint256.Int)
		}
		out = append(out, invariantLine{Asset: b.Asset, Symbol: names.symbol(b.Asset), Locked: locked.Dec(), Outstanding: out2.Dec(),
			InFlight: decOr0(b.InFlight), OK: locked.Eq(sum)})
	}
	return out
}

func decOr0(v *uint256.Int) string {
	if v == nil {
		return "0"
	}
	return v.Dec()
}

// auditNames names assets and chains from the deployment file, if there
// is one: the audit chain itself knows them only by id.
type auditNames struct {
	dep *deployment.Deployment // nil: no readable deployment file
}

// symbol is the asset's symbol, or "" when the deployment does not say.
func (n auditNames) symbol(id chains.AssetID) string {
	if n.dep == nil {
		return ""
	}
	for _, as := range n.dep.Assets {
		if as.ID == id {
			return as.Symbol
		}
	}
	return ""
}

// chain is "NAME ID" when the deployment names the chain, else its id.
func (n auditNames) chain(id chains.ChainID) string {
	if n.dep != nil {
		if c, ok := n.dep.ChainByID(id); ok && c.Name != "" {
			return fmt.Sprintf("%s %d", c.Name, id)
		}
	}
	return fmt.Sprint(id)
}

// printBalances is replay's table: amounts in the asset's units.
func printBalances(w io.Writer, rep *audit.Report, names auditNames) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "asset\tchain\trole\tamount\tbase units")
	for _, b := range rep.Balances {
		name := names.symbol(b.Asset)
		if name == "" {
			name = b.Asset.String()[:10] + "…"
		}
		amt := func(v *uint256.Int) string {
			if v == nil {
				v = new(uint256.Int)
			}
			return formatAmount(v.ToBig(), b.Decimals) + "\t" + v.Dec()
		}
		fmt.Fprintf(tw, "%s\t%s\tlocked (home)\t%s\n", name, names.chain(b.HomeChain), amt(b.Locked))
		for _, c := range slices.Sorted(maps.Keys(b.Outstanding)) {
			fmt.Fprintf(tw, "%s\t%s\toutstanding\t%s\n", name, names.chain(c), amt(b.Outstanding[c]))
		}
		fmt.Fprintf(tw, "%s\t-\tin flight\t%s\n", name, amt(b.InFlight))
		if b.FeesWithheld != nil && !b.FeesWithheld.IsZero() {
			fmt.Fprintf(tw, "%s\t%s\tdeposit fees withheld\t%s\n", name, names.chain(b.HomeChain), amt(b.FeesWithheld))
		}
		if b.FeesPaid != nil && !b.FeesPaid.IsZero() {
			fmt.Fprintf(tw, "%s\t%s\tsweep fees paid\t%s\n", name, names.chain(b.HomeChain), amt(b.FeesPaid))
		}
	}
	_ = tw.Flush()
	for _, l := range invariant(rep, names) {
		name := l.Symbol
		if name == "" {
			name = l.Asset.String()
		}
		state := "OK"
		if !l.OK {
			state = "BROKEN"
		}
		fmt.Fprintf(w, "invariant %s: locked %s = outstanding %s + in flight %s: %s\n", name, l.Locked, l.Outstanding, l.InFlight, state)
	}
}

func (a *app) auditExportCmd() *cobra.Command {
	var f auditFlags
	var format, outPath string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the audit chain as JSONL (one block per line), replaying as it goes",
		Long: `export writes the chain from genesis in the documented JSONL format
(docs/audit-format.md §7): one block per line with its header, records, leaf
hashes, attestations and the encoded state after it. It replays while it
writes and stops at the first block that does not replay (lines already
written stay valid). The file is written atomically with --out.`,
		Example: "  bridgectl audit export --store audit.db --format jsonl --out chain.jsonl\n  bridgectl audit export --store audit.db > chain.jsonl",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != audit.FormatJSONL {
				return fmt.Errorf("%w: --format %q: the only export format is jsonl", ErrUsage, format)
			}
			if outPath != "" && f.file != "" && filepath.Clean(outPath) == filepath.Clean(f.file) {
				return fmt.Errorf("%w: --out is the --file being read", ErrUsage)
			}
			src, _, closeSrc, err := f.source()
			if err != nil {
				return err
			}
			defer closeSrc()
			if outPath == "" {
				if err := audit.Export(cmd.Context(), a.console.stdout, src, format); err != nil {
					return auditFailure(err)
				}
				return nil
			}
			var exportErr error
			err = atomicfile.Write(outPath, 0o600, func(w io.Writer) error {
				exportErr = audit.Export(cmd.Context(), w, src, format)
				return exportErr
			})
			if exportErr != nil {
				return auditFailure(exportErr)
			}
			if err != nil {
				return fmt.Errorf("%w: --out: %v", ErrSetup, err)
			}
			// Read the file back (replayed again) for the summary.
			fh, err := os.Open(outPath)
			if err != nil {
				return fmt.Errorf("%w: --out: %v", ErrSetup, err)
			}
			defer fh.Close()
			rep, err := audit.Replay(cmd.Context(), audit.NewJSONLSource(fh), audit.VerifyOptions{})
			if err != nil {
				return auditFailure(err)
			}
			return a.console.out(map[string]any{"out": outPath, "format": format, "blocks": rep.Blocks, "records": rep.Records, "height": rep.Height, "head": rep.HeadHex},
				func(w io.Writer) {
					fmt.Fprintf(w, "exported %d blocks (%d records, head %d %s) to %s\n", rep.Blocks, rep.Records, rep.Height, rep.HeadHex, outPath)
				})
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", audit.FormatJSONL, "export format (jsonl)")
	cmd.Flags().StringVar(&outPath, "out", "", "write to this file (atomically) instead of stdout")
	return cmd
}

// auditError is a failed verification: one line naming the block, the
// record and the reason, with the same fields under --json.
type auditError struct {
	ve  *audit.VerifyError
	err error
}

func (e *auditError) Error() string { return e.err.Error() }
func (e *auditError) Unwrap() []error {
	return []error{ErrAuditFailed, e.err}
}

// jsonFields adds the failure's location to the --json error object.
func (e *auditError) jsonFields() map[string]any {
	if e.ve == nil {
		return nil
	}
	m := map[string]any{"block": e.ve.Height, "reason": e.ve.Err.Error()}
	if e.ve.Record != audit.NoRecord {
		m["record"] = e.ve.Record
		if e.ve.Kind != 0 {
			m["recordKind"] = e.ve.Kind.String()
		}
	}
	return m
}

// auditFailure classifies an error of Verify/Replay/Export: a chain that
// does not verify is ErrAuditFailed; anything else (unreadable file, node
// down) keeps its own class.
func auditFailure(err error) error {
	if errors.Is(err, evm.ErrUnavailable) || errors.Is(err, watcher.ErrNode) {
		// A node that did not answer judged nothing: not an audit failure.
		return fmt.Errorf("%w: %w: check the endpoint (--rpc, --btc-rpc) and retry", ErrNode, err)
	}
	var ve *audit.VerifyError
	if errors.As(err, &ve) {
		return &auditError{ve: ve, err: err}
	}
	for _, s := range []error{audit.ErrEncoding, audit.ErrGenesis, audit.ErrLinkage} {
		if errors.Is(err, s) {
			return &auditError{err: err}
		}
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrSetup, err)
}
