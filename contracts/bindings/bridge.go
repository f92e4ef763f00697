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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evmChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"bitcoinChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFINE_ASSET_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ITEM_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MINT_BATCH_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MINT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROTATE_SIGNERS_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SET_CHAIN_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SET_LIMITS_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UNLOCK_BATCH_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UNLOCK_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UNPAUSE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetInfo\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.AssetKind\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"wrappedToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"chainKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nextNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"adminNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pauseNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defineAsset\",\"inputs\":[{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structBridge.AssetDef\",\"components\":[{\"name\":\"homeChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isProcessed\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStandardScript\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockNative\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mintBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nativeAssetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseBySignature\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateSigners\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLimits\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerEpoch\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferIdOf\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wrappedTokenOf\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridge.AssetKind\"},{\"name\":\"homeChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Burned\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainSet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridge.ChainKind\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LimitsSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Minted\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignersRotated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyProcessed\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AmountAboveLimit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BridgePaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEVMRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidHomeAsset\",\"inputs\":[{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidLimits\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MalformedSignatures\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NativeAssetNotDefined\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NativeTransferFailed\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotHomeToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotWrappedToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateLimited\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TokenInUse\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDestination\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongAssetKind\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.AssetKind\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongNonce\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRecipient\",\"inputs\":[]}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161650938038061650983398101604081905261002e916107e4565b466080526100d9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05260408051602080820183525f825291516100f992469291016108ef565b60408051601f19818403018152919052805160209091012060c05261011f84845f6101a4565b5f5b825181101561015c5761015483828151811061013f5761013f610933565b602002602001015160016105ab60201b60201c565b600101610121565b505f5b815181101561019a5761019282828151811061017d5761017d610933565b602002602001015160026105ab60201b60201c565b60010161015f565b5050505050610a2a565b82518015806101b35750604081115b806101bf575060ff8316155b806101cc5750808360ff16115b806101e45750806101e160ff8516600261095b565b11155b15610202576040516335d73a6760e11b815260040160405180910390fd5b5f61020e836001610978565b90505f5f5b838110156102ed57816001600160a01b031687828151811061023757610237610933565b60200260200101516001600160a01b031611610266576040516335d73a6760e11b815260040160405180910390fd5b8260015f89848151811061027c5761027c610933565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b031602179055508681815181106102d8576102d8610933565b60200260200101519150806001019050610213565b508551610301906002906020890190610674565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a888860405161059a929190610997565b60405180910390a250505050505050565b6001600160401b03821615806105c9575046826001600160401b0316145b156105f6576040516335e7cba960e21b81526001600160401b038316600482015260240160405180910390fd5b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561062a5761062a6109f0565b0217905550816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b826040516106689190610a04565b60405180910390a25050565b828054828255905f5260205f209081019282156106c7579160200282015b828111156106c757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610692565b506106d39291506106d7565b5090565b5b808211156106d3575f81556001016106d8565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610727576107276106eb565b604052919050565b5f6001600160401b03821115610747576107476106eb565b5060051b60200190565b805160ff81168114610761575f5ffd5b919050565b5f82601f830112610775575f5ffd5b81516107886107838261072f565b6106ff565b8082825260208201915060208360051b8601019250858311156107a9575f5ffd5b602085015b838110156107da5780516001600160401b03811681146107cc575f5ffd5b8352602092830192016107ae565b5095945050505050565b5f5f5f5f608085870312156107f7575f5ffd5b84516001600160401b0381111561080c575f5ffd5b8501601f8101871361081c575f5ffd5b805161082a6107838261072f565b8082825260208201915060208360051b85010192508983111561084b575f5ffd5b6020840193505b828410156108815783516001600160a01b0381168114610870575f5ffd5b825260209384019390910190610852565b96506108939250505060208601610751565b60408601519093506001600160401b038111156108ae575f5ffd5b6108ba87828801610766565b606087015190935090506001600160401b038111156108d7575f5ffd5b6108e387828801610766565b91505092959194509250565b60018060401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761097257610972610947565b92915050565b6001600160401b03818116838216019081111561097257610972610947565b604080825283519082018190525f9060208501906060840190835b818110156109d95783516001600160a01b03168352602093840193909201916001016109b2565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310610a2457634e487b7160e01b5f52602160045260245ffd5b91905290565b60805160a05160c051615aae610a5b5f395f818161072e015261155c01525f61207d01525f611fa90152615aae5ff3fe608060405260043610610277575f3560e01c80638d11d6c51161014b578063d7bbad0c116100c6578063e7ddb2561161007c578063f698da2511610062578063f698da251461092a578063f76fc35e1461093e578063f9a6e9b814610971575f5ffd5b8063e7ddb256146108ec578063e819e7eb1461090b575f5ffd5b8063de743a72116100ac578063de743a721461087b578063e402d75b146108ae578063e619af5a146108cd575f5ffd5b8063d7bbad0c14610829578063de2eeb9f1461085c575f5ffd5b8063c1033d291161011b578063c5fafb0111610101578063c5fafb01146107a1578063d0e633ec146107d3578063d512a0d9146107f2575f5ffd5b8063c1033d291461076f578063c360e83c14610782575f5ffd5b80638d11d6c5146106cb57806398db5c0b146106ea578063aafcde841461071d578063ad5bf08b14610750575f5ffd5b806359ecd657116101f55780637a9cc3d3116101ab5780638456cb59116101915780638456cb591461065157806387544fa7146106655780638c8ca33c14610698575f5ffd5b80637a9cc3d3146105ff57806383861be514610632575f5ffd5b806371f96211116101db57806371f962111461048557806379502c55146104b05780637a07f45a1461059f575f5ffd5b806359ecd6571461043e5780636db6c54d14610452575f5ffd5b806342ba39c21161024a57806347a37a6e1161023057806347a37a6e146103a95780634b2a88ce146103d8578063543813b71461040b575f5ffd5b806342ba39c21461034d57806346f0975a14610388575f5ffd5b8063124c188a1461027b57806316d55be41461029c57806328b9c4ec146102bb5780633079f3c21461030c575b5f5ffd5b348015610286575f5ffd5b5061029a61029536600461448f565b6109ad565b005b3480156102a7575f5ffd5b5061029a6102b63660046144dd565b610a48565b3480156102c6575f5ffd5b506102ef6102d53660046145bb565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b348015610317575f5ffd5b5061033f7ff6e92f507c74173b273fa11daaaeb9259eeeb66e1dd790e1beceb57e8aa3869a81565b604051908152602001610303565b348015610358575f5ffd5b5061037b6103673660046145d4565b60056020525f908152604090205460ff1681565b6040516103039190614601565b348015610393575f5ffd5b5061039c610c2e565b604051610303919061465e565b3480156103b4575f5ffd5b506103c86103c3366004614670565b610c8e565b6040519015158152602001610303565b3480156103e3575f5ffd5b5061033f7fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a63699781565b348015610416575f5ffd5b5061033f7fe0af2b57f269ba835a6a79d06dce986f7ff746e3dba99aa38cc399d8d119337981565b348015610449575f5ffd5b5061033f604081565b34801561045d575f5ffd5b5061033f7f863d70b296af958eb97442f518132dc159e0f7a0da96a03d25ba924d441a2f8181565b348015610490575f5ffd5b5061033f61049f3660046145bb565b60046020525f908152604090205481565b3480156104bb575f5ffd5b5061054f6040805160e0810182525f5460ff80821615158084526101008304821660208501819052620100008404909216948401859052630100000083046001600160401b0390811660608601819052600160581b8504821660808701819052600160981b860490921660a08701819052600160d81b90950463ffffffff1660c09096018690529692959491939092909190565b604080516001600160401b03988916815260ff9788166020820152959096169585019590955291151560608401528416608083015290921660a083015263ffffffff1660c082015260e001610303565b3480156105aa575f5ffd5b5061033f6105b9366004614670565b604080516001600160401b03808616602083015291810184905290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b34801561060a575f5ffd5b5061033f7f7b9508371a0e6a9a237169f75d0bf645bc16d80793f2172581aa08b4ca653a0c81565b34801561063d575f5ffd5b5061029a61064c3660046146bc565b610cf9565b34801561065c575f5ffd5b5061029a610fea565b348015610670575f5ffd5b5061033f7f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501681565b3480156106a3575f5ffd5b5061033f7fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a81565b3480156106d6575f5ffd5b5061033f6106e53660046146d7565b6110cf565b3480156106f5575f5ffd5b5061033f7f379c6099e4a4f3964bd372b7b29ba46d245e86662c734172d704368c73d5663581565b348015610728575f5ffd5b5061033f7f000000000000000000000000000000000000000000000000000000000000000081565b34801561075b575f5ffd5b506103c861076a366004614740565b61125d565b61033f61077d36600461448f565b611551565b34801561078d575f5ffd5b5061029a61079c36600461478e565b61166d565b3480156107ac575f5ffd5b506107c06107bb36600461484b565b61173f565b6040516103039796959493929190614876565b3480156107de575f5ffd5b5061029a6107ed3660046148eb565b61180b565b3480156107fd575f5ffd5b5061081161080c36600461484b565b611a44565b6040516001600160a01b039091168152602001610303565b348015610834575f5ffd5b5061033f7fe4957552972c846d7db9cb0b1d74d98d64bfb4abec1dce0e8bc1dbdd53f6c2ff81565b348015610867575f5ffd5b5061033f610876366004614955565b611a8c565b348015610886575f5ffd5b5061033f7f905b91fe755646d27feeba64fab3be14ad38cc04d753b8dea87b8cadf58a5f4381565b3480156108b9575f5ffd5b5061033f6108c8366004614955565b611b00565b3480156108d8575f5ffd5b5061033f6108e73660046146d7565b611b5b565b3480156108f7575f5ffd5b5061029a6109063660046144dd565b611dc0565b348015610916575f5ffd5b5061029a6109253660046149bd565b611f2c565b348015610935575f5ffd5b5061033f611fa6565b348015610949575f5ffd5b5061033f7fc6e2593b4290285bcb10cb69eb0864dc7ad11f1ba589fe75d65e1602b7060e6281565b34801561097c575f5ffd5b5061099061098b3660046149fb565b61209f565b604080519283526001600160a01b03909116602083015201610303565b610a137ff6e92f507c74173b273fa11daaaeb9259eeeb66e1dd790e1beceb57e8aa3869a846040516020016109f59291909182526001600160401b0316602082015260400190565b60405160208183030381529060405280519060200120848484612229565b5f805460ff191681556040517fa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d169339190a1505050565b5f610a5288612338565b9050610a8d610a857f905b91fe755646d27feeba64fab3be14ad38cc04d753b8dea87b8cadf58a5f438a8a8a8a8a612472565b84848461255d565b5f868152600360205260409020610aa681886001612706565b5080546001600160a01b0316610ac882610ac2818c8b8b6127f1565b5f6129b0565b5f5b86811015610c215736888883818110610ae557610ae5614a5d565b608002919091019150506001600160a01b0383166340c10f19610b0e60608401604085016145bb565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152606084013560248201526044015f604051808303815f87803b158015610b6e575f5ffd5b505af1158015610b80573d5f5f3e3d5ffd5b50610b959250505060608201604083016145bb565b6001600160a01b03168a610be16001600160401b038e168435610bbe60408701602088016145d4565b6001600160401b0316604080519384526020840192909252908201526060902090565b604051606085013581527fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73549060200160405180910390a450600101610aca565b5050505050505050505050565b60606002805480602002602001604051908101604052809291908181526020018280548015610c8457602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610c66575b5050505050905090565b604080516001600160401b038516602080830191909152818301859052600884901c66ffffffffffffff1660608084019190915283518084039091018152608090920183528151918101919091205f90815260069091522054600160ff83161b1615155b9392505050565b6040805160e0810182525f5460ff8082161515835261010082048116602084015262010000820416928201929092526001600160401b036301000000830481166060830152600160581b830481166080830152600160981b83041660a082015263ffffffff600160d81b909204821660c082018190529091851614610dab5760c081015160405162d2fdef60e51b815263ffffffff808716600483015290911660248201526044015b60405180910390fd5b60418214610dcf57604051632208c62960e01b815260048101839052602401610da2565b5f610e3b610e337fe0af2b57f269ba835a6a79d06dce986f7ff746e3dba99aa38cc399d8d119337987604051602001610e1892919091825263ffffffff16602082015260400190565b60405160208183030381529060405280519060200120612b2d565b85855f612b76565b60608301516001600160a01b0382165f908152600160205260409020549192506001600160401b03918216911614610e9157604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610da2565b6001808352610ea1908690614a85565b63ffffffff1660c0830181905282515f80546020860151604080880151606089015160808a015160a08b015161ffff1990961697151561ff0019169790971761010060ff95861602176affffffffffffffffff000019166201000094909216939093026affffffffffffffff00000019161763010000006001600160401b0393841602177fffffffffff00000000000000000000000000000000ffffffffffffffffffffff16600160581b958316959095027fffffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff1694909417600160981b9190921602177fff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160d81b909302929092178255516001600160a01b038316917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a25050505050565b6040805160e0810182525f805460ff808216151584526101008204811660208086019190915262010000830490911684860152630100000082046001600160401b0390811660608601819052600160581b840482166080870152600160981b8404821660a0870152600160d81b90930463ffffffff1660c0860152338452600190915293909120549192919091161461109857604051632a6edb2b60e01b8152336004820152602401610da2565b5f805460ff1916600117815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a250565b5f6110d8612c97565b6001600160a01b0386165f908152600460209081526040808320548084526003928390529220908154600160a01b900460ff16600381111561111c5761111c6145ed565b141580611127575081155b15611169576040517f2eb7c6400000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152602401610da2565b5f61117882848a8a8a8a612d1f565b6040517f9dc29fac000000000000000000000000000000000000000000000000000000008152336004820152602481018a90529091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b1580156111d9575f5ffd5b505af11580156111eb573d5f5f3e3d5ffd5b505050506111f881613049565b9350336001600160a01b031683857fbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d158b8b8b8b8860800151604051611241959493929190614ac9565b60405180910390a45050506112546130d3565b95945050505050565b5f8160168190036112e05783835f81811061127a5761127a614a5d565b909101357fff000000000000000000000000000000000000000000000000000000000000001615905080156112d85750838360018181106112bd576112bd614a5d565b9050013560f81c60f81b6001600160f81b031916601460f81b145b91505061154b565b806022036113925783835f8181106112fa576112fa614a5d565b909101357fff000000000000000000000000000000000000000000000000000000000000001615905080611356575083835f81811061133b5761133b614a5d565b9050013560f81c60f81b6001600160f81b031916605160f81b145b80156112d857508383600181811061137057611370614a5d565b9050013560f81c60f81b6001600160f81b031916602060f81b1491505061154b565b806019036114a15783835f8181106113ac576113ac614a5d565b9050013560f81c60f81b6001600160f81b031916607660f81b1480156113fb5750838360018181106113e0576113e0614a5d565b9050013560f81c60f81b6001600160f81b03191660a960f81b145b801561143057508383600281811061141557611415614a5d565b9050013560f81c60f81b6001600160f81b031916601460f81b145b801561146557508383601781811061144a5761144a614a5d565b9050013560f81c60f81b6001600160f81b031916608860f81b145b80156112d857508383601881811061147f5761147f614a5d565b9050013560f81c60f81b6001600160f81b03191660ac60f81b1491505061154b565b806017036115465783835f8181106114bb576114bb614a5d565b9050013560f81c60f81b6001600160f81b03191660a960f81b14801561150a5750838360018181106114ef576114ef614a5d565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156112d857508383601681811061152457611524614a5d565b9050013560f81c60f81b6001600160f81b031916608760f81b1491505061154b565b5f9150505b92915050565b5f61155a612c97565b7f00000000000000000000000000000000000000000000000000000000000000005f81815260036020526040902060028154600160a01b900460ff1660038111156115a7576115a76145ed565b146115de576040517f7688fa6100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6115ed8284348a8a8a612d1f565b905034826003015f8282546116029190614b0c565b90915550611611905081613049565b9350336001600160a01b031683857f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab348b8b8b886080015160405161165a959493929190614ac9565b60405180910390a4505050610cf26130d3565b6116e97f863d70b296af958eb97442f518132dc159e0f7a0da96a03d25ba924d441a2f8187876040516020016116a4929190614b1f565b60408051601f1981840301815282825280516020918201209083019390935281019190915260ff861660608201526001600160401b038516608082015260a0016109f5565b6117378686808060200260200160405190810160405280939291908181526020018383602002808284375f92018290525054899350630100000090046001600160401b031691506130fd9050565b505050505050565b5f8181526003602090815260408083208151808301835260018201546001600160801b038082168352600160801b9182900481168387019081528551606081018752600286015492831681529282046001600160401b031696830196909652600160c01b900463ffffffff169381018490528254825195518796879687968796879687969295919490936001600160a01b03841693600160a01b900460ff1692906117ea8787613504565b88600301549950995099509950995099509950505050919395979092949650565b604080517f379c6099e4a4f3964bd372b7b29ba46d245e86662c734172d704368c73d5663560208201529081018890526001600160801b0380881660608301528616608082015263ffffffff851660a08201526001600160401b03841660c08201526118799060e0016109f5565b6118848686866135b2565b5f878152600360205260408120908154600160a01b900460ff1660038111156118af576118af6145ed565b036118d0576040516313a88c5160e11b815260048101899052602401610da2565b60408051808201825260018301546001600160801b038082168352600160801b9182900481166020808501919091528451606081018652600287015492831681529282046001600160401b031690830152600160c01b900463ffffffff16928101929092525f916119419190613504565b9050866001600160801b031681111561196057506001600160801b0386165b6040805180820182526001600160801b038a81168083528a82166020938401819052600160801b80820283176001890155855160608082018852948816808252426001600160401b031682880181905263ffffffff8f1692890183905260028b01805477ffffffffffffffffffffffffffffffffffffffffffffffff191690921793029290921763ffffffff60c01b1916600160c01b820217909155855192835293820152928301919091528a917f49a0c4ff6a90d55a7bbbb63a7411b0ddcc1840654980e564f213a7884c99e7e3910160405180910390a2505050505050505050565b5f8181526003602081905260408220908154600160a01b900460ff166003811115611a7157611a716145ed565b14611a7c575f610cf2565b546001600160a01b031692915050565b5f611a95612c97565b5f611a9f86612338565b9050611ae4611adc7fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a8888604051602001610e1893929190614b5e565b85858461255d565b611aed85613624565b915050611af86130d3565b949350505050565b5f5f611b0b86612338565b9050611b48611adc7fc6e2593b4290285bcb10cb69eb0864dc7ad11f1ba589fe75d65e1602b7060e628888604051602001610e1893929190614b5e565b611b518561373f565b9695505050505050565b5f611b64612c97565b6001600160a01b0386165f90815260046020908152604080832054808452600390925290912060018154600160a01b900460ff166003811115611ba957611ba96145ed565b141580611bb4575081155b15611bf6576040517fd8f7f3540000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152602401610da2565b5f611c0582848a8a8a8a612d1f565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038b16906370a0823190602401602060405180830381865afa158015611c4c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c709190614beb565b9050611c876001600160a01b038b1633308c61388e565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038d16906370a0823190602401602060405180830381865afa158015611ccd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cf19190614beb565b611cfb9190614c02565b9050898114611d40576040517fb6a9b654000000000000000000000000000000000000000000000000000000008152600481018b905260248101829052604401610da2565b89846003015f828254611d539190614b0c565b90915550611d62905083613049565b9550336001600160a01b031685877f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab8d8d8d8d8a60800151604051611dab959493929190614ac9565b60405180910390a450505050506112546130d3565b611dc8612c97565b5f611dd288612338565b9050611e05610a857fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a6369978a8a8a8a8a612472565b5f86815260036020526040812090611e1e828983612706565b90505f611e2d838b8a8a6127f1565b9050611e3a83825f6129b0565b611e45838a83613910565b82546001600160a01b03165f5b88811015611f1557368a8a83818110611e6d57611e6d614a5d565b9050608002019050611e978584836040016020810190611e8d91906145bb565b846060013561396d565b611ea760608201604083016145bb565b6001600160a01b03168c611ed58f6001600160401b0316845f0135856020016020810190610bbe91906145d4565b604051606085013581527f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c19060200160405180910390a450600101611e52565b505050505050611f236130d3565b50505050505050565b611f957fe4957552972c846d7db9cb0b1d74d98d64bfb4abec1dce0e8bc1dbdd53f6c2ff86866002811115611f6357611f636145ed565b6040805160208101949094526001600160401b039283169084015260ff1660608301528516608082015260a0016109f5565b611f9f8585613a21565b5050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461207a57612075604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f80807f7b9508371a0e6a9a237169f75d0bf645bc16d80793f2172581aa08b4ca653a0c6120d060208901896145d4565b6120dd60208a018a614c15565b6040516120eb929190614c57565b60405180910390208980604001906121039190614c15565b604051612111929190614c57565b60405190819003902061212760608c018c614c15565b604051612135929190614c57565b60405190819003902061214e60a08d0160808e01614c66565b61215e60c08e0160a08f01614c7f565b8d60c00160208101906121719190614c7f565b8e60e00160208101906121849190614c98565b60408051602081019a909a526001600160401b03988916908a01526060890196909652608088019490945260a087019290925260ff1660c08601526001600160801b0390811660e08601521661010084015263ffffffff1661012083015287166101408201526101600160405160208183030381529060405280519060200120905061221281878787612229565b61221b87613aff565b925092505094509492505050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b039081166060830152600160581b830481166080830152600160981b8304811660a08301819052600160d81b90930463ffffffff1660c08301529091908516146122db5760a081015160405162d2fdef60e51b81526001600160401b0380871660048301529091166024820152604401610da2565b6122e7610a8586612b2d565b6122f2846001614cb1565b5f80546001600160401b0392909216600160981b027fffffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff9092169190911790555050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906124055760405163a792dfa360e01b815260040160405180910390fd5b80606001516001600160401b0316826001600160401b03161461246d5760608101516040517f2b9264ec0000000000000000000000000000000000000000000000000000000081526001600160401b0380851660048301529091166024820152604401610da2565b919050565b5f818082036124ad576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d78450166020830282018181525f9290835b858110156125065760808082028a01602084013760a08220602082028401526001016124df565b50506020848102909120604080519283018d90526001600160401b03808d16918401919091528a1660608301526080820189905260a08201819052925061254f9060c001610e18565b9a9950505050505050505050565b5f612569604184614cd0565b9050612576816041614cef565b831461259857604051632208c62960e01b815260048101849052602401610da2565b816020015160ff168110156125eb5760208201516040517f8b05c8140000000000000000000000000000000000000000000000000000000081526004810183905260ff9091166024820152604401610da2565b5f5f5b82811015611f23575f61260388888885612b76565b9050826001600160a01b0316816001600160a01b0316116126a957826001600160a01b0316816001600160a01b031603612674576040517fe021c4f20000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610da2565b6040517f151f10f800000000000000000000000000000000000000000000000000000000815260048101839052602401610da2565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b039081169116146126fc57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610da2565b91506001016125ee565b82545f90600160a01b900460ff168261274f57600181600381111561272d5761272d6145ed565b148061274a57506002816003811115612748576127486145ed565b145b612765565b6003816003811115612763576127636145ed565b145b1561278757600281600381111561277e5761277e6145ed565b14915050610cf2565b5f81600381111561279a5761279a6145ed565b036127bb576040516313a88c5160e11b815260048101859052602401610da2565b83816040517f9361ad3a000000000000000000000000000000000000000000000000000000008152600401610da2929190614d06565b5f6127fb84614179565b60018501546001600160801b03165f8080805b8681101561298c573688888381811061282957612829614a5d565b60800291909101915050606081018035906128519061284b90604085016145bb565b826141dc565b8681111561287c5760405163ba9b7fc360e01b81526004810182905260248101889052604401610da2565b6128868189614b0c565b97505f61289960408401602085016145d4565b90505f6128d36001600160401b038e16853566ffffffffffffff600886901c16604080519384526020840192909252908201526060902090565b90508515806128e25750878114155b156129175785156128fe575f8881526006602052604090208790555b5f81815260066020526040902054909750955060019450865b600160ff83161b878116156129775761295b8e6001600160401b0316865f0135856001600160401b0316604080519384526020840192909252908201526060902090565b604051630d1069f360e11b8152600401610da291815260200190565b8088179750505050505080600101905061280e565b5080156129a4575f8381526006602052604090208290555b50505050949350505050565b6040805180820190915260018401546001600160801b03808216808452600160801b909204166020830152821115612a1057805160405163ba9b7fc360e01b8152600481018490526001600160801b039091166024820152604401610da2565b6040805160608101825260028601546001600160801b0381168252600160801b81046001600160401b03166020830152600160c01b900463ffffffff16918101919091525f612a5f8383613504565b905080851115612aa5576040517f40df7ba90000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610da2565b60408051606081018252959091036001600160801b0316808652426001600160401b0316602087018190529282015163ffffffff1695909101859052600295909501805477ffffffffffffffffffffffffffffffffffffffffffffffff1916909517600160801b9091021763ffffffff60c01b1916600160c01b909302929092179092555050565b5f5f612b37611fa6565b6040517f190100000000000000000000000000000000000000000000000000000000000081526002810191909152602281019390935250506042902090565b5f60418202840180359060208101359060400135831a601b811015612ba357612ba0601b82614d1a565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180612be457508060ff16601b14158015612be457508060ff16601c14155b15612c0557604051630a57f30960e31b815260048101869052602401610da2565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612c55573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416612c8c57604051630a57f30960e31b815260048101869052602401610da2565b505050949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612cf0576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612d1d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614240565b565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c082015290612dec5760405163a792dfa360e01b815260040160405180910390fd5b845f03612e0c57604051631f2a200560e01b815260040160405180910390fd5b60018701546001600160801b031680861115612e455760405163ba9b7fc360e01b81526004810187905260248101829052604401610da2565b6001600160401b0385161580612e63575046856001600160401b0316145b15612ea5576040517f75a192760000000000000000000000000000000000000000000000000000000081526001600160401b0386166004820152602401610da2565b6001600160401b0385165f9081526005602052604090205460ff166001816002811115612ed457612ed46145ed565b03612f4057601484141580612f0057505f612eef8587614d33565b6bffffffffffffffffffffffff1916145b15612f3b5784846040517fa114addf000000000000000000000000000000000000000000000000000000008152600401610da2929190614d73565b61303d565b6002816002811115612f5457612f546145ed565b0361301a5760408051602080820183525f82529151612f769289929101614d86565b604051602081830303815290604052805190602001208814612fd6576040517f52841d1b000000000000000000000000000000000000000000000000000000008152600481018990526001600160401b0387166024820152604401610da2565b612fe0858561125d565b612f3b5784846040517f66d51509000000000000000000000000000000000000000000000000000000008152600401610da2929190614d73565b60405162c09b0b60e21b81526001600160401b0387166004820152602401610da2565b50509695505050505050565b5f8160800151600161305b9190614cb1565b5f80547fffffffffffffffffffffffffff0000000000000000ffffffffffffffffffffff16600160581b6001600160401b039384160217905560808381015160408051468516602082015230918101919091529216606083015201604051602081830303815290604052805190602001209050919050565b612d1d5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612d17565b825180158061310c5750604081115b80613118575060ff8316155b806131255750808360ff16115b8061313d57508061313a60ff85166002614cef565b11155b1561315b576040516335d73a6760e11b815260040160405180910390fd5b5f613167836001614cb1565b90505f5f5b8381101561324657816001600160a01b031687828151811061319057613190614a5d565b60200260200101516001600160a01b0316116131bf576040516335d73a6760e11b815260040160405180910390fd5b8260015f8984815181106131d5576131d5614a5d565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b0316021790555086818151811061323157613231614a5d565b6020026020010151915080600101905061316c565b50855161325a9060029060208901906143a4565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a88886040516134f3929190614dcb565b60405180910390a250505050505050565b805160208201516001600160801b03909116905f9061352c906001600160401b031642614c02565b905080158015906135465750604083015163ffffffff1615155b156135ab57826040015163ffffffff1684602001516001600160801b03168261356f9190614cef565b6135799190614cd0565b6135839083614b0c565b915083602001516001600160801b03168211156135ab5783602001516001600160801b031691505b5092915050565b6001600160801b03831615806135d95750816001600160801b0316836001600160801b0316115b806135e8575063ffffffff8116155b1561361f576040517fe773e0a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f61364f61363560208401846145d4565b602084013561364a60608601604087016145d4565b614247565b905061366e61366460a08401608085016145bb565b8360a001356141dc565b60608201355f8181526003602052604081209161368d90839083612706565b905061369e8260a0860135806129b0565b6136b18285606001358660a00135613910565b81546136dc9082906001600160a01b03166136d260a08801608089016145bb565b8760a0013561396d565b6136ec60a08501608086016145bb565b6001600160a01b03168460600135847f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18760a0013560405161373091815260200190565b60405180910390a45050919050565b5f61375061363560208401846145d4565b905061376561366460a08401608085016145bb565b60608201355f818152600360205260409020906137859082906001612706565b506137958160a0850135806129b0565b80546001600160a01b03166340c10f196137b560a08601608087016145bb565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b03909116600482015260a086013560248201526044015f604051808303815f87803b158015613815575f5ffd5b505af1158015613827573d5f5f3e3d5ffd5b5061383c9250505060a08401608085016145bb565b6001600160a01b03168360600135837fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73548660a0013560405161388091815260200190565b60405180910390a450919050565b6040516001600160a01b03848116602483015283811660448301526064820183905261390a9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506142ee565b50505050565b600383015480821115613960576040517fd274d88f000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260448101829052606401610da2565b0360039092019190915550565b8315613a0d575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146139bc576040519150601f19603f3d011682016040523d82523d5f602084013e6139c1565b606091505b5050905080613a07576040517fbf7e35a30000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610da2565b5061390a565b61390a6001600160a01b0384168383614373565b6001600160401b0382161580613a3f575046826001600160401b0316145b15613a81576040517fd79f2ea40000000000000000000000000000000000000000000000000000000081526001600160401b0383166004820152602401610da2565b6001600160401b0382165f908152600560205260409020805482919060ff19166001836002811115613ab557613ab56145ed565b0217905550816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b82604051613af39190614601565b60405180910390a25050565b5f8080613b0f6020850185614c15565b9150508015801590613b22575080601414155b15613b6857613b346020850185614c15565b6040517fc0403bdd000000000000000000000000000000000000000000000000000000008152600401610da2929190614d73565b613ba1613b7b60c0860160a08701614c7f565b613b8b60e0870160c08801614c7f565b613b9c610100880160e08901614c98565b6135b2565b613bae60208501856145d4565b613bbb6020860186614c15565b604051602001613bcd93929190614def565b60408051601f1981840301815291815281516020928301205f8181526003909352908220909450908154600160a01b900460ff166003811115613c1257613c126145ed565b14613c4c576040517fc3471ff000000000000000000000000000000000000000000000000000000000815260048101859052602401610da2565b5f46613c5b60208801886145d4565b6001600160401b031603613d535782601403613d4b57613c7e6020870187614c15565b613c8791614d33565b60601c9350833b5f03613cd1576040517f8a8b41ec0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610da2565b6001600160a01b0384165f9081526004602052604090205415613d43576001600160a01b0384165f818152600460208190526040918290205491517fbd65d2ae000000000000000000000000000000000000000000000000000000008152908101929092526024820152604401610da2565b506001613ec9565b506002613ec9565b5f600581613d6460208a018a6145d4565b6001600160401b0316815260208101919091526040015f9081205460ff169150816002811115613d9657613d966145ed565b03613dcc57613da860208801886145d4565b60405162c09b0b60e21b81526001600160401b039091166004820152602401610da2565b6002816002811115613de057613de06145ed565b148015613dec57508315155b15613dfe57613b346020880188614c15565b613e0b6040880188614c15565b15905080613e255750613e216060880188614c15565b1590505b15613e5c576040517f2ef1310500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b85613e6a6040890189614c15565b613e7760608b018b614c15565b613e8760a08d0160808e01614c66565b8b604051613e9490614414565b613ea396959493929190614e11565b8190604051809103905ff5905080158015613ec0573d5f5f3e3d5ffd5b50945060039150505b81546001600160a01b03851673ffffffffffffffffffffffffffffffffffffffff19821681178455829184917fffffffffffffffffffffff00000000000000000000000000000000000000000090911617600160a01b836003811115613f3157613f316145ed565b02179055506040805180820190915280613f5160c0890160a08a01614c7f565b6001600160801b03168152602001613f6f60e0890160c08a01614c7f565b6001600160801b0390811690915281516020909201518116600160801b029116176001830155604080516060810190915280613fb160e0890160c08a01614c7f565b6001600160801b031681526001600160401b0342166020820152604001613fdf610100890160e08a01614c98565b63ffffffff908116909152815160028501805460208501516040909501516001600160801b0390931677ffffffffffffffffffffffffffffffffffffffffffffffff1990911617600160801b6001600160401b03909516949094029390931763ffffffff60c01b1916600160c01b91909216021790556001600160a01b0384161561407f576001600160a01b0384165f9081526004602052604090208590555b6001600160a01b038416857f4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe515836140b960208b018b6145d4565b6140c660208c018c614c15565b6140d660a08e0160808f01614c66565b6040516140e7959493929190614e50565b60405180910390a3847f49a0c4ff6a90d55a7bbbb63a7411b0ddcc1840654980e564f213a7884c99e7e361412160c0890160a08a01614c7f565b61413160e08a0160c08b01614c7f565b6141426101008b0160e08c01614c98565b604080516001600160801b03948516815293909216602084015263ffffffff169082015260600160405180910390a2505050915091565b6001600160401b0381161580614197575046816001600160401b0316145b156141d9576040517f054ddfd10000000000000000000000000000000000000000000000000000000081526001600160401b0382166004820152602401610da2565b50565b805f036141fc57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b03821661423c576040517fd27b444300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b80825d5050565b5f61425184614179565b50604080516001600160401b03858116808352602080840187905291851683850152606092839020845191825281830187905266ffffffffffffff600887901c16828601529290205f818152600690925292902054909190600160ff85161b90818116156142d557604051630d1069f360e11b815260048101859052602401610da2565b5f92835260066020526040909220911790559392505050565b5f5f60205f8451602086015f885af18061430d576040513d5f823e3d81fd5b50505f513d91508115614324578060011415614331565b6001600160a01b0384163b155b1561390a576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610da2565b6040516001600160a01b0383811660248301526044820183905261361f91859182169063a9059cbb906064016138c3565b828054828255905f5260205f20908101928215614404579160200282015b82811115614404578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039091161782556020909201916001909101906143c2565b50614410929150614421565b5090565b610c1980614e9583390190565b5b80821115614410575f8155600101614422565b80356001600160401b038116811461246d575f5ffd5b5f5f83601f84011261445b575f5ffd5b5081356001600160401b03811115614471575f5ffd5b602083019150836020828501011115614488575f5ffd5b9250929050565b5f5f5f604084860312156144a1575f5ffd5b6144aa84614435565b925060208401356001600160401b038111156144c4575f5ffd5b6144d08682870161444b565b9497909650939450505050565b5f5f5f5f5f5f5f60a0888a0312156144f3575f5ffd5b6144fc88614435565b965061450a60208901614435565b95506040880135945060608801356001600160401b0381111561452b575f5ffd5b8801601f81018a1361453b575f5ffd5b80356001600160401b03811115614550575f5ffd5b8a60208260071b8401011115614564575f5ffd5b6020919091019450925060808801356001600160401b03811115614586575f5ffd5b6145928a828b0161444b565b989b979a50959850939692959293505050565b80356001600160a01b038116811461246d575f5ffd5b5f602082840312156145cb575f5ffd5b610cf2826145a5565b5f602082840312156145e4575f5ffd5b610cf282614435565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310614615576146156145ed565b91905290565b5f8151808452602084019350602083015f5b828110156146545781516001600160a01b031686526020958601959091019060010161462d565b5093949350505050565b602081525f610cf2602083018461461b565b5f5f5f60608486031215614682575f5ffd5b61468b84614435565b9250602084013591506146a060408501614435565b90509250925092565b803563ffffffff8116811461246d575f5ffd5b5f5f5f604084860312156146ce575f5ffd5b6144aa846146a9565b5f5f5f5f5f608086880312156146eb575f5ffd5b6146f4866145a5565b94506020860135935061470960408701614435565b925060608601356001600160401b03811115614723575f5ffd5b61472f8882890161444b565b969995985093965092949392505050565b5f5f60208385031215614751575f5ffd5b82356001600160401b03811115614766575f5ffd5b6147728582860161444b565b90969095509350505050565b803560ff8116811461246d575f5ffd5b5f5f5f5f5f5f608087890312156147a3575f5ffd5b86356001600160401b038111156147b8575f5ffd5b8701601f810189136147c8575f5ffd5b80356001600160401b038111156147dd575f5ffd5b8960208260051b84010111156147f1575f5ffd5b60209182019750955061480590880161477e565b935061481360408801614435565b925060608701356001600160401b0381111561482d575f5ffd5b61483989828a0161444b565b979a9699509497509295939492505050565b5f6020828403121561485b575f5ffd5b5035919050565b60048110614872576148726145ed565b9052565b6001600160a01b038816815260e081016148936020830189614862565b6001600160801b03871660408301526001600160801b038616606083015263ffffffff851660808301528360a08301528260c083015298975050505050505050565b80356001600160801b038116811461246d575f5ffd5b5f5f5f5f5f5f5f60c0888a031215614901575f5ffd5b87359650614911602089016148d5565b955061491f604089016148d5565b945061492d606089016146a9565b935061493b60808901614435565b925060a08801356001600160401b03811115614586575f5ffd5b5f5f5f5f84860361010081121561496a575f5ffd5b61497386614435565b945060c0601f1982011215614986575f5ffd5b5060208501925060e08501356001600160401b038111156149a5575f5ffd5b6149b18782880161444b565b95989497509550505050565b5f5f5f5f5f608086880312156149d1575f5ffd5b6149da86614435565b94506020860135600381106149ed575f5ffd5b935061470960408701614435565b5f5f5f5f60608587031215614a0e575f5ffd5b84356001600160401b03811115614a23575f5ffd5b85016101008188031215614a35575f5ffd5b9350614a4360208601614435565b925060408501356001600160401b038111156149a5575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63ffffffff818116838216019081111561154b5761154b614a71565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b0385166020820152608060408201525f614af1608083018587614aa1565b90506001600160401b03831660608301529695505050505050565b8082018082111561154b5761154b614a71565b5f8184825b85811015614b53576001600160a01b03614b3d836145a5565b1683526020928301929190910190600101614b24565b509095945050505050565b8381526001600160401b038381166020830152610100820190614b8084614435565b1660408301525f60208401359050806060840152506001600160401b03614ba960408501614435565b1660808301525f606084013590508060a0840152506001600160a01b03614bd2608085016145a5565b1660c083015260a0929092013560e09091015292915050565b5f60208284031215614bfb575f5ffd5b5051919050565b8181038181111561154b5761154b614a71565b5f5f8335601e19843603018112614c2a575f5ffd5b8301803591506001600160401b03821115614c43575f5ffd5b602001915036819003821315614488575f5ffd5b818382375f9101908152919050565b5f60208284031215614c76575f5ffd5b610cf28261477e565b5f60208284031215614c8f575f5ffd5b610cf2826148d5565b5f60208284031215614ca8575f5ffd5b610cf2826146a9565b6001600160401b03818116838216019081111561154b5761154b614a71565b5f82614cea57634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761154b5761154b614a71565b82815260408101610cf26020830184614862565b60ff818116838216019081111561154b5761154b614a71565b80356bffffffffffffffffffffffff1981169060148410156135ab576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b602081525f611af8602083018486614aa1565b6001600160401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b604081525f614ddd604083018561461b565b905060ff831660208301529392505050565b6001600160401b0384168152604060208201525f611254604083018486614aa1565b608081525f614e2460808301888a614aa1565b8281036020840152614e37818789614aa1565b60ff959095166040840152505060600152949350505050565b614e5a8187614862565b6001600160401b0385166020820152608060408201525f614e7f608083018587614aa1565b905060ff83166060830152969550505050505056fe60e060405234801561000f575f5ffd5b50604051610c19380380610c1983398101604081905261002e916100fe565b8383600361003c8382610205565b5060046100498282610205565b5050336080525060a05260ff1660c052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610084575f5ffd5b81516001600160401b0381111561009d5761009d610061565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cb576100cb610061565b6040528181528382016020018510156100e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610111575f5ffd5b84516001600160401b03811115610126575f5ffd5b61013287828801610075565b602087015190955090506001600160401b0381111561014f575f5ffd5b61015b87828801610075565b935050604085015160ff81168114610171575f5ffd5b6060959095015193969295505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610061565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516109226102f75f395f61014b01525f61018f01525f81816102440152818161035501526103c201526109225ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806344de240a116100885780639dc29fac116100635780639dc29fac146101e1578063a9059cbb146101f4578063dd62ed3e14610207578063e78cea921461023f575f5ffd5b806344de240a1461018a57806370a08231146101b157806395d89b41146101d9575f5ffd5b806323b872dd116100b857806323b872dd14610131578063313ce5671461014457806340c10f1914610175575f5ffd5b806306fdde03146100de578063095ea7b3146100fc57806318160ddd1461011f575b5f5ffd5b6100e661027e565b6040516100f391906107c8565b60405180910390f35b61010f61010a366004610818565b61030e565b60405190151581526020016100f3565b6002545b6040519081526020016100f3565b61010f61013f366004610840565b610327565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100f3565b610188610183366004610818565b61034a565b005b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6101236101bf36600461087a565b6001600160a01b03165f9081526020819052604090205490565b6100e66103a8565b6101886101ef366004610818565b6103b7565b61010f610202366004610818565b61040c565b61012361021536600461089a565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b60606003805461028d906108cb565b80601f01602080910402602001604051908101604052809291908181526020018280546102b9906108cb565b80156103045780601f106102db57610100808354040283529160200191610304565b820191905f5260205f20905b8154815290600101906020018083116102e757829003601f168201915b5050505050905090565b5f3361031b818585610419565b60019150505b92915050565b5f3361033485828561042b565b61033f8585856104c0565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039a57604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6103a4828261051d565b5050565b60606004805461028d906108cb565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040257604051637c8da0cf60e11b8152336004820152602401610391565b6103a48282610551565b5f3361031b8185856104c0565b6104268383836001610585565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104ba57818110156104ac576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810182905260448101839052606401610391565b6104ba84848484035f610585565b50505050565b6001600160a01b0383166104e957604051634b637e8f60e11b81525f6004820152602401610391565b6001600160a01b0382166105125760405163ec442f0560e01b81525f6004820152602401610391565b610426838383610689565b6001600160a01b0382166105465760405163ec442f0560e01b81525f6004820152602401610391565b6103a45f8383610689565b6001600160a01b03821661057a57604051634b637e8f60e11b81525f6004820152602401610391565b6103a4825f83610689565b6001600160a01b0384166105c7576040517fe602df050000000000000000000000000000000000000000000000000000000081525f6004820152602401610391565b6001600160a01b038316610609576040517f94280d620000000000000000000000000000000000000000000000000000000081525f6004820152602401610391565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104ba57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161067b91815260200190565b60405180910390a350505050565b6001600160a01b0383166106b3578060025f8282546106a89190610903565b9091555061073c9050565b6001600160a01b0383165f908152602081905260409020548181101561071e576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810182905260448101839052606401610391565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661075857600280548290039055610776565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516107bb91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610813575f5ffd5b919050565b5f5f60408385031215610829575f5ffd5b610832836107fd565b946020939093013593505050565b5f5f5f60608486031215610852575f5ffd5b61085b846107fd565b9250610869602085016107fd565b929592945050506040919091013590565b5f6020828403121561088a575f5ffd5b610893826107fd565b9392505050565b5f5f604083850312156108ab575f5ffd5b6108b4836107fd565b91506108c2602084016107fd565b90509250929050565b600181811c908216806108df57607f821691505b6020821081036108fd57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561032157634e487b7160e01b5f52601160045260245ffd",
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

