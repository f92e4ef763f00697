// Package busauth provisions the authentication of the relay's NATS bus
// with NATS decentralised auth (NKeys and JWTs):
//
//   - an operator key, the bus's trust root (a NATS operator, unrelated to
//     the bridge's operators), which signs
//   - the system account (server events) and the bridge account KAKEHASHI,
//     which holds the JetStream streams within Limits, and which signs
//   - one user per bridge operator, whose Permissions let it publish only
//     its own wire subjects and use only its own consumers, and
//   - an admin user that creates and updates the streams (`relayd bus
//     init`).
//
// Servers trust the operator and preload the two accounts
// (Federation.ServerOptions for an embedded server, ServerConfig for
// nats-server); users are not registered with the server, so a user signed
// later by the account key is accepted at once.
//
// In a real federation each operator generates its own user NKey and sends
// only the public key; whoever holds the account key returns the JWT
// (Federation.UserJWT). See docs/relay.md, "Bus authentication".
//
// # Errors
//
//   - ErrFederation: the directory is missing or incomplete, keys do not
//     belong together, or a public key is not a user key.
//   - ErrPermissions: a seed or creds file is readable by group or others;
//     the message says chmod 600.
package busauth
