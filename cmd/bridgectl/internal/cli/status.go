package cli

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/rpcclient"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/evm"
	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/integration/devnet"
	"github.com/kakehashi/kakehashi/relay"
)

// DefaultRelayURL is where status asks when neither --relay nor
// KAKEHASHI_RELAY_URL says otherwise: relayd's default HTTP listen address.
const DefaultRelayURL = "http://127.0.0.1:9180"

// statusUpdate is one line of `status --json`: the transfer as it stands
// after a change.
type statusUpdate struct {
	At            time.Time         `json:"at"`
	TransferID    chains.TransferID `json:"transferId"`
	State         string            `json:"state"` // relay.State, or stateUnknown / stateConfirming before any relay knows it
	Relay         string            `json:"relay,omitempty"`
	SourceChain   chains.ChainID    `json:"sourceChain,omitempty"`
	SourceTx      string            `json:"sourceTx,omitempty"`
	Confirmations *uint64           `json:"confirmations,omitempty"`
	Required      uint64            `json:"requiredConfirmations,omitempty"`
	Signed        string            `json:"signed,omitempty"`
	SubmittedTx   string            `json:"submittedTx,omitempty"`
	DstChain      chains.ChainID    `json:"dstChain,omitempty"`
	// PayoutConfirmations of a submitted Bitcoin payout, from your own
	// node, out of PayoutRequired (the deployment's confirmations: the
	// relays call it executed once final).
	PayoutConfirmations *uint64 `json:"payoutConfirmations,omitempty"`
	PayoutRequired      uint64  `json:"payoutRequiredConfirmations,omitempty"`
	ExecutedTx          string  `json:"executedTx,omitempty"`
	// ExecutedOutput is the output of a Bitcoin payout that pays the
	// transfer (Bitcoin only).
	ExecutedOutput *uint32 `json:"executedOutput,omitempty"`
	Reason         string  `json:"reason,omitempty"`
	Reorged        bool    `json:"reorged,omitempty"`
	Done           bool    `json:"done"`
}

// key is what makes an update worth reporting.
func (u statusUpdate) key() string {
	c := "-"
	if u.Confirmations != nil {
		c = fmt.Sprint(*u.Confirmations)
	}
	p := "-"
	if u.PayoutConfirmations != nil {
		p = fmt.Sprint(*u.PayoutConfirmations)
	}
	return strings.Join([]string{u.State, c, u.Signed, u.SubmittedTx, p, u.ExecutedTx, u.Reason, fmt.Sprint(u.Reorged)}, "|")
}

// The states status reports before any relay knows the transfer.
const (
	// stateUnknown: neither a relay nor the user's own node shows it.
	stateUnknown = "unknown"
	// stateConfirming: the user's own node holds the source transaction
	// and counts its confirmations; no relay reports it yet.
	stateConfirming = "confirming"
)

type statusFlags struct {
	relays   []string
	timeout  time.Duration
	interval time.Duration
	confs    uint64
	deposit  string
}

