// Package keys loads an operator's secp256k1 key from an encrypted
// keystore file in go-ethereum's format (Web3 Secret Storage v3, scrypt),
// with the passphrase read from a file or an environment variable.
//
// The private key never leaves the process: Key's String, GoString, Format
// and MarshalJSON print only the address, and Load logs the address and the
// file name, nothing else. The relay signs bus envelopes and authorizations
// with SignHash; chain adapters that need another signature scheme
// (Bitcoin tapscript) take the key through PrivateKey.
//
// Create and Store write new keystore files (relayd key new, relayd key
// import), StoreFile one at a path of the caller's choice (relayd key
// restore), never over an existing one; ParsePrivateKey reads a key given
// in hex.
//
// # Errors
//
//   - ErrPassphrase: neither or both passphrase sources set, the file is
//     unreadable or empty, or the variable is unset.
//   - ErrKeystore: the keystore file is missing or not a keystore.
//   - ErrWrongPassphrase: the passphrase does not decrypt the keystore.
//   - ErrAddressMismatch: the keystore holds another address than expected.
//   - ErrKeyFormat: a key to import is not 32 bytes of hex or not a valid
//     secp256k1 scalar.
//   - ErrExists: Store or StoreFile would replace a file.
package keys
