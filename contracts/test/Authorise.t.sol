// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";
import {WrappedToken} from "../src/WrappedToken.sol";
import {RejectsEther} from "./lib/Payees.sol";


/// mint / unlock / batches and every signature attack.
contract BridgeMintTest is Fixture {
    function test_mint() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 500, 7);
        bytes32 id = doMint(t);
        assertEq(id, keccak256(abi.encode(CHAIN_B, remoteBridgeB, uint64(7))), "transferId from source");
        assertEq(wToken.balanceOf(user), 500, "minted");
        assertTrue(bridge.isProcessed(CHAIN_B, remoteBridgeB, 7), "processed");
        assertTrue(!bridge.isProcessed(CHAIN_B, remoteBridgeB, 6), "neighbour untouched");
    }

    function test_mint_bitcoinSource() public {
        bytes32 txid = keccak256("some txid");
        Bridge.Transfer memory t = Bridge.Transfer(BTC, txid, 1, btcAsset, user, 5e7);
        bytes32 id = doMint(t);
        assertEq(id, keccak256(abi.encode(BTC, txid, uint32(1))), "bitcoin transferId (uint32 vout)");
        assertEq(wBTC.balanceOf(user), 5e7, "minted");
        // vout 0 of the same tx is a different deposit
        doMint(Bridge.Transfer(BTC, txid, 0, btcAsset, user, 1));
    }

    function test_mint_allThreeSigners() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bridge.mint(epoch(), FAR, t, mintSigs(t, keys));
        assertEq(wToken.balanceOf(user), 1, "minted");
    }

    function test_mint_revert_replay() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 500, 3);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        bridge.mint(epoch(), FAR, t, sigs);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyProcessed.selector, bridge.transferIdOf(CHAIN_B, remoteBridgeB, 3)));
        bridge.mint(epoch(), FAR, t, sigs);
        // a fresh signature over a different amount or recipient for the same source event
        t.amount = 1;
        t.recipient = address(0xBEEF);
        sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyProcessed.selector, bridge.transferIdOf(CHAIN_B, remoteBridgeB, 3)));
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_belowThreshold() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory one = mintSigs(t, take(keys, 1));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 1, 2));
        bridge.mint(epoch(), FAR, t, one);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.BelowThreshold.selector, 0, 2));
        bridge.mint(epoch(), FAR, t, "");
    }

    function test_mint_revert_duplicateSigner() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        uint256[] memory dup = new uint256[](2);
        dup[0] = keys[0];
        dup[1] = keys[0];
        bytes memory sigs = mintSigs(t, dup);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.DuplicateSigner.selector, vm.addr(keys[0])));
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_unsorted() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        uint256[] memory rev = new uint256[](2);
        rev[0] = keys[1];
        rev[1] = keys[0];
        bytes memory sigs = mintSigs(t, rev);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.SignersNotSorted.selector, 1));
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_notSigner() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        uint256[] memory ks = new uint256[](2);
        ks[0] = keys[0];
        ks[1] = 0xBAD;
        ks = sortByAddress(ks);
        bytes memory sigs = mintSigs(t, ks);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotSigner.selector, vm.addr(0xBAD)));
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_otherChainId() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory sigs = signAll(typed(domainOf(address(bridge), 999), singleHash("Mint", epoch(), t)), take(keys, 2));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mint(epoch(), FAR, t, sigs);
        // and a signature that was valid here is invalid once the chain id differs (fork)
        sigs = mintSigs(t, take(keys, 2));
        vm.chainId(999);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_otherContract() public {
        Bridge other = deploy(keys, 2);
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory sigs = signAll(typed(domainOf(address(other), block.chainid), singleHash("Mint", 1, t)), take(keys, 2));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_unlockSignatureIsNotAMint() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_oldEpoch() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory oldSigs = mintSigs(t, take(keys, 2));
        rotate(keys, 2); // same people, new epoch
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 1, 2));
        bridge.mint(1, FAR, t, oldSigs);
        // signatures by the old keys over the new epoch, after they were rotated out
        uint256[] memory fresh = new uint256[](3);
        fresh[0] = 0x7001;
        fresh[1] = 0x7002;
        fresh[2] = 0x7003;
        fresh = sortByAddress(fresh);
        rotate(fresh, 2);
        bytes memory stale = mintSigs(t, take(keys, 2));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mint(3, FAR, t, stale);
        keys = fresh;
        bridge.mint(3, FAR, t, mintSigs(t, take(keys, 2)));
        assertEq(wToken.balanceOf(user), 1, "new set mints");
    }

    function test_mint_revert_malformedSignatures() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        bytes memory cut = new bytes(129);
        for (uint256 i; i < 129; ++i) cut[i] = sigs[i];
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.MalformedSignatures.selector, 129));
        bridge.mint(epoch(), FAR, t, cut);
    }

    function test_mint_revert_highS_and_badV() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        // malleated twin of signature 0: s' = n - s, v flipped
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        bytes32 s;
        assembly {
            s := mload(add(sigs, 64))
        }
        bytes memory mall = bytes.concat(sigs);
        bytes32 s2 = bytes32(n - uint256(s));
        assembly {
            mstore(add(mall, 64), s2)
        }
        mall[64] = mall[64] == bytes1(uint8(27)) ? bytes1(uint8(28)) : bytes1(uint8(27));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSignature.selector, 0));
        bridge.mint(epoch(), FAR, t, mall);
        bytes memory badV = bytes.concat(sigs);
        badV[129] = bytes1(uint8(2)); // v must be 0, 1, 27 or 28
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSignature.selector, 1));
        bridge.mint(epoch(), FAR, t, badV);
        bytes memory zeros = new bytes(130);
        zeros[64] = bytes1(uint8(27));
        zeros[129] = bytes1(uint8(27));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSignature.selector, 0));
        bridge.mint(epoch(), FAR, t, zeros);
    }

    function test_mint_revert_zeroValues() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 0, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(BridgeBase.ZeroAmount.selector);
        bridge.mint(epoch(), FAR, t, sigs);
        t = xfer(wTokenAsset, address(0), 1, 1);
        sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(BridgeBase.ZeroRecipient.selector);
        bridge.mint(epoch(), FAR, t, sigs);
        t = Bridge.Transfer(0, remoteBridgeB, 1, wTokenAsset, user, 1);
        sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSource.selector, uint64(0)));
        bridge.mint(epoch(), FAR, t, sigs);
        t = Bridge.Transfer(HOME, remoteBridgeB, 1, wTokenAsset, user, 1);
        sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSource.selector, HOME));
        bridge.mint(epoch(), FAR, t, sigs);
        t = xfer(bytes32(0), user, 1, 1);
        sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AssetNotDefined.selector, bytes32(0)));
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_homeAsset() public {
        Bridge.Transfer memory t = xfer(tokenAsset, user, 1, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongAssetKind.selector, tokenAsset, BridgeBase.AssetKind.HomeToken));
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_revert_paused() public {
        vm.prank(vm.addr(keys[2]));
        bridge.pause();
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 1, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function test_mint_limits_window() public {
        // per transfer
        Bridge.Transfer memory t = xfer(wTokenAsset, user, uint256(MAX) + 1, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AmountAboveLimit.selector, uint256(MAX) + 1, uint256(MAX)));
        bridge.mint(epoch(), FAR, t, sigs);
        // drain the window: CAP / MAX = 5 transfers
        for (uint64 i = 10; i < 15; ++i) doMint(xfer(wTokenAsset, user, MAX, i));
        t = xfer(wTokenAsset, user, 1, 20);
        sigs = mintSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.RateLimited.selector, 1, 0));
        bridge.mint(epoch(), FAR, t, sigs);
        // nothing comes back within the window (test/Hygiene.t.sol has the rest)
        vm.warp(block.timestamp + WINDOW / 5);
        (,,,,,, uint256 avail,) = bridge.assetInfo(wTokenAsset);
        assertEq(avail, 0, "still drained");
        // everything after it (and its period) has passed; never above capacity
        vm.warp(block.timestamp + 10 * WINDOW);
        (,,,,,, avail,) = bridge.assetInfo(wTokenAsset);
        assertEq(avail, CAP, "capped");
        doMint(xfer(wTokenAsset, user, MAX, 21));
    }

    function testFuzz_mint_replayBitmap(uint64 a, uint64 b) public {
        vm.assume(a != b);
        doMint(xfer(wTokenAsset, user, 1, a));
        doMint(xfer(wTokenAsset, user, 1, b));
        assertTrue(bridge.isProcessed(CHAIN_B, remoteBridgeB, a) && bridge.isProcessed(CHAIN_B, remoteBridgeB, b), "both");
        Bridge.Transfer memory t = xfer(wTokenAsset, user, 2, a);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.mint(epoch(), FAR, t, sigs);
    }

    function rotate(uint256[] memory newKeys, uint8 threshold) internal {
        uint64 n = adminNonce();
        address[] memory s = addrs(newKeys);
        bytes32 h = rotateHash(ep, s, threshold, n);
        bridge.rotateSigners(ep, s, threshold, n, signAll(typed(domainOf(address(bridge), block.chainid), h), take(keys, 2)));
        ep++;
    }
}

