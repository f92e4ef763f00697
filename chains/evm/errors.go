package evm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/contracts/bindings"
)

// Errors returned by this package. Every error that crosses the package
// boundary wraps exactly one of these (test with errors.Is) and, where it
// helps, is a typed error carrying the details (test with errors.As). Raw
// go-ethereum and JSON-RPC errors never leave the package unclassified.
var (
	// ErrConfig: a Config is invalid; the message names the field.
	ErrConfig = errors.New("evm: invalid configuration")

	// ErrUnavailable: no endpoint answered (connection refused, reset,
	// timeout, HTTP 5xx/429) within the configured attempts.
	ErrUnavailable = errors.New("evm: rpc unavailable")
	// ErrNotFound: the node does not know the block, transaction or receipt.
	ErrNotFound = errors.New("evm: not found")
	// ErrRangeTooLarge: the node refused a log query over too many blocks or results.
	ErrRangeTooLarge = errors.New("evm: log query range too large")
	// ErrRPC: any other error answered by the node; *RPCError has its code.
	ErrRPC = errors.New("evm: rpc error")
	// ErrWrongChainID: an endpoint serves a different chain than configured.
	ErrWrongChainID = errors.New("evm: endpoint serves another chain")

	// ErrNonceTooLow: the sender's nonce was already used on chain.
	ErrNonceTooLow = errors.New("evm: nonce too low")
	// ErrNonceTooHigh: the node refused a nonce beyond the next one (gap).
	ErrNonceTooHigh = errors.New("evm: nonce too high")
	// ErrUnderpriced: fees below the node's minimum, below the base fee, or a
	// replacement bumped by less than the node requires (10% on geth and anvil).
	ErrUnderpriced = errors.New("evm: transaction underpriced")
	// ErrAlreadyKnown: the node already has this exact transaction (harmless).
	ErrAlreadyKnown = errors.New("evm: transaction already known")
	// ErrInsufficientFunds: the submit key cannot pay gas * fee cap + value.
	ErrInsufficientFunds = errors.New("evm: insufficient funds for gas")
	// ErrReverted: the call or transaction reverted; *RevertError decodes the
	// bridge's custom error when there is one.
	ErrReverted = errors.New("evm: execution reverted")

	// ErrWrongChain: an EventRef names another chain than the verifier's.
	ErrWrongChain = errors.New("evm: event reference names another chain")
	// ErrTxNotFound: the referenced transaction has no receipt on this node.
	ErrTxNotFound = errors.New("evm: transaction not found")
	// ErrTxFailed: the referenced transaction reverted (status 0).
	ErrTxFailed = errors.New("evm: transaction failed")
	// ErrLogNotFound: the receipt has no log with the referenced index.
	ErrLogNotFound = errors.New("evm: log index not in transaction")
	// ErrWrongContract: the log was emitted by another address than the
	// configured bridge (a look-alike contract, or another deployment).
	ErrWrongContract = errors.New("evm: log not emitted by the bridge")
	// ErrUnknownEvent: the log's first topic is not a bridge event signature.
	ErrUnknownEvent = errors.New("evm: not a bridge event")
	// ErrMalformedEvent: the log has a bridge event signature but does not
	// decode (topics or data do not match the event's ABI) or is inconsistent
	// (transferId does not match chain, bridge and nonce).
	ErrMalformedEvent = errors.New("evm: malformed bridge event")
	// ErrNotFinal: the event's block has fewer confirmations than required.
	ErrNotFinal = errors.New("evm: event not final")
	// ErrNotCanonical: the receipt's block is not on this node's best chain.
	ErrNotCanonical = errors.New("evm: block not canonical")

	// ErrAlreadyProcessed: a mint/unlock's transferId was already executed
	// on chain. Single submissions report it as success without effect
	// (Result.AlreadyProcessed); it is returned as an error only from a batch
	// in which some, but not all, transfers were already processed.
	ErrAlreadyProcessed = errors.New("evm: transfer already processed")
	// ErrFeeCapReached: a stuck transaction cannot be bumped further without
	// exceeding the configured fee cap.
	ErrFeeCapReached = errors.New("evm: fee cap reached")
	// ErrNonceConsumed: our nonce was mined by a transaction this submitter
	// did not send (the key is used elsewhere).
	ErrNonceConsumed = errors.New("evm: nonce used by another transaction")

	// ErrReorgedDeep: a reorganisation went deeper than the watcher's reorg
	// window; events older than the window are assumed final.
	ErrReorgedDeep = errors.New("evm: reorg deeper than the reorg window")
)

