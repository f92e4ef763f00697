package wallet

import (
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/btcsuite/btcd/btcec/v2/schnorr"
	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/txscript"
	"github.com/btcsuite/btcd/wire"
	"github.com/kakehashi/kakehashi/chains/bitcoin"
)

// Signature is one signer's BIP-340 signature (SIGHASH_DEFAULT) for one
// input's tapscript leaf.
type Signature struct {
	Input    int
	Key      [32]byte
	LeafHash [32]byte
	Sig      [64]byte
}

type signatureJSON struct {
	Input    int    `json:"input"`
	Key      string `json:"key"`
	LeafHash string `json:"leafHash"`
	Sig      string `json:"sig"`
}

// MarshalJSON encodes the byte fields as hex.
func (s Signature) MarshalJSON() ([]byte, error) {
	return json.Marshal(signatureJSON{s.Input, hex.EncodeToString(s.Key[:]), hex.EncodeToString(s.LeafHash[:]), hex.EncodeToString(s.Sig[:])})
}

// UnmarshalJSON decodes what MarshalJSON writes.
func (s *Signature) UnmarshalJSON(b []byte) error {
	var j signatureJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		in   string
		out  []byte
	}{{"key", j.Key, s.Key[:]}, {"leafHash", j.LeafHash, s.LeafHash[:]}, {"sig", j.Sig, s.Sig[:]}} {
		raw, err := hex.DecodeString(f.in)
		if err != nil || len(raw) != len(f.out) {
			return fmt.Errorf("wallet: signature %s: want %d hex bytes", f.name, len(f.out))
		}
		copy(f.out, raw)
	}
	s.Input = j.Input
	return nil
}

// InputLeaf is what input i of a proposal spends: the leaf, the multi_a key
// set it contains, and the BIP-341 sighash a signer signs.
type InputLeaf struct {
	Leaf    txscript.TapLeaf
	Control []byte
	Signers bitcoin.KeySet
	SigHash []byte
}

// Leaves returns, for every input of p, the leaf it spends and its sighash.
// Every input must carry a witness UTXO and exactly one base-version leaf
// script whose multi_a parses.
func Leaves(p *psbt.Packet) ([]InputLeaf, error) {
	if p == nil || p.UnsignedTx == nil || len(p.Inputs) != len(p.UnsignedTx.TxIn) {
		return nil, fmt.Errorf("%w: inputs do not match the transaction", ErrPacket)
	}
	prev := make(map[wire.OutPoint]*wire.TxOut, len(p.Inputs))
	for i, in := range p.Inputs {
		if in.WitnessUtxo == nil {
			return nil, fmt.Errorf("%w: input %d has no witness UTXO", ErrPacket, i)
		}
		prev[p.UnsignedTx.TxIn[i].PreviousOutPoint] = in.WitnessUtxo
	}
	fetcher := txscript.NewMultiPrevOutFetcher(prev)
	hashes := txscript.NewTxSigHashes(p.UnsignedTx, fetcher)
	out := make([]InputLeaf, len(p.Inputs))
	for i, in := range p.Inputs {
		if len(in.TaprootLeafScript) != 1 || in.TaprootLeafScript[0].LeafVersion != txscript.BaseLeafVersion {
			return nil, fmt.Errorf("%w: input %d must carry exactly one base-version leaf script", ErrPacket, i)
		}
		ls := in.TaprootLeafScript[0]
		set, _, err := bitcoin.ParseMultiA(ls.Script)
		if err != nil {
			return nil, fmt.Errorf("%w: input %d: %w", ErrPacket, i, err)
		}
		leaf := txscript.NewBaseTapLeaf(ls.Script)
		h, err := txscript.CalcTapscriptSignaturehash(hashes, txscript.SigHashDefault, p.UnsignedTx, i, fetcher, leaf)
		if err != nil {
			return nil, fmt.Errorf("%w: input %d sighash: %w", ErrPacket, i, err)
		}
		out[i] = InputLeaf{Leaf: leaf, Control: ls.ControlBlock, Signers: set, SigHash: h}
	}
	return out, nil
}

// AssembleWitness verifies the signatures against each input's sighash and
// leaf, keeps the valid ones of the t lowest keys, and returns the signed
// transaction. The multi_a witness lists one element per key in reverse key
// order (the first key's signature is on top of the stack), an empty
// element for each key that does not sign, then the leaf script and the
// control block. Invalid, duplicate or foreign signatures are ignored; an
// input with fewer than t valid ones fails with ErrSignatures.
func AssembleWitness(p *psbt.Packet, sigs []Signature) (*wire.MsgTx, error) {
	leaves, err := Leaves(p)
	if err != nil {
		return nil, err
	}
	tx := p.UnsignedTx.Copy()
	for i, il := range leaves {
		keys := il.Signers.Keys()
		leafHash := il.Leaf.TapHash()
		chosen := make([][]byte, len(keys))
		have := 0
		for _, s := range sigs {
			if s.Input != i || s.LeafHash != leafHash {
				continue
			}
			k := il.Signers.Index(s.Key)
			if k < 0 || chosen[k] != nil || !verify(s, il.SigHash) {
				continue
			}
			chosen[k] = append([]byte(nil), s.Sig[:]...)
		}
		for k := range chosen { // keep the t lowest keys that signed
			if chosen[k] == nil {
				continue
			}
			if have == il.Signers.Threshold() {
				chosen[k] = nil
				continue
			}
			have++
		}
		if have < il.Signers.Threshold() {
			return nil, fmt.Errorf("%w: input %d has %d of %d", ErrSignatures, i, have, il.Signers.Threshold())
		}
		wit := make(wire.TxWitness, 0, len(keys)+2)
		for k := len(keys) - 1; k >= 0; k-- {
			wit = append(wit, chosen[k]) // nil encodes as an empty element
		}
		tx.TxIn[i].Witness = append(wit, il.Leaf.Script, il.Control)
	}
	return tx, nil
}

func verify(s Signature, sigHash []byte) bool {
	pub, err := schnorr.ParsePubKey(s.Key[:])
	if err != nil {
		return false
	}
	sig, err := schnorr.ParseSignature(s.Sig[:])
	if err != nil {
		return false
	}
	return sig.Verify(sigHash, pub)
}
