// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {console} from "./lib/Test.sol";
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

/// AuditAnchor: a quorum of current bridge signers' attestations over the
/// audit block digest, the naming operator among them, per-operator
/// monotonic heights, storage and the Anchored event.
///
///   forge test --match-path test/AuditAnchor.t.sol --gas-report
contract AuditAnchorTest is Fixture {
    VmLogs constant logs = VmLogs(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);
    uint256 constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    uint256 constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    AuditAnchor anchor;
    address op0;
    address op1;
    address op2;
    address txKey = address(0x7A11); // an operator's transactions key: pays, signs nothing

    function setUp() public override {
        super.setUp();
        anchor = new AuditAnchor(address(bridge));
        op0 = vm.addr(keys[0]);
        op1 = vm.addr(keys[1]);
        op2 = vm.addr(keys[2]);
    }

    // ------------------------------------------------------------------
    // Helpers: an audit header (docs/audit-format.md §4.1) and attestations

    /// @dev A 137-byte version-2 header of `height`; `salt` varies the rest.
    function header(uint64 height, bytes32 salt) internal pure returns (bytes memory) {
        return abi.encodePacked(
            uint8(2), height, salt, uint64(1_700_000_000_000), uint32(1), keccak256(abi.encode(salt, 1)),
            keccak256(abi.encode(salt, 2)), address(0xB10C)
        );
    }

    /// @dev SHA-256("kakehashi-audit-v2" ‖ headHash), written out here from
    /// docs/audit-format.md §6.1 rather than taken from the contract.
    function digestOf(bytes memory h) internal pure returns (bytes32) {
        return sha256(abi.encodePacked("kakehashi-audit-v2", sha256(h)));
    }

    /// @dev Attestations of `h` by `ks`, in the order given, with v in {0, 1}
    /// as go-ethereum (and so every relayd) produces them.
    function attest(bytes memory h, uint256[] memory ks) internal pure returns (bytes memory sigs) {
        bytes32 d = digestOf(h);
        for (uint256 i; i < ks.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(ks[i], d);
            sigs = abi.encodePacked(sigs, r, s, v - 27);
        }
    }

    function two(uint256 a, uint256 b) internal pure returns (uint256[] memory k) {
        k = new uint256[](2);
        (k[0], k[1]) = (a, b);
    }

    /// @dev The first two signers (sorted) attest; op0 anchors, paid by txKey.
    function anchorAs(address operator, uint64 height, bytes32 salt) internal returns (bytes memory h) {
        h = header(height, salt);
        vm.prank(txKey);
        anchor.anchor(operator, h, attest(h, take(keys, 2)));
    }

    // ------------------------------------------------------------------
    // Accepted

    function test_anchor_quorum_storesAndEmits() public {
        bytes memory h = header(7, "block 7");
        bytes memory atts = attest(h, take(keys, 2));
        logs.recordLogs();
        vm.prank(txKey);
        anchor.anchor(op1, h, atts);
        VmLogs.Log[] memory got = logs.getRecordedLogs();
        assertEq(got.length, 1, "one log");
        assertEq(got[0].emitter, address(anchor), "emitter");
        assertEq(got[0].topics[0], keccak256("Anchored(address,uint64,bytes32,bytes)"), "topic0");
        assertEq(got[0].topics[1], bytes32(uint256(uint160(op1))), "indexed operator");
        assertEq(got[0].topics[2], bytes32(uint256(7)), "indexed height");
        (bytes32 hash, bytes memory gotAtts) = abi.decode(got[0].data, (bytes32, bytes));
        assertEq(hash, sha256(h), "hash in data");
        assertEq(keccak256(gotAtts), keccak256(atts), "attestations in data");
        (uint64 height, bytes32 latestHash) = anchor.latest(op1);
        assertEq(height, 7, "latest height");
        assertEq(latestHash, sha256(h), "latest hash");
        assertEq(anchor.hashAt(op1, 7), sha256(h), "hashAt");
        assertEq(anchor.hashAt(op0, 7), bytes32(0), "the other attester is not the anchoring operator");
        assertEq(anchor.hashAt(txKey, 7), bytes32(0), "nothing kept for the sender");
        assertEq(address(anchor.bridge()), address(bridge), "bridge");
    }

    /// The contract's digest is the one of docs/audit-format.md §6.1.
    function test_attestationDigest() public view {
        bytes32 hh = keccak256("head");
        assertEq(anchor.attestationDigest(hh), sha256(abi.encodePacked("kakehashi-audit-v2", hh)), "digest");
        assertEq(keccak256(anchor.ATTESTATION_DOMAIN()), keccak256("kakehashi-audit-v2"), "domain");
    }

    /// All three signers, and v in {27, 28}, are accepted too.
    function test_anchor_allSigners_v27() public {
        bytes memory h = header(3, "all");
        bytes32 d = digestOf(h);
        bytes memory sigs;
        for (uint256 i; i < 3; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], d);
            sigs = abi.encodePacked(sigs, r, s, v);
        }
        anchor.anchor(op2, h, sigs);
        assertEq(anchor.hashAt(op2, 3), sha256(h), "stored");
    }

    // ------------------------------------------------------------------
    // Refused: the attestations

    function test_anchor_revert_tooFew() public {
        bytes memory h = header(1, "x");
        bytes memory one = attest(h, take(keys, 1));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.BelowThreshold.selector, 1, 2));
        anchor.anchor(op0, h, one);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.BelowThreshold.selector, 0, 2));
        anchor.anchor(op0, h, "");
    }

    function test_anchor_revert_malformed() public {
        bytes memory h = header(1, "x");
        bytes memory atts = attest(h, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.MalformedAttestations.selector, 131));
        anchor.anchor(op0, h, abi.encodePacked(atts, uint8(0)));
    }

    function test_anchor_revert_duplicateSigner() public {
        bytes memory h = header(1, "x");
        bytes memory atts = attest(h, two(keys[0], keys[0]));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.DuplicateSigner.selector, op0));
        anchor.anchor(op0, h, atts);
    }

    function test_anchor_revert_unsorted() public {
        bytes memory h = header(1, "x");
        bytes memory atts = attest(h, two(keys[1], keys[0]));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.SignersNotSorted.selector, 1));
        anchor.anchor(op0, h, atts);
    }

    function test_anchor_revert_nonSigner() public {
        uint256 outsider = 0xBAD;
        bytes memory h = header(1, "x");
        uint256[] memory k = sortByAddress(two(keys[0], outsider));
        bytes memory atts = attest(h, k);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.NotSigner.selector, vm.addr(outsider)));
        anchor.anchor(op0, h, atts);
    }

    /// The malleated twin (n - s, flipped v) of a valid attestation is refused.
    function test_anchor_revert_highS() public {
        bytes memory h = header(1, "x");
        bytes32 d = digestOf(h);
        (uint8 v0, bytes32 r0, bytes32 s0) = vm.sign(keys[0], d);
        (uint8 v1, bytes32 r1, bytes32 s1) = vm.sign(keys[1], d);
        assertTrue(uint256(s1) <= HALF_N, "vm.sign makes low s");
        bytes memory atts = abi.encodePacked(r0, s0, v0, r1, bytes32(N - uint256(s1)), v1 == 27 ? uint8(28) : uint8(27));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.InvalidAttestation.selector, 1));
        anchor.anchor(op0, h, atts);
    }

    function test_anchor_revert_badV() public {
        bytes memory h = header(1, "x");
        bytes memory atts = attest(h, take(keys, 2));
        atts[64] = bytes1(uint8(29));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.InvalidAttestation.selector, 0));
        anchor.anchor(op0, h, atts);
    }

    /// Signers of the retired epoch no longer count, the new set does.
    function test_anchor_revert_staleEpochSigner() public {
        uint256[] memory k = new uint256[](3);
        for (uint256 i; i < 3; ++i) k[i] = 0xA00 + i;
        k = sortByAddress(k);
        address[] memory s = addrs(k);
        uint64 n = adminNonce();
        bridge.rotateSigners(
            ep, s, 2, n, signAll(typed(domainOf(address(bridge), block.chainid), rotateHash(ep, s, 2, n)), take(keys, 2))
        );
        bytes memory h = header(1, "x");
        bytes memory old = attest(h, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.NotSigner.selector, op0));
        anchor.anchor(op0, h, old);
        anchor.anchor(s[0], h, attest(h, take(k, 2)));
        assertEq(anchor.hashAt(s[0], 1), sha256(h), "new set anchored");
    }

    /// Attestations of another block do not anchor this one: they recover to
    /// addresses that are not signers.
    function test_anchor_revert_wrongHash() public {
        bytes memory h = header(1, "x");
        bytes memory other = header(1, "y");
        bytes memory atts = attest(other, take(keys, 2));
        (bytes32 r, bytes32 s) = (bytes32(slice32(atts, 0)), bytes32(slice32(atts, 32)));
        address wrong = ecrecover(digestOf(h), uint8(atts[64]) + 27, r, s);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.NotSigner.selector, wrong));
        anchor.anchor(op0, h, atts);
    }

    /// The header decides the height: the same attestations cannot anchor
    /// under another height.
    function test_anchor_revert_malformedHeader() public {
        bytes memory h = header(1, "x");
        bytes memory atts = attest(h, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.MalformedHeader.selector, 136));
        anchor.anchor(op0, slice(h, 136), atts);
        bytes memory v3 = bytes.concat(h);
        v3[0] = bytes1(uint8(3));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.MalformedHeader.selector, 137));
        anchor.anchor(op0, v3, atts);
        bytes memory lifted = bytes.concat(h);
        lifted[1] = bytes1(uint8(0xff)); // height 2^56·255 + 1: another hash, so not attested
        vm.expectRevert();
        anchor.anchor(op0, lifted, atts);
    }

    function test_anchor_revert_operatorNotAttesting() public {
        bytes memory h = header(1, "x");
        bytes memory atts = attest(h, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.OperatorNotAttesting.selector, op2));
        anchor.anchor(op2, h, atts);
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.OperatorNotAttesting.selector, txKey));
        anchor.anchor(txKey, h, atts);
    }

    // ------------------------------------------------------------------
    // Heights

    function test_anchor_genesisHeightZero() public {
        anchorAs(op0, 0, "genesis");
        bytes memory h = header(0, "genesis again");
        bytes memory atts = attest(h, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, 0, 0));
        anchor.anchor(op0, h, atts);
        anchorAs(op0, 1, "one");
    }

    function test_anchor_revert_notIncreasing() public {
        anchorAs(op0, 10, "10");
        bytes memory h10 = header(10, "10 rewritten");
        bytes memory a10 = attest(h10, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, 10, 10));
        anchor.anchor(op0, h10, a10);
        bytes memory h9 = header(9, "9");
        bytes memory a9 = attest(h9, take(keys, 2));
        vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, 9, 10));
        anchor.anchor(op0, h9, a9);
        anchorAs(op0, 11, "11");
        assertEq(anchor.hashAt(op0, 10), sha256(header(10, "10")), "10 kept");
    }

    /// Each operator has its own heights: op1 anchoring a high block does
    /// not block op0, and two operators may anchor one height.
    function test_anchor_operatorsIndependent() public {
        anchorAs(op1, 50, "50");
        anchorAs(op0, 5, "5");
        anchorAs(op0, 50, "50");
        (uint64 height,) = anchor.latest(op0);
        assertEq(height, 50, "op0 latest");
        assertEq(anchor.hashAt(op0, 50), anchor.hashAt(op1, 50), "same block");
    }

    function test_constructor_revert_zeroBridge() public {
        vm.expectRevert(AuditAnchor.ZeroBridge.selector);
        new AuditAnchor(address(0));
    }

    function testFuzz_anchor_monotonic(uint64 a, uint64 b, bytes32 sa, bytes32 sb) public {
        anchorAs(op1, a, sa);
        bytes memory hb = header(b, sb);
        bytes memory ab = attest(hb, take(keys, 2));
        if (b <= a) {
            vm.expectRevert(abi.encodeWithSelector(AuditAnchor.HeightNotIncreasing.selector, b, a));
            anchor.anchor(op1, hb, ab);
            (uint64 h, bytes32 x) = anchor.latest(op1);
            assertEq(h, a, "latest height unchanged");
            assertEq(x, sha256(header(a, sa)), "latest hash unchanged");
        } else {
            anchor.anchor(op1, hb, ab);
            assertEq(anchor.hashAt(op1, a), sha256(header(a, sa)), "earlier kept");
            assertEq(anchor.hashAt(op1, b), sha256(hb), "later stored");
        }
    }

    // ------------------------------------------------------------------
    // Gas (with --gas-report each call is its own transaction)

    /// An operator's first anchor and a later one, 2-of-3.
    function test_gas_anchor() public {
        bytes memory h = header(10, "g1");
        bytes memory atts = attest(h, take(keys, 2));
        vm.prank(txKey);
        anchor.anchor(op0, h, atts);
        uint256 first = vm.lastCallGas().gasTotalUsed;
        h = header(20, "g2");
        atts = attest(h, take(keys, 2));
        vm.prank(txKey);
        anchor.anchor(op0, h, atts);
        uint256 later = vm.lastCallGas().gasTotalUsed;
        h = header(30, "g3");
        atts = attest(h, sortByAddress(keys));
        vm.prank(txKey);
        anchor.anchor(op0, h, atts);
        uint256 three = vm.lastCallGas().gasTotalUsed;
        console.log("anchor, operator's first (2-of-3)", first);
        console.log("anchor, later (2-of-3)", later);
        console.log("anchor, later, three attestations", three);
        assertLe(later, first, "a later anchor costs no more than the first");
        assertLe(later, three, "an attestation more costs more");
    }

    function slice(bytes memory b, uint256 n) internal pure returns (bytes memory out) {
        out = new bytes(n);
        for (uint256 i; i < n; ++i) out[i] = b[i];
    }

    function slice32(bytes memory b, uint256 at) internal pure returns (uint256 x) {
        assembly ("memory-safe") {
            x := mload(add(add(b, 0x20), at))
        }
    }
}
