// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";

/// Issue 13, C2: a mint authorisation expires at its signed deadline, and the
/// quorum can cancel a source event so that no signature can mint it.
contract BridgeDeadlineTest is Fixture {
    bytes32 constant DEPOSIT_TXID = bytes32(uint256(0xdeb051));

    /// A Bitcoin deposit's mint, as the signers build it.
    function deposit(uint32 vout) internal view returns (Bridge.Transfer memory) {
        return Bridge.Transfer(BTC, DEPOSIT_TXID, vout, btcAsset, user, 1e8);
    }

    function sigsFor(Bridge.Transfer memory t, uint64 deadline) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), mintHash(epoch(), deadline, t)), take(keys, 2));
    }

    function quorum(bytes32 structHash) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), structHash), take(keys, 2));
    }

    function unpause() internal {
        uint64 n = adminNonce();
        bridge.unpause(ep, n, quorum(unpauseHash(ep, n)));
    }

    function test_mint_beforeDeadline() public {
        Bridge.Transfer memory t = deposit(0);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory sigs = sigsFor(t, deadline);
        vm.warp(deadline); // inclusive
        bridge.mint(epoch(), deadline, t, sigs);
        assertEq(wBTC.balanceOf(user), 1e8, "minted at the deadline");
    }

    function test_mint_revert_afterDeadline() public {
        Bridge.Transfer memory t = deposit(0);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory sigs = sigsFor(t, deadline);
        vm.warp(uint256(deadline) + 1);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.DeadlineExpired.selector, deadline, uint256(deadline) + 1));
        bridge.mint(epoch(), deadline, t, sigs);
    }

    /// The reproduction of C2: the destination is paused with a deposit's
    /// mint signed, the refund locktime passes (the depositor takes the BTC
    /// back through the refund leaf), the destination is unpaused: the queued
    /// signatures must not mint wrapped BTC with nothing behind it.
    function test_mint_revert_pauseWarpUnpause() public {
        Bridge.Transfer memory t = deposit(1);
        // Devnet-like deadline: well inside the refund window (docs/bitcoin-route.md).
        uint64 deadline = uint64(block.timestamp + 2 hours);
        bytes memory sigs = sigsFor(t, deadline);
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.warp(block.timestamp + 60 days);
        unpause();
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.DeadlineExpired.selector, deadline, block.timestamp));
        bridge.mint(epoch(), deadline, t, sigs);
        assertEq(wBTC.totalSupply(), 0, "nothing minted");
        assertTrue(!bridge.isProcessed(BTC, DEPOSIT_TXID, 1), "not processed");
    }

    /// The deadline is signed: moving it later breaks the signatures.
    function test_mint_revert_deadlineNotSigned() public {
        Bridge.Transfer memory t = deposit(0);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory sigs = sigsFor(t, deadline);
        vm.expectRevert(); // recovers to some other address: NotSigner or SignersNotSorted
        bridge.mint(epoch(), deadline + 1 days, t, sigs);
        bridge.mint(epoch(), deadline, t, sigs);
    }

    function test_mintBatch_deadline() public {
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](2);
        ts[0] = deposit(0);
        ts[1] = deposit(1);
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes memory sigs =
            signAll(typed(domainOf(address(bridge), block.chainid), mintBatchHash(epoch(), deadline, ts)), take(keys, 2));
        vm.warp(uint256(deadline) + 1);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.DeadlineExpired.selector, deadline, uint256(deadline) + 1));
        bridge.mintBatch(epoch(), deadline, BTC, btcAsset, items(ts), sigs);
        vm.warp(deadline);
        vm.expectRevert(); // another deadline than the signed one does not verify
        bridge.mintBatch(epoch(), deadline + 1, BTC, btcAsset, items(ts), sigs);
        bridge.mintBatch(epoch(), deadline, BTC, btcAsset, items(ts), sigs);
        assertEq(wBTC.totalSupply(), 2e8, "batch minted before its deadline");
    }

    // ---- cancel

    function cancelSigs(uint64 src, bytes32 ref, uint64 index, uint256 k) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), cancelHash(epoch(), src, ref, index)), take(keys, k));
    }

    function test_cancel_blocksLaterMint() public {
        Bridge.Transfer memory t = deposit(2);
        bytes memory sigs = sigsFor(t, FAR);
        bytes32 id = keccak256(abi.encode(BTC, DEPOSIT_TXID, uint64(2)));
        assertEq(bridge.cancel(epoch(), BTC, DEPOSIT_TXID, 2, cancelSigs(BTC, DEPOSIT_TXID, 2, 2)), id, "transferId");
        assertTrue(bridge.isProcessed(BTC, DEPOSIT_TXID, 2), "replay bit set");
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyProcessed.selector, id));
        bridge.mint(epoch(), FAR, t, sigs);
        assertEq(wBTC.totalSupply(), 0, "nothing minted");
    }

    function test_cancel_whilePaused() public {
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        bridge.cancel(epoch(), BTC, DEPOSIT_TXID, 3, cancelSigs(BTC, DEPOSIT_TXID, 3, 2));
        assertTrue(bridge.isProcessed(BTC, DEPOSIT_TXID, 3), "cancelled while paused");
    }

    function test_cancel_revert_needsQuorum() public {
        bytes memory one = cancelSigs(BTC, DEPOSIT_TXID, 2, 1);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 1, 2));
        bridge.cancel(epoch(), BTC, DEPOSIT_TXID, 2, one);
        // a quorum over another source event does not cancel this one
        bytes memory other = cancelSigs(BTC, DEPOSIT_TXID, 3, 2);
        vm.expectRevert();
        bridge.cancel(epoch(), BTC, DEPOSIT_TXID, 2, other);
        // an outsider's signatures do not count
        uint256[] memory outsiders = new uint256[](2);
        outsiders[0] = 0xBAD1;
        outsiders[1] = 0xBAD2;
        outsiders = sortByAddress(outsiders);
        bytes memory forged =
            signAll(typed(domainOf(address(bridge), block.chainid), cancelHash(epoch(), BTC, DEPOSIT_TXID, 2)), outsiders);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotSigner.selector, vm.addr(outsiders[0])));
        bridge.cancel(epoch(), BTC, DEPOSIT_TXID, 2, forged);
        bytes memory sigs = cancelSigs(BTC, DEPOSIT_TXID, 2, 2);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 2, 1));
        bridge.cancel(2, BTC, DEPOSIT_TXID, 2, sigs);
        assertTrue(!bridge.isProcessed(BTC, DEPOSIT_TXID, 2), "still open");
        // a mint still works
        doMint(deposit(2));
        vm.expectRevert(
            abi.encodeWithSelector(BridgeBase.AlreadyProcessed.selector, keccak256(abi.encode(BTC, DEPOSIT_TXID, uint64(2))))
        );
        bridge.cancel(epoch(), BTC, DEPOSIT_TXID, 2, sigs);
    }
}
