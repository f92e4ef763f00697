// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture, Signing} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {WrappedToken} from "../src/WrappedToken.sol";
import {TestToken} from "../src/test/TestToken.sol";

/// @dev Drives the bridge with random honest and adversarial actions and
/// keeps ghost totals of what the quorum authorised.
contract Handler is Signing {
    Bridge immutable bridge;
    TestToken immutable token;
    WrappedToken immutable wToken;
    bytes32 immutable tokenAsset;
    bytes32 immutable wAsset;
    uint256[] keys;

    uint256 public authorisedMints; // sum of amounts minted with a valid quorum
    uint256 public burns;
    uint256 public locks;
    uint256 public authorisedUnlocks;
    uint256 public forgeriesAccepted; // replays, sub-threshold or outsider signatures that went through
    uint64 nextMintIndex;
    uint64 nextUnlockIndex;
    Bridge.Transfer[] done;
    bytes32 constant SRC = bytes32(uint256(0xB41D6E));

    constructor(Bridge b, TestToken t, WrappedToken w, bytes32 ta, bytes32 wa, uint256[] memory k) {
        (bridge, token, wToken, tokenAsset, wAsset, keys) = (b, t, w, ta, wa, k);
    }

    function actor(uint256 seed) internal pure returns (address) {
        return address(uint160(0xA000 + seed % 5));
    }

    function sigs(string memory kind, Bridge.Transfer memory t, uint256 k) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), singleHash(kind, 1, t)), take(keys, k));
    }

    function available(bytes32 asset) internal view returns (uint256 a) {
        (,,,,,, a,) = bridge.assetInfo(asset);
    }

    function lock(uint256 who, uint256 amount) external {
        amount = bound(amount, 1, 1_000_000 ether);
        address a = actor(who);
        token.mint(a, amount);
        vm.startPrank(a);
        token.approve(address(bridge), amount);
        bridge.lock(address(token), amount, 31338, abi.encodePacked(a));
        vm.stopPrank();
        locks += amount;
    }

    function mint(uint256 who, uint256 amount) external {
        uint256 cap = available(wAsset);
        if (cap > 1_000_000 ether) cap = 1_000_000 ether;
        if (cap == 0) return;
        amount = bound(amount, 1, cap);
        Bridge.Transfer memory t = Bridge.Transfer(31338, SRC, nextMintIndex++, wAsset, actor(who), amount);
        bridge.mint(1, FAR, t, sigs("Mint", t, 2));
        authorisedMints += amount;
        done.push(t);
    }

    function mintBatch(uint256 who, uint256 amount, uint256 n) external {
        n = bound(n, 1, 4);
        uint256 each = available(wAsset) / n;
        if (each > 1_000_000 ether) each = 1_000_000 ether;
        if (each == 0) return;
        amount = bound(amount, 1, each);
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](n);
        for (uint256 i; i < n; ++i) {
            ts[i] = Bridge.Transfer(31338, SRC, nextMintIndex++, wAsset, actor(who % 1000 + i), amount);
        }
        bytes memory s =
            signAll(typed(domainOf(address(bridge), block.chainid), batchHash("MintBatch", 1, ts)), take(keys, 2));
        bridge.mintBatch(1, FAR, ts[0].srcChain, ts[0].assetId, items(ts), s);
        authorisedMints += amount * n;
        for (uint256 i; i < n; ++i) done.push(ts[i]);
    }

    function burn(uint256 who, uint256 amount, bool toThirdChain) external {
        address a = actor(who);
        uint256 bal = wToken.balanceOf(a);
        if (bal == 0) return;
        amount = bound(amount, 1, bal < 1_000_000 ether ? bal : 1_000_000 ether); // per-transfer limit
        vm.prank(a);
        bridge.burn(address(wToken), amount, toThirdChain ? 31339 : 31338, abi.encodePacked(a));
        burns += amount;
    }

    function unlock(uint256 who, uint256 amount) external {
        uint256 cap = locks - authorisedUnlocks;
        uint256 avail = available(tokenAsset);
        if (avail < cap) cap = avail;
        if (cap > 1_000_000 ether) cap = 1_000_000 ether;
        if (cap == 0) return;
        amount = bound(amount, 1, cap);
        Bridge.Transfer memory t = Bridge.Transfer(31338, SRC, 1 << 32 | nextUnlockIndex++, tokenAsset, actor(who), amount);
        bridge.unlock(1, t, sigs("Unlock", t, 2));
        authorisedUnlocks += amount;
    }

    /// Adversary: replay a completed mint, or re-sign it with a new amount.
    function replay(uint256 which, uint256 newAmount) external {
        if (done.length == 0) return;
        Bridge.Transfer memory t = done[which % done.length];
        if (newAmount % 2 == 1) t.amount = bound(newAmount, 1, 1000);
        try bridge.mint(1, FAR, t, sigs("Mint", t, 2)) {
            forgeriesAccepted++;
        } catch {}
    }

    /// Adversary: mint with one signature, or with outsiders' keys.
    function forge(uint256 amount, bool outsiders) external {
        Bridge.Transfer memory t = Bridge.Transfer(31338, SRC, nextMintIndex++, wAsset, actor(amount), bound(amount, 1, 1000));
        bytes memory s;
        if (outsiders) {
            uint256[] memory o = new uint256[](2);
            o[0] = 0xE71;
            o[1] = 0xE72;
            s = signAll(typed(domainOf(address(bridge), block.chainid), singleHash("Mint", 1, t)), sortByAddress(o));
        } else {
            s = sigs("Mint", t, 1);
        }
        try bridge.mint(1, FAR, t, s) {
            forgeriesAccepted++;
        } catch {}
    }

    /// Adversary: unlock more than is locked, with a valid quorum.
    function overUnlock(uint256 extra) external {
        uint256 amount = locks - authorisedUnlocks + bound(extra, 1, 1000);
        Bridge.Transfer memory t = Bridge.Transfer(31338, SRC, 1 << 33 | nextUnlockIndex++, tokenAsset, actor(extra), amount);
        try bridge.unlock(1, t, sigs("Unlock", t, 2)) {
            forgeriesAccepted++;
        } catch {}
    }

    uint256 public nativeLocks;
    uint256 public nativeUnlocks;
    bytes32 immutable nativeAsset = keccak256(abi.encode(uint64(31337), bytes("")));

    function lockNative(uint256 who, uint256 amount) external {
        amount = bound(amount, 1, 1_000 ether);
        address a = actor(who);
        vm.deal(a, amount);
        vm.prank(a);
        bridge.lockNative{value: amount}(31338, abi.encodePacked(a));
        nativeLocks += amount;
    }

    function unlockNative(uint256 who, uint256 amount) external {
        uint256 cap = nativeLocks - nativeUnlocks;
        uint256 avail = available(nativeAsset);
        if (avail < cap) cap = avail;
        if (cap > 1_000_000 ether) cap = 1_000_000 ether;
        if (cap == 0) return;
        amount = bound(amount, 1, cap);
        Bridge.Transfer memory t =
            Bridge.Transfer(31338, SRC, 1 << 34 | nextUnlockIndex++, nativeAsset, actor(who), amount);
        bridge.unlock(1, t, sigs("Unlock", t, 2));
        nativeUnlocks += amount;
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, 2 days));
    }
}

