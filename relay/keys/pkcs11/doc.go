// Package pkcs11 signs with an operator's secp256k1 authorisation key held
// in a hardware security module, over PKCS#11 (github.com/miekg/pkcs11, a
// thin cgo binding of the standard's C interface). The private key is
// made inside the token and never leaves it; the process holds only a
// handle and the token's user PIN, so theft of the operator's machine
// yields no key to use elsewhere (docs/relay.md, threat model).
//
// A Signer drops in where the relay takes a keys.Key to sign digests:
// Address, PublicKey and SignHash, which returns go-ethereum's 65-byte
// [R ‖ S ‖ V] with S low and V ∈ {0, 1}, as keys.Key.SignHash does. It
// prints only its address (String, GoString, Format, MarshalJSON).
//
// # Opening a key
//
// Config names the PKCS#11 module (the HSM vendor's library), the token
// by its label, the key by its label (CKA_LABEL), and carries the user
// PIN, which the caller reads from a PIN file: a Config never carries the
// PIN into yaml or json and prints it as "set". Open loads the module,
// finds the token, logs in, finds the private key and the public key
// object of the same label and CKA_ID, and refuses a key that is not on
// secp256k1, may not sign, or could be read out of the token
// (CKA_EXTRACTABLE true or CKA_SENSITIVE false). It then signs a fixed
// digest and checks that it recovers to the public key, so a public key
// object that is not the private key's pair is found at once.
//
// Generate makes a new key pair inside the token with CKM_EC_KEY_PAIR_GEN
// (CKA_EC_PARAMS 06052b8104000a, the OID of secp256k1): a token object,
// private, sensitive, never extractable, for signing only. It refuses a
// label that any object on the token already has.
//
// # Signing
//
// SignHash asks the token for CKM_ECDSA over the 32-byte digest as it is
// (never CKM_ECDSA_SHA256, which would hash it again). The token answers
// r ‖ s; SignHash makes s low (n − s when s > n/2) and finds the recovery
// id by trying both against the key's public key. Each signature takes a
// session of its own from a pool of at most Config.Sessions (default 4),
// opened on demand and kept, so SignHash is safe for concurrent use;
// a session the token dropped is replaced once.
//
// PKCS#11 calls cannot be cancelled, so Open, Generate and SignHash take
// no context.
//
// # Process-wide state
//
// PKCS#11 initialises a module once per process, and a token's login is
// shared by all the process's sessions on it. Signers of one module share
// it: the first Open initialises the module, the last Close finalises it.
// While one Signer is logged in to a token, another Open on that token in
// the same process is already logged in too, whatever its PIN. Closing a
// Signer closes only its own sessions, so others stay logged in. The
// library itself stays loaded for the life of the process.
//
// # Errors
//
//   - ErrConfig: a Config field is missing or out of range.
//   - ErrModule: the module is not a file, cannot be loaded as a PKCS#11
//     library, or fails C_Initialize.
//   - ErrTokenNotFound: no initialised token, or several, carry the label;
//     the message lists the labels present.
//   - ErrPIN: the token refused the PIN (wrong, locked, never set). The
//     PIN itself appears in no message.
//   - ErrKeyNotFound: no private key, or several, carry the label (the
//     message lists the private keys present), or its public key object is
//     missing.
//   - ErrKeyExists: Generate was given a label already in use.
//   - ErrNotSecp256k1: the key is not an elliptic-curve key, is on another
//     curve (named), its point is malformed, or the token cannot make
//     secp256k1 keys.
//   - ErrKeyAttributes: the key may not sign, or can leave the token.
//   - ErrKeyMismatch: a signature does not recover to the public key
//     object's point.
//   - ErrSign: the digest is not 32 bytes, or the token failed to sign or
//     answered with a malformed signature.
//   - ErrClosed: SignHash after Close.
//
// Where the token answered with a PKCS#11 return value, errors.As also
// finds it as a github.com/miekg/pkcs11.Error (CKR_PIN_INCORRECT, …).
package pkcs11
