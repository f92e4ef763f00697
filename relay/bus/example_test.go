package bus_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/kakehashi/kakehashi/relay/bus"
	"github.com/kakehashi/kakehashi/relay/keys"
)

// An envelope is sealed by its sender and verified by every reader against
// the subject it was delivered on.
func ExampleEnvelope() {
	priv, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	key := keys.FromECDSA(priv)

	env := &bus.Envelope{Subject: "kkh.event.31337.locked", ID: "ev-1", Time: time.Unix(0, 0), Payload: []byte(`{"kind":"locked"}`)}
	if err := env.Seal(key); err != nil {
		panic(err)
	}
	m := env.ToMsg() // what goes on the wire: body = payload, envelope in headers

	got, _ := bus.FromMsg(m.Subject, m.Header, m.Data)
	fmt.Println("delivered on its subject:", got.Verify() == nil, got.From == key.Address())

	replayed, _ := bus.FromMsg("kkh.share.31338", m.Header, m.Data)
	fmt.Println("replayed on another subject:", errors.Is(replayed.Verify(), bus.ErrBadSignature))
	// Output:
	// delivered on its subject: true true
	// replayed on another subject: true
}
