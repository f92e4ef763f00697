// Package chains holds the vocabulary every chain adapter and the relay share:
// chain, asset and transfer identifiers (DESIGN §3) and the chain event a
// watcher emits, which carries its own finality (confirmations, final,
// reorged) in the style of lnd's chainntnfs.
//
// Adapters live in sub-packages, one per kind of chain (chains/evm,
// chains/bitcoin); a new kind of chain is one new sub-package. Interfaces
// that consume adapters are declared where they are used (package relay),
// not here.
//
// # The watcher contract
//
// Every adapter's watcher delivers through the same two callbacks declared
// here: a RangeHook, given each range's final events before any of them is
// published (the relay records them in its audit ledger there), and a
// Sink, given each event and each reorg alarm in chain order. It keeps its
// position in a Cursor[P], P being the adapter's own position type;
// FileCursor is the one file-backed implementation. Package chaintest is
// the conformance suite of that contract together with the adapter's
// verifier (an event is final exactly once, a shallow reorg is silent, a
// reorg of a final event raises the alarm, a restart leaves no gap and no
// duplicate, the verifier agrees with the watcher); a new kind of chain
// must pass it.
//
// # Identifiers
//
//	assetId    = keccak256(abi.encode(uint64 homeChain, bytes homeAsset))
//	transferId = keccak256(abi.encode(uint64 chainId, address bridge, uint64 nonce))   EVM source
//	transferId = keccak256(abi.encode(uint64 chainId, bytes32 txid, uint32 vout))      Bitcoin source
//
// homeAsset is the 20-byte token address, or empty for the native coin. The
// Bitcoin txid is taken in RPC display order: the 32 bytes of the hex string
// that btcd's getrawtransaction and every block explorer print, which is the
// reverse of chainhash.Hash's internal order.
//
// # Errors
//
// ErrUnknownEventKind is returned when decoding an EventKind name that is not
// one of the kinds below. FileCursor's errors wrap the file system's or
// encoding/json's, prefixed "chains: cursor <path>".
package chains
