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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"evmChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"},{\"name\":\"bitcoinChains\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CANCEL_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFINE_ASSET_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ITEM_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SIGNERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MINT_BATCH_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MINT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ROTATE_SIGNERS_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SET_CHAIN_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SET_LIMITS_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UNLOCK_BATCH_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UNLOCK_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UNPAUSE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetInfo\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.AssetKind\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assetOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"wrappedToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"chainKind\",\"inputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"config\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signerCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"paused\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"nextNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"adminNonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"pauseNonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defineAsset\",\"inputs\":[{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structBridge.AssetDef\",\"components\":[{\"name\":\"homeChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isProcessed\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isStandardScript\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lockNative\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"mintBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nativeAssetId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pauseBySignature\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateSigners\",\"inputs\":[{\"name\":\"signers_\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.ChainKind\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLimits\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerEpoch\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferIdOf\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"unlock\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"t\",\"type\":\"tuple\",\"internalType\":\"structBridge.Transfer\",\"components\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unlockBatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"items\",\"type\":\"tuple[]\",\"internalType\":\"structBridge.Item[]\",\"components\":[{\"name\":\"srcRef\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sigs\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wrappedTokenOf\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AssetDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridge.AssetKind\"},{\"name\":\"homeChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"homeAsset\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"decimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Burned\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"srcChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"srcRef\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"srcIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainSet\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBridge.ChainKind\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LimitsSet\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"minPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"capacity\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"nonce\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Minted\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignersRotated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyProcessed\",\"inputs\":[{\"name\":\"transferId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AmountAboveLimit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AmountBelowMinimum\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPerTransfer\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AssetExists\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AssetNotDefined\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BridgePaused\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DeadlineExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidEVMRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidHomeAsset\",\"inputs\":[{\"name\":\"homeAsset\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"InvalidLimits\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidSignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSource\",\"inputs\":[{\"name\":\"srcChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"MalformedSignatures\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NativeAssetNotDefined\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NativeTransferFailed\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotAContract\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotHomeToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotWrappedToken\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateLimited\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TokenInUse\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownChain\",\"inputs\":[{\"name\":\"chainId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnspendableBitcoinScript\",\"inputs\":[{\"name\":\"script\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDestination\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"dstChain\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongAssetKind\",\"inputs\":[{\"name\":\"assetId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumBridge.AssetKind\"}]},{\"type\":\"error\",\"name\":\"WrongEpoch\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WrongNonce\",\"inputs\":[{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRecipient\",\"inputs\":[]}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161675938038061675983398101604081905261002e916107e4565b466080526100d9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05260408051602080820183525f825291516100f992469291016108ef565b60408051601f19818403018152919052805160209091012060c05261011f84845f6101a4565b5f5b825181101561015c5761015483828151811061013f5761013f610933565b602002602001015160016105ab60201b60201c565b600101610121565b505f5b815181101561019a5761019282828151811061017d5761017d610933565b602002602001015160026105ab60201b60201c565b60010161015f565b5050505050610a2a565b82518015806101b35750604081115b806101bf575060ff8316155b806101cc5750808360ff16115b806101e45750806101e160ff8516600261095b565b11155b15610202576040516335d73a6760e11b815260040160405180910390fd5b5f61020e836001610978565b90505f5f5b838110156102ed57816001600160a01b031687828151811061023757610237610933565b60200260200101516001600160a01b031611610266576040516335d73a6760e11b815260040160405180910390fd5b8260015f89848151811061027c5761027c610933565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b031602179055508681815181106102d8576102d8610933565b60200260200101519150806001019050610213565b508551610301906002906020890190610674565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a888860405161059a929190610997565b60405180910390a250505050505050565b6001600160401b03821615806105c9575046826001600160401b0316145b156105f6576040516335e7cba960e21b81526001600160401b038316600482015260240160405180910390fd5b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561062a5761062a6109f0565b0217905550816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b826040516106689190610a04565b60405180910390a25050565b828054828255905f5260205f209081019282156106c7579160200282015b828111156106c757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610692565b506106d39291506106d7565b5090565b5b808211156106d3575f81556001016106d8565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715610727576107276106eb565b604052919050565b5f6001600160401b03821115610747576107476106eb565b5060051b60200190565b805160ff81168114610761575f5ffd5b919050565b5f82601f830112610775575f5ffd5b81516107886107838261072f565b6106ff565b8082825260208201915060208360051b8601019250858311156107a9575f5ffd5b602085015b838110156107da5780516001600160401b03811681146107cc575f5ffd5b8352602092830192016107ae565b5095945050505050565b5f5f5f5f608085870312156107f7575f5ffd5b84516001600160401b0381111561080c575f5ffd5b8501601f8101871361081c575f5ffd5b805161082a6107838261072f565b8082825260208201915060208360051b85010192508983111561084b575f5ffd5b6020840193505b828410156108815783516001600160a01b0381168114610870575f5ffd5b825260209384019390910190610852565b96506108939250505060208601610751565b60408601519093506001600160401b038111156108ae575f5ffd5b6108ba87828801610766565b606087015190935090506001600160401b038111156108d7575f5ffd5b6108e387828801610766565b91505092959194509250565b60018060401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761097257610972610947565b92915050565b6001600160401b03818116838216019081111561097257610972610947565b604080825283519082018190525f9060208501906060840190835b818110156109d95783516001600160a01b03168352602093840193909201916001016109b2565b5050809250505060ff831660208301529392505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160038310610a2457634e487b7160e01b5f52602160045260245ffd5b91905290565b60805160a05160c051615cfe610a5b5f395f81816107970152611b3c01525f6123db01525f6123070152615cfe5ff3fe608060405260043610610233575f3560e01c806387544fa711610129578063c5fafb01116100a8578063e619af5a1161006d578063e619af5a14610918578063e7ddb25614610937578063e819e7eb14610956578063f698da2514610975578063f76fc35e14610989575f5ffd5b8063c5fafb0114610829578063d512a0d91461085c578063d7bbad0c14610893578063de2eeb9f146108c6578063de743a72146108e5575f5ffd5b8063aafcde84116100ee578063aafcde8414610786578063ad5bf08b146107b9578063bf4af18e146107d8578063c1033d29146107f7578063c360e83c1461080a575f5ffd5b806387544fa7146106af5780638c8ca33c146106e25780638d11d6c51461071557806398db5c0b146107345780639b8e99de14610767575f5ffd5b8063543813b7116101b557806379502c551161017a57806379502c55146104fa5780637a07f45a146105e95780637a9cc3d31461064957806383861be51461067c5780638456cb591461069b575f5ffd5b8063543813b71461042257806359ecd657146104555780636db6c54d1461046957806371f962111461049c57806373fca6ea146104c7575f5ffd5b80633079f3c2116101fb5780633079f3c21461033157806342ba39c21461036457806346f0975a1461039f57806347a37a6e146103c05780634b2a88ce146103ef575f5ffd5b80630239e86014610237578063124c188a1461025857806325d28ae81461027757806328b9c4ec146102a95780632e18c552146102f5575b5f5ffd5b348015610242575f5ffd5b50610256610251366004614593565b6109bc565b005b348015610263575f5ffd5b5061025661027236600461463a565b610bee565b348015610282575f5ffd5b50610296610291366004614688565b610c89565b6040519081526020015b60405180910390f35b3480156102b4575f5ffd5b506102dd6102c3366004614717565b60016020525f90815260409020546001600160401b031681565b6040516001600160401b0390911681526020016102a0565b348015610300575f5ffd5b5061031461030f366004614730565b610e12565b604080519283526001600160a01b039091166020830152016102a0565b34801561033c575f5ffd5b506102967ff6e92f507c74173b273fa11daaaeb9259eeeb66e1dd790e1beceb57e8aa3869a81565b34801561036f575f5ffd5b5061039261037e3660046147aa565b60056020525f908152604090205460ff1681565b6040516102a091906147d7565b3480156103aa575f5ffd5b506103b3610fbb565b6040516102a09190614834565b3480156103cb575f5ffd5b506103df6103da366004614846565b61101b565b60405190151581526020016102a0565b3480156103fa575f5ffd5b506102967fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a63699781565b34801561042d575f5ffd5b506102967fe0af2b57f269ba835a6a79d06dce986f7ff746e3dba99aa38cc399d8d119337981565b348015610460575f5ffd5b50610296604081565b348015610474575f5ffd5b506102967f863d70b296af958eb97442f518132dc159e0f7a0da96a03d25ba924d441a2f8181565b3480156104a7575f5ffd5b506102966104b6366004614717565b60046020525f908152604090205481565b3480156104d2575f5ffd5b506102967faed5e3fc884571d53ae51f169f91a6f67b6580c130d5961907b884705ed05f3e81565b348015610505575f5ffd5b506105996040805160e0810182525f5460ff80821615158084526101008304821660208501819052620100008404909216948401859052630100000083046001600160401b0390811660608601819052600160581b8504821660808701819052600160981b860490921660a08701819052600160d81b90950463ffffffff1660c09096018690529692959491939092909190565b604080516001600160401b03988916815260ff9788166020820152959096169585019590955291151560608401528416608083015290921660a083015263ffffffff1660c082015260e0016102a0565b3480156105f4575f5ffd5b50610296610603366004614846565b604080516001600160401b03808616602083015291810184905290821660608201525f906080016040516020818303038152906040528051906020012090509392505050565b348015610654575f5ffd5b506102967f430a52ede1772b6ae4257ae52c0a9169c2b900c0b43845e83be9163ce6176aae81565b348015610687575f5ffd5b50610256610696366004614892565b611086565b3480156106a6575f5ffd5b5061025661132b565b3480156106ba575f5ffd5b506102967f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501681565b3480156106ed575f5ffd5b506102967fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a81565b348015610720575f5ffd5b5061029661072f3660046148ad565b611410565b34801561073f575f5ffd5b506102967f453ac58766c8dede8d04b0f97e0e7163a7b246b625e3d7f19752e7c3732d184a81565b348015610772575f5ffd5b5061025661078136600461492c565b61156b565b348015610791575f5ffd5b506102967f000000000000000000000000000000000000000000000000000000000000000081565b3480156107c4575f5ffd5b506103df6107d33660046149a5565b611806565b3480156107e3575f5ffd5b506102966107f23660046149f9565b611aca565b61029661080536600461463a565b611b31565b348015610815575f5ffd5b50610256610824366004614a5f565b611c34565b348015610834575f5ffd5b50610848610843366004614afe565b611d06565b6040516102a0989796959493929190614b29565b348015610867575f5ffd5b5061087b610876366004614afe565b611dfe565b6040516001600160a01b0390911681526020016102a0565b34801561089e575f5ffd5b506102967fe4957552972c846d7db9cb0b1d74d98d64bfb4abec1dce0e8bc1dbdd53f6c2ff81565b3480156108d1575f5ffd5b506102966108e0366004614b88565b611e46565b3480156108f0575f5ffd5b506102967fa3d52354fdb9ea56817316e397309f8bf3746af1813e5b4e49d29adfb0f0f03e81565b348015610923575f5ffd5b506102966109323660046148ad565b611eb2565b348015610942575f5ffd5b50610256610951366004614bce565b6120e5565b348015610961575f5ffd5b50610256610970366004614c65565b61228a565b348015610980575f5ffd5b50610296612304565b348015610994575f5ffd5b506102967f0d6ac1f892be3fa22131d1d18a3d63429707a4f780f54a2db55d919f8d25c2f281565b5f6109c6896123fd565b90506109d18861251e565b610a64610a5c7fa3d52354fdb9ea56817316e397309f8bf3746af1813e5b4e49d29adfb0f0f03e8b8b8b8b610a068c8c61255c565b6040805160208101979097526001600160401b039586169087015292841660608601529216608084015260a083019190915260c082015260e0015b604051602081830303815290604052805190602001206125ea565b848484612618565b5f868152600360205260409020610a7d81886001612776565b5080546001600160a01b0316610a9f82610a99818c8b8b612848565b5f612a07565b5f5b86811015610be05736888883818110610abc57610abc614ca3565b608002919091019150506001600160a01b0383166340c10f19610ae56060840160408501614717565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152606084013560248201526044015f604051808303815f87803b158015610b2d575f5ffd5b505af1158015610b3f573d5f5f3e3d5ffd5b50610b54925050506060820160408301614717565b6001600160a01b03168a610ba06001600160401b038e168435610b7d60408701602088016147aa565b6001600160401b0316604080519384526020840192909252908201526060902090565b604051606085013581527fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73549060200160405180910390a450600101610aa1565b505050505050505050505050565b610c547ff6e92f507c74173b273fa11daaaeb9259eeeb66e1dd790e1beceb57e8aa3869a84604051602001610c369291909182526001600160401b0316602082015260400190565b60405160208183030381529060405280519060200120848484612b5a565b5f805460ff191681556040517fa45f47fdea8a1efdd9029a5691c7f759c32b7c698632b563573e155625d169339190a1505050565b6040805160e0810182525f805460ff808216151584526101008204811660208501526201000082041693830193909352630100000083046001600160401b0390811660608401819052600160581b850482166080850152600160981b8504821660a0850152600160d81b90940463ffffffff1660c0840152909290891614610d42576060810151604051630ae4993b60e21b81526001600160401b03808b16600483015290911660248201526044015b60405180910390fd5b604080517faed5e3fc884571d53ae51f169f91a6f67b6580c130d5961907b884705ed05f3e60208201526001600160401b03808b169282019290925281891660608201526080810188905290861660a0820152610dad90610da59060c001610a41565b858584612618565b610db8878787612c55565b604080516001600160401b038a81168252602082018a9052881681830152905191935083917fbe192d3fa270d013240a69d857bced20eab3625b3ef03d54b2955da8a1a6ed209181900360600190a2509695505050505050565b5f80807f430a52ede1772b6ae4257ae52c0a9169c2b900c0b43845e83be9163ce6176aae610e4360208901896147aa565b610e5060208a018a614cb7565b604051610e5e929190614cf9565b6040518091039020898060400190610e769190614cb7565b604051610e84929190614cf9565b604051908190039020610e9a60608c018c614cb7565b604051610ea8929190614cf9565b604051908190039020610ec160a08d0160808e01614d08565b610ed160c08e0160a08f01614d21565b8d60c0016020810190610ee49190614d21565b8e60e0016020810190610ef79190614d21565b8f610100016020810190610f0b9190614d3a565b60408051602081019b909b526001600160401b03998a16908b015260608a0197909752608089019590955260a088019390935260ff90911660c08701526001600160801b0390811660e08701529081166101008601521661012084015263ffffffff16610140830152871661016082015261018001604051602081830303815290604052805190602001209050610fa481878787612b5a565b610fad87612cfc565b925092505094509492505050565b6060600280548060200260200160405190810160405280929190818152602001828054801561101157602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610ff3575b5050505050905090565b604080516001600160401b038516602080830191909152818301859052600884901c66ffffffffffffff1660608084019190915283518084039091018152608090920183528151918101919091205f90815260069091522054600160ff83161b1615155b9392505050565b6040805160e0810182525f5460ff8082161515835261010082048116602084015262010000820416928201929092526001600160401b036301000000830481166060830152600160581b830481166080830152600160981b83041660a082015263ffffffff600160d81b909204821660c0820181905290918516146111335760c081015160405162d2fdef60e51b815263ffffffff80871660048301529091166024820152604401610d39565b6041821461115757604051632208c62960e01b815260048101839052602401610d39565b5f6111a86111a07fe0af2b57f269ba835a6a79d06dce986f7ff746e3dba99aa38cc399d8d119337987604051602001610a4192919091825263ffffffff16602082015260400190565b85855f613353565b60608301516001600160a01b0382165f908152600160205260409020549192506001600160401b039182169116146111fe57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610d39565b600180835261120e908690614d67565b63ffffffff1660c0830181905282515f80546020860151604080880151606089015160808a015160a08b015161ffff1990961697151561ff0019169790971761010060ff95861602176affffffffffffffffff000019166201000094909216939093026affffffffffffffff00000019161763010000006001600160401b0393841602177fffffffffff00000000000000000000000000000000ffffffffffffffffffffff16600160581b9583169590950267ffffffffffffffff60981b191694909417600160981b91909216021763ffffffff60d81b1916600160d81b909302929092178255516001600160a01b038316917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a25050505050565b6040805160e0810182525f805460ff808216151584526101008204811660208086019190915262010000830490911684860152630100000082046001600160401b0390811660608601819052600160581b840482166080870152600160981b8404821660a0870152600160d81b90930463ffffffff1660c086015233845260019091529390912054919291909116146113d957604051632a6edb2b60e01b8152336004820152602401610d39565b5f805460ff1916600117815560405133917f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25891a250565b5f611419613474565b6001600160a01b0386165f908152600460209081526040808320548084526003928390529220908154600160a01b900460ff16600381111561145d5761145d6147c3565b141580611468575081155b156114905760405162badf1960e61b81526001600160a01b0389166004820152602401610d39565b5f61149f82848a8a8a8a6134e3565b604051632770a7eb60e21b8152336004820152602481018a90529091506001600160a01b038a1690639dc29fac906044015f604051808303815f87803b1580156114e7575f5ffd5b505af11580156114f9573d5f5f3e3d5ffd5b5050505061150681613816565b9350336001600160a01b031683857fbbecb2ef1b29650d60afc202dad08c6c27a35f816b1e2fede8e4a62591fc7d158b8b8b8b886080015160405161154f959493929190614dab565b60405180910390a4505050611562613894565b95945050505050565b604080517f453ac58766c8dede8d04b0f97e0e7163a7b246b625e3d7f19752e7c3732d184a60208201529081018990526001600160801b0380891660608301528088166080830152861660a082015263ffffffff851660c08201526001600160401b03841660e08201526115e29061010001610c36565b6115ee878787876138be565b5f888152600360205260408120908154600160a01b900460ff166003811115611619576116196147c3565b0361163a576040516313a88c5160e11b8152600481018a9052602401610d39565b60408051808201825260018301546001600160801b038082168352600160801b9182900481166020808501919091528451606081018652600287015492831681529282046001600160401b031690830152600160c01b900463ffffffff16928101929092525f916116ab9190613952565b9050866001600160801b03168111156116ca57506001600160801b0386165b81546affffffffffffffffffffff8a16600160a81b0274ffffffffffffffffffffffffffffffffffffffffff9091161782556040805180820182526001600160801b03808b168083528a82166020938401819052600160801b908102909117600187015583516060810185529185168083526001600160401b03421693830184905263ffffffff8b16928501839052600287018054600160c01b90940263ffffffff60c01b19959093026001600160c01b03199094169091179290921792909216919091179055518a907fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a71906117f2908c908c908c908c906001600160801b03948516815292841660208401529216604082015263ffffffff91909116606082015260800190565b60405180910390a250505050505050505050565b5f8160168190036118715783835f81811061182357611823614ca3565b909101356001600160f81b031916159050801561186957508383600181811061184e5761184e614ca3565b9050013560f81c60f81b6001600160f81b031916601460f81b145b915050611ac4565b8060220361190b5783835f81811061188b5761188b614ca3565b909101356001600160f81b031916159050806118cf575083835f8181106118b4576118b4614ca3565b9050013560f81c60f81b6001600160f81b031916605160f81b145b80156118695750838360018181106118e9576118e9614ca3565b9050013560f81c60f81b6001600160f81b031916602060f81b14915050611ac4565b80601903611a1a5783835f81811061192557611925614ca3565b9050013560f81c60f81b6001600160f81b031916607660f81b14801561197457508383600181811061195957611959614ca3565b9050013560f81c60f81b6001600160f81b03191660a960f81b145b80156119a957508383600281811061198e5761198e614ca3565b9050013560f81c60f81b6001600160f81b031916601460f81b145b80156119de5750838360178181106119c3576119c3614ca3565b9050013560f81c60f81b6001600160f81b031916608860f81b145b80156118695750838360188181106119f8576119f8614ca3565b9050013560f81c60f81b6001600160f81b03191660ac60f81b14915050611ac4565b80601703611abf5783835f818110611a3457611a34614ca3565b9050013560f81c60f81b6001600160f81b03191660a960f81b148015611a83575083836001818110611a6857611a68614ca3565b9050013560f81c60f81b6001600160f81b031916601460f81b145b8015611869575083836016818110611a9d57611a9d614ca3565b9050013560f81c60f81b6001600160f81b031916608760f81b14915050611ac4565b5f9150505b92915050565b5f5f611ad5876123fd565b9050611ae08661251e565b611b1d610da57f0d6ac1f892be3fa22131d1d18a3d63429707a4f780f54a2db55d919f8d25c2f2898989604051602001610a419493929190614e55565b611b2685613a00565b979650505050505050565b5f611b3a613474565b7f00000000000000000000000000000000000000000000000000000000000000005f81815260036020526040902060028154600160a01b900460ff166003811115611b8757611b876147c3565b14611ba557604051637688fa6160e01b815260040160405180910390fd5b5f611bb48284348a8a8a6134e3565b905034826003015f828254611bc99190614e81565b90915550611bd8905081613816565b9350336001600160a01b031683857f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab348b8b8b8860800151604051611c21959493929190614dab565b60405180910390a450505061107f613894565b611cb07f863d70b296af958eb97442f518132dc159e0f7a0da96a03d25ba924d441a2f818787604051602001611c6b929190614e94565b60408051601f1981840301815282825280516020918201209083019390935281019190915260ff861660608201526001600160401b038516608082015260a001610c36565b611cfe8686808060200260200160405190810160405280939291908181526020018383602002808284375f92018290525054899350630100000090046001600160401b03169150613b5b9050565b505050505050565b5f8181526003602090815260408083208151808301835260018201546001600160801b038082168352600160801b9182900481168387019081528551606081018752600286015492831681529282046001600160401b031696830196909652600160c01b900463ffffffff1693810184905282548251955187968796879687968796879687969395929491936001600160a01b03821693600160a01b830460ff1693600160a81b9093046affffffffffffffffffffff1692909190611dcb8888613952565b8960030154856affffffffffffffffffffff1695509a509a509a509a509a509a509a509a50505050919395975091939597565b5f8181526003602081905260408220908154600160a01b900460ff166003811115611e2b57611e2b6147c3565b14611e36575f61107f565b546001600160a01b031692915050565b5f611e4f613474565b5f611e59866123fd565b9050611e96610da57fbb26c619fbb22ddab6710e6f1e7467398ad8d98387a28789403c4f128b8cf41a8888604051602001610a4193929190614ed3565b611e9f85613f62565b915050611eaa613894565b949350505050565b5f611ebb613474565b6001600160a01b0386165f90815260046020908152604080832054808452600390925290912060018154600160a01b900460ff166003811115611f0057611f006147c3565b141580611f0b575081155b15611f345760405163363dfcd560e21b81526001600160a01b0389166004820152602401610d39565b5f611f4382848a8a8a8a6134e3565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038b16906370a0823190602401602060405180830381865afa158015611f8a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fae9190614ef7565b9050611fc56001600160a01b038b1633308c614059565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038d16906370a0823190602401602060405180830381865afa15801561200b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061202f9190614ef7565b6120399190614f0e565b905089811461206557604051632daa6d9560e21b8152600481018b905260248101829052604401610d39565b89846003015f8282546120789190614e81565b90915550612087905083613816565b9550336001600160a01b031685877f3776010948699d568e03637c8ac6d10e07ac92c88e76ab4ee194004d2978d8ab8d8d8d8d8a608001516040516120d0959493929190614dab565b60405180910390a45050505050611562613894565b6120ed613474565b5f6120f7886123fd565b9050612163610a5c7fe41f1996420a7c0c63eef5c3dd3eaafb7e011b0f1f01fcaa404440784a6369978a8a8a61212d8b8b61255c565b6040805160208101969096526001600160401b0394851690860152929091166060840152608083015260a082015260c001610a41565b5f8681526003602052604081209061217c828983612776565b90505f61218b838b8a8a612848565b905061219883825f612a07565b6121a3838a836140d5565b82546001600160a01b03165f5b8881101561227357368a8a838181106121cb576121cb614ca3565b90506080020190506121f585848360400160208101906121eb9190614717565b8460600135614119565b6122056060820160408301614717565b6001600160a01b03168c6122338f6001600160401b0316845f0135856020016020810190610b7d91906147aa565b604051606085013581527f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c19060200160405180910390a4506001016121b0565b505050505050612281613894565b50505050505050565b6122f37fe4957552972c846d7db9cb0b1d74d98d64bfb4abec1dce0e8bc1dbdd53f6c2ff868660028111156122c1576122c16147c3565b6040805160208101949094526001600160401b039283169084015260ff1660608301528516608082015260a001610c36565b6122fd85856141b4565b5050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146123d8576123d3604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fc86449111aaa5c7f20123132ff8894644d13b63355be84a5fe5dd8ede61c2b45918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906124ca5760405163a792dfa360e01b815260040160405180910390fd5b80606001516001600160401b0316826001600160401b031614612519576060810151604051630ae4993b60e21b81526001600160401b0380851660048301529091166024820152604401610d39565b919050565b806001600160401b03164211156125595760405163794534db60e01b81526001600160401b0382166004820152426024820152604401610d39565b50565b5f8180820361257e5760405163c2e5347d60e01b815260040160405180910390fd5b5f7f94fda5cceb2b9252fa9737d7dced0241312c4b5c449825e4ad3680a9d784501690506040516020830281018281525f5b848110156125d75760808082028901602084013760a08220602082028401526001016125b0565b5050602083028120935050505092915050565b5f5f6125f4612304565b60405161190160f01b81526002810191909152602281019390935250506042902090565b5f612624604184614f21565b9050612631816041614f40565b831461265357604051632208c62960e01b815260048101849052602401610d39565b816020015160ff1681101561268d5760208201516040516322c1720560e21b81526004810183905260ff9091166024820152604401610d39565b5f5f5b82811015612281575f6126a588888885613353565b9050826001600160a01b0316816001600160a01b03161161271957826001600160a01b0316816001600160a01b0316036126fd57604051637010e27960e11b81526001600160a01b0382166004820152602401610d39565b6040516302a3e21f60e31b815260048101839052602401610d39565b60608501516001600160a01b0382165f908152600160205260409020546001600160401b0390811691161461276c57604051632a6edb2b60e01b81526001600160a01b0382166004820152602401610d39565b9150600101612690565b82545f90600160a01b900460ff16826127bf57600181600381111561279d5761279d6147c3565b14806127ba575060028160038111156127b8576127b86147c3565b145b6127d5565b60038160038111156127d3576127d36147c3565b145b156127f75760028160038111156127ee576127ee6147c3565b1491505061107f565b5f81600381111561280a5761280a6147c3565b0361282b576040516313a88c5160e11b815260048101859052602401610d39565b83816040516349b0d69d60e11b8152600401610d39929190614f57565b5f61285284614279565b60018501546001600160801b03165f8080805b868110156129e3573688888381811061288057612880614ca3565b60800291909101915050606081018035906128a8906128a29060408501614717565b826142c0565b868111156128d35760405163ba9b7fc360e01b81526004810182905260248101889052604401610d39565b6128dd8189614e81565b97505f6128f060408401602085016147aa565b90505f61292a6001600160401b038e16853566ffffffffffffff600886901c16604080519384526020840192909252908201526060902090565b90508515806129395750878114155b1561296e578515612955575f8881526006602052604090208790555b5f81815260066020526040902054909750955060019450865b600160ff83161b878116156129ce576129b28e6001600160401b0316865f0135856001600160401b0316604080519384526020840192909252908201526060902090565b604051630d1069f360e11b8152600401610d3991815260200190565b80881797505050505050806001019050612865565b5080156129fb575f8381526006602052604090208290555b50505050949350505050565b6040805180820190915260018401546001600160801b03808216808452600160801b909204166020830152821115612a6757805160405163ba9b7fc360e01b8152600481018490526001600160801b039091166024820152604401610d39565b6040805160608101825260028601546001600160801b0381168252600160801b81046001600160401b03166020830152600160c01b900463ffffffff16918101919091525f612ab68383613952565b905080851115612ae3576040516340df7ba960e01b81526004810186905260248101829052604401610d39565b60408051606081018252959091036001600160801b0316808652426001600160401b0316602087018190529282015163ffffffff169590910185905260029590950180546001600160c01b031916909517600160801b9091021763ffffffff60c01b1916600160c01b909302929092179092555050565b6040805160e0810182525f5460ff808216151583526101008204811660208401526201000082041692820192909252630100000082046001600160401b039081166060830152600160581b830481166080830152600160981b8304811660a08301819052600160d81b90930463ffffffff1660c0830152909190851614612c0c5760a081015160405162d2fdef60e51b81526001600160401b0380871660048301529091166024820152604401610d39565b612c18610a5c866125ea565b612c23846001614f6b565b5f80546001600160401b0392909216600160981b0267ffffffffffffffff60981b199092169190911790555050505050565b5f612c5f84614279565b50604080516001600160401b03858116808352602080840187905291851683850152606092839020845191825281830187905266ffffffffffffff600887901c16828601529290205f818152600690925292902054909190600160ff85161b9081811615612ce357604051630d1069f360e11b815260048101859052602401610d39565b5f92835260066020526040909220911790559392505050565b5f8080612d0c6020850185614cb7565b9150508015801590612d1f575080601414155b15612d4c57612d316020850185614cb7565b60405163c0403bdd60e01b8152600401610d39929190614f8a565b612d97612d5f60c0860160a08701614d21565b612d6f60e0870160c08801614d21565b612d80610100880160e08901614d21565b612d9261012089016101008a01614d3a565b6138be565b612da460208501856147aa565b612db16020860186614cb7565b604051602001612dc393929190614f9d565b60408051601f1981840301815291815281516020928301205f8181526003909352908220909450908154600160a01b900460ff166003811115612e0857612e086147c3565b14612e2957604051630c3471ff60e41b815260048101859052602401610d39565b5f46612e3860208801886147aa565b6001600160401b031603612efe5782601403612ef657612e5b6020870187614cb7565b612e6491614fbf565b60601c9350833b5f03612e95576040516322a2d07b60e21b81526001600160a01b0385166004820152602401610d39565b6001600160a01b0384165f9081526004602052604090205415612eee576001600160a01b0384165f81815260046020819052604091829020549151635eb2e95760e11b8152908101929092526024820152604401610d39565b50600161305b565b50600261305b565b5f600581612f0f60208a018a6147aa565b6001600160401b0316815260208101919091526040015f9081205460ff169150816002811115612f4157612f416147c3565b03612f7757612f5360208801886147aa565b60405162c09b0b60e21b81526001600160401b039091166004820152602401610d39565b6002816002811115612f8b57612f8b6147c3565b148015612f9757508315155b15612fa957612d316020880188614cb7565b612fb66040880188614cb7565b15905080612fd05750612fcc6060880188614cb7565b1590505b15612fee57604051632ef1310560e01b815260040160405180910390fd5b85612ffc6040890189614cb7565b61300960608b018b614cb7565b61301960a08d0160808e01614d08565b8b60405161302690614468565b61303596959493929190614fff565b8190604051809103905ff5905080158015613052573d5f5f3e3d5ffd5b50945060039150505b81546001600160a01b03851673ffffffffffffffffffffffffffffffffffffffff198216811784558291849174ffffffffffffffffffffffffffffffffffffffffff1990911617600160a01b8360038111156130b9576130b96147c3565b02179055506130ce60c0870160a08801614d21565b82546affffffffffffffffffffff91909116600160a81b0274ffffffffffffffffffffffffffffffffffffffffff909116178255604080518082019091528061311d60e0890160c08a01614d21565b6001600160801b0316815260200161313c610100890160e08a01614d21565b6001600160801b0390811690915281516020909201518116600160801b02911617600183015560408051606081019091528061317f610100890160e08a01614d21565b6001600160801b031681526001600160401b03421660208201526040016131ae61012089016101008a01614d3a565b63ffffffff908116909152815160028501805460208501516040909501516001600160801b039093166001600160c01b031990911617600160801b6001600160401b03909516949094029390931763ffffffff60c01b1916600160c01b91909216021790556001600160a01b0384161561323d576001600160a01b0384165f9081526004602052604090208590555b6001600160a01b038416857f4bb428da6e8da5f0ea0307855c6305ca61d958145e6a9f3648e462b7e6bfe5158361327760208b018b6147aa565b61328460208c018c614cb7565b61329460a08e0160808f01614d08565b6040516132a595949392919061503e565b60405180910390a3847fff54d6b5427d0c72db7cad42e299974d338ec65dcc43675c19b4b21330618a716132df60c0890160a08a01614d21565b6132ef60e08a0160c08b01614d21565b6133006101008b0160e08c01614d21565b6133126101208c016101008d01614d3a565b604080516001600160801b0395861681529385166020850152919093169082015263ffffffff909116606082015260800160405180910390a2505050915091565b5f60418202840180359060208101359060400135831a601b8110156133805761337d601b82615082565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806133c157508060ff16601b141580156133c157508060ff16601c14155b156133e257604051630a57f30960e31b815260048101869052602401610d39565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613432573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661346957604051630a57f30960e31b815260048101869052602401610d39565b505050949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156134b457604051633ee5aeb560e01b815260040160405180910390fd5b6134e160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061430b565b565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff8082161580158452610100830482166020850152620100008304909116938301939093526001600160401b036301000000820481166060840152600160581b820481166080840152600160981b82041660a083015263ffffffff600160d81b9091041660c0820152906135b05760405163a792dfa360e01b815260040160405180910390fd5b845f036135d057604051631f2a200560e01b815260040160405180910390fd5b8654600160a81b90046affffffffffffffffffffff16808610156136115760405163180cb56f60e11b81526004810187905260248101829052604401610d39565b60018801546001600160801b03168087111561364a5760405163ba9b7fc360e01b81526004810188905260248101829052604401610d39565b6001600160401b0386161580613668575046866001600160401b0316145b1561369157604051633ad0c93b60e11b81526001600160401b0387166004820152602401610d39565b6001600160401b0386165f9081526005602052604090205460ff1660018160028111156136c0576136c06147c3565b03613713576014851415806136ec57505f6136db8688614fbf565b6bffffffffffffffffffffffff1916145b1561370e57858560405163a114addf60e01b8152600401610d39929190614f8a565b613809565b6002816002811115613727576137276147c3565b036137e65760408051602080820183525f82529151613749928a92910161509b565b604051602081830303815290604052805190602001208914613790576040516352841d1b60e01b8152600481018a90526001600160401b0388166024820152604401610d39565b61379a8686611806565b6137bb5785856040516366d5150960e01b8152600401610d39929190614f8a565b6137c58686614312565b61370e57858560405163f13b566960e01b8152600401610d39929190614f8a565b60405162c09b0b60e21b81526001600160401b0388166004820152602401610d39565b5050509695505050505050565b5f816080015160016138289190614f6b565b5f805472ffffffffffffffff00000000000000000000001916600160581b6001600160401b039384160217905560808381015160408051468516602082015230918101919091529216606083015201604051602081830303815290604052805190602001209050919050565b6134e15f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006134db565b6001600160801b03831615806138e55750816001600160801b0316836001600160801b0316115b806138f4575063ffffffff8116155b806139105750826001600160801b0316846001600160801b0316115b8061392e57506affffffffffffffffffffff6001600160801b038516115b1561394c5760405163e773e0a960e01b815260040160405180910390fd5b50505050565b805160208201516001600160801b03909116905f9061397a906001600160401b031642614f0e565b905080158015906139945750604083015163ffffffff1615155b156139f957826040015163ffffffff1684602001516001600160801b0316826139bd9190614f40565b6139c79190614f21565b6139d19083614e81565b915083602001516001600160801b03168211156139f95783602001516001600160801b031691505b5092915050565b5f613a2b613a1160208401846147aa565b6020840135613a2660608601604087016147aa565b612c55565b9050613a4a613a4060a0840160808501614717565b8360a001356142c0565b60608201355f81815260036020526040902090613a6a9082906001612776565b50613a7a8160a085013580612a07565b80546001600160a01b03166340c10f19613a9a60a0860160808701614717565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260a086013560248201526044015f604051808303815f87803b158015613ae2575f5ffd5b505af1158015613af4573d5f5f3e3d5ffd5b50613b099250505060a0840160808501614717565b6001600160a01b03168360600135837fdda5547a2857faf5056d2d09b4cf7d457608f1e1801ca7a1c774d61b6dcc73548660a00135604051613b4d91815260200190565b60405180910390a450919050565b8251801580613b6a5750604081115b80613b76575060ff8316155b80613b835750808360ff16115b80613b9b575080613b9860ff85166002614f40565b11155b15613bb9576040516335d73a6760e11b815260040160405180910390fd5b5f613bc5836001614f6b565b90505f5f5b83811015613ca457816001600160a01b0316878281518110613bee57613bee614ca3565b60200260200101516001600160a01b031611613c1d576040516335d73a6760e11b815260040160405180910390fd5b8260015f898481518110613c3357613c33614ca3565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550868181518110613c8f57613c8f614ca3565b60200260200101519150806001019050613bca565b508551613cb8906002906020890190614475565b505f5f6040518060e00160405290815f82015f9054906101000a900460ff161515151581526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201600b9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160139054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f8201601b9054906101000a900463ffffffff1663ffffffff1663ffffffff168152505090508281606001906001600160401b031690816001600160401b03168152505085816020019060ff16908160ff168152505083816040019060ff16908160ff1681525050805f5f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548160ff021916908360ff1602179055506040820151815f0160026101000a81548160ff021916908360ff1602179055506060820151815f0160036101000a8154816001600160401b0302191690836001600160401b031602179055506080820151815f01600b6101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151815f0160136101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151815f01601b6101000a81548163ffffffff021916908363ffffffff160217905550905050826001600160401b03167ff9e52ad738b3fe31c064be938c478a0970bffcb37c4f62ea98a7e4618af9061a8888604051613f519291906150e0565b60405180910390a250505050505050565b5f613f73613a1160208401846147aa565b9050613f88613a4060a0840160808501614717565b60608201355f81815260036020526040812091613fa790839083612776565b9050613fb88260a086013580612a07565b613fcb8285606001358660a001356140d5565b8154613ff69082906001600160a01b0316613fec60a0880160808901614717565b8760a00135614119565b61400660a0850160808601614717565b6001600160a01b03168460600135847f6db00809f9edc484fed4b0b0a924a326990ff18002aa93a0a3c971886bd7e7c18760a0013560405161404a91815260200190565b60405180910390a45050919050565b6040516001600160a01b03848116602483015283811660448301526064820183905261394c9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506143c6565b60038301548082111561410c5760405163d274d88f60e01b8152600481018490526024810183905260448101829052606401610d39565b0360039092019190915550565b83156141a0575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114614168576040519150601f19603f3d011682016040523d82523d5f602084013e61416d565b606091505b505090508061419a5760405163bf7e35a360e01b81526001600160a01b0384166004820152602401610d39565b5061394c565b61394c6001600160a01b0384168383614432565b6001600160401b03821615806141d2575046826001600160401b0316145b156141fb576040516335e7cba960e21b81526001600160401b0383166004820152602401610d39565b6001600160401b0382165f908152600560205260409020805482919060ff1916600183600281111561422f5761422f6147c3565b0217905550816001600160401b03167ff73025488c7794d73297a84b68c14d94f16f4e563b020fd1bedf5643bee86f2b8260405161426d91906147d7565b60405180910390a25050565b6001600160401b0381161580614297575046816001600160401b0316145b156125595760405163054ddfd160e01b81526001600160401b0382166004820152602401610d39565b805f036142e057604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382166143075760405163d27b444360e01b815260040160405180910390fd5b5050565b80825d5050565b5f81602281900361437d575f61432c602260028688615104565b6143359161512b565b90508015801590614374575084845f81811061435357614353614ca3565b909101356001600160f81b0319161590508061437457506401000003d01981105b92505050611ac4565b5f84846019841461438f576002614392565b60035b60ff169080926143a493929190615104565b6143ad91614fbf565b6bffffffffffffffffffffffff19161415949350505050565b5f5f60205f8451602086015f885af1806143e5576040513d5f823e3d81fd5b50505f513d915081156143fc578060011415614409565b6001600160a01b0384163b155b1561394c57604051635274afe760e01b81526001600160a01b0385166004820152602401610d39565b6040516001600160a01b0383811660248301526044820183905261446391859182169063a9059cbb9060640161408e565b505050565b610bb58061514983390190565b828054828255905f5260205f209081019282156144d5579160200282015b828111156144d5578251825473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03909116178255602090920191600190910190614493565b506144e19291506144e5565b5090565b5b808211156144e1575f81556001016144e6565b80356001600160401b0381168114612519575f5ffd5b5f5f83601f84011261451f575f5ffd5b5081356001600160401b03811115614535575f5ffd5b6020830191508360208260071b850101111561454f575f5ffd5b9250929050565b5f5f83601f840112614566575f5ffd5b5081356001600160401b0381111561457c575f5ffd5b60208301915083602082850101111561454f575f5ffd5b5f5f5f5f5f5f5f5f60c0898b0312156145aa575f5ffd5b6145b3896144f9565b97506145c160208a016144f9565b96506145cf60408a016144f9565b95506060890135945060808901356001600160401b038111156145f0575f5ffd5b6145fc8b828c0161450f565b90955093505060a08901356001600160401b0381111561461a575f5ffd5b6146268b828c01614556565b999c989b5096995094979396929594505050565b5f5f5f6040848603121561464c575f5ffd5b614655846144f9565b925060208401356001600160401b0381111561466f575f5ffd5b61467b86828701614556565b9497909650939450505050565b5f5f5f5f5f5f60a0878903121561469d575f5ffd5b6146a6876144f9565b95506146b4602088016144f9565b9450604087013593506146c9606088016144f9565b925060808701356001600160401b038111156146e3575f5ffd5b6146ef89828a01614556565b979a9699509497509295939492505050565b80356001600160a01b0381168114612519575f5ffd5b5f60208284031215614727575f5ffd5b61107f82614701565b5f5f5f5f60608587031215614743575f5ffd5b84356001600160401b03811115614758575f5ffd5b8501610120818803121561476a575f5ffd5b9350614778602086016144f9565b925060408501356001600160401b03811115614792575f5ffd5b61479e87828801614556565b95989497509550505050565b5f602082840312156147ba575f5ffd5b61107f826144f9565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106147eb576147eb6147c3565b91905290565b5f8151808452602084019350602083015f5b8281101561482a5781516001600160a01b0316865260209586019590910190600101614803565b5093949350505050565b602081525f61107f60208301846147f1565b5f5f5f60608486031215614858575f5ffd5b614861846144f9565b925060208401359150614876604085016144f9565b90509250925092565b803563ffffffff81168114612519575f5ffd5b5f5f5f604084860312156148a4575f5ffd5b6146558461487f565b5f5f5f5f5f608086880312156148c1575f5ffd5b6148ca86614701565b9450602086013593506148df604087016144f9565b925060608601356001600160401b038111156148f9575f5ffd5b61490588828901614556565b969995985093965092949392505050565b80356001600160801b0381168114612519575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215614943575f5ffd5b8835975061495360208a01614916565b965061496160408a01614916565b955061496f60608a01614916565b945061497d60808a0161487f565b935061498b60a08a016144f9565b925060c08901356001600160401b0381111561461a575f5ffd5b5f5f602083850312156149b6575f5ffd5b82356001600160401b038111156149cb575f5ffd5b6149d785828601614556565b90969095509350505050565b5f60c082840312156149f3575f5ffd5b50919050565b5f5f5f5f5f6101208688031215614a0e575f5ffd5b614a17866144f9565b9450614a25602087016144f9565b9350614a3487604088016149e3565b92506101008601356001600160401b038111156148f9575f5ffd5b803560ff81168114612519575f5ffd5b5f5f5f5f5f5f60808789031215614a74575f5ffd5b86356001600160401b03811115614a89575f5ffd5b8701601f81018913614a99575f5ffd5b80356001600160401b03811115614aae575f5ffd5b8960208260051b8401011115614ac2575f5ffd5b602091820197509550614ad6908801614a4f565b9350614ae4604088016144f9565b925060608701356001600160401b038111156146e3575f5ffd5b5f60208284031215614b0e575f5ffd5b5035919050565b60048110614b2557614b256147c3565b9052565b6001600160a01b03891681526101008101614b47602083018a614b15565b6001600160801b039788166040830152958716606082015293909516608084015263ffffffff9190911660a083015260c082015260e0019190915292915050565b5f5f5f5f6101008587031215614b9c575f5ffd5b614ba5856144f9565b9350614bb486602087016149e3565b925060e08501356001600160401b03811115614792575f5ffd5b5f5f5f5f5f5f5f60a0888a031215614be4575f5ffd5b614bed886144f9565b9650614bfb602089016144f9565b95506040880135945060608801356001600160401b03811115614c1c575f5ffd5b614c288a828b0161450f565b90955093505060808801356001600160401b03811115614c46575f5ffd5b614c528a828b01614556565b989b979a50959850939692959293505050565b5f5f5f5f5f60808688031215614c79575f5ffd5b614c82866144f9565b9450602086013560038110614c95575f5ffd5b93506148df604087016144f9565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112614ccc575f5ffd5b8301803591506001600160401b03821115614ce5575f5ffd5b60200191503681900382131561454f575f5ffd5b818382375f9101908152919050565b5f60208284031215614d18575f5ffd5b61107f82614a4f565b5f60208284031215614d31575f5ffd5b61107f82614916565b5f60208284031215614d4a575f5ffd5b61107f8261487f565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8181168382160190811115611ac457611ac4614d53565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b0385166020820152608060408201525f614dd3608083018587614d83565b90506001600160401b03831660608301529695505050505050565b6001600160401b03614dff826144f9565b168252602081810135908301526001600160401b03614e20604083016144f9565b166040830152606081810135908301526001600160a01b03614e4460808301614701565b16608083015260a090810135910152565b8481526001600160401b0384811660208301528316604082015261012081016115626060830184614dee565b80820180821115611ac457611ac4614d53565b5f8184825b85811015614ec8576001600160a01b03614eb283614701565b1683526020928301929190910190600101614e99565b509095945050505050565b8381526001600160401b03831660208201526101008101611eaa6040830184614dee565b5f60208284031215614f07575f5ffd5b5051919050565b81810381811115611ac457611ac4614d53565b5f82614f3b57634e487b7160e01b5f52601260045260245ffd5b500490565b8082028115828204841417611ac457611ac4614d53565b8281526040810161107f6020830184614b15565b6001600160401b038181168382160190811115611ac457611ac4614d53565b602081525f611eaa602083018486614d83565b6001600160401b0384168152604060208201525f611562604083018486614d83565b80356bffffffffffffffffffffffff1981169060148410156139f9576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b608081525f61501260808301888a614d83565b8281036020840152615025818789614d83565b60ff959095166040840152505060600152949350505050565b6150488187614b15565b6001600160401b0385166020820152608060408201525f61506d608083018587614d83565b905060ff831660608301529695505050505050565b60ff8181168382160190811115611ac457611ac4614d53565b6001600160401b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b604081525f6150f260408301856147f1565b905060ff831660208301529392505050565b5f5f85851115615112575f5ffd5b8386111561511e575f5ffd5b5050820193919092039150565b80356020831015611ac4575f19602084900360031b1b169291505056fe60e060405234801561000f575f5ffd5b50604051610bb5380380610bb583398101604081905261002e916100fe565b8383600361003c8382610205565b5060046100498282610205565b5050336080525060a05260ff1660c052506102bf9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610084575f5ffd5b81516001600160401b0381111561009d5761009d610061565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100cb576100cb610061565b6040528181528382016020018510156100e2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610111575f5ffd5b84516001600160401b03811115610126575f5ffd5b61013287828801610075565b602087015190955090506001600160401b0381111561014f575f5ffd5b61015b87828801610075565b935050604085015160ff81168114610171575f5ffd5b6060959095015193969295505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610061565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c0516108be6102f75f395f61014b01525f61018f01525f81816102440152818161035501526103c201526108be5ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806344de240a116100885780639dc29fac116100635780639dc29fac146101e1578063a9059cbb146101f4578063dd62ed3e14610207578063e78cea921461023f575f5ffd5b806344de240a1461018a57806370a08231146101b157806395d89b41146101d9575f5ffd5b806323b872dd116100b857806323b872dd14610131578063313ce5671461014457806340c10f1914610175575f5ffd5b806306fdde03146100de578063095ea7b3146100fc57806318160ddd1461011f575b5f5ffd5b6100e661027e565b6040516100f39190610764565b60405180910390f35b61010f61010a3660046107b4565b61030e565b60405190151581526020016100f3565b6002545b6040519081526020016100f3565b61010f61013f3660046107dc565b610327565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100f3565b6101886101833660046107b4565b61034a565b005b6101237f000000000000000000000000000000000000000000000000000000000000000081565b6101236101bf366004610816565b6001600160a01b03165f9081526020819052604090205490565b6100e66103a8565b6101886101ef3660046107b4565b6103b7565b61010f6102023660046107b4565b61040c565b610123610215366004610836565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f3565b60606003805461028d90610867565b80601f01602080910402602001604051908101604052809291908181526020018280546102b990610867565b80156103045780601f106102db57610100808354040283529160200191610304565b820191905f5260205f20905b8154815290600101906020018083116102e757829003601f168201915b5050505050905090565b5f3361031b818585610419565b60019150505b92915050565b5f3361033485828561042b565b61033f8585856104a7565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461039a57604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6103a48282610504565b5050565b60606004805461028d90610867565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461040257604051637c8da0cf60e11b8152336004820152602401610391565b6103a48282610538565b5f3361031b8185856104a7565b610426838383600161056c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156104a1578181101561049357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610391565b6104a184848484035f61056c565b50505050565b6001600160a01b0383166104d057604051634b637e8f60e11b81525f6004820152602401610391565b6001600160a01b0382166104f95760405163ec442f0560e01b81525f6004820152602401610391565b61042683838361063e565b6001600160a01b03821661052d5760405163ec442f0560e01b81525f6004820152602401610391565b6103a45f838361063e565b6001600160a01b03821661056157604051634b637e8f60e11b81525f6004820152602401610391565b6103a4825f8361063e565b6001600160a01b0384166105955760405163e602df0560e01b81525f6004820152602401610391565b6001600160a01b0383166105be57604051634a1406b160e11b81525f6004820152602401610391565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156104a157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161063091815260200190565b60405180910390a350505050565b6001600160a01b038316610668578060025f82825461065d919061089f565b909155506106d89050565b6001600160a01b0383165f90815260208190526040902054818110156106ba5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610391565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106f457600280548290039055610712565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161075791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107af575f5ffd5b919050565b5f5f604083850312156107c5575f5ffd5b6107ce83610799565b946020939093013593505050565b5f5f5f606084860312156107ee575f5ffd5b6107f784610799565b925061080560208501610799565b929592945050506040919091013590565b5f60208284031215610826575f5ffd5b61082f82610799565b9392505050565b5f5f60408385031215610847575f5ffd5b61085083610799565b915061085e60208401610799565b90509250929050565b600181811c9082168061087b57607f821691505b60208210810361089957634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561032157634e487b7160e01b5f52601160045260245ffd",
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

// CANCELTYPEHASH is a free data retrieval call binding the contract method 0x73fca6ea.
//
// Solidity: function CANCEL_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCaller) CANCELTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Bridge.contract.Call(opts, &out, "CANCEL_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CANCELTYPEHASH is a free data retrieval call binding the contract method 0x73fca6ea.
//
// Solidity: function CANCEL_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeSession) CANCELTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.CANCELTYPEHASH(&_Bridge.CallOpts)
}

