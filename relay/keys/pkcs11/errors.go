package pkcs11

import (
	"errors"

	p11 "github.com/miekg/pkcs11"
)

// Errors returned by this package. Each is wrapped with the details (the
// module path, the labels, what the token answered, never the PIN); when
// the token answered with a PKCS#11 return value, errors.As finds it as a
// github.com/miekg/pkcs11.Error too.
var (
	ErrConfig        = errors.New("pkcs11: incomplete configuration")
	ErrModule        = errors.New("pkcs11: PKCS#11 module unusable")
	ErrTokenNotFound = errors.New("pkcs11: no single token with that label")
	ErrPIN           = errors.New("pkcs11: PIN refused")
	ErrKeyNotFound   = errors.New("pkcs11: no single key with that label")
	ErrKeyExists     = errors.New("pkcs11: key label in use")
	ErrNotSecp256k1  = errors.New("pkcs11: not a secp256k1 key")
	ErrKeyAttributes = errors.New("pkcs11: key attributes unfit for an HSM signer")
	ErrKeyMismatch   = errors.New("pkcs11: public key is not the private key's pair")
	ErrSign          = errors.New("pkcs11: signing failed")
	ErrClosed        = errors.New("pkcs11: signer closed")
)

// is reports whether err is the PKCS#11 return value rv.
func is(err error, rv uint) bool {
	var e p11.Error
	return errors.As(err, &e) && uint(e) == rv
}
