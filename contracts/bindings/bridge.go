// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// BridgeAssetDef is an auto generated low-level Go binding around an user-defined struct.
type BridgeAssetDef struct {
	HomeChain      uint64
	HomeAsset      []byte
	Name           string
	Symbol         string
	Decimals       uint8
	MinPerTransfer *big.Int
	MaxPerTransfer *big.Int
	Capacity       *big.Int
	Window         uint32
}

// BridgeItem is an auto generated low-level Go binding around an user-defined struct.
type BridgeItem struct {
	SrcRef    [32]byte
	SrcIndex  uint64
	Recipient common.Address
	Amount    *big.Int
}

// BridgeTransfer is an auto generated low-level Go binding around an user-defined struct.
type BridgeTransfer struct {
	SrcChain  uint64
	SrcRef    [32]byte
	SrcIndex  uint64
	AssetId   [32]byte
	Recipient common.Address
	Amount    *big.Int
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evmChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"bitcoinChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"NATIVE_PAYOUT_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TOKEN_PAYOUT_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERSION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetInfo\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.AssetKind\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"wrappedToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"chainKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nextNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"adminNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pauseNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defineAsset\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structBridge.AssetDef\",\"components\":[{\"name\":\"homeChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isProcessed\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRefunded\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStandardScript\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockNative\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mintBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nativeAssetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseBySignature\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"refund\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateSigners\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"routes\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setChain\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLimits\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRoutes\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"enabled\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerEpoch\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sourceKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferIdOf\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wrappedTokenOf\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridgeBase.AssetKind\"},{\"name\":\"homeChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Burned\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainSet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridgeBase.ChainKind\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LimitsSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Minted\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentDeferred\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RouteSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"enabled\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignersRotated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyProcessed\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRefunded\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AmountAboveLimit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AmountBelowMinimum\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BridgePaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ClaimFailed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"DeadlineExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEVMRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidHomeAsset\",\"inputs\":[{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidLimits\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MalformedSignatures\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NativeAssetNotDefined\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonCanonicalSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotHomeToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotWrappedToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateLimited\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RefundMismatch\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ReservedRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TokenInUse\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnspendableBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDestination\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongAssetKind\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.AssetKind\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongNonce\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRecipient\",\"inputs\":[]}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516185c13803806185c183398101604081905261002f91610874565b466080526100da604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05260408051602080820183525f825291516100fa924692910161097f565b60408051601f1981840301815290829052805160209091012060e05261011f906106f7565b604051809103905ff080158015610138573d5f5f3e3d5ffd5b506001600160a01b031660c05261015084845f6101d5565b5f5b825181101561018d57610185838281518110610170576101706109c3565b602002602001015160016105dc60201b60201c565b600101610152565b505f5b81518110156101cb576101c38282815181106101ae576101ae6109c3565b602002602001015160026105dc60201b60201c565b600101610190565b5050505050610aba565b82518015806101e45750604081115b806101f0575060ff8316155b806101fd5750808360ff16115b8061021557508061021260ff851660026109eb565b11155b15610233576040516335d73a6760e11b815260040160405180910390fd5b5f61023f836001610a08565b90505f5f5b8381101561031e57816001600160a01b0316878281518110610268576102686109c3565b60200260200101516001600160a01b031611610297576040516335d73a6760e11b815260040160405180910390fd5b8260015f8984815181106102ad576102ad6109c3565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110610309576103096109c3565b60200260200101519150806001019050610244565b508551610332906002906020890190610704565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a88886040516105cb929190610a27565b60405180910390a250505050505050565b6001600160401b03821615806105fa575046826001600160401b0316145b15610627576040516335e7cba960e21b81526001600160401b038316600482015260240160405180910390fd5b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561065b5761065b610a80565b02179055505f81600281111561067357610673610a80565b146106b2576001600160401b0382165f908152600660205260409020805482919060ff191660018360028111156106ac576106ac610a80565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b826040516106eb9190610a94565b60405180910390a25050565b61395280614c6f83390190565b828054828255905f5260205f20908101928215610757579160200282015b8281111561075757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610722565b50610763929150610767565b5090565b5b80821115610763575f8155600101610768565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156107b7576107b761077b565b604052919050565b5f6001600160401b038211156107d7576107d761077b565b5060051b60200190565b805160ff811681146107f1575f5ffd5b919050565b5f82601f830112610805575f5ffd5b8151610818610813826107bf565b61078f565b8082825260208201915060208360051b860101925085831115610839575f5ffd5b602085015b8381101561086a5780516001600160401b038116811461085c575f5ffd5b83526020928301920161083e565b5095945050505050565b5f5f5f5f60808587031215610887575f5ffd5b84516001600160401b0381111561089c575f5ffd5b8501601f810187136108ac575f5ffd5b80516108ba610813826107bf565b8082825260208201915060208360051b8501019250898311156108db575f5ffd5b6020840193505b828410156109115783516001600160a01b0381168114610900575f5ffd5b8252602093840193909101906108e2565b965061092392505050602086016107e1565b60408601519093506001600160401b0381111561093e575f5ffd5b61094a878288016107f6565b606087015190935090506001600160401b03811115610967575f5ffd5b610973878288016107f6565b91505092959194509250565b60018060401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610a0257610a026109d7565b92915050565b6001600160401b038181168382160190811115610a0257610a026109d7565b604080825283519082018190525f9060208501906060840190835b81811015610a695783516001600160a01b0316835260209384019390920191600101610a42565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310610ab457634e487b7160e01b5f52602160045260245ffd5b91905290565b60805160a05160c05160e05161417b610af45f395f818161068c01526116b101525f61252301525f6130dd01525f61300e015261417b5ff3fe608060405260043610610228575f3560e01c80638456cb5911610129578063c5fafb01116100a8578063e619af5a1161006d578063e619af5a14610846578063e7ddb25614610865578063ee09956e14610884578063f698da25146108a3578063ffa1ad74146108b7575f5ffd5b8063c5fafb0114610768578063c8a72e831461079b578063d4570c1c146107ba578063d512a0d9146107f0578063de2eeb9f14610827575f5ffd5b8063ad5bf08b116100ee578063ad5bf08b146106e7578063bf0ad46214610706578063bf4af18e14610720578063bfb8dd2b1461073f578063c1033d2914610755575f5ffd5b80638456cb5914610629578063864be8501461063d5780638d11d6c51461065c578063aafcde841461067b578063ac6d0780146106ae575f5ffd5b806346f0975a116101b5578063677c2b201161017a578063677c2b201461047157806371f9621114610490578063786df3e4146104bb57806379502c55146104da5780637a07f45a146105c9575f5ffd5b806346f0975a146103da57806347a37a6e146103fb57806359ecd6571461041a578063669a53a21461042e578063674ef3771461045c575f5ffd5b806321c0b342116101fb57806321c0b342146102f657806325d28ae81461031557806328b9c4ec146103345780633bee70d71461038057806342ba39c21461039f575f5ffd5b80630239e8601461022c578063024057091461024d5780631295bf53146102815780631dfce5c6146102bd575b5f5ffd5b348015610237575f5ffd5b5061024b610246366004613528565b6108f0565b005b348015610258575f5ffd5b5061026c6102673660046135cf565b610b22565b60405190151581526020015b60405180910390f35b34801561028c575f5ffd5b506102a061029b3660046135e8565b610b62565b604080519283526001600160a01b03909116602083015201610278565b3480156102c8575f5ffd5b506102e86102d736600461368c565b600b6020525f908152604090205481565b604051908152602001610278565b348015610301575f5ffd5b506102e86103103660046136a5565b610b76565b348015610320575f5ffd5b506102e861032f3660046136d6565b610cda565b34801561033f575f5ffd5b5061036861034e36600461368c565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610278565b34801561038b575f5ffd5b5061024b61039a36600461374f565b610e5e565b3480156103aa575f5ffd5b506103cd6103b93660046135cf565b60056020525f908152604090205460ff1681565b60405161027891906137bf565b3480156103e5575f5ffd5b506103ee610e6c565b60405161027891906137d9565b348015610406575f5ffd5b5061026c610415366004613824565b610ecc565b348015610425575f5ffd5b506102e8604081565b348015610439575f5ffd5b506103cd6104483660046135cf565b60066020525f908152604090205460ff1681565b348015610467575f5ffd5b506102e861753081565b34801561047c575f5ffd5b506102e861048b36600461385d565b610f37565b34801561049b575f5ffd5b506102e86104aa36600461368c565b60046020525f908152604090205481565b3480156104c6575f5ffd5b5061024b6104d5366004613908565b6111fe565b3480156104e5575f5ffd5b506105796040805160e0810182525f5460ff80821615158084526101008304821660208501819052620100008404909216948401859052630100000083046001600160401b0390811660608601819052600160581b8504821660808701819052600160981b860490921660a08701819052600160d81b90950463ffffffff1660c09096018690529692959491939092909190565b604080516001600160401b03988916815260ff9788166020820152959096169585019590955291151560608401528416608083015290921660a083015263ffffffff1660c082015260e001610278565b3480156105d4575f5ffd5b506102e86105e3366004613824565b604080516001600160401b03808616602083015291810184905290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b348015610634575f5ffd5b5061024b611211565b348015610648575f5ffd5b5061024b6106573660046139b4565b61121b565b348015610667575f5ffd5b506102e8610676366004613a01565b61122b565b348015610686575f5ffd5b506102e87f000000000000000000000000000000000000000000000000000000000000000081565b3480156106b9575f5ffd5b5061026c6106c8366004613a33565b600860209081525f928352604080842090915290825290205460ff1681565b3480156106f2575f5ffd5b5061026c610701366004613a54565b611388565b348015610711575f5ffd5b5061024b61039a366004613a92565b34801561072b575f5ffd5b506102e861073a366004613ad2565b61164a565b34801561074a575f5ffd5b506102e862030d4081565b6102e8610763366004613b28565b6116a6565b348015610773575f5ffd5b50610787610782366004613b76565b6117ab565b604051610278989796959493929190613ba1565b3480156107a6575f5ffd5b5061024b6107b5366004613c40565b611873565b3480156107c5575f5ffd5b506102e86107d43660046136a5565b600a60209081525f928352604080842090915290825290205481565b3480156107fb575f5ffd5b5061080f61080a366004613b76565b611885565b6040516001600160a01b039091168152602001610278565b348015610832575f5ffd5b506102e8610841366004613ccd565b6118cd565b348015610851575f5ffd5b506102e8610860366004613a01565b611a4d565b348015610870575f5ffd5b5061024b61087f366004613d13565b611c82565b34801561088f575f5ffd5b5061024b61089e366004613d8b565b611e3c565b3480156108ae575f5ffd5b506102e8611e44565b3480156108c2575f5ffd5b506108e3604051806040016040528060018152602001603360f81b81525081565b6040516102789190613e3f565b5f6108fa89611e52565b905061090588611f73565b6109986109907fa3d52354fdb9ea56817316e397309f8bf3746af1813e5b4e49d29adfb0f0f03e8b8b8b8b61093a8c8c611fb1565b6040805160208101979097526001600160401b039586169087015292841660608601529216608084015260a083019190915260c082015260e0015b6040516020818303038152906040528051906020012061203f565b84848461206d565b5f8681526003602052604090206109b1818860016121cb565b5080546001600160a01b03166109d3826109cd818c8b8b61229d565b5f612464565b5f5b86811015610b1457368888838181106109f0576109f0613e51565b608002919091019150506001600160a01b0383166340c10f19610a19606084016040850161368c565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152606084013560248201526044015f604051808303815f87803b158015610a61575f5ffd5b505af1158015610a73573d5f5f3e3d5ffd5b50610a8892505050606082016040830161368c565b6001600160a01b03168a610ad46001600160401b038e168435610ab160408701602088016135cf565b6001600160401b0316604080519384526020840192909252908201526060902090565b604051606085013581527fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73549060200160405180910390a4506001016109d5565b505050505050505050505050565b5f80546001600160401b03600160581b9091048116908316108015610b5c57506001600160401b0382165f90815260096020526040902054155b92915050565b5f5f610b6c612521565b9550959350505050565b5f610b7f612560565b5f5460ff1615610ba25760405163a792dfa360e01b815260040160405180910390fd5b506001600160a01b038083165f908152600a6020908152604080832093851683529290529081205490819003610c0357604051631f03a3b160e31b81526001600160a01b038085166004830152831660248201526044015b60405180910390fd5b6001600160a01b038084165f818152600a602090815260408083209487168352938152838220829055918152600b9091529081208054839290610c47908490613e79565b909155505f905080610c5b8585855a6125cd565b9150915081610c8357848482604051631cea682b60e31b8152600401610bfa93929190613e8c565b836001600160a01b0316856001600160a01b03167ff7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd399268385604051610cc891815260200190565b60405180910390a35050610b5c612672565b6040805160e0810182525f805460ff808216151584526101008204811660208501526201000082041693830193909352630100000083046001600160401b0390811660608401819052600160581b850482166080850152600160981b8504821660a0850152600160d81b90940463ffffffff1660c0840152909290891614610d8e576060810151604051630ae4993b60e21b81526001600160401b03808b1660048301529091166024820152604401610bfa565b604080517faed5e3fc884571d53ae51f169f91a6f67b6580c130d5961907b884705ed05f3e60208201526001600160401b03808b169282019290925281891660608201526080810188905290861660a0820152610df990610df19060c001610975565b85858461206d565b610e0487878761269c565b604080516001600160401b038a81168252602082018a9052881681830152905191935083917fbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed209181900360600190a2509695505050505050565b610e66612521565b50505050565b60606002805480602002602001604051908101604052809291908181526020018280548015610ec257602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610ea4575b5050505050905090565b604080516001600160401b038516602080830191909152818301859052600884901c66ffffffffffffff1660608084019190915283518084039091018152608090920183528151918101919091205f90815260079091522054600160ff83161b1615155b9392505050565b5f610f40612560565b5f610f4a89611e52565b9050610fa1610df17fa5d574e9769bf53d290ea41f7e625bf0c6e44c0bd3c0b0cec6dbfca7ac23124a8b8b604051602001610975939291909283526001600160401b03918216602084015216604082015260600190565b6001600160401b0388165f908152600960209081526040918290205482519182018a90526001600160a01b038916928201929092526060810187905260800160405160208183030381529060405280519060200120811461106c578015801561101f575081608001516001600160401b0316896001600160401b0316105b1561104857604051630c835d0b60e31b81526001600160401b038a166004820152602401610bfa565b604051634341194b60e01b81526001600160401b038a166004820152602401610bfa565b6001600160401b0389165f818152600960205260408120556110a69046903090604080519384526020840192909252908201526060902090565b5f8981526003602052604081209194506110c39082908990612464565b60038154600160a01b900460ff1660038111156110e2576110e26137ab565b0361114c5780546040516340c10f1960e01b81526001600160a01b038a81166004830152602482018a9052909116906340c10f19906044015f604051808303815f87803b158015611131575f5ffd5b505af1158015611143573d5f5f3e3d5ffd5b50505050611198565b611157818a8961274e565b6111988460028354600160a01b900460ff16600381111561117a5761117a6137ab565b1461118f5782546001600160a01b0316611191565b5f5b8a8a612792565b604080518881526001600160401b038c1660208201526001600160a01b038a16918b9187917fe4f3479648ec33c1e4efb0d84675a5c9ffab296680758e1738def830e78257c8910160405180910390a45050506111f3612672565b979650505050505050565b611206612521565b505050505050505050565b611219612521565b565b611223612521565b505050505050565b5f611234612560565b6001600160a01b0386165f908152600460209081526040808320548084526003928390529220908154600160a01b900460ff166003811115611278576112786137ab565b141580611283575081155b156112ab5760405162badf1960e61b81526001600160a01b0389166004820152602401610bfa565b5f6112ba82848a8a8a8a6128ca565b604051632770a7eb60e21b8152336004820152602481018a90529091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b158015611302575f5ffd5b505af1158015611314573d5f5f3e3d5ffd5b5050505061132381848a612c66565b9350336001600160a01b031683857fbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d158b8b8b8b886080015160405161136c959493929190613ee4565b60405180910390a450505061137f612672565b95945050505050565b5f8160168190036113f35783835f8181106113a5576113a5613e51565b909101356001600160f81b03191615905080156113eb5750838360018181106113d0576113d0613e51565b9050013560f81c60f81b6001600160f81b031916601460f81b145b915050610b5c565b8060220361148d5783835f81811061140d5761140d613e51565b909101356001600160f81b03191615905080611451575083835f81811061143657611436613e51565b9050013560f81c60f81b6001600160f81b031916605160f81b145b80156113eb57508383600181811061146b5761146b613e51565b9050013560f81c60f81b6001600160f81b031916602060f81b14915050610b5c565b8060190361159c5783835f8181106114a7576114a7613e51565b9050013560f81c60f81b6001600160f81b031916607660f81b1480156114f65750838360018181106114db576114db613e51565b9050013560f81c60f81b6001600160f81b03191660a960f81b145b801561152b57508383600281811061151057611510613e51565b9050013560f81c60f81b6001600160f81b031916601460f81b145b801561156057508383601781811061154557611545613e51565b9050013560f81c60f81b6001600160f81b031916608860f81b145b80156113eb57508383601881811061157a5761157a613e51565b9050013560f81c60f81b6001600160f81b03191660ac60f81b14915050610b5c565b806017036116415783835f8181106115b6576115b6613e51565b9050013560f81c60f81b6001600160f81b03191660a960f81b1480156116055750838360018181106115ea576115ea613e51565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156113eb57508383601681811061161f5761161f613e51565b9050013560f81c60f81b6001600160f81b031916608760f81b14915050610b5c565b505f9392505050565b5f5f61165587611e52565b905061166086611f73565b61169d610df17f0d6ac1f892be3fa22131d1d18a3d63429707a4f780f54a2db55d919f8d25c2f28989896040516020016109759493929190613f8e565b6111f385612d0a565b5f6116af612560565b7f00000000000000000000000000000000000000000000000000000000000000005f81815260036020526040902060028154600160a01b900460ff1660038111156116fc576116fc6137ab565b1461171a57604051637688fa6160e01b815260040160405180910390fd5b5f6117298284348a8a8a6128ca565b905034826003015f82825461173e9190613fba565b9091555061174f9050818434612c66565b9350336001600160a01b031683857f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab348b8b8b8860800151604051611798959493929190613ee4565b60405180910390a4505050610f30612672565b5f818152600360209081526040808320815180830190925260018101546001600160801b038082168452600160801b909104169282019290925260028201548392839283928392839283928392919083811561181e5761181883602001516001600160801b031683612e60565b90925090505b835483516020909401516003909501546001600160a01b0382169f600160a01b830460ff169f50600160a81b9092046affffffffffffffffffffff169d50939b5093995060a89190911c975095509350915050565b61187b612521565b5050505050505050565b5f8181526003602081905260408220908154600160a01b900460ff1660038111156118b2576118b26137ab565b146118bd575f610f30565b546001600160a01b031692915050565b5f6118d6612560565b5f6118e086611e52565b905061191d610df17fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a888860405160200161097593929190613fcd565b61194761192d60208701876135cf565b60208701356119426060890160408a016135cf565b61269c565b915061196661195c60a087016080880161368c565b8660a00135612f48565b60608501355f81815260036020526040812091611985908390836121cb565b90506119968260a089013580612464565b6119a98288606001358960a0013561274e565b6119de84826119c25783546001600160a01b03166119c4565b5f5b6119d460a08b0160808c0161368c565b8a60a00135612792565b6119ee60a088016080890161368c565b6001600160a01b03168760600135857f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18a60a00135604051611a3291815260200190565b60405180910390a4505050611a45612672565b949350505050565b5f611a56612560565b6001600160a01b0386165f90815260046020908152604080832054808452600390925290912060018154600160a01b900460ff166003811115611a9b57611a9b6137ab565b141580611aa6575081155b15611acf5760405163363dfcd560e21b81526001600160a01b0389166004820152602401610bfa565b5f611ade82848a8a8a8a6128ca565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038b16906370a0823190602401602060405180830381865afa158015611b25573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b499190613ff1565b9050611b606001600160a01b038b1633308c612f9c565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038d16906370a0823190602401602060405180830381865afa158015611ba6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bca9190613ff1565b611bd49190613e79565b9050898114611c0057604051632daa6d9560e21b8152600481018b905260248101829052604401610bfa565b89846003015f828254611c139190613fba565b90915550611c24905083868c612c66565b9550336001600160a01b031685877f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab8d8d8d8d8a60800151604051611c6d959493929190613ee4565b60405180910390a4505050505061137f612672565b611c8a612560565b5f611c9488611e52565b9050611d006109907fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a6369978a8a8a611cca8b8b611fb1565b6040805160208101969096526001600160401b0394851690860152929091166060840152608083015260a082015260c001610975565b5f86815260036020526040812090611d198289836121cb565b90505f611d28838b8a8a61229d565b9050611d3583825f612464565b611d40838a8361274e565b5f82611d565783546001600160a01b0316611d58565b5f5b90505f5b88811015611e2557368a8a83818110611d7757611d77613e51565b6080029190910191505f9050611da26001600160401b038f168335610ab160408601602087016135cf565b9050611dc38185611db9606086016040870161368c565b8560600135612792565b611dd3606083016040840161368c565b6001600160a01b03168d827f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18560600135604051611e1391815260200190565b60405180910390a45050600101611d5c565b505050505050611e33612672565b50505050505050565b611e33612521565b5f611e4d61300b565b905090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c082015290611f1f5760405163a792dfa360e01b815260040160405180910390fd5b80606001516001600160401b0316826001600160401b031614611f6e576060810151604051630ae4993b60e21b81526001600160401b0380851660048301529091166024820152604401610bfa565b919050565b806001600160401b0316421115611fae5760405163794534db60e01b81526001600160401b0382166004820152426024820152604401610bfa565b50565b5f81808203611fd35760405163c2e5347d60e01b815260040160405180910390fd5b5f7f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501690506040516020830281018281525f5b8481101561202c5760808082028901602084013760a0822060208202840152600101612005565b5050602083028120935050505092915050565b5f5f61204961300b565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f61207960418461401c565b905061208681604161403b565b83146120a857604051632208c62960e01b815260048101849052602401610bfa565b816020015160ff168110156120e25760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610bfa565b5f5f5b82811015611e33575f6120fa888888856130ff565b9050826001600160a01b0316816001600160a01b03161161216e57826001600160a01b0316816001600160a01b03160361215257604051637010e27960e11b81526001600160a01b0382166004820152602401610bfa565b6040516302a3e21f60e31b815260048101839052602401610bfa565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b039081169116146121c157604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610bfa565b91506001016120e5565b82545f90600160a01b900460ff16826122145760018160038111156121f2576121f26137ab565b148061220f5750600281600381111561220d5761220d6137ab565b145b61222a565b6003816003811115612228576122286137ab565b145b1561224c576002816003811115612243576122436137ab565b14915050610f30565b5f81600381111561225f5761225f6137ab565b03612280576040516313a88c5160e11b815260048101859052602401610bfa565b83816040516349b0d69d60e11b8152600401610bfa929190614052565b5f5f6122a885613220565b60018701549091506001600160801b03165f8080805b8781101561243f57368989838181106122d9576122d9613e51565b6080029190910191505060608101803590612301906122fb906040850161368c565b82612f48565b8681111561232c5760405163ba9b7fc360e01b81526004810182905260248101889052604401610bfa565b612336818a613fba565b98505f61234960408401602085016135cf565b9050612358898e85358461328b565b604080516001600160401b038f16815284356020820152600883901c66ffffffffffffff1691810191909152606090208515806123955750878114155b156123ca5785156123b1575f8881526007602052604090208790555b5f81815260076020526040902054909750955060019450865b600160ff83161b8781161561242a5761240e8f6001600160401b0316865f0135856001600160401b0316604080519384526020840192909252908201526060902090565b604051630d1069f360e11b8152600401610bfa91815260200190565b808817975050505050508060010190506122be565b508015612457575f8381526007602052604090208290555b5050505050949350505050565b6040805180820190915260018401546001600160801b03808216808452600160801b9092041660208301528211156124c457805160405163ba9b7fc360e01b8152600481018490526001600160801b039091166024820152604401610bfa565b5f5f6124e183602001516001600160801b03168760020154612e60565b9150915080851115612510576040516340df7ba960e01b81526004810186905260248101829052604401610bfa565b509092016002909301929092555050565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e801561255b573d5ff35b503d5ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156125a057604051633ee5aeb560e01b815260040160405180910390fd5b61121960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906132f9565b5f606085801561262c5760405163a9059cbb60e01b81528660048201528560248201525f5f5260205f6044835f8c8af19350508215612627573d801561261e5760015f5114601f3d11169350612625565b5f883b1193505b505b612637565b5f5f5f5f888a89f192505b5081612669573d61010081111561264d57506101005b6040519150808252805f602084013e603f01601f191681016040525b94509492505050565b6112195f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006125c7565b5f6126b16126a985613220565b85858561328b565b50604080516001600160401b03858116808352602080840187905291851683850152606092839020845191825281830187905266ffffffffffffff600887901c16828601529290205f818152600790925292902054909190600160ff85161b908181161561273557604051630d1069f360e11b815260048101859052602401610bfa565b5f92835260076020526040909220911790559392505050565b6003830154808211156127855760405163d274d88f60e01b8152600481018490526024810183905260448101829052606401610bfa565b0360039092019190915550565b5f6001600160a01b038416156127ab5762030d406127af565b6175305b9050619c406127bf603f8361401c565b6127c99083613fba565b6127d39190613fba565b5a10156127f3576040516307099c5360e21b815260040160405180910390fd5b5f5f612801868686866125cd565b9150915081611e33576001600160a01b038087165f908152600a6020908152604080832093891683529290529081208054869290612840908490613fba565b90915550506001600160a01b0386165f908152600b60205260408120805486929061286c908490613fba565b92505081905550846001600160a01b0316866001600160a01b0316887f0d35838d2afef978c13d2e741cd37409c87dd95ca28420ca694c2e49dde7878887856040516128b9929190614066565b60405180910390a450505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906129975760405163a792dfa360e01b815260040160405180910390fd5b845f036129b757604051631f2a200560e01b815260040160405180910390fd5b8654600160a81b90046affffffffffffffffffffff16808610156129f85760405163180cb56f60e11b81526004810187905260248101829052604401610bfa565b60018801546001600160801b031680871115612a315760405163ba9b7fc360e01b81526004810188905260248101829052604401610bfa565b6001600160401b0386161580612a4f575046866001600160401b0316145b15612a7857604051633ad0c93b60e11b81526001600160401b0387166004820152602401610bfa565b5f8881526008602090815260408083206001600160401b038a16845290915290205460ff16612acc576040516352841d1b60e01b8152600481018990526001600160401b0387166024820152604401610bfa565b6001600160401b0386165f9081526005602052604090205460ff166001816002811115612afb57612afb6137ab565b03612b6357601485141580612b2757505f612b16868861407e565b6bffffffffffffffffffffffff1916145b15612b4957858560405163a114addf60e01b8152600401610bfa9291906140cb565b612b5e612b56868861407e565b60601c613300565b612c59565b6002816002811115612b7757612b776137ab565b03612c365760408051602080820183525f82529151612b99928a9291016140de565b604051602081830303815290604052805190602001208914612be0576040516352841d1b60e01b8152600481018a90526001600160401b0388166024820152604401610bfa565b612bea8686611388565b612c0b5785856040516366d5150960e01b8152600401610bfa9291906140cb565b612c158686613356565b612b5e57858560405163f13b566960e01b8152600401610bfa9291906140cb565b60405162c09b0b60e21b81526001600160401b0388166004820152602401610bfa565b5050509695505050505050565b5f83608001516001612c7891906140ff565b5f805472ffffffffffffffff00000000000000000000001916600160581b6001600160401b0393841602178155604080516020808201889052338284015260608083018890528351808403820181526080808501808752825192850192909220908c0180518916885260099094529490952093909355514684523060a083015290931660c09093019290925220611a45565b5f612d30612d1b60208401846135cf565b602084013561194260608601604087016135cf565b9050612d4f612d4560a084016080850161368c565b8360a00135612f48565b60608201355f81815260036020526040902090612d6f90829060016121cb565b50612d7f8160a085013580612464565b80546001600160a01b03166340c10f19612d9f60a086016080870161368c565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260a086013560248201526044015f604051808303815f87803b158015612de7575f5ffd5b505af1158015612df9573d5f5f3e3d5ffd5b50612e0e9250505060a084016080850161368c565b6001600160a01b03168360600135837fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73548660a00135604051612e5291815260200190565b60405180910390a450919050565b5f8063ffffffff60a884901c1681612e778261340a565b4281612e8557612e85614008565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff16808503908514612f0f5760038111612ef457663fffffffffffff600182036012028360018588010381612ee357612ee3614008565b04901b8260120285901b1716612ef6565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a811015612f3a57808b0397505b505050505050509250929050565b805f03612f6857604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216612f8f5760405163d27b444360e01b815260040160405180910390fd5b612f9882613300565b5050565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff166323b872dd60e01b179052610e66908590613422565b5f7f000000000000000000000000000000000000000000000000000000000000000046146130da57611e4d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f60418202840180359060208101359060400135831a601b81101561312c57613129601b8261411e565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082118061316d57508060ff16601b1415801561316d57508060ff16601c14155b1561318e57604051630a57f30960e31b815260048101869052602401610bfa565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156131de573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661321557604051630a57f30960e31b815260048101869052602401610bfa565b505050949350505050565b6001600160401b0381165f9081526006602052604081205460ff169081600281111561324e5761324e6137ab565b1480613262575046826001600160401b0316145b15611f6e5760405163054ddfd160e01b81526001600160401b0383166004820152602401610bfa565b600184600281111561329f5761329f6137ab565b146132b95763ffffffff6001600160401b038216116132c1565b60a082901c15155b15610e665760405163505d564960e11b81526001600160401b0380851660048301526024820184905282166044820152606401610bfa565b80825d5050565b6001600160a01b03811630148061332d57506001600160a01b0381165f9081526004602052604090205415155b15611fae576040516384f4b9fd60e01b81526001600160a01b0382166004820152602401610bfa565b5f8160228190036133c1575f613370602260028688614137565b6133799161415e565b905080158015906133b8575084845f81811061339757613397613e51565b909101356001600160f81b031916159050806133b857506401000003d01981105b92505050610b5c565b5f8484601984146133d35760026133d6565b60035b60ff169080926133e893929190614137565b6133f19161407e565b6bffffffffffffffffffffffff19161415949350505050565b5f6003613418836002613fba565b610b5c919061401c565b5f5f60205f8451602086015f885af180613441576040513d5f823e3d81fd5b50505f513d91508115613458578060011415613465565b6001600160a01b0384163b155b15610e6657604051635274afe760e01b81526001600160a01b0385166004820152602401610bfa565b80356001600160401b0381168114611f6e575f5ffd5b5f5f83601f8401126134b4575f5ffd5b5081356001600160401b038111156134ca575f5ffd5b6020830191508360208260071b85010111156134e4575f5ffd5b9250929050565b5f5f83601f8401126134fb575f5ffd5b5081356001600160401b03811115613511575f5ffd5b6020830191508360208285010111156134e4575f5ffd5b5f5f5f5f5f5f5f5f60c0898b03121561353f575f5ffd5b6135488961348e565b975061355660208a0161348e565b965061356460408a0161348e565b95506060890135945060808901356001600160401b03811115613585575f5ffd5b6135918b828c016134a4565b90955093505060a08901356001600160401b038111156135af575f5ffd5b6135bb8b828c016134eb565b999c989b5096995094979396929594505050565b5f602082840312156135df575f5ffd5b610f308261348e565b5f5f5f5f5f608086880312156135fc575f5ffd5b6136058661348e565b945060208601356001600160401b0381111561361f575f5ffd5b86016101208189031215613631575f5ffd5b935061363f6040870161348e565b925060608601356001600160401b03811115613659575f5ffd5b613665888289016134eb565b969995985093965092949392505050565b80356001600160a01b0381168114611f6e575f5ffd5b5f6020828403121561369c575f5ffd5b610f3082613676565b5f5f604083850312156136b6575f5ffd5b6136bf83613676565b91506136cd60208401613676565b90509250929050565b5f5f5f5f5f5f60a087890312156136eb575f5ffd5b6136f48761348e565b95506137026020880161348e565b9450604087013593506137176060880161348e565b925060808701356001600160401b03811115613731575f5ffd5b61373d89828a016134eb565b979a9699509497509295939492505050565b5f5f5f5f60608587031215613762575f5ffd5b61376b8561348e565b93506137796020860161348e565b925060408501356001600160401b03811115613793575f5ffd5b61379f878288016134eb565b95989497509550505050565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106137d3576137d36137ab565b91905290565b602080825282518282018190525f918401906040840190835b818110156138195783516001600160a01b03168352602093840193909201916001016137f2565b509095945050505050565b5f5f5f60608486031215613836575f5ffd5b61383f8461348e565b9250602084013591506138546040850161348e565b90509250925092565b5f5f5f5f5f5f5f60c0888a031215613873575f5ffd5b61387c8861348e565b965061388a6020890161348e565b95506040880135945061389f60608901613676565b93506080880135925060a08801356001600160401b038111156138c0575f5ffd5b6138cc8a828b016134eb565b989b979a50959850939692959293505050565b80356001600160801b0381168114611f6e575f5ffd5b803563ffffffff81168114611f6e575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c031215613921575f5ffd5b61392a8a61348e565b985060208a0135975061393f60408b016138df565b965061394d60608b016138df565b955061395b60808b016138df565b945061396960a08b016138f5565b935061397760c08b0161348e565b925060e08a01356001600160401b03811115613991575f5ffd5b61399d8c828d016134eb565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a087890312156139c9575f5ffd5b6139d28761348e565b95506139e06020880161348e565b94506040870135600381106139f3575f5ffd5b93506137176060880161348e565b5f5f5f5f5f60808688031215613a15575f5ffd5b613a1e86613676565b94506020860135935061363f6040870161348e565b5f5f60408385031215613a44575f5ffd5b823591506136cd6020840161348e565b5f5f60208385031215613a65575f5ffd5b82356001600160401b03811115613a7a575f5ffd5b613a86858286016134eb565b90969095509350505050565b5f5f5f5f60608587031215613aa5575f5ffd5b613aae8561348e565b9350613779602086016138f5565b5f60c08284031215613acc575f5ffd5b50919050565b5f5f5f5f5f6101208688031215613ae7575f5ffd5b613af08661348e565b9450613afe6020870161348e565b9350613b0d8760408801613abc565b92506101008601356001600160401b03811115613659575f5ffd5b5f5f5f60408486031215613b3a575f5ffd5b613b438461348e565b925060208401356001600160401b03811115613b5d575f5ffd5b613b69868287016134eb565b9497909650939450505050565b5f60208284031215613b86575f5ffd5b5035919050565b60048110613b9d57613b9d6137ab565b9052565b6001600160a01b03891681526101008101613bbf602083018a613b8d565b6001600160801b039788166040830152958716606082015293909516608084015263ffffffff9190911660a083015260c082015260e0019190915292915050565b5f5f83601f840112613c10575f5ffd5b5081356001600160401b03811115613c26575f5ffd5b6020830191508360208260051b85010111156134e4575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613c57575f5ffd5b613c608961348e565b97506020890135965060408901356001600160401b03811115613c81575f5ffd5b613c8d8b828c01613c00565b90975095505060608901358015158114613ca5575f5ffd5b9350613cb360808a0161348e565b925060a08901356001600160401b038111156135af575f5ffd5b5f5f5f5f6101008587031215613ce1575f5ffd5b613cea8561348e565b9350613cf98660208701613abc565b925060e08501356001600160401b03811115613793575f5ffd5b5f5f5f5f5f5f5f60a0888a031215613d29575f5ffd5b613d328861348e565b9650613d406020890161348e565b95506040880135945060608801356001600160401b03811115613d61575f5ffd5b613d6d8a828b016134a4565b90955093505060808801356001600160401b038111156138c0575f5ffd5b5f5f5f5f5f5f5f60a0888a031215613da1575f5ffd5b613daa8861348e565b965060208801356001600160401b03811115613dc4575f5ffd5b613dd08a828b01613c00565b909750955050604088013560ff81168114613de9575f5ffd5b9350613df76060890161348e565b925060808801356001600160401b038111156138c0575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f306020830184613e11565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b5c57610b5c613e65565b6001600160a01b03841681526001600160a01b0383166020820152606060408201525f61137f6060830184613e11565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b0385166020820152608060408201525f613f0c608083018587613ebc565b90506001600160401b03831660608301529695505050505050565b6001600160401b03613f388261348e565b168252602081810135908301526001600160401b03613f596040830161348e565b166040830152606081810135908301526001600160a01b03613f7d60808301613676565b16608083015260a090810135910152565b8481526001600160401b03848116602083015283166040820152610120810161137f6060830184613f27565b80820180821115610b5c57610b5c613e65565b8381526001600160401b03831660208201526101008101611a456040830184613f27565b5f60208284031215614001575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f8261403657634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610b5c57610b5c613e65565b82815260408101610f306020830184613b8d565b828152604060208201525f611a456040830184613e11565b80356bffffffffffffffffffffffff1981169060148410156140c4576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b602081525f611a45602083018486613ebc565b6001600160401b0383168152604060208201525f611a456040830184613e11565b6001600160401b038181168382160190811115610b5c57610b5c613e65565b60ff8181168382160190811115610b5c57610b5c613e65565b5f5f85851115614145575f5ffd5b83861115614151575f5ffd5b5050820193919092039150565b80356020831015610b5c575f19602084900360031b1b16929150505660a060405230608052348015610013575f5ffd5b506080516138f561005d5f395f81816102f50152818161051b0152818161060b015281816108af015281816109dd01528181610aab01528181610e0b015261110301526138f55ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063786df3e411610093578063bf0ad46211610063578063bf0ad46214610286578063c8a72e8314610299578063d4570c1c146102ac578063ee09956e146102d6575f5ffd5b8063786df3e41461021b5780638456cb591461022e578063864be85014610236578063ac6d078014610249575f5ffd5b80633bee70d7116100ce5780633bee70d71461019657806342ba39c2146101ab578063669a53a2146101da57806371f96211146101fc575f5ffd5b80631295bf53146100f45780631dfce5c61461012957806328b9c4ec14610156575b5f5ffd5b61010761010236600461245b565b6102e9565b604080519283526001600160a01b039091166020830152015b60405180910390f35b6101486101373660046124ff565b600b6020525f908152604090205481565b604051908152602001610120565b61017e6101643660046124ff565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610120565b6101a96101a436600461251f565b610511565b005b6101cd6101b936600461257b565b60056020525f908152604090205460ff1681565b60405161012091906125a8565b6101cd6101e836600461257b565b60066020525f908152604090205460ff1681565b61014861020a3660046124ff565b60046020525f908152604090205481565b6101a96102293660046125eb565b610601565b6101a96108a5565b6101a9610244366004612697565b6109d3565b61027661025736600461271c565b600860209081525f928352604080842090915290825290205460ff1681565b6040519015158152602001610120565b6101a9610294366004612746565b610aa1565b6101a96102a73660046127b0565b610e01565b6101486102ba36600461285d565b600a60209081525f928352604080842090915290825290205481565b6101a96102e4366004612895565b6110f9565b5f806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361033457604051634e66b6bb60e11b815260040160405180910390fd5b5f7fbc6c568e28833f59f7a44a6c5fe3f1850f0781559c0c9d75c3401ad640d553478861036460208a018a61257b565b61037160208b018b612934565b60405161037f929190612976565b60405180910390208a80604001906103979190612934565b6040516103a5929190612976565b6040519081900390206103bb60608d018d612934565b6040516103c9929190612976565b6040805191829003822060208301979097526001600160401b0395861690820152939092166060840152608083015260a082015260c081019190915260e00160408051601f1981840301815291905261042860a0890160808a01612985565b61043860c08a0160a08b0161299e565b61044860e08b0160c08c0161299e565b6104596101008c0160e08d0161299e565b61046b6101208d016101008e016129b7565b6040805160ff90961660208701526001600160801b0394851690860152918316606085015291909116608083015263ffffffff1660a08201526001600160401b03881660c082015260e00160408051601f19818403018152908290526104d492916020016129e7565b6040516020818303038152906040528051906020012090506104f98882888888611211565b61050287611364565b92509250509550959350505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361055a57604051634e66b6bb60e11b815260040160405180910390fd5b6105cb847f85d65a6a3e9ace606659669a8878883ced9fc4c85c3f73077601ad66c0e6971286866040516020016105ad939291909283526001600160401b03918216602084015216604082015260600190565b60405160208183030381529060405280519060200120858585611211565b5f805460ff191681556040517fa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d169339190a150505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361064a57604051634e66b6bb60e11b815260040160405180910390fd5b604080517f2fbe05777cbb06d6879215ca1db1f1e5ff6894ad7a10a2f2fd39109021ebb87060208201526001600160401b03808c1692820192909252606081018a90526001600160801b03808a16608083015280891660a0830152871660c082015263ffffffff861660e08201529084166101008201526106d0908a90610120016105ad565b6106dc8787878761192a565b5f888152600360205260408120908154600160a01b900460ff16600381111561070757610707612594565b0361072d576040516313a88c5160e11b8152600481018a90526024015b60405180910390fd5b60018101546002820154600160801b9091046001600160801b0316905f9081906107589084906119be565b9150915082896001600160801b0316141580610784575060a882901c63ffffffff168863ffffffff1614155b156107c4575f6107948285612a17565b90506107c08a6001600160801b031682106107b8578a6001600160801b03166107ba565b815b8a611aa6565b9250505b83546affffffffffffffffffffff8c16600160a81b0274ffffffffffffffffffffffffffffffffffffffffff9091161784556040805180820182526001600160801b03808d16808352908c166020909201829052600160801b90910217600186015560028501839055518c907fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a719061088e908e908e908e908e906001600160801b03948516815292841660208401529216604082015263ffffffff91909116606082015260800190565b60405180910390a250505050505050505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036108ee57604051634e66b6bb60e11b815260040160405180910390fd5b6040805160e0810182525f805460ff808216151584526101008204811660208086019190915262010000830490911684860152630100000082046001600160401b0390811660608601819052600160581b840482166080870152600160981b8404821660a0870152600160d81b90930463ffffffff1660c0860152338452600190915293909120549192919091161461099c57604051632a6edb2b60e01b8152336004820152602401610724565b5f805460ff1916600117815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a250565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610a1c57604051634e66b6bb60e11b815260040160405180910390fd5b610a8f867f8b43fffd581c1c90c14263b70b078f1aa3ad3a291f9814ebd9264681c0c910f48888886002811115610a5557610a55612594565b6040805160208101959095526001600160401b0393841690850152908216606084015260ff166080830152861660a082015260c0016105ad565b610a998585611adb565b505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610aea57604051634e66b6bb60e11b815260040160405180910390fd5b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c0830152909190861614610b9d576060810151604051630ae4993b60e21b81526001600160401b0380881660048301529091166024820152604401610724565b8060c0015163ffffffff168463ffffffff1614610be25760c081015160405162d2fdef60e51b815263ffffffff80871660048301529091166024820152604401610724565b60418214610c0657604051632208c62960e01b815260048101839052602401610724565b604080517fd37c9aa256c7c6470eccd5b28822a1894ebcc2ea6a1f26bf2b48b8356a490d2360208201526001600160401b0387169181019190915263ffffffff851660608201525f90610c7d90610c759060800160405160208183030381529060405280519060200120611bf2565b85855f611c20565b60608301516001600160a01b0382165f908152600160205260409020549192506001600160401b03918216911614610cd357604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610724565b6001808352610ce3908690612a2a565b63ffffffff1660c0830181905282515f80546020860151604080880151606089015160808a015160a08b015161ffff1990961697151561ff0019169790971761010060ff95861602176affffffffffffffffff000019166201000094909216939093026affffffffffffffff00000019161763010000006001600160401b0393841602177fffffffffff00000000000000000000000000000000ffffffffffffffffffffff16600160581b9583169590950267ffffffffffffffff60981b191694909417600160981b91909216021763ffffffff60d81b1916600160d81b909302929092178255516001600160a01b038316917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a2505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610e4a57604051634e66b6bb60e11b815260040160405180910390fd5b610ed9887fa78eab95bfafe37d4117aa7ed68be79ceecee1b2e6ed88f3d5bebdafeb4f91fb8a8a8a8a604051602001610e84929190612a46565b60408051601f198184030181528282528051602091820120908301959095526001600160401b03938416908201526060810191909152608081019290925287151560a0830152861660c082015260e0016105ad565b5f878152600360208190526040822054600160a01b900460ff1690811115610f0357610f03612594565b03610f24576040516313a88c5160e11b815260048101889052602401610724565b5f5b858110156110ee575f878783818110610f4157610f41612a85565b9050602002016020810190610f56919061257b565b90508515611080576001600160401b0381161580610f7c575046816001600160401b0316145b15610fa557604051633ad0c93b60e11b81526001600160401b0382166004820152602401610724565b6001600160401b0381165f9081526005602052604081205460ff1690816002811115610fd357610fd3612594565b03610ffb5760405162c09b0b60e21b81526001600160401b0383166004820152602401610724565b600281600281111561100f5761100f612594565b14801561104e575060408051602080820183525f825291516110349285929101612a99565b604051602081830303815290604052805190602001208a14155b1561107e576040516352841d1b60e01b8152600481018b90526001600160401b0383166024820152604401610724565b505b5f8981526008602090815260408083206001600160401b03851680855290835292819020805460ff19168a151590811790915590519081528b917f9b15a531e0f9eb58472bc0e484af59d3adb68e82808957c98f5f499dfc049585910160405180910390a350600101610f26565b505050505050505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361114257604051634e66b6bb60e11b815260040160405180910390fd5b6111c9877fd55c94dd6b4f32b60a557742b348f384a2e6264db3684c4e7b6c79e4b3976ad089898960405160200161117b929190612ade565b60408051601f198184030181528282528051602091820120908301949094526001600160401b0392831690820152606081019290925260ff88166080830152861660a082015260c0016105ad565b6112088686808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508892508b9150611d419050565b50505050505050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c08301529091908716146112c4576060810151604051630ae4993b60e21b81526001600160401b0380891660048301529091166024820152604401610724565b8060a001516001600160401b0316846001600160401b0316146113125760a081015160405162d2fdef60e51b81526001600160401b0380871660048301529091166024820152604401610724565b61132661131e86611bf2565b848484612148565b611331846001612b12565b5f80546001600160401b0392909216600160981b0267ffffffffffffffff60981b19909216919091179055505050505050565b5f80806113746020850185612934565b9150508015801590611387575080601414155b156113b4576113996020850185612934565b60405163c0403bdd60e01b8152600401610724929190612b59565b6113ff6113c760c0860160a0870161299e565b6113d760e0870160c0880161299e565b6113e8610100880160e0890161299e565b6113fa61012089016101008a016129b7565b61192a565b61140c602085018561257b565b6114196020860186612934565b60405160200161142b93929190612b6c565b60408051601f1981840301815291815281516020928301205f8181526003909352908220909450908154600160a01b900460ff16600381111561147057611470612594565b1461149157604051630c3471ff60e41b815260048101859052602401610724565b5f466114a0602088018861257b565b6001600160401b031603611566578260140361155e576114c36020870187612934565b6114cc91612b97565b60601c9350833b5f036114fd576040516322a2d07b60e21b81526001600160a01b0385166004820152602401610724565b6001600160a01b0384165f9081526004602052604090205415611556576001600160a01b0384165f81815260046020819052604091829020549151635eb2e95760e11b8152908101929092526024820152604401610724565b5060016116c3565b5060026116c3565b5f60058161157760208a018a61257b565b6001600160401b0316815260208101919091526040015f9081205460ff1691508160028111156115a9576115a9612594565b036115df576115bb602088018861257b565b60405162c09b0b60e21b81526001600160401b039091166004820152602401610724565b60028160028111156115f3576115f3612594565b1480156115ff57508315155b15611611576113996020880188612934565b61161e6040880188612934565b1590508061163857506116346060880188612934565b1590505b1561165657604051632ef1310560e01b815260040160405180910390fd5b856116646040890189612934565b61167160608b018b612934565b61168160a08d0160808e01612985565b8b60405161168e9061236b565b61169d96959493929190612be4565b8190604051809103905ff59050801580156116ba573d5f5f3e3d5ffd5b50945060039150505b81546001600160a01b03851673ffffffffffffffffffffffffffffffffffffffff198216811784558291849174ffffffffffffffffffffffffffffffffffffffffff1990911617600160a01b83600381111561172157611721612594565b021790555061173660c0870160a0880161299e565b82546affffffffffffffffffffff91909116600160a81b0274ffffffffffffffffffffffffffffffffffffffffff909116178255604080518082019091528061178560e0890160c08a0161299e565b6001600160801b031681526020016117a4610100890160e08a0161299e565b6001600160801b0390811690915281516020909201518116600160801b0291161760018301556117e55f6117e061012089016101008a016129b7565b611aa6565b60028301556001600160a01b03841615611814576001600160a01b0384165f9081526004602052604090208590555b6001600160a01b038416857f4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe5158361184e60208b018b61257b565b61185b60208c018c612934565b61186b60a08e0160808f01612985565b60405161187c959493929190612c23565b60405180910390a3847fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a716118b660c0890160a08a0161299e565b6118c660e08a0160c08b0161299e565b6118d76101008b0160e08c0161299e565b6118e96101208c016101008d016129b7565b604080516001600160801b0395861681529385166020850152919093169082015263ffffffff909116606082015260800160405180910390a2505050915091565b6001600160801b03831615806119515750816001600160801b0316836001600160801b0316115b80611960575063ffffffff8116155b8061197c5750826001600160801b0316846001600160801b0316115b8061199a57506affffffffffffffffffffff6001600160801b038516115b156119b85760405163e773e0a960e01b815260040160405180910390fd5b50505050565b5f8063ffffffff60a884901c16816119d5826122a6565b42816119e3576119e3612c70565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff16808503908514611a6d5760038111611a5257663fffffffffffff600182036012028360018588010381611a4157611a41612c70565b04901b8260120285901b1716611a54565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a811015611a9857808b0397505b505050505050509250929050565b5f60a88263ffffffff16901b6080611ac38463ffffffff166122a6565b611acd9042612c84565b901b84171790505b92915050565b6001600160401b0382161580611af9575046826001600160401b0316145b15611b22576040516335e7cba960e21b81526001600160401b0383166004820152602401610724565b6001600160401b0382165f908152600560205260409020805482919060ff19166001836002811115611b5657611b56612594565b02179055505f816002811115611b6e57611b6e612594565b14611bad576001600160401b0382165f908152600660205260409020805482919060ff19166001836002811115611ba757611ba7612594565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b82604051611be691906125a8565b60405180910390a25050565b5f5f611bfc6122be565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f60418202840180359060208101359060400135831a601b811015611c4d57611c4a601b82612ca3565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180611c8e57508060ff16601b14158015611c8e57508060ff16601c14155b15611caf57604051630a57f30960e31b815260048101869052602401610724565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611cff573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416611d3657604051630a57f30960e31b815260048101869052602401610724565b505050949350505050565b8251801580611d505750604081115b80611d5c575060ff8316155b80611d695750808360ff16115b80611d81575080611d7e60ff85166002612cbc565b11155b15611d9f576040516335d73a6760e11b815260040160405180910390fd5b5f611dab836001612b12565b90505f5f5b83811015611e8a57816001600160a01b0316878281518110611dd457611dd4612a85565b60200260200101516001600160a01b031611611e03576040516335d73a6760e11b815260040160405180910390fd5b8260015f898481518110611e1957611e19612a85565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110611e7557611e75612a85565b60200260200101519150806001019050611db0565b508551611e9e906002906020890190612378565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a8888604051612137929190612cd3565b60405180910390a250505050505050565b5f612154604184612c84565b9050612161816041612cbc565b831461218357604051632208c62960e01b815260048101849052602401610724565b816020015160ff168110156121bd5760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610724565b5f5f5b82811015611208575f6121d588888885611c20565b9050826001600160a01b0316816001600160a01b03161161224957826001600160a01b0316816001600160a01b03160361222d57604051637010e27960e11b81526001600160a01b0382166004820152602401610724565b6040516302a3e21f60e31b815260048101839052602401610724565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b0390811691161461229c57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610724565b91506001016121c0565b5f60036122b4836002612d2c565b611ad59190612c84565b5f612366604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b610bb580612d4083390190565b828054828255905f5260205f209081019282156123d8579160200282015b828111156123d8578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03909116178255602090920191600190910190612396565b506123e49291506123e8565b5090565b5b808211156123e4575f81556001016123e9565b80356001600160401b0381168114612412575f5ffd5b919050565b5f5f83601f840112612427575f5ffd5b5081356001600160401b0381111561243d575f5ffd5b602083019150836020828501011115612454575f5ffd5b9250929050565b5f5f5f5f5f6080868803121561246f575f5ffd5b612478866123fc565b945060208601356001600160401b03811115612492575f5ffd5b860161012081890312156124a4575f5ffd5b93506124b2604087016123fc565b925060608601356001600160401b038111156124cc575f5ffd5b6124d888828901612417565b969995985093965092949392505050565b80356001600160a01b0381168114612412575f5ffd5b5f6020828403121561250f575f5ffd5b612518826124e9565b9392505050565b5f5f5f5f60608587031215612532575f5ffd5b61253b856123fc565b9350612549602086016123fc565b925060408501356001600160401b03811115612563575f5ffd5b61256f87828801612417565b95989497509550505050565b5f6020828403121561258b575f5ffd5b612518826123fc565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106125bc576125bc612594565b91905290565b80356001600160801b0381168114612412575f5ffd5b803563ffffffff81168114612412575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c031215612604575f5ffd5b61260d8a6123fc565b985060208a0135975061262260408b016125c2565b965061263060608b016125c2565b955061263e60808b016125c2565b945061264c60a08b016125d8565b935061265a60c08b016123fc565b925060e08a01356001600160401b03811115612674575f5ffd5b6126808c828d01612417565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a087890312156126ac575f5ffd5b6126b5876123fc565b95506126c3602088016123fc565b94506040870135600381106126d6575f5ffd5b93506126e4606088016123fc565b925060808701356001600160401b038111156126fe575f5ffd5b61270a89828a01612417565b979a9699509497509295939492505050565b5f5f6040838503121561272d575f5ffd5b8235915061273d602084016123fc565b90509250929050565b5f5f5f5f60608587031215612759575f5ffd5b612762856123fc565b9350612549602086016125d8565b5f5f83601f840112612780575f5ffd5b5081356001600160401b03811115612796575f5ffd5b6020830191508360208260051b8501011115612454575f5ffd5b5f5f5f5f5f5f5f5f60c0898b0312156127c7575f5ffd5b6127d0896123fc565b97506020890135965060408901356001600160401b038111156127f1575f5ffd5b6127fd8b828c01612770565b90975095505060608901358015158114612815575f5ffd5b935061282360808a016123fc565b925060a08901356001600160401b0381111561283d575f5ffd5b6128498b828c01612417565b999c989b5096995094979396929594505050565b5f5f6040838503121561286e575f5ffd5b612877836124e9565b915061273d602084016124e9565b803560ff81168114612412575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156128ab575f5ffd5b6128b4886123fc565b965060208801356001600160401b038111156128ce575f5ffd5b6128da8a828b01612770565b90975095506128ed905060408901612885565b93506128fb606089016123fc565b925060808801356001600160401b03811115612915575f5ffd5b6129218a828b01612417565b989b979a50959850939692959293505050565b5f5f8335601e19843603018112612949575f5ffd5b8301803591506001600160401b03821115612962575f5ffd5b602001915036819003821315612454575f5ffd5b818382375f9101908152919050565b5f60208284031215612995575f5ffd5b61251882612885565b5f602082840312156129ae575f5ffd5b612518826125c2565b5f602082840312156129c7575f5ffd5b612518826125d8565b5f81518060208401855e5f93019283525090919050565b5f6129fb6129f583866129d0565b846129d0565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611ad557611ad5612a03565b63ffffffff8181168382160190811115611ad557611ad5612a03565b5f8184825b85811015612a7a576001600160401b03612a64836123fc565b1683526020928301929190910190600101612a4b565b509095945050505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f8184825b85811015612a7a576001600160a01b03612afc836124e9565b1683526020928301929190910190600101612ae3565b6001600160401b038181168382160190811115611ad557611ad5612a03565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6129fb602083018486612b31565b6001600160401b0384168152604060208201525f612b8e604083018486612b31565b95945050505050565b80356bffffffffffffffffffffffff198116906014841015612bdd576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b608081525f612bf760808301888a612b31565b8281036020840152612c0a818789612b31565b60ff959095166040840152505060600152949350505050565b5f60048710612c3457612c34612594565b8682526001600160401b038616602083015260806040830152612c5b608083018587612b31565b905060ff831660608301529695505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82612c9e57634e487b7160e01b5f52601260045260245ffd5b500490565b60ff8181168382160190811115611ad557611ad5612a03565b8082028115828204841417611ad557611ad5612a03565b604080825283519082018190525f9060208501906060840190835b81811015612d155783516001600160a01b0316835260209384019390920191600101612cee565b5050809250505060ff831660208301529392505050565b80820180821115611ad557611ad5612a0356fe60e060405234801561000f575f5ffd5b50604051610bb5380380610bb583398101604081905261002e916100fe565b8383600361003c8382610205565b5060046100498282610205565b5050336080525060a05260ff1660c052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610084575f5ffd5b81516001600160401b0381111561009d5761009d610061565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cb576100cb610061565b6040528181528382016020018510156100e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610111575f5ffd5b84516001600160401b03811115610126575f5ffd5b61013287828801610075565b602087015190955090506001600160401b0381111561014f575f5ffd5b61015b87828801610075565b935050604085015160ff81168114610171575f5ffd5b6060959095015193969295505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610061565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516108be6102f75f395f61014b01525f61018f01525f81816102440152818161035501526103c201526108be5ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806344de240a116100885780639dc29fac116100635780639dc29fac146101e1578063a9059cbb146101f4578063dd62ed3e14610207578063e78cea921461023f575f5ffd5b806344de240a1461018a57806370a08231146101b157806395d89b41146101d9575f5ffd5b806323b872dd116100b857806323b872dd14610131578063313ce5671461014457806340c10f1914610175575f5ffd5b806306fdde03146100de578063095ea7b3146100fc57806318160ddd1461011f575b5f5ffd5b6100e661027e565b6040516100f39190610764565b60405180910390f35b61010f61010a3660046107b4565b61030e565b60405190151581526020016100f3565b6002545b6040519081526020016100f3565b61010f61013f3660046107dc565b610327565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100f3565b6101886101833660046107b4565b61034a565b005b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6101236101bf366004610816565b6001600160a01b03165f9081526020819052604090205490565b6100e66103a8565b6101886101ef3660046107b4565b6103b7565b61010f6102023660046107b4565b61040c565b610123610215366004610836565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b60606003805461028d90610867565b80601f01602080910402602001604051908101604052809291908181526020018280546102b990610867565b80156103045780601f106102db57610100808354040283529160200191610304565b820191905f5260205f20905b8154815290600101906020018083116102e757829003601f168201915b5050505050905090565b5f3361031b818585610419565b60019150505b92915050565b5f3361033485828561042b565b61033f8585856104a7565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039a57604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6103a48282610504565b5050565b60606004805461028d90610867565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040257604051637c8da0cf60e11b8152336004820152602401610391565b6103a48282610538565b5f3361031b8185856104a7565b610426838383600161056c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104a1578181101561049357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610391565b6104a184848484035f61056c565b50505050565b6001600160a01b0383166104d057604051634b637e8f60e11b81525f6004820152602401610391565b6001600160a01b0382166104f95760405163ec442f0560e01b81525f6004820152602401610391565b61042683838361063e565b6001600160a01b03821661052d5760405163ec442f0560e01b81525f6004820152602401610391565b6103a45f838361063e565b6001600160a01b03821661056157604051634b637e8f60e11b81525f6004820152602401610391565b6103a4825f8361063e565b6001600160a01b0384166105955760405163e602df0560e01b81525f6004820152602401610391565b6001600160a01b0383166105be57604051634a1406b160e11b81525f6004820152602401610391565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104a157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063091815260200190565b60405180910390a350505050565b6001600160a01b038316610668578060025f82825461065d919061089f565b909155506106d89050565b6001600160a01b0383165f90815260208190526040902054818110156106ba5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610391565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f457600280548290039055610712565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107af575f5ffd5b919050565b5f5f604083850312156107c5575f5ffd5b6107ce83610799565b946020939093013593505050565b5f5f5f606084860312156107ee575f5ffd5b6107f784610799565b925061080560208501610799565b929592945050506040919091013590565b5f60208284031215610826575f5ffd5b61082f82610799565b9392505050565b5f5f60408385031215610847575f5ffd5b61085083610799565b915061085e60208401610799565b90509250929050565b600181811c9082168061087b57607f821691505b60208210810361089957634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561032157634e487b7160e01b5f52601160045260245ffd",
}

