package cli

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/btcsuite/btcd/chaincfg/chainhash"

	"github.com/kakehashi/kakehashi/chains"
	"github.com/kakehashi/kakehashi/deployment"
)

// statusTarget resolves what status follows: a transfer id, or a Bitcoin
// deposit named by its outpoint (--deposit TXID[:VOUT], or TXID:VOUT in
// place of the id). A deposit's transfer id is computed from the outpoint
// (chains.BitcoinTransferID), and its source is then known before any
// relay reports it: the id alone names no position a node can look up.
// Given both, they must name the same transfer.
func (a *app) statusTarget(args []string, deposit string) (chains.TransferID, *chains.EventRef, error) {
	arg := ""
	if len(args) == 1 {
		arg = args[0]
	}
	if deposit == "" && strings.Contains(arg, ":") {
		deposit, arg = arg, ""
	}
	if arg == "" && deposit == "" {
		return chains.TransferID{}, nil, fmt.Errorf("%w: give a transfer id (as printed by lock, burn or deposit), or --deposit TXID:VOUT for a Bitcoin deposit", ErrUsage)
	}
	var id chains.TransferID
	if arg != "" {
		var err error
		if id, err = chains.ParseTransferID(arg); err != nil {
			return id, nil, fmt.Errorf("%w: transfer id %q: want 32 bytes of hex, as printed by lock, burn or deposit (a Bitcoin deposit: --deposit TXID:VOUT)", ErrUsage, arg)
		}
		if deposit == "" {
			return id, nil, nil
		}
	}
	ref, err := a.depositSource(deposit)
	if err != nil {
		return chains.TransferID{}, nil, err
	}
	did := depositTransferID(*ref)
	if arg != "" && did != id {
		return chains.TransferID{}, nil, fmt.Errorf("%w: transfer %s is not deposit %s, whose transfer id is %s: give one of the two", ErrUsage, id, deposit, did)
	}
	return did, ref, nil
}

// depositSource is the deposit output --deposit names, as the relays will
// name its event: the deployment's Bitcoin chain, the txid in display
// order, the output index. Without :VOUT the deposit transaction is read
// from btcd and the output paying the deposit address of its payload is
// taken.
func (a *app) depositSource(deposit string) (*chains.EventRef, error) {
	dep, err := a.load()
	if err != nil {
		return nil, err
	}
	if dep.Bitcoin == nil {
		return nil, fmt.Errorf("%w: the deployment %s has no Bitcoin chain: --deposit follows Bitcoin deposits; follow other transfers by their id", ErrSetup, a.deploymentPath())
	}
	ref, err := parseDepositRef(deposit)
	if err != nil {
		return nil, err
	}
	display, _ := hex.DecodeString(ref.txid.String()) // what Bitcoin tools print: the order event refs use
	src := &chains.EventRef{Chain: dep.Bitcoin.ChainID}
	copy(src.TxHash[:], display)
	if ref.hasVout {
		v, _ := strconv.ParseUint(ref.vout, 10, 32) // parseDepositRef checked it
		src.Index = uint32(v)
		return src, nil
	}
	vout, err := a.depositVout(dep, ref)
	if err != nil {
		return nil, err
	}
	src.Index = uint32(vout)
	return src, nil
}

// depositVout finds the output of ref's transaction that pays the deposit
// address its payload and the deployment's federation make.
func (a *app) depositVout(dep *deployment.Deployment, ref depositRef) (int, error) {
	bc, err := a.btcClientIfUp()
	if err != nil {
		return 0, fmt.Errorf("%w (or name the output: --deposit %s:VOUT)", err, ref.txid)
	}
	defer bc.Shutdown()
	msg, err := depositTx(bc, ref.txid)
	if err != nil {
		return 0, err
	}
	payload, err := payloadOf(msg, ref.txid)
	if err != nil {
		return 0, fmt.Errorf("%w: %s carries no readable deposit payload: name the output with --deposit %s:VOUT", ErrDeposit, ref.txid, ref.txid)
	}
	out, err := depositOutput(dep, *payload)
	if err != nil {
		return 0, err
	}
	vout, err := ref.output(msg, out, false)
	if err != nil {
		return 0, fmt.Errorf("%w: name the output with --deposit %s:VOUT", err, ref.txid)
	}
	return vout, nil
}

// depositTransferID is the transfer id of the deposit output ref names
// (its TxHash in display order, as chains.BitcoinTransferID hashes it).
func depositTransferID(ref chains.EventRef) chains.TransferID {
	var h [32]byte
	for i, b := range ref.TxHash {
		h[31-i] = b
	}
	return chains.BitcoinTransferID(ref.Chain, chainhash.Hash(h), ref.Index)
}

// followCommand is the status command that follows deposit txid:vout, with
// the global flags that chose this deployment and btcd, so that it runs as
// printed (a btcd password stays in KAKEHASHI_BTC_PASS).
func (a *app) followCommand(txid string, vout uint32) string {
	cmd := "bridgectl"
	for _, name := range []string{"devnet-dir", "deployment", "btc-rpc", "btc-user"} {
		if f := a.globals.Lookup(name); f != nil && f.Changed {
			cmd += " --" + name + " " + shellWord(f.Value.String())
		}
	}
	return fmt.Sprintf("%s status --deposit %s:%d", cmd, txid, vout)
}

// shellWord quotes s for a POSIX shell when it needs it.
func shellWord(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`!*?[]{}()<>|&;#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
