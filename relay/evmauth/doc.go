// Package evmauth is the relay's Authorizer and batch signer for EVM
// destination chains: it signs Mint/Unlock authorizations and
// MintBatch/UnlockBatch proposals exactly as the Bridge contract verifies
// them (EIP-712, via contracts/eip712), and checks other operators'
// signatures by recovery.
//
// An authorization is named in the contract's Transfer struct by its
// source: (srcRef = source bridge, srcIndex = nonce) for an EVM source
// chain, (srcRef = txid in display order, srcIndex = vout) for a Bitcoin
// one. Before signing, Transfer checks that the bridge would derive the
// authorization's transferId from that name, so a misconfigured source can
// never produce a signature for another transfer.
//
// The signer-set epoch comes from an EpochReader (the EVM adapter reads it
// from the bridge). A share is u64be(epoch) ‖ [R ‖ S ‖ V] with V ∈ {27, 28};
// Split separates them for the submitter. A batch proposal carries its
// epoch as Batch.Data (8 bytes); signers sign only proposals for the epoch
// the bridge is in. Batcher adds the chain's BatchSubmitter to make a
// relay.Batcher.
//
// # Errors
//
//   - ErrConfig: incomplete domain, no epoch reader, a chain listed as
//     both EVM and Bitcoin source, no batch submitter.
//   - ErrSource: the authorization cannot be named for this destination
//     (other destination, unknown source chain, recipient not 20 bytes,
//     transferId not derivable, mixed actions in a batch).
//   - ErrEpoch: a proposal for another epoch than the bridge's.
//   - ErrReadOnly: signing with a verify-only authorizer.
//   - Verify and VerifyBatch wrap relay.ErrBadShare.
package evmauth
