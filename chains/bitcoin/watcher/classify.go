package watcher

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
)

// Rejection codes: a KindDepositRejected event's Reason is "<code>: <detail>".
const (
	RejectUnknownVersion = "unknown_version"
	RejectBadLength      = "bad_length"
	RejectBadPayload     = "bad_payload"
	RejectSeveralPayload = "several_payloads"
	RejectNoOutput       = "no_matching_output"
	RejectSeveralOutputs = "several_matching_outputs"
	RejectBelowMinimum   = "below_minimum"
	RejectRefundWindow   = "refund_window_too_short"
	RejectDestination    = "unknown_destination"
)

// rules is what deposit validation needs from the configuration.
type rules struct {
	chain         chains.ChainID
	asset         chains.AssetID
	feds          []bitcoin.Federation
	confirmations uint32
	minDeposit    int64
	refundMargin  uint32
	mintCutoff    uint32
	deadline      bitcoin.DeadlineRule
	dstChains     map[chains.ChainID]bool
}

// displayOrder converts a txid to RPC display order, the order EventRef.TxHash uses.
func displayOrder(h [32]byte) [32]byte {
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		h[i], h[j] = h[j], h[i]
	}
	return h
}

// depositEvent classifies the payload of tx (mined at height), if it has
// one: a KindLocked event for an accepted deposit, KindDepositRejected with a
// reason otherwise, or nil when tx carries no "KKH" OP_RETURN.
//
// The event's Ref.Index (and transfer id) is the vout of the single
// matching P2TR output; when there is none or several, it is the vout of
// the OP_RETURN output.
func (r *rules) depositEvent(tx *wire.MsgTx, height int64) *chains.Event {
	ev, _, _ := r.deposit(tx, height)
	return ev
}

// deposit is depositEvent that also returns the decoded payload and the
// epoch whose signer set the matching output was built for.
func (r *rules) deposit(tx *wire.MsgTx, height int64) (*chains.Event, bitcoin.Payload, uint32) {
	payloadVout := -1
	var data []byte
	for i, out := range tx.TxOut {
		d := bitcoin.PayloadFromScript(out.PkScript)
		if !bitcoin.IsPayloadCandidate(d) {
			continue
		}
		if payloadVout >= 0 {
			return r.reject(tx, height, uint32(payloadVout), RejectSeveralPayload, "outputs %d and %d both carry a payload", payloadVout, i), bitcoin.Payload{}, 0
		}
		payloadVout, data = i, d
	}
	if payloadVout < 0 {
		return nil, bitcoin.Payload{}, 0
	}
	p, err := bitcoin.DecodePayload(data)
	switch {
	case errors.Is(err, bitcoin.ErrPayloadVersion):
		return r.reject(tx, height, uint32(payloadVout), RejectUnknownVersion, "%v", err), bitcoin.Payload{}, 0
	case errors.Is(err, bitcoin.ErrPayloadLength):
		return r.reject(tx, height, uint32(payloadVout), RejectBadLength, "%v", err), bitcoin.Payload{}, 0
	case err != nil:
		return r.reject(tx, height, uint32(payloadVout), RejectBadPayload, "%v", err), bitcoin.Payload{}, 0
	}
	// Rebuild the expected output under every known epoch.
	var want [][]byte
	for _, f := range r.feds {
		out, err := bitcoin.NewDepositOutput(p, f.Signers)
		if err != nil {
			continue
		}
		want = append(want, out.PkScript())
	}
	match := -1
	var epoch uint32
	for i, out := range tx.TxOut {
		for k, w := range want {
			if bytes.Equal(out.PkScript, w) {
				epoch = r.feds[k].Epoch
				if match >= 0 {
					return r.reject(tx, height, uint32(payloadVout), RejectSeveralOutputs, "outputs %d and %d both match", match, i), bitcoin.Payload{}, 0
				}
				match = i
			}
		}
	}
	if match < 0 {
		return r.reject(tx, height, uint32(payloadVout), RejectNoOutput, "no output pays the deposit script of epochs %v", r.epochs()), bitcoin.Payload{}, 0
	}
	ev := r.base(tx, height, uint32(match))
	ev.Amount = big.NewInt(tx.TxOut[match].Value)
	ev.DstChain = p.DstChain
	ev.Recipient = append([]byte(nil), p.Recipient[:]...)
	ev.Sender = append([]byte(nil), p.RefundKey[:]...)
	ev.Kind = chains.KindLocked
	finalHeight := height + int64(r.confirmations) - 1
	switch {
	case tx.TxOut[match].Value < r.minDeposit:
		return withReason(ev, RejectBelowMinimum, "%d sat < minimum %d sat", tx.TxOut[match].Value, r.minDeposit), p, epoch
	case len(r.dstChains) > 0 && !r.dstChains[p.DstChain]:
		return withReason(ev, RejectDestination, "destination chain %d is not served", p.DstChain), p, epoch
	case int64(p.Locktime) < finalHeight+int64(r.refundMargin):
		return withReason(ev, RejectRefundWindow, "locktime %d leaves %d blocks after finality at %d, margin is %d",
			p.Locktime, int64(p.Locktime)-finalHeight, finalHeight, r.refundMargin), p, epoch
	}
	return ev, p, epoch
}