// BridgeABI is the input ABI used to generate the binding from.
// Deprecated: Use BridgeMetaData.ABI instead.
var BridgeABI = BridgeMetaData.ABI

// BridgeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BridgeMetaData.Bin instead.
var BridgeBin = BridgeMetaData.Bin

// DeployBridge deploys a new Ethereum contract, binding an instance of Bridge to it.
func DeployBridge(auth *bind.TransactOpts, backend bind.ContractBackend, signers_ []common.Address, threshold_ uint8, evmChains []uint64, bitcoinChains []uint64) (common.Address, *types.Transaction, *Bridge, error) {
	parsed, err := BridgeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BridgeBin), backend, signers_, threshold_, evmChains, bitcoinChains)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Bridge{BridgeCaller: BridgeCaller{contract: contract}, BridgeTransactor: BridgeTransactor{contract: contract}, BridgeFilterer: BridgeFilterer{contract: contract}}, nil
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	BridgeCaller     // Read-only binding to the contract
	BridgeTransactor // Write-only binding to the contract
	BridgeFilterer   // Log filterer for contract events
}

// BridgeCaller is an auto generated read-only Go binding around an Ethereum contract.
type BridgeCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BridgeTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BridgeTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BridgeFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BridgeFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BridgeSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BridgeSession struct {
	Contract     *Bridge           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BridgeCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BridgeCallerSession struct {
	Contract *BridgeCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// BridgeTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BridgeTransactorSession struct {
	Contract     *BridgeTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BridgeRaw is an auto generated low-level Go binding around an Ethereum contract.
type BridgeRaw struct {
	Contract *Bridge // Generic contract binding to access the raw methods on
}

// BridgeCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BridgeCallerRaw struct {
	Contract *BridgeCaller // Generic read-only contract binding to access the raw methods on
}

// BridgeTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BridgeTransactorRaw struct {
	Contract *BridgeTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBridge creates a new instance of Bridge, bound to a specific deployed contract.
func NewBridge(address common.Address, backend bind.ContractBackend) (*Bridge, error) {
	contract, err := bindBridge(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Bridge{BridgeCaller: BridgeCaller{contract: contract}, BridgeTransactor: BridgeTransactor{contract: contract}, BridgeFilterer: BridgeFilterer{contract: contract}}, nil
}

// NewBridgeCaller creates a new read-only instance of Bridge, bound to a specific deployed contract.
func NewBridgeCaller(address common.Address, caller bind.ContractCaller) (*BridgeCaller, error) {
	contract, err := bindBridge(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BridgeCaller{contract: contract}, nil
}

// NewBridgeTransactor creates a new write-only instance of Bridge, bound to a specific deployed contract.
func NewBridgeTransactor(address common.Address, transactor bind.ContractTransactor) (*BridgeTransactor, error) {
	contract, err := bindBridge(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BridgeTransactor{contract: contract}, nil
}

// NewBridgeFilterer creates a new log filterer instance of Bridge, bound to a specific deployed contract.
func NewBridgeFilterer(address common.Address, filterer bind.ContractFilterer) (*BridgeFilterer, error) {
	contract, err := bindBridge(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BridgeFilterer{contract: contract}, nil
}

// bindBridge binds a generic wrapper to an already deployed contract.
func bindBridge(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BridgeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Bridge *BridgeRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Bridge.Contract.BridgeCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Bridge *BridgeRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Bridge.Contract.BridgeTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Bridge *BridgeRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Bridge.Contract.BridgeTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Bridge *BridgeCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Bridge.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Bridge *BridgeTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Bridge.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Bridge *BridgeTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Bridge.Contract.contract.Transact(opts, method, params...)
}

// MAXSIGNERS is a free data retrieval call binding the contract method 0x59ecd657.
//
// Solidity: function MAX_SIGNERS() view returns(uint256)
func (_Bridge *BridgeCaller) MAXSIGNERS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "MAX_SIGNERS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSIGNERS is a free data retrieval call binding the contract method 0x59ecd657.
//
// Solidity: function MAX_SIGNERS() view returns(uint256)
func (_Bridge *BridgeSession) MAXSIGNERS() (*big.Int, error) {
	return _Bridge.Contract.MAXSIGNERS(&_Bridge.CallOpts)
}

// MAXSIGNERS is a free data retrieval call binding the contract method 0x59ecd657.
//
// Solidity: function MAX_SIGNERS() view returns(uint256)
func (_Bridge *BridgeCallerSession) MAXSIGNERS() (*big.Int, error) {
	return _Bridge.Contract.MAXSIGNERS(&_Bridge.CallOpts)
}

// NATIVEPAYOUTGAS is a free data retrieval call binding the contract method 0x674ef377.
//
// Solidity: function NATIVE_PAYOUT_GAS() view returns(uint256)
func (_Bridge *BridgeCaller) NATIVEPAYOUTGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "NATIVE_PAYOUT_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NATIVEPAYOUTGAS is a free data retrieval call binding the contract method 0x674ef377.
//
// Solidity: function NATIVE_PAYOUT_GAS() view returns(uint256)
func (_Bridge *BridgeSession) NATIVEPAYOUTGAS() (*big.Int, error) {
	return _Bridge.Contract.NATIVEPAYOUTGAS(&_Bridge.CallOpts)
}

// NATIVEPAYOUTGAS is a free data retrieval call binding the contract method 0x674ef377.
//
// Solidity: function NATIVE_PAYOUT_GAS() view returns(uint256)
func (_Bridge *BridgeCallerSession) NATIVEPAYOUTGAS() (*big.Int, error) {
	return _Bridge.Contract.NATIVEPAYOUTGAS(&_Bridge.CallOpts)
}

// TOKENPAYOUTGAS is a free data retrieval call binding the contract method 0xbfb8dd2b.
//
// Solidity: function TOKEN_PAYOUT_GAS() view returns(uint256)
func (_Bridge *BridgeCaller) TOKENPAYOUTGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "TOKEN_PAYOUT_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TOKENPAYOUTGAS is a free data retrieval call binding the contract method 0xbfb8dd2b.
//
// Solidity: function TOKEN_PAYOUT_GAS() view returns(uint256)
func (_Bridge *BridgeSession) TOKENPAYOUTGAS() (*big.Int, error) {
	return _Bridge.Contract.TOKENPAYOUTGAS(&_Bridge.CallOpts)
}

// TOKENPAYOUTGAS is a free data retrieval call binding the contract method 0xbfb8dd2b.
//
// Solidity: function TOKEN_PAYOUT_GAS() view returns(uint256)
func (_Bridge *BridgeCallerSession) TOKENPAYOUTGAS() (*big.Int, error) {
	return _Bridge.Contract.TOKENPAYOUTGAS(&_Bridge.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (_Bridge *BridgeCaller) VERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (_Bridge *BridgeSession) VERSION() (string, error) {
	return _Bridge.Contract.VERSION(&_Bridge.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(string)
func (_Bridge *BridgeCallerSession) VERSION() (string, error) {
	return _Bridge.Contract.VERSION(&_Bridge.CallOpts)
}

// AssetInfo is a free data retrieval call binding the contract method 0xc5fafb01.
//
// Solidity: function assetInfo(bytes32 assetId) view returns(address token, uint8 kind, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint256 available, uint256 locked)
func (_Bridge *BridgeCaller) AssetInfo(opts *bind.CallOpts, assetId [32]byte) (struct {
	Token          common.Address
	Kind           uint8
	MinPerTransfer *big.Int
	MaxPerTransfer *big.Int
	Capacity       *big.Int
	Window         uint32
	Available      *big.Int
	Locked         *big.Int
}, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "assetInfo", assetId)

	outstruct := new(struct {
		Token          common.Address
		Kind           uint8
		MinPerTransfer *big.Int
		MaxPerTransfer *big.Int
		Capacity       *big.Int
		Window         uint32
		Available      *big.Int
		Locked         *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Token = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Kind = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.MinPerTransfer = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.MaxPerTransfer = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Capacity = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Window = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.Available = *abi.ConvertType(out[6], new(*big.Int)).(**big.Int)
	outstruct.Locked = *abi.ConvertType(out[7], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// AssetInfo is a free data retrieval call binding the contract method 0xc5fafb01.
//
// Solidity: function assetInfo(bytes32 assetId) view returns(address token, uint8 kind, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint256 available, uint256 locked)
func (_Bridge *BridgeSession) AssetInfo(assetId [32]byte) (struct {
	Token          common.Address
	Kind           uint8
	MinPerTransfer *big.Int
	MaxPerTransfer *big.Int
	Capacity       *big.Int
	Window         uint32
	Available      *big.Int
	Locked         *big.Int
}, error) {
	return _Bridge.Contract.AssetInfo(&_Bridge.CallOpts, assetId)
}

// AssetInfo is a free data retrieval call binding the contract method 0xc5fafb01.
//
// Solidity: function assetInfo(bytes32 assetId) view returns(address token, uint8 kind, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint256 available, uint256 locked)
func (_Bridge *BridgeCallerSession) AssetInfo(assetId [32]byte) (struct {
	Token          common.Address
	Kind           uint8
	MinPerTransfer *big.Int
	MaxPerTransfer *big.Int
	Capacity       *big.Int
	Window         uint32
	Available      *big.Int
	Locked         *big.Int
}, error) {
	return _Bridge.Contract.AssetInfo(&_Bridge.CallOpts, assetId)
}

// AssetOf is a free data retrieval call binding the contract method 0x71f96211.
//
// Solidity: function assetOf(address ) view returns(bytes32)
func (_Bridge *BridgeCaller) AssetOf(opts *bind.CallOpts, arg0 common.Address) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "assetOf", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AssetOf is a free data retrieval call binding the contract method 0x71f96211.
//
// Solidity: function assetOf(address ) view returns(bytes32)
func (_Bridge *BridgeSession) AssetOf(arg0 common.Address) ([32]byte, error) {
	return _Bridge.Contract.AssetOf(&_Bridge.CallOpts, arg0)
}

// AssetOf is a free data retrieval call binding the contract method 0x71f96211.
//
// Solidity: function assetOf(address ) view returns(bytes32)
func (_Bridge *BridgeCallerSession) AssetOf(arg0 common.Address) ([32]byte, error) {
	return _Bridge.Contract.AssetOf(&_Bridge.CallOpts, arg0)
}

// ChainKind is a free data retrieval call binding the contract method 0x42ba39c2.
//
// Solidity: function chainKind(uint64 ) view returns(uint8)
func (_Bridge *BridgeCaller) ChainKind(opts *bind.CallOpts, arg0 uint64) (uint8, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "chainKind", arg0)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ChainKind is a free data retrieval call binding the contract method 0x42ba39c2.
//
// Solidity: function chainKind(uint64 ) view returns(uint8)
func (_Bridge *BridgeSession) ChainKind(arg0 uint64) (uint8, error) {
	return _Bridge.Contract.ChainKind(&_Bridge.CallOpts, arg0)
}

// ChainKind is a free data retrieval call binding the contract method 0x42ba39c2.
//
// Solidity: function chainKind(uint64 ) view returns(uint8)
func (_Bridge *BridgeCallerSession) ChainKind(arg0 uint64) (uint8, error) {
	return _Bridge.Contract.ChainKind(&_Bridge.CallOpts, arg0)
}

// Claimable is a free data retrieval call binding the contract method 0xd4570c1c.
//
// Solidity: function claimable(address token, address recipient) view returns(uint256)
func (_Bridge *BridgeCaller) Claimable(opts *bind.CallOpts, token common.Address, recipient common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "claimable", token, recipient)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimable is a free data retrieval call binding the contract method 0xd4570c1c.
//
// Solidity: function claimable(address token, address recipient) view returns(uint256)
func (_Bridge *BridgeSession) Claimable(token common.Address, recipient common.Address) (*big.Int, error) {
	return _Bridge.Contract.Claimable(&_Bridge.CallOpts, token, recipient)
}

// Claimable is a free data retrieval call binding the contract method 0xd4570c1c.
//
// Solidity: function claimable(address token, address recipient) view returns(uint256)
func (_Bridge *BridgeCallerSession) Claimable(token common.Address, recipient common.Address) (*big.Int, error) {
	return _Bridge.Contract.Claimable(&_Bridge.CallOpts, token, recipient)
}

// Config is a free data retrieval call binding the contract method 0x79502c55.
//
// Solidity: function config() view returns(uint64 epoch, uint8 threshold, uint8 signerCount, bool paused, uint64 nextNonce, uint64 adminNonce, uint32 pauseNonce)
func (_Bridge *BridgeCaller) Config(opts *bind.CallOpts) (struct {
	Epoch       uint64
	Threshold   uint8
	SignerCount uint8
	Paused      bool
	NextNonce   uint64
	AdminNonce  uint64
	PauseNonce  uint32
}, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "config")

	outstruct := new(struct {
		Epoch       uint64
		Threshold   uint8
		SignerCount uint8
		Paused      bool
		NextNonce   uint64
		AdminNonce  uint64
		PauseNonce  uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Epoch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.SignerCount = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Paused = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.NextNonce = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.AdminNonce = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.PauseNonce = *abi.ConvertType(out[6], new(uint32)).(*uint32)

	return *outstruct, err

}

// Config is a free data retrieval call binding the contract method 0x79502c55.
//
// Solidity: function config() view returns(uint64 epoch, uint8 threshold, uint8 signerCount, bool paused, uint64 nextNonce, uint64 adminNonce, uint32 pauseNonce)
func (_Bridge *BridgeSession) Config() (struct {
	Epoch       uint64
	Threshold   uint8
	SignerCount uint8
	Paused      bool
	NextNonce   uint64
	AdminNonce  uint64
	PauseNonce  uint32
}, error) {
	return _Bridge.Contract.Config(&_Bridge.CallOpts)
}

// Config is a free data retrieval call binding the contract method 0x79502c55.
//
// Solidity: function config() view returns(uint64 epoch, uint8 threshold, uint8 signerCount, bool paused, uint64 nextNonce, uint64 adminNonce, uint32 pauseNonce)
func (_Bridge *BridgeCallerSession) Config() (struct {
	Epoch       uint64
	Threshold   uint8
	SignerCount uint8
	Paused      bool
	NextNonce   uint64
	AdminNonce  uint64
	PauseNonce  uint32
}, error) {
	return _Bridge.Contract.Config(&_Bridge.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_Bridge *BridgeCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_Bridge *BridgeSession) DomainSeparator() ([32]byte, error) {
	return _Bridge.Contract.DomainSeparator(&_Bridge.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_Bridge *BridgeCallerSession) DomainSeparator() ([32]byte, error) {
	return _Bridge.Contract.DomainSeparator(&_Bridge.CallOpts)
}

// IsProcessed is a free data retrieval call binding the contract method 0x47a37a6e.
//
// Solidity: function isProcessed(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) view returns(bool)
func (_Bridge *BridgeCaller) IsProcessed(opts *bind.CallOpts, srcChain uint64, srcRef [32]byte, srcIndex uint64) (bool, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "isProcessed", srcChain, srcRef, srcIndex)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsProcessed is a free data retrieval call binding the contract method 0x47a37a6e.
//
// Solidity: function isProcessed(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) view returns(bool)
func (_Bridge *BridgeSession) IsProcessed(srcChain uint64, srcRef [32]byte, srcIndex uint64) (bool, error) {
	return _Bridge.Contract.IsProcessed(&_Bridge.CallOpts, srcChain, srcRef, srcIndex)
}

// IsProcessed is a free data retrieval call binding the contract method 0x47a37a6e.
//
// Solidity: function isProcessed(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) view returns(bool)
func (_Bridge *BridgeCallerSession) IsProcessed(srcChain uint64, srcRef [32]byte, srcIndex uint64) (bool, error) {
	return _Bridge.Contract.IsProcessed(&_Bridge.CallOpts, srcChain, srcRef, srcIndex)
}

// IsRefunded is a free data retrieval call binding the contract method 0x02405709.
//
// Solidity: function isRefunded(uint64 nonce) view returns(bool)
func (_Bridge *BridgeCaller) IsRefunded(opts *bind.CallOpts, nonce uint64) (bool, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "isRefunded", nonce)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRefunded is a free data retrieval call binding the contract method 0x02405709.
//
// Solidity: function isRefunded(uint64 nonce) view returns(bool)
func (_Bridge *BridgeSession) IsRefunded(nonce uint64) (bool, error) {
	return _Bridge.Contract.IsRefunded(&_Bridge.CallOpts, nonce)
}

// IsRefunded is a free data retrieval call binding the contract method 0x02405709.
//
// Solidity: function isRefunded(uint64 nonce) view returns(bool)
func (_Bridge *BridgeCallerSession) IsRefunded(nonce uint64) (bool, error) {
	return _Bridge.Contract.IsRefunded(&_Bridge.CallOpts, nonce)
}

// IsStandardScript is a free data retrieval call binding the contract method 0xad5bf08b.
//
// Solidity: function isStandardScript(bytes s) pure returns(bool)
func (_Bridge *BridgeCaller) IsStandardScript(opts *bind.CallOpts, s []byte) (bool, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "isStandardScript", s)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsStandardScript is a free data retrieval call binding the contract method 0xad5bf08b.
//
// Solidity: function isStandardScript(bytes s) pure returns(bool)
func (_Bridge *BridgeSession) IsStandardScript(s []byte) (bool, error) {
	return _Bridge.Contract.IsStandardScript(&_Bridge.CallOpts, s)
}

// IsStandardScript is a free data retrieval call binding the contract method 0xad5bf08b.
//
// Solidity: function isStandardScript(bytes s) pure returns(bool)
func (_Bridge *BridgeCallerSession) IsStandardScript(s []byte) (bool, error) {
	return _Bridge.Contract.IsStandardScript(&_Bridge.CallOpts, s)
}

// NativeAssetId is a free data retrieval call binding the contract method 0xaafcde84.
//
// Solidity: function nativeAssetId() view returns(bytes32)
func (_Bridge *BridgeCaller) NativeAssetId(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "nativeAssetId")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// NativeAssetId is a free data retrieval call binding the contract method 0xaafcde84.
//
// Solidity: function nativeAssetId() view returns(bytes32)
func (_Bridge *BridgeSession) NativeAssetId() ([32]byte, error) {
	return _Bridge.Contract.NativeAssetId(&_Bridge.CallOpts)
}

// NativeAssetId is a free data retrieval call binding the contract method 0xaafcde84.
//
// Solidity: function nativeAssetId() view returns(bytes32)
func (_Bridge *BridgeCallerSession) NativeAssetId() ([32]byte, error) {
	return _Bridge.Contract.NativeAssetId(&_Bridge.CallOpts)
}

// Routes is a free data retrieval call binding the contract method 0xac6d0780.
//
// Solidity: function routes(bytes32 assetId, uint64 dstChain) view returns(bool)
func (_Bridge *BridgeCaller) Routes(opts *bind.CallOpts, assetId [32]byte, dstChain uint64) (bool, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "routes", assetId, dstChain)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Routes is a free data retrieval call binding the contract method 0xac6d0780.
//
// Solidity: function routes(bytes32 assetId, uint64 dstChain) view returns(bool)
func (_Bridge *BridgeSession) Routes(assetId [32]byte, dstChain uint64) (bool, error) {
	return _Bridge.Contract.Routes(&_Bridge.CallOpts, assetId, dstChain)
}

// Routes is a free data retrieval call binding the contract method 0xac6d0780.
//
// Solidity: function routes(bytes32 assetId, uint64 dstChain) view returns(bool)
func (_Bridge *BridgeCallerSession) Routes(assetId [32]byte, dstChain uint64) (bool, error) {
	return _Bridge.Contract.Routes(&_Bridge.CallOpts, assetId, dstChain)
}

// SignerEpoch is a free data retrieval call binding the contract method 0x28b9c4ec.
//
// Solidity: function signerEpoch(address ) view returns(uint64)
func (_Bridge *BridgeCaller) SignerEpoch(opts *bind.CallOpts, arg0 common.Address) (uint64, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "signerEpoch", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SignerEpoch is a free data retrieval call binding the contract method 0x28b9c4ec.
//
// Solidity: function signerEpoch(address ) view returns(uint64)
func (_Bridge *BridgeSession) SignerEpoch(arg0 common.Address) (uint64, error) {
	return _Bridge.Contract.SignerEpoch(&_Bridge.CallOpts, arg0)
}

// SignerEpoch is a free data retrieval call binding the contract method 0x28b9c4ec.
//
// Solidity: function signerEpoch(address ) view returns(uint64)
func (_Bridge *BridgeCallerSession) SignerEpoch(arg0 common.Address) (uint64, error) {
	return _Bridge.Contract.SignerEpoch(&_Bridge.CallOpts, arg0)
}

// Signers is a free data retrieval call binding the contract method 0x46f0975a.
//
// Solidity: function signers() view returns(address[])
func (_Bridge *BridgeCaller) Signers(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "signers")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Signers is a free data retrieval call binding the contract method 0x46f0975a.
//
// Solidity: function signers() view returns(address[])
func (_Bridge *BridgeSession) Signers() ([]common.Address, error) {
	return _Bridge.Contract.Signers(&_Bridge.CallOpts)
}

// Signers is a free data retrieval call binding the contract method 0x46f0975a.
//
// Solidity: function signers() view returns(address[])
func (_Bridge *BridgeCallerSession) Signers() ([]common.Address, error) {
	return _Bridge.Contract.Signers(&_Bridge.CallOpts)
}

// SourceKind is a free data retrieval call binding the contract method 0x669a53a2.
//
// Solidity: function sourceKind(uint64 ) view returns(uint8)
func (_Bridge *BridgeCaller) SourceKind(opts *bind.CallOpts, arg0 uint64) (uint8, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "sourceKind", arg0)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// SourceKind is a free data retrieval call binding the contract method 0x669a53a2.
//
// Solidity: function sourceKind(uint64 ) view returns(uint8)
func (_Bridge *BridgeSession) SourceKind(arg0 uint64) (uint8, error) {
	return _Bridge.Contract.SourceKind(&_Bridge.CallOpts, arg0)
}

// SourceKind is a free data retrieval call binding the contract method 0x669a53a2.
//
// Solidity: function sourceKind(uint64 ) view returns(uint8)
func (_Bridge *BridgeCallerSession) SourceKind(arg0 uint64) (uint8, error) {
	return _Bridge.Contract.SourceKind(&_Bridge.CallOpts, arg0)
}

// TotalClaimable is a free data retrieval call binding the contract method 0x1dfce5c6.
//
// Solidity: function totalClaimable(address token) view returns(uint256)
func (_Bridge *BridgeCaller) TotalClaimable(opts *bind.CallOpts, token common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "totalClaimable", token)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalClaimable is a free data retrieval call binding the contract method 0x1dfce5c6.
//
// Solidity: function totalClaimable(address token) view returns(uint256)
func (_Bridge *BridgeSession) TotalClaimable(token common.Address) (*big.Int, error) {
	return _Bridge.Contract.TotalClaimable(&_Bridge.CallOpts, token)
}

// TotalClaimable is a free data retrieval call binding the contract method 0x1dfce5c6.
//
// Solidity: function totalClaimable(address token) view returns(uint256)
func (_Bridge *BridgeCallerSession) TotalClaimable(token common.Address) (*big.Int, error) {
	return _Bridge.Contract.TotalClaimable(&_Bridge.CallOpts, token)
}

// TransferIdOf is a free data retrieval call binding the contract method 0x7a07f45a.
//
// Solidity: function transferIdOf(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) pure returns(bytes32)
func (_Bridge *BridgeCaller) TransferIdOf(opts *bind.CallOpts, srcChain uint64, srcRef [32]byte, srcIndex uint64) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "transferIdOf", srcChain, srcRef, srcIndex)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TransferIdOf is a free data retrieval call binding the contract method 0x7a07f45a.
//
// Solidity: function transferIdOf(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) pure returns(bytes32)
func (_Bridge *BridgeSession) TransferIdOf(srcChain uint64, srcRef [32]byte, srcIndex uint64) ([32]byte, error) {
	return _Bridge.Contract.TransferIdOf(&_Bridge.CallOpts, srcChain, srcRef, srcIndex)
}

// TransferIdOf is a free data retrieval call binding the contract method 0x7a07f45a.
//
// Solidity: function transferIdOf(uint64 srcChain, bytes32 srcRef, uint64 srcIndex) pure returns(bytes32)
func (_Bridge *BridgeCallerSession) TransferIdOf(srcChain uint64, srcRef [32]byte, srcIndex uint64) ([32]byte, error) {
	return _Bridge.Contract.TransferIdOf(&_Bridge.CallOpts, srcChain, srcRef, srcIndex)
}

// WrappedTokenOf is a free data retrieval call binding the contract method 0xd512a0d9.
//
// Solidity: function wrappedTokenOf(bytes32 assetId) view returns(address)
func (_Bridge *BridgeCaller) WrappedTokenOf(opts *bind.CallOpts, assetId [32]byte) (common.Address, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "wrappedTokenOf", assetId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// WrappedTokenOf is a free data retrieval call binding the contract method 0xd512a0d9.
//
// Solidity: function wrappedTokenOf(bytes32 assetId) view returns(address)
func (_Bridge *BridgeSession) WrappedTokenOf(assetId [32]byte) (common.Address, error) {
	return _Bridge.Contract.WrappedTokenOf(&_Bridge.CallOpts, assetId)
}

// WrappedTokenOf is a free data retrieval call binding the contract method 0xd512a0d9.
//
// Solidity: function wrappedTokenOf(bytes32 assetId) view returns(address)
func (_Bridge *BridgeCallerSession) WrappedTokenOf(assetId [32]byte) (common.Address, error) {
	return _Bridge.Contract.WrappedTokenOf(&_Bridge.CallOpts, assetId)
}

// Burn is a paid mutator transaction binding the contract method 0x8d11d6c5.
//
// Solidity: function burn(address wrappedToken, uint256 amount, uint64 dstChain, bytes recipient) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Burn(opts *bind.TransactOpts, wrappedToken common.Address, amount *big.Int, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "burn", wrappedToken, amount, dstChain, recipient)
}

// Burn is a paid mutator transaction binding the contract method 0x8d11d6c5.
//
// Solidity: function burn(address wrappedToken, uint256 amount, uint64 dstChain, bytes recipient) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Burn(wrappedToken common.Address, amount *big.Int, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Burn(&_Bridge.TransactOpts, wrappedToken, amount, dstChain, recipient)
}

// Burn is a paid mutator transaction binding the contract method 0x8d11d6c5.
//
// Solidity: function burn(address wrappedToken, uint256 amount, uint64 dstChain, bytes recipient) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Burn(wrappedToken common.Address, amount *big.Int, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Burn(&_Bridge.TransactOpts, wrappedToken, amount, dstChain, recipient)
}

// Cancel is a paid mutator transaction binding the contract method 0x25d28ae8.
//
// Solidity: function cancel(uint64 epoch, uint64 srcChain, bytes32 srcRef, uint64 srcIndex, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Cancel(opts *bind.TransactOpts, epoch uint64, srcChain uint64, srcRef [32]byte, srcIndex uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "cancel", epoch, srcChain, srcRef, srcIndex, sigs)
}

// Cancel is a paid mutator transaction binding the contract method 0x25d28ae8.
//
// Solidity: function cancel(uint64 epoch, uint64 srcChain, bytes32 srcRef, uint64 srcIndex, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Cancel(epoch uint64, srcChain uint64, srcRef [32]byte, srcIndex uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Cancel(&_Bridge.TransactOpts, epoch, srcChain, srcRef, srcIndex, sigs)
}

// Cancel is a paid mutator transaction binding the contract method 0x25d28ae8.
//
// Solidity: function cancel(uint64 epoch, uint64 srcChain, bytes32 srcRef, uint64 srcIndex, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Cancel(epoch uint64, srcChain uint64, srcRef [32]byte, srcIndex uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Cancel(&_Bridge.TransactOpts, epoch, srcChain, srcRef, srcIndex, sigs)
}

// Claim is a paid mutator transaction binding the contract method 0x21c0b342.
//
// Solidity: function claim(address token, address recipient) returns(uint256 amount)
func (_Bridge *BridgeTransactor) Claim(opts *bind.TransactOpts, token common.Address, recipient common.Address) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "claim", token, recipient)
}

// Claim is a paid mutator transaction binding the contract method 0x21c0b342.
//
// Solidity: function claim(address token, address recipient) returns(uint256 amount)
func (_Bridge *BridgeSession) Claim(token common.Address, recipient common.Address) (*types.Transaction, error) {
	return _Bridge.Contract.Claim(&_Bridge.TransactOpts, token, recipient)
}

// Claim is a paid mutator transaction binding the contract method 0x21c0b342.
//
// Solidity: function claim(address token, address recipient) returns(uint256 amount)
func (_Bridge *BridgeTransactorSession) Claim(token common.Address, recipient common.Address) (*types.Transaction, error) {
	return _Bridge.Contract.Claim(&_Bridge.TransactOpts, token, recipient)
}

// DefineAsset is a paid mutator transaction binding the contract method 0x1295bf53.
//
// Solidity: function defineAsset(uint64 epoch, (uint64,bytes,string,string,uint8,uint128,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeTransactor) DefineAsset(opts *bind.TransactOpts, epoch uint64, d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "defineAsset", epoch, d, nonce, sigs)
}

// DefineAsset is a paid mutator transaction binding the contract method 0x1295bf53.
//
// Solidity: function defineAsset(uint64 epoch, (uint64,bytes,string,string,uint8,uint128,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeSession) DefineAsset(epoch uint64, d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.DefineAsset(&_Bridge.TransactOpts, epoch, d, nonce, sigs)
}

// DefineAsset is a paid mutator transaction binding the contract method 0x1295bf53.
//
// Solidity: function defineAsset(uint64 epoch, (uint64,bytes,string,string,uint8,uint128,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeTransactorSession) DefineAsset(epoch uint64, d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.DefineAsset(&_Bridge.TransactOpts, epoch, d, nonce, sigs)
}

// Lock is a paid mutator transaction binding the contract method 0xe619af5a.
//
// Solidity: function lock(address token, uint256 amount, uint64 dstChain, bytes recipient) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Lock(opts *bind.TransactOpts, token common.Address, amount *big.Int, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "lock", token, amount, dstChain, recipient)
}

// Lock is a paid mutator transaction binding the contract method 0xe619af5a.
//
// Solidity: function lock(address token, uint256 amount, uint64 dstChain, bytes recipient) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Lock(token common.Address, amount *big.Int, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Lock(&_Bridge.TransactOpts, token, amount, dstChain, recipient)
}

// Lock is a paid mutator transaction binding the contract method 0xe619af5a.
//
// Solidity: function lock(address token, uint256 amount, uint64 dstChain, bytes recipient) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Lock(token common.Address, amount *big.Int, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Lock(&_Bridge.TransactOpts, token, amount, dstChain, recipient)
}

// LockNative is a paid mutator transaction binding the contract method 0xc1033d29.
//
// Solidity: function lockNative(uint64 dstChain, bytes recipient) payable returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) LockNative(opts *bind.TransactOpts, dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "lockNative", dstChain, recipient)
}

// LockNative is a paid mutator transaction binding the contract method 0xc1033d29.
//
// Solidity: function lockNative(uint64 dstChain, bytes recipient) payable returns(bytes32 transferId)
func (_Bridge *BridgeSession) LockNative(dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.Contract.LockNative(&_Bridge.TransactOpts, dstChain, recipient)
}

// LockNative is a paid mutator transaction binding the contract method 0xc1033d29.
//
// Solidity: function lockNative(uint64 dstChain, bytes recipient) payable returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) LockNative(dstChain uint64, recipient []byte) (*types.Transaction, error) {
	return _Bridge.Contract.LockNative(&_Bridge.TransactOpts, dstChain, recipient)
}

