// Package wallet builds the federation's Bitcoin transactions as PSBTs:
// sweeps of deposits into custody and batched payouts of final burns, and
// assembles the signed witnesses. It holds no keys and does no I/O; given
// the same Config and inputs it always builds the same transaction, which
// is what lets every signer rebuild and check a proposal (package signer).
//
// # Sweeps
//
// BuildSweep spends many deposits through their mint leaf into one output
// to the current epoch's custody. Inputs are ordered by outpoint; the fee
// is vsize × rate, taken from the swept value.
//
// SweepBatch orders pending deposits by urgency (lowest refund locktime
// first) and SweepUrgent says when one is within a horizon of its locktime;
// a coordinator sweeps when a batch is full or urgent.
//
// # Payouts
//
// BuildPayout pays many burns in one transaction: one output per burn in
// transfer-id order, then change to custody. Coin selection is largest
// first (ties by outpoint) until the burns are covered with a change of
// zero or above dust. The fee (vsize × rate) is shared by the recipients:
// fee / n each, the remainder on the last. Recipients must be standard
// scripts (P2PKH, P2SH, P2WPKH, P2WSH, P2TR). Inputs signal RBF.
//
// BuildMainPayout is the same on the federation's main-UTXO chain: the
// main is always an input, other UTXOs are added only as needed, and the
// change (at least dust, never zero) is always made: it is the next
// main. Two payouts built on one main spend a common outpoint, so at most
// one of them can confirm.
//
// # PSBTs
//
// Each input carries its witness UTXO, the NUMS internal key and the one
// leaf script it spends with its control block. Kakehashi annotations are
// BIP-174 proprietary fields (0xFC, identifier "kkh"): kind, fee rate and
// receiving epoch globally, and the burn transfer id on each payout output.
// ReadProposal decodes them.
//
// # Signatures
//
// Signers return Signature values (package signer). AssembleWitness checks
// each against the input's BIP-341 sighash, keeps the t lowest keys that
// signed, and writes the multi_a witness: one element per key in reverse
// key order (empty for keys that did not sign), the leaf, the control block.
//
// # UTXO tracking
//
// UTXOSet follows custody outputs through final blocks (ApplyBlock) and
// gives BuildPayout its candidates.
//
// # Errors
//
// ErrConfig (New), ErrUnknownEpoch, ErrNothingToDo, ErrDuplicate,
// ErrInsufficientFunds, ErrBelowDust, ErrTooLarge (builders), ErrPacket
// (ReadProposal, Leaves, AssembleWitness), ErrSignatures (AssembleWitness),
// and bitcoin.ErrNonStandardScript for a payout recipient. All are wrapped
// with details; test with errors.Is. ErrBelowDust from a payout builder
// comes as a *DustError naming every burn whose output would be dust
// (errors.As), so the payout can be built again without them.
package wallet