func (a *app) statusCmd() *cobra.Command {
	var f statusFlags
	cmd := &cobra.Command{
		Use:   "status <transferId> | --deposit TXID:VOUT",
		Short: "Follow a transfer live: confirmations x/N, k signed (t needed), submitted, executed",
		Long: `status follows one transfer until it is done: it polls relayd's
GET /v1/transfers/<id> (the first --relay that answers) and the source chain
for confirmations, and prints every change:

  observed   confirmations x/N with a progress bar, from your own node:
             from the first block (the Locked/Burned event found by its
             transfer id) even before any relay knows the transfer
  final      the source event is final
  signed     k signed (t needed): operator signatures
  submitted  the destination transaction (hash)
  executed   minted / unlocked on the destination (transaction)

A Bitcoin deposit's transfer id names no position a node can look up:
follow it by its outpoint, --deposit TXID:VOUT (as 'deposit btc' prints it;
TXID:VOUT also works in place of the id). status then computes the transfer
id, reads the deposit from your own btcd and counts its confirmations out
of the deployment's bitcoin.confirmations from the mempool on, until the
relays report it.

It exits 0 when the transfer is executed, non-zero when it is rejected or
refunded (a Bitcoin deposit that will not be minted), when --timeout
passes, or within 3 seconds when no relay answers at all. With --json
every change is one JSON object per line.

The relay reports what operators did; it decides nothing. The audit chain
(bridgectl audit) is the record.`,
		Example: `  bridgectl status 0xe4db81f4f0dc07cc01c5757f5384579f34b8ff7ae6ad60eacdc81e4d9be95763
  bridgectl status 0xe4db…5763 --relay http://10.0.0.5:9180 --relay http://10.0.0.6:9180 --timeout 30m --json
  bridgectl status --deposit ee27af0d…2380:0`,
		Args: func(cmd *cobra.Command, args []string) error {
			if err := cobra.MaximumNArgs(1)(cmd, args); err != nil {
				return err
			}
			if len(args) == 0 && f.deposit == "" {
				return errors.New("give a transfer id, or --deposit TXID:VOUT for a Bitcoin deposit")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, src, err := a.statusTarget(args, f.deposit)
			if err != nil {
				return err
			}
			return a.follow(cmd.Context(), id, src, f)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&f.relays, "relay", nil, "relayd HTTP address, repeatable: the first that answers is used (env KAKEHASHI_RELAY_URL, comma-separated; default: the relays of devnet.json, else "+DefaultRelayURL+")")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Minute, "give up after this long")
	fl.DurationVar(&f.interval, "interval", time.Second, "how often to poll")
	fl.Uint64Var(&f.confs, "confirmations", 0, fmt.Sprintf("confirmations the relays require on the source chain (default: the deployment's, else %d for EVM)", DefaultEVMConfirmations))
	fl.StringVar(&f.deposit, "deposit", "", "follow a Bitcoin deposit by its outpoint, TXID:VOUT (or TXID: the output paying the deposit address), from your own btcd before any relay knows it")
	return cmd
}

// relayURLs are the relays to ask: --relay, else $KAKEHASHI_RELAY_URL,
// else the relays devnet.json records (`devnet up --bridge`), else
// DefaultRelayURL.
func (f statusFlags) relayURLs(getenv func(string) string, devnetRelays []string) ([]string, error) {
	urls := f.relays
	if len(urls) == 0 {
		if env := getenv("KAKEHASHI_RELAY_URL"); env != "" {
			urls = strings.Split(env, ",")
		}
	}
	if len(urls) == 0 {
		urls = devnetRelays
	}
	if len(urls) == 0 {
		urls = []string{DefaultRelayURL}
	}
	out := make([]string, 0, len(urls))
	for _, u := range urls {
		u = strings.TrimRight(strings.TrimSpace(u), "/")
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return nil, fmt.Errorf("%w: relay address %q: want http://host:port", ErrUsage, u)
		}
		out = append(out, u)
	}
	return out, nil
}

// errNotFound: a relay answered that it does not know the transfer (yet).
var errNotFound = errors.New("unknown to the relay")

// fetchStatus asks the relays in order and returns the first answer.
func fetchStatus(ctx context.Context, hc *http.Client, urls []string, id chains.TransferID) (relay.Status, string, error) {
	var errs []error
	notFound := false
	for _, u := range urls {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u+"/v1/transfers/"+id.String(), nil)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		resp, err := hc.Do(req)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", u, err))
			continue
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
		_ = resp.Body.Close()
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("%s: %v", u, err))
		case resp.StatusCode == http.StatusNotFound:
			notFound = true
		case resp.StatusCode != http.StatusOK:
			errs = append(errs, fmt.Errorf("%s: HTTP %d: %s", u, resp.StatusCode, strings.TrimSpace(string(body))))
		default:
			var st relay.Status
			if err := json.Unmarshal(body, &st); err != nil {
				errs = append(errs, fmt.Errorf("%s: not a transfer status: %v", u, err))
				continue
			}
			if st.TransferID != id {
				errs = append(errs, fmt.Errorf("%s: answered for transfer %s", u, st.TransferID))
				continue
			}
			return st, u, nil
		}
	}
	if notFound {
		return relay.Status{}, "", errNotFound
	}
	return relay.Status{}, "", errors.Join(errs...)
}

