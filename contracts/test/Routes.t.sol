// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";

/// Issue 15, M5: a lock or burn toward a chain where its asset has no
/// representation reverts at the source with UnsupportedDestination. The
/// quorum enables each asset's destinations (setRoutes); a registered chain
/// is not enough.
contract BridgeRoutesTest is Fixture {
    uint64 constant CHAIN_D = 31340; // registered, but no asset is represented there
    bytes constant P2WPKH = hex"0014000102030405060708090a0b0c0d0e0f10111213";

    function setUp() public override {
        super.setUp();
        uint64 n = adminNonce();
        bridge.setChain(ep, CHAIN_D, BridgeBase.ChainKind.EVM, n, quorum(chainHash(ep, CHAIN_D, 1, n)));
        token.mint(user, 100);
        vm.deal(user, 100);
        doMint(xfer(wTokenAsset, user, 100, 1));
        doMint(Bridge.Transfer(BTC, bytes32(uint256(0xb7c)), 0, btcAsset, user, 1e8));
        vm.prank(user);
        token.approve(address(bridge), type(uint256).max);
    }

    function quorum(bytes32 structHash) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), structHash), take(keys, 2));
    }

    function unsupported(bytes32 asset, uint64 dst) internal {
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnsupportedDestination.selector, asset, dst));
    }

    // ------------------------------------------------------------------
    // The reproductions: each lock or burn was accepted by version 2 and
    // then refused for ever off chain.

    function test_route_lockNativeToChainWithoutRepresentation() public {
        vm.prank(user);
        unsupported(nativeAsset, CHAIN_D);
        bridge.lockNative{value: 1}(CHAIN_D, abi.encodePacked(user));
    }

    function test_route_lockTokenToChainWithoutRepresentation() public {
        vm.prank(user);
        unsupported(tokenAsset, CHAIN_D);
        bridge.lock(address(token), 1, CHAIN_D, abi.encodePacked(user));
    }

    /// A re-transfer: wrapped here, home on B, burned toward D.
    function test_route_reTransferToChainWithoutRepresentation() public {
        vm.prank(user);
        unsupported(wTokenAsset, CHAIN_D);
        bridge.burn(address(wToken), 1, CHAIN_D, abi.encodePacked(user));
    }

    function test_route_wrappedBtcToEvmChainWithoutRepresentation() public {
        vm.prank(user);
        unsupported(btcAsset, CHAIN_D);
        bridge.burn(address(wBTC), 1e6, CHAIN_D, abi.encodePacked(user));
    }

    // ------------------------------------------------------------------
    // The allow-list

    /// Version 2 already refused everything but a Bitcoin chain's own coin
    /// toward it; the same error, and setRoutes cannot enable such a route.
    function test_route_bitcoinTakesOnlyItsOwnCoin() public {
        vm.startPrank(user);
        unsupported(tokenAsset, BTC);
        bridge.lock(address(token), 1, BTC, P2WPKH);
        unsupported(nativeAsset, BTC);
        bridge.lockNative{value: 1}(BTC, P2WPKH);
        unsupported(wTokenAsset, BTC);
        bridge.burn(address(wToken), 1, BTC, P2WPKH);
        bridge.burn(address(wBTC), 1e6, BTC, P2WPKH);
        vm.stopPrank();
        bytes32[3] memory others = [tokenAsset, nativeAsset, wTokenAsset];
        for (uint256 i; i < others.length; ++i) {
            uint64 n = adminNonce();
            uint64[] memory dst = chainList(BTC, 0, 0);
            bytes memory sigs = quorum(routesHash(ep, others[i], dst, true, n));
            unsupported(others[i], BTC);
            bridge.setRoutes(ep, others[i], dst, true, n, sigs);
        }
    }

    function test_route_unregisteredChainUnsupported() public {
        vm.prank(user);
        unsupported(nativeAsset, 777);
        bridge.lockNative{value: 1}(777, abi.encodePacked(user));
    }

    function test_route_enableThenDisable() public {
        assertTrue(!bridge.routes(nativeAsset, CHAIN_D), "not enabled");
        routeIt(nativeAsset, chainList(CHAIN_D, 0, 0));
        assertTrue(bridge.routes(nativeAsset, CHAIN_D), "enabled");
        vm.prank(user);
        bridge.lockNative{value: 1}(CHAIN_D, abi.encodePacked(user));
        setRoutesOn(bridge, nativeAsset, chainList(CHAIN_D, CHAIN_B, 0), false);
        assertTrue(!bridge.routes(nativeAsset, CHAIN_D) && !bridge.routes(nativeAsset, CHAIN_B), "disabled");
        assertTrue(bridge.routes(nativeAsset, CHAIN_C), "the others stay");
        vm.startPrank(user);
        unsupported(nativeAsset, CHAIN_D);
        bridge.lockNative{value: 1}(CHAIN_D, abi.encodePacked(user));
        unsupported(nativeAsset, CHAIN_B);
        bridge.lockNative{value: 1}(CHAIN_B, abi.encodePacked(user));
        bridge.lockNative{value: 1}(CHAIN_C, abi.encodePacked(user));
        vm.stopPrank();
    }

    /// A destination removed by setChain keeps its routes but is refused as
    /// unknown; registered again, its routes apply again.
    function test_route_removedChainUnknown() public {
        uint64 n = adminNonce();
        bridge.setChain(ep, CHAIN_C, BridgeBase.ChainKind.None, n, quorum(chainHash(ep, CHAIN_C, 0, n)));
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnknownChain.selector, CHAIN_C));
        bridge.lockNative{value: 1}(CHAIN_C, abi.encodePacked(user));
        n = adminNonce();
        bridge.setChain(ep, CHAIN_C, BridgeBase.ChainKind.EVM, n, quorum(chainHash(ep, CHAIN_C, 1, n)));
        vm.prank(user);
        bridge.lockNative{value: 1}(CHAIN_C, abi.encodePacked(user));
    }

    function test_route_setRoutes_refusesImpossibleRoutes() public {
        uint64[4] memory bad = [uint64(0), HOME, 777, BTC];
        bytes[4] memory want = [
            abi.encodeWithSelector(BridgeBase.InvalidDestination.selector, uint64(0)),
            abi.encodeWithSelector(BridgeBase.InvalidDestination.selector, HOME),
            abi.encodeWithSelector(BridgeBase.UnknownChain.selector, uint64(777)),
            abi.encodeWithSelector(BridgeBase.UnsupportedDestination.selector, tokenAsset, BTC)
        ];
        uint64 n = adminNonce();
        for (uint256 i; i < bad.length; ++i) {
            uint64[] memory dst = chainList(CHAIN_D, bad[i], 0);
            if (bad[i] == 0) dst = new uint64[](2); // [0, 0]: zero first
            bytes memory sigs = quorum(routesHash(ep, tokenAsset, dst, true, n));
            vm.expectRevert(want[i]);
            bridge.setRoutes(ep, tokenAsset, dst, true, n, sigs);
        }
        assertTrue(!bridge.routes(tokenAsset, CHAIN_D), "nothing applied");
        bytes32 none = keccak256("none");
        bytes memory s = quorum(routesHash(ep, none, chainList(CHAIN_D, 0, 0), true, n));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AssetNotDefined.selector, none));
        bridge.setRoutes(ep, none, chainList(CHAIN_D, 0, 0), true, n, s);
        // Disabling checks nothing but the asset: any chain id may be cleared.
        setRoutesOn(bridge, tokenAsset, chainList(777, 0, 0), false);
    }

    function test_route_setRoutes_quorumEpochAndNonce() public {
        uint64 n = adminNonce();
        uint64[] memory dst = chainList(CHAIN_D, 0, 0);
        bytes memory one = signAll(typed(domainOf(address(bridge), block.chainid), routesHash(ep, tokenAsset, dst, true, n)), take(keys, 1));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 1, 2));
        bridge.setRoutes(ep, tokenAsset, dst, true, n, one);
        bytes memory sigs = quorum(routesHash(ep, tokenAsset, dst, true, n));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector); // `enabled` is signed
        bridge.setRoutes(ep, tokenAsset, dst, false, n, sigs);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, ep + 1, ep));
        bridge.setRoutes(ep + 1, tokenAsset, dst, true, n, sigs);
        bridge.setRoutes(ep, tokenAsset, dst, true, n, sigs);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongNonce.selector, n, n + 1));
        bridge.setRoutes(ep, tokenAsset, dst, true, n, sigs);
    }
}
