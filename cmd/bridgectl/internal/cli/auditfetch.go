package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/audit"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
)

// fetchResult is the --json output of audit fetch.
type fetchResult struct {
	OK      bool   `json:"ok"`
	URL     string `json:"url"`
	File    string `json:"file"`
	Height  uint64 `json:"height"`
	Head    string `json:"head"`
	Records uint64 `json:"records"`
	Bytes   int    `json:"bytes"`
}

// auditFetchCmd is 'bridgectl audit fetch': download one operator's
// replica, verify it from genesis (attestations included), keep it.
func (a *app) auditFetchCmd() *cobra.Command {
	var url, out, genesis string
	cmd := &cobra.Command{
		Use:   "fetch",
		Short: "Download an operator's replica of the shared audit chain, verify it, and keep it as a file",
		Long: `fetch downloads a relayd's replica of the federation's shared audit chain
(GET <url>/v1/audit/blocks, the JSONL export of docs/audit-format.md),
verifies it from genesis exactly as 'audit verify' does — hashes, linkage,
records, invariants, state hashes and t attestations per block — and only
then writes it to --out (mode 0644, never replacing a file). The file can
then be verified offline ('audit verify --file', docs/audit-rehash.sh),
served ('audit serve --file') or compared with another operator's.`,
		Example: "  bridgectl audit fetch --url http://127.0.0.1:9180 --out chain.jsonl --genesis 0xafb8…7491",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if url == "" || out == "" {
				return fmt.Errorf("%w: give --url (a relayd's HTTP address) and --out (the file to write)", ErrUsage)
			}
			gen, err := (&auditFlags{genesis: genesis}).genesisHash()
			if err != nil {
				return err
			}
			body, err := fetchAudit(cmd.Context(), url)
			if err != nil {
				return err
			}
			rep, err := audit.Verify(cmd.Context(), audit.NewJSONLSource(bytes.NewReader(body)), audit.VerifyOptions{Genesis: gen})
			if err != nil {
				return fmt.Errorf("%w: %s: %v (nothing written)", ErrAuditFailed, url, err)
			}
			if err := atomicfile.WriteNew(out, body, 0o644); errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("%w: --out %s exists: nothing written; give a new file", ErrUsage, out)
			} else if err != nil {
				return fmt.Errorf("--out: %w", err)
			}
			res := fetchResult{OK: true, URL: url, File: out, Height: rep.Height, Head: rep.HeadHex, Records: rep.Records, Bytes: len(body)}
			return a.console.out(res, func(w io.Writer) {
				fmt.Fprintf(w, "OK: %s verified from genesis (head %d %s, %d records, attestations checked); written to %s (%d bytes)\n",
					url, res.Height, res.Head, res.Records, out, res.Bytes)
			})
		},
	}
	cmd.Flags().StringVar(&url, "url", "", "a relayd's HTTP address (required)")
	cmd.Flags().StringVar(&out, "out", "", "the file to write the verified export to (required)")
	cmd.Flags().StringVar(&genesis, "genesis", "", "the genesis block hash the chain must start with (0x-hex, published out of band)")
	return cmd
}
