// Package signer is a federation operator's independent check of a
// proposed sweep or payout, and its signature.
//
// CheckAndSign never trusts the proposal: it reads the inputs and burns
// from the operator's own View (its own node and audit state), rebuilds the
// transaction with package wallet at the proposal's declared fee rate, and
// refuses unless
//
//   - the fee rate is within the signer's [MinRate, MaxRate];
//   - every input is a final deposit (sweep) or final custody UTXO (payout);
//   - every payout output pays an unpaid final burn's scriptPubKey, and the
//     only other output is the last one, to current custody (change);
//   - the fee paid is not above what the policy computes;
//   - the rebuilt transaction is byte-for-byte the proposal, including each
//     input's leaf, control block and witness UTXO;
//   - no burn it pays was signed before in a payout that spends none of the
//     same inputs: only RBF replacements of a payout are signed, so a burn
//     is never paid twice. Release forgets a burn once its payout is final
//     or can never confirm;
//   - with a MainView (the federation's main-UTXO chain): a payout spends
//     exactly one main output, pays no burn to a custody script and ends
//     with its change to current custody (the next main; it is rebuilt
//     with wallet.BuildMainPayout), and a sweep spends no main. Any two
//     payouts on one main then conflict: at most one confirms.
//
// A payout that declares it replaces another (wallet.MarkReplacement, a
// fee bump) is also checked against the payout it names, as the caller's
// own book holds it, by CheckReplacement: same inputs, same burns to the
// same scripts with the same gross amounts, same change, a higher fee
// rate and fee, and a rate at most the published maximum.
//
// It then signs (BIP-340, SIGHASH_DEFAULT) every input whose leaf lists its
// key and returns the signatures; the coordinator gathers t of them per
// input and calls wallet.AssembleWitness.
//
// # Errors
//
// Every refusal wraps ErrRefused and one of ErrUnknownDeposit,
// ErrUnknownUTXO, ErrUnknownBurn, ErrOutputMismatch, ErrChangeNotHome,
// ErrFeePolicy, ErrMismatch, ErrNotASigner, ErrDoublePay, ErrNotMain, ErrReplacement or
// wallet.ErrPacket, with the
// details in the message. New returns ErrConfig.
package signer
