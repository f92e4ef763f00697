package pkcs11

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p11 "github.com/miekg/pkcs11"
)

// DefaultSessions is how many signing sessions a Signer opens at most
// when Config.Sessions is zero.
const DefaultSessions = 4

// maxSessions bounds Config.Sessions; tokens cap their sessions too.
const maxSessions = 64

// Config names a key on a PKCS#11 token. The PIN is not part of what a
// configuration file holds (yaml and json skip it, and Config prints it as
// "set" or "unset"): the caller reads it from a PIN file.
type Config struct {
	// Module is the path of the HSM's PKCS#11 library (SoftHSM2 on
	// Debian: /usr/lib/softhsm/libsofthsm2.so).
	Module string `yaml:"module" json:"module"`
	// TokenLabel is the label of the token (at most 32 bytes).
	TokenLabel string `yaml:"tokenLabel" json:"tokenLabel"`
	// KeyLabel is the CKA_LABEL of the private key and of its public key.
	KeyLabel string `yaml:"keyLabel" json:"keyLabel"`
	// PIN is the token's user PIN.
	PIN string `yaml:"-" json:"-"`
	// Sessions is how many signatures may be under way at once (one
	// session each); 0 means DefaultSessions.
	Sessions int `yaml:"sessions,omitempty" json:"sessions,omitempty"`
}

func (c Config) validate() error {
	switch {
	case c.Module == "":
		return fmt.Errorf("%w: no PKCS#11 module: give the path of the HSM's library (SoftHSM2 on Debian: /usr/lib/softhsm/libsofthsm2.so)", ErrConfig)
	case c.TokenLabel == "":
		return fmt.Errorf("%w: no token label", ErrConfig)
	case len(c.TokenLabel) > 32:
		return fmt.Errorf("%w: token label %q is longer than PKCS#11's 32 bytes", ErrConfig, c.TokenLabel)
	case c.KeyLabel == "":
		return fmt.Errorf("%w: no key label", ErrConfig)
	case c.PIN == "":
		return fmt.Errorf("%w: no PIN: read it from the token's PIN file", ErrConfig)
	case c.Sessions < 0 || c.Sessions > maxSessions:
		return fmt.Errorf("%w: sessions %d: want 0 (default %d) to %d", ErrConfig, c.Sessions, DefaultSessions, maxSessions)
	}
	return nil
}

// String shows the configuration with the PIN as "set" or "unset".
func (c Config) String() string {
	pin := "unset"
	if c.PIN != "" {
		pin = "set"
	}
	return fmt.Sprintf("pkcs11.Config{Module: %q, TokenLabel: %q, KeyLabel: %q, PIN: %s, Sessions: %d}",
		c.Module, c.TokenLabel, c.KeyLabel, pin, c.Sessions)
}

func (c Config) GoString() string           { return c.String() }
func (c Config) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// Signer signs with a secp256k1 private key that stays inside a PKCS#11
// token. It satisfies the relay's signer interfaces (Address and
// SignHash), and SignHash is safe for concurrent use: each signature takes
// a session of its own from a small pool.
type Signer struct {
	mod    *module
	token  string
	slot   uint
	key    keyRef
	anchor p11.SessionHandle // held open so the process stays logged in
	pub    ecdsa.PublicKey
	point  []byte // 65-byte uncompressed public key
	addr   common.Address

	mu     sync.Mutex
	freed  *sync.Cond // a session returned, or one fewer open
	idle   []session
	open   int // sessions in idle or in use
	max    int
	closed bool
}

// session is one signing session and the key's handle in it.
type session struct {
	h   p11.SessionHandle
	key p11.ObjectHandle
}

// selfCheck is the digest Open signs to prove that the private key and
// the public key object are a pair.
var selfCheck = crypto.Keccak256([]byte("kakehashi/keys/pkcs11 self-check"))

