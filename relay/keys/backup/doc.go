// Package backup backs up a key as n shares, any k of which restore it,
// for a key ceremony: each custodian keeps one share, on paper or in a
// file, and no k−1 of them learn anything about the key.
//
// # Seal, then split
//
// Split draws a random 32-byte data key, seals the secret with it
// (XChaCha20-Poly1305, with the backup's metadata as associated data) and
// splits only the data key with Shamir's scheme over GF(2⁸)
// (github.com/corvus-ch/shamir). Every share carries the metadata, its
// number, its point of the data key, the sealed secret and a checksum, so
// any k shares restore the secret with nothing else.
//
// The metadata is the format version, the kind of secret, its
// fingerprint, n, k and a random backup id. The fingerprint identifies
// the secret without revealing it: the Ethereum address of a secp256k1
// operator key (the operator's identity), the SHA-256 of an opaque blob
// such as an HSM-wrapped custody key. Combine checks that the restored
// secret has it.
//
// # Restoring
//
// Combine checks, in order, each share's checksum (naming the one that
// fails), that all shares are of one backup, that none is given twice,
// and that there are at least k; then it combines the data key and opens
// the sealed secret. A combination that passes every checksum but is
// wrong (a share's number or x-coordinate changed, a share of the right
// backup altered) does not open: the AEAD refuses it. Nothing partial is
// ever returned. Check proves at a ceremony that the n shares written
// restore the secret, each of them taking part.
//
// # Text form
//
// MarshalText writes a share for printing: comment lines for the
// custodian, a header line (backup id, share i/n, threshold, kind,
// fingerprint, checksum) and the binary share in base32 lines of 20
// bytes, each with its number and a check, so a mistyped line is named
// when the share is read back. Parse and ReadFile read it. The exact
// layout is in layout.go and docs/relay.md ("Key backup").
//
// # Errors
//
//   - ErrParams: Split's n, k, kind or secret are unusable.
//   - ErrTooFewShares: fewer shares than the backup's threshold.
//   - ErrCorruptShare: a share's checksum, a line's check or a field is
//     wrong; a *ShareError names the share (number and file).
//   - ErrDuplicate: one share (number or x-coordinate) given twice; a
//     *ShareError.
//   - ErrMixedBackups: shares of different backups.
//   - ErrWrongShares: the shares pass their checksums but do not open the
//     backup, or disagree on its metadata or sealed secret.
//   - ErrFingerprint: the secret is not the one the caller or the backup
//     names.
//   - ErrVersion: a share in a format version this package does not read.
package backup