// confReader counts a source transaction's confirmations on the user's
// own node; it is best effort (no endpoint: no count).
type confReader struct {
	a      *app
	evm    map[chains.ChainID]*ethclient.Client
	btc    *rpcclient.Client
	failed map[chains.ChainID]bool
	found  *chains.EventRef // the source event, once locate found it
	// nextLocate: after a search that found nothing, the next one waits
	// (a log query from the deploy block is not free for the node).
	nextLocate time.Time
}

// locateEvery is how often locate searches again after finding nothing.
const locateEvery = 5 * time.Second

func (c *confReader) close() {
	for _, cl := range c.evm {
		cl.Close()
	}
	if c.btc != nil {
		c.btc.Shutdown()
	}
}

// devnetRelays are the HTTP addresses of the relays devnet.json records,
// if any.
func (a *app) devnetRelays() []string {
	d, err := devnet.Read(a.devnetDir)
	if err != nil {
		return nil
	}
	var urls []string
	for _, r := range d.Relays {
		urls = append(urls, "http://"+r.HTTP)
	}
	return urls
}

// required is the depth the relays wait for on chain id: the flag, else
// the deployment's (Bitcoin, or an EVM chain's published finality depth),
// else DefaultEVMConfirmations.
func (c *confReader) required(id chains.ChainID, flag uint64, dep *deployment.Deployment) uint64 {
	if flag > 0 {
		return flag
	}
	if dep != nil && dep.Bitcoin != nil && dep.Bitcoin.ChainID == id {
		return uint64(dep.Bitcoin.Confirmations)
	}
	if dep != nil {
		if dc, ok := dep.ChainByID(id); ok && dc.Confirmations > 0 {
			return dc.Confirmations
		}
	}
	return DefaultEVMConfirmations
}

