// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {AuditAnchor} from "../src/AuditAnchor.sol";

/// @dev The log-recording cheatcodes, not declared in lib/Test.sol.
interface VmLogs {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
}

/// AuditAnchor: authorisation by the bridge's current signer set,
/// per-operator monotonic heights, storage and the Anchored event.
contract AuditAnchorTest is Fixture {
    VmLogs constant logs = VmLogs(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);
    AuditAnchor anchor;
    address op0;
    address op1;

    function setUp() public override {
        super.setUp();
        anchor = new AuditAnchor(address(bridge));
        op0 = vm.addr(keys[0]);
        op1 = vm.addr(keys[1]);
    }

    function test_anchor_storesAndEmits() public {
        bytes32 h = keccak256("block 7");
        logs.recordLogs();
        vm.prank(op0);
        anchor.anchor(7, h);
        VmLogs.Log[] memory got = logs.getRecordedLogs();
        assertEq(got.length, 1, "one log");
        assertEq(got[0].emitter, address(anchor), "emitter");
        assertEq(got[0].topics[0], keccak256("Anchored(uint64,bytes32)"), "topic0");
        assertEq(got[0].topics[1], bytes32(uint256(7)), "indexed height");
        assertEq(abi.decode(got[0].data, (bytes32)), h, "hash in data");
        (uint64 height, bytes32 hash) = anchor.latest(op0);
        assertEq(height, 7, "latest height");
        assertEq(hash, h, "latest hash");
        assertEq(anchor.hashAt(op0, 7), h, "hashAt");
        assertEq(anchor.hashAt(op1, 7), bytes32(0), "other operator untouched");
        assertEq(address(anchor.bridge()), address(bridge), "bridge");
    }

    function test_anchor_genesisHeightZero() public {
        vm.prank(op0);
        anchor.anchor(0, keccak256("genesis"));
        vm.prank(op0);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, 0, 0));
        anchor.anchor(0, keccak256("genesis again"));
        vm.prank(op0);
        anchor.anchor(1, keccak256("one"));
    }

    function test_anchor_revert_notSigner() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.NotSigner.selector, user));
        anchor.anchor(1, keccak256("x"));
    }

    function test_anchor_revert_zeroHash() public {
        vm.prank(op0);
        vm.expectRevert(AuditAnchor.ZeroHash.selector);
        anchor.anchor(1, bytes32(0));
    }

    function test_anchor_revert_notIncreasing() public {
        vm.startPrank(op0);
        anchor.anchor(10, keccak256("10"));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, 10, 10));
        anchor.anchor(10, keccak256("10 rewritten"));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, 9, 10));
        anchor.anchor(9, keccak256("9"));
        anchor.anchor(11, keccak256("11"));
        vm.stopPrank();
        assertEq(anchor.hashAt(op0, 10), keccak256("10"), "10 kept");
    }

    /// One operator anchoring a huge height does not block the others.
    function test_anchor_operatorsIndependent() public {
        vm.prank(op0);
        anchor.anchor(type(uint64).max, keccak256("max"));
        vm.prank(op1);
        anchor.anchor(5, keccak256("5"));
        (uint64 height,) = anchor.latest(op1);
        assertEq(height, 5, "op1 anchored below op0's height");
    }

    /// The authorised set follows the bridge's signer rotation.
    function test_anchor_followsRotation() public {
        uint256[] memory k = new uint256[](3);
        for (uint256 i; i < 3; ++i) k[i] = 0xA00 + i;
        k = sortByAddress(k);
        address[] memory s = addrs(k);
        uint64 n = adminNonce();
        bridge.rotateSigners(
            ep, s, 2, n, signAll(typed(domainOf(address(bridge), block.chainid), rotateHash(ep, s, 2, n)), take(keys, 2))
        );
        vm.prank(op0);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.NotSigner.selector, op0));
        anchor.anchor(1, keccak256("old set"));
        vm.prank(s[0]);
        anchor.anchor(1, keccak256("new set"));
        assertEq(anchor.hashAt(s[0], 1), keccak256("new set"), "new signer anchored");
    }

    function test_constructor_revert_zeroBridge() public {
        vm.expectRevert(AuditAnchor.ZeroBridge.selector);
        new AuditAnchor(address(0));
    }

    function testFuzz_anchor_monotonic(uint64 a, uint64 b, bytes32 ha, bytes32 hb) public {
        vm.assume(ha != bytes32(0) && hb != bytes32(0));
        vm.startPrank(op1);
        anchor.anchor(a, ha);
        if (b <= a) {
            vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, b, a));
            anchor.anchor(b, hb);
            (uint64 h, bytes32 x) = anchor.latest(op1);
            assertEq(h, a, "latest height unchanged");
            assertEq(x, ha, "latest hash unchanged");
        } else {
            anchor.anchor(b, hb);
            assertEq(anchor.hashAt(op1, a), ha, "earlier kept");
            assertEq(anchor.hashAt(op1, b), hb, "later stored");
        }
        vm.stopPrank();
    }
}
