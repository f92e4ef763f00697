// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";

/// Issue 15, contract hygiene: admin messages carry the signer epoch; the
/// window limit lets at most `capacity` out in any `window` seconds; source
/// references have one encoding; value never goes to the bridge or a token
/// it manages.
contract BridgeHygieneTest is Fixture {
    bytes32 constant TXID = bytes32(uint256(0xdeb051));

    function quorum(bytes32 structHash) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), structHash), take(keys, 2));
    }

    /// Rotates to the same keys and threshold: a new epoch whose signers
    /// are exactly the old ones, so only the epoch tells their messages apart.
    function rotateSameKeys() internal {
        uint64 n = adminNonce();
        address[] memory s = addrs(keys);
        bridge.rotateSigners(ep, s, 2, n, quorum(rotateHash(ep, s, 2, n)));
        ep++;
    }

    function test_version() public view {
        assertEq(keccak256(bytes(bridge.VERSION())), keccak256("3"), "VERSION");
        assertEq(bridge.domainSeparator(), domainOf(address(bridge), block.chainid), "the domain's version is VERSION");
    }

    // ------------------------------------------------------------------
    // Admin messages carry the epoch

    /// The reproduction: a SetLimits signed in epoch 1 (for the nonce after
    /// a pending rotation) executed after the rotation, because its signers
    /// stayed in the set.
    function test_admin_setLimits_oldEpochRefused() public {
        uint64 n = adminNonce();
        bytes memory old = quorum(limitsHash(1, wTokenAsset, 0, 1, 1, 1, n + 1));
        rotateSameKeys();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.setLimits(1, wTokenAsset, 0, 1, 1, 1, n + 1, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector); // the epoch is signed
        bridge.setLimits(2, wTokenAsset, 0, 1, 1, 1, n + 1, old);
        bytes memory ls = quorum(limitsHash(2, wTokenAsset, 0, 1, 1, 1, n + 1));
        bridge.setLimits(2, wTokenAsset, 0, 1, 1, 1, n + 1, ls);
        (,,, uint128 m,,,,) = bridge.assetInfo(wTokenAsset);
        assertEq(m, 1, "signed in epoch 2: applied");
    }

    function test_admin_defineAsset_oldEpochRefused() public {
        Bridge.AssetDef memory d = _def(CHAIN_C, "", "C Ether", "kETH", 18);
        uint64 n = adminNonce();
        bytes memory old = quorum(defineHash(1, d, n + 1));
        rotateSameKeys();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.defineAsset(1, d, n + 1, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.defineAsset(2, d, n + 1, old);
    }

    function test_admin_setChain_oldEpochRefused() public {
        uint64 n = adminNonce();
        bytes memory old = quorum(chainHash(1, CHAIN_C, 0, n + 1));
        rotateSameKeys();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.setChain(1, CHAIN_C, BridgeBase.ChainKind.None, n + 1, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.setChain(2, CHAIN_C, BridgeBase.ChainKind.None, n + 1, old);
    }

    function test_admin_rotateSigners_oldEpochRefused() public {
        uint64 n = adminNonce();
        address[] memory s = addrs(keys);
        bytes memory old = quorum(rotateHash(1, s, 3, n + 1));
        rotateSameKeys();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.rotateSigners(1, s, 3, n + 1, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.rotateSigners(2, s, 3, n + 1, old);
    }

    function test_admin_unpause_oldEpochRefused() public {
        uint64 n = adminNonce();
        bytes memory old = quorum(unpauseHash(1, n + 1));
        rotateSameKeys();
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.unpause(1, n + 1, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.unpause(2, n + 1, old);
        bridge.unpause(2, n + 1, quorum(unpauseHash(2, n + 1)));
    }

    function test_admin_pauseBySignature_oldEpochRefused() public {
        uint256[] memory one = new uint256[](1);
        one[0] = keys[0];
        bytes memory old = signAll(typed(domainOf(address(bridge), block.chainid), pauseHash(1, 0)), one);
        rotateSameKeys();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.pauseBySignature(1, 0, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.pauseBySignature(2, 0, old);
        bridge.pauseBySignature(2, 0, signAll(typed(domainOf(address(bridge), block.chainid), pauseHash(2, 0)), one));
        (,,, bool paused,,,) = bridge.config();
        assertTrue(paused, "a signature of the current epoch pauses");
    }

    /// Cancel carried the epoch already; checked here with the others.
    function test_admin_cancel_oldEpochRefused() public {
        bytes memory old = quorum(cancelHash(1, CHAIN_B, remoteBridgeB, 7));
        rotateSameKeys();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.cancel(1, CHAIN_B, remoteBridgeB, 7, old);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.cancel(2, CHAIN_B, remoteBridgeB, 7, old);
    }

    // ------------------------------------------------------------------
    // Window limit: at most capacity in any window

    function available(bytes32 asset) internal view returns (uint256 a) {
        (,,,,,, a,) = bridge.assetInfo(asset);
    }

    function mintOrRevert(uint256 amount, uint64 index, uint256 avail) internal returns (bool) {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, amount, index);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        if (amount > avail) {
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.RateLimited.selector, amount, avail));
            bridge.mint(ep, FAR, t, sigs);
            return false;
        }
        bridge.mint(ep, FAR, t, sigs);
        return true;
    }

    /// The reproduction: capacity minted, then again window - 1 s later
    /// (the token bucket had refilled all but 58 of it: 9,999,942 out within
    /// one window against a capacity of 5,000,000).
    function test_window_drainThenWindowMinusOneSecondRefused() public {
        uint256 t0 = block.timestamp;
        for (uint64 i; i < 5; ++i) doMint(xfer(wTokenAsset, user, MAX, 10 + i));
        assertEq(available(wTokenAsset), 0, "drained");
        vm.warp(t0 + WINDOW - 1);
        assertEq(available(wTokenAsset), 0, "nothing back within the window");
        mintOrRevert(MAX, 20, 0);
        mintOrRevert(1, 21, 0);
        assertEq(wToken.totalSupply(), CAP, "capacity, and no more, within the window");
    }

    /// What left stops counting when the fourth period after its own
    /// begins (periods of ceil(window / 3) s): after more than a window, at
    /// most 4 * ceil(window / 3) s.
    function test_window_freedAfterItsPeriodsPass() public {
        uint256 span = (uint256(WINDOW) + 2) / 3;
        uint256 start = (block.timestamp / span) * span;
        for (uint64 i; i < 5; ++i) doMint(xfer(wTokenAsset, user, MAX, 10 + i));
        vm.warp(start + 4 * span - 1);
        assertEq(available(wTokenAsset), 0, "still counted in the last second of the third period after");
        vm.warp(start + 4 * span);
        assertEq(available(wTokenAsset), CAP, "free again");
        assertTrue(mintOrRevert(CAP - 4 * uint256(MAX), 20, CAP), "mint");
    }

    /// Amounts that left in different periods expire one period at a time.
    /// Once its period has passed, an amount counts rounded up to a unit of
    /// ceil(capacity / (2^18 - 1)) (here about 19 ether of 5,000,000).
    function test_window_slidesPeriodByPeriod() public {
        uint256 span = (uint256(WINDOW) + 2) / 3;
        uint256 start = (block.timestamp / span) * span;
        uint256 unit = (uint256(CAP) + 262142) / 262143;
        doMint(xfer(wTokenAsset, user, MAX, 10)); // period p
        vm.warp(start + span);
        doMint(xfer(wTokenAsset, user, MAX, 11)); // p + 1
        vm.warp(start + 2 * span);
        doMint(xfer(wTokenAsset, user, MAX, 12)); // p + 2
        uint256 avail = available(wTokenAsset);
        assertLe(avail, CAP - 3 * uint256(MAX), "never more than capacity - what left");
        assertLe(CAP - 3 * uint256(MAX), avail + 2 * unit, "rounded by less than a unit per aged period");
        vm.warp(start + 4 * span); // p expires
        avail = available(wTokenAsset);
        assertLe(avail, CAP - 2 * uint256(MAX), "p + 1 and p + 2 still count");
        assertLe(CAP - 2 * uint256(MAX), avail + 2 * unit, "p expired");
        vm.warp(start + 6 * span); // p + 1 and p + 2 expire
        assertEq(available(wTokenAsset), CAP, "all expired");
    }

    /// A reference sliding window over a log of every mint: whatever the
    /// timing and amounts, no `window` seconds ever see more than capacity,
    /// and the bridge refuses exactly when its `available` says.
    function testFuzz_window_neverMoreThanCapacityInAnyWindow(uint32[12] memory gaps, uint128[12] memory amounts)
        public
    {
        uint256[12] memory at;
        uint256[12] memory amt;
        uint256 n;
        for (uint64 i; i < 12; ++i) {
            vm.warp(block.timestamp + gaps[i] % (WINDOW / 2));
            uint256 a = 1 + uint256(amounts[i]) % MAX;
            uint256 avail = available(wTokenAsset);
            assertLe(avail, CAP, "available <= capacity");
            if (mintOrRevert(a, 100 + i, avail)) {
                at[n] = block.timestamp;
                amt[n] = a;
                n++;
            }
            // every window ending now
            uint256 sum;
            for (uint256 j; j < n; ++j) {
                if (at[j] + WINDOW > block.timestamp) sum += amt[j];
            }
            assertLe(sum, CAP, "at most capacity in the last window");
        }
        // and every window ending at one of the mints
        for (uint256 k; k < n; ++k) {
            uint256 sum;
            for (uint256 j; j <= k; ++j) {
                if (at[j] + WINDOW > at[k]) sum += amt[j];
            }
            assertLe(sum, CAP, "at most capacity in any window");
        }
    }

    function test_window_batchesAndUnlocksCount() public {
        for (uint256 i; i < 5; ++i) lockTokens(MAX);
        for (uint64 i; i < 4; ++i) {
            Bridge.Transfer memory u = xfer(tokenAsset, user, MAX, 50 + i);
            bridge.unlock(ep, u, unlockSigs(u, take(keys, 2)));
        }
        assertEq(available(tokenAsset), MAX, "four unlocks of MAX counted");
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](2);
        ts[0] = xfer(tokenAsset, user, MAX / 2, 60);
        ts[1] = xfer(tokenAsset, user, MAX / 2 + 1, 61);
        bytes memory sigs = quorum(batchHash("UnlockBatch", ep, ts));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.RateLimited.selector, uint256(MAX) + 1, uint256(MAX)));
        bridge.unlockBatch(ep, CHAIN_B, tokenAsset, items(ts), sigs);
        vm.warp(block.timestamp + WINDOW - 1);
        vm.expectPartialRevert(BridgeBase.RateLimited.selector); // available: MAX less the rounding of what aged
        bridge.unlockBatch(ep, CHAIN_B, tokenAsset, items(ts), sigs);
    }

    function test_window_setLimitsKeepsWhatLeft() public {
        for (uint64 i; i < 3; ++i) doMint(xfer(wTokenAsset, user, MAX, 10 + i));
        uint64 n = adminNonce();
        // other limits, same capacity and window: the periods are kept
        bytes memory ls = quorum(limitsHash(ep, wTokenAsset, 0, MAX / 2, CAP, WINDOW, n));
        bridge.setLimits(ep, wTokenAsset, 0, MAX / 2, CAP, WINDOW, n, ls);
        assertEq(available(wTokenAsset), CAP - 3 * uint256(MAX), "unchanged");
        // a larger capacity: what left still counts
        n = adminNonce();
        ls = quorum(limitsHash(ep, wTokenAsset, 0, MAX, 2 * CAP, WINDOW, n));
        bridge.setLimits(ep, wTokenAsset, 0, MAX, 2 * CAP, WINDOW, n, ls);
        assertEq(available(wTokenAsset), 2 * uint256(CAP) - 3 * uint256(MAX), "larger capacity less what left");
        // a smaller one than what left: nothing until it expires
        n = adminNonce();
        ls = quorum(limitsHash(ep, wTokenAsset, 0, MAX, 2 * MAX, 60, n));
        bridge.setLimits(ep, wTokenAsset, 0, MAX, 2 * MAX, 60, n, ls);
        assertEq(available(wTokenAsset), 0, "capped at the new capacity");
        vm.warp(block.timestamp + 59);
        assertEq(available(wTokenAsset), 0, "counted as if it had left at the change");
        vm.warp(block.timestamp + 21);
        assertEq(available(wTokenAsset), 2 * uint256(MAX), "expired under the new window");
    }

    function test_window_assetInfoOfUndefinedAsset() public view {
        (address t, BridgeBase.AssetKind kind,,, uint128 c, uint32 w, uint256 avail,) = bridge.assetInfo(keccak256("none"));
        assertTrue(t == address(0) && kind == BridgeBase.AssetKind.None && c == 0 && w == 0 && avail == 0, "all zero");
    }

    // ------------------------------------------------------------------
    // Canonical source references

    function btcDeposit(uint64 vout) internal view returns (Bridge.Transfer memory) {
        return Bridge.Transfer(BTC, TXID, vout, btcAsset, user, 1e8);
    }

    /// The reproduction: vout + 2^32 named the same deposit output as vout
    /// for anyone truncating to 32 bits, under another transferId.
    function test_source_bitcoinIndexAbove32BitsRefused() public {
        Bridge.Transfer memory t = btcDeposit(uint64(1) << 32);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NonCanonicalSource.selector, BTC, TXID, uint64(1) << 32));
        bridge.mint(ep, FAR, t, sigs);
        t = btcDeposit(type(uint32).max);
        bridge.mint(ep, FAR, t, mintSigs(t, take(keys, 2)));
        assertEq(wBTC.balanceOf(user), 1e8, "the largest vout mints");
    }

    /// The reproduction: a srcRef with dirty upper bytes named the same
    /// source bridge for anyone reading its low 20 bytes, under another
    /// transferId.
    function test_source_evmRefWithUpperBytesRefused() public {
        bytes32 dirty = remoteBridgeB | bytes32(uint256(1) << 200);
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        t.srcRef = dirty;
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NonCanonicalSource.selector, CHAIN_B, dirty, uint64(1)));
        bridge.mint(ep, FAR, t, sigs);

        lockTokens(10);
        Bridge.Transfer memory u = xfer(tokenAsset, user, 1, 1);
        u.srcRef = dirty;
        sigs = unlockSigs(u, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NonCanonicalSource.selector, CHAIN_B, dirty, uint64(1)));
        bridge.unlock(ep, u, sigs);

        sigs = quorum(cancelHash(ep, CHAIN_B, dirty, 1));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NonCanonicalSource.selector, CHAIN_B, dirty, uint64(1)));
        bridge.cancel(ep, CHAIN_B, dirty, 1, sigs);
    }

    function test_source_batchItemNonCanonicalRefused() public {
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](2);
        ts[0] = btcDeposit(0);
        ts[1] = btcDeposit(uint64(1) << 40);
        bytes memory sigs = quorum(batchHash("MintBatch", ep, ts));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NonCanonicalSource.selector, BTC, TXID, uint64(1) << 40));
        bridge.mintBatch(ep, FAR, BTC, btcAsset, items(ts), sigs);

        ts[0] = xfer(wTokenAsset, user, 1, 0);
        ts[1] = xfer(wTokenAsset, user, 1, 1);
        ts[1].srcRef = bytes32(type(uint256).max);
        sigs = quorum(batchHash("MintBatch", ep, ts));
        vm.expectRevert(
            abi.encodeWithSelector(BridgeBase.NonCanonicalSource.selector, CHAIN_B, bytes32(type(uint256).max), uint64(1))
        );
        bridge.mintBatch(ep, FAR, CHAIN_B, wTokenAsset, items(ts), sigs);
    }

    /// A source must be a registered chain: only then is its kind, and so
    /// its one encoding, known.
    function test_source_unregisteredChainRefused() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        t.srcChain = 777;
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSource.selector, uint64(777)));
        bridge.mint(ep, FAR, t, sigs);
    }

    /// Removing a chain as a destination keeps it as a source: what is in
    /// flight from it still completes.
    function test_source_removedDestinationStillASource() public {
        uint64 n = adminNonce();
        bridge.setChain(ep, CHAIN_B, BridgeBase.ChainKind.None, n, quorum(chainHash(ep, CHAIN_B, 0, n)));
        assertTrue(bridge.chainKind(CHAIN_B) == BridgeBase.ChainKind.None, "no destination");
        assertTrue(bridge.sourceKind(CHAIN_B) == BridgeBase.ChainKind.EVM, "still an EVM source");
        vm.deal(address(this), 1);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnknownChain.selector, CHAIN_B));
        bridge.lockNative{value: 1}(CHAIN_B, abi.encodePacked(user));
        doMint(xfer(wTokenAsset, user, 1, 1));
        assertEq(wToken.balanceOf(user), 1, "minted from the removed chain");
    }

    // ------------------------------------------------------------------
    // Recipients: never the bridge or a token it manages

    function reserved() internal view returns (address[4] memory) {
        return [address(bridge), address(token), address(wToken), address(wBTC)];
    }

    function test_recipient_lockAndBurnToBridgeOrTokenRefused() public {
        token.mint(user, 10);
        vm.deal(user, 10);
        doMint(xfer(wTokenAsset, user, 10, 1));
        vm.startPrank(user);
        token.approve(address(bridge), 10);
        address[4] memory r = reserved();
        for (uint256 i; i < r.length; ++i) {
            bytes memory to = abi.encodePacked(r[i]);
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, r[i]));
            bridge.lock(address(token), 1, CHAIN_B, to);
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, r[i]));
            bridge.lockNative{value: 1}(CHAIN_C, to);
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, r[i]));
            bridge.burn(address(wToken), 1, CHAIN_C, to);
        }
        bridge.lock(address(token), 1, CHAIN_B, abi.encodePacked(user));
        vm.stopPrank();
    }

    function test_recipient_mintToBridgeOrTokenRefused() public {
        address[4] memory r = reserved();
        for (uint256 i; i < r.length; ++i) {
            Bridge.Transfer memory t = xfer(wTokenAsset, r[i], 1, uint64(i));
            bytes memory sigs = mintSigs(t, take(keys, 2));
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, r[i]));
            bridge.mint(ep, FAR, t, sigs);
        }
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](2);
        ts[0] = xfer(wTokenAsset, user, 1, 10);
        ts[1] = xfer(wTokenAsset, address(wBTC), 1, 11);
        bytes memory bsigs = quorum(batchHash("MintBatch", ep, ts));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, address(wBTC)));
        bridge.mintBatch(ep, FAR, CHAIN_B, wTokenAsset, items(ts), bsigs);
    }

    function test_recipient_unlockToBridgeOrTokenRefused() public {
        lockTokens(10);
        vm.deal(user, 10);
        vm.prank(user);
        bridge.lockNative{value: 10}(CHAIN_B, abi.encodePacked(user));
        address[4] memory r = reserved();
        for (uint256 i; i < r.length; ++i) {
            Bridge.Transfer memory t = xfer(tokenAsset, r[i], 1, uint64(i));
            bytes memory sigs = unlockSigs(t, take(keys, 2));
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, r[i]));
            bridge.unlock(ep, t, sigs);
            t = xfer(nativeAsset, r[i], 1, uint64(10 + i));
            sigs = unlockSigs(t, take(keys, 2));
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, r[i]));
            bridge.unlock(ep, t, sigs);
        }
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](2);
        ts[0] = xfer(tokenAsset, user, 1, 20);
        ts[1] = xfer(tokenAsset, address(token), 1, 21);
        bytes memory bsigs = quorum(batchHash("UnlockBatch", ep, ts));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.ReservedRecipient.selector, address(token)));
        bridge.unlockBatch(ep, CHAIN_B, tokenAsset, items(ts), bsigs);
    }
}
