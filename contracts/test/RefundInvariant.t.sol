// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Signing} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";
import {WrappedToken} from "../src/WrappedToken.sol";
import {BlocklistToken, RejectsEther} from "./lib/Payees.sol";

/// @dev Two bridges, A (chain 31337: home of a USDC-style ERC-20 and of its
/// native coin) and B (chain 31338: their wrapped tokens), one signer set,
/// and a federation that follows the refund rule: it signs a Refund on the
/// source only after its own cancel on the destination went through. Each
/// call switches block.chainid to the chain of the bridge it talks to.
/// Adversarial actions try to execute what was cancelled, cancel what was
/// executed, refund twice, refund other fields than the quorum signed and
/// refund a nonce the bridge never gave; none may work.
contract TwoBridgeHandler is Signing {
    uint64 constant A_CHAIN = 31337;
    uint64 constant B_CHAIN = 31338;
    uint256 constant MAX = 1_000_000 ether;

    Bridge immutable a;
    Bridge immutable b;
    BlocklistToken immutable usdc;
    WrappedToken immutable wUsdc;
    WrappedToken immutable wEth;
    bytes32 immutable usdcAsset;
    bytes32 immutable ethAsset;
    RejectsEther immutable refuser;
    uint256[] keys;

    /// A lock on A (toward B) or a burn on B (toward A).
    struct Transfer {
        bool fromA;
        bool native;
        uint64 nonce;
        address sender;
        address recipient;
        uint256 amount;
        bool cancelled; // the federation's cancel on the destination went through
    }

    Transfer[] public transfers;
    /// Per transfer (index in `transfers`): successful executions and refunds.
    mapping(uint256 => uint256) public executed;
    mapping(uint256 => uint256) public refunded;
    uint256 public forgeriesAccepted; // an adversarial call that went through
    uint256 public refusedForAnotherReason; // an adversarial refund refused, but not for its flaw

    constructor(
        Bridge a_,
        Bridge b_,
        BlocklistToken usdc_,
        RejectsEther refuser_,
        bytes32 usdcAsset_,
        bytes32 ethAsset_,
        uint256[] memory k
    ) {
        (a, b, usdc, refuser, usdcAsset, ethAsset, keys) = (a_, b_, usdc_, refuser_, usdcAsset_, ethAsset_, k);
        vm.chainId(B_CHAIN);
        wUsdc = WrappedToken(b_.wrappedTokenOf(usdcAsset_));
        wEth = WrappedToken(b_.wrappedTokenOf(ethAsset_));
    }

    function count() external view returns (uint256) {
        return transfers.length;
    }

    /// Four users and a contract that refuses ether unless told otherwise.
    function actor(uint256 seed) public view returns (address) {
        seed %= 5;
        return seed == 4 ? address(refuser) : address(uint160(0xA000 + seed));
    }

    function actors() external view returns (address[5] memory out) {
        for (uint256 i; i < 5; ++i) out[i] = actor(i);
    }

    function on(Bridge br) internal returns (uint64 chain) {
        chain = br == a ? A_CHAIN : B_CHAIN;
        vm.chainId(chain);
    }

    function quorum(Bridge br, bytes32 structHash) internal returns (bytes memory) {
        return signAll(typed(domainOf(address(br), on(br)), structHash), take(keys, 2));
    }

    function available(Bridge br, bytes32 asset) internal returns (uint256 av) {
        on(br);
        (,,,,,, av,) = br.assetInfo(asset);
    }

    function srcRef(Transfer memory t) internal view returns (bytes32) {
        return bytes32(uint256(uint160(address(t.fromA ? a : b))));
    }

    // ------------------------------------------------------------------
    // Users

    function lockOnA(uint256 who, uint256 amount, bool native) external {
        who %= 5;
        address s = actor(who);
        amount = bound(amount, 1, native ? 1_000 ether : MAX);
        on(a);
        (,,,, uint64 nonce,,) = a.config();
        vm.startPrank(s);
        if (native) {
            vm.deal(s, amount);
            a.lockNative{value: amount}(B_CHAIN, abi.encodePacked(actor(who + 1)));
        } else {
            vm.stopPrank();
            if (usdc.blocked(s)) return; // it could not pay the bridge
            usdc.mint(s, amount);
            vm.startPrank(s);
            usdc.approve(address(a), amount);
            a.lock(address(usdc), amount, B_CHAIN, abi.encodePacked(actor(who + 1)));
        }
        vm.stopPrank();
        transfers.push(Transfer(true, native, nonce, s, actor(who + 1), amount, false));
    }

    function burnOnB(uint256 who, uint256 amount, bool native) external {
        who %= 5;
        address s = actor(who);
        WrappedToken w = native ? wEth : wUsdc;
        on(b);
        uint256 bal = w.balanceOf(s);
        if (bal == 0) return;
        amount = bound(amount, 1, bal < MAX ? bal : MAX);
        (,,,, uint64 nonce,,) = b.config();
        vm.prank(s);
        b.burn(address(w), amount, A_CHAIN, abi.encodePacked(actor(who + 2)));
        transfers.push(Transfer(false, native, nonce, s, actor(who + 2), amount, false));
    }

    // ------------------------------------------------------------------
    // The federation

    /// Mint on B (a lock) or unlock on A (a burn): the honest path for a
    /// transfer the federation has not cancelled.
    function deliver(uint256 i) external {
        if (transfers.length == 0) return;
        i %= transfers.length;
        Transfer memory t = transfers[i];
        if (t.cancelled || executed[i] != 0) return;
        if (available(t.fromA ? b : a, t.native ? ethAsset : usdcAsset) < t.amount) return;
        if (tryExecute(t)) executed[i]++;
    }

    /// Cancel on the destination, then — the rule — refund on the source
    /// only once that cancel went through.
    function cancelAndRefund(uint256 i) external {
        if (transfers.length == 0) return;
        i %= transfers.length;
        Transfer memory t = transfers[i];
        if (!t.cancelled) {
            if (executed[i] != 0) return; // the federation saw it executed: no cancel, no refund
            Bridge dst = t.fromA ? b : a;
            bytes memory sigs = quorum(dst, cancelHash(1, t.fromA ? A_CHAIN : B_CHAIN, srcRef(t), t.nonce));
            on(dst);
            dst.cancel(1, t.fromA ? A_CHAIN : B_CHAIN, srcRef(t), t.nonce, sigs);
            transfers[i].cancelled = true;
        }
        if (refunded[i] != 0) return;
        Bridge src = t.fromA ? a : b;
        bytes32 asset = t.native ? ethAsset : usdcAsset;
        if (available(src, asset) < t.amount) return; // the window: later
        bytes memory rs = quorum(src, refundHash(1, t.nonce, asset, t.sender, t.amount));
        on(src);
        src.refund(1, t.nonce, asset, t.sender, t.amount, rs);
        refunded[i]++;
    }

    function claim(uint256 who, bool native) external {
        address r = actor(who);
        address token = native ? address(0) : address(usdc);
        on(a);
        if (a.claimable(token, r) == 0) return;
        try a.claim(token, r) {} catch {} // a blocked or refusing recipient may still fail
    }

    /// A recipient's situation changes: blocklisted or not, refusing or not.
    function toggle(uint256 who) external {
        address r = actor(who);
        if (r == address(refuser)) refuser.setAccepts(!refuser.accepts());
        else usdc.setBlocked(r, !usdc.blocked(r));
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, 2 days));
    }

    // ------------------------------------------------------------------
    // The adversary (valid quorums: a compromised rule, not a forgery)

    /// Execute again, or execute what the federation cancelled.
    function replayExecute(uint256 i) external {
        if (transfers.length == 0) return;
        i %= transfers.length;
        Transfer memory t = transfers[i];
        if (!t.cancelled && executed[i] == 0) return; // that would be `deliver`
        if (tryExecute(t)) {
            executed[i]++;
            forgeriesAccepted++;
        }
    }

    /// Cancel what was executed (then a refund would follow).
    function cancelExecuted(uint256 i) external {
        if (transfers.length == 0) return;
        i %= transfers.length;
        Transfer memory t = transfers[i];
        if (executed[i] == 0) return;
        Bridge dst = t.fromA ? b : a;
        bytes memory sigs = quorum(dst, cancelHash(1, t.fromA ? A_CHAIN : B_CHAIN, srcRef(t), t.nonce));
        on(dst);
        try dst.cancel(1, t.fromA ? A_CHAIN : B_CHAIN, srcRef(t), t.nonce, sigs) {
            forgeriesAccepted++;
        } catch {}
    }

    /// Refund again (valid signatures, the transfer's own fields); submit
    /// the quorum's signatures over the transfer's fields with another
    /// amount, sender or asset; or refund, under a quorum, a nonce the
    /// bridge has not given yet. Each must revert for its flaw:
    /// AlreadyRefunded, NotSigner, UnknownNonce.
    function refundAgainOrOther(uint256 i, uint256 how) external {
        if (transfers.length == 0) return;
        i %= transfers.length;
        Transfer memory t = transfers[i];
        Bridge src = t.fromA ? a : b;
        bytes32 asset = t.native ? ethAsset : usdcAsset;
        uint64 nonce = t.nonce;
        how %= 5;
        if (how == 0 && refunded[i] == 0) return; // a first refund is `cancelAndRefund`'s
        if (how == 4) {
            on(src);
            (,,,, nonce,,) = src.config();
        }
        bytes memory rs = quorum(src, refundHash(1, nonce, asset, t.sender, t.amount));
        address sender = t.sender;
        uint256 amount = t.amount;
        bytes4 want = BridgeBase.NotSigner.selector;
        if (how == 0) want = BridgeBase.AlreadyRefunded.selector;
        if (how == 1) amount += 1;
        if (how == 2) sender = sender == actor(0) ? actor(1) : actor(0);
        if (how == 3) asset = t.native ? usdcAsset : ethAsset;
        if (how == 4) want = BridgeBase.UnknownNonce.selector;
        on(src);
        try src.refund(1, nonce, asset, sender, amount, rs) {
            if (nonce == t.nonce) refunded[i]++;
            forgeriesAccepted++;
        } catch (bytes memory reason) {
            if (reason.length < 4 || bytes4(reason) != want) refusedForAnotherReason++;
        }
    }

    function tryExecute(Transfer memory t) internal returns (bool ok) {
        uint64 srcChain = t.fromA ? A_CHAIN : B_CHAIN;
        bytes32 asset = t.native ? ethAsset : usdcAsset;
        Bridge.Transfer memory x = Bridge.Transfer(srcChain, srcRef(t), t.nonce, asset, t.recipient, t.amount);
        if (t.fromA) {
            bytes memory sigs = quorum(b, mintHash(1, FAR, x));
            on(b);
            try b.mint(1, FAR, x, sigs) {
                return true;
            } catch {}
        } else {
            bytes memory sigs = quorum(a, singleHash("Unlock", 1, x));
            on(a);
            try a.unlock(1, x, sigs) {
                return true;
            } catch {}
        }
    }
}

