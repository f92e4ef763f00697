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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evmChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"bitcoinChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"VERSION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetInfo\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.AssetKind\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"wrappedToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"chainKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nextNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"adminNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pauseNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defineAsset\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structBridge.AssetDef\",\"components\":[{\"name\":\"homeChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isProcessed\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStandardScript\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockNative\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mintBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nativeAssetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseBySignature\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateSigners\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setChain\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLimits\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerEpoch\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sourceKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferIdOf\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wrappedTokenOf\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridge.AssetKind\"},{\"name\":\"homeChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Burned\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainSet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridge.ChainKind\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LimitsSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Minted\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignersRotated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyProcessed\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AmountAboveLimit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AmountBelowMinimum\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BridgePaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DeadlineExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEVMRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidHomeAsset\",\"inputs\":[{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidLimits\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MalformedSignatures\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NativeAssetNotDefined\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NativeTransferFailed\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NonCanonicalSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotHomeToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotWrappedToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateLimited\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReservedRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TokenInUse\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnspendableBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDestination\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongAssetKind\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.AssetKind\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongNonce\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRecipient\",\"inputs\":[]}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161678538038061678583398101604081905261002e91610836565b466080526100d9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527fad7c5bef027816a800da1736444fb58a807ef4c9603b7848673f7e3a68eb14a560608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05260408051602080820183525f825291516100f99246929101610941565b60408051601f19818403018152919052805160209091012060c05261011f84845f6101a4565b5f5b825181101561015c5761015483828151811061013f5761013f610985565b602002602001015160016105ab60201b60201c565b600101610121565b505f5b815181101561019a5761019282828151811061017d5761017d610985565b602002602001015160026105ab60201b60201c565b60010161015f565b5050505050610a7c565b82518015806101b35750604081115b806101bf575060ff8316155b806101cc5750808360ff16115b806101e45750806101e160ff851660026109ad565b11155b15610202576040516335d73a6760e11b815260040160405180910390fd5b5f61020e8360016109ca565b90505f5f5b838110156102ed57816001600160a01b031687828151811061023757610237610985565b60200260200101516001600160a01b031611610266576040516335d73a6760e11b815260040160405180910390fd5b8260015f89848151811061027c5761027c610985565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b031602179055508681815181106102d8576102d8610985565b60200260200101519150806001019050610213565b5085516103019060029060208901906106c6565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a888860405161059a9291906109e9565b60405180910390a250505050505050565b6001600160401b03821615806105c9575046826001600160401b0316145b156105f6576040516335e7cba960e21b81526001600160401b038316600482015260240160405180910390fd5b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561062a5761062a610a42565b02179055505f81600281111561064257610642610a42565b14610681576001600160401b0382165f908152600660205260409020805482919060ff1916600183600281111561067b5761067b610a42565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b826040516106ba9190610a56565b60405180910390a25050565b828054828255905f5260205f20908101928215610719579160200282015b8281111561071957825182546001600160a01b0319166001600160a01b039091161782556020909201916001909101906106e4565b50610725929150610729565b5090565b5b80821115610725575f815560010161072a565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156107795761077961073d565b604052919050565b5f6001600160401b038211156107995761079961073d565b5060051b60200190565b805160ff811681146107b3575f5ffd5b919050565b5f82601f8301126107c7575f5ffd5b81516107da6107d582610781565b610751565b8082825260208201915060208360051b8601019250858311156107fb575f5ffd5b602085015b8381101561082c5780516001600160401b038116811461081e575f5ffd5b835260209283019201610800565b5095945050505050565b5f5f5f5f60808587031215610849575f5ffd5b84516001600160401b0381111561085e575f5ffd5b8501601f8101871361086e575f5ffd5b805161087c6107d582610781565b8082825260208201915060208360051b85010192508983111561089d575f5ffd5b6020840193505b828410156108d35783516001600160a01b03811681146108c2575f5ffd5b8252602093840193909101906108a4565b96506108e592505050602086016107a3565b60408601519093506001600160401b03811115610900575f5ffd5b61090c878288016107b8565b606087015190935090506001600160401b03811115610929575f5ffd5b610935878288016107b8565b91505092959194509250565b60018060401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176109c4576109c4610999565b92915050565b6001600160401b0381811683821601908111156109c4576109c4610999565b604080825283519082018190525f9060208501906060840190835b81811015610a2b5783516001600160a01b0316835260209384019390920191600101610a04565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310610a7657634e487b7160e01b5f52602160045260245ffd5b91905290565b60805160a05160c051615cd8610aad5f395f818161058c01526119af01525f61219801525f6120c40152615cd85ff3fe6080604052600436106101c5575f3560e01c8063864be850116100f2578063c5fafb0111610092578063e7ddb25611610062578063e7ddb256146106c6578063ee09956e146106e5578063f698da2514610704578063ffa1ad7414610718575f5ffd5b8063c5fafb011461061e578063d512a0d914610651578063de2eeb9f14610688578063e619af5a146106a7575f5ffd5b8063ad5bf08b116100cd578063ad5bf08b146105ae578063bf0ad462146105cd578063bf4af18e146105ec578063c1033d291461060b575f5ffd5b8063864be8501461053d5780638d11d6c51461055c578063aafcde841461057b575f5ffd5b806347a37a6e11610168578063786df3e411610138578063786df3e4146103bb57806379502c55146103da5780637a07f45a146104c95780638456cb5914610529575f5ffd5b806347a37a6e1461031f57806359ecd6571461034e578063669a53a21461036257806371f9621114610390575f5ffd5b806328b9c4ec116101a357806328b9c4ec146102585780633bee70d7146102a457806342ba39c2146102c357806346f0975a146102fe575f5ffd5b80630239e860146101c95780631295bf53146101ea57806325d28ae81461022b575b5f5ffd5b3480156101d4575f5ffd5b506101e86101e336600461446a565b610751565b005b3480156101f5575f5ffd5b50610209610204366004614511565b610983565b604080519283526001600160a01b039091166020830152015b60405180910390f35b348015610236575f5ffd5b5061024a61024536600461459f565b610b62565b604051908152602001610222565b348015610263575f5ffd5b5061028c61027236600461462e565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610222565b3480156102af575f5ffd5b506101e86102be366004614647565b610ceb565b3480156102ce575f5ffd5b506102f16102dd3660046146a3565b60056020525f908152604090205460ff1681565b60405161022291906146d0565b348015610309575f5ffd5b50610312610d92565b604051610222919061472d565b34801561032a575f5ffd5b5061033e61033936600461473f565b610df2565b6040519015158152602001610222565b348015610359575f5ffd5b5061024a604081565b34801561036d575f5ffd5b506102f161037c3660046146a3565b60066020525f908152604090205460ff1681565b34801561039b575f5ffd5b5061024a6103aa36600461462e565b60046020525f908152604090205481565b3480156103c6575f5ffd5b506101e86103d53660046147a1565b610e5d565b3480156103e5575f5ffd5b506104796040805160e0810182525f5460ff80821615158084526101008304821660208501819052620100008404909216948401859052630100000083046001600160401b0390811660608601819052600160581b8504821660808701819052600160981b860490921660a08701819052600160d81b90950463ffffffff1660c09096018690529692959491939092909190565b604080516001600160401b03988916815260ff9788166020820152959096169585019590955291151560608401528416608083015290921660a083015263ffffffff1660c082015260e001610222565b3480156104d4575f5ffd5b5061024a6104e336600461473f565b604080516001600160401b03808616602083015291810184905290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b348015610534575f5ffd5b506101e86110b3565b348015610548575f5ffd5b506101e861055736600461484d565b611198565b348015610567575f5ffd5b5061024a61057636600461489a565b61121d565b348015610586575f5ffd5b5061024a7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105b9575f5ffd5b5061033e6105c83660046148cc565b611378565b3480156105d8575f5ffd5b506101e86105e736600461490a565b61163c565b3480156105f7575f5ffd5b5061024a61060636600461494a565b61193d565b61024a6106193660046149a0565b6119a4565b348015610629575f5ffd5b5061063d6106383660046149ee565b611aa7565b604051610222989796959493929190614a19565b34801561065c575f5ffd5b5061067061066b3660046149ee565b611b6f565b6040516001600160a01b039091168152602001610222565b348015610693575f5ffd5b5061024a6106a2366004614a78565b611bb7565b3480156106b2575f5ffd5b5061024a6106c136600461489a565b611c23565b3480156106d1575f5ffd5b506101e86106e0366004614abe565b611e56565b3480156106f0575f5ffd5b506101e86106ff366004614b65565b611ffb565b34801561070f575f5ffd5b5061024a6120c1565b348015610723575f5ffd5b50610744604051806040016040528060018152602001601960f91b81525081565b6040516102229190614c43565b5f61075b896121ba565b9050610766886122db565b6107f96107f17fa3d52354fdb9ea56817316e397309f8bf3746af1813e5b4e49d29adfb0f0f03e8b8b8b8b61079b8c8c612319565b6040805160208101979097526001600160401b039586169087015292841660608601529216608084015260a083019190915260c082015260e0015b604051602081830303815290604052805190602001206123a7565b8484846123d5565b5f86815260036020526040902061081281886001612533565b5080546001600160a01b03166108348261082e818c8b8b612605565b5f6127cc565b5f5b86811015610975573688888381811061085157610851614c55565b608002919091019150506001600160a01b0383166340c10f1961087a606084016040850161462e565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152606084013560248201526044015f604051808303815f87803b1580156108c2575f5ffd5b505af11580156108d4573d5f5f3e3d5ffd5b506108e992505050606082016040830161462e565b6001600160a01b03168a6109356001600160401b038e16843561091260408701602088016146a3565b6001600160401b0316604080519384526020840192909252908201526060902090565b604051606085013581527fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73549060200160405180910390a450600101610836565b505050505050505050505050565b5f80807fbc6c568e28833f59f7a44a6c5fe3f1850f0781559c0c9d75c3401ad640d55347886109b560208a018a6146a3565b6109c260208b018b614c69565b6040516109d0929190614cab565b60405180910390208a80604001906109e89190614c69565b6040516109f6929190614cab565b604051908190039020610a0c60608d018d614c69565b604051610a1a929190614cab565b6040805191829003822060208301979097526001600160401b0395861690820152939092166060840152608083015260a082015260c081019190915260e00160408051601f19818403018152919052610a7960a0890160808a01614cba565b610a8960c08a0160a08b01614cd3565b610a9960e08b0160c08c01614cd3565b610aaa6101008c0160e08d01614cd3565b610abc6101208d016101008e01614cec565b6040805160ff90961660208701526001600160801b0394851690860152918316606085015291909116608083015263ffffffff1660a08201526001600160401b03881660c082015260e00160408051601f1981840301815290829052610b259291602001614d1c565b604051602081830303815290604052805190602001209050610b4a8882888888612889565b610b53876129d4565b92509250509550959350505050565b6040805160e0810182525f805460ff808216151584526101008204811660208501526201000082041693830193909352630100000083046001600160401b0390811660608401819052600160581b850482166080850152600160981b8504821660a0850152600160d81b90940463ffffffff1660c0840152909290891614610c1b576060810151604051630ae4993b60e21b81526001600160401b03808b16600483015290911660248201526044015b60405180910390fd5b604080517faed5e3fc884571d53ae51f169f91a6f67b6580c130d5961907b884705ed05f3e60208201526001600160401b03808b169282019290925281891660608201526080810188905290861660a0820152610c8690610c7e9060c0016107d6565b8585846123d5565b610c91878787612f9a565b604080516001600160401b038a81168252602082018a9052881681830152905191935083917fbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed209181900360600190a2509695505050505050565b610d5c847f85d65a6a3e9ace606659669a8878883ced9fc4c85c3f73077601ad66c0e697128686604051602001610d3e939291909283526001600160401b03918216602084015216604082015260600190565b60405160208183030381529060405280519060200120858585612889565b5f805460ff191681556040517fa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d169339190a150505050565b60606002805480602002602001604051908101604052809291908181526020018280548015610de857602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610dca575b5050505050905090565b604080516001600160401b038516602080830191909152818301859052600884901c66ffffffffffffff1660608084019190915283518084039091018152608090920183528151918101919091205f90815260079091522054600160ff83161b1615155b9392505050565b604080517f2fbe05777cbb06d6879215ca1db1f1e5ff6894ad7a10a2f2fd39109021ebb87060208201526001600160401b03808c1692820192909252606081018a90526001600160801b03808a16608083015280891660a0830152871660c082015263ffffffff861660e0820152908416610100820152610ee3908a9061012001610d3e565b610eef8787878761304c565b5f888152600360205260408120908154600160a01b900460ff166003811115610f1a57610f1a6146bc565b03610f3b576040516313a88c5160e11b8152600481018a9052602401610c12565b60018101546002820154600160801b9091046001600160801b0316905f908190610f669084906130e0565b9150915082896001600160801b0316141580610f92575060a882901c63ffffffff168863ffffffff1614155b15610fd2575f610fa28285614d44565b9050610fce8a6001600160801b03168210610fc6578a6001600160801b0316610fc8565b815b8a6131c8565b9250505b83546affffffffffffffffffffff8c16600160a81b0274ffffffffffffffffffffffffffffffffffffffffff9091161784556040805180820182526001600160801b03808d16808352908c166020909201829052600160801b90910217600186015560028501839055518c907fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a719061109c908e908e908e908e906001600160801b03948516815292841660208401529216604082015263ffffffff91909116606082015260800190565b60405180910390a250505050505050505050505050565b6040805160e0810182525f805460ff808216151584526101008204811660208086019190915262010000830490911684860152630100000082046001600160401b0390811660608601819052600160581b840482166080870152600160981b8404821660a0870152600160d81b90930463ffffffff1660c0860152338452600190915293909120549192919091161461116157604051632a6edb2b60e01b8152336004820152602401610c12565b5f805460ff1916600117815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a250565b61120b867f8b43fffd581c1c90c14263b70b078f1aa3ad3a291f9814ebd9264681c0c910f488888860028111156111d1576111d16146bc565b6040805160208101959095526001600160401b0393841690850152908216606084015260ff166080830152861660a082015260c001610d3e565b61121585856131fc565b505050505050565b5f611226613313565b6001600160a01b0386165f908152600460209081526040808320548084526003928390529220908154600160a01b900460ff16600381111561126a5761126a6146bc565b141580611275575081155b1561129d5760405162badf1960e61b81526001600160a01b0389166004820152602401610c12565b5f6112ac82848a8a8a8a613382565b604051632770a7eb60e21b8152336004820152602481018a90529091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b1580156112f4575f5ffd5b505af1158015611306573d5f5f3e3d5ffd5b50505050611313816136ca565b9350336001600160a01b031683857fbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d158b8b8b8b886080015160405161135c959493929190614d7f565b60405180910390a450505061136f613748565b95945050505050565b5f8160168190036113e35783835f81811061139557611395614c55565b909101356001600160f81b03191615905080156113db5750838360018181106113c0576113c0614c55565b9050013560f81c60f81b6001600160f81b031916601460f81b145b915050611636565b8060220361147d5783835f8181106113fd576113fd614c55565b909101356001600160f81b03191615905080611441575083835f81811061142657611426614c55565b9050013560f81c60f81b6001600160f81b031916605160f81b145b80156113db57508383600181811061145b5761145b614c55565b9050013560f81c60f81b6001600160f81b031916602060f81b14915050611636565b8060190361158c5783835f81811061149757611497614c55565b9050013560f81c60f81b6001600160f81b031916607660f81b1480156114e65750838360018181106114cb576114cb614c55565b9050013560f81c60f81b6001600160f81b03191660a960f81b145b801561151b57508383600281811061150057611500614c55565b9050013560f81c60f81b6001600160f81b031916601460f81b145b801561155057508383601781811061153557611535614c55565b9050013560f81c60f81b6001600160f81b031916608860f81b145b80156113db57508383601881811061156a5761156a614c55565b9050013560f81c60f81b6001600160f81b03191660ac60f81b14915050611636565b806017036116315783835f8181106115a6576115a6614c55565b9050013560f81c60f81b6001600160f81b03191660a960f81b1480156115f55750838360018181106115da576115da614c55565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156113db57508383601681811061160f5761160f614c55565b9050013560f81c60f81b6001600160f81b031916608760f81b14915050611636565b5f9150505b92915050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c08301529091908616146116ef576060810151604051630ae4993b60e21b81526001600160401b0380881660048301529091166024820152604401610c12565b8060c0015163ffffffff168463ffffffff16146117345760c081015160405162d2fdef60e51b815263ffffffff80871660048301529091166024820152604401610c12565b6041821461175857604051632208c62960e01b815260048101839052602401610c12565b604080517fd37c9aa256c7c6470eccd5b28822a1894ebcc2ea6a1f26bf2b48b8356a490d2360208201526001600160401b0387169181019190915263ffffffff851660608201525f906117b9906117b1906080016107d6565b85855f613772565b60608301516001600160a01b0382165f908152600160205260409020549192506001600160401b0391821691161461180f57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610c12565b600180835261181f908690614dc2565b63ffffffff1660c0830181905282515f80546020860151604080880151606089015160808a015160a08b015161ffff1990961697151561ff0019169790971761010060ff95861602176affffffffffffffffff000019166201000094909216939093026affffffffffffffff00000019161763010000006001600160401b0393841602177fffffffffff00000000000000000000000000000000ffffffffffffffffffffff16600160581b9583169590950267ffffffffffffffff60981b191694909417600160981b91909216021763ffffffff60d81b1916600160d81b909302929092178255516001600160a01b038316917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a2505050505050565b5f5f611948876121ba565b9050611953866122db565b611990610c7e7f0d6ac1f892be3fa22131d1d18a3d63429707a4f780f54a2db55d919f8d25c2f28989896040516020016107d69493929190614e45565b61199985613893565b979650505050505050565b5f6119ad613313565b7f00000000000000000000000000000000000000000000000000000000000000005f81815260036020526040902060028154600160a01b900460ff1660038111156119fa576119fa6146bc565b14611a1857604051637688fa6160e01b815260040160405180910390fd5b5f611a278284348a8a8a613382565b905034826003015f828254611a3c9190614e71565b90915550611a4b9050816136ca565b9350336001600160a01b031683857f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab348b8b8b8860800151604051611a94959493929190614d7f565b60405180910390a4505050610e56613748565b5f818152600360209081526040808320815180830190925260018101546001600160801b038082168452600160801b9091041692820192909252600282015483928392839283928392839283929190838115611b1a57611b1483602001516001600160801b0316836130e0565b90925090505b835483516020909401516003909501546001600160a01b0382169f600160a01b830460ff169f50600160a81b9092046affffffffffffffffffffff169d50939b5093995060a89190911c975095509350915050565b5f8181526003602081905260408220908154600160a01b900460ff166003811115611b9c57611b9c6146bc565b14611ba7575f610e56565b546001600160a01b031692915050565b5f611bc0613313565b5f611bca866121ba565b9050611c07610c7e7fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a88886040516020016107d693929190614e84565b611c10856139ee565b915050611c1b613748565b949350505050565b5f611c2c613313565b6001600160a01b0386165f90815260046020908152604080832054808452600390925290912060018154600160a01b900460ff166003811115611c7157611c716146bc565b141580611c7c575081155b15611ca55760405163363dfcd560e21b81526001600160a01b0389166004820152602401610c12565b5f611cb482848a8a8a8a613382565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038b16906370a0823190602401602060405180830381865afa158015611cfb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d1f9190614ea8565b9050611d366001600160a01b038b1633308c613ae5565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038d16906370a0823190602401602060405180830381865afa158015611d7c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611da09190614ea8565b611daa9190614d44565b9050898114611dd657604051632daa6d9560e21b8152600481018b905260248101829052604401610c12565b89846003015f828254611de99190614e71565b90915550611df89050836136ca565b9550336001600160a01b031685877f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab8d8d8d8d8a60800151604051611e41959493929190614d7f565b60405180910390a4505050505061136f613748565b611e5e613313565b5f611e68886121ba565b9050611ed46107f17fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a6369978a8a8a611e9e8b8b612319565b6040805160208101969096526001600160401b0394851690860152929091166060840152608083015260a082015260c0016107d6565b5f86815260036020526040812090611eed828983612533565b90505f611efc838b8a8a612605565b9050611f0983825f6127cc565b611f14838a83613b61565b82546001600160a01b03165f5b88811015611fe457368a8a83818110611f3c57611f3c614c55565b9050608002019050611f668584836040016020810190611f5c919061462e565b8460600135613ba5565b611f76606082016040830161462e565b6001600160a01b03168c611fa48f6001600160401b0316845f013585602001602081019061091291906146a3565b604051606085013581527f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c19060200160405180910390a450600101611f21565b505050505050611ff2613748565b50505050505050565b612082877fd55c94dd6b4f32b60a557742b348f384a2e6264db3684c4e7b6c79e4b3976ad0898989604051602001612034929190614ebf565b60408051601f198184030181528282528051602091820120908301949094526001600160401b0392831690820152606081019290925260ff88166080830152861660a082015260c001610d3e565b611ff28686808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508892508b9150613c409050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461219557612190604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527fad7c5bef027816a800da1736444fb58a807ef4c9603b7848673f7e3a68eb14a560608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906122875760405163a792dfa360e01b815260040160405180910390fd5b80606001516001600160401b0316826001600160401b0316146122d6576060810151604051630ae4993b60e21b81526001600160401b0380851660048301529091166024820152604401610c12565b919050565b806001600160401b03164211156123165760405163794534db60e01b81526001600160401b0382166004820152426024820152604401610c12565b50565b5f8180820361233b5760405163c2e5347d60e01b815260040160405180910390fd5b5f7f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501690506040516020830281018281525f5b848110156123945760808082028901602084013760a082206020820284015260010161236d565b5050602083028120935050505092915050565b5f5f6123b16120c1565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f6123e1604184614f12565b90506123ee816041614f31565b831461241057604051632208c62960e01b815260048101849052602401610c12565b816020015160ff1681101561244a5760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610c12565b5f5f5b82811015611ff2575f61246288888885613772565b9050826001600160a01b0316816001600160a01b0316116124d657826001600160a01b0316816001600160a01b0316036124ba57604051637010e27960e11b81526001600160a01b0382166004820152602401610c12565b6040516302a3e21f60e31b815260048101839052602401610c12565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b0390811691161461252957604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610c12565b915060010161244d565b82545f90600160a01b900460ff168261257c57600181600381111561255a5761255a6146bc565b148061257757506002816003811115612575576125756146bc565b145b612592565b6003816003811115612590576125906146bc565b145b156125b45760028160038111156125ab576125ab6146bc565b14915050610e56565b5f8160038111156125c7576125c76146bc565b036125e8576040516313a88c5160e11b815260048101859052602401610c12565b83816040516349b0d69d60e11b8152600401610c12929190614f48565b5f5f61261085614047565b60018701549091506001600160801b03165f8080805b878110156127a7573689898381811061264157612641614c55565b608002919091019150506060810180359061266990612663906040850161462e565b826140b2565b868111156126945760405163ba9b7fc360e01b81526004810182905260248101889052604401610c12565b61269e818a614e71565b98505f6126b160408401602085016146a3565b90506126c0898e853584614106565b604080516001600160401b038f16815284356020820152600883901c66ffffffffffffff1691810191909152606090208515806126fd5750878114155b15612732578515612719575f8881526007602052604090208790555b5f81815260076020526040902054909750955060019450865b600160ff83161b87811615612792576127768f6001600160401b0316865f0135856001600160401b0316604080519384526020840192909252908201526060902090565b604051630d1069f360e11b8152600401610c1291815260200190565b80881797505050505050806001019050612626565b5080156127bf575f8381526007602052604090208290555b5050505050949350505050565b6040805180820190915260018401546001600160801b03808216808452600160801b90920416602083015282111561282c57805160405163ba9b7fc360e01b8152600481018490526001600160801b039091166024820152604401610c12565b5f5f61284983602001516001600160801b031687600201546130e0565b9150915080851115612878576040516340df7ba960e01b81526004810186905260248101829052604401610c12565b509092016002909301929092555050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b0390811660608301819052600160581b840482166080840152600160981b8404821660a0840152600160d81b90930463ffffffff1660c083015290919087161461293c576060810151604051630ae4993b60e21b81526001600160401b0380891660048301529091166024820152604401610c12565b8060a001516001600160401b0316846001600160401b03161461298a5760a081015160405162d2fdef60e51b81526001600160401b0380871660048301529091166024820152604401610c12565b6129966107f1866123a7565b6129a1846001614f5c565b5f80546001600160401b0392909216600160981b0267ffffffffffffffff60981b19909216919091179055505050505050565b5f80806129e46020850185614c69565b91505080158015906129f7575080601414155b15612a2457612a096020850185614c69565b60405163c0403bdd60e01b8152600401610c12929190614f7b565b612a6f612a3760c0860160a08701614cd3565b612a4760e0870160c08801614cd3565b612a58610100880160e08901614cd3565b612a6a61012089016101008a01614cec565b61304c565b612a7c60208501856146a3565b612a896020860186614c69565b604051602001612a9b93929190614f8e565b60408051601f1981840301815291815281516020928301205f8181526003909352908220909450908154600160a01b900460ff166003811115612ae057612ae06146bc565b14612b0157604051630c3471ff60e41b815260048101859052602401610c12565b5f46612b1060208801886146a3565b6001600160401b031603612bd65782601403612bce57612b336020870187614c69565b612b3c91614fb0565b60601c9350833b5f03612b6d576040516322a2d07b60e21b81526001600160a01b0385166004820152602401610c12565b6001600160a01b0384165f9081526004602052604090205415612bc6576001600160a01b0384165f81815260046020819052604091829020549151635eb2e95760e11b8152908101929092526024820152604401610c12565b506001612d33565b506002612d33565b5f600581612be760208a018a6146a3565b6001600160401b0316815260208101919091526040015f9081205460ff169150816002811115612c1957612c196146bc565b03612c4f57612c2b60208801886146a3565b60405162c09b0b60e21b81526001600160401b039091166004820152602401610c12565b6002816002811115612c6357612c636146bc565b148015612c6f57508315155b15612c8157612a096020880188614c69565b612c8e6040880188614c69565b15905080612ca85750612ca46060880188614c69565b1590505b15612cc657604051632ef1310560e01b815260040160405180910390fd5b85612cd46040890189614c69565b612ce160608b018b614c69565b612cf160a08d0160808e01614cba565b8b604051612cfe9061433f565b612d0d96959493929190614ffd565b8190604051809103905ff5905080158015612d2a573d5f5f3e3d5ffd5b50945060039150505b81546001600160a01b03851673ffffffffffffffffffffffffffffffffffffffff198216811784558291849174ffffffffffffffffffffffffffffffffffffffffff1990911617600160a01b836003811115612d9157612d916146bc565b0217905550612da660c0870160a08801614cd3565b82546affffffffffffffffffffff91909116600160a81b0274ffffffffffffffffffffffffffffffffffffffffff9091161782556040805180820190915280612df560e0890160c08a01614cd3565b6001600160801b03168152602001612e14610100890160e08a01614cd3565b6001600160801b0390811690915281516020909201518116600160801b029116176001830155612e555f612e5061012089016101008a01614cec565b6131c8565b60028301556001600160a01b03841615612e84576001600160a01b0384165f9081526004602052604090208590555b6001600160a01b038416857f4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe51583612ebe60208b018b6146a3565b612ecb60208c018c614c69565b612edb60a08e0160808f01614cba565b604051612eec95949392919061503c565b60405180910390a3847fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a71612f2660c0890160a08a01614cd3565b612f3660e08a0160c08b01614cd3565b612f476101008b0160e08c01614cd3565b612f596101208c016101008d01614cec565b604080516001600160801b0395861681529385166020850152919093169082015263ffffffff909116606082015260800160405180910390a2505050915091565b5f612faf612fa785614047565b858585614106565b50604080516001600160401b03858116808352602080840187905291851683850152606092839020845191825281830187905266ffffffffffffff600887901c16828601529290205f818152600790925292902054909190600160ff85161b908181161561303357604051630d1069f360e11b815260048101859052602401610c12565b5f92835260076020526040909220911790559392505050565b6001600160801b03831615806130735750816001600160801b0316836001600160801b0316115b80613082575063ffffffff8116155b8061309e5750826001600160801b0316846001600160801b0316115b806130bc57506affffffffffffffffffffff6001600160801b038516115b156130da5760405163e773e0a960e01b815260040160405180910390fd5b50505050565b5f8063ffffffff60a884901c16816130f782614174565b428161310557613105614efe565b0490506001600160801b03851660c886901c6203ffff6203fffe890104608088901c64ffffffffff1680850390851461318f576003811161317457663fffffffffffff60018203601202836001858801038161316357613163614efe565b04901b8260120285901b1716613176565b5f5b92505f935060c883901b60a887901b608087901b171798505b8897506203ffff808416601285901c90911601602484901c01820284018a8110156131ba57808b0397505b505050505050509250929050565b5f60a88263ffffffff16901b60806131e58463ffffffff16614174565b6131ef9042614f12565b901b841717905092915050565b6001600160401b038216158061321a575046826001600160401b0316145b15613243576040516335e7cba960e21b81526001600160401b0383166004820152602401610c12565b6001600160401b0382165f908152600560205260409020805482919060ff19166001836002811115613277576132776146bc565b02179055505f81600281111561328f5761328f6146bc565b146132ce576001600160401b0382165f908152600660205260409020805482919060ff191660018360028111156132c8576132c86146bc565b02179055505b816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b8260405161330791906146d0565b60405180910390a25050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561335357604051633ee5aeb560e01b815260040160405180910390fd5b61338060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061418c565b565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c08201529061344f5760405163a792dfa360e01b815260040160405180910390fd5b845f0361346f57604051631f2a200560e01b815260040160405180910390fd5b8654600160a81b90046affffffffffffffffffffff16808610156134b05760405163180cb56f60e11b81526004810187905260248101829052604401610c12565b60018801546001600160801b0316808711156134e95760405163ba9b7fc360e01b81526004810188905260248101829052604401610c12565b6001600160401b0386161580613507575046866001600160401b0316145b1561353057604051633ad0c93b60e11b81526001600160401b0387166004820152602401610c12565b6001600160401b0386165f9081526005602052604090205460ff16600181600281111561355f5761355f6146bc565b036135c75760148514158061358b57505f61357a8688614fb0565b6bffffffffffffffffffffffff1916145b156135ad57858560405163a114addf60e01b8152600401610c12929190614f7b565b6135c26135ba8688614fb0565b60601c614193565b6136bd565b60028160028111156135db576135db6146bc565b0361369a5760408051602080820183525f825291516135fd928a929101615080565b604051602081830303815290604052805190602001208914613644576040516352841d1b60e01b8152600481018a90526001600160401b0388166024820152604401610c12565b61364e8686611378565b61366f5785856040516366d5150960e01b8152600401610c12929190614f7b565b61367986866141e9565b6135c257858560405163f13b566960e01b8152600401610c12929190614f7b565b60405162c09b0b60e21b81526001600160401b0388166004820152602401610c12565b5050509695505050505050565b5f816080015160016136dc9190614f5c565b5f805472ffffffffffffffff00000000000000000000001916600160581b6001600160401b039384160217905560808381015160408051468516602082015230918101919091529216606083015201604051602081830303815290604052805190602001209050919050565b6133805f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061337a565b5f60418202840180359060208101359060400135831a601b81101561379f5761379c601b826150a1565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806137e057508060ff16601b141580156137e057508060ff16601c14155b1561380157604051630a57f30960e31b815260048101869052602401610c12565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613851573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661388857604051630a57f30960e31b815260048101869052602401610c12565b505050949350505050565b5f6138be6138a460208401846146a3565b60208401356138b960608601604087016146a3565b612f9a565b90506138dd6138d360a084016080850161462e565b8360a001356140b2565b60608201355f818152600360205260409020906138fd9082906001612533565b5061390d8160a0850135806127cc565b80546001600160a01b03166340c10f1961392d60a086016080870161462e565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260a086013560248201526044015f604051808303815f87803b158015613975575f5ffd5b505af1158015613987573d5f5f3e3d5ffd5b5061399c9250505060a084016080850161462e565b6001600160a01b03168360600135837fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73548660a001356040516139e091815260200190565b60405180910390a450919050565b5f6139ff6138a460208401846146a3565b9050613a146138d360a084016080850161462e565b60608201355f81815260036020526040812091613a3390839083612533565b9050613a448260a0860135806127cc565b613a578285606001358660a00135613b61565b8154613a829082906001600160a01b0316613a7860a088016080890161462e565b8760a00135613ba5565b613a9260a085016080860161462e565b6001600160a01b03168460600135847f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18760a00135604051613ad691815260200190565b60405180910390a45050919050565b6040516001600160a01b0384811660248301528381166044830152606482018390526130da9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061429d565b600383015480821115613b985760405163d274d88f60e01b8152600481018490526024810183905260448101829052606401610c12565b0360039092019190915550565b8315613c2c575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114613bf4576040519150601f19603f3d011682016040523d82523d5f602084013e613bf9565b606091505b5050905080613c265760405163bf7e35a360e01b81526001600160a01b0384166004820152602401610c12565b506130da565b6130da6001600160a01b0384168383614309565b8251801580613c4f5750604081115b80613c5b575060ff8316155b80613c685750808360ff16115b80613c80575080613c7d60ff85166002614f31565b11155b15613c9e576040516335d73a6760e11b815260040160405180910390fd5b5f613caa836001614f5c565b90505f5f5b83811015613d8957816001600160a01b0316878281518110613cd357613cd3614c55565b60200260200101516001600160a01b031611613d02576040516335d73a6760e11b815260040160405180910390fd5b8260015f898481518110613d1857613d18614c55565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110613d7457613d74614c55565b60200260200101519150806001019050613caf565b508551613d9d90600290602089019061434c565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a88886040516140369291906150ba565b60405180910390a250505050505050565b6001600160401b0381165f9081526006602052604081205460ff1690816002811115614075576140756146bc565b1480614089575046826001600160401b0316145b156122d65760405163054ddfd160e01b81526001600160401b0383166004820152602401610c12565b805f036140d257604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382166140f95760405163d27b444360e01b815260040160405180910390fd5b61410282614193565b5050565b600184600281111561411a5761411a6146bc565b146141345763ffffffff6001600160401b0382161161413c565b60a082901c15155b156130da5760405163505d564960e11b81526001600160401b0380851660048301526024820184905282166044820152606401610c12565b5f6003614182836002614e71565b6116369190614f12565b80825d5050565b6001600160a01b0381163014806141c057506001600160a01b0381165f9081526004602052604090205415155b15612316576040516384f4b9fd60e01b81526001600160a01b0382166004820152602401610c12565b5f816022819003614254575f6142036022600286886150de565b61420c91615105565b9050801580159061424b575084845f81811061422a5761422a614c55565b909101356001600160f81b0319161590508061424b57506401000003d01981105b92505050611636565b5f848460198414614266576002614269565b60035b60ff1690809261427b939291906150de565b61428491614fb0565b6bffffffffffffffffffffffff19161415949350505050565b5f5f60205f8451602086015f885af1806142bc576040513d5f823e3d81fd5b50505f513d915081156142d35780600114156142e0565b6001600160a01b0384163b155b156130da57604051635274afe760e01b81526001600160a01b0385166004820152602401610c12565b6040516001600160a01b0383811660248301526044820183905261433a91859182169063a9059cbb90606401613b1a565b505050565b610bb58061512383390190565b828054828255905f5260205f209081019282156143ac579160200282015b828111156143ac578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0390911617825560209092019160019091019061436a565b506143b89291506143bc565b5090565b5b808211156143b8575f81556001016143bd565b80356001600160401b03811681146122d6575f5ffd5b5f5f83601f8401126143f6575f5ffd5b5081356001600160401b0381111561440c575f5ffd5b6020830191508360208260071b8501011115614426575f5ffd5b9250929050565b5f5f83601f84011261443d575f5ffd5b5081356001600160401b03811115614453575f5ffd5b602083019150836020828501011115614426575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215614481575f5ffd5b61448a896143d0565b975061449860208a016143d0565b96506144a660408a016143d0565b95506060890135945060808901356001600160401b038111156144c7575f5ffd5b6144d38b828c016143e6565b90955093505060a08901356001600160401b038111156144f1575f5ffd5b6144fd8b828c0161442d565b999c989b5096995094979396929594505050565b5f5f5f5f5f60808688031215614525575f5ffd5b61452e866143d0565b945060208601356001600160401b03811115614548575f5ffd5b8601610120818903121561455a575f5ffd5b9350614568604087016143d0565b925060608601356001600160401b03811115614582575f5ffd5b61458e8882890161442d565b969995985093965092949392505050565b5f5f5f5f5f5f60a087890312156145b4575f5ffd5b6145bd876143d0565b95506145cb602088016143d0565b9450604087013593506145e0606088016143d0565b925060808701356001600160401b038111156145fa575f5ffd5b61460689828a0161442d565b979a9699509497509295939492505050565b80356001600160a01b03811681146122d6575f5ffd5b5f6020828403121561463e575f5ffd5b610e5682614618565b5f5f5f5f6060858703121561465a575f5ffd5b614663856143d0565b9350614671602086016143d0565b925060408501356001600160401b0381111561468b575f5ffd5b6146978782880161442d565b95989497509550505050565b5f602082840312156146b3575f5ffd5b610e56826143d0565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106146e4576146e46146bc565b91905290565b5f8151808452602084019350602083015f5b828110156147235781516001600160a01b03168652602095860195909101906001016146fc565b5093949350505050565b602081525f610e5660208301846146ea565b5f5f5f60608486031215614751575f5ffd5b61475a846143d0565b92506020840135915061476f604085016143d0565b90509250925092565b80356001600160801b03811681146122d6575f5ffd5b803563ffffffff811681146122d6575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c0312156147ba575f5ffd5b6147c38a6143d0565b985060208a013597506147d860408b01614778565b96506147e660608b01614778565b95506147f460808b01614778565b945061480260a08b0161478e565b935061481060c08b016143d0565b925060e08a01356001600160401b0381111561482a575f5ffd5b6148368c828d0161442d565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60a08789031215614862575f5ffd5b61486b876143d0565b9550614879602088016143d0565b945060408701356003811061488c575f5ffd5b93506145e0606088016143d0565b5f5f5f5f5f608086880312156148ae575f5ffd5b6148b786614618565b945060208601359350614568604087016143d0565b5f5f602083850312156148dd575f5ffd5b82356001600160401b038111156148f2575f5ffd5b6148fe8582860161442d565b90969095509350505050565b5f5f5f5f6060858703121561491d575f5ffd5b614926856143d0565b93506146716020860161478e565b5f60c08284031215614944575f5ffd5b50919050565b5f5f5f5f5f610120868803121561495f575f5ffd5b614968866143d0565b9450614976602087016143d0565b93506149858760408801614934565b92506101008601356001600160401b03811115614582575f5ffd5b5f5f5f604084860312156149b2575f5ffd5b6149bb846143d0565b925060208401356001600160401b038111156149d5575f5ffd5b6149e18682870161442d565b9497909650939450505050565b5f602082840312156149fe575f5ffd5b5035919050565b60048110614a1557614a156146bc565b9052565b6001600160a01b03891681526101008101614a37602083018a614a05565b6001600160801b039788166040830152958716606082015293909516608084015263ffffffff9190911660a083015260c082015260e0019190915292915050565b5f5f5f5f6101008587031215614a8c575f5ffd5b614a95856143d0565b9350614aa48660208701614934565b925060e08501356001600160401b0381111561468b575f5ffd5b5f5f5f5f5f5f5f60a0888a031215614ad4575f5ffd5b614add886143d0565b9650614aeb602089016143d0565b95506040880135945060608801356001600160401b03811115614b0c575f5ffd5b614b188a828b016143e6565b90955093505060808801356001600160401b03811115614b36575f5ffd5b614b428a828b0161442d565b989b979a50959850939692959293505050565b803560ff811681146122d6575f5ffd5b5f5f5f5f5f5f5f60a0888a031215614b7b575f5ffd5b614b84886143d0565b965060208801356001600160401b03811115614b9e575f5ffd5b8801601f81018a13614bae575f5ffd5b80356001600160401b03811115614bc3575f5ffd5b8a60208260051b8401011115614bd7575f5ffd5b60209190910196509450614bed60408901614b55565b9350614bfb606089016143d0565b925060808801356001600160401b03811115614b36575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e566020830184614c15565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112614c7e575f5ffd5b8301803591506001600160401b03821115614c97575f5ffd5b602001915036819003821315614426575f5ffd5b818382375f9101908152919050565b5f60208284031215614cca575f5ffd5b610e5682614b55565b5f60208284031215614ce3575f5ffd5b610e5682614778565b5f60208284031215614cfc575f5ffd5b610e568261478e565b5f81518060208401855e5f93019283525090919050565b5f611c1b614d2a8386614d05565b84614d05565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561163657611636614d30565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b0385166020820152608060408201525f614da7608083018587614d57565b90506001600160401b03831660608301529695505050505050565b63ffffffff818116838216019081111561163657611636614d30565b6001600160401b03614def826143d0565b168252602081810135908301526001600160401b03614e10604083016143d0565b166040830152606081810135908301526001600160a01b03614e3460808301614618565b16608083015260a090810135910152565b8481526001600160401b03848116602083015283166040820152610120810161136f6060830184614dde565b8082018082111561163657611636614d30565b8381526001600160401b03831660208201526101008101611c1b6040830184614dde565b5f60208284031215614eb8575f5ffd5b5051919050565b5f8184825b85811015614ef3576001600160a01b03614edd83614618565b1683526020928301929190910190600101614ec4565b509095945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82614f2c57634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761163657611636614d30565b82815260408101610e566020830184614a05565b6001600160401b03818116838216019081111561163657611636614d30565b602081525f611c1b602083018486614d57565b6001600160401b0384168152604060208201525f61136f604083018486614d57565b80356bffffffffffffffffffffffff198116906014841015614ff6576bffffffffffffffffffffffff196bffffffffffffffffffffffff198560140360031b1b82161691505b5092915050565b608081525f61501060808301888a614d57565b8281036020840152615023818789614d57565b60ff959095166040840152505060600152949350505050565b6150468187614a05565b6001600160401b0385166020820152608060408201525f61506b608083018587614d57565b905060ff831660608301529695505050505050565b6001600160401b0383168152604060208201525f611c1b6040830184614c15565b60ff818116838216019081111561163657611636614d30565b604081525f6150cc60408301856146ea565b905060ff831660208301529392505050565b5f5f858511156150ec575f5ffd5b838611156150f8575f5ffd5b5050820193919092039150565b80356020831015611636575f19602084900360031b1b169291505056fe60e060405234801561000f575f5ffd5b50604051610bb5380380610bb583398101604081905261002e916100fe565b8383600361003c8382610205565b5060046100498282610205565b5050336080525060a05260ff1660c052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610084575f5ffd5b81516001600160401b0381111561009d5761009d610061565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cb576100cb610061565b6040528181528382016020018510156100e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610111575f5ffd5b84516001600160401b03811115610126575f5ffd5b61013287828801610075565b602087015190955090506001600160401b0381111561014f575f5ffd5b61015b87828801610075565b935050604085015160ff81168114610171575f5ffd5b6060959095015193969295505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610061565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516108be6102f75f395f61014b01525f61018f01525f81816102440152818161035501526103c201526108be5ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806344de240a116100885780639dc29fac116100635780639dc29fac146101e1578063a9059cbb146101f4578063dd62ed3e14610207578063e78cea921461023f575f5ffd5b806344de240a1461018a57806370a08231146101b157806395d89b41146101d9575f5ffd5b806323b872dd116100b857806323b872dd14610131578063313ce5671461014457806340c10f1914610175575f5ffd5b806306fdde03146100de578063095ea7b3146100fc57806318160ddd1461011f575b5f5ffd5b6100e661027e565b6040516100f39190610764565b60405180910390f35b61010f61010a3660046107b4565b61030e565b60405190151581526020016100f3565b6002545b6040519081526020016100f3565b61010f61013f3660046107dc565b610327565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100f3565b6101886101833660046107b4565b61034a565b005b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6101236101bf366004610816565b6001600160a01b03165f9081526020819052604090205490565b6100e66103a8565b6101886101ef3660046107b4565b6103b7565b61010f6102023660046107b4565b61040c565b610123610215366004610836565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b60606003805461028d90610867565b80601f01602080910402602001604051908101604052809291908181526020018280546102b990610867565b80156103045780601f106102db57610100808354040283529160200191610304565b820191905f5260205f20905b8154815290600101906020018083116102e757829003601f168201915b5050505050905090565b5f3361031b818585610419565b60019150505b92915050565b5f3361033485828561042b565b61033f8585856104a7565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039a57604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6103a48282610504565b5050565b60606004805461028d90610867565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040257604051637c8da0cf60e11b8152336004820152602401610391565b6103a48282610538565b5f3361031b8185856104a7565b610426838383600161056c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104a1578181101561049357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610391565b6104a184848484035f61056c565b50505050565b6001600160a01b0383166104d057604051634b637e8f60e11b81525f6004820152602401610391565b6001600160a01b0382166104f95760405163ec442f0560e01b81525f6004820152602401610391565b61042683838361063e565b6001600160a01b03821661052d5760405163ec442f0560e01b81525f6004820152602401610391565b6103a45f838361063e565b6001600160a01b03821661056157604051634b637e8f60e11b81525f6004820152602401610391565b6103a4825f8361063e565b6001600160a01b0384166105955760405163e602df0560e01b81525f6004820152602401610391565b6001600160a01b0383166105be57604051634a1406b160e11b81525f6004820152602401610391565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104a157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063091815260200190565b60405180910390a350505050565b6001600160a01b038316610668578060025f82825461065d919061089f565b909155506106d89050565b6001600160a01b0383165f90815260208190526040902054818110156106ba5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610391565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f457600280548290039055610712565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107af575f5ffd5b919050565b5f5f604083850312156107c5575f5ffd5b6107ce83610799565b946020939093013593505050565b5f5f5f606084860312156107ee575f5ffd5b6107f784610799565b925061080560208501610799565b929592945050506040919091013590565b5f60208284031215610826575f5ffd5b61082f82610799565b9392505050565b5f5f60408385031215610847575f5ffd5b61085083610799565b915061085e60208401610799565b90509250929050565b600181811c9082168061087b57607f821691505b60208210810361089957634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561032157634e487b7160e01b5f52601160045260245ffd",
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