// Mint is a paid mutator transaction binding the contract method 0xbf4af18e.
//
// Solidity: function mint(uint64 epoch, uint64 deadline, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Mint(opts *bind.TransactOpts, epoch uint64, deadline uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "mint", epoch, deadline, t, sigs)
}

// Mint is a paid mutator transaction binding the contract method 0xbf4af18e.
//
// Solidity: function mint(uint64 epoch, uint64 deadline, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Mint(epoch uint64, deadline uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Mint(&_Bridge.TransactOpts, epoch, deadline, t, sigs)
}

// Mint is a paid mutator transaction binding the contract method 0xbf4af18e.
//
// Solidity: function mint(uint64 epoch, uint64 deadline, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Mint(epoch uint64, deadline uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Mint(&_Bridge.TransactOpts, epoch, deadline, t, sigs)
}

// MintBatch is a paid mutator transaction binding the contract method 0x0239e860.
//
// Solidity: function mintBatch(uint64 epoch, uint64 deadline, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeTransactor) MintBatch(opts *bind.TransactOpts, epoch uint64, deadline uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "mintBatch", epoch, deadline, srcChain, assetId, items, sigs)
}

// MintBatch is a paid mutator transaction binding the contract method 0x0239e860.
//
// Solidity: function mintBatch(uint64 epoch, uint64 deadline, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeSession) MintBatch(epoch uint64, deadline uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.MintBatch(&_Bridge.TransactOpts, epoch, deadline, srcChain, assetId, items, sigs)
}