contract RefundInvariantTest is Signing {
    uint64 constant A_CHAIN = 31337;
    uint64 constant B_CHAIN = 31338;

    TwoBridgeHandler handler;
    Bridge a;
    Bridge b;
    BlocklistToken usdc;
    bytes32 usdcAsset;
    bytes32 ethAsset;
    uint256[] keys;

    function defineOn(Bridge br, uint64 chain, Bridge.AssetDef memory d, uint64 nonce) internal returns (bytes32 id) {
        bytes memory sigs = signAll(typed(domainOf(address(br), chain), defineHash(1, d, nonce)), take(keys, 2));
        (id,) = br.defineAsset(1, d, nonce, sigs);
    }

    function route(Bridge br, uint64 chain, bytes32 asset, uint64 dst, uint64 nonce) internal {
        uint64[] memory dsts = new uint64[](1);
        dsts[0] = dst;
        bytes memory sigs = signAll(typed(domainOf(address(br), chain), routesHash(1, asset, dsts, true, nonce)), take(keys, 2));
        br.setRoutes(1, asset, dsts, true, nonce, sigs);
    }

    function setUp() public {
        vm.warp(1_700_000_000);
        uint256[] memory k = new uint256[](3);
        k[0] = 0x5E1;
        k[1] = 0x5E2;
        k[2] = 0x5E3;
        keys = sortByAddress(k);
        uint64[] memory none = new uint64[](0);
        uint64[] memory toB = new uint64[](1);
        toB[0] = B_CHAIN;
        uint64[] memory toA = new uint64[](1);
        toA[0] = A_CHAIN;

        vm.chainId(A_CHAIN);
        a = new Bridge(addrs(keys), 2, toB, none);
        usdc = new BlocklistToken();
        Bridge.AssetDef memory du = Bridge.AssetDef(A_CHAIN, abi.encodePacked(address(usdc)), "Kakehashi USD", "kUSD", 18, 0, 1_000_000 ether, 5_000_000 ether, 1 days);
        Bridge.AssetDef memory de = Bridge.AssetDef(A_CHAIN, "", "Kakehashi ETH", "kETH", 18, 0, 1_000_000 ether, 5_000_000 ether, 1 days);
        usdcAsset = defineOn(a, A_CHAIN, du, 0);
        ethAsset = defineOn(a, A_CHAIN, de, 1);
        route(a, A_CHAIN, usdcAsset, B_CHAIN, 2);
        route(a, A_CHAIN, ethAsset, B_CHAIN, 3);

        vm.chainId(B_CHAIN);
        b = new Bridge(addrs(keys), 2, toA, none);
        defineOn(b, B_CHAIN, du, 0);
        defineOn(b, B_CHAIN, de, 1);
        route(b, B_CHAIN, usdcAsset, A_CHAIN, 2);
        route(b, B_CHAIN, ethAsset, A_CHAIN, 3);

        RejectsEther refuser = new RejectsEther();
        handler = new TwoBridgeHandler(a, b, usdc, refuser, usdcAsset, ethAsset, keys);
        targetContract(address(handler));
        bytes4[] memory sel = new bytes4[](10);
        sel[0] = TwoBridgeHandler.lockOnA.selector;
        sel[1] = TwoBridgeHandler.burnOnB.selector;
        sel[2] = TwoBridgeHandler.deliver.selector;
        sel[3] = TwoBridgeHandler.cancelAndRefund.selector;
        sel[4] = TwoBridgeHandler.claim.selector;
        sel[5] = TwoBridgeHandler.toggle.selector;
        sel[6] = TwoBridgeHandler.warp.selector;
        sel[7] = TwoBridgeHandler.replayExecute.selector;
        sel[8] = TwoBridgeHandler.cancelExecuted.selector;
        sel[9] = TwoBridgeHandler.refundAgainOrOther.selector;
        targetSelector(FuzzSelector(address(handler), sel));
    }

    /// The handler's paths, scripted: a lock delivered, then burned back
    /// and delivered to a blocklisted recipient (claimable, claimed once
    /// unblocked); a lock and a burn cancelled and refunded; every
    /// adversarial call refused.
    function test_handlerPaths() public {
        handler.lockOnA(0, 100 ether - 1, false); // bound(x, 1, hi) = 1 + x % hi // 0: A -> B, actor 0 to actor 1
        handler.deliver(0);
        assertEq(handler.executed(0), 1, "lock delivered");
        handler.toggle(2); // actor 2 blocklisted
        handler.burnOnB(1, 40 ether - 1, false); // 1: B -> A, actor 1 to actor 3
        handler.burnOnB(0, 1 ether, false); // actor 0 holds nothing on B: no transfer
        assertEq(handler.count(), 2, "two transfers");
        handler.lockOnA(0, 7 ether - 1, false); // 2: to be refunded
        handler.cancelAndRefund(2);
        assertEq(handler.refunded(2), 1, "lock refunded");
        handler.burnOnB(1, 10 ether - 1, false); // 3: to be refunded (minted again on B)
        handler.cancelAndRefund(3);
        assertEq(handler.refunded(3), 1, "burn refunded");
        handler.lockOnA(4, 3 ether - 1, true); // 4: native, from the contract that refuses ether
        handler.cancelAndRefund(4);
        vm.chainId(A_CHAIN);
        assertEq(a.claimable(address(0), handler.actor(4)), 3 ether, "its refund is claimable");
        handler.toggle(4); // it accepts now
        handler.claim(4, true);
        assertEq(a.claimable(address(0), handler.actor(4)), 0, "claimed");
        handler.toggle(3); // actor 3 blocklisted: the burn's unlock is deferred
        handler.deliver(1);
        vm.chainId(A_CHAIN);
        assertEq(a.claimable(address(usdc), handler.actor(3)), 40 ether, "deferred");
        handler.toggle(3);
        handler.claim(3, false);
        assertEq(usdc.balanceOf(handler.actor(3)), 40 ether, "claimed");
        for (uint256 i; i < 5; ++i) {
            handler.replayExecute(i);
            handler.cancelExecuted(i);
            for (uint256 how; how < 5; ++how) handler.refundAgainOrOther(i, how);
        }
        invariant_executedOrRefundedNeverBoth();
        invariant_balanceCoversLockedAndClaimable();
        invariant_lockedIsOutstandingPlusInFlight();
    }

    /// For every transfer: executed + refunded <= 1, and a refunded one was
    /// cancelled on its destination (its replay bit is set, never by an
    /// execution). No adversarial call ever went through.
    function invariant_executedOrRefundedNeverBoth() public {
        uint256 n = handler.count();
        for (uint256 i; i < n; ++i) {
            uint256 e = handler.executed(i);
            uint256 r = handler.refunded(i);
            assertLe(e + r, 1, "a transfer executed and refunded, or twice");
            if (r == 1) {
                (bool fromA,, uint64 nonce,,,, bool cancelled) = handler.transfers(i);
                assertTrue(cancelled, "refunded without a cancel");
                Bridge dst = fromA ? b : a;
                Bridge src = fromA ? a : b;
                vm.chainId(fromA ? B_CHAIN : A_CHAIN);
                assertTrue(
                    dst.isProcessed(fromA ? A_CHAIN : B_CHAIN, bytes32(uint256(uint160(address(src)))), nonce),
                    "cancelled: the destination's replay bit is set"
                );
                vm.chainId(fromA ? A_CHAIN : B_CHAIN);
                assertTrue(src.isRefunded(nonce), "isRefunded");
            }
        }
        assertEq(handler.forgeriesAccepted(), 0, "an adversarial call went through");
        assertEq(handler.refusedForAnotherReason(), 0, "an adversarial refund refused, but not for its flaw");
    }

    /// A holds at least what is locked plus what is claimable, of the
    /// ERC-20 and of the native coin: exactly, as nothing else reaches it;
    /// totalClaimable is the sum of claimable.
    function invariant_balanceCoversLockedAndClaimable() public {
        vm.chainId(A_CHAIN);
        (,,,,,,, uint256 lockedUsdc) = a.assetInfo(usdcAsset);
        (,,,,,,, uint256 lockedEth) = a.assetInfo(ethAsset);
        uint256 owedUsdc = a.totalClaimable(address(usdc));
        uint256 owedEth = a.totalClaimable(address(0));
        assertEq(usdc.balanceOf(address(a)), lockedUsdc + owedUsdc, "ERC-20: balance = locked + claimable");
        assertEq(address(a).balance, lockedEth + owedEth, "native: balance = locked + claimable");
        address[5] memory who = handler.actors();
        uint256 sumUsdc;
        uint256 sumEth;
        for (uint256 i; i < who.length; ++i) {
            sumUsdc += a.claimable(address(usdc), who[i]);
            sumEth += a.claimable(address(0), who[i]);
        }
        assertEq(sumUsdc, owedUsdc, "ERC-20: totalClaimable");
        assertEq(sumEth, owedEth, "native: totalClaimable");
    }

    /// Locked on A = wrapped on B + what is in flight (neither executed nor
    /// refunded), per asset: nothing is created or lost by refunds.
    function invariant_lockedIsOutstandingPlusInFlight() public {
        uint256 n = handler.count();
        uint256[2] memory inFlight;
        for (uint256 i; i < n; ++i) {
            if (handler.executed(i) + handler.refunded(i) != 0) continue;
            (, bool native,,,, uint256 amount,) = handler.transfers(i);
            inFlight[native ? 1 : 0] += amount;
        }
        vm.chainId(B_CHAIN);
        uint256 wu = WrappedToken(b.wrappedTokenOf(usdcAsset)).totalSupply();
        uint256 we = WrappedToken(b.wrappedTokenOf(ethAsset)).totalSupply();
        vm.chainId(A_CHAIN);
        (,,,,,,, uint256 lockedUsdc) = a.assetInfo(usdcAsset);
        (,,,,,,, uint256 lockedEth) = a.assetInfo(ethAsset);
        assertEq(lockedUsdc, wu + inFlight[0], "ERC-20: locked = outstanding + in flight");
        assertEq(lockedEth, we + inFlight[1], "native: locked = outstanding + in flight");
    }
}
