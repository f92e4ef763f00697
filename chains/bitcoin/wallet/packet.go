package wallet

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/btcsuite/btcd/btcutil/psbt"
	"github.com/btcsuite/btcd/chaincfg/chainhash"
	"github.com/kakehashi/kakehashi/chains"
)

// Kind says what a proposal PSBT is.
type Kind uint8

// Proposal kinds.
const (
	KindSweep  Kind = 1
	KindPayout Kind = 2
)

func (k Kind) String() string {
	switch k {
	case KindSweep:
		return "sweep"
	case KindPayout:
		return "payout"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// PSBT proprietary keys (BIP-174 type 0xFC, identifier "kkh"):
//
//	global 0xFC "kkh" 0x01  kind: 1 byte (1 sweep, 2 payout)
//	global 0xFC "kkh" 0x02  fee rate: uint64 big-endian, sat/vB
//	global 0xFC "kkh" 0x03  custody epoch receiving sweep or change: uint32 big-endian
//	global 0xFC "kkh" 0x04  txid of the payout this one replaces (fee bump): 32 bytes, internal order
//	output 0xFC "kkh" 0x10  transfer id of the burn this output pays: 32 bytes
const (
	keyKind       = 0x01
	keyFeeRate    = 0x02
	keyEpoch      = 0x03
	keyReplaces   = 0x04
	keyTransferID = 0x10
)

var propPrefix = []byte{0xfc, 0x03, 'k', 'k', 'h'}

func propKey(sub byte) []byte { return append(append([]byte(nil), propPrefix...), sub) }

type annotations struct {
	kind  Kind
	rate  uint64
	epoch uint32
}

func (a annotations) encode() []*psbt.Unknown {
	r := make([]byte, 8)
	binary.BigEndian.PutUint64(r, a.rate)
	e := make([]byte, 4)
	binary.BigEndian.PutUint32(e, a.epoch)
	return []*psbt.Unknown{
		{Key: propKey(keyKind), Value: []byte{byte(a.kind)}},
		{Key: propKey(keyFeeRate), Value: r},
		{Key: propKey(keyEpoch), Value: e},
	}
}

// Proposal is what a PSBT built by this package says about itself.
type Proposal struct {
	Kind  Kind
	Rate  uint64
	Epoch uint32
	// Burns[i] is the transfer id output i pays, or nil for a non-burn output.
	Burns []*chains.TransferID
	// Replaces is the payout this one declares it replaces (MarkReplacement),
	// or nil.
	Replaces *chainhash.Hash
}

// ReadProposal decodes the Kakehashi annotations of p. It checks their
// form only; a signer must still rebuild and compare the transaction.
func ReadProposal(p *psbt.Packet) (Proposal, error) {
	var pr Proposal
	if p == nil || p.UnsignedTx == nil {
		return pr, fmt.Errorf("%w: no transaction", ErrPacket)
	}
	got := map[byte][]byte{}
	for _, u := range p.Unknowns {
		if len(u.Key) == len(propPrefix)+1 && bytes.HasPrefix(u.Key, propPrefix) {
			if _, dup := got[u.Key[len(propPrefix)]]; dup {
				return pr, fmt.Errorf("%w: duplicate annotation %x", ErrPacket, u.Key)
			}
			got[u.Key[len(propPrefix)]] = u.Value
		}
	}
	k, r, e := got[keyKind], got[keyFeeRate], got[keyEpoch]
	if len(k) != 1 || len(r) != 8 || len(e) != 4 {
		return pr, fmt.Errorf("%w: missing or malformed kind/fee-rate/epoch annotations", ErrPacket)
	}
	pr.Kind, pr.Rate, pr.Epoch = Kind(k[0]), binary.BigEndian.Uint64(r), binary.BigEndian.Uint32(e)
	if pr.Kind != KindSweep && pr.Kind != KindPayout {
		return pr, fmt.Errorf("%w: unknown kind %d", ErrPacket, k[0])
	}
	if rp, ok := got[keyReplaces]; ok {
		if len(rp) != chainhash.HashSize || pr.Kind != KindPayout {
			return pr, fmt.Errorf("%w: malformed replaces annotation", ErrPacket)
		}
		h := chainhash.Hash(rp)
		pr.Replaces = &h
	}
	if len(p.Outputs) != len(p.UnsignedTx.TxOut) || len(p.Inputs) != len(p.UnsignedTx.TxIn) {
		return pr, fmt.Errorf("%w: input/output sections do not match the transaction", ErrPacket)
	}
	pr.Burns = make([]*chains.TransferID, len(p.Outputs))
	for i, o := range p.Outputs {
		for _, u := range o.Unknowns {
			if bytes.Equal(u.Key, propKey(keyTransferID)) {
				if len(u.Value) != 32 || pr.Burns[i] != nil {
					return pr, fmt.Errorf("%w: output %d transfer id annotation", ErrPacket, i)
				}
				id := chains.TransferID(u.Value)
				pr.Burns[i] = &id
			}
		}
	}
	return pr, nil
}