// MintBatch is a paid mutator transaction binding the contract method 0x0239e860.
//
// Solidity: function mintBatch(uint64 epoch, uint64 deadline, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) MintBatch(epoch uint64, deadline uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.MintBatch(&_Bridge.TransactOpts, epoch, deadline, srcChain, assetId, items, sigs)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Bridge *BridgeTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Bridge *BridgeSession) Pause() (*types.Transaction, error) {
	return _Bridge.Contract.Pause(&_Bridge.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Bridge *BridgeTransactorSession) Pause() (*types.Transaction, error) {
	return _Bridge.Contract.Pause(&_Bridge.TransactOpts)
}

// PauseBySignature is a paid mutator transaction binding the contract method 0xbf0ad462.
//
// Solidity: function pauseBySignature(uint64 epoch, uint32 nonce, bytes sig) returns()
func (_Bridge *BridgeTransactor) PauseBySignature(opts *bind.TransactOpts, epoch uint64, nonce uint32, sig []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "pauseBySignature", epoch, nonce, sig)
}

// PauseBySignature is a paid mutator transaction binding the contract method 0xbf0ad462.
//
// Solidity: function pauseBySignature(uint64 epoch, uint32 nonce, bytes sig) returns()
func (_Bridge *BridgeSession) PauseBySignature(epoch uint64, nonce uint32, sig []byte) (*types.Transaction, error) {
	return _Bridge.Contract.PauseBySignature(&_Bridge.TransactOpts, epoch, nonce, sig)
}

