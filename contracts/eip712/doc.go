// Package eip712 builds the EIP-712 digests that Kakehashi's Bridge contract
// verifies, and packs signer shares into the signature bytes it accepts. The
// relay's signers and the EVM adapter use it; the contract's own tests check
// the same type strings independently (contracts/test/lib/Fixture.sol).
//
// # Domain
//
//	EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	name = "Kakehashi Bridge", version = Version ("3", the contract's VERSION), chainId = the destination chain, verifyingContract = its Bridge
//
// # Messages
//
// Transfers into a chain (signed by t current signers, epoch = the signer-set
// epoch the bridge is in; a mint's deadline is the unix second after which it
// may no longer execute, NoDeadline for none):
//
//	Mint(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 srcRef,uint64 srcIndex,bytes32 assetId,address recipient,uint256 amount)
//	Unlock(uint64 epoch,uint64 srcChain,bytes32 srcRef,uint64 srcIndex,bytes32 assetId,address recipient,uint256 amount)
//	MintBatch(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 assetId,Item[] items)Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)
//	UnlockBatch(uint64 epoch,uint64 srcChain,bytes32 assetId,Item[] items)Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)
//
// A batch carries transfers of one asset from one source chain (NewBatch
// checks this); each Item is one transfer.
//
// The source of a transfer is named by (srcChain, srcRef, srcIndex), and the
// bridge derives transferId = keccak256(abi.encode(srcChain, srcRef, srcIndex)):
//
//	EVM source:     srcRef = source Bridge address left-padded to 32 bytes, srcIndex = the Locked/Burned event's nonce
//	Bitcoin source: srcRef = deposit txid in RPC display order,            srcIndex = the deposit output's vout
//
// which is exactly chains.EVMTransferID and chains.BitcoinTransferID; see
// EVMSource, BitcoinSource and Transfer.ID. The bridge accepts no other
// encoding of a source (an EVM srcRef with non-zero upper 12 bytes, a Bitcoin
// srcIndex of 2^32 or more), so one source event has one transferId.
//
// Quorum and signer messages (signed by t current signers, or one for Pause;
// epoch = the bridge's signer epoch, so a rotation retires every pending
// one; nonce = the bridge's admin nonce, or its separate pause nonce; for
// Refund, the nonce of the bridge's own lock or burn to return, with the
// asset, sender and amount of its Locked or Burned event, which the bridge
// returns as signed):
//
//	Cancel(uint64 epoch,uint64 srcChain,bytes32 srcRef,uint64 srcIndex)
//	Refund(uint64 epoch,uint64 nonce,bytes32 assetId,address sender,uint256 amount)
//	DefineAsset(uint64 epoch,uint64 homeChain,bytes homeAsset,string name,string symbol,uint8 decimals,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)
//	SetLimits(uint64 epoch,bytes32 assetId,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)
//	SetRoutes(uint64 epoch,bytes32 assetId,uint64[] dstChains,bool enabled,uint64 nonce)
//	SetChain(uint64 epoch,uint64 chainId,uint8 kind,uint64 nonce)
//	RotateSigners(uint64 epoch,address[] signers,uint8 threshold,uint64 nonce)
//	Pause(uint64 epoch,uint32 nonce)
//	Unpause(uint64 epoch,uint64 nonce)
//
// # Signatures
//
// Sign produces a 65-byte [R ‖ S ‖ V] signature with V in {27, 28}; the
// bridge also accepts V in {0, 1}. Pack sorts shares by signer address,
// rejects duplicates and concatenates them — the `sigs` argument of every
// quorum-authorised Bridge function.
//
// # Errors
//
// ErrAmount: an amount is nil, negative or wider than 256 bits (or 128 bits
// for limits). ErrSignature: a share is not 65 bytes, or does not recover.
// ErrDuplicateSigner: two shares by the same signer were given to Pack.
// ErrBatch: a batch is empty or mixes source chains or assets.
// All are wrapped with %w and the offending value. RefundDigest returns no
// error: for an amount out of range it returns the zero hash, a digest no
// bridge accepts signatures over.
package eip712
