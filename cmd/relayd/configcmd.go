package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
)

func newConfigCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Check or show the configuration"}
	var c configCheck
	check := &cobra.Command{
		Use:   "check",
		Short: "Validate the configuration, the operator key and the federation",
		Long: `Check loads the file and the KAKEHASHI_* overrides exactly as run does,
reports every problem with what to fix, and prints the effective
configuration.

When a passphrase is at hand (operator.passphraseFile, or the variable
operator.passphraseEnv, default KAKEHASHI_PASSPHRASE, is set) it reads the
keystore and checks that the key is one of operators.addresses; otherwise
it says it skipped that check. With --deployment (or KAKEHASHI_DEPLOYMENT)
it also checks that operators.addresses and operators.threshold are the
deployment's federation and the key one of its signers (and of its
Bitcoin federation when this operator signs on Bitcoin). relayd run checks
the same, and each EVM bridge's signers() on chain, before it writes
anything.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return c.run(stdout, getenv) },
	}
	check.Flags().StringVarP(&c.path, "config", "c", "", "YAML configuration file")
	check.Flags().StringVar(&c.deployment, "deployment", "", "deployment.json to check the federation against (default $KAKEHASHI_DEPLOYMENT)")
	check.Flags().BoolVar(&c.asJSON, "json", false, "print JSON")
	cmd.AddCommand(check)
	return cmd
}

// configCheck is relayd config check.
type configCheck struct {
	path, deployment string
	asJSON           bool
}

// checkResult is what config check found, printed as text or JSON.
type checkResult struct {
	OK         bool             `json:"ok"`
	Problems   []config.Problem `json:"problems,omitempty"`
	Config     *config.Config   `json:"config,omitempty"`
	Operator   string           `json:"operator,omitempty"`   // the key's address, when read
	KeySkipped string           `json:"keySkipped,omitempty"` // why the key was not read
	Deployment string           `json:"deployment,omitempty"` // the file checked against
}

func (c *configCheck) run(stdout io.Writer, getenv func(string) string) error {
	cfg, err := loadConfig(c.path, getenv)
	if err != nil {
		var ce *config.Error
		if c.asJSON && errors.As(err, &ce) {
			_ = json.NewEncoder(stdout).Encode(checkResult{Problems: ce.Problems})
		}
		return err
	}
	res := checkResult{Config: cfg, Deployment: c.deployment}
	if res.Deployment == "" {
		res.Deployment = getenv("KAKEHASHI_DEPLOYMENT")
	}
	var dep *deployment.Deployment
	if res.Deployment != "" {
		if dep, err = deployment.Read(res.Deployment); err != nil {
			return fmt.Errorf("deployment %s: %w", res.Deployment, err)
		}
	}
	pub, keyProblem := c.operatorKey(cfg, getenv, &res)
	if keyProblem != nil {
		res.Problems = append(res.Problems, *keyProblem)
	}
	res.Problems = append(res.Problems, cfg.CheckFederation(dep, pub)...)
	res.OK = len(res.Problems) == 0
	if c.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if !res.OK {
		src := c.path
		if src == "" {
			src = "environment"
		}
		if dep != nil {
			src += " with " + res.Deployment
		}
		return &config.Error{Source: src, Problems: res.Problems}
	}
	if !c.asJSON {
		res.print(stdout, dep)
	}
	return nil
}

// operatorKey reads the operator's public key when a passphrase is at
// hand; otherwise it notes in res why it did not.
func (c *configCheck) operatorKey(cfg *config.Config, getenv func(string) string, res *checkResult) (*ecdsa.PublicKey, *config.Problem) {
	op := cfg.Operator
	if op.PassphraseFile == "" && getenv(op.PassphraseEnv) == "" {
		res.KeySkipped = fmt.Sprintf("no passphrase: set operator.passphraseFile or export %s to check it", op.PassphraseEnv)
		return nil, nil
	}
	k, err := keys.Load(op.Keystore, keys.Passphrase{File: op.PassphraseFile, Env: op.PassphraseEnv}, keys.LoadOptions{Getenv: getenv})
	if err != nil {
		return nil, &config.Problem{Field: "operator.keystore", Msg: err.Error()}
	}
	res.Operator = k.Address().Hex()
	return k.PublicKey(), nil
}

func (res checkResult) print(w io.Writer, dep *deployment.Deployment) {
	cfg := res.Config
	mode := fmt.Sprintf("%d-of-%d", cfg.Operators.Threshold, len(cfg.Operators.Addresses))
	if cfg.SingleOperator() {
		mode = "single-operator (1-of-1)"
	}
	bus := "embedded NATS on " + cfg.NATS.Embedded.Listen
	if len(cfg.NATS.URLs) > 0 {
		bus = "NATS " + strings.Join(cfg.NATS.URLs, ",")
	}
	switch {
	case cfg.NATS.Authenticated():
		bus += " (authenticated"
		if cfg.NATS.TLS.CA != "" {
			bus += ", TLS"
		}
		bus += ")"
	case len(cfg.NATS.URLs) > 0:
		bus += " (ANONYMOUS: set nats.creds, see `relayd bus`)"
	}
	fmt.Fprintf(w, "ok: %s, %d chain(s), %s, http %s\n", mode, len(cfg.Chains), bus, cfg.HTTP.Listen)
	for _, c := range cfg.Chains {
		fmt.Fprintf(w, "  chain %d %s (%s): roles %s, %d confirmations\n", c.ID, c.Name, c.Kind, strings.Join(c.Roles, ","), c.Confirmations)
	}
	switch {
	case res.Operator == "":
		fmt.Fprintf(w, "  operator key: not checked (%s)\n", res.KeySkipped)
	case dep != nil:
		fmt.Fprintf(w, "  operator key %s: a signer of the deployment\n", res.Operator)
	case cfg.SingleOperator():
		fmt.Fprintf(w, "  operator key %s\n", res.Operator)
	default:
		fmt.Fprintf(w, "  operator key %s: one of operators.addresses\n", res.Operator)
	}
	if dep == nil {
		if len(cfg.Chains) > 0 {
			fmt.Fprintln(w, "  federation: not checked against a deployment (pass --deployment)")
		}
		return
	}
	fmt.Fprintf(w, "  federation: the deployment's, %d-of-%d (%s); relayd run also reads each EVM bridge's signers()\n",
		dep.Signers.Threshold, len(dep.Signers.Addresses), res.Deployment)
}