// DEFINEASSETTYPEHASH is a free data retrieval call binding the contract method 0x7a9cc3d3.
//
// Solidity: function DEFINE_ASSET_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) DEFINEASSETTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "DEFINE_ASSET_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFINEASSETTYPEHASH is a free data retrieval call binding the contract method 0x7a9cc3d3.
//
// Solidity: function DEFINE_ASSET_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) DEFINEASSETTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.DEFINEASSETTYPEHASH(&_Bridge.CallOpts)
}

// DEFINEASSETTYPEHASH is a free data retrieval call binding the contract method 0x7a9cc3d3.
//
// Solidity: function DEFINE_ASSET_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) DEFINEASSETTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.DEFINEASSETTYPEHASH(&_Bridge.CallOpts)
}

// ITEMTYPEHASH is a free data retrieval call binding the contract method 0x87544fa7.
//
// Solidity: function ITEM_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) ITEMTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "ITEM_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ITEMTYPEHASH is a free data retrieval call binding the contract method 0x87544fa7.
//
// Solidity: function ITEM_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) ITEMTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.ITEMTYPEHASH(&_Bridge.CallOpts)
}

// ITEMTYPEHASH is a free data retrieval call binding the contract method 0x87544fa7.
//
// Solidity: function ITEM_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) ITEMTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.ITEMTYPEHASH(&_Bridge.CallOpts)
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

