// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "./Test.sol";
import {Bridge} from "../../src/Bridge.sol";
import {WrappedToken} from "../../src/WrappedToken.sol";
import {TestToken} from "../../src/test/TestToken.sol";

/// @dev Signing helpers with an EIP-712 encoder written from the type strings
/// in docs/contracts.md, independently of the contract's own hashing.
abstract contract Signing is Test {
    bytes32 constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    string constant TRANSFER_FIELDS =
        "uint64 srcChain,bytes32 srcRef,uint64 srcIndex,bytes32 assetId,address recipient,uint256 amount)";
    string constant ITEM_TYPE = "Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)";
    /// @dev The deadline of mints signed by the helpers that take none (an EVM source's).
    uint64 constant FAR = type(uint64).max;

    function domainOf(address bridge, uint256 chainId) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("Kakehashi Bridge"), keccak256("3"), chainId, bridge));
    }

    function typed(bytes32 domain, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    function transferHash(Bridge.Transfer memory t) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256(bytes(string.concat("Transfer(", TRANSFER_FIELDS))),
                t.srcChain,
                t.srcRef,
                t.srcIndex,
                t.assetId,
                t.recipient,
                t.amount
            )
        );
    }

    /// @dev hashStruct(Unlock), or hashStruct(Mint) with deadline FAR.
    function singleHash(string memory kind, uint64 epoch, Bridge.Transfer memory t) internal pure returns (bytes32) {
        if (keccak256(bytes(kind)) == keccak256("Mint")) return mintHash(epoch, FAR, t);
        return keccak256(
            abi.encode(
                keccak256(bytes(string.concat(kind, "(uint64 epoch,", TRANSFER_FIELDS))),
                epoch,
                t.srcChain,
                t.srcRef,
                t.srcIndex,
                t.assetId,
                t.recipient,
                t.amount
            )
        );
    }

    function mintHash(uint64 epoch, uint64 deadline, Bridge.Transfer memory t) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256(bytes(string.concat("Mint(uint64 epoch,uint64 deadline,", TRANSFER_FIELDS))),
                epoch,
                deadline,
                t.srcChain,
                t.srcRef,
                t.srcIndex,
                t.assetId,
                t.recipient,
                t.amount
            )
        );
    }

    function cancelHash(uint64 epoch, uint64 srcChain, bytes32 srcRef, uint64 srcIndex) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("Cancel(uint64 epoch,uint64 srcChain,bytes32 srcRef,uint64 srcIndex)"),
                epoch,
                srcChain,
                srcRef,
                srcIndex
            )
        );
    }

    function refundHash(uint64 epoch_, uint64 nonce, bytes32 asset, address sender, uint256 amount)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                keccak256("Refund(uint64 epoch,uint64 nonce,bytes32 assetId,address sender,uint256 amount)"),
                epoch_,
                nonce,
                asset,
                sender,
                amount
            )
        );
    }

    function routesHash(uint64 epoch_, bytes32 asset, uint64[] memory dsts, bool enabled, uint64 n)
        internal
        pure
        returns (bytes32)
    {
        bytes memory cat;
        for (uint256 i; i < dsts.length; ++i) {
            cat = abi.encodePacked(cat, uint256(dsts[i]));
        }
        return keccak256(
            abi.encode(
                keccak256("SetRoutes(uint64 epoch,bytes32 assetId,uint64[] dstChains,bool enabled,uint64 nonce)"),
                epoch_,
                asset,
                keccak256(cat),
                enabled,
                n
            )
        );
    }

    function itemsHash(Bridge.Transfer[] memory ts) internal pure returns (bytes32) {
        bytes memory cat;
        for (uint256 i; i < ts.length; ++i) {
            cat = abi.encodePacked(
                cat,
                keccak256(abi.encode(keccak256(bytes(ITEM_TYPE)), ts[i].srcRef, ts[i].srcIndex, ts[i].recipient, ts[i].amount))
            );
        }
        return keccak256(cat);
    }

    function mintBatchHash(uint64 epoch, uint64 deadline, Bridge.Transfer[] memory ts) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256(
                    bytes(
                        string.concat(
                            "MintBatch(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 assetId,Item[] items)", ITEM_TYPE
                        )
                    )
                ),
                epoch,
                deadline,
                ts[0].srcChain,
                ts[0].assetId,
                itemsHash(ts)
            )
        );
    }

    /// @dev hashStruct(UnlockBatch), or hashStruct(MintBatch) with deadline FAR.
    function batchHash(string memory kind, uint64 epoch, Bridge.Transfer[] memory ts) internal pure returns (bytes32) {
        if (keccak256(bytes(kind)) == keccak256("MintBatch")) return mintBatchHash(epoch, FAR, ts);
        bytes memory cat;
        for (uint256 i; i < ts.length; ++i) {
            cat = abi.encodePacked(
                cat,
                keccak256(
                    abi.encode(
                        keccak256("Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"),
                        ts[i].srcRef,
                        ts[i].srcIndex,
                        ts[i].recipient,
                        ts[i].amount
                    )
                )
            );
        }
        return keccak256(
            abi.encode(
                keccak256(
                    bytes(
                        string.concat(
                            kind,
                            "(uint64 epoch,uint64 srcChain,bytes32 assetId,Item[] items)Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"
                        )
                    )
                ),
                epoch,
                ts[0].srcChain,
                ts[0].assetId,
                keccak256(cat)
            )
        );
    }

    /// @dev The batch items of transfers that share srcChain and assetId.
    function items(Bridge.Transfer[] memory ts) internal pure returns (Bridge.Item[] memory out) {
        out = new Bridge.Item[](ts.length);
        for (uint256 i; i < ts.length; ++i) {
            out[i] = Bridge.Item(ts[i].srcRef, ts[i].srcIndex, ts[i].recipient, ts[i].amount);
        }
    }

    function defineHash(uint64 epoch_, Bridge.AssetDef memory d, uint64 nonce) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                abi.encode(
                    keccak256(
                        "DefineAsset(uint64 epoch,uint64 homeChain,bytes homeAsset,string name,string symbol,uint8 decimals,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)"
                    ),
                    epoch_,
                    d.homeChain,
                    keccak256(d.homeAsset),
                    keccak256(bytes(d.name)),
                    keccak256(bytes(d.symbol))
                ),
                abi.encode(d.decimals, d.minPerTransfer, d.maxPerTransfer, d.capacity, d.window, nonce)
            )
        );
    }

    function limitsHash(uint64 epoch_, bytes32 a, uint128 mn, uint128 m, uint128 c, uint32 w, uint64 n)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                keccak256(
                    "SetLimits(uint64 epoch,bytes32 assetId,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)"
                ),
                epoch_,
                a,
                mn,
                m,
                c,
                w,
                n
            )
        );
    }

    function chainHash(uint64 epoch_, uint64 id, uint8 kind, uint64 n) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(keccak256("SetChain(uint64 epoch,uint64 chainId,uint8 kind,uint64 nonce)"), epoch_, id, kind, n)
        );
    }

    function rotateHash(uint64 epoch_, address[] memory s, uint8 t, uint64 n) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("RotateSigners(uint64 epoch,address[] signers,uint8 threshold,uint64 nonce)"),
                epoch_,
                keccak256(abi.encodePacked(s)),
                t,
                n
            )
        );
    }

    function pauseHash(uint64 epoch_, uint32 n) internal pure returns (bytes32) {
        return keccak256(abi.encode(keccak256("Pause(uint64 epoch,uint32 nonce)"), epoch_, n));
    }

    function unpauseHash(uint64 epoch_, uint64 n) internal pure returns (bytes32) {
        return keccak256(abi.encode(keccak256("Unpause(uint64 epoch,uint64 nonce)"), epoch_, n));
    }

    /// @dev Sort keys by their address, ascending.
    function sortByAddress(uint256[] memory keys) internal pure returns (uint256[] memory) {
        for (uint256 i = 1; i < keys.length; ++i) {
            for (uint256 j = i; j > 0 && vm.addr(keys[j - 1]) > vm.addr(keys[j]); --j) {
                (keys[j - 1], keys[j]) = (keys[j], keys[j - 1]);
            }
        }
        return keys;
    }

    /// @dev Concatenated 65-byte signatures by `keys`, in the order given.
    function signAll(bytes32 digest, uint256[] memory keys) internal pure returns (bytes memory sigs) {
        for (uint256 i; i < keys.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            sigs = abi.encodePacked(sigs, r, s, v);
        }
    }

    function addrs(uint256[] memory keys) internal pure returns (address[] memory out) {
        out = new address[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            out[i] = vm.addr(keys[i]);
        }
    }

    function take(uint256[] memory keys, uint256 k) internal pure returns (uint256[] memory out) {
        out = new uint256[](k);
        for (uint256 i; i < k; ++i) {
            out[i] = keys[i];
        }
    }
}

