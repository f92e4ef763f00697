package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nkeys"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/internal/atomicfile"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/bus/busauth"
	"github.com/kakehashi/kakehashi/relay/config"
)

// federationFlags name the federation's operators and chains, from flags
// or from a relayd configuration.
type federationFlags struct {
	config    string
	operators []string
	chains    []string
}

func (f *federationFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&f.config, "config", "c", "", "relayd configuration to take operators.addresses and chains[].id from")
	cmd.Flags().StringSliceVar(&f.operators, "operators", nil, "operator addresses of the federation (comma-separated)")
	cmd.Flags().StringSliceVar(&f.chains, "chains", nil, "chain ids of the federation (comma-separated): they name the consumers each user may use")
}

func (f *federationFlags) grant(getenv func(string) string) (ops []common.Address, chainIDs []uint64, err error) {
	opStrs, chainStrs := f.operators, f.chains
	if f.config != "" {
		// Read, not Load: the file may name creds that this very command
		// writes, or a keystore not made yet; only the operators and the
		// chain ids are needed here.
		cfg, probs, err := config.Read(f.config, getenv)
		if err != nil {
			return nil, nil, err
		}
		if len(probs) > 0 {
			return nil, nil, &config.Error{Source: f.config, Problems: probs}
		}
		if len(opStrs) == 0 {
			opStrs = cfg.Operators.Addresses
		}
		if len(chainStrs) == 0 {
			for _, c := range cfg.Chains {
				chainStrs = append(chainStrs, strconv.FormatUint(c.ID, 10))
			}
		}
	}
	for _, s := range opStrs {
		if !common.IsHexAddress(s) {
			return nil, nil, fmt.Errorf("operator %q is not a 20-byte hex address", s)
		}
		ops = append(ops, common.HexToAddress(s))
	}
	for _, s := range chainStrs {
		id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return nil, nil, fmt.Errorf("chain id %q: %v", s, err)
		}
		chainIDs = append(chainIDs, id)
	}
	if len(ops) == 0 {
		return nil, nil, errors.New("no operators: pass --operators or --config")
	}
	return ops, chainIDs, nil
}

func newBusCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	cmd := &cobra.Command{Use: "bus", Short: "Provision the bus's NATS authentication (see docs/relay.md, Bus authentication)"}
	cmd.AddCommand(newBusInitCmd(stdout, getenv), newBusUserCmd(stdout, getenv), newBusNKeyCmd(stdout))
	return cmd
}

func newBusInitCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		dir, name string
		urls      []string
		fed       federationFlags
		noCreds   bool
		leaseTTL  time.Duration
		replicas  int
	)
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create the federation's NATS trust and, with --nats, the streams",
		Long: `Init creates, in --dir (0700; seeds and creds 0600), the NATS operator (the
bus's trust root), the system account, the bridge account KAKEHASHI with its
JetStream limits, the admin user's creds and nats-server.conf, the fragment
every NATS server of the federation includes. An existing federation in
--dir is kept.

With --operators (or --config) it also writes users/<operator>.creds for
each operator: the devnet shortcut where one party holds every key. In a
real federation pass --no-user-creds: each operator runs 'relayd bus nkey',
sends the public key, and gets its JWT from 'relayd bus user'.

With --nats it connects as the admin user and creates or updates the
streams and the lease bucket (--lease-ttl, the lease.ttl every relayd
uses): relayd itself only binds to them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, created, err := loadOrCreate(dir, name)
			if err != nil {
				return err
			}
			if created {
				fmt.Fprintf(stdout, "federation %s: created (server config %s)\n", dir, filepath.Join(dir, busauth.FileServerConf))
			} else {
				fmt.Fprintf(stdout, "federation %s: kept\n", dir)
			}
			if !noCreds && (len(fed.operators) > 0 || fed.config != "") {
				ops, chainIDs, err := fed.grant(getenv)
				if err != nil {
					return err
				}
				for _, op := range ops {
					c, err := f.UserCreds(busauth.Grant{Operator: op, Others: ops, Chains: chainIDs})
					if err != nil {
						return err
					}
					p := filepath.Join(dir, busauth.DirUsers, bus.OperatorToken(op)+".creds")
					if err := atomicfile.WriteFile(p, c, 0o600); err != nil {
						return err
					}
					fmt.Fprintf(stdout, "user %s: %s\n", op.Hex(), p)
				}
			}
			if len(urls) > 0 {
				if err := bus.Init(cmd.Context(), bus.Config{URLs: urls, Name: "relayd-bus-init", Replicas: replicas,
					Auth: bus.Auth{CredsFile: filepath.Join(dir, busauth.FileAdminCreds)}}, leaseTTL); err != nil {
					return err
				}
				fmt.Fprintf(stdout, "streams and lease bucket (ttl %s) ready on %s\n", leaseTTL, strings.Join(urls, ","))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "./federation", "federation directory")
	cmd.Flags().StringVar(&name, "name", "kakehashi", "federation (NATS operator) name")
	cmd.Flags().StringSliceVar(&urls, "nats", nil, "NATS server URLs: create the streams and the lease bucket there as the admin user")
	cmd.Flags().BoolVar(&noCreds, "no-user-creds", false, "do not write operators' creds (each operator brings its own NKey)")
	cmd.Flags().DurationVar(&leaseTTL, "lease-ttl", 5*time.Second, "lease duration of the lease bucket (the relays' lease.ttl)")
	cmd.Flags().IntVar(&replicas, "replicas", 1, "JetStream replicas of the streams")
	fed.register(cmd)
	return cmd
}

func loadOrCreate(dir, name string) (*busauth.Federation, bool, error) {
	if _, err := os.Stat(filepath.Join(dir, busauth.FileOperatorSeed)); err == nil {
		f, err := busauth.Load(dir)
		return f, false, err
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	f, err := busauth.New(name)
	if err != nil {
		return nil, false, err
	}
	return f, true, f.Save(dir)
}

func newBusUserCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var (
		dir, operator, pub, out string
		fed                     federationFlags
	)
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Sign an operator's user NKey into a user JWT",
		Long: `User signs the public user NKey an operator sent (--user-pubkey, from 'relayd
bus nkey') with the bridge account of the federation in --dir, with the
permissions of --operator (docs/relay.md has the table), and writes the JWT
to --out (default <dir>/users/<operator>.jwt). The operator puts it beside
its seed and sets nats.jwt and nats.seed. Reissue every user when an
operator joins or leaves: the permissions name the other operators.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			f, err := busauth.Load(dir)
			if err != nil {
				return err
			}
			ops, chainIDs, err := fed.grant(getenv)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(operator) {
				return fmt.Errorf("--operator %q is not a 20-byte hex address", operator)
			}
			op := common.HexToAddress(operator)
			j, err := f.UserJWT(pub, busauth.Grant{Operator: op, Others: ops, Chains: chainIDs})
			if err != nil {
				return err
			}
			if out == "" {
				out = filepath.Join(dir, busauth.DirUsers, bus.OperatorToken(op)+".jwt")
			}
			if err := atomicfile.WriteFile(out, []byte(j), 0o600); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "user JWT for %s: %s\n", op.Hex(), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "./federation", "federation directory")
	cmd.Flags().StringVar(&operator, "operator", "", "the operator's address")
	cmd.Flags().StringVar(&pub, "user-pubkey", "", "the operator's user public NKey (U…)")
	cmd.Flags().StringVar(&out, "out", "", "JWT file to write")
	fed.register(cmd)
	return cmd
}

func newBusNKeyCmd(stdout io.Writer) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "nkey",
		Short: "Generate this operator's NATS user key: the seed stays here, the public key goes to the federation",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if _, err := os.Stat(out); err == nil {
				return fmt.Errorf("%s exists: keep it or remove it first", out)
			}
			kp, err := nkeys.CreateUser()
			if err != nil {
				return err
			}
			seed, _ := kp.Seed()
			pub, _ := kp.PublicKey()
			if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
				return err
			}
			if err := atomicfile.WriteFile(out, seed, 0o600); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "seed: %s (set nats.seed; never send it)\npublic key: %s (send it for 'relayd bus user --user-pubkey')\n", out, pub)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "./nats-user.nk", "seed file to write (0600)")
	return cmd
}
