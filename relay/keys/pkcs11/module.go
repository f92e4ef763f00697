package pkcs11

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	p11 "github.com/miekg/pkcs11"
)

// module is one PKCS#11 library loaded in this process. C_Initialize and
// C_Finalize act on the whole process, and a token's login state is shared
// by all the process's sessions on it, so every Signer (and Generate) on
// one library shares one module: the first to acquire it initialises it,
// the last to release it finalises it. The library itself stays loaded:
// unloading some modules (OpenSSL-based ones, SoftHSM among them) is not
// safe, and a later Open initialises it again.
type module struct {
	path  string
	ctx   *p11.Ctx
	refs  int
	owned bool // this package called C_Initialize, so it calls C_Finalize
}

// modules holds the libraries loaded so far, by resolved path.
var modules struct {
	sync.Mutex
	loaded map[string]*module
}

func acquireModule(path string) (*module, error) {
	key := path
	if p, err := filepath.EvalSymlinks(path); err == nil {
		key = p
	}
	modules.Lock()
	defer modules.Unlock()
	if modules.loaded == nil {
		modules.loaded = map[string]*module{}
	}
	m := modules.loaded[key]
	if m == nil {
		ctx := p11.New(path)
		if ctx == nil {
			return nil, loadError(path)
		}
		m = &module{path: path, ctx: ctx}
		modules.loaded[key] = m
	}
	if m.refs == 0 {
		err := m.ctx.Initialize()
		switch {
		case err == nil:
			m.owned = true
		case is(err, p11.CKR_CRYPTOKI_ALREADY_INITIALIZED):
			// Another library in this process initialised it and
			// finalises it.
			m.owned = false
		default:
			return nil, fmt.Errorf("%w: %s: C_Initialize: %w", ErrModule, path, err)
		}
	}
	m.refs++
	return m, nil
}

func (m *module) release() error {
	modules.Lock()
	defer modules.Unlock()
	m.refs--
	if m.refs > 0 || !m.owned {
		return nil
	}
	m.owned = false
	if err := m.ctx.Finalize(); err != nil && !is(err, p11.CKR_CRYPTOKI_NOT_INITIALIZED) {
		return fmt.Errorf("pkcs11: %s: C_Finalize: %w", m.path, err)
	}
	return nil
}

// loadError says why dlopen may have failed; the library does not pass on
// dlerror's text.
func loadError(path string) error {
	_, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !strings.Contains(path, "/"):
		return fmt.Errorf("%w: %s: not found in the library search path: give the module's full path (SoftHSM2 on Debian: /usr/lib/softhsm/libsofthsm2.so)", ErrModule, path)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: %s: no such file: give the path of your HSM's PKCS#11 library (SoftHSM2 on Debian: /usr/lib/softhsm/libsofthsm2.so, from the softhsm2 package)", ErrModule, path)
	case err != nil:
		return fmt.Errorf("%w: %s: %v", ErrModule, path, err)
	}
	return fmt.Errorf("%w: %s: cannot be loaded as a PKCS#11 module (not a shared library for this machine, a library it needs is missing: check with ldd, or it has no C_GetFunctionList)", ErrModule, path)
}

// findToken returns the slot of the one initialised token labelled label.
func findToken(ctx *p11.Ctx, label string) (uint, error) {
	slots, err := ctx.GetSlotList(true)
	if err != nil {
		return 0, fmt.Errorf("%w: list slots: %w", ErrTokenNotFound, err)
	}
	var found []uint
	var labels []string
	for _, s := range slots {
		ti, err := ctx.GetTokenInfo(s)
		if err != nil || ti.Flags&p11.CKF_TOKEN_INITIALIZED == 0 {
			continue
		}
		labels = append(labels, strconv.Quote(ti.Label))
		if ti.Label == label {
			found = append(found, s)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		return 0, fmt.Errorf("%w: %d tokens are labelled %q: relabel all but one", ErrTokenNotFound, len(found), label)
	case len(labels) == 0:
		return 0, fmt.Errorf("%w: no token labelled %q: the module has no initialised token (SoftHSM2: softhsm2-util --init-token --free --label %q)", ErrTokenNotFound, label, label)
	}
	sort.Strings(labels)
	return 0, fmt.Errorf("%w: no token labelled %q; tokens present: %s", ErrTokenNotFound, label, strings.Join(labels, ", "))
}

// login logs the process in to the token as its user. A token already
// logged in by another Signer of this process is left so: the login state
// belongs to the process, not to a session.
func login(ctx *p11.Ctx, sh p11.SessionHandle, token, pin string) error {
	err := ctx.Login(sh, p11.CKU_USER, pin)
	switch {
	case err == nil, is(err, p11.CKR_USER_ALREADY_LOGGED_IN):
		return nil
	case is(err, p11.CKR_PIN_INCORRECT), is(err, p11.CKR_PIN_INVALID), is(err, p11.CKR_PIN_LEN_RANGE):
		return fmt.Errorf("%w: wrong PIN for token %q (the token counts failed logins and may lock the PIN: check the PIN file before trying again): %w", ErrPIN, token, err)
	case is(err, p11.CKR_PIN_LOCKED):
		return fmt.Errorf("%w: the user PIN of token %q is locked: the token's security officer must unlock or reset it: %w", ErrPIN, token, err)
	case is(err, p11.CKR_USER_PIN_NOT_INITIALIZED):
		return fmt.Errorf("%w: token %q has no user PIN yet: its security officer must set one: %w", ErrPIN, token, err)
	}
	return fmt.Errorf("pkcs11: log in to token %q: %w", token, err)
}

// maxObjects bounds a search: a label names one key, a token that answers
// with more than this is listed in part.
const maxObjects = 64

// findObjects returns the handles of the objects matching template.
func findObjects(ctx *p11.Ctx, sh p11.SessionHandle, template []*p11.Attribute) ([]p11.ObjectHandle, error) {
	if err := ctx.FindObjectsInit(sh, template); err != nil {
		return nil, err
	}
	var all []p11.ObjectHandle
	for len(all) < maxObjects {
		hs, _, err := ctx.FindObjects(sh, maxObjects-len(all))
		if err != nil {
			_ = ctx.FindObjectsFinal(sh)
			return nil, err
		}
		if len(hs) == 0 {
			break
		}
		all = append(all, hs...)
	}
	return all, ctx.FindObjectsFinal(sh)
}

// labels returns the quoted, sorted labels of the objects of class on the
// token, for error messages.
func labels(ctx *p11.Ctx, sh p11.SessionHandle, class uint) string {
	hs, err := findObjects(ctx, sh, []*p11.Attribute{p11.NewAttribute(p11.CKA_CLASS, class)})
	if err != nil {
		return "(cannot list: " + err.Error() + ")"
	}
	var out []string
	for _, h := range hs {
		a, err := ctx.GetAttributeValue(sh, h, []*p11.Attribute{p11.NewAttribute(p11.CKA_LABEL, nil)})
		if err != nil {
			continue
		}
		out = append(out, strconv.Quote(string(a[0].Value)))
	}
	if len(out) == 0 {
		return "none"
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