// RPCError is a classified error answered by (or failing to reach) an
// endpoint. Kind is one of the sentinels above; Unwrap returns it.
type RPCError struct {
	Endpoint string // endpoint name (never the URL with credentials)
	Method   string
	Code     int    // JSON-RPC error code, HTTP status, or 0
	Message  string // the node's message
	Kind     error
}

func (e *RPCError) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("%v: %s via %s: %s (code %d)", e.Kind, e.Method, e.Endpoint, e.Message, e.Code)
	}
	return fmt.Sprintf("%v: %s via %s: %s", e.Kind, e.Method, e.Endpoint, e.Message)
}

func (e *RPCError) Unwrap() error { return e.Kind }

// RevertError is a revert decoded against the bridge ABI (and the audit
// anchor's, for Submitter.Call). Name is the custom
// error's name ("AlreadyProcessed", "RateLimited", …) or "" when the revert
// data is not a known bridge error (Reason then holds an Error(string)
// message, or is empty).
type RevertError struct {
	Name   string
	Args   []any
	Reason string
	Data   []byte
}

func (e *RevertError) Error() string {
	switch {
	case e.Name != "":
		return fmt.Sprintf("%v: %s%v", ErrReverted, e.Name, e.Args)
	case e.Reason != "":
		return fmt.Sprintf("%v: %s", ErrReverted, e.Reason)
	case len(e.Data) > 0:
		return fmt.Sprintf("%v: data 0x%x", ErrReverted, e.Data)
	}
	return ErrReverted.Error()
}

// Is makes errors.Is(err, ErrReverted) true, and errors.Is(err,
// ErrAlreadyProcessed) true for the bridge's AlreadyProcessed error.
func (e *RevertError) Is(target error) bool {
	return target == ErrReverted || (target == ErrAlreadyProcessed && e.Name == "AlreadyProcessed")
}

// TransferID returns the transferId argument of an AlreadyProcessed revert.
func (e *RevertError) TransferID() (chains.TransferID, bool) {
	if e.Name != "AlreadyProcessed" || len(e.Args) != 1 {
		return chains.TransferID{}, false
	}
	id, ok := e.Args[0].([32]byte)
	return chains.TransferID(id), ok
}

// NotFinalError says how far an event is from final.
type NotFinalError struct {
	Block         uint64
	Confirmations uint64
	Required      uint64
}

func (e *NotFinalError) Error() string {
	return fmt.Sprintf("%v: block %d has %d of %d confirmations", ErrNotFinal, e.Block, e.Confirmations, e.Required)
}

func (e *NotFinalError) Unwrap() error { return ErrNotFinal }

// WrongContractError names the emitter of a log that is not the bridge.
type WrongContractError struct {
	Want, Got common.Address
}

func (e *WrongContractError) Error() string {
	return fmt.Sprintf("%v: emitted by %s, bridge is %s", ErrWrongContract, e.Got, e.Want)
}

func (e *WrongContractError) Unwrap() error { return ErrWrongContract }

// bridgeABI is the parsed ABI of the generated bindings (events and custom
// errors). Parsing a constant cannot fail unless the bindings are corrupt.
var bridgeABI = parseABI(bindings.BridgeMetaData)

// anchorABI names the audit anchor's errors, for Submitter.Call (an error
// both contracts declare has the same name and arguments in each).
var anchorABI = parseABI(bindings.AuditAnchorMetaData)

func parseABI(m *bind.MetaData) *abi.ABI {
	a, err := m.GetAbi()
	if err != nil {
		return &abi.ABI{}
	}
	return a
}