/// @dev A bridge on chain 31337 with a 2-of-3 signer set and four assets:
/// a home ERC-20, the home native coin, a wrapped ERC-20 from chain 31338 and
/// wrapped BTC from Bitcoin regtest (18444).
abstract contract Fixture is Signing {
    uint64 constant HOME = 31337;
    uint64 constant CHAIN_B = 31338;
    uint64 constant CHAIN_C = 31339;
    uint64 constant BTC = 18444;
    uint128 constant MAX = 1_000_000 ether;
    uint128 constant CAP = 5_000_000 ether;
    uint32 constant WINDOW = 1 days;

    Bridge bridge;
    TestToken token; // home ERC-20
    WrappedToken wToken; // wrapped ERC-20 of chain B
    WrappedToken wBTC;
    bytes32 tokenAsset;
    bytes32 nativeAsset;
    bytes32 wTokenAsset;
    bytes32 btcAsset;
    address remoteToken = address(0xB0B0);
    bytes32 remoteBridgeB = bytes32(uint256(uint160(0x5FbDB2315678afecb367f032d93F642f64180aa3))); // 20 nonzero bytes, as real
    uint256[] keys; // sorted by address
    address user = address(0xA11CE);

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        uint256[] memory k = new uint256[](3);
        k[0] = 0x5E1;
        k[1] = 0x5E2;
        k[2] = 0x5E3;
        keys = sortByAddress(k);
        bridge = deploy(keys, 2);
        token = new TestToken("Test", "TST", 18);
        tokenAsset = defineIt(_def(HOME, abi.encodePacked(address(token)), "", "", 18));
        nativeAsset = defineIt(_def(HOME, "", "", "", 18));
        wTokenAsset = defineIt(_def(CHAIN_B, abi.encodePacked(remoteToken), "Kakehashi B Token", "kTST", 6));
        btcAsset = defineIt(_def(BTC, "", "Kakehashi BTC", "kBTC", 8));
        wToken = WrappedToken(bridge.wrappedTokenOf(wTokenAsset));
        wBTC = WrappedToken(bridge.wrappedTokenOf(btcAsset));
        // Every asset is represented on B and C; wrapped BTC goes to Bitcoin too.
        routeIt(tokenAsset, chainList(CHAIN_B, CHAIN_C, 0));
        routeIt(nativeAsset, chainList(CHAIN_B, CHAIN_C, 0));
        routeIt(wTokenAsset, chainList(CHAIN_B, CHAIN_C, 0));
        routeIt(btcAsset, chainList(CHAIN_B, CHAIN_C, BTC));
    }

    /// @dev The non-zero of up to three chain ids.
    function chainList(uint64 a, uint64 b, uint64 c) internal pure returns (uint64[] memory out) {
        uint64[3] memory all = [a, b, c];
        uint256 n;
        for (uint256 i; i < 3; ++i) {
            if (all[i] != 0) n++;
        }
        out = new uint64[](n);
        n = 0;
        for (uint256 i; i < 3; ++i) {
            if (all[i] != 0) out[n++] = all[i];
        }
    }

    /// @dev Enables (or disables) routes of `asset` on `b` with a 2-of-3 quorum.
    function setRoutesOn(Bridge b, bytes32 asset, uint64[] memory dsts, bool enabled) internal {
        (,,,,, uint64 n,) = b.config();
        bytes memory sigs =
            signAll(typed(domainOf(address(b), block.chainid), routesHash(ep, asset, dsts, enabled, n)), take(keys, 2));
        b.setRoutes(ep, asset, dsts, enabled, n, sigs);
    }

    function routeIt(bytes32 asset, uint64[] memory dsts) internal {
        setRoutesOn(bridge, asset, dsts, true);
    }

    function deploy(uint256[] memory signerKeys, uint8 threshold) internal returns (Bridge b) {
        uint64[] memory evm = new uint64[](2);
        evm[0] = CHAIN_B;
        evm[1] = CHAIN_C;
        uint64[] memory btc = new uint64[](1);
        btc[0] = BTC;
        b = new Bridge(addrs(signerKeys), threshold, evm, btc);
    }

    function _def(uint64 home, bytes memory asset, string memory name, string memory sym, uint8 dec)
        internal
        pure
        returns (Bridge.AssetDef memory)
    {
        return Bridge.AssetDef(home, asset, name, sym, dec, 0, MAX, CAP, WINDOW);
    }

    function adminNonce() internal view returns (uint64 n) {
        (,,,,, n,) = bridge.config();
    }

    /// @dev The current epoch, tracked here (not read from the bridge) so that
    /// computing call arguments makes no external call after vm.expectRevert.
    uint64 ep = 1;

    function epoch() internal view returns (uint64) {
        return ep;
    }

    function defineIt(Bridge.AssetDef memory d) internal returns (bytes32 id) {
        uint64 n = adminNonce();
        bytes memory sigs = signAll(typed(domainOf(address(bridge), block.chainid), defineHash(ep, d, n)), take(keys, 2));
        (id,) = bridge.defineAsset(ep, d, n, sigs);
    }

    function xfer(bytes32 asset, address to, uint256 amount, uint64 index) internal view returns (Bridge.Transfer memory) {
        return Bridge.Transfer(CHAIN_B, remoteBridgeB, index, asset, to, amount);
    }

    function mintSigs(Bridge.Transfer memory t, uint256[] memory signerKeys) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), singleHash("Mint", epoch(), t)), signerKeys);
    }

    function unlockSigs(Bridge.Transfer memory t, uint256[] memory signerKeys) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), singleHash("Unlock", epoch(), t)), signerKeys);
    }

    function doMint(Bridge.Transfer memory t) internal returns (bytes32) {
        return bridge.mint(epoch(), FAR, t, mintSigs(t, take(keys, 2)));
    }

    function lockTokens(uint256 amount) internal returns (bytes32 id) {
        token.mint(user, amount);
        vm.startPrank(user);
        token.approve(address(bridge), amount);
        id = bridge.lock(address(token), amount, CHAIN_B, abi.encodePacked(user));
        vm.stopPrank();
    }
}
