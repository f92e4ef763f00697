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

// AuditAnchorMetaData contains all meta data concerning the AuditAnchor contract.
var AuditAnchorMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"bridge_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ATTESTATION_DOMAIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HEADER_SIZE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"HEADER_VERSION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"header\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"attestations\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestationDigest\",\"inputs\":[{\"name\":\"headHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"bridge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBridgeSigners\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hashAt\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latest\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"headHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Anchored\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"height\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"headHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"attestations\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BelowThreshold\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"HeightNotIncreasing\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"latest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidAttestation\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MalformedAttestations\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MalformedHeader\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OperatorNotAttesting\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignersNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroBridge\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610d1b380380610d1b83398101604081905261002e91610066565b6001600160a01b0381166100555760405163361106cd60e01b815260040160405180910390fd5b6001600160a01b0316608052610093565b5f60208284031215610076575f5ffd5b81516001600160a01b038116811461008c575f5ffd5b9392505050565b608051610c626100b95f395f8181610196015281816104fd01526106780152610c625ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063734335a111610058578063734335a11461014b578063959687e214610153578063e78cea9214610191578063f161541d146101d0575f5ffd5b8063072e6d6d1461008957806329a61056146100a85780633ee372aa146100c95780634a4aac1a146100de575b5f5ffd5b610091600281565b60405160ff90911681526020015b60405180910390f35b6100bb6100b6366004610897565b610211565b60405190815260200161009f565b6100dc6100d736600461090e565b6102af565b005b61012b6100ec36600461098e565b6001600160a01b03165f90815260208181526040918290208251808401909352805467ffffffffffffffff168084526001909101549290910182905291565b6040805167ffffffffffffffff909316835260208301919091520161009f565b6100bb608981565b6101846040518060400160405280601281526020017135b0b5b2b430b9b43496b0bab234ba16bb1960711b81525081565b60405161009f91906109ae565b6101b87f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161009f565b6100bb6101de3660046109fb565b6001600160a01b0382165f90815260016020908152604080832067ffffffffffffffff8516845290915290205492915050565b5f60026040518060400160405280601281526020017135b0b5b2b430b9b43496b0bab234ba16bb1960711b81525083604051602001610251929190610a47565b60408051601f198184030181529082905261026b91610a5f565b602060405180830381855afa158015610286573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906102a99190610a6a565b92915050565b6089831415806102df5750600284845f816102cc576102cc610a81565b9050013560f81c60f81b60f81c60ff1614155b156103055760405163187eb95b60e31b8152600481018490526024015b60405180910390fd5b5f610314600960018688610a95565b61031d91610abc565b60c01c90505f60028686604051610335929190610af4565b602060405180830381855afa158015610350573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906103739190610a6a565b9050610381878286866104be565b6001600160a01b0387165f90815260208181526040918290208251808401909352805467ffffffffffffffff16835260010154908201819052158015906103df5750805f015167ffffffffffffffff168367ffffffffffffffff1611155b156104145780516040516302e14f0160e41b815267ffffffffffffffff808616600483015290911660248201526044016102fc565b60408051808201825267ffffffffffffffff85811680835260208084018781526001600160a01b038e165f8181528084528781209651875467ffffffffffffffff19169616959095178655905160019586015593815284832082845290529083902085905591517f8be1a26a50c5629b639a88c9c92dbe55a4f8c0242ec173ba4804d9e9a0696f3e906104ac9086908a908a90610b03565b60405180910390a35050505050505050565b5f6104ca604183610b4c565b90506104d7816041610b6b565b82146104f957604051632be3d43360e01b8152600481018390526024016102fc565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166379502c556040518163ffffffff1660e01b815260040160e060405180830381865afa158015610557573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057b9190610b92565b5050505050915091508060ff168310156105b4576040516322c1720560e21b81526004810184905260ff821660248201526044016102fc565b5f6105be87610211565b90505f5f5f5b86811015610740575f6105d9858b8b85610776565b9050836001600160a01b0316816001600160a01b03161161064d57836001600160a01b0316816001600160a01b03160361063157604051637010e27960e11b81526001600160a01b03821660048201526024016102fc565b6040516302a3e21f60e31b8152600481018390526024016102fc565b604051630a2e713b60e21b81526001600160a01b03828116600483015267ffffffffffffffff8916917f0000000000000000000000000000000000000000000000000000000000000000909116906328b9c4ec90602401602060405180830381865afa1580156106bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106e39190610c2e565b67ffffffffffffffff161461071657604051632a6edb2b60e01b81526001600160a01b03821660048201526024016102fc565b828061073357508b6001600160a01b0316816001600160a01b0316145b90935091506001016105c4565b508061076a5760405163dbf72b3360e01b81526001600160a01b038b1660048201526024016102fc565b50505050505050505050565b5f60418202840180359060208101359060400135831a601b8110156107a3576107a0601b82610c49565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806107e457508060ff16601b141580156107e457508060ff16601c14155b1561080557604051636ce6f56360e11b8152600481018690526024016102fc565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610855573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661088c57604051636ce6f56360e11b8152600481018690526024016102fc565b505050949350505050565b5f602082840312156108a7575f5ffd5b5035919050565b80356001600160a01b03811681146108c4575f5ffd5b919050565b5f5f83601f8401126108d9575f5ffd5b50813567ffffffffffffffff8111156108f0575f5ffd5b602083019150836020828501011115610907575f5ffd5b9250929050565b5f5f5f5f5f60608688031215610922575f5ffd5b61092b866108ae565b9450602086013567ffffffffffffffff811115610946575f5ffd5b610952888289016108c9565b909550935050604086013567ffffffffffffffff811115610971575f5ffd5b61097d888289016108c9565b969995985093965092949392505050565b5f6020828403121561099e575f5ffd5b6109a7826108ae565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b67ffffffffffffffff811681146109f8575f5ffd5b50565b5f5f60408385031215610a0c575f5ffd5b610a15836108ae565b91506020830135610a25816109e3565b809150509250929050565b5f81518060208401855e5f93019283525090919050565b5f610a528285610a30565b9283525050602001919050565b5f6109a78284610a30565b5f60208284031215610a7a575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610aa3575f5ffd5b83861115610aaf575f5ffd5b5050820193919092039150565b80356001600160c01b03198116906008841015610aed576001600160c01b0319600885900360031b81901b82161691505b5092915050565b818382375f9101908152919050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b634e487b7160e01b5f52601160045260245ffd5b5f82610b6657634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176102a9576102a9610b38565b805160ff811681146108c4575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610ba8575f5ffd5b8751610bb3816109e3565b9650610bc160208901610b82565b9550610bcf60408901610b82565b945060608801518015158114610be3575f5ffd5b6080890151909450610bf4816109e3565b60a0890151909350610c05816109e3565b60c089015190925063ffffffff81168114610c1e575f5ffd5b8091505092959891949750929550565b5f60208284031215610c3e575f5ffd5b81516109a7816109e3565b60ff81811683821601908111156102a9576102a9610b3856",
}

