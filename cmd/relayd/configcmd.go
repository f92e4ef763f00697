package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/relay/config"
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
anything.

Each key role (keys.authorisation, keys.custody, keys.transactions,
keys.bus) must be a key of its own: two roles with one key are refused.
A role without an entry uses operator.keystore (the one-key development
layout); --strict refuses that too, as a production federation should.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return c.run(stdout, getenv) },
	}
	check.Flags().StringVarP(&c.path, "config", "c", "", "YAML configuration file")
	check.Flags().StringVar(&c.deployment, "deployment", "", "deployment.json to check the federation against (default $KAKEHASHI_DEPLOYMENT)")
	check.Flags().BoolVar(&c.asJSON, "json", false, "print JSON")
	check.Flags().BoolVar(&c.strict, "strict", false, "refuse roles that fall back to operator.keystore (require a key per role)")
	cmd.AddCommand(check)
	return cmd
}

// configCheck is relayd config check.
type configCheck struct {
	path, deployment string
	asJSON, strict   bool
}

// checkResult is what config check found, printed as text or JSON.
type checkResult struct {
	OK          bool              `json:"ok"`
	Problems    []config.Problem  `json:"problems,omitempty"`
	Config      *config.Config    `json:"config,omitempty"`
	Operator    string            `json:"operator,omitempty"`    // the authorisation key's address, when read
	Keys        map[string]string `json:"keys,omitempty"`        // role → key address, when read
	SharedRoles []string          `json:"sharedRoles,omitempty"` // roles using operator.keystore
	KeySkipped  string            `json:"keySkipped,omitempty"`  // why the key was not read
	Deployment  string            `json:"deployment,omitempty"`  // the file checked against
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
	pub, custody, keyProblem := c.operatorKeys(cfg, getenv, &res)
	if keyProblem != nil {
		res.Problems = append(res.Problems, *keyProblem)
	}
	if res.SharedRoles = cfg.SharedRoles(); c.strict && len(res.SharedRoles) > 0 {
		res.Problems = append(res.Problems, config.Problem{Field: "keys", Msg: fmt.Sprintf(
			"roles %s use operator.keystore (--strict): give each its own key under keys.<role> (create them with `relayd key new`)", strings.Join(res.SharedRoles, ", "))})
	}
	res.Problems = append(res.Problems, cfg.CheckFederation(dep, pub, custody)...)
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

// operatorKeys reads the role keys when every passphrase is at hand;
// otherwise it notes in res why it did not. It returns the authorisation
// and custody public keys.
func (c *configCheck) operatorKeys(cfg *config.Config, getenv func(string) string, res *checkResult) (auth, custody *ecdsa.PublicKey, _ *config.Problem) {
	for _, role := range config.KeyRoles {
		src, field, _ := cfg.Source(role)
		if src.Keystore != "" && src.PassphraseFile == "" && getenv(src.PassphraseEnv) == "" {
			res.KeySkipped = fmt.Sprintf("no passphrase for %s: set its passphraseFile or export %s to check it", field, src.PassphraseEnv)
			return nil, nil, nil
		}
	}
	rk, err := loadRoleKeys(cfg, getenv, zerolog.Nop())
	if err != nil {
		field := "keys"
		if !errors.Is(err, ErrKeyReuse) {
			field, _, _ = strings.Cut(err.Error(), ":")
		}
		return nil, nil, &config.Problem{Field: field, Msg: err.Error()}
	}
	defer rk.close()
	res.Operator = rk.auth.Address().Hex()
	res.Keys = map[string]string{}
	for i, a := range rk.addresses() {
		res.Keys[config.KeyRoles[i]] = a.Hex()
	}
	return rk.auth.PublicKey(), rk.custody.PubKey().ToECDSA(), nil
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
	if len(res.SharedRoles) > 0 {
		fmt.Fprintf(w, "  keys: %s use operator.keystore (one-key development layout; --strict refuses it)\n", strings.Join(res.SharedRoles, ", "))
	}
	for _, role := range config.KeyRoles {
		if a, ok := res.Keys[role]; ok {
			fmt.Fprintf(w, "  %s key %s\n", role, a)
		}
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
