// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @dev The two views of Bridge that AuditAnchor reads.
interface IBridgeSigners {
    function config()
        external
        view
        returns (
            uint64 epoch,
            uint8 threshold,
            uint8 signerCount,
            bool paused,
            uint64 nextNonce,
            uint64 adminNonce,
            uint32 pauseNonce
        );

    function signerEpoch(address signer) external view returns (uint64);
}

/// @title Kakehashi audit-chain anchor
/// @notice Operators write the hash of a state-audit-chain block here
/// (docs/audit-format.md §8), so that rewriting the audit chain would also
/// have to rewrite this chain.
/// @dev Authorisation: the caller must be a member of the *current* signer
/// set of the Bridge given at construction (Bridge.signerEpoch(caller) ==
/// the bridge's epoch), so the set follows signer rotations with no list to
/// maintain here. Each operator anchors on its own: anchors are kept per
/// operator, and each operator's heights strictly increase. One operator
/// can therefore neither overwrite nor block another's anchors (a single
/// compromised key could otherwise anchor height 2^64-1 and stop everyone);
/// two operators anchoring different hashes for one height is public
/// evidence that the audit chain forked. A quorum is not needed because an
/// anchor asserts nothing new: the anchored block is already attested by t
/// operators, and `audit verify --chains` accepts an ANCHOR record only if
/// the anchored hash equals the hash of that block in the verified chain.
/// Not upgradeable, no admin.
contract AuditAnchor {
    /// @notice The Bridge whose current signers may anchor.
    IBridgeSigners public immutable bridge;

    /// @notice Latest anchored height and hash per operator.
    struct Latest {
        uint64 height;
        bytes32 headHash;
    }

    mapping(address => Latest) private _latest;
    mapping(address => mapping(uint64 => bytes32)) private _hashAt;

    /// @notice `headHash` is the hash of audit block `height`, written by the
    /// transaction's sender (a current bridge signer).
    event Anchored(uint64 indexed height, bytes32 headHash);

    error ZeroBridge();
    error NotSigner(address caller);
    error ZeroHash();
    /// @notice `height` is not above the caller's latest anchored height.
    error HeightNotIncreasing(uint64 height, uint64 latest);

    constructor(address bridge_) {
        if (bridge_ == address(0)) revert ZeroBridge();
        bridge = IBridgeSigners(bridge_);
    }

    /// @notice Anchor audit block `height` with hash `headHash`. The first
    /// anchor of an operator may have any height (including 0); later ones
    /// must be strictly higher than its previous one.
    function anchor(uint64 height, bytes32 headHash) external {
        if (headHash == bytes32(0)) revert ZeroHash();
        (uint64 epoch,,,,,,) = bridge.config();
        if (bridge.signerEpoch(msg.sender) != epoch) revert NotSigner(msg.sender);
        Latest memory l = _latest[msg.sender];
        if (l.headHash != bytes32(0) && height <= l.height) revert HeightNotIncreasing(height, l.height);
        _latest[msg.sender] = Latest(height, headHash);
        _hashAt[msg.sender][height] = headHash;
        emit Anchored(height, headHash);
    }

    /// @notice The latest anchor of `operator`; headHash is zero if none.
    function latest(address operator) external view returns (uint64 height, bytes32 headHash) {
        Latest memory l = _latest[operator];
        return (l.height, l.headHash);
    }

    /// @notice The hash `operator` anchored for `height`, or zero.
    function hashAt(address operator, uint64 height) external view returns (bytes32) {
        return _hashAt[operator][height];
    }
}
