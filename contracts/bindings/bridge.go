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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evmChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"bitcoinChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"NATIVE_PAYOUT_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TOKEN_PAYOUT_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERSION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetInfo\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.AssetKind\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"wrappedToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"chainKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nextNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"adminNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pauseNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defineAsset\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structBridge.AssetDef\",\"components\":[{\"name\":\"homeChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isProcessed\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRefunded\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStandardScript\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockNative\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mintBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nativeAssetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseBySignature\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"refund\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateSigners\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"routes\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setChain\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLimits\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRoutes\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"enabled\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerEpoch\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sourceKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferIdOf\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wrappedTokenOf\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridgeBase.AssetKind\"},{\"name\":\"homeChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Burned\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainSet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridgeBase.ChainKind\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LimitsSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Minted\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentDeferred\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RouteSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"enabled\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignersRotated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyProcessed\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRefunded\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AmountAboveLimit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AmountBelowMinimum\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BridgePaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ClaimFailed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"DeadlineExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEVMRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidHomeAsset\",\"inputs\":[{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidLimits\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MalformedSignatures\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NativeAssetNotDefined\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonCanonicalSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotHomeToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotWrappedToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateLimited\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReservedRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TokenInUse\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownNonce\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnspendableBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDestination\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongAssetKind\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.AssetKind\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongNonce\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRecipient\",\"inputs\":[]}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516185ad3803806185ad83398101604081905261002f91610874565b466080526100da604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05260408051602080820183525f825291516100fa924692910161097f565b60408051601f1981840301815290829052805160209091012060e05261011f906106f7565b604051809103905ff080158015610138573d5f5f3e3d5ffd5b506001600160a01b031660c05261015084845f6101d5565b5f5b825181101561018d57610185838281518110610170576101706109c3565b602002602001015160016105dc60201b60201c565b600101610152565b505f5b81518110156101cb576101c38282815181106101ae576101ae6109c3565b602002602001015160026105dc60201b60201c565b600101610190565b5050505050610aba565b82518015806101e45750604081115b806101f0575060ff8316155b806101fd5750808360ff16115b8061021557508061021260ff851660026109eb565b11155b15610233576040516335d73a6760e11b815260040160405180910390fd5b5f61023f836001610a08565b90505f5f5b8381101561031e57816001600160a01b0316878281518110610268576102686109c3565b60200260200101516001600160a01b031611610297576040516335d73a6760e11b815260040160405180910390fd5b8260015f8984815181106102ad576102ad6109c3565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110610309576103096109c3565b60200260200101519150806001019050610244565b508551610332906002906020890190610704565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a88886040516105cb929190610a27565b60405180910390a250505050505050565b6001600160401b03821615806105fa575046826001600160401b0316145b15610627576040516335e7cba960e21b81526001600160401b038316600482015260240160405180910390fd5b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561065b5761065b610a80565b02179055505f81600281111561067357610673610a80565b146106b2576001600160401b0382165f908152600660205260409020805482919060ff191660018360028111156106ac576106ac610a80565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b826040516106eb9190610a94565b60405180910390a25050565b61395280614c5b83390190565b828054828255905f5260205f20908101928215610757579160200282015b8281111561075757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610722565b50610763929150610767565b5090565b5b80821115610763575f8155600101610768565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156107b7576107b761077b565b604052919050565b5f6001600160401b038211156107d7576107d761077b565b5060051b60200190565b805160ff811681146107f1575f5ffd5b919050565b5f82601f830112610805575f5ffd5b8151610818610813826107bf565b61078f565b8082825260208201915060208360051b860101925085831115610839575f5ffd5b602085015b8381101561086a5780516001600160401b038116811461085c575f5ffd5b83526020928301920161083e565b5095945050505050565b5f5f5f5f60808587031215610887575f5ffd5b84516001600160401b0381111561089c575f5ffd5b8501601f810187136108ac575f5ffd5b80516108ba610813826107bf565b8082825260208201915060208360051b8501019250898311156108db575f5ffd5b6020840193505b828410156109115783516001600160a01b0381168114610900575f5ffd5b8252602093840193909101906108e2565b965061092392505050602086016107e1565b60408601519093506001600160401b0381111561093e575f5ffd5b61094a878288016107f6565b606087015190935090506001600160401b03811115610967575f5ffd5b610973878288016107f6565b91505092959194509250565b60018060401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610a0257610a026109d7565b92915050565b6001600160401b038181168382160190811115610a0257610a026109d7565b604080825283519082018190525f9060208501906060840190835b81811015610a695783516001600160a01b0316835260209384019390920191600101610a42565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310610ab457634e487b7160e01b5f52602160045260245ffd5b91905290565b60805160a05160c05160e051614167610af45f395f81816106b4015261162f01525f61249d01525f6130c901525f612ffa01526141675ff3fe608060405260043610610228575f3560e01c80638456cb5911610129578063c5fafb01116100a8578063e619af5a1161006d578063e619af5a1461086e578063e7ddb2561461088d578063ee09956e146108ac578063f698da25146108cb578063ffa1ad74146108df575f5ffd5b8063c5fafb0114610790578063c8a72e83146107c3578063d4570c1c146107e2578063d512a0d914610818578063de2eeb9f1461084f575f5ffd5b8063ad5bf08b116100ee578063ad5bf08b1461070f578063bf0ad4621461072e578063bf4af18e14610748578063bfb8dd2b14610767578063c1033d291461077d575f5ffd5b80638456cb5914610651578063864be850146106655780638d11d6c514610684578063aafcde84146106a3578063ac6d0780146106d6575f5ffd5b806346f0975a116101b5578063677c2b201161017a578063677c2b201461049957806371f96211146104b8578063786df3e4146104e357806379502c55146105025780637a07f45a146105f1575f5ffd5b806346f0975a1461040257806347a37a6e1461042357806359ecd65714610442578063669a53a214610456578063674ef37714610484575f5ffd5b806321c0b342116101fb57806321c0b3421461031e57806325d28ae81461033d57806328b9c4ec1461035c5780633bee70d7146103a857806342ba39c2146103c7575f5ffd5b80630239e8601461022c578063024057091461024d5780631295bf53146102a95780631dfce5c6146102e5575b5f5ffd5b348015610237575f5ffd5b5061024b610246366004613514565b610918565b005b348015610258575f5ffd5b506102946102673660046135bb565b66ffffffffffffff600882901c165f90815260096020526040902054600160ff9092169190911b16151590565b60405190151581526020015b60405180910390f35b3480156102b4575f5ffd5b506102c86102c33660046135d4565b610b4a565b604080519283526001600160a01b039091166020830152016102a0565b3480156102f0575f5ffd5b506103106102ff366004613678565b600b6020525f908152604090205481565b6040519081526020016102a0565b348015610329575f5ffd5b50610310610338366004613691565b610b5e565b348015610348575f5ffd5b506103106103573660046136c2565b610cc8565b348015610367575f5ffd5b50610390610376366004613678565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b0390911681526020016102a0565b3480156103b3575f5ffd5b5061024b6103c236600461373b565b610e4c565b3480156103d2575f5ffd5b506103f56103e13660046135bb565b60056020525f908152604090205460ff1681565b6040516102a091906137ab565b34801561040d575f5ffd5b50610416610e5a565b6040516102a091906137c5565b34801561042e575f5ffd5b5061029461043d366004613810565b610eba565b34801561044d575f5ffd5b50610310604081565b348015610461575f5ffd5b506103f56104703660046135bb565b60066020525f908152604090205460ff1681565b34801561048f575f5ffd5b5061031061753081565b3480156104a4575f5ffd5b506103106104b3366004613849565b610f25565b3480156104c3575f5ffd5b506103106104d2366004613678565b60046020525f908152604090205481565b3480156104ee575f5ffd5b5061024b6104fd3660046138f4565b61117e565b34801561050d575f5ffd5b506105a16040805160e0810182525f5460ff80821615158084526101008304821660208501819052620100008404909216948401859052630100000083046001600160401b0390811660608601819052600160581b8504821660808701819052600160981b860490921660a08701819052600160d81b90950463ffffffff1660c09096018690529692959491939092909190565b604080516001600160401b03988916815260ff9788166020820152959096169585019590955291151560608401528416608083015290921660a083015263ffffffff1660c082015260e0016102a0565b3480156105fc575f5ffd5b5061031061060b366004613810565b604080516001600160401b03808616602083015291810184905290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b34801561065c575f5ffd5b5061024b611191565b348015610670575f5ffd5b5061024b61067f3660046139a0565b61119b565b34801561068f575f5ffd5b5061031061069e3660046139ed565b6111ab565b3480156106ae575f5ffd5b506103107f000000000000000000000000000000000000000000000000000000000000000081565b3480156106e1575f5ffd5b506102946106f0366004613a1f565b600860209081525f928352604080842090915290825290205460ff1681565b34801561071a575f5ffd5b50610294610729366004613a40565b611306565b348015610739575f5ffd5b5061024b6103c2366004613a7e565b348015610753575f5ffd5b50610310610762366004613abe565b6115c8565b348015610772575f5ffd5b5061031062030d4081565b61031061078b366004613b14565b611624565b34801561079b575f5ffd5b506107af6107aa366004613b62565b611727565b6040516102a0989796959493929190613b8d565b3480156107ce575f5ffd5b5061024b6107dd366004613c2c565b6117ef565b3480156107ed575f5ffd5b506103106107fc366004613691565b600a60209081525f928352604080842090915290825290205481565b348015610823575f5ffd5b50610837610832366004613b62565b611801565b6040516001600160a01b0390911681526020016102a0565b34801561085a575f5ffd5b50610310610869366004613cb9565b611849565b348015610879575f5ffd5b506103106108883660046139ed565b6119c9565b348015610898575f5ffd5b5061024b6108a7366004613cff565b611bfc565b3480156108b7575f5ffd5b5061024b6108c6366004613d77565b611db6565b3480156108d6575f5ffd5b50610310611dbe565b3480156108ea575f5ffd5b5061090b604051806040016040528060018152602001603360f81b81525081565b6040516102a09190613e2b565b5f61092289611dcc565b905061092d88611eed565b6109c06109b87fa3d52354fdb9ea56817316e397309f8bf3746af1813e5b4e49d29adfb0f0f03e8b8b8b8b6109628c8c611f2b565b6040805160208101979097526001600160401b039586169087015292841660608601529216608084015260a083019190915260c082015260e0015b60405160208183030381529060405280519060200120611fb9565b848484611fe7565b5f8681526003602052604090206109d981886001612145565b5080546001600160a01b03166109fb826109f5818c8b8b612217565b5f6123de565b5f5b86811015610b3c5736888883818110610a1857610a18613e3d565b608002919091019150506001600160a01b0383166340c10f19610a416060840160408501613678565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152606084013560248201526044015f604051808303815f87803b158015610a89575f5ffd5b505af1158015610a9b573d5f5f3e3d5ffd5b50610ab0925050506060820160408301613678565b6001600160a01b03168a610afc6001600160401b038e168435610ad960408701602088016135bb565b6001600160401b0316604080519384526020840192909252908201526060902090565b604051606085013581527fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73549060200160405180910390a4506001016109fd565b505050505050505050505050565b5f5f610b5461249b565b9550959350505050565b5f610b676124da565b5f5460ff1615610b8a5760405163a792dfa360e01b815260040160405180910390fd5b506001600160a01b038083165f908152600a6020908152604080832093851683529290529081205490819003610beb57604051631f03a3b160e31b81526001600160a01b038085166004830152831660248201526044015b60405180910390fd5b6001600160a01b038084165f818152600a602090815260408083209487168352938152838220829055918152600b9091529081208054839290610c2f908490613e65565b909155505f905080610c438585855a612547565b9150915081610c6b57848482604051631cea682b60e31b8152600401610be293929190613e78565b836001600160a01b0316856001600160a01b03167ff7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd399268385604051610cb091815260200190565b60405180910390a35050610cc26125ec565b92915050565b6040805160e0810182525f805460ff808216151584526101008204811660208501526201000082041693830193909352630100000083046001600160401b0390811660608401819052600160581b850482166080850152600160981b8504821660a0850152600160d81b90940463ffffffff1660c0840152909290891614610d7c576060810151604051630ae4993b60e21b81526001600160401b03808b1660048301529091166024820152604401610be2565b604080517faed5e3fc884571d53ae51f169f91a6f67b6580c130d5961907b884705ed05f3e60208201526001600160401b03808b169282019290925281891660608201526080810188905290861660a0820152610de790610ddf9060c00161099d565b858584611fe7565b610df2878787612616565b604080516001600160401b038a81168252602082018a9052881681830152905191935083917fbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed209181900360600190a2509695505050505050565b610e5461249b565b50505050565b60606002805480602002602001604051908101604052809291908181526020018280548015610eb057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e92575b5050505050905090565b604080516001600160401b038516602080830191909152818301859052600884901c66ffffffffffffff1660608084019190915283518084039091018152608090920183528151918101919091205f90815260079091522054600160ff83161b1615155b9392505050565b5f610f2e6124da565b5f610f3889611dcc565b604080517ffb15b893a74b78020992b2894efed193c04f4824cdd649554eb2efe54cd9cec360208201526001600160401b03808d1692820192909252908a166060820152608081018990526001600160a01b03881660a082015260c08101879052909150610fac90610ddf9060e00161099d565b610fba8882608001516126c8565b845f03610fda57604051631f2a200560e01b815260040160405180910390fd5b5f87815260036020526040812080549091600160a01b90910460ff169081600381111561100957611009613797565b0361102a576040516313a88c5160e11b8152600481018a9052602401610be2565b604080514681523060208201526001600160401b038c169181019190915260609020935061105982885f6123de565b600381600381111561106d5761106d613797565b036110d75781546040516340c10f1960e01b81526001600160a01b038a81166004830152602482018a9052909116906340c10f19906044015f604051808303815f87803b1580156110bc575f5ffd5b505af11580156110ce573d5f5f3e3d5ffd5b50505050611118565b6110e2828a89612779565b6111188460028360038111156110fa576110fa613797565b1461110f5783546001600160a01b0316611111565b5f5b8a8a6127bd565b604080518881526001600160401b038c1660208201526001600160a01b038a16918b9187917fe4f3479648ec33c1e4efb0d84675a5c9ffab296680758e1738def830e78257c8910160405180910390a45050506111736125ec565b979650505050505050565b61118661249b565b505050505050505050565b61119961249b565b565b6111a361249b565b505050505050565b5f6111b46124da565b6001600160a01b0386165f908152600460209081526040808320548084526003928390529220908154600160a01b900460ff1660038111156111f8576111f8613797565b141580611203575081155b1561122b5760405162badf1960e61b81526001600160a01b0389166004820152602401610be2565b5f61123a82848a8a8a8a6128f5565b604051632770a7eb60e21b8152336004820152602481018a90529091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b158015611282575f5ffd5b505af1158015611294573d5f5f3e3d5ffd5b505050506112a181612c91565b9350336001600160a01b031683857fbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d158b8b8b8b88608001516040516112ea959493929190613ed0565b60405180910390a45050506112fd6125ec565b95945050505050565b5f8160168190036113715783835f81811061132357611323613e3d565b909101356001600160f81b031916159050801561136957508383600181811061134e5761134e613e3d565b9050013560f81c60f81b6001600160f81b031916601460f81b145b915050610cc2565b8060220361140b5783835f81811061138b5761138b613e3d565b909101356001600160f81b031916159050806113cf575083835f8181106113b4576113b4613e3d565b9050013560f81c60f81b6001600160f81b031916605160f81b145b80156113695750838360018181106113e9576113e9613e3d565b9050013560f81c60f81b6001600160f81b031916602060f81b14915050610cc2565b8060190361151a5783835f81811061142557611425613e3d565b9050013560f81c60f81b6001600160f81b031916607660f81b14801561147457508383600181811061145957611459613e3d565b9050013560f81c60f81b6001600160f81b03191660a960f81b145b80156114a957508383600281811061148e5761148e613e3d565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156114de5750838360178181106114c3576114c3613e3d565b9050013560f81c60f81b6001600160f81b031916608860f81b145b80156113695750838360188181106114f8576114f8613e3d565b9050013560f81c60f81b6001600160f81b03191660ac60f81b14915050610cc2565b806017036115bf5783835f81811061153457611534613e3d565b9050013560f81c60f81b6001600160f81b03191660a960f81b14801561158357508383600181811061156857611568613e3d565b9050013560f81c60f81b6001600160f81b031916601460f81b145b801561136957508383601681811061159d5761159d613e3d565b9050013560f81c60f81b6001600160f81b031916608760f81b14915050610cc2565b505f9392505050565b5f5f6115d387611dcc565b90506115de86611eed565b61161b610ddf7f0d6ac1f892be3fa22131d1d18a3d63429707a4f780f54a2db55d919f8d25c2f289898960405160200161099d9493929190613f7a565b61117385612cf6565b5f61162d6124da565b7f00000000000000000000000000000000000000000000000000000000000000005f81815260036020526040902060028154600160a01b900460ff16600381111561167a5761167a613797565b1461169857604051637688fa6160e01b815260040160405180910390fd5b5f6116a78284348a8a8a6128f5565b905034826003015f8282546116bc9190613fa6565b909155506116cb905081612c91565b9350336001600160a01b031683857f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab348b8b8b8860800151604051611714959493929190613ed0565b60405180910390a4505050610f1e6125ec565b5f818152600360209081526040808320815180830190925260018101546001600160801b038082168452600160801b909104169282019290925260028201548392839283928392839283928392919083811561179a5761179483602001516001600160801b031683612e4c565b90925090505b835483516020909401516003909501546001600160a01b0382169f600160a01b830460ff169f50600160a81b9092046affffffffffffffffffffff169d50939b5093995060a89190911c975095509350915050565b6117f761249b565b5050505050505050565b5f8181526003602081905260408220908154600160a01b900460ff16600381111561182e5761182e613797565b14611839575f610f1e565b546001600160a01b031692915050565b5f6118526124da565b5f61185c86611dcc565b9050611899610ddf7fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a888860405160200161099d93929190613fb9565b6118c36118a960208701876135bb565b60208701356118be6060890160408a016135bb565b612616565b91506118e26118d860a0870160808801613678565b8660a00135612f34565b60608501355f8181526003602052604081209161190190839083612145565b90506119128260a0890135806123de565b6119258288606001358960a00135612779565b61195a848261193e5783546001600160a01b0316611940565b5f5b61195060a08b0160808c01613678565b8a60a001356127bd565b61196a60a0880160808901613678565b6001600160a01b03168760600135857f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18a60a001356040516119ae91815260200190565b60405180910390a45050506119c16125ec565b949350505050565b5f6119d26124da565b6001600160a01b0386165f90815260046020908152604080832054808452600390925290912060018154600160a01b900460ff166003811115611a1757611a17613797565b141580611a22575081155b15611a4b5760405163363dfcd560e21b81526001600160a01b0389166004820152602401610be2565b5f611a5a82848a8a8a8a6128f5565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038b16906370a0823190602401602060405180830381865afa158015611aa1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ac59190613fdd565b9050611adc6001600160a01b038b1633308c612f88565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038d16906370a0823190602401602060405180830381865afa158015611b22573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b469190613fdd565b611b509190613e65565b9050898114611b7c57604051632daa6d9560e21b8152600481018b905260248101829052604401610be2565b89846003015f828254611b8f9190613fa6565b90915550611b9e905083612c91565b9550336001600160a01b031685877f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab8d8d8d8d8a60800151604051611be7959493929190613ed0565b60405180910390a450505050506112fd6125ec565b611c046124da565b5f611c0e88611dcc565b9050611c7a6109b87fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a6369978a8a8a611c448b8b611f2b565b6040805160208101969096526001600160401b0394851690860152929091166060840152608083015260a082015260c00161099d565b5f86815260036020526040812090611c93828983612145565b90505f611ca2838b8a8a612217565b9050611caf83825f6123de565b611cba838a83612779565b5f82611cd05783546001600160a01b0316611cd2565b5f5b90505f5b88811015611d9f57368a8a83818110611cf157611cf1613e3d565b6080029190910191505f9050611d1c6001600160401b038f168335610ad960408601602087016135bb565b9050611d3d8185611d336060860160408701613678565b85606001356127bd565b611d4d6060830160408401613678565b6001600160a01b03168d827f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18560600135604051611d8d91815260200190565b60405180910390a45050600101611cd6565b505050505050611dad6125ec565b50505050505050565b611dad61249b565b5f611dc7612ff7565b905090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c082015290611e995760405163a792dfa360e01b815260040160405180910390fd5b80606001516001600160401b0316826001600160401b031614611ee8576060810151604051630ae4993b60e21b81526001600160401b0380851660048301529091166024820152604401610be2565b919050565b806001600160401b0316421115611f285760405163794534db60e01b81526001600160401b0382166004820152426024820152604401610be2565b50565b5f81808203611f4d5760405163c2e5347d60e01b815260040160405180910390fd5b5f7f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501690506040516020830281018281525f5b84811015611fa65760808082028901602084013760a0822060208202840152600101611f7f565b5050602083028120935050505092915050565b5f5f611fc3612ff7565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f611ff3604184614008565b9050612000816041614027565b831461202257604051632208c62960e01b815260048101849052602401610be2565b816020015160ff1681101561205c5760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610be2565b5f5f5b82811015611dad575f612074888888856130eb565b9050826001600160a01b0316816001600160a01b0316116120e857826001600160a01b0316816001600160a01b0316036120cc57604051637010e27960e11b81526001600160a01b0382166004820152602401610be2565b6040516302a3e21f60e31b815260048101839052602401610be2565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b0390811691161461213b57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610be2565b915060010161205f565b82545f90600160a01b900460ff168261218e57600181600381111561216c5761216c613797565b14806121895750600281600381111561218757612187613797565b145b6121a4565b60038160038111156121a2576121a2613797565b145b156121c65760028160038111156121bd576121bd613797565b14915050610f1e565b5f8160038111156121d9576121d9613797565b036121fa576040516313a88c5160e11b815260048101859052602401610be2565b83816040516349b0d69d60e11b8152600401610be292919061403e565b5f5f6122228561320c565b60018701549091506001600160801b03165f8080805b878110156123b9573689898381811061225357612253613e3d565b608002919091019150506060810180359061227b906122759060408501613678565b82612f34565b868111156122a65760405163ba9b7fc360e01b81526004810182905260248101889052604401610be2565b6122b0818a613fa6565b98505f6122c360408401602085016135bb565b90506122d2898e853584613277565b604080516001600160401b038f16815284356020820152600883901c66ffffffffffffff16918101919091526060902085158061230f5750878114155b1561234457851561232b575f8881526007602052604090208790555b5f81815260076020526040902054909750955060019450865b600160ff83161b878116156123a4576123888f6001600160401b0316865f0135856001600160401b0316604080519384526020840192909252908201526060902090565b604051630d1069f360e11b8152600401610be291815260200190565b80881797505050505050806001019050612238565b5080156123d1575f8381526007602052604090208290555b5050505050949350505050565b6040805180820190915260018401546001600160801b03808216808452600160801b90920416602083015282111561243e57805160405163ba9b7fc360e01b8152600481018490526001600160801b039091166024820152604401610be2565b5f5f61245b83602001516001600160801b03168760020154612e4c565b915091508085111561248a576040516340df7ba960e01b81526004810186905260248101829052604401610be2565b509092016002909301929092555050565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e80156124d5573d5ff35b503d5ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561251a57604051633ee5aeb560e01b815260040160405180910390fd5b61119960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906132e5565b5f60608580156125a65760405163a9059cbb60e01b81528660048201528560248201525f5f5260205f6044835f8c8af193505082156125a1573d80156125985760015f5114601f3d1116935061259f565b5f883b1193505b505b6125b1565b5f5f5f5f888a89f192505b50816125e3573d6101008111156125c757506101005b6040519150808252805f602084013e603f01601f191681016040525b94509492505050565b6111995f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612541565b5f61262b6126238561320c565b858585613277565b50604080516001600160401b03858116808352602080840187905291851683850152606092839020845191825281830187905266ffffffffffffff600887901c16828601529290205f818152600790925292902054909190600160ff85161b90818116156126af57604051630d1069f360e11b815260048101859052602401610be2565b5f92835260076020526040909220911790559392505050565b806001600160401b0316826001600160401b03161061270557604051636f3ae8af60e11b81526001600160401b0383166004820152602401610be2565b66ffffffffffffff600883901c165f90815260096020526040902054600160ff84161b908082161561275557604051630c835d0b60e31b81526001600160401b0385166004820152602401610be2565b60089390931c66ffffffffffffff165f908152600960205260409020921790915550565b6003830154808211156127b05760405163d274d88f60e01b8152600481018490526024810183905260448101829052606401610be2565b0360039092019190915550565b5f6001600160a01b038416156127d65762030d406127da565b6175305b9050619c406127ea603f83614008565b6127f49083613fa6565b6127fe9190613fa6565b5a101561281e576040516307099c5360e21b815260040160405180910390fd5b5f5f61282c86868686612547565b9150915081611dad576001600160a01b038087165f908152600a602090815260408083209389168352929052908120805486929061286b908490613fa6565b90915550506001600160a01b0386165f908152600b602052604081208054869290612897908490613fa6565b92505081905550846001600160a01b0316866001600160a01b0316887f0d35838d2afef978c13d2e741cd37409c87dd95ca28420ca694c2e49dde7878887856040516128e4929190614052565b60405180910390a450505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906129c25760405163a792dfa360e01b815260040160405180910390fd5b845f036129e257604051631f2a200560e01b815260040160405180910390fd5b8654600160a81b90046affffffffffffffffffffff1680861015612a235760405163180cb56f60e11b81526004810187905260248101829052604401610be2565b60018801546001600160801b031680871115612a5c5760405163ba9b7fc360e01b81526004810188905260248101829052604401610be2565b6001600160401b0386161580612a7a575046866001600160401b0316145b15612aa357604051633ad0c93b60e11b81526001600160401b0387166004820152602401610be2565b5f8881526008602090815260408083206001600160401b038a16845290915290205460ff16612af7576040516352841d1b60e01b8152600481018990526001600160401b0387166024820152604401610be2565b6001600160401b0386165f9081526005602052604090205460ff166001816002811115612b2657612b26613797565b03612b8e57601485141580612b5257505f612b41868861406a565b6bffffffffffffffffffffffff1916145b15612b7457858560405163a114addf60e01b8152600401610be29291906140b7565b612b89612b81868861406a565b60601c6132ec565b612c84565b6002816002811115612ba257612ba2613797565b03612c615760408051602080820183525f82529151612bc4928a9291016140ca565b604051602081830303815290604052805190602001208914612c0b576040516352841d1b60e01b8152600481018a90526001600160401b0388166024820152604401610be2565b612c158686611306565b612c365785856040516366d5150960e01b8152600401610be29291906140b7565b612c408686613342565b612b8957858560405163f13b566960e01b8152600401610be29291906140b7565b60405162c09b0b60e21b81526001600160401b0388166004820152602401610be2565b5050509695505050505050565b5f81608001516001612ca391906140eb565b5f805472ffffffffffffffff00000000000000000000001916600160581b6001600160401b0393841602179055608083015160408051468152306020820152919092169181019190915260609020610cc2565b5f612d1c612d0760208401846135bb565b60208401356118be60608601604087016135bb565b9050612d3b612d3160a0840160808501613678565b8360a00135612f34565b60608201355f81815260036020526040902090612d5b9082906001612145565b50612d6b8160a0850135806123de565b80546001600160a01b03166340c10f19612d8b60a0860160808701613678565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260a086013560248201526044015f604051808303815f87803b158015612dd3575f5ffd5b505af1158015612de5573d5f5f3e3d5ffd5b50612dfa9250505060a0840160808501613678565b6001600160a01b03168360600135837fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73548660a00135604051612e3e91815260200190565b60405180910390a450919050565b5f8063ffffffff60a884901c1681612e63826133f6565b4281612e7157612e71613ff4565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff16808503908514612efb5760038111612ee057663fffffffffffff600182036012028360018588010381612ecf57612ecf613ff4565b04901b8260120285901b1716612ee2565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a811015612f2657808b0397505b505050505050509250929050565b805f03612f5457604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216612f7b5760405163d27b444360e01b815260040160405180910390fd5b612f84826132ec565b5050565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff166323b872dd60e01b179052610e5490859061340e565b5f7f000000000000000000000000000000000000000000000000000000000000000046146130c657611dc7604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f60418202840180359060208101359060400135831a601b81101561311857613115601b8261410a565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082118061315957508060ff16601b1415801561315957508060ff16601c14155b1561317a57604051630a57f30960e31b815260048101869052602401610be2565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156131ca573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661320157604051630a57f30960e31b815260048101869052602401610be2565b505050949350505050565b6001600160401b0381165f9081526006602052604081205460ff169081600281111561323a5761323a613797565b148061324e575046826001600160401b0316145b15611ee85760405163054ddfd160e01b81526001600160401b0383166004820152602401610be2565b600184600281111561328b5761328b613797565b146132a55763ffffffff6001600160401b038216116132ad565b60a082901c15155b15610e545760405163505d564960e11b81526001600160401b0380851660048301526024820184905282166044820152606401610be2565b80825d5050565b6001600160a01b03811630148061331957506001600160a01b0381165f9081526004602052604090205415155b15611f28576040516384f4b9fd60e01b81526001600160a01b0382166004820152602401610be2565b5f8160228190036133ad575f61335c602260028688614123565b6133659161414a565b905080158015906133a4575084845f81811061338357613383613e3d565b909101356001600160f81b031916159050806133a457506401000003d01981105b92505050610cc2565b5f8484601984146133bf5760026133c2565b60035b60ff169080926133d493929190614123565b6133dd9161406a565b6bffffffffffffffffffffffff19161415949350505050565b5f6003613404836002613fa6565b610cc29190614008565b5f5f60205f8451602086015f885af18061342d576040513d5f823e3d81fd5b50505f513d91508115613444578060011415613451565b6001600160a01b0384163b155b15610e5457604051635274afe760e01b81526001600160a01b0385166004820152602401610be2565b80356001600160401b0381168114611ee8575f5ffd5b5f5f83601f8401126134a0575f5ffd5b5081356001600160401b038111156134b6575f5ffd5b6020830191508360208260071b85010111156134d0575f5ffd5b9250929050565b5f5f83601f8401126134e7575f5ffd5b5081356001600160401b038111156134fd575f5ffd5b6020830191508360208285010111156134d0575f5ffd5b5f5f5f5f5f5f5f5f60c0898b03121561352b575f5ffd5b6135348961347a565b975061354260208a0161347a565b965061355060408a0161347a565b95506060890135945060808901356001600160401b03811115613571575f5ffd5b61357d8b828c01613490565b90955093505060a08901356001600160401b0381111561359b575f5ffd5b6135a78b828c016134d7565b999c989b5096995094979396929594505050565b5f602082840312156135cb575f5ffd5b610f1e8261347a565b5f5f5f5f5f608086880312156135e8575f5ffd5b6135f18661347a565b945060208601356001600160401b0381111561360b575f5ffd5b8601610120818903121561361d575f5ffd5b935061362b6040870161347a565b925060608601356001600160401b03811115613645575f5ffd5b613651888289016134d7565b969995985093965092949392505050565b80356001600160a01b0381168114611ee8575f5ffd5b5f60208284031215613688575f5ffd5b610f1e82613662565b5f5f604083850312156136a2575f5ffd5b6136ab83613662565b91506136b960208401613662565b90509250929050565b5f5f5f5f5f5f60a087890312156136d7575f5ffd5b6136e08761347a565b95506136ee6020880161347a565b9450604087013593506137036060880161347a565b925060808701356001600160401b0381111561371d575f5ffd5b61372989828a016134d7565b979a9699509497509295939492505050565b5f5f5f5f6060858703121561374e575f5ffd5b6137578561347a565b93506137656020860161347a565b925060408501356001600160401b0381111561377f575f5ffd5b61378b878288016134d7565b95989497509550505050565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106137bf576137bf613797565b91905290565b602080825282518282018190525f918401906040840190835b818110156138055783516001600160a01b03168352602093840193909201916001016137de565b509095945050505050565b5f5f5f60608486031215613822575f5ffd5b61382b8461347a565b9250602084013591506138406040850161347a565b90509250925092565b5f5f5f5f5f5f5f60c0888a03121561385f575f5ffd5b6138688861347a565b96506138766020890161347a565b95506040880135945061388b60608901613662565b93506080880135925060a08801356001600160401b038111156138ac575f5ffd5b6138b88a828b016134d7565b989b979a50959850939692959293505050565b80356001600160801b0381168114611ee8575f5ffd5b803563ffffffff81168114611ee8575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c03121561390d575f5ffd5b6139168a61347a565b985060208a0135975061392b60408b016138cb565b965061393960608b016138cb565b955061394760808b016138cb565b945061395560a08b016138e1565b935061396360c08b0161347a565b925060e08a01356001600160401b0381111561397d575f5ffd5b6139898c828d016134d7565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a087890312156139b5575f5ffd5b6139be8761347a565b95506139cc6020880161347a565b94506040870135600381106139df575f5ffd5b93506137036060880161347a565b5f5f5f5f5f60808688031215613a01575f5ffd5b613a0a86613662565b94506020860135935061362b6040870161347a565b5f5f60408385031215613a30575f5ffd5b823591506136b96020840161347a565b5f5f60208385031215613a51575f5ffd5b82356001600160401b03811115613a66575f5ffd5b613a72858286016134d7565b90969095509350505050565b5f5f5f5f60608587031215613a91575f5ffd5b613a9a8561347a565b9350613765602086016138e1565b5f60c08284031215613ab8575f5ffd5b50919050565b5f5f5f5f5f6101208688031215613ad3575f5ffd5b613adc8661347a565b9450613aea6020870161347a565b9350613af98760408801613aa8565b92506101008601356001600160401b03811115613645575f5ffd5b5f5f5f60408486031215613b26575f5ffd5b613b2f8461347a565b925060208401356001600160401b03811115613b49575f5ffd5b613b55868287016134d7565b9497909650939450505050565b5f60208284031215613b72575f5ffd5b5035919050565b60048110613b8957613b89613797565b9052565b6001600160a01b03891681526101008101613bab602083018a613b79565b6001600160801b039788166040830152958716606082015293909516608084015263ffffffff9190911660a083015260c082015260e0019190915292915050565b5f5f83601f840112613bfc575f5ffd5b5081356001600160401b03811115613c12575f5ffd5b6020830191508360208260051b85010111156134d0575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613c43575f5ffd5b613c4c8961347a565b97506020890135965060408901356001600160401b03811115613c6d575f5ffd5b613c798b828c01613bec565b90975095505060608901358015158114613c91575f5ffd5b9350613c9f60808a0161347a565b925060a08901356001600160401b0381111561359b575f5ffd5b5f5f5f5f6101008587031215613ccd575f5ffd5b613cd68561347a565b9350613ce58660208701613aa8565b925060e08501356001600160401b0381111561377f575f5ffd5b5f5f5f5f5f5f5f60a0888a031215613d15575f5ffd5b613d1e8861347a565b9650613d2c6020890161347a565b95506040880135945060608801356001600160401b03811115613d4d575f5ffd5b613d598a828b01613490565b90955093505060808801356001600160401b038111156138ac575f5ffd5b5f5f5f5f5f5f5f60a0888a031215613d8d575f5ffd5b613d968861347a565b965060208801356001600160401b03811115613db0575f5ffd5b613dbc8a828b01613bec565b909750955050604088013560ff81168114613dd5575f5ffd5b9350613de36060890161347a565b925060808801356001600160401b038111156138ac575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f1e6020830184613dfd565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610cc257610cc2613e51565b6001600160a01b03841681526001600160a01b0383166020820152606060408201525f6112fd6060830184613dfd565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b0385166020820152608060408201525f613ef8608083018587613ea8565b90506001600160401b03831660608301529695505050505050565b6001600160401b03613f248261347a565b168252602081810135908301526001600160401b03613f456040830161347a565b166040830152606081810135908301526001600160a01b03613f6960808301613662565b16608083015260a090810135910152565b8481526001600160401b0384811660208301528316604082015261012081016112fd6060830184613f13565b80820180821115610cc257610cc2613e51565b8381526001600160401b038316602082015261010081016119c16040830184613f13565b5f60208284031215613fed575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f8261402257634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610cc257610cc2613e51565b82815260408101610f1e6020830184613b79565b828152604060208201525f6119c16040830184613dfd565b80356bffffffffffffffffffffffff1981169060148410156140b0576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b602081525f6119c1602083018486613ea8565b6001600160401b0383168152604060208201525f6119c16040830184613dfd565b6001600160401b038181168382160190811115610cc257610cc2613e51565b60ff8181168382160190811115610cc257610cc2613e51565b5f5f85851115614131575f5ffd5b8386111561413d575f5ffd5b5050820193919092039150565b80356020831015610cc2575f19602084900360031b1b16929150505660a060405230608052348015610013575f5ffd5b506080516138f561005d5f395f81816102f50152818161051b0152818161060b015281816108af015281816109dd01528181610aab01528181610e0b015261110301526138f55ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063786df3e411610093578063bf0ad46211610063578063bf0ad46214610286578063c8a72e8314610299578063d4570c1c146102ac578063ee09956e146102d6575f5ffd5b8063786df3e41461021b5780638456cb591461022e578063864be85014610236578063ac6d078014610249575f5ffd5b80633bee70d7116100ce5780633bee70d71461019657806342ba39c2146101ab578063669a53a2146101da57806371f96211146101fc575f5ffd5b80631295bf53146100f45780631dfce5c61461012957806328b9c4ec14610156575b5f5ffd5b61010761010236600461245b565b6102e9565b604080519283526001600160a01b039091166020830152015b60405180910390f35b6101486101373660046124ff565b600b6020525f908152604090205481565b604051908152602001610120565b61017e6101643660046124ff565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610120565b6101a96101a436600461251f565b610511565b005b6101cd6101b936600461257b565b60056020525f908152604090205460ff1681565b60405161012091906125a8565b6101cd6101e836600461257b565b60066020525f908152604090205460ff1681565b61014861020a3660046124ff565b60046020525f908152604090205481565b6101a96102293660046125eb565b610601565b6101a96108a5565b6101a9610244366004612697565b6109d3565b61027661025736600461271c565b600860209081525f928352604080842090915290825290205460ff1681565b6040519015158152602001610120565b6101a9610294366004612746565b610aa1565b6101a96102a73660046127b0565b610e01565b6101486102ba36600461285d565b600a60209081525f928352604080842090915290825290205481565b6101a96102e4366004612895565b6110f9565b5f806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361033457604051634e66b6bb60e11b815260040160405180910390fd5b5f7fbc6c568e28833f59f7a44a6c5fe3f1850f0781559c0c9d75c3401ad640d553478861036460208a018a61257b565b61037160208b018b612934565b60405161037f929190612976565b60405180910390208a80604001906103979190612934565b6040516103a5929190612976565b6040519081900390206103bb60608d018d612934565b6040516103c9929190612976565b6040805191829003822060208301979097526001600160401b0395861690820152939092166060840152608083015260a082015260c081019190915260e00160408051601f1981840301815291905261042860a0890160808a01612985565b61043860c08a0160a08b0161299e565b61044860e08b0160c08c0161299e565b6104596101008c0160e08d0161299e565b61046b6101208d016101008e016129b7565b6040805160ff90961660208701526001600160801b0394851690860152918316606085015291909116608083015263ffffffff1660a08201526001600160401b03881660c082015260e00160408051601f19818403018152908290526104d492916020016129e7565b6040516020818303038152906040528051906020012090506104f98882888888611211565b61050287611364565b92509250509550959350505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361055a57604051634e66b6bb60e11b815260040160405180910390fd5b6105cb847f85d65a6a3e9ace606659669a8878883ced9fc4c85c3f73077601ad66c0e6971286866040516020016105ad939291909283526001600160401b03918216602084015216604082015260600190565b60405160208183030381529060405280519060200120858585611211565b5f805460ff191681556040517fa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d169339190a150505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361064a57604051634e66b6bb60e11b815260040160405180910390fd5b604080517f2fbe05777cbb06d6879215ca1db1f1e5ff6894ad7a10a2f2fd39109021ebb87060208201526001600160401b03808c1692820192909252606081018a90526001600160801b03808a16608083015280891660a0830152871660c082015263ffffffff861660e08201529084166101008201526106d0908a90610120016105ad565b6106dc8787878761192a565b5f888152600360205260408120908154600160a01b900460ff16600381111561070757610707612594565b0361072d576040516313a88c5160e11b8152600481018a90526024015b60405180910390fd5b60018101546002820154600160801b9091046001600160801b0316905f9081906107589084906119be565b9150915082896001600160801b0316141580610784575060a882901c63ffffffff168863ffffffff1614155b156107c4575f6107948285612a17565b90506107c08a6001600160801b031682106107b8578a6001600160801b03166107ba565b815b8a611aa6565b9250505b83546affffffffffffffffffffff8c16600160a81b0274ffffffffffffffffffffffffffffffffffffffffff9091161784556040805180820182526001600160801b03808d16808352908c166020909201829052600160801b90910217600186015560028501839055518c907fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a719061088e908e908e908e908e906001600160801b03948516815292841660208401529216604082015263ffffffff91909116606082015260800190565b60405180910390a250505050505050505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036108ee57604051634e66b6bb60e11b815260040160405180910390fd5b6040805160e0810182525f805460ff808216151584526101008204811660208086019190915262010000830490911684860152630100000082046001600160401b0390811660608601819052600160581b840482166080870152600160981b8404821660a0870152600160d81b90930463ffffffff1660c0860152338452600190915293909120549192919091161461099c57604051632a6edb2b60e01b8152336004820152602401610724565b5f805460ff1916600117815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a250565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610a1c57604051634e66b6bb60e11b815260040160405180910390fd5b610a8f867f8b43fffd581c1c90c14263b70b078f1aa3ad3a291f9814ebd9264681c0c910f48888886002811115610a5557610a55612594565b6040805160208101959095526001600160401b0393841690850152908216606084015260ff166080830152861660a082015260c0016105ad565b610a998585611adb565b505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610aea57604051634e66b6bb60e11b815260040160405180910390fd5b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c0830152909190861614610b9d576060810151604051630ae4993b60e21b81526001600160401b0380881660048301529091166024820152604401610724565b8060c0015163ffffffff168463ffffffff1614610be25760c081015160405162d2fdef60e51b815263ffffffff80871660048301529091166024820152604401610724565b60418214610c0657604051632208c62960e01b815260048101839052602401610724565b604080517fd37c9aa256c7c6470eccd5b28822a1894ebcc2ea6a1f26bf2b48b8356a490d2360208201526001600160401b0387169181019190915263ffffffff851660608201525f90610c7d90610c759060800160405160208183030381529060405280519060200120611bf2565b85855f611c20565b60608301516001600160a01b0382165f908152600160205260409020549192506001600160401b03918216911614610cd357604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610724565b6001808352610ce3908690612a2a565b63ffffffff1660c0830181905282515f80546020860151604080880151606089015160808a015160a08b015161ffff1990961697151561ff0019169790971761010060ff95861602176affffffffffffffffff000019166201000094909216939093026affffffffffffffff00000019161763010000006001600160401b0393841602177fffffffffff00000000000000000000000000000000ffffffffffffffffffffff16600160581b9583169590950267ffffffffffffffff60981b191694909417600160981b91909216021763ffffffff60d81b1916600160d81b909302929092178255516001600160a01b038316917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a2505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610e4a57604051634e66b6bb60e11b815260040160405180910390fd5b610ed9887fa78eab95bfafe37d4117aa7ed68be79ceecee1b2e6ed88f3d5bebdafeb4f91fb8a8a8a8a604051602001610e84929190612a46565b60408051601f198184030181528282528051602091820120908301959095526001600160401b03938416908201526060810191909152608081019290925287151560a0830152861660c082015260e0016105ad565b5f878152600360208190526040822054600160a01b900460ff1690811115610f0357610f03612594565b03610f24576040516313a88c5160e11b815260048101889052602401610724565b5f5b858110156110ee575f878783818110610f4157610f41612a85565b9050602002016020810190610f56919061257b565b90508515611080576001600160401b0381161580610f7c575046816001600160401b0316145b15610fa557604051633ad0c93b60e11b81526001600160401b0382166004820152602401610724565b6001600160401b0381165f9081526005602052604081205460ff1690816002811115610fd357610fd3612594565b03610ffb5760405162c09b0b60e21b81526001600160401b0383166004820152602401610724565b600281600281111561100f5761100f612594565b14801561104e575060408051602080820183525f825291516110349285929101612a99565b604051602081830303815290604052805190602001208a14155b1561107e576040516352841d1b60e01b8152600481018b90526001600160401b0383166024820152604401610724565b505b5f8981526008602090815260408083206001600160401b03851680855290835292819020805460ff19168a151590811790915590519081528b917f9b15a531e0f9eb58472bc0e484af59d3adb68e82808957c98f5f499dfc049585910160405180910390a350600101610f26565b505050505050505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361114257604051634e66b6bb60e11b815260040160405180910390fd5b6111c9877fd55c94dd6b4f32b60a557742b348f384a2e6264db3684c4e7b6c79e4b3976ad089898960405160200161117b929190612ade565b60408051601f198184030181528282528051602091820120908301949094526001600160401b0392831690820152606081019290925260ff88166080830152861660a082015260c0016105ad565b6112088686808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508892508b9150611d419050565b50505050505050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c08301529091908716146112c4576060810151604051630ae4993b60e21b81526001600160401b0380891660048301529091166024820152604401610724565b8060a001516001600160401b0316846001600160401b0316146113125760a081015160405162d2fdef60e51b81526001600160401b0380871660048301529091166024820152604401610724565b61132661131e86611bf2565b848484612148565b611331846001612b12565b5f80546001600160401b0392909216600160981b0267ffffffffffffffff60981b19909216919091179055505050505050565b5f80806113746020850185612934565b9150508015801590611387575080601414155b156113b4576113996020850185612934565b60405163c0403bdd60e01b8152600401610724929190612b59565b6113ff6113c760c0860160a0870161299e565b6113d760e0870160c0880161299e565b6113e8610100880160e0890161299e565b6113fa61012089016101008a016129b7565b61192a565b61140c602085018561257b565b6114196020860186612934565b60405160200161142b93929190612b6c565b60408051601f1981840301815291815281516020928301205f8181526003909352908220909450908154600160a01b900460ff16600381111561147057611470612594565b1461149157604051630c3471ff60e41b815260048101859052602401610724565b5f466114a0602088018861257b565b6001600160401b031603611566578260140361155e576114c36020870187612934565b6114cc91612b97565b60601c9350833b5f036114fd576040516322a2d07b60e21b81526001600160a01b0385166004820152602401610724565b6001600160a01b0384165f9081526004602052604090205415611556576001600160a01b0384165f81815260046020819052604091829020549151635eb2e95760e11b8152908101929092526024820152604401610724565b5060016116c3565b5060026116c3565b5f60058161157760208a018a61257b565b6001600160401b0316815260208101919091526040015f9081205460ff1691508160028111156115a9576115a9612594565b036115df576115bb602088018861257b565b60405162c09b0b60e21b81526001600160401b039091166004820152602401610724565b60028160028111156115f3576115f3612594565b1480156115ff57508315155b15611611576113996020880188612934565b61161e6040880188612934565b1590508061163857506116346060880188612934565b1590505b1561165657604051632ef1310560e01b815260040160405180910390fd5b856116646040890189612934565b61167160608b018b612934565b61168160a08d0160808e01612985565b8b60405161168e9061236b565b61169d96959493929190612be4565b8190604051809103905ff59050801580156116ba573d5f5f3e3d5ffd5b50945060039150505b81546001600160a01b03851673ffffffffffffffffffffffffffffffffffffffff198216811784558291849174ffffffffffffffffffffffffffffffffffffffffff1990911617600160a01b83600381111561172157611721612594565b021790555061173660c0870160a0880161299e565b82546affffffffffffffffffffff91909116600160a81b0274ffffffffffffffffffffffffffffffffffffffffff909116178255604080518082019091528061178560e0890160c08a0161299e565b6001600160801b031681526020016117a4610100890160e08a0161299e565b6001600160801b0390811690915281516020909201518116600160801b0291161760018301556117e55f6117e061012089016101008a016129b7565b611aa6565b60028301556001600160a01b03841615611814576001600160a01b0384165f9081526004602052604090208590555b6001600160a01b038416857f4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe5158361184e60208b018b61257b565b61185b60208c018c612934565b61186b60a08e0160808f01612985565b60405161187c959493929190612c23565b60405180910390a3847fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a716118b660c0890160a08a0161299e565b6118c660e08a0160c08b0161299e565b6118d76101008b0160e08c0161299e565b6118e96101208c016101008d016129b7565b604080516001600160801b0395861681529385166020850152919093169082015263ffffffff909116606082015260800160405180910390a2505050915091565b6001600160801b03831615806119515750816001600160801b0316836001600160801b0316115b80611960575063ffffffff8116155b8061197c5750826001600160801b0316846001600160801b0316115b8061199a57506affffffffffffffffffffff6001600160801b038516115b156119b85760405163e773e0a960e01b815260040160405180910390fd5b50505050565b5f8063ffffffff60a884901c16816119d5826122a6565b42816119e3576119e3612c70565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff16808503908514611a6d5760038111611a5257663fffffffffffff600182036012028360018588010381611a4157611a41612c70565b04901b8260120285901b1716611a54565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a811015611a9857808b0397505b505050505050509250929050565b5f60a88263ffffffff16901b6080611ac38463ffffffff166122a6565b611acd9042612c84565b901b84171790505b92915050565b6001600160401b0382161580611af9575046826001600160401b0316145b15611b22576040516335e7cba960e21b81526001600160401b0383166004820152602401610724565b6001600160401b0382165f908152600560205260409020805482919060ff19166001836002811115611b5657611b56612594565b02179055505f816002811115611b6e57611b6e612594565b14611bad576001600160401b0382165f908152600660205260409020805482919060ff19166001836002811115611ba757611ba7612594565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b82604051611be691906125a8565b60405180910390a25050565b5f5f611bfc6122be565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f60418202840180359060208101359060400135831a601b811015611c4d57611c4a601b82612ca3565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180611c8e57508060ff16601b14158015611c8e57508060ff16601c14155b15611caf57604051630a57f30960e31b815260048101869052602401610724565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611cff573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416611d3657604051630a57f30960e31b815260048101869052602401610724565b505050949350505050565b8251801580611d505750604081115b80611d5c575060ff8316155b80611d695750808360ff16115b80611d81575080611d7e60ff85166002612cbc565b11155b15611d9f576040516335d73a6760e11b815260040160405180910390fd5b5f611dab836001612b12565b90505f5f5b83811015611e8a57816001600160a01b0316878281518110611dd457611dd4612a85565b60200260200101516001600160a01b031611611e03576040516335d73a6760e11b815260040160405180910390fd5b8260015f898481518110611e1957611e19612a85565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110611e7557611e75612a85565b60200260200101519150806001019050611db0565b508551611e9e906002906020890190612378565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a8888604051612137929190612cd3565b60405180910390a250505050505050565b5f612154604184612c84565b9050612161816041612cbc565b831461218357604051632208c62960e01b815260048101849052602401610724565b816020015160ff168110156121bd5760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610724565b5f5f5b82811015611208575f6121d588888885611c20565b9050826001600160a01b0316816001600160a01b03161161224957826001600160a01b0316816001600160a01b03160361222d57604051637010e27960e11b81526001600160a01b0382166004820152602401610724565b6040516302a3e21f60e31b815260048101839052602401610724565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b0390811691161461229c57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610724565b91506001016121c0565b5f60036122b4836002612d2c565b611ad59190612c84565b5f612366604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b610bb580612d4083390190565b828054828255905f5260205f209081019282156123d8579160200282015b828111156123d8578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03909116178255602090920191600190910190612396565b506123e49291506123e8565b5090565b5b808211156123e4575f81556001016123e9565b80356001600160401b0381168114612412575f5ffd5b919050565b5f5f83601f840112612427575f5ffd5b5081356001600160401b0381111561243d575f5ffd5b602083019150836020828501011115612454575f5ffd5b9250929050565b5f5f5f5f5f6080868803121561246f575f5ffd5b612478866123fc565b945060208601356001600160401b03811115612492575f5ffd5b860161012081890312156124a4575f5ffd5b93506124b2604087016123fc565b925060608601356001600160401b038111156124cc575f5ffd5b6124d888828901612417565b969995985093965092949392505050565b80356001600160a01b0381168114612412575f5ffd5b5f6020828403121561250f575f5ffd5b612518826124e9565b9392505050565b5f5f5f5f60608587031215612532575f5ffd5b61253b856123fc565b9350612549602086016123fc565b925060408501356001600160401b03811115612563575f5ffd5b61256f87828801612417565b95989497509550505050565b5f6020828403121561258b575f5ffd5b612518826123fc565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106125bc576125bc612594565b91905290565b80356001600160801b0381168114612412575f5ffd5b803563ffffffff81168114612412575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c031215612604575f5ffd5b61260d8a6123fc565b985060208a0135975061262260408b016125c2565b965061263060608b016125c2565b955061263e60808b016125c2565b945061264c60a08b016125d8565b935061265a60c08b016123fc565b925060e08a01356001600160401b03811115612674575f5ffd5b6126808c828d01612417565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a087890312156126ac575f5ffd5b6126b5876123fc565b95506126c3602088016123fc565b94506040870135600381106126d6575f5ffd5b93506126e4606088016123fc565b925060808701356001600160401b038111156126fe575f5ffd5b61270a89828a01612417565b979a9699509497509295939492505050565b5f5f6040838503121561272d575f5ffd5b8235915061273d602084016123fc565b90509250929050565b5f5f5f5f60608587031215612759575f5ffd5b612762856123fc565b9350612549602086016125d8565b5f5f83601f840112612780575f5ffd5b5081356001600160401b03811115612796575f5ffd5b6020830191508360208260051b8501011115612454575f5ffd5b5f5f5f5f5f5f5f5f60c0898b0312156127c7575f5ffd5b6127d0896123fc565b97506020890135965060408901356001600160401b038111156127f1575f5ffd5b6127fd8b828c01612770565b90975095505060608901358015158114612815575f5ffd5b935061282360808a016123fc565b925060a08901356001600160401b0381111561283d575f5ffd5b6128498b828c01612417565b999c989b5096995094979396929594505050565b5f5f6040838503121561286e575f5ffd5b612877836124e9565b915061273d602084016124e9565b803560ff81168114612412575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156128ab575f5ffd5b6128b4886123fc565b965060208801356001600160401b038111156128ce575f5ffd5b6128da8a828b01612770565b90975095506128ed905060408901612885565b93506128fb606089016123fc565b925060808801356001600160401b03811115612915575f5ffd5b6129218a828b01612417565b989b979a50959850939692959293505050565b5f5f8335601e19843603018112612949575f5ffd5b8301803591506001600160401b03821115612962575f5ffd5b602001915036819003821315612454575f5ffd5b818382375f9101908152919050565b5f60208284031215612995575f5ffd5b61251882612885565b5f602082840312156129ae575f5ffd5b612518826125c2565b5f602082840312156129c7575f5ffd5b612518826125d8565b5f81518060208401855e5f93019283525090919050565b5f6129fb6129f583866129d0565b846129d0565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611ad557611ad5612a03565b63ffffffff8181168382160190811115611ad557611ad5612a03565b5f8184825b85811015612a7a576001600160401b03612a64836123fc565b1683526020928301929190910190600101612a4b565b509095945050505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f8184825b85811015612a7a576001600160a01b03612afc836124e9565b1683526020928301929190910190600101612ae3565b6001600160401b038181168382160190811115611ad557611ad5612a03565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6129fb602083018486612b31565b6001600160401b0384168152604060208201525f612b8e604083018486612b31565b95945050505050565b80356bffffffffffffffffffffffff198116906014841015612bdd576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b608081525f612bf760808301888a612b31565b8281036020840152612c0a818789612b31565b60ff959095166040840152505060600152949350505050565b5f60048710612c3457612c34612594565b8682526001600160401b038616602083015260806040830152612c5b608083018587612b31565b905060ff831660608301529695505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82612c9e57634e487b7160e01b5f52601260045260245ffd5b500490565b60ff8181168382160190811115611ad557611ad5612a03565b8082028115828204841417611ad557611ad5612a03565b604080825283519082018190525f9060208501906060840190835b81811015612d155783516001600160a01b0316835260209384019390920191600101612cee565b5050809250505060ff831660208301529392505050565b80820180821115611ad557611ad5612a0356fe60e060405234801561000f575f5ffd5b50604051610bb5380380610bb583398101604081905261002e916100fe565b8383600361003c8382610205565b5060046100498282610205565b5050336080525060a05260ff1660c052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610084575f5ffd5b81516001600160401b0381111561009d5761009d610061565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cb576100cb610061565b6040528181528382016020018510156100e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610111575f5ffd5b84516001600160401b03811115610126575f5ffd5b61013287828801610075565b602087015190955090506001600160401b0381111561014f575f5ffd5b61015b87828801610075565b935050604085015160ff81168114610171575f5ffd5b6060959095015193969295505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610061565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516108be6102f75f395f61014b01525f61018f01525f81816102440152818161035501526103c201526108be5ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806344de240a116100885780639dc29fac116100635780639dc29fac146101e1578063a9059cbb146101f4578063dd62ed3e14610207578063e78cea921461023f575f5ffd5b806344de240a1461018a57806370a08231146101b157806395d89b41146101d9575f5ffd5b806323b872dd116100b857806323b872dd14610131578063313ce5671461014457806340c10f1914610175575f5ffd5b806306fdde03146100de578063095ea7b3146100fc57806318160ddd1461011f575b5f5ffd5b6100e661027e565b6040516100f39190610764565b60405180910390f35b61010f61010a3660046107b4565b61030e565b60405190151581526020016100f3565b6002545b6040519081526020016100f3565b61010f61013f3660046107dc565b610327565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100f3565b6101886101833660046107b4565b61034a565b005b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6101236101bf366004610816565b6001600160a01b03165f9081526020819052604090205490565b6100e66103a8565b6101886101ef3660046107b4565b6103b7565b61010f6102023660046107b4565b61040c565b610123610215366004610836565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b60606003805461028d90610867565b80601f01602080910402602001604051908101604052809291908181526020018280546102b990610867565b80156103045780601f106102db57610100808354040283529160200191610304565b820191905f5260205f20905b8154815290600101906020018083116102e757829003601f168201915b5050505050905090565b5f3361031b818585610419565b60019150505b92915050565b5f3361033485828561042b565b61033f8585856104a7565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039a57604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6103a48282610504565b5050565b60606004805461028d90610867565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040257604051637c8da0cf60e11b8152336004820152602401610391565b6103a48282610538565b5f3361031b8185856104a7565b610426838383600161056c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104a1578181101561049357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610391565b6104a184848484035f61056c565b50505050565b6001600160a01b0383166104d057604051634b637e8f60e11b81525f6004820152602401610391565b6001600160a01b0382166104f95760405163ec442f0560e01b81525f6004820152602401610391565b61042683838361063e565b6001600160a01b03821661052d5760405163ec442f0560e01b81525f6004820152602401610391565b6103a45f838361063e565b6001600160a01b03821661056157604051634b637e8f60e11b81525f6004820152602401610391565b6103a4825f8361063e565b6001600160a01b0384166105955760405163e602df0560e01b81525f6004820152602401610391565b6001600160a01b0383166105be57604051634a1406b160e11b81525f6004820152602401610391565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104a157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063091815260200190565b60405180910390a350505050565b6001600160a01b038316610668578060025f82825461065d919061089f565b909155506106d89050565b6001600160a01b0383165f90815260208190526040902054818110156106ba5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610391565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f457600280548290039055610712565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107af575f5ffd5b919050565b5f5f604083850312156107c5575f5ffd5b6107ce83610799565b946020939093013593505050565b5f5f5f606084860312156107ee575f5ffd5b6107f784610799565b925061080560208501610799565b929592945050506040919091013590565b5f60208284031215610826575f5ffd5b61082f82610799565b9392505050565b5f5f60408385031215610847575f5ffd5b61085083610799565b915061085e60208401610799565b90509250929050565b600181811c9082168061087b57607f821691505b60208210810361089957634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561032157634e487b7160e01b5f52601160045260245ffd",
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
