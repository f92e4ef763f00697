package cli

import (
	"errors"

	"github.com/kakehashi/kakehashi/internal/usage"
)

// Errors bridgectl returns; each is wrapped with what went wrong and what
// to do. Code maps them to the stable "code" of --json error output.
var (
	ErrUsage               = usage.ErrUsage // flag and argument errors of the command tree too
	ErrSetup               = errors.New("not set up")
	ErrNode                = errors.New("node unreachable")
	ErrKey                 = errors.New("bad key")
	ErrUnknownAsset        = errors.New("unknown asset")
	ErrUnknownChain        = errors.New("unknown chain")
	ErrRoute               = errors.New("unsupported route")
	ErrAmount              = errors.New("bad amount")
	ErrAboveLimit          = errors.New("amount over the per-transfer limit")
	ErrBelowLimit          = errors.New("amount under the per-transfer minimum")
	ErrRateLimited         = errors.New("rate limited")
	ErrRecipient           = errors.New("bad recipient")
	ErrInsufficientBalance = errors.New("insufficient balance")
	ErrPaused              = errors.New("route paused")
	ErrLocktime            = errors.New("locktime")
	ErrDeposit             = errors.New("not a refundable deposit")
	ErrRefund              = errors.New("refund refused")
	ErrRejected            = errors.New("rejected by the chain")
	ErrSigners             = errors.New("signer check")
	ErrAuditFailed         = errors.New("audit chain does not verify")
	ErrTransferFailed      = errors.New("transfer failed")
	ErrTimeout             = errors.New("timed out")
)

var codes = []struct {
	err  error
	code string
}{
	{ErrUsage, "usage"}, {ErrSetup, "setup"}, {ErrNode, "node"}, {ErrKey, "key"},
	{ErrUnknownAsset, "unknown_asset"}, {ErrUnknownChain, "unknown_chain"}, {ErrRoute, "unsupported_route"},
	{ErrAmount, "bad_amount"}, {ErrAboveLimit, "above_limit"}, {ErrBelowLimit, "below_limit"}, {ErrRateLimited, "rate_limited"},
	{ErrRecipient, "bad_recipient"}, {ErrInsufficientBalance, "insufficient_balance"}, {ErrPaused, "paused"},
	{ErrLocktime, "locktime"}, {ErrDeposit, "not_refundable"}, {ErrRefund, "refund_refused"}, {ErrRejected, "rejected"}, {ErrSigners, "signers"},
	{ErrAuditFailed, "audit_failed"}, {ErrTransferFailed, "transfer_failed"}, {ErrTimeout, "timeout"},
}

// Code returns the stable code of err ("error" when unclassified).
func Code(err error) string {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "error"
}
