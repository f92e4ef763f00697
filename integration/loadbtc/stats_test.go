package loadbtc

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/btcsuite/btcd/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
	"github.com/kakehashi/kakehashi/chains/bitcoin/wallet"
	"github.com/kakehashi/kakehashi/relay"
)

// Pure helpers of the Bitcoin load benchmark — statistics, /proc, the
// relays' milestones and the audit of the run's Bitcoin transactions. They
// carry no build tag so that their unit tests (helpers_test.go) run in
// plain `go test`.

// sample is a set of measurements (seconds, vbytes, sats, …).
type sample []float64

// pct returns the p-quantile (0 ≤ p ≤ 1) by the nearest-rank method: the
// smallest value with at least p of the sample at or below it. An empty
// sample gives 0.
func (s sample) pct(p float64) float64 {
	if len(s) == 0 {
		return 0
	}
	sorted := append(sample(nil), s...)
	sort.Float64s(sorted)
	rank := int(p*float64(len(sorted)) + 0.999999999)
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// avg is the arithmetic mean (0 for an empty sample).
func (s sample) avg() float64 {
	if len(s) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range s {
		sum += v
	}
	return sum / float64(len(s))
}

// histogram counts the sample's values per whole number (value rounded
// down), in ascending order: "233:4 266:2" — for the small discrete
// distributions of vbytes and recipients.
func (s sample) histogram() string {
	counts := map[int64]int{}
	for _, v := range s {
		counts[int64(v)]++
	}
	keys := make([]int64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d×%d", k, counts[k]))
	}
	return strings.Join(parts, " ")
}

// usage is a process's CPU time (user + system, seconds) and peak
// resident set (VmHWM, KiB), from /proc.
type usage struct {
	cpu    float64
	hwmKiB int64
}

// clockTicks is USER_HZ, the unit of utime and stime in /proc/<pid>/stat
// (100 on every Linux architecture Go supports).
const clockTicks = 100

// procUsage reads /proc/<pid>/stat and /proc/<pid>/status.
func procUsage(pid int) (usage, error) {
	if pid <= 0 {
		return usage{}, fmt.Errorf("pid %d: not running", pid)
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return usage{}, err
	}
	// The command name (field 2) is parenthesised and may contain spaces:
	// count fields from the last ')'. utime and stime are fields 14 and 15.
	end := bytes.LastIndexByte(stat, ')')
	if end < 0 {
		return usage{}, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	rest := strings.Fields(string(stat[end+1:]))
	const utime, stime = 14 - 3, 15 - 3 // rest[0] is field 3 (state)
	if len(rest) <= stime {
		return usage{}, fmt.Errorf("/proc/%d/stat: %d fields after the name", pid, len(rest))
	}
	var ticks float64
	for _, f := range []string{rest[utime], rest[stime]} {
		v, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			return usage{}, fmt.Errorf("/proc/%d/stat: CPU time %q: %v", pid, f, err)
		}
		ticks += float64(v)
	}
	u := usage{cpu: ticks / clockTicks}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return usage{}, err
	}
	for _, line := range strings.Split(string(status), "\n") {
		name, val, ok := strings.Cut(line, ":")
		if !ok || name != "VmHWM" {
			continue
		}
		kib, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(val), "kB")), 10, 64)
		if err != nil {
			return usage{}, fmt.Errorf("/proc/%d/status: VmHWM %q: %v", pid, val, err)
		}
		u.hwmKiB = kib
		return u, nil
	}
	return usage{}, fmt.Errorf("/proc/%d/status: no VmHWM line", pid)
}

// errPayout marks a payout transaction that does not pay its burns the
// way the route promises.
var errPayout = errors.New("payout mismatch")

// paid is one recipient output of a payout.
type paid struct {
	vout   int
	script string // hex of the scriptPubKey, the key of burns
	value  int64
	share  int64 // the fee share the recipient bore
}

// splitPayout checks a payout transaction against the burns it may pay:
// burns maps a recipient scriptPubKey (hex) to the amount burned for it,
// custody reports whether a script is the federation's custody, and
// feeTotal is Σ inputs − Σ outputs. Every output must pay either custody
// (change) or a burn's recipient; the fee is shared among the recipient
// outputs in output order as wallet.FeeShares does, and each must pay its
// burn's amount less its share. It returns the recipient outputs.
func splitPayout(tx *wire.MsgTx, feeTotal int64, burns map[string]int64, custody func([]byte) bool) ([]paid, error) {
	var out []paid
	for i, o := range tx.TxOut {
		if custody(o.PkScript) {
			continue
		}
		key := fmt.Sprintf("%x", o.PkScript)
		if _, ok := burns[key]; !ok {
			return nil, fmt.Errorf("%w: %s output %d pays %s, neither custody nor a burn's recipient", errPayout, tx.TxHash(), i, key)
		}
		out = append(out, paid{vout: i, script: key, value: o.Value})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: %s pays no recipient", errPayout, tx.TxHash())
	}
	if feeTotal <= 0 {
		return nil, fmt.Errorf("%w: %s pays a fee of %d sat", errPayout, tx.TxHash(), feeTotal)
	}
	shares := wallet.FeeShares(feeTotal, len(out))
	for k := range out {
		out[k].share = shares[k]
		if want := burns[out[k].script] - shares[k]; out[k].value != want {
			return nil, fmt.Errorf("%w: %s output %d pays %d sat, want burned %d − fee share %d = %d",
				errPayout, tx.TxHash(), out[k].vout, out[k].value, burns[out[k].script], shares[k], want)
		}
	}
	return out, nil
}

