package config

import (
	"strings"
	"testing"
)

// The keys: section: an entry per role, pkcs11 only for the authorisation
// key, no file for two roles, operator.keystore only needed for roles
// without an entry.
func TestValidateKeys(t *testing.T) {
	p11 := &PKCS11Key{Module: "/m.so", TokenLabel: "t", KeyLabel: "k", PinFile: "/pin"}
	for _, tc := range []struct {
		name string
		op   string
		keys Keys
		want []string // fields with a problem
	}{
		{"one-key layout", "op.json", Keys{}, nil},
		{"every role its own", "", Keys{Authorisation: KeySource{PKCS11: p11}, Custody: KeySource{Keystore: "c.json"},
			Transactions: KeySource{Keystore: "t.json"}, Bus: KeySource{Keystore: "b.json"}}, nil},
		{"nothing at all", "", Keys{}, []string{"operator.keystore"}},
		{"custody in a token, not sealed", "op.json", Keys{Custody: KeySource{PKCS11: p11}}, []string{"keys.custody.sealed"}},
		{"custody sealed", "op.json", Keys{Custody: KeySource{Sealed: "custody.sealed", PKCS11: p11}}, nil},
		{"sealed without its token", "op.json", Keys{Custody: KeySource{Sealed: "custody.sealed"}}, []string{"keys.custody.pkcs11"}},
		{"bus sealed", "op.json", Keys{Bus: KeySource{Sealed: "bus.sealed", PKCS11: p11}}, []string{"keys.bus.sealed"}},
		{"gas key in a token", "op.json", Keys{Transactions: KeySource{PKCS11: p11}}, []string{"keys.transactions.pkcs11"}},
		{"pkcs11 incomplete", "op.json", Keys{Authorisation: KeySource{PKCS11: &PKCS11Key{Module: "/m.so"}}},
			[]string{"keys.authorisation.pkcs11.tokenLabel", "keys.authorisation.pkcs11.keyLabel", "keys.authorisation.pkcs11.pinFile"}},
		{"one file, two roles", "op.json", Keys{Custody: KeySource{Keystore: "./x.json"}, Bus: KeySource{Keystore: "x.json"}}, []string{"keys.bus"}},
		{"a role is operator.keystore", "op.json", Keys{Transactions: KeySource{Keystore: "op.json"}}, []string{"keys.transactions"}},
		{"keystore and pkcs11", "op.json", Keys{Authorisation: KeySource{Keystore: "a.json", PKCS11: p11}}, []string{"keys.authorisation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Defaults()
			c.Operator.Keystore, c.Keys = tc.op, tc.keys
			var ps problems
			c.validateKeys(&ps)
			var got []string
			for _, p := range ps {
				got = append(got, p.Field)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Fatalf("problems %v, want fields %v", ps, tc.want)
			}
		})
	}
}