contract BridgeUnlockTest is Fixture {
    function setUp() public override {
        super.setUp();
        lockTokens(1000);
        vm.deal(user, 10 ether);
        vm.prank(user);
        bridge.lockNative{value: 5 ether}(CHAIN_B, abi.encodePacked(user));
    }

    function test_unlock_erc20() public {
        Bridge.Transfer memory t = xfer(tokenAsset, address(0xD00D), 300, 0);
        bytes32 id = bridge.unlock(epoch(), t, unlockSigs(t, take(keys, 2)));
        assertEq(id, keccak256(abi.encode(CHAIN_B, remoteBridgeB, uint64(0))), "transferId");
        assertEq(token.balanceOf(address(0xD00D)), 300, "paid");
        (,,,,,,, uint256 locked) = bridge.assetInfo(tokenAsset);
        assertEq(locked, 700, "locked decreased");
    }

    function test_unlock_native() public {
        Bridge.Transfer memory t = xfer(nativeAsset, address(0xD00D), 2 ether, 0);
        bridge.unlock(epoch(), t, unlockSigs(t, take(keys, 2)));
        assertEq(address(0xD00D).balance, 2 ether, "paid");
    }

    function test_unlock_revert_replay() public {
        Bridge.Transfer memory t = xfer(tokenAsset, address(0xD00D), 1, 0);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        bridge.unlock(epoch(), t, sigs);
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.unlock(epoch(), t, sigs);
    }

    function test_unlock_revert_mintSignature() public {
        Bridge.Transfer memory t = xfer(tokenAsset, address(0xD00D), 1, 0);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.unlock(epoch(), t, sigs);
    }

    function test_unlock_revert_insufficientLocked() public {
        Bridge.Transfer memory t = xfer(tokenAsset, address(0xD00D), 1001, 0);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InsufficientLocked.selector, tokenAsset, 1001, 1000));
        bridge.unlock(epoch(), t, sigs);
    }

    function test_unlock_revert_wrappedAsset() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, address(0xD00D), 1, 0);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongAssetKind.selector, wTokenAsset, BridgeBase.AssetKind.Wrapped));
        bridge.unlock(epoch(), t, sigs);
        t = xfer(keccak256("nope"), address(0xD00D), 1, 0);
        sigs = unlockSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AssetNotDefined.selector, keccak256("nope")));
        bridge.unlock(epoch(), t, sigs);
    }

    /// A recipient that refuses ether does not revert the unlock: it is
    /// executed, and the amount claimable (Payouts.t.sol has the rest).
    function test_unlock_recipientRejectsEther_deferred() public {
        RejectsEther r = new RejectsEther();
        Bridge.Transfer memory t = xfer(nativeAsset, address(r), 1, 0);
        bridge.unlock(epoch(), t, unlockSigs(t, take(keys, 2)));
        assertEq(bridge.claimable(address(0), address(r)), 1, "claimable");
        assertTrue(bridge.isProcessed(CHAIN_B, remoteBridgeB, 0), "executed");
    }

    function test_unlock_revert_wrongEpochAndPaused() public {
        Bridge.Transfer memory t = xfer(tokenAsset, user, 1, 0);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 7, 1));
        bridge.unlock(7, t, sigs);
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.unlock(epoch(), t, sigs);
    }
}

