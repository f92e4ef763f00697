package evm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

type jsonErr struct {
	code int
	msg  string
	data any
}

func (e jsonErr) Error() string  { return e.msg }
func (e jsonErr) ErrorCode() int { return e.code }
func (e jsonErr) ErrorData() any { return e.data }

func TestClassify(t *testing.T) {
	alreadyProcessed, err := bridgeABI.Errors["AlreadyProcessed"].Inputs.Pack([32]byte{7})
	if err != nil {
		t.Fatal(err)
	}
	sel := bridgeABI.Errors["AlreadyProcessed"].ID
	revertData := hexutil.Encode(append(sel[:4:4], alreadyProcessed...))
	for _, tc := range []struct {
		name      string
		in        error
		want      error
		transient bool
	}{
		{"not found", ethereum.NotFound, ErrNotFound, false},
		{"nonce too low (geth)", jsonErr{-32000, "nonce too low: next nonce 5, tx nonce 4", nil}, ErrNonceTooLow, false},
		{"nonce too high", jsonErr{-32000, "nonce too high", nil}, ErrNonceTooHigh, false},
		{"replacement underpriced", jsonErr{-32000, "replacement transaction underpriced", nil}, ErrUnderpriced, false},
		{"below base fee (anvil)", jsonErr{-32003, "max fee per gas less than block base fee", nil}, ErrUnderpriced, false},
		{"already known", jsonErr{-32000, "already known", nil}, ErrAlreadyKnown, false},
		{"insufficient funds", jsonErr{-32000, "insufficient funds for gas * price + value", nil}, ErrInsufficientFunds, false},
		{"custom error revert", jsonErr{3, "execution reverted", revertData}, ErrAlreadyProcessed, false},
		{"revert without data", jsonErr{-32000, "execution reverted", nil}, ErrReverted, false},
		{"log range", jsonErr{-32005, "query returned more than 10000 results", nil}, ErrRangeTooLarge, false},
		{"unknown json-rpc error", jsonErr{-32601, "method not found", nil}, ErrRPC, false},
		{"http 503", rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, ErrUnavailable, true},
		{"http 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, ErrUnavailable, true},
		{"http 401", rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}, ErrRPC, false},
		{"connection refused", fmt.Errorf("dial: %w", syscall.ECONNREFUSED), ErrUnavailable, true},
		{"eof", io.EOF, ErrUnavailable, true},
		{"per-call timeout", context.DeadlineExceeded, ErrUnavailable, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, transient := classify("ep", "m", tc.in)
			if !errors.Is(got, tc.want) || transient != tc.transient {
				t.Fatalf("classify(%v) = %v (transient %v), want %v (transient %v)", tc.in, got, transient, tc.want, tc.transient)
			}
		})
	}
	t.Run("revert names the transfer", func(t *testing.T) {
		got, _ := classify("ep", "m", jsonErr{3, "execution reverted", revertData})
		var re *RevertError
		if !errors.As(got, &re) || re.Name != "AlreadyProcessed" {
			t.Fatalf("got %v", got)
		}
		if id, ok := re.TransferID(); !ok || id[0] != 7 {
			t.Fatalf("transfer id %x %v", id, ok)
		}
	})
	t.Run("Error(string) reason", func(t *testing.T) {
		// Error(string) "boom"
		data := "0x08c379a0" + "0000000000000000000000000000000000000000000000000000000000000020" +
			"0000000000000000000000000000000000000000000000000000000000000004" +
			"626f6f6d00000000000000000000000000000000000000000000000000000000"
		got, _ := classify("ep", "m", jsonErr{3, "execution reverted: boom", data})
		var re *RevertError
		if !errors.As(got, &re) || re.Reason != "boom" || re.Name != "" {
			t.Fatalf("got %#v", got)
		}
	})
}
