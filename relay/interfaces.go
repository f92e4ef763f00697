package relay

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/relay/bus"
)

// What the relay needs from the chain adapters, the contracts and the
// audit chain. Each interface is declared here, where it is used, and is
// as small as the role that calls it.

// Verifier re-reads an event from this operator's own node. It returns the
// event as the node sees it, with finality computed against the chain's
// configured confirmation depth, or an error wrapping ErrNotFound when the
// node does not know the referenced transaction or log. Implementations
// classify their RPC errors; the signer retries on any error other than a
// mismatch.
type Verifier interface {
	Verify(ctx context.Context, ref chains.EventRef) (chains.Event, error)
}

// EventSource is a chain watcher: it sends bridge events, with their
// finality, to out until ctx is done or it fails. It keeps its own durable
// cursor; publishing an event twice is harmless (publication ids dedupe).
type EventSource interface {
	Run(ctx context.Context, out chan<- chains.Event) error
}

// Policy turns a verified source event into the authorization to sign, or
// refuses it: unknown asset or route (ErrUnknownAsset), paused
// (ErrPaused), outside the per-transfer limits (ErrLimit), over the
// per-window limit for now (ErrRateLimited). Paused and rate-limited
// events are retried later; the others are refused.
// AssetTable is an in-memory implementation (a WindowPolicy).
type Policy interface {
	Authorization(ctx context.Context, ev chains.Event) (Authorization, error)
}

// ChainPauser is a Policy that follows the bridges' pause state: the
// operator's own watcher reports each final Paused/Unpaused event
// (relay.Watch with WithPauser) and relayd sets the state read from each
// bridge at start, so a PAUSE on chain stops this operator's signing for
// that chain until it is resumed (issue 14, L2).
type ChainPauser interface {
	SetChainPaused(chain chains.ChainID, paused bool)
}

// WindowPolicy is a Policy with per-window limits that charges a transfer
// once, after it is signed. Authorization holds the transfer's amount
// against the window; the signer then calls Charge once its signature is
// made, or Release if it did not sign. A transfer charged or held already
// passes the window check again at no cost, so a replayed event (a
// redelivery, another operator's copy, a re-published finished transfer)
// never consumes the window twice.
type WindowPolicy interface {
	Policy
	Charge(id chains.TransferID)
	Release(id chains.TransferID)
}

// Accountant is the audit chain's global supply check: it returns an error
// wrapping ErrInvariant if executing a would break
// locked on home = Σ outstanding + in flight.
type Accountant interface {
	Check(ctx context.Context, a Authorization) error
}

// SourceWaiter is an optional part of an Accountant whose Check refuses
// with ErrNotRecorded until this operator's own watcher has recorded the
// transfer's source event. AwaitSource waits up to d for that record and
// reports whether it is there, so that the signer, which has just verified
// the event on its own node, signs the moment its own watcher catches up
// instead of after a redelivery (and a second verification).
type SourceWaiter interface {
	AwaitSource(ctx context.Context, id chains.TransferID, d time.Duration) bool
}

// OpenTransfer is a transfer whose source event (Kind: Locked or Burned)
// this operator's ledger holds final and whose execution it has not
// recorded: it should be signed, submitted and executed, or refused for
// a reason. Since is when this process first knew it as open.
type OpenTransfer struct {
	ID     chains.TransferID
	Kind   chains.EventKind
	Source chains.EventRef
	Since  time.Time
}

// OpenLister lists the open transfers known since before olderThan
// (the ledger's Accountant implements it). The reconciliation re-offers
// them to the signer.
type OpenLister interface {
	OpenTransfers(olderThan time.Time) []OpenTransfer
}

// Authorizer signs authorizations for one destination chain in its
// on-chain scheme (EIP-712 digests for EVM; tapscript for Bitcoin) and
// checks other operators' signatures. ECDSAAuthorizer implements it for
// any digest function.
type Authorizer interface {
	Sign(ctx context.Context, a Authorization) ([]byte, error)
	// Verify returns an error wrapping ErrBadShare unless sig is signer's
	// valid signature over a.
	Verify(a Authorization, signer common.Address, sig []byte) error
}

// Submitter sends a batch of signed authorizations to the destination
// chain (nonce management, gas, replacement and receipts are its job). It
// reports transfers the chain had already executed in
// SubmitResult.AlreadyProcessed rather than as an error.
type Submitter interface {
	Submit(ctx context.Context, batch []SignedAuthorization) (SubmitResult, error)
}