contract BridgeBatchTest is Fixture {
    function batch(bytes32 asset, uint256 n, uint64 first) internal view returns (Bridge.Transfer[] memory ts) {
        ts = new Bridge.Transfer[](n);
        for (uint256 i; i < n; ++i) {
            ts[i] = Bridge.Transfer(
                CHAIN_B,
                remoteBridgeB,
                first + uint64(i),
                asset,
                address(uint160(0x1000 + i)),
                1 + i
            );
        }
    }

    function batchSigs(string memory kind, Bridge.Transfer[] memory ts) internal view returns (bytes memory) {
        return signAll(typed(domainOf(address(bridge), block.chainid), batchHash(kind, epoch(), ts)), take(keys, 2));
    }

    function test_mintBatch() public {
        Bridge.Transfer[] memory ts = batch(wTokenAsset, 5, 254); // crosses a bitmap word
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), batchSigs("MintBatch", ts));
        for (uint256 i; i < 5; ++i) {
            assertEq(wToken.balanceOf(address(uint160(0x1000 + i))), 1 + i, "minted");
            assertTrue(bridge.isProcessed(CHAIN_B, remoteBridgeB, uint64(254 + i)), "processed");
        }
    }

    function test_mintBatch_revert_replayAndDuplicates() public {
        Bridge.Transfer[] memory ts = batch(wTokenAsset, 3, 0);
        bytes memory sigs = batchSigs("MintBatch", ts);
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
        // one item already minted singly: the batch reverts whole
        Bridge.Transfer[] memory ts2 = batch(wTokenAsset, 3, 10);
        doMint(ts2[1]);
        sigs = batchSigs("MintBatch", ts2);
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.mintBatch(epoch(), FAR, ts2[0].srcChain, ts2[0].assetId, items(ts2), sigs);
        assertEq(wToken.balanceOf(ts2[0].recipient), 1, "atomic: only the first batch paid item 0");
        // the same source event twice inside one batch
        Bridge.Transfer[] memory dup = batch(wTokenAsset, 2, 50);
        dup[1].srcIndex = 50;
        sigs = batchSigs("MintBatch", dup);
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.mintBatch(epoch(), FAR, dup[0].srcChain, dup[0].assetId, items(dup), sigs);
    }

    function test_mintBatch_revert_signatureKinds() public {
        Bridge.Transfer[] memory ts = batch(wTokenAsset, 1, 0);
        // a single-mint signature does not authorise a batch of one, nor an unlock batch a mint batch
        bytes memory single = mintSigs(ts[0], take(keys, 2));
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), single);
        bytes memory ub = batchSigs("UnlockBatch", ts);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), ub);
        // a batch signature cannot be cut down to a subset
        Bridge.Transfer[] memory two = batch(wTokenAsset, 2, 0);
        bytes memory sigs = batchSigs("MintBatch", two);
        vm.expectPartialRevert(BridgeBase.NotSigner.selector);
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
    }

    /// Items alternating between bitmap words (Bitcoin deposits: one word per
    /// txid) exercise the batch's cached word: flushes must not lose bits.
    function test_mintBatch_alternatingWords() public {
        bytes32 x = keccak256("tx x");
        bytes32 y = keccak256("tx y");
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](4);
        ts[0] = Bridge.Transfer(BTC, x, 0, btcAsset, user, 1);
        ts[1] = Bridge.Transfer(BTC, y, 0, btcAsset, user, 2);
        ts[2] = Bridge.Transfer(BTC, x, 1, btcAsset, user, 3);
        ts[3] = Bridge.Transfer(BTC, y, 300, btcAsset, user, 4); // another word of y
        bridge.mintBatch(epoch(), FAR, BTC, btcAsset, items(ts), batchSigs("MintBatch", ts));
        assertTrue(bridge.isProcessed(BTC, x, 0) && bridge.isProcessed(BTC, x, 1), "x bits");
        assertTrue(bridge.isProcessed(BTC, y, 0) && bridge.isProcessed(BTC, y, 300), "y bits");
        assertEq(wBTC.balanceOf(user), 10, "minted");
        // x:0 again, after another word was loaded in between
        Bridge.Transfer[] memory again = new Bridge.Transfer[](3);
        again[0] = Bridge.Transfer(BTC, x, 5, btcAsset, user, 1);
        again[1] = Bridge.Transfer(BTC, y, 5, btcAsset, user, 1);
        again[2] = Bridge.Transfer(BTC, x, 5, btcAsset, user, 1);
        bytes memory sigs = batchSigs("MintBatch", again);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AlreadyProcessed.selector, keccak256(abi.encode(BTC, x, uint64(5)))));
        bridge.mintBatch(epoch(), FAR, BTC, btcAsset, items(again), sigs);
    }

    function test_batch_revert_itemChecks() public {
        Bridge.Transfer[] memory ts = batch(wTokenAsset, 3, 0);
        ts[2].amount = 0;
        bytes memory sigs = batchSigs("MintBatch", ts);
        vm.expectRevert(BridgeBase.ZeroAmount.selector);
        bridge.mintBatch(epoch(), FAR, CHAIN_B, wTokenAsset, items(ts), sigs);
        ts[2].amount = 1;
        ts[1].recipient = address(0);
        sigs = batchSigs("MintBatch", ts);
        vm.expectRevert(BridgeBase.ZeroRecipient.selector);
        bridge.mintBatch(epoch(), FAR, CHAIN_B, wTokenAsset, items(ts), sigs);
        ts[1].recipient = user;
        ts[0].amount = uint256(MAX) + 1;
        sigs = batchSigs("MintBatch", ts);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AmountAboveLimit.selector, uint256(MAX) + 1, uint256(MAX)));
        bridge.mintBatch(epoch(), FAR, CHAIN_B, wTokenAsset, items(ts), sigs);
        // each item within the per-transfer limit, the sum above the window
        Bridge.Transfer[] memory six = batch(wTokenAsset, 6, 10);
        for (uint256 i; i < 6; ++i) six[i].amount = MAX;
        sigs = batchSigs("MintBatch", six);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.RateLimited.selector, 6 * uint256(MAX), uint256(CAP)));
        bridge.mintBatch(epoch(), FAR, CHAIN_B, wTokenAsset, items(six), sigs);
        // source chain zero or this chain
        for (uint256 i; i < 3; ++i) ts[i].srcChain = HOME;
        ts[0].amount = 1;
        sigs = batchSigs("MintBatch", ts);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidSource.selector, HOME));
        bridge.mintBatch(epoch(), FAR, HOME, wTokenAsset, items(ts), sigs);
        // wrong asset kinds
        Bridge.Transfer[] memory home = batch(tokenAsset, 1, 0);
        sigs = batchSigs("MintBatch", home);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongAssetKind.selector, tokenAsset, BridgeBase.AssetKind.HomeToken));
        bridge.mintBatch(epoch(), FAR, CHAIN_B, tokenAsset, items(home), sigs);
        Bridge.Transfer[] memory wrapped = batch(wTokenAsset, 1, 0);
        sigs = batchSigs("UnlockBatch", wrapped);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongAssetKind.selector, wTokenAsset, BridgeBase.AssetKind.Wrapped));
        bridge.unlockBatch(epoch(), CHAIN_B, wTokenAsset, items(wrapped), sigs);
    }

    function test_unlockBatch_revert_insufficientLocked() public {
        lockTokens(5);
        Bridge.Transfer[] memory ts = batch(tokenAsset, 3, 0); // 1 + 2 + 3 = 6 > 5
        bytes memory sigs = batchSigs("UnlockBatch", ts);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InsufficientLocked.selector, tokenAsset, 6, 5));
        bridge.unlockBatch(epoch(), CHAIN_B, tokenAsset, items(ts), sigs);
    }

    function test_unlockBatch_native() public {
        vm.deal(user, 10);
        vm.prank(user);
        bridge.lockNative{value: 10}(CHAIN_B, abi.encodePacked(user));
        Bridge.Transfer[] memory ts = batch(nativeAsset, 3, 0);
        bridge.unlockBatch(epoch(), CHAIN_B, nativeAsset, items(ts), batchSigs("UnlockBatch", ts));
        assertEq(address(0x1002).balance, 3, "paid");
        assertEq(address(bridge).balance, 4, "rest stays locked");
    }

    /// Items are hashed straight from calldata; a word with dirty high bits
    /// (a srcIndex wider than uint64) must not verify under a different value
    /// than the one used: the ABI decoder rejects it before anything happens.
    function test_mintBatch_revert_dirtyCalldata() public {
        Bridge.Transfer[] memory ts = batch(wTokenAsset, 1, 5);
        bytes memory data = abi.encodeCall(
            Bridge.mintBatch, (epoch(), FAR, CHAIN_B, wTokenAsset, items(ts), batchSigs("MintBatch", ts))
        );
        // selector, 6 head words, the array length, then item 0: srcRef, srcIndex
        uint256 srcIndexWord = 4 + 6 * 32 + 32 + 32;
        data[srcIndexWord] = 0x01; // top byte of srcIndex
        // The signed hash covered the clean word, so the dirty one does not verify.
        (bool ok, bytes memory ret) = address(bridge).call(data);
        assertTrue(!ok && bytes4(ret) == BridgeBase.NotSigner.selector, "dirty srcIndex does not verify");
        // Even signatures over the dirty bytes (which no signer computes for a
        // uint64) do not get it through: the ABI decoder rejects the value.
        bytes memory raw = new bytes(128);
        for (uint256 i; i < 128; ++i) raw[i] = data[4 + 6 * 32 + 32 + i];
        bytes32 dirtyItem = keccak256(
            abi.encodePacked(keccak256("Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"), raw)
        );
        bytes32 h = keccak256(
            abi.encode(
                keccak256(
                    "MintBatch(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 assetId,Item[] items)Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"
                ),
                epoch(),
                FAR,
                CHAIN_B,
                wTokenAsset,
                keccak256(abi.encodePacked(dirtyItem))
            )
        );
        bytes memory dirtySigs = signAll(typed(domainOf(address(bridge), block.chainid), h), take(keys, 2));
        bytes memory data2 = abi.encodeCall(Bridge.mintBatch, (epoch(), FAR, CHAIN_B, wTokenAsset, items(ts), dirtySigs));
        data2[srcIndexWord] = 0x01;
        (ok, ret) = address(bridge).call(data2);
        assertTrue(!ok && ret.length == 0, "dirty srcIndex rejected by the ABI decoder");
        assertTrue(!bridge.isProcessed(CHAIN_B, remoteBridgeB, 5), "nothing processed");
    }

    function test_mintBatch_revert_empty() public {
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](0);
        vm.expectRevert(BridgeBase.EmptyBatch.selector);
        bridge.mintBatch(epoch(), FAR, CHAIN_B, wTokenAsset, new Bridge.Item[](0), "");
        vm.expectRevert(BridgeBase.EmptyBatch.selector);
        bridge.unlockBatch(epoch(), CHAIN_B, wTokenAsset, new Bridge.Item[](0), "");
    }

    function test_unlockBatch() public {
        lockTokens(100);
        Bridge.Transfer[] memory ts = batch(tokenAsset, 4, 0);
        bridge.unlockBatch(epoch(), ts[0].srcChain, ts[0].assetId, items(ts), batchSigs("UnlockBatch", ts));
        assertEq(token.balanceOf(address(0x1003)), 4, "paid");
        (,,,,,,, uint256 locked) = bridge.assetInfo(tokenAsset);
        assertEq(locked, 90, "locked");
        vm.expectPartialRevert(BridgeBase.AlreadyProcessed.selector);
        bridge.unlockBatch(epoch(), ts[0].srcChain, ts[0].assetId, items(ts), batchSigs("UnlockBatch", ts));
    }

    function test_batch_revert_paused_and_epoch() public {
        Bridge.Transfer[] memory ts = batch(wTokenAsset, 2, 0);
        bytes memory sigs = batchSigs("MintBatch", ts);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.WrongEpoch.selector, 0, 1));
        bridge.mintBatch(0, FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.mintBatch(epoch(), FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.unlockBatch(epoch(), ts[0].srcChain, ts[0].assetId, items(ts), sigs);
    }
}