func (c *confReader) count(ctx context.Context, id chains.ChainID, tx []byte, dep *deployment.Deployment) (uint64, bool) {
	if c.failed[id] || len(tx) != 32 {
		return 0, false
	}
	if dep != nil && dep.Bitcoin != nil && dep.Bitcoin.ChainID == id {
		return c.btcConfirmations(hex.EncodeToString(tx)) // refs carry Bitcoin txids in display order
	}
	cl := c.client(ctx, id)
	if cl == nil {
		return 0, false
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	rcpt, err := cl.TransactionReceipt(cctx, common.BytesToHash(tx))
	if err != nil || rcpt.BlockNumber == nil {
		return 0, false
	}
	head, err := cl.BlockNumber(cctx)
	if err != nil {
		return 0, false
	}
	if head < rcpt.BlockNumber.Uint64() {
		return 0, true
	}
	return head - rcpt.BlockNumber.Uint64() + 1, true
}

// client is chain id's EVM client on the user's own node, or nil when
// it has no endpoint or does not answer (then it is not asked again).
func (c *confReader) client(ctx context.Context, id chains.ChainID) *ethclient.Client {
	if c.failed[id] {
		return nil
	}
	if cl := c.evm[id]; cl != nil {
		return cl
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	cl, err := c.a.evmClient(cctx, id)
	if err != nil {
		c.failed[id] = true
		return nil
	}
	c.evm[id] = cl
	return cl
}

// locate finds the Locked or Burned event of transfer id on the EVM
// bridges of the deployment, on the user's own nodes: the source of a
// transfer no relay reports yet. The event indexes the transfer id, so
// one log query per chain finds it. A Bitcoin deposit is not searched
// for (its transfer id names no chain position a node can look up).
func (c *confReader) locate(ctx context.Context, id chains.TransferID, dep *deployment.Deployment) (chains.EventRef, bool) {
	if c.found != nil {
		return *c.found, true
	}
	if dep == nil || time.Now().Before(c.nextLocate) {
		return chains.EventRef{}, false
	}
	c.nextLocate = time.Now().Add(locateEvery)
	for _, ch := range dep.Chains {
		if ch.Kind != deployment.KindEVM || ch.Bridge == (common.Address{}) {
			continue
		}
		cl := c.client(ctx, ch.ID)
		if cl == nil {
			continue
		}
		q := ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(ch.DeployBlock),
			Addresses: []common.Address{ch.Bridge},
			Topics:    [][]common.Hash{{evm.TopicLocked, evm.TopicBurned}, {common.Hash(id)}},
		}
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		logs, err := cl.FilterLogs(cctx, q)
		cancel()
		if err != nil {
			continue
		}
		for _, l := range logs {
			if !l.Removed {
				c.found = &chains.EventRef{Chain: ch.ID, TxHash: l.TxHash, Index: uint32(l.Index)}
				return *c.found, true
			}
		}
	}
	return chains.EventRef{}, false
}

// btcConfirmations counts the confirmations of a Bitcoin transaction
// (txid in display order, with or without 0x) on the user's btcd.
func (c *confReader) btcConfirmations(txid string) (uint64, bool) {
	if c.btc == nil {
		if c.failed[btcKeyChain] {
			return 0, false
		}
		cl, err := c.a.btcClientIfUp()
		if err != nil {
			c.failed[btcKeyChain] = true
			return 0, false
		}
		c.btc = cl
	}
	h, err := chainhash.NewHashFromStr(strings.TrimPrefix(txid, "0x"))
	if err != nil || len(strings.TrimPrefix(txid, "0x")) != 2*chainhash.HashSize {
		return 0, false
	}
	v, err := c.btc.GetRawTransactionVerbose(h)
	if err != nil {
		return 0, false // not broadcast yet, or unknown to this node
	}
	return v.Confirmations, true
}

// btcKeyChain marks a failed btcd connection in confReader.failed.
const btcKeyChain chains.ChainID = 1<<64 - 1

// isBitcoin reports whether chain is the deployment's Bitcoin chain.
func isBitcoin(dep *deployment.Deployment, chain chains.ChainID) bool {
	return dep != nil && dep.Bitcoin != nil && dep.Bitcoin.ChainID == chain && chain != 0
}

// txText renders a transaction hash of chain: a Bitcoin txid as Bitcoin
// tools print it (display order, no 0x: what 'refund btc --deposit'
// takes), anything else as 0x-hex.
func txText(dep *deployment.Deployment, chain chains.ChainID, h []byte) string {
	if isBitcoin(dep, chain) {
		return hex.EncodeToString(h)
	}
	return "0x" + hex.EncodeToString(h)
}

// relayGrace is how long status waits for a first answer from any relay
// before it gives up: a relay that never answered is an address or setup
// mistake, not a wait.
const relayGrace = 3 * time.Second

func (a *app) follow(ctx context.Context, id chains.TransferID, src *chains.EventRef, f statusFlags) error {
	urls, err := f.relayURLs(a.getenv, a.devnetRelays())
	if err != nil {
		return err
	}
	if f.interval <= 0 {
		return fmt.Errorf("%w: --interval must be positive", ErrUsage)
	}
	if f.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.timeout)
		defer cancel()
	}
	// The deployment (for confirmation depths, chain names and finding the
	// source event) is optional: status works against a relay alone.
	fl := &follower{a: a, id: id, f: f, urls: urls, dep: a.optionalDeployment(),
		cr:  &confReader{a: a, evm: map[chains.ChainID]*ethclient.Client{}, failed: map[chains.ChainID]bool{}, found: src},
		hc:  &http.Client{Timeout: min(10*time.Second, relayGrace)},
		tty: a.console.isTerminal(), start: time.Now()}
	defer fl.cr.close()
	for polls := 0; ; polls++ {
		u, ok, err := fl.poll(ctx)
		if err != nil {
			return err
		}
		if ok {
			if err := fl.report(u, polls); err != nil {
				return err
			}
		}
		if u.Done {
			return doneError(id, u)
		}
		select {
		case <-ctx.Done():
			return fl.stopped(ctx)
		case <-time.After(f.interval):
		}
	}
}

// follower is one run of status: where it asks and what it has shown.
type follower struct {
	a    *app
	id   chains.TransferID
	f    statusFlags
	urls []string
	dep  *deployment.Deployment
	cr   *confReader
	hc   *http.Client
	tty  bool

	start    time.Time
	answered bool  // some relay answered once (404 included)
	lastErr  error // the last failure to reach any relay
	last     statusUpdate
	lastKey  string
}