// MINTBATCHTYPEHASH is a free data retrieval call binding the contract method 0xde743a72.
//
// Solidity: function MINT_BATCH_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) MINTBATCHTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "MINT_BATCH_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTBATCHTYPEHASH is a free data retrieval call binding the contract method 0xde743a72.
//
// Solidity: function MINT_BATCH_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) MINTBATCHTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.MINTBATCHTYPEHASH(&_Bridge.CallOpts)
}

// MINTBATCHTYPEHASH is a free data retrieval call binding the contract method 0xde743a72.
//
// Solidity: function MINT_BATCH_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) MINTBATCHTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.MINTBATCHTYPEHASH(&_Bridge.CallOpts)
}

// MINTTYPEHASH is a free data retrieval call binding the contract method 0xf76fc35e.
//
// Solidity: function MINT_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) MINTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "MINT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTTYPEHASH is a free data retrieval call binding the contract method 0xf76fc35e.
//
// Solidity: function MINT_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) MINTTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.MINTTYPEHASH(&_Bridge.CallOpts)
}

// MINTTYPEHASH is a free data retrieval call binding the contract method 0xf76fc35e.
//
// Solidity: function MINT_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) MINTTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.MINTTYPEHASH(&_Bridge.CallOpts)
}

// PAUSETYPEHASH is a free data retrieval call binding the contract method 0x543813b7.
//
// Solidity: function PAUSE_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) PAUSETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "PAUSE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PAUSETYPEHASH is a free data retrieval call binding the contract method 0x543813b7.
//
// Solidity: function PAUSE_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) PAUSETYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.PAUSETYPEHASH(&_Bridge.CallOpts)
}

