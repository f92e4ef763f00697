// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {BridgeBase} from "./BridgeBase.sol";
import {BridgeAdmin} from "./BridgeAdmin.sol";
import {WrappedToken} from "./WrappedToken.sol";

/// @title Kakehashi Bridge
/// @notice One per EVM chain. Users `lock` home assets (ERC-20 or the native
/// coin) and `burn` wrapped tokens toward the chains their asset routes to; a
/// quorum of `threshold` signers of the current epoch authorises `mint` and
/// `unlock` (and their batch forms), `cancel` and `refund` with ECDSA
/// signatures over EIP-712 typed data (domain "Kakehashi Bridge", VERSION,
/// chain id, this contract). A payout that fails is kept for its recipient
/// to `claim`.
/// @dev Not upgradeable. Replay protection: every mint and unlock names its
/// source event by (srcChain, srcRef, srcIndex); the contract derives
/// transferId = keccak256(abi.encode(srcChain, srcRef, srcIndex)) itself and
/// marks one bit per source event in a bitmap keyed by
/// keccak256(abi.encode(srcChain, srcRef, srcIndex >> 8)). The map from
/// transferId preimage to bit is injective, so one transferId has exactly one
/// bit and a transfer can complete at most once. Administration runs in a
/// BridgeAdmin this bridge deploys and calls with DELEGATECALL (EIP-170).
/// See docs/contracts.md.
contract Bridge is BridgeBase, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------
    // Types of the interface (the others, shared with BridgeAdmin, are in
    // BridgeBase)

    /// @notice One authorised transfer into this chain (a mint or an unlock).
    /// @param srcChain chain id where the lock/burn/deposit happened
    /// @param srcRef   EVM source: the source bridge address, left-padded to 32
    ///                 bytes; Bitcoin source: the deposit txid (display order)
    /// @param srcIndex EVM source: the source bridge's nonce; Bitcoin: the vout
    /// @param assetId  keccak256(abi.encode(uint64 homeChain, bytes homeAsset))
    /// @param recipient who receives the tokens on this chain
    /// @param amount   in the asset's smallest unit (same decimals everywhere)
    struct Transfer {
        uint64 srcChain;
        bytes32 srcRef;
        uint64 srcIndex;
        bytes32 assetId;
        address recipient;
        uint256 amount;
    }

    /// @notice One element of a batch; the batch names srcChain and assetId
    /// once for all its items (a batch is per source chain and asset).
    struct Item {
        bytes32 srcRef;
        uint64 srcIndex;
        address recipient;
        uint256 amount;
    }

    /// @notice Parameters of `defineAsset`, signed by the quorum.
    struct AssetDef {
        uint64 homeChain;
        bytes homeAsset; // 20-byte token address, or empty for the native coin
        string name; // wrapped token name (ignored when this chain is home)
        string symbol; // wrapped token symbol (ignored when this chain is home)
        uint8 decimals; // wrapped token decimals = the home asset's
        uint128 minPerTransfer; // smallest lock/burn; below 2^88 (see Asset)
        uint128 maxPerTransfer;
        uint128 capacity; // most that mints and unlocks can release in any `window` seconds
        uint32 window; // seconds
    }

    /// @notice The version of this contract's interface (functions, events,
    /// errors and signed messages), and its EIP-712 domain version. It
    /// changes whenever the interface does (DESIGN §5); docs/contracts.md,
    /// "Versions", lists what each version changed.
    string public constant VERSION = "3";
    uint256 public constant MAX_SIGNERS = MAX_SIGNER_COUNT;
    /// @notice Gas a native payout gives its recipient (plus the EVM's 2,300
    /// stipend): enough for a smart wallet's receive; a recipient that needs
    /// more claims (`claim`), with all the gas it likes.
    uint256 public constant NATIVE_PAYOUT_GAS = 30_000;
    /// @notice Gas an ERC-20 payout gives the token's transfer (and any hook
    /// it calls).
    uint256 public constant TOKEN_PAYOUT_GAS = 200_000;
    /// @dev Gas kept besides a payout's allowance: the call's own cost (cold
    /// account, value transfer, new account: 36,600) and what follows it.
    uint256 private constant PAYOUT_RESERVE = 40_000;
    /// @dev What PaymentDeferred and ClaimFailed keep of a revert reason.
    uint256 private constant MAX_REASON = 256;
    uint256 private constant SECP256K1_P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;
    /// @dev The BridgeAdmin deployed by the constructor; admin calls run its code on this storage.
    address private immutable _administration;
    /// @notice keccak256(abi.encode(uint64(block.chainid), bytes(""))): this chain's native coin.
    bytes32 public immutable nativeAssetId;

    /// @param signers_ initial signer set (epoch 1), sorted ascending, no zero
    /// @param threshold_ signatures required; must be a strict majority
    /// @param evmChains chain ids accepted as EVM destinations
    /// @param bitcoinChains chain ids accepted as Bitcoin destinations
    constructor(
        address[] memory signers_,
        uint8 threshold_,
        uint64[] memory evmChains,
        uint64[] memory bitcoinChains
    ) {
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
        nativeAssetId = keccak256(abi.encode(uint64(block.chainid), bytes("")));
        _administration = address(new BridgeAdmin());
        _setSigners(signers_, threshold_, 0);
        for (uint256 i; i < evmChains.length; ++i) {
            _setChain(evmChains[i], ChainKind.EVM);
        }
        for (uint256 i; i < bitcoinChains.length; ++i) {
            _setChain(bitcoinChains[i], ChainKind.Bitcoin);
        }
    }

    // ------------------------------------------------------------------
    // User-facing (DESIGN §5)

    /// @notice Lock `amount` of home ERC-20 `token` for `recipient` on `dstChain`.
    /// The caller must have approved this bridge. The amount credited is what
    /// the bridge actually received; a token that moves a different amount
    /// reverts with TransferAmountMismatch.
    function lock(address token, uint256 amount, uint64 dstChain, bytes calldata recipient)
        external
        nonReentrant
        returns (bytes32 transferId)
    {
        bytes32 assetId = assetOf[token];
        Asset storage a = _assets[assetId];
        if (a.kind != AssetKind.HomeToken || assetId == bytes32(0)) revert NotHomeToken(token);
        Config memory c = _checkOutbound(a, assetId, amount, dstChain, recipient);
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received != amount) revert TransferAmountMismatch(amount, received);
        a.locked += amount;
        transferId = _nextTransfer(c);
        emit Locked(transferId, assetId, msg.sender, amount, dstChain, recipient, c.nonce);
    }

    /// @notice Lock msg.value of this chain's native coin for `recipient` on `dstChain`.
    function lockNative(uint64 dstChain, bytes calldata recipient)
        external
        payable
        nonReentrant
        returns (bytes32 transferId)
    {
        bytes32 assetId = nativeAssetId;
        Asset storage a = _assets[assetId];
        if (a.kind != AssetKind.HomeNative) revert NativeAssetNotDefined();
        Config memory c = _checkOutbound(a, assetId, msg.value, dstChain, recipient);
        a.locked += msg.value;
        transferId = _nextTransfer(c);
        emit Locked(transferId, assetId, msg.sender, msg.value, dstChain, recipient, c.nonce);
    }

    /// @notice Burn `amount` of the caller's `wrappedToken` for `recipient` on
    /// `dstChain`: the asset's home chain (unlock there) or another chain
    /// (minted there). For a Bitcoin destination `recipient` is a standard
    /// scriptPubKey; for an EVM chain it is a 20-byte address.
    function burn(address wrappedToken, uint256 amount, uint64 dstChain, bytes calldata recipient)
        external
        nonReentrant
        returns (bytes32 transferId)
    {
        bytes32 assetId = assetOf[wrappedToken];
        Asset storage a = _assets[assetId];
        if (a.kind != AssetKind.Wrapped || assetId == bytes32(0)) revert NotWrappedToken(wrappedToken);
        Config memory c = _checkOutbound(a, assetId, amount, dstChain, recipient);
        WrappedToken(wrappedToken).burn(msg.sender, amount);
        transferId = _nextTransfer(c);
        emit Burned(transferId, assetId, msg.sender, amount, dstChain, recipient, c.nonce);
    }

    /// @notice The wrapped token of `assetId` on this chain, or zero if the
    /// asset is not defined here or its home is this chain.
    function wrappedTokenOf(bytes32 assetId) external view returns (address) {
        Asset storage a = _assets[assetId];
        return a.kind == AssetKind.Wrapped ? a.token : address(0);
    }

    /// @notice Pay `recipient` what is claimable for it in `token` (zero: the
    /// native coin), with all the gas this call has. Anyone may call it; the
    /// value only ever goes to `recipient`. Reverts with ClaimFailed, the
    /// amount still claimable, if the payment fails.
    function claim(address token, address recipient) external nonReentrant returns (uint256 amount) {
        if (_config.paused) revert BridgePaused();
        amount = claimable[token][recipient];
        if (amount == 0) revert NothingToClaim(token, recipient);
        claimable[token][recipient] = 0;
        totalClaimable[token] -= amount;
        (bool ok, bytes memory reason) = _send(token, recipient, amount, gasleft());
        if (!ok) revert ClaimFailed(token, recipient, reason);
        emit Claimed(token, recipient, amount);
    }

    // ------------------------------------------------------------------
    // Relay-facing: mint / unlock / cancel / refund

    /// @notice Mint a wrapped asset, authorised by `threshold` signatures of
    /// the current epoch over the EIP-712 `Mint` message, valid while
    /// block.timestamp <= `deadline` (unix seconds): a Bitcoin deposit's mint
    /// must land before its depositor can refund (docs/bitcoin-route.md,
    /// "Mint deadline").
    function mint(uint64 epoch, uint64 deadline, Transfer calldata t, bytes calldata sigs)
        external
        returns (bytes32 transferId)
    {
        Config memory c = _checkLive(epoch);
        _checkDeadline(deadline);
        _verify(_hashTyped(keccak256(abi.encode(MINT_TYPEHASH, epoch, deadline, t))), sigs, c);
        transferId = _mintOne(t);
    }

    /// @notice Mint many transfers of one asset from one source chain,
    /// authorised by one set of signatures over `MintBatch`, valid while
    /// block.timestamp <= `deadline` (the earliest of its items' deadlines).
    /// Atomic: any invalid or already-processed item reverts the whole batch.
    function mintBatch(
        uint64 epoch,
        uint64 deadline,
        uint64 srcChain,
        bytes32 assetId,
        Item[] calldata items,
        bytes calldata sigs
    ) external {
        Config memory c = _checkLive(epoch);
        _checkDeadline(deadline);
        _verify(
            _hashTyped(keccak256(abi.encode(MINT_BATCH_TYPEHASH, epoch, deadline, srcChain, assetId, _itemsHash(items)))),
            sigs,
            c
        );
        Asset storage a = _assets[assetId];
        _requireKind(a, assetId, true);
        WrappedToken token = WrappedToken(a.token);
        _spend(a, _processBatch(a, srcChain, items), 0);
        for (uint256 i; i < items.length; ++i) {
            Item calldata it = items[i];
            token.mint(it.recipient, it.amount);
            emit Minted(_hash3(srcChain, it.srcRef, it.srcIndex), assetId, it.recipient, it.amount);
        }
    }

    /// @notice Release a locked home asset, authorised by `threshold`
    /// signatures of the current epoch over the EIP-712 `Unlock` message. A
    /// payout the recipient or token refuses does not revert: the transfer is
    /// executed, and the amount becomes claimable (PaymentDeferred).
    function unlock(uint64 epoch, Transfer calldata t, bytes calldata sigs)
        external
        nonReentrant
        returns (bytes32 transferId)
    {
        Config memory c = _checkLive(epoch);
        _verify(_hashTyped(keccak256(abi.encode(UNLOCK_TYPEHASH, epoch, t))), sigs, c);
        transferId = _markProcessed(t.srcChain, t.srcRef, t.srcIndex);
        _checkItem(t.recipient, t.amount);
        Asset storage a = _assets[t.assetId];
        bool native = _requireKind(a, t.assetId, false);
        _spend(a, t.amount, t.amount);
        _release(a, t.assetId, t.amount);
        _payOrDefer(transferId, native ? address(0) : a.token, t.recipient, t.amount);
        emit Unlocked(transferId, t.assetId, t.recipient, t.amount);
    }

    /// @notice Unlock many transfers of one asset from one source chain,
    /// authorised by one set of signatures over `UnlockBatch`. Any invalid or
    /// already-processed item reverts the whole batch; a payout the recipient
    /// or token refuses does not (it becomes claimable). Replay bits, limits
    /// and the locked balance are settled before any value leaves.
    function unlockBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, Item[] calldata items, bytes calldata sigs)
        external
        nonReentrant
    {
        Config memory c = _checkLive(epoch);
        _verify(
            _hashTyped(keccak256(abi.encode(UNLOCK_BATCH_TYPEHASH, epoch, srcChain, assetId, _itemsHash(items)))), sigs, c
        );
        Asset storage a = _assets[assetId];
        bool native = _requireKind(a, assetId, false);
        uint256 total = _processBatch(a, srcChain, items);
        _spend(a, total, 0);
        _release(a, assetId, total);
        address token = native ? address(0) : a.token;
        for (uint256 i; i < items.length; ++i) {
            Item calldata it = items[i];
            bytes32 id = _hash3(srcChain, it.srcRef, it.srcIndex);
            _payOrDefer(id, token, it.recipient, it.amount);
            emit Unlocked(id, assetId, it.recipient, it.amount);
        }
    }

    /// @notice Cancel a source event, authorised by `threshold` signatures of
    /// the current epoch over `Cancel`: its replay bit is set, so it can never
    /// be minted or unlocked here, whatever signatures exist for it. Works
    /// while paused: that is when a deposit's refund window can close with
    /// its mint still pending.
    function cancel(uint64 epoch, uint64 srcChain, bytes32 srcRef, uint64 srcIndex, bytes calldata sigs)
        external
        returns (bytes32 transferId)
    {
        Config memory c = _config;
        if (epoch != c.epoch) revert WrongEpoch(epoch, c.epoch);
        _verify(_hashTyped(keccak256(abi.encode(CANCEL_TYPEHASH, epoch, srcChain, srcRef, srcIndex))), sigs, c);
        transferId = _markProcessed(srcChain, srcRef, srcIndex);
        emit Cancelled(transferId, srcChain, srcRef, srcIndex);
    }

    /// @notice Return this bridge's lock or burn `nonce` to its sender,
    /// authorised by `threshold` signatures of the current epoch over
    /// `Refund(epoch, nonce, assetId, sender, amount)`: a lock is unlocked to
    /// its sender (claimable if the payout fails), a burn minted again to its
    /// sender. The signers take `assetId`, `sender` and `amount` from the
    /// Locked or Burned event on their own node, as they take a mint's from
    /// its source, and sign only after the transfer's destination cancelled
    /// it, final (docs/contracts.md, "Refunds"). The bridge keeps no record
    /// of a lock or burn: it refunds only a nonce it gave (UnknownNonce), and
    /// each nonce once (AlreadyRefunded). Counts against the asset's window
    /// limit.
    function refund(uint64 epoch, uint64 nonce, bytes32 assetId, address sender, uint256 amount, bytes calldata sigs)
        external
        nonReentrant
        returns (bytes32 transferId)
    {
        Config memory c = _checkLive(epoch);
        _verify(_hashTyped(keccak256(abi.encode(REFUND_TYPEHASH, epoch, nonce, assetId, sender, amount))), sigs, c);
        _markRefunded(nonce, c.nonce);
        if (amount == 0) revert ZeroAmount();
        Asset storage a = _assets[assetId];
        AssetKind kind = a.kind;
        if (kind == AssetKind.None) revert AssetNotDefined(assetId);
        transferId = _hash3(block.chainid, bytes32(uint256(uint160(address(this)))), nonce);
        _spend(a, amount, 0);
        if (kind == AssetKind.Wrapped) {
            WrappedToken(a.token).mint(sender, amount);
        } else {
            _release(a, assetId, amount);
            _payOrDefer(transferId, kind == AssetKind.HomeNative ? address(0) : a.token, sender, amount);
        }
        emit Refunded(transferId, assetId, sender, amount, nonce);
    }

    // ------------------------------------------------------------------
    // Admin (quorum-authorised unless noted): run in BridgeAdmin on this
    // bridge's storage. Each stub forwards its calldata as it came.

    /// @notice Define an asset on this chain. If this chain is its home, the
    /// ERC-20 (or native coin) becomes lockable; otherwise a WrappedToken is
    /// deployed with CREATE2 (salt = assetId). Locks and burns of it go
    /// nowhere until `setRoutes` enables destinations.
    function defineAsset(uint64 epoch, AssetDef calldata d, uint64 nonce, bytes calldata sigs)
        external
        returns (bytes32 assetId, address token)
    {
        (epoch, d, nonce, sigs, assetId, token); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    /// @notice Change an asset's limits. What left in the last window under
    /// the old limits still counts, as if it had left now (at most the new
    /// capacity); with the same capacity and window nothing changes for it.
    function setLimits(
        uint64 epoch,
        bytes32 assetId,
        uint128 minPerTransfer,
        uint128 maxPerTransfer,
        uint128 capacity,
        uint32 window,
        uint64 nonce,
        bytes calldata sigs
    ) external {
        (epoch, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    /// @notice Enable (or disable) the destinations `dstChains` for locks
    /// and burns of `assetId`: enable a chain where the asset is represented
    /// (its home, or a chain where it is wrapped). An enabled destination must
    /// be a registered chain other than this one, and a Bitcoin chain takes
    /// only its own coin (UnsupportedDestination).
    function setRoutes(
        uint64 epoch,
        bytes32 assetId,
        uint64[] calldata dstChains,
        bool enabled,
        uint64 nonce,
        bytes calldata sigs
    ) external {
        (epoch, assetId, dstChains, enabled, nonce, sigs); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    /// @notice Register what `chainId` is (EVM, Bitcoin) or remove it (None).
    function setChain(uint64 epoch, uint64 chainId, ChainKind kind, uint64 nonce, bytes calldata sigs) external {
        (epoch, chainId, kind, nonce, sigs); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    /// @notice Replace the signer set; the epoch increases by one, and every
    /// signature of the old epoch becomes invalid.
    function rotateSigners(
        uint64 epoch,
        address[] calldata signers_,
        uint8 threshold_,
        uint64 nonce,
        bytes calldata sigs
    ) external {
        (epoch, signers_, threshold_, nonce, sigs); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    /// @notice Pause, called by any current signer.
    function pause() external {
        _delegateAdmin();
    }

    /// @notice Pause with one current signer's signature over
    /// `Pause(epoch, nonce)`, submitted by anyone (for signer keys that hold
    /// no gas). The nonce is the bridge's pauseNonce, separate from the
    /// quorum's adminNonce, so a single signer can never invalidate a pending
    /// quorum message (such as the rotation that removes it) by pausing first.
    function pauseBySignature(uint64 epoch, uint32 nonce, bytes calldata sig) external {
        (epoch, nonce, sig); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    /// @notice Unpause, authorised by the quorum.
    function unpause(uint64 epoch, uint64 nonce, bytes calldata sigs) external {
        (epoch, nonce, sigs); // the ABI names them; BridgeAdmin reads them
        _delegateAdmin();
    }

    // ------------------------------------------------------------------
    // Views

    /// @notice The EIP-712 domain separator of this bridge on this chain.
    function domainSeparator() public view returns (bytes32) {
        return _domainSeparator();
    }

    function _domainSeparator() internal view override returns (bytes32) {
        return block.chainid == _cachedChainId ? _cachedDomainSeparator : _buildDomainSeparator();
    }

    /// @notice Current epoch, threshold, signer count, pause flag and nonces.
    function config()
        external
        view
        returns (
            uint64 epoch,
            uint8 threshold,
            uint8 signerCount,
            bool paused,
            uint64 nextNonce,
            uint64 adminNonce,
            uint32 pauseNonce
        )
    {
        Config memory c = _config;
        return (c.epoch, c.threshold, c.signerCount, c.paused, c.nonce, c.adminNonce, c.pauseNonce);
    }

    /// @notice The current signer set, ascending.
    function signers() external view returns (address[] memory) {
        return _signers;
    }

    /// @notice Everything about an asset on this chain; `available` is what
    /// mints or unlocks of it can release now under the window limit.
    function assetInfo(bytes32 assetId)
        external
        view
        returns (
            address token,
            AssetKind kind,
            uint128 minPerTransfer,
            uint128 maxPerTransfer,
            uint128 capacity,
            uint32 window,
            uint256 available,
            uint256 locked
        )
    {
        Asset storage a = _assets[assetId];
        Limits memory l = a.limits;
        uint256 o = a.outflow;
        uint256 avail;
        if (o != 0) (o, avail) = _window(l.capacity, o); // zero: not defined here
        return (a.token, a.kind, a.minPerTransfer, l.maxPerTransfer, l.capacity, uint32(o >> 168), avail, a.locked);
    }

    /// @notice keccak256(abi.encode(srcChain, srcRef, srcIndex)).
    function transferIdOf(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) public pure returns (bytes32) {
        return keccak256(abi.encode(srcChain, srcRef, srcIndex));
    }

    /// @notice Whether the source event has been minted, unlocked or cancelled here.
    function isProcessed(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) external view returns (bool) {
        uint256 word = _processed[keccak256(abi.encode(srcChain, srcRef, srcIndex >> 8))];
        return word & (uint256(1) << (srcIndex & 0xff)) != 0;
    }

    /// @notice Whether this bridge's lock or burn `nonce` has been refunded.
    function isRefunded(uint64 nonce) external view returns (bool) {
        return _refunded[nonce >> 8] & (uint256(1) << (nonce & 0xff)) != 0;
    }

    // ------------------------------------------------------------------
    // Internals: admin dispatch

    /// @dev Runs the admin function of this call's selector in BridgeAdmin on
    /// this storage, and returns or reverts with what it returned; never
    /// returns to its caller.
    function _delegateAdmin() private {
        address target = _administration;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if ok { return(0, returndatasize()) }
            revert(0, returndatasize())
        }
    }

    // ------------------------------------------------------------------
    // Internals: outbound (lock / burn)

    function _checkOutbound(
        Asset storage a,
        bytes32 assetId,
        uint256 amount,
        uint64 dstChain,
        bytes calldata recipient
    ) internal view returns (Config memory c) {
        c = _config;
        if (c.paused) revert BridgePaused();
        if (amount == 0) revert ZeroAmount();
        uint256 min = a.minPerTransfer;
        if (amount < min) revert AmountBelowMinimum(amount, min);
        uint256 max = a.limits.maxPerTransfer;
        if (amount > max) revert AmountAboveLimit(amount, max);
        if (dstChain == 0 || dstChain == block.chainid) revert InvalidDestination(dstChain);
        if (!routes[assetId][dstChain]) revert UnsupportedDestination(assetId, dstChain);
        ChainKind k = chainKind[dstChain];
        if (k == ChainKind.EVM) {
            if (recipient.length != 20 || bytes20(recipient) == bytes20(0)) revert InvalidEVMRecipient(recipient);
            // Bridges are commonly deployed at the same address on every
            // chain (same deployer, same nonce), and so are their wrapped
            // tokens (CREATE2): refuse here what the destination would refuse.
            _checkRecipient(address(bytes20(recipient)));
        } else if (k == ChainKind.Bitcoin) {
            // Only the Bitcoin chain's own coin can go there, and only as a
            // burn of its wrapped token (setRoutes refuses any other route,
            // and this holds if the chain was registered again as Bitcoin).
            if (assetId != keccak256(abi.encode(dstChain, bytes("")))) {
                revert UnsupportedDestination(assetId, dstChain);
            }
            if (!isStandardScript(recipient)) revert InvalidBitcoinScript(recipient);
            if (!_spendable(recipient)) revert UnspendableBitcoinScript(recipient);
        } else {
            revert UnknownChain(dstChain); // removed after its routes were enabled
        }
    }

    /// @dev Takes the next nonce. Nothing else is stored per lock or burn: a
    /// refund names its asset, sender and amount in what the quorum signs.
    function _nextTransfer(Config memory c) internal returns (bytes32 transferId) {
        _config.nonce = c.nonce + 1;
        transferId = _hash3(block.chainid, bytes32(uint256(uint160(address(this)))), c.nonce);
    }

    /// @notice Whether `s` is a standard Bitcoin output script a payout can
    /// pay: P2WPKH, P2WSH, P2TR, P2PKH or P2SH.
    function isStandardScript(bytes calldata s) public pure returns (bool) {
        uint256 n = s.length;
        if (n == 22) return s[0] == 0x00 && s[1] == 0x14; // OP_0 <20>
        if (n == 34) return (s[0] == 0x00 || s[0] == 0x51) && s[1] == 0x20; // OP_0|OP_1 <32>
        if (n == 25) {
            // OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG
            return s[0] == 0x76 && s[1] == 0xa9 && s[2] == 0x14 && s[23] == 0x88 && s[24] == 0xac;
        }
        if (n == 23) return s[0] == 0xa9 && s[1] == 0x14 && s[22] == 0x87; // OP_HASH160 <20> OP_EQUAL
        return false;
    }

    /// @dev Whether a standard script (isStandardScript) is not provably
    /// unspendable: its hash is not all zero, and a P2TR key x is in [1, p)
    /// (an x-only key must be a field element). Range checks only: an x below
    /// p that is not on the curve is not detected here.
    function _spendable(bytes calldata s) internal pure returns (bool) {
        uint256 n = s.length;
        if (n == 34) {
            uint256 x = uint256(bytes32(s[2:34]));
            return x != 0 && (s[0] == 0x00 || x < SECP256K1_P);
        }
        return bytes20(s[n == 25 ? 3 : 2:]) != bytes20(0); // P2PKH hash at 3; P2WPKH, P2SH at 2
    }

    // ------------------------------------------------------------------
    // Internals: inbound (mint / unlock)

    function _checkDeadline(uint64 deadline) internal view {
        if (block.timestamp > deadline) revert DeadlineExpired(deadline, block.timestamp);
    }

    function _checkLive(uint64 epoch) internal view returns (Config memory c) {
        c = _config;
        if (c.paused) revert BridgePaused();
        if (epoch != c.epoch) revert WrongEpoch(epoch, c.epoch);
    }

    function _mintOne(Transfer calldata t) internal returns (bytes32 transferId) {
        transferId = _markProcessed(t.srcChain, t.srcRef, t.srcIndex);
        _checkItem(t.recipient, t.amount);
        Asset storage a = _assets[t.assetId];
        _requireKind(a, t.assetId, true);
        _spend(a, t.amount, t.amount);
        WrappedToken(a.token).mint(t.recipient, t.amount);
        emit Minted(transferId, t.assetId, t.recipient, t.amount);
    }

    /// @dev Reverts unless the asset is wrapped (wantWrapped) or a home asset;
    /// returns whether it is this chain's native coin.
    function _requireKind(Asset storage a, bytes32 assetId, bool wantWrapped) internal view returns (bool native) {
        AssetKind kind = a.kind;
        if (wantWrapped ? kind == AssetKind.Wrapped : (kind == AssetKind.HomeToken || kind == AssetKind.HomeNative)) {
            return kind == AssetKind.HomeNative;
        }
        if (kind == AssetKind.None) revert AssetNotDefined(assetId);
        revert WrongAssetKind(assetId, kind);
    }

    function _checkItem(address recipient, uint256 amount) internal view {
        if (amount == 0) revert ZeroAmount();
        if (recipient == address(0)) revert ZeroRecipient();
        _checkRecipient(recipient);
    }

    /// @dev Reverts if `r` is this bridge or a token it manages: nothing
    /// could ever move value out of either again.
    function _checkRecipient(address r) internal view {
        if (r == address(this) || assetOf[r] != bytes32(0)) revert ReservedRecipient(r);
    }

    /// @dev The kind of a source chain; reverts unless it is, or was, a
    /// registered chain other than this one.
    function _sourceKind(uint64 src) internal view returns (ChainKind kind) {
        kind = sourceKind[src];
        if (kind == ChainKind.None || src == block.chainid) revert InvalidSource(src);
    }

    /// @dev Each source event has exactly one (srcRef, srcIndex), so it has
    /// one transferId and one replay bit: an EVM source's srcRef is its
    /// bridge's address (upper 12 bytes zero), a Bitcoin source's srcIndex
    /// its vout (a uint32).
    function _checkRef(ChainKind kind, uint64 src, bytes32 ref, uint64 index) internal pure {
        if (kind == ChainKind.EVM ? uint256(ref) >> 160 != 0 : index > type(uint32).max) {
            revert NonCanonicalSource(src, ref, index);
        }
    }

    /// @dev Checks the source, derives the transferId and sets its replay bit,
    /// reverting if the bit was already set.
    function _markProcessed(uint64 src, bytes32 ref, uint64 index) internal returns (bytes32 transferId) {
        _checkRef(_sourceKind(src), src, ref, index);
        transferId = _hash3(src, ref, index);
        bytes32 key = _hash3(src, ref, index >> 8);
        uint256 bit = uint256(1) << (index & 0xff);
        uint256 word = _processed[key];
        if (word & bit != 0) revert AlreadyProcessed(transferId);
        _processed[key] = word | bit;
    }

    /// @dev Sets the refunded bit of lock or burn `nonce`, reverting if the
    /// bridge has not given it (`next` is the next nonce it will give) or it
    /// is set already. 256 nonces share a word, as the replay bitmap's do.
    function _markRefunded(uint64 nonce, uint64 next) internal {
        if (nonce >= next) revert UnknownNonce(nonce);
        uint256 bit = uint256(1) << (nonce & 0xff);
        uint256 word = _refunded[nonce >> 8];
        if (word & bit != 0) revert AlreadyRefunded(nonce);
        _refunded[nonce >> 8] = word | bit;
    }

    /// @dev Batch form of _markProcessed plus the per-item checks: one bitmap
    /// word is kept in memory while consecutive items fall in it, so a batch
    /// over a dense sequence pays one storage write per 256 items. Returns the
    /// sum of the amounts.
    function _processBatch(Asset storage a, uint64 src, Item[] calldata items) internal returns (uint256 total) {
        ChainKind kind = _sourceKind(src);
        uint256 max = a.limits.maxPerTransfer;
        bytes32 curKey;
        uint256 curWord;
        bool loaded;
        for (uint256 i; i < items.length; ++i) {
            Item calldata it = items[i];
            uint256 amount = it.amount;
            _checkItem(it.recipient, amount);
            if (amount > max) revert AmountAboveLimit(amount, max);
            total += amount;
            uint64 index = it.srcIndex;
            _checkRef(kind, src, it.srcRef, index);
            bytes32 key = _hash3(src, it.srcRef, index >> 8);
            if (!loaded || key != curKey) {
                if (loaded) _processed[curKey] = curWord;
                curKey = key;
                curWord = _processed[key];
                loaded = true;
            }
            uint256 bit = uint256(1) << (index & 0xff);
            if (curWord & bit != 0) revert AlreadyProcessed(_hash3(src, it.srcRef, index));
            curWord |= bit;
        }
        if (loaded) _processed[curKey] = curWord;
    }

    /// @dev Counts `amount` against the asset's window limit; `single` is
    /// checked against the per-transfer limit (0 to skip: batches check per
    /// item, refunds return what a lock or burn took).
    function _spend(Asset storage a, uint256 amount, uint256 single) internal {
        Limits memory l = a.limits;
        if (single > l.maxPerTransfer) revert AmountAboveLimit(single, l.maxPerTransfer);
        (uint256 o, uint256 available) = _window(l.capacity, a.outflow);
        if (amount > available) revert RateLimited(amount, available);
        unchecked {
            // into `current`: current + amount <= capacity < 2^128, as available <= capacity - current
            a.outflow = o + amount;
        }
    }

    function _release(Asset storage a, bytes32 assetId, uint256 amount) internal {
        uint256 locked = a.locked;
        if (amount > locked) revert InsufficientLocked(assetId, amount, locked);
        unchecked {
            a.locked = locked - amount;
        }
    }

    /// @dev Pays `amount` of `token` (zero: the native coin) to `to` for
    /// `transferId` with a capped gas allowance; if that fails the amount
    /// becomes claimable instead. Reverts (InsufficientGas) when less gas is
    /// left than the whole allowance needs, so a caller cannot starve a
    /// payout into failing — nor can eth_estimateGas settle on such a limit.
    function _payOrDefer(bytes32 transferId, address token, address to, uint256 amount) internal {
        uint256 allowance = token == address(0) ? NATIVE_PAYOUT_GAS : TOKEN_PAYOUT_GAS;
        // the callee gets 63/64 of what is left after the call's own cost
        if (gasleft() < allowance + allowance / 63 + PAYOUT_RESERVE) revert InsufficientGas();
        (bool ok, bytes memory reason) = _send(token, to, amount, allowance);
        if (!ok) {
            claimable[token][to] += amount;
            totalClaimable[token] += amount;
            emit PaymentDeferred(transferId, token, to, amount, reason);
        }
    }

    /// @dev Sends `amount` of `token` (zero: the native coin) to `to`, giving
    /// the callee at most `gasLimit`; never reverts. An ERC-20 succeeds if
    /// its transfer returns true, or nothing from a contract (as SafeERC20).
    /// On failure, `reason` is the first MAX_REASON bytes the callee
    /// returned; nothing more is copied (no return-data bomb).
    function _send(address token, address to, uint256 amount, uint256 gasLimit)
        internal
        returns (bool ok, bytes memory reason)
    {
        assembly ("memory-safe") {
            switch token
            case 0 { ok := call(gasLimit, to, amount, 0, 0, 0, 0) }
            default {
                let p := mload(0x40)
                mstore(p, shl(224, 0xa9059cbb)) // transfer(address,uint256)
                mstore(add(p, 0x04), to)
                mstore(add(p, 0x24), amount)
                mstore(0, 0)
                ok := call(gasLimit, token, 0, p, 0x44, 0, 0x20)
                if ok {
                    switch returndatasize()
                    case 0 { ok := gt(extcodesize(token), 0) }
                    default { ok := and(gt(returndatasize(), 0x1f), eq(mload(0), 1)) }
                }
            }
            if iszero(ok) {
                let n := returndatasize()
                if gt(n, MAX_REASON) { n := MAX_REASON }
                reason := mload(0x40)
                mstore(reason, n)
                returndatacopy(add(reason, 0x20), 0, n)
                mstore(0x40, add(reason, and(add(n, 0x3f), not(0x1f))))
            }
        }
    }

    /// @dev keccak256(abi.encode(a, b, c)) for three static words, in scratch memory.
    function _hash3(uint256 a, bytes32 b, uint256 c) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, a)
            mstore(add(p, 0x20), b)
            mstore(add(p, 0x40), c)
            h := keccak256(p, 0x60)
        }
    }

    // ------------------------------------------------------------------
    // Internals: signatures

    /// @dev The encodeData of a batch's `Item[] items`: the keccak of the
    /// items' concatenated hashStruct(Item). Each Item is 4 static words
    /// hashed straight from calldata; dirty high bits cannot slip through,
    /// because every field is read again through the ABI decoder (which
    /// reverts on them) before it is used.
    function _itemsHash(Item[] calldata items) internal pure returns (bytes32 itemsHash) {
        uint256 n = items.length;
        if (n == 0) revert EmptyBatch();
        bytes32 itemType = ITEM_TYPEHASH;
        assembly ("memory-safe") {
            let hashes := mload(0x40)
            let p := add(hashes, mul(n, 0x20)) // scratch for one Item after the hashes
            mstore(p, itemType)
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                calldatacopy(add(p, 0x20), add(items.offset, mul(i, 0x80)), 0x80)
                mstore(add(hashes, mul(i, 0x20)), keccak256(p, 0xa0))
            }
            itemsHash := keccak256(hashes, mul(n, 0x20))
        }
    }
}
