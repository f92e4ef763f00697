package main

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/deployment"
	"github.com/kakehashi/kakehashi/internal/atomicfile"
	"github.com/kakehashi/kakehashi/relay/config"
	"github.com/kakehashi/kakehashi/relay/keys"
	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
)

// sealFlags are key seal's flags.
type sealFlags struct {
	hsm                              hsmFlags
	keystore, passFile, passEnv, out string
	fresh, newSealingKey, asJSON     bool
}

func newKeySealCmd(stdout io.Writer, getenv func(string) string) *cobra.Command {
	var f sealFlags
	cmd := &cobra.Command{
		Use:   "seal",
		Short: "Seal the Bitcoin custody key under an AES key inside a PKCS#11 token",
		Long: `Seal encrypts a custody key (from --keystore, or a fresh one with --new)
under the AES key --key-label of the token (CKM_AES_GCM; with
--new-sealing-key that key is first made inside the token, sensitive and
never extractable) and writes the sealed file to --out (mode 0600, never
replacing a file). relayd opens it at start with keys.custody:
{sealed: FILE, pkcs11: {module, tokenLabel, keyLabel, pinFile}}: the
custody key is never at rest in plaintext. It prints the custody key's
x-only public key (for the deployment's bitcoin.federation.keys), never
the key.

Back the custody key up before sealing it (key backup --keystore), or the
sealed file together with the token's AES key: the file alone opens only
in that token.

  relayd key seal --new --new-sealing-key --pkcs11-module /usr/lib/softhsm/libsofthsm2.so \
    --token-label kakehashi-op1 --key-label custody-seal --pin-file op1.pin --out op1/custody.sealed`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.run(stdout, getenv)
		},
	}
	f.hsm.register(cmd)
	_ = cmd.Flags().Set("key-label", "custody-seal")
	cmd.Flags().Lookup("key-label").DefValue = "custody-seal"
	cmd.Flags().StringVar(&f.keystore, "keystore", "", "the custody key's keystore (or --new)")
	cmd.Flags().StringVar(&f.passFile, "passphrase-file", "", "file holding the keystore's passphrase")
	cmd.Flags().StringVar(&f.passEnv, "passphrase-env", config.DefaultPassphraseEnv, "environment variable holding the keystore's passphrase")
	cmd.Flags().BoolVar(&f.fresh, "new", false, "seal a newly generated custody key")
	cmd.Flags().BoolVar(&f.newSealingKey, "new-sealing-key", false, "first make the AES key --key-label inside the token")
	cmd.Flags().StringVar(&f.out, "out", "", "the sealed file to write")
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
	return cmd
}

func (f *sealFlags) run(stdout io.Writer, getenv func(string) string) error {
	if !f.hsm.set() || f.out == "" || (f.keystore == "") == !f.fresh {
		return errors.New("give --pkcs11-module, --token-label, --pin-file, --out, and either --keystore FILE or --new")
	}
	cfg, err := f.hsm.config()
	if err != nil {
		return err
	}
	priv, err := f.custodyKey(getenv)
	if err != nil {
		return err
	}
	defer priv.D.SetInt64(0)
	if f.newSealingKey {
		if err := pkcs11.GenerateSealingKey(cfg); err != nil {
			return err
		}
	}
	secret := crypto.FromECDSA(priv)
	defer clear(secret)
	blob, err := pkcs11.Seal(cfg, secret)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteNew(f.out, blob, 0o600); errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists: nothing written; seal to a new file, or move that one away first", f.out)
	} else if err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	x := deployment.XOnly(priv)
	report := map[string]string{"xonly": hex.EncodeToString(x[:]), "address": crypto.PubkeyToAddress(priv.PublicKey).Hex(),
		"sealed": f.out, "token": f.hsm.token, "keyLabel": f.hsm.label}
	if f.asJSON {
		return json.NewEncoder(stdout).Encode(report)
	}
	fmt.Fprintf(stdout, "custody x-only key %s (bitcoin.federation.keys)\nsealed            %s under token %s, AES key %q\nconfig            keys.custody: {sealed: %s, pkcs11: {module: %s, tokenLabel: %s, keyLabel: %s, pinFile: %s}}\n",
		report["xonly"], f.out, f.hsm.token, f.hsm.label, f.out, f.hsm.module, f.hsm.token, f.hsm.label, f.hsm.pinFile)
	return nil
}

// custodyKey reads the keystore, or makes a fresh key.
func (f *sealFlags) custodyKey(getenv func(string) string) (*ecdsa.PrivateKey, error) {
	if f.fresh {
		return crypto.GenerateKey()
	}
	k, err := keys.Load(f.keystore, keys.Passphrase{File: f.passFile, Env: f.passEnv}, keys.LoadOptions{Getenv: getenv})
	if err != nil {
		return nil, fmt.Errorf("--keystore: %w", err)
	}
	return k.PrivateKey(), nil
}