// poll asks the relays once and, while none knows the transfer, the
// user's own node. ok is false when no relay answered; the error is set
// once no relay has answered for relayGrace.
func (fl *follower) poll(ctx context.Context) (u statusUpdate, ok bool, err error) {
	st, from, err := fetchStatus(ctx, fl.hc, fl.urls, fl.id)
	u = statusUpdate{At: time.Now().UTC(), TransferID: fl.id, State: stateUnknown}
	switch {
	case err == nil:
		fl.answered = true
		return updateOf(ctx, st, from, fl.cr, fl.f, fl.dep), true, nil
	case errors.Is(err, errNotFound):
		fl.answered = true
		return pendingUpdate(ctx, u, fl.cr, fl.f, fl.dep), true, nil
	case ctx.Err() == nil:
		// Relays that answered before and fail now are a wait, said once
		// per distinct error.
		if fl.answered && !fl.a.console.json && (fl.lastErr == nil || oneLine(err) != oneLine(fl.lastErr)) {
			fmt.Fprintf(fl.a.console.stderr, "no relay answered (%s); retrying\n", oneLine(err))
		}
		fl.lastErr = err
	}
	if !fl.answered && ctx.Err() == nil && time.Since(fl.start) >= relayGrace {
		return u, false, noRelayError(fl.urls, fl.lastErr)
	}
	return u, false, nil
}

// report prints u if it changed anything worth a line; on a terminal a
// quiet poll redraws the waiting spinner instead.
func (fl *follower) report(u statusUpdate, polls int) error {
	if k := u.key(); k != fl.lastKey {
		newReorg := u.Reorged && !fl.last.Reorged
		fl.lastKey, fl.last = k, u
		return fl.a.console.printUpdate(u, fl.tty, newReorg)
	}
	if fl.tty {
		fl.a.console.printWaiting(fl.last, polls, time.Since(fl.start))
	}
	return nil
}

// stopped is how following ends when its context does: no relay ever
// answered, --timeout passed, or the caller cancelled.
func (fl *follower) stopped(ctx context.Context) error {
	if fl.tty {
		fmt.Fprintln(fl.a.console.stderr)
	}
	if !fl.answered {
		return noRelayError(fl.urls, fl.lastErr)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w: transfer %s is still %s after %s: run status again to keep following it", ErrTimeout, fl.id, fl.last.State, fl.f.timeout)
	}
	return ctx.Err()
}

// noRelayError says that no relay ever answered, why, and what to do.
func noRelayError(urls []string, last error) error {
	why := ""
	if last != nil {
		why = " (" + oneLine(last) + ")"
	}
	return fmt.Errorf("%w: no relay answered at %s%s: start relayd ('relayd run --config FILE'), or pass --relay URL / set KAKEHASHI_RELAY_URL to a running relay's http.listen address",
		ErrNode, strings.Join(urls, ", "), why)
}

// pendingUpdate is the update for a transfer no relay knows yet: when its
// source is on the user's own node (an EVM lock or burn of the deployment
// found by its transfer id, or the Bitcoin deposit --deposit names), it
// is confirming there, with the confirmations counted there.
func pendingUpdate(ctx context.Context, u statusUpdate, cr *confReader, f statusFlags, dep *deployment.Deployment) statusUpdate {
	ref, ok := cr.locate(ctx, u.TransferID, dep)
	if !ok {
		return u
	}
	u.SourceChain, u.SourceTx = ref.Chain, txText(dep, ref.Chain, ref.TxHash[:])
	u.Required = cr.required(ref.Chain, f.confs, dep)
	if n, ok := cr.count(ctx, ref.Chain, ref.TxHash[:], dep); ok {
		u.Confirmations = &n
		u.State = stateConfirming
	}
	return u
}

// doneError is how status ends on a transfer that is done: nil once
// executed, else why it never will be.
func doneError(id chains.TransferID, u statusUpdate) error {
	if u.State == string(relay.StateExecuted) {
		return nil
	}
	reason := u.Reason
	if reason == "" {
		reason = "no reason given"
	}
	advice := ""
	if u.State == string(relay.StateRejected) {
		advice = ": it will not be minted; take the deposit back with 'bridgectl refund btc' after its locktime"
	}
	return fmt.Errorf("%w: transfer %s %s (%s)%s", ErrTransferFailed, id, u.State, reason, advice)
}