// PauseBySignature is a paid mutator transaction binding the contract method 0xbf0ad462.
//
// Solidity: function pauseBySignature(uint64 epoch, uint32 nonce, bytes sig) returns()
func (_Bridge *BridgeTransactorSession) PauseBySignature(epoch uint64, nonce uint32, sig []byte) (*types.Transaction, error) {
	return _Bridge.Contract.PauseBySignature(&_Bridge.TransactOpts, epoch, nonce, sig)
}

// Refund is a paid mutator transaction binding the contract method 0x677c2b20.
//
// Solidity: function refund(uint64 epoch, uint64 nonce, bytes32 assetId, address sender, uint256 amount, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Refund(opts *bind.TransactOpts, epoch uint64, nonce uint64, assetId [32]byte, sender common.Address, amount *big.Int, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "refund", epoch, nonce, assetId, sender, amount, sigs)
}

// Refund is a paid mutator transaction binding the contract method 0x677c2b20.
//
// Solidity: function refund(uint64 epoch, uint64 nonce, bytes32 assetId, address sender, uint256 amount, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Refund(epoch uint64, nonce uint64, assetId [32]byte, sender common.Address, amount *big.Int, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Refund(&_Bridge.TransactOpts, epoch, nonce, assetId, sender, amount, sigs)
}

