// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "./lib/Fixture.sol";
import {console} from "./lib/Test.sol";
import {Bridge} from "../src/Bridge.sol";
import {WrappedToken} from "../src/WrappedToken.sol";
import {RejectsEther} from "./lib/Payees.sol";

/// Gas of one transaction per test, for the budgets in docs/contracts.md.
///
///   forge test --match-path test/Gas.t.sol --gas-report -vv
///
/// --gas-report runs every top-level call as its own transaction (forge's
/// isolation mode), so storage starts cold and vm.lastCallGas() is the whole
/// transaction's gas, intrinsic 21,000 and calldata included. Without it
/// (plain `forge test`) calls share one transaction and the figures are lower
/// than real; the budgets are asserted in both modes, and exactly, on a real
/// EVM, by the Go test TestGasBudgets in contracts/bindings.
contract BridgeGasTest is Fixture {
    address existing = address(uint160(uint256(keccak256("existing holder"))));
    address holder = address(uint160(uint256(keccak256("holder"))));
    address fresh = address(uint160(uint256(keccak256("fresh holder"))));
    Bridge big; // 7 signers, threshold 4, for the marginal cost of a signer
    WrappedToken bigToken;
    bytes32 bigAsset;
    uint256[] bigKeys;

    function setUp() public override {
        super.setUp();
        doMint(xfer(wTokenAsset, existing, 1 ether, 0)); // bitmap word in use, existing holder
        doMint(xfer(wTokenAsset, holder, 100 ether, 1000));
        doMint(Bridge.Transfer(BTC, bytes32(uint256(0xb7c)), 0, btcAsset, holder, 1e8));
        lockTokens(100 ether);
        vm.deal(user, 10 ether);
        vm.prank(user);
        bridge.lockNative{value: 5 ether}(CHAIN_B, abi.encodePacked(user));
        token.mint(user, 10 ether);
        vm.prank(user);
        token.approve(address(bridge), type(uint256).max);

        uint256[] memory k = new uint256[](7);
        for (uint256 i; i < 7; ++i) k[i] = 0x7700 + i;
        bigKeys = sortByAddress(k);
        big = deploy(bigKeys, 4);
        Bridge.AssetDef memory d = _def(CHAIN_B, abi.encodePacked(remoteToken), "B", "B", 18);
        big.defineAsset(1, d, 0, signAll(typed(domainOf(address(big), block.chainid), defineHash(1, d, 0)), take(bigKeys, 4)));
        bigAsset = keccak256(abi.encode(CHAIN_B, abi.encodePacked(remoteToken)));
        bigToken = WrappedToken(big.wrappedTokenOf(bigAsset));
        Bridge.Transfer memory t = xfer(bigAsset, existing, 1, 0);
        big.mint(1, FAR, t, signAll(typed(domainOf(address(big), block.chainid), singleHash("Mint", 1, t)), take(bigKeys, 4)));
    }

    function used() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }

    function test_gas_mint_newHolder() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, fresh, 1 ether, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        bridge.mint(1, FAR, t, sigs);
        uint256 g = used();
        console.log("mint 2-of-3, new holder", g);
        assertLe(g, 100_000, "mint to a new holder");
    }

    function test_gas_mint_existingHolder() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, existing, 1 ether, 1);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        bridge.mint(1, FAR, t, sigs);
        uint256 g = used();
        console.log("mint 2-of-3, existing holder", g);
        assertLe(g, 85_000, "mint to an existing holder");
    }

    function test_gas_mint_newHolder_freshBitmapWord() public {
        Bridge.Transfer memory t = xfer(wTokenAsset, fresh, 1 ether, 256);
        bytes memory sigs = mintSigs(t, take(keys, 2));
        bridge.mint(1, FAR, t, sigs);
        console.log("mint 2-of-3, new holder, first in its bitmap word", used());
    }

    function test_gas_mintBatch50_newHolders() public {
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](50);
        for (uint256 i; i < 50; ++i) {
            // realistic 20-byte recipients (calldata cost depends on nonzero bytes)
            ts[i] = xfer(wTokenAsset, address(uint160(uint256(keccak256(abi.encode(i))))), 1 ether, uint64(1 + i));
        }
        bytes memory sigs =
            signAll(typed(domainOf(address(bridge), block.chainid), batchHash("MintBatch", 1, ts)), take(keys, 2));
        bridge.mintBatch(1, FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
        uint256 g = used();
        console.log("mintBatch of 50 new holders, total", g);
        console.log("mintBatch of 50 new holders, per transfer", g / 50);
        assertLe(g / 50, 35_000, "batch mint per transfer");
    }

    function mintBatchGas(uint256 n) internal returns (uint256) {
        Bridge.Transfer[] memory ts = new Bridge.Transfer[](n);
        for (uint256 i; i < n; ++i) {
            ts[i] = xfer(wTokenAsset, address(uint160(uint256(keccak256(abi.encode(i))))), 1 ether, uint64(1 + i));
        }
        bytes memory sigs =
            signAll(typed(domainOf(address(bridge), block.chainid), batchHash("MintBatch", 1, ts)), take(keys, 2));
        bridge.mintBatch(1, FAR, ts[0].srcChain, ts[0].assetId, items(ts), sigs);
        return used();
    }

    /// The batch sizes the relay sends (its batch.maxSize is 64).
    function test_gas_mintBatch16_newHolders() public {
        uint256 g = mintBatchGas(16);
        console.log("mintBatch of 16 new holders, total", g);
        console.log("mintBatch of 16 new holders, per transfer", g / 16);
    }

    function test_gas_mintBatch64_newHolders() public {
        uint256 g = mintBatchGas(64);
        console.log("mintBatch of 64 new holders, total", g);
        console.log("mintBatch of 64 new holders, per transfer", g / 64);
        assertLe(g / 64, 35_000, "batch mint per transfer");
    }

    function test_gas_lock_erc20() public {
        vm.prank(user);
        bridge.lock(address(token), 1 ether, CHAIN_B, abi.encodePacked(user));
        console.log("lock ERC-20", used());
    }

    function test_gas_lockNative() public {
        vm.prank(user);
        bridge.lockNative{value: 1 ether}(CHAIN_B, abi.encodePacked(user));
        console.log("lockNative", used());
    }

    function test_gas_burn() public {
        vm.prank(holder);
        bridge.burn(address(wToken), 1 ether, CHAIN_B, abi.encodePacked(holder));
        console.log("burn (to EVM)", used());
    }

    function test_gas_burn_toBitcoin() public {
        vm.prank(holder);
        bridge.burn(address(wBTC), 1e6, BTC, hex"0014000102030405060708090a0b0c0d0e0f10111213");
        console.log("burn (to Bitcoin, P2WPKH)", used());
    }

    function test_gas_unlock_erc20() public {
        Bridge.Transfer memory t = xfer(tokenAsset, fresh, 1 ether, 1);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        bridge.unlock(1, t, sigs);
        console.log("unlock ERC-20 2-of-3, new holder", used());
    }

    function test_gas_unlock_native() public {
        Bridge.Transfer memory t = xfer(nativeAsset, fresh, 1 ether, 1);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        bridge.unlock(1, t, sigs);
        console.log("unlock native 2-of-3, empty account", used());
    }

    /// The payout fails: the amount becomes claimable (two new storage
    /// words and a PaymentDeferred event instead of the transfer).
    function test_gas_unlock_native_deferred() public {
        address r = address(new RejectsEther());
        Bridge.Transfer memory t = xfer(nativeAsset, r, 1 ether, 1);
        bytes memory sigs = unlockSigs(t, take(keys, 2));
        bridge.unlock(1, t, sigs);
        console.log("unlock native 2-of-3, refused: claimable", used());
    }

    function refundGas(uint64 nonce, bytes32 asset, uint256 amount) internal returns (uint256) {
        bytes memory sigs =
            signAll(typed(domainOf(address(bridge), block.chainid), refundHash(1, nonce, asset, user, amount)), take(keys, 2));
        bridge.refund(1, nonce, asset, user, amount, sigs);
        return used();
    }

    /// Refund of the ERC-20 lock made in setUp (nonce 0), to its sender,
    /// while another lock of the token stays (the bridge's balance and
    /// `locked` do not drop to zero, so no storage refund): the first refund
    /// of its 256 nonces, so it creates the bitmap word.
    function test_gas_refund_lock() public {
        lockTokens(1 ether);
        console.log("refund of an ERC-20 lock 2-of-3, first in its bitmap word", refundGas(0, tokenAsset, 100 ether));
    }

    /// The same refund after the native lock of setUp (nonce 1) was
    /// refunded: the bitmap word is in use.
    function test_gas_refund_lock_wordInUse() public {
        lockTokens(1 ether);
        refundGas(1, nativeAsset, 5 ether);
        console.log("refund of an ERC-20 lock 2-of-3, bitmap word in use", refundGas(0, tokenAsset, 100 ether));
    }

    function test_gas_marginalSigner() public {
        uint256[4] memory g;
        for (uint256 k = 4; k <= 7; ++k) {
            Bridge.Transfer memory t = xfer(bigAsset, existing, 1, uint64(k));
            bytes memory sigs =
                signAll(typed(domainOf(address(big), block.chainid), singleHash("Mint", 1, t)), take(bigKeys, k));
            big.mint(1, FAR, t, sigs);
            g[k - 4] = used();
            console.log("mint with k signatures (7 signers, t=4), k =", k);
            console.log("  gas", g[k - 4]);
        }
        // Only meaningful with --gas-report (isolated, cold storage each call).
        if (g[3] > g[0]) console.log("marginal gas per extra signer", (g[3] - g[0]) / 3);
    }
}