// milestones merges what several relays' trackers recorded of one
// transfer (GET /v1/transfers/{id} history): the earliest time each state
// was reached on any relay. "signed" counts only once threshold shares
// were gathered (the tracker notes every share as "k/t by <operator>").
func milestones(histories [][]relay.Transition, threshold int) map[relay.State]time.Time {
	quorum := fmt.Sprintf("%d/", threshold)
	out := map[relay.State]time.Time{}
	for _, h := range histories {
		for _, tr := range h {
			if tr.State == relay.StateSigned && !strings.HasPrefix(tr.Detail, quorum) {
				continue
			}
			if at, ok := out[tr.State]; !ok || tr.At.Before(at) {
				out[tr.State] = tr.At
			}
		}
	}
	return out
}

// deposit is one BTC deposit of the run.
type deposit struct {
	out    wire.OutPoint
	id     chains.TransferID
	amount int64
	burner int // whose EVM address the payload names
	sent   time.Time
}

// burn is one burn of wrapped BTC on A, paying a bcrt1 address.
type burn struct {
	dep    int // the deposit whose mint it burns
	script []byte
	amount int64
	tx     common.Hash
	id     chains.TransferID
	block  uint64
	sent   time.Time
}

// payoutFig is one payout transaction of the run.
type payoutFig struct {
	id         chainhash.Hash
	vsize, fee int64
	inputs     int
	recipients []paid
}

// btcAudit is what auditBitcoin found on the chain.
type btcAudit struct {
	sweeps                         map[chainhash.Hash]bool
	sweepVB, sweepIns, sweepFeePer sample // per sweep: vbytes and fee per deposit, deposits
	payouts                        map[chainhash.Hash]*payoutFig
}

// auditBitcoin checks the mined transactions of the run (txs, and the
// transaction spending each outpoint): every deposit is spent by a
// sweep that spends only this run's deposits into the one custody script
// and keeps at least what was minted for them (deposit − depositFee
// each); every burn's address is paid by exactly one output, in a payout
// that spends only custody outputs, whose other outputs are custody
// change and whose recipients get their burn less their fee share.
func auditBitcoin(txs map[chainhash.Hash]*wire.MsgTx, spentBy map[wire.OutPoint]chainhash.Hash, deps []deposit, burns []burn, depositFee int64) (*btcAudit, error) {
	depIdx := map[wire.OutPoint]int{}
	for i, dd := range deps {
		depIdx[dd.out] = i
	}
	res := &btcAudit{sweeps: map[chainhash.Hash]bool{}, payouts: map[chainhash.Hash]*payoutFig{}}
	for i, dd := range deps {
		sw, ok := spentBy[dd.out]
		if !ok {
			return nil, fmt.Errorf("deposit %d (%s) is not spent", i, dd.out)
		}
		res.sweeps[sw] = true
	}
	custody := map[string]bool{}
	for id := range res.sweeps {
		tx := txs[id]
		var in int64
		for _, txin := range tx.TxIn {
			i, ok := depIdx[txin.PreviousOutPoint]
			if !ok {
				return nil, fmt.Errorf("sweep %s spends %s, not a deposit of this run", id, txin.PreviousOutPoint)
			}
			in += deps[i].amount
		}
		var out int64
		for _, o := range tx.TxOut {
			custody[hex.EncodeToString(o.PkScript)] = true
			out += o.Value
		}
		n := int64(len(tx.TxIn))
		if minted := in - n*depositFee; out < minted {
			return nil, fmt.Errorf("sweep %s keeps %d sat in custody, less than the %d sat minted for its deposits", id, out, minted)
		}
		res.sweepVB = append(res.sweepVB, float64(bitcoin.VSize(tx))/float64(n))
		res.sweepIns = append(res.sweepIns, float64(n))
		res.sweepFeePer = append(res.sweepFeePer, float64(in-out)/float64(n))
	}
	if len(custody) != 1 {
		return nil, fmt.Errorf("sweeps pay %d distinct scripts, want the one custody script", len(custody))
	}
	isCustody := func(s []byte) bool { return custody[hex.EncodeToString(s)] }
	wantBurn := map[string]int64{}
	for _, bu := range burns {
		wantBurn[hex.EncodeToString(bu.script)] = bu.amount
	}
	paidCount := map[string]int{}
	for id, tx := range txs {
		pays := false
		for _, o := range tx.TxOut {
			if _, ok := wantBurn[hex.EncodeToString(o.PkScript)]; ok {
				pays = true
				paidCount[hex.EncodeToString(o.PkScript)]++
			}
		}
		if !pays {
			continue
		}
		var in int64
		for _, txin := range tx.TxIn {
			prev, ok := txs[txin.PreviousOutPoint.Hash]
			if !ok || !isCustody(prev.TxOut[txin.PreviousOutPoint.Index].PkScript) {
				return nil, fmt.Errorf("payout %s spends %s, not a custody output", id, txin.PreviousOutPoint)
			}
			in += prev.TxOut[txin.PreviousOutPoint.Index].Value
		}
		var out int64
		for _, o := range tx.TxOut {
			out += o.Value
		}
		rs, err := splitPayout(tx, in-out, wantBurn, isCustody)
		if err != nil {
			return nil, err
		}
		res.payouts[id] = &payoutFig{id: id, vsize: bitcoin.VSize(tx), fee: in - out, inputs: len(tx.TxIn), recipients: rs}
	}
	for i, bu := range burns {
		if n := paidCount[hex.EncodeToString(bu.script)]; n != 1 {
			return nil, fmt.Errorf("burn %d (%s): its address is paid by %d outputs, want exactly 1", i, bu.id, n)
		}
	}
	return res, nil
}
