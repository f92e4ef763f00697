// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Vm, console} from "./lib/Test.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";
import {
    RejectsEther,
    GasHungry,
    BlocklistToken,
    HookToken,
    HookRecipient,
    FalseToken,
    RevertBomb
} from "./lib/Payees.sol";

/// Issue 15, M5: pull payments. A payout the recipient or its token refuses
/// does not revert the unlock or its batch: the transfer is executed once
/// (replay bit set, locked released), the amount becomes claimable, an event
/// names the transfer and the reason, and `claim` pays it later. A native
/// payout gets a capped gas allowance.
contract BridgePayoutsTest is Fixture {
    bytes32 constant DEFERRED = keccak256("PaymentDeferred(bytes32,address,address,uint256,bytes)");
    bytes32 constant CLAIMED = keccak256("Claimed(address,address,uint256)");
    uint64 nextIndex = 100;

    function setUp() public override {
        super.setUp();
        vm.deal(user, 100 ether);
        vm.prank(user);
        bridge.lockNative{value: 50 ether}(CHAIN_B, abi.encodePacked(user));
    }

    function quorum(bytes32 structHash) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), structHash), take(keys, 2));
    }

    /// Unlocks `amount` of `asset` to `to` from a fresh source nonce; returns the transferId.
    function unlockTo(bytes32 asset, address to, uint256 amount) internal returns (bytes32) {
        Bridge.Transfer memory t = xfer(asset, to, amount, nextIndex++);
        return bridge.unlock(ep, t, unlockSigs(t, take(keys, 2)));
    }

    /// A home ERC-20 defined, routed and with `amount` locked by the user.
    function homeToken(address tok, uint256 amount) internal returns (bytes32 asset) {
        asset = defineIt(_def(HOME, abi.encodePacked(tok), "", "", 18));
        routeIt(asset, chainList(CHAIN_B, 0, 0));
        BlocklistToken(tok).mint(user, amount); // the test tokens share mint(address,uint256)
        vm.startPrank(user);
        BlocklistToken(tok).approve(address(bridge), amount);
        bridge.lock(tok, amount, CHAIN_B, abi.encodePacked(user));
        vm.stopPrank();
    }

    function locked(bytes32 asset) internal view returns (uint256 l) {
        (,,,,,,, l) = bridge.assetInfo(asset);
    }

    /// The PaymentDeferred logs recorded since vm.recordLogs().
    function deferrals() internal returns (Vm.Log[] memory out) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 n;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == DEFERRED) n++;
        }
        out = new Vm.Log[](n);
        n = 0;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == DEFERRED) out[n++] = logs[i];
        }
    }

    function checkDeferral(Vm.Log memory l, bytes32 id, address token_, address to, uint256 amount, bytes memory reason)
        internal
        view
    {
        assertEq(l.emitter, address(bridge), "emitted by the bridge");
        assertEq(l.topics[1], id, "names the transfer");
        assertEq(address(uint160(uint256(l.topics[2]))), token_, "token");
        assertEq(address(uint160(uint256(l.topics[3]))), to, "recipient");
        (uint256 amt, bytes memory why) = abi.decode(l.data, (uint256, bytes));
        assertEq(amt, amount, "amount");
        assertEq(keccak256(why), keccak256(reason), "reason");
    }

    // ------------------------------------------------------------------
    // The reproductions: each reverted the unlock (or its batch) in version 2.

    /// Version 2 forwarded all gas: a gas-hungry recipient burned 4,924,025 of
    /// 5,000,000 in one unlock, then reverted it.
    function test_payout_gasHungryRecipient_boundedAndDeferred() public {
        GasHungry r = new GasHungry();
        Bridge.Transfer memory t = xfer(nativeAsset, address(r), 1 ether, nextIndex++);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        vm.recordLogs();
        uint256 g = gasleft();
        bytes32 id = bridge.unlock{gas: 5_000_000}(ep, t, sigs);
        uint256 used = g - gasleft();
        console.log("unlock to a gas-hungry recipient, gas", used);
        assertLe(used, 200_000, "the recipient's gas is capped");
        assertEq(bridge.claimable(address(0), address(r)), 1 ether, "claimable");
        Vm.Log[] memory d = deferrals();
        assertEq(d.length, 1, "one PaymentDeferred");
        checkDeferral(d[0], id, address(0), address(r), 1 ether, ""); // out of gas: no reason
    }

    function test_payout_rejectingRecipientDoesNotBlockTheBatch() public {
        RejectsEther bad = new RejectsEther();
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](3);
        ts[0] = xfer(nativeAsset, address(0xA1), 1 ether, 0);
        ts[1] = xfer(nativeAsset, address(bad), 1 ether, 1);
        ts[2] = xfer(nativeAsset, address(0xA3), 1 ether, 2);
        vm.recordLogs();
        bridge.unlockBatch(ep, CHAIN_B, nativeAsset, items(ts), quorum(batchHash("UnlockBatch", ep, ts)));
        assertEq(address(0xA1).balance + address(0xA3).balance, 2 ether, "the good unlocks paid");
        assertEq(bridge.claimable(address(0), address(bad)), 1 ether, "the refused one claimable");
        for (uint64 i; i < 3; ++i) assertTrue(bridge.isProcessed(CHAIN_B, remoteBridgeB, i), "every item executed");
        Vm.Log[] memory d = deferrals();
        assertEq(d.length, 1, "one PaymentDeferred");
        checkDeferral(
            d[0],
            keccak256(abi.encode(CHAIN_B, remoteBridgeB, uint64(1))),
            address(0),
            address(bad),
            1 ether,
            abi.encodeWithSignature("Error(string)", "RejectsEther: no")
        );
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.unlockBatch(ep, CHAIN_B, nativeAsset, items(ts), quorum(batchHash("UnlockBatch", ep, ts)));
    }

    /// USDC-style: a blocklisted recipient can neither receive nor claim
    /// until it is taken off the list.
    function test_payout_blocklistedRecipient() public {
        BlocklistToken usdc = new BlocklistToken();
        bytes32 asset = homeToken(address(usdc), 10);
        address blocked = address(0xB10C);
        usdc.setBlocked(blocked, true);
        vm.recordLogs();
        bytes32 id = unlockTo(asset, blocked, 10);
        bytes memory why = abi.encodeWithSignature("Error(string)", "Blacklistable: account is blacklisted");
        checkDeferral(deferrals()[0], id, address(usdc), blocked, 10, why);
        assertEq(bridge.claimable(address(usdc), blocked), 10, "claimable");
        assertEq(locked(asset), 0, "released from locked");
        assertEq(usdc.balanceOf(address(bridge)), 10, "still held");
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.ClaimFailed.selector, address(usdc), blocked, why));
        bridge.claim(address(usdc), blocked);
        usdc.setBlocked(blocked, false);
        assertEq(bridge.claim(address(usdc), blocked), 10, "claimed");
        assertEq(usdc.balanceOf(blocked), 10, "paid");
        assertEq(bridge.claimable(address(usdc), blocked) + bridge.totalClaimable(address(usdc)), 0, "nothing owed");
    }

    /// ERC-777-style: the token calls the recipient's hook, which reverts.
    function test_payout_revertingHook() public {
        HookToken hook = new HookToken();
        bytes32 asset = homeToken(address(hook), 10);
        HookRecipient r = new HookRecipient(hook);
        vm.recordLogs();
        bytes32 id = unlockTo(asset, address(r), 10);
        checkDeferral(
            deferrals()[0], id, address(hook), address(r), 10, abi.encodeWithSignature("Error(string)", "HookRecipient: refused")
        );
        r.setMode(HookRecipient.Mode.Accept);
        bridge.claim(address(hook), address(r));
        assertEq(hook.balanceOf(address(r)), 10, "claimed once the hook accepts");
    }

    // ------------------------------------------------------------------
    // More ways to fail

    function test_payout_gasHungryHook_bounded() public {
        HookToken hook = new HookToken();
        bytes32 asset = homeToken(address(hook), 10);
        HookRecipient r = new HookRecipient(hook);
        r.setMode(HookRecipient.Mode.BurnGas);
        Bridge.Transfer memory t = xfer(asset, address(r), 10, nextIndex++);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        uint256 g = gasleft();
        bridge.unlock{gas: 5_000_000}(ep, t, sigs);
        uint256 used = g - gasleft();
        console.log("unlock of a token whose hook burns gas, gas", used);
        assertLe(used, bridge.TOKEN_PAYOUT_GAS() + 120_000, "the token's gas is capped");
        assertEq(bridge.claimable(address(hook), address(r)), 10, "claimable");
    }

    function test_payout_tokenReturningFalse() public {
        FalseToken f = new FalseToken();
        bytes32 asset = homeToken(address(f), 10);
        f.setRefuses(address(0xF00), true);
        unlockTo(asset, address(0xF00), 10);
        assertEq(bridge.claimable(address(f), address(0xF00)), 10, "false is a failure");
        f.setRefuses(address(0xF00), false);
        bridge.claim(address(f), address(0xF00));
        assertEq(f.balanceOf(address(0xF00)), 10, "claimed");
    }

    /// The bridge copies at most 256 bytes of a revert reason, whatever the
    /// recipient returns.
    function test_payout_returnDataBomb() public {
        RevertBomb r = new RevertBomb();
        vm.recordLogs();
        uint256 g = gasleft();
        unlockTo(nativeAsset, address(r), 1 ether);
        console.log("unlock to a recipient reverting with 50,000 bytes, gas", g - gasleft());
        Vm.Log[] memory d = deferrals();
        (, bytes memory why) = abi.decode(d[0].data, (uint256, bytes));
        assertEq(why.length, 256, "reason cut at 256 bytes");
        assertEq(bridge.claimable(address(0), address(r)), 1 ether, "claimable");
    }

    /// A caller cannot starve a payout into failing: with too little gas
    /// left for the whole allowance the unlock reverts (InsufficientGas), so
    /// every unlock that succeeds gave its recipient the whole allowance —
    /// and eth_estimateGas cannot settle on a limit where the payout fails.
    function test_payout_gasStarvationRevertsNotDefers() public {
        GasHungry r = new GasHungry();
        r.setNeed(25_000); // less than NATIVE_PAYOUT_GAS: paid if given the allowance
        uint256 paid;
        uint256 refused;
        for (uint256 gasLimit = 60_000; gasLimit <= 160_000; gasLimit += 2_500) {
            Bridge.Transfer memory t = xfer(nativeAsset, address(r), 1, nextIndex++);
            bytes memory sigs = unlockSigs(t, take(keys, 2));
            try bridge.unlock{gas: gasLimit}(ep, t, sigs) {
                paid++;
            } catch (bytes memory err) {
                if (bytes4(err) == BridgeBase.InsufficientGas.selector) refused++;
            }
            assertEq(bridge.claimable(address(0), address(r)), 0, "never deferred for want of gas");
        }
        assertEq(address(r).balance, paid, "every unlock that went through paid");
        assertTrue(paid > 0 && refused > 0, "both sides of the threshold tried");
    }

    function test_payout_nativeAllowance() public view {
        assertEq(bridge.NATIVE_PAYOUT_GAS(), 30_000, "native allowance");
        assertEq(bridge.TOKEN_PAYOUT_GAS(), 200_000, "token allowance");
    }

    // ------------------------------------------------------------------
    // claim

    /// A recipient that needs more than the allowance to receive gets its
    /// ether by claiming, with all the gas it likes; anyone may trigger it.
    function test_claim_paysWithAllTheGas() public {
        GasHungry r = new GasHungry();
        r.setNeed(60_000);
        unlockTo(nativeAsset, address(r), 2 ether);
        assertEq(bridge.claimable(address(0), address(r)), 2 ether, "deferred");
        assertEq(bridge.totalClaimable(address(0)), 2 ether, "total");
        vm.recordLogs();
        vm.prank(address(0xCAFE)); // anyone
        assertEq(bridge.claim(address(0), address(r)), 2 ether, "claimed");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs[logs.length - 1].topics[0], CLAIMED, "Claimed");
        assertEq(address(r).balance, 2 ether, "paid to the recipient");
        assertEq(bridge.claimable(address(0), address(r)) + bridge.totalClaimable(address(0)), 0, "settled");
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NothingToClaim.selector, address(0), address(r)));
        bridge.claim(address(0), address(r));
    }

    function test_claim_failsAndStaysClaimable() public {
        RejectsEther r = new RejectsEther();
        unlockTo(nativeAsset, address(r), 1 ether);
        unlockTo(nativeAsset, address(r), 2 ether);
        assertEq(bridge.claimable(address(0), address(r)), 3 ether, "two deferrals add up");
        vm.expectRevert(
            abi.encodeWithSelector(
                BridgeBase.ClaimFailed.selector, address(0), address(r), abi.encodeWithSignature("Error(string)", "RejectsEther: no")
            )
        );
        bridge.claim(address(0), address(r));
        assertEq(bridge.claimable(address(0), address(r)), 3 ether, "still claimable");
        r.setAccepts(true);
        bridge.claim(address(0), address(r));
        assertEq(address(r).balance, 3 ether, "paid");
    }

    function test_claim_pausedRefused() public {
        RejectsEther r = new RejectsEther();
        unlockTo(nativeAsset, address(r), 1 ether);
        r.setAccepts(true);
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.claim(address(0), address(r));
    }

    /// The bridge holds what is locked plus what is claimable, throughout.
    function test_payout_balanceCoversLockedAndClaimable() public {
        BlocklistToken usdc = new BlocklistToken();
        bytes32 asset = homeToken(address(usdc), 100);
        usdc.setBlocked(address(0xB1), true);
        unlockTo(asset, address(0xB1), 30);
        unlockTo(asset, address(0xB2), 20);
        assertEq(usdc.balanceOf(address(bridge)), locked(asset) + bridge.totalClaimable(address(usdc)), "after deferral");
        assertEq(locked(asset), 50, "locked");
        usdc.setBlocked(address(0xB1), false);
        bridge.claim(address(usdc), address(0xB1));
        assertEq(usdc.balanceOf(address(bridge)), locked(asset) + bridge.totalClaimable(address(usdc)), "after claim");
        RejectsEther r = new RejectsEther();
        unlockTo(nativeAsset, address(r), 5 ether);
        assertEq(address(bridge).balance, locked(nativeAsset) + bridge.totalClaimable(address(0)), "native");
    }
}