// Refund is a paid mutator transaction binding the contract method 0x677c2b20.
//
// Solidity: function refund(uint64 epoch, uint64 nonce, bytes32 assetId, address sender, uint256 amount, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Refund(epoch uint64, nonce uint64, assetId [32]byte, sender common.Address, amount *big.Int, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Refund(&_Bridge.TransactOpts, epoch, nonce, assetId, sender, amount, sigs)
}

// RotateSigners is a paid mutator transaction binding the contract method 0xee09956e.
//
// Solidity: function rotateSigners(uint64 epoch, address[] signers_, uint8 threshold_, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) RotateSigners(opts *bind.TransactOpts, epoch uint64, signers_ []common.Address, threshold_ uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "rotateSigners", epoch, signers_, threshold_, nonce, sigs)
}

// RotateSigners is a paid mutator transaction binding the contract method 0xee09956e.
//
// Solidity: function rotateSigners(uint64 epoch, address[] signers_, uint8 threshold_, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) RotateSigners(epoch uint64, signers_ []common.Address, threshold_ uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.RotateSigners(&_Bridge.TransactOpts, epoch, signers_, threshold_, nonce, sigs)
}

// RotateSigners is a paid mutator transaction binding the contract method 0xee09956e.
//
// Solidity: function rotateSigners(uint64 epoch, address[] signers_, uint8 threshold_, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) RotateSigners(epoch uint64, signers_ []common.Address, threshold_ uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.RotateSigners(&_Bridge.TransactOpts, epoch, signers_, threshold_, nonce, sigs)
}

