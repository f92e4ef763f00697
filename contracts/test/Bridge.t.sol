// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {Bridge} from "../src/Bridge.sol";
import {BridgeBase} from "../src/BridgeBase.sol";
import {WrappedToken} from "../src/WrappedToken.sol";
import {TestToken} from "../src/test/TestToken.sol";
import {FeeToken} from "../src/test/FeeToken.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract BridgeLockTest is Fixture {
    function test_lock_erc20() public {
        token.mint(user, 100);
        vm.startPrank(user);
        token.approve(address(bridge), 100);
        bytes32 id = bridge.lock(address(token), 100, CHAIN_B, abi.encodePacked(user));
        vm.stopPrank();
        assertEq(id, keccak256(abi.encode(HOME, address(bridge), uint64(0))), "transferId formula");
        assertEq(token.balanceOf(address(bridge)), 100, "bridge balance");
        (,,,,,,, uint256 locked) = bridge.assetInfo(tokenAsset);
        assertEq(locked, 100, "locked");
        (,,,, uint64 next,,) = bridge.config();
        assertEq(next, 1, "nonce advanced");
        bytes32 id2 = lockTokens(5);
        assertEq(id2, keccak256(abi.encode(HOME, address(bridge), uint64(1))), "second nonce");
    }

    function test_lockNative() public {
        vm.deal(user, 3 ether);
        vm.prank(user);
        bytes32 id = bridge.lockNative{value: 1 ether}(CHAIN_C, abi.encodePacked(user));
        assertEq(id, keccak256(abi.encode(HOME, address(bridge), uint64(0))), "transferId");
        assertEq(address(bridge).balance, 1 ether, "balance");
        assertEq(nativeAsset, keccak256(abi.encode(HOME, bytes(""))), "native asset id");
        assertEq(bridge.nativeAssetId(), nativeAsset, "nativeAssetId");
    }

    function test_lockNative_revert_notDefined() public {
        Bridge b = deploy(keys, 2);
        vm.deal(user, 1 ether);
        vm.prank(user);
        vm.expectRevert(BridgeBase.NativeAssetNotDefined.selector);
        b.lockNative{value: 1}(CHAIN_B, abi.encodePacked(user));
    }

    function test_lockNative_revert_zero() public {
        vm.prank(user);
        vm.expectRevert(BridgeBase.ZeroAmount.selector);
        bridge.lockNative(CHAIN_B, abi.encodePacked(user));
    }

    function test_lock_revert_notHomeToken() public {
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotHomeToken.selector, address(wToken)));
        bridge.lock(address(wToken), 1, CHAIN_B, abi.encodePacked(user));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotHomeToken.selector, address(0)));
        bridge.lock(address(0), 1, CHAIN_B, abi.encodePacked(user));
    }

    function test_lock_revert_zeroAmount() public {
        vm.expectRevert(BridgeBase.ZeroAmount.selector);
        bridge.lock(address(token), 0, CHAIN_B, abi.encodePacked(user));
    }

    function test_lock_revert_aboveLimit() public {
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AmountAboveLimit.selector, uint256(MAX) + 1, uint256(MAX)));
        bridge.lock(address(token), uint256(MAX) + 1, CHAIN_B, abi.encodePacked(user));
    }

    function test_lock_revert_destinations() public {
        bytes memory r = abi.encodePacked(user);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidDestination.selector, HOME));
        bridge.lock(address(token), 1, HOME, r);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidDestination.selector, uint64(0)));
        bridge.lock(address(token), 1, 0, r);
        // an unregistered chain has no route (Routes.t.sol has the rest)
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnsupportedDestination.selector, tokenAsset, uint64(5)));
        bridge.lock(address(token), 1, 5, r);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnsupportedDestination.selector, tokenAsset, BTC));
        bridge.lock(address(token), 1, BTC, hex"0014000102030405060708090a0b0c0d0e0f10111213");
    }

    function test_lock_revert_badRecipient() public {
        bytes memory short = hex"00010203040506070809000102030405060708";
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidEVMRecipient.selector, short));
        bridge.lock(address(token), 1, CHAIN_B, short);
        bytes memory zero = abi.encodePacked(address(0));
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidEVMRecipient.selector, zero));
        bridge.lock(address(token), 1, CHAIN_B, zero);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidEVMRecipient.selector, bytes("")));
        bridge.lock(address(token), 1, CHAIN_B, "");
    }

    function test_lock_revert_feeOnTransfer() public {
        FeeToken fee = new FeeToken(100); // 1%
        routeIt(defineIt(_def(HOME, abi.encodePacked(address(fee)), "", "", 18)), chainList(CHAIN_B, 0, 0));
        fee.mint(user, 1000);
        vm.startPrank(user);
        fee.approve(address(bridge), 1000);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.TransferAmountMismatch.selector, 1000, 990));
        bridge.lock(address(fee), 1000, CHAIN_B, abi.encodePacked(user));
        vm.stopPrank();
    }

    function test_lock_revert_noAllowance() public {
        token.mint(user, 10);
        vm.prank(user);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(bridge), 0, 10)
        );
        bridge.lock(address(token), 10, CHAIN_B, abi.encodePacked(user));
    }

    function test_lock_revert_paused() public {
        vm.prank(vm.addr(keys[0]));
        bridge.pause();
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.lock(address(token), 1, CHAIN_B, abi.encodePacked(user));
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.lockNative{value: 1}(CHAIN_B, abi.encodePacked(user));
    }

    function testFuzz_lock(uint256 amount, uint64 dst) public {
        amount = 1 + amount % MAX;
        dst = dst % 2 == 0 ? CHAIN_B : CHAIN_C;
        bytes32 id = lockTokens(amount);
        assertEq(id, bridge.transferIdOf(HOME, bytes32(uint256(uint160(address(bridge)))), 0), "id");
        assertEq(token.balanceOf(address(bridge)), amount, "received");
    }
}