// Open loads the module, finds the token by its label, logs in with the
// PIN and finds the key by its label; it checks that the key is a
// secp256k1 signing key that cannot leave the token and that it signs for
// its public key. Close releases the sessions and the module.
//
// Open takes no context: a PKCS#11 call cannot be cancelled.
func Open(cfg Config) (*Signer, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	mod, err := acquireModule(cfg.Module)
	if err != nil {
		return nil, err
	}
	s, err := open(mod, cfg)
	if err != nil {
		_ = mod.release()
		return nil, err
	}
	return s, nil
}

func open(mod *module, cfg Config) (*Signer, error) {
	slot, err := findToken(mod.ctx, cfg.TokenLabel)
	if err != nil {
		return nil, err
	}
	anchor, err := mod.ctx.OpenSession(slot, p11.CKF_SERIAL_SESSION)
	if err != nil {
		return nil, fmt.Errorf("pkcs11: open a session on token %q: %w", cfg.TokenLabel, err)
	}
	s := &Signer{mod: mod, token: cfg.TokenLabel, slot: slot, anchor: anchor, max: cfg.Sessions}
	if s.max == 0 {
		s.max = DefaultSessions
	}
	s.freed = sync.NewCond(&s.mu)
	fail := func(err error) (*Signer, error) {
		_ = mod.ctx.CloseSession(anchor)
		return nil, err
	}
	if err := login(mod.ctx, anchor, cfg.TokenLabel, cfg.PIN); err != nil {
		return fail(err)
	}
	key, pub, err := openKey(mod.ctx, anchor, cfg.KeyLabel, cfg.TokenLabel)
	if err != nil {
		return fail(err)
	}
	s.key, s.pub, s.point, s.addr = key, *pub, crypto.FromECDSAPub(pub), crypto.PubkeyToAddress(*pub)
	if _, err := s.SignHash(selfCheck); err != nil {
		s.closeSessions()
		return fail(fmt.Errorf("key %q on token %q: self-check signature: %w", cfg.KeyLabel, cfg.TokenLabel, err))
	}
	return s, nil
}

// Address returns the Ethereum address of the key.
func (s *Signer) Address() common.Address { return s.addr }

// PublicKey returns a copy of the public key.
func (s *Signer) PublicKey() *ecdsa.PublicKey { pub := s.pub; return &pub }

// SignHash signs a 32-byte digest with CKM_ECDSA (the token does not hash
// it again) and returns [R ‖ S ‖ V] as go-ethereum's crypto.Sign does:
// S low, V ∈ {0, 1}.
func (s *Signer) SignHash(hash []byte) ([]byte, error) {
	if len(hash) != 32 {
		return nil, fmt.Errorf("%w: the digest is %d bytes, want 32", ErrSign, len(hash))
	}
	rs, err := s.signRaw(hash)
	if err != nil {
		return nil, err
	}
	return recoverable(hash, rs, s.point)
}

// ecdsaMech is CKM_ECDSA: a signature over the data as given, here the
// digest. CKM_ECDSA_SHA256 would hash it once more.
var ecdsaMech = []*p11.Mechanism{p11.NewMechanism(p11.CKM_ECDSA, nil)}

// signRaw returns the token's r ‖ s over hash. A session the token has
// dropped is replaced once.
func (s *Signer) signRaw(hash []byte) ([]byte, error) {
	for attempt := 0; ; attempt++ {
		sess, err := s.acquire()
		if err != nil {
			return nil, err
		}
		rs, err := s.signIn(sess, hash)
		gone := sessionGone(err)
		s.release(sess, gone)
		switch {
		case err == nil:
			return rs, nil
		case gone && attempt == 0:
			continue
		case is(err, p11.CKR_USER_NOT_LOGGED_IN):
			return nil, fmt.Errorf("%w: token %q logged this process out (reset or removed?): open the signer again: %w", ErrSign, s.token, err)
		}
		return nil, fmt.Errorf("%w: key %q on token %q: %w", ErrSign, s.key.label, s.token, err)
	}
}

func (s *Signer) signIn(sess session, hash []byte) ([]byte, error) {
	if err := s.mod.ctx.SignInit(sess.h, ecdsaMech, sess.key); err != nil {
		return nil, err
	}
	return s.mod.ctx.Sign(sess.h, hash)
}