// PAUSETYPEHASH is a free data retrieval call binding the contract method 0x543813b7.
//
// Solidity: function PAUSE_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) PAUSETYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.PAUSETYPEHASH(&_Bridge.CallOpts)
}

// ROTATESIGNERSTYPEHASH is a free data retrieval call binding the contract method 0x6db6c54d.
//
// Solidity: function ROTATE_SIGNERS_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) ROTATESIGNERSTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "ROTATE_SIGNERS_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ROTATESIGNERSTYPEHASH is a free data retrieval call binding the contract method 0x6db6c54d.
//
// Solidity: function ROTATE_SIGNERS_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) ROTATESIGNERSTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.ROTATESIGNERSTYPEHASH(&_Bridge.CallOpts)
}

// ROTATESIGNERSTYPEHASH is a free data retrieval call binding the contract method 0x6db6c54d.
//
// Solidity: function ROTATE_SIGNERS_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) ROTATESIGNERSTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.ROTATESIGNERSTYPEHASH(&_Bridge.CallOpts)
}

// SETCHAINTYPEHASH is a free data retrieval call binding the contract method 0xd7bbad0c.
//
// Solidity: function SET_CHAIN_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) SETCHAINTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "SET_CHAIN_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SETCHAINTYPEHASH is a free data retrieval call binding the contract method 0xd7bbad0c.
//
// Solidity: function SET_CHAIN_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) SETCHAINTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.SETCHAINTYPEHASH(&_Bridge.CallOpts)
}

