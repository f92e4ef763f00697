// Package softhsmtest gives tests a SoftHSM2 token of their own, for
// package relay/keys/pkcs11 and for any code that signs through it.
//
// New writes a SoftHSM2 configuration and a token directory in the test's
// temporary directory, points SOFTHSM2_CONF at it for the rest of the test
// and initialises a token with softhsm2-util; Add initialises more tokens
// there. The module is found by Module: $KAKEHASHI_PKCS11_MODULE, else
// the usual install paths (ModulePaths; Debian's is
// /usr/lib/softhsm/libsofthsm2.so).
//
// SoftHSM2 is a Debian package that `make hsm-tools` installs (pinned in
// the Makefile; `make test` depends on it). Without it, New and Require
// skip the test, or fail it when the variable CI is set, so a CI machine
// that lacks it cannot pass by skipping.
//
// Tests that use New cannot run in parallel: SoftHSM2 reads SOFTHSM2_CONF,
// a process-wide variable, when the module is initialised.
//
// Only tests may import this package: it imports testing.
//
// # Errors
//
// Helpers fail the test (t.Fatal) on any error; Module returns one when it
// finds no module.
package softhsmtest
