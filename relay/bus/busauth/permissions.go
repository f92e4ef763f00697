package busauth

import (
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/jwt/v2"

	"github.com/kakehashi/kakehashi/relay/bus"
)

// Grant is what one operator's user may do: speak as Operator, and keep
// off the consumers of Others (the rest of the federation). Chains are the
// federation's chain ids, which name the per-chain consumers.
type Grant struct {
	Operator common.Address
	Others   []common.Address
	Chains   []uint64
}

// leaseStream is the stream behind the lease bucket.
const leaseStream = "KV_" + bus.LeaseBucket

// Permissions returns the NATS permissions of g's user:
//
// Publish, allowed:
//   - kkh.<family>.<own token>.> for every family of bus.Streams: only its
//     own wire subjects (bus.WireSubject);
//   - $KV.KKH_LEASES.> : writing lease entries (every operator competes
//     for every lease);
//   - $JS.API.INFO, $JS.API.STREAM.INFO.<stream> and, on the lease
//     stream, message and direct gets: binding and reading;
//   - $JS.API.CONSUMER.{CREATE,INFO,DELETE,MSG.NEXT}.<stream>.… and
//     $JS.ACK.<stream>.> on the bus streams: its consumers.
//
// Publish, denied (deny wins over allow): every consumer API call and ack
// naming a durable consumer of another operator. Everything else —
// stream create, update, delete, purge, message delete, snapshots — is in
// no allow entry and so refused.
//
// Subscribe: only _INBOX_<own token>.> (bus.InboxPrefix), so an operator
// receives its own replies and pull deliveries and nobody else's.
func Permissions(g Grant) jwt.Permissions {
	tok := bus.OperatorToken(g.Operator)
	var p jwt.Permissions
	for _, s := range bus.Streams {
		for _, subj := range s.Subjects {
			fam := strings.TrimSuffix(subj, ".>")
			p.Pub.Allow.Add(fam + "." + tok + ".>")
		}
		p.Pub.Allow.Add(
			"$JS.API.STREAM.INFO."+s.Name,
			"$JS.API.CONSUMER.CREATE."+s.Name,
			"$JS.API.CONSUMER.CREATE."+s.Name+".>",
			"$JS.API.CONSUMER.INFO."+s.Name+".*",
			"$JS.API.CONSUMER.DELETE."+s.Name+".*",
			"$JS.API.CONSUMER.MSG.NEXT."+s.Name+".*",
			"$JS.ACK."+s.Name+".>",
		)
	}
	p.Pub.Allow.Add(
		"$JS.API.INFO",
		"$KV."+bus.LeaseBucket+".>",
		"$JS.API.STREAM.INFO."+leaseStream,
		"$JS.API.STREAM.MSG.GET."+leaseStream,
		"$JS.API.DIRECT.GET."+leaseStream+".>",
	)
	roles := bus.ConsumerRoles(g.Chains)
	for _, o := range g.Others {
		if o == g.Operator {
			continue
		}
		for _, r := range roles {
			n := bus.DurableName(r, o)
			p.Pub.Deny.Add(
				"$JS.API.CONSUMER.*.*."+n,           // CREATE (several filters), INFO, DELETE, PAUSE …
				"$JS.API.CONSUMER.*.*.*."+n,         // MSG.NEXT, DURABLE.CREATE, LEADER.STEPDOWN
				"$JS.API.CONSUMER.CREATE.*."+n+".>", // CREATE with one filter
				"$JS.ACK.*."+n+".>",
			)
		}
	}
	sort.Strings(p.Pub.Deny)
	p.Sub.Allow.Add(bus.InboxPrefix(g.Operator) + ".>")
	return p
}