contract BridgeBurnTest is Fixture {
    function setUp() public override {
        super.setUp();
        doMint(xfer(wTokenAsset, user, 1000, 0));
        doMint(Bridge.Transfer(BTC, bytes32(uint256(0xabc)), 0, btcAsset, user, 1e8));
    }

    function test_burn_toEVM() public {
        vm.prank(user);
        bytes32 id = bridge.burn(address(wToken), 400, CHAIN_B, abi.encodePacked(user));
        assertEq(id, keccak256(abi.encode(HOME, address(bridge), uint64(0))), "transferId");
        assertEq(wToken.balanceOf(user), 600, "balance after burn");
        assertEq(wToken.totalSupply(), 600, "supply after burn");
    }

    function test_burn_retransferToThirdChain() public {
        vm.prank(user);
        bridge.burn(address(wToken), 1, CHAIN_C, abi.encodePacked(user));
        assertEq(wToken.totalSupply(), 999, "supply");
    }

    function test_burn_toBitcoin_standardScripts() public {
        bytes[5] memory scripts = [
            bytes(hex"0014000102030405060708090a0b0c0d0e0f10111213"), // P2WPKH
            hex"0020000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", // P2WSH
            hex"5120000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", // P2TR
            hex"76a914000102030405060708090a0b0c0d0e0f1011121388ac", // P2PKH
            hex"a914000102030405060708090a0b0c0d0e0f1011121387" // P2SH
        ];
        for (uint256 i; i < scripts.length; ++i) {
            vm.prank(user);
            bridge.burn(address(wBTC), 1000, BTC, scripts[i]);
        }
        assertEq(wBTC.totalSupply(), 1e8 - 5000, "supply");
    }

    function test_burn_revert_nonStandardScripts() public {
        bytes[7] memory bad = [
            bytes(abi.encodePacked(user)), // an EVM address
            hex"0014000102030405060708090a0b0c0d0e0f101112", // P2WPKH one byte short
            hex"0114000102030405060708090a0b0c0d0e0f10111213", // witness v1 with 20 bytes
            hex"5220000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", // witness v2
            hex"76a914000102030405060708090a0b0c0d0e0f1011121388ad", // P2PKH with CHECKSIGVERIFY
            hex"a914000102030405060708090a0b0c0d0e0f1011121388", // P2SH with EQUALVERIFY
            hex"6a0401020304" // OP_RETURN
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(user);
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.InvalidBitcoinScript.selector, bad[i]));
            bridge.burn(address(wBTC), 1000, BTC, bad[i]);
        }
    }

    /// Standard in form, provably unspendable: an all-zero hash, or a P2TR
    /// key that is zero or not a field element (>= p). A payout to one would
    /// destroy the BTC; the burn is refused (issue 13).
    function test_burn_revert_unspendableScripts() public {
        bytes[7] memory bad = [
            bytes(hex"00140000000000000000000000000000000000000000"), // P2WPKH, zero hash
            hex"00200000000000000000000000000000000000000000000000000000000000000000", // P2WSH, zero hash
            hex"51200000000000000000000000000000000000000000000000000000000000000000", // P2TR, x = 0
            hex"5120fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", // P2TR, x = p
            hex"5120ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", // P2TR, x = 2^256 - 1
            hex"76a914000000000000000000000000000000000000000088ac", // P2PKH, zero hash
            hex"a914000000000000000000000000000000000000000087" // P2SH, zero hash
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(user);
            vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnspendableBitcoinScript.selector, bad[i]));
            bridge.burn(address(wBTC), 1000, BTC, bad[i]);
        }
        // the largest field element is a valid x-only key candidate
        vm.prank(user);
        bridge.burn(address(wBTC), 1000, BTC, hex"5120fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e");
    }

    /// H1: a burn below the asset's minimum (dust toward Bitcoin) reverts.
    function test_burn_revert_belowMinimum() public {
        uint64 n = adminNonce();
        bytes32 h = limitsHash(ep, btcAsset, 1136, MAX, CAP, WINDOW, n);
        bridge.setLimits(
            ep, btcAsset, 1136, MAX, CAP, WINDOW, n, signAll(typed(domainOf(address(bridge), block.chainid), h), take(keys, 2))
        );
        bytes memory p2wpkh = hex"0014000102030405060708090a0b0c0d0e0f10111213";
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AmountBelowMinimum.selector, 1, 1136));
        bridge.burn(address(wBTC), 1, BTC, p2wpkh);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.AmountBelowMinimum.selector, 1135, 1136));
        bridge.burn(address(wBTC), 1135, BTC, p2wpkh);
        vm.prank(user);
        bridge.burn(address(wBTC), 1136, BTC, p2wpkh);
        assertEq(wBTC.totalSupply(), 1e8 - 1136, "the minimum itself burns");
    }

    function test_burn_revert_nonBitcoinAssetToBitcoin() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.UnsupportedDestination.selector, wTokenAsset, BTC));
        bridge.burn(address(wToken), 1, BTC, hex"0014000102030405060708090a0b0c0d0e0f10111213");
    }

    function test_burn_revert_notWrapped() public {
        vm.expectRevert(abi.encodeWithSelector(BridgeBase.NotWrappedToken.selector, address(token)));
        bridge.burn(address(token), 1, CHAIN_B, abi.encodePacked(user));
    }

    function test_burn_revert_insufficientBalance() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, user, 1000, 1001));
        bridge.burn(address(wToken), 1001, CHAIN_B, abi.encodePacked(user));
    }

    function test_burn_revert_zeroAndPaused() public {
        vm.prank(user);
        vm.expectRevert(BridgeBase.ZeroAmount.selector);
        bridge.burn(address(wToken), 0, CHAIN_B, abi.encodePacked(user));
        vm.prank(vm.addr(keys[1]));
        bridge.pause();
        vm.prank(user);
        vm.expectRevert(BridgeBase.BridgePaused.selector);
        bridge.burn(address(wToken), 1, CHAIN_B, abi.encodePacked(user));
    }

    /// Builds each standard script from a random body, sometimes corrupts
    /// one byte or the length, and compares with the reference rule.
    function testFuzz_isStandardScript_mutations(uint8 kind, bytes32 body, uint8 pos, uint8 val, uint8 mode)
        public
        view
    {
        bytes memory s;
        bytes20 h = bytes20(body);
        kind %= 5;
        if (kind == 0) s = abi.encodePacked(hex"0014", h);
        else if (kind == 1) s = abi.encodePacked(hex"0020", body);
        else if (kind == 2) s = abi.encodePacked(hex"5120", body);
        else if (kind == 3) s = abi.encodePacked(hex"76a914", h, hex"88ac");
        else s = abi.encodePacked(hex"a914", h, hex"87");
        mode %= 3;
        if (mode == 1) s[pos % s.length] = bytes1(val); // may or may not break it
        if (mode == 2) s = abi.encodePacked(s, bytes1(val)); // one byte too long: never standard
        this.checkScript(s);
    }

    function checkScript(bytes calldata s) external view {
        testFuzz_isStandardScript(s);
    }

    function testFuzz_isStandardScript(bytes calldata s) public view {
        bool want = (s.length == 22 && s[0] == 0x00 && s[1] == 0x14)
            || (s.length == 34 && (s[0] == 0x00 || s[0] == 0x51) && s[1] == 0x20)
            || (s.length == 25 && s[0] == 0x76 && s[1] == 0xa9 && s[2] == 0x14 && s[23] == 0x88 && s[24] == 0xac)
            || (s.length == 23 && s[0] == 0xa9 && s[1] == 0x14 && s[22] == 0x87);
        assertTrue(bridge.isStandardScript(s) == want, "script classification");
    }
}