// AuditAnchorABI is the input ABI used to generate the binding from.
// Deprecated: Use AuditAnchorMetaData.ABI instead.
var AuditAnchorABI = AuditAnchorMetaData.ABI

// AuditAnchorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AuditAnchorMetaData.Bin instead.
var AuditAnchorBin = AuditAnchorMetaData.Bin

// DeployAuditAnchor deploys a new Ethereum contract, binding an instance of AuditAnchor to it.
func DeployAuditAnchor(auth *bind.TransactOpts, backend bind.ContractBackend, bridge_ common.Address) (common.Address, *types.Transaction, *AuditAnchor, error) {
	parsed, err := AuditAnchorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AuditAnchorBin), backend, bridge_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AuditAnchor{AuditAnchorCaller: AuditAnchorCaller{contract: contract}, AuditAnchorTransactor: AuditAnchorTransactor{contract: contract}, AuditAnchorFilterer: AuditAnchorFilterer{contract: contract}}, nil
}

// AuditAnchor is an auto generated Go binding around an Ethereum contract.
type AuditAnchor struct {
	AuditAnchorCaller     // Read-only binding to the contract
	AuditAnchorTransactor // Write-only binding to the contract
	AuditAnchorFilterer   // Log filterer for contract events
}

// AuditAnchorCaller is an auto generated read-only Go binding around an Ethereum contract.
type AuditAnchorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AuditAnchorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AuditAnchorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AuditAnchorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AuditAnchorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AuditAnchorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AuditAnchorSession struct {
	Contract     *AuditAnchor      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AuditAnchorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AuditAnchorCallerSession struct {
	Contract *AuditAnchorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// AuditAnchorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AuditAnchorTransactorSession struct {
	Contract     *AuditAnchorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// AuditAnchorRaw is an auto generated low-level Go binding around an Ethereum contract.
type AuditAnchorRaw struct {
	Contract *AuditAnchor // Generic contract binding to access the raw methods on
}

// AuditAnchorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AuditAnchorCallerRaw struct {
	Contract *AuditAnchorCaller // Generic read-only contract binding to access the raw methods on
}

// AuditAnchorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AuditAnchorTransactorRaw struct {
	Contract *AuditAnchorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAuditAnchor creates a new instance of AuditAnchor, bound to a specific deployed contract.
func NewAuditAnchor(address common.Address, backend bind.ContractBackend) (*AuditAnchor, error) {
	contract, err := bindAuditAnchor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AuditAnchor{AuditAnchorCaller: AuditAnchorCaller{contract: contract}, AuditAnchorTransactor: AuditAnchorTransactor{contract: contract}, AuditAnchorFilterer: AuditAnchorFilterer{contract: contract}}, nil
}

// NewAuditAnchorCaller creates a new read-only instance of AuditAnchor, bound to a specific deployed contract.
func NewAuditAnchorCaller(address common.Address, caller bind.ContractCaller) (*AuditAnchorCaller, error) {
	contract, err := bindAuditAnchor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AuditAnchorCaller{contract: contract}, nil
}

// NewAuditAnchorTransactor creates a new write-only instance of AuditAnchor, bound to a specific deployed contract.
func NewAuditAnchorTransactor(address common.Address, transactor bind.ContractTransactor) (*AuditAnchorTransactor, error) {
	contract, err := bindAuditAnchor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AuditAnchorTransactor{contract: contract}, nil
}

// NewAuditAnchorFilterer creates a new log filterer instance of AuditAnchor, bound to a specific deployed contract.
func NewAuditAnchorFilterer(address common.Address, filterer bind.ContractFilterer) (*AuditAnchorFilterer, error) {
	contract, err := bindAuditAnchor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AuditAnchorFilterer{contract: contract}, nil
}

// bindAuditAnchor binds a generic wrapper to an already deployed contract.
func bindAuditAnchor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AuditAnchorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AuditAnchor *AuditAnchorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AuditAnchor.Contract.AuditAnchorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AuditAnchor *AuditAnchorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AuditAnchor.Contract.AuditAnchorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AuditAnchor *AuditAnchorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AuditAnchor.Contract.AuditAnchorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AuditAnchor *AuditAnchorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AuditAnchor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AuditAnchor *AuditAnchorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AuditAnchor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AuditAnchor *AuditAnchorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AuditAnchor.Contract.contract.Transact(opts, method, params...)
}