contract BridgeInvariantTest is Fixture {
    Handler handler;

    function setUp() public override {
        super.setUp();
        handler = new Handler(bridge, token, wToken, tokenAsset, wTokenAsset, keys);
        targetContract(address(handler));
        bytes4[] memory sel = new bytes4[](11);
        sel[0] = Handler.lock.selector;
        sel[1] = Handler.mint.selector;
        sel[2] = Handler.mintBatch.selector;
        sel[3] = Handler.burn.selector;
        sel[4] = Handler.unlock.selector;
        sel[5] = Handler.replay.selector;
        sel[6] = Handler.forge.selector;
        sel[7] = Handler.overUnlock.selector;
        sel[8] = Handler.warp.selector;
        sel[9] = Handler.lockNative.selector;
        sel[10] = Handler.unlockNative.selector;
        targetSelector(FuzzSelector(address(handler), sel));
    }

    /// Wrapped supply never exceeds what quorums authorised minus burns (it equals it).
    function invariant_wrappedSupplyWithinAuthorised() public view {
        uint256 authorised = handler.authorisedMints();
        uint256 burned = handler.burns();
        assertLe(wToken.totalSupply(), authorised - burned, "wrapped supply > authorised - burned");
        assertEq(wToken.totalSupply(), authorised - burned, "wrapped supply accounting");
        assertEq(handler.forgeriesAccepted(), 0, "a replay or forged authorisation was accepted");
    }

    /// Locked balances cover unlocks: the bridge holds exactly locks - unlocks
    /// of the ERC-20 and of the native coin.
    function invariant_lockedCoversUnlocks() public view {
        uint256 locks = handler.locks();
        uint256 unlocks = handler.authorisedUnlocks();
        assertLe(unlocks, locks, "unlocked more than locked");
        assertEq(token.balanceOf(address(bridge)), locks - unlocks, "bridge balance");
        (,,,,,,, uint256 locked) = bridge.assetInfo(tokenAsset);
        assertEq(locked, locks - unlocks, "locked accounting");
        uint256 nl = handler.nativeLocks();
        uint256 nu = handler.nativeUnlocks();
        assertLe(nu, nl, "native: unlocked more than locked");
        assertEq(address(bridge).balance, nl - nu, "native: bridge balance");
        (,,,,,,, locked) = bridge.assetInfo(nativeAsset);
        assertEq(locked, nl - nu, "native: locked accounting");
    }
}
