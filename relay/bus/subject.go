package bus

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Every subject on the wire carries its publisher: the operator token is
// inserted as the third token, after the family —
//
//	kkh.event.31337.Locked  →  kkh.event.<token>.31337.Locked
//
// so a NATS permission can give each operator's user the subjects
// kkh.<family>.<its token>.> and nothing else (relay/bus/busauth). Callers
// of Publish and Consume use logical subjects; the bus inserts the token
// on publish, widens filters with a wildcard on consume, and checks on
// delivery that the token is the envelope's signer.

// OperatorToken is an operator's subject token and user name: its address
// in lower-case hex without 0x.
func OperatorToken(op common.Address) string { return strings.ToLower(op.Hex()[2:]) }

// InboxPrefix is the reply-subject prefix of an operator's connection.
func InboxPrefix(op common.Address) string { return "_INBOX_" + OperatorToken(op) }

// WireSubject returns the subject op publishes the logical subject on.
func WireSubject(subject string, op common.Address) string {
	t := strings.SplitN(subject, ".", 3)
	if len(t) < 2 {
		return subject + "." + OperatorToken(op)
	}
	w := t[0] + "." + t[1] + "." + OperatorToken(op)
	if len(t) == 3 {
		w += "." + t[2]
	}
	return w
}

// WireFilter widens a logical filter to match every operator's wire
// subjects: kkh.event.*.Locked → kkh.event.*.*.Locked.
func WireFilter(filter string) string {
	t := strings.SplitN(filter, ".", 3)
	if len(t) < 2 || t[1] == ">" {
		return filter
	}
	w := t[0] + "." + t[1] + ".*"
	if len(t) == 3 {
		w += "." + t[2]
	}
	return w
}

// splitWire returns the logical subject and the operator token of a wire
// subject.
func splitWire(wire string) (subject, token string, err error) {
	t := strings.SplitN(wire, ".", 4)
	if len(t) < 3 || len(t[2]) != 40 {
		return "", "", fmt.Errorf("%w: subject %q carries no operator token", ErrMalformed, wire)
	}
	subject = t[0] + "." + t[1]
	if len(t) == 4 {
		subject += "." + t[3]
	}
	return subject, t[2], nil
}

// consumerRoles are the roles of the durable consumers a relay creates
// ("%d": a chain id). The federation's NATS permissions keep every other
// operator off exactly these consumers (relay/bus/busauth), so an
// authenticated bus refuses a durable consumer of any other role.
var consumerRoles = []string{
	"signer", "signer-proposals",
	"coordinator-%d-shares", "coordinator-%d-subs", "coordinator-%d-exec", "coordinator-%d-bshares",
}

// ConsumerRoles returns the durable consumer roles for chains.
func ConsumerRoles(chains []uint64) []string {
	var out []string
	for _, r := range consumerRoles {
		if !strings.Contains(r, "%d") {
			out = append(out, r)
			continue
		}
		for _, c := range chains {
			out = append(out, fmt.Sprintf(r, c))
		}
	}
	return out
}

// knownDurable reports whether name is DurableName(role, op) for a role of
// consumerRoles.
func knownDurable(name string, op common.Address) bool {
	role, ok := strings.CutSuffix(name, "_"+OperatorToken(op))
	if !ok {
		return false
	}
	for _, r := range consumerRoles {
		pre, post, chain := strings.Cut(r, "%d")
		if !chain {
			if role == r {
				return true
			}
			continue
		}
		if mid, ok := strings.CutPrefix(role, pre); ok {
			if digits, ok := strings.CutSuffix(mid, post); ok && digits != "" && strings.Trim(digits, "0123456789") == "" {
				return true
			}
		}
	}
	return false
}