// Batcher lets a destination chain execute many authorizations under one
// quorum signature (EVM MintBatch/UnlockBatch; a Bitcoin payout
// transaction). A chain without one gets individually signed
// authorizations through its Submitter.
type Batcher interface {
	// Propose groups ready authorizations into batches the chain can
	// execute (for example one per source chain, asset and action), with
	// any data signers need to rebuild them. Items left out are retried.
	Propose(ctx context.Context, ready []SignedAuthorization) ([]Batch, error)
	// SignBatch checks a proposed batch (the signer has already checked
	// that it signed every item) and signs it.
	SignBatch(ctx context.Context, b Batch) ([]byte, error)
	// VerifyBatch returns an error wrapping ErrBadShare unless sig is
	// signer's valid signature over b.
	VerifyBatch(b Batch, signer common.Address, sig []byte) error
	// SubmitBatch sends b with t batch signatures sorted by signer.
	SubmitBatch(ctx context.Context, b Batch, sigs []OperatorSig) (SubmitResult, error)
}

// Rounds is a Batcher whose chain also executes batches of no
// authorization, which the chain itself needs (Bitcoin: sweeps of minted
// deposits into custody). The coordinator that holds the chain's lease
// asks for them every CoordinatorConfig.RoundInterval and runs each like
// any batch — proposal, batch shares, SubmitBatch — so a chain has one
// leader and one multi-party protocol. A signer signs a round with
// SignBatch alone: there is no item it must have signed, so SignBatch
// checks the whole batch against the operator's own chain data.
type Rounds interface {
	Batcher
	// Round returns the batches of no items due now (none: nothing is).
	Round(ctx context.Context) ([]Batch, error)
}

// Publisher puts a signed envelope on the bus. *bus.Bus implements it.
type Publisher interface {
	Publish(ctx context.Context, subject, id string, payload []byte) (bus.PublishResult, error)
}

// Leadership says whether this process may submit now. *bus.Lease
// implements it.
type Leadership interface {
	Held() bool
}

// Errors of the relay. Adapters wrap ErrNotFound; the audit chain wraps
// ErrInvariant (final) and ErrNotRecorded (retried); policies wrap
// ErrUnknownAsset, ErrPaused and ErrLimit.
var (
	ErrDecode       = errors.New("relay: malformed message")
	ErrNotFound     = errors.New("relay: event not found on this operator's node")
	ErrNotFinal     = errors.New("relay: event not final on this operator's node")
	ErrReorged      = errors.New("relay: event reorged out on this operator's node")
	ErrMismatch     = errors.New("relay: bus event differs from the chain")
	ErrNoVerifier   = errors.New("relay: no verifier for the source chain")
	ErrNoAuthorizer = errors.New("relay: no authorizer for the destination chain")
	ErrUnknownAsset = errors.New("relay: unknown asset or route")
	ErrPaused       = errors.New("relay: route paused")
	ErrLimit        = errors.New("relay: transfer outside limits")
	ErrRateLimited  = errors.New("relay: per-window limit reached")
	ErrInvariant    = errors.New("relay: supply invariant would break")
	ErrNotRecorded  = errors.New("relay: source event not yet recorded by this operator's own watcher")
	ErrBadShare     = errors.New("relay: invalid signature share")
	ErrNotSigned    = errors.New("relay: batch item this operator has not signed")
	ErrNotOperator  = errors.New("relay: not an operator")
	ErrConfig       = errors.New("relay: invalid configuration")
	ErrExpired      = errors.New("relay: mint deadline passed or too close")
	// ErrRejected: the destination refuses a submission as it stands (it
	// reverted when checked before sending, for a reason tied to its
	// items): the same batch would fail again, so the coordinator splits
	// it to isolate the item at fault. Submitters and Batchers return it
	// with the destination's reason (Rejected).
	ErrRejected = errors.New("relay: destination rejects the submission")
)

// RejectedError is ErrRejected with the destination's reason (Reason:
// the revert, as the route reports it).
type RejectedError struct{ Reason error }

// Rejected wraps ErrRejected around the destination's reason.
func Rejected(reason error) error { return &RejectedError{Reason: reason} }

func (e *RejectedError) Error() string { return ErrRejected.Error() + ": " + e.Reason.Error() }

// Unwrap gives ErrRejected and the reason.
func (e *RejectedError) Unwrap() []error { return []error{ErrRejected, e.Reason} }