// ATTESTATIONDOMAIN is a free data retrieval call binding the contract method 0x959687e2.
//
// Solidity: function ATTESTATION_DOMAIN() view returns(bytes)
func (_AuditAnchor *AuditAnchorCaller) ATTESTATIONDOMAIN(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "ATTESTATION_DOMAIN")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ATTESTATIONDOMAIN is a free data retrieval call binding the contract method 0x959687e2.
//
// Solidity: function ATTESTATION_DOMAIN() view returns(bytes)
func (_AuditAnchor *AuditAnchorSession) ATTESTATIONDOMAIN() ([]byte, error) {
	return _AuditAnchor.Contract.ATTESTATIONDOMAIN(&_AuditAnchor.CallOpts)
}

// ATTESTATIONDOMAIN is a free data retrieval call binding the contract method 0x959687e2.
//
// Solidity: function ATTESTATION_DOMAIN() view returns(bytes)
func (_AuditAnchor *AuditAnchorCallerSession) ATTESTATIONDOMAIN() ([]byte, error) {
	return _AuditAnchor.Contract.ATTESTATIONDOMAIN(&_AuditAnchor.CallOpts)
}

// HEADERSIZE is a free data retrieval call binding the contract method 0x734335a1.
//
// Solidity: function HEADER_SIZE() view returns(uint256)
func (_AuditAnchor *AuditAnchorCaller) HEADERSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "HEADER_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// HEADERSIZE is a free data retrieval call binding the contract method 0x734335a1.
//
// Solidity: function HEADER_SIZE() view returns(uint256)
func (_AuditAnchor *AuditAnchorSession) HEADERSIZE() (*big.Int, error) {
	return _AuditAnchor.Contract.HEADERSIZE(&_AuditAnchor.CallOpts)
}

