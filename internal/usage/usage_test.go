package usage

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kakehashi/kakehashi/internal/suggest"

	"github.com/spf13/cobra"
)

// tree is a small command tree like bridgectl's: a persistent flag, a
// leaf with flags and one argument, and a group with subcommands.
func tree() *cobra.Command {
	root := &cobra.Command{Use: "tool", SilenceErrors: true, SilenceUsage: true}
	root.PersistentFlags().String("devnet-dir", ".devnet", "devnet directory")
	status := &cobra.Command{Use: "status <id>", Args: cobra.ExactArgs(1), RunE: func(*cobra.Command, []string) error { return nil }}
	status.Flags().StringSlice("relay", nil, "relay address")
	status.Flags().Duration("timeout", 0, "give up after this long")
	status.Flags().StringP("config", "c", "", "config file")
	lock := &cobra.Command{Use: "lock", Args: cobra.NoArgs, RunE: func(*cobra.Command, []string) error { return nil }}
	lock.Flags().String("amount", "", "amount")
	audit := &cobra.Command{Use: "audit"}
	audit.AddCommand(&cobra.Command{Use: "verify", RunE: func(*cobra.Command, []string) error { return nil }},
		&cobra.Command{Use: "export", RunE: func(*cobra.Command, []string) error { return nil }})
	root.AddCommand(status, lock, audit)
	Apply(root)
	return root
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string // "" = no error
	}{
		{"misspelt command", []string{"stauts"}, `unknown command "stauts" for "tool": did you mean 'tool status'?`},
		{"unknown command", []string{"zzz"}, `unknown command "zzz" for "tool": 'tool --help' lists its commands`},
		{"misspelt subcommand", []string{"audit", "verfy"}, `unknown command "verfy" for "tool audit": did you mean 'tool audit verify'?`},
		{"misspelt completion shell", []string{"completion", "bsh"}, `did you mean 'tool completion bash' or 'tool completion zsh'?`},
		{"misspelt flag", []string{"status", "x", "--relya", "u"}, "tool status has no flag --relya: did you mean --relay?"},
		{"flag prefix", []string{"status", "x", "--time", "1s"}, "did you mean --timeout?"},
		{"misspelt inherited flag", []string{"status", "x", "--devnet-dri", "d"}, "did you mean --devnet-dir?"},
		{"upper-case shorthand", []string{"status", "x", "-C", "f"}, "tool status has no flag -C: did you mean -c (--config)?"},
		{"flag of another command", []string{"lock", "--relay", "u"}, "tool lock has no flag --relay: it is a flag of 'tool status'"},
		{"unknown flag", []string{"lock", "--zzzzzz"}, "tool lock has no flag --zzzzzz: 'tool lock --help' lists its flags"},
		{"flag without value", []string{"status", "x", "--timeout"}, "flag --timeout needs a value (give up after this long): write --timeout VALUE or --timeout=VALUE"},
		{"bad flag value", []string{"status", "x", "--timeout", "5"}, `--timeout "5": time: missing unit in duration "5": want a duration such as 500ms, 30s, 5m or 1h (give up after this long)`},
		{"missing argument", []string{"status"}, "tool status: accepts 1 arg(s), received 0: usage: tool status <id> [flags] (see 'tool status --help')"},
		{"group alone prints help", []string{"audit"}, ""},
		{"good command", []string{"status", "x", "--relay", "u"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := tree()
			var out bytes.Buffer
			root.SetOut(&out)
			root.SetErr(&out)
			root.SetArgs(tc.args)
			err := root.Execute()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if !errors.Is(err, ErrUsage) {
				t.Fatalf("err = %v, want ErrUsage", err)
			}
			if !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("err = %q, want one line with %q", err, tc.want)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{{"", "abc", 3}, {"relya", "relay", 2}, {"relay", "relay", 0}, {"confg", "config", 1}} {
		if got := suggest.Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