// SETCHAINTYPEHASH is a free data retrieval call binding the contract method 0xd7bbad0c.
//
// Solidity: function SET_CHAIN_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) SETCHAINTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.SETCHAINTYPEHASH(&_Bridge.CallOpts)
}

// SETLIMITSTYPEHASH is a free data retrieval call binding the contract method 0x98db5c0b.
//
// Solidity: function SET_LIMITS_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) SETLIMITSTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "SET_LIMITS_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SETLIMITSTYPEHASH is a free data retrieval call binding the contract method 0x98db5c0b.
//
// Solidity: function SET_LIMITS_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) SETLIMITSTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.SETLIMITSTYPEHASH(&_Bridge.CallOpts)
}

// SETLIMITSTYPEHASH is a free data retrieval call binding the contract method 0x98db5c0b.
//
// Solidity: function SET_LIMITS_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) SETLIMITSTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.SETLIMITSTYPEHASH(&_Bridge.CallOpts)
}

// UNLOCKBATCHTYPEHASH is a free data retrieval call binding the contract method 0x4b2a88ce.
//
// Solidity: function UNLOCK_BATCH_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) UNLOCKBATCHTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "UNLOCK_BATCH_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// UNLOCKBATCHTYPEHASH is a free data retrieval call binding the contract method 0x4b2a88ce.
//
// Solidity: function UNLOCK_BATCH_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) UNLOCKBATCHTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.UNLOCKBATCHTYPEHASH(&_Bridge.CallOpts)
}