// HEADERSIZE is a free data retrieval call binding the contract method 0x734335a1.
//
// Solidity: function HEADER_SIZE() view returns(uint256)
func (_AuditAnchor *AuditAnchorCallerSession) HEADERSIZE() (*big.Int, error) {
	return _AuditAnchor.Contract.HEADERSIZE(&_AuditAnchor.CallOpts)
}

// HEADERVERSION is a free data retrieval call binding the contract method 0x072e6d6d.
//
// Solidity: function HEADER_VERSION() view returns(uint8)
func (_AuditAnchor *AuditAnchorCaller) HEADERVERSION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "HEADER_VERSION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// HEADERVERSION is a free data retrieval call binding the contract method 0x072e6d6d.
//
// Solidity: function HEADER_VERSION() view returns(uint8)
func (_AuditAnchor *AuditAnchorSession) HEADERVERSION() (uint8, error) {
	return _AuditAnchor.Contract.HEADERVERSION(&_AuditAnchor.CallOpts)
}

// HEADERVERSION is a free data retrieval call binding the contract method 0x072e6d6d.
//
// Solidity: function HEADER_VERSION() view returns(uint8)
func (_AuditAnchor *AuditAnchorCallerSession) HEADERVERSION() (uint8, error) {
	return _AuditAnchor.Contract.HEADERVERSION(&_AuditAnchor.CallOpts)
}

// AttestationDigest is a free data retrieval call binding the contract method 0x29a61056.
//
// Solidity: function attestationDigest(bytes32 headHash) pure returns(bytes32)
func (_AuditAnchor *AuditAnchorCaller) AttestationDigest(opts *bind.CallOpts, headHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "attestationDigest", headHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AttestationDigest is a free data retrieval call binding the contract method 0x29a61056.
//
// Solidity: function attestationDigest(bytes32 headHash) pure returns(bytes32)
func (_AuditAnchor *AuditAnchorSession) AttestationDigest(headHash [32]byte) ([32]byte, error) {
	return _AuditAnchor.Contract.AttestationDigest(&_AuditAnchor.CallOpts, headHash)
}

// AttestationDigest is a free data retrieval call binding the contract method 0x29a61056.
//
// Solidity: function attestationDigest(bytes32 headHash) pure returns(bytes32)
func (_AuditAnchor *AuditAnchorCallerSession) AttestationDigest(headHash [32]byte) ([32]byte, error) {
	return _AuditAnchor.Contract.AttestationDigest(&_AuditAnchor.CallOpts, headHash)
}

// Bridge is a free data retrieval call binding the contract method 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (_AuditAnchor *AuditAnchorCaller) Bridge(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "bridge")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Bridge is a free data retrieval call binding the contract method 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (_AuditAnchor *AuditAnchorSession) Bridge() (common.Address, error) {
	return _AuditAnchor.Contract.Bridge(&_AuditAnchor.CallOpts)
}

