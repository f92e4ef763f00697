// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Vm} from "./lib/Test.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";
import {RejectsEther} from "./lib/Payees.sol";

/// Issue 15, M5: a quorum-authorised refund returns a local lock (unlocked
/// to its sender) or a local burn (minted again to its sender), once, as the
/// quorum signed it: the signed message names the nonce, asset, sender and
/// amount, which the signers read from the Locked or Burned event. The
/// signers sign Refund only after the transfer's destination cancelled it
/// (RefundInvariant.t.sol plays both bridges).
contract BridgeRefundTest is Fixture {
    bytes32 constant REFUNDED = keccak256("Refunded(bytes32,bytes32,address,uint256,uint64)");

    function quorum(bytes32 structHash) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), structHash), take(keys, 2));
    }

    function nextNonce() internal view returns (uint64 n) {
        (,,,, n,,) = bridge.config();
    }

    function refundSigs(uint64 nonce, bytes32 asset, address sender, uint256 amount)
        internal
        view
        returns (bytes memory)
    {
        return quorum(refundHash(ep, nonce, asset, sender, amount));
    }

    function locked(bytes32 asset) internal view returns (uint256 l) {
        (,,,,,,, l) = bridge.assetInfo(asset);
    }

    function localId(uint64 nonce) internal view returns (bytes32) {
        return bridge.transferIdOf(HOME, bytes32(uint256(uint160(address(bridge)))), nonce);
    }

    /// The reproduction: version 2 had no way for the quorum to return a
    /// local lock — an unlock naming this chain as its source reverted
    /// (InvalidSource), and so it still does. A refund returns it.
    function test_refund_localLock() public {
        uint64 nonce = nextNonce();
        bytes32 id = lockTokens(5);
        assertEq(id, localId(nonce), "the lock's transferId");
        Bridge.Transfer memory t = Bridge.Transfer(HOME, bytes32(uint256(uint160(address(bridge)))), nonce, tokenAsset, user, 5);
        bytes memory usigs = unlockSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSource.selector, HOME));
        bridge.unlock(ep, t, usigs);

        vm.recordLogs();
        assertEq(bridge.refund(ep, nonce, tokenAsset, user, 5, refundSigs(nonce, tokenAsset, user, 5)), id, "refund names the lock");
        assertEq(token.balanceOf(user), 5, "returned to its sender");
        assertEq(locked(tokenAsset), 0, "no longer locked");
        assertTrue(bridge.isRefunded(nonce), "isRefunded");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        Vm.Log memory l = logs[logs.length - 1];
        assertEq(l.topics[0], REFUNDED, "Refunded");
        assertEq(l.topics[1], id, "transferId");
        assertEq(l.topics[2], tokenAsset, "assetId");
        assertEq(address(uint160(uint256(l.topics[3]))), user, "sender");
        (uint256 amount, uint64 n) = abi.decode(l.data, (uint256, uint64));
        assertEq(amount, 5, "amount");
        assertEq(n, nonce, "nonce");
    }

    /// Once: the second refund of a nonce reverts, whoever signs it and
    /// whatever it names.
    function test_refund_once() public {
        uint64 nonce = nextNonce();
        lockTokens(5);
        bytes memory sigs = refundSigs(nonce, tokenAsset, user, 5);
        bridge.refund(ep, nonce, tokenAsset, user, 5, sigs);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyRefunded.selector, nonce));
        bridge.refund(ep, nonce, tokenAsset, user, 5, sigs);
        bytes memory other = refundSigs(nonce, tokenAsset, user, 4); // a quorum's second word on the nonce
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyRefunded.selector, nonce));
        bridge.refund(ep, nonce, tokenAsset, user, 4, other);
        lockTokens(5); // the next nonce is another transfer
        bridge.refund(ep, nonce + 1, tokenAsset, user, 5, refundSigs(nonce + 1, tokenAsset, user, 5));
        assertEq(token.balanceOf(user), 10, "each returned once");
    }

    function test_refund_localNativeLock() public {
        uint64 nonce = nextNonce();
        vm.deal(user, 3 ether);
        vm.prank(user);
        bridge.lockNative{value: 3 ether}(CHAIN_B, abi.encodePacked(user));
        bridge.refund(ep, nonce, nativeAsset, user, 3 ether, refundSigs(nonce, nativeAsset, user, 3 ether));
        assertEq(user.balance, 3 ether, "returned");
        assertEq(locked(nativeAsset), 0, "no longer locked");
    }

    /// A sender that refuses ether gets its refund by claiming, as any payout.
    function test_refund_toARefusingSenderIsClaimable() public {
        RejectsEther r = new RejectsEther();
        vm.deal(address(r), 1 ether);
        uint64 nonce = nextNonce();
        vm.prank(address(r));
        bridge.lockNative{value: 1 ether}(CHAIN_B, abi.encodePacked(user));
        bridge.refund(ep, nonce, nativeAsset, address(r), 1 ether, refundSigs(nonce, nativeAsset, address(r), 1 ether));
        assertEq(bridge.claimable(address(0), address(r)), 1 ether, "claimable");
        assertTrue(bridge.isRefunded(nonce), "refunded");
        r.setAccepts(true);
        bridge.claim(address(0), address(r));
        assertEq(address(r).balance, 1 ether, "claimed");
    }

    function test_refund_localBurn() public {
        doMint(xfer(wTokenAsset, user, 10, 1));
        uint64 nonce = nextNonce();
        vm.prank(user);
        bytes32 id = bridge.burn(address(wToken), 4, CHAIN_C, abi.encodePacked(user));
        assertEq(wToken.totalSupply(), 6, "burned");
        assertEq(bridge.refund(ep, nonce, wTokenAsset, user, 4, refundSigs(nonce, wTokenAsset, user, 4)), id, "names the burn");
        assertEq(wToken.balanceOf(user), 10, "minted again to its sender");
        assertEq(wToken.totalSupply(), 10, "supply restored");
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyRefunded.selector, nonce));
        bridge.refund(ep, nonce, wTokenAsset, user, 4, refundSigs(nonce, wTokenAsset, user, 4));
    }

    /// A nonce the bridge has not given yet is no lock or burn: refused,
    /// even under a quorum, until a lock or burn takes it.
    function test_refund_unknownNonce() public {
        uint64 nonce = nextNonce();
        bytes memory sigs = refundSigs(nonce, tokenAsset, user, 5);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnknownNonce.selector, nonce));
        bridge.refund(ep, nonce, tokenAsset, user, 5, sigs);
        uint64 far = type(uint64).max;
        bytes memory farSigs = refundSigs(far, tokenAsset, user, 5);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnknownNonce.selector, far));
        bridge.refund(ep, far, tokenAsset, user, 5, farSigs);
        assertTrue(!bridge.isRefunded(nonce), "not refunded");
        lockTokens(5);
        bridge.refund(ep, nonce, tokenAsset, user, 5, sigs);
        assertTrue(bridge.isRefunded(nonce), "refunded once given");
    }

    /// The quorum signs the nonce, asset, sender and amount: any other
    /// value than what it signed recovers other addresses (NotSigner), and
    /// the nonce stays refundable as signed.
    function test_refund_onlyWhatWasSigned() public {
        uint64 nonce = nextNonce();
        lockTokens(5);
        lockTokens(5);
        bytes memory sigs = refundSigs(nonce, tokenAsset, user, 5);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.refund(ep, nonce, tokenAsset, user, 6, sigs);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.refund(ep, nonce, tokenAsset, address(0xBAD), 5, sigs);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.refund(ep, nonce, nativeAsset, user, 5, sigs);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.refund(ep, nonce + 1, tokenAsset, user, 5, sigs);
        assertTrue(!bridge.isRefunded(nonce), "nothing refunded");
        assertTrue(!bridge.isRefunded(nonce + 1), "nothing refunded");
        bridge.refund(ep, nonce, tokenAsset, user, 5, sigs);
        assertEq(token.balanceOf(user), 5, "what was signed");
        assertEq(locked(tokenAsset), 5, "the other lock stays");
    }

    /// No lock or burn has a zero amount or an undefined asset: a refund
    /// naming one is refused, even as the quorum's word, and leaves the
    /// nonce refundable.
    function test_refund_zeroAmountOrUndefinedAsset() public {
        uint64 nonce = nextNonce();
        lockTokens(5);
        bytes memory zero = refundSigs(nonce, tokenAsset, user, 0);
        vm.expectRevert(BridgeBase.ZeroAmount.selector);
        bridge.refund(ep, nonce, tokenAsset, user, 0, zero);
        bytes32 undefined = keccak256("no such asset");
        bytes memory none = refundSigs(nonce, undefined, user, 5);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AssetNotDefined.selector, undefined));
        bridge.refund(ep, nonce, undefined, user, 5, none);
        bridge.refund(ep, nonce, tokenAsset, user, 5, refundSigs(nonce, tokenAsset, user, 5));
    }

    /// One bit per nonce, 256 nonces to a word: refunding one marks no other,
    /// across a word boundary too.
    function test_refund_bitsAreIndependent() public {
        uint64 first = nextNonce();
        for (uint256 i; i < 258; ++i) lockTokens(1);
        for (uint64 n = first + 255; n <= first + 256; ++n) {
            bridge.refund(ep, n, tokenAsset, user, 1, refundSigs(n, tokenAsset, user, 1));
        }
        assertTrue(!bridge.isRefunded(first + 254), "254");
        assertTrue(bridge.isRefunded(first + 255), "255");
        assertTrue(bridge.isRefunded(first + 256), "256");
        assertTrue(!bridge.isRefunded(first + 257), "257");
        assertTrue(!bridge.isRefunded(first + 258), "never given");
        bridge.refund(ep, first, tokenAsset, user, 1, refundSigs(first, tokenAsset, user, 1));
        assertEq(token.balanceOf(user), 3, "three refunds");
    }

    function test_refund_quorumEpochAndPause() public {
        uint64 nonce = nextNonce();
        lockTokens(5);
        bytes memory one = signAll(
            typed(domainOf(address(bridge), block.chainid), refundHash(ep, nonce, tokenAsset, user, 5)), take(keys, 1)
        );
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 1, 2));
        bridge.refund(ep, nonce, tokenAsset, user, 5, one);
        bytes memory other = refundSigs(nonce + 1, tokenAsset, user, 5); // signed for another nonce
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.refund(ep, nonce, tokenAsset, user, 5, other);
        bytes memory cancelSigs = quorum(cancelHash(ep, HOME, bytes32(uint256(uint160(address(bridge)))), nonce));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector); // a Cancel signature is not a Refund
        bridge.refund(ep, nonce, tokenAsset, user, 5, cancelSigs);
        bytes memory sigs = refundSigs(nonce, tokenAsset, user, 5);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, ep + 1, ep));
        bridge.refund(ep + 1, nonce, tokenAsset, user, 5, sigs);
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.refund(ep, nonce, tokenAsset, user, 5, sigs);
    }

    /// A rotation retires every Refund signature of the old epoch.
    function test_refund_oldEpochRefused() public {
        uint64 nonce = nextNonce();
        lockTokens(5);
        bytes memory old = refundSigs(nonce, tokenAsset, user, 5);
        uint64 n = adminNonce();
        address[] memory s = addrs(keys);
        bridge.rotateSigners(ep, s, 2, n, quorum(rotateHash(ep, s, 2, n)));
        ep++;
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.refund(ep, nonce, tokenAsset, user, 5, old);
        bridge.refund(ep, nonce, tokenAsset, user, 5, refundSigs(nonce, tokenAsset, user, 5));
    }

    /// Refunds release value, so they count against the window limit.
    function test_refund_countsAgainstTheWindow() public {
        for (uint64 i; i < 5; ++i) doMint(xfer(wTokenAsset, user, MAX, 10 + i)); // the window is full
        uint64 nonce = nextNonce();
        vm.prank(user);
        bridge.burn(address(wToken), 7, CHAIN_C, abi.encodePacked(user));
        bytes memory sigs = refundSigs(nonce, wTokenAsset, user, 7);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.RateLimited.selector, 7, 0));
        bridge.refund(ep, nonce, wTokenAsset, user, 7, sigs);
        vm.warp(block.timestamp + 2 * WINDOW);
        bridge.refund(ep, nonce, wTokenAsset, user, 7, sigs);
        assertEq(wToken.balanceOf(user), 5 * uint256(MAX), "minted again once the window allows");
    }
}