// UNLOCKBATCHTYPEHASH is a free data retrieval call binding the contract method 0x4b2a88ce.
//
// Solidity: function UNLOCK_BATCH_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) UNLOCKBATCHTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.UNLOCKBATCHTYPEHASH(&_Bridge.CallOpts)
}

// UNLOCKTYPEHASH is a free data retrieval call binding the contract method 0x8c8ca33c.
//
// Solidity: function UNLOCK_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) UNLOCKTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "UNLOCK_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// UNLOCKTYPEHASH is a free data retrieval call binding the contract method 0x8c8ca33c.
//
// Solidity: function UNLOCK_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) UNLOCKTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.UNLOCKTYPEHASH(&_Bridge.CallOpts)
}

// UNLOCKTYPEHASH is a free data retrieval call binding the contract method 0x8c8ca33c.
//
// Solidity: function UNLOCK_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) UNLOCKTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.UNLOCKTYPEHASH(&_Bridge.CallOpts)
}

// UNPAUSETYPEHASH is a free data retrieval call binding the contract method 0x3079f3c2.
//
// Solidity: function UNPAUSE_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) UNPAUSETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "UNPAUSE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// UNPAUSETYPEHASH is a free data retrieval call binding the contract method 0x3079f3c2.
//
// Solidity: function UNPAUSE_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) UNPAUSETYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.UNPAUSETYPEHASH(&_Bridge.CallOpts)
}