// updateOf turns a relay status into an update, adding the source
// confirmations read from the user's own node while it is not final.
func updateOf(ctx context.Context, st relay.Status, from string, cr *confReader, f statusFlags, dep *deployment.Deployment) statusUpdate {
	u := statusUpdate{
		At: time.Now().UTC(), TransferID: st.TransferID, State: string(st.State), Relay: from,
		Signed: st.Signed, SubmittedTx: st.TxID, DstChain: st.DstChain, Reason: st.Reason, Reorged: st.Reorged,
	}
	if st.State == relay.StateObserved || st.State == relay.StateFinal {
		u.Signed = "" // 0/t says nothing before anyone could sign
	}
	if st.Source != nil {
		u.SourceChain, u.SourceTx = st.Source.Chain, txText(dep, st.Source.Chain, st.Source.TxHash)
		u.Required = cr.required(st.Source.Chain, f.confs, dep)
		// The relays say at which depth they took the event as final: that
		// is N, whatever the local guess.
		if n, ok := historyConfs(st.History, relay.StateFinal); ok && f.confs == 0 {
			u.Required = n
		}
		if st.State == relay.StateObserved {
			if n, ok := cr.count(ctx, st.Source.Chain, st.Source.TxHash, dep); ok {
				u.Confirmations = &n
			} else if n, ok := historyConfs(st.History, relay.StateObserved); ok {
				u.Confirmations = &n // the relays' count when our node cannot be asked
			}
		} else if st.State != "" {
			n := u.Required // past observed: final at the required depth
			u.Confirmations = &n
		}
	}
	if st.Executed != nil {
		if st.Executed.Chain != 0 {
			u.DstChain = st.Executed.Chain
		}
		u.ExecutedTx = txText(dep, u.DstChain, st.Executed.TxHash)
		if isBitcoin(dep, u.DstChain) {
			i := st.Executed.Index
			u.ExecutedOutput = &i
		}
	}
	// A Bitcoin payout is executed once final: until then, count its
	// confirmations on the user's own node.
	if st.State == relay.StateSubmitted && isBitcoin(dep, u.DstChain) && u.SubmittedTx != "" {
		u.PayoutRequired = uint64(dep.Bitcoin.Confirmations)
		if n, ok := cr.btcConfirmations(u.SubmittedTx); ok {
			u.PayoutConfirmations = &n
		}
	}
	switch st.State {
	case relay.StateExecuted, relay.StateRejected, relay.StateRefunded:
		u.Done = true
	}
	return u
}

// historyConfs reads the "<n> confirmations" the tracker writes in the
// detail of an observed or final transition (the latest one of state).
func historyConfs(h []relay.Transition, state relay.State) (uint64, bool) {
	for i := len(h) - 1; i >= 0; i-- {
		var n uint64
		if h[i].State == state {
			if _, err := fmt.Sscanf(h[i].Detail, "%d confirmations", &n); err == nil {
				return n, true
			}
		}
	}
	return 0, false
}

// signedText renders the relay's "k/t" as "k signed (t needed)": k can
// exceed t (every operator signs), and "3/2" reads as a fraction.
func signedText(kt string) string {
	var k, t int
	if _, err := fmt.Sscanf(kt, "%d/%d", &k, &t); err != nil {
		return "signatures " + kt
	}
	return fmt.Sprintf("%d signed (%d needed)", k, t)
}

