// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Kakehashi Bridge: what Bridge and BridgeAdmin share
/// @notice The types, events, errors, storage and signature checks of the
/// bridge. `Bridge` (transfers) and `BridgeAdmin` (quorum administration,
/// run by the bridge with DELEGATECALL) both inherit it, so they have one
/// storage layout; see docs/contracts.md, "Two contracts, one bridge".
abstract contract BridgeBase {
    // ------------------------------------------------------------------
    // Types

    /// @notice What a chain id is, as far as destinations are concerned.
    enum ChainKind {
        None,
        EVM,
        Bitcoin
    }

    /// @notice How this chain holds an asset.
    enum AssetKind {
        None,
        HomeToken, // ERC-20 whose home is this chain: locked / unlocked
        HomeNative, // this chain's native coin: locked / unlocked
        Wrapped // a WrappedToken deployed by this bridge: minted / burned
    }

    /// @dev One storage word, read once per call.
    struct Config {
        bool paused;
        uint8 threshold;
        uint8 signerCount;
        uint64 epoch;
        uint64 nonce; // next lock/burn nonce
        uint64 adminNonce; // next quorum admin message nonce
        uint32 pauseNonce; // next Pause message nonce (separate: see pauseBySignature)
    }

    struct Limits {
        uint128 maxPerTransfer;
        uint128 capacity;
    }

    struct Asset {
        address token; // wrapped token, home ERC-20, or 0 for native
        AssetKind kind;
        uint88 minPerTransfer; // smallest lock/burn; in the slot lock and burn read anyway
        Limits limits;
        /// @dev What mints, unlocks and refunds released recently, for the
        /// window limit (_window), in one word: bits 0-127 `current`,
        /// 128-167 `period`, 168-199 `window` (seconds), 200-253 `older`.
        /// Time is cut into periods of ceil(window / 3) seconds; `current` is
        /// the exact amount released in period `period`, `older` the three
        /// periods before it, 18 bits each (the previous one lowest), in units
        /// of ceil(capacity / OUTFLOW_UNITS) rounded up.
        uint256 outflow;
        uint256 locked; // home assets: amount locked and not yet unlocked or refunded
    }

    // ------------------------------------------------------------------
    // Events (user-facing: fixed by DESIGN §5)

    event Locked(
        bytes32 indexed transferId,
        bytes32 indexed assetId,
        address indexed sender,
        uint256 amount,
        uint64 dstChain,
        bytes recipient,
        uint64 nonce
    );
    event Burned(
        bytes32 indexed transferId,
        bytes32 indexed assetId,
        address indexed sender,
        uint256 amount,
        uint64 dstChain,
        bytes recipient,
        uint64 nonce
    );
    event Minted(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount);
    event Unlocked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount);

    // Payouts that did not go through, claims and refunds
    /// @notice Paying `amount` of `token` (zero: the native coin) to
    /// `recipient` for `transferId` failed; it is now claimable (`claim`).
    /// `reason` is the start of what the recipient or token returned (at
    /// most 256 bytes): its revert data, or empty for running out of the
    /// payout's gas, a revert without data, or an ERC-20 returning false.
    event PaymentDeferred(
        bytes32 indexed transferId, address indexed token, address indexed recipient, uint256 amount, bytes reason
    );
    /// @notice What was claimable for `recipient` in `token` was paid to it.
    event Claimed(address indexed token, address indexed recipient, uint256 amount);
    /// @notice The quorum returned this bridge's lock or burn `nonce` to its
    /// sender: unlocked (a lock) or minted again (a burn).
    event Refunded(
        bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 nonce
    );

    // Admin events
    event AssetDefined(
        bytes32 indexed assetId, address indexed token, AssetKind kind, uint64 homeChain, bytes homeAsset, uint8 decimals
    );
    event LimitsSet(
        bytes32 indexed assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window
    );
    /// @notice Locks and burns of `assetId` may (`enabled`) or may not go to `dstChain`.
    event RouteSet(bytes32 indexed assetId, uint64 indexed dstChain, bool enabled);
    /// @notice The quorum cancelled a source event: it can never be minted or unlocked here.
    event Cancelled(bytes32 indexed transferId, uint64 srcChain, bytes32 srcRef, uint64 srcIndex);
    event ChainSet(uint64 indexed chainId, ChainKind kind);
    event SignersRotated(uint64 indexed epoch, address[] signers, uint8 threshold);
    event Paused(address indexed by);
    event Unpaused();

    // ------------------------------------------------------------------
    // Errors

    /// @notice The bridge is paused; lock, burn, mint, unlock, refund and claim are stopped.
    error BridgePaused();
    /// @notice The amount is zero.
    error ZeroAmount();
    /// @notice The recipient is the zero address.
    error ZeroRecipient();
    /// @notice The recipient is this bridge or a token it manages (a home
    /// ERC-20 or a wrapped token): value sent there could never move again.
    error ReservedRecipient(address recipient);
    /// @notice `token` is not an ERC-20 whose home is this chain.
    error NotHomeToken(address token);
    /// @notice `token` is not a wrapped token of this bridge.
    error NotWrappedToken(address token);
    /// @notice The native coin of this chain has not been defined as an asset.
    error NativeAssetNotDefined();
    /// @notice No asset with this id is defined here, or it has the wrong kind for the call.
    error AssetNotDefined(bytes32 assetId);
    /// @notice mint for an asset whose home is this chain (must be unlocked), or unlock of a wrapped asset.
    error WrongAssetKind(bytes32 assetId, AssetKind kind);
    /// @notice The token moved `received` to the bridge for a transfer of `expected` (fee-on-transfer, rebasing).
    error TransferAmountMismatch(uint256 expected, uint256 received);
    /// @notice The destination is this chain or zero.
    error InvalidDestination(uint64 dstChain);
    /// @notice The destination chain is not registered.
    error UnknownChain(uint64 chainId);
    /// @notice The asset does not go to this destination: the quorum has not
    /// enabled the route (`setRoutes`, `routes`), because the asset has no
    /// representation there, or cannot have one (an ERC-20 to Bitcoin).
    error UnsupportedDestination(bytes32 assetId, uint64 dstChain);
    /// @notice An EVM recipient must be exactly 20 bytes and not zero.
    error InvalidEVMRecipient(bytes recipient);
    /// @notice Not a standard Bitcoin scriptPubKey (P2WPKH, P2WSH, P2TR, P2PKH, P2SH).
    error InvalidBitcoinScript(bytes script);
    /// @notice A standard scriptPubKey nobody can spend: an all-zero hash, or a
    /// P2TR key that is zero or not below the field prime p.
    error UnspendableBitcoinScript(bytes script);
    /// @notice The amount is below the asset's per-transfer minimum.
    error AmountBelowMinimum(uint256 amount, uint256 minPerTransfer);
    /// @notice The mint authorisation expired at `deadline` (unix seconds); now is `timestamp`.
    error DeadlineExpired(uint64 deadline, uint256 timestamp);
    /// @notice The amount exceeds the asset's per-transfer limit.
    error AmountAboveLimit(uint256 amount, uint256 maxPerTransfer);
    /// @notice `available` is what the asset's window limit lets out now; try later.
    error RateLimited(uint256 amount, uint256 available);
    /// @notice An unlock would release more than is locked.
    error InsufficientLocked(bytes32 assetId, uint256 amount, uint256 locked);
    /// @notice Too little gas left to give a payout its whole gas allowance
    /// (NATIVE_PAYOUT_GAS or TOKEN_PAYOUT_GAS): send the transaction with more
    /// gas. Without this check a caller could make any payout fail on purpose.
    error InsufficientGas();
    /// @notice Nothing is claimable for `recipient` in `token`.
    error NothingToClaim(address token, address recipient);
    /// @notice Paying a claim failed; it stays claimable. `reason` as in PaymentDeferred.
    error ClaimFailed(address token, address recipient, bytes reason);
    /// @notice A refund of `nonce`, which this bridge has not given to a lock
    /// or burn yet (it is not below `config().nextNonce`).
    error UnknownNonce(uint64 nonce);
    /// @notice Lock or burn `nonce` has already been refunded.
    error AlreadyRefunded(uint64 nonce);
    /// @notice srcChain is zero, this chain, or was never registered (setChain).
    error InvalidSource(uint64 srcChain);
    /// @notice Not the one encoding of a source event: an EVM source's srcRef
    /// is an address (upper 12 bytes zero), a Bitcoin source's srcIndex a vout
    /// (below 2^32).
    error NonCanonicalSource(uint64 srcChain, bytes32 srcRef, uint64 srcIndex);
    /// @notice This source event has already been minted or unlocked.
    error AlreadyProcessed(bytes32 transferId);
    /// @notice A batch with no transfers.
    error EmptyBatch();
    /// @notice The message names an epoch that is not the current one.
    error WrongEpoch(uint64 got, uint64 current);
    /// @notice The admin message nonce is not the next one.
    error WrongNonce(uint64 got, uint64 expected);
    /// @notice Signatures must be 65 bytes each (r, s, v).
    error MalformedSignatures(uint256 length);
    /// @notice Fewer signatures than the threshold.
    error BelowThreshold(uint256 count, uint256 threshold);
    /// @notice Signature `index` is invalid (high s, bad v, or unrecoverable).
    error InvalidSignature(uint256 index);
    /// @notice The same signer appears twice.
    error DuplicateSigner(address signer);
    /// @notice Signers must be sorted by address, ascending.
    error SignersNotSorted(uint256 index);
    /// @notice `signer` is not in the current signer set.
    error NotSigner(address signer);
    /// @notice Bad signer set: empty, too large, zero, unsorted/duplicate, or threshold not a majority.
    error InvalidSignerSet();
    /// @notice Limits must satisfy minPerTransfer <= maxPerTransfer <= capacity,
    /// 0 < maxPerTransfer, minPerTransfer < 2^88 and window > 0.
    error InvalidLimits();
    /// @notice homeAsset must be empty (native) or 20 bytes (a token address); Bitcoin has only native.
    error InvalidHomeAsset(bytes homeAsset);
    /// @notice The home token has no code.
    error NotAContract(address token);
    /// @notice An asset with this id is already defined.
    error AssetExists(bytes32 assetId);
    /// @notice The token already belongs to asset `assetId` here (a wrapped token cannot become a home token).
    error TokenInUse(address token, bytes32 assetId);
    /// @notice A wrapped token needs a name and a symbol.
    error EmptyName();
    /// @notice Chain id zero or this chain cannot be configured.
    error InvalidChain(uint64 chainId);

    // ------------------------------------------------------------------
    // EIP-712

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("Kakehashi Bridge");
    /// @dev keccak256(bytes(Bridge.VERSION)), the EIP-712 domain version.
    bytes32 internal constant VERSION_HASH = keccak256("3");

    bytes32 internal constant MINT_TYPEHASH = keccak256(
        "Mint(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 srcRef,uint64 srcIndex,bytes32 assetId,address recipient,uint256 amount)"
    );
    bytes32 internal constant UNLOCK_TYPEHASH = keccak256(
        "Unlock(uint64 epoch,uint64 srcChain,bytes32 srcRef,uint64 srcIndex,bytes32 assetId,address recipient,uint256 amount)"
    );
    bytes32 internal constant ITEM_TYPEHASH =
        keccak256("Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)");
    bytes32 internal constant MINT_BATCH_TYPEHASH = keccak256(
        "MintBatch(uint64 epoch,uint64 deadline,uint64 srcChain,bytes32 assetId,Item[] items)Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"
    );
    bytes32 internal constant UNLOCK_BATCH_TYPEHASH = keccak256(
        "UnlockBatch(uint64 epoch,uint64 srcChain,bytes32 assetId,Item[] items)Item(bytes32 srcRef,uint64 srcIndex,address recipient,uint256 amount)"
    );
    bytes32 internal constant CANCEL_TYPEHASH =
        keccak256("Cancel(uint64 epoch,uint64 srcChain,bytes32 srcRef,uint64 srcIndex)");
    bytes32 internal constant REFUND_TYPEHASH =
        keccak256("Refund(uint64 epoch,uint64 nonce,bytes32 assetId,address sender,uint256 amount)");
    bytes32 internal constant DEFINE_ASSET_TYPEHASH = keccak256(
        "DefineAsset(uint64 epoch,uint64 homeChain,bytes homeAsset,string name,string symbol,uint8 decimals,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)"
    );
    bytes32 internal constant SET_LIMITS_TYPEHASH = keccak256(
        "SetLimits(uint64 epoch,bytes32 assetId,uint128 minPerTransfer,uint128 maxPerTransfer,uint128 capacity,uint32 window,uint64 nonce)"
    );
    bytes32 internal constant SET_ROUTES_TYPEHASH =
        keccak256("SetRoutes(uint64 epoch,bytes32 assetId,uint64[] dstChains,bool enabled,uint64 nonce)");
    bytes32 internal constant SET_CHAIN_TYPEHASH = keccak256("SetChain(uint64 epoch,uint64 chainId,uint8 kind,uint64 nonce)");
    bytes32 internal constant ROTATE_SIGNERS_TYPEHASH =
        keccak256("RotateSigners(uint64 epoch,address[] signers,uint8 threshold,uint64 nonce)");
    bytes32 internal constant PAUSE_TYPEHASH = keccak256("Pause(uint64 epoch,uint32 nonce)");
    bytes32 internal constant UNPAUSE_TYPEHASH = keccak256("Unpause(uint64 epoch,uint64 nonce)");

    uint256 internal constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    uint256 internal constant MAX_SIGNER_COUNT = 64;
    /// @dev Units per capacity of the outflow's 18-bit older counters.
    uint256 internal constant OUTFLOW_UNITS = (1 << 18) - 1;
    uint256 internal constant OLDER_MASK = (1 << 54) - 1;

    // ------------------------------------------------------------------
    // State (one layout for Bridge and BridgeAdmin: declared here only)

    Config internal _config;
    /// @notice The epoch in which an address was last made a signer; a signer
    /// of the current set has signerEpoch == epoch().
    mapping(address => uint64) public signerEpoch;
    address[] internal _signers;
    mapping(bytes32 => Asset) internal _assets;
    /// @notice Local token (home ERC-20 or wrapped) to its assetId.
    mapping(address => bytes32) public assetOf;
    mapping(uint64 => ChainKind) public chainKind;
    /// @notice What a chain was last registered as (EVM or Bitcoin), kept
    /// when it is removed as a destination: transfers from it still complete,
    /// and mints and unlocks check their source reference against it.
    mapping(uint64 => ChainKind) public sourceKind;
    /// @dev Replay bitmap: keccak256(abi.encode(srcChain, srcRef, srcIndex >> 8)) => 256 flags.
    mapping(bytes32 => uint256) internal _processed;
    /// @notice Whether locks and burns of an asset may go to a chain: the
    /// quorum enables a route where the asset has a representation.
    mapping(bytes32 assetId => mapping(uint64 dstChain => bool)) public routes;
    /// @dev Refund bitmap: lock or burn nonce >> 8 => 256 flags, bit
    /// nonce & 255 set when that nonce is refunded.
    mapping(uint64 => uint256) internal _refunded;
    /// @notice Payouts that failed, owed to their recipient (token zero: the
    /// native coin) until `claim`.
    mapping(address token => mapping(address recipient => uint256)) public claimable;
    /// @notice The sum of `claimable` per token: the bridge holds at least
    /// `locked` of each home asset plus this.
    mapping(address token => uint256) public totalClaimable;

    // ------------------------------------------------------------------
    // Internals: signatures

    /// @dev The EIP-712 domain separator of the bridge (address(this) in a
    /// delegate call too).
    function _domainSeparator() internal view virtual returns (bytes32);

    function _buildDomainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    function _hashTyped(bytes32 structHash) internal view returns (bytes32 digest) {
        bytes32 ds = _domainSeparator();
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, hex"1901")
            mstore(add(p, 0x02), ds)
            mstore(add(p, 0x22), structHash)
            digest := keccak256(p, 0x42)
        }
    }

    /// @dev A quorum admin message: signed for the current epoch (a rotation
    /// retires every admin signature of the old one, as it does transfers')
    /// and carrying the next admin nonce.
    function _admin(uint64 epoch, bytes32 structHash, uint64 nonce, bytes calldata sigs) internal {
        Config memory c = _config;
        if (epoch != c.epoch) revert WrongEpoch(epoch, c.epoch);
        if (nonce != c.adminNonce) revert WrongNonce(nonce, c.adminNonce);
        _verify(_hashTyped(structHash), sigs, c);
        _config.adminNonce = nonce + 1;
    }

    /// @dev `sigs` is k concatenated 65-byte (r, s, v) signatures, v = 27|28,
    /// low s, by distinct current signers sorted by address ascending; k >= threshold.
    function _verify(bytes32 digest, bytes calldata sigs, Config memory c) internal view {
        uint256 k = sigs.length / 65;
        if (sigs.length != k * 65) revert MalformedSignatures(sigs.length);
        if (k < c.threshold) revert BelowThreshold(k, c.threshold);
        address prev;
        for (uint256 i; i < k; ++i) {
            address signer = _recover(digest, sigs, i);
            if (signer <= prev) {
                if (signer == prev) revert DuplicateSigner(signer);
                revert SignersNotSorted(i);
            }
            if (signerEpoch[signer] != c.epoch) revert NotSigner(signer);
            prev = signer;
        }
    }

    function _recover(bytes32 digest, bytes calldata sigs, uint256 i) internal pure returns (address signer) {
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            let p := add(sigs.offset, mul(i, 65))
            r := calldataload(p)
            s := calldataload(add(p, 0x20))
            v := byte(0, calldataload(add(p, 0x40)))
        }
        if (v < 27) v += 27; // accept v in {0, 1} as go-ethereum produces, and {27, 28}
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) revert InvalidSignature(i);
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature(i);
    }

    // ------------------------------------------------------------------
    // Internals: configuration

    function _setSigners(address[] memory s, uint8 threshold_, uint64 oldEpoch) internal {
        uint256 n = s.length;
        if (n == 0 || n > MAX_SIGNER_COUNT || threshold_ == 0 || threshold_ > n || uint256(threshold_) * 2 <= n) {
            revert InvalidSignerSet();
        }
        uint64 epoch = oldEpoch + 1;
        address prev;
        for (uint256 i; i < n; ++i) {
            if (s[i] <= prev) revert InvalidSignerSet(); // zero, duplicate or unsorted
            signerEpoch[s[i]] = epoch;
            prev = s[i];
        }
        _signers = s;
        Config memory c = _config;
        c.epoch = epoch;
        c.threshold = threshold_;
        c.signerCount = uint8(n);
        _config = c;
        emit SignersRotated(epoch, s, threshold_);
    }

    function _setChain(uint64 chainId, ChainKind kind) internal {
        if (chainId == 0 || chainId == block.chainid) revert InvalidChain(chainId);
        chainKind[chainId] = kind;
        if (kind != ChainKind.None) sourceKind[chainId] = kind;
        emit ChainSet(chainId, kind);
    }

    // ------------------------------------------------------------------
    // Internals: the window limit

    /// @dev The window limit: at most `capacity` released in any `window`
    /// seconds. Any `window` seconds lie within the current period and the
    /// three before it (3 periods of ceil(window / 3) seconds cover a window),
    /// so counting what those four released bounds every window as the limit
    /// says; an amount stops counting when the fourth period after its own
    /// begins: more than `window` and at most 4 * ceil(window / 3) seconds
    /// after it left.
    /// Returns `o` moved on to the current period, and what may leave now.
    function _window(uint256 capacity, uint256 o) internal view returns (uint256 aged, uint256 available) {
        unchecked {
            // No overflow: capacity < 2^128, older < 2^54, and block.timestamp
            // never goes back (period >= the stored one).
            uint256 window = uint32(o >> 168);
            uint256 period = block.timestamp / _span(window);
            uint256 current = uint128(o);
            uint256 older = o >> 200;
            uint256 unit = (capacity + OUTFLOW_UNITS - 1) / OUTFLOW_UNITS; // >= 1; capacity / unit <= OUTFLOW_UNITS
            uint256 d = period - uint40(o >> 128);
            if (d != 0) {
                // The current period becomes older slot d - 1 (rounded up to a
                // unit); older slots move d places; slots past the third expire.
                older = d > 3 ? 0 : ((older << (18 * d)) | (((current + unit - 1) / unit) << (18 * (d - 1)))) & OLDER_MASK;
                current = 0;
                o = period << 128 | window << 168 | older << 200;
            }
            aged = o;
            uint256 used = current + unit * ((older & OUTFLOW_UNITS) + ((older >> 18) & OUTFLOW_UNITS) + (older >> 36));
            if (used < capacity) available = capacity - used;
        }
    }

    /// @dev An outflow word with `current` released in the current period.
    function _outflow(uint256 current, uint32 window) internal view returns (uint256) {
        return current | (block.timestamp / _span(window)) << 128 | uint256(window) << 168;
    }

    /// @dev The length of one period of the window limit.
    function _span(uint256 window) internal pure returns (uint256) {
        return (window + 2) / 3;
    }
}