// decodeRevert turns revert data into a *RevertError.
func decodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	for _, a := range []*abi.ABI{bridgeABI, anchorABI} {
		if e, err := a.ErrorByID(sel); err == nil {
			re.Name = e.Name
			if args, err := e.Inputs.Unpack(data[4:]); err == nil {
				re.Args = args
			}
			return re
		}
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Reason = reason
	}
	return re
}

// classify maps an error from a go-ethereum client call to one of the
// package's sentinels. transient reports whether another attempt (possibly on
// another endpoint) could succeed.
func classify(endpoint, method string, err error) (out error, transient bool) {
	if err == nil {
		return nil, false
	}
	if errors.Is(err, context.Canceled) {
		return err, false
	}
	mk := func(kind error, code int) *RPCError {
		return &RPCError{Endpoint: endpoint, Method: method, Code: code, Message: err.Error(), Kind: kind}
	}
	if errors.Is(err, ethereum.NotFound) {
		return mk(ErrNotFound, 0), false
	}
	var dataErr rpc.DataError
	if errors.As(err, &dataErr) {
		if data := revertData(dataErr.ErrorData()); data != nil {
			return decodeRevert(data), false
		}
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		if httpErr.StatusCode >= 500 || httpErr.StatusCode == 429 || httpErr.StatusCode == 408 {
			return mk(ErrUnavailable, httpErr.StatusCode), true
		}
		return mk(ErrRPC, httpErr.StatusCode), false
	}
	code := 0
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		code = rpcErr.ErrorCode()
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "nonce too low"), strings.Contains(msg, "nonce has already been used"):
		return mk(ErrNonceTooLow, code), false
	case strings.Contains(msg, "nonce too high"), strings.Contains(msg, "nonce gap"):
		return mk(ErrNonceTooHigh, code), false
	case strings.Contains(msg, "already known"), strings.Contains(msg, "known transaction"),
		strings.Contains(msg, "already imported"), strings.Contains(msg, "already exists"):
		return mk(ErrAlreadyKnown, code), false
	case strings.Contains(msg, "underpriced"), strings.Contains(msg, "less than block base fee"),
		strings.Contains(msg, "fee cap less than"), strings.Contains(msg, "max fee per gas less"),
		strings.Contains(msg, "gas price too low"), strings.Contains(msg, "feecap too low"):
		return mk(ErrUnderpriced, code), false
	case strings.Contains(msg, "insufficient funds"):
		return mk(ErrInsufficientFunds, code), false
	case strings.Contains(msg, "execution reverted"), strings.Contains(msg, "revert"):
		return &RevertError{Reason: err.Error()}, false
	case strings.Contains(msg, "query returned more than"), strings.Contains(msg, "block range"),
		strings.Contains(msg, "range too large"), strings.Contains(msg, "too many blocks"),
		strings.Contains(msg, "exceed maximum block range"), strings.Contains(msg, "limit exceeded"):
		return mk(ErrRangeTooLarge, code), false
	case strings.Contains(msg, "header not found"), strings.Contains(msg, "unknown block"),
		strings.Contains(msg, "block not found"):
		return mk(ErrNotFound, code), false
	}
	if code != 0 {
		// The node answered with a JSON-RPC error we do not know: not transient.
		return mk(ErrRPC, code), false
	}
	if isTransport(err) {
		return mk(ErrUnavailable, 0), true
	}
	return mk(ErrRPC, 0), false
}

// isTransport reports errors of reaching the endpoint rather than of the call.
func isTransport(err error) bool {
	var netErr net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, rpc.ErrClientQuit), errors.As(err, &netErr):
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"connection refused", "connection reset", "broken pipe", "eof", "websocket", "use of closed network connection", "no such host", "i/o timeout"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// revertData extracts revert bytes from a JSON-RPC error's data field.
func revertData(v any) []byte {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	b, err := hexutil.Decode(s)
	if err != nil || len(b) == 0 {
		return nil
	}
	return b
}
