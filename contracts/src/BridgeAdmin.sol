// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BridgeBase} from "./BridgeBase.sol";
import {Bridge} from "./Bridge.sol";
import {WrappedToken} from "./WrappedToken.sol";

/// @title Kakehashi Bridge administration
/// @notice The quorum's and the signers' administration of a `Bridge`:
/// assets, limits, routes, chains, the signer set, pause and unpause. Each
/// bridge deploys its own BridgeAdmin in its constructor and runs these
/// functions on its own storage with DELEGATECALL (the bridge's stubs of the
/// same name); called directly, every function reverts.
/// @dev Separate from `Bridge` only to keep the bridge's code under EIP-170's
/// 24,576 bytes (docs/decisions.md): rarely called, and holding the
/// WrappedToken creation code. The address is an immutable of the bridge:
/// nothing can replace it.
contract BridgeAdmin is BridgeBase {
    /// @notice Called directly rather than through its bridge.
    error NotDelegated();

    address private immutable _self = address(this);

    modifier delegated() {
        if (address(this) == _self) revert NotDelegated();
        _;
    }

    /// @dev In a delegate call address(this) is the bridge: its domain.
    function _domainSeparator() internal view override returns (bytes32) {
        return _buildDomainSeparator();
    }

    /// @notice See Bridge.defineAsset.
    function defineAsset(uint64 epoch, Bridge.AssetDef calldata d, uint64 nonce, bytes calldata sigs)
        external
        delegated
        returns (bytes32 assetId, address token)
    {
        // Two encodings, concatenated: one abi.encode of twelve values is
        // too deep a stack for the legacy code generator.
        bytes32 structHash = keccak256(
            bytes.concat(
                abi.encode(
                    DEFINE_ASSET_TYPEHASH,
                    epoch,
                    d.homeChain,
                    keccak256(d.homeAsset),
                    keccak256(bytes(d.name)),
                    keccak256(bytes(d.symbol))
                ),
                abi.encode(d.decimals, d.minPerTransfer, d.maxPerTransfer, d.capacity, d.window, nonce)
            )
        );
        _admin(epoch, structHash, nonce, sigs);
        return _define(d);
    }

    function _define(Bridge.AssetDef calldata d) internal returns (bytes32 assetId, address token) {
        uint256 len = d.homeAsset.length;
        if (len != 0 && len != 20) revert InvalidHomeAsset(d.homeAsset);
        _checkLimits(d.minPerTransfer, d.maxPerTransfer, d.capacity, d.window);
        assetId = keccak256(abi.encode(d.homeChain, d.homeAsset));
        Asset storage a = _assets[assetId];
        if (a.kind != AssetKind.None) revert AssetExists(assetId);

        AssetKind kind;
        if (d.homeChain == block.chainid) {
            if (len == 20) {
                token = address(bytes20(d.homeAsset));
                if (token.code.length == 0) revert NotAContract(token);
                // e.g. one of this bridge's own wrapped tokens
                if (assetOf[token] != bytes32(0)) revert TokenInUse(token, assetOf[token]);
                kind = AssetKind.HomeToken;
            } else {
                kind = AssetKind.HomeNative;
            }
        } else {
            ChainKind home = chainKind[d.homeChain];
            if (home == ChainKind.None) revert UnknownChain(d.homeChain);
            if (home == ChainKind.Bitcoin && len != 0) revert InvalidHomeAsset(d.homeAsset);
            if (bytes(d.name).length == 0 || bytes(d.symbol).length == 0) revert EmptyName();
            // In a delegate call `new` deploys from the bridge: the token's
            // minter is the bridge, and its address is CREATE2(bridge, assetId).
            token = address(new WrappedToken{salt: assetId}(d.name, d.symbol, d.decimals, assetId));
            kind = AssetKind.Wrapped;
        }
        a.token = token;
        a.kind = kind;
        a.minPerTransfer = uint88(d.minPerTransfer); // checked by _checkLimits
        a.limits = Limits(d.maxPerTransfer, d.capacity);
        a.outflow = _outflow(0, d.window);
        if (token != address(0)) assetOf[token] = assetId;
        emit AssetDefined(assetId, token, kind, d.homeChain, d.homeAsset, d.decimals);
        emit LimitsSet(assetId, d.minPerTransfer, d.maxPerTransfer, d.capacity, d.window);
    }

    /// @notice See Bridge.setLimits.
    function setLimits(
        uint64 epoch,
        bytes32 assetId,
        uint128 minPerTransfer,
        uint128 maxPerTransfer,
        uint128 capacity,
        uint32 window,
        uint64 nonce,
        bytes calldata sigs
    ) external delegated {
        _admin(
            epoch,
            keccak256(
                abi.encode(SET_LIMITS_TYPEHASH, epoch, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce)
            ),
            nonce,
            sigs
        );
        _checkLimits(minPerTransfer, maxPerTransfer, capacity, window);
        Asset storage a = _assets[assetId];
        if (a.kind == AssetKind.None) revert AssetNotDefined(assetId);
        uint256 oldCapacity = a.limits.capacity;
        (uint256 o, uint256 available) = _window(oldCapacity, a.outflow);
        if (capacity != oldCapacity || window != uint32(o >> 168)) {
            // What left under the old limits (at most the old capacity: the
            // window check kept it there), now counted in the current period.
            uint256 used = oldCapacity - available;
            o = _outflow(used < capacity ? used : capacity, window);
        }
        a.minPerTransfer = uint88(minPerTransfer);
        a.limits = Limits(maxPerTransfer, capacity);
        a.outflow = o;
        emit LimitsSet(assetId, minPerTransfer, maxPerTransfer, capacity, window);
    }

    /// @notice See Bridge.setRoutes.
    function setRoutes(
        uint64 epoch,
        bytes32 assetId,
        uint64[] calldata dstChains,
        bool enabled,
        uint64 nonce,
        bytes calldata sigs
    ) external delegated {
        _admin(
            epoch,
            keccak256(
                abi.encode(SET_ROUTES_TYPEHASH, epoch, assetId, keccak256(abi.encodePacked(dstChains)), enabled, nonce)
            ),
            nonce,
            sigs
        );
        if (_assets[assetId].kind == AssetKind.None) revert AssetNotDefined(assetId);
        for (uint256 i; i < dstChains.length; ++i) {
            uint64 dst = dstChains[i];
            if (enabled) {
                if (dst == 0 || dst == block.chainid) revert InvalidDestination(dst);
                ChainKind k = chainKind[dst];
                if (k == ChainKind.None) revert UnknownChain(dst);
                // Only a Bitcoin chain's own coin can go there.
                if (k == ChainKind.Bitcoin && assetId != keccak256(abi.encode(dst, bytes("")))) {
                    revert UnsupportedDestination(assetId, dst);
                }
            }
            routes[assetId][dst] = enabled;
            emit RouteSet(assetId, dst, enabled);
        }
    }

    /// @notice See Bridge.setChain.
    function setChain(uint64 epoch, uint64 chainId, ChainKind kind, uint64 nonce, bytes calldata sigs)
        external
        delegated
    {
        _admin(epoch, keccak256(abi.encode(SET_CHAIN_TYPEHASH, epoch, chainId, uint8(kind), nonce)), nonce, sigs);
        _setChain(chainId, kind);
    }

    /// @notice See Bridge.rotateSigners.
    function rotateSigners(
        uint64 epoch,
        address[] calldata signers_,
        uint8 threshold_,
        uint64 nonce,
        bytes calldata sigs
    ) external delegated {
        _admin(
            epoch,
            keccak256(abi.encode(ROTATE_SIGNERS_TYPEHASH, epoch, keccak256(abi.encodePacked(signers_)), threshold_, nonce)),
            nonce,
            sigs
        );
        _setSigners(signers_, threshold_, epoch);
    }

    /// @notice See Bridge.pause.
    function pause() external delegated {
        Config memory c = _config;
        if (signerEpoch[msg.sender] != c.epoch) revert NotSigner(msg.sender);
        _config.paused = true;
        emit Paused(msg.sender);
    }

    /// @notice See Bridge.pauseBySignature.
    function pauseBySignature(uint64 epoch, uint32 nonce, bytes calldata sig) external delegated {
        Config memory c = _config;
        if (epoch != c.epoch) revert WrongEpoch(epoch, c.epoch);
        if (nonce != c.pauseNonce) revert WrongNonce(nonce, c.pauseNonce);
        if (sig.length != 65) revert MalformedSignatures(sig.length);
        address signer = _recover(_hashTyped(keccak256(abi.encode(PAUSE_TYPEHASH, epoch, nonce))), sig, 0);
        if (signerEpoch[signer] != c.epoch) revert NotSigner(signer);
        c.paused = true;
        c.pauseNonce = nonce + 1;
        _config = c;
        emit Paused(signer);
    }

    /// @notice See Bridge.unpause.
    function unpause(uint64 epoch, uint64 nonce, bytes calldata sigs) external delegated {
        _admin(epoch, keccak256(abi.encode(UNPAUSE_TYPEHASH, epoch, nonce)), nonce, sigs);
        _config.paused = false;
        emit Unpaused();
    }

    function _checkLimits(uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window)
        internal
        pure
    {
        if (
            maxPerTransfer == 0 || maxPerTransfer > capacity || window == 0 || minPerTransfer > maxPerTransfer
                || minPerTransfer > type(uint88).max
        ) revert InvalidLimits();
    }
}
