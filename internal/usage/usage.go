package usage

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kakehashi/kakehashi/internal/suggest"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// ErrUsage is wrapped by every error of this package.
var ErrUsage = errors.New("bad arguments")

// Apply sets up root's whole tree: cobra's completion command (bash, zsh,
// fish, powershell) added now so that it is part of the tree, command
// suggestions within distance 2, flag errors that suggest the right flag,
// and group commands that refuse unknown subcommands. Call it after every
// command is added.
func Apply(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return FlagError(root, c, err) })
	walk(root, func(c *cobra.Command) {
		c.SuggestionsMinimumDistance = 2 // cobra defaults it for the root only
		switch {
		case c.HasSubCommands() && !c.Runnable():
			c.Args = subcommand
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		case c.Args != nil:
			c.Args = withUsageLine(c.Args)
		}
	})
}

// withUsageLine makes an argument count error (cobra's "accepts 1 arg(s),
// received 0") say how the command is called.
func withUsageLine(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := check(c, args); err != nil {
			if errors.Is(err, ErrUsage) {
				return err
			}
			return fmt.Errorf("%w: %s: %v: usage: %s (see '%s --help')", ErrUsage, c.CommandPath(), err, c.UseLine(), c.CommandPath())
		}
		return nil
	}
}

func walk(c *cobra.Command, f func(*cobra.Command)) {
	f(c)
	for _, s := range c.Commands() {
		walk(s, f)
	}
}

// subcommand is the Args of a group command: no arguments (then it prints
// its help), or a misspelt subcommand, refused with the closest ones.
func subcommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return UnknownCommand(c, args[0])
}

// UnknownCommand is the error for name, not a subcommand of c.
func UnknownCommand(c *cobra.Command, name string) error {
	if s := nearest(name, c.SuggestionsFor(name)); len(s) > 0 {
		for i := range s {
			s[i] = "'" + c.CommandPath() + " " + s[i] + "'"
		}
		return fmt.Errorf("%w: unknown command %q for %q: did you mean %s?", ErrUsage, name, c.CommandPath(), strings.Join(s, " or "))
	}
	return fmt.Errorf("%w: unknown command %q for %q: '%s --help' lists its commands", ErrUsage, name, c.CommandPath(), c.CommandPath())
}

// nearest keeps the names closest to typed: cobra suggests every name
// within distance 2 or with typed as a prefix, in tree order.
func nearest(typed string, names []string) []string {
	best, out := -1, []string(nil)
	for _, n := range names {
		d := suggest.Distance(strings.ToLower(typed), strings.ToLower(n))
		if strings.HasPrefix(strings.ToLower(n), strings.ToLower(typed)) {
			d = 0
		}
		switch {
		case best < 0 || d < best:
			best, out = d, []string{n}
		case d == best && !slices.Contains(out, n):
			out = append(out, n)
		}
	}
	return out
}

// FlagError rewrites a flag parsing error of command c (in root's tree)
// into one line with the fix.
func FlagError(root, c *cobra.Command, err error) error {
	help := fmt.Sprintf("'%s --help' lists its flags", c.CommandPath())
	var notExist *pflag.NotExistError
	var noValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &notExist):
		name := notExist.GetSpecifiedName()
		shown := "--" + name
		if notExist.GetSpecifiedShortnames() != "" {
			shown = "-" + name
		}
		if best := closestFlag(c, name); best != "" {
			return fmt.Errorf("%w: %s has no flag %s: did you mean %s?", ErrUsage, c.CommandPath(), shown, best)
		}
		if others := commandsWithFlag(root, name); len(others) > 0 {
			return fmt.Errorf("%w: %s has no flag %s: it is a flag of %s", ErrUsage, c.CommandPath(), shown, strings.Join(others, ", "))
		}
		return fmt.Errorf("%w: %s has no flag %s: %s", ErrUsage, c.CommandPath(), shown, help)
	case errors.As(err, &noValue):
		f := noValue.GetFlag()
		return fmt.Errorf("%w: flag --%s needs a value (%s): write --%s VALUE or --%s=VALUE", ErrUsage, f.Name, f.Usage, f.Name, f.Name)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		return fmt.Errorf("%w: --%s %q: %v: want %s (%s)", ErrUsage, f.Name, invalid.GetValue(), invalid.Unwrap(), wantOf(f.Value.Type()), f.Usage)
	}
	return fmt.Errorf("%w: %v: %s", ErrUsage, err, help)
}

// wantOf says what a flag of pflag type typ takes.
func wantOf(typ string) string {
	switch {
	case typ == "duration":
		return "a duration such as 500ms, 30s, 5m or 1h"
	case typ == "bool":
		return "true or false"
	case strings.HasPrefix(typ, "uint"):
		return "a whole number ≥ 0"
	case strings.HasPrefix(typ, "int"):
		return "a whole number"
	case strings.HasPrefix(typ, "float"):
		return "a number"
	}
	return "a " + typ
}

// closestFlag is the flag of c (its own and inherited) nearest to name:
// within edit distance 2, or one name a prefix of the other; "" if none.
// It returns the flag as it is written ("--relay" or "-c (--config)").
func closestFlag(c *cobra.Command, name string) string {
	type cand struct {
		text string
		dist int
	}
	var cands []cand
	seen := map[string]bool{}
	consider := func(f *pflag.Flag) {
		if f.Hidden || seen[f.Name] {
			return
		}
		seen[f.Name] = true
		if len(name) == 1 {
			if f.Shorthand != "" && strings.EqualFold(f.Shorthand, name) {
				cands = append(cands, cand{"-" + f.Shorthand + " (--" + f.Name + ")", 0})
			}
			return
		}
		d := suggest.Distance(strings.ToLower(name), f.Name)
		if d <= 2 || (len(name) >= 3 && (strings.HasPrefix(f.Name, name) || strings.HasPrefix(name, f.Name))) {
			cands = append(cands, cand{"--" + f.Name, d})
		}
	}
	c.Flags().VisitAll(consider)
	c.InheritedFlags().VisitAll(consider)
	if len(cands) == 0 {
		return ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	return cands[0].text
}

// commandsWithFlag lists the commands of root's tree that define name.
func commandsWithFlag(root *cobra.Command, name string) []string {
	var out []string
	walk(root, func(c *cobra.Command) {
		if c.LocalNonPersistentFlags().Lookup(name) != nil || c.PersistentFlags().Lookup(name) != nil {
			out = append(out, "'"+c.CommandPath()+"'")
		}
	})
	if len(out) > 3 {
		out = append(out[:3], "…")
	}
	return out
}