contract WrappedTokenTest is Fixture {
    function test_wrappedToken_metadata() public view {
        assertEq(wToken.decimals(), 6, "decimals");
        assertEq(wBTC.decimals(), 8, "btc decimals");
        assertEq(wToken.bridge(), address(bridge), "bridge");
        assertEq(wToken.assetId(), wTokenAsset, "asset id");
        assertEq(keccak256(bytes(wBTC.symbol())), keccak256("kBTC"), "symbol");
        assertEq(bridge.assetOf(address(wToken)), wTokenAsset, "assetOf");
        assertEq(bridge.wrappedTokenOf(tokenAsset), address(0), "home asset has no wrapped token");
        assertEq(bridge.wrappedTokenOf(bytes32(uint256(1))), address(0), "unknown asset");
    }

    function test_wrappedToken_create2Address() public view {
        bytes memory init = abi.encodePacked(
            type(WrappedToken).creationCode, abi.encode("Kakehashi BTC", "kBTC", uint8(8), btcAsset)
        );
        address want = address(
            uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(bridge), btcAsset, keccak256(init)))))
        );
        assertEq(address(wBTC), want, "CREATE2 address");
    }

    function test_wrappedToken_revert_notBridge() public {
        vm.expectRevert(abi.encodeWithSelector(WrappedToken.NotBridge.selector, address(this)));
        wToken.mint(address(this), 1);
        vm.expectRevert(abi.encodeWithSelector(WrappedToken.NotBridge.selector, address(this)));
        wToken.burn(user, 1);
    }
}