// CANCELTYPEHASH is a free data retrieval call binding the contract method 0x73fca6ea.
//
// Solidity: function CANCEL_TYPEHASH() view returns(bytes32)
func (_Bridge *BridgeCallerSession) CANCELTYPEHASH() ([32]byte, error) {
	return _Bridge.Contract.CANCELTYPEHASH(&_Bridge.CallOpts)
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

// DefineAsset is a paid mutator transaction binding the contract method 0x2e18c552.
//
// Solidity: function defineAsset((uint64,bytes,string,string,uint8,uint128,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeTransactor) DefineAsset(opts *bind.TransactOpts, d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "defineAsset", d, nonce, sigs)
}

// DefineAsset is a paid mutator transaction binding the contract method 0x2e18c552.
//
// Solidity: function defineAsset((uint64,bytes,string,string,uint8,uint128,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
func (_Bridge *BridgeSession) DefineAsset(d BridgeAssetDef, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.DefineAsset(&_Bridge.TransactOpts, d, nonce, sigs)
}

// DefineAsset is a paid mutator transaction binding the contract method 0x2e18c552.
//
// Solidity: function defineAsset((uint64,bytes,string,string,uint8,uint128,uint128,uint128,uint32) d, uint64 nonce, bytes sigs) returns(bytes32 assetId, address token)
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

// SetLimits is a paid mutator transaction binding the contract method 0x9b8e99de.
//
// Solidity: function setLimits(bytes32 assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactor) SetLimits(opts *bind.TransactOpts, assetId [32]byte, minPerTransfer *big.Int, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.contract.Transact(opts, "setLimits", assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0x9b8e99de.
//
// Solidity: function setLimits(bytes32 assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeSession) SetLimits(assetId [32]byte, minPerTransfer *big.Int, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetLimits(&_Bridge.TransactOpts, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs)
}

// SetLimits is a paid mutator transaction binding the contract method 0x9b8e99de.
//
// Solidity: function setLimits(bytes32 assetId, uint128 minPerTransfer, uint128 maxPerTransfer, uint128 capacity, uint32 window, uint64 nonce, bytes sigs) returns()
func (_Bridge *BridgeTransactorSession) SetLimits(assetId [32]byte, minPerTransfer *big.Int, maxPerTransfer *big.Int, capacity *big.Int, window uint32, nonce uint64, sigs []byte) (*types.Transaction, error) {
	return _Bridge.Contract.SetLimits(&_Bridge.TransactOpts, assetId, minPerTransfer, maxPerTransfer, capacity, window, nonce, sigs)
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
