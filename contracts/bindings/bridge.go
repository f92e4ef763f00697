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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evmChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"bitcoinChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"NATIVE_PAYOUT_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TOKEN_PAYOUT_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERSION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetInfo\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.AssetKind\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"wrappedToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"chainKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nextNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"adminNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pauseNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defineAsset\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structBridge.AssetDef\",\"components\":[{\"name\":\"homeChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isProcessed\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStandardScript\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockNative\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mintBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nativeAssetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseBySignature\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateSigners\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"routes\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setChain\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLimits\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRoutes\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"enabled\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerEpoch\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sourceKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalClaimable\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferIdOf\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wrappedTokenOf\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridgeBase.AssetKind\"},{\"name\":\"homeChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Burned\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainSet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridgeBase.ChainKind\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LimitsSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Minted\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentDeferred\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RouteSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"enabled\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignersRotated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyProcessed\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AmountAboveLimit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AmountBelowMinimum\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BridgePaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ClaimFailed\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"DeadlineExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEVMRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidHomeAsset\",\"inputs\":[{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidLimits\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MalformedSignatures\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NativeAssetNotDefined\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NonCanonicalSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotHomeToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotWrappedToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateLimited\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReservedRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TokenInUse\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnspendableBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDestination\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongAssetKind\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridgeBase.AssetKind\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongNonce\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRecipient\",\"inputs\":[]}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516181cf3803806181cf83398101604081905261002f91610874565b466080526100da604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05260408051602080820183525f825291516100fa924692910161097f565b60408051601f1981840301815290829052805160209091012060e05261011f906106f7565b604051809103905ff080158015610138573d5f5f3e3d5ffd5b506001600160a01b031660c05261015084845f6101d5565b5f5b825181101561018d57610185838281518110610170576101706109c3565b602002602001015160016105dc60201b60201c565b600101610152565b505f5b81518110156101cb576101c38282815181106101ae576101ae6109c3565b602002602001015160026105dc60201b60201c565b600101610190565b5050505050610aba565b82518015806101e45750604081115b806101f0575060ff8316155b806101fd5750808360ff16115b8061021557508061021260ff851660026109eb565b11155b15610233576040516335d73a6760e11b815260040160405180910390fd5b5f61023f836001610a08565b90505f5f5b8381101561031e57816001600160a01b0316878281518110610268576102686109c3565b60200260200101516001600160a01b031611610297576040516335d73a6760e11b815260040160405180910390fd5b8260015f8984815181106102ad576102ad6109c3565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110610309576103096109c3565b60200260200101519150806001019050610244565b508551610332906002906020890190610704565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a88886040516105cb929190610a27565b60405180910390a250505050505050565b6001600160401b03821615806105fa575046826001600160401b0316145b15610627576040516335e7cba960e21b81526001600160401b038316600482015260240160405180910390fd5b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561065b5761065b610a80565b02179055505f81600281111561067357610673610a80565b146106b2576001600160401b0382165f908152600660205260409020805482919060ff191660018360028111156106ac576106ac610a80565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b826040516106eb9190610a94565b60405180910390a25050565b6139528061487d83390190565b828054828255905f5260205f20908101928215610757579160200282015b8281111561075757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610722565b50610763929150610767565b5090565b5b80821115610763575f8155600101610768565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156107b7576107b761077b565b604052919050565b5f6001600160401b038211156107d7576107d761077b565b5060051b60200190565b805160ff811681146107f1575f5ffd5b919050565b5f82601f830112610805575f5ffd5b8151610818610813826107bf565b61078f565b8082825260208201915060208360051b860101925085831115610839575f5ffd5b602085015b8381101561086a5780516001600160401b038116811461085c575f5ffd5b83526020928301920161083e565b5095945050505050565b5f5f5f5f60808587031215610887575f5ffd5b84516001600160401b0381111561089c575f5ffd5b8501601f810187136108ac575f5ffd5b80516108ba610813826107bf565b8082825260208201915060208360051b8501019250898311156108db575f5ffd5b6020840193505b828410156109115783516001600160a01b0381168114610900575f5ffd5b8252602093840193909101906108e2565b965061092392505050602086016107e1565b60408601519093506001600160401b0381111561093e575f5ffd5b61094a878288016107f6565b606087015190935090506001600160401b03811115610967575f5ffd5b610973878288016107f6565b91505092959194509250565b60018060401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610a0257610a026109d7565b92915050565b6001600160401b038181168382160190811115610a0257610a026109d7565b604080825283519082018190525f9060208501906060840190835b81811015610a695783516001600160a01b0316835260209384019390920191600101610a42565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310610ab457634e487b7160e01b5f52602160045260245ffd5b91905290565b60805160a05160c05160e051613d89610af45f395f8181610638015261136501525f6121d301525f612d4e01525f612c7f0152613d895ff3fe608060405260043610610212575f3560e01c8063864be8501161011e578063c5fafb01116100a8578063e619af5a1161006d578063e619af5a146107f2578063e7ddb25614610811578063ee09956e14610830578063f698da251461084f578063ffa1ad7414610863575f5ffd5b8063c5fafb0114610714578063c8a72e8314610747578063d4570c1c14610766578063d512a0d91461079c578063de2eeb9f146107d3575f5ffd5b8063ad5bf08b116100ee578063ad5bf08b14610693578063bf0ad462146106b2578063bf4af18e146106cc578063bfb8dd2b146106eb578063c1033d2914610701575f5ffd5b8063864be850146105e95780638d11d6c514610608578063aafcde8414610627578063ac6d07801461065a575f5ffd5b806347a37a6e1161019f57806371f962111161016f57806371f962111461043c578063786df3e41461046757806379502c55146104865780637a07f45a146105755780638456cb59146105d5575f5ffd5b806347a37a6e146103b657806359ecd657146103e5578063669a53a2146103f9578063674ef37714610427575f5ffd5b806325d28ae8116101e557806325d28ae8146102d057806328b9c4ec146102ef5780633bee70d71461033b57806342ba39c21461035a57806346f0975a14610395575f5ffd5b80630239e860146102165780631295bf53146102375780631dfce5c61461027857806321c0b342146102b1575b5f5ffd5b348015610221575f5ffd5b50610235610230366004613199565b61089c565b005b348015610242575f5ffd5b50610256610251366004613240565b610ace565b604080519283526001600160a01b039091166020830152015b60405180910390f35b348015610283575f5ffd5b506102a36102923660046132e4565b600a6020525f908152604090205481565b60405190815260200161026f565b3480156102bc575f5ffd5b506102a36102cb3660046132fd565b610ae2565b3480156102db575f5ffd5b506102a36102ea36600461332e565b610c4c565b3480156102fa575f5ffd5b506103236103093660046132e4565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b03909116815260200161026f565b348015610346575f5ffd5b506102356103553660046133a7565b610dd0565b348015610365575f5ffd5b50610388610374366004613403565b60056020525f908152604090205460ff1681565b60405161026f9190613430565b3480156103a0575f5ffd5b506103a9610dde565b60405161026f919061344a565b3480156103c1575f5ffd5b506103d56103d0366004613495565b610e3e565b604051901515815260200161026f565b3480156103f0575f5ffd5b506102a3604081565b348015610404575f5ffd5b50610388610413366004613403565b60066020525f908152604090205460ff1681565b348015610432575f5ffd5b506102a361753081565b348015610447575f5ffd5b506102a36104563660046132e4565b60046020525f908152604090205481565b348015610472575f5ffd5b506102356104813660046134f7565b610ea9565b348015610491575f5ffd5b506105256040805160e0810182525f5460ff80821615158084526101008304821660208501819052620100008404909216948401859052630100000083046001600160401b0390811660608601819052600160581b8504821660808701819052600160981b860490921660a08701819052600160d81b90950463ffffffff1660c09096018690529692959491939092909190565b604080516001600160401b03988916815260ff9788166020820152959096169585019590955291151560608401528416608083015290921660a083015263ffffffff1660c082015260e00161026f565b348015610580575f5ffd5b506102a361058f366004613495565b604080516001600160401b03808616602083015291810184905290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b3480156105e0575f5ffd5b50610235610ebc565b3480156105f4575f5ffd5b506102356106033660046135a3565b610ec6565b348015610613575f5ffd5b506102a36106223660046135f0565b610ed6565b348015610632575f5ffd5b506102a37f000000000000000000000000000000000000000000000000000000000000000081565b348015610665575f5ffd5b506103d5610674366004613622565b600860209081525f928352604080842090915290825290205460ff1681565b34801561069e575f5ffd5b506103d56106ad366004613643565b611031565b3480156106bd575f5ffd5b50610235610355366004613681565b3480156106d7575f5ffd5b506102a36106e63660046136c1565b6112f3565b3480156106f6575f5ffd5b506102a362030d4081565b6102a361070f366004613717565b61135a565b34801561071f575f5ffd5b5061073361072e366004613765565b61145d565b60405161026f989796959493929190613790565b348015610752575f5ffd5b5061023561076136600461382f565b611525565b348015610771575f5ffd5b506102a36107803660046132fd565b600960209081525f928352604080842090915290825290205481565b3480156107a7575f5ffd5b506107bb6107b6366004613765565b611537565b6040516001600160a01b03909116815260200161026f565b3480156107de575f5ffd5b506102a36107ed3660046138bc565b61157f565b3480156107fd575f5ffd5b506102a361080c3660046135f0565b6116ff565b34801561081c575f5ffd5b5061023561082b366004613902565b611932565b34801561083b575f5ffd5b5061023561084a366004613999565b611aec565b34801561085a575f5ffd5b506102a3611af4565b34801561086e575f5ffd5b5061088f604051806040016040528060018152602001603360f81b81525081565b60405161026f9190613a4d565b5f6108a689611b02565b90506108b188611c23565b61094461093c7fa3d52354fdb9ea56817316e397309f8bf3746af1813e5b4e49d29adfb0f0f03e8b8b8b8b6108e68c8c611c61565b6040805160208101979097526001600160401b039586169087015292841660608601529216608084015260a083019190915260c082015260e0015b60405160208183030381529060405280519060200120611cef565b848484611d1d565b5f86815260036020526040902061095d81886001611e7b565b5080546001600160a01b031661097f82610979818c8b8b611f4d565b5f612114565b5f5b86811015610ac0573688888381811061099c5761099c613a5f565b608002919091019150506001600160a01b0383166340c10f196109c560608401604085016132e4565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152606084013560248201526044015f604051808303815f87803b158015610a0d575f5ffd5b505af1158015610a1f573d5f5f3e3d5ffd5b50610a349250505060608201604083016132e4565b6001600160a01b03168a610a806001600160401b038e168435610a5d6040870160208801613403565b6001600160401b0316604080519384526020840192909252908201526060902090565b604051606085013581527fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73549060200160405180910390a450600101610981565b505050505050505050505050565b5f5f610ad86121d1565b9550959350505050565b5f610aeb612210565b5f5460ff1615610b0e5760405163a792dfa360e01b815260040160405180910390fd5b506001600160a01b038083165f90815260096020908152604080832093851683529290529081205490819003610b6f57604051631f03a3b160e31b81526001600160a01b038085166004830152831660248201526044015b60405180910390fd5b6001600160a01b038084165f8181526009602090815260408083209487168352938152838220829055918152600a9091529081208054839290610bb3908490613a87565b909155505f905080610bc78585855a61227d565b9150915081610bef57848482604051631cea682b60e31b8152600401610b6693929190613a9a565b836001600160a01b0316856001600160a01b03167ff7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd399268385604051610c3491815260200190565b60405180910390a35050610c46612322565b92915050565b6040805160e0810182525f805460ff808216151584526101008204811660208501526201000082041693830193909352630100000083046001600160401b0390811660608401819052600160581b850482166080850152600160981b8504821660a0850152600160d81b90940463ffffffff1660c0840152909290891614610d00576060810151604051630ae4993b60e21b81526001600160401b03808b1660048301529091166024820152604401610b66565b604080517faed5e3fc884571d53ae51f169f91a6f67b6580c130d5961907b884705ed05f3e60208201526001600160401b03808b169282019290925281891660608201526080810188905290861660a0820152610d6b90610d639060c001610921565b858584611d1d565b610d7687878761234c565b604080516001600160401b038a81168252602082018a9052881681830152905191935083917fbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed209181900360600190a2509695505050505050565b610dd86121d1565b50505050565b60606002805480602002602001604051908101604052809291908181526020018280548015610e3457602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610e16575b5050505050905090565b604080516001600160401b038516602080830191909152818301859052600884901c66ffffffffffffff1660608084019190915283518084039091018152608090920183528151918101919091205f90815260079091522054600160ff83161b1615155b9392505050565b610eb16121d1565b505050505050505050565b610ec46121d1565b565b610ece6121d1565b505050505050565b5f610edf612210565b6001600160a01b0386165f908152600460209081526040808320548084526003928390529220908154600160a01b900460ff166003811115610f2357610f2361341c565b141580610f2e575081155b15610f565760405162badf1960e61b81526001600160a01b0389166004820152602401610b66565b5f610f6582848a8a8a8a6123fe565b604051632770a7eb60e21b8152336004820152602481018a90529091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b158015610fad575f5ffd5b505af1158015610fbf573d5f5f3e3d5ffd5b50505050610fcc8161279a565b9350336001600160a01b031683857fbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d158b8b8b8b8860800151604051611015959493929190613af2565b60405180910390a4505050611028612322565b95945050505050565b5f81601681900361109c5783835f81811061104e5761104e613a5f565b909101356001600160f81b031916159050801561109457508383600181811061107957611079613a5f565b9050013560f81c60f81b6001600160f81b031916601460f81b145b915050610c46565b806022036111365783835f8181106110b6576110b6613a5f565b909101356001600160f81b031916159050806110fa575083835f8181106110df576110df613a5f565b9050013560f81c60f81b6001600160f81b031916605160f81b145b801561109457508383600181811061111457611114613a5f565b9050013560f81c60f81b6001600160f81b031916602060f81b14915050610c46565b806019036112455783835f81811061115057611150613a5f565b9050013560f81c60f81b6001600160f81b031916607660f81b14801561119f57508383600181811061118457611184613a5f565b9050013560f81c60f81b6001600160f81b03191660a960f81b145b80156111d45750838360028181106111b9576111b9613a5f565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156112095750838360178181106111ee576111ee613a5f565b9050013560f81c60f81b6001600160f81b031916608860f81b145b801561109457508383601881811061122357611223613a5f565b9050013560f81c60f81b6001600160f81b03191660ac60f81b14915050610c46565b806017036112ea5783835f81811061125f5761125f613a5f565b9050013560f81c60f81b6001600160f81b03191660a960f81b1480156112ae57508383600181811061129357611293613a5f565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156110945750838360168181106112c8576112c8613a5f565b9050013560f81c60f81b6001600160f81b031916608760f81b14915050610c46565b505f9392505050565b5f5f6112fe87611b02565b905061130986611c23565b611346610d637f0d6ac1f892be3fa22131d1d18a3d63429707a4f780f54a2db55d919f8d25c2f28989896040516020016109219493929190613b9c565b61134f856127ff565b979650505050505050565b5f611363612210565b7f00000000000000000000000000000000000000000000000000000000000000005f81815260036020526040902060028154600160a01b900460ff1660038111156113b0576113b061341c565b146113ce57604051637688fa6160e01b815260040160405180910390fd5b5f6113dd8284348a8a8a6123fe565b905034826003015f8282546113f29190613bc8565b9091555061140190508161279a565b9350336001600160a01b031683857f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab348b8b8b886080015160405161144a959493929190613af2565b60405180910390a4505050610ea2612322565b5f818152600360209081526040808320815180830190925260018101546001600160801b038082168452600160801b90910416928201929092526002820154839283928392839283928392839291908381156114d0576114ca83602001516001600160801b031683612955565b90925090505b835483516020909401516003909501546001600160a01b0382169f600160a01b830460ff169f50600160a81b9092046affffffffffffffffffffff169d50939b5093995060a89190911c975095509350915050565b61152d6121d1565b5050505050505050565b5f8181526003602081905260408220908154600160a01b900460ff1660038111156115645761156461341c565b1461156f575f610ea2565b546001600160a01b031692915050565b5f611588612210565b5f61159286611b02565b90506115cf610d637fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a888860405160200161092193929190613bdb565b6115f96115df6020870187613403565b60208701356115f46060890160408a01613403565b61234c565b915061161861160e60a08701608088016132e4565b8660a00135612a3d565b60608501355f8181526003602052604081209161163790839083611e7b565b90506116488260a089013580612114565b61165b8288606001358960a00135612a91565b61169084826116745783546001600160a01b0316611676565b5f5b61168660a08b0160808c016132e4565b8a60a00135612ad5565b6116a060a08801608089016132e4565b6001600160a01b03168760600135857f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18a60a001356040516116e491815260200190565b60405180910390a45050506116f7612322565b949350505050565b5f611708612210565b6001600160a01b0386165f90815260046020908152604080832054808452600390925290912060018154600160a01b900460ff16600381111561174d5761174d61341c565b141580611758575081155b156117815760405163363dfcd560e21b81526001600160a01b0389166004820152602401610b66565b5f61179082848a8a8a8a6123fe565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038b16906370a0823190602401602060405180830381865afa1580156117d7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117fb9190613bff565b90506118126001600160a01b038b1633308c612c0d565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038d16906370a0823190602401602060405180830381865afa158015611858573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061187c9190613bff565b6118869190613a87565b90508981146118b257604051632daa6d9560e21b8152600481018b905260248101829052604401610b66565b89846003015f8282546118c59190613bc8565b909155506118d490508361279a565b9550336001600160a01b031685877f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab8d8d8d8d8a6080015160405161191d959493929190613af2565b60405180910390a45050505050611028612322565b61193a612210565b5f61194488611b02565b90506119b061093c7fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a6369978a8a8a61197a8b8b611c61565b6040805160208101969096526001600160401b0394851690860152929091166060840152608083015260a082015260c001610921565b5f868152600360205260408120906119c9828983611e7b565b90505f6119d8838b8a8a611f4d565b90506119e583825f612114565b6119f0838a83612a91565b5f82611a065783546001600160a01b0316611a08565b5f5b90505f5b88811015611ad557368a8a83818110611a2757611a27613a5f565b6080029190910191505f9050611a526001600160401b038f168335610a5d6040860160208701613403565b9050611a738185611a6960608601604087016132e4565b8560600135612ad5565b611a8360608301604084016132e4565b6001600160a01b03168d827f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18560600135604051611ac391815260200190565b60405180910390a45050600101611a0c565b505050505050611ae3612322565b50505050505050565b611ae36121d1565b5f611afd612c7c565b905090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c082015290611bcf5760405163a792dfa360e01b815260040160405180910390fd5b80606001516001600160401b0316826001600160401b031614611c1e576060810151604051630ae4993b60e21b81526001600160401b0380851660048301529091166024820152604401610b66565b919050565b806001600160401b0316421115611c5e5760405163794534db60e01b81526001600160401b0382166004820152426024820152604401610b66565b50565b5f81808203611c835760405163c2e5347d60e01b815260040160405180910390fd5b5f7f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501690506040516020830281018281525f5b84811015611cdc5760808082028901602084013760a0822060208202840152600101611cb5565b5050602083028120935050505092915050565b5f5f611cf9612c7c565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f611d29604184613c2a565b9050611d36816041613c49565b8314611d5857604051632208c62960e01b815260048101849052602401610b66565b816020015160ff16811015611d925760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610b66565b5f5f5b82811015611ae3575f611daa88888885612d70565b9050826001600160a01b0316816001600160a01b031611611e1e57826001600160a01b0316816001600160a01b031603611e0257604051637010e27960e11b81526001600160a01b0382166004820152602401610b66565b6040516302a3e21f60e31b815260048101839052602401610b66565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b03908116911614611e7157604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610b66565b9150600101611d95565b82545f90600160a01b900460ff1682611ec4576001816003811115611ea257611ea261341c565b1480611ebf57506002816003811115611ebd57611ebd61341c565b145b611eda565b6003816003811115611ed857611ed861341c565b145b15611efc576002816003811115611ef357611ef361341c565b14915050610ea2565b5f816003811115611f0f57611f0f61341c565b03611f30576040516313a88c5160e11b815260048101859052602401610b66565b83816040516349b0d69d60e11b8152600401610b66929190613c60565b5f5f611f5885612e91565b60018701549091506001600160801b03165f8080805b878110156120ef5736898983818110611f8957611f89613a5f565b6080029190910191505060608101803590611fb190611fab90604085016132e4565b82612a3d565b86811115611fdc5760405163ba9b7fc360e01b81526004810182905260248101889052604401610b66565b611fe6818a613bc8565b98505f611ff96040840160208501613403565b9050612008898e853584612efc565b604080516001600160401b038f16815284356020820152600883901c66ffffffffffffff1691810191909152606090208515806120455750878114155b1561207a578515612061575f8881526007602052604090208790555b5f81815260076020526040902054909750955060019450865b600160ff83161b878116156120da576120be8f6001600160401b0316865f0135856001600160401b0316604080519384526020840192909252908201526060902090565b604051630d1069f360e11b8152600401610b6691815260200190565b80881797505050505050806001019050611f6e565b508015612107575f8381526007602052604090208290555b5050505050949350505050565b6040805180820190915260018401546001600160801b03808216808452600160801b90920416602083015282111561217457805160405163ba9b7fc360e01b8152600481018490526001600160801b039091166024820152604401610b66565b5f5f61219183602001516001600160801b03168760020154612955565b91509150808511156121c0576040516340df7ba960e01b81526004810186905260248101829052604401610b66565b509092016002909301929092555050565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e801561220b573d5ff35b503d5ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561225057604051633ee5aeb560e01b815260040160405180910390fd5b610ec460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612f6a565b5f60608580156122dc5760405163a9059cbb60e01b81528660048201528560248201525f5f5260205f6044835f8c8af193505082156122d7573d80156122ce5760015f5114601f3d111693506122d5565b5f883b1193505b505b6122e7565b5f5f5f5f888a89f192505b5081612319573d6101008111156122fd57506101005b6040519150808252805f602084013e603f01601f191681016040525b94509492505050565b610ec45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612277565b5f61236161235985612e91565b858585612efc565b50604080516001600160401b03858116808352602080840187905291851683850152606092839020845191825281830187905266ffffffffffffff600887901c16828601529290205f818152600790925292902054909190600160ff85161b90818116156123e557604051630d1069f360e11b815260048101859052602401610b66565b5f92835260076020526040909220911790559392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906124cb5760405163a792dfa360e01b815260040160405180910390fd5b845f036124eb57604051631f2a200560e01b815260040160405180910390fd5b8654600160a81b90046affffffffffffffffffffff168086101561252c5760405163180cb56f60e11b81526004810187905260248101829052604401610b66565b60018801546001600160801b0316808711156125655760405163ba9b7fc360e01b81526004810188905260248101829052604401610b66565b6001600160401b0386161580612583575046866001600160401b0316145b156125ac57604051633ad0c93b60e11b81526001600160401b0387166004820152602401610b66565b5f8881526008602090815260408083206001600160401b038a16845290915290205460ff16612600576040516352841d1b60e01b8152600481018990526001600160401b0387166024820152604401610b66565b6001600160401b0386165f9081526005602052604090205460ff16600181600281111561262f5761262f61341c565b036126975760148514158061265b57505f61264a8688613c74565b6bffffffffffffffffffffffff1916145b1561267d57858560405163a114addf60e01b8152600401610b66929190613cc1565b61269261268a8688613c74565b60601c612f71565b61278d565b60028160028111156126ab576126ab61341c565b0361276a5760408051602080820183525f825291516126cd928a929101613cd4565b604051602081830303815290604052805190602001208914612714576040516352841d1b60e01b8152600481018a90526001600160401b0388166024820152604401610b66565b61271e8686611031565b61273f5785856040516366d5150960e01b8152600401610b66929190613cc1565b6127498686612fc7565b61269257858560405163f13b566960e01b8152600401610b66929190613cc1565b60405162c09b0b60e21b81526001600160401b0388166004820152602401610b66565b5050509695505050505050565b5f816080015160016127ac9190613cf5565b5f805472ffffffffffffffff00000000000000000000001916600160581b6001600160401b0393841602179055608083015160408051468152306020820152919092169181019190915260609020610c46565b5f6128256128106020840184613403565b60208401356115f46060860160408701613403565b905061284461283a60a08401608085016132e4565b8360a00135612a3d565b60608201355f818152600360205260409020906128649082906001611e7b565b506128748160a085013580612114565b80546001600160a01b03166340c10f1961289460a08601608087016132e4565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260a086013560248201526044015f604051808303815f87803b1580156128dc575f5ffd5b505af11580156128ee573d5f5f3e3d5ffd5b506129039250505060a08401608085016132e4565b6001600160a01b03168360600135837fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73548660a0013560405161294791815260200190565b60405180910390a450919050565b5f8063ffffffff60a884901c168161296c8261307b565b428161297a5761297a613c16565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff16808503908514612a0457600381116129e957663fffffffffffff6001820360120283600185880103816129d8576129d8613c16565b04901b8260120285901b17166129eb565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a811015612a2f57808b0397505b505050505050509250929050565b805f03612a5d57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216612a845760405163d27b444360e01b815260040160405180910390fd5b612a8d82612f71565b5050565b600383015480821115612ac85760405163d274d88f60e01b8152600481018490526024810183905260448101829052606401610b66565b0360039092019190915550565b5f6001600160a01b03841615612aee5762030d40612af2565b6175305b9050619c40612b02603f83613c2a565b612b0c9083613bc8565b612b169190613bc8565b5a1015612b36576040516307099c5360e21b815260040160405180910390fd5b5f5f612b448686868661227d565b9150915081611ae3576001600160a01b038087165f90815260096020908152604080832093891683529290529081208054869290612b83908490613bc8565b90915550506001600160a01b0386165f908152600a602052604081208054869290612baf908490613bc8565b92505081905550846001600160a01b0316866001600160a01b0316887f0d35838d2afef978c13d2e741cd37409c87dd95ca28420ca694c2e49dde787888785604051612bfc929190613d14565b60405180910390a450505050505050565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff166323b872dd60e01b179052610dd8908590613093565b5f7f00000000000000000000000000000000000000000000000000000000000000004614612d4b57611afd604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f60418202840180359060208101359060400135831a601b811015612d9d57612d9a601b82613d2c565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180612dde57508060ff16601b14158015612dde57508060ff16601c14155b15612dff57604051630a57f30960e31b815260048101869052602401610b66565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612e4f573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416612e8657604051630a57f30960e31b815260048101869052602401610b66565b505050949350505050565b6001600160401b0381165f9081526006602052604081205460ff1690816002811115612ebf57612ebf61341c565b1480612ed3575046826001600160401b0316145b15611c1e5760405163054ddfd160e01b81526001600160401b0383166004820152602401610b66565b6001846002811115612f1057612f1061341c565b14612f2a5763ffffffff6001600160401b03821611612f32565b60a082901c15155b15610dd85760405163505d564960e11b81526001600160401b0380851660048301526024820184905282166044820152606401610b66565b80825d5050565b6001600160a01b038116301480612f9e57506001600160a01b0381165f9081526004602052604090205415155b15611c5e576040516384f4b9fd60e01b81526001600160a01b0382166004820152602401610b66565b5f816022819003613032575f612fe1602260028688613d45565b612fea91613d6c565b90508015801590613029575084845f81811061300857613008613a5f565b909101356001600160f81b0319161590508061302957506401000003d01981105b92505050610c46565b5f848460198414613044576002613047565b60035b60ff1690809261305993929190613d45565b61306291613c74565b6bffffffffffffffffffffffff19161415949350505050565b5f6003613089836002613bc8565b610c469190613c2a565b5f5f60205f8451602086015f885af1806130b2576040513d5f823e3d81fd5b50505f513d915081156130c95780600114156130d6565b6001600160a01b0384163b155b15610dd857604051635274afe760e01b81526001600160a01b0385166004820152602401610b66565b80356001600160401b0381168114611c1e575f5ffd5b5f5f83601f840112613125575f5ffd5b5081356001600160401b0381111561313b575f5ffd5b6020830191508360208260071b8501011115613155575f5ffd5b9250929050565b5f5f83601f84011261316c575f5ffd5b5081356001600160401b03811115613182575f5ffd5b602083019150836020828501011115613155575f5ffd5b5f5f5f5f5f5f5f5f60c0898b0312156131b0575f5ffd5b6131b9896130ff565b97506131c760208a016130ff565b96506131d560408a016130ff565b95506060890135945060808901356001600160401b038111156131f6575f5ffd5b6132028b828c01613115565b90955093505060a08901356001600160401b03811115613220575f5ffd5b61322c8b828c0161315c565b999c989b5096995094979396929594505050565b5f5f5f5f5f60808688031215613254575f5ffd5b61325d866130ff565b945060208601356001600160401b03811115613277575f5ffd5b86016101208189031215613289575f5ffd5b9350613297604087016130ff565b925060608601356001600160401b038111156132b1575f5ffd5b6132bd8882890161315c565b969995985093965092949392505050565b80356001600160a01b0381168114611c1e575f5ffd5b5f602082840312156132f4575f5ffd5b610ea2826132ce565b5f5f6040838503121561330e575f5ffd5b613317836132ce565b9150613325602084016132ce565b90509250929050565b5f5f5f5f5f5f60a08789031215613343575f5ffd5b61334c876130ff565b955061335a602088016130ff565b94506040870135935061336f606088016130ff565b925060808701356001600160401b03811115613389575f5ffd5b61339589828a0161315c565b979a9699509497509295939492505050565b5f5f5f5f606085870312156133ba575f5ffd5b6133c3856130ff565b93506133d1602086016130ff565b925060408501356001600160401b038111156133eb575f5ffd5b6133f78782880161315c565b95989497509550505050565b5f60208284031215613413575f5ffd5b610ea2826130ff565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106134445761344461341c565b91905290565b602080825282518282018190525f918401906040840190835b8181101561348a5783516001600160a01b0316835260209384019390920191600101613463565b509095945050505050565b5f5f5f606084860312156134a7575f5ffd5b6134b0846130ff565b9250602084013591506134c5604085016130ff565b90509250925092565b80356001600160801b0381168114611c1e575f5ffd5b803563ffffffff81168114611c1e575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c031215613510575f5ffd5b6135198a6130ff565b985060208a0135975061352e60408b016134ce565b965061353c60608b016134ce565b955061354a60808b016134ce565b945061355860a08b016134e4565b935061356660c08b016130ff565b925060e08a01356001600160401b03811115613580575f5ffd5b61358c8c828d0161315c565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a087890312156135b8575f5ffd5b6135c1876130ff565b95506135cf602088016130ff565b94506040870135600381106135e2575f5ffd5b935061336f606088016130ff565b5f5f5f5f5f60808688031215613604575f5ffd5b61360d866132ce565b945060208601359350613297604087016130ff565b5f5f60408385031215613633575f5ffd5b82359150613325602084016130ff565b5f5f60208385031215613654575f5ffd5b82356001600160401b03811115613669575f5ffd5b6136758582860161315c565b90969095509350505050565b5f5f5f5f60608587031215613694575f5ffd5b61369d856130ff565b93506133d1602086016134e4565b5f60c082840312156136bb575f5ffd5b50919050565b5f5f5f5f5f61012086880312156136d6575f5ffd5b6136df866130ff565b94506136ed602087016130ff565b93506136fc87604088016136ab565b92506101008601356001600160401b038111156132b1575f5ffd5b5f5f5f60408486031215613729575f5ffd5b613732846130ff565b925060208401356001600160401b0381111561374c575f5ffd5b6137588682870161315c565b9497909650939450505050565b5f60208284031215613775575f5ffd5b5035919050565b6004811061378c5761378c61341c565b9052565b6001600160a01b038916815261010081016137ae602083018a61377c565b6001600160801b039788166040830152958716606082015293909516608084015263ffffffff9190911660a083015260c082015260e0019190915292915050565b5f5f83601f8401126137ff575f5ffd5b5081356001600160401b03811115613815575f5ffd5b6020830191508360208260051b8501011115613155575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215613846575f5ffd5b61384f896130ff565b97506020890135965060408901356001600160401b03811115613870575f5ffd5b61387c8b828c016137ef565b90975095505060608901358015158114613894575f5ffd5b93506138a260808a016130ff565b925060a08901356001600160401b03811115613220575f5ffd5b5f5f5f5f61010085870312156138d0575f5ffd5b6138d9856130ff565b93506138e886602087016136ab565b925060e08501356001600160401b038111156133eb575f5ffd5b5f5f5f5f5f5f5f60a0888a031215613918575f5ffd5b613921886130ff565b965061392f602089016130ff565b95506040880135945060608801356001600160401b03811115613950575f5ffd5b61395c8a828b01613115565b90955093505060808801356001600160401b0381111561397a575f5ffd5b6139868a828b0161315c565b989b979a50959850939692959293505050565b5f5f5f5f5f5f5f60a0888a0312156139af575f5ffd5b6139b8886130ff565b965060208801356001600160401b038111156139d2575f5ffd5b6139de8a828b016137ef565b909750955050604088013560ff811681146139f7575f5ffd5b9350613a05606089016130ff565b925060808801356001600160401b0381111561397a575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610ea26020830184613a1f565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c4657610c46613a73565b6001600160a01b03841681526001600160a01b0383166020820152606060408201525f6110286060830184613a1f565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b0385166020820152608060408201525f613b1a608083018587613aca565b90506001600160401b03831660608301529695505050505050565b6001600160401b03613b46826130ff565b168252602081810135908301526001600160401b03613b67604083016130ff565b166040830152606081810135908301526001600160a01b03613b8b608083016132ce565b16608083015260a090810135910152565b8481526001600160401b0384811660208301528316604082015261012081016110286060830184613b35565b80820180821115610c4657610c46613a73565b8381526001600160401b038316602082015261010081016116f76040830184613b35565b5f60208284031215613c0f575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f82613c4457634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417610c4657610c46613a73565b82815260408101610ea2602083018461377c565b80356bffffffffffffffffffffffff198116906014841015613cba576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b602081525f6116f7602083018486613aca565b6001600160401b0383168152604060208201525f6116f76040830184613a1f565b6001600160401b038181168382160190811115610c4657610c46613a73565b828152604060208201525f6116f76040830184613a1f565b60ff8181168382160190811115610c4657610c46613a73565b5f5f85851115613d53575f5ffd5b83861115613d5f575f5ffd5b5050820193919092039150565b80356020831015610c46575f19602084900360031b1b16929150505660a060405230608052348015610013575f5ffd5b506080516138f561005d5f395f81816102f50152818161051b0152818161060b015281816108af015281816109dd01528181610aab01528181610e0b015261110301526138f55ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063786df3e411610093578063bf0ad46211610063578063bf0ad46214610286578063c8a72e8314610299578063d4570c1c146102ac578063ee09956e146102d6575f5ffd5b8063786df3e41461021b5780638456cb591461022e578063864be85014610236578063ac6d078014610249575f5ffd5b80633bee70d7116100ce5780633bee70d71461019657806342ba39c2146101ab578063669a53a2146101da57806371f96211146101fc575f5ffd5b80631295bf53146100f45780631dfce5c61461012957806328b9c4ec14610156575b5f5ffd5b61010761010236600461245b565b6102e9565b604080519283526001600160a01b039091166020830152015b60405180910390f35b6101486101373660046124ff565b600a6020525f908152604090205481565b604051908152602001610120565b61017e6101643660046124ff565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610120565b6101a96101a436600461251f565b610511565b005b6101cd6101b936600461257b565b60056020525f908152604090205460ff1681565b60405161012091906125a8565b6101cd6101e836600461257b565b60066020525f908152604090205460ff1681565b61014861020a3660046124ff565b60046020525f908152604090205481565b6101a96102293660046125eb565b610601565b6101a96108a5565b6101a9610244366004612697565b6109d3565b61027661025736600461271c565b600860209081525f928352604080842090915290825290205460ff1681565b6040519015158152602001610120565b6101a9610294366004612746565b610aa1565b6101a96102a73660046127b0565b610e01565b6101486102ba36600461285d565b600960209081525f928352604080842090915290825290205481565b6101a96102e4366004612895565b6110f9565b5f806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361033457604051634e66b6bb60e11b815260040160405180910390fd5b5f7fbc6c568e28833f59f7a44a6c5fe3f1850f0781559c0c9d75c3401ad640d553478861036460208a018a61257b565b61037160208b018b612934565b60405161037f929190612976565b60405180910390208a80604001906103979190612934565b6040516103a5929190612976565b6040519081900390206103bb60608d018d612934565b6040516103c9929190612976565b6040805191829003822060208301979097526001600160401b0395861690820152939092166060840152608083015260a082015260c081019190915260e00160408051601f1981840301815291905261042860a0890160808a01612985565b61043860c08a0160a08b0161299e565b61044860e08b0160c08c0161299e565b6104596101008c0160e08d0161299e565b61046b6101208d016101008e016129b7565b6040805160ff90961660208701526001600160801b0394851690860152918316606085015291909116608083015263ffffffff1660a08201526001600160401b03881660c082015260e00160408051601f19818403018152908290526104d492916020016129e7565b6040516020818303038152906040528051906020012090506104f98882888888611211565b61050287611364565b92509250509550959350505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361055a57604051634e66b6bb60e11b815260040160405180910390fd5b6105cb847f85d65a6a3e9ace606659669a8878883ced9fc4c85c3f73077601ad66c0e6971286866040516020016105ad939291909283526001600160401b03918216602084015216604082015260600190565b60405160208183030381529060405280519060200120858585611211565b5f805460ff191681556040517fa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d169339190a150505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361064a57604051634e66b6bb60e11b815260040160405180910390fd5b604080517f2fbe05777cbb06d6879215ca1db1f1e5ff6894ad7a10a2f2fd39109021ebb87060208201526001600160401b03808c1692820192909252606081018a90526001600160801b03808a16608083015280891660a0830152871660c082015263ffffffff861660e08201529084166101008201526106d0908a90610120016105ad565b6106dc8787878761192a565b5f888152600360205260408120908154600160a01b900460ff16600381111561070757610707612594565b0361072d576040516313a88c5160e11b8152600481018a90526024015b60405180910390fd5b60018101546002820154600160801b9091046001600160801b0316905f9081906107589084906119be565b9150915082896001600160801b0316141580610784575060a882901c63ffffffff168863ffffffff1614155b156107c4575f6107948285612a17565b90506107c08a6001600160801b031682106107b8578a6001600160801b03166107ba565b815b8a611aa6565b9250505b83546affffffffffffffffffffff8c16600160a81b0274ffffffffffffffffffffffffffffffffffffffffff9091161784556040805180820182526001600160801b03808d16808352908c166020909201829052600160801b90910217600186015560028501839055518c907fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a719061088e908e908e908e908e906001600160801b03948516815292841660208401529216604082015263ffffffff91909116606082015260800190565b60405180910390a250505050505050505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036108ee57604051634e66b6bb60e11b815260040160405180910390fd5b6040805160e0810182525f805460ff808216151584526101008204811660208086019190915262010000830490911684860152630100000082046001600160401b0390811660608601819052600160581b840482166080870152600160981b8404821660a0870152600160d81b90930463ffffffff1660c0860152338452600190915293909120549192919091161461099c57604051632a6edb2b60e01b8152336004820152602401610724565b5f805460ff1916600117815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a250565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610a1c57604051634e66b6bb60e11b815260040160405180910390fd5b610a8f867f8b43fffd581c1c90c14263b70b078f1aa3ad3a291f9814ebd9264681c0c910f48888886002811115610a5557610a55612594565b6040805160208101959095526001600160401b0393841690850152908216606084015260ff166080830152861660a082015260c0016105ad565b610a998585611adb565b505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610aea57604051634e66b6bb60e11b815260040160405180910390fd5b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c0830152909190861614610b9d576060810151604051630ae4993b60e21b81526001600160401b0380881660048301529091166024820152604401610724565b8060c0015163ffffffff168463ffffffff1614610be25760c081015160405162d2fdef60e51b815263ffffffff80871660048301529091166024820152604401610724565b60418214610c0657604051632208c62960e01b815260048101839052602401610724565b604080517fd37c9aa256c7c6470eccd5b28822a1894ebcc2ea6a1f26bf2b48b8356a490d2360208201526001600160401b0387169181019190915263ffffffff851660608201525f90610c7d90610c759060800160405160208183030381529060405280519060200120611bf2565b85855f611c20565b60608301516001600160a01b0382165f908152600160205260409020549192506001600160401b03918216911614610cd357604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610724565b6001808352610ce3908690612a2a565b63ffffffff1660c0830181905282515f80546020860151604080880151606089015160808a015160a08b015161ffff1990961697151561ff0019169790971761010060ff95861602176affffffffffffffffff000019166201000094909216939093026affffffffffffffff00000019161763010000006001600160401b0393841602177fffffffffff00000000000000000000000000000000ffffffffffffffffffffff16600160581b9583169590950267ffffffffffffffff60981b191694909417600160981b91909216021763ffffffff60d81b1916600160d81b909302929092178255516001600160a01b038316917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a2505050505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610e4a57604051634e66b6bb60e11b815260040160405180910390fd5b610ed9887fa78eab95bfafe37d4117aa7ed68be79ceecee1b2e6ed88f3d5bebdafeb4f91fb8a8a8a8a604051602001610e84929190612a46565b60408051601f198184030181528282528051602091820120908301959095526001600160401b03938416908201526060810191909152608081019290925287151560a0830152861660c082015260e0016105ad565b5f878152600360208190526040822054600160a01b900460ff1690811115610f0357610f03612594565b03610f24576040516313a88c5160e11b815260048101889052602401610724565b5f5b858110156110ee575f878783818110610f4157610f41612a85565b9050602002016020810190610f56919061257b565b90508515611080576001600160401b0381161580610f7c575046816001600160401b0316145b15610fa557604051633ad0c93b60e11b81526001600160401b0382166004820152602401610724565b6001600160401b0381165f9081526005602052604081205460ff1690816002811115610fd357610fd3612594565b03610ffb5760405162c09b0b60e21b81526001600160401b0383166004820152602401610724565b600281600281111561100f5761100f612594565b14801561104e575060408051602080820183525f825291516110349285929101612a99565b604051602081830303815290604052805190602001208a14155b1561107e576040516352841d1b60e01b8152600481018b90526001600160401b0383166024820152604401610724565b505b5f8981526008602090815260408083206001600160401b03851680855290835292819020805460ff19168a151590811790915590519081528b917f9b15a531e0f9eb58472bc0e484af59d3adb68e82808957c98f5f499dfc049585910160405180910390a350600101610f26565b505050505050505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361114257604051634e66b6bb60e11b815260040160405180910390fd5b6111c9877fd55c94dd6b4f32b60a557742b348f384a2e6264db3684c4e7b6c79e4b3976ad089898960405160200161117b929190612ade565b60408051601f198184030181528282528051602091820120908301949094526001600160401b0392831690820152606081019290925260ff88166080830152861660a082015260c0016105ad565b6112088686808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508892508b9150611d419050565b50505050505050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c08301529091908716146112c4576060810151604051630ae4993b60e21b81526001600160401b0380891660048301529091166024820152604401610724565b8060a001516001600160401b0316846001600160401b0316146113125760a081015160405162d2fdef60e51b81526001600160401b0380871660048301529091166024820152604401610724565b61132661131e86611bf2565b848484612148565b611331846001612b12565b5f80546001600160401b0392909216600160981b0267ffffffffffffffff60981b19909216919091179055505050505050565b5f80806113746020850185612934565b9150508015801590611387575080601414155b156113b4576113996020850185612934565b60405163c0403bdd60e01b8152600401610724929190612b59565b6113ff6113c760c0860160a0870161299e565b6113d760e0870160c0880161299e565b6113e8610100880160e0890161299e565b6113fa61012089016101008a016129b7565b61192a565b61140c602085018561257b565b6114196020860186612934565b60405160200161142b93929190612b6c565b60408051601f1981840301815291815281516020928301205f8181526003909352908220909450908154600160a01b900460ff16600381111561147057611470612594565b1461149157604051630c3471ff60e41b815260048101859052602401610724565b5f466114a0602088018861257b565b6001600160401b031603611566578260140361155e576114c36020870187612934565b6114cc91612b97565b60601c9350833b5f036114fd576040516322a2d07b60e21b81526001600160a01b0385166004820152602401610724565b6001600160a01b0384165f9081526004602052604090205415611556576001600160a01b0384165f81815260046020819052604091829020549151635eb2e95760e11b8152908101929092526024820152604401610724565b5060016116c3565b5060026116c3565b5f60058161157760208a018a61257b565b6001600160401b0316815260208101919091526040015f9081205460ff1691508160028111156115a9576115a9612594565b036115df576115bb602088018861257b565b60405162c09b0b60e21b81526001600160401b039091166004820152602401610724565b60028160028111156115f3576115f3612594565b1480156115ff57508315155b15611611576113996020880188612934565b61161e6040880188612934565b1590508061163857506116346060880188612934565b1590505b1561165657604051632ef1310560e01b815260040160405180910390fd5b856116646040890189612934565b61167160608b018b612934565b61168160a08d0160808e01612985565b8b60405161168e9061236b565b61169d96959493929190612be4565b8190604051809103905ff59050801580156116ba573d5f5f3e3d5ffd5b50945060039150505b81546001600160a01b03851673ffffffffffffffffffffffffffffffffffffffff198216811784558291849174ffffffffffffffffffffffffffffffffffffffffff1990911617600160a01b83600381111561172157611721612594565b021790555061173660c0870160a0880161299e565b82546affffffffffffffffffffff91909116600160a81b0274ffffffffffffffffffffffffffffffffffffffffff909116178255604080518082019091528061178560e0890160c08a0161299e565b6001600160801b031681526020016117a4610100890160e08a0161299e565b6001600160801b0390811690915281516020909201518116600160801b0291161760018301556117e55f6117e061012089016101008a016129b7565b611aa6565b60028301556001600160a01b03841615611814576001600160a01b0384165f9081526004602052604090208590555b6001600160a01b038416857f4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe5158361184e60208b018b61257b565b61185b60208c018c612934565b61186b60a08e0160808f01612985565b60405161187c959493929190612c23565b60405180910390a3847fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a716118b660c0890160a08a0161299e565b6118c660e08a0160c08b0161299e565b6118d76101008b0160e08c0161299e565b6118e96101208c016101008d016129b7565b604080516001600160801b0395861681529385166020850152919093169082015263ffffffff909116606082015260800160405180910390a2505050915091565b6001600160801b03831615806119515750816001600160801b0316836001600160801b0316115b80611960575063ffffffff8116155b8061197c5750826001600160801b0316846001600160801b0316115b8061199a57506affffffffffffffffffffff6001600160801b038516115b156119b85760405163e773e0a960e01b815260040160405180910390fd5b50505050565b5f8063ffffffff60a884901c16816119d5826122a6565b42816119e3576119e3612c70565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff16808503908514611a6d5760038111611a5257663fffffffffffff600182036012028360018588010381611a4157611a41612c70565b04901b8260120285901b1716611a54565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a811015611a9857808b0397505b505050505050509250929050565b5f60a88263ffffffff16901b6080611ac38463ffffffff166122a6565b611acd9042612c84565b901b84171790505b92915050565b6001600160401b0382161580611af9575046826001600160401b0316145b15611b22576040516335e7cba960e21b81526001600160401b0383166004820152602401610724565b6001600160401b0382165f908152600560205260409020805482919060ff19166001836002811115611b5657611b56612594565b02179055505f816002811115611b6e57611b6e612594565b14611bad576001600160401b0382165f908152600660205260409020805482919060ff19166001836002811115611ba757611ba7612594565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b82604051611be691906125a8565b60405180910390a25050565b5f5f611bfc6122be565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f60418202840180359060208101359060400135831a601b811015611c4d57611c4a601b82612ca3565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180611c8e57508060ff16601b14158015611c8e57508060ff16601c14155b15611caf57604051630a57f30960e31b815260048101869052602401610724565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611cff573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416611d3657604051630a57f30960e31b815260048101869052602401610724565b505050949350505050565b8251801580611d505750604081115b80611d5c575060ff8316155b80611d695750808360ff16115b80611d81575080611d7e60ff85166002612cbc565b11155b15611d9f576040516335d73a6760e11b815260040160405180910390fd5b5f611dab836001612b12565b90505f5f5b83811015611e8a57816001600160a01b0316878281518110611dd457611dd4612a85565b60200260200101516001600160a01b031611611e03576040516335d73a6760e11b815260040160405180910390fd5b8260015f898481518110611e1957611e19612a85565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110611e7557611e75612a85565b60200260200101519150806001019050611db0565b508551611e9e906002906020890190612378565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a8888604051612137929190612cd3565b60405180910390a250505050505050565b5f612154604184612c84565b9050612161816041612cbc565b831461218357604051632208c62960e01b815260048101849052602401610724565b816020015160ff168110156121bd5760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610724565b5f5f5b82811015611208575f6121d588888885611c20565b9050826001600160a01b0316816001600160a01b03161161224957826001600160a01b0316816001600160a01b03160361222d57604051637010e27960e11b81526001600160a01b0382166004820152602401610724565b6040516302a3e21f60e31b815260048101839052602401610724565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b0390811691161461229c57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610724565b91506001016121c0565b5f60036122b4836002612d2c565b611ad59190612c84565b5f612366604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527f2a80e1ef1d7842f27f2e6be0972bb708b9a135c38860dbe73c27c3486c34f4de60608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b610bb580612d4083390190565b828054828255905f5260205f209081019282156123d8579160200282015b828111156123d8578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03909116178255602090920191600190910190612396565b506123e49291506123e8565b5090565b5b808211156123e4575f81556001016123e9565b80356001600160401b0381168114612412575f5ffd5b919050565b5f5f83601f840112612427575f5ffd5b5081356001600160401b0381111561243d575f5ffd5b602083019150836020828501011115612454575f5ffd5b9250929050565b5f5f5f5f5f6080868803121561246f575f5ffd5b612478866123fc565b945060208601356001600160401b03811115612492575f5ffd5b860161012081890312156124a4575f5ffd5b93506124b2604087016123fc565b925060608601356001600160401b038111156124cc575f5ffd5b6124d888828901612417565b969995985093965092949392505050565b80356001600160a01b0381168114612412575f5ffd5b5f6020828403121561250f575f5ffd5b612518826124e9565b9392505050565b5f5f5f5f60608587031215612532575f5ffd5b61253b856123fc565b9350612549602086016123fc565b925060408501356001600160401b03811115612563575f5ffd5b61256f87828801612417565b95989497509550505050565b5f6020828403121561258b575f5ffd5b612518826123fc565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106125bc576125bc612594565b91905290565b80356001600160801b0381168114612412575f5ffd5b803563ffffffff81168114612412575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c031215612604575f5ffd5b61260d8a6123fc565b985060208a0135975061262260408b016125c2565b965061263060608b016125c2565b955061263e60808b016125c2565b945061264c60a08b016125d8565b935061265a60c08b016123fc565b925060e08a01356001600160401b03811115612674575f5ffd5b6126808c828d01612417565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a087890312156126ac575f5ffd5b6126b5876123fc565b95506126c3602088016123fc565b94506040870135600381106126d6575f5ffd5b93506126e4606088016123fc565b925060808701356001600160401b038111156126fe575f5ffd5b61270a89828a01612417565b979a9699509497509295939492505050565b5f5f6040838503121561272d575f5ffd5b8235915061273d602084016123fc565b90509250929050565b5f5f5f5f60608587031215612759575f5ffd5b612762856123fc565b9350612549602086016125d8565b5f5f83601f840112612780575f5ffd5b5081356001600160401b03811115612796575f5ffd5b6020830191508360208260051b8501011115612454575f5ffd5b5f5f5f5f5f5f5f5f60c0898b0312156127c7575f5ffd5b6127d0896123fc565b97506020890135965060408901356001600160401b038111156127f1575f5ffd5b6127fd8b828c01612770565b90975095505060608901358015158114612815575f5ffd5b935061282360808a016123fc565b925060a08901356001600160401b0381111561283d575f5ffd5b6128498b828c01612417565b999c989b5096995094979396929594505050565b5f5f6040838503121561286e575f5ffd5b612877836124e9565b915061273d602084016124e9565b803560ff81168114612412575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156128ab575f5ffd5b6128b4886123fc565b965060208801356001600160401b038111156128ce575f5ffd5b6128da8a828b01612770565b90975095506128ed905060408901612885565b93506128fb606089016123fc565b925060808801356001600160401b03811115612915575f5ffd5b6129218a828b01612417565b989b979a50959850939692959293505050565b5f5f8335601e19843603018112612949575f5ffd5b8301803591506001600160401b03821115612962575f5ffd5b602001915036819003821315612454575f5ffd5b818382375f9101908152919050565b5f60208284031215612995575f5ffd5b61251882612885565b5f602082840312156129ae575f5ffd5b612518826125c2565b5f602082840312156129c7575f5ffd5b612518826125d8565b5f81518060208401855e5f93019283525090919050565b5f6129fb6129f583866129d0565b846129d0565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611ad557611ad5612a03565b63ffffffff8181168382160190811115611ad557611ad5612a03565b5f8184825b85811015612a7a576001600160401b03612a64836123fc565b1683526020928301929190910190600101612a4b565b509095945050505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f8184825b85811015612a7a576001600160a01b03612afc836124e9565b1683526020928301929190910190600101612ae3565b6001600160401b038181168382160190811115611ad557611ad5612a03565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6129fb602083018486612b31565b6001600160401b0384168152604060208201525f612b8e604083018486612b31565b95945050505050565b80356bffffffffffffffffffffffff198116906014841015612bdd576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b608081525f612bf760808301888a612b31565b8281036020840152612c0a818789612b31565b60ff959095166040840152505060600152949350505050565b5f60048710612c3457612c34612594565b8682526001600160401b038616602083015260806040830152612c5b608083018587612b31565b905060ff831660608301529695505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82612c9e57634e487b7160e01b5f52601260045260245ffd5b500490565b60ff8181168382160190811115611ad557611ad5612a03565b8082028115828204841417611ad557611ad5612a03565b604080825283519082018190525f9060208501906060840190835b81811015612d155783516001600160a01b0316835260209384019390920191600101612cee565b5050809250505060ff831660208301529392505050565b80820180821115611ad557611ad5612a0356fe60e060405234801561000f575f5ffd5b50604051610bb5380380610bb583398101604081905261002e916100fe565b8383600361003c8382610205565b5060046100498282610205565b5050336080525060a05260ff1660c052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610084575f5ffd5b81516001600160401b0381111561009d5761009d610061565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cb576100cb610061565b6040528181528382016020018510156100e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610111575f5ffd5b84516001600160401b03811115610126575f5ffd5b61013287828801610075565b602087015190955090506001600160401b0381111561014f575f5ffd5b61015b87828801610075565b935050604085015160ff81168114610171575f5ffd5b6060959095015193969295505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610061565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516108be6102f75f395f61014b01525f61018f01525f81816102440152818161035501526103c201526108be5ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806344de240a116100885780639dc29fac116100635780639dc29fac146101e1578063a9059cbb146101f4578063dd62ed3e14610207578063e78cea921461023f575f5ffd5b806344de240a1461018a57806370a08231146101b157806395d89b41146101d9575f5ffd5b806323b872dd116100b857806323b872dd14610131578063313ce5671461014457806340c10f1914610175575f5ffd5b806306fdde03146100de578063095ea7b3146100fc57806318160ddd1461011f575b5f5ffd5b6100e661027e565b6040516100f39190610764565b60405180910390f35b61010f61010a3660046107b4565b61030e565b60405190151581526020016100f3565b6002545b6040519081526020016100f3565b61010f61013f3660046107dc565b610327565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100f3565b6101886101833660046107b4565b61034a565b005b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6101236101bf366004610816565b6001600160a01b03165f9081526020819052604090205490565b6100e66103a8565b6101886101ef3660046107b4565b6103b7565b61010f6102023660046107b4565b61040c565b610123610215366004610836565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b60606003805461028d90610867565b80601f01602080910402602001604051908101604052809291908181526020018280546102b990610867565b80156103045780601f106102db57610100808354040283529160200191610304565b820191905f5260205f20905b8154815290600101906020018083116102e757829003601f168201915b5050505050905090565b5f3361031b818585610419565b60019150505b92915050565b5f3361033485828561042b565b61033f8585856104a7565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039a57604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6103a48282610504565b5050565b60606004805461028d90610867565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040257604051637c8da0cf60e11b8152336004820152602401610391565b6103a48282610538565b5f3361031b8185856104a7565b610426838383600161056c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104a1578181101561049357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610391565b6104a184848484035f61056c565b50505050565b6001600160a01b0383166104d057604051634b637e8f60e11b81525f6004820152602401610391565b6001600160a01b0382166104f95760405163ec442f0560e01b81525f6004820152602401610391565b61042683838361063e565b6001600160a01b03821661052d5760405163ec442f0560e01b81525f6004820152602401610391565b6103a45f838361063e565b6001600160a01b03821661056157604051634b637e8f60e11b81525f6004820152602401610391565b6103a4825f8361063e565b6001600160a01b0384166105955760405163e602df0560e01b81525f6004820152602401610391565b6001600160a01b0383166105be57604051634a1406b160e11b81525f6004820152602401610391565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104a157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063091815260200190565b60405180910390a350505050565b6001600160a01b038316610668578060025f82825461065d919061089f565b909155506106d89050565b6001600160a01b0383165f90815260208190526040902054818110156106ba5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610391565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f457600280548290039055610712565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107af575f5ffd5b919050565b5f5f604083850312156107c5575f5ffd5b6107ce83610799565b946020939093013593505050565b5f5f5f606084860312156107ee575f5ffd5b6107f784610799565b925061080560208501610799565b929592945050506040919091013590565b5f60208284031215610826575f5ffd5b61082f82610799565b9392505050565b5f5f60408385031215610847575f5ffd5b61085083610799565b915061085e60208401610799565b90509250929050565b600181811c9082168061087b57607f821691505b60208210810361089957634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561032157634e487b7160e01b5f52601160045260245ffd",
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
