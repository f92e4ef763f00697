// Package config reads relayd's configuration: a YAML file, then
// environment overrides (KAKEHASHI_*), then defaults, then validation that
// reports every problem at once, each with its field path and what to do,
// for example:
//
//	relayd.yaml: 2 problem(s):
//	  operators.threshold: threshold 3 > 2 operators: lower threshold or add an operator
//	  chains[0] (A).bridge: "" is not a contract address: set the Bridge contract's 20-byte address
//
// Leaving operators.addresses empty selects the single-operator
// development mode (1-of-1 with this operator's key, embedded NATS); the
// only required setting is then operator.keystore. docs/relay.md has the
// full reference with an example; Env lists the environment variables.
//
// CheckFederation compares the configured federation with the operator
// key and the deployment, CheckBridgeSigners with the signer set an EVM
// bridge holds on chain; relayd runs both before it writes anything, and
// `relayd config check --deployment` the first.
//
// # Errors
//
// Load returns *Error (which wraps ErrInvalid) for an unreadable file,
// malformed YAML, unknown keys, bad environment values and every
// validation problem. Read returns the first two as *Error and the next
// two as []Problem, and does not validate. CheckFederation and CheckBridgeSigners return the
// problems they find as []Problem, each with what to set.
package config
