// Package clidoc writes the markdown command reference of a cobra command
// tree (one file per command, with cobra/doc) and finds where a committed
// reference has drifted from the commands. relayd's and bridgectl's tests
// use it on docs/cli; only tests import it, so the binaries do not link
// cobra/doc.
//
// # Errors
//
// Generate and Drift return the file system's errors, wrapped with the
// path.
package clidoc
