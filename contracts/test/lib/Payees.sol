// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

// Recipients and tokens that make a payout fail, for the pull-payment tests
// (issue 15, M5): a contract that refuses ether, one that burns every unit of
// gas it is given, a USDC-style token with a blocklist, an ERC-777-style
// token that calls a hook on its recipient, and a token that returns false.

/// @dev Reverts on receiving ether; can claim for itself and accept it later.
contract RejectsEther {
    bool public accepts;

    function setAccepts(bool a) external {
        accepts = a;
    }

    receive() external payable {
        if (!accepts) revert("RejectsEther: no");
    }
}

/// @dev Burns all the gas it is given on receiving ether, unless told to
/// accept (then it spends `need` gas, more than a stipend, and takes it).
contract GasHungry {
    uint256 public need;
    uint256 private sink;

    function setNeed(uint256 n) external {
        need = n;
    }

    receive() external payable {
        uint256 stop = need;
        uint256 start = gasleft();
        while (stop == 0 || start - gasleft() < stop) {
            sink = sink + 1; // storage writes: gas, fast
        }
    }
}

/// @dev A mintable ERC-20 whose owner can blocklist addresses: a blocklisted
/// address can neither send nor receive (as USDC's `Blacklistable`).
contract BlocklistToken is ERC20 {
    mapping(address => bool) public blocked;

    constructor() ERC20("Blocklist USD", "bUSD") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address a, bool b) external {
        blocked[a] = b;
    }

    function _update(address from, address to, uint256 value) internal override {
        require(!blocked[from] && !blocked[to], "Blacklistable: account is blacklisted");
        super._update(from, to, value);
    }
}

/// @dev The receive hook an ERC-777-style token calls on a contract recipient.
interface ITokensRecipient {
    function tokensReceived(address from, address to, uint256 amount) external;
}

/// @dev A mintable ERC-20 that, like ERC-777's `tokensReceived`, calls the
/// hook a recipient registered (ERC-777 looks it up in ERC-1820) after every
/// transfer to it; a reverting or gas-hungry hook makes the transfer revert
/// or run out of gas.
contract HookToken is ERC20 {
    mapping(address => bool) public hooked;

    constructor() ERC20("Hook Token", "HOOK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @dev The caller's hook is called on every transfer to it.
    function register() external {
        hooked[msg.sender] = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && hooked[to]) ITokensRecipient(to).tokensReceived(from, to, value);
    }
}

/// @dev A recipient of HookToken whose hook reverts, burns gas, or accepts.
contract HookRecipient is ITokensRecipient {
    enum Mode {
        Revert,
        BurnGas,
        Accept
    }

    Mode public mode;
    uint256 private sink;

    constructor(HookToken token) {
        token.register();
    }

    function setMode(Mode m) external {
        mode = m;
    }

    function tokensReceived(address, address, uint256) external {
        if (mode == Mode.Revert) revert("HookRecipient: refused");
        if (mode == Mode.BurnGas) {
            while (true) sink = sink + 1;
        }
    }
}

/// @dev An ERC-20 whose transfer returns false (without reverting) to a
/// recipient it does not like.
contract FalseToken is ERC20 {
    mapping(address => bool) public refuses;

    constructor() ERC20("False Token", "FALSE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setRefuses(address a, bool r) external {
        refuses[a] = r;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (refuses[to]) return false;
        return super.transfer(to, value);
    }
}

/// @dev Reverts on receiving ether with `size` bytes of revert data (a
/// return-data bomb: the bridge must not copy it all).
contract RevertBomb {
    uint256 public size = 50_000;

    receive() external payable {
        uint256 n = size;
        assembly {
            revert(0, n)
        }
    }
}
