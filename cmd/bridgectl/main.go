// Command bridgectl uses and operates a Kakehashi bridge: deposits, locks,
// burns and refunds for users; asset definitions, pause and resume for
// operators. See docs/bridgectl.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/kakehashi/kakehashi/cmd/bridgectl/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Execute(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		os.Exit(1)
	}
}