// Bridge is a free data retrieval call binding the contract method 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (_AuditAnchor *AuditAnchorCallerSession) Bridge() (common.Address, error) {
	return _AuditAnchor.Contract.Bridge(&_AuditAnchor.CallOpts)
}

// HashAt is a free data retrieval call binding the contract method 0xf161541d.
//
// Solidity: function hashAt(address operator, uint64 height) view returns(bytes32)
func (_AuditAnchor *AuditAnchorCaller) HashAt(opts *bind.CallOpts, operator common.Address, height uint64) ([32]byte, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "hashAt", operator, height)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashAt is a free data retrieval call binding the contract method 0xf161541d.
//
// Solidity: function hashAt(address operator, uint64 height) view returns(bytes32)
func (_AuditAnchor *AuditAnchorSession) HashAt(operator common.Address, height uint64) ([32]byte, error) {
	return _AuditAnchor.Contract.HashAt(&_AuditAnchor.CallOpts, operator, height)
}

// HashAt is a free data retrieval call binding the contract method 0xf161541d.
//
// Solidity: function hashAt(address operator, uint64 height) view returns(bytes32)
func (_AuditAnchor *AuditAnchorCallerSession) HashAt(operator common.Address, height uint64) ([32]byte, error) {
	return _AuditAnchor.Contract.HashAt(&_AuditAnchor.CallOpts, operator, height)
}

