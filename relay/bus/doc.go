// Package bus is the relay's message bus: NATS JetStream, embedded in the
// process (nats-server in-process, file store under the data directory,
// 127.0.0.1) or external servers by URL, with every message an envelope
// signed by the sending operator.
//
// # Layout
//
// Streams (file storage, limits retention, discard old; Replicas from the
// configuration) — see Streams and docs/relay.md:
//
//	KKH_EVENTS       kkh.event.<chain>.<kind>      7 days
//	KKH_SHARES       kkh.share.<dstChain>          7 days
//	                 kkh.proposal.<dstChain>
//	                 kkh.bshare.<dstChain>
//	KKH_SUBMISSIONS  kkh.submission.<dstChain>     7 days
//	KKH_AUDIT        kkh.audit.>                   forever
//
// and the key-value bucket KKH_LEASES for leader leases (Lease). On the
// wire the publisher's operator token follows the family
// (kkh.event.<token>.<chain>.<kind>, see WireSubject): Publish inserts it,
// Consume widens filters over it and drops an envelope whose token is not
// its signer's; handlers see the logical subject.
//
// # Authentication
//
// Config.Auth gives the connection a creds file (or JWT and seed files),
// optional TLS, and an inbox prefix of its own (InboxPrefix). The servers
// trust a federation made by package busauth, whose per-operator users may
// publish only their own wire subjects and use only their own durable
// consumers (ConsumerRoles). The layout is created by the admin user
// (Init, or Config.Admin); an operator's bus only binds to it. An embedded
// server started without credentials is a development bus and creates its
// layout itself. Servers started here use SyncAlways.
//
// Publish sets Nats-Msg-Id to the caller's publication id, so JetStream
// stores a message once per id within the dedupe window (Config.DedupeWindow,
// default 10 minutes). Consume with a Durable name creates a durable pull
// consumer with explicit acks that resumes after the last acknowledged
// message when the process restarts; without one it creates an ordered
// consumer that replays the stream (for in-memory projections).
//
// # Envelope
//
// The body of every message is the payload; the envelope travels in
// headers: Kkh-Envelope (version "1"), Nats-Msg-Id, Kkh-From (operator
// address), Kkh-Time (Unix ns) and Kkh-Sig, a secp256k1 signature over
//
//	keccak256("kakehashi/relay/envelope/v1" ‖ 0x00 ‖ u16 len ‖ subject ‖ u16 len ‖ id
//	          ‖ from ‖ i64 time ‖ u32 len ‖ payload)
//
// The subject is the one the message was delivered on, so an envelope
// replayed onto another subject fails verification. Consumers drop
// (terminate), log and count (kakehashi_bus_dropped_total{reason}) any
// message that is malformed, badly signed, or signed by a key outside
// Config.Operators; handlers only ever see verified messages.
//
// # Errors
//
//   - ErrConfig: invalid Config (each problem is named).
//   - ErrConnect: the server could not be started or reached.
//   - ErrNoStream: a stream or the lease bucket does not exist; the admin
//     step (`relayd bus init`) creates them.
//   - ErrMalformed, ErrBadSignature, ErrUnknownSender: why an envelope
//     was dropped (also the reasons of the drop counter).
//   - Handlers return Retry(err, delay) to be redelivered later; any other
//     error terminates the message for that consumer.
package bus