// printWaiting redraws, on a terminal, how long status has been waiting
// in the current state, so a quiet wait still shows it is alive.
func (c *console) printWaiting(u statusUpdate, polls int, elapsed time.Duration) {
	if u.Confirmations != nil && (u.State == string(relay.StateObserved) || u.State == stateConfirming) {
		return // the confirmation bar is the progress
	}
	spin := `|/-\`[polls%4]
	fmt.Fprintf(c.stderr, "\r\033[K%c %s, waiting %s", spin, u.State, elapsed.Round(time.Second))
}

func progressBar(x, n uint64) string {
	done := min(x, n) * 20 / max(n, 1)
	return "[" + strings.Repeat("#", int(done)) + strings.Repeat("-", int(20-done)) + "]"
}

// printUpdate writes one change: a JSON line with --json, else a line of
// text (the confirmation bar is redrawn in place on a terminal).
func (c *console) printUpdate(u statusUpdate, tty, newReorg bool) error {
	if c.json {
		return json.NewEncoder(c.stdout).Encode(u)
	}
	w := c.stdout
	if tty {
		fmt.Fprint(c.stderr, "\r\033[K")
	}
	if newReorg {
		fmt.Fprintln(w, "warning: the relays report the source event reorged out; following on")
	}
	if (u.State == string(relay.StateObserved) || u.State == stateConfirming) && u.Confirmations != nil && tty {
		fmt.Fprintf(c.stderr, "observed   confirmations %d/%d %s", *u.Confirmations, u.Required, progressBar(*u.Confirmations, u.Required))
		return nil
	}
	switch relay.State(u.State) {
	case stateUnknown, stateConfirming:
		printPending(w, u)
	case relay.StateObserved:
		if u.Confirmations != nil {
			fmt.Fprintf(w, "observed   confirmations %d/%d %s  (%d:%s)\n", *u.Confirmations, u.Required, progressBar(*u.Confirmations, u.Required), u.SourceChain, u.SourceTx)
		} else {
			fmt.Fprintf(w, "observed   on chain %d, tx %s (confirmations: no endpoint for chain %d)\n", u.SourceChain, u.SourceTx, u.SourceChain)
		}
	case relay.StateFinal:
		fmt.Fprintf(w, "final      confirmations %d/%d %s\n", u.Required, u.Required, progressBar(1, 1))
	case relay.StateSigned:
		if u.Reason != "" {
			fmt.Fprintf(w, "signed     %s, left out of the batch: %s\n", signedText(u.Signed), u.Reason)
		} else {
			fmt.Fprintf(w, "signed     %s\n", signedText(u.Signed))
		}
	case relay.StateSubmitted:
		if u.PayoutConfirmations != nil {
			fmt.Fprintf(w, "submitted  %s, payout tx %s on chain %d, confirmations %d/%d %s\n", signedText(u.Signed), u.SubmittedTx, u.DstChain,
				*u.PayoutConfirmations, u.PayoutRequired, progressBar(*u.PayoutConfirmations, u.PayoutRequired))
		} else {
			fmt.Fprintf(w, "submitted  %s, tx %s on chain %d\n", signedText(u.Signed), u.SubmittedTx, u.DstChain)
		}
	case relay.StateExecuted:
		if u.ExecutedOutput != nil {
			fmt.Fprintf(w, "executed   paid by output %d of tx %s on chain %d\n", *u.ExecutedOutput, u.ExecutedTx, u.DstChain)
		} else {
			fmt.Fprintf(w, "executed   tx %s on chain %d\n", u.ExecutedTx, u.DstChain)
		}
	case relay.StateRejected:
		fmt.Fprintf(w, "rejected   %s\n", u.Reason)
	case relay.StateCancelled:
		fmt.Fprintf(w, "cancelled  at chain %d by the quorum: it will never execute there; it waits for its refund on chain %d ('bridgectl sign refund', 'bridgectl refund evm')\n", u.DstChain, u.SourceChain)
	case relay.StateRefunded:
		fmt.Fprintf(w, "refunded   returned to its sender on chain %d\n", u.SourceChain)
	default:
		fmt.Fprintf(w, "%-10s %s\n", u.State, u.Reason)
	}
	return nil
}

// printPending writes the line of a transfer no relay reports yet: its
// confirmations on the user's own node, or what is missing.
func printPending(w io.Writer, u statusUpdate) {
	switch {
	case u.Confirmations != nil:
		fmt.Fprintf(w, "observed   confirmations %d/%d %s  (%d:%s, your node; no relay reports it yet)\n", *u.Confirmations, u.Required, progressBar(*u.Confirmations, u.Required), u.SourceChain, u.SourceTx)
	case u.SourceTx != "":
		fmt.Fprintf(w, "waiting    source tx %s on chain %d is not on your node yet (not broadcast, or not relayed to it); no relay reports it yet\n", u.SourceTx, u.SourceChain)
	default:
		fmt.Fprintf(w, "waiting    no relay knows transfer %s yet (the source transaction may not be mined; a Bitcoin deposit is followed by its outpoint: status --deposit TXID:VOUT)\n", u.TransferID)
	}
}
