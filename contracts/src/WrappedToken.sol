// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title WrappedToken
/// @notice The representation of a Kakehashi asset on a chain that is not its
/// home. A plain OpenZeppelin ERC-20 whose supply only its bridge can change:
/// the bridge mints when a quorum of signers authorises a transfer in, and
/// burns a holder's tokens when that holder calls `Bridge.burn`.
/// @dev Deployed by the bridge with CREATE2 (salt = assetId). Not upgradeable.
contract WrappedToken is ERC20 {
    /// @notice The caller is not this token's bridge.
    error NotBridge(address caller);

    /// @notice The bridge that deployed this token; the only minter and burner.
    address public immutable bridge;
    /// @notice keccak256(abi.encode(uint64 homeChain, bytes homeAsset)).
    bytes32 public immutable assetId;
    uint8 private immutable _decimals;

    constructor(string memory name_, string memory symbol_, uint8 decimals_, bytes32 assetId_)
        ERC20(name_, symbol_)
    {
        bridge = msg.sender;
        assetId = assetId_;
        _decimals = decimals_;
    }

    modifier onlyBridge() {
        if (msg.sender != bridge) revert NotBridge(msg.sender);
        _;
    }

    /// @notice Same decimals as the home asset.
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mint `amount` to `to`. Bridge only.
    function mint(address to, uint256 amount) external onlyBridge {
        _mint(to, amount);
    }

    /// @notice Burn `amount` of `from`'s tokens. Bridge only; the bridge burns
    /// only the tokens of the account that called `Bridge.burn`.
    function burn(address from, uint256 amount) external onlyBridge {
        _burn(from, amount);
    }
}