// UNPAUSETYPEHASH is a free data retrieval call binding the contract method 0x3079f3c2.
//
// Solidity: function UNPAUSE_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) UNPAUSETYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.UNPAUSETYPEHASH(&_Bridge.CallOpts)
}

// AssetInfo is a free data retrieval call binding the contract method 0xc5fafb01.
//
// Solidity: function assetInfo(bytes32 assetId) view returns(address token, uint8 kind, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint256 available, uint256 locked)
func (_Bridge *BridgeCaller) AssetInfo(opts *bind.CallOpts, assetId [32]byte) (struct {
	Token          common.Address
	Kind           uint8
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
	outstruct.MaxPerTransfer = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Capacity = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Window = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.Available = *abi.ConvertType(out[5], new(*big.Int)).(**big.Int)
	outstruct.Locked = *abi.ConvertType(out[6], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// AssetInfo is a free data retrieval call binding the contract method 0xc5fafb01.
//
// Solidity: function assetInfo(bytes32 assetId) view returns(address token, uint8 kind, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint256 available, uint256 locked)
func (_Bridge *BridgeSession) AssetInfo(assetId [32]byte) (struct {
	Token          common.Address
	Kind           uint8
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
// Solidity: function assetInfo(bytes32 assetId) view returns(address token, uint8 kind, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint256 available, uint256 locked)
func (_Bridge *BridgeCallerSession) AssetInfo(assetId [32]byte) (struct {
	Token          common.Address
	Kind           uint8
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

// DefineAsset is a paid mutator transaction binding the contract method 0xf9a6e9b8.
//
// Solidity: function defineAsset((uint64,bytes,string,string,uint8,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeTransactor) DefineAsset(opts *bind.TransactOpts, d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "defineAsset", d, nonce, sigs)
}

// DefineAsset is a paid mutator transaction binding the contract method 0xf9a6e9b8.
//
// Solidity: function defineAsset((uint64,bytes,string,string,uint8,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeSession) DefineAsset(d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.DefineAsset(&_Bridge.TransactOpts, d, nonce, sigs)
}

// DefineAsset is a paid mutator transaction binding the contract method 0xf9a6e9b8.
//
// Solidity: function defineAsset((uint64,bytes,string,string,uint8,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeTransactorSession) DefineAsset(d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.DefineAsset(&_Bridge.TransactOpts, d, nonce, sigs)
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

// Mint is a paid mutator transaction binding the contract method 0xe402d75b.
//
// Solidity: function mint(uint64 epoch, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactor) Mint(opts *bind.TransactOpts, epoch uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "mint", epoch, t, sigs)
}

// Mint is a paid mutator transaction binding the contract method 0xe402d75b.
//
// Solidity: function mint(uint64 epoch, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeSession) Mint(epoch uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Mint(&_Bridge.TransactOpts, epoch, t, sigs)
}

// Mint is a paid mutator transaction binding the contract method 0xe402d75b.
//
// Solidity: function mint(uint64 epoch, (uint64,bytes32,uint64,bytes32,address,uint256) t, bytes sigs) returns(bytes32 transferId)
func (_Bridge *BridgeTransactorSession) Mint(epoch uint64, t BridgeTransfer, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Mint(&_Bridge.TransactOpts, epoch, t, sigs)
}

// MintBatch is a paid mutator transaction binding the contract method 0x16d55be4.
//
// Solidity: function mintBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeTransactor) MintBatch(opts *bind.TransactOpts, epoch uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "mintBatch", epoch, srcChain, assetId, items, sigs)
}

// MintBatch is a paid mutator transaction binding the contract method 0x16d55be4.
//
// Solidity: function mintBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeSession) MintBatch(epoch uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.MintBatch(&_Bridge.TransactOpts, epoch, srcChain, assetId, items, sigs)
}

// MintBatch is a paid mutator transaction binding the contract method 0x16d55be4.
//
// Solidity: function mintBatch(uint64 epoch, uint64 srcChain, bytes32 assetId, (bytes32,uint64,address,uint256)[] items, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) MintBatch(epoch uint64, srcChain uint64, assetId [32]byte, items []BridgeItem, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.MintBatch(&_Bridge.TransactOpts, epoch, srcChain, assetId, items, sigs)
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

// PauseBySignature is a paid mutator transaction binding the contract method 0x83861be5.
//
// Solidity: function pauseBySignature(uint32 nonce, bytes sig) returns()
func (_Bridge *BridgeTransactor) PauseBySignature(opts *bind.TransactOpts, nonce uint32, sig []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "pauseBySignature", nonce, sig)
}