// SetChain is a paid mutator transaction binding the contract method 0x864be850.
//
// Solidity: function setChain(uint64 epoch, uint64 chainId, uint8 kind, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) SetChain(opts *bind.TransactOpts, epoch uint64, chainId uint64, kind uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "setChain", epoch, chainId, kind, nonce, sigs)
}

// SetChain is a paid mutator transaction binding the contract method 0x864be850.
//
// Solidity: function setChain(uint64 epoch, uint64 chainId, uint8 kind, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) SetChain(epoch uint64, chainId uint64, kind uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetChain(&_Bridge.TransactOpts, epoch, chainId, kind, nonce, sigs)
}

// SetChain is a paid mutator transaction binding the contract method 0x864be850.
//
// Solidity: function setChain(uint64 epoch, uint64 chainId, uint8 kind, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) SetChain(epoch uint64, chainId uint64, kind uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetChain(&_Bridge.TransactOpts, epoch, chainId, kind, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0x786df3e4.
//
// Solidity: function setLimits(uint64 epoch, bytes32 assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) SetLimits(opts *bind.TransactOpts, epoch uint64, assetId [32]byte, minPerTransfer *big.Int, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "setLimits", epoch, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0x786df3e4.
//
// Solidity: function setLimits(uint64 epoch, bytes32 assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) SetLimits(epoch uint64, assetId [32]byte, minPerTransfer *big.Int, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetLimits(&_Bridge.TransactOpts, epoch, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0x786df3e4.
//
// Solidity: function setLimits(uint64 epoch, bytes32 assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) SetLimits(epoch uint64, assetId [32]byte, minPerTransfer *big.Int, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetLimits(&_Bridge.TransactOpts, epoch, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetRoutes is a paid mutator transaction binding the contract method 0xc8a72e83.
//
// Solidity: function setRoutes(uint64 epoch, bytes32 assetId, uint64[] dstChains, bool enabled, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) SetRoutes(opts *bind.TransactOpts, epoch uint64, assetId [32]byte, dstChains []uint64, enabled bool, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "setRoutes", epoch, assetId, dstChains, enabled, nonce, sigs)
}

// SetRoutes is a paid mutator transaction binding the contract method 0xc8a72e83.
//
// Solidity: function setRoutes(uint64 epoch, bytes32 assetId, uint64[] dstChains, bool enabled, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) SetRoutes(epoch uint64, assetId [32]byte, dstChains []uint64, enabled bool, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetRoutes(&_Bridge.TransactOpts, epoch, assetId, dstChains, enabled, nonce, sigs)
}

// SetRoutes is a paid mutator transaction binding the contract method 0xc8a72e83.
//
// Solidity: function setRoutes(uint64 epoch, bytes32 assetId, uint64[] dstChains, bool enabled, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) SetRoutes(epoch uint64, assetId [32]byte, dstChains []uint64, enabled bool, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetRoutes(&_Bridge.TransactOpts, epoch, assetId, dstChains, enabled, nonce, sigs)
}

// Unlock is a paid mutator transaction binding the contract method 0xde2eeb9f.
//
// Solidity: function unlock(uint64 epoch, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Unlock(opts *bind.TransactOpts, epoch uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "unlock", epoch, t, sigs)
}

// Unlock is a paid mutator transaction binding the contract method 0xde2eeb9f.
//
// Solidity: function unlock(uint64 epoch, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Unlock(epoch uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Unlock(&_Bridge.TransactOpts, epoch, t, sigs)
}

// Unlock is a paid mutator transaction binding the contract method 0xde2eeb9f.
//
// Solidity: function unlock(uint64 epoch, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Unlock(epoch uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Unlock(&_Bridge.TransactOpts, epoch, t, sigs)
}

// UnlockBatch is a paid mutator transaction binding the contract method 0xe7ddb256.
//
// Solidity: function unlockBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeTransactor) UnlockBatch(opts *bind.TransactOpts, epoch uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "unlockBatch", epoch, srcChain, assetId, items, sigs)
}

// UnlockBatch is a paid mutator transaction binding the contract method 0xe7ddb256.
//
// Solidity: function unlockBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeSession) UnlockBatch(epoch uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.UnlockBatch(&_Bridge.TransactOpts, epoch, srcChain, assetId, items, sigs)
}

// UnlockBatch is a paid mutator transaction binding the contract method 0xe7ddb256.
//
// Solidity: function unlockBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) UnlockBatch(epoch uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.UnlockBatch(&_Bridge.TransactOpts, epoch, srcChain, assetId, items, sigs)
}

// Unpause is a paid mutator transaction binding the contract method 0x3bee70d7.
//
// Solidity: function unpause(uint64 epoch, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) Unpause(opts *bind.TransactOpts, epoch uint64, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "unpause", epoch, nonce, sigs)
}

// Unpause is a paid mutator transaction binding the contract method 0x3bee70d7.
//
// Solidity: function unpause(uint64 epoch, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) Unpause(epoch uint64, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Unpause(&_Bridge.TransactOpts, epoch, nonce, sigs)
}

// Unpause is a paid mutator transaction binding the contract method 0x3bee70d7.
//
// Solidity: function unpause(uint64 epoch, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) Unpause(epoch uint64, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Unpause(&_Bridge.TransactOpts, epoch, nonce, sigs)
}

