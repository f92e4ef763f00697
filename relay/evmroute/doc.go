// Package evmroute is the relay's route for an EVM chain: New dials the
// operator's own node(s) and returns the chain's relay.ChainRoles (and
// Close releases the connections).
//
//   - Source: chains/evm's Watcher with a durable FileCursor
//     (<dataDir>/evm-<chain>.cursor.json, replaced atomically with fsync),
//     starting at the bridge's deployment block. The final events of each
//     scanned range are first recorded in the operator's ledger
//     (ledger.Accountant.RecordEvents, the watcher's range hook), then
//     published.
//   - Verifier: chains/evm's Verifier, its errors also wrapping the relay's
//     ErrNotFound, ErrNotFinal and ErrReorged.
//   - Authorizer: signs Mint/Unlock authorizations exactly as the Bridge
//     contract verifies them (EIP-712, via contracts/eip712) and checks
//     other operators' shares by recovery.
//   - Submitter: chains/evm's Submitter (nonces, fees, replacement,
//     receipts) sending mint/unlock with the t individual signatures
//     (Split, eip712.Pack).
//   - Batcher (with Config.Batch): MintBatch/UnlockBatch proposals, signed
//     by t operators and submitted with mintBatch/unlockBatch.
//
// An authorization is named in the contract's Transfer struct by its
// source: (srcRef = source bridge, srcIndex = nonce) for an EVM source
// chain, (srcRef = txid in display order, srcIndex = vout) for a Bitcoin
// one. Before signing, Transfer checks that the bridge would derive the
// authorization's transferId from that name, so a misconfigured source can
// never produce a signature for another transfer.
//
// The signer-set epoch comes from the bridge (EpochReader, cached for a
// second). A share is u64be(epoch) ‖ [R ‖ S ‖ V] with V ∈ {27, 28}; Split
// separates them for the submitter. A batch proposal carries its epoch as
// Batch.Data (8 bytes); signers sign only proposals for the epoch the
// bridge is in.
//
// # Errors
//
//   - ErrConfig: incomplete configuration or domain, a chain that is not
//     an EVM chain of the deployment or whose bridge differs from it, a
//     chain listed as both EVM and Bitcoin source, no batch submitter.
//   - ErrSource: the authorization cannot be named for this destination
//     (other destination, unknown source chain, recipient not 20 bytes,
//     transferId not derivable, mixed actions in a batch).
//   - ErrEpoch: a proposal for another epoch than the bridge's, or shares
//     of different epochs.
//   - ErrReadOnly: signing with a verify-only authorizer.
//   - Verify and VerifyBatch wrap relay.ErrBadShare.
//   - Adapter errors come from chains/evm (classified there), wrapped with
//     the chain id.
package evmroute
