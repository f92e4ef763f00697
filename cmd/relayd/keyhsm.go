package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/kakehashi/kakehashi/relay/keys/pkcs11"
)

// hsmFlags name a key in a PKCS#11 token for key new, import and restore:
// the authorisation key then goes into the token instead of a keystore
// (docs/relay.md, Authorisation key in an HSM).
type hsmFlags struct {
	module, token, label, pinFile string
}

func (h *hsmFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&h.module, "pkcs11-module", "", "put the key into a PKCS#11 token instead of a keystore: the HSM's module (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so)")
	cmd.Flags().StringVar(&h.token, "token-label", "", "with --pkcs11-module: the token's label")
	cmd.Flags().StringVar(&h.label, "key-label", "authorisation", "with --pkcs11-module: the key's label in the token")
	cmd.Flags().StringVar(&h.pinFile, "pin-file", "", "with --pkcs11-module: file holding the token's user PIN")
}

// set reports whether the key goes into a token.
func (h *hsmFlags) set() bool { return h.module != "" }

func (h *hsmFlags) config() (pkcs11.Config, error) {
	if h.token == "" || h.pinFile == "" {
		return pkcs11.Config{}, errors.New("--pkcs11-module needs --token-label and --pin-file")
	}
	pin, err := os.ReadFile(h.pinFile)
	if err != nil {
		return pkcs11.Config{}, fmt.Errorf("--pin-file: %w", err)
	}
	return pkcs11.Config{Module: h.module, TokenLabel: h.token, KeyLabel: h.label, PIN: strings.TrimSpace(string(pin))}, nil
}

// generate makes the key inside the token.
func (h *hsmFlags) generate(stdout io.Writer, asJSON bool) error {
	cfg, err := h.config()
	if err != nil {
		return err
	}
	addr, err := pkcs11.Generate(cfg)
	if err != nil {
		return err
	}
	return h.print(stdout, asJSON, addr)
}

// importKey writes priv into the token (the caller clears its copy).
func (h *hsmFlags) importKey(stdout io.Writer, asJSON bool, priv *ecdsa.PrivateKey) error {
	cfg, err := h.config()
	if err != nil {
		return err
	}
	addr, err := pkcs11.Import(cfg, priv)
	if err != nil {
		return err
	}
	return h.print(stdout, asJSON, addr)
}

func (h *hsmFlags) print(stdout io.Writer, asJSON bool, addr common.Address) error {
	if asJSON {
		return json.NewEncoder(stdout).Encode(map[string]string{"address": addr.Hex(), "token": h.token, "keyLabel": h.label})
	}
	fmt.Fprintf(stdout, "address  %s\ntoken    %s, key %q (never leaves it)\nconfig   keys.authorisation.pkcs11: {module: %s, tokenLabel: %s, keyLabel: %s, pinFile: %s}\n",
		addr.Hex(), h.token, h.label, h.module, h.token, h.label, h.pinFile)
	return nil
}