// sessionGone reports errors after which a session is of no further use.
func sessionGone(err error) bool {
	for _, rv := range []uint{p11.CKR_SESSION_HANDLE_INVALID, p11.CKR_SESSION_CLOSED,
		p11.CKR_KEY_HANDLE_INVALID, p11.CKR_OPERATION_ACTIVE, p11.CKR_DEVICE_REMOVED,
		p11.CKR_TOKEN_NOT_PRESENT} {
		if is(err, rv) {
			return true
		}
	}
	return false
}

// acquire takes an idle session, opens one while fewer than max are open,
// or waits for one to come back.
func (s *Signer) acquire() (session, error) {
	s.mu.Lock()
	for {
		switch {
		case s.closed:
			s.mu.Unlock()
			return session{}, ErrClosed
		case len(s.idle) > 0:
			sess := s.idle[len(s.idle)-1]
			s.idle = s.idle[:len(s.idle)-1]
			s.mu.Unlock()
			return sess, nil
		case s.open < s.max:
			s.open++
			s.mu.Unlock()
			sess, err := s.newSession()
			if err != nil {
				s.mu.Lock()
				s.open--
				s.freed.Broadcast()
				s.mu.Unlock()
			}
			return sess, err
		}
		s.freed.Wait()
	}
}

func (s *Signer) newSession() (session, error) {
	h, err := s.mod.ctx.OpenSession(s.slot, p11.CKF_SERIAL_SESSION)
	if err != nil {
		return session{}, fmt.Errorf("%w: open a session on token %q: %w", ErrSign, s.token, err)
	}
	// Handles are only promised to hold within the session that found them.
	key, err := findPrivate(s.mod.ctx, h, s.key, s.token)
	if err != nil {
		_ = s.mod.ctx.CloseSession(h)
		return session{}, err
	}
	return session{h: h, key: key}, nil
}

// release returns a session to the pool, or closes it when it is gone or
// the signer is closing.
func (s *Signer) release(sess session, gone bool) {
	s.mu.Lock()
	if !gone && !s.closed {
		s.idle = append(s.idle, sess)
		s.freed.Signal()
		s.mu.Unlock()
		return
	}
	s.open--
	s.freed.Broadcast()
	s.mu.Unlock()
	_ = s.mod.ctx.CloseSession(sess.h)
}

// closeSessions stops new signatures, closes the idle sessions and waits
// for those in use to come back (release closes them).
func (s *Signer) closeSessions() {
	s.mu.Lock()
	s.closed = true
	idle := s.idle
	s.idle = nil
	s.open -= len(idle)
	s.freed.Broadcast()
	for s.open > 0 {
		s.freed.Wait()
	}
	s.mu.Unlock()
	for _, sess := range idle {
		_ = s.mod.ctx.CloseSession(sess.h)
	}
}

// Close waits for signatures under way, closes the signer's sessions and
// releases the module (finalised when no other Signer uses it). Further
// SignHash calls return ErrClosed; a second Close does nothing.
func (s *Signer) Close() error {
	s.closeSessions()
	s.mu.Lock()
	anchor := s.anchor
	s.anchor = 0
	s.mu.Unlock()
	if anchor == 0 {
		return nil
	}
	err := s.mod.ctx.CloseSession(anchor)
	if err != nil && !sessionGone(err) {
		err = fmt.Errorf("pkcs11: close session on token %q: %w", s.token, err)
	} else {
		err = nil
	}
	return errors.Join(err, s.mod.release())
}

// String shows the key's address only.
func (s *Signer) String() string               { return "pkcs11-key(" + s.addr.Hex() + ")" }
func (s *Signer) GoString() string             { return s.String() }
func (s *Signer) Format(f fmt.State, _ rune)   { _, _ = f.Write([]byte(s.String())) }
func (s *Signer) MarshalJSON() ([]byte, error) { return []byte(`"` + s.addr.Hex() + `"`), nil }
