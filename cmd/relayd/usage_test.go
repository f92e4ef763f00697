package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/internal/usage"
)

// Misspelt commands and flags name the right one; shell completion is
// there for bash, zsh and fish.
func TestUsageErrorsAndCompletion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"rn"}, `did you mean 'relayd run'?`},
		{[]string{"key", "nwe"}, `did you mean 'relayd key new'?`},
		{[]string{"run", "--confg", "x.yaml"}, "relayd run has no flag --confg: did you mean --config?"},
		{[]string{"run", "extra"}, "usage: relayd run [flags]"},
	} {
		cmd := newRootCmd(io.Discard, io.Discard, func(string) string { return "" })
		cmd.SetArgs(tc.args)
		err := cmd.Execute()
		if !errors.Is(err, usage.ErrUsage) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: err = %v, want %q", tc.args, err, tc.want)
		}
	}
	for shell, want := range map[string]string{"bash": "# bash completion V2 for relayd", "zsh": "#compdef relayd", "fish": "# fish completion for relayd"} {
		var out bytes.Buffer
		cmd := newRootCmd(&out, io.Discard, func(string) string { return "" })
		cmd.SetArgs([]string{"completion", shell})
		if err := cmd.Execute(); err != nil || !strings.HasPrefix(out.String(), want) {
			t.Errorf("completion %s: %v, %.40q", shell, err, out.String())
		}
	}
}

// Without --config, run and config check name the missing flag before
// what the environment alone lacks.
func TestNoConfigFlag(t *testing.T) {
	for _, args := range [][]string{{"run"}, {"config", "check"}} {
		cmd := newRootCmd(io.Discard, io.Discard, func(string) string { return "" })
		cmd.SetArgs(args)
		err := cmd.Execute()
		if err == nil || !strings.HasPrefix(err.Error(), "no --config given: pass --config relayd.yaml") || !strings.Contains(err.Error(), "operator.keystore") {
			t.Errorf("%v: %v", args, err)
		}
	}
}
