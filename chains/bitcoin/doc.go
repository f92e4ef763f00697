// Package bitcoin is Kakehashi's Bitcoin deposit protocol: the payload a
// depositor commits to, the taproot deposit output, the federation's
// custody output, and the depositor's refund transaction. It is pure
// computation (no I/O, no keys kept); the wallet, signer and watcher
// sub-packages build on it. The full specification with test vectors is
// docs/bitcoin.md.
//
// # Deposit
//
// A deposit is one transaction with exactly one P2TR output built by
// NewDepositOutput and one OP_RETURN carrying the 68-byte Payload
// (PayloadScript):
//
//	"KKH" ‖ 0x01 ‖ dstChain u64 BE ‖ recipient 20 ‖ refund x-only key 32 ‖ locktime u32 BE
//
// The P2TR output has the BIP-341 NUMS point as internal key (no key path)
// and two leaves:
//
//	mint:   OP_DATA_32 <sha256(payload)> OP_DROP <pk1> OP_CHECKSIG <pk2> OP_CHECKSIGADD … <t> OP_NUMEQUAL
//	refund: <locktime> OP_CHECKLOCKTIMEVERIFY OP_DROP OP_DATA_32 <refund key> OP_CHECKSIG
//
// The signer keys are x-only and sorted ascending (KeySet). A branch of two
// leaves is hashed with its children in lexicographic order (BIP-341), so
// the output key does not depend on the order the leaves are listed in.
//
//	out, _ := bitcoin.NewDepositOutput(payload, federation.Signers)
//	addr, _ := out.Address(&chaincfg.RegressionNetParams)
//	tx.TxOut = append(tx.TxOut, out.Outputs(amount)...)
//
// # Refund
//
// BuildRefund signs a one-input transaction spending the refund leaf, with
// nLockTime = the payload's locktime and an RBF sequence. Nodes accept it
// once the chain tip is at or above the locktime.
//
// # Custody
//
// NewCustodyOutput builds the federation wallet's output for one epoch:
// NUMS internal key, a leaf with the signers' multi_a and a recovery leaf
// `<delay> OP_CHECKSEQUENCEVERIFY OP_DROP` + the recovery keys' multi_a.
//
// # Errors
//
// DecodePayload returns ErrPayloadLength, ErrPayloadMagic,
// ErrPayloadVersion, ErrLocktime, ErrRefundKey or ErrRecipient, wrapped
// with details; test with errors.Is. NewKeySet and Federation.Validate
// return ErrKeySet or ErrRecoveryDelay; ParseMultiA returns ErrNotMultiA.
// BuildRefund returns ErrRefundKeyMismatch, ErrRefundAmount, ErrFeeRate or
// ErrNonStandardScript (also returned by CheckStandardPayment).
package bitcoin