// PauseBySignature is a paid mutator transaction binding the contract method 0x83861be5.
//
// Solidity: function pauseBySignature(uint32 nonce, bytes sig) returns()
func (_Bridge *BridgeSession) PauseBySignature(nonce uint32, sig []byte) (*types.Transaction, error) {
	return _Bridge.Contract.PauseBySignature(&_Bridge.TransactOpts, nonce, sig)
}

// PauseBySignature is a paid mutator transaction binding the contract method 0x83861be5.
//
// Solidity: function pauseBySignature(uint32 nonce, bytes sig) returns()
func (_Bridge *BridgeTransactorSession) PauseBySignature(nonce uint32, sig []byte) (*types.Transaction, error) {
	return _Bridge.Contract.PauseBySignature(&_Bridge.TransactOpts, nonce, sig)
}

// RotateSigners is a paid mutator transaction binding the contract method 0xc360e83c.
//
// Solidity: function rotateSigners(address[] signers_, uint8 threshold_, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) RotateSigners(opts *bind.TransactOpts, signers_ []common.Address, threshold_ uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "rotateSigners", signers_, threshold_, nonce, sigs)
}

// RotateSigners is a paid mutator transaction binding the contract method 0xc360e83c.
//
// Solidity: function rotateSigners(address[] signers_, uint8 threshold_, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) RotateSigners(signers_ []common.Address, threshold_ uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.RotateSigners(&_Bridge.TransactOpts, signers_, threshold_, nonce, sigs)
}

// RotateSigners is a paid mutator transaction binding the contract method 0xc360e83c.
//
// Solidity: function rotateSigners(address[] signers_, uint8 threshold_, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) RotateSigners(signers_ []common.Address, threshold_ uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.RotateSigners(&_Bridge.TransactOpts, signers_, threshold_, nonce, sigs)
}

// SetChain is a paid mutator transaction binding the contract method 0xe819e7eb.
//
// Solidity: function setChain(uint64 chainId, uint8 kind, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) SetChain(opts *bind.TransactOpts, chainId uint64, kind uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "setChain", chainId, kind, nonce, sigs)
}

// SetChain is a paid mutator transaction binding the contract method 0xe819e7eb.
//
// Solidity: function setChain(uint64 chainId, uint8 kind, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) SetChain(chainId uint64, kind uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetChain(&_Bridge.TransactOpts, chainId, kind, nonce, sigs)
}

// SetChain is a paid mutator transaction binding the contract method 0xe819e7eb.
//
// Solidity: function setChain(uint64 chainId, uint8 kind, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) SetChain(chainId uint64, kind uint8, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetChain(&_Bridge.TransactOpts, chainId, kind, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0xd0e633ec.
//
// Solidity: function setLimits(bytes32 assetId, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) SetLimits(opts *bind.TransactOpts, assetId [32]byte, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "setLimits", assetId, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0xd0e633ec.
//
// Solidity: function setLimits(bytes32 assetId, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) SetLimits(assetId [32]byte, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetLimits(&_Bridge.TransactOpts, assetId, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0xd0e633ec.
//
// Solidity: function setLimits(bytes32 assetId, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) SetLimits(assetId [32]byte, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetLimits(&_Bridge.TransactOpts, assetId, maxPerTransfer, capacity, window, nonce, sigs)
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

// Unpause is a paid mutator transaction binding the contract method 0x124c188a.
//
// Solidity: function unpause(uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) Unpause(opts *bind.TransactOpts, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "unpause", nonce, sigs)
}

// Unpause is a paid mutator transaction binding the contract method 0x124c188a.
//
// Solidity: function unpause(uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) Unpause(nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Unpause(&_Bridge.TransactOpts, nonce, sigs)
}

// Unpause is a paid mutator transaction binding the contract method 0x124c188a.
//
// Solidity: function unpause(uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) Unpause(nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.Unpause(&_Bridge.TransactOpts, nonce, sigs)
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
	MaxPerTransfer *big.Int
	Capacity       *big.Int
	Window         uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterLimitsSet is a free log retrieval operation binding the contract event 0x49a0c4ff6a90d55a7bbbb63a7411b0ddcc1840654980e564f213a7884c99e7e3.
//
// Solidity: event LimitsSet(bytes32 indexed assetId, uint128 maxPerTransfer, uint128 capacity, uint32 window)
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

// WatchLimitsSet is a free log subscription operation binding the contract event 0x49a0c4ff6a90d55a7bbbb63a7411b0ddcc1840654980e564f213a7884c99e7e3.
//
// Solidity: event LimitsSet(bytes32 indexed assetId, uint128 maxPerTransfer, uint128 capacity, uint32 window)
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

// ParseLimitsSet is a log parse operation binding the contract event 0x49a0c4ff6a90d55a7bbbb63a7411b0ddcc1840654980e564f213a7884c99e7e3.
//
// Solidity: event LimitsSet(bytes32 indexed assetId, uint128 maxPerTransfer, uint128 capacity, uint32 window)
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