// BridgeAssetDefinedIterator is returned from FilterAssetDefined and is used to iterate over the raw logs and unpacked data for AssetDefined events raised by the Bridge contract.
type BridgeAssetDefinedIterator struct {
	Event *BridgeAssetDefined // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeAssetDefinedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeAssetDefined)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeAssetDefined)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeAssetDefinedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeAssetDefinedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeAssetDefined represents a AssetDefined event raised by the Bridge contract.
type BridgeAssetDefined struct {
	AssetId   [32]byte
	Token     common.Address
	Kind      uint8
	HomeChain uint64
	HomeAsset []byte
	Decimals  uint8
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAssetDefined is a free log retrieval operation binding the contract event 0x4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe515.
//
// Solidity: event AssetDefined(bytes32 indexed assetId, address indexed token, uint8 kind, uint64 homeChain, bytes homeAsset, uint8 decimals)
func (_Bridge *BridgeFilterer) FilterAssetDefined(opts *bind.FilterOpts, assetId [][32]byte, token []common.Address) (*BridgeAssetDefinedIterator, error) {

	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "AssetDefined", assetIdRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return &BridgeAssetDefinedIterator{contract: _Bridge.contract, event: "AssetDefined", logs: logs, sub: sub}, nil
}

// WatchAssetDefined is a free log subscription operation binding the contract event 0x4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe515.
//
// Solidity: event AssetDefined(bytes32 indexed assetId, address indexed token, uint8 kind, uint64 homeChain, bytes homeAsset, uint8 decimals)
func (_Bridge *BridgeFilterer) WatchAssetDefined(opts *bind.WatchOpts, sink chan<- *BridgeAssetDefined, assetId [][32]byte, token []common.Address) (event.Subscription, error) {

	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "AssetDefined", assetIdRule, tokenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeAssetDefined)
				if err := _Bridge.contract.UnpackLog(event, "AssetDefined", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAssetDefined is a log parse operation binding the contract event 0x4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe515.
//
// Solidity: event AssetDefined(bytes32 indexed assetId, address indexed token, uint8 kind, uint64 homeChain, bytes homeAsset, uint8 decimals)
func (_Bridge *BridgeFilterer) ParseAssetDefined(log types.Log) (*BridgeAssetDefined, error) {
	event := new(BridgeAssetDefined)
	if err := _Bridge.contract.UnpackLog(event, "AssetDefined", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeBurnedIterator is returned from FilterBurned and is used to iterate over the raw logs and unpacked data for Burned events raised by the Bridge contract.
type BridgeBurnedIterator struct {
	Event *BridgeBurned // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeBurnedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeBurned)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeBurned)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeBurnedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeBurnedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeBurned represents a Burned event raised by the Bridge contract.
type BridgeBurned struct {
	TransferId [32]byte
	AssetId    [32]byte
	Sender     common.Address
	Amount     *big.Int
	DstChain   uint64
	Recipient  []byte
	Nonce      uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterBurned is a free log retrieval operation binding the contract event 0xbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d15.
//
// Solidity: event Burned(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 dstChain, bytes recipient, uint64 nonce)
func (_Bridge *BridgeFilterer) FilterBurned(opts *bind.FilterOpts, transferId [][32]byte, assetId [][32]byte, sender []common.Address) (*BridgeBurnedIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Burned", transferIdRule, assetIdRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &BridgeBurnedIterator{contract: _Bridge.contract, event: "Burned", logs: logs, sub: sub}, nil
}

// WatchBurned is a free log subscription operation binding the contract event 0xbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d15.
//
// Solidity: event Burned(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 dstChain, bytes recipient, uint64 nonce)
func (_Bridge *BridgeFilterer) WatchBurned(opts *bind.WatchOpts, sink chan<- *BridgeBurned, transferId [][32]byte, assetId [][32]byte, sender []common.Address) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Burned", transferIdRule, assetIdRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeBurned)
				if err := _Bridge.contract.UnpackLog(event, "Burned", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBurned is a log parse operation binding the contract event 0xbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d15.
//
// Solidity: event Burned(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 dstChain, bytes recipient, uint64 nonce)
func (_Bridge *BridgeFilterer) ParseBurned(log types.Log) (*BridgeBurned, error) {
	event := new(BridgeBurned)
	if err := _Bridge.contract.UnpackLog(event, "Burned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeCancelledIterator is returned from FilterCancelled and is used to iterate over the raw logs and unpacked data for Cancelled events raised by the Bridge contract.
type BridgeCancelledIterator struct {
	Event *BridgeCancelled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeCancelled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeCancelled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeCancelled represents a Cancelled event raised by the Bridge contract.
type BridgeCancelled struct {
	TransferId [32]byte
	SrcChain   uint64
	SrcRef     [32]byte
	SrcIndex   uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterCancelled is a free log retrieval operation binding the contract event 0xbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed20.
//
// Solidity: event Cancelled(bytes32 indexed transferId, uint64 srcChain, bytes32 srcRef, uint64 srcIndex)
func (_Bridge *BridgeFilterer) FilterCancelled(opts *bind.FilterOpts, transferId [][32]byte) (*BridgeCancelledIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Cancelled", transferIdRule)
	if err != nil {
		return nil, err
	}
	return &BridgeCancelledIterator{contract: _Bridge.contract, event: "Cancelled", logs: logs, sub: sub}, nil
}

// WatchCancelled is a free log subscription operation binding the contract event 0xbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed20.
//
// Solidity: event Cancelled(bytes32 indexed transferId, uint64 srcChain, bytes32 srcRef, uint64 srcIndex)
func (_Bridge *BridgeFilterer) WatchCancelled(opts *bind.WatchOpts, sink chan<- *BridgeCancelled, transferId [][32]byte) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Cancelled", transferIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeCancelled)
				if err := _Bridge.contract.UnpackLog(event, "Cancelled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCancelled is a log parse operation binding the contract event 0xbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed20.
//
// Solidity: event Cancelled(bytes32 indexed transferId, uint64 srcChain, bytes32 srcRef, uint64 srcIndex)
func (_Bridge *BridgeFilterer) ParseCancelled(log types.Log) (*BridgeCancelled, error) {
	event := new(BridgeCancelled)
	if err := _Bridge.contract.UnpackLog(event, "Cancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeChainSetIterator is returned from FilterChainSet and is used to iterate over the raw logs and unpacked data for ChainSet events raised by the Bridge contract.
type BridgeChainSetIterator struct {
	Event *BridgeChainSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeChainSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeChainSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeChainSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeChainSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeChainSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeChainSet represents a ChainSet event raised by the Bridge contract.
type BridgeChainSet struct {
	ChainId uint64
	Kind    uint8
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterChainSet is a free log retrieval operation binding the contract event 0xf73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b.
//
// Solidity: event ChainSet(uint64 indexed chainId, uint8 kind)
func (_Bridge *BridgeFilterer) FilterChainSet(opts *bind.FilterOpts, chainId []uint64) (*BridgeChainSetIterator, error) {

	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "ChainSet", chainIdRule)
	if err != nil {
		return nil, err
	}
	return &BridgeChainSetIterator{contract: _Bridge.contract, event: "ChainSet", logs: logs, sub: sub}, nil
}

// WatchChainSet is a free log subscription operation binding the contract event 0xf73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b.
//
// Solidity: event ChainSet(uint64 indexed chainId, uint8 kind)
func (_Bridge *BridgeFilterer) WatchChainSet(opts *bind.WatchOpts, sink chan<- *BridgeChainSet, chainId []uint64) (event.Subscription, error) {

	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "ChainSet", chainIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeChainSet)
				if err := _Bridge.contract.UnpackLog(event, "ChainSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChainSet is a log parse operation binding the contract event 0xf73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b.
//
// Solidity: event ChainSet(uint64 indexed chainId, uint8 kind)
func (_Bridge *BridgeFilterer) ParseChainSet(log types.Log) (*BridgeChainSet, error) {
	event := new(BridgeChainSet)
	if err := _Bridge.contract.UnpackLog(event, "ChainSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the Bridge contract.
type BridgeClaimedIterator struct {
	Event *BridgeClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeClaimed represents a Claimed event raised by the Bridge contract.
type BridgeClaimed struct {
	Token     common.Address
	Recipient common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683.
//
// Solidity: event Claimed(address indexed token, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) FilterClaimed(opts *bind.FilterOpts, token []common.Address, recipient []common.Address) (*BridgeClaimedIterator, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Claimed", tokenRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &BridgeClaimedIterator{contract: _Bridge.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683.
//
// Solidity: event Claimed(address indexed token, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *BridgeClaimed, token []common.Address, recipient []common.Address) (event.Subscription, error) {

	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Claimed", tokenRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeClaimed)
				if err := _Bridge.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0xf7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683.
//
// Solidity: event Claimed(address indexed token, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) ParseClaimed(log types.Log) (*BridgeClaimed, error) {
	event := new(BridgeClaimed)
	if err := _Bridge.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeLimitsSetIterator is returned from FilterLimitsSet and is used to iterate over the raw logs and unpacked data for LimitsSet events raised by the Bridge contract.
type BridgeLimitsSetIterator struct {
	Event *BridgeLimitsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeLimitsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeLimitsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeLimitsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeLimitsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeLimitsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeLimitsSet represents a LimitsSet event raised by the Bridge contract.
type BridgeLimitsSet struct {
	AssetId        [32]byte
	MinPerTransfer *big.Int
	MaxPerTransfer *big.Int
	Capacity       *big.Int
	Window         uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterLimitsSet is a free log retrieval operation binding the contract event 0xff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a71.
//
// Solidity: event LimitsSet(bytes32 indexed assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window)
func (_Bridge *BridgeFilterer) FilterLimitsSet(opts *bind.FilterOpts, assetId [][32]byte) (*BridgeLimitsSetIterator, error) {

	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "LimitsSet", assetIdRule)
	if err != nil {
		return nil, err
	}
	return &BridgeLimitsSetIterator{contract: _Bridge.contract, event: "LimitsSet", logs: logs, sub: sub}, nil
}

// WatchLimitsSet is a free log subscription operation binding the contract event 0xff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a71.
//
// Solidity: event LimitsSet(bytes32 indexed assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window)
func (_Bridge *BridgeFilterer) WatchLimitsSet(opts *bind.WatchOpts, sink chan<- *BridgeLimitsSet, assetId [][32]byte) (event.Subscription, error) {

	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "LimitsSet", assetIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeLimitsSet)
				if err := _Bridge.contract.UnpackLog(event, "LimitsSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLimitsSet is a log parse operation binding the contract event 0xff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a71.
//
// Solidity: event LimitsSet(bytes32 indexed assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window)
func (_Bridge *BridgeFilterer) ParseLimitsSet(log types.Log) (*BridgeLimitsSet, error) {
	event := new(BridgeLimitsSet)
	if err := _Bridge.contract.UnpackLog(event, "LimitsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeLockedIterator is returned from FilterLocked and is used to iterate over the raw logs and unpacked data for Locked events raised by the Bridge contract.
type BridgeLockedIterator struct {
	Event *BridgeLocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeLockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeLocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeLocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeLockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeLockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeLocked represents a Locked event raised by the Bridge contract.
type BridgeLocked struct {
	TransferId [32]byte
	AssetId    [32]byte
	Sender     common.Address
	Amount     *big.Int
	DstChain   uint64
	Recipient  []byte
	Nonce      uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterLocked is a free log retrieval operation binding the contract event 0x3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab.
//
// Solidity: event Locked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 dstChain, bytes recipient, uint64 nonce)
func (_Bridge *BridgeFilterer) FilterLocked(opts *bind.FilterOpts, transferId [][32]byte, assetId [][32]byte, sender []common.Address) (*BridgeLockedIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Locked", transferIdRule, assetIdRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &BridgeLockedIterator{contract: _Bridge.contract, event: "Locked", logs: logs, sub: sub}, nil
}

// WatchLocked is a free log subscription operation binding the contract event 0x3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab.
//
// Solidity: event Locked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 dstChain, bytes recipient, uint64 nonce)
func (_Bridge *BridgeFilterer) WatchLocked(opts *bind.WatchOpts, sink chan<- *BridgeLocked, transferId [][32]byte, assetId [][32]byte, sender []common.Address) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Locked", transferIdRule, assetIdRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeLocked)
				if err := _Bridge.contract.UnpackLog(event, "Locked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLocked is a log parse operation binding the contract event 0x3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab.
//
// Solidity: event Locked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 dstChain, bytes recipient, uint64 nonce)
func (_Bridge *BridgeFilterer) ParseLocked(log types.Log) (*BridgeLocked, error) {
	event := new(BridgeLocked)
	if err := _Bridge.contract.UnpackLog(event, "Locked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeMintedIterator is returned from FilterMinted and is used to iterate over the raw logs and unpacked data for Minted events raised by the Bridge contract.
type BridgeMintedIterator struct {
	Event *BridgeMinted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeMintedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeMinted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeMinted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeMintedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeMintedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeMinted represents a Minted event raised by the Bridge contract.
type BridgeMinted struct {
	TransferId [32]byte
	AssetId    [32]byte
	Recipient  common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterMinted is a free log retrieval operation binding the contract event 0xdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc7354.
//
// Solidity: event Minted(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) FilterMinted(opts *bind.FilterOpts, transferId [][32]byte, assetId [][32]byte, recipient []common.Address) (*BridgeMintedIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Minted", transferIdRule, assetIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &BridgeMintedIterator{contract: _Bridge.contract, event: "Minted", logs: logs, sub: sub}, nil
}

// WatchMinted is a free log subscription operation binding the contract event 0xdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc7354.
//
// Solidity: event Minted(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) WatchMinted(opts *bind.WatchOpts, sink chan<- *BridgeMinted, transferId [][32]byte, assetId [][32]byte, recipient []common.Address) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Minted", transferIdRule, assetIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeMinted)
				if err := _Bridge.contract.UnpackLog(event, "Minted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMinted is a log parse operation binding the contract event 0xdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc7354.
//
// Solidity: event Minted(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) ParseMinted(log types.Log) (*BridgeMinted, error) {
	event := new(BridgeMinted)
	if err := _Bridge.contract.UnpackLog(event, "Minted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgePausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the Bridge contract.
type BridgePausedIterator struct {
	Event *BridgePaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgePausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgePaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgePaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgePausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgePausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgePaused represents a Paused event raised by the Bridge contract.
type BridgePaused struct {
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_Bridge *BridgeFilterer) FilterPaused(opts *bind.FilterOpts, by []common.Address) (*BridgePausedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Paused", byRule)
	if err != nil {
		return nil, err
	}
	return &BridgePausedIterator{contract: _Bridge.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_Bridge *BridgeFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *BridgePaused, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Paused", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgePaused)
				if err := _Bridge.contract.UnpackLog(event, "Paused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed by)
func (_Bridge *BridgeFilterer) ParsePaused(log types.Log) (*BridgePaused, error) {
	event := new(BridgePaused)
	if err := _Bridge.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgePaymentDeferredIterator is returned from FilterPaymentDeferred and is used to iterate over the raw logs and unpacked data for PaymentDeferred events raised by the Bridge contract.
type BridgePaymentDeferredIterator struct {
	Event *BridgePaymentDeferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgePaymentDeferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgePaymentDeferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgePaymentDeferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgePaymentDeferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgePaymentDeferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgePaymentDeferred represents a PaymentDeferred event raised by the Bridge contract.
type BridgePaymentDeferred struct {
	TransferId [32]byte
	Token      common.Address
	Recipient  common.Address
	Amount     *big.Int
	Reason     []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPaymentDeferred is a free log retrieval operation binding the contract event 0x0d35838d2afef978c13d2e741cd37409c87dd95ca28420ca694c2e49dde78788.
//
// Solidity: event PaymentDeferred(bytes32 indexed transferId, address indexed token, address indexed recipient, uint256 amount, bytes reason)
func (_Bridge *BridgeFilterer) FilterPaymentDeferred(opts *bind.FilterOpts, transferId [][32]byte, token []common.Address, recipient []common.Address) (*BridgePaymentDeferredIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "PaymentDeferred", transferIdRule, tokenRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &BridgePaymentDeferredIterator{contract: _Bridge.contract, event: "PaymentDeferred", logs: logs, sub: sub}, nil
}

// WatchPaymentDeferred is a free log subscription operation binding the contract event 0x0d35838d2afef978c13d2e741cd37409c87dd95ca28420ca694c2e49dde78788.
//
// Solidity: event PaymentDeferred(bytes32 indexed transferId, address indexed token, address indexed recipient, uint256 amount, bytes reason)
func (_Bridge *BridgeFilterer) WatchPaymentDeferred(opts *bind.WatchOpts, sink chan<- *BridgePaymentDeferred, transferId [][32]byte, token []common.Address, recipient []common.Address) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var tokenRule []interface{}
	for _, tokenItem := range token {
		tokenRule = append(tokenRule, tokenItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "PaymentDeferred", transferIdRule, tokenRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgePaymentDeferred)
				if err := _Bridge.contract.UnpackLog(event, "PaymentDeferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaymentDeferred is a log parse operation binding the contract event 0x0d35838d2afef978c13d2e741cd37409c87dd95ca28420ca694c2e49dde78788.
//
// Solidity: event PaymentDeferred(bytes32 indexed transferId, address indexed token, address indexed recipient, uint256 amount, bytes reason)
func (_Bridge *BridgeFilterer) ParsePaymentDeferred(log types.Log) (*BridgePaymentDeferred, error) {
	event := new(BridgePaymentDeferred)
	if err := _Bridge.contract.UnpackLog(event, "PaymentDeferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeRefundedIterator is returned from FilterRefunded and is used to iterate over the raw logs and unpacked data for Refunded events raised by the Bridge contract.
type BridgeRefundedIterator struct {
	Event *BridgeRefunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeRefunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeRefunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeRefunded represents a Refunded event raised by the Bridge contract.
type BridgeRefunded struct {
	TransferId [32]byte
	AssetId    [32]byte
	Sender     common.Address
	Amount     *big.Int
	Nonce      uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRefunded is a free log retrieval operation binding the contract event 0xe4f3479648ec33c1e4efb0d84675a5c9ffab296680758e1738def830e78257c8.
//
// Solidity: event Refunded(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 nonce)
func (_Bridge *BridgeFilterer) FilterRefunded(opts *bind.FilterOpts, transferId [][32]byte, assetId [][32]byte, sender []common.Address) (*BridgeRefundedIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Refunded", transferIdRule, assetIdRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &BridgeRefundedIterator{contract: _Bridge.contract, event: "Refunded", logs: logs, sub: sub}, nil
}

// WatchRefunded is a free log subscription operation binding the contract event 0xe4f3479648ec33c1e4efb0d84675a5c9ffab296680758e1738def830e78257c8.
//
// Solidity: event Refunded(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 nonce)
func (_Bridge *BridgeFilterer) WatchRefunded(opts *bind.WatchOpts, sink chan<- *BridgeRefunded, transferId [][32]byte, assetId [][32]byte, sender []common.Address) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Refunded", transferIdRule, assetIdRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeRefunded)
				if err := _Bridge.contract.UnpackLog(event, "Refunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRefunded is a log parse operation binding the contract event 0xe4f3479648ec33c1e4efb0d84675a5c9ffab296680758e1738def830e78257c8.
//
// Solidity: event Refunded(bytes32 indexed transferId, bytes32 indexed assetId, address indexed sender, uint256 amount, uint64 nonce)
func (_Bridge *BridgeFilterer) ParseRefunded(log types.Log) (*BridgeRefunded, error) {
	event := new(BridgeRefunded)
	if err := _Bridge.contract.UnpackLog(event, "Refunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeRouteSetIterator is returned from FilterRouteSet and is used to iterate over the raw logs and unpacked data for RouteSet events raised by the Bridge contract.
type BridgeRouteSetIterator struct {
	Event *BridgeRouteSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeRouteSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeRouteSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeRouteSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeRouteSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeRouteSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeRouteSet represents a RouteSet event raised by the Bridge contract.
type BridgeRouteSet struct {
	AssetId  [32]byte
	DstChain uint64
	Enabled  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRouteSet is a free log retrieval operation binding the contract event 0x9b15a531e0f9eb58472bc0e484af59d3adb68e82808957c98f5f499dfc049585.
//
// Solidity: event RouteSet(bytes32 indexed assetId, uint64 indexed dstChain, bool enabled)
func (_Bridge *BridgeFilterer) FilterRouteSet(opts *bind.FilterOpts, assetId [][32]byte, dstChain []uint64) (*BridgeRouteSetIterator, error) {

	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var dstChainRule []interface{}
	for _, dstChainItem := range dstChain {
		dstChainRule = append(dstChainRule, dstChainItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "RouteSet", assetIdRule, dstChainRule)
	if err != nil {
		return nil, err
	}
	return &BridgeRouteSetIterator{contract: _Bridge.contract, event: "RouteSet", logs: logs, sub: sub}, nil
}

// WatchRouteSet is a free log subscription operation binding the contract event 0x9b15a531e0f9eb58472bc0e484af59d3adb68e82808957c98f5f499dfc049585.
//
// Solidity: event RouteSet(bytes32 indexed assetId, uint64 indexed dstChain, bool enabled)
func (_Bridge *BridgeFilterer) WatchRouteSet(opts *bind.WatchOpts, sink chan<- *BridgeRouteSet, assetId [][32]byte, dstChain []uint64) (event.Subscription, error) {

	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var dstChainRule []interface{}
	for _, dstChainItem := range dstChain {
		dstChainRule = append(dstChainRule, dstChainItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "RouteSet", assetIdRule, dstChainRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeRouteSet)
				if err := _Bridge.contract.UnpackLog(event, "RouteSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRouteSet is a log parse operation binding the contract event 0x9b15a531e0f9eb58472bc0e484af59d3adb68e82808957c98f5f499dfc049585.
//
// Solidity: event RouteSet(bytes32 indexed assetId, uint64 indexed dstChain, bool enabled)
func (_Bridge *BridgeFilterer) ParseRouteSet(log types.Log) (*BridgeRouteSet, error) {
	event := new(BridgeRouteSet)
	if err := _Bridge.contract.UnpackLog(event, "RouteSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeSignersRotatedIterator is returned from FilterSignersRotated and is used to iterate over the raw logs and unpacked data for SignersRotated events raised by the Bridge contract.
type BridgeSignersRotatedIterator struct {
	Event *BridgeSignersRotated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeSignersRotatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeSignersRotated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeSignersRotated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeSignersRotatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeSignersRotatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeSignersRotated represents a SignersRotated event raised by the Bridge contract.
type BridgeSignersRotated struct {
	Epoch     uint64
	Signers   []common.Address
	Threshold uint8
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSignersRotated is a free log retrieval operation binding the contract event 0xf9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a.
//
// Solidity: event SignersRotated(uint64 indexed epoch, address[] signers, uint8 threshold)
func (_Bridge *BridgeFilterer) FilterSignersRotated(opts *bind.FilterOpts, epoch []uint64) (*BridgeSignersRotatedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "SignersRotated", epochRule)
	if err != nil {
		return nil, err
	}
	return &BridgeSignersRotatedIterator{contract: _Bridge.contract, event: "SignersRotated", logs: logs, sub: sub}, nil
}

// WatchSignersRotated is a free log subscription operation binding the contract event 0xf9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a.
//
// Solidity: event SignersRotated(uint64 indexed epoch, address[] signers, uint8 threshold)
func (_Bridge *BridgeFilterer) WatchSignersRotated(opts *bind.WatchOpts, sink chan<- *BridgeSignersRotated, epoch []uint64) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "SignersRotated", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeSignersRotated)
				if err := _Bridge.contract.UnpackLog(event, "SignersRotated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSignersRotated is a log parse operation binding the contract event 0xf9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a.
//
// Solidity: event SignersRotated(uint64 indexed epoch, address[] signers, uint8 threshold)
func (_Bridge *BridgeFilterer) ParseSignersRotated(log types.Log) (*BridgeSignersRotated, error) {
	event := new(BridgeSignersRotated)
	if err := _Bridge.contract.UnpackLog(event, "SignersRotated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeUnlockedIterator is returned from FilterUnlocked and is used to iterate over the raw logs and unpacked data for Unlocked events raised by the Bridge contract.
type BridgeUnlockedIterator struct {
	Event *BridgeUnlocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeUnlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeUnlocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeUnlocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeUnlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeUnlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeUnlocked represents a Unlocked event raised by the Bridge contract.
type BridgeUnlocked struct {
	TransferId [32]byte
	AssetId    [32]byte
	Recipient  common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterUnlocked is a free log retrieval operation binding the contract event 0x6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c1.
//
// Solidity: event Unlocked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) FilterUnlocked(opts *bind.FilterOpts, transferId [][32]byte, assetId [][32]byte, recipient []common.Address) (*BridgeUnlockedIterator, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Unlocked", transferIdRule, assetIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &BridgeUnlockedIterator{contract: _Bridge.contract, event: "Unlocked", logs: logs, sub: sub}, nil
}

// WatchUnlocked is a free log subscription operation binding the contract event 0x6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c1.
//
// Solidity: event Unlocked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) WatchUnlocked(opts *bind.WatchOpts, sink chan<- *BridgeUnlocked, transferId [][32]byte, assetId [][32]byte, recipient []common.Address) (event.Subscription, error) {

	var transferIdRule []interface{}
	for _, transferIdItem := range transferId {
		transferIdRule = append(transferIdRule, transferIdItem)
	}
	var assetIdRule []interface{}
	for _, assetIdItem := range assetId {
		assetIdRule = append(assetIdRule, assetIdItem)
	}
	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Unlocked", transferIdRule, assetIdRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeUnlocked)
				if err := _Bridge.contract.UnpackLog(event, "Unlocked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnlocked is a log parse operation binding the contract event 0x6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c1.
//
// Solidity: event Unlocked(bytes32 indexed transferId, bytes32 indexed assetId, address indexed recipient, uint256 amount)
func (_Bridge *BridgeFilterer) ParseUnlocked(log types.Log) (*BridgeUnlocked, error) {
	event := new(BridgeUnlocked)
	if err := _Bridge.contract.UnpackLog(event, "Unlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BridgeUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the Bridge contract.
type BridgeUnpausedIterator struct {
	Event *BridgeUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BridgeUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BridgeUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BridgeUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BridgeUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BridgeUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BridgeUnpaused represents a Unpaused event raised by the Bridge contract.
type BridgeUnpaused struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0xa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d16933.
//
// Solidity: event Unpaused()
func (_Bridge *BridgeFilterer) FilterUnpaused(opts *bind.FilterOpts) (*BridgeUnpausedIterator, error) {

	logs, sub, err := _Bridge.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &BridgeUnpausedIterator{contract: _Bridge.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0xa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d16933.
//
// Solidity: event Unpaused()
func (_Bridge *BridgeFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *BridgeUnpaused) (event.Subscription, error) {

	logs, sub, err := _Bridge.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BridgeUnpaused)
				if err := _Bridge.contract.UnpackLog(event, "Unpaused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0xa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d16933.
//
// Solidity: event Unpaused()
func (_Bridge *BridgeFilterer) ParseUnpaused(log types.Log) (*BridgeUnpaused, error) {
	event := new(BridgeUnpaused)
	if err := _Bridge.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
