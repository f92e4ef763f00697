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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"bridge_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"headHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bridge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBridgeSigners\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hashAt\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latest\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"headHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Anchored\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"headHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"HeightNotIncreasing\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"latest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotSigner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroBridge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroHash\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161061938038061061983398101604081905261002e91610066565b6001600160a01b0381166100555760405163361106cd60e01b815260040160405180910390fd5b6001600160a01b0316608052610093565b5f60208284031215610076575f5ffd5b81516001600160a01b038116811461008c575f5ffd5b9392505050565b6080516105616100b85f395f818160da01528181610184015261023101526105615ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80634a4aac1a1461004e578063a6855208146100c0578063e78cea92146100d5578063f161541d14610114575b5f5ffd5b61009b61005c366004610403565b6001600160a01b03165f90815260208181526040918290208251808401909352805467ffffffffffffffff168084526001909101549290910182905291565b6040805167ffffffffffffffff90931683526020830191909152015b60405180910390f35b6100d36100ce36600461043b565b610163565b005b6100fc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b7565b610155610122366004610465565b6001600160a01b0382165f90815260016020908152604080832067ffffffffffffffff8516845290915290205492915050565b6040519081526020016100b7565b806101815760405163f1ae58d560e01b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166379502c556040518163ffffffff1660e01b815260040160e060405180830381865afa1580156101de573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061020291906104aa565b5050604051630a2e713b60e21b81523360048201529495505067ffffffffffffffff8516936001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693506328b9c4ec92506024019050602060405180830381865afa15801561027a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029e9190610546565b67ffffffffffffffff16146102cd57604051632a6edb2b60e01b81523360048201526024015b60405180910390fd5b335f90815260208181526040918290208251808401909352805467ffffffffffffffff16835260010154908201819052158015906103225750805f015167ffffffffffffffff168467ffffffffffffffff1611155b156103575780516040516302e14f0160e41b815267ffffffffffffffff808716600483015290911660248201526044016102c4565b60408051808201825267ffffffffffffffff8681168083526020808401888152335f9081528083528681209551865467ffffffffffffffff191695169490941785555160019485015592835283822081835283529083902086905591518581527f4ac5b9bdb01817da80ec1c33e76c5bef927ab969dd8e8ba4ce21da0d7996e56f910160405180910390a250505050565b80356001600160a01b03811681146103fe575f5ffd5b919050565b5f60208284031215610413575f5ffd5b61041c826103e8565b9392505050565b67ffffffffffffffff81168114610438575f5ffd5b50565b5f5f6040838503121561044c575f5ffd5b823561045781610423565b946020939093013593505050565b5f5f60408385031215610476575f5ffd5b61047f836103e8565b9150602083013561048f81610423565b809150509250929050565b805160ff811681146103fe575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156104c0575f5ffd5b87516104cb81610423565b96506104d96020890161049a565b95506104e76040890161049a565b9450606088015180151581146104fb575f5ffd5b608089015190945061050c81610423565b60a089015190935061051d81610423565b60c089015190925063ffffffff81168114610536575f5ffd5b8091505092959891949750929550565b5f60208284031215610556575f5ffd5b815161041c8161042356",
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

// Anchor is a paid mutator transaction binding the contract method 0xa6855208.
//
// Solidity: function anchor(uint64 height, bytes32 headHash) returns()
func (_AuditAnchor *AuditAnchorTransactor) Anchor(opts *bind.TransactOpts, height uint64, headHash [32]byte) (*types.Transaction, error) {
	return _AuditAnchor.contract.Transact(opts, "anchor", height, headHash)
}

// Anchor is a paid mutator transaction binding the contract method 0xa6855208.
//
// Solidity: function anchor(uint64 height, bytes32 headHash) returns()
func (_AuditAnchor *AuditAnchorSession) Anchor(height uint64, headHash [32]byte) (*types.Transaction, error) {
	return _AuditAnchor.Contract.Anchor(&_AuditAnchor.TransactOpts, height, headHash)
}

// Anchor is a paid mutator transaction binding the contract method 0xa6855208.
//
// Solidity: function anchor(uint64 height, bytes32 headHash) returns()
func (_AuditAnchor *AuditAnchorTransactorSession) Anchor(height uint64, headHash [32]byte) (*types.Transaction, error) {
	return _AuditAnchor.Contract.Anchor(&_AuditAnchor.TransactOpts, height, headHash)
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
	Height   uint64
	HeadHash [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterAnchored is a free log retrieval operation binding the contract event 0x4ac5b9bdb01817da80ec1c33e76c5bef927ab969dd8e8ba4ce21da0d7996e56f.
//
// Solidity: event Anchored(uint64 indexed height, bytes32 headHash)
func (_AuditAnchor *AuditAnchorFilterer) FilterAnchored(opts *bind.FilterOpts, height []uint64) (*AuditAnchorAnchoredIterator, error) {

	var heightRule []interface{}
	for _, heightItem := range height {
		heightRule = append(heightRule, heightItem)
	}

	logs, sub, err := _AuditAnchor.contract.FilterLogs(opts, "Anchored", heightRule)
	if err != nil {
		return nil, err
	}
	return &AuditAnchorAnchoredIterator{contract: _AuditAnchor.contract, event: "Anchored", logs: logs, sub: sub}, nil
}

// WatchAnchored is a free log subscription operation binding the contract event 0x4ac5b9bdb01817da80ec1c33e76c5bef927ab969dd8e8ba4ce21da0d7996e56f.
//
// Solidity: event Anchored(uint64 indexed height, bytes32 headHash)
func (_AuditAnchor *AuditAnchorFilterer) WatchAnchored(opts *bind.WatchOpts, sink chan<- *AuditAnchorAnchored, height []uint64) (event.Subscription, error) {

	var heightRule []interface{}
	for _, heightItem := range height {
		heightRule = append(heightRule, heightItem)
	}

	logs, sub, err := _AuditAnchor.contract.WatchLogs(opts, "Anchored", heightRule)
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

// ParseAnchored is a log parse operation binding the contract event 0x4ac5b9bdb01817da80ec1c33e76c5bef927ab969dd8e8ba4ce21da0d7996e56f.
//
// Solidity: event Anchored(uint64 indexed height, bytes32 headHash)
func (_AuditAnchor *AuditAnchorFilterer) ParseAnchored(log types.Log) (*AuditAnchorAnchored, error) {
	event := new(AuditAnchorAnchored)
	if err := _AuditAnchor.contract.UnpackLog(event, "Anchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