// Latest is a free data retrieval call binding the contract method 0x4a4aac1a.
//
// Solidity: function latest(address operator) view returns(uint64 height, bytes32 headHash)
func (_AuditAnchor *AuditAnchorCaller) Latest(opts *bind.CallOpts, operator common.Address) (struct {
	Height   uint64
	HeadHash [32]byte
}, error) {
	var out []interface{}
	err := _AuditAnchor.contract.Call(opts, &out, "latest", operator)

	outstruct := new(struct {
		Height   uint64
		HeadHash [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Height = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.HeadHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// Latest is a free data retrieval call binding the contract method 0x4a4aac1a.
//
// Solidity: function latest(address operator) view returns(uint64 height, bytes32 headHash)
func (_AuditAnchor *AuditAnchorSession) Latest(operator common.Address) (struct {
	Height   uint64
	HeadHash [32]byte
}, error) {
	return _AuditAnchor.Contract.Latest(&_AuditAnchor.CallOpts, operator)
}

// Latest is a free data retrieval call binding the contract method 0x4a4aac1a.
//
// Solidity: function latest(address operator) view returns(uint64 height, bytes32 headHash)
func (_AuditAnchor *AuditAnchorCallerSession) Latest(operator common.Address) (struct {
	Height   uint64
	HeadHash [32]byte
}, error) {
	return _AuditAnchor.Contract.Latest(&_AuditAnchor.CallOpts, operator)
}

// Anchor is a paid mutator transaction binding the contract method 0x3ee372aa.
//
// Solidity: function anchor(address operator, bytes header, bytes attestations) returns()
func (_AuditAnchor *AuditAnchorTransactor) Anchor(opts *bind.TransactOpts, operator common.Address, header []byte, attestations []byte) (*types.Transaction, error) {
	return _AuditAnchor.contract.Transact(opts, "anchor", operator, header, attestations)
}

// Anchor is a paid mutator transaction binding the contract method 0x3ee372aa.
//
// Solidity: function anchor(address operator, bytes header, bytes attestations) returns()
func (_AuditAnchor *AuditAnchorSession) Anchor(operator common.Address, header []byte, attestations []byte) (*types.Transaction, error) {
	return _AuditAnchor.Contract.Anchor(&_AuditAnchor.TransactOpts, operator, header, attestations)
}

// Anchor is a paid mutator transaction binding the contract method 0x3ee372aa.
//
// Solidity: function anchor(address operator, bytes header, bytes attestations) returns()
func (_AuditAnchor *AuditAnchorTransactorSession) Anchor(operator common.Address, header []byte, attestations []byte) (*types.Transaction, error) {
	return _AuditAnchor.Contract.Anchor(&_AuditAnchor.TransactOpts, operator, header, attestations)
}

// AuditAnchorAnchoredIterator is returned from FilterAnchored and is used to iterate over the raw logs and unpacked data for Anchored events raised by the AuditAnchor contract.
type AuditAnchorAnchoredIterator struct {
	Event *AuditAnchorAnchored // Event containing the contract specifics and raw log

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
func (it *AuditAnchorAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AuditAnchorAnchored)
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
		it.Event = new(AuditAnchorAnchored)
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
func (it *AuditAnchorAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AuditAnchorAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AuditAnchorAnchored represents a Anchored event raised by the AuditAnchor contract.
type AuditAnchorAnchored struct {
	Operator     common.Address
	Height       uint64
	HeadHash     [32]byte
	Attestations []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterAnchored is a free log retrieval operation binding the contract event 0x8be1a26a50c5629b639a88c9c92dbe55a4f8c0242ec173ba4804d9e9a0696f3e.
//
// Solidity: event Anchored(address indexed operator, uint64 indexed height, bytes32 headHash, bytes attestations)
func (_AuditAnchor *AuditAnchorFilterer) FilterAnchored(opts *bind.FilterOpts, operator []common.Address, height []uint64) (*AuditAnchorAnchoredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var heightRule []interface{}
	for _, heightItem := range height {
		heightRule = append(heightRule, heightItem)
	}

	logs, sub, err := _AuditAnchor.contract.FilterLogs(opts, "Anchored", operatorRule, heightRule)
	if err != nil {
		return nil, err
	}
	return &AuditAnchorAnchoredIterator{contract: _AuditAnchor.contract, event: "Anchored", logs: logs, sub: sub}, nil
}

// WatchAnchored is a free log subscription operation binding the contract event 0x8be1a26a50c5629b639a88c9c92dbe55a4f8c0242ec173ba4804d9e9a0696f3e.
//
// Solidity: event Anchored(address indexed operator, uint64 indexed height, bytes32 headHash, bytes attestations)
func (_AuditAnchor *AuditAnchorFilterer) WatchAnchored(opts *bind.WatchOpts, sink chan<- *AuditAnchorAnchored, operator []common.Address, height []uint64) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var heightRule []interface{}
	for _, heightItem := range height {
		heightRule = append(heightRule, heightItem)
	}

	logs, sub, err := _AuditAnchor.contract.WatchLogs(opts, "Anchored", operatorRule, heightRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AuditAnchorAnchored)
				if err := _AuditAnchor.contract.UnpackLog(event, "Anchored", log); err != nil {
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

// ParseAnchored is a log parse operation binding the contract event 0x8be1a26a50c5629b639a88c9c92dbe55a4f8c0242ec173ba4804d9e9a0696f3e.
//
// Solidity: event Anchored(address indexed operator, uint64 indexed height, bytes32 headHash, bytes attestations)
func (_AuditAnchor *AuditAnchorFilterer) ParseAnchored(log types.Log) (*AuditAnchorAnchored, error) {
	event := new(AuditAnchorAnchored)
	if err := _AuditAnchor.contract.UnpackLog(event, "Anchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