func (r *rules) epochs() []uint32 {
	var e []uint32
	for _, f := range r.feds {
		e = append(e, f.Epoch)
	}
	return e
}

func (r *rules) base(tx *wire.MsgTx, height int64, vout uint32) *chains.Event {
	txid := tx.TxHash()
	return &chains.Event{
		Ref:        chains.EventRef{Chain: r.chain, TxHash: displayOrder(txid), Index: vout},
		BlockNum:   uint64(height),
		TransferID: chains.BitcoinTransferID(r.chain, txid, vout),
		AssetID:    r.asset,
	}
}

func (r *rules) reject(tx *wire.MsgTx, height int64, vout uint32, code, format string, args ...any) *chains.Event {
	return withReason(r.base(tx, height, vout), code, format, args...)
}

func withReason(ev *chains.Event, code, format string, args ...any) *chains.Event {
	ev.Kind = chains.KindDepositRejected
	ev.Reason = code + ": " + fmt.Sprintf(format, args...)
	return ev
}

// spendKind says which Kakehashi leaf an input spends, judged from its
// witness alone (the caller then checks the spent output).
type spendKind int

const (
	spendNone spendKind = iota
	spendMint
	spendRefund
	spendCustody
)

// classifySpend inspects a script-path witness: [..., script, control].
func (r *rules) classifySpend(wit wire.TxWitness) (spendKind, *bitcoin.Federation) {
	if len(wit) < 2 {
		return spendNone, nil
	}
	script := wit[len(wit)-2]
	ctrl := wit[len(wit)-1]
	if len(ctrl) < 33 || ctrl[0]&0xfe != byte(txscript.BaseLeafVersion) || !bytes.Equal(ctrl[1:33], mustNUMS()) {
		return spendNone, nil
	}
	if set, prefix, err := bitcoin.ParseMultiA(script); err == nil {
		for i := range r.feds {
			f := &r.feds[i]
			switch {
			case set.Equal(f.Signers) && len(prefix) == 34 && prefix[0] == txscript.OP_DATA_32 && prefix[33] == txscript.OP_DROP:
				return spendMint, f
			case set.Equal(f.Signers) && len(prefix) == 0:
				return spendCustody, f
			case set.Equal(f.Recovery) && len(prefix) > 0:
				return spendCustody, f
			}
		}
		return spendNone, nil
	}
	// <locktime> OP_CHECKLOCKTIMEVERIFY OP_DROP OP_DATA_32 <key> OP_CHECKSIG
	if n := len(script); n >= 37 && script[n-1] == txscript.OP_CHECKSIG && script[n-34] == txscript.OP_DATA_32 &&
		script[n-35] == txscript.OP_DROP && script[n-36] == txscript.OP_CHECKLOCKTIMEVERIFY {
		return spendRefund, nil
	}
	return spendNone, nil
}

var numsX = func() []byte { k := bitcoin.NUMSKey(); return k.SerializeCompressed()[1:] }()

func mustNUMS() []byte { return numsX }
