// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";
import {BridgeAdmin} from "../src/BridgeAdmin.sol";
import {TestToken} from "../src/test/TestToken.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// defineAsset, setLimits, setChain, rotateSigners, pause/unpause, constructor.
contract BridgeAdminTest is Fixture {
    function quorum(bytes32 structHash) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), structHash), take(keys, 2));
    }

    function defSigs(Bridge.AssetDef memory d, uint64 n) internal view returns (bytes memory) {
        return quorum(defineHash(ep, d, n));
    }

    // ---- defineAsset

    function test_define_setsEverything() public view {
        (address t, BridgeBase.AssetKind kind, uint128 mn, uint128 m, uint128 c, uint32 w, uint256 avail, uint256 locked) =
            bridge.assetInfo(tokenAsset);
        assertEq(t, address(token), "token");
        assertTrue(kind == BridgeBase.AssetKind.HomeToken, "kind");
        assertEq(mn, 0, "min");
        assertEq(m, MAX, "max");
        assertEq(c, CAP, "cap");
        assertEq(w, WINDOW, "window");
        assertEq(avail, CAP, "bucket starts full");
        assertEq(locked, 0, "locked");
        (, kind,,,,,,) = bridge.assetInfo(nativeAsset);
        assertTrue(kind == BridgeBase.AssetKind.HomeNative, "native kind");
        (, kind,,,,,,) = bridge.assetInfo(btcAsset);
        assertTrue(kind == BridgeBase.AssetKind.Wrapped, "btc kind");
        assertEq(btcAsset, keccak256(abi.encode(BTC, bytes(""))), "btc asset id");
        assertEq(adminNonce(), 8, "four definitions and their routes used eight nonces");
    }

    function test_define_revert_exists() public {
        Bridge.AssetDef memory d = _def(HOME, abi.encodePacked(address(token)), "", "", 18);
        uint64 n = adminNonce();
        bytes memory sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AssetExists.selector, tokenAsset));
        bridge.defineAsset(ep, d, n, sigs);
    }

    function test_define_revert_badInputs() public {
        uint64 n = adminNonce();
        Bridge.AssetDef memory d = _def(CHAIN_B, hex"0102", "X", "X", 18);
        bytes memory sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidHomeAsset.selector, bytes(hex"0102")));
        bridge.defineAsset(ep, d, n, sigs);

        d = _def(BTC, abi.encodePacked(address(1)), "X", "X", 8);
        sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidHomeAsset.selector, abi.encodePacked(address(1))));
        bridge.defineAsset(ep, d, n, sigs);

        d = _def(777, "", "X", "X", 18);
        sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnknownChain.selector, uint64(777)));
        bridge.defineAsset(ep, d, n, sigs);

        d = _def(CHAIN_C, "", "", "X", 18);
        sigs = defSigs(d, n);
        vm.expectRevert(BridgeBase.EmptyName.selector);
        bridge.defineAsset(ep, d, n, sigs);

        d = _def(HOME, abi.encodePacked(address(0xDEAD)), "", "", 18);
        sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotAContract.selector, address(0xDEAD)));
        bridge.defineAsset(ep, d, n, sigs);

        d = _def(CHAIN_C, "", "X", "X", 18);
        d.maxPerTransfer = d.capacity + 1;
        sigs = defSigs(d, n);
        vm.expectRevert(BridgeBase.InvalidLimits.selector);
        bridge.defineAsset(ep, d, n, sigs);
        d.maxPerTransfer = 0;
        sigs = defSigs(d, n);
        vm.expectRevert(BridgeBase.InvalidLimits.selector);
        bridge.defineAsset(ep, d, n, sigs);
        d.maxPerTransfer = 1;
        d.window = 0;
        sigs = defSigs(d, n);
        vm.expectRevert(BridgeBase.InvalidLimits.selector);
        bridge.defineAsset(ep, d, n, sigs);
    }

    function test_define_revert_nonceAndSignatures() public {
        Bridge.AssetDef memory d = _def(CHAIN_C, "", "C Ether", "kETH", 18);
        uint64 n = adminNonce();
        bytes memory sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongNonce.selector, n + 1, n));
        bridge.defineAsset(ep, d, n + 1, sigs);
        bytes memory one = signAll(typed(domainOf(address(bridge), block.chainid), defineHash(ep, d, n)), take(keys, 1));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 1, 2));
        bridge.defineAsset(ep, d, n, one);
        // a signature over different parameters does not authorise these
        Bridge.AssetDef memory other = _def(CHAIN_C, "", "C Ether", "kETH", 6);
        bytes memory wrong = defSigs(other, n);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.defineAsset(ep, d, n, wrong);
        (, address t) = bridge.defineAsset(ep, d, n, sigs);
        assertEq(bridge.wrappedTokenOf(keccak256(abi.encode(CHAIN_C, bytes("")))), t, "defined");
        // replaying the admin message: the nonce moved on
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongNonce.selector, n, n + 1));
        bridge.defineAsset(ep, d, n, sigs);
    }

    // ---- setLimits

    function test_setLimits() public {
        doMint(xfer(wTokenAsset, user, MAX, 1)); // MAX out in this window
        uint64 n = adminNonce();
        bytes memory ls = quorum(limitsHash(ep, wTokenAsset, 3, 10, 100, 60, n));
        bridge.setLimits(ep, wTokenAsset, 3, 10, 100, 60, n, ls);
        (, , uint128 mn, uint128 m, uint128 c, uint32 w, uint256 avail,) = bridge.assetInfo(wTokenAsset);
        assertEq(mn, 3, "min");
        assertEq(m, 10, "max");
        assertEq(c, 100, "cap");
        assertEq(w, 60, "window");
        assertEq(avail, 0, "what left under the old limits still counts (capped at the new capacity)");
        vm.warp(block.timestamp + 80); // 4 periods of 20 s
        (,,,,,, avail,) = bridge.assetInfo(wTokenAsset);
        assertEq(avail, 100, "the new capacity once that has expired");
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 11, 2);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AmountAboveLimit.selector, 11, 10));
        bridge.mint(ep, FAR, t, sigs);
    }

    function test_setLimits_revert() public {
        uint64 n = adminNonce();
        bytes memory sigs = quorum(limitsHash(ep, keccak256("x"), 0, 1, 1, 1, n));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AssetNotDefined.selector, keccak256("x")));
        bridge.setLimits(ep, keccak256("x"), 0, 1, 1, 1, n, sigs);
        sigs = quorum(limitsHash(ep, tokenAsset, 0, 2, 1, 1, n));
        vm.expectRevert(BridgeBase.InvalidLimits.selector);
        bridge.setLimits(ep, tokenAsset, 0, 2, 1, 1, n, sigs);
        sigs = quorum(limitsHash(ep, tokenAsset, 3, 2, 2, 1, n)); // minimum above maximum
        vm.expectRevert(BridgeBase.InvalidLimits.selector);
        bridge.setLimits(ep, tokenAsset, 3, 2, 2, 1, n, sigs);
        uint128 tooBig = uint128(type(uint88).max) + 1; // the minimum is stored in 88 bits
        sigs = quorum(limitsHash(ep, tokenAsset, tooBig, tooBig, tooBig, 1, n));
        vm.expectRevert(BridgeBase.InvalidLimits.selector);
        bridge.setLimits(ep, tokenAsset, tooBig, tooBig, tooBig, 1, n, sigs);
    }

    // ---- setChain

    function test_setChain() public {
        uint64 n = adminNonce();
        bridge.setChain(ep, 4242, BridgeBase.ChainKind.Bitcoin, n, quorum(chainHash(ep, 4242, 2, n)));
        assertTrue(bridge.chainKind(4242) == BridgeBase.ChainKind.Bitcoin, "bitcoin");
        n = adminNonce();
        bridge.setChain(ep, CHAIN_C, BridgeBase.ChainKind.None, n, quorum(chainHash(ep, CHAIN_C, 0, n)));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnknownChain.selector, CHAIN_C));
        bridge.lock(address(token), 1, CHAIN_C, abi.encodePacked(user));
    }

    function test_setChain_revert() public {
        uint64 n = adminNonce();
        bytes memory sigs = quorum(chainHash(ep, HOME, 1, n));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidChain.selector, HOME));
        bridge.setChain(ep, HOME, BridgeBase.ChainKind.EVM, n, sigs);
        sigs = quorum(chainHash(ep, 0, 1, n));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidChain.selector, uint64(0)));
        bridge.setChain(ep, 0, BridgeBase.ChainKind.EVM, n, sigs);
    }

    // ---- rotateSigners

    function test_rotate() public {
        uint256[] memory k = new uint256[](5);
        for (uint256 i; i < 5; ++i) k[i] = 0x900 + i;
        k = sortByAddress(k);
        address[] memory s = addrs(k);
        uint64 n = adminNonce();
        bridge.rotateSigners(ep, s, 3, n, quorum(rotateHash(ep, s, 3, n)));
        (uint64 e, uint8 t, uint8 count,,,,) = bridge.config();
        assertEq(e, 2, "epoch");
        assertEq(t, 3, "threshold");
        assertEq(count, 5, "count");
        address[] memory got = bridge.signers();
        assertEq(got.length, 5, "signers()");
        assertEq(bridge.signerEpoch(vm.addr(keys[0])), 1, "old signer stays at old epoch");
        // the new set mints with 3 of 5; 2 are below threshold
        keys = k;
        ep = 2;
        Bridge.Transfer memory tr = xfer(wTokenAsset, user, 1, 1);
        bytes memory two = mintSigs(tr, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 2, 3));
        bridge.mint(2, FAR, tr, two);
        bridge.mint(2, FAR, tr, mintSigs(tr, take(keys, 3)));
    }

    function test_rotate_revert_invalidSets() public {
        address[] memory s = addrs(keys);
        address[] memory unsorted = new address[](3);
        (unsorted[0], unsorted[1], unsorted[2]) = (s[1], s[0], s[2]);
        address[] memory dup = new address[](3);
        (dup[0], dup[1], dup[2]) = (s[0], s[0], s[2]);
        address[] memory withZero = new address[](3);
        (withZero[0], withZero[1], withZero[2]) = (address(0), s[1], s[2]);
        address[] memory empty = new address[](0);
        address[][5] memory sets = [unsorted, dup, withZero, empty, s];
        uint8[5] memory thresholds = [2, 2, 2, 1, 1]; // last: 1 of 3 is not a majority
        uint64 n = adminNonce();
        for (uint256 i; i < 5; ++i) {
            bytes memory sigs = quorum(rotateHash(ep, sets[i], thresholds[i], n));
            vm.expectRevert(BridgeBase.InvalidSignerSet.selector);
            bridge.rotateSigners(ep, sets[i], thresholds[i], n, sigs);
        }
        bytes memory s4 = quorum(rotateHash(ep, s, 4, n));
        vm.expectRevert(BridgeBase.InvalidSignerSet.selector);
        bridge.rotateSigners(ep, s, 4, n, s4);
    }

    function test_constructor_revert_invalidSet() public {
        uint64[] memory none = new uint64[](0);
        vm.expectRevert(BridgeBase.InvalidSignerSet.selector);
        new Bridge(new address[](0), 1, none, none);
        address[] memory s = addrs(keys);
        vm.expectRevert(BridgeBase.InvalidSignerSet.selector);
        new Bridge(s, 0, none, none);
        uint64[] memory self = new uint64[](1);
        self[0] = HOME;
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidChain.selector, HOME));
        new Bridge(s, 2, self, none);
    }

    // ---- pause / unpause

    function test_pause_bySigner_unpause_byQuorum() public {
        vm.prank(vm.addr(keys[1]));
        bridge.pause();
        (,,, bool paused,,,) = bridge.config();
        assertTrue(paused, "paused");
        uint64 n = adminNonce();
        bytes32 h = unpauseHash(ep, n);
        bytes memory one = signAll(typed(domainOf(address(bridge), block.chainid), h), take(keys, 1));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 1, 2));
        bridge.unpause(ep, n, one);
        bridge.unpause(ep, n, quorum(h));
        (,,, paused,,,) = bridge.config();
        assertTrue(!paused, "unpaused");
        lockTokens(1); // works again
    }

    function test_pause_revert_notSigner() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotSigner.selector, user));
        bridge.pause();
    }

    function pauseSig(uint32 n, uint256 key) internal view returns (bytes memory) {
        bytes32 h = pauseHash(ep, n);
        uint256[] memory one = new uint256[](1);
        one[0] = key;
        return signAll(typed(domainOf(address(bridge), block.chainid), h), one);
    }

    function test_pauseBySignature() public {
        uint64 admin = adminNonce();
        bytes memory sig = pauseSig(0, keys[2]);
        vm.prank(user); // anyone may submit
        bridge.pauseBySignature(ep, 0, sig);
        (,,, bool paused, uint64 _n, uint64 adminAfter, uint32 next) = bridge.config();
        _n;
        assertTrue(paused, "paused");
        assertEq(next, 1, "pause nonce consumed");
        assertEq(adminAfter, admin, "the quorum's admin nonce is untouched");
        // the same signature cannot pause again after an unpause
        bytes32 u = unpauseHash(ep, admin);
        bridge.unpause(ep, admin, quorum(u));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongNonce.selector, 0, 1));
        bridge.pauseBySignature(ep, 0, sig);
    }

    /// A single signer pausing cannot invalidate a pending quorum message:
    /// the rotation that removes it still goes through.
    function test_pauseBySignature_cannotBlockRotation() public {
        address[] memory s = addrs(keys);
        uint64 n = adminNonce();
        bytes memory rot = quorum(rotateHash(ep, s, 3, n)); // 3-of-3 with the same keys
        bridge.pauseBySignature(ep, 0, pauseSig(0, keys[0])); // front-runs
        bridge.rotateSigners(ep, s, 3, n, rot);
        (uint64 e,,,,,,) = bridge.config();
        assertEq(e, 2, "rotated");
    }

    function test_pauseBySignature_revert() public {
        bytes memory sig = pauseSig(0, 0xBAD);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotSigner.selector, vm.addr(0xBAD)));
        bridge.pauseBySignature(ep, 0, sig);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.MalformedSignatures.selector, 64));
        bridge.pauseBySignature(ep, 0, new bytes(64));
        sig = pauseSig(3, keys[0]);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongNonce.selector, 3, 0));
        bridge.pauseBySignature(ep, 3, sig);
    }

    function test_define_revert_wrappedTokenAsHomeToken() public {
        Bridge.AssetDef memory d = _def(HOME, abi.encodePacked(address(wToken)), "", "", 6);
        uint64 n = adminNonce();
        bytes memory sigs = defSigs(d, n);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.TokenInUse.selector, address(wToken), wTokenAsset));
        bridge.defineAsset(ep, d, n, sigs);
    }

    function test_domainSeparator() public {
        assertEq(bridge.domainSeparator(), domainOf(address(bridge), block.chainid), "separator");
        vm.chainId(5);
        assertEq(bridge.domainSeparator(), domainOf(address(bridge), 5), "separator follows a fork");
    }

    /// The bridge's BridgeAdmin (its constructor's first CREATE, nonce 1)
    /// refuses to run on its own storage, where nobody is a signer.
    function test_adminDelegate_directCallRefused() public {
        BridgeAdmin adm = BridgeAdmin(
            address(uint160(uint256(keccak256(abi.encodePacked(bytes2(0xd694), address(bridge), bytes1(0x01))))))
        );
        assertTrue(address(adm).code.length > 0, "deployed by the bridge");
        vm.expectRevert(BridgeAdmin.NotDelegated.selector);
        adm.pause();
        vm.expectRevert(BridgeAdmin.NotDelegated.selector);
        adm.unpause(0, 0, "");
        vm.expectRevert(BridgeAdmin.NotDelegated.selector);
        adm.defineAsset(0, _def(CHAIN_C, "", "X", "X", 18), 0, "");
    }

    function test_reentrancy_lockFromTokenHook() public {
        ReentrantToken r = new ReentrantToken(bridge);
        routeIt(defineIt(_def(HOME, abi.encodePacked(address(r)), "", "", 18)), chainList(CHAIN_B, 0, 0));
        r.mint(user, 100);
        vm.startPrank(user);
        r.approve(address(bridge), 100);
        // the nested lock reverts; the token and SafeERC20 bubble its error up
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        bridge.lock(address(r), 50, CHAIN_B, abi.encodePacked(user));
        vm.stopPrank();
    }
}

/// A token that calls back into lock() from transferFrom, as an ERC-777 hook
/// could: a nested lock would be counted twice by a balance-difference check
/// without the reentrancy guard.
contract ReentrantToken is TestToken {
    Bridge immutable b;

    constructor(Bridge b_) TestToken("R", "R", 18) {
        b = b_;
    }

    function transferFrom(address from, address to, uint256 v) public override returns (bool) {
        b.lock(address(this), 1, 31338, abi.encodePacked(from));
        return super.transferFrom(from, to, v);
    }
}
