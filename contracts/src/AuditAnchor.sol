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
/// @notice Writes the hash of a final state-audit-chain block here, with
/// the quorum's attestations of it (docs/audit-format.md §12.2), so that
/// rewriting the audit chain would also have to rewrite this chain.
/// @dev Authority comes from the attestations, not from the caller: the
/// transaction is paid by an operator's transactions key, which moves
/// nothing and is not a bridge signer. An anchor is accepted only with at
/// least `threshold` attestations (the bridge's current threshold) by
/// distinct *current* bridge signers (Bridge.signerEpoch(signer) == the
/// bridge's epoch, read at each call, so the set follows rotations with no
/// list to maintain here), over SHA-256("kakehashi-audit-v2" ‖ headHash),
/// the digest every operator signs to attest an audit block.
///
/// The caller passes the block's 137-byte header, not its height and hash:
/// the contract derives headHash = SHA-256(header) and the height from the
/// header itself, because attestations sign the hash only. A height taken
/// from the caller would let anyone replay a published set of attestations
/// under a made-up height (2^64-1) and block an operator's anchors.
///
/// `operator` names who anchors: it must be one of the attesting signers,
/// so an Anchored event whose hash contradicts the audit chain carries that
/// operator's own signature of the contradicting block, and is attributable
/// from the logs alone. Anchors are kept per operator and each operator's
/// heights strictly increase: nobody can overwrite what an operator
/// anchored, and one operator's anchors never block another's. Not
/// upgradeable, no admin.
contract AuditAnchor {
    /// @notice The Bridge whose current signers attest.
    IBridgeSigners public immutable bridge;

    /// @notice SHA-256 prefix of an attestation digest (audit.AttestationDomain).
    bytes public constant ATTESTATION_DOMAIN = "kakehashi-audit-v2";
    /// @notice The audit header format this contract reads (audit.FormatVersion).
    uint8 public constant HEADER_VERSION = 2;
    /// @notice Length of an encoded audit block header (audit.HeaderSize).
    uint256 public constant HEADER_SIZE = 137;

    /// @dev secp256k1 n / 2: a signature with a larger s is the malleated
    /// twin of a valid one.
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @notice Latest anchored height and hash per operator.
    struct Latest {
        uint64 height;
        bytes32 headHash;
    }

    mapping(address => Latest) private _latest;
    mapping(address => mapping(uint64 => bytes32)) private _hashAt;

    /// @notice `operator` anchored audit block `height` with hash `headHash`;
    /// `attestations` are the concatenated 65-byte signatures that made it
    /// valid (by distinct current signers, ascending, operator among them).
    event Anchored(address indexed operator, uint64 indexed height, bytes32 headHash, bytes attestations);

    error ZeroBridge();
    /// @notice The header is not 137 bytes of format version 2.
    error MalformedHeader(uint256 length);
    /// @notice `attestations` is not a whole number of 65-byte signatures.
    error MalformedAttestations(uint256 length);
    error BelowThreshold(uint256 count, uint256 threshold);
    /// @notice Attestation `index` has a high s, a v that is not 27/28 after
    /// adding 27 to 0/1, or does not recover.
    error InvalidAttestation(uint256 index);
    error DuplicateSigner(address signer);
    /// @notice Attestations must be sorted by signer address ascending.
    error SignersNotSorted(uint256 index);
    /// @notice `signer` is not in the bridge's current signer set.
    error NotSigner(address signer);
    /// @notice `operator` did not attest the block it anchors.
    error OperatorNotAttesting(address operator);
    /// @notice `height` is not above the operator's latest anchored height.
    error HeightNotIncreasing(uint64 height, uint64 latest);

    constructor(address bridge_) {
        if (bridge_ == address(0)) revert ZeroBridge();
        bridge = IBridgeSigners(bridge_);
    }

    /// @notice Anchor the audit block whose 137-byte header is `header`,
    /// attested by `attestations`, in the name of `operator` (one of the
    /// attesters). Anyone may send it; the first anchor of an operator may
    /// have any height (including 0), later ones must be strictly higher.
    function anchor(address operator, bytes calldata header, bytes calldata attestations) external {
        if (header.length != HEADER_SIZE || uint8(header[0]) != HEADER_VERSION) revert MalformedHeader(header.length);
        uint64 height = uint64(bytes8(header[1:9]));
        bytes32 headHash = sha256(header);
        _checkAttestations(operator, headHash, attestations);
        Latest memory l = _latest[operator];
        if (l.headHash != bytes32(0) && height <= l.height) revert HeightNotIncreasing(height, l.height);
        _latest[operator] = Latest(height, headHash);
        _hashAt[operator][height] = headHash;
        emit Anchored(operator, height, headHash, attestations);
    }

    /// @notice The digest an operator signs to attest the block `headHash`.
    function attestationDigest(bytes32 headHash) public pure returns (bytes32) {
        return sha256(abi.encodePacked(ATTESTATION_DOMAIN, headHash));
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

    /// @dev At least threshold attestations of headHash by distinct current
    /// signers, sorted ascending (which makes distinctness one comparison),
    /// operator among them.
    function _checkAttestations(address operator, bytes32 headHash, bytes calldata atts) private view {
        uint256 k = atts.length / 65;
        if (atts.length != k * 65) revert MalformedAttestations(atts.length);
        (uint64 epoch, uint8 threshold,,,,,) = bridge.config();
        if (k < threshold) revert BelowThreshold(k, threshold);
        bytes32 digest = attestationDigest(headHash);
        address prev;
        bool named;
        for (uint256 i; i < k; ++i) {
            address signer = _recover(digest, atts, i);
            if (signer <= prev) {
                if (signer == prev) revert DuplicateSigner(signer);
                revert SignersNotSorted(i);
            }
            if (bridge.signerEpoch(signer) != epoch) revert NotSigner(signer);
            named = named || signer == operator;
            prev = signer;
        }
        if (!named) revert OperatorNotAttesting(operator);
    }

    function _recover(bytes32 digest, bytes calldata atts, uint256 i) private pure returns (address signer) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            let p := add(atts.offset, mul(i, 65))
            r := calldataload(p)
            s := calldataload(add(p, 0x20))
            v := byte(0, calldataload(add(p, 0x40)))
        }
        if (v < 27) v += 27; // audit attestations carry v in {0, 1} (go-ethereum's form)
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) revert InvalidAttestation(i);
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidAttestation(i);
    }
}
