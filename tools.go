//go:build tools

// Package kakehashi pins, through this file only, the Go modules whose
// commands the Makefile installs (abigen) and the libraries the packages are
// about to use, so that `go mod tidy` keeps go.mod stable while the tree grows.
package kakehashi

import (
	_ "github.com/btcsuite/btcd/btcec/v2/schnorr"
	_ "github.com/btcsuite/btcd/btcutil"
	_ "github.com/btcsuite/btcd/btcutil/psbt"
	_ "github.com/btcsuite/btcd/chaincfg"
	_ "github.com/btcsuite/btcd/rpcclient"
	_ "github.com/btcsuite/btcd/txscript"
	_ "github.com/btcsuite/btcd/wire"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind"
	_ "github.com/ethereum/go-ethereum/accounts/keystore"
	_ "github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/nats-io/nats-server/v2/server"
	_ "github.com/nats-io/nats.go/jetstream"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/rs/zerolog"
	_ "github.com/spf13/cobra"
	_ "github.com/stretchr/testify/require"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/term"
	_ "gopkg.in/yaml.v3"
)
