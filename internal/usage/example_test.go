package usage_test

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/internal/usage"
)

func ExampleApply() {
	root := &cobra.Command{Use: "tool", SilenceErrors: true, SilenceUsage: true}
	run := &cobra.Command{Use: "run", RunE: func(*cobra.Command, []string) error { return nil }}
	run.Flags().String("config", "", "configuration file")
	root.AddCommand(run)
	usage.Apply(root)

	root.SetArgs([]string{"run", "--confg", "x.yaml"})
	fmt.Println(root.Execute())
	root.SetArgs([]string{"rnu"})
	fmt.Println(root.Execute())
	// Output:
	// bad arguments: tool run has no flag --confg: did you mean --config?
	// bad arguments: unknown command "rnu" for "tool": did you mean 'tool run'?
}
